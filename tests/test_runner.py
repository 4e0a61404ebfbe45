"""The snippet runner catches what the site promises a snippet never does."""

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import snippet_model as model
import snippet_runner as runner


def make(tmp_path, name, code, out=None, err=None):
    path = tmp_path / name
    path.write_text(textwrap.dedent(code))
    if out is not None:
        path.with_suffix(".out").write_text(out)
    if err is not None:
        path.with_suffix(".err").write_text(err)
    return runner.Snippet(path)


def problems(snippet, mode="fork", **kw):
    return "\n".join(map(str, runner.check(runner.run(snippet, mode=mode, **kw))))


@pytest.mark.parametrize("mode", ["fork", "spawn"])
def test_a_correct_snippet_passes_in_both_modes(tmp_path, mode):
    s = make(tmp_path, "ok_tf2.py", "import tensorflow as tf\nprint(tf.constant(2) * 3)\n",
             out="tf.Tensor(6, shape=(), dtype=int32)\n")
    assert problems(s, mode) == ""


def test_changed_output_fails(tmp_path):
    s = make(tmp_path, "ok_tf2.py", "print('a')\n", out="b\n")
    assert "stdout differs" in problems(s)


def test_missing_expected_output_fails(tmp_path):
    s = make(tmp_path, "ok_tf2.py", "print('a')\n")
    assert ".out is missing" in problems(s)


def test_unexpected_failure_fails(tmp_path):
    s = make(tmp_path, "bad_tf2.py", "raise ValueError('boom')\n", out="")
    assert "exited 1" in problems(s)


def test_expected_failure_must_match_the_error_text(tmp_path):
    code = "raise ValueError('No variables to save')\n"
    assert problems(make(tmp_path, "a_tf1.py", code, out="", err="ValueError: No variables to save\n")) == ""
    assert "error differs" in problems(make(tmp_path, "b_tf1.py", code, out="", err="ValueError: other\n"))
    assert "exited 0" in problems(make(tmp_path, "c_tf1.py", "pass\n", out="", err="ValueError: x\n"))


def test_writing_outside_the_working_folder_fails(tmp_path):
    target = tmp_path / "escaped.txt"
    s = make(tmp_path, "w_tf2.py", f"open({str(target)!r}, 'w').write('x')\n", out="")
    assert "tried to write outside its working folder" in problems(s)
    assert not target.exists()


def test_writing_into_home_fails_and_tmpdir_is_scratch_space(tmp_path):
    s = make(tmp_path, "h.sh", "echo x > \"$HOME/leak\"; echo y > \"$TMPDIR/scratch\"\n", out="")
    assert "wrote outside its working folder: home/leak" in problems(s)
    assert "scratch" not in problems(s)


def test_writing_inside_the_working_folder_is_fine(tmp_path):
    s = make(tmp_path, "w_tf2.py", "import os\nos.makedirs('a/b')\nopen('a/b/c', 'w').write('x')\n"
             "print(sorted(os.listdir('a/b')))\n", out="['c']\n")
    assert problems(s) == ""


def test_network_is_refused(tmp_path):
    s = make(tmp_path, "n_tf2.py", "import socket\nsocket.create_connection(('192.0.2.1', 80), timeout=1)\n", out="")
    assert "snippets run without network" in problems(s)


def test_tf2_deprecation_warning_fails(tmp_path):
    s = make(tmp_path, "d_tf2.py", "import sys\nprint('WARNING: foo is deprecated', file=sys.stderr)\n", out="")
    assert "deprecation" in problems(s)


def test_working_folder_is_written_as_pwd(tmp_path):
    s = make(tmp_path, "p_tf2.py", "import os\nprint(os.getcwd())\n", out="$PWD\n")
    assert problems(s) == ""


def test_error_text_is_the_last_exception_without_tensorflow_log_lines():
    stderr = textwrap.dedent("""\
        I0000 00:00:1795854380.222023    2166 port.cc:153] oneDNN custom operations are on.
        Traceback (most recent call last):
          File "x.py", line 1, in <module>
            raise KeyError("a")
        KeyError: 'a'

        During handling of the above exception, another exception occurred:

        Traceback (most recent call last):
          File "x.py", line 3, in <module>
            raise ValueError("multi\\nline")
        ValueError: multi
        line
        """)
    assert runner.extract_error(stderr) == "ValueError: multi\nline\n"
    assert runner.extract_error("python: can't open file\n") == "python: can't open file\n"


