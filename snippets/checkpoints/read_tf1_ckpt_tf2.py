# Requires: checkpoints/save_tf1.py
import numpy as np
import tensorflow as tf

# A name-based (TF1 Saver) checkpoint, read from TF2 code: the keys are variable names.
print(tf.train.list_variables("model.ckpt"))
reader = tf.train.load_checkpoint("model.ckpt")
print("dtypes:", {k: v.name for k, v in sorted(reader.get_variable_to_dtype_map().items())})
print("w =", np.round(reader.get_tensor("w"), 4))
# No _CHECKPOINTABLE_OBJECT_GRAPH: tf.train.Checkpoint has nothing to match objects with,
# so the values are copied by name (see convert_tf1_to_tf2_tf2.py).
print("object graph:", reader.has_tensor("_CHECKPOINTABLE_OBJECT_GRAPH"))
