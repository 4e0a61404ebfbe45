"""No page holds a URL of another host, other than the links a reader clicks and the text a reader
reads (an error message that quotes a URL): not in a script, a style, or any other attribute, even
where it would never be fetched (nbconvert's mermaid loader named a CDN; hooks/notebook_pages.py)."""

import re
from urllib.parse import urlsplit

import pytest
from bs4 import BeautifulSoup, Comment

from conftest import SITE_URL

URL_RE = re.compile(r"(?:https?:)?//([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+)(?::\d+)?(?:/[^\s\"'<>`)]*)?(?![\w.-])")
# Names that never reach a third party (RFC 2606 / RFC 6761), used in comments and examples.
RESERVED = re.compile(r"(^|\.)(example|invalid|test|localhost)$|^example\.(com|net|org)$")


def third_party(text: str) -> list[str]:
    own = urlsplit(SITE_URL).hostname
    return [m.group(0) for m in URL_RE.finditer(text)
            if m.group(1) != own and not RESERVED.search(m.group(1).lower())]


def stray_urls(html: str) -> list[str]:
    """Third-party URLs of a page outside <a href>, xmlns and the text a reader reads."""
    doc = BeautifulSoup(html, "html.parser")
    found = []
    for el in doc.find_all(True):
        for name, value in el.attrs.items():
            if (el.name == "a" and name == "href") or name == "xmlns" or name.startswith("xmlns:"):
                continue
            found += [f"<{el.name} {name}> {u}" for u in third_party(" ".join(value) if isinstance(value, list)
                                                                       else str(value))]
    for el in doc.find_all(["script", "style"]):
        found += [f"<{el.name}> {u}" for u in third_party(el.get_text())]
    for comment in doc.find_all(string=lambda s: isinstance(s, Comment)):
        found += [f"<!-- --> {u}" for u in third_party(str(comment))]
    return found


def test_the_check_finds_what_it_must_and_allows_what_it_may():
    page = """<html><head><script type="module">import("https://cdn.example.org.cn/x.mjs")</script>
      <link rel="stylesheet" href="https://fonts.googleapis.com/css"><style>@import url(//cdn.io/a.css);</style>
      </head><body><svg xmlns="http://www.w3.org/2000/svg"></svg><a href="https://www.tensorflow.org/x">x</a>
      <pre><code>see https://www.tensorflow.org/guide</code></pre><p>//evil.example/en/x</p>
      <!-- https://www.w3.org/TR/x --></body></html>"""
    assert sorted(stray_urls(page)) == sorted([
        "<script> https://cdn.example.org.cn/x.mjs", "<link href> https://fonts.googleapis.com/css",
        "<style> //cdn.io/a.css", "<!-- --> https://www.w3.org/TR/x"])


def test_no_page_holds_a_third_party_url_but_the_links_a_reader_clicks(site):
    pages = sorted(site.rglob("*.html"))
    assert len(pages) > 20
    stray = {p.relative_to(site).as_posix(): s for p in pages if (s := stray_urls(p.read_text(encoding="utf-8")))}
    assert stray == {}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_notebook_pages_have_no_mermaid_loader(site, lang):
    pages = sorted((site if lang == "zh" else site / "en").glob("notebooks/*/index.html"))
    assert pages
    for page in pages:
        text = page.read_text(encoding="utf-8")
        assert "jp-Mermaid" not in text and "mermaid.esm" not in text, page
