"""What is this model? Name the format of a saved model from its content, and say what is inside.

    python what_is_this_model.py PATH [--json]

PATH is a file or a directory: a TF1 or TF2 checkpoint (its prefix, or any of its files), a
SavedModel, a frozen GraphDef (.pb, or text .pbtxt), a MetaGraphDef (.meta), a Keras file (.keras,
legacy .h5, .weights.h5), a TFLite flatbuffer or an ONNX model. A directory that holds several is
described model by model. The report: inputs and outputs (signatures, or a guess for a bare graph),
variables and their size, the op types used (flagging those that read or write files or run
Python), the versions that wrote it, whether this TensorFlow can load it, and how to load and
convert it.

It only parses files. It never loads the model into TensorFlow or Keras and never runs a graph, a
function, a layer or an interpreter, so inspecting a malicious model runs none of it.
It needs TensorFlow; h5py (Keras HDF5 files) and onnx (ONNX files) are used when installed.
Exit status: 0 when PATH holds a model, 2 (one line on stderr) when it does not.
"""

import argparse
import contextlib
import io
import json
import os
import re
import sys
import zipfile
from functools import reduce

# The security page's allowlist (snippets/security/op_allowlist.py): the ops a small float model
# needs, plus what tf.saved_model.save and TF1's SavedModelBuilder add to every SavedModel.
# tests/test_inspect.py keeps the two copies equal.
ALLOWED = {
    "Placeholder", "Const", "Identity", "IdentityN", "NoOp", "StatefulPartitionedCall",
    "PartitionedCall", "VarHandleOp", "ReadVariableOp", "AssignVariableOp", "DisableCopyOnRead",
    "VariableV2", "Assign", "PlaceholderWithDefault",
    "Add", "AddV2", "Sub", "Mul", "MatMul", "BiasAdd", "Relu", "Softmax", "Reshape",
    "SaveV2", "RestoreV2", "MergeV2Checkpoints", "ShardedFilename", "StringJoin",
    "StaticRegexFullMatch", "Select", "Pack",
}
# Op types that read or write files, or run Python, when the graph runs. saved_model_cli scan's
# default denylist (ReadFile, WriteFile, PrintV2) is part of it: PrintV2 can print into a file.
FILE_OR_PYTHON_OPS = {
    "ReadFile", "WriteFile", "MatchingFiles", "PrintV2",
    "Save", "SaveV2", "SaveSlices", "Restore", "RestoreV2", "RestoreSlice", "MergeV2Checkpoints",
    "WholeFileReader", "WholeFileReaderV2", "TextLineReader", "TextLineReaderV2",
    "FixedLengthRecordReader", "FixedLengthRecordReaderV2", "TFRecordReader", "TFRecordReaderV2",
    "LMDBReader", "TextLineDataset", "TFRecordDataset", "TFRecordDatasetV2",
    "FixedLengthRecordDataset", "FixedLengthRecordDatasetV2", "CSVDataset", "CSVDatasetV2",
    "SqlDataset", "LMDBDataset", "MatchingFilesDataset", "DatasetToTFRecord",
    "SaveDataset", "SaveDatasetV2", "LoadDataset", "SnapshotDataset", "SnapshotDatasetV2",
    "CacheDataset", "CacheDatasetV2", "InitializeTableFromTextFile", "InitializeTableFromTextFileV2",
    "ImmutableConst", "DebugIdentityV2", "CreateSummaryFileWriter", "CreateSummaryDbWriter",
    "PyFunc", "PyFuncStateless", "EagerPyFunc",
}
VARIABLE_OPS = {"VariableV2", "Variable", "VarHandleOp", "TemporaryVariable"}
# Nodes whose output no one consumes, yet not model outputs: dead constants, variables, inputs.
NOT_SINKS = {"Const", "Placeholder", "PlaceholderWithDefault", "NoOp"} | VARIABLE_OPS
SSTABLE_MAGIC = bytes.fromhex("57fb808b247547db")  # the last 8 bytes of a checkpoint's .index
HDF5_MAGIC = b"\x89HDF\r\n\x1a\n"
ZIP_MAGIC = b"PK\x03\x04"
SHARD_RE = re.compile(r"^(.*)\.data-(\d{5})-of-(\d{5})$")
LIST_LIMIT = 10  # checkpoint variables listed one by one; the rest are counted
TF = {}  # TensorFlow's modules, imported once by tf_modules()


class NotAModel(Exception):
    """PATH holds no model this script recognises: one line on stderr, exit status 2."""


# --------------------------------------------------------------------------- TensorFlow

@contextlib.contextmanager
def quiet_stderr():
    """Hide what C++ code logs on stderr (TensorFlow's oneDNN notice, protobuf's parse errors):
    the one line this script may write there is its own."""
    sys.stderr.flush()
    saved, null = os.dup(2), os.open(os.devnull, os.O_WRONLY)
    os.dup2(null, 2)
    try:
        yield
    finally:
        os.dup2(saved, 2)
        os.close(saved)
        os.close(null)


def tf_modules():
    """TensorFlow's protocol buffer classes, op registry, checkpoint reader and version numbers."""
    if not TF:
        try:
            with quiet_stderr():
                from tensorflow.core.framework import graph_pb2
                from tensorflow.core.protobuf import meta_graph_pb2, saved_model_pb2
                from tensorflow.core.protobuf import trackable_object_graph_pb2
                from tensorflow.python.framework import dtypes, op_def_registry, versions
                from tensorflow.python.training import checkpoint_state_pb2, checkpoint_utils
        except ImportError as e:
            raise NotAModel(f"this script needs TensorFlow ({e})") from None
        registry = getattr(op_def_registry, "get", None)
        if registry is None:  # TF 1.x
            registry = op_def_registry.get_registered_ops().get
        TF.update(graph_pb2=graph_pb2, meta_graph_pb2=meta_graph_pb2, saved_model_pb2=saved_model_pb2,
                  trackable=trackable_object_graph_pb2, dtypes=dtypes, op_def=registry,
                  versions=versions, checkpoint_state_pb2=checkpoint_state_pb2,
                  reader=checkpoint_utils.load_checkpoint)
    return TF


def tf_version():
    return TF["versions"].__version__


def dtype_name(enum):
    try:
        return TF["dtypes"].as_dtype(enum).name
    except (TypeError, ValueError):
        return f"dtype{enum}"


def dtype_size(enum):
    """Bytes per element; 0 for strings, resources and variants (they have no fixed size)."""
    try:
        dtype = TF["dtypes"].as_dtype(enum)
    except (TypeError, ValueError):
        return 0
    return 0 if dtype.base_dtype.name in ("string", "resource", "variant") else dtype.size


def shape_text(dims, unknown_rank=False):
    """[?, 32] from sizes where -1 or None is unknown; ? when even the rank is unknown."""
    if unknown_rank or dims is None:
        return "?"
    return "[" + ", ".join("?" if d is None or d < 0 else str(d) for d in dims) + "]"


def proto_shape(shape_proto):
    return shape_text([d.size for d in shape_proto.dim], shape_proto.unknown_rank)


def count(dims):
    return reduce(lambda a, b: a * b, (max(int(d), 0) for d in dims), 1)


def tensor_totals(items):
    """(shape, bytes per element) pairs -> how many tensors, values and bytes."""
    return {"count": len(items), "values": sum(count(shape) for shape, _ in items),
            "bytes": sum(count(shape) * size for shape, size in items)}


def human_bytes(n):
    for unit in ("bytes", "KiB", "MiB", "GiB"):
        if n < 1024 or unit == "GiB":
            return f"{n} {unit}" if unit == "bytes" else f"{n:.1f} {unit}"
        n /= 1024.0


def unknown_field_count(message):
    try:
        from google.protobuf import unknown_fields
        return len(unknown_fields.UnknownFieldSet(message))
    except ImportError:  # protobuf < 4.22 (TF 1.15 has 3.20)
        return len(message.UnknownFields())


def parse_binary(message_class, data):
    """The message if data parses into it with no unknown field at the top level, else None."""
    from google.protobuf.message import DecodeError

    message = message_class()
    try:
        with quiet_stderr():
            message.ParseFromString(data)
    except (DecodeError, RuntimeError, ValueError):
        return None
    return message if unknown_field_count(message) == 0 else None


def parse_text(message_class, text):
    from google.protobuf import text_format

    message = message_class()
    try:
        text_format.Parse(text, message)
    except (text_format.ParseError, UnicodeDecodeError, ValueError):
        return None
    return message


def read_bytes(path):
    with open(path, "rb") as f:
        return f.read()


def as_text(data):
    if b"\0" in data[:4096]:
        return None
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return None


# --------------------------------------------------------------------------- graphs and ops

def node_dtype(node):
    for key in ("dtype", "T", "out_type", "DstT", "Tout"):
        if key in node.attr and node.attr[key].type:
            return dtype_name(node.attr[key].type)
    return "?"


def node_shape(node):
    if "shape" in node.attr and node.op.startswith("Placeholder"):
        return proto_shape(node.attr["shape"].shape)
    if "_output_shapes" in node.attr and node.attr["_output_shapes"].list.shape:
        return proto_shape(node.attr["_output_shapes"].list.shape[0])
    return "?"


def called_names(value):
    """The function names an attribute value holds, with those nested in their own attributes."""
    for func in ([value.func] if value.HasField("func") else []) + list(value.list.func):
        yield func.name
        for inner in func.attr.values():
            yield from called_names(inner)


