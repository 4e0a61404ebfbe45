import base64
import textwrap

import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

# A serving graph that takes serialized tf.train.Example strings, as TF1 code writes it.
with tf.Graph().as_default() as graph:
    examples = tf.placeholder(tf.string, shape=(None,), name="examples")
    x = tf.io.parse_example(examples, {"x": tf.io.FixedLenFeature([3], tf.float32)})["x"]
    tf.reduce_sum(x, axis=1, name="y")
graph_def = graph.as_graph_def()
print("TensorFlow", tf.__version__, "writes the op types", sorted({n.op for n in graph_def.node}))
print("the GraphDef, base64:")
print(textwrap.fill(base64.b64encode(graph_def.SerializeToString(deterministic=True)).decode(), 96))
