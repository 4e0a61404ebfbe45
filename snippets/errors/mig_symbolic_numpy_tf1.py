import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = x * 2.0
np.square(y)  # a graph tensor has no value until a session runs it