def test_requires_runs_the_prerequisite_first_in_the_same_folder(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    make(tmp_path, "first_tf2.py", "open('made.txt', 'w').write('hello')\n", out="")
    s = make(tmp_path, "second_tf2.py", "# Requires: first_tf2.py\nprint(open('made.txt').read())\n",
             out="hello\n")
    assert problems(s) == ""


def test_requires_naming_no_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    s = make(tmp_path, "x_tf2.py", "# Requires: nowhere.py\n")
    with pytest.raises(runner.UsageError, match="names no snippet"):
        s.chain()


@pytest.mark.parametrize("args, message", [
    (["no/such/file.py"], "no such file or folder"),
    (["pyproject.toml"], "not inside"),
    (["--mode", "thread", "snippets"], "invalid choice"),
])
def test_command_line_rejects_bad_input_plainly(args, message):
    proc = subprocess.run([sys.executable, "tools/snippet_runner.py", *args], capture_output=True,
                          text=True, cwd=runner.ROOT)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stdout == ""


# ----------------------------------------------------------------------------- isolation
# Forked snippets share a parent that has imported TensorFlow; nothing one snippet does to its
# process may reach the next one.

POLLUTER = """\
import os, sys
import numpy as np
import tensorflow as tf
import keras
tf.compat.v1.disable_eager_execution()
tf.constant(1.0, name="left_behind")
tf.config.run_functions_eagerly(True)
keras.mixed_precision.set_global_policy("mixed_float16")
tf.random.set_seed(1); np.random.seed(1)
os.environ["LEAKED"] = "1"
sys.modules["leaked_module"] = sys
os.makedirs("sub"); os.chdir("sub")
open("leak.txt", "w").write("x")
print("polluted")
"""

OBSERVER = """\
import os, sys
import numpy as np
import keras
import tensorflow as tf
print("eager:", tf.executing_eagerly())
print("functions run eagerly:", tf.config.functions_run_eagerly())
print("default graph ops:", len(tf.compat.v1.get_default_graph().get_operations()))
print("keras policy:", keras.mixed_precision.global_policy().name)
print("env:", os.environ.get("LEAKED"))
print("module:", "leaked_module" in sys.modules)
print("numpy seeded with 1:", np.random.get_state()[1][0] == 1)
print("graph seed:", tf.compat.v1.get_default_graph().seed)
print("folder:", os.getcwd(), sorted(os.listdir(".")))
"""

CLEAN = ("eager: True\nfunctions run eagerly: False\ndefault graph ops: 0\nkeras policy: float32\n"
         "env: None\nmodule: False\nnumpy seeded with 1: False\ngraph seed: None\nfolder: $PWD []\n")


@pytest.mark.parametrize("mode", ["fork", "spawn"])
def test_nothing_one_snippet_changes_reaches_the_next(tmp_path, mode):
    polluter = make(tmp_path, "polluter_tf2.py", POLLUTER, out="polluted\n")
    observer = make(tmp_path, "observer_tf2.py", OBSERVER, out=CLEAN)
    assert problems(polluter, mode) == ""
    assert problems(observer, mode) == ""


# Representative snippets of each kind: TF1 and TF2 style, shell, expected failure, requires.
SAMPLE = ["errata/save_ckpt_tf1.py", "errata/savedmodel_tf2.py", "errata/freeze_graph_cli.sh",
          "original/ckpt_save.py", "errata/load_pb_wrong_shape_tf1.py", "errata/end_to_end_tf2.py"]


@pytest.mark.parametrize("rel", SAMPLE)
def test_fork_and_spawn_modes_give_the_same_result(rel):
    s = runner.Snippet(runner.SNIPPETS / rel)
    fork, spawn = runner.run(s, mode="fork"), runner.run(s, mode="spawn")
    assert (fork.returncode, fork.stdout) == (spawn.returncode, spawn.stdout)
    if fork.returncode:
        assert fork.error_text == spawn.error_text
    assert fork.problems == spawn.problems == []
    assert fork.status == spawn.status == runner.Status.PASS


def test_output_reads_as_a_plain_run_would_print_it(tmp_path):
    import socket
    work = tmp_path / "work"
    text = (f'  File "{runner.ROOT}/tools/snippet_runner.py", line 9, in child_main\n'
            '    runpy.run_path(script)\n'
            '  File "<frozen runpy>", line 291, in run_path\n'
            f'  File "{tmp_path}/x_tf1.py", line 3, in <module>\n'
            '    foo()\n'
            f"NotFoundError: Op type not registered 'X' in binary running on {socket.gethostname()}. "
            f"See {work}/model.pb and {runner.SITE_PACKAGES}/tensorflow/x.py\n")
    assert runner.normalize(text, work, tmp_path / "x_tf1.py") == (
        '  File "x_tf1.py", line 3, in <module>\n    foo()\n'
        "NotFoundError: Op type not registered 'X' in binary running on $HOSTNAME. "
        "See $PWD/model.pb and /…/site-packages/tensorflow/x.py\n")


def test_keras_snippets_must_not_print_deprecation_warnings_either(tmp_path):
    s = make(tmp_path, "d_keras.py", "import sys\nprint('x is deprecated', file=sys.stderr)\n", out="")
    assert "KERAS snippet printed deprecation" in problems(s)


# ----------------------------------------------------------------------------- typed results


def test_results_are_typed_and_their_status_follows_from_the_kinds_of_problem(tmp_path):
    differs = runner.run(make(tmp_path, "a_tf2.py", "print('a')\n", out="b\n"))
    assert [p.kind for p in differs.problems] == [runner.Kind.STDOUT_DIFFERS]
    assert differs.status == runner.Status.DIFFERS
    fails = runner.run(make(tmp_path, "b_tf2.py", "raise ValueError('x')\n", out=""))
    assert [p.kind for p in fails.problems] == [runner.Kind.EXIT] and fails.status == runner.Status.FAIL
    missing = runner.run(make(tmp_path, "c_tf2.py", "import no_such_module_here\n", out=""))
    assert missing.status == runner.Status.NA


def test_report_is_data_not_sentences(tmp_path):
    report = tmp_path / "report.json"
    proc = subprocess.run([sys.executable, "tools/snippet_runner.py", "--runtime", "tf2.21", "--report",
                           str(report), "snippets/about/versions_tf2.py"], capture_output=True, text=True,
                          cwd=runner.ROOT)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    import json
    data = json.loads(report.read_text())["tf2.21"]
    assert data["tensorflow"] == model.PINNED.release
    assert data["snippets"]["about/versions_tf2.py"] == {
        "status": "pass", "problems": [], "sha256": model.Snippet(model.SNIPPETS / "about/versions_tf2.py").digest()}


# ----------------------------------------------------------------------------- runtimes


def test_tf1_style_and_the_article_run_on_tf1_15_and_a_runtime_line_overrides(tmp_path):
    assert [r.name for r in make(tmp_path, "x_tf1.py", "pass\n").runtimes()] == ["tf2.21", "tf1.15"]
    assert [r.name for r in make(tmp_path, "x_tf2.py", "pass\n").runtimes()] == ["tf2.21"]
    assert [r.name for r in make(tmp_path, "y_tf2.py", "# Runtime: tf2.15\n").runtimes()] == ["tf2.15"]
    with pytest.raises(runner.UsageError, match="not one of"):
        make(tmp_path, "z_tf2.py", "# Runtime: tf9.9\n").runtimes()


def test_another_runtime_has_its_own_expected_output_only_where_it_differs(tmp_path):
    s = make(tmp_path, "v_tf1.py", "print('x')\n", out="x\n")
    assert s.expected(model.TF1) == s.expected(model.PINNED) and not s.differs_on(model.TF1)
    (tmp_path / "v_tf1@tf1.15.out").write_text("y\n")
    assert s.expected(model.TF1).stdout == "y\n" and s.differs_on(model.TF1)


@pytest.mark.skipif(not model.TF1.python.exists(), reason="make creates .venv-tf1")
def test_a_tf1_snippet_really_runs_on_tensorflow_1_15(tmp_path):
    s = make(tmp_path, "r_tf1.py", "import tensorflow as tf\nprint(tf.__version__)\n", out=model.TF1.release + "\n")
    assert problems(s, runtime=model.TF1) == ""
    assert "stdout differs" in problems(s)  # the pinned release prints its own version


def test_a_missing_runtime_is_one_clear_error_never_a_pass(tmp_path, monkeypatch):
    gone = model.Runtime("tf1.15", ".venv-does-not-exist", "tf1_15", dist="tensorflow")
    with pytest.raises(runner.RuntimeUnavailable, match="is missing"):
        runner.run(make(tmp_path, "m_tf1.py", "pass\n", out=""), runtime=gone)


# ----------------------------------------------------------------------------- limits


def test_a_timeout_says_timeout_and_is_never_recorded_as_expected_output(tmp_path):
    s = make(tmp_path, "slow_tf2.py", "import time\ntime.sleep(30)\n", out="")
    result = runner.run(s, timeout=1)
    assert [p.kind for p in result.problems] == [runner.Kind.TIMEOUT] and "timeout" in str(result.problems[0])
    with pytest.raises(runner.UsageError, match="not recorded"):
        runner.update(result)
    assert s.expected().out_file.read_text() == ""


def test_a_prerequisite_that_timed_out_fails_its_dependents_at_once(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    make(tmp_path, "hang_tf2.py", "import time\ntime.sleep(30)\n", out="")
    first = make(tmp_path, "d1_tf2.py", "# Requires: hang_tf2.py\n", out="")
    second = make(tmp_path, "d2_tf2.py", "# Requires: hang_tf2.py\n", out="")
    assert "timed out" in problems(first, timeout=1)
    result = runner.run(second, timeout=1)
    assert result.seconds < 1 and "timed out" in str(result.problems[0])


def test_output_over_the_cap_fails(tmp_path):
    s = make(tmp_path, "flood_tf2.py", "import sys\nsys.stdout.write('x' * (2 << 20))\n", out="")
    assert "more than" in problems(s)


def test_each_run_has_its_own_keras_home(tmp_path):
    writer = make(tmp_path, "k1_keras.py", "import os\nopen(os.path.join(os.environ['KERAS_HOME'], 'keras.json'), 'w')"
                  ".write('{\"floatx\": \"float16\"}')\n", out="")
    reader = make(tmp_path, "k2_keras.py", "import keras\nprint(keras.config.floatx())\n", out="float32\n")
    assert problems(writer) == "" and problems(reader) == ""


@pytest.mark.parametrize("mode", ["fork", "spawn"])
def test_children_a_snippet_leaves_behind_die_with_it(tmp_path, mode):
    # Found by command line: inside bubblewrap a snippet sees the pids of its own namespace.
    seconds = f"{400 + os.getpid() % 1000}.{len(mode)}"
    s = make(tmp_path, "daemon_tf2.py", f"import subprocess\nsubprocess.Popen(['sleep', '{seconds}'])\n", out="")
    assert problems(s, mode) == ""
    time.sleep(0.3)
    alive = subprocess.run(["pgrep", "-f", f"sleep {seconds}"], capture_output=True, text=True).stdout.split()
    states = [Path(f"/proc/{p}/stat").read_text().split(") ")[1][0] for p in alive if Path(f"/proc/{p}").exists()]
    assert all(st == "Z" for st in states), f"the snippet's child still runs: {alive}"


# ----------------------------------------------------------------------------- bad input


@pytest.mark.parametrize("requires, message", [
    ("# Requires:\n", "malformed"),
    ("# Requires: a.py b.py\n", "malformed"),
    ("# Requires: ../../etc/passwd\n", "outside snippets/"),
    ("# Requires: README.md\n", "names no snippet"),
])
def test_bad_requires_lines_are_clear_errors(tmp_path, monkeypatch, requires, message):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    (tmp_path / "README.md").write_text("x")
    with pytest.raises(runner.UsageError, match=message):
        make(tmp_path, "q_tf2.py", requires).chain()


def test_a_requires_cycle_is_named(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    make(tmp_path, "a_tf2.py", "# Requires: b_tf2.py\n")
    b = make(tmp_path, "b_tf2.py", "# Requires: a_tf2.py\n")
    with pytest.raises(runner.UsageError, match="cycle: b_tf2.py -> a_tf2.py -> b_tf2.py"):
        b.chain()


@pytest.mark.parametrize("args, message", [
    (["--timeout", "abc", "snippets/about"], "not a number"),
    (["--timeout", "0", "snippets/about"], "positive"),
    (["--timeout", "nan", "snippets/about"], "positive"),
    (["--runtime", "tf9", "snippets/about"], "invalid choice"),
])
def test_bad_flags_exit_2_with_one_line(args, message):
    proc = subprocess.run([sys.executable, "tools/snippet_runner.py", *args], capture_output=True, text=True,
                          cwd=runner.ROOT)
    assert proc.returncode == 2 and message in proc.stderr and proc.stdout == ""


def test_an_empty_folder_is_an_error_not_a_pass(tmp_path):
    empty = model.SNIPPETS / "empty-folder-for-a-test"
    empty.mkdir()
    try:
        proc = subprocess.run([sys.executable, "tools/snippet_runner.py", str(empty)], capture_output=True,
                              text=True, cwd=runner.ROOT)
    finally:
        empty.rmdir()
    assert proc.returncode == 2 and "no snippets" in proc.stderr


@pytest.mark.skipif(not model.TF1.python.exists(), reason="make creates .venv-tf1")
def test_a_prerequisite_that_cannot_run_on_tf1_15_runs_on_its_own_runtime(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    make(tmp_path, "writer_tf2.py", "import tensorflow as tf\nopen('v.txt', 'w').write(tf.__version__)\n", out="")
    reader = make(tmp_path, "reader_tf1.py", "# Requires: writer_tf2.py\nimport tensorflow as tf\n"
                  "print(open('v.txt').read(), 'read by', tf.__version__)\n",
                  out=f"{model.PINNED.release} read by {model.PINNED.release}\n")
    (tmp_path / "reader_tf1@tf1.15.out").write_text(f"{model.PINNED.release} read by {model.TF1.release}\n")
    assert problems(reader, runtime=model.TF1) == ""
    assert problems(reader) == ""


# ----------------------------------------------------------------------------- consumer runtimes


def test_a_runtime_zygote_imports_what_the_runtime_names(tmp_path):
    # A consumer's venv (OpenCV, say) has no TensorFlow: its zygote preloads its own modules instead.
    numpy_only = model.Runtime("numpy-only", ".venv", "tensorflow", title="numpy", preload=("numpy", "json"))
    s = make(tmp_path, "pre_tf2.py", "import sys\nprint('json' in sys.modules, 'tensorflow' in sys.modules)\n",
             out="True False\n")
    assert problems(s, runtime=numpy_only) == ""
    assert problems(s) != ""  # the pinned runtime's zygote has imported TensorFlow


def test_every_consumer_runtime_is_pinned_and_labelled_by_its_own_package():
    consumers = [rt for rt in model.RUNTIMES.values() if not rt.is_tensorflow]
    assert {rt.name for rt in consumers} >= {"opencv", "tfjs", "onnx2tf", "serving"}
    for rt in consumers:
        assert rt.release[0].isdigit() and rt.label == f"{rt.title} {'.'.join(rt.release.split('.')[:2])}"
    assert model.PINNED.label == "TF " + ".".join(model.PINNED.release.split(".")[:2])


def test_a_snippet_that_never_runs_on_the_pinned_release_keeps_its_output_in_name_out(tmp_path):
    s = make(tmp_path, "only_tf2.py", "# Runtime: tf2.15\nprint('x')\n")
    assert s.primary == model.TF215 and s.expected(model.TF215) == s.expected()
    runner.update(runner.Result(s, model.TF215, 0, "x\n", "", 0.0, tmp_path, []))
    assert (tmp_path / "only_tf2.out").read_text() == "x\n" and not list(tmp_path.glob("*@*"))
    assert not s.differs_on(model.TF215)


def test_an_npm_folder_under_snippets_holds_no_snippets(tmp_path, monkeypatch):
    monkeypatch.setattr(model, "SNIPPETS", tmp_path)
    (tmp_path / "deploy" / "node" / "node_modules" / "pkg").mkdir(parents=True)
    (tmp_path / "deploy" / "node" / "node_modules" / "pkg" / "build.sh").write_text("true\n")
    (tmp_path / "deploy" / "use_node.sh").write_text("true\n")
    assert [s.rel for s in model.discover([tmp_path])] == ["deploy/use_node.sh"]
