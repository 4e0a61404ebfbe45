import tensorflow as tf


@tf.function
def f(x):
    return x * 2  # stay with TensorFlow ops inside the function


print(f(tf.constant([1.0, 2.0])).numpy())  # .numpy() on the eager result, outside
