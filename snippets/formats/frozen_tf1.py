import os

import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

x = tf.placeholder(tf.float32, shape=(None, 2), name="x")
w = tf.Variable([[1.0], [2.0]], name="w")
b = tf.Variable([0.5], name="b")
y = tf.add(tf.matmul(x, w), b, name="y")
feed = np.array([[1.0, 1.0], [2.0, 3.0]], np.float32)

with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    before = sess.run(y, {x: feed})
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph_def, ["y"])
tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)

print(f"{os.path.getsize('frozen.pb'):>8}  frozen.pb")
# One GraphDef message: nodes only; there is no field for signatures or variables.
print("GraphDef fields:", [f.name for f in tf.GraphDef.DESCRIPTOR.fields])
print("nodes:", [(n.name, n.op) for n in frozen.node])

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")
    with tf.Session() as sess:
        after = sess.run("y:0", {"x:0": feed})
print("max abs diff:", np.abs(before - after).max())
assert np.array_equal(before, after)
