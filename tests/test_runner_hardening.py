"""Hostile snippets: every way out of the snippet's folder that a probe found is blocked or reported,
in fork and spawn mode. The runner is test isolation, not a sandbox for untrusted code; these tests
say how far the isolation goes. No test sends traffic anywhere: the network routes run only where
the snippet's network namespace has loopback alone, which the first test checks."""

import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

import snippet_model as model
import snippet_runner as runner

MODES = ["fork", "spawn"]


@pytest.fixture
def target(tmp_path):
    # tmp_path is outside /tmp (tests/conftest.py), so a snippet sees it, read-only at most.
    folder = tmp_path / "outside"
    folder.mkdir()
    (folder / "victim.txt").write_text("untouched")
    return folder


def make(tmp_path, name, code, out=None):
    path = tmp_path / name
    path.write_text(textwrap.dedent(code))
    if out is not None:
        path.with_suffix(".out").write_text(out)
    return model.Snippet(path)


def untouched(target: Path) -> bool:
    return sorted(p.name for p in target.iterdir()) == ["victim.txt"] and \
        (target / "victim.txt").read_text() == "untouched"


bwrap_only = pytest.mark.skipif(runner.isolation() != "bwrap",
                                reason="without bubblewrap there is no network namespace to run this in")


# ----------------------------------------------------------------------------- writes

WRITES = {
    "subprocess": "import subprocess\nsubprocess.run(['sh', '-c', 'echo x > {t}/new.txt'])",
    "os.system": "import os\nos.system('echo x > {t}/new.txt')",
    "ctypes open": "import ctypes, os\nlibc = ctypes.CDLL(None)\n"
                   "libc.open(b'{t}/new.txt', os.O_WRONLY | os.O_CREAT, 0o644)",
    "symlink out": "import os\nos.symlink('{t}', 'link')\nopen('link/new.txt', 'w').write('x')",
    "hard link": "import os\nos.link('{t}/victim.txt', 'here.txt')\nopen('here.txt', 'w').write('changed')",
    "dir_fd": "import os\nfd = os.open('{t}', os.O_RDONLY)\nos.open('new.txt', os.O_WRONLY | os.O_CREAT, dir_fd=fd)",
    "tf.io.write_file": "import tensorflow as tf\ntf.io.write_file('{t}/new.txt', 'x')",
    "tf.io.gfile.remove": "import tensorflow as tf\ntf.io.gfile.remove('{t}/victim.txt')",
    "utime": "import os\nos.utime('{t}/victim.txt', (0, 0))",
    "chmod": "import os\nos.chmod('{t}/victim.txt', 0o777)",
    "mkfifo": "import os\nos.mkfifo('{t}/fifo')",
    "sqlite3": "import sqlite3\nsqlite3.connect('{t}/db.sqlite').execute('create table t (x)')",
    "h5py": "import h5py\nh5py.File('{t}/new.h5', 'w').close()",
    "rename into": "open('mine.txt', 'w').write('x')\nimport shutil\nshutil.move('mine.txt', '{t}/new.txt')",
    "guard patched": "import os.path\nos.path.realpath = lambda p: '/nowhere/at/all'\nopen('{t}/new.txt', 'w').write('x')",
    "audit hooks cleared via gc": "import gc, sys\n[setattr(f, '__code__', (lambda *a: None).__code__) for f in gc.get_objects()"
                                  " if getattr(f, '__name__', '') == 'hook']\nopen('{t}/new.txt', 'w').write('x')",
}


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("route", WRITES)
def test_a_write_outside_the_folder_is_blocked_or_reported(tmp_path, target, route, mode):
    s = make(tmp_path, "w_tf2.py", WRITES[route].format(t=target) + "\nprint('done')\n", out="done\n")
    result = runner.run(s, mode=mode)
    assert untouched(target) or result.problems, f"{route}: wrote outside and passed"
    assert untouched(target), f"{route}: changed {sorted(p.name for p in target.iterdir())}"


def test_writes_through_a_shell_snippet_are_blocked_too(tmp_path, target):
    s = make(tmp_path, "w.sh", f"echo x > {target}/new.txt\necho done\n", out="done\n")
    result = runner.run(s)
    assert untouched(target) and result.problems


def test_dev_shm_is_the_snippets_own(tmp_path):
    marker = Path("/dev/shm") / f"hardening-{os.getpid()}-{tmp_path.name}"
    s = make(tmp_path, "shm_tf2.py", f"open({str(marker)!r}, 'w').write('x')\n", out="")
    runner.run(s)
    assert not marker.exists()


# ----------------------------------------------------------------------------- network


@bwrap_only
@pytest.mark.parametrize("mode", MODES)
def test_a_snippet_sees_loopback_only(tmp_path, mode):
    s = make(tmp_path, "if_tf2.py", "import socket\nprint(sorted(n for _, n in socket.if_nameindex()))\n",
             out="['lo']\n")
    assert runner.run(s, mode=mode).problems == []


NETWORK = {
    "udp sendto": "import socket\nsocket.socket(socket.AF_INET, socket.SOCK_DGRAM).sendto(b'x', ('192.0.2.1', 53))",
    "dns lookup": "import socket\nsocket.getaddrinfo('example.invalid', 80)",
    "ctypes connect": "import ctypes, socket\ns = socket.socket()\nlibc = ctypes.CDLL(None)\n"
                      "addr = bytes([2, 0, 0, 80, 192, 0, 2, 1]) + bytes(8)\n"
                      "assert libc.connect(s.fileno(), addr, 16) == 0, 'connect failed'",
    "unix socket of the host": "import socket\ns = socket.socket(socket.AF_UNIX)\ns.connect('/run/dbus/system_bus_socket')",
}