def first_nodes(graph_def):
    """{op type: first node of that type}, over the graph and every function of its library (where
    TF2 puts the real computation). A node calling a library function is no op type; a name that a
    node or an attribute calls and the library does not define is one (TensorFlow runs that op)."""
    library = {f.signature.name for f in graph_def.library.function}
    nodes = [(node.name, node) for node in graph_def.node]
    for function in graph_def.library.function:
        nodes += [(f"{function.signature.name}/{node.name}", node) for node in function.node_def]
    first = {}
    for where, node in nodes:
        for name in [node.op] + [n for value in node.attr.values() for n in called_names(value)]:
            if name not in library:
                first.setdefault(name, where)
    for gradient in graph_def.library.gradient:
        if gradient.gradient_func not in library:
            first.setdefault(gradient.gradient_func, f"gradient of {gradient.function_name}")
    return first


def unknown_notes(message):
    """A note when the message holds fields, at any depth, that this TensorFlow does not know.
    It drops them from the message (no copy of a large graph): call it once the message is read."""
    before = message.ByteSize()
    message.DiscardUnknownFields()
    extra = before - message.ByteSize()
    return [f"{extra} bytes of fields this TensorFlow does not know (a newer release wrote them?): "
            "what they hold is not in this report"] if extra else []


def ops_report(first, functions):
    types = set(first)
    return {"types": sorted(types), "functions": functions,
            "file_or_python": sorted(types & FILE_OR_PYTHON_OPS - ALLOWED),
            "file_ops_on_allowlist": sorted(types & FILE_OR_PYTHON_OPS & ALLOWED),
            "outside_allowlist": sorted(types - ALLOWED), "_first": first}


def can_tf_load(graph_def, first):
    """Whether this TensorFlow accepts the GraphDef versions, registers every op type, and knows
    every attribute the nodes set. Read from its op registry and version numbers: nothing is
    imported into a graph. The first problem is the one TensorFlow would meet first."""
    v, here = graph_def.versions, TF["versions"]
    problems = []
    if v.producer and v.producer < here.GRAPH_DEF_VERSION_MIN_PRODUCER:
        problems.append(f"GraphDef producer version {v.producer} is older than the oldest this "
                        f"TensorFlow reads ({here.GRAPH_DEF_VERSION_MIN_PRODUCER})")
    if v.min_consumer > here.GRAPH_DEF_VERSION:
        problems.append(f"the graph needs GraphDef version {v.min_consumer} or newer; this "
                        f"TensorFlow is {here.GRAPH_DEF_VERSION}")
    if here.GRAPH_DEF_VERSION in v.bad_consumers:
        problems.append(f"the graph lists this TensorFlow's GraphDef version {here.GRAPH_DEF_VERSION} "
                        "as a bad consumer")
    missing = [op for op in first if TF["op_def"](op) is None]  # in graph order: the first one first
    # Attributes that a newer release added to an op make an older one refuse the node; names
    # starting with _ are TensorFlow's own annotations, which every release accepts.
    nodes = [("the graph", n) for n in graph_def.node] + [
        ("a function of its library", n) for f in graph_def.library.function for n in f.node_def]
    first_problem, unknown_attrs = None, []
    for where, node in nodes:
        if node.op in missing:
            first_problem = first_problem or (f"op {node.op!r} (first used in {where}) is not registered "
                                              "in this TensorFlow")
            continue
        op_def = TF["op_def"](node.op)
        if op_def is None:
            continue  # a call of a function of the library
        known = {a.name for a in op_def.attr}
        extra = sorted(a for a in node.attr if not a.startswith("_") and a not in known)
        if extra and not first_problem:
            first_problem = (f"its {node.op} nodes (first in {where}) set attributes that this "
                             f"TensorFlow's {node.op} does not have: {', '.join(extra)}")
        unknown_attrs += [(node.op, a) for a in extra if (node.op, a) not in unknown_attrs]
    if missing and first_problem is None:
        first_problem = f"op {missing[0]!r} (called through an attribute) is not registered in this " \
                        "TensorFlow"
    if first_problem:
        problems.append(first_problem)
    if missing and not (len(missing) == 1 and first_problem.startswith("op ")):
        problems.append("op types it lacks: " + ", ".join(missing))
    if unknown_attrs and len({op for op, _ in unknown_attrs}) > 1:
        problems.append("attributes it lacks: " + ", ".join(f"{op}.{attr}" for op, attr in unknown_attrs))
    result = {"runtime": f"TensorFlow {tf_version()}", "ok": not problems, "missing_ops": missing,
              "unknown_attrs": [f"{op}.{attr}" for op, attr in unknown_attrs]}
    result["why"] = "; ".join(problems) if problems else (
        f"all {len(first)} op types are registered and the GraphDef versions are accepted")
    return result


def scope_of(tensor_name):
    name = tensor_name.split(":")[0]
    return name.rsplit("/", 1)[0] + "/" if "/" in name else None


def guess_io(graph_def, skip_scope=None):
    """A heuristic: inputs are placeholders; outputs are nodes whose output nobody consumes, other
    than constants, variables, ops without outputs and a saver's or a variable's own nodes.
    Shapes are known only where the file records them."""
    consumed = set()
    for node in graph_def.node:
        for name in node.input:
            consumed.add(name.lstrip("^").split(":")[0])
    # A Saver's nodes, and the initializer, assign and is-initialized nodes of each TF1 variable.
    skip = {scope_of(n.name) for n in graph_def.node if n.op in ("SaveV2", "RestoreV2", "Save")}
    skip |= {n.name + "/" for n in graph_def.node if n.op in VARIABLE_OPS}
    skip.add(skip_scope)
    skip.discard(None)

    def skipped(name):
        parts = name.split("/")
        return any("/".join(parts[:i]) + "/" in skip for i in range(1, len(parts)))

    inputs, outputs = [], []
    for node in graph_def.node:
        if skipped(node.name):
            continue
        entry = {"name": node.name + ":0", "op": node.op, "dtype": node_dtype(node),
                 "shape": node_shape(node)}
        if node.op in ("Placeholder", "PlaceholderWithDefault"):
            if node.name not in consumed:
                entry["note"] = "unused"
            elif node.op == "PlaceholderWithDefault":
                entry["note"] = "has a default"
            inputs.append(entry)
        elif node.name not in consumed and node.op not in NOT_SINKS:
            op_def = TF["op_def"](node.op)
            if op_def is None or op_def.output_arg:  # an unknown op may well have outputs
                outputs.append(entry)
    return inputs, outputs


def graph_variables(graph_def):
    return [([d.size for d in n.attr["shape"].shape.dim], dtype_size(n.attr["dtype"].type))
            for n in graph_def.node if n.op in VARIABLE_OPS]


def graph_constants(graph_def):
    items = []
    for node in graph_def.node:
        if node.op == "Const" and "value" in node.attr:
            tensor = node.attr["value"].tensor
            items.append(([d.size for d in tensor.tensor_shape.dim], dtype_size(tensor.dtype)))
    return items


def graph_report(graph_def, skip_scope=None):
    first = first_nodes(graph_def)
    inputs, outputs = guess_io(graph_def, skip_scope)
    return {"nodes": len(graph_def.node), "guessed_inputs": inputs, "guessed_outputs": outputs,
            "ops": ops_report(first, len(graph_def.library.function)),
            "load": can_tf_load(graph_def, first)}


def signature_report(signature_defs):
    def tensors(infos):
        return [{"name": name, "tensor": info.name, "dtype": dtype_name(info.dtype),
                 "shape": proto_shape(info.tensor_shape)} for name, info in sorted(infos.items())]

    return [{"name": key, "method": signature_defs[key].method_name,
             "inputs": tensors(signature_defs[key].inputs), "outputs": tensors(signature_defs[key].outputs)}
            for key in sorted(signature_defs) if key != "__saved_model_init_op"]  # TF2's initializer


def meta_info(meta_graph):
    info, versions = meta_graph.meta_info_def, {}
    if info.tensorflow_version:
        versions["tensorflow"] = info.tensorflow_version
    if info.tensorflow_git_version:
        versions["tensorflow_git"] = info.tensorflow_git_version
    if meta_graph.graph_def.versions.producer:
        versions["graph_def_producer"] = meta_graph.graph_def.versions.producer
    return versions


def load_time_ops(meta):
    """The op types that run when the SavedModel is merely loaded: TF1's main_op (or legacy_init_op,
    or the __saved_model_init_op signature) with every node it depends on, and the _create_resource
    and _initialize functions of TF2 resources; with the functions all these call."""
    graph = meta.graph_def
    functions = {f.signature.name: f for f in graph.library.function}
    nodes = {n.name: n for n in graph.node}
    ops, calls = set(), []

    def visit(node):
        for name in [node.op] + [n for value in node.attr.values() for n in called_names(value)]:
            if name in functions:
                calls.append(name)
            else:
                ops.add(name)

    starts = [name for key in ("saved_model_main_op", "legacy_init_op") if key in meta.collection_def
              for name in meta.collection_def[key].node_list.value]
    if "__saved_model_init_op" in meta.signature_def:
        starts += [t.name for t in meta.signature_def["__saved_model_init_op"].outputs.values()]
    seen, stack = set(), [s.lstrip("^").split(":")[0] for s in starts]
    while stack:
        name = stack.pop()
        if name in seen or name not in nodes:
            continue
        seen.add(name)
        visit(nodes[name])
        stack += [i.lstrip("^").split(":")[0] for i in nodes[name].input]
    objects = meta.object_graph_def.nodes
    for obj in objects:
        if obj.WhichOneof("kind") != "resource":
            continue
        for child in obj.children:
            target = objects[child.node_id] if child.node_id < len(objects) else None
            if child.local_name in ("_create_resource", "_initialize") and target is not None:
                calls += list(target.function.concrete_functions) if target.HasField("function") else []
                for grandchild in target.children:  # the traced concrete functions
                    concrete = objects[grandchild.node_id]
                    if concrete.HasField("bare_concrete_function"):
                        calls.append(concrete.bare_concrete_function.concrete_function_name)
    done = set()
    while calls:
        name = calls.pop()
        if name in done or name not in functions:
            continue
        done.add(name)
        for node in functions[name].node_def:
            visit(node)
    return ops


