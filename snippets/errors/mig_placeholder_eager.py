# No _tf1 suffix: this is the mistake of leaving out tf.disable_v2_behavior().
import tensorflow.compat.v1 as tf

x = tf.placeholder(tf.float32, shape=(None,), name="x")
