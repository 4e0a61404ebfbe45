import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

w = tf.Variable(1.0, name="w")
saver = tf.train.Saver()
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    saver.save(sess, "out/checkpoints/model.ckpt")  # "out/checkpoints/" was never created
