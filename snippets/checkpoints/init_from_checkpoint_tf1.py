# Requires: checkpoints/save_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# New code, new variable names: the checkpoint has "w" and "b".
with tf.variable_scope("encoder"):
    kernel = tf.get_variable("kernel", shape=[3, 2])
    bias = tf.get_variable("bias", shape=[2])

# Checkpoint name -> variable (or its name). It replaces the variables' initializers,
# so the values arrive when the initializer runs.
tf.train.init_from_checkpoint("model.ckpt", {"w": kernel, "b": "encoder/bias"})

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    got = sess.run(kernel)
print("encoder/kernel =", np.round(got, 4))
print("max abs diff:", np.abs(got - tf.train.load_variable("model.ckpt", "w")).max())
assert np.array_equal(got, tf.train.load_variable("model.ckpt", "w"))
