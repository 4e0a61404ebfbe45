"""Mark each snippet on a page with the TensorFlow releases it was verified on.

Every test run verifies each snippet on the runtimes it names (tools/snippet_model.py): the
pinned release, and TensorFlow 1.15.5 for TF1-style snippets. A snippet that fails there fails
CI, so those marks need no record. Other releases come from snippets/verified-on.json, written by
`make matrix`; a recorded result counts only while the snippet, its prerequisites and its
expected output are unchanged since the run (same digest), so a mark never outlives the code it
was measured on.
"""

import html
import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(Path(__file__).resolve().parent))
import langdata  # noqa: E402
import snippet_model as model  # noqa: E402

RESULTS = ROOT / "snippets" / "verified-on.json"
FILENAME_RE = re.compile(r'(?:(<div class="[^"]*highlight[^"]*")>)?<span class="filename">([^<]+)</span>')
SYMBOL = {"pass": "✓", "differs": "≈", "fail": "✗", "n/a": "n/a"}
STATUSES = set(SYMBOL)


def pinned_release() -> str:
    return model.PINNED.release


def _short(version: str) -> str:
    return ".".join(version.split(".")[:2])


def _key(version: str) -> tuple:
    return tuple(int(x) for x in version.split("."))


def _need(condition, fault: str) -> None:
    if not condition:
        raise ValueError(fault)  # not assert: `python -O` would skip it


def load_results(path: Path) -> dict:
    """verified-on.json, checked: a malformed file fails the build with its name and the fault."""
    if not path.exists():
        return {"releases": {}, "snippets": {}}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        _need(isinstance(data.get("releases"), dict), "'releases' is not an object")
        _need(isinstance(data.get("snippets"), dict), "'snippets' is not an object")
        for release in data["releases"]:
            _need(re.fullmatch(r"\d+(\.\d+)+", release), f"release {release!r} is not a version")
        for rel, runs in data["snippets"].items():
            _need(isinstance(runs, dict), f"{rel}: not an object")
            for release, entry in runs.items():
                _need(re.fullmatch(r"\d+(\.\d+)+", release), f"{rel}: release {release!r} is not a version")
                _need(entry.get("status") in STATUSES, f"{rel} on {release}: status {entry.get('status')!r}")
                _need(isinstance(entry.get("sha256"), str), f"{rel} on {release}: no sha256")
                _need(isinstance(entry.get("problems", []), list), f"{rel} on {release}: problems is not a list")
    except (ValueError, AttributeError, TypeError) as e:
        raise PluginError(f"{path}: malformed ({e}); rerun `make matrix` to rewrite it") from None
    return data


class Marks:
    def __init__(self):
        self.pinned = pinned_release()
        data = load_results(RESULTS)
        self.snippets = {s.rel: s for s in model.discover()}
        # Releases every test run verifies (their venvs are made by `make test`), then the recorded ones.
        # TensorFlow releases only: a consumer's runtime (OpenCV, tensorflowjs, ...) is no column.
        self.tested = {rt.release: rt for rt in model.RUNTIMES.values()
                       if rt.is_tensorflow and any(rt in s.runtimes() for s in self.snippets.values())}
        recorded = [v for v in data["releases"] if v not in self.tested]
        self.releases = sorted([*self.tested, *recorded], key=_key, reverse=True)
        self.releases.remove(self.pinned)
        self.releases.insert(0, self.pinned)
        self.results = data["snippets"]
        self._digests = {}

    def status(self, rel: str, release: str) -> str | None:
        """pass / differs / fail / n/a, or None where nothing fresh says."""
        s = self.snippets[rel]
        rt = self.tested.get(release)
        if rt is not None and rt in s.runtimes():
            if not s.differs_on(rt):
                return "pass"
            same_outcome = (s.expected(rt).error is None) == (s.expected().error is None)
            return "differs" if same_outcome else "fail"
        entry = self.results.get(rel, {}).get(release)
        if rel not in self._digests:
            self._digests[rel] = s.digest()
        if not entry or entry.get("sha256") != self._digests[rel]:
            return None
        return entry["status"]

    def badge(self, rel: str, lang: str) -> str:
        t = langdata.load(lang)["verified"]
        parts = []
        for release in self.releases:
            st = self.status(rel, release)
            if st == "pass":
                parts.append(f"TF {_short(release)}")
            elif st == "differs":
                title = t["differs"].format(pinned=_short(self.pinned))
                parts.append(f'<span title="{html.escape(title)}">TF {_short(release)} ≈</span>')
            elif st == "fail" and self.tested.get(release) in self.snippets[rel].runtimes():
                parts.append(f'<span title="{html.escape(t["failed"])}">TF {_short(release)} ✗</span>')
        # A consumer's snippet (snippets/deploy/) is verified by its own runtime on every test run.
        parts += [rt.label for rt in self.snippets[rel].runtimes() if not rt.is_tensorflow]
        label = t["fails"] if self.snippets[rel].expects_failure else t["verified"]
        return f'<span class="verified-on">✓ {label}{t["colon"]}{" · ".join(parts)}</span>'

    def matrix(self, lang: str) -> str:
        t = langdata.load(lang)["verified"]
        head = f"| {t['snippet']} | " + " | ".join(f"TF {_short(r)}" for r in self.releases) + " |"
        rows = [head, "|---|" + "---|" * len(self.releases)]
        for rel in sorted(self.snippets):
            cells = [SYMBOL.get(self.status(rel, r), "–") for r in self.releases]
            rows.append(f"| `{rel}` | " + " | ".join(cells) + " |")
        return t["legend"] + "\n\n" + "\n".join(rows)

    def failures(self, lang: str) -> str:
        """Each failure on a recorded release, with the problem that run ended with."""
        items = []
        for release in self.releases:
            for rel in sorted(self.snippets):
                if self.status(rel, release) == "fail" and release in self.results.get(rel, {}):
                    problems = self.results[rel][release].get("problems") or [{}]
                    items.append(f"- TF {_short(release)} · `{rel}`: `{_last_error(problems[0])}`")
        return "\n".join(items) or langdata.load(lang)["verified"]["none"]


def _last_error(problem: dict) -> str:
    """The line that says what went wrong, shortened for a list: a prerequisite's message, or the
    last exception line of the run's stderr."""
    message, detail = problem.get("message", ""), problem.get("detail", "")
    text = message
    if problem.get("kind") != "prerequisite":
        exc = [l.strip() for l in detail.splitlines() if re.match(r"^[\w.]+(Error|Exception|Exit)\b", l.strip())]
        text = exc[-1] if exc else message
    text = text.replace("`", "'")
    return text if len(text) <= 160 else text[:157] + "..."


def marks() -> Marks:
    """The marks of this build (made once per build: hooks/markers.py resets it in on_config)."""
    global _marks
    if _marks is None:
        _marks = Marks()
    return _marks


_marks: Marks | None = None


def reset() -> None:
    global _marks
    _marks = None


def add_badges(content: str, lang: str) -> str:
    """Each snippet's title (a path under snippets/) gets its badge."""
    m_ = marks()

    def mark(m):
        rel = html.unescape(m.group(2)).strip()
        if rel not in m_.snippets:
            return m.group(0)
        # A snippet's source stays out of the search index (its outputs and errors stay in):
        # it is most of the index's weight, and every page load fetches the index.
        div = f"{m.group(1)} data-search-exclude>" if m.group(1) else ""
        return f'{div}<span class="filename">{m.group(2)} {m_.badge(rel, lang)}</span>'

    return FILENAME_RE.sub(mark, content)
