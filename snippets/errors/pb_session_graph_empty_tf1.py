# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
graph = tf.Graph()
with graph.as_default():
    tf.import_graph_def(graph_def, name="")
with tf.Session() as sess:  # forgot graph=graph: the session runs the empty default graph
    sess.run("z:0", feed_dict={"x:0": [1.0], "y:0": [2.0]})
