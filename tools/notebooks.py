"""Make the zh and en notebooks of each walkthrough from its one source, notebooks/<name>.py.

A source is a jupytext percent-format script: code cells (`# %%`) are shared by both languages,
markdown cells are marked `# %% [markdown] lang="zh"` or `lang="en"` and go to that language only.
Every heading carries an explicit anchor, `## 训练 { #train }`, the same in both languages; the
anchor is cut from the heading (Jupyter and Colab would show it) and kept, in order, in the
notebook's metadata (`site.heading_ids`), where hooks/notebook_pages.py gives it back to the page.

The notebooks, docs/<lang>/notebooks/<name>.ipynb, are written without outputs (the site build
executes them) and are committed, so that Colab can open them from the repository;
tests/test_notebooks.py checks that they are up to date.

    python tools/notebooks.py          # write the notebooks that changed
    python tools/notebooks.py --check  # exit 1 if any is out of date
"""

import argparse
import json
import re
import sys
from pathlib import Path

import jupytext

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "notebooks"
LANGS = tuple(sorted(p.stem for p in (ROOT / "i18n").glob("*.yml")))  # every language of the site
HEADING_RE = re.compile(r"^(#{1,6} .*?)\s*\{\s*#([A-Za-z][\w-]*)\s*\}\s*$")
FENCE_RE = re.compile(r"^\s*(```|~~~)")
KERNELSPEC = {"display_name": "Python 3", "language": "python", "name": "python3"}


def sources() -> list[Path]:
    return sorted(SOURCES.glob("*.py"))


def target(source: Path, lang: str) -> Path:
    return ROOT / "docs" / lang / "notebooks" / (source.stem + ".ipynb")


def _headings(markdown: str, where: str) -> tuple[str, list[str]]:
    """The markdown without its { #anchor }s, and the anchors in order."""
    lines, ids, fenced = [], [], False
    for line in markdown.splitlines():
        if FENCE_RE.match(line):
            fenced = not fenced
        elif not fenced and re.match(r"#{1,6} ", line):
            m = HEADING_RE.match(line)
            if not m:
                raise ValueError(f"{where}: heading without {{ #anchor }}: {line!r}")
            line = m.group(1)
            ids.append(m.group(2))
        lines.append(line)
    return "\n".join(lines), ids


def build(source: Path, lang: str) -> str:
    """The notebook for one language, as the exact text written to disk."""
    nb = jupytext.read(source, fmt="py:percent")
    cells, ids = [], []
    for i, cell in enumerate(nb.cells):
        meta = dict(cell.metadata)
        cell_lang = meta.pop("lang", None)
        if cell.cell_type == "markdown":
            if cell_lang not in LANGS:
                raise ValueError(f"{source.name}: markdown cell {i} has no lang=\"zh\"/\"en\"")
            if cell_lang != lang:
                continue
            text, found = _headings(cell.source, f"{source.name} cell {i}")
            ids += found
            cells.append({"cell_type": "markdown", "metadata": meta, "source": text})
        elif cell.cell_type == "code":
            if cell_lang is not None:
                raise ValueError(f"{source.name}: code cell {i} has a lang: code is shared")
            cells.append({"cell_type": "code", "execution_count": None, "metadata": meta,
                          "outputs": [], "source": cell.source})
    for n, cell in enumerate(cells):
        cell["id"] = f"{source.stem}-{n}"  # stable ids: the file only changes when the source does
        cell["source"] = cell["source"].splitlines(keepends=True)
    notebook = {
        "cells": cells,
        "metadata": {"kernelspec": KERNELSPEC, "language_info": {"name": "python"},
                     "site": {"source": f"notebooks/{source.name}", "heading_ids": ids}},
        "nbformat": 4, "nbformat_minor": 5,
    }
    return json.dumps(notebook, ensure_ascii=False, indent=1) + "\n"


def heading_ids(notebook_path: Path) -> list[str]:
    """The anchors build() stored in a notebook."""
    meta = json.loads(Path(notebook_path).read_text(encoding="utf-8"))["metadata"]
    return meta.get("site", {}).get("heading_ids", [])


def stale() -> list[tuple[Path, str]]:
    """(path, text) of every notebook whose file differs from what its source makes."""
    out = []
    for source in sources():
        for lang in LANGS:
            path, text = target(source, lang), build(source, lang)
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                out.append((path, text))
    return out


def orphans() -> list[Path]:
    """Notebooks under docs/*/notebooks/ that no source makes."""
    made = {target(s, lang) for s in sources() for lang in LANGS}
    return sorted(p for lang in LANGS for p in (ROOT / "docs" / lang / "notebooks").glob("*.ipynb")
                  if p not in made)


def write() -> list[Path]:
    """Write the stale notebooks only (an unchanged file is not touched, so `mkdocs serve`
    does not see a change and rebuild again)."""
    written = []
    for path, text in stale():
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        written.append(path)
    return written


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report stale notebooks")
    args = parser.parse_args(argv)
    if args.check:
        bad = [p for p, _ in stale()] + orphans()
        for p in bad:
            print(f"out of date: {p.relative_to(ROOT)}", file=sys.stderr)
        return 1 if bad else 0
    for p in write():
        print(f"wrote {p.relative_to(ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
