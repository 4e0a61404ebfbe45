# Requires: deploy/opencv_graphs_tf1.py
# OpenCV has no layer for Cumsum: keep the graph up to the tensor before it (logits) and do the
# rest in numpy. extract_sub_graph keeps what "logits" needs and drops the rest.
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("cumsum.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
head = tf.graph_util.extract_sub_graph(graph_def, ["logits"])
tf.io.write_graph(head, ".", "logits.pb", as_text=False)
print("logits.pb:", sorted({node.op for node in head.node}))
