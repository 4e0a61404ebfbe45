"""Mark each included snippet with the TensorFlow releases it was verified on.

The pinned release is verified by every test run (a snippet that fails it fails CI). Other
releases come from snippets/verified-on.json, written by `make matrix`; a recorded result counts
only while the snippet, its prerequisites and its expected output are unchanged since the run
(same digest), so a mark can never outlive the code it was measured on. The versions page gets
the whole matrix in place of a `<!-- verified-on-matrix -->` line.
"""

import html
import json
import re
import sys
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
import snippet_runner  # noqa: E402

RESULTS = ROOT / "snippets" / "verified-on.json"
FILENAME_RE = re.compile(r'(?:(<div class="[^"]*highlight[^"]*")>)?<span class="filename">([^<]+)</span>')
MATRIX_MARK = "<!-- verified-on-matrix -->"
FAILURES_MARK = "<!-- verified-on-failures -->"
TEXT = {
    "zh": {"verified": "已验证", "fails": "报错已复现", "differs": "可运行，输出与本站所示不同", "api": "TF 1.15 API",
           "api_title": "所用的 tf.* 名称在 TensorFlow 1.15 中都存在（测试逐一核对）；在 1.15 上把前两行换成 import tensorflow as tf 即可",
           "snippet": "代码", "legend": "✓ 通过　≈ 可运行，输出不同　✗ 失败　n/a 缺少依赖包　– 未运行或代码已改动"},
    "en": {"verified": "Verified on", "fails": "Fails as shown on", "differs": "runs; its output differs from what this page shows",
           "api": "TF 1.15 API",
           "api_title": "every tf.* name it uses exists in TensorFlow 1.15 (a test checks each one); on 1.15, replace its first two lines with import tensorflow as tf",
           "snippet": "Snippet", "legend": "✓ passes · ≈ runs, output differs · ✗ fails · n/a a package is missing · – not run, or changed since"},
}
SYMBOL = {"pass": "✓", "differs": "≈", "fail": "✗", "n/a": "n/a"}


def pinned_release() -> str:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pin = next(p for p in groups["tensorflow"] if p.startswith("tensorflow-cpu=="))
    return pin.split("==")[1]


def _short(version: str) -> str:
    return ".".join(version.split(".")[:2])


class Marks:
    def __init__(self):
        self.pinned = pinned_release()
        data = json.loads(RESULTS.read_text()) if RESULTS.exists() else {}
        self.releases = sorted((v for v in data.get("releases", {}) if v != self.pinned),
                               key=lambda v: tuple(map(int, v.split("."))), reverse=True)
        self.snippets = {s.rel: s for s in snippet_runner.discover()}
        self.results = data.get("snippets", {})
        self._digests = {}

    def status(self, rel: str, release: str) -> str | None:
        """pass / differs / fail / n/a for a fresh recorded result, None if none is fresh."""
        if release == self.pinned:
            return "pass"
        entry = self.results.get(rel, {}).get(release)
        if rel not in self._digests:
            self._digests[rel] = self.snippets[rel].digest()
        if not entry or entry.get("sha256") != self._digests[rel]:
            return None
        return entry["status"]

    def badge(self, rel: str, lang: str) -> str:
        t = TEXT[lang]
        parts = []
        for release in [self.pinned, *self.releases]:
            st = self.status(rel, release)
            if st == "pass":
                parts.append(f"TF {_short(release)}")
            elif st == "differs":
                parts.append(f'<span title="{html.escape(t["differs"])}">TF {_short(release)} ≈</span>')
        if self.snippets[rel].style == "tf1":
            parts.append(f'<span title="{html.escape(t["api_title"])}">{t["api"]}</span>')
        colon = "：" if lang == "zh" else ": "
        label = t["fails"] if self.snippets[rel].expects_failure else t["verified"]
        return f'<span class="verified-on">✓ {label}{colon}{" · ".join(parts)}</span>'

    def matrix(self, lang: str) -> str:
        t = TEXT[lang]
        releases = [self.pinned, *self.releases]
        head = f"| {t['snippet']} | " + " | ".join(f"TF {_short(r)}" for r in releases) + " |"
        rows = [head, "|---|" + "---|" * len(releases)]
        for rel in sorted(self.snippets):
            cells = [SYMBOL.get(self.status(rel, r), "–") for r in releases]
            rows.append(f"| `{rel}` | " + " | ".join(cells) + " |")
        return t["legend"] + "\n\n" + "\n".join(rows)

    def failures(self, lang: str) -> str:
        """Each failure on another release, with the error that run ended with."""
        items = []
        for release in self.releases:
            for rel in sorted(self.snippets):
                if self.status(rel, release) == "fail":
                    detail = self.results[rel][release].get("detail", "")
                    items.append(f"- TF {_short(release)} · `{rel}`: `{_last_error(detail)}`")
        return "\n".join(items) or ("（无）" if lang == "zh" else "(none)")


def _last_error(detail: str) -> str:
    """The line that says what went wrong, from a recorded problem (first line of a diff, or the
    last exception line of a traceback), shortened for a list."""
    lines = [l.strip() for l in detail.splitlines() if l.strip()]
    exc = [l for l in lines if re.match(r"^[\w.]+(Error|Exception|Exit)\b", l)]
    text = exc[-1] if exc else (lines[0] if lines else "")
    if detail.startswith("prerequisite failed"):
        text = lines[0]
    text = text.replace("`", "'")
    return text if len(text) <= 160 else text[:157] + "..."


_marks: Marks | None = None


def on_config(config):
    global _marks
    _marks = Marks()


def on_page_markdown(markdown, page, config, files):
    if MATRIX_MARK in markdown:
        markdown = markdown.replace(MATRIX_MARK, _marks.matrix(config.theme["language"]))
    if FAILURES_MARK in markdown:
        markdown = markdown.replace(FAILURES_MARK, _marks.failures(config.theme["language"]))
    return markdown


def on_page_content(content, page, config, files):
    lang = config.theme["language"]

    def mark(m):
        rel = html.unescape(m.group(2)).strip()
        if rel not in _marks.snippets:
            return m.group(0)
        # A snippet's source stays out of the search index (its outputs and errors stay in):
        # it is most of the index's weight, and every page load fetches the index.
        div = f"{m.group(1)} data-search-exclude>" if m.group(1) else ""
        return f'{div}<span class="filename">{m.group(2)} {_marks.badge(rel, lang)}</span>'

    return FILENAME_RE.sub(mark, content)
