"""The offline copy (hooks/offline.py): every build writes offline.zip, the whole site in both
languages, linked from each language's home page; unzipped and opened from disk (file://) in a
real browser, its pages link to pages, the language switch works, and search finds pages in
each language, with no request leaving the disk."""

import zipfile
from pathlib import Path

import offline
import pytest
from bs4 import BeautifulSoup
from test_browser import browser  # noqa: F401  (fixtures)
from test_site import DOCS, pages

import langdata

pytestmark = pytest.mark.xdist_group("browser")


@pytest.fixture(scope="module")
def unzipped(site, tmp_path_factory):
    out = tmp_path_factory.mktemp("offline")
    with zipfile.ZipFile(site / offline.NAME) as z:
        z.extractall(out)
    return out / offline.FOLDER


@pytest.mark.parametrize("lang", DOCS)
def test_each_home_page_links_to_the_zip(site, lang):
    home = site / "index.html" if lang == "zh" else site / lang / "index.html"
    link = BeautifulSoup(home.read_text(encoding="utf-8"), "html.parser").select_one("p.offline-copy a[download]")
    assert link and link.get_text() == langdata.load(lang)["page"]["offline"]
    assert (home.parent / link["href"]).resolve() == (site / offline.NAME).resolve()
    assert (site / offline.NAME).stat().st_size > 100_000


def test_the_copy_holds_every_page_with_links_that_work_from_disk(unzipped):
    for lang in DOCS:
        root = unzipped if lang == "zh" else unzipped / lang
        for page in pages(lang):
            rel = page.rsplit(".", 1)[0]
            html = root / ("index.html" if rel == "index" else f"{rel.removesuffix('/index')}/index.html")
            assert html.is_file(), html
        assert (root / "search" / "search_index.js").read_text(encoding="utf-8").startswith("var __index = ")
    for html in unzipped.rglob("*.html"):
        doc = BeautifulSoup(html.read_text(encoding="utf-8"), "html.parser")
        for el in doc.select("a[href], link[href], script[src], img[src]"):
            url = el.get("href") or el.get("src")
            if url.startswith(("#", "http:", "https:", "mailto:", "data:", "/")) or html.name == "404.html":
                continue
            target = (html.parent / url.split("#")[0].split("?")[0]).resolve()
            assert target.is_file(), f"{html.relative_to(unzipped)}: {url}"
        assert not doc.select("p.offline-copy"), "the copy does not link to itself"


@pytest.mark.parametrize("lang, query, answer",
                         [("zh", "检查点", "checkpoints"), ("en", "import_meta_graph", "checkpoints")])
def test_the_copy_works_from_disk_search_included(browser, unzipped, lang, query, answer):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    errors, requests = [], []
    page.on("console", lambda m: m.type == "error" and errors.append(m.text))
    page.on("pageerror", lambda e: errors.append(str(e)))
    page.on("request", lambda r: not r.url.startswith(("file:", "data:")) and requests.append(r.url))
    root = unzipped if lang == "zh" else unzipped / lang
    page.goto((root / "index.html").as_uri())
    # navigate: a link of the nav, then the language switch and back
    page.locator(f"nav.md-nav--primary a[href$='{answer}/index.html']").first.click()
    assert Path(page.url.removeprefix("file://")) == root / answer / "index.html"
    other = "en" if lang == "zh" else "zh"
    page.locator(".md-header__option .md-select").hover()
    page.locator(f"a.md-select__link[hreflang={other}]").click()
    page.wait_for_load_state()
    assert page.locator("html").get_attribute("lang") == other and page.url.endswith(f"/{answer}/index.html")
    page.go_back()
    page.wait_for_load_state()
    # search
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")
    page.locator(".md-search-result__item").first.wait_for(timeout=20000)
    hrefs = page.eval_on_selector_all(".md-search-result__list > .md-search-result__item",
                                      "items => items.map(i => i.querySelector('a').href)")
    assert any(h.split("?")[0].endswith(f"/{answer}/index.html") for h in hrefs[:3]), hrefs[:3]
    page.locator(".md-search-result__item a").first.click()
    page.wait_for_load_state()
    assert page.url.startswith("file://") and "/index.html" in page.url
    assert errors == [] and requests == []
    context.close()


def test_folder_links_get_their_index_html():
    assert offline.folder_link("checkpoints/") == "checkpoints/index.html"
    assert offline.folder_link("../") == "../index.html"
    assert offline.folder_link(".") == "./index.html"
    assert offline.folder_link("../..") == "../../index.html"
    assert offline.folder_link("assets/x.css") == "assets/x.css"
    assert offline.folder_link("https://www.tensorflow.org/") == "https://www.tensorflow.org/"
    html = offline.offline_html('<a href="../en/x/#y">a</a><a href="#z">b</a><script defer src="../a.js"></script>',
                                "../shim.js")
    assert html == ('<a href="../en/x/index.html#y">a</a><a href="#z">b</a><script defer src="../shim.js"></script>\n'
                    '<script defer src="../a.js"></script>')
