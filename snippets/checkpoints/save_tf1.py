
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
tf.set_random_seed(0)

# A small model with named variables: y = x @ w + b.
x = tf.placeholder(tf.float32, shape=(None, 3), name="x")
w = tf.Variable(tf.random_normal([3, 2]), name="w")
b = tf.Variable(tf.zeros([2]), name="b")
y = tf.add(tf.matmul(x, w), b, name="y")

saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("y =", np.round(sess.run(y, {x: np.ones((1, 3))}), 4))
    print("saved:", saver.save(sess, "model.ckpt"))
