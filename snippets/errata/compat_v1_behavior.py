# No _tf1 suffix on purpose: it runs code *before* tf.disable_v2_behavior() to show the switch.
import tensorflow.compat.v1 as tf

# The compat.v1 import alone only gives the old names; TF 2 behaviour is still on.
print("before disable_v2_behavior(): executing_eagerly =", tf.executing_eagerly())
try:
    tf.placeholder(tf.float32, shape=(None,))
except RuntimeError as e:
    print("  tf.placeholder ->", type(e).__name__ + ":", e)

# Switch the whole process to TF1 semantics: graph mode, Session, v1 control flow, ...
tf.disable_v2_behavior()
print("after disable_v2_behavior():  executing_eagerly =", tf.executing_eagerly())

x = tf.placeholder(tf.float32, shape=(None,), name="x")
y = tf.placeholder(tf.float32, shape=(None,), name="y")
z = tf.add(x, y, name="z")
print("  z is a symbolic tensor:", z)
with tf.Session() as sess:
    print("  sess.run(z) =", sess.run(z, feed_dict={x: [1.0, 2.0], y: [3.0, 4.0]}))
