# Requires: errata/freeze_tf1.py
import tensorflow as tf

graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
wrapped = tf.compat.v1.wrap_function(
    lambda: tf.graph_util.import_graph_def(graph_def, name=""), [])
# z = x * w + y needs both placeholders; only x is given as an input.
wrapped.prune(["x:0"], "z:0")
