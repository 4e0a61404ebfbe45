"""snippets/inspect/what_is_this_model.py: every artifact kind by content, bad inputs, no execution,
and artifacts of other TensorFlow releases (TF 1.15.5, TF 2.15) where their venvs exist."""

import contextlib
import io
import json
import os
import random
import re
import shlex
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

import pytest

from snippet_model import SNIPPETS, TF1, TF215

pytestmark = pytest.mark.xdist_group("inspect")  # the artifacts are built once, in one worker

SCRIPT = SNIPPETS / "inspect" / "what_is_this_model.py"
sys.path.insert(0, str(SNIPPETS / "inspect"))
sys.path.insert(0, str(SNIPPETS / "security"))
import op_allowlist  # noqa: E402
import what_is_this_model as witm  # noqa: E402

# Every kind of artifact, made by the pinned TensorFlow in a fresh process.
BUILD = r'''
import json
import os
import shutil

import keras
import numpy as np
import tensorflow as tf
import tf2onnx
from google.protobuf import text_format
from tensorflow.core.protobuf import saved_model_pb2

rng = np.random.default_rng(0)
k1, k2 = rng.normal(size=(32, 64)).astype(np.float32), rng.normal(size=(64, 4)).astype(np.float32)

# TF1: checkpoints with and without .meta, a lone .meta, text and frozen GraphDefs, SavedModelBuilder.
graph = tf.Graph()
with graph.as_default(), tf.compat.v1.Session() as sess:
    x = tf.compat.v1.placeholder(tf.float32, [None, 32], name="x")
    w1 = tf.compat.v1.Variable(k1, name="w1")
    w2 = tf.compat.v1.Variable(k2, name="w2")
    y = tf.identity(tf.matmul(tf.nn.relu(tf.matmul(x, w1)), w2), name="y")
    sess.run(tf.compat.v1.global_variables_initializer())
    saver = tf.compat.v1.train.Saver()
    saver.save(sess, "tf1_ckpt/model.ckpt")
    saver.save(sess, "tf1_nometa/model.ckpt", write_meta_graph=False)
    tf.compat.v1.train.export_meta_graph("graph.meta")
    tf.io.write_graph(graph.as_graph_def(), ".", "graph.pbtxt", as_text=True)
    frozen = tf.compat.v1.graph_util.convert_variables_to_constants(sess, graph.as_graph_def(), ["y"])
    tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)
    builder = tf.compat.v1.saved_model.Builder("sm_tf1")
    sign = tf.compat.v1.saved_model.predict_signature_def({"x": x}, {"y": y})
    builder.add_meta_graph_and_variables(sess, ["serve"], {"serving_default": sign})
    builder.save()


class Model(tf.Module):
    def __init__(self, evil=False):
        self.w = tf.Variable(k1)
        self.evil = evil

    @tf.function(input_signature=[tf.TensorSpec([None, 32], tf.float32, name="x")])
    def serve(self, x):
        if self.evil:  # relative paths: the working folder of whoever runs it
            tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
        return {"y": tf.matmul(x, self.w)}


model = Model()
tf.saved_model.save(model, "sm_tf2", signatures=model.serve)
tf.train.Checkpoint(model=model).save("tf2_ckpt/ckpt")
shutil.copytree("sm_tf2/variables", "sm_text/variables")  # the same SavedModel, kept as text
with open("sm_tf2/saved_model.pb", "rb") as f, open("sm_text/saved_model.pbtxt", "w") as out:
    out.write(text_format.MessageToString(saved_model_pb2.SavedModel.FromString(f.read())))
evil = Model(evil=True)
tf.saved_model.save(evil, "malicious_model", signatures=evil.serve)

# Keras 3: .keras, legacy .h5, .weights.h5, export(); then TFLite (float, quantized, Flex) and ONNX.
inputs = keras.Input((32,), name="x")
outputs = keras.layers.Dense(4, name="y")(keras.layers.Dense(64, activation="relu", name="hidden")(inputs))
km = keras.Model(inputs, outputs)
km.save("model.keras")
km.save("legacy.h5")
km.save_weights("model.weights.h5")
km.export("sm_keras", verbose=False)
converter = tf.lite.TFLiteConverter.from_saved_model("sm_keras")
with open("model.tflite", "wb") as f:
    f.write(converter.convert())
converter.optimizations = [tf.lite.Optimize.DEFAULT]
with open("quantized.tflite", "wb") as f:
    f.write(converter.convert())


class Parser(tf.Module):
    @tf.function(input_signature=[tf.TensorSpec([None], tf.string, name="s")])
    def __call__(self, s):
        return {"n": tf.strings.to_number(s)}


parser = Parser()
tf.saved_model.save(parser, "strings_model", signatures={"serving_default": parser.__call__})
converter = tf.lite.TFLiteConverter.from_saved_model("strings_model")
converter.target_spec.supported_ops = [tf.lite.OpsSet.TFLITE_BUILTINS, tf.lite.OpsSet.SELECT_TF_OPS]
with open("flex.tflite", "wb") as f:
    f.write(converter.convert())

import onnx  # noqa: E402

tf2onnx.convert.from_keras(km, input_signature=[tf.TensorSpec([None, 32], tf.float32, name="x")], opset=15,
                           output_path="model.onnx")
onnx.save_model(onnx.load("model.onnx"), "external.onnx", save_as_external_data=True,
                location="external.onnx.data", size_threshold=0)

# Malicious: a frozen graph with file ops, a SavedModel whose second MetaGraph has them, a Lambda layer.
with tf.Graph().as_default() as g:
    xs = tf.compat.v1.placeholder(tf.float32, [None], name="x")
    write = tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
    with tf.control_dependencies([write]):
        tf.identity(xs * 2.0, name="y")
    tf.io.write_graph(g.as_graph_def(), ".", "malicious.pb", as_text=False)
with tf.Graph().as_default(), tf.compat.v1.Session() as sess:
    xs = tf.compat.v1.placeholder(tf.float32, [None], name="x")
    w = tf.compat.v1.Variable(2.0, name="w")
    ys = tf.multiply(xs, w, name="y")
    sess.run(tf.compat.v1.global_variables_initializer())
    builder = tf.compat.v1.saved_model.Builder("two_metagraphs")
    sign = tf.compat.v1.saved_model.predict_signature_def
    builder.add_meta_graph_and_variables(sess, ["train"], {"serving_default": sign({"x": xs}, {"y": ys})})
    write = tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
    with tf.control_dependencies([write]):
        y_serve = tf.identity(ys, name="y_serve")
    builder.add_meta_graph(["serve"], {"serving_default": sign({"x": xs}, {"y": y_serve})})
    builder.save()
# Files read and written while merely loading: a TF1 main_op, a TF2 resource initializer.
with tf.Graph().as_default(), tf.compat.v1.Session() as sess:
    xs = tf.compat.v1.placeholder(tf.float32, [None], name="x")
    main_op = tf.io.write_file("pwned.txt", tf.io.read_file("secret.txt"))
    builder = tf.compat.v1.saved_model.Builder("main_op_model")
    sign = tf.compat.v1.saved_model.predict_signature_def({"x": xs}, {"y": xs})
    builder.add_meta_graph_and_variables(sess, ["serve"], {"serving_default": sign}, main_op=main_op)
    builder.save()


class Table(tf.saved_model.experimental.TrackableResource):
    def _create_resource(self):
        return tf.raw_ops.HashTableV2(key_dtype=tf.string, value_dtype=tf.int64)

    def _initialize(self):
        tf.io.write_file("pwned.txt", tf.io.read_file("expected.json"))


holder = tf.Module()
holder.table = Table()
with open("expected.json", "w") as f:  # in case _initialize runs while saving, here
    f.write("{}")
tf.saved_model.save(holder, "resource_model")
if os.path.exists("pwned.txt"):
    os.remove("pwned.txt")

li = keras.Input((3,))
lo = keras.layers.Lambda(lambda t: (open("pwned_keras.txt", "w").write("ran"), t * 2.0)[1])(li)
keras.Model(li, lo).save("lambda.keras")
os.remove("pwned_keras.txt")  # written while the model was built here, not by any inspection

with open("expected.json", "w") as f:
    json.dump({"tensorflow": tf.__version__, "keras": keras.__version__,
               "graph_def_version": tf.version.GRAPH_DEF_VERSION, "keras_weights": len(km.weights)}, f)
'''


