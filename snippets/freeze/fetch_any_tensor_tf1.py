# Requires: freeze/convert_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
consumed = {i.split(":")[0].lstrip("^") for n in graph_def.node for i in n.input}
print("consumed by no node:", [n.name for n in graph_def.node if n.name not in consumed])
print("logits is consumed by:", [n.name for n in graph_def.node if "logits" in n.input])

# Any tensor of the graph can be fetched, consumed or not: here logits (read by probs) too.
with tf.Graph().as_default(), tf.Session() as sess:
    tf.import_graph_def(graph_def, name="")
    logits, probs = sess.run(["logits:0", "probs:0"], {"x:0": np.load("test_x.npy")})
print("logits:", logits.shape, "probs:", probs.shape)
softmax = np.exp(logits) / np.exp(logits).sum(axis=1, keepdims=True)
print("softmax(logits) equals probs within 1e-6:", bool(np.abs(softmax - probs).max() < 1e-6))
