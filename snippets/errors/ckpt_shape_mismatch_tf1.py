# Requires: errors/ckpt_two_versions_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    # The graph of v1 (w has 2 elements) with the checkpoint of v2 (w has 3).
    saver = tf.train.import_meta_graph("v1/model.ckpt.meta")
    saver.restore(sess, "v2/model.ckpt")