def clean_env(**extra):
    """This process's environment without what importing TensorFlow 2 put there: TF2_BEHAVIOR=1 would
    turn a TF 1.15 child into eager mode."""
    env = {k: v for k, v in os.environ.items() if k != "TF2_BEHAVIOR" and not k.startswith("TPU_ML_PLATFORM")}
    return dict(env, **extra)


def build(python, code, where, env_extra=None):
    """Run code with a venv's python in an empty folder; HOME and TMPDIR stay inside tmp too."""
    where.mkdir(parents=True, exist_ok=True)
    home = where.parent / f"{where.name}-home"
    home.mkdir(exist_ok=True)
    env = clean_env(HOME=str(home), TMPDIR=str(home), KERAS_HOME=str(home / ".keras"),
                    ORT_DISABLE_TELEMETRY="1", **(env_extra or {}))
    done = subprocess.run([str(python), "-c", code], cwd=where, env=env, capture_output=True, text=True,
                          timeout=900)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def art(tmp_path_factory):
    """The folder of artifacts made by TF 2.21, and what the builder knew (versions, weights)."""
    where = tmp_path_factory.mktemp("artifacts") / "a"
    build(sys.executable, BUILD, where)
    return where


@pytest.fixture(scope="module")
def expected(art):
    return json.loads((art / "expected.json").read_text())


def inspect(path, cwd=None):
    """The JSON report of main() on path, run in this process."""
    out = io.StringIO()
    with contextlib.chdir(cwd or os.getcwd()), contextlib.redirect_stdout(out):
        assert witm.main([str(path), "--json"]) == 0
    return json.loads(out.getvalue())


