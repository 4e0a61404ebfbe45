"""Run the site's snippets the way a reader would, and compare them with their expected output.

Every snippet runs in a fresh process, in an empty working folder of its own, with HOME and TMPDIR
pointing at empty folders beside it, no network, and the pinned TensorFlow. A cold
``import tensorflow`` costs seconds, so by default the process is forked from a "zygote" that has
already imported TensorFlow and Keras but has run nothing (``--mode fork``); ``--mode spawn``
starts a new interpreter per snippet instead. Both run the same child code, so they must agree.

Usage:
    python tools/snippet_runner.py [--mode fork|spawn] [--update] [--keep] FILE_OR_DIR...

Without --update it exits 1 if any snippet differs from its ``.out`` / ``.err``; with --update it
rewrites those files from the run instead (review the diff before committing).
"""

from __future__ import annotations

import argparse
import atexit
import dataclasses
import difflib
import json
import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
PWD_PLACEHOLDER = "$PWD"
SITE_PACKAGES = sysconfig.get_paths()["purelib"]
DEFAULT_TIMEOUT = 300.0
# Keras writes ~/.keras/keras.json when first imported; that is Keras's doing, not the snippet's,
# so it gets a folder of its own outside the sandbox that the write checks look at.
KERAS_HOME = Path(tempfile.gettempdir()) / "tf-snippets-keras-home"

REQUIRES_RE = re.compile(r"^#\s*Requires:\s*(\S+)\s*$", re.MULTILINE)
# Lines TensorFlow's C++ runtime writes to stderr (absl log format), never part of an error.
LOG_LINE_RE = re.compile(r"^([IWEF]\d{4} \d\d:\d\d:\d\d|WARNING: All log messages before absl)")
DEPRECATION_RE = re.compile(r"deprecat", re.IGNORECASE)
# TensorFlow names the machine in some errors ("... in binary running on <host>").
HOST_RE = re.compile(r"(running on )" + re.escape(socket.gethostname()) + r"\b")
# Stack frames of this runner and of runpy, with the source line Python prints under each.
RUNNER_FRAME_RE = re.compile(
    r'^[ \t]*File "(?:[^"\n]*snippet_runner\.py|<frozen runpy>)", line \d+, in [^\n]*\n'
    r'(?:[ \t]+(?![ \t]|File ")[^\n]*\n)*', re.MULTILINE)
# Snippet styles that must not print TensorFlow's deprecation warnings.
CURRENT_STYLES = ("tf2", "keras")


class UsageError(Exception):
    """A bad path or flag: reported plainly, nothing is run or written."""


# --------------------------------------------------------------------------- snippets


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: Path

    @property
    def rel(self) -> str:
        """The path as pages include it (relative to snippets/)."""
        try:
            return self.path.relative_to(SNIPPETS).as_posix()
        except ValueError:  # a snippet made by a test, outside snippets/
            return self.path.as_posix()

    @property
    def kind(self) -> str:
        return "sh" if self.path.suffix == ".sh" else "py"

    @property
    def style(self) -> str | None:
        stem = self.path.stem
        if stem.endswith("_tf1"):
            return "tf1"
        if stem.endswith("_tf2"):
            return "tf2"
        if stem.endswith("_keras"):
            return "keras"
        return None

    @property
    def out_file(self) -> Path:
        return self.path.with_suffix(".out")

    @property
    def err_file(self) -> Path:
        return self.path.with_suffix(".err")

    @property
    def expects_failure(self) -> bool:
        return self.err_file.exists()

    def digest(self) -> str:
        """What a recorded result was for: the snippet, its prerequisites and expected output."""
        import hashlib

        h = hashlib.sha256()
        for step in self.chain():
            for f in (step.path, step.out_file, step.err_file):
                h.update(f.name.encode() + b"\0" + (f.read_bytes() if f.exists() else b"") + b"\0")
        return h.hexdigest()[:16]

    def requires(self) -> list["Snippet"]:
        found = []
        for rel in REQUIRES_RE.findall(self.path.read_text(encoding="utf-8")):
            target = SNIPPETS / rel
            if not target.is_file():
                raise UsageError(f"{self.rel}: '# Requires: {rel}' names no file under snippets/")
            found.append(Snippet(target))
        return found

    def chain(self, _seen: tuple[Path, ...] = ()) -> list["Snippet"]:
        """Prerequisites first (depth first, each once), then the snippet itself."""
        if self.path in _seen:
            raise UsageError(f"{self.rel}: '# Requires:' lines form a cycle")
        order: list[Snippet] = []
        for req in self.requires():
            for s in req.chain(_seen + (self.path,)):
                if s not in order:
                    order.append(s)
        order.append(self)
        return order


