"""What a snippet is: its file, style, prerequisites, the runtimes it runs on and what it must print.

This module only reads files. Running snippets is tools/snippet_runner.py's job; the page hooks
and the matrix import this module, never the runner.

A snippet runs on the pinned TensorFlow (``tf2.21`` today). TF1-style snippets (``*_tf1.py``,
``*_tf1.sh``) and the original article's code (``original/``) also run on TensorFlow 1.15.5. A
``# Runtime: NAME`` line near the top names the runtimes explicitly instead (one line each), for
a snippet that only makes sense on one release (an artifact saved by TF 2.15, say).

What a run must print lives beside the snippet: ``NAME.out`` (stdout) and ``NAME.err`` (present
when it must fail). Where another runtime prints something else, its expectation is
``NAME@RUNTIME.out`` / ``NAME@RUNTIME.err`` (``save_tf1@tf1.15.out``); once either exists, both
describe that runtime completely.
"""

from __future__ import annotations

import dataclasses
import glob
import hashlib
import os
import re
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SNIPPETS = ROOT / "snippets"
SUFFIXES = (".py", ".sh")

REQUIRES_RE = re.compile(r"^#\s*Requires:(.*)$", re.MULTILINE)
RUNTIME_RE = re.compile(r"^#\s*Runtime:(.*)$", re.MULTILINE)


class SnippetError(Exception):
    """A snippet file or a path given for one is wrong; the message says how."""


def _pins() -> dict:
    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["dependency-groups"]


def _pinned(group: str, dist: str) -> str:
    return next(p.split("==")[1] for p in _pins()[group] if isinstance(p, str) and p.startswith(dist + "=="))


@dataclasses.dataclass(frozen=True)
class Runtime:
    """A TensorFlow release the snippets run on, or a consumer of the site's models (OpenCV,
    TensorFlow.js, ...), in its own venv."""

    name: str        # as written in file names and `# Runtime:` lines: tf2.21, tf1.15, opencv
    venv: str        # folder under the repository root
    group: str       # its dependency group in pyproject.toml
    dist: str = "tensorflow-cpu"  # the distribution whose version names the runtime
    title: str = "TF"             # how a page names it, before the version: "TF 2.21", "OpenCV 5.0"
    preload: tuple[str, ...] = ("numpy", "tensorflow")  # what the fork zygote imports before forking

    @property
    def is_tensorflow(self) -> bool:
        """A TensorFlow release (the matrix and the badges list these); False for a consumer."""
        return self.title == "TF"

    @property
    def label(self) -> str:
        return f"{self.title} {'.'.join(self.release.split('.')[:2])}"

    @property
    def python(self) -> Path:
        return ROOT / self.venv / "bin" / "python"

    @property
    def release(self) -> str:
        """The full pinned version, e.g. 2.21.0."""
        return _pinned(self.group, self.dist)


PINNED = Runtime("tf2.21", ".venv", "tensorflow")
TF1 = Runtime("tf1.15", ".venv-tf1", "tf1_15", dist="tensorflow")
TF215 = Runtime("tf2.15", ".venv-tf2_15", "matrix-tf2_15")
# Consumers of the site's models (snippets/deploy/): a snippet names one with `# Runtime: opencv`; its
# prerequisites that do not name it run on their own runtime (the model is made by the pinned TensorFlow).
OPENCV = Runtime("opencv", ".venv-opencv", "deploy-opencv", dist="opencv-python-headless", title="OpenCV",
                 preload=("numpy", "cv2"))
TFJS = Runtime("tfjs", ".venv-tfjs", "deploy-tfjs", dist="tensorflowjs", title="tensorflowjs")
ONNX2TF = Runtime("onnx2tf", ".venv-onnx2tf", "deploy-onnx2tf", dist="onnx2tf", title="onnx2tf")
SERVING = Runtime("serving", ".venv-serving", "deploy-serving", dist="tensorflow-serving-api",
                  title="tensorflow-serving-api")
RUNTIMES = {r.name: r for r in (PINNED, TF1, TF215, OPENCV, TFJS, ONNX2TF, SERVING)}


@dataclasses.dataclass(frozen=True)
class Expected:
    """What one runtime's run must print: stdout, and the error it ends with (None: exit 0)."""

    out_file: Path
    err_file: Path

    @property
    def stdout(self) -> str | None:
        return self.out_file.read_text(encoding="utf-8") if self.out_file.exists() else None

    @property
    def error(self) -> str | None:
        return self.err_file.read_text(encoding="utf-8") if self.err_file.exists() else None