def saver_scope(meta_graph):
    name = meta_graph.saver_def.filename_tensor_name
    return scope_of(name) if name else None


# --------------------------------------------------------------------------- checkpoints

def is_sstable(path):
    if not os.path.isfile(path) or os.path.getsize(path) < 48:
        return False
    with open(path, "rb") as f:
        f.seek(-8, os.SEEK_END)
        return f.read(8) == SSTABLE_MAGIC


def checkpoint_prefix_of(path):
    """The checkpoint prefix that path stands for (the prefix itself, its .index, .meta or a data
    shard), or None. The .index must really be an SSTable: recognised by content."""
    candidates = [path]
    if path.endswith((".index", ".meta")):
        candidates.insert(0, path.rsplit(".", 1)[0])
    match = SHARD_RE.match(path)
    if match:
        candidates.insert(0, match.group(1))
    for prefix in candidates:
        if is_sstable(prefix + ".index"):
            return prefix
    return None


def read_checkpoint(prefix):
    """The variables of a checkpoint, from its .index: names, dtypes and shapes (no values)."""
    tf = tf_modules()
    try:
        with quiet_stderr():
            reader = tf["reader"](prefix)
            shapes = reader.get_variable_to_shape_map()
            dtypes = reader.get_variable_to_dtype_map()
            graph = None
            if "_CHECKPOINTABLE_OBJECT_GRAPH" in shapes:  # what makes a checkpoint object-based
                graph = tf["trackable"].TrackableObjectGraph()
                graph.ParseFromString(reader.get_tensor("_CHECKPOINTABLE_OBJECT_GRAPH"))
    except Exception as e:  # noqa: BLE001 - TensorFlow raises several kinds for a damaged file
        first_line = (str(e).strip().splitlines() or [type(e).__name__])[0]
        raise NotAModel(f"{prefix}: a checkpoint that TensorFlow cannot read ({first_line})") from None
    keys = sorted(k for k in shapes if k != "_CHECKPOINTABLE_OBJECT_GRAPH")
    # Keras 3's export() saves each variable twice, as variables/N and _all_variables/N.
    doubles = [k for k in keys if k.startswith("_all_variables/")]
    if doubles and sorted(shapes[k] for k in doubles) != sorted(
            shapes[k] for k in keys if k.startswith("variables/")):
        doubles = []
    keys = [k for k in keys if k not in doubles]
    report = {"prefix": prefix, "style": "TF2 object-based" if graph is not None else "TF1 name-based",
              "variables": tensor_totals([(shapes[k], dtype_size(dtypes[k].as_datatype_enum)) for k in keys]),
              "listed": [{"name": k, "dtype": dtypes[k].name, "shape": shape_text(shapes[k])}
                         for k in keys[:LIST_LIMIT]]}
    if doubles:
        report["variables"]["duplicates_not_counted"] = len(doubles)
    if graph is not None and graph.nodes:
        report["objects"] = sorted(c.local_name for c in graph.nodes[0].children)
    shards = [SHARD_RE.match(f) for f in os.listdir(os.path.dirname(prefix) or ".")]
    shards = [m for m in shards if m and m.group(1) == os.path.basename(prefix)]
    if shards:
        report["shards"] = {"found": len(shards), "expected": int(shards[0].group(3))}
    return report


def checkpoint_item(prefix):
    ckpt = read_checkpoint(prefix)
    meta_path = prefix + ".meta"
    meta = parse_binary(TF["meta_graph_pb2"].MetaGraphDef, read_bytes(meta_path)) \
        if os.path.isfile(meta_path) else None
    if ckpt["style"].startswith("TF2"):
        fmt, name = "checkpoint_tf2", "TF2 object-based checkpoint (tf.train.Checkpoint)"
    elif meta is not None:
        fmt, name = "checkpoint_tf1_meta", "TF1 name-based checkpoint (Saver), with its .meta graph"
    else:
        fmt, name = "checkpoint_tf1", "TF1 name-based checkpoint (Saver), without a .meta graph"
    report = {"path": prefix, "format": fmt, "format_name": name, "written_by": {}, "checkpoint": ckpt,
              "variables": ckpt["variables"], "notes": []}
    if meta is not None:
        report.update(graph_report(meta.graph_def, saver_scope(meta)), meta_graph=meta_path,
                      written_by=meta_info(meta), signatures=signature_report(meta.signature_def))
        report["notes"] += unknown_notes(meta)
    else:
        objects = ckpt.get("objects")
        report["notes"].append("a checkpoint records no TensorFlow version")
        objects = f" (objects: {', '.join(objects)})" if objects else ""
        report["load"] = {"runtime": f"TensorFlow {tf_version()}", "ok": True,
                          "why": "tf.train.load_checkpoint reads it; restoring it needs the code that "
                                 f"builds the model{objects}"}
    shards = ckpt.get("shards")
    if shards and shards["found"] != shards["expected"]:
        report["notes"].append(f"only {shards['found']} of its {shards['expected']} data shards are here")
        report["load"] = dict(report["load"], ok=False, why="data shards are missing")
    return report


# --------------------------------------------------------------------------- SavedModel

SAVED_MODEL_FILES = ("saved_model.pb", "saved_model.pbtxt")


def has_saved_model(directory):
    return any(os.path.isfile(os.path.join(directory, n)) for n in SAVED_MODEL_FILES)


def saved_model_item(directory):
    tf = tf_modules()
    source = os.path.join(directory, "saved_model.pb")
    if os.path.isfile(source):
        saved_model = parse_binary(tf["saved_model_pb2"].SavedModel, read_bytes(source))
    else:
        source += "txt"
        text = read_bytes(source).decode("utf-8", "replace")
        saved_model = parse_text(tf["saved_model_pb2"].SavedModel, text)
    if saved_model is None or not saved_model.meta_graphs:
        why = truncation_hint(read_bytes(source)) or "damaged, or another format"
        raise NotAModel(f"{source}: named like a SavedModel's file, but it does not parse as one ({why})")
    metas = saved_model.meta_graphs
    objects = metas[0].object_graph_def.nodes
    root = {c.local_name for c in objects[0].children} if objects else set()
    identifiers = {n.user_object.identifier for n in objects if n.WhichOneof("kind") == "user_object"}
    if os.path.isfile(os.path.join(directory, "keras_metadata.pb")) or any(
            i.startswith("_tf_keras") for i in identifiers):
        variant, name = "keras2", "SavedModel written by Keras 2 (tf.keras model.save to a folder)"
    elif not objects:
        variant, name = "tf1", "SavedModel written by TF1 (SavedModelBuilder / simple_save)"
    elif {"_all_variables", "_misc_assets"} & root:
        variant, name = "keras_export", "SavedModel written by Keras 3 model.export()"
    else:
        variant, name = "tf2", "SavedModel written by TF2 tf.saved_model.save"
    report = {"path": directory, "format": "savedmodel", "variant": variant, "format_name": name,
              "written_by": meta_info(metas[0]), "notes": [], "meta_graphs": []}
    # Each MetaGraph (tag set) is a graph of its own: the ops of every one are checked.
    first, functions, loads = {}, 0, []
    on_load = set()
    for meta in metas:
        graph = graph_report(meta.graph_def, saver_scope(meta))
        flagged = graph["ops"]["file_or_python"]
        at_load = sorted(set(flagged) & load_time_ops(meta))
        on_load.update(at_load)
        report["meta_graphs"].append({"tags": sorted(meta.meta_info_def.tags),
                                      "signatures": signature_report(meta.signature_def),
                                      "file_or_python": flagged, "file_or_python_on_load": at_load})
        for op, node in graph["ops"]["_first"].items():
            first.setdefault(op, node)
        functions += graph["ops"]["functions"]
        loads.append(graph["load"])
    report["ops"] = dict(ops_report(first, functions), file_or_python_on_load=sorted(on_load))
    bad = [load for load in loads if not load["ok"]]
    report["load"] = bad[0] if bad else loads[0]
    if objects:
        report["functions"] = sorted(c.local_name for c in objects[0].children
                                     if objects[c.node_id].WhichOneof("kind") == "function")
    if variant == "keras2":
        keras_version = keras2_metadata_version(os.path.join(directory, "keras_metadata.pb"))
        if keras_version:
            report["written_by"]["keras"] = keras_version
        if keras_major() >= 3:
            report["notes"].append(f"Keras {installed_version('keras')} cannot load_model a Keras 2 "
                                   "SavedModel: use tf.saved_model.load, keras.layers.TFSMLayer or tf_keras")
    prefix = os.path.join(directory, "variables", "variables")
    needs_variables = any(graph_variables(m.graph_def) for m in metas) or any(
        n.WhichOneof("kind") == "variable" for n in objects)
    if is_sstable(prefix + ".index"):
        ckpt = read_checkpoint(prefix)
        report["variables"], report["variables_checkpoint"] = ckpt["variables"], ckpt["style"]
        if ckpt["variables"].get("duplicates_not_counted"):
            report["notes"].append("Keras export() stores every variable twice in variables/; counted once")
    elif needs_variables:
        report["load"] = dict(report["load"], ok=False,
                              why="its variables/ folder is missing: the graph has variables whose values "
                                  "are not here")
    else:
        report["variables"] = tensor_totals([])
    report["notes"] += unknown_notes(saved_model)
    return report


