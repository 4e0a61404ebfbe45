"""Run the site's snippets the way a reader would, and compare them with their expected output.

Every snippet runs in a fresh process, in an empty working folder of its own, with HOME, TMPDIR
and KERAS_HOME pointing at empty folders beside it, without network, on each TensorFlow runtime
it names (tools/snippet_model.py: the pinned release, and TensorFlow 1.15.5 for TF1 style). A
cold ``import tensorflow`` costs seconds, so by default the process is forked from a "zygote"
that has already imported TensorFlow but has run nothing (``--mode fork``); ``--mode spawn``
starts a new interpreter per snippet instead. Both run the same child code
(tools/snippet_child.py), so they must agree.

This is test isolation, not a sandbox for untrusted code: it keeps honest snippets from
disturbing each other and reports the mistakes a snippet author makes.

Usage:
    python tools/snippet_runner.py [--runtime NAME] [--mode fork|spawn] [--update] [--keep]
                                   [--timeout S] [--report FILE.json] FILE_OR_DIR...

Without --update it exits 1 if any run differs from its expected output; with --update it
rewrites the expected output of each run instead (review the diff before committing).
"""

from __future__ import annotations

import argparse
import atexit
import dataclasses
import difflib
import enum
import json
import math
import os
import re
import select
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import tempfile
import time
from pathlib import Path

from snippet_model import PINNED, ROOT, RUNTIMES, SNIPPETS, Runtime, Snippet, SnippetError, discover  # noqa: F401

CHILD = Path(__file__).resolve().parent / "snippet_child.py"
PWD_PLACEHOLDER = "$PWD"
DEFAULT_TIMEOUT = 300.0
OUTPUT_CAP = 1 << 20  # bytes of stdout or stderr a snippet may print
SITE_PACKAGES = sysconfig.get_paths()["purelib"]

# Lines TensorFlow's C++ runtime writes to stderr (absl and TF 1.x log formats), never part of an error.
LOG_LINE_RE = re.compile(
    r"^([IWEF]\d{4} \d\d:\d\d:\d\d|WARNING: All log messages before absl|\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d+: [IWEF] )")
DEPRECATION_RE = re.compile(r"deprecat", re.IGNORECASE)
# TensorFlow names the machine in some errors ("... in binary running on <host>").
HOST_RE = re.compile(r"(running on )" + re.escape(socket.gethostname()) + r"\b")
# Stack frames of the runner's child and of runpy, with the source line Python prints under each.
RUNNER_FRAME_RE = re.compile(
    r'^[ \t]*File "(?:[^"\n]*snippet_(?:runner|child)\.py|<frozen runpy>|[^"\n]*/runpy\.py)", line \d+, in [^\n]*\n'
    r'(?:[ \t]+(?![ \t]|File ")[^\n]*\n)*', re.MULTILINE)
# Snippet styles that must not print TensorFlow's deprecation warnings.
CURRENT_STYLES = ("tf2", "keras")

UsageError = SnippetError  # a bad path or flag: reported plainly, nothing is run or written


class RuntimeUnavailable(Exception):
    """A runtime's venv is missing: say how to make it; never count its runs as passed."""


# --------------------------------------------------------------------------- isolation


def _runs_root() -> Path:
    """The one folder this runner writes snippet folders in (each run's folder is made inside);
    removed at exit unless --keep asked to keep the working folders."""
    global _RUNS
    if _RUNS is None:
        _RUNS = Path(tempfile.mkdtemp(prefix="snippet-runs-"))
        atexit.register(lambda: _KEEP or shutil.rmtree(_RUNS, True))
    return _RUNS


_KEEP = False


_RUNS: Path | None = None
_isolation: str | None = None


def isolation() -> str:
    """'bwrap' where bubblewrap works on this machine, else 'guard' (said once, on stderr)."""
    global _isolation
    if _isolation is None:
        bwrap = shutil.which("bwrap")
        ok = bwrap and subprocess.run([bwrap, *_bwrap_args(_runs_root()), "true"],
                                      capture_output=True).returncode == 0
        _isolation = "bwrap" if ok else "guard"
        if not ok:
            print("snippet_runner: bubblewrap is " + ("not installed" if not bwrap else "not usable here")
                  + ": snippets run with the in-process guard only (Python-level writes and sockets; "
                  "no read-only file system, no network namespace)", file=sys.stderr)
    return _isolation


