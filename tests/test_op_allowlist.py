"""snippets/security/op_allowlist.py finds file ops wherever a model hides them, and refuses what
it cannot read completely."""

import os
import sys

import pytest

import snippet_runner as runner

sys.path.insert(0, str(runner.SNIPPETS / "security"))
import op_allowlist  # noqa: E402

tf = pytest.importorskip("tensorflow")
FILE_OPS = ["ReadFile", "WriteFile"]


def _graph_def_with_function(ops_in_function):
    """A GraphDef whose top level only calls a function; the function holds the given ops."""
    graph_def = tf.compat.v1.GraphDef()
    graph_def.node.add(name="x", op="Placeholder")
    graph_def.node.add(name="call", op="StatefulPartitionedCall", input=["x"])
    function = graph_def.library.function.add()
    function.signature.name = "hidden"
    for i, op in enumerate(ops_in_function):
        function.node_def.add(name=f"n{i}", op=op)
    return graph_def


def test_file_ops_in_a_function_library_are_caught():
    graph_def = _graph_def_with_function(["ReadFile", "StringJoin", "WriteFile", "Mul"])
    assert {n.op for n in graph_def.node} <= op_allowlist.ALLOWED  # the top level looks clean
    assert op_allowlist.unexpected_ops(graph_def, op_allowlist.ALLOWED) == FILE_OPS


def test_result_is_sorted_and_respects_the_allowlist():
    graph_def = _graph_def_with_function(["WriteFile", "ReadFile", "Mul"])
    assert op_allowlist.unexpected_ops(graph_def, {"Placeholder"}) == [
        "Mul", "ReadFile", "StatefulPartitionedCall", "WriteFile"]
    assert op_allowlist.unexpected_ops(graph_def, op_allowlist.op_types(graph_def)) == []


class _Model(tf.Module):
    def __init__(self, evil):
        self.w = tf.Variable(2.0)
        self.evil = evil

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32)])
    def serve(self, x):
        if self.evil:
            tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
        return {"y": x * self.w}


@pytest.mark.parametrize("evil, expected", [(True, FILE_OPS), (False, [])])
def test_saved_model(tmp_path, evil, expected):
    model = _Model(evil)
    path = str(tmp_path / "model")
    tf.saved_model.save(model, path, signatures=model.serve)
    [(where, graph_def)] = op_allowlist.graph_defs(path)
    assert where.endswith("MetaGraph 0 ['serve']")
    assert not set(FILE_OPS) & {n.op for n in graph_def.node}  # only in the library
    assert op_allowlist.unexpected_ops(graph_def, op_allowlist.ALLOWED) == expected
    assert op_allowlist.unexpected_ops_in(path, op_allowlist.ALLOWED) == expected
    assert not (tmp_path / "pwned.txt").exists()


def test_frozen_graph_file(tmp_path):
    graph = tf.Graph()
    with graph.as_default():
        x = tf.compat.v1.placeholder(tf.float32, name="x")
        tf.io.write_file("pwned.txt", tf.strings.as_string(x))
    tf.io.write_graph(graph.as_graph_def(), str(tmp_path), "g.pb", as_text=False)
    found = op_allowlist.unexpected_ops_in(str(tmp_path / "g.pb"), op_allowlist.ALLOWED)
    assert found == ["AsString", "WriteFile"]


# --------------------------------------------------------------------- two MetaGraphs


def _two_metagraphs(path):
    """A clean first MetaGraph (tag "train") and a second, tagged "serve", that writes a file."""
    v1 = tf.compat.v1
    sign = v1.saved_model.signature_def_utils.predict_signature_def
    with tf.Graph().as_default(), v1.Session() as sess:
        x = v1.placeholder(tf.float32, shape=(None,), name="x")
        w = v1.Variable(2.0, name="w", use_resource=False)  # a TF1 variable, as TF1 code makes it
        y = tf.multiply(x, w, name="y")
        sess.run(v1.global_variables_initializer())
        builder = v1.saved_model.Builder(path)
        builder.add_meta_graph_and_variables(sess, ["train"], {"serving_default": sign({"x": x}, {"y": y})})
        write = tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
        with tf.control_dependencies([write]):
            y_serve = tf.identity(y, name="y_serve")
        builder.add_meta_graph(["serve"], {"serving_default": sign({"x": x}, {"y": y_serve})})
        builder.save()


def test_two_metagraph_trick_is_caught(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)  # the file ops use relative paths
    (tmp_path / "secret.txt").write_text("secret")
    _two_metagraphs("model")
    graphs = op_allowlist.graph_defs("model")
    assert [where for where, _ in graphs] == ["model MetaGraph 0 ['train']", "model MetaGraph 1 ['serve']"]
    first = graphs[0][1]
    assert op_allowlist.unexpected_ops(first, op_allowlist.ALLOWED) == []  # what a first-only check saw
    assert op_allowlist.unexpected_ops_in("model", op_allowlist.ALLOWED) == FILE_OPS
    assert not (tmp_path / "pwned.txt").exists()

    # The trick is real: loading with the usual tag and calling the usual signature writes the file.
    loaded = tf.saved_model.load("model", tags=["serve"])
    y = loaded.signatures["serving_default"](x=tf.constant([1.0, 2.0]))["y"]
    assert y.numpy().tolist() == [2.0, 4.0]
    assert (tmp_path / "pwned.txt").read_text() == "secret"


# --------------------------------------------------------------------- nested functions