def discover(paths: list[str] | None = None) -> list[Snippet]:
    """All snippets under the given files or folders (default: all of snippets/), sorted."""
    targets = [Path(p) for p in paths] if paths else [SNIPPETS]
    found: set[Path] = set()
    for t in targets:
        t = t if t.is_absolute() else Path.cwd() / t
        if not t.exists():
            raise UsageError(f"no such file or folder: {t}")
        t = t.resolve()
        if SNIPPETS not in (t, *t.parents):
            raise UsageError(f"not inside {SNIPPETS}: {t}")
        if t.is_dir():
            found.update(p for p in t.rglob("*") if p.suffix in (".py", ".sh") and p.is_file())
        elif t.suffix in (".py", ".sh"):
            found.add(t)
        else:
            raise UsageError(f"not a snippet (.py or .sh): {t}")
    return [Snippet(p) for p in sorted(found)]


# --------------------------------------------------------------------------- child side


def _allowed_write(path, roots: tuple[str, ...]) -> bool:
    if isinstance(path, int):
        return True  # an already open descriptor
    if isinstance(path, bytes):
        path = os.fsdecode(path)
    full = os.path.realpath(os.path.join(os.getcwd(), os.fspath(path)))
    return full.startswith("/dev/") or any(full == r or full.startswith(r + os.sep) for r in roots)


def _install_guards(roots: tuple[str, ...]) -> None:
    """Refuse, from inside the snippet's process, writes outside its folder and network access.

    Python audit hooks see every file open and socket call made from Python code; TensorFlow's own
    C++ file writes are covered by the HOME/TMPDIR checks the parent makes after the run.
    """
    write_flags = os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND | os.O_TRUNC
    path_events = {"os.mkdir", "os.remove", "os.rmdir", "os.symlink", "os.link", "os.truncate",
                   "shutil.rmtree", "os.chmod"}
    local_hosts = {"127.0.0.1", "localhost", "::1", None}

    def hook(event, args):
        bad = None
        if event == "open":
            path, mode, flags = args
            writing = (mode is not None and any(c in mode for c in "wax+")) or (
                mode is None and isinstance(flags, int) and flags & write_flags)
            if writing and not _allowed_write(path, roots):
                bad = path
        elif event in path_events:
            if not _allowed_write(args[0], roots):
                bad = args[0]
        elif event in ("os.rename", "os.replace"):
            for p in args[:2]:
                if not _allowed_write(p, roots):
                    bad = p
        elif event == "socket.connect":
            address = args[1]
            host = address[0] if isinstance(address, tuple) else None
            if host not in local_hosts:
                raise ConnectionRefusedError(f"snippets run without network: connect to {address!r}")
        elif event == "socket.getaddrinfo":
            if args[0] not in local_hosts and args[0] not in (b"localhost", b"127.0.0.1"):
                raise ConnectionRefusedError(f"snippets run without network: lookup of {args[0]!r}")
        if bad is not None:
            raise PermissionError(f"snippet tried to write outside its working folder: {bad}")

    sys.addaudithook(hook)


def _print_exception(exc: BaseException, script: str) -> None:
    """Print a traceback as the interpreter would, without this runner's own frames."""
    import traceback

    tb = exc.__traceback__
    while tb is not None and tb.tb_frame.f_code.co_filename != script:
        tb = tb.tb_next
    traceback.print_exception(type(exc), exc, tb or exc.__traceback__)


def child_main(request: dict) -> int:
    """Runs inside the snippet's own process (forked or spawned); returns the exit code."""
    import runpy
    import tempfile as _tempfile

    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    _tempfile.tempdir = None  # forget a temp folder a parent may have cached
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


def _redirect(stdout_path: str, stderr_path: str) -> None:
    sys.stdout.flush()
    sys.stderr.flush()
    devnull = os.open(os.devnull, os.O_RDONLY)
    os.dup2(devnull, 0)
    for fd, path in ((1, stdout_path), (2, stderr_path)):
        f = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
        os.dup2(f, fd)
        os.close(f)


