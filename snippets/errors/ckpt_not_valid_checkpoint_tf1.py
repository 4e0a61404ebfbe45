# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable(0.0, name="w")
saver = tf.train.Saver()
with tf.Session() as sess:
    saver.restore(sess, "./model")  # the prefix is ./model.ckpt
