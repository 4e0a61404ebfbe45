# Requires: freeze/convert_tf1.py
import tensorflow.compat.v1 as tf

tf.disable_v2_behavior()

graph_def = tf.GraphDef()
with open("frozen.pb", "rb") as f:  # binary mode: a GraphDef is bytes, not text
    graph_def.ParseFromString(f.read())

with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def)  # default name="import": every name gets "import/"
    print("default:   ", [op.name for op in graph.get_operations()][:3], "...")

with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="")  # names exactly as in the file
    print("name='':   ", [op.name for op in graph.get_operations()][:3], "...")

with tf.Graph().as_default() as graph:
    tf.import_graph_def(graph_def, name="model_a")  # two models in one graph need prefixes
    tf.import_graph_def(graph_def, name="model_b")
    print("two copies:", graph.get_tensor_by_name("model_a/probs:0").name,
          graph.get_tensor_by_name("model_b/probs:0").name)
    try:
        graph.get_tensor_by_name("probs:0")
    except KeyError as e:
        print("KeyError:", e)
