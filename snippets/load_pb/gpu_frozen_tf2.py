# Requires: load_pb/gpu_build_tf1.py
import numpy as np
import tensorflow as tf

# compat.v1 on purpose: GraphDef is public only under compat.v1; wrap_function is one of the two
# public ways to run it.
graph_def = tf.compat.v1.GraphDef()
with open("gpu_frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
print("pinned nodes:", sorted(n.name for n in graph_def.node if n.device))
wrapped = tf.compat.v1.wrap_function(
    lambda: tf.graph_util.import_graph_def(graph_def, name=""), signature=[])
predict = wrapped.prune("x:0", "probs:0")

# TF2 turns soft placement on by default: the pins are silently ignored.
print("soft device placement:", tf.config.get_soft_device_placement())
probs = predict(tf.ones((2, 3))).numpy()
print("max abs diff:", np.abs(probs - np.load("gpu_expected.npy")).max())
assert np.allclose(probs, np.load("gpu_expected.npy"))

tf.config.set_soft_device_placement(False)  # strict, as a TF1 Session is by default
try:
    predict(tf.ones((2, 3)))
except tf.errors.InvalidArgumentError as e:
    print("without soft placement:", e.message)
