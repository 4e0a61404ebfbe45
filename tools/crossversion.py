"""Save on one TensorFlow release, load on another: writes snippets/crossversion/results.json.

Each runtime (TF 1.15.5, 2.15 with Keras 2, the pinned 2.21 with Keras 3; see tools/snippet_model.py)
runs snippets/crossversion/produce.py in an empty folder of its own, which saves one model in every
format that release writes. Then every runtime loads every format of every producer with
snippets/crossversion/consume.py, one format per process, in a fresh copy of the producer's folder,
and compares the output with the producer's. A cell is "ok" with the largest difference, or the
error the load raised (type and first line, as consume.py prints it), or "n/a" where the producer
release cannot write the format. The table on the versions page is generated from the results
file by hooks/crossversion_table.py; nothing in it is typed.

Usage:
    python tools/crossversion.py [--jobs N] [--output FILE.json]     (`make crossversion`)
"""

from __future__ import annotations

import argparse
import concurrent.futures
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from snippet_model import ROOT, RUNTIMES, SNIPPETS  # noqa: E402
from snippet_runner import _base_env, extract_error, normalize  # noqa: E402

FOLDER = SNIPPETS / "crossversion"
PRODUCE = FOLDER / "produce.py"
CONSUME = FOLDER / "consume.py"
RESULTS = FOLDER / "results.json"
ORDER = ("tf1.15", "tf2.15", "tf2.21")  # rows and columns, oldest first
FORMATS = ("tf1_ckpt", "tf2_ckpt", "savedmodel", "frozen", "h5", "keras")
TOLERANCE = 1e-5  # float32, the same ops: anything larger is a different model
TIMEOUT = 300.0
CELL_RE = re.compile(r"^(\w+): (.*)$")
DIFF_RE = re.compile(r"^max abs diff (\S+)$")


class Failure(Exception):
    """Something this tool needs is missing or broke: reported in one line, nothing is written."""


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _run(runtime: str, argv: list[str], work: Path) -> tuple[int, str, str]:
    """One process of `runtime` in `work`, with the environment the snippet runner gives snippets."""
    rt = RUNTIMES[runtime]
    sandbox = work.parent
    for sub in ("home", "tmp", "keras"):
        (sandbox / sub).mkdir(exist_ok=True)
    try:
        proc = subprocess.run([str(rt.python), *argv], cwd=work, env=_base_env(sandbox, rt),
                              stdin=subprocess.DEVNULL, capture_output=True, timeout=TIMEOUT)
    except subprocess.TimeoutExpired:
        return -9, "", f"timed out after {TIMEOUT:g} s"
    out = normalize(proc.stdout.decode("utf-8", "replace"), work, Path(argv[0]))
    err = normalize(proc.stderr.decode("utf-8", "replace"), work, Path(argv[0]))
    return proc.returncode, out, err


def produce(runtime: str, root: Path) -> dict:
    work = root / runtime / "work"
    work.mkdir(parents=True)
    code, out, err = _run(runtime, [str(PRODUCE)], work)
    if code != 0:
        raise Failure(f"{PRODUCE.relative_to(ROOT)} failed on {runtime}: {extract_error(err).strip()}")
    head, *files = out.splitlines()
    version = re.match(r"TensorFlow (\S+) wrote:$", head)
    if not version:
        raise Failure(f"{PRODUCE.relative_to(ROOT)} on {runtime} printed {head!r}, not 'TensorFlow X wrote:'")
    return {"tensorflow": version.group(1), "files": [f.strip() for f in files], "stdout": out}


def consume(producer: str, consumer: str, fmt: str, root: Path) -> dict:
    sandbox = Path(tempfile.mkdtemp(prefix=f"{producer}-{consumer}-{fmt}-", dir=root))
    work = sandbox / "work"
    shutil.copytree(root / producer / "work", work)
    code, out, err = _run(consumer, [str(CONSUME), fmt], work)
    shutil.rmtree(sandbox, ignore_errors=True)
    lines = out.splitlines()
    m = CELL_RE.match(lines[-1]) if code == 0 and lines else None
    if not m or m.group(1) != fmt:  # the process itself died (a crash, an abort in C++)
        return {"status": "error", "text": f"exit {code}: {extract_error(err).strip()}"}
    text = m.group(2)
    if text == "not written":
        return {"status": "n/a", "text": text}
    diff = DIFF_RE.match(text)
    if diff:
        value = float(diff.group(1))
        return {"status": "ok" if value <= TOLERANCE else "differs", "max_abs_diff": value,
                "text": text}
    return {"status": "error", "text": text}


def check_runtimes() -> None:
    for name in ORDER:
        rt = RUNTIMES[name]
        if not rt.python.exists():
            raise Failure(f"runtime {name} is missing: {rt.python.relative_to(ROOT)} does not exist "
                          f"(make {rt.venv}/.installed)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--jobs", type=int, default=2, help="processes at once (default 2)")
    parser.add_argument("--output", type=Path, default=RESULTS, help="results file (default %(default)s)")
    args = parser.parse_args(argv)
    if args.jobs < 1:
        parser.exit(2, f"{parser.prog}: error: --jobs must be at least 1, not {args.jobs}\n")
    if not args.output.resolve().parent.is_dir():
        parser.exit(2, f"{parser.prog}: error: --output: no such folder: {args.output.parent}\n")
    start = time.monotonic()
    root = Path(tempfile.mkdtemp(prefix="crossversion-"))
    try:
        check_runtimes()
        producers = {}
        with concurrent.futures.ThreadPoolExecutor(args.jobs) as pool:
            for name, result in zip(ORDER, pool.map(lambda r: produce(r, root), ORDER)):
                producers[name] = result
                print(f"{name} (TensorFlow {result['tensorflow']}) wrote {len(result['files'])} files",
                      flush=True)
            jobs = {(p, c, f): pool.submit(consume, p, c, f, root)
                    for f in FORMATS for p in ORDER for c in ORDER}
            cells: dict = {}
            for (p, c, f), future in jobs.items():
                cell = future.result()
                cells.setdefault(f, {}).setdefault(p, {})[c] = cell
                print(f"{f:10} {p:7} -> {c:7} {cell['status']:7} {cell['text'][:100]}", flush=True)
    except Failure as e:
        parser.exit(1, f"{parser.prog}: error: {e}\n")
    finally:
        shutil.rmtree(root, ignore_errors=True)
    results = {
        "generated_by": "tools/crossversion.py",
        "seconds": round(time.monotonic() - start),
        "tolerance": TOLERANCE,
        "snippets": {p.name: digest(p) for p in (PRODUCE, CONSUME)},
        "runtimes": {name: {"tensorflow": producers[name]["tensorflow"], "files": producers[name]["files"]}
                     for name in ORDER},
        "formats": list(FORMATS),
        "cells": cells,
    }
    args.output.write_text(json.dumps(results, indent=1, ensure_ascii=False) + "\n", encoding="utf-8")
    bad = sum(c["status"] != "ok" for f in cells.values() for p in f.values() for c in p.values())
    print(f"wrote {args.output} in {results['seconds']} s: {len(FORMATS) * len(ORDER) ** 2 - bad} ok, "
          f"{bad} not ok or n/a")
    return 0


if __name__ == "__main__":
    sys.exit(main())
