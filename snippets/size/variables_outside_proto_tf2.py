# The 2 GB limit binds the graph proto, not the model: a SavedModel keeps variables in
# variables/, so saved_model.pb stays small however big the weights; a frozen graph does not.
import os

import numpy as np
import tensorflow as tf
from tensorflow.python.framework.convert_to_constants import convert_variables_to_constants_v2


class Model(tf.Module):
    def __init__(self):
        self.w = tf.Variable(np.ones((1000, 1000), np.float32))  # 4 MB of weights

    @tf.function(input_signature=[tf.TensorSpec([None, 1000], tf.float32)])
    def __call__(self, x):
        return tf.matmul(x, self.w)


model = Model()
tf.saved_model.save(model, "model")
sizes = {os.path.join(d, f): os.path.getsize(os.path.join(d, f))
         for d, _, files in os.walk("model") for f in files if f != "fingerprint.pb"}
for path in sorted(sizes):
    print(f"{sizes[path]:>10,} {path}")
frozen = convert_variables_to_constants_v2(model.__call__.get_concrete_function())
print(f"{len(frozen.graph.as_graph_def().SerializeToString()):>10,} frozen GraphDef (weights inside)")
