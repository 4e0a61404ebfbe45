# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
# Look the names up instead of guessing them.
print("placeholders:", [n.name for n in graph_def.node if n.op == "Placeholder"])
print("all nodes:", [n.name for n in graph_def.node])
x = tf.placeholder(tf.float32, shape=(None,), name="new_x")
(z,) = tf.import_graph_def(graph_def, input_map={"x:0": x}, return_elements=["z:0"],
                           name="frozen")
with tf.Session() as sess:
    print("z =", sess.run(z, feed_dict={x: [1.0, 2.0], "frozen/y:0": [3.0, 4.0]}))
