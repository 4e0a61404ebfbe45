# Requires: errors/ckpt_two_versions_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    # The graph of v2 (it has a bias "b") with the checkpoint of v1 (which has not).
    saver = tf.train.import_meta_graph("v2/model.ckpt.meta")
    saver.restore(sess, "v1/model.ckpt")
