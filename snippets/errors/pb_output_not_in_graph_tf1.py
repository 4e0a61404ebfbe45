# Requires: errata/save_ckpt_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

with tf.Session() as sess:
    saver = tf.train.import_meta_graph("model.ckpt.meta")
    saver.restore(sess, "./model.ckpt")
    # The output node is named "z"; "output" does not exist.
    tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["output"])
