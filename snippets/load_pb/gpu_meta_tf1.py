# Requires: load_pb/gpu_build_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# The pins come back with the graph; this machine has no GPU.
saver = tf.train.import_meta_graph("gpu_ckpt/model.meta")
with tf.Session() as sess:
    saver.restore(sess, "gpu_ckpt/model")
