"""The error index as data: every build writes errors.json at its language's root (issue 19).

The index is the overview page, docs/<lang>/errors/index.md: under a heading per family,

    ### [Checkpoints](checkpoints.md) { #family-checkpoints }

one list item per entry, linking to it (on a family page, errors/<family>.md, or in a chapter):

    - [`Key ... not found in checkpoint`](checkpoints.md#key-not-found-in-checkpoint)

This hook reads that list and, for each entry, the section of the page it links to: the snippets
shown there, and from them, through tools/snippet_model.py, the errors they must end with (their
`.err` files, one per runtime where it differs: the files the tests compare a real run with). It
writes for each entry its id (the anchor), family, URL, title, the first line of its error, the
error normalised (what the paste box on the overview compares), and the releases the message was
seen on: the runtimes every test run checks, and those `make matrix` recorded in
snippets/verified-on.json for this exact code (hooks/verified_on.py). No marker: the page's own
list is the index, and the build fails when a family page holds an entry the list lacks.

It also gives the overview page the map from each anchor of the former single page (errors/#id)
to the entry's new address, for overrides/assets/errors.js to send old links on.
"""

from __future__ import annotations

import json
import posixpath
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.files import File

HOOKS = Path(__file__).resolve().parent
sys.path.insert(0, str(HOOKS))
sys.path.insert(0, str(HOOKS.parent / "tools"))
import markers  # noqa: E402
import snippet_model as model  # noqa: E402
import verified_on  # noqa: E402

OVERVIEW = "errors/index.md"
FAMILY_DIR = "errors/"
OUTPUT = "errors.json"
FAMILY_RE = re.compile(r"^#{2,3} \[(?P<name>.+?)\]\((?P<page>[\w-]+\.md)\) \{ #family-(?P<family>[\w-]+) \}\s*$")
ITEM_RE = re.compile(r"^- \[(?P<title>.+?)\]\((?P<target>[^()\s#]+\.md)#(?P<id>[\w-]+)\)")
HEADING_RE = re.compile(r"^(?P<level>#{1,6}) (?P<text>.*?) \{ #(?P<id>[\w-]+) \}\s*$")

# What varies between runs of the same error, replaced in this order. Each is a regular expression
# that means the same to Python (re.ASCII) and to JavaScript; "$1" is the first group. The build
# applies them to the .err files, the paste box (overrides/assets/errors.js) to what is pasted.
NORMALISE = [
    # tensorflow.python.framework.errors_impl.NotFoundError -> NotFoundError
    (r"\b(?:[A-Za-z_]\w*\.)+([A-Za-z_]\w*(?:Error|Exception|Warning))\b", "$1"),
    (r"\b0x[0-9a-fA-F]+\b", " HEX "),
    (r"\b[a-zA-Z][\w+.-]*://[^\s'\"`]+", " URL "),
    (r"\b[A-Za-z]:\\[^\s'\"`]*", " PATH "),
    (r"\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b", " HOST "),
    (r"\blocalhost(?::\d+)?\b", " HOST "),
    (r"\b(?:[A-Za-z0-9-]+\.)+(?:com|org|net|io|dev|local|internal|cn)(?::\d+)?\b", " HOST "),
    # anything with a slash: file paths, scoped node names (tower/w), devices
    (r"[\w.~$@{}|*+=-]*(?:/[\w.~$@{}|*+=-]*)+", " PATH "),
    (r"\b[\w-]+(?:\.[\w-]+)*\.(?:pb|pbtxt|h5|hdf5|keras|ckpt|index|meta|tflite|onnx|npy|npz|json|py|txt|zip)\b",
     " PATH "),
    (r"\b[\w.-]+:\d+\b", " TENSOR "),
    (r"\((?:\s*(?:-?\d+|None|\?)\s*,)+\s*(?:-?\d+|None|\?)?\s*\)", " SHAPE "),
    (r"\[(?:\s*(?:-?\d+|None|\?)\s*,)+\s*(?:-?\d+|None|\?)?\s*\]", " SHAPE "),
    (r"\b\d+(?:\.\d+)*(?:e[-+]?\d+)?\b", " NUM "),
    (r"[`'\"\u2018\u2019\u201c\u201d\u00ab\u00bb]", " "),
]
_COMPILED = [(re.compile(p, re.ASCII), r) for p, r in NORMALISE]


def normalise(text: str) -> str:
    """The text with what varies between runs replaced by placeholders; spaces collapsed, and
    blank lines dropped (the paste box also scores each line of a long error on its own)."""
    for pattern, repl in _COMPILED:
        text = pattern.sub(lambda m, r=repl: r.replace("$1", m.group(1) or "") if "$1" in r else r, text)
    lines = (re.sub(r"[ \t\r\f\v]+", " ", line).strip() for line in text.split("\n"))
    return "\n".join(line for line in lines if line)


