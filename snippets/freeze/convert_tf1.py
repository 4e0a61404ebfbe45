# Requires: freeze/train_tf1.py
import collections
import textwrap

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Graph().as_default() as graph, tf.Session() as sess:
    saver = tf.train.import_meta_graph("ckpt/model.meta")
    saver.restore(sess, "ckpt/model")
    graph_def = graph.as_graph_def()
    # Variables -> Const with their current values; keep only what "probs" needs.
    frozen = tf.graph_util.convert_variables_to_constants(sess, graph_def, ["probs"])
tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)


def op_counts(gd):
    return sorted(collections.Counter(n.op for n in gd.node).items())


print("before:", len(graph_def.node), "nodes; after:", len(frozen.node), "nodes")
print("kept:", op_counts(frozen))
dropped = sorted({n.op for n in graph_def.node} - {n.op for n in frozen.node})
print(textwrap.fill("op types dropped: " + ", ".join(dropped), 88, subsequent_indent="  "))

with tf.Graph().as_default() as graph, tf.Session() as sess:
    tf.import_graph_def(frozen, name="")
    probs = sess.run("probs:0", {"x:0": np.load("test_x.npy")})
print("max abs diff:", np.abs(probs - np.load("expected.npy")).max())
assert np.allclose(probs, np.load("expected.npy"))
