# Requires: convert/tiny_model.py
# The TF1 source: tiny_model's weights in a graph of placeholders and variables, saved with Saver.
import numpy as np
import tensorflow.compat.v1 as tf
from tiny_model import inputs, weights

tf.disable_v2_behavior()

k1, b1, k2, b2 = weights()
x = tf.placeholder(tf.float32, shape=(None, 32), name="x")
kernel1 = tf.Variable(k1, name="hidden/kernel")
bias1 = tf.Variable(b1, name="hidden/bias")
kernel2 = tf.Variable(k2, name="y/kernel")
bias2 = tf.Variable(b2, name="y/bias")
hidden = tf.nn.relu(tf.matmul(x, kernel1) + bias1)
y = tf.identity(tf.matmul(hidden, kernel2) + bias2, name="y")  # a fixed name for the output

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    y_tf1 = sess.run(y, feed_dict={x: inputs()})
    print("y[0] =", np.round(y_tf1[0], 4))
    print("saved:", tf.train.Saver().save(sess, "./model.ckpt"))
print("variables:", tf.train.list_variables("model.ckpt"))
np.save("y_tf1.npy", y_tf1)  # the source's output, for the TF2 snippets to compare with
