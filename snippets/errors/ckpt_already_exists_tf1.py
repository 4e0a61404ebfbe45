import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()


def dense(x, units):
    w = tf.get_variable("w", [x.shape[-1], units])
    return tf.matmul(x, w)


def tower(x):
    with tf.variable_scope("tower"):
        return dense(x, 2)


def build():
    x = tf.placeholder(tf.float32, [None, 3], name="x")
    return tower(x), tower(x)  # the second call asks for "tower/w" again


def main():
    build()


main()
