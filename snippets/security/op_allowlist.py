"""List the op types of a GraphDef or SavedModel, functions included, against an allowlist."""
# Requires: security/make_malicious_savedmodel_tf2.py
# Requires: security/make_malicious_frozen_tf1.py
# Requires: security/make_clean_savedmodel_tf2.py
import os

from tensorflow.core.framework import graph_pb2
from tensorflow.core.protobuf import saved_model_pb2

# Ops a small float model needs, plus what tf.saved_model.save adds to every SavedModel
# (the functions that save and restore its variables, called by the loader, not by a signature).
ALLOWED = {
    "Placeholder", "Const", "Identity", "IdentityN", "NoOp", "StatefulPartitionedCall",
    "PartitionedCall", "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "DisableCopyOnRead",
    "Add", "AddV2", "Sub", "Mul", "MatMul", "BiasAdd", "Relu", "Softmax", "Reshape",
    "SaveV2", "RestoreV2", "MergeV2Checkpoints", "ShardedFilename", "StringJoin",
    "StaticRegexFullMatch", "Select", "Pack",
}


def op_types(graph_def):
    """Every op type in the graph and in every function of its library."""
    ops = {node.op for node in graph_def.node}
    for function in graph_def.library.function:  # where TF2 puts the real computation
        ops.update(node.op for node in function.node_def)
    return ops


def unexpected_ops(graph_def, allowed):
    """The op types of graph_def that are not in allowed, sorted."""
    return sorted(op_types(graph_def) - set(allowed))


def read_graph_def(path):
    """The GraphDef of a frozen .pb file, or of a SavedModel directory's first MetaGraph."""
    if os.path.isdir(path):
        saved_model = saved_model_pb2.SavedModel()
        with open(os.path.join(path, "saved_model.pb"), "rb") as f:
            saved_model.ParseFromString(f.read())
        return saved_model.meta_graphs[0].graph_def
    graph_def = graph_pb2.GraphDef()
    with open(path, "rb") as f:
        graph_def.ParseFromString(f.read())
    return graph_def


if __name__ == "__main__":
    top = read_graph_def("malicious_model")
    print("malicious_model, top-level graph only:", sorted({n.op for n in top.node}))
    for path in ("malicious_model", "malicious.pb", "clean_model"):
        print(f"{path}: unexpected ops {unexpected_ops(read_graph_def(path), ALLOWED)}")