def keras2_metadata_version(path):
    """keras_version from keras_metadata.pb: a SavedMetadata message whose nodes carry JSON. Its
    message class ships with Keras 2 only, so its fields are walked by hand."""
    if not os.path.isfile(path):
        return None
    try:
        for field, node, _ in wire_fields(read_bytes(path)):
            if field != 1 or not isinstance(node, bytes):
                continue
            for inner_field, metadata, _ in wire_fields(node):
                if inner_field == 5 and isinstance(metadata, bytes):
                    value = json.loads(metadata.decode("utf-8"))
                    if isinstance(value, dict) and value.get("keras_version"):
                        return str(value["keras_version"])
    except (IndexError, ValueError):
        return None
    return None


def varint(data, pos):
    result = shift = 0
    while True:
        if pos >= len(data):
            raise IndexError("varint runs past the end")
        byte = data[pos]
        pos += 1
        result |= (byte & 0x7F) << shift
        if not byte & 0x80:
            return result, pos
        shift += 7
        if shift > 63:
            raise ValueError("varint too long")


def wire_fields(data):
    """The top-level (field number, value, end) of each field of a protobuf message; the value is bytes
    when length-delimited.
    Raises IndexError when a field runs past the end, ValueError on a malformed key."""
    pos = 0
    while pos < len(data):
        key, pos = varint(data, pos)
        field, wire = key >> 3, key & 7
        if field == 0 or wire not in (0, 1, 2, 5):
            raise ValueError(f"not a protobuf field key: {key}")
        if wire == 0:
            value, pos = varint(data, pos)
        elif wire == 2:
            length, pos = varint(data, pos)
            value, pos = data[pos:pos + length], pos + length
        else:
            size = 8 if wire == 1 else 4
            value, pos = data[pos:pos + size], pos + size
        if pos > len(data):
            raise IndexError("field runs past the end")
        yield field, value, pos


def truncation_hint(data):
    """'a truncated GraphDef: ...' when data is a TensorFlow message whose last field runs past the end."""
    end = 0
    try:
        for _, _, end in wire_fields(data):
            pass
        return None  # every field is complete: not truncated
    except ValueError:
        return None
    except IndexError:
        pass
    if not end:
        return None
    tf = tf_modules()
    for name, cls, plausible in (
            ("SavedModel", tf["saved_model_pb2"].SavedModel, lambda m: m.saved_model_schema_version == 1),
            ("MetaGraphDef", tf["meta_graph_pb2"].MetaGraphDef, lambda m: m.HasField("meta_info_def")),
            ("GraphDef", tf["graph_pb2"].GraphDef, lambda m: m.node and all(n.op for n in m.node))):
        message = parse_binary(cls, data[:end])  # the complete fields before the cut
        if message is not None and plausible(message):
            return (f"a truncated {name}: the file ends at byte {len(data)}, in the middle of a field "
                    "(an interrupted download or copy?)")
    return None


# --------------------------------------------------------------------------- graph files

def graph_def_item(path, graph_def, text):
    variables = graph_variables(graph_def)
    if variables:
        fmt, name = "graphdef", "GraphDef with variables (not frozen: their values are in a checkpoint)"
    else:
        fmt, name = "frozen_graphdef", "frozen GraphDef (variables folded into constants)"
    report = {"path": path, "format": fmt, "format_name": name + (", text format" if text else ""),
              "text": text, "written_by": {}}
    if graph_def.versions.producer:
        report["written_by"]["graph_def_producer"] = graph_def.versions.producer
    report.update(graph_report(graph_def))
    if variables:
        report["variables"] = tensor_totals(variables)
    else:
        report["constants"] = tensor_totals(graph_constants(graph_def))
    report["notes"] = ["a GraphDef records no TensorFlow release, only its GraphDef producer version"
                       if graph_def.versions.producer else "this GraphDef records no version at all"]
    report["notes"] += unknown_notes(graph_def)
    return report


def meta_graph_item(path, meta):
    report = {"path": path, "format": "metagraph", "format_name": "MetaGraphDef (a TF1 .meta graph)",
              "written_by": meta_info(meta), "signatures": signature_report(meta.signature_def),
              "notes": ["the values of its variables are in a checkpoint, not in this file"]}
    report.update(graph_report(meta.graph_def, saver_scope(meta)))
    report["variables"] = tensor_totals(graph_variables(meta.graph_def))
    report["notes"] += unknown_notes(meta)
    return report


def protobuf_item(path, data):
    """A SavedModel's saved_model.pb, a MetaGraphDef, a GraphDef (binary or text), or ONNX."""
    tf = tf_modules()
    # A SavedModel starts with its schema version (field 1, a varint): no need to parse a large
    # GraphDef as one first.
    saved_model = parse_binary(tf["saved_model_pb2"].SavedModel, data) if data[:1] == b"\x08" else None
    if saved_model is not None and saved_model.saved_model_schema_version and saved_model.meta_graphs:
        directory = os.path.dirname(path) or "."
        if os.path.basename(path) == "saved_model.pb" and os.path.isdir(os.path.join(directory, "variables")):
            return saved_model_item(directory)
        where = "its variables/ folder is not beside it" if os.path.basename(path) == "saved_model.pb" \
            else "renamed, and without its variables/ folder"
        raise NotAModel(f"{path}: the saved_model.pb of a SavedModel, {where}; a SavedModel is the whole "
                        "directory (saved_model.pb + variables/), and this is not a frozen graph")
    meta = parse_binary(tf["meta_graph_pb2"].MetaGraphDef, data)
    if meta is not None and (meta.graph_def.node or meta.HasField("meta_info_def")):
        return meta_graph_item(path, meta)
    graph_def = parse_binary(tf["graph_pb2"].GraphDef, data)
    if graph_def is not None and graph_def.node and all(n.op for n in graph_def.node):
        return graph_def_item(path, graph_def, text=False)
    report = onnx_item(path, data)
    if report is not None:
        return report
    text = as_text(data)
    if text is not None:
        graph_def = parse_text(tf["graph_pb2"].GraphDef, text)
        if graph_def is not None and graph_def.node:
            return graph_def_item(path, graph_def, text=True)
        meta = parse_text(tf["meta_graph_pb2"].MetaGraphDef, text)
        if meta is not None and meta.graph_def.node:
            return meta_graph_item(path, meta)
    return None


# --------------------------------------------------------------------------- Keras

def keras_config_facts(config):
    """Layers, inputs, outputs, Lambda layers and custom classes, from a Keras model config (JSON)."""
    lambdas, custom = [], set()

    def walk(obj):
        if isinstance(obj, dict):
            cls, module = obj.get("class_name"), obj.get("module")
            if isinstance(cls, str) and isinstance(obj.get("config"), dict):
                if cls == "Lambda":
                    lambdas.append(str(obj["config"].get("name", "?")))
                if isinstance(module, str) and not module.startswith(("keras", "builtins")):
                    custom.add(str(obj.get("registered_name") or cls))
            for value in obj.values():
                walk(value)
        elif isinstance(obj, list):
            for value in obj:
                walk(value)

    walk(config)
    top = config.get("config") if isinstance(config, dict) else None
    top = top if isinstance(top, dict) else {}
    layers, inputs, outputs = {}, [], []
    for layer in top.get("layers", []):
        if not isinstance(layer, dict):
            continue
        cls = str(layer.get("class_name", "?"))
        layers[cls] = layers.get(cls, 0) + 1
        c = layer.get("config", {})
        if cls == "InputLayer" and isinstance(c, dict):
            inputs.append({"name": str(c.get("name", "?")), "dtype": str(c.get("dtype", "?")),
                           "shape": shape_text(c.get("batch_shape") or c.get("batch_input_shape"))})
    if not inputs and top.get("build_input_shape"):
        inputs.append({"name": "(build input)", "dtype": "?", "shape": shape_text(top["build_input_shape"])})
    entries = top.get("output_layers") or []
    if entries and isinstance(entries[0], str):  # one output: [layer name, node index, tensor index]
        entries = [entries]
    for entry in entries:
        if isinstance(entry, list) and entry:
            outputs.append({"name": str(entry[0]), "dtype": "?", "shape": "?"})
    return {"model_class": str(config.get("class_name", "?")) if isinstance(config, dict) else "?",
            "layers": layers, "inputs": inputs, "outputs": outputs, "lambda_layers": lambdas,
            "custom_classes": sorted(custom)}


def keras_major():
    version = installed_version("keras")
    return int(version.split(".")[0]) if version else 0