def cli(*args, cwd, python=sys.executable, prelude=""):
    """Run the script as a reader does, in its own process; prelude runs first in that process."""
    code = prelude + f"\nimport runpy, sys\nsys.argv = {[str(SCRIPT), *map(str, args)]!r}\n" \
                     f"runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n"
    home = tempfile.mkdtemp(prefix="inspect-home-")  # nothing may land in the folder inspected
    try:
        return subprocess.run([str(python), "-c", code], cwd=cwd, capture_output=True, text=True, timeout=600,
                              env=clean_env(HOME=home, TMPDIR=home))
    finally:
        shutil.rmtree(home, ignore_errors=True)


# --------------------------------------------------------------------------- the op lists

def test_allowlist_is_the_security_pages():
    assert witm.ALLOWED == op_allowlist.ALLOWED


def test_flagged_ops_hold_saved_model_cli_scans_denylist():
    from tensorflow.python.tools import saved_model_cli

    assert saved_model_cli._OP_DENYLIST <= witm.FILE_OR_PYTHON_OPS


def test_every_flagged_op_is_a_real_op_of_tf_2_21():
    witm.tf_modules()
    assert not [op for op in sorted(witm.FILE_OR_PYTHON_OPS) if witm.TF["op_def"](op) is None]


def test_the_tf_2_21_graph_in_op_missing_is_the_error_indexs():
    def graph(path):
        text = path.read_text()
        return text[text.index("GRAPH = ("):text.index(")\n", text.index("GRAPH = ("))]
    ours = graph(SNIPPETS / "inspect" / "op_missing_tf1.py")
    assert ours == graph(SNIPPETS / "errors" / "pb_op_not_registered_tf1.py")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_every_page_the_script_points_to_exists(lang):
    docs = SNIPPETS.parent / "docs" / lang
    pages = sorted(set(re.findall(r'"([a-z/-]+)/#([a-z0-9-]+)"', SCRIPT.read_text())))
    assert len(pages) > 20
    for page, anchor in pages:
        md = next((p for p in (docs / f"{page}.md", docs / page / "index.md") if p.is_file()), None)
        assert md is not None, f"{page}/: no such page in docs/{lang}"
        assert f"{{ #{anchor} }}" in md.read_text(encoding="utf-8"), f"{page}/#{anchor}: no such heading"


# --------------------------------------------------------------------------- every format, by content

KINDS = [  # path given, format, SavedModel variant
    ("tf1_ckpt/model.ckpt", "checkpoint_tf1_meta", None),
    ("tf1_ckpt/model.ckpt.index", "checkpoint_tf1_meta", None),
    ("tf1_ckpt/model.ckpt.meta", "checkpoint_tf1_meta", None),
    ("tf1_ckpt/model.ckpt.data-00000-of-00001", "checkpoint_tf1_meta", None),
    ("tf1_ckpt", "checkpoint_tf1_meta", None),
    ("tf1_ckpt/checkpoint", "checkpoint_tf1_meta", None),
    ("tf1_nometa/model.ckpt", "checkpoint_tf1", None),
    ("tf2_ckpt/ckpt-1", "checkpoint_tf2", None),
    ("tf2_ckpt", "checkpoint_tf2", None),
    ("sm_tf2/variables", "checkpoint_tf2", None),
    ("sm_tf1", "savedmodel", "tf1"),
    ("sm_tf2", "savedmodel", "tf2"),
    ("sm_tf2/saved_model.pb", "savedmodel", "tf2"),
    ("sm_text", "savedmodel", "tf2"),
    ("sm_keras", "savedmodel", "keras_export"),
    ("frozen.pb", "frozen_graphdef", None),
    ("graph.pbtxt", "graphdef", None),
    ("graph.meta", "metagraph", None),
    ("model.keras", "keras", None),
    ("legacy.h5", "h5_model", None),
    ("model.weights.h5", "weights_h5", None),
    ("model.tflite", "tflite", None),
    ("quantized.tflite", "tflite", None),
    ("flex.tflite", "tflite", None),
    ("model.onnx", "onnx", None),
    ("external.onnx", "onnx", None),
]


@pytest.mark.parametrize("path, fmt, variant", KINDS, ids=[k[0] for k in KINDS])
def test_each_kind_is_recognised(art, path, fmt, variant):
    report = inspect(path, cwd=art)
    assert report["format"] == fmt
    assert report.get("variant") == variant
    assert report["next_steps"], "every model gets its next steps"


# Each file copied under the name of another format: the content decides.
MISNAMED = {"frozen.pb": "model.tflite", "model.tflite": "frozen.pb", "model.keras": "model.h5",
            "legacy.h5": "model.keras", "model.onnx": "model.pb", "graph.meta": "model.onnx",
            "model.weights.h5": "weights.keras", "graph.pbtxt": "model.json"}


@pytest.mark.parametrize("source, name", MISNAMED.items(), ids=list(MISNAMED))
def test_a_misleading_name_changes_nothing(art, tmp_path, source, name):
    shutil.copy(art / source, tmp_path / name)
    assert inspect(name, cwd=tmp_path)["format"] == inspect(source, cwd=art)["format"]


