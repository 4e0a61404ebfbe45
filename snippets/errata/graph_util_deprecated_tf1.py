import io
import logging

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# TensorFlow writes its deprecation notices to the "tensorflow" logger (stderr by default);
# catch them here so that they can be printed.
notices = io.StringIO()
tf.get_logger().addHandler(logging.StreamHandler(notices))

w = tf.Variable(2.0, name="w")
z = tf.multiply(w, 3.0, name="z")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["z"])

# The first notice is about our call; the ones after it come from inside TensorFlow.
print("\n".join(notices.getvalue().splitlines()[:3]))
