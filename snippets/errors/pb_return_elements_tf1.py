# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
# The output is "z:0"; "output:0" is a guess.
tf.import_graph_def(graph_def, return_elements=["output:0"], name="")