def zygote_main() -> None:
    """Import TensorFlow once, then fork one child per request read from stdin (JSON lines)."""
    proto_out = os.fdopen(os.dup(1), "w", buffering=1)
    proto_in = sys.stdin
    # Nothing the imports print may corrupt the protocol stream.
    os.dup2(os.open(os.devnull, os.O_WRONLY), 1)
    import keras  # noqa: F401
    import numpy  # noqa: F401
    import tensorflow  # noqa: F401

    proto_out.write(json.dumps({"ready": True}) + "\n")
    for line in proto_in:
        request = json.loads(line)
        start = time.monotonic()
        pid = os.fork()
        if pid == 0:
            code = 1
            try:
                os.setsid()
                _redirect(request["stdout"], request["stderr"])
                code = child_main(request)
            finally:
                os._exit(code)
        status = _wait(pid, request["timeout"])
        proto_out.write(json.dumps({"returncode": status, "seconds": time.monotonic() - start}) + "\n")


def _wait(pid: int, timeout: float) -> int:
    deadline = time.monotonic() + timeout
    delay = 0.002
    while True:
        done, status = os.waitpid(pid, os.WNOHANG)
        if done:
            return os.waitstatus_to_exitcode(status)
        if time.monotonic() > deadline:
            os.killpg(pid, signal.SIGKILL)
            os.waitpid(pid, 0)
            return -signal.SIGKILL
        time.sleep(delay)
        delay = min(delay * 2, 0.05)


# --------------------------------------------------------------------------- parent side


@dataclasses.dataclass
class Result:
    snippet: Snippet
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    workdir: Path
    outside_writes: list[str]
    prerequisite_failed: str | None = None

    @property
    def error_text(self) -> str:
        return extract_error(self.stderr)


def _base_env(sandbox: Path) -> dict:
    venv_bin = str(Path(sys.executable).parent)
    return {
        "PATH": venv_bin + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(sandbox / "home"),
        "TMPDIR": str(sandbox / "tmp"),
        "KERAS_HOME": str(KERAS_HOME),
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_PROXY": "*",
    }


class Zygote:
    """A pre-imported TensorFlow process that forks a fresh child per snippet."""

    def __init__(self) -> None:
        KERAS_HOME.mkdir(parents=True, exist_ok=True)
        env = dict(os.environ, KERAS_HOME=str(KERAS_HOME), PYTHONHASHSEED="0",
                   PYTHONDONTWRITEBYTECODE="1")
        env.pop("TF_CPP_MIN_LOG_LEVEL", None)  # readers see TensorFlow's default logging
        self.proc = subprocess.Popen(
            [sys.executable, __file__, "--zygote"], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL, text=True, env=env, cwd=tempfile.gettempdir())
        ready = self.proc.stdout.readline()
        if not ready:
            raise RuntimeError("the snippet zygote died while importing TensorFlow")
        atexit.register(self.close)

    def run(self, request: dict) -> int:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        reply = self.proc.stdout.readline()
        if not reply:
            raise RuntimeError("the snippet zygote died")
        return json.loads(reply)["returncode"]

    def close(self) -> None:
        if self.proc.poll() is None:
            self.proc.stdin.close()
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()


_zygote: Zygote | None = None


def _get_zygote() -> Zygote:
    global _zygote
    if _zygote is None or _zygote.proc.poll() is not None:
        _zygote = Zygote()
    return _zygote


def _run_one(snippet: Snippet, sandbox: Path, mode: str, timeout: float) -> tuple[int, str, str]:
    work = sandbox / "work"
    out_path, err_path = sandbox / "stdout.txt", sandbox / "stderr.txt"
    env = _base_env(sandbox)
    if snippet.kind == "sh":
        with open(out_path, "wb") as out, open(err_path, "wb") as err:
            try:
                code = subprocess.run(["bash", "-e", str(snippet.path)], cwd=work, env=env,
                                      stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                                      timeout=timeout).returncode
            except subprocess.TimeoutExpired:
                code = -signal.SIGKILL
    else:
        request = {
            "script": str(snippet.path), "cwd": str(work), "env": env, "timeout": timeout,
            "write_roots": [str(work.resolve()), str(KERAS_HOME.resolve())],
            "stdout": str(out_path), "stderr": str(err_path),
        }
        if mode == "fork":
            code = _get_zygote().run(request)
        elif mode == "spawn":
            with open(out_path, "wb") as out, open(err_path, "wb") as err:
                try:
                    code = subprocess.run(
                        [sys.executable, __file__, "--child", json.dumps(request)], cwd=work,
                        env=env, stdin=subprocess.DEVNULL, stdout=out, stderr=err,
                        timeout=timeout).returncode
                except subprocess.TimeoutExpired:
                    code = -signal.SIGKILL
        else:
            raise UsageError(f"unknown mode {mode!r}: use 'fork' or 'spawn'")
    read = lambda p: p.read_text(encoding="utf-8", errors="replace")  # noqa: E731
    return code, read(out_path), read(err_path)