def _plain(title: str) -> str:
    """A listed title as words: no code marks, no '...', no Markdown link around it."""
    return re.sub(r"\s+", " ", title.replace("`", " ").replace("...", " ")).strip()


def read_index(text: str, where: str) -> list[dict]:
    """The overview's entries, in order: family, title, target page (relative to docs/<lang>/), id."""
    items, family = [], None
    for number, line in enumerate(text.splitlines(), 1):
        m = FAMILY_RE.match(line)
        if m:
            family = m.group("family")
            if m.group("page") != f"{family}.md":
                raise PluginError(f"{where}:{number}: the family '{family}' must link to {family}.md")
            continue
        if line.startswith("#"):
            family = None
            continue
        m = ITEM_RE.match(line)
        if m and family:
            target = posixpath.normpath(posixpath.join(posixpath.dirname(OVERVIEW), m.group("target")))
            items.append({"family": family, "title": m.group("title"), "page": target, "id": m.group("id"),
                          "line": number})
    return items


def section(text: str, anchor: str) -> str | None:
    """The part of a page under the heading { #anchor }, up to the next heading of its level or above."""
    lines, start, level = text.splitlines(), None, 0
    for i, line in enumerate(lines):
        m = HEADING_RE.match(line)
        if not m:
            continue
        if start is None and m.group("id") == anchor:
            start, level = i, len(m.group("level"))
        elif start is not None and len(m.group("level")) <= level:
            return "\n".join(lines[start:i])
    return "\n".join(lines[start:]) if start is not None else None


def _seen_on(marks: verified_on.Marks, s: model.Snippet, err: str) -> list[str]:
    """Releases on which this snippet ended with exactly this error's first line."""
    first = err.splitlines()[0] if err else ""
    seen = []
    for release in marks.releases:
        rt = marks.tested.get(release)
        if rt is not None and rt in s.runtimes():
            e = s.expected(rt).error
            if e is not None and e.splitlines()[:1] == [first]:
                seen.append(release)
            continue
        status = marks.status(s.rel, release)
        pinned_err = s.expected().error
        if pinned_err is None or pinned_err.splitlines()[:1] != [first]:
            continue
        kinds = {p.get("kind") for p in marks.results.get(s.rel, {}).get(release, {}).get("problems", [])}
        if status == "pass" or (status == "differs" and kinds <= {"stdout-differs"}):
            seen.append(release)
    return seen


def _shown_snippets(block: str) -> list[model.Snippet]:
    """Snippets a page section shows (whole, or their code, or their outputs; not quoted lines)."""
    found = []
    for marker in markers.snippet_markers(block):
        name, _, args = marker.partition(":")
        if name == "snippet" and any(a.startswith("lines=") for a in args.split()[1:]):
            continue
        for rel in markers.snippet_paths(f"<!-- {marker} -->"):
            s = model.Snippet(model.SNIPPETS / rel)
            if s not in found:
                found.append(s)
    return found


def _overlap(title: str, pattern: str) -> int:
    words = set(re.findall(r"[a-z0-9_]{3,}", normalise(_plain(title)).lower()))
    return len(words & set(re.findall(r"[a-z0-9_]{3,}", pattern.lower())))


def entry(item: dict, page_text: str, marks: verified_on.Marks, url: str) -> dict:
    block = section(page_text, item["id"])
    if block is None:
        raise PluginError(f"docs/.../{OVERVIEW}:{item['line']}: {item['page']} has no heading {{ #{item['id']} }}")
    messages = []
    for s in _shown_snippets(block):
        for rt in s.runtimes():
            err = s.expected(rt).error
            if not err or not err.strip():
                continue
            known = next((m for m in messages if m["snippet"] == s.rel and m["_err"] == err), None)
            if known:
                known["runtimes"].append(rt.release)
                continue
            messages.append({"snippet": s.rel, "runtimes": [rt.release], "message": err.splitlines()[0],
                             "pattern": normalise(err), "seen_on": _seen_on(marks, s, err), "_err": err})
    source = "err"
    if not messages:
        # A warning: the line of a shown output that holds the title's longest literal part.
        parts = sorted((p.strip() for p in re.split(r"\.\.\.|/|`", item["title"])), key=len, reverse=True)
        for s in _shown_snippets(block):
            out = s.expected().stdout or ""
            line = next((l for l in out.splitlines() if parts and len(parts[0]) >= 12 and parts[0] in l), None)
            if line:
                messages.append({"snippet": s.rel, "runtimes": [rt.release for rt in s.runtimes()],
                                 "message": line.strip(), "pattern": normalise(line), "seen_on": [], "_err": ""})
                source = "out"
                break
    if not messages:
        source = "cited"  # quoted on the page from the threads it cites: no run here prints it
        quoted = " / ".join(c.strip() for c in re.findall(r"`+([^`]+)`+", item["title"])) or _plain(item["title"])
        messages.append({"snippet": None, "runtimes": [], "message": quoted,
                         "pattern": normalise(quoted), "seen_on": [], "_err": ""})
    messages.sort(key=lambda m: (-_overlap(item["title"], m["pattern"]), model.PINNED.release not in m["runtimes"]))
    for m in messages:
        del m["_err"]
    first = messages[0]
    return {"id": item["id"], "family": item["family"], "url": url, "title": _plain(item["title"]),
            "message": first["message"], "pattern": first["pattern"], "seen_on": first["seen_on"],
            "source": source, "messages": messages}


