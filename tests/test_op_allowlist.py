"""snippets/security/op_allowlist.py finds file ops wherever a graph hides them."""

import sys

import pytest

import snippet_runner as runner

sys.path.insert(0, str(runner.SNIPPETS / "security"))
import op_allowlist  # noqa: E402

tf = pytest.importorskip("tensorflow")


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
    assert op_allowlist.unexpected_ops(graph_def, op_allowlist.ALLOWED) == ["ReadFile", "WriteFile"]


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


@pytest.mark.parametrize("evil, expected", [(True, ["ReadFile", "WriteFile"]), (False, [])])
def test_saved_model(tmp_path, evil, expected):
    model = _Model(evil)
    path = str(tmp_path / "model")
    tf.saved_model.save(model, path, signatures=model.serve)
    graph_def = op_allowlist.read_graph_def(path)
    assert not {"ReadFile", "WriteFile"} & {n.op for n in graph_def.node}  # only in the library
    assert op_allowlist.unexpected_ops(graph_def, op_allowlist.ALLOWED) == expected
    assert not (tmp_path / "pwned.txt").exists()


def test_frozen_graph_file(tmp_path):
    graph = tf.Graph()
    with graph.as_default():
        x = tf.compat.v1.placeholder(tf.float32, name="x")
        tf.io.write_file("pwned.txt", tf.strings.as_string(x))
    tf.io.write_graph(graph.as_graph_def(), str(tmp_path), "g.pb", as_text=False)
    found = op_allowlist.unexpected_ops(op_allowlist.read_graph_def(str(tmp_path / "g.pb")),
                                        op_allowlist.ALLOWED)
    assert found == ["AsString", "WriteFile"]
