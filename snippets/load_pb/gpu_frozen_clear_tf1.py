# Requires: load_pb/gpu_build_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("gpu_frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
feed = {"x:0": np.ones((2, 3), np.float32)}
expected = np.load("gpu_expected.npy")

# Way 1: clear the pins in the GraphDef before importing it.
for node in graph_def.node:
    node.device = ""
with tf.Graph().as_default(), tf.Session() as sess:
    tf.import_graph_def(graph_def, name="")
    cleared = sess.run("probs:0", feed)

# Way 2: keep the pins, let the session fall back to a device it has.
with open("gpu_frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
config = tf.ConfigProto(allow_soft_placement=True)
with tf.Graph().as_default(), tf.Session(config=config) as sess:
    tf.import_graph_def(graph_def, name="")
    soft = sess.run("probs:0", feed)

print("max abs diff:", np.abs(cleared - expected).max(), np.abs(soft - expected).max())
assert np.allclose(cleared, expected) and np.allclose(soft, expected)