def _bwrap_args(writable: Path) -> list[str]:
    """A read-only view of the machine with `writable` the one folder a snippet may change, its own
    empty /tmp and /run, loopback-only network, its own process tree, dying with the runner."""
    # A checkout (or a Python) under /tmp or /run would vanish under those empty folders: it is
    # shown again, read-only.
    shown = sorted({p for p in (ROOT, Path(sys.prefix).resolve(), Path(sys.base_prefix).resolve())
                    if p.parts[1:2] in (("tmp",), ("run",))})
    return ["--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc", "--tmpfs", "/tmp", "--tmpfs", "/run",
            *[arg for p in shown for arg in ("--ro-bind", str(p), str(p))],
            "--bind", str(writable), str(writable), "--unshare-net", "--unshare-pid", "--unshare-ipc",
            "--unshare-uts", "--die-with-parent", "--new-session"]


def _isolated(cmd: list[str], writable: Path) -> list[str]:
    if isolation() != "bwrap":
        return cmd
    return [shutil.which("bwrap"), *_bwrap_args(writable), *cmd]


# --------------------------------------------------------------------------- typed results


class Status(str, enum.Enum):
    PASS = "pass"        # printed exactly what the page shows
    DIFFERS = "differs"  # behaved as expected (exit status, no writes outside) but printed other text
    FAIL = "fail"        # anything else
    NA = "n/a"           # a package this runtime's environment does not have (e.g. a converter)


class Kind(str, enum.Enum):
    EXIT = "exit"                    # failed where it should pass
    UNEXPECTED_PASS = "unexpected-pass"
    ERROR_DIFFERS = "error-differs"
    STDOUT_DIFFERS = "stdout-differs"
    MISSING_EXPECTED = "missing-expected"
    OUTSIDE_WRITE = "outside-write"
    DEPRECATION = "deprecation"
    TIMEOUT = "timeout"
    PREREQUISITE = "prerequisite"
    OUTPUT_CAP = "output-cap"
    MISSING_MODULE = "missing-module"


DIFFERS_KINDS = {Kind.ERROR_DIFFERS, Kind.STDOUT_DIFFERS, Kind.DEPRECATION}


@dataclasses.dataclass(frozen=True)
class Problem:
    kind: Kind
    message: str
    detail: str = ""  # a diff, or the end of stderr

    def __str__(self) -> str:
        return self.message + (":\n" + self.detail if self.detail else "")


@dataclasses.dataclass
class Result:
    snippet: Snippet
    runtime: Runtime
    returncode: int
    stdout: str
    stderr: str
    seconds: float
    workdir: Path
    outside_writes: list[str]
    timed_out: bool = False
    output_over_cap: list[str] = dataclasses.field(default_factory=list)
    prerequisite: Problem | None = None

    @property
    def error_text(self) -> str:
        return extract_error(self.stderr)

    @property
    def problems(self) -> list[Problem]:
        return check(self)

    @property
    def status(self) -> Status:
        return status_of(self.problems)


# --------------------------------------------------------------------------- running


def _base_env(sandbox: Path, runtime: Runtime) -> dict:
    python = Path(sys.executable) if runtime == PINNED else runtime.python
    return {
        "PATH": str(python.parent) + os.pathsep + os.environ.get("PATH", "/usr/bin:/bin"),
        "HOME": str(sandbox / "home"),
        "TMPDIR": str(sandbox / "tmp"),
        "KERAS_HOME": str(sandbox / "keras"),  # its own keras.json per run
        "LANG": "C.UTF-8",
        "LC_ALL": "C.UTF-8",
        "PYTHONHASHSEED": "0",
        "PYTHONDONTWRITEBYTECODE": "1",
        "NO_PROXY": "*",
    }


def _python(runtime: Runtime) -> Path:
    if runtime == PINNED:
        return Path(sys.executable)  # whichever release runs the runner (make matrix uses others)
    if not runtime.python.exists():
        raise RuntimeUnavailable(
            f"{'TensorFlow runtime' if runtime.is_tensorflow else 'Runtime'} {runtime.name} is missing: "
            f"{runtime.python} does not exist "
            f"(make creates it: `make {runtime.venv}/.installed`)")
    return runtime.python