def headings(text: str) -> list[tuple[int, str]]:
    return [(len(m.group("level")), m.group("id")) for m in map(HEADING_RE.match, text.splitlines()) if m]


def build_index(docs: Path, files, lang: str) -> tuple[dict, dict]:
    """errors.json's content, and the map old anchor -> address relative to the overview page."""
    where = f"docs/{lang}/{OVERVIEW}"
    items = read_index((docs / OVERVIEW).read_text(encoding="utf-8"), where)
    if not items:
        raise PluginError(f"{where}: no entries listed "
                          "(### [Family](family.md) {{ #family-x }}, then - [message](page.md#id))")
    listed = {(i["page"], i["id"]) for i in items}
    seen, moves = set(), {}
    overview_url = files.get_file_from_path(OVERVIEW).url
    family_pages = sorted((f for f in files.documentation_pages() if f.src_uri.startswith(FAMILY_DIR)
                           and f.src_uri != OVERVIEW), key=lambda f: f.src_uri)
    for f in family_pages:
        text = Path(f.abs_src_path).read_text(encoding="utf-8")
        for level, anchor in headings(text):
            if level == 2 and (f.src_uri, anchor) not in listed:
                raise PluginError(f"docs/{lang}/{f.src_uri}: the entry {{ #{anchor} }} is not listed in {where}")
            moves.setdefault(anchor, posixpath.relpath(f.url, overview_url) + "/#" + anchor)
    marks = verified_on.marks()
    entries = []
    for item in items:
        if (item["page"], item["id"]) in seen:
            continue  # a section that answers two messages is listed once per message, one entry
        seen.add((item["page"], item["id"]))
        same = [i for i in items if (i["page"], i["id"]) == (item["page"], item["id"])]
        if len({i["family"] for i in same}) > 1:
            raise PluginError(f"{where}:{same[1]['line']}: {item['page']}#{item['id']} is listed in two families")
        item = {**item, "title": " / ".join(i["title"] for i in same)}
        target = files.get_file_from_path(item["page"])
        if target is None:
            raise PluginError(f"{where}:{item['line']}: no page {item['page']}")
        text = Path(target.abs_src_path).read_text(encoding="utf-8")
        entries.append(entry(item, text, marks, f"{target.url}#{item['id']}"))
        moves.setdefault(item["id"], posixpath.relpath(target.url, overview_url) + "/#" + item["id"])
    for _, anchor in headings((docs / OVERVIEW).read_text(encoding="utf-8")):
        moves.pop(anchor, None)  # an anchor of the overview itself stays there
    data = {"version": 1, "language": lang, "normalise": [list(r) for r in NORMALISE],
            "releases": marks.releases, "entries": entries}
    return data, moves


_moves: dict = {}


def on_files(files, config):
    global _moves
    lang = config.theme["language"]
    if files.get_file_from_path(OVERVIEW) is None:
        return files
    data, _moves = build_index(Path(config.docs_dir), files, lang)
    content = json.dumps(data, ensure_ascii=False, indent=None, separators=(",", ":")) + "\n"
    files.append(File.generated(config, OUTPUT, content=content))
    return files


def on_page_content(html, page, config, files):
    if page.file.src_uri != OVERVIEW:
        return html
    # Data, not script (CSP leaves it alone): read by overrides/assets/errors.js.
    moves = json.dumps(_moves, sort_keys=True, separators=(",", ":")).replace("</", "<\\/")
    return html + f'\n<script type="application/json" id="error-moves">{moves}</script>\n'