def test_a_folder_of_several_models_lists_each(art):
    report = inspect(".", cwd=art)
    assert report["format"] == "directory"
    formats = {m["path"]: m["format"] for m in report["models"]}
    assert {formats[p] for p in ("sm_tf1", "frozen.pb", "model.keras", "model.tflite", "external.onnx")} == \
        {"savedmodel", "frozen_graphdef", "keras", "tflite", "onnx"}
    assert "external.onnx.data" not in {o["path"] for o in report["other_files"]}, "it belongs to its model"
    assert "expected.json" in {o["path"] for o in report["other_files"]}
    assert "sm_tf2/variables" not in formats, "a SavedModel's variables/ is part of it"


# --------------------------------------------------------------------------- what is inside

def test_tf1_checkpoint_with_meta(art, expected):
    r = inspect("tf1_ckpt/model.ckpt", cwd=art)
    assert [i["name"] for i in r["guessed_inputs"]] == ["x:0"]
    assert [o["name"] for o in r["guessed_outputs"]] == ["y:0"]
    assert r["guessed_inputs"][0]["shape"] == "[?, 32]" and r["guessed_inputs"][0]["dtype"] == "float32"
    assert r["variables"] == {"count": 2, "values": 32 * 64 + 64 * 4, "bytes": 4 * (32 * 64 + 64 * 4)}
    assert r["written_by"]["tensorflow"] == expected["tensorflow"]
    assert r["written_by"]["graph_def_producer"] == expected["graph_def_version"]


def test_tf2_checkpoint_lists_its_objects(art):
    r = inspect("tf2_ckpt/ckpt-1", cwd=art)
    assert r["checkpoint"]["objects"] == ["model", "save_counter"]
    assert r["variables"]["count"] == 2  # the model's variable and save_counter


def test_savedmodel_signature_and_versions(art, expected):
    r = inspect("sm_tf2", cwd=art)
    (sig,) = r["meta_graphs"][0]["signatures"]
    assert (sig["name"], sig["inputs"][0]["name"], sig["inputs"][0]["dtype"], sig["inputs"][0]["shape"]) == \
        ("serving_default", "x", "float32", "[?, 32]")
    assert sig["outputs"][0]["shape"] == "[?, 64]"
    assert r["written_by"]["tensorflow"] == expected["tensorflow"]
    assert r["variables"]["values"] == 32 * 64
    assert "MatMul" in r["ops"]["types"] and r["ops"]["file_or_python"] == []


def test_keras_export_counts_each_variable_once(art, expected):
    r = inspect("sm_keras", cwd=art)
    assert r["variables"]["count"] == expected["keras_weights"]
    assert r["variables"]["duplicates_not_counted"] == expected["keras_weights"]


def test_frozen_graph_guess_and_constants(art):
    r = inspect("frozen.pb", cwd=art)
    assert [i["name"] for i in r["guessed_inputs"]] == ["x:0"]
    assert [o["name"] for o in r["guessed_outputs"]] == ["y:0"]
    assert r["constants"]["values"] == 32 * 64 + 64 * 4


def test_keras_files_name_their_keras_version(art, expected):
    for path in ("model.keras", "legacy.h5"):
        r = inspect(path, cwd=art)
        assert r["written_by"]["keras"] == expected["keras"]
        assert r["keras"]["inputs"][0]["shape"] == "[?, 32]"
        assert r["variables"]["count"] == expected["keras_weights"]


def test_tflite_quantization_flex_and_version(art, expected):
    plain, quantized, flex = (inspect(p, cwd=art) for p in ("model.tflite", "quantized.tflite",
                                                            "flex.tflite"))
    assert plain["written_by"]["tensorflow"] == expected["tensorflow"]
    assert plain["quantization"]["tensors"] == 0
    assert quantized["quantization"]["tensors"] >= 1 and "int8" in quantized["quantization"]["dtypes"]
    assert plain["signatures"][0]["inputs"][0]["shape"] == "[?, 32]"
    assert flex["ops"]["custom"] == ["FlexStringToNumber"] and not flex["load"]["ok"]


def test_onnx_external_data_present_then_missing(art, tmp_path):
    import onnx

    r = inspect("external.onnx", cwd=art)
    stored = onnx.load(str(art / "external.onnx"), load_external_data=False).graph.initializer
    assert r["external_data"] == [{"file": "external.onnx.data", "tensors": len(stored), "exists": True}]
    assert r["variables"]["count"] == len(stored) >= 2
    assert r["written_by"]["producer"].startswith("tf2onnx") and r["opsets"]["ai.onnx"] == 15
    assert r["load"]["ok"]
    shutil.copy(art / "external.onnx", tmp_path)
    r = inspect("external.onnx", cwd=tmp_path)
    assert not r["load"]["ok"] and "'external.onnx.data' is missing" in r["load"]["why"]


