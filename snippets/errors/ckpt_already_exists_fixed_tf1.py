import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def tower(x):
    # AUTO_REUSE: create "tower/w" on the first call, share it on the next ones.
    with tf.variable_scope("tower", reuse=tf.AUTO_REUSE):
        w = tf.get_variable("w", [x.shape[-1], 2])
        return tf.matmul(x, w)


x = tf.placeholder(tf.float32, [None, 3], name="x")
a, b = tower(x), tower(x)
print([v.name for v in tf.global_variables()])
