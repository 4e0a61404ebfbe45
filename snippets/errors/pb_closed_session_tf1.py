import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = tf.identity(x * 2.0, name="y")
with tf.Session() as sess:
    print(sess.run(y, feed_dict={x: [1.0]}))
print(sess.run(y, feed_dict={x: [2.0]}))  # the with block has closed the session
