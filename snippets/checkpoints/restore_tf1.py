# Requires: checkpoints/save_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# Rebuild the same graph in code: same variable names, shapes and dtypes.
x = tf.placeholder(tf.float32, shape=(None, 3), name="x")
w = tf.Variable(tf.zeros([3, 2]), name="w")
b = tf.Variable(tf.zeros([2]), name="b")
y = tf.add(tf.matmul(x, w), b, name="y")

saver = tf.train.Saver()
with tf.Session() as sess:
    saver.restore(sess, "model.ckpt")  # no initializer needed: restore assigns every variable
    restored = sess.run(y, {x: np.ones((1, 3))})
    print("y =", np.round(restored, 4))

expected = tf.train.load_variable("model.ckpt", "w").sum(axis=0) + tf.train.load_variable("model.ckpt", "b")
print("max abs diff:", np.abs(restored[0] - expected).max())
assert np.allclose(restored[0], expected)