@bwrap_only
@pytest.mark.parametrize("route", NETWORK)
def test_network_routes_fail(tmp_path, route):
    s = make(tmp_path, "n_tf2.py", NETWORK[route] + "\nprint('reached')\n", out="reached\n")
    result = runner.run(s)
    assert result.returncode != 0 and result.problems, f"{route}: got through"


@bwrap_only
@pytest.mark.parametrize("command", ["curl -sS -m 3 http://192.0.2.1/", "exec 3<>/dev/tcp/192.0.2.1/80"])
def test_shell_snippets_have_no_network_either(tmp_path, command):
    s = make(tmp_path, "net.sh", command + "\necho reached\n", out="reached\n")
    result = runner.run(s, timeout=30)
    assert "reached" not in result.stdout and result.problems


# ----------------------------------------------------------------------------- processes


@pytest.mark.parametrize("mode", MODES)
def test_a_daemon_dies_with_its_snippet_after_a_timeout_too(tmp_path, mode):
    # Found by its command line: inside the sandbox the snippet sees pids of its own namespace.
    seconds = f"{300 + os.getpid() % 1000}.{len(mode)}"
    s = make(tmp_path, "d_tf2.py", "import subprocess, time\n"
             f"subprocess.Popen(['sleep', '{seconds}'], start_new_session=True)\ntime.sleep(60)\n")
    result = runner.run(s, mode=mode, timeout=3)
    assert result.timed_out
    time.sleep(0.5)
    alive = subprocess.run(["pgrep", "-f", f"sleep {seconds}"], capture_output=True, text=True).stdout.split()
    states = [Path(f"/proc/{p}/stat").read_text().split(") ")[1][0] for p in alive if Path(f"/proc/{p}").exists()]
    assert all(st == "Z" for st in states), "a daemon in a session of its own survived its snippet"


def test_sigterm_to_the_runner_ends_the_snippet(tmp_path):
    s = make(tmp_path, "slow_tf2.py", "import time\nprint('started', flush=True)\ntime.sleep(300)\n")
    proc = subprocess.Popen([sys.executable, str(model.ROOT / "tools" / "snippet_runner.py"), str(s.path)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    time.sleep(15)  # the zygote imports TensorFlow, then the snippet starts
    before = subprocess.run(["pgrep", "-f", "sleep(300)|slow_tf2.py"], capture_output=True, text=True).stdout
    proc.send_signal(signal.SIGTERM)
    proc.wait(timeout=30)
    time.sleep(1)
    after = subprocess.run(["pgrep", "-f", "snippet_child.py --zygote"], capture_output=True, text=True).stdout
    assert proc.returncode != 0
    assert not set(after.split()) & set(before.split()), "the snippet outlived the runner"


def test_a_snippet_that_stops_the_zygote_is_reported_and_the_next_one_runs(tmp_path):
    s = make(tmp_path, "stop_tf2.py", "import os, signal\nos.kill(os.getppid(), signal.SIGSTOP)\n", out="")
    result = runner.run(s, timeout=5)
    assert result.problems and "zygote" in result.stderr
    ok = make(tmp_path, "after_tf2.py", "print('fine')\n", out="fine\n")
    assert runner.run(ok).problems == []


def test_a_forged_reply_on_the_runners_pipe_changes_nothing(tmp_path):
    # The zygote's protocol pipe is closed in each child: there is no fd 3.. to forge a reply on.
    s = make(tmp_path, "forge_tf2.py", "import os\n"
             "fds = sorted(int(f) for f in os.listdir('/proc/self/fd') if int(f) > 2)\n"
             "for fd in fds:\n    try:\n        os.write(fd, b'{\"returncode\": 0}\\n')\n    except OSError:\n        pass\n"
             "raise SystemExit(3)\n", out="")
    result = runner.run(s)
    assert result.returncode == 3 and result.problems


# ----------------------------------------------------------------------------- output and hangs


@pytest.mark.parametrize("mode", MODES)
def test_a_flood_is_capped_and_reported(tmp_path, mode):
    s = make(tmp_path, "flood_tf2.py", "import sys\nfor _ in range(64):\n    sys.stdout.write('x' * (1 << 20))\n", out="")
    result = runner.run(s, mode=mode)
    assert len(result.stdout) <= runner.OUTPUT_CAP + 1
    assert any(p.kind == runner.Kind.OUTPUT_CAP for p in result.problems)


def test_the_isolation_in_force_is_said_in_one_line():
    assert runner.isolation() in ("bwrap", "guard")


@pytest.mark.skipif(runner.isolation() != "bwrap", reason="bubblewrap only")
def test_a_checkout_under_tmp_stays_visible_read_only(tmp_path, monkeypatch):
    # Each snippet gets an empty /tmp: a clone in /tmp/x would vanish with it (every snippet
    # failed that way), so the checkout is shown again, read-only, on top of the empty /tmp.
    clone = Path("/tmp") / f"checkout-{os.getpid()}"
    (clone / "tools").mkdir(parents=True, exist_ok=True)
    try:
        (clone / "tools" / "mark.txt").write_text("here\n")
        monkeypatch.setattr(runner, "ROOT", clone)
        cmd = runner._isolated(["sh", "-c", f"cat {clone}/tools/mark.txt; touch {clone}/w 2>/dev/null || echo ro; "
                                            "ls /tmp | grep -v checkout- | wc -l"], tmp_path)
        assert subprocess.run(cmd, capture_output=True, text=True).stdout.split() == ["here", "ro", "0"]
    finally:
        import shutil
        shutil.rmtree(clone)
