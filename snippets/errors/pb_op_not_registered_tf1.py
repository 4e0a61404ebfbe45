import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A graph that uses an op this TensorFlow does not know (a custom op, or one from a
# newer/older TensorFlow or from tf.contrib).
graph_def = tf.GraphDef()
node = graph_def.node.add()
node.name, node.op = "x", "MyCustomOp"
tf.import_graph_def(graph_def, name="")
