import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# TF1 model code written with tf.layers (tf.compat.v1.layers in TF 2.x).
x = tf.placeholder(tf.float32, shape=(None, 3), name="x")
y = tf.layers.dense(x, 2, name="dense")
print("y:", y)