def keras_load_verdict(written, facts):
    installed = installed_version("keras")
    if not installed:
        return {"runtime": "Keras", "ok": False, "why": "the keras package is not installed"}
    ok, why = True, f"Keras {installed} reads this format"
    if written and written[0].isdigit() and int(written.split(".")[0]) > keras_major():
        ok, why = False, f"written by Keras {written}, newer than the installed Keras {installed}"
    if facts["lambda_layers"]:
        ok, why = False, ("load_model refuses its Lambda layer(s) with safe_mode=True, the default: they "
                          "hold Python bytecode, which safe_mode=False would run")
    if facts["custom_classes"]:
        why += "; it needs the code of " + ", ".join(facts["custom_classes"])
    return {"runtime": f"Keras {installed}", "ok": ok, "why": why}


def h5_weights(group, skip=("optimizer", "optimizer_weights")):
    items, optimizer = [], []

    def visit(name, obj):
        if hasattr(obj, "shape") and hasattr(obj, "dtype"):
            (optimizer if name.split("/")[0] in skip else items).append((list(obj.shape), obj.dtype.itemsize))
    group.visititems(visit)
    totals = tensor_totals(items)
    if optimizer:
        totals["optimizer_state"] = tensor_totals(optimizer)
    return totals


def keras_item(path, archive):
    names = set(archive.namelist())
    try:
        config = json.loads(archive.read("config.json").decode("utf-8"))
        metadata = json.loads(archive.read("metadata.json").decode("utf-8")) \
            if "metadata.json" in names else {}
    except ValueError as e:
        raise NotAModel(f"{path}: a zip archive whose config.json is not valid JSON ({e})") from None
    facts = keras_config_facts(config)
    written = str(metadata.get("keras_version", "")) if isinstance(metadata, dict) else ""
    report = {"path": path, "format": "keras", "format_name": "Keras .keras archive (config.json + weights)",
              "written_by": {"keras": written} if written else {}, "keras": facts,
              "load": keras_load_verdict(written, facts), "notes": []}
    weights = sorted(n for n in names if n.endswith(".h5"))
    if weights:
        h5py = optional("h5py", report)
        if h5py is not None:
            with archive.open(weights[0]) as member:
                data = io.BytesIO(member.read())
            with h5py.File(data, "r") as f:
                report["variables"] = h5_weights(f)
    return report


def h5_item(path):
    report = {"path": path, "written_by": {}, "notes": []}
    h5py = optional("h5py", report)
    if h5py is None:
        raise NotAModel(f"{path}: an HDF5 file; reading it needs h5py, which is not installed "
                        "(pip install h5py)")
    try:
        f = h5py.File(path, "r")
    except OSError as e:
        raise NotAModel(f"{path}: an HDF5 file that h5py cannot open ({str(e).splitlines()[0]})") from None
    with f:
        attrs = {k: (v.decode() if isinstance(v, bytes) else v) for k, v in f.attrs.items()}
        if attrs.get("keras_version"):
            report["written_by"]["keras"] = str(attrs["keras_version"])
        if attrs.get("backend"):
            report["written_by"]["backend"] = str(attrs["backend"])
        if "model_config" in attrs:
            facts = keras_config_facts(json.loads(attrs["model_config"]))
            report.update(format="h5_model",
                          format_name="Keras legacy HDF5 full model (.h5: config + weights)", keras=facts,
                          load=keras_load_verdict(None, facts),
                          variables=h5_weights(f["model_weights"] if "model_weights" in f else f))
            if "optimizer_weights" in f:
                report["variables"]["optimizer_state"] = h5_weights(f["optimizer_weights"], skip=())
        elif "layer_names" in attrs:
            report.update(format="h5_weights_keras2", format_name="Keras 2 weights-only HDF5 (save_weights)",
                          variables=h5_weights(f))
        elif "layers" in f or "vars" in f:
            report.update(format="weights_h5", format_name="Keras 3 weights file (.weights.h5)",
                          variables=h5_weights(f))
        else:
            raise NotAModel(f"{path}: an HDF5 file, but not a Keras model or weights file "
                            "(no model_config, layer_names or layers/)")
    if report["format"] != "h5_model":
        report["load"] = {"runtime": "Keras", "ok": True,
                          "why": "weights only: model.load_weights() on the model its code builds"}
    return report


# --------------------------------------------------------------------------- TFLite

def tflite_schema():
    """The flatbuffer classes of the TFLite schema (pure Python), or None."""
    for module in ("tensorflow.lite.python.schema_py_generated", "ai_edge_litert.schema_py_generated"):
        try:
            with quiet_stderr():
                return __import__(module, fromlist=["ModelT"])
        except ImportError:
            continue
    return None


def tflite_tensor(tensor, types):
    signature = tensor.shapeSignature
    dims = signature if signature is not None and len(signature) else tensor.shape
    return {"name": (tensor.name or b"").decode("utf-8", "replace"),
            "dtype": types.get(tensor.type, str(tensor.type)),
            "shape": shape_text([int(d) for d in dims] if dims is not None else [])}


def tflite_item(path, data):
    schema = tflite_schema()
    if schema is None:
        raise NotAModel(f"{path}: a TFLite file, but no TFLite schema module is installed "
                        "(pip install ai-edge-litert)")
    try:
        model = schema.ModelT.InitFromPackedBuf(data, 0)
        builtin = {v: k for k, v in vars(schema.BuiltinOperator).items() if not k.startswith("_")}
        types = {v: k.lower() for k, v in vars(schema.TensorType).items() if not k.startswith("_")}
        buffers = model.buffers or []
        ops, custom, unknown = [], [], []
        for code in model.operatorCodes or []:
            number = max(code.builtinCode, code.deprecatedBuiltinCode)
            if code.customCode is not None:
                custom.append(code.customCode.decode("utf-8", "replace"))
                kind = " (Flex: a TensorFlow op)" if custom[-1].startswith("Flex") else " (custom)"
                ops.append(custom[-1] + kind)
            elif number in builtin:
                ops.append(builtin[number])
            else:
                unknown.append(number)
                ops.append(f"builtin #{number} (unknown to this schema)")
        subgraphs, tensors, quantized, constants = [], 0, [], []
        for sg in model.subgraphs or []:
            sg_tensors = sg.tensors or []
            tensors += len(sg_tensors)
            for t in sg_tensors:
                q = t.quantization
                if q is not None and q.scale is not None and len(q.scale):
                    quantized.append(dict(tflite_tensor(t, types), scales=len(q.scale)))
                buffer = buffers[t.buffer] if 0 < t.buffer < len(buffers) else None
                size = 0 if buffer is None else (len(buffer.data) if buffer.data is not None else
                                                 getattr(buffer, "size", 0))  # size: beyond 2 GB
                if size:
                    constants.append(size)
            subgraphs.append({"name": (sg.name or b"").decode("utf-8", "replace"),
                              "inputs": [tflite_tensor(sg_tensors[i], types) for i in (sg.inputs or [])],
                              "outputs": [tflite_tensor(sg_tensors[i], types) for i in (sg.outputs or [])]})
        signatures = []
        for sd in model.signatureDefs or []:
            sg_tensors = model.subgraphs[sd.subgraphIndex].tensors

            def entries(items, sg_tensors=sg_tensors):
                return [dict(tflite_tensor(sg_tensors[t.tensorIndex], types), name=t.name.decode(),
                             tensor=(sg_tensors[t.tensorIndex].name or b"").decode()) for t in items or []]
            signatures.append({"name": sd.signatureKey.decode(), "inputs": entries(sd.inputs),
                               "outputs": entries(sd.outputs)})
        metadata = {}
        for md in model.metadata or []:
            buffer = buffers[md.buffer] if md.buffer < len(buffers) else None
            has_data = buffer is not None and buffer.data is not None
            metadata[md.name.decode()] = bytes(buffer.data) if has_data else b""
    except Exception as e:  # noqa: BLE001 - a damaged flatbuffer fails in many ways
        raise NotAModel(f"{path}: starts like a TFLite file but does not parse ({type(e).__name__}): "
                        "truncated or damaged") from None
    report = {"path": path, "format": "tflite", "format_name": "TFLite flatbuffer (LiteRT)", "written_by": {},
              "schema_version": model.version, "signatures": signatures, "subgraphs": subgraphs,
              "tensors": tensors, "ops": {"types": sorted(set(ops)), "custom": sorted(set(custom))},
              "quantization": {"tensors": len(quantized), "dtypes": sorted({q["dtype"] for q in quantized}),
                               "per_channel": sum(1 for q in quantized if q["scales"] > 1),
                               "listed": [q["name"] for q in quantized[:LIST_LIMIT]]},
              "constants": {"count": len(constants), "bytes": sum(constants)}, "notes": []}
    if metadata.get("min_runtime_version"):
        report["written_by"]["min_runtime_version"] = metadata["min_runtime_version"].rstrip(b"\0").decode()
    if metadata.get("CONVERSION_METADATA"):
        with contextlib.suppress(Exception):  # an optional detail, written by TF 2.9 and later
            cm = __import__("tensorflow.lite.python.conversion_metadata_schema_py_generated",
                            fromlist=["ConversionMetadataT"])
            conv = cm.ConversionMetadataT.InitFromPackedBuf(metadata["CONVERSION_METADATA"], 0)
            report["written_by"]["tensorflow"] = conv.environment.tensorflowVersion.decode()
    flex = [c for c in custom if c.startswith("Flex")]
    other = [c for c in custom if not c.startswith("Flex")]
    why = []
    if unknown:
        why.append(f"builtin op #{unknown[0]} is unknown to this TFLite schema: it needs a newer runtime")
    if other:
        why.append(f"custom op {other[0]!r} must be registered with the interpreter")
    if flex:
        why.append(f"its Flex ops ({', '.join(flex)}) need an interpreter with the Flex delegate (Select TF "
                   "ops) linked in, which the pip packages' tf.lite.Interpreter and ai_edge_litert lack")
    runtime = "ai_edge_litert is " + ("installed" if module_available("ai_edge_litert") else "not installed")
    report["load"] = {"runtime": "LiteRT", "ok": not why,
                      "why": "; ".join(why) if why else f"every op is a TFLite builtin; {runtime}"}
    return report


