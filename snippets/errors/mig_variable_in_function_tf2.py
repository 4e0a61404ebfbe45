import tensorflow as tf


@tf.function
def scale(x):
    w = tf.Variable(2.0)  # a new variable on every trace
    return x * w


scale(tf.constant(1.0))
scale(tf.constant([1.0, 2.0]))  # a new shape: traced again, a second variable
