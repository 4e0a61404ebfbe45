# Requires: errata/freeze_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
new_input = tf.placeholder(tf.float32, shape=(None,))
# The frozen graph's input is "x:0", not "input:0".
tf.import_graph_def(graph_def, input_map={"input:0": new_input}, name="")