# --------------------------------------------------------------------------- ONNX

def onnx_item(path, data):
    with quiet_stderr():
        try:
            import onnx
        except ImportError:
            return None
    model = parse_binary(onnx.ModelProto, data)
    if model is None or not model.HasField("graph") or not model.opset_import or model.ir_version <= 0:
        return None
    graph = model.graph
    types = {v: k.lower() for k, v in onnx.TensorProto.DataType.items()}
    types.update({onnx.TensorProto.FLOAT: "float32", onnx.TensorProto.DOUBLE: "float64"})

    def value_info(v):
        t = v.type.tensor_type
        dims = [d.dim_value if d.HasField("dim_value") else None for d in t.shape.dim]
        return {"name": v.name, "dtype": types.get(t.elem_type, str(t.elem_type)),
                "shape": shape_text(dims, unknown_rank=not t.HasField("shape"))}

    items, external = [], {}
    for init in graph.initializer:
        fixed = types.get(init.data_type) not in ("string", "undefined")
        items.append((list(init.dims), onnx.helper.tensor_dtype_to_np_dtype(init.data_type).itemsize
                      if fixed else 0))
        if init.data_location == onnx.TensorProto.EXTERNAL:
            location = {e.key: e.value for e in init.external_data}.get("location", "?")
            external[location] = external.get(location, 0) + 1
    external_files = [{"file": name, "tensors": n,
                       "exists": os.path.isfile(os.path.join(os.path.dirname(path), name))}
                      for name, n in sorted(external.items())]
    op_types = sorted({(n.domain or "ai.onnx", n.op_type) for n in graph.node})
    initializers = {i.name for i in graph.initializer}
    report = {"path": path, "format": "onnx",
              "format_name": "ONNX model" + (" with external data" if external_files else ""),
              "written_by": {"producer": f"{model.producer_name} "
                                         f"(producer_version {model.producer_version!r})"},
              "ir_version": model.ir_version,
              "opsets": {(o.domain or "ai.onnx"): o.version for o in model.opset_import},
              "graph_inputs": [value_info(v) for v in graph.input if v.name not in initializers],
              "graph_outputs": [value_info(v) for v in graph.output],
              "ops": {"types": [op if domain == "ai.onnx" else f"{domain}.{op}" for domain, op in op_types]},
              "variables": tensor_totals(items), "external_data": external_files, "notes": []}
    unknown = [op for domain, op in op_types if domain in ("ai.onnx", "ai.onnx.ml")
               and not onnx.defs.has(op, "" if domain == "ai.onnx" else domain)]
    missing = [e["file"] for e in external_files if not e["exists"]]
    why = [f"external data file {missing[0]!r} is missing"] if missing else []
    if unknown:
        why.append(f"op {unknown[0]!r} is not in the installed onnx's operator set")
    runtime = "onnxruntime is " + ("installed" if module_available("onnxruntime") else "not installed")
    report["load"] = {"runtime": "onnxruntime (TensorFlow does not load ONNX)", "ok": not why,
                      "why": "; ".join(why) if why else f"all ops are standard ONNX ops; {runtime}"}
    return report


# --------------------------------------------------------------------------- optional packages

def optional(name, report):
    """Import an optional package, or note in one line that it is missing."""
    try:
        with quiet_stderr():
            return __import__(name)
    except ImportError:
        report["notes"].append(f"{name} is not installed: the files that need it are not read "
                               f"(pip install {name})")
        return None


def module_available(name):
    import importlib.util

    try:
        return importlib.util.find_spec(name) is not None
    except (ImportError, ValueError):
        return False


def installed_version(dist):
    try:
        from importlib import metadata
    except ImportError:  # Python 3.7
        return None
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


# --------------------------------------------------------------------------- recognising a path

def inspect_file(path):
    """The report on one file; NotAModel when it is none."""
    if os.path.getsize(path) == 0:
        raise NotAModel(f"{path}: an empty file")
    prefix = checkpoint_prefix_of(path)
    if prefix is not None:
        return checkpoint_item(prefix)
    with open(path, "rb") as f:
        head = f.read(16)
    if head.startswith(HDF5_MAGIC):
        return h5_item(path)
    if head.startswith(ZIP_MAGIC):
        try:
            with zipfile.ZipFile(path) as archive:
                if "config.json" in archive.namelist():
                    return keras_item(path, archive)
                entries = len(archive.namelist())
        except (zipfile.BadZipFile, ValueError, KeyError, EOFError, OSError) as e:
            raise NotAModel(f"{path}: a damaged zip archive ({e})") from None
        raise NotAModel(f"{path}: a zip archive without config.json, so not a Keras file ({entries} "
                        "entries); unzip it and run this script on the folder")
    if head[4:8] == b"TFL3":
        return tflite_item(path, read_bytes(path))
    data = read_bytes(path)
    text = as_text(data[:65536])
    if text is not None and "model_checkpoint_path" in text:
        return checkpoint_state_item(path, text)
    report = protobuf_item(path, data)
    if report is not None:
        return report
    if is_sstable(path):
        raise NotAModel(f"{path}: a checkpoint index (SSTable), but TensorFlow finds one only as "
                        "PREFIX.index")
    hint = truncation_hint(data)
    if hint:
        raise NotAModel(f"{path}: {hint}")
    untried = "" if module_available("onnx") else " (onnx is not installed, so ONNX was not tried)"
    raise NotAModel(f"{path}: not a model file this script recognises: no TensorFlow, Keras, TFLite or "
                    f"ONNX format matches its content{untried}")


def checkpoint_state_item(path, text):
    state = parse_text(tf_modules()["checkpoint_state_pb2"].CheckpointState, text)
    if state is None or not state.model_checkpoint_path:
        raise NotAModel(f"{path}: mentions model_checkpoint_path, but is not a checkpoint state file")
    latest = state.model_checkpoint_path
    if not os.path.isabs(latest):
        latest = os.path.join(os.path.dirname(path), latest)
    if checkpoint_prefix_of(latest) is None:
        raise NotAModel(f"{path}: a checkpoint state file whose latest checkpoint "
                        f"{state.model_checkpoint_path!r} is not there")
    report = checkpoint_item(latest)
    report["notes"].insert(0, f"{path} is a checkpoint state file; its latest checkpoint is "
                              f"{state.model_checkpoint_path!r}")
    return report


def inspect_directory(path):
    if has_saved_model(path):
        return saved_model_item(path)
    models, others, prefixes, state_files = [], [], set(), []
    for root, dirs, files in os.walk(path):
        dirs.sort()
        for d in [d for d in dirs if has_saved_model(os.path.join(root, d))]:
            dirs.remove(d)  # a SavedModel is one model: its variables/ is not described apart
            models.append(attempt(saved_model_item, os.path.normpath(os.path.join(root, d)), others))
        for name in sorted(files):
            full = os.path.normpath(os.path.join(root, name))
            prefix = checkpoint_prefix_of(full)
            if prefix is not None:
                if prefix not in prefixes:
                    prefixes.add(prefix)
                    models.append(attempt(checkpoint_item, prefix, others))
            elif name == "checkpoint":
                state_files.append(full)
            else:
                models.append(attempt(inspect_file, full, others))
    models = sorted((m for m in models if m is not None), key=lambda m: m["path"])
    # An ONNX model's external data files, and the state files of checkpoints found, belong to them.
    owned = {os.path.normpath(os.path.join(os.path.dirname(m["path"]), e["file"]))
             for m in models for e in m.get("external_data", [])}
    owned |= {f for f in state_files if any(os.path.dirname(p) == os.path.dirname(f) for p in prefixes)}
    others += [(f, "a checkpoint state file without its checkpoint") for f in state_files if f not in owned]
    others = sorted((p, why) for p, why in others if p not in owned)
    if not models:
        if not others:
            raise NotAModel(f"{path}: an empty directory")
        raise NotAModel(f"{path}: a directory of {len(others)} file(s), none of them a model this script "
                        "recognises")
    if len(models) == 1 and not others:
        return models[0]
    return {"path": path, "format": "directory", "format_name": f"a directory holding {len(models)} models",
            "models": models, "other_files": [{"path": p, "why": why} for p, why in others]}


def attempt(function, path, others):
    try:
        return function(path)
    except NotAModel as e:
        others.append((path, str(e).split(": ", 1)[-1]))
        return None


def inspect_path(path):
    if os.path.isdir(path):
        if not os.listdir(path):
            raise NotAModel(f"{path}: an empty directory")
        tf_modules()
        return inspect_directory(path)
    if os.path.isfile(path):
        tf_modules()
        return inspect_file(path)
    if checkpoint_prefix_of(path) is not None:  # a checkpoint prefix names no file of its own
        tf_modules()
        return checkpoint_item(path)
    raise NotAModel(f"{path}: no such file or directory")


# --------------------------------------------------------------------------- next steps