def run(snippet: Snippet, mode: str = "fork", timeout: float = DEFAULT_TIMEOUT,
        keep: bool = False) -> Result:
    """Run a snippet (after its prerequisites, in the same folder) in a fresh sandbox."""
    KERAS_HOME.mkdir(parents=True, exist_ok=True)
    sandbox = Path(tempfile.mkdtemp(prefix="snippet-"))
    for sub in ("work", "home", "tmp"):
        (sandbox / sub).mkdir()
    work = sandbox / "work"
    try:
        start = time.monotonic()
        failed_prereq = None
        for step in snippet.chain():
            code, out, err = _run_one(step, sandbox, mode, timeout)
            if step != snippet and code != 0:
                failed_prereq = f"{step.rel} exited {code}: {extract_error(err)}"
                break
        seconds = time.monotonic() - start
        outside = sorted(
            str(p.relative_to(sandbox)) for sub in ("home", "tmp") for p in (sandbox / sub).rglob("*"))
        return Result(snippet, code, normalize(out, work, snippet.path),
                      normalize(err, work, snippet.path), seconds, work,
                      outside, failed_prereq)
    finally:
        if not keep:
            shutil.rmtree(sandbox, ignore_errors=True)


def normalize(text: str, work: Path, script: Path | None = None) -> str:
    """Stable text: the script's path written as its file name (as `python file.py` in its own
    folder shows it), the working folder's as $PWD, no trailing blanks."""
    if script is not None:
        text = text.replace(str(script), script.name)
    text = text.replace(SITE_PACKAGES, "/…/site-packages")  # differs from machine to machine
    text = HOST_RE.sub(r"\1$HOSTNAME", text)
    text = RUNNER_FRAME_RE.sub("", text)  # frames a plain `python file.py` would not have
    for p in {str(work.resolve()), str(work)}:
        text = text.replace(p, PWD_PLACEHOLDER)
    lines = [line.rstrip() for line in text.splitlines()]
    while lines and not lines[-1]:
        lines.pop()
    return "\n".join(lines) + "\n" if lines else ""


def extract_error(stderr: str) -> str:
    """The exception that ended the last traceback, or the last line a failing command printed."""
    lines = [l for l in stderr.splitlines() if not LOG_LINE_RE.match(l)]
    starts = [i for i, l in enumerate(lines) if l.startswith("Traceback (most recent call last):")]
    if starts:
        rest = lines[starts[-1] + 1:]
        i = 0
        while i < len(rest) and (rest[i].startswith((" ", "\t")) or not rest[i]):
            i += 1
        text = "\n".join(rest[i:]).rstrip()
        return text + "\n" if text else ""
    tail = [l for l in lines if l.strip()]
    return tail[-1].rstrip() + "\n" if tail else ""


def check(result: Result) -> list[str]:
    """Everything that is wrong with a run, as plain sentences (empty: the snippet passes)."""
    s = result.snippet
    problems = []
    if result.prerequisite_failed:
        return [f"prerequisite failed: {result.prerequisite_failed}"]
    if result.returncode < 0:
        problems.append(f"killed by signal {-result.returncode} (timeout?)")
    if s.expects_failure:
        if result.returncode == 0:
            problems.append(f"expected to fail as {s.err_file.name} says, but exited 0")
        expected = s.err_file.read_text(encoding="utf-8")
        if result.error_text != expected:
            problems.append("error differs from " + s.err_file.name + ":\n"
                            + _diff(expected, result.error_text))
    elif result.returncode != 0:
        problems.append(f"exited {result.returncode}:\n{result.stderr[-3000:]}")
    if not s.out_file.exists():
        problems.append(f"{s.out_file.name} is missing (run with --update to create it)")
    else:
        expected = s.out_file.read_text(encoding="utf-8")
        if result.stdout != expected:
            problems.append("stdout differs from " + s.out_file.name + ":\n"
                            + _diff(expected, result.stdout))
    if result.outside_writes:
        problems.append("wrote outside its working folder: " + ", ".join(result.outside_writes))
    if s.style in CURRENT_STYLES:
        dep = [l for l in result.stderr.splitlines() if DEPRECATION_RE.search(l)]
        if dep:
            problems.append(f"{s.style.upper()} snippet printed deprecation warnings:\n" + "\n".join(dep[:5]))
    return problems


