"""The save-on-one-release, load-on-another table of the versions page, from
snippets/crossversion/results.json (written by `make crossversion`, tools/crossversion.py).

`render(lang)` returns the Markdown for the marker `<!-- crossversion: table -->`: one row per
format and producing release, one column per loading release. A cell says that the load worked and
the outputs matched (with the largest difference), or shows the error the load raised, or that the
producing release cannot write that format. Nothing in it is typed: every word of a cell comes
from the results file, every other word from i18n/<lang>.yml (`crossversion:`).
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from mkdocs.exceptions import PluginError

import langdata

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "snippets" / "crossversion" / "results.json"
MAX_ERROR = 140  # characters of an error shown in a cell; results.json keeps the whole first line



def load(path: Path = RESULTS) -> dict:
    if not path.is_file():
        raise PluginError(f"crossversion_table: {path} is missing; run `make crossversion`")
    return json.loads(path.read_text(encoding="utf-8"))


def _code(text: str) -> str:
    """Inline code that a Markdown table cell can hold (no backtick or pipe can break it)."""
    if len(text) > MAX_ERROR:
        text = text[:MAX_ERROR - 1].rstrip() + "…"
    return "<code>" + html.escape(text, quote=False).replace("|", "&#124;") + "</code>"


def cell(c: dict, lang: str) -> str:
    t = langdata.load(lang)["crossversion"]
    if c["status"] in ("ok", "differs"):
        return t[c["status"]].format(diff=f"{c['max_abs_diff']:.1e}")
    if c["status"] == "error":
        return t["error"].format(error=_code(c["text"]))
    if c["status"] == "n/a":
        return t["n/a"]
    raise PluginError(f"crossversion_table: unknown cell status {c['status']!r} in {RESULTS.name}")


def table(data: dict, lang: str) -> str:
    t = langdata.load(lang)["crossversion"]
    order = list(data["runtimes"])
    version = {r: data["runtimes"][r]["tensorflow"] for r in order}
    head = [t["head"][0], t["head"][1], *(t["head"][2].format(v=version[c]) for c in order)]
    rows = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for fmt in data["formats"]:
        for p in order:
            cells = [cell(data["cells"][fmt][p][c], lang) for c in order]
            rows.append("| " + " | ".join([t["formats"][fmt], f"TF {version[p]}", *cells]) + " |")
    return "\n".join(rows) + "\n\n" + t["note"]


def render(lang: str) -> str:
    """The Markdown for `<!-- crossversion: table -->` in language `lang` (zh or en)."""
    if "crossversion" not in langdata.load(lang):
        raise PluginError(f"crossversion_table: i18n/{lang}.yml has no `crossversion:` words")
    return table(load(), lang)