def next_steps(r):
    """How to load the model and to convert it to each other format; pages of this site."""
    p, fmt = r["path"], r["format"]
    outs = [o["name"].split(":")[0] for o in r.get("guessed_outputs", [])]
    ins = [i["name"].split(":")[0] for i in r.get("guessed_inputs", []) if not i.get("note")]
    out_nodes = ",".join(outs) or "OUTPUT_NODE"
    steps = []
    if fmt == "savedmodel":
        steps += [("load", f'tf.saved_model.load("{p}")', "savedmodel/#save-and-load"),
                  ("inspect", f"saved_model_cli show --dir {p} --all", "savedmodel/#saved-model-cli")]
        if r["variant"] == "tf1":
            tags = ",".join(r["meta_graphs"][0]["tags"])
            names = sorted({o["tensor"].split(":")[0] for s in r["meta_graphs"][0]["signatures"]
                            for o in s["outputs"]})
            steps.append(("-> frozen graph", "python -m tensorflow.python.tools.freeze_graph "
                          f"--input_saved_model_dir={p} --saved_model_tags={tags} "
                          f"--output_node_names={','.join(names) or 'OUTPUT_NODE'} --output_graph=frozen.pb",
                          "freeze/#freeze-graph-cli"))
        else:
            steps.append(("-> frozen graph", "convert_variables_to_constants_v2 on a signature "
                          "(code on the page)", "convert/#savedmodel-to-frozen"))
        steps += [("-> TFLite", f"tflite_convert --saved_model_dir={p} --output_file=model.tflite",
                   "convert/#savedmodel-to-tflite"),
                  ("-> ONNX", f"python -m tf2onnx.convert --saved-model {p} --opset 15 --output model.onnx",
                   "convert/#savedmodel-to-onnx")]
        if r["variant"] == "keras2" and 0 < keras_major() < 3:
            steps.append(("-> Keras", f'tf.keras.models.load_model("{p}")', "keras/#keras2-files"))
        elif r["variant"] == "keras2":
            steps.append(("-> Keras", "tf_keras (Keras 2) loads it; Keras 3 only wraps it in TFSMLayer",
                          "keras/#keras2-files"))
        else:
            steps.append(("-> Keras", f'keras.layers.TFSMLayer("{p}", call_endpoint="serving_default")',
                          "convert/#savedmodel-to-keras"))
        steps.append(("-> checkpoint", f"{os.path.join(p, 'variables', 'variables')} is one already",
                      "convert/#savedmodel-to-ckpt"))
    elif fmt == "graphdef":
        binary = "" if r.get("text") else " --input_binary=true"
        steps.append(("-> frozen graph", "python -m tensorflow.python.tools.freeze_graph "
                      f"--input_graph={p}{binary} --input_checkpoint=PREFIX --output_node_names={out_nodes} "
                      "--output_graph=frozen.pb",
                      "freeze/#freeze-graph-cli"))
    elif fmt == "frozen_graphdef":
        feeds = ",".join(n + ":0" for n in ins) or "INPUT:0"
        steps += [("load", "tf.compat.v1.wrap_function + prune (code on the page)", "load-pb/#run"),
                  ("-> SavedModel", "wrap_function + tf.saved_model.save (code on the page)",
                   "convert/#frozen-to-savedmodel"),
                  ("-> TFLite", f'tf.compat.v1.lite.TFLiteConverter.from_frozen_graph("{p}", '
                   f"input_arrays={ins or ['INPUT_NODE']}, output_arrays={outs or ['OUTPUT_NODE']})",
                   "convert/#frozen-to-tflite"),
                  ("-> ONNX", f"python -m tf2onnx.convert --graphdef {p} --inputs {feeds} --outputs "
                   f"{','.join(n + ':0' for n in outs) or 'OUTPUT:0'} --opset 15 --output model.onnx",
                   "convert/#frozen-to-onnx"),
                  ("-> Keras", "via SavedModel, then keras.layers.TFSMLayer", "convert/#savedmodel-to-keras"),
                  ("-> checkpoint", "not possible: the variables are constants now", "convert/#not-possible")]
    elif fmt in ("checkpoint_tf1_meta", "metagraph"):
        prefix = p[:-len(".meta")] if fmt == "metagraph" and p.endswith(".meta") else p
        steps += [("load", f'tf.compat.v1.train.import_meta_graph("{prefix}.meta").restore(sess, "{prefix}")',
                   "checkpoints/#import-meta-graph"),
                  ("-> frozen graph", "python -m tensorflow.python.tools.freeze_graph "
                   f"--input_meta_graph={prefix}.meta --input_binary=true --input_checkpoint={prefix} "
                   f"--output_node_names={out_nodes} --output_graph=frozen.pb", "freeze/#freeze-graph-cli"),
                  ("-> SavedModel", "import_meta_graph + SavedModelBuilder (code on the page)",
                   "convert/#ckpt-to-savedmodel"),
                  ("-> Keras", "assign by variable name (code on the page)", "convert/#ckpt-to-keras"),
                  ("-> TF2 checkpoint", "read by name, write with tf.train.Checkpoint",
                   "checkpoints/#converting"),
                  ("-> TFLite, ONNX", "via a frozen graph", "convert/#frozen-to-tflite")]
    elif fmt == "checkpoint_tf1":
        steps += [("read", f'tf.train.load_checkpoint("{p}").get_tensor(NAME)', "checkpoints/#inspecting"),
                  ("load", "build the graph in code, then Saver().restore(sess, PREFIX)",
                   "checkpoints/#save-and-restore"),
                  ("-> TF2", "read it in TF2 by variable name", "checkpoints/#tf1-ckpt-in-tf2"),
                  ("-> Keras", "assign by variable name (code on the page)", "convert/#ckpt-to-keras"),
                  ("-> SavedModel, frozen", "build the graph in code first, then as from a .meta",
                   "convert/#ckpt-to-savedmodel")]
    elif fmt == "checkpoint_tf2":
        steps += [("read", f'tf.train.load_checkpoint("{p}").get_tensor(NAME)', "checkpoints/#inspecting"),
                  ("load", f'tf.train.Checkpoint(model=MODEL).restore("{p}"), MODEL built by its code',
                   "checkpoints/#save-and-restore"),
                  ("-> SavedModel", "restore into the model, then tf.saved_model.save",
                   "convert/#ckpt-to-savedmodel"),
                  ("-> Keras", "restore into the Keras model, then model.save", "convert/#ckpt-to-keras"),
                  ("-> TF1", "tf.compat.v1 reads it by its object-path names",
                   "checkpoints/#tf2-ckpt-in-tf1"),
                  ("-> frozen, TFLite, ONNX", "via SavedModel", "convert/#savedmodel-to-frozen")]
    elif fmt in ("keras", "h5_model"):
        steps.append(("load", f'keras.saving.load_model("{p}")', "formats/#keras"))
        if fmt == "h5_model":
            steps.append(("-> .keras", f'keras.saving.load_model("{p}").save("model.keras")',
                          "convert/#keras-formats"))
        steps += [("-> SavedModel", f'keras.saving.load_model("{p}").export("savedmodel")',
                   "convert/#keras-to-savedmodel"),
                  ("-> TFLite", "tf.lite.TFLiteConverter.from_keras_model(model).convert()",
                   "convert/#keras-to-tflite"),
                  ("-> ONNX", "tf2onnx.convert.from_keras(model, input_signature=...)",
                   "convert/#keras-to-onnx"),
                  ("-> weights", 'model.save_weights("model.weights.h5"), or tf.train.Checkpoint',
                   "convert/#keras-formats"),
                  ("-> frozen graph", "via SavedModel", "convert/#savedmodel-to-frozen")]
    elif fmt in ("weights_h5", "h5_weights_keras2"):
        steps += [("load", f'model.load_weights("{p}"), model built by its code', "convert/#keras-formats"),
                  ("-> other formats", "load into the model first, then as from Keras", "convert/#matrix")]
    elif fmt == "tflite":
        steps += [("run", f'ai_edge_litert.interpreter.Interpreter(model_path="{p}")',
                   "convert/#savedmodel-to-tflite")]
        if any(c.startswith("Flex") for c in r["ops"]["custom"]):
            steps.append(("Flex ops", "need the Flex delegate",
                          "errors/converters/#flex-delegate-not-linked"))
        steps += [("-> ONNX", f"python -m tf2onnx.convert --tflite {p} --opset 15 --output model.onnx",
                   "convert/#tflite-to-onnx"),
                  ("-> other formats", "not possible", "convert/#not-possible")]
    elif fmt == "onnx":
        steps += [("run", f'onnxruntime.InferenceSession("{p}", providers=["CPUExecutionProvider"])',
                   "convert/#to-onnx"),
                  ("-> TensorFlow", "onnx2tf, a third-party converter (code on the page)",
                   "deploy/#onnx-to-tf")]
    if r.get("ops", {}).get("file_or_python") or r.get("keras", {}).get("lambda_layers"):
        steps.insert(0, ("first", "it reads or writes files or runs Python: load it only in a sandbox",
                         "security/#what-to-do"))
    return [{"step": step, "how": how, "page": page} for step, how, page in steps]


def add_next_steps(report):
    for model in report.get("models", [report]):
        model["next_steps"] = next_steps(model)


# --------------------------------------------------------------------------- output

def public(report):
    """The report without its internal keys (those starting with _), as JSON prints it."""
    if isinstance(report, dict):
        return {k: public(v) for k, v in report.items() if not k.startswith("_")}
    if isinstance(report, list):
        return [public(v) for v in report]
    return report