class Zygote:
    """A pre-imported TensorFlow process of one runtime that forks a fresh child per snippet."""

    def __init__(self, runtime: Runtime) -> None:
        env = dict(os.environ, PYTHONHASHSEED="0", PYTHONDONTWRITEBYTECODE="1",
                   SNIPPET_OWN_PID_NAMESPACE="1" if isolation() == "bwrap" else "0")
        env.pop("TF_CPP_MIN_LOG_LEVEL", None)  # readers see TensorFlow's default logging
        # Importing TensorFlow 2 sets TF2_BEHAVIOR=1 in its process: a TF 1.15 zygote started from
        # such a process (a test that imported TensorFlow) would run in TF2 mode.
        env.pop("TF2_BEHAVIOR", None)
        self.runtime = runtime
        self.child_pid: int | None = None
        self.proc = subprocess.Popen(
            _isolated([str(_python(runtime)), str(CHILD), "--zygote", ",".join(runtime.preload)], _runs_root()),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env,
            cwd=tempfile.gettempdir(), start_new_session=True)
        if not self._readline(600):
            raise RuntimeError(f"the {runtime.name} snippet zygote died while importing {', '.join(runtime.preload)}")
        atexit.register(self.close)

    def _readline(self, timeout: float) -> str:
        ready, _, _ = select.select([self.proc.stdout], [], [], timeout)
        return self.proc.stdout.readline() if ready else ""

    def run(self, request: dict) -> tuple[int, bool]:
        self.proc.stdin.write(json.dumps(request) + "\n")
        self.proc.stdin.flush()
        started = self._readline(30)
        try:
            self.child_pid = int(json.loads(started)["started"])
        except (ValueError, KeyError, TypeError):
            self.close()
            raise ZygoteLost(f"the zygote did not start the snippet: {started[:200]!r}")
        # The zygote kills a child at its timeout; if no answer comes well after that, the
        # snippet has stopped or killed the zygote itself.
        reply = self._readline(request["timeout"] + 15)
        self.child_pid = None
        if not reply:
            self.close()
            raise ZygoteLost("the snippet stopped or killed the runner's zygote")
        try:
            data = json.loads(reply)
            return int(data["returncode"]), bool(data.get("timed_out"))
        except (ValueError, KeyError, TypeError):
            self.close()
            raise ZygoteLost(f"the zygote's reply was not the runner's protocol: {reply[:200]!r}")

    def close(self) -> None:
        # Without bubblewrap the running snippet is in a session of its own, outside the zygote's
        # group. (With it, its pid is the sandbox's own: the sandbox ends with the zygote instead.)
        if self.child_pid and isolation() != "bwrap":
            try:
                os.killpg(self.child_pid, signal.SIGKILL)
            except (ProcessLookupError, PermissionError):
                pass
        if self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()


class ZygoteLost(Exception):
    pass


_zygotes: dict[str, Zygote] = {}


def _zygote(runtime: Runtime) -> Zygote:
    z = _zygotes.get(runtime.name)
    if z is None or z.proc.poll() is not None:
        z = _zygotes[runtime.name] = Zygote(runtime)
    return z


def close_zygotes() -> None:
    for z in _zygotes.values():
        z.close()
    _zygotes.clear()


