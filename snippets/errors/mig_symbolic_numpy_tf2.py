import tensorflow as tf


@tf.function
def f(x):
    return x.numpy() * 2  # inside tf.function, x is a symbolic graph tensor


f(tf.constant([1.0, 2.0]))
