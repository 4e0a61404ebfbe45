# Requires: freeze/convert_tf1.py
import numpy as np
import tensorflow as tf

# compat.v1 in a TF2 snippet on purpose: GraphDef is public in TF 2.x only as tf.compat.v1.GraphDef,
# and tf.compat.v1.wrap_function turns a bare GraphDef into a ConcreteFunction (one public way;
# load_pb/import_in_function_tf2.py shows another).
graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

# Import the graph inside a wrapped function (no inputs, no outputs yet)...
wrapped = tf.compat.v1.wrap_function(
    lambda: tf.graph_util.import_graph_def(graph_def, name=""), signature=[])
# ...then prune it to a ConcreteFunction from the feeds to the fetches.
predict = wrapped.prune(feeds="x:0", fetches="probs:0")
print("inputs:", predict.inputs, "\noutputs:", predict.outputs)

data = tf.constant(np.load("test_x.npy"))
eager = predict(data).numpy()


@tf.function  # the pruned function can be called from another tf.function, too
def top_class(x):
    return tf.argmax(predict(x), axis=1)


print("top class:", top_class(data).numpy())
expected = np.load("expected.npy")
print("max abs diff:", np.abs(eager - expected).max())
assert np.allclose(eager, expected)
assert (top_class(data).numpy() == expected.argmax(axis=1)).all()
