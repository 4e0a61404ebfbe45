# Requires: convert/ckpt_to_savedmodel_tf1.py
# SavedModel -> frozen GraphDef: load it into a session, then freeze as from a checkpoint.
import numpy as np
import tensorflow.compat.v1 as tf
from tiny_model import inputs

tf.disable_v2_behavior()

with tf.Graph().as_default(), tf.Session() as sess:
    sig = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], "savedmodel").signature_def["serving_default"]
    x_name, y_name = sig.inputs["x"].name, sig.outputs["y"].name  # the tensors behind the keys
    before = sess.run(y_name, feed_dict={x_name: inputs()})
    frozen = tf.graph_util.convert_variables_to_constants(
        sess, sess.graph.as_graph_def(), [y_name.split(":")[0]])
tf.io.write_graph(frozen, ".", "frozen_from_savedmodel.pb", as_text=False)
print("input:", x_name, "output:", y_name)

with tf.Graph().as_default() as graph:
    tf.import_graph_def(frozen, name="")
with tf.Session(graph=graph) as sess:
    after = sess.run(y_name, feed_dict={x_name: inputs()})
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
