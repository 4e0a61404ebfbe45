import os

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

EXPORT_DIR = "export/1"  # a directory (model name/version), not a .pb file; must not exist yet
feed = {"x": [1.0, 2.0], "y": [3.0, 4.0]}

with tf.Graph().as_default():
    x = tf.placeholder(tf.float32, shape=(None,), name="x")
    y = tf.placeholder(tf.float32, shape=(None,), name="y")
    w = tf.Variable(2.0, name="w")
    z = tf.add(x * w, y, name="z")
    with tf.Session() as sess:
        sess.run(tf.global_variables_initializer())
        before = sess.run(z, feed_dict={x: feed["x"], y: feed["y"]})
        # The signature tells a server which tensors are the inputs and outputs.
        signature = tf.saved_model.signature_def_utils.predict_signature_def(
            inputs={"x": x, "y": y}, outputs={"z": z})
        builder = tf.saved_model.builder.SavedModelBuilder(EXPORT_DIR)
        builder.add_meta_graph_and_variables(
            sess, [tf.saved_model.SERVING],  # the tag "serve" that servers look for
            signature_def_map={"serving_default": signature})
        builder.save()
print("before saving: z =", before)
for root, _, files in sorted(os.walk(EXPORT_DIR)):
    for name in sorted(files):
        print("  wrote", os.path.join(root, name))

# Load into a fresh graph and run through the signature, by its input/output keys.
with tf.Graph().as_default(), tf.Session() as sess:
    meta = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], EXPORT_DIR)
    sig = meta.signature_def["serving_default"]
    after = sess.run(sig.outputs["z"].name, feed_dict={
        sig.inputs["x"].name: feed["x"], sig.inputs["y"].name: feed["y"]})
print("signature:", sig.method_name, "inputs", sorted(sig.inputs), "outputs", sorted(sig.outputs))
print("after loading: z =", after)
assert (before == after).all()
