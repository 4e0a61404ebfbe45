# Requires: convert/keras_to_savedmodel_tf2.py
# SavedModel -> checkpoint: the variables/ folder of a SavedModel is a checkpoint already.
import numpy as np
import tensorflow as tf
from tiny_model import weights

prefix = "savedmodel/variables/variables"
for name, shape in tf.train.list_variables(prefix):
    # _all_variables/N: the same four shapes again, numbered in an order that changes by run.
    if not name.startswith("_all_variables/"):
        print(f"  {name} {shape}")
kernel1 = tf.train.load_checkpoint(prefix).get_tensor("variables/0/.ATTRIBUTES/VARIABLE_VALUE")
d = np.abs(kernel1 - weights()[0]).max()
print(f"max abs diff of kernel1: {d:.1e}")
assert d == 0.0
