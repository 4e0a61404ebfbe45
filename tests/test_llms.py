"""llms.txt and the Markdown copy of every page (hooks/llms.py): each language's site has an
llms.txt that links every page's copy, and each copy holds the page's snippets and outputs as the
page shows them (markers filled in), or a notebook's cells with the outputs of the build's run."""

import json
import re
from pathlib import PurePosixPath

import pytest
from test_site import DOCS, pages

import langdata
import markers
import snippet_model as model

LINK_RE = re.compile(r"^- \[([^\]]+)\]\(([^)]+)\)$", re.M)


def root(site, lang):
    return site if lang == "zh" else site / lang


def copy_of(site, lang, page):
    return root(site, lang) / PurePosixPath(page).with_suffix(".md")


def in_order(needles: list[str], haystack: list[str]) -> bool:
    """Every needle line is a line of the haystack, in the same order (indentation aside)."""
    it = iter(line.strip() for line in haystack)
    return all(any(line == needle.strip() for line in it) for needle in needles if needle.strip())


def shown(marker: str):
    """(code lines, output text or None) of each snippet a marker shows, as the page shows it."""
    name, _, args = marker.partition(":")
    if name == "snippet-tabs":
        stem = args.strip()
        return [x for style in ("tf1", "tf2") for sfx in model.SUFFIXES
                if (model.SNIPPETS / f"{stem}_{style}{sfx}").is_file() for x in shown(f"snippet: {stem}_{style}{sfx}")]
    path, *opts = args.split()
    s = model.Snippet(model.SNIPPETS / path)
    opts = dict(o.split("=") for o in opts)
    code = s.text().splitlines()
    if "lines" in opts:
        a, b = map(int, opts["lines"].split("-"))
        return [(code[a - 1:b], None)]
    exp = s.expected(model.PINNED) if model.PINNED in s.runtimes() else s.expected(s.runtimes()[0])
    out = None if opts.get("only") == "code" else (exp.stdout or exp.error)
    return [([] if opts.get("only") == "output" else code, out)]


@pytest.mark.parametrize("lang", DOCS)
def test_every_page_has_its_markdown_copy_with_its_snippets_and_outputs(site, lang):
    checked = 0
    for page in pages(lang):
        copy = copy_of(site, lang, page)
        assert copy.is_file(), f"no Markdown copy of {lang}/{page}"
        text = copy.read_text(encoding="utf-8")
        if page.endswith(".ipynb"):
            continue
        assert not markers.COMMENT_RE.search(text), f"{copy}: a marker is left unfilled"
        source = (DOCS[lang] / page).read_text(encoding="utf-8")
        for marker in markers.snippet_markers(source):
            for code, out in shown(marker):
                assert in_order(code, text.splitlines()), f"{copy}: the code of {marker} is missing"
                if out:
                    assert in_order(out.splitlines(), text.splitlines()), f"{copy}: the output of {marker} is missing"
                checked += 1
    assert checked > 50, "the copies hold the pages' snippets"


@pytest.mark.parametrize("lang", DOCS)
def test_notebook_copies_hold_cells_and_outputs(site, lang):
    notebooks = [p for p in pages(lang) if p.endswith(".ipynb")]
    assert notebooks
    for page in notebooks:
        text = copy_of(site, lang, page).read_text(encoding="utf-8")
        cells = json.loads((DOCS[lang] / page).read_text(encoding="utf-8"))["cells"]
        for cell in cells:
            assert in_order("".join(cell["source"]).splitlines(), text.splitlines()), cell["source"][:3]
        assert text.count("```text\n") >= 3, "the outputs of the build's run are there"
        assert text.count("```python\n") == sum(c["cell_type"] == "code" for c in cells)


@pytest.mark.parametrize("lang", DOCS)
def test_llms_txt_links_every_copy_relatively(site, lang):
    text = (root(site, lang) / "llms.txt").read_text(encoding="utf-8")
    data = langdata.load(lang)
    assert text.startswith(f"# {data['site_name']}\n\n> {data['site_description']}\n")
    links = LINK_RE.findall(text)
    targets = [href for _, href in links if not href.endswith("llms.txt")]
    assert sorted(targets) == sorted(str(PurePosixPath(p).with_suffix(".md")) for p in pages(lang))
    for _, href in links:
        assert not re.match(r"[a-z]+:|/", href), f"{href}: relative, so that it holds under a version prefix"
        assert (root(site, lang) / href).resolve().is_file(), href
    others = [href for _, href in links if href.endswith("llms.txt")]
    assert len(others) == len(DOCS) - 1, "each other language's llms.txt"
    sections = re.findall(r"^## (.+)$", text, re.M)
    assert set(data["nav"].values()) <= set(sections)
