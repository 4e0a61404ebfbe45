import tensorflow as tf

x = tf.constant([1.0, 2.0, 3.0, 4.0])
tf.reshape(x, [None, 2])  # TF1 habit: None for "any size"; reshape wants -1
