"""Run every snippet on other TensorFlow releases and record where each one was verified.

Each `matrix-tf*` dependency group of pyproject.toml is a TensorFlow release with its own pinned
Keras and NumPy; this installs each into its own venv under .matrix/, runs the snippet runner
there, and writes snippets/verified-on.json, which the pages read to show under each snippet the
releases it was verified on. The pinned release and TensorFlow 1.15 need no record: every
`make test` verifies them.

Usage:
    python tools/matrix.py              # every release in pyproject.toml
    python tools/matrix.py tf2_16       # only these groups
    python tools/matrix.py --only snippets/freeze/savedmodel_cli.sh   # only these snippets
"""

import argparse
import json
import subprocess
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "snippets" / "verified-on.json"
VENVS = ROOT / ".matrix"
PIP = "pip==26.3"


def groups() -> list[str]:
    data = tomllib.loads((ROOT / "pyproject.toml").read_text())
    return sorted(g for g in data["dependency-groups"] if g.startswith("matrix-"))


def run_suite(python: Path, label: str, paths: list[str]) -> dict:
    report = VENVS / f"{label}.json"
    start = time.monotonic()
    # --runtime tf2.21: the runner's "pinned" runtime is whichever TensorFlow runs the runner.
    subprocess.run([str(python), "tools/snippet_runner.py", "--runtime", "tf2.21", "--report", str(report),
                    *paths], cwd=ROOT, stdout=subprocess.DEVNULL, check=False)
    data = json.loads(report.read_text())["tf2.21"]
    counts = {}
    for r in data["snippets"].values():
        counts[r["status"]] = counts.get(r["status"], 0) + 1
    print(f"{label}: TensorFlow {data['tensorflow']}: {counts} in {time.monotonic() - start:.0f} s",
          flush=True)
    return data


def install(group: str) -> Path:
    venv = VENVS / group.removeprefix("matrix-")
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    quiet = ["--quiet", "--disable-pip-version-check"]
    subprocess.run([str(python), "-m", "pip", "install", *quiet, PIP], check=True)
    subprocess.run([str(python), "-m", "pip", "install", *quiet, "--group", group], cwd=ROOT,
                   check=True)
    return python


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("releases", nargs="*", metavar="GROUP",
                        help="matrix groups to run, e.g. tf2_16 (default: all)")
    parser.add_argument("--only", nargs="+", metavar="PATH", default=["snippets"],
                        help="snippet files or folders to run (default: all of snippets/)")
    args = parser.parse_args(argv)
    missing = [p for p in args.only if not (ROOT / p).exists()]
    if missing:
        parser.exit(2, f"{parser.prog}: error: --only: no such file or folder: {', '.join(missing)}\n")
    known = groups()
    chosen = [f"matrix-{r.removeprefix('matrix-')}" for r in args.releases] or known
    unknown = sorted(set(chosen) - set(known))
    if unknown:
        parser.exit(2, f"{parser.prog}: error: no such group in pyproject.toml: "
                       f"{', '.join(unknown)} (known: {', '.join(known)})\n")
    VENVS.mkdir(exist_ok=True)
    reports = []
    for group in chosen:
        reports.append(run_suite(install(group), group.removeprefix("matrix-"), args.only))

    results = json.loads(RESULTS.read_text()) if RESULTS.exists() else {"releases": {}, "snippets": {}}
    for rep in reports:
        tf_version = rep["tensorflow"]
        results["releases"][tf_version] = {k: rep[k] for k in ("keras", "numpy", "python")}
        for rel, r in rep["snippets"].items():
            results["snippets"].setdefault(rel, {})[tf_version] = r
    existing = {p.relative_to(ROOT / "snippets").as_posix() for p in (ROOT / "snippets").rglob("*")
                if p.suffix in (".py", ".sh")}
    results["snippets"] = {k: v for k, v in sorted(results["snippets"].items()) if k in existing}
    RESULTS.write_text(json.dumps(results, indent=1, ensure_ascii=False, sort_keys=True) + "\n")
    print(f"wrote {RESULTS.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
