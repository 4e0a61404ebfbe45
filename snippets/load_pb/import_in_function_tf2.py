# Requires: freeze/convert_tf1.py
import numpy as np
import tensorflow as tf

# tf.compat.v1.GraphDef only to parse the file: TF 2.x has GraphDef under compat.v1 alone.
graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())


# No wrap_function: a tf.function imports the graph into its own graph, feeding its input to
# "x:0" (input_map) and returning "probs:0" (return_elements).
@tf.function(input_signature=[tf.TensorSpec([None, 3], tf.float32)])
def predict(x):
    return tf.graph_util.import_graph_def(
        graph_def, input_map={"x:0": x}, return_elements=["probs:0"], name="")[0]


probs = predict(tf.constant(np.load("test_x.npy"))).numpy()
print("max abs diff:", np.abs(probs - np.load("expected.npy")).max())
assert np.allclose(probs, np.load("expected.npy"))
