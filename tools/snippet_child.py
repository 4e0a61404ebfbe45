"""The snippet's side of tools/snippet_runner.py: what runs inside the snippet's own process.

It runs under every runtime's interpreter, TensorFlow 1.15's Python 3.7 included, so it uses
nothing newer than Python 3.7 and imports nothing of the runner's.

    python snippet_child.py --zygote [M1,M2]   import TensorFlow (or modules M1, M2) once, then fork
                                               one child per request read from stdin (JSON lines)
    python snippet_child.py --child REQUEST    run one snippet in this process

This is test isolation, not a sandbox: it keeps honest snippets from disturbing each other and
reports the mistakes a snippet author makes; it does not contain hostile code.
"""

import json
import os
import signal
import sys
import time

WRITE_FLAGS = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
PATH_EVENTS = {"os.mkdir", "os.remove", "os.rmdir", "os.symlink", "os.link", "os.truncate",
               "shutil.rmtree", "os.chmod", "os.chown", "os.utime", "os.mkfifo", "os.mknod"}
LOCAL_HOSTS = {"127.0.0.1", "localhost", "::1", None}


def _allowed_write(path, roots):
    if isinstance(path, int):
        return True  # an already open descriptor
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    full = os.path.realpath(os.path.join(os.getcwd(), os.fspath(path)))
    return full.startswith("/dev/") and not full.startswith("/dev/shm") or any(
        full == r or full.startswith(r + os.sep) for r in roots)


def _install_guards(roots):
    """Refuse, from inside the snippet's process, writes outside its folder and network access.

    Python audit hooks (3.8+) see file opens and socket calls made from Python code. TensorFlow's
    C++ file I/O, subprocesses and TF 1.15's Python 3.7 are not covered: the parent's checks of
    HOME and TMPDIR after the run are the only guard there.
    """
    if not hasattr(sys, "addaudithook"):
        return

    def hook(event, args):
        bad = None
        if event == "open":
            path, mode, flags = args
            writing = (mode is not None and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & WRITE_FLAGS)
            if writing and not _allowed_write(path, roots):
                bad = path
        elif event in PATH_EVENTS:
            if not _allowed_write(args[0], roots):
                bad = args[0]
        elif event in ("os.rename", "os.replace"):
            for p in args[:2]:
                if not _allowed_write(p, roots):
                    bad = p
        elif event in ("socket.connect", "socket.sendto"):
            address = args[1]
            host = address[0] if isinstance(address, tuple) else None
            if host not in LOCAL_HOSTS:
                raise ConnectionRefusedError("snippets run without network: connect to %r" % (address,))
        elif event in ("socket.getaddrinfo", "socket.gethostbyname", "socket.gethostbyaddr"):
            host = args[0].decode() if isinstance(args[0], bytes) else args[0]
            if host not in LOCAL_HOSTS:
                raise ConnectionRefusedError("snippets run without network: lookup of %r" % (args[0],))
        if bad is not None:
            raise PermissionError("snippet tried to write outside its working folder: %s" % (bad,))

    sys.addaudithook(hook)


def _print_exception(exc, script):
    """Print a traceback as the interpreter would, without this module's own frames."""
    import traceback

    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != script:
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb or exc.__traceback__)


def child_main(request):
    """Runs inside the snippet's own process (forked or spawned); returns the exit code."""
    import atexit
    import runpy
    import tempfile

    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    tempfile.tempdir = None  # forget a temp folder a parent may have cached
    script = request["script"]
    sys.argv = [script]
    sys.path[0] = os.path.dirname(script)
    _install_guards(tuple(request["write_roots"]))
    code = 0
    try:
        runpy.run_path(script, run_name="__main__")
    except SystemExit as e:
        code = e.code if isinstance(e.code, int) else (0 if e.code is None else 1)
        if not isinstance(e.code, (int, type(None))):
            print(e.code, file=sys.stderr)
    except BaseException as e:  # noqa: BLE001 - report anything, like the interpreter does
        _print_exception(e, script)
        code = 1
    try:
        atexit._run_exitfuncs()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
    return code


def _redirect(stdout_path, stderr_path):
    sys.stdout.flush()
    sys.stderr.flush()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    for fd, path in ((1, stdout_path), (2, stderr_path)):
        f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(f, fd)
        os.close(f)


def _exit_code(status):
    if os.WIFSIGNALED(status):
        return -os.WTERMSIG(status)
    return os.WEXITSTATUS(status)


def wait(pid, timeout):
    """Wait for a child; kill its whole process group when it exits or times out.

    Returns (exit code, timed out). Whatever the snippet started in its group dies with it.
    """
    deadline = time.monotonic() + timeout
    delay = 0.002
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            _killpg(pid)
            return _exit_code(status), False
        if time.monotonic() > deadline:
            _killpg(pid)
            os.waitpid(pid, 0)
            return -signal.SIGKILL, True
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


def _kill_strays():
    """In a pid namespace of its own (bubblewrap), kill whatever a snippet left running: every
    process but the namespace's init and this zygote. Daemons in sessions of their own included."""
    if os.environ.get("SNIPPET_OWN_PID_NAMESPACE") != "1":
        return
    me = os.getpid()
    for name in os.listdir("/proc"):
        if name.isdigit() and int(name) not in (1, me):
            try:
                os.kill(int(name), signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass


def _killpg(pgid):
    try:
        os.killpg(pgid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass


def zygote_main(preload):
    """Import TensorFlow (or what the runtime's snippets use: `preload`) once, then fork one child
    per request read from stdin (JSON lines)."""
    import importlib

    proto_out = os.fdopen(os.dup(1), "w", buffering=1)
    proto_in = sys.stdin
    # Nothing the imports print may corrupt the protocol stream.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    for name in preload:
        importlib.import_module(name)
    if "tensorflow" in preload:
        try:
            import keras  # noqa: F401  # Keras 3 beside TF 2.16+; TF 1.15 has none
        except ImportError:
            pass

    proto_out.write(json.dumps({"ready": True}) + "\n")
    for line in proto_in:
        request = json.loads(line)
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.close(proto_out.fileno())  # the snippet cannot answer for the zygote
                os.setsid()
                _redirect(request["stdout"], request["stderr"])
                code = child_main(request)
            finally:
                os._exit(code)
        proto_out.write(json.dumps({"started": pid}) + "\n")  # so that the runner can end it
        code, timed_out = wait(pid, request["timeout"])
        _kill_strays()
        proto_out.write(json.dumps({"returncode": code, "timed_out": timed_out,
                                    "seconds": time.monotonic() - start}) + "\n")


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--zygote":
        zygote_main(sys.argv[2].split(",") if len(sys.argv) > 2 else ["numpy", "tensorflow"])
    elif len(sys.argv) > 2 and sys.argv[1] == "--child":
        sys.exit(child_main(json.loads(sys.argv[2])))
    else:
        sys.exit("usage: snippet_child.py --zygote [MODULE,...] | --child REQUEST_JSON")