@dataclasses.dataclass(frozen=True)
class Snippet:
    path: Path

    @property
    def rel(self) -> str:
        """The path as pages name it (relative to snippets/)."""
        try:
            return self.path.relative_to(SNIPPETS).as_posix()
        except ValueError:  # a snippet made by a test, outside snippets/
            return self.path.as_posix()

    @property
    def kind(self) -> str:
        return "sh" if self.path.suffix == ".sh" else "py"

    @property
    def style(self) -> str | None:
        for style in ("tf1", "tf2", "keras"):
            if self.path.stem.endswith("_" + style):
                return style
        return None

    @property
    def is_original(self) -> bool:
        return self.rel.startswith("original/")

    def text(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def runtimes(self) -> list[Runtime]:
        named = [v.strip() for v in RUNTIME_RE.findall(self.text())]
        for name in named:
            if name not in RUNTIMES:
                raise SnippetError(f"{self.rel}: '# Runtime: {name}' is not one of {', '.join(RUNTIMES)}")
        if named:
            return [RUNTIMES[n] for n in named]
        if self.style == "tf1" or self.is_original:
            return [PINNED, TF1]
        return [PINNED]

    @property
    def primary(self) -> Runtime:
        """The runtime whose expectation is NAME.out / NAME.err: the pinned one, or for a snippet that
        does not run there (an OpenCV or TF 2.15 one), the first it names."""
        runtimes = self.runtimes()
        return PINNED if PINNED in runtimes else runtimes[0]

    def expected(self, runtime: Runtime = PINNED) -> Expected:
        base = Expected(self.path.with_suffix(".out"), self.path.with_suffix(".err"))
        if runtime in (PINNED, self.primary):
            return base
        own = Expected(self.path.with_name(f"{self.path.stem}@{runtime.name}.out"),
                       self.path.with_name(f"{self.path.stem}@{runtime.name}.err"))
        return own if own.out_file.exists() or own.err_file.exists() else base

    def differs_on(self, runtime: Runtime) -> bool:
        """Whether this runtime has expected output of its own."""
        return runtime != PINNED and self.expected(runtime) != self.expected(PINNED)

    @property
    def expects_failure(self) -> bool:
        return self.expected().err_file.exists()

    def requires(self) -> list[Snippet]:
        found = []
        for raw in REQUIRES_RE.findall(self.text()):
            rel = raw.strip()
            if not rel or " " in rel:
                raise SnippetError(f"{self.rel}: malformed '# Requires:{raw}' (one snippet path per line)")
            target = (SNIPPETS / rel).resolve()
            if SNIPPETS.resolve() not in target.parents:
                raise SnippetError(f"{self.rel}: '# Requires: {rel}' points outside snippets/")
            if not target.is_file() or target.suffix not in SUFFIXES:
                raise SnippetError(f"{self.rel}: '# Requires: {rel}' names no snippet under snippets/")
            found.append(Snippet(target))
        return found

    def chain(self, _seen: tuple[Snippet, ...] = ()) -> list[Snippet]:
        """Prerequisites first (depth first, each once), then the snippet itself."""
        if self in _seen:
            cycle = " -> ".join(s.rel for s in (*_seen[_seen.index(self):], self))
            raise SnippetError(f"'# Requires:' lines form a cycle: {cycle}")
        order: list[Snippet] = []
        for req in self.requires():
            for s in req.chain((*_seen, self)):
                if s not in order:
                    order.append(s)
        order.append(self)
        return order

    def digest(self) -> str:
        """What a recorded result was for: the snippet, its prerequisites and expected outputs."""
        h = hashlib.sha256()
        for step in self.chain():
            base = step.expected()
            for f in (step.path, base.out_file, base.err_file):
                h.update(f.name.encode() + b"\0" + (f.read_bytes() if f.exists() else b"") + b"\0")
            # Other runtimes' expectations, where they exist (none: the same digest as before them).
            for f in sorted(step.path.parent.glob(glob.escape(step.path.stem) + "@*")):
                h.update(f.name.encode() + b"\0" + f.read_bytes() + b"\0")
        return h.hexdigest()[:16]


def _files(folder: Path):
    # An npm folder's packages (snippets/deploy/tfjs_node/node_modules, some 10,000 files) hold
    # no snippets: not walked at all.
    for parent, folders, files in os.walk(folder):
        folders[:] = [f for f in folders if f != "node_modules"]
        yield from (Path(parent, f) for f in files)


def discover(paths: list[str | Path] | None = None) -> list[Snippet]:
    """All snippets under the given files or folders (default: all of snippets/), sorted."""
    targets = [Path(p) for p in paths] if paths else [SNIPPETS]
    found: set[Path] = set()
    for t in targets:
        t = (t if t.is_absolute() else Path.cwd() / t)
        if not t.exists():
            raise SnippetError(f"no such file or folder: {t}")
        t = t.resolve()
        if SNIPPETS not in (t, *t.parents):
            raise SnippetError(f"not inside {SNIPPETS}: {t}")
        if t.is_dir():
            here = {p for p in _files(t) if p.suffix in SUFFIXES}
            if not here:
                raise SnippetError(f"no snippets (.py or .sh) in {t}")
            found.update(here)
        elif t.suffix in SUFFIXES:
            found.add(t)
        else:
            raise SnippetError(f"not a snippet (.py or .sh): {t}")
    return [Snippet(p) for p in sorted(found)]