def wrapped(words, indent="    ", width=100):
    lines, line = [], ""
    for word in words:
        if line and len(indent) + len(line) + len(word) + 2 > width:
            lines.append(indent + line)
            line = ""
        line += (", " if line else "") + word
    return lines + ([indent + line] if line else [])


def totals_text(t):
    return f"{t['count']} ({t['values']:,} values, {human_bytes(t['bytes'])})"


def tensor_lines(inputs, outputs, indent):
    """One aligned line per input and output: name, dtype, shape (and tensor name, note)."""
    rows = [("in", e) for e in inputs] + [("out", e) for e in outputs]
    if not rows:
        return []
    width = max(len(e["name"]) for _, e in rows)
    dwidth = max(len(e["dtype"]) for _, e in rows)
    lines = []
    for label, e in rows:
        tensor = f"  tensor {e['tensor']}" if e.get("tensor") and e["tensor"] != e["name"] else ""
        note = f"  ({e['note']})" if e.get("note") else ""
        lines.append(f"{indent}{label:<4}{e['name']:<{width}}  {e['dtype']:<{dwidth}}  "
                     f"{e['shape']}{tensor}{note}")
    return lines


def written_by_text(written):
    parts = []
    if written.get("tensorflow"):
        parts.append(f"TensorFlow {written['tensorflow']}")
    if written.get("keras"):
        backend = f" ({written['backend']} backend)" if written.get("backend") else ""
        parts.append(f"Keras {written['keras']}{backend}")
    if written.get("graph_def_producer"):
        parts.append(f"GraphDef producer version {written['graph_def_producer']}")
    if written.get("producer"):
        parts.append(written["producer"])
    if written.get("min_runtime_version"):
        parts.append(f"needs TFLite runtime {written['min_runtime_version']} or newer")
    return "; ".join(parts) or "not recorded in the file"


def render(r):
    """The human-readable report, as lines."""
    if r["format"] == "directory":
        width = max(len(m["path"]) for m in r["models"])
        lines = [f"{r['path']}: {r['format_name']}"]
        lines += [f"  {m['path']:<{width}}  {m['format_name']}" for m in r["models"]]
        lines += [f"  not a model: {o['path']} ({o['why']})" for o in r["other_files"]]
        for model in r["models"]:
            lines += [""] + render(model)
        return lines
    lines = [f"{r['path']}: {r['format_name']}", f"  written by:  {written_by_text(r['written_by'])}"]
    add = lines.append
    if r.get("meta_graph"):
        add(f"  graph:       {r['meta_graph']} (MetaGraphDef)")
    metas = r.get("meta_graphs", [])
    for i, meta in enumerate(metas, 1):
        add(f"  MetaGraph {i} of {len(metas)}, tags: {','.join(meta['tags']) or '(none)'}"
            + (f"; file/Python ops: {', '.join(meta['file_or_python'])}" if meta["file_or_python"] else ""))
        for sig in meta["signatures"]:
            add(f"    signature {sig['name']}")
            lines += tensor_lines(sig["inputs"], sig["outputs"], "      ")
    if r.get("signatures"):
        add("  signatures:")
        for sig in r["signatures"]:
            add(f"    {sig['name']}")
            lines += tensor_lines(sig["inputs"], sig["outputs"], "      ")
    if r.get("functions"):
        add("  functions:   " + ", ".join(r["functions"]))
    if "subgraphs" in r and not r["signatures"]:
        for sg in r["subgraphs"]:
            add(f"  subgraph {sg['name'] or '(unnamed)'}:")
            lines += tensor_lines(sg["inputs"], sg["outputs"], "    ")
    if "guessed_inputs" in r and not r.get("signatures"):
        add("  inputs and outputs (a guess from the graph: placeholders, and nodes nobody consumes):")
        lines += tensor_lines(r["guessed_inputs"], r["guessed_outputs"], "    ") or ["    none found"]
    if "graph_inputs" in r:
        add("  graph:")
        lines += tensor_lines(r["graph_inputs"], r["graph_outputs"], "    ")
    if r.get("keras"):
        k = r["keras"]
        layers = ", ".join(f"{name} x{n}" if n > 1 else name for name, n in k["layers"].items())
        add(f"  model:       {k['model_class']}" + (f", layers: {layers}" if layers else ""))
        lines += tensor_lines(k["inputs"], k["outputs"], "    ")
        if k["lambda_layers"]:
            add("  Lambda:      " + ", ".join(k["lambda_layers"]) + " (Python bytecode inside the file)")
        if k["custom_classes"]:
            add("  custom:      " + ", ".join(k["custom_classes"]))
    if r.get("checkpoint"):
        c = r["checkpoint"]
        shards = f", {c['shards']['expected']} data shard(s)" if c.get("shards") else ""
        add(f"  checkpoint:  prefix {c['prefix']}, {c['style']}{shards}")
        if c.get("objects"):
            add("  objects:     " + ", ".join(c["objects"]))
        width = max([len(v["name"]) for v in c["listed"]] + [0])
        dwidth = max([len(v["dtype"]) for v in c["listed"]] + [0])
        lines += [f"    {v['name']:<{width}}  {v['dtype']:<{dwidth}}  {v['shape']}" for v in c["listed"]]
        if c["variables"]["count"] > len(c["listed"]):
            add(f"    ... and {c['variables']['count'] - len(c['listed'])} more")
    if "variables" in r:
        label = "initializers:" if r["format"] == "onnx" else "variables:  "
        where = r.get("variables_checkpoint")
        where = f" in variables/ ({where} checkpoint)" if where else ""
        add(f"  {label} {totals_text(r['variables'])}{where}")
        if r["variables"].get("optimizer_state"):
            add(f"  optimizer:   {totals_text(r['variables']['optimizer_state'])}")
    if r["format"] == "tflite":
        q = r["quantization"]
        c = r["constants"]
        add(f"  constants:   {c['count']} tensor(s) with data, {human_bytes(c['bytes'])}")
        add(f"  tensors:     {r['tensors']}; quantized: {q['tensors']}"
            + (f" ({', '.join(q['dtypes'])}, {q['per_channel']} per channel): {', '.join(q['listed'])}"
               if q["tensors"] else ""))
        add("  custom ops:  " + (", ".join(r["ops"]["custom"]) or "none"))
    elif "constants" in r:
        add(f"  constants:   {totals_text(r['constants'])} (the weights of a frozen graph)")
    if r["format"] == "onnx":
        add(f"  IR version:  {r['ir_version']}; opsets: "
            + ", ".join(f"{d} {v}" for d, v in sorted(r["opsets"].items())))
        for e in r["external_data"]:
            state = "present" if e["exists"] else "MISSING"
            add(f"  external:    {e['file']} ({e['tensors']} tensors, {state})")
    ops = r.get("ops")
    if ops:
        extra = f", in the graph and {ops['functions']} functions" if ops.get("functions") else ""
        add(f"  op types:    {len(ops['types'])}{extra}")
        lines += wrapped(ops["types"])
    if ops and "file_or_python" in ops:
        if ops["file_or_python"]:
            add("  WARNING:     ops that read or write files or run Python: "
                + ", ".join(ops["file_or_python"]))
            if ops.get("file_or_python_on_load"):
                add("  WARNING:     loading it alone runs " + ", ".join(ops["file_or_python_on_load"])
                    + " (a main_op or a resource initializer): do not even load it outside a sandbox")
        else:
            on_list = ops["file_ops_on_allowlist"]
            add("  file/Python: none outside the security page's allowlist"
                + (f" ({', '.join(on_list)} are on it: savers and SavedModels save and restore variables "
                   "with them)" if on_list else ""))
        others = [o for o in ops["outside_allowlist"] if o not in ops["file_or_python"]]
        if others:
            add(f"  not on the allowlist: {', '.join(others)}")
    load = r.get("load")
    if load:
        add(f"  can load:    {'yes' if load['ok'] else 'NO'}, {load['runtime']}: {load['why']}")
    lines += [f"  note:        {note}" for note in r.get("notes", [])]
    if r.get("next_steps"):
        add("  next steps (pages of the site this script comes from):")
        width = max(len(s["step"]) for s in r["next_steps"])
        for s in r["next_steps"]:
            lines += [f"    {s['step']:<{width}}  {s['how']}", f"    {'':<{width}}  page: {s['page']}"]
    return lines


class OneLineParser(argparse.ArgumentParser):
    def error(self, message):
        self.exit(2, f"{self.prog}: error: {message} (usage: python {self.prog} PATH [--json])\n")


def main(argv=None):
    parser = OneLineParser(prog="what_is_this_model.py", description=__doc__.split("\n\n")[0])
    parser.add_argument("path", metavar="PATH", help="a model file, a checkpoint prefix or a directory")
    parser.add_argument("--json", action="store_true", help="print the report as JSON")
    args = parser.parse_args(argv)
    path = args.path.rstrip("/") or "/"
    try:
        report = inspect_path(path)
    except NotAModel as e:
        print(f"{parser.prog}: {e}", file=sys.stderr)
        return 2
    except (OSError, MemoryError) as e:
        print(f"{parser.prog}: {path}: cannot be read ({e})", file=sys.stderr)
        return 2
    except Exception as e:  # noqa: BLE001 - a damaged file must not end in a traceback either
        print(f"{parser.prog}: {path}: cannot be inspected ({type(e).__name__}: {e})", file=sys.stderr)
        return 2
    add_next_steps(report)
    if args.json:
        print(json.dumps(public(report), indent=1, sort_keys=True))
    else:
        print("\n".join(render(public(report))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
