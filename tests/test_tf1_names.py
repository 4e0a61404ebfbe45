"""TF1-style snippets use only names that TensorFlow 1.15 has, so they also run on a real 1.15
with `import tensorflow as tf` in place of `import tensorflow.compat.v1 as tf`."""

import ast
from pathlib import Path

import pytest

import snippet_runner as runner

API = set((Path(__file__).parent / "data" / "tf-1.15.5-api.txt").read_text().split())
MODULES = {name.rsplit(".", 1)[0] for name in API}
EXCUSE = "# not in TF 1.15:"  # a line may use a newer name if it says why, after this marker


def tf1_alias(tree):
    """The name `tensorflow.compat.v1` is bound to (`tf` in our snippets), or None."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            for a in node.names:
                if a.name == "tensorflow.compat.v1":
                    return a.asname or a.name
    return None


def _link_parents(tree):
    for node in ast.walk(tree):
        for child in ast.iter_child_nodes(node):
            child.parent = node


def missing_names(source):
    """Names (with their line) that TF 1.15 lacks and that no `# not in TF 1.15:` comment excuses."""
    tree = ast.parse(source)
    _link_parents(tree)
    lines = source.splitlines()
    alias = tf1_alias(tree)
    missing = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Attribute) or isinstance(node.parent, ast.Attribute):
            continue
        parts, cur = [], node
        while isinstance(cur, ast.Attribute):
            parts.append(cur.attr)
            cur = cur.value
        if not (isinstance(cur, ast.Name) and cur.id == alias):
            continue
        chain = ["tf", *reversed(parts)]
        # Walk down the chain while it names a module; the first non-module must be an API name
        # (what follows it, e.g. a method of a class, is not part of the tf.* namespace).
        prefix = "tf"
        for part in chain[1:]:
            prefix += "." + part
            if prefix not in MODULES:
                break
        ok = prefix in API or prefix in MODULES
        if not ok and EXCUSE not in lines[node.lineno - 1]:
            missing.append((node.lineno, prefix))
    return missing


TF1_SNIPPETS = [s for s in runner.discover()
                if s.kind == "py" and "import tensorflow.compat.v1 as tf" in s.path.read_text()]


def test_tf1_snippets_are_found():
    assert len(TF1_SNIPPETS) >= 10


@pytest.mark.parametrize("snippet", TF1_SNIPPETS, ids=lambda s: s.rel)
def test_tf1_snippet_uses_only_names_tf_1_15_has(snippet):
    assert missing_names(snippet.path.read_text()) == []


def test_a_name_tf_1_15_lacks_is_caught():
    source = ("import tensorflow.compat.v1 as tf\ntf.disable_v2_behavior()\n"
              "x = tf.placeholder(tf.float32)\n"
              "opts = tf.train.CheckpointOptions()\n"     # in compat.v1 of TF 2.21, not in 1.15
              "y = tf.train.Saverr()\n"                     # a typo
              "z = tf.train.Saver().save\n"                 # a method after an API name: fine
              "tf.io.gfile.walk('.')\n")
    assert missing_names(source) == [(4, "tf.train.CheckpointOptions"), (5, "tf.train.Saverr")]


def test_an_excused_name_passes():
    source = ("import tensorflow.compat.v1 as tf\n"
              "opts = tf.train.CheckpointOptions()  # not in TF 1.15: shown as the newer way\n")
    assert missing_names(source) == []
