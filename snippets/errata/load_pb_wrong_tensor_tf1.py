# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with tf.io.gfile.GFile("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
graph = tf.Graph()
with graph.as_default():
    tf.import_graph_def(graph_def, name="")

# The article asks for 'input:0', but no node in the graph is called "input".
inputs = graph.get_tensor_by_name("input:0")
