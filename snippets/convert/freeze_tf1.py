# Requires: convert/save_ckpt_tf1.py
# TF1 name-based checkpoint -> frozen GraphDef: variables become constants in one .pb file.
import numpy as np
import tensorflow.compat.v1 as tf
from tiny_model import inputs

tf.disable_v2_behavior()

with tf.Graph().as_default(), tf.Session() as sess:
    tf.train.import_meta_graph("model.ckpt.meta").restore(sess, "./model.ckpt")
    before = sess.run("y:0", feed_dict={"x:0": inputs()})
    frozen = tf.graph_util.convert_variables_to_constants(
        sess, sess.graph.as_graph_def(), ["y"])  # keep only what "y" needs
tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)
print("ops:", sorted({node.op for node in frozen.node}))

with tf.Graph().as_default() as graph:
    tf.import_graph_def(frozen, name="")
with tf.Session(graph=graph) as sess:
    after = sess.run("y:0", feed_dict={"x:0": inputs()})
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
