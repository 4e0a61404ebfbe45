"""Check the op types of a frozen graph or a SavedModel against an allowlist, before loading it.

A loader picks a SavedModel's MetaGraph by its tags, so every MetaGraph is checked; in each, the
top-level graph, every function of its library (functions calling functions included), and any
name an attribute calls that is not a function of that library. What it cannot read completely
(a SavedModel kept as text or in chunks, fields this TensorFlow does not know) it refuses.
"""
# Requires: security/make_malicious_savedmodel_tf2.py
# Requires: security/make_malicious_frozen_tf1.py
# Requires: security/make_clean_savedmodel_tf2.py
# Requires: security/make_two_metagraphs_tf1.py
import os

from google.protobuf.message import DecodeError
from tensorflow.core.framework import graph_pb2
from tensorflow.core.protobuf import saved_model_pb2

# Ops a small float model needs, plus what tf.saved_model.save adds to every SavedModel (the
# functions that save and restore its variables, called by the loader, not by a signature) and
# what TF1's SavedModelBuilder adds (ref variables, their Assign, the Saver's filename input).
ALLOWED = {
    "Placeholder", "Const", "Identity", "IdentityN", "NoOp", "StatefulPartitionedCall",
    "PartitionedCall", "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "DisableCopyOnRead",
    "VariableV2", "Assign", "PlaceholderWithDefault",
    "Add", "AddV2", "Sub", "Mul", "MatMul", "BiasAdd", "Relu", "Softmax", "Reshape",
    "SaveV2", "RestoreV2", "MergeV2Checkpoints", "ShardedFilename", "StringJoin",
    "StaticRegexFullMatch", "Select", "Pack",
}
# Other files a SavedModel loader can read its graphs from; this check parses saved_model.pb only.
UNCHECKED_FORMS = ("saved_model.pbtxt", "saved_model.cpb")


class CannotCheck(ValueError):
    """The model cannot be read completely, so nothing is known about it: do not load it."""


def _parse(message, path):
    """Parse path into message; refuse a file that is not one, or holds fields unknown here."""
    if not os.path.isfile(path):
        raise CannotCheck(f"{path}: no such file")
    with open(path, "rb") as f:
        data = f.read()
    try:
        message.ParseFromString(data)
    except DecodeError as e:
        raise CannotCheck(f"{path}: not a {message.DESCRIPTOR.name}: {e}") from None
    known = type(message)()
    known.CopyFrom(message)
    known.DiscardUnknownFields()  # recursive: any unknown field, at any depth, changes the size
    if known.ByteSize() != message.ByteSize():
        raise CannotCheck(f"{path}: {message.ByteSize() - known.ByteSize()} bytes of fields that "
                          f"this TensorFlow's {message.DESCRIPTOR.name} does not know")
    return message


def graph_defs(path):
    """[(where, GraphDef)]: a frozen graph file's one graph, or one per MetaGraph of a SavedModel."""
    if not os.path.isdir(path):
        return [(path, _parse(graph_pb2.GraphDef(), path))]
    unchecked = [name for name in UNCHECKED_FORMS if os.path.exists(os.path.join(path, name))]
    if unchecked:
        raise CannotCheck(f"{path}: holds {', '.join(unchecked)}, which this check does not read")
    saved_model = _parse(saved_model_pb2.SavedModel(), os.path.join(path, "saved_model.pb"))
    return [(f"{path} MetaGraph {i} {list(meta.meta_info_def.tags)}", meta.graph_def)
            for i, meta in enumerate(saved_model.meta_graphs)]


def _called_names(value):
    """The function names an attribute value holds, with those nested in their own attributes."""
    for func in ([value.func] if value.HasField("func") else []) + list(value.list.func):
        yield func.name
        for inner in func.attr.values():
            yield from _called_names(inner)


def op_types(graph_def):
    """Every op type in the graph, in every function of its library, and every name a node or an
    attribute calls that is not a function of the library (so it is checked as an op type)."""
    library = {function.signature.name for function in graph_def.library.function}
    nodes = list(graph_def.node)
    for function in graph_def.library.function:  # where TF2 puts the real computation
        nodes.extend(function.node_def)
    ops = {node.op for node in nodes} - library  # a node whose op is a library function calls it
    for node in nodes:
        for value in node.attr.values():
            ops.update(set(_called_names(value)) - library)
    ops.update(g.gradient_func for g in graph_def.library.gradient if g.gradient_func not in library)
    return ops


def unexpected_ops(graph_def, allowed):
    """The op types of graph_def that are not in allowed, sorted."""
    return sorted(op_types(graph_def) - set(allowed))


def unexpected_ops_in(path, allowed):
    """The op types outside allowed in a frozen graph file or in any MetaGraph of a SavedModel."""
    return sorted(set().union(*(unexpected_ops(g, allowed) for _, g in graph_defs(path))))


if __name__ == "__main__":
    from google.protobuf import text_format

    first = graph_defs("malicious_model")[0][1]
    print("malicious_model, top-level graph only:", sorted({n.op for n in first.node}))
    for path in ("malicious_model", "malicious.pb", "clean_model", "two_metagraphs"):
        for where, graph_def in graph_defs(path):
            print(f"{where}: unexpected ops {unexpected_ops(graph_def, ALLOWED)}")

    # Two copies of clean_model it cannot read completely: kept as text, and with one extra field.
    with open("clean_model/saved_model.pb", "rb") as f:
        saved_model = saved_model_pb2.SavedModel.FromString(f.read())
    os.makedirs("as_text")
    with open("as_text/saved_model.pbtxt", "w") as f:
        f.write(text_format.MessageToString(saved_model))
    os.makedirs("extra_field")
    with open("extra_field/saved_model.pb", "wb") as f:
        f.write(saved_model.SerializeToString() + b"\xf8\x06\x01")  # field 111 = 1, unknown
    for path in ("as_text", "extra_field"):
        try:
            unexpected_ops_in(path, ALLOWED)
        except CannotCheck as e:
            print("refused:", e)
