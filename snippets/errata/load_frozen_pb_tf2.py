# Requires: errata/freeze_tf2.py
import tensorflow as tf

# Why compat.v1 appears in a TF2 snippet: in TF 2.x, GraphDef is public only as
# tf.compat.v1.GraphDef, and tf.compat.v1.wrap_function turns a bare GraphDef into a
# ConcreteFunction (a tf.function calling tf.graph_util.import_graph_def is the other public
# way). A frozen graph is a TF1-era format.
graph_def = tf.compat.v1.GraphDef()
with open("frozen.pb", "rb") as f:
    graph_def.ParseFromString(f.read())

# Import the GraphDef inside a wrapped function, then prune it to a callable
# from the input tensors to the output tensor (names printed by freeze_tf2.py).
wrapped = tf.compat.v1.wrap_function(
    lambda: tf.graph_util.import_graph_def(graph_def, name=""), [])
predict = wrapped.prune(
    feeds=[wrapped.graph.as_graph_element("x:0"), wrapped.graph.as_graph_element("y:0")],
    fetches=wrapped.graph.as_graph_element("Identity:0"))

z = predict(tf.constant([1.0, 2.0, 3.0]), tf.constant([10.0, 20.0, 30.0]))
print("z =", z.numpy())
