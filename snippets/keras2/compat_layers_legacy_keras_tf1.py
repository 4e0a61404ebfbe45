# errors/mig_compat_layers_keras3_tf1.py on TF 2.16+: route tf.keras, and so tf.layers, to Keras 2
# (the tf_keras package, same minor version as TensorFlow). Set the variable before TensorFlow is
# imported; TF 1.x ignores it.
import os

os.environ["TF_USE_LEGACY_KERAS"] = "1"

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# TF1 model code written with tf.layers (tf.compat.v1.layers in TF 2.x).
x = tf.placeholder(tf.float32, shape=(None, 3), name="x")
y = tf.layers.dense(x, 2, name="dense")
print("y:", y)
