# Requires: errors/ckpt_two_versions_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    tf.train.import_meta_graph("v1/model.ckpt.meta")
    # The graph is there, but saver.restore() was never called: w has no value yet.
    print(sess.run("y:0", feed_dict={"x:0": [[1.0, 2.0]]}))
