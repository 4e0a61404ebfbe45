# Requires: freeze/convert_tf1.py
import numpy as np
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

with tf.Graph().as_default() as graph:
    # return_elements hands back the tensors directly, no name lookups later.
    x, probs = tf.import_graph_def(graph_def, name="", return_elements=["x:0", "probs:0"])
    print("x:", x.dtype.name, x.shape, " probs:", probs.dtype.name, probs.shape)
    data = np.load("test_x.npy")  # shape (4, 3), float32
    with tf.Session(graph=graph) as sess:
        # The first dimension is None, so any batch size works; one row needs shape (1, 3).
        one = sess.run(probs, {x: data[:1]})
        four = sess.run(probs, {x: data})
        batches = np.concatenate([sess.run(probs, {x: data[i:i + 2]}) for i in (0, 2)])

print("one row:", one.shape, " whole batch:", four.shape, " two batches of 2:", batches.shape)
print(np.round(four, 4))
expected = np.load("expected.npy")
print("max abs diff:", np.abs(four - expected).max(), np.abs(batches - expected).max())
assert np.allclose(four, expected) and np.allclose(batches, expected)
