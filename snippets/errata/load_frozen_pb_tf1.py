# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A frozen graph is one binary GraphDef proto: read the bytes, parse, import.
graph_def = tf.GraphDef()
with tf.io.gfile.GFile("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
graph = tf.Graph()
with graph.as_default():
    tf.import_graph_def(graph_def, name="")  # name="" keeps "x", not "import/x"

# Tensor names are "<node name>:<output index>"; the nodes are x, y and z.
x = graph.get_tensor_by_name("x:0")
y = graph.get_tensor_by_name("y:0")
z = graph.get_tensor_by_name("z:0")
with tf.Session(graph=graph) as sess:
    # Both placeholders have shape (None,): feed 1-D values of the same length.
    print("z =", sess.run(z, feed_dict={x: [1.0, 2.0, 3.0], y: [10.0, 20.0, 30.0]}))
