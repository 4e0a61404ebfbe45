# Requires: convert/save_ckpt_tf1.py
# TF1 name-based checkpoint -> SavedModel: restore the graph and weights, then SavedModelBuilder.
import numpy as np
import tensorflow.compat.v1 as tf
from tiny_model import inputs

tf.disable_v2_behavior()

with tf.Graph().as_default(), tf.Session() as sess:
    saver = tf.train.import_meta_graph("model.ckpt.meta")  # the graph, from the .meta file
    saver.restore(sess, "./model.ckpt")                      # the weights, from the prefix
    x = sess.graph.get_tensor_by_name("x:0")
    y = sess.graph.get_tensor_by_name("y:0")
    before = sess.run(y, feed_dict={x: inputs()})
    builder = tf.saved_model.builder.SavedModelBuilder("savedmodel")
    builder.add_meta_graph_and_variables(
        sess, [tf.saved_model.SERVING],
        signature_def_map={"serving_default": tf.saved_model.signature_def_utils.predict_signature_def(
            inputs={"x": x}, outputs={"y": y})})
    builder.save()

# Load it the way a server would: by tag and signature, in a new graph.
with tf.Graph().as_default(), tf.Session() as sess:
    meta = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], "savedmodel")
    sig = meta.signature_def["serving_default"]
    after = sess.run(sig.outputs["y"].name, feed_dict={sig.inputs["x"].name: inputs()})

# The SavedModel's variables/ folder is a name-based checkpoint with the same names.
print("variables:", tf.train.list_variables("savedmodel/variables/variables"))
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
