# Requires: checkpoints/save_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# No model code: the graph comes from model.ckpt.meta. clear_devices=True drops the
# device placements recorded at save time (e.g. a GPU this machine does not have).
with tf.Session() as sess:
    saver = tf.train.import_meta_graph("model.ckpt.meta", clear_devices=True)
    saver.restore(sess, "model.ckpt")
    graph = sess.graph
    restored = sess.run("y:0", {"x:0": np.ones((1, 3))})
    print("y =", np.round(restored, 4))
    w = sess.run(graph.get_tensor_by_name("w:0"))

print("max abs diff (w):", np.abs(w - tf.train.load_variable("model.ckpt", "w")).max())
assert np.array_equal(w, tf.train.load_variable("model.ckpt", "w"))