def test_first_op_this_tensorflow_lacks(tmp_path):
    from tensorflow.core.framework import graph_pb2

    graph = graph_pb2.GraphDef()
    graph.node.add(name="x", op="Placeholder").attr["dtype"].type = 1
    graph.node.add(name="y", op="NotARealOp", input=["x"])
    function = graph.library.function.add()
    function.signature.name = "hidden"
    function.node_def.add(name="z", op="AlsoNotReal")
    graph.node.add(name="call", op="hidden", input=["y"])  # a call by name is no op type
    (tmp_path / "g.pb").write_bytes(graph.SerializeToString())
    load = inspect("g.pb", cwd=tmp_path)["load"]
    assert not load["ok"] and load["missing_ops"] == ["NotARealOp", "AlsoNotReal"]
    assert load["why"].startswith("op 'NotARealOp' (first used in the graph) is not registered")


def test_a_graph_for_a_newer_tensorflow_is_refused(tmp_path):
    from tensorflow.core.framework import graph_pb2

    graph = graph_pb2.GraphDef()
    graph.node.add(name="x", op="Placeholder").attr["dtype"].type = 1
    graph.versions.producer = graph.versions.min_consumer = witm.TF["versions"].GRAPH_DEF_VERSION + 1
    (tmp_path / "g.pb").write_bytes(graph.SerializeToString())
    load = inspect("g.pb", cwd=tmp_path)["load"]
    assert not load["ok"] and "needs GraphDef version" in load["why"]


REALITY = r'''
import json, os, sys
import numpy as np
import tensorflow as tf
import keras
from ai_edge_litert.interpreter import Interpreter
import onnxruntime as ort

def load(kind, path):
    if kind == "savedmodel":
        tf.saved_model.load(path)
    elif kind == "frozen_graphdef":
        graph_def = tf.compat.v1.GraphDef.FromString(open(path, "rb").read())
        with tf.Graph().as_default():
            tf.graph_util.import_graph_def(graph_def, name="")
    elif kind == "checkpoint_tf1_meta":
        with tf.Graph().as_default(), tf.compat.v1.Session() as sess:
            tf.compat.v1.train.import_meta_graph(path + ".meta").restore(sess, path)
    elif kind in ("keras", "h5_model"):
        keras.saving.load_model(path)
    elif kind == "tflite":
        Interpreter(model_path=path).allocate_tensors()
    elif kind == "onnx":
        ort.InferenceSession(path, providers=["CPUExecutionProvider"])

result = {}
for kind, path in json.loads(sys.argv[1]):
    try:
        load(kind, path)
        result[path] = True
    except Exception as e:
        result[path] = f"{type(e).__name__}: {e}"[:300]
print(json.dumps(result))
'''


def test_can_load_matches_a_real_load(art):
    """The verdict, reached by reading files only, against loading each clean model for real."""
    paths = ["sm_tf1", "sm_tf2", "sm_keras", "frozen.pb", "tf1_ckpt/model.ckpt", "model.keras", "legacy.h5",
             "model.tflite", "quantized.tflite", "flex.tflite", "model.onnx", "external.onnx", "lambda.keras"]
    reports = {p: inspect(p, cwd=art) for p in paths}
    kinds = json.dumps([(reports[p]["format"], p) for p in paths])
    done = subprocess.run([sys.executable, "-c", REALITY, kinds], cwd=art, capture_output=True, text=True,
                          timeout=600, env=dict(os.environ, ORT_DISABLE_TELEMETRY="1", HOME=str(art.parent)))
    real = json.loads(done.stdout.splitlines()[-1])
    assert {p: reports[p]["load"]["ok"] for p in paths} == {p: real[p] is True for p in paths}, real
    assert "Lambda" in real["lambda.keras"] and "Flex" in real["flex.tflite"]


# --------------------------------------------------------------------------- bad input: one line, exit 2

