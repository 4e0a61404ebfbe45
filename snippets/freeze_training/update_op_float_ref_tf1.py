# A training graph whose output depends on a moving-average update (as batch norm's does),
# frozen with that output, then loaded for inference.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 3], name="x")
mean, var = tf.nn.moments(x, [0])
moving_mean = tf.Variable(tf.zeros([3]), trainable=False, name="moving_mean")
update = tf.assign(moving_mean, 0.9 * moving_mean + 0.1 * mean)
with tf.control_dependencies([update]):  # training: every run also updates the moving mean
    y = tf.identity((x - mean) / tf.sqrt(var + 1e-3), name="y")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y"])
print(sorted({n.op for n in frozen.node} & {"Assign", "VariableV2", "Const"}))
with tf.Graph().as_default():
    tf.import_graph_def(frozen, name="")
