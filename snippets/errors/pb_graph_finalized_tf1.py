import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = tf.identity(x * 2.0, name="y")
tf.get_default_graph().finalize()  # MonitoredSession and friends do this for you
z = y + 1.0  # a new op after finalize()
