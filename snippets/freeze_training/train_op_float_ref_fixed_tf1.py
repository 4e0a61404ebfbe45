# Freeze only the inference output: that alone cuts the training ops. remove_training_nodes then
# only splices out Identity nodes and drops CheckNumerics.
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()
x = tf.placeholder(tf.float32, [None, 4], name="x")
w = tf.Variable(tf.ones([4, 2]), name="w")
y = tf.identity(tf.nn.sigmoid(tf.matmul(x, w)), name="y")
train = tf.train.GradientDescentOptimizer(0.1).minimize(tf.reduce_mean(y), name="train")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    print("training graph:", len(sess.graph_def.node), "nodes")
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y"])
print("frozen for y:  ", len(frozen.node), "nodes", sorted({n.op for n in frozen.node}))
stripped = tf.graph_util.remove_training_nodes(frozen, protected_nodes=["y"])
print("stripped:      ", len(stripped.node), "nodes", sorted({n.op for n in stripped.node}))
print("removed:       ", sorted({n.name for n in frozen.node} - {n.name for n in stripped.node}))
with tf.Graph().as_default() as g:
    tf.import_graph_def(stripped, name="")
    with tf.Session(graph=g) as sess:
        print(np.round(sess.run("y:0", {"x:0": np.zeros((1, 4))}), 4))
with open("frozen.pb", "wb") as f:
    f.write(stripped.SerializeToString())
