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
