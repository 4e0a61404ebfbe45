# Requires: freeze/convert_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf
from tensorflow.python.tools import strip_unused_lib  # not public API, what strip_unused.py runs

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
print("frozen.pb:", [n.name for n in graph_def.node])

# extract_sub_graph keeps only the nodes the given outputs depend on: here the logits,
# dropping the final softmax (e.g. for a runtime that applies its own).
logits_only = tf.graph_util.extract_sub_graph(graph_def, ["logits"])
print("extract_sub_graph(['logits']):", [n.name for n in logits_only.node])

# strip_unused also cuts the input side: the named input nodes become new placeholders,
# so everything before them goes. Here the graph is cut to run from the logits to probs.
softmax_only = strip_unused_lib.strip_unused(
    graph_def, input_node_names=["logits"], output_node_names=["probs"],
    placeholder_type_enum=tf.float32.as_datatype_enum)
print("strip_unused(['logits'] -> ['probs']):", [(n.name, n.op) for n in softmax_only.node])

x = np.load("test_x.npy")
with tf.Graph().as_default(), tf.Session() as sess:
    tf.import_graph_def(logits_only, name="a")
    tf.import_graph_def(softmax_only, name="b")
    logits = sess.run("a/logits:0", {"a/x:0": x})
    probs = sess.run("b/probs:0", {"b/logits:0": logits})
print("max abs diff:", np.abs(probs - np.load("expected.npy")).max())
assert np.allclose(probs, np.load("expected.npy"))
