# Requires: load_pb/gpu_build_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("gpu_frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
tf.import_graph_def(graph_def, name="")  # the frozen graph still carries the pins
with tf.Session() as sess:
    sess.run("probs:0", {"x:0": np.ones((2, 3), np.float32)})
