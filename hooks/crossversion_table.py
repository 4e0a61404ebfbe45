"""The save-on-one-release, load-on-another table of the versions page, from
snippets/crossversion/results.json (written by `make crossversion`, tools/crossversion.py).

`render(lang)` returns the Markdown for the marker `<!-- crossversion: table -->`: one row per
format and producing release, one column per loading release. A cell says that the load worked and
the outputs matched (with the largest difference), or shows the error the load raised, or that the
producing release cannot write that format. Nothing in it is typed: every word of a cell comes
from the results file, every other word from TEXT below.
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
RESULTS = ROOT / "snippets" / "crossversion" / "results.json"
MAX_ERROR = 140  # characters of an error shown in a cell; results.json keeps the whole first line

TEXT = {
    "zh": {
        "formats": {"tf1_ckpt": "TF1 检查点（Saver）", "tf2_ckpt": "TF2 检查点（tf.train.Checkpoint）",
                    "savedmodel": "SavedModel", "frozen": "冻结图 .pb", "h5": "Keras .h5",
                    "keras": "Keras .keras"},
        "head": ["格式", "保存于", "用 TF {v} 加载"],
        "ok": "成功，最大误差 {diff}",
        "differs": "能加载，但输出不同：最大误差 {diff}",
        "error": "失败：{error}",
        "n/a": "不适用：该版本不写这种格式",
        "note": ("每一格都来自一次真实运行（`make crossversion`）：保存方用 "
                 "`snippets/crossversion/produce.py` 写出文件，加载方用 `snippets/crossversion/consume.py` "
                 "在单独的进程里逐个加载，并与保存方算出的结果比较。错误只显示异常类型和消息的第一行。"),
    },
    "en": {
        "formats": {"tf1_ckpt": "TF1 checkpoint (Saver)", "tf2_ckpt": "TF2 checkpoint (tf.train.Checkpoint)",
                    "savedmodel": "SavedModel", "frozen": "Frozen GraphDef .pb", "h5": "Keras .h5",
                    "keras": "Keras .keras"},
        "head": ["Format", "Saved by", "Loaded by TF {v}"],
        "ok": "ok, max abs diff {diff}",
        "differs": "loads, but the output differs: max abs diff {diff}",
        "error": "fails: {error}",
        "n/a": "n/a: this release does not write the format",
        "note": ("Every cell comes from a run (`make crossversion`): the saving release writes the files "
                 "with `snippets/crossversion/produce.py`, the loading release loads each one with "
                 "`snippets/crossversion/consume.py` in a process of its own and compares the output with "
                 "the saving release's. An error shows its type and the first line of its message."),
    },
}


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
    t = TEXT[lang]
    if c["status"] in ("ok", "differs"):
        return t[c["status"]].format(diff=f"{c['max_abs_diff']:.1e}")
    if c["status"] == "error":
        return t["error"].format(error=_code(c["text"]))
    if c["status"] == "n/a":
        return t["n/a"]
    raise PluginError(f"crossversion_table: unknown cell status {c['status']!r} in {RESULTS.name}")


def table(data: dict, lang: str) -> str:
    t = TEXT[lang]
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
    if lang not in TEXT:
        raise PluginError(f"crossversion_table: no words for language {lang!r} (have: {', '.join(TEXT)})")
    return table(load(), lang)