def _spawn(cmd: list[str], cwd: Path, env: dict, out: Path, err: Path, timeout: float) -> tuple[int, bool]:
    """Run a command in a process group of its own; the whole group dies when it ends."""
    with open(out, "wb") as o, open(err, "wb") as e:
        proc = subprocess.Popen(cmd, cwd=cwd, env=env, stdin=subprocess.DEVNULL, stdout=o, stderr=e,
                                start_new_session=True)
        try:
            code, timed_out = proc.wait(timeout=timeout), False
        except subprocess.TimeoutExpired:
            code, timed_out = -signal.SIGKILL, True
        except BaseException:  # Ctrl-C or SIGTERM of the runner: the snippet dies too
            os.killpg(proc.pid, signal.SIGKILL)
            raise
        finally:
            try:
                os.killpg(proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            proc.wait()
    return code, timed_out


def _run_one(snippet: Snippet, runtime: Runtime, sandbox: Path, mode: str,
             timeout: float) -> tuple[int, bool, str, str, list[str]]:
    work = sandbox / "work"
    out_path, err_path = sandbox / "stdout.txt", sandbox / "stderr.txt"
    env = _base_env(sandbox, runtime)
    python = _python(runtime)
    if snippet.kind == "sh":
        code, timed_out = _spawn(_isolated(["bash", "-e", str(snippet.path)], sandbox), work, env, out_path,
                                 err_path, timeout)
    else:
        request = {
            "script": str(snippet.path), "cwd": str(work), "env": env, "timeout": timeout,
            # TMPDIR is the snippet's scratch space (TensorFlow's autograph and converters write
            # there, as on a reader's machine); HOME is not, and is checked after the run.
            "write_roots": [str(work.resolve()), str((sandbox / "keras").resolve()), str((sandbox / "tmp").resolve())],
            "stdout": str(out_path), "stderr": str(err_path),
        }
        if mode == "fork":
            code, timed_out = _zygote(runtime).run(request)
        elif mode == "spawn":
            code, timed_out = _spawn(_isolated([str(python), str(CHILD), "--child", json.dumps(request)], sandbox),
                                     work, env, out_path, err_path, timeout)
        else:
            raise UsageError(f"unknown mode {mode!r}: use 'fork' or 'spawn'")
    over = [name for name, p in (("stdout", out_path), ("stderr", err_path))
            if p.exists() and p.stat().st_size > OUTPUT_CAP]

    def read(p: Path) -> str:
        if not p.exists():
            return ""
        with open(p, "rb") as f:
            return f.read(OUTPUT_CAP).decode("utf-8", errors="replace")
    return code, timed_out, read(out_path), read(err_path), over


# Prerequisites that timed out in this process: their dependents fail at once instead of waiting.
_timed_out: set[tuple[str, str]] = set()


def run(snippet: Snippet, mode: str = "fork", timeout: float = DEFAULT_TIMEOUT, keep: bool = False,
        runtime: Runtime = PINNED) -> Result:
    """Run a snippet (after its prerequisites, in the same folder) in a fresh sandbox."""
    sandbox = Path(tempfile.mkdtemp(prefix="snippet-", dir=_runs_root()))
    for sub in ("work", "home", "tmp", "keras"):
        (sandbox / sub).mkdir()
    work = sandbox / "work"
    try:
        start = time.monotonic()
        prereq = None
        code, timed_out, out, err, over = 0, False, "", "", []
        for step in snippet.chain():
            # A prerequisite runs on the same runtime where it can; one that cannot (a TF2 snippet
            # before a TF1 snippet on 1.15) runs on its own first runtime: saved by one release,
            # loaded by another, as a reader would.
            step_rt = runtime if step == snippet or runtime in step.runtimes() else step.runtimes()[0]
            if step != snippet and (step.rel, step_rt.name) in _timed_out:
                prereq = Problem(Kind.PREREQUISITE, f"prerequisite {step.rel} timed out earlier in this run")
                break
            try:
                code, timed_out, out, err, over = _run_one(step, step_rt, sandbox, mode, timeout)
            except ZygoteLost as e:
                code, timed_out, out, err = 1, False, "", f"{step.rel}: {e}\n"
            if step != snippet and (code != 0 or timed_out):
                if timed_out:
                    _timed_out.add((step.rel, step_rt.name))
                what = f"timed out after {timeout:g} s" if timed_out else f"exited {code}"
                prereq = Problem(Kind.PREREQUISITE, f"prerequisite {step.rel} {what}", extract_error(err))
                break
        outside = sorted(str(p.relative_to(sandbox)) for sub in ("home",)
                         for p in (sandbox / sub).rglob("*"))
        return Result(snippet, runtime, code, normalize(out, work, snippet.path),
                      normalize(err, work, snippet.path), time.monotonic() - start, work, outside,
                      timed_out, over, prereq)
    finally:
        if not keep:
            shutil.rmtree(sandbox, ignore_errors=True)


# --------------------------------------------------------------------------- checking


SITE_PACKAGES_RE = re.compile(r"(?<![^\s\"'(])/?[^\s\"'(]*?/(?:site|dist)-packages")


def normalize(text: str, work: Path, script: Path | None = None) -> str:
    """Stable text: the script's path written as its file name (as `python file.py` in its own
    folder shows it), the working folder's as $PWD, site-packages as /…/site-packages (it differs
    from machine to machine and runtime to runtime), no trailing blanks."""
    # TF 1.15 prints the files of an op's stack trace without their common prefix, here "/":
    # each path is also replaced without its leading slash.
    if script is not None:
        text = text.replace(str(script), script.name).replace(str(script).lstrip("/"), script.name)
    for p in sorted({str(work.resolve()), str(work)}, key=len, reverse=True):
        text = text.replace(p, PWD_PLACEHOLDER).replace(p.lstrip("/"), PWD_PLACEHOLDER)
    text = text.replace(str(ROOT).lstrip("/") + "/", "…/")
    text = SITE_PACKAGES_RE.sub("/…/site-packages", text)
    text = HOST_RE.sub(r"\1$HOSTNAME", text)
    text = RUNNER_FRAME_RE.sub("", text)  # frames a plain `python file.py` would not have
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


def check(result: Result) -> list[Problem]:
    """Everything that is wrong with a run (empty: the snippet passes)."""
    s, expected = result.snippet, result.snippet.expected(result.runtime)
    if result.prerequisite:
        return [result.prerequisite]
    problems = []
    if result.timed_out:
        problems.append(Problem(Kind.TIMEOUT, "timeout: killed after running too long"))
    elif result.returncode < 0:
        problems.append(Problem(Kind.EXIT, f"killed by signal {-result.returncode}"))
    for stream in result.output_over_cap:
        problems.append(Problem(Kind.OUTPUT_CAP, f"printed more than {OUTPUT_CAP} bytes on {stream}"))
    want_error = expected.error
    if want_error is not None:
        if result.returncode == 0:
            problems.append(Problem(Kind.UNEXPECTED_PASS,
                                    f"expected to fail as {expected.err_file.name} says, but exited 0"))
        elif result.error_text != want_error:
            problems.append(Problem(Kind.ERROR_DIFFERS, "error differs from " + expected.err_file.name,
                                    _diff(want_error, result.error_text)))
    elif result.returncode != 0 and not result.timed_out:
        kind = Kind.MISSING_MODULE if "ModuleNotFoundError" in result.error_text else Kind.EXIT
        problems.append(Problem(kind, f"exited {result.returncode}", result.stderr[-3000:]))
    want_out = expected.stdout
    if want_out is None:
        problems.append(Problem(Kind.MISSING_EXPECTED,
                                f"{expected.out_file.name} is missing (run with --update to create it)"))
    elif result.stdout != want_out:
        problems.append(Problem(Kind.STDOUT_DIFFERS, "stdout differs from " + expected.out_file.name,
                                _diff(want_out, result.stdout)))
    if result.outside_writes:
        problems.append(Problem(Kind.OUTSIDE_WRITE,
                                "wrote outside its working folder: " + ", ".join(result.outside_writes)))
    if s.style in CURRENT_STYLES and result.runtime == PINNED:
        dep = [l for l in result.stderr.splitlines() if DEPRECATION_RE.search(l)]
        if dep:
            problems.append(Problem(Kind.DEPRECATION, f"{s.style.upper()} snippet printed deprecation warnings",
                                    "\n".join(dep[:5])))
    return problems


def status_of(problems: list[Problem]) -> Status:
    if not problems:
        return Status.PASS
    if any(p.kind == Kind.MISSING_MODULE or (p.kind == Kind.PREREQUISITE and "ModuleNotFoundError" in p.detail)
           for p in problems):
        return Status.NA
    return Status.DIFFERS if all(p.kind in DIFFERS_KINDS for p in problems) else Status.FAIL


def environment(runtime: Runtime = PINNED) -> dict:
    """Versions of what the snippets ran with, read from the runtime's own interpreter."""
    code = ("import json, sys\ntry:\n    from importlib import metadata as m\nexcept ImportError:  # Python 3.7\n"
            "    import importlib_metadata as m\n"
            "def v(d):\n    try:\n        return m.version(d)\n    except Exception:\n        return None\n"
            "print(json.dumps({'tensorflow': v('tensorflow-cpu') or v('tensorflow'), 'keras': v('keras'),"
            " 'tf_keras': v('tf_keras'), 'numpy': v('numpy'),"
            " 'python': '.'.join(map(str, sys.version_info[:2]))}))")
    out = subprocess.run([str(_python(runtime)), "-c", code], capture_output=True, text=True, check=True)
    return json.loads(out.stdout)


def update(result: Result) -> None:
    """Record a run as what the snippet must print on its runtime (never a timeout)."""
    if result.timed_out or result.prerequisite or result.output_over_cap:
        raise UsageError(f"{result.snippet.rel}: not recorded: {check(result)[0]}")
    s, runtime = result.snippet, result.runtime
    error = result.error_text if result.returncode != 0 else None
    if runtime != s.primary:  # its own files only where it prints something else than the pinned run
        base = s.expected(s.primary)
        own = s.path.with_name(f"{s.path.stem}@{runtime.name}")
        same = result.stdout == base.stdout and error == base.error
        Path(f"{own}.out").unlink(missing_ok=True)
        Path(f"{own}.err").unlink(missing_ok=True)
        if not same:
            Path(f"{own}.out").write_text(result.stdout, encoding="utf-8")
            if error is not None:
                Path(f"{own}.err").write_text(error, encoding="utf-8")
        return
    s.expected().out_file.write_text(result.stdout, encoding="utf-8")
    if error is not None:
        s.expected().err_file.write_text(error, encoding="utf-8")
    else:
        s.expected().err_file.unlink(missing_ok=True)


def _diff(expected: str, actual: str) -> str:
    return "".join(difflib.unified_diff(expected.splitlines(True), actual.splitlines(True),
                                        "expected", "actual")) or "(differs only in line endings)"


# --------------------------------------------------------------------------- command line


def _timeout(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if not math.isfinite(seconds) or seconds <= 0:
        raise argparse.ArgumentTypeError(f"must be a positive number of seconds: {value!r}")
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("paths", nargs="+", metavar="FILE_OR_DIR",
                        help="snippet files or folders under snippets/")
    parser.add_argument("--runtime", choices=[*RUNTIMES, "all"], default="all",
                        help="run on this runtime only (default: every runtime each snippet names)")
    parser.add_argument("--mode", choices=("fork", "spawn"), default="fork")
    parser.add_argument("--update", action="store_true",
                        help="rewrite each run's expected output from this run")
    parser.add_argument("--keep", action="store_true", help="keep the working folders")
    parser.add_argument("--timeout", type=_timeout, default=DEFAULT_TIMEOUT, help="seconds per snippet")
    parser.add_argument("--report", metavar="FILE.json",
                        help="also write each snippet's status (pass / differs / fail / n/a) as JSON")
    args = parser.parse_args(argv)
    if args.report and not Path(args.report).resolve().parent.is_dir():
        parser.exit(2, f"{parser.prog}: error: --report: no such folder: {Path(args.report).parent}\n")
    if args.report and args.update:
        parser.exit(2, f"{parser.prog}: error: --report and --update do not go together\n")
    try:
        snippets = discover(args.paths)
        jobs = []
        for s in snippets:
            s.chain()  # validate every Requires: and Runtime: line before running anything
            for rt in s.runtimes():
                if args.runtime in ("all", rt.name):
                    jobs.append((s, rt))
        for rt in {rt.name: rt for _, rt in jobs}.values():
            _python(rt)
    except (UsageError, RuntimeUnavailable) as e:
        parser.exit(2, f"{parser.prog}: error: {e}\n")
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))  # atexit then kills the zygotes
    global _KEEP
    _KEEP = args.keep
    failures = 0
    report = {}
    for s, rt in jobs:
        result = run(s, mode=args.mode, timeout=args.timeout, keep=args.keep, runtime=rt)
        if args.update:
            try:
                update(result)
            except UsageError as e:
                print(f"      {e}")
        problems = check(result)
        failures += bool(problems)
        mark = "FAIL" if problems else "ok  "
        print(f"{mark} {result.seconds:6.2f}s  {rt.name:7} {s.rel}" + (f"  [{result.workdir}]" if args.keep else ""))
        for p in problems:
            print("      " + str(p).replace("\n", "\n      "))
        report.setdefault(rt.name, {})[s.rel] = {
            "status": status_of(problems).value, "sha256": s.digest(),
            "problems": [{"kind": p.kind.value, "message": p.message, "detail": p.detail[:2000]}
                         for p in problems]}
    if args.report:
        runs = {name: environment(RUNTIMES[name]) | {"snippets": snips} for name, snips in report.items()}
        Path(args.report).write_text(json.dumps(runs, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"{len(jobs) - failures} passed, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