class _Nested(tf.Module):
    """The signature's function calls a function that calls one holding the file ops; a branch
    of a tf.cond (an If op, whose branches are functions named in attributes) holds another."""

    @tf.function
    def innermost(self, x):
        tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
        return x

    @tf.function
    def middle(self, x):
        return self.innermost(x) + 1.0

    @tf.function(input_signature=[tf.TensorSpec([None], tf.float32), tf.TensorSpec([], tf.bool)])
    def serve(self, x, flag):
        def leak():
            tf.io.write_file("leak.txt", tf.strings.reduce_join(tf.strings.as_string(x)))
            return x

        return {"y": tf.cond(flag, leak, lambda: self.middle(x))}


def _library_nodes(graph_def):
    return {f.signature.name: {n.op for n in f.node_def} for f in graph_def.library.function}


def test_nested_function_library_is_caught(tmp_path):
    model = _Nested()
    path = str(tmp_path / "nested")
    tf.saved_model.save(model, path, signatures=model.serve)
    [(_, graph_def)] = op_allowlist.graph_defs(path)
    bodies = _library_nodes(graph_def)
    serving = next(ops for name, ops in bodies.items() if "serve" in name)
    assert not {"ReadFile", "WriteFile"} & ({n.op for n in graph_def.node} | serving)  # both nested
    assert any("WriteFile" in ops and "ReadFile" in ops for ops in bodies.values())   # innermost
    found = op_allowlist.unexpected_ops(graph_def, op_allowlist.ALLOWED)
    assert {"ReadFile", "WriteFile", "AsString"} <= set(found)
    assert not (tmp_path / "pwned.txt").exists() and not (tmp_path / "leak.txt").exists()


def test_a_called_name_outside_the_library_counts_as_an_op():
    graph_def = _graph_def_with_function(["Mul"])
    call = graph_def.node[1]
    call.attr["f"].func.name = "hidden"  # a library function: its body is what counts
    branch = graph_def.library.function[0].node_def.add(name="branch", op="If")
    branch.attr["then_branch"].func.name = "WriteFile"  # not in the library
    branch.attr["else_branch"].func.name = "hidden"
    branch.attr["else_branch"].func.attr["inner"].func.name = "ReadFile"  # nested in an attribute
    assert op_allowlist.op_types(graph_def) == {
        "Placeholder", "StatefulPartitionedCall", "Mul", "If", "WriteFile", "ReadFile"}


# --------------------------------------------------------------------- refusing


@pytest.fixture
def clean_saved_model(tmp_path):
    model = _Model(evil=False)
    path = tmp_path / "clean"
    tf.saved_model.save(model, str(path), signatures=model.serve)
    return path


@pytest.mark.parametrize("name", ["saved_model.pbtxt", "saved_model.cpb"])
def test_refuses_a_saved_model_form_it_does_not_read(clean_saved_model, name):
    (clean_saved_model / name).write_bytes(b"")
    with pytest.raises(op_allowlist.CannotCheck, match=f"holds {name}, which this check does not read"):
        op_allowlist.unexpected_ops_in(str(clean_saved_model), op_allowlist.ALLOWED)


def test_refuses_a_text_only_saved_model(clean_saved_model):
    from google.protobuf import text_format

    pb = clean_saved_model / "saved_model.pb"
    message = op_allowlist.saved_model_pb2.SavedModel.FromString(pb.read_bytes())
    (clean_saved_model / "saved_model.pbtxt").write_text(text_format.MessageToString(message))
    pb.unlink()
    with pytest.raises(op_allowlist.CannotCheck, match="saved_model.pbtxt"):
        op_allowlist.graph_defs(str(clean_saved_model))


@pytest.mark.parametrize("where", ["top", "nested"])
def test_refuses_unknown_fields(clean_saved_model, where):
    pb = clean_saved_model / "saved_model.pb"
    message = op_allowlist.saved_model_pb2.SavedModel.FromString(pb.read_bytes())
    unknown = b"\xf8\x06\x01"  # field 111, varint 1: no such field in these messages
    if where == "top":
        data = message.SerializeToString() + unknown
    else:  # inside the first node of the first MetaGraph's graph
        node = message.meta_graphs[0].graph_def.node[0]
        node.ParseFromString(node.SerializeToString() + unknown)
        data = message.SerializeToString()
    pb.write_bytes(data)
    unknown = r"\d bytes of fields that this TensorFlow's SavedModel does not know"
    with pytest.raises(op_allowlist.CannotCheck, match=unknown):
        op_allowlist.graph_defs(str(clean_saved_model))


def test_refuses_what_is_not_a_graph_def(tmp_path, clean_saved_model):
    # A SavedModel's saved_model.pb is no GraphDef.
    with pytest.raises(op_allowlist.CannotCheck, match="saved_model.pb: not a GraphDef"):
        op_allowlist.graph_defs(str(clean_saved_model / "saved_model.pb"))
    graph_def = _graph_def_with_function(["Mul"])
    extra = tmp_path / "extra.pb"
    extra.write_bytes(graph_def.SerializeToString() + b"\xf8\x06\x01")
    unknown = "extra.pb: 3 bytes of fields that this TensorFlow's GraphDef does not know"
    with pytest.raises(op_allowlist.CannotCheck, match=unknown):
        op_allowlist.graph_defs(str(extra))
    junk = tmp_path / "junk.pb"
    junk.write_bytes(b"\xff\xff\xff")
    with pytest.raises(op_allowlist.CannotCheck, match="junk.pb: not a GraphDef"):
        op_allowlist.graph_defs(str(junk))


def test_refuses_a_missing_file(tmp_path):
    os.mkdir(tmp_path / "empty")
    with pytest.raises(op_allowlist.CannotCheck, match="saved_model.pb: no such file"):
        op_allowlist.graph_defs(str(tmp_path / "empty"))
    with pytest.raises(op_allowlist.CannotCheck, match="no such file"):
        op_allowlist.graph_defs(str(tmp_path / "missing.pb"))
