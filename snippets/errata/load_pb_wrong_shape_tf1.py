# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with tf.io.gfile.GFile("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
graph = tf.Graph()
with graph.as_default():
    tf.import_graph_def(graph_def, name="")

x = graph.get_tensor_by_name("x:0")
y = graph.get_tensor_by_name("y:0")
z = graph.get_tensor_by_name("z:0")
print("x expects shape", x.shape)
with tf.Session(graph=graph) as sess:
    # The article's value [[1, 2]] has shape (1, 2): a batch of one row of two numbers.
    print(sess.run(z, feed_dict={x: [[1, 2]], y: [[3, 4]]}))
