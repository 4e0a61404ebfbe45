import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

batch = np.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)

with tf.Graph().as_default(), tf.Session() as sess:
    x = tf.placeholder(tf.float32, shape=(None, 3), name="features")
    w = tf.Variable(np.arange(6, dtype=np.float32).reshape(3, 2) / 10, name="w")
    probs = tf.nn.softmax(tf.matmul(x, w), name="probs")
    sess.run(tf.global_variables_initializer())
    before = sess.run(probs, {x: batch})
    # One call: tag "serve", one predict signature named "serving_default".
    tf.saved_model.simple_save(sess, "simple_model/1", inputs={"x": x}, outputs={"probs": probs})

with tf.Graph().as_default(), tf.Session() as sess:
    meta_graph = tf.saved_model.loader.load(sess, ["serve"], "simple_model/1")
    print("tags:", list(meta_graph.meta_info_def.tags))
    for name, sig in meta_graph.signature_def.items():
        print("signature:", name, sig.method_name)
    sig = meta_graph.signature_def["serving_default"]
    after = sess.run(sig.outputs["probs"].name, {sig.inputs["x"].name: batch})

print("max abs diff:", np.abs(before - after).max())
assert np.allclose(before, after)