# A run "differs" when the snippet behaves as expected (exit status, no writes outside) but prints
# other text, e.g. another release's file sizes or wording; anything else wrong is a "fail".
_DIFFERS = ("stdout differs", "error differs", "TF2 snippet printed deprecation",
            "KERAS snippet printed deprecation")


def status_of(problems: list[str]) -> str:
    if not problems:
        return "pass"
    if any(p.startswith(("exited", "prerequisite failed")) and "ModuleNotFoundError" in p
           for p in problems):
        return "n/a"  # a package this release's environment does not have (e.g. a converter)
    return "differs" if all(p.startswith(_DIFFERS) for p in problems) else "fail"


def environment() -> dict:
    """Versions of what the snippets ran with (read without importing TensorFlow here)."""
    from importlib import metadata

    def version(dist):
        try:
            return metadata.version(dist)
        except metadata.PackageNotFoundError:
            return None
    return {"tensorflow": version("tensorflow-cpu") or version("tensorflow"),
            "keras": version("keras"), "numpy": version("numpy"),
            "python": ".".join(map(str, sys.version_info[:2]))}


def update(result: Result) -> None:
    s = result.snippet
    s.out_file.write_text(result.stdout, encoding="utf-8")
    if result.returncode != 0:
        s.err_file.write_text(result.error_text, encoding="utf-8")
    elif s.err_file.exists():
        s.err_file.unlink()


def _diff(expected: str, actual: str) -> str:
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "expected", "actual")) or "(differs only in line endings)"


# --------------------------------------------------------------------------- command line


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR",
                        help="snippet files or folders under snippets/")
    parser.add_argument("--mode", choices=("fork", "spawn"), default="fork")
    parser.add_argument("--update", action="store_true",
                        help="rewrite each snippet's .out/.err from this run")
    parser.add_argument("--keep", action="store_true", help="keep the working folders")
    parser.add_argument("--timeout", type=float, default=DEFAULT_TIMEOUT)
    parser.add_argument("--report", metavar="FILE.json",
                        help="also write each snippet's status (pass / differs / fail) as JSON")
    args = parser.parse_args(argv)
    if args.report and not Path(args.report).resolve().parent.is_dir():
        parser.exit(2, f"{parser.prog}: error: --report: no such folder: {Path(args.report).parent}\n")
    if args.report and args.update:
        parser.exit(2, f"{parser.prog}: error: --report and --update do not go together\n")
    try:
        snippets = discover(args.paths)
        for s in snippets:
            s.chain()  # validate every Requires: line before running anything
    except UsageError as e:
        parser.exit(2, f"{parser.prog}: error: {e}\n")
    failures = 0
    report = {}
    for s in snippets:
        result = run(s, mode=args.mode, timeout=args.timeout, keep=args.keep)
        if args.update and not result.prerequisite_failed:
            update(result)
        problems = check(result)
        failures += bool(problems)
        status = "FAIL" if problems else "ok  "
        print(f"{status} {result.seconds:6.2f}s  {s.rel}" + (f"  [{result.workdir}]" if args.keep else ""))
        for p in problems:
            print("      " + p.replace("\n", "\n      "))
        report[s.rel] = {"status": status_of(problems), "sha256": s.digest(),
                         "detail": problems[0][:2000] if problems else ""}
    if args.report:
        Path(args.report).write_text(json.dumps(environment() | {"snippets": report}, indent=1,
                                                ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(snippets) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[1] == "--zygote":
        zygote_main()
    elif len(sys.argv) > 2 and sys.argv[1] == "--child":
        sys.exit(child_main(json.loads(sys.argv[2])))
    else:
        sys.exit(main())
