import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

EXPORT_DIR = "builder_model/1"  # SavedModelBuilder refuses a directory that exists and is not empty
batch = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)

with tf.Graph().as_default(), tf.Session() as sess:
    x = tf.placeholder(tf.float32, shape=(None, 3), name="features")
    w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 10, name="w")
    b = tf.Variable([0.5, -0.5], name="b")
    logits = tf.add(tf.matmul(x, w), b, name="logits")
    probs = tf.nn.softmax(logits, name="probs")
    sess.run(tf.global_variables_initializer())
    before = sess.run(probs, {x: batch})

    # A predict signature maps public keys ("x", "probs") to tensors of the graph.
    predict = tf.saved_model.signature_def_utils.predict_signature_def(
        inputs={"x": x}, outputs={"probs": probs, "logits": logits})
    builder = tf.saved_model.builder.SavedModelBuilder(EXPORT_DIR)
    builder.add_meta_graph_and_variables(
        sess, [tf.saved_model.SERVING],
        signature_def_map={
            tf.saved_model.DEFAULT_SERVING_SIGNATURE_DEF_KEY: predict})  # "serving_default"
    builder.save()

with tf.Graph().as_default(), tf.Session() as sess:
    meta_graph = tf.saved_model.loader.load(sess, [tf.saved_model.SERVING], EXPORT_DIR)
    sig = meta_graph.signature_def["serving_default"]
    # The graph's tensor names come from the signature, not from memory.
    for key, info in sorted(sig.inputs.items()):
        print(f"input  {key!r:9} -> {info.name}")
    for key, info in sorted(sig.outputs.items()):
        print(f"output {key!r:9} -> {info.name}")
    after = sess.run(sig.outputs["probs"].name, {sig.inputs["x"].name: batch})

print("probs:\n", np.round(after, 4))
print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after)
