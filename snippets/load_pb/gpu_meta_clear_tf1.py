# Requires: load_pb/gpu_build_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# clear_devices=True drops every node's device, so the runtime places them itself.
saver = tf.train.import_meta_graph("gpu_ckpt/model.meta", clear_devices=True)
print("devices left:", sorted({op.device for op in tf.get_default_graph().get_operations()}))
with tf.Session() as sess:
    saver.restore(sess, "gpu_ckpt/model")
    probs = sess.run("probs:0", {"x:0": np.ones((2, 3), np.float32)})
print("max abs diff:", np.abs(probs - np.load("gpu_expected.npy")).max())
assert np.allclose(probs, np.load("gpu_expected.npy"))
