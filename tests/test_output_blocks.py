"""Every output and error a page shows is shown whole: each `.out` / `.err` a page includes is one
rendered block holding the whole file, whatever the file holds (Markdown fences, HTML, braces).

Which files a page shows is worked out here from the snippet markers and the snippet model, not
from hooks/markers.py, and the check is on the built HTML: a message that closed its block early
(Keras's KerasTensor error carries ``` fences) would leave a shorter block and stray paragraphs.
"""

import pytest
from bs4 import BeautifulSoup

import markers
import snippet_model as model
from conftest import ROOT

DOCS = {"zh": ROOT / "docs" / "zh", "en": ROOT / "docs" / "en"}
TAB_LENGTH = 4  # Python-Markdown expands tabs before any block is parsed (its tab_length)


def shown_files(marker: str) -> list:
    """The .out/.err files one snippet or snippet-tabs marker shows (none for code-only quotes)."""
    name, _, args = marker.partition(":")
    words = args.split()
    if name == "snippet":
        if any(w.startswith("lines=") or w == "only=code" for w in words[1:]):
            return []
        snippets = [model.Snippet(model.SNIPPETS / words[0])]
    else:
        snippets = [model.Snippet(model.SNIPPETS / rel) for rel in markers.snippet_paths(f"<!-- {marker} -->")]
    files = []
    for s in snippets:
        for rt in s.runtimes():
            exp = s.expected(rt)
            if exp.stdout and exp.out_file not in files:
                files.append(exp.out_file)
            if exp.error is not None and exp.err_file not in files:
                files.append(exp.err_file)
    return files


def html_of(site, lang, page):
    base = site if lang == "zh" else site / "en"
    rel = page.with_suffix("").as_posix()
    rel = rel[: -len("index")] if rel == "index" or rel.endswith("/index") else rel + "/"
    return base / rel / "index.html"


def cases():
    for lang, docs in DOCS.items():
        for md in sorted(docs.rglob("*.md")):
            files = [f for m in markers.snippet_markers(md.read_text(encoding="utf-8")) for f in shown_files(m)]
            if files:
                yield pytest.param(lang, md.relative_to(docs), files, id=f"{lang}/{md.relative_to(docs)}")


def normal(text: str) -> str:
    """As a block shows it: tabs expanded, no blank lines before or after (Pygments strips those)."""
    return "\n".join(line.expandtabs(TAB_LENGTH) for line in text.strip("\n").split("\n"))


@pytest.mark.parametrize("lang, page, files", list(cases()))
def test_each_output_and_error_is_one_whole_block(site, lang, page, files):
    soup = BeautifulSoup(html_of(site, lang, page).read_text(encoding="utf-8"), "html.parser")
    blocks = [normal(code.get_text()) for code in soup.select("article .output.highlight pre > code")]
    for f in files:
        text = normal(f.read_text(encoding="utf-8"))
        assert text in blocks, f"{f.relative_to(ROOT)} is not shown whole in one block of {lang}/{page}"
    # and no block holds more or less than some file: nothing spilled out of a block into another
    wanted = {normal(f.read_text(encoding="utf-8")) for f in files}
    assert set(blocks) <= wanted, [b[:80] for b in set(blocks) - wanted]


def test_the_check_covers_the_outputs_that_hold_markdown():
    checked = {f for p in cases() for f in p.values[2]}
    assert len(checked) > 200, len(checked)
    fenced = [f for f in checked if "```" in f.read_text(encoding="utf-8")]
    assert fenced, "some shown message holds a Markdown fence (Keras's KerasTensor error does)"
