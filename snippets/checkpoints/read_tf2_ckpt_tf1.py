# Requires: checkpoints/save_tf2.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

path = tf.train.latest_checkpoint("ckpt")
print("latest:", path)
print(tf.train.list_variables(path))
reader = tf.train.NewCheckpointReader(path)
key = "model/w/.ATTRIBUTES/VARIABLE_VALUE"
print("has", key, reader.has_tensor(key))

# An object-based key is just a name to TF1 code: map it onto a variable of our own.
w = tf.get_variable("w", shape=[3, 2])
tf.train.init_from_checkpoint(path, {key: w})
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    got = sess.run(w)
print("w =", np.round(got, 4))
print("max abs diff:", np.abs(got - reader.get_tensor(key)).max())
assert np.array_equal(got, reader.get_tensor(key))
