import os

import tensorflow as tf
# The object graph is a protocol buffer; its message class is not in the public API.
from tensorflow.core.protobuf import trackable_object_graph_pb2


class Model(tf.Module):
    def __init__(self):
        super().__init__()
        self.w = tf.Variable([[1.0], [2.0]], name="w")
        self.b = tf.Variable([0.5], name="b")


path = tf.train.Checkpoint(model=Model()).save("ckpt/model")
for name in sorted(os.listdir("ckpt")):
    print(f"{os.path.getsize(os.path.join('ckpt', name)):>8}  ckpt/{name}")

# Keys are object paths, not variable names: the "w" in name="w" is not used.
reader = tf.train.load_checkpoint(path)
for key, shape in tf.train.list_variables(path):
    print(f"  {key}  shape={shape}  dtype={reader.get_variable_to_dtype_map()[key].name}")

# _CHECKPOINTABLE_OBJECT_GRAPH is a serialized TrackableObjectGraph: who holds whom.
graph = trackable_object_graph_pb2.TrackableObjectGraph()
graph.ParseFromString(reader.get_tensor("_CHECKPOINTABLE_OBJECT_GRAPH"))
for i, node in enumerate(graph.nodes):
    children = {c.local_name: c.node_id for c in node.children}
    keys = [a.checkpoint_key for a in node.attributes]
    print(f"  node {i}: children={children} values={keys}")
