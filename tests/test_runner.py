"""The snippet runner catches what the site promises a snippet never does."""

import subprocess
import sys
import textwrap

import pytest

import snippet_runner as runner


def make(tmp_path, name, code, out=None, err=None):
    path = tmp_path / name
    path.write_text(textwrap.dedent(code))
    if out is not None:
        path.with_suffix(".out").write_text(out)
    if err is not None:
        path.with_suffix(".err").write_text(err)
    return runner.Snippet(path)


def problems(snippet, mode="fork"):
    return "\n".join(runner.check(runner.run(snippet, mode=mode)))


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


def test_writing_into_home_or_tmp_fails(tmp_path):
    s = make(tmp_path, "h.sh", "echo x > \"$HOME/leak\"; echo y > \"$TMPDIR/leak\"\n", out="")
    assert "wrote outside its working folder: home/leak, tmp/leak" in problems(s)


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
    monkeypatch.setattr(runner, "SNIPPETS", tmp_path)
    make(tmp_path, "first_tf2.py", "open('made.txt', 'w').write('hello')\n", out="")
    s = make(tmp_path, "second_tf2.py", "# Requires: first_tf2.py\nprint(open('made.txt').read())\n",
             out="hello\n")
    assert problems(s) == ""


def test_requires_naming_no_file_is_a_clear_error(tmp_path, monkeypatch):
    monkeypatch.setattr(runner, "SNIPPETS", tmp_path)
    s = make(tmp_path, "x_tf2.py", "# Requires: nowhere.py\n")
    with pytest.raises(runner.UsageError, match="names no file"):
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
    assert runner.check(fork) == runner.check(spawn) == []


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
