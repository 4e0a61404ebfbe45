# Freeze an inference graph: the same variables, no update, the moving statistics read instead.
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 3], name="x")
moving_mean = tf.Variable([1.0, 2.0, 3.0], trainable=False, name="moving_mean")
moving_var = tf.Variable([1.0, 1.0, 4.0], trainable=False, name="moving_var")
y = tf.identity((x - moving_mean) / tf.sqrt(moving_var + 1e-3), name="y")  # no assign, no deps
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y"])
print(sorted({n.op for n in frozen.node}))
with tf.Graph().as_default() as g:
    tf.import_graph_def(frozen, name="")
    with tf.Session(graph=g) as sess:
        print(np.round(sess.run("y:0", {"x:0": [[1.0, 2.0, 5.0]]}), 4))
