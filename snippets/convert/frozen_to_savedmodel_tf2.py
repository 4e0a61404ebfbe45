# Requires: convert/freeze_tf1.py
# Frozen GraphDef -> SavedModel in TF2: wrap the graph in a function, prune it, save that.
import numpy as np
import tensorflow as tf
from tiny_model import inputs

# compat.v1 in a TF2 snippet: GraphDef and wrap_function exist only there (a TF1-era format).
graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())
wrapped = tf.compat.v1.wrap_function(lambda: tf.graph_util.import_graph_def(graph_def, name=""), [])
predict = wrapped.prune(feeds=wrapped.graph.as_graph_element("x:0"),
                        fetches={"y": wrapped.graph.as_graph_element("y:0")})
before = predict(tf.constant(inputs()))["y"].numpy()

# The pruned function becomes the serving signature; the input is named after its placeholder.
tf.saved_model.save(tf.Module(), "savedmodel", signatures={"serving_default": predict})

serve = tf.saved_model.load("savedmodel").signatures["serving_default"]
print("signature inputs:", serve.structured_input_signature[1])
after = serve(x=tf.constant(inputs()))["y"].numpy()
d = np.abs(after - before).max()
print(f"max abs diff: {d:.1e}")
assert d <= 1e-6
