import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = tf.reshape(x, [None, 2])  # reshape wants -1 for "any size"
