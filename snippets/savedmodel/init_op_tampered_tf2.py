import os

import tensorflow as tf
from tensorflow.core.protobuf import saved_model_pb2


class Model(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32, name="x")])
    def serve(self, x):
        return {"y": 2.0 * x}


tf.saved_model.save(Model(), "tf2_model")  # an ordinary TF2 export

# Tie a WriteFile op to the op that __saved_model_init_op names (here a NoOp that TF added).
proto = saved_model_pb2.SavedModel()
with open("tf2_model/saved_model.pb", "rb") as f:
    proto.ParseFromString(f.read())
meta = proto.meta_graphs[0]
init_name = meta.signature_def["__saved_model_init_op"].outputs["__saved_model_init_op"].name
for name, value in (("file_name", b"init_op_ran.txt"), ("contents", b"ran")):
    node = meta.graph_def.node.add(name=name, op="Const")
    node.attr["dtype"].type = tf.string.as_datatype_enum
    node.attr["value"].tensor.CopyFrom(tf.make_tensor_proto(value))
meta.graph_def.node.add(name="write", op="WriteFile", input=["file_name", "contents"])
next(n for n in meta.graph_def.node if n.name == init_name).input.append("^write")
with open("tf2_model/saved_model.pb", "wb") as f:
    f.write(proto.SerializeToString())
print("__saved_model_init_op names:", init_name)

tf.saved_model.load("tf2_model")  # TF2's loader, on a TF2 SavedModel
print("init_op_ran.txt after tf.saved_model.load:", os.path.exists("init_op_ran.txt"))
