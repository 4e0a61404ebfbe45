# Freezing with the training op among the outputs (a common way to "keep everything").
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 4], name="x")
w = tf.Variable(tf.ones([4, 2]), name="w")
y = tf.identity(tf.nn.sigmoid(tf.matmul(x, w)), name="y")
train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_mean(y), name="train")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y", "train"])
print(len(frozen.node), "nodes, training ops:",
      sorted({n.op for n in frozen.node} & {"ApplyGradientDescent", "SigmoidGrad"}))
with tf.Graph().as_default():
    tf.import_graph_def(frozen, name="")
