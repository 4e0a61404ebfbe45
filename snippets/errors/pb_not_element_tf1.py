import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph = tf.Graph()
with graph.as_default():
    x = tf.placeholder(tf.float32, shape=(None,), name="x")
    y = tf.identity(x * 2.0, name="y")

other = tf.Graph()
with other.as_default():
    tf.constant(0.0)
with tf.Session(graph=other) as sess:  # a session on a different graph
    sess.run(y, feed_dict={x: [1.0]})