def bad_inputs(art, where):
    random_bytes = random.Random(0).randbytes(3000)
    frozen = (art / "frozen.pb").read_bytes()
    (where / "empty").mkdir()
    (where / "junk").mkdir()
    (where / "junk" / "notes.txt").write_text("hello\n")
    (where / "empty.pb").write_bytes(b"")
    (where / "random.bin").write_bytes(random_bytes)
    (where / "hello.txt").write_text("hello, world\n")
    for i, cut in enumerate((len(frozen) // 4, len(frozen) // 2, len(frozen) - 1)):
        (where / f"truncated{i}.pb").write_bytes(frozen[:cut])
    shutil.copy(art / "sm_tf2" / "saved_model.pb", where / "model.pb")
    (where / "lone").mkdir()
    shutil.copy(art / "sm_tf2" / "saved_model.pb", where / "lone" / "saved_model.pb")
    shutil.copytree(art / "sm_tf2", where / "cut_savedmodel")
    sm = (art / "sm_tf2" / "saved_model.pb").read_bytes()
    (where / "cut_savedmodel" / "saved_model.pb").write_bytes(sm[:len(sm) // 2])
    with zipfile.ZipFile(where / "archive.zip", "w") as z:
        z.writestr("readme.txt", "no model here")
    keras_bytes = (art / "model.keras").read_bytes()
    (where / "cut.keras").write_bytes(keras_bytes[:len(keras_bytes) // 2])
    tflite = (art / "model.tflite").read_bytes()
    (where / "cut.tflite").write_bytes(tflite[:100])
    import h5py

    with h5py.File(where / "data.h5", "w") as f:
        f["numbers"] = [1, 2, 3]


@pytest.fixture(scope="module")
def bad(art, tmp_path_factory):
    where = tmp_path_factory.mktemp("bad")
    bad_inputs(art, where)
    return where


BAD_NAMES = ["no_such_file.pb", "empty", "junk", "empty.pb", "random.bin", "hello.txt", "truncated0.pb",
             "truncated1.pb", "truncated2.pb", "model.pb", "lone/saved_model.pb", "cut_savedmodel",
             "archive.zip", "cut.keras", "cut.tflite", "data.h5"]


@pytest.mark.parametrize("name", BAD_NAMES)
def test_bad_input_is_one_line_and_exit_2(bad, name):
    where = bad
    assert (where / name).exists() == (name != "no_such_file.pb")
    before = sorted(p for p in where.rglob("*"))
    done = cli(name, cwd=where)
    assert (done.returncode, done.stdout) == (2, ""), done.stderr
    assert len(done.stderr.splitlines()) == 1 and "Traceback" not in done.stderr, done.stderr
    assert done.stderr.startswith(f"what_is_this_model.py: {name}")
    assert sorted(p for p in where.rglob("*")) == before


def test_truncation_is_named_as_such(bad):
    where = bad
    for name, kind in (("truncated1.pb", "GraphDef"), ("truncated2.pb", "GraphDef"),
                       ("cut_savedmodel", "SavedModel")):
        err = io.StringIO()
        with contextlib.chdir(where), contextlib.redirect_stderr(err):
            assert witm.main([name]) == 2
        assert f"a truncated {kind}" in err.getvalue(), err.getvalue()


def test_no_argument_is_a_usage_line(tmp_path):
    done = cli(cwd=tmp_path)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1 and "PATH" in done.stderr


def test_json_and_text_on_the_command_line(art):
    as_json = cli("sm_tf2", "--json", cwd=art)
    as_text = cli("sm_tf2", cwd=art)
    assert as_json.returncode == as_text.returncode == 0
    assert as_json.stderr == as_text.stderr == "", "TensorFlow's log lines stay off stderr"
    assert json.loads(as_json.stdout)["format"] == "savedmodel"
    assert as_text.stdout.splitlines()[0] == "sm_tf2: SavedModel written by TF2 tf.saved_model.save"


# --------------------------------------------------------------------------- it never runs the model

def snapshot(folder):
    return sorted((str(p.relative_to(folder)), p.stat().st_size, p.stat().st_mtime_ns)
                  for p in folder.rglob("*"))


def test_malicious_models_are_flagged_and_run_nothing(art):
    (art / "secret.txt").write_text("API_KEY=demo-1234\n")
    before = snapshot(art)
    for path, on_load in (("malicious_model", []), ("malicious.pb", None), ("two_metagraphs", []),
                          ("main_op_model", ["ReadFile", "WriteFile"]),
                          ("resource_model", ["ReadFile", "WriteFile"])):
        done = cli(path, "--json", cwd=art)
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["ops"]["file_or_python"] == ["ReadFile", "WriteFile"], path
        assert report["ops"].get("file_or_python_on_load") == on_load, path
        assert report["next_steps"][0]["page"] == "security/#what-to-do"
    metagraphs = json.loads(cli("two_metagraphs", "--json", cwd=art).stdout)["meta_graphs"]
    assert [(m["tags"], m["file_or_python"]) for m in metagraphs] == [
        (["train"], []), (["serve"], ["ReadFile", "WriteFile"])], "the second MetaGraph is checked too"
    lam = json.loads(cli("lambda.keras", "--json", cwd=art).stdout)
    assert lam["keras"]["lambda_layers"] and not lam["load"]["ok"]
    assert not list(art.glob("pwned*")) and snapshot(art) == before


# Loaders and runners made to fail, and every file opened for writing recorded: the script must get
# through every artifact without touching any of them.
TRAP = r'''
import sys
import keras
import tensorflow as tf
from tensorflow.python.client import session
from tensorflow.python.framework import importer
from tensorflow.python.saved_model import load, loader_impl
import ai_edge_litert.interpreter

def trap(*args, **kwargs):
    raise AssertionError("the inspector loaded or ran the model")

for owner, name in [(tf.saved_model, "load"), (load, "load"), (loader_impl, "load"),
                    (importer, "import_graph_def"), (tf.graph_util, "import_graph_def"),
                    (session.BaseSession, "__init__"),
                    (keras.saving, "load_model"), (keras.models, "load_model"), (tf.lite, "Interpreter"),
                    (ai_edge_litert.interpreter, "Interpreter"), (tf.keras.models, "load_model")]:
    setattr(owner, name, trap)
writes = []
def hook(event, args):
    if event == "open" and args[1] is not None and any(c in str(args[1]) for c in "wax+"):
        writes.append(args[0])
sys.addaudithook(hook)
'''


def test_it_never_loads_or_runs_a_model_nor_writes(art):
    paths = [k[0] for k in KINDS] + ["malicious_model", "malicious.pb", "two_metagraphs", "main_op_model",
                                     "resource_model", "lambda.keras", "."]
    code = TRAP + "import json, runpy\nfrom contextlib import redirect_stdout\nimport io\n" + (
        f"for path in {paths!r}:\n"
        f"    sys.argv = [{str(SCRIPT)!r}, path, '--json']\n"
        "    out = io.StringIO()\n"
        "    with redirect_stdout(out):\n"
        "        try:\n"
        f"            runpy.run_path({str(SCRIPT)!r}, run_name='__main__')\n"
        "        except SystemExit as e:\n"
        "            assert e.code == 0, (path, e.code)\n"
        "    json.loads(out.getvalue())\n"
        "print('writes:', writes)\n")
    done = subprocess.run([sys.executable, "-c", code], cwd=art, capture_output=True, text=True, timeout=900,
                          env=dict(os.environ, HOME=str(art.parent)))
    assert done.returncode == 0, done.stderr[-3000:]
    assert done.stdout.strip().splitlines()[-1] == "writes: []"


def test_a_missing_optional_package_is_one_line(art):
    block = "import sys\nsys.modules['h5py'] = None\nsys.modules['onnx'] = None\n"
    done = cli("legacy.h5", cwd=art, prelude=block)
    assert done.returncode == 2 and len(done.stderr.splitlines()) == 1 and "h5py" in done.stderr
    done = cli("model.onnx", cwd=art, prelude=block)
    assert done.returncode == 2 and "(onnx is not installed, so ONNX was not tried)" in done.stderr
    done = cli("model.keras", "--json", cwd=art, prelude=block)
    assert done.returncode == 0 and done.stderr == ""
    report = json.loads(done.stdout)
    assert "variables" not in report and any("h5py is not installed" in n for n in report["notes"])


# --------------------------------------------------------------------------- its next steps work

def run_step(report, step, cwd):
    how = next(s["how"] for s in report["next_steps"] if s["step"] == step)
    argv = shlex.split(how)
    program = sys.executable if argv[0] == "python" else str(Path(sys.executable).parent / argv[0])
    argv = [program, *argv[1:]]
    return subprocess.run(argv, cwd=cwd, capture_output=True, text=True, timeout=600,
                          env=dict(os.environ, HOME=str(cwd), TMPDIR=str(cwd)))


@pytest.mark.parametrize("path, step, output", [
    ("frozen.pb", "-> ONNX", "model.onnx"),                       # names guessed from the graph
    ("tf1_ckpt/model.ckpt", "-> frozen graph", "frozen.pb"),      # output node guessed from the .meta
    ("sm_tf1", "-> frozen graph", "frozen.pb"),                   # output nodes from the signature
    ("sm_tf2", "-> TFLite", "model.tflite"),
])
def test_the_suggested_command_runs(art, tmp_path, path, step, output):
    for name in ("frozen.pb", "tf1_ckpt", "sm_tf1", "sm_tf2"):
        (shutil.copytree if (art / name).is_dir() else shutil.copy)(art / name, tmp_path / name)
    (tmp_path / output).unlink(missing_ok=True)
    done = run_step(inspect(path, cwd=tmp_path), step, tmp_path)
    assert done.returncode == 0, done.stderr[-3000:]
    assert (tmp_path / output).stat().st_size > 0


# --------------------------------------------------------------------------- other TensorFlow releases

BUILD_TF1 = r'''
import numpy as np
import tensorflow as tf

x = tf.placeholder(tf.float32, [None, 3], name="x")
w = tf.Variable(np.ones((3, 2), np.float32), name="w")
y = tf.identity(tf.matmul(x, w), name="y")
with tf.Session() as sess:
    sess.run(tf.global_variables_initializer())
    tf.train.Saver().save(sess, "ckpt/model.ckpt")
    frozen = tf.graph_util.convert_variables_to_constants(sess, sess.graph.as_graph_def(), ["y"])
    tf.io.write_graph(frozen, ".", "frozen.pb", as_text=False)
    builder = tf.saved_model.builder.SavedModelBuilder("sm_builder")
    sign = tf.saved_model.predict_signature_def({"x": x}, {"y": y})
    builder.add_meta_graph_and_variables(sess, ["serve"], {"serving_default": sign})
    builder.save()
model = tf.keras.Sequential([tf.keras.layers.Dense(2, input_shape=(3,))])
model.save("keras.h5")
tf.keras.models.save_model(model, "keras_savedmodel", save_format="tf")
print(tf.__version__, tf.keras.__version__, tf.GRAPH_DEF_VERSION)
'''


@pytest.fixture(scope="module")
def tf1_art(tmp_path_factory):
    if not TF1.python.exists():
        pytest.skip(f"{TF1.venv} is missing (make {TF1.venv}/.installed): no TensorFlow 1.15.5 to make "
                    "artifacts with")
    where = tmp_path_factory.mktemp("tf1") / "a"
    tf_version, keras_version, producer = build(TF1.python, BUILD_TF1, where).split()[-3:]
    return where, tf_version, keras_version, int(producer)


def test_artifacts_of_tf_1_15(tf1_art):
    where, tf_version, keras_version, producer = tf1_art
    cases = {"ckpt/model.ckpt": ("checkpoint_tf1_meta", None), "frozen.pb": ("frozen_graphdef", None),
             "sm_builder": ("savedmodel", "tf1"), "keras.h5": ("h5_model", None),
             "keras_savedmodel": ("savedmodel", "keras2")}
    for path, (fmt, variant) in cases.items():
        r = inspect(path, cwd=where)
        assert (r["format"], r.get("variant")) == (fmt, variant), path
        assert r["load"]["ok"], (path, r["load"])
    assert tf_version == "1.15.5"
    for path in ("ckpt/model.ckpt", "sm_builder"):
        written = inspect(path, cwd=where)["written_by"]
        assert (written["tensorflow"], written["graph_def_producer"]) == (tf_version, producer)
    assert inspect("keras.h5", cwd=where)["written_by"]["keras"] == keras_version


LOAD_ON_TF1 = r'''
import sys
import tensorflow as tf

kind, path = sys.argv[1:]
with tf.Session(graph=tf.Graph()) as sess:
    try:
        if kind == "savedmodel":
            tf.saved_model.loader.load(sess, ["serve"], path)
        elif kind == "meta":
            tf.train.import_meta_graph(path)
        else:
            tf.import_graph_def(tf.GraphDef.FromString(open(path, "rb").read()), name="")
        print("loaded")
    except Exception as e:
        print(str(e).splitlines()[0])
'''


@pytest.mark.parametrize("kind, path, load_path", [
    ("savedmodel", "sm_tf2", "sm_tf2"),
    ("meta", "tf1_ckpt/model.ckpt", "tf1_ckpt/model.ckpt.meta"),
    ("frozen", "frozen.pb", "frozen.pb"),
])
def test_on_tf_1_15_the_script_names_what_it_lacks(art, tf1_art, kind, path, load_path):
    """The script itself on Python 3.7 and TF 1.15.5, on TF 2.21 artifacts: its first problem is the
    one TF 1.15.5 meets when it really loads them."""
    done = cli(path, "--json", cwd=art, python=TF1.python)
    assert done.returncode == 0 and done.stderr == "", done.stderr
    load = json.loads(done.stdout)["load"]
    assert load["runtime"] == "TensorFlow 1.15.5" and not load["ok"]
    first = load["why"].split("; ")[0]
    real = subprocess.run([str(TF1.python), "-c", LOAD_ON_TF1, kind, load_path], cwd=art, capture_output=True,
                          text=True, timeout=300, env=clean_env()).stdout.strip().splitlines()[-1]
    op = re.search(r"Op type not registered '(\w+)'", real)
    attr = re.search(r"NodeDef mentions attr '(\w+)' not in Op<name=(\w+);", real)
    assert op or attr, real
    if op:
        assert first.startswith(f"op {op[1]!r} "), (first, real)
    else:
        assert first.startswith(f"its {attr[2]} nodes ") and attr[1] in first.split(": ")[-1].split(", "), \
            (first, real)


def test_on_tf_1_15_its_own_artifacts_load(tf1_art):
    where = tf1_art[0]
    for path in ("sm_builder", "ckpt/model.ckpt", "frozen.pb"):
        done = cli(path, "--json", cwd=where, python=TF1.python)
        assert json.loads(done.stdout)["load"]["ok"], path


BUILD_TF215 = r'''
import keras
import tensorflow as tf

model = tf.keras.Sequential([tf.keras.Input((3,)), tf.keras.layers.Dense(2)])
model.save("keras2_savedmodel")
model.save("keras2.h5")
model.save("keras2.keras")
print(tf.__version__, keras.__version__)
'''


def test_keras_2_artifacts_of_tf_2_15(tmp_path):
    if not TF215.python.exists():
        pytest.skip(f"{TF215.venv} is missing (make {TF215.venv}/.installed): no TensorFlow 2.15 to make "
                    "artifacts with")
    tf_version, keras_version = build(TF215.python, BUILD_TF215, tmp_path / "a").split()[-2:]
    r = inspect("keras2_savedmodel", cwd=tmp_path / "a")
    assert (r["format"], r["variant"]) == ("savedmodel", "keras2")
    assert (r["written_by"]["tensorflow"], r["written_by"]["keras"]) == (tf_version, keras_version)
    assert any("cannot load_model a Keras 2 SavedModel" in n for n in r["notes"])
    for path, fmt in (("keras2.h5", "h5_model"), ("keras2.keras", "keras")):
        r = inspect(path, cwd=tmp_path / "a")
        assert (r["format"], r["written_by"]["keras"]) == (fmt, keras_version)
