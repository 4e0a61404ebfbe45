import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable(0.0, name="w")
saver = tf.train.Saver()
path = tf.train.latest_checkpoint("checkpoints")  # no checkpoint there: None
with tf.Session() as sess:
    saver.restore(sess, path)
