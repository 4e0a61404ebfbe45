"""The site builds strictly, and the two languages stay the same site in two languages."""

import json
import re
from urllib.parse import urljoin, urlsplit

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config

import langdata
import markers
import snippet_model as model
from conftest import SITE_URL

ROOT = model.ROOT
DOCS = {"zh": ROOT / "docs" / "zh", "en": ROOT / "docs" / "en"}
FENCE_RE = re.compile(r"^(?P<indent>[ \t]*)(?P<fence>`{3,}|~{3,})(?P<info>[^\n`]*)$")
RUNNABLE = {"python", "py", "python3", "pycon", "bash", "sh", "shell", "zsh"}
CODEBLOCKS_RUNS = {"python", "sh", "bash"}  # what pytest-codeblocks executes (bare, no title)
CJK_RE = re.compile(r"[\u4e00-\u9fff]")


def included_files(text):
    """Snippet files a page shows, through its snippet markers."""
    return markers.snippet_paths(text)


def pages(lang):
    return sorted(p.relative_to(DOCS[lang]).as_posix() for p in DOCS[lang].rglob("*")
                  if p.suffix in (".md", ".ipynb"))


def html_path(site, lang, page):
    base = site if lang == "zh" else site / "en"
    page = page.rsplit(".", 1)[0]
    if page == "index" or page.endswith("/index"):
        return base / (page[: -len("index")] + "index.html")
    return base / page / "index.html"


def soup(path):
    return BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")


def test_strict_build_writes_both_languages(site):
    assert (site / "index.html").is_file()
    assert (site / "en" / "index.html").is_file()


def test_both_languages_have_the_same_pages():
    assert pages("zh") == pages("en")
    assert pages("zh"), "no pages"


def test_every_page_is_in_the_nav_and_every_nav_section_has_a_title_in_each_language():
    config = load_config(str(ROOT / "mkdocs.yml"))
    assert sorted(re.findall(r"[\w/.-]+\.(?:md|ipynb)", json.dumps(config["nav"]))) == pages("zh")
    sections = [next(iter(item)) for item in config["nav"] if isinstance(item, dict)]
    for lang in DOCS:
        assert set(sections) <= set(langdata.load(lang)["nav"]), lang


def test_each_other_language_is_one_inherit_line_and_its_language():
    for config_file in ROOT.glob("mkdocs.*.yml"):
        lang = config_file.name.split(".")[1]
        lines = [l for l in config_file.read_text(encoding="utf-8").splitlines() if l and not l.startswith("#")]
        assert lines == ["INHERIT: mkdocs.yml", "theme:", f"  language: {lang}"], config_file.name
        assert (ROOT / "docs" / lang).is_dir() and (ROOT / "i18n" / f"{lang}.yml").is_file()


@pytest.mark.parametrize("page", pages("zh"))
def test_same_heading_anchors_in_both_languages(site, page):
    anchors = {}
    for lang in DOCS:
        article = soup(html_path(site, lang, page)).select_one("article")
        anchors[lang] = [h.get("id") for h in article.find_all(re.compile("^h[1-6]$"))]
    assert anchors["zh"] == anchors["en"]
    assert all(anchors["zh"]), "every heading has an id"
    assert not any(CJK_RE.search(a) for a in anchors["zh"]), "anchors are explicit { #english-id }"


# A line break between two Chinese characters (or CJK / full-width punctuation, or the dashes, quotes
# and ellipsis Chinese text uses) inside a paragraph renders as a stray space: Chinese paragraphs are
# written on one line.
CJK_CHAR = r"[\u2014\u2018\u2019\u201c\u201d\u2026\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]"
CJK_BREAK_RE = re.compile(rf"{CJK_CHAR}[ \t]*\n\s*{CJK_CHAR}")
BLOCK_TAGS = {"p", "ul", "ol", "li", "div", "pre", "table", "blockquote", "details", "dl", "br"}


def inline_text(el):
    """The text of a <p> or <li> as it flows, with nested blocks (lists, paragraphs) cut out."""
    parts = []
    for child in el.children:
        if isinstance(child, str):
            if type(child).__name__ == "NavigableString":
                parts.append(str(child))
        elif child.name in BLOCK_TAGS:
            parts.append("\0")
        else:
            parts.append(inline_text(child))
    return "".join(parts)


@pytest.mark.parametrize("page", pages("zh"))
def test_no_line_break_between_cjk_characters_in_a_paragraph(site, page):
    article = soup(html_path(site, "zh", page)).select_one("article")
    breaks = [m.group(0) for el in article.find_all(["p", "li"])
              for m in CJK_BREAK_RE.finditer(inline_text(el))]
    assert not breaks, f"{page}: line breaks inside Chinese paragraphs: {breaks}"


@pytest.mark.parametrize("page", pages("zh"))
def test_same_snippet_includes_in_the_same_order(page):
    zh, en = (markers.snippet_markers((DOCS[l] / page).read_text(encoding="utf-8")) for l in ("zh", "en"))
    assert zh == en


def test_every_snippet_is_shown_in_both_languages():
    for lang in DOCS:
        included = {f for p in DOCS[lang].rglob("*.md") for f in included_files(p.read_text())}
        missing = [s.rel for s in model.discover() if s.rel not in included]
        assert not missing, f"snippets no {lang} page shows: {missing}"


@pytest.mark.parametrize("lang", DOCS)
def test_errata_page_shows_every_error_of_the_original_article(lang):
    text = (DOCS[lang] / "errata.md").read_text(encoding="utf-8")
    shown, page = included_files(text), markers.expand(text, lang, f"docs/{lang}/errata.md")
    originals = [s for s in model.discover() if s.is_original]
    assert originals
    for s in originals:
        assert s.rel in shown, f"errata page does not show {s.rel}"
        assert s.expected().error in page, f"errata page does not show the error of {s.rel}"


ARTICLE = ROOT.parent / "shared" / "original-article.zh.txt"


@pytest.mark.skipif(not ARTICLE.exists(), reason="the original article lives in ../shared/")
@pytest.mark.parametrize("lang", DOCS)
def test_quotes_of_the_article_are_verbatim(lang):
    article = ARTICLE.read_text(encoding="utf-8")
    text = (DOCS[lang] / "errata.md").read_text(encoding="utf-8")
    quotes = re.findall(r'^!!! quote "[^"]*"\n((?:    .*\n|\n)+)', text, re.MULTILINE)
    assert quotes
    for quote in quotes:
        for paragraph in re.split(r"\n\s*\n", quote):
            paragraph = " ".join(l.strip() for l in paragraph.splitlines()).strip()
            if not paragraph or paragraph.startswith(("```", "(", "<!-- snippet:")):
                continue  # code is included from snippets/original/; (…) is our translation
            for part in filter(None, (p.strip() for p in paragraph.split("……"))):
                assert part in article, f"not in the article: {part}"


@pytest.mark.parametrize("lang, ui", [("zh", "搜索"), ("en", "Search")])
def test_each_language_has_its_own_ui_language(site, lang, ui):
    for page in pages(lang):
        doc = soup(html_path(site, lang, page))
        assert doc.html["lang"] == lang
        assert doc.select_one("input.md-search__input")["placeholder"] == ui


@pytest.mark.parametrize("lang", DOCS)
def test_search_index_holds_only_its_own_language(site, lang):
    index_file = (site if lang == "zh" else site / "en") / "search" / "search_index.json"
    docs = json.loads(index_file.read_text(encoding="utf-8"))["docs"]
    locations = {d["location"].split("#")[0] for d in docs}
    expected = {("" if p == "index.md" else p.removesuffix("index.md") if p.endswith("/index.md")
                 else p.rsplit(".", 1)[0] + "/") for p in pages(lang)}
    assert locations == expected
    # Paths are the same in both languages, so check the words: every zh page has Chinese text,
    # no en page has a Chinese title.
    whole_pages = [d for d in docs if "#" not in d["location"]]
    if lang == "zh":
        assert all(CJK_RE.search(d["title"] + d["text"]) for d in whole_pages)
    else:
        assert not any(CJK_RE.search(d["title"]) for d in docs)


def test_chinese_words_are_segmented_for_search(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    separator = re.compile(index["config"]["separator"])
    tokens = {t for d in index["docs"] for t in separator.split(d["text"] + " " + d["title"])}
    assert "冻结" in tokens, "jieba segments 冻结 as a word of its own"
    assert "检查点" in tokens


@pytest.mark.parametrize("lang", DOCS)
def test_language_switch_lands_on_the_same_page(site, lang):
    other = "en" if lang == "zh" else "zh"
    for page in pages(lang):
        here = html_path(site, lang, page)
        url = urljoin(SITE_URL, here.relative_to(site).as_posix())
        links = {a["hreflang"]: a["href"] for a in soup(here).select("a.md-select__link[hreflang]")}
        target = urlsplit(urljoin(url, links[other])).path
        expected = urlsplit(urljoin(SITE_URL, html_path(site, other, page).relative_to(site)
                                    .as_posix())).path
        assert target == expected.removesuffix("index.html"), (page, links)


def test_no_request_leaves_the_site(site):
    for html in site.rglob("*.html"):
        doc = soup(html)
        for tag, attr in (("script", "src"), ("link", "href"), ("img", "src"), ("iframe", "src"),
                          ("source", "src")):
            for el in doc.find_all(tag):
                url = el.get(attr)
                if tag == "link" and "alternate" in (el.get("rel") or []) or "canonical" in (el.get("rel") or []):
                    continue  # not requests: links the browser does not fetch
                if url:
                    assert not urlsplit(url).netloc or url.startswith(SITE_URL), f"{html}: {url}"
        assert "fonts.googleapis" not in html.read_text(encoding="utf-8")


@pytest.mark.parametrize("config_file", ["mkdocs.yml", "mkdocs.en.yml"])
def test_theme_features_the_pages_rely_on(config_file):
    config = load_config(str(ROOT / config_file))
    assert "pymdownx.snippets" not in config["markdown_extensions"], "snippets come in through the snippet marker"
    features = config["theme"]["features"]
    assert "content.code.copy" in features
    assert "content.tabs.link" in features
    assert "navigation.instant" not in features, "instant navigation breaks the language switcher"
    assert config["theme"]["font"] is False, "no Google Fonts"


def test_content_tabs_are_exactly_tf1_and_tf2(site):
    seen = 0
    for html in site.rglob("*.html"):
        for tabs in soup(html).select("div.tabbed-set"):
            labels = [l.get_text(strip=True) for l in tabs.select(".tabbed-labels > label")]
            assert labels == ["TF1 (compat.v1)", "TF2"], f"{html}: {labels}"
            seen += 1
    assert seen, "no TF1/TF2 tabs anywhere"


# ----------------------------------------------------------------------------- code blocks


def fenced_blocks(path):
    """(line number, info string, body) of every fenced code block in a Markdown file."""
    lines = path.read_text(encoding="utf-8").splitlines()
    i = 0
    while i < len(lines):
        m = FENCE_RE.match(lines[i])
        if m:
            fence, start, body = m["fence"], i + 1, []
            i += 1
            while i < len(lines) and not lines[i].strip().startswith(fence):
                body.append(lines[i].strip())
                i += 1
            yield start, m["info"].strip(), [b for b in body if b]
        i += 1


def markdown_files():
    return [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]


@pytest.mark.parametrize("path", markdown_files(), ids=lambda p: p.relative_to(ROOT).as_posix())
def test_every_code_block_is_a_snippet_or_is_run(path):
    for line, info, body in fenced_blocks(path):
        lang = info.split()[0].lstrip(".{") if info else ""
        if lang in RUNNABLE:
            assert info in CODEBLOCKS_RUNS, (
                f"{path.name}:{line}: ```{info} block is neither a snippet (<!-- snippet: path -->) nor run "
                "(pytest-codeblocks runs only bare ```python, ```sh and ```bash blocks)")
            prev = path.read_text(encoding="utf-8").splitlines()[line - 2] if line > 1 else ""
            assert "skip" not in prev, f"{path.name}:{line}: skipped blocks are not allowed"
        else:
            assert lang in {"text", "console", "yaml", "toml", "json"}, \
                f"{path.name}:{line}: ```{info}: declare output as ```text"


# Numbers in the prose that no output prints, each worked out from what the page shows.
DERIVED_NUMBERS = {
    "3000": "formats: 1000 + 2000 float32 variables, from the snippet's shapes",
    "256": "convert: a 64×4 kernel",
    "100": "bench: about 1M (100 万) parameters, from the model size printed",
    "3.7": "versions: TensorFlow 1.15 needs Python 3.7 (the tf1_15 group of pyproject.toml)",
}
VERSION_NUMBERS = {"1.1", "1.2", "2.1", "2.2", "2.0", "2.6", "1.15", "2.15", "2.16", "2.18", "2.21",
                   "3.11"}
CODE_BLOCK_RE = re.compile(r"^[ \t]*(`{3,})[^\n]*\n(.*?)^[ \t]*\1[ \t]*$", re.S | re.M)
NUMBER_RE = re.compile(r"(?<![\w.#/-])(\d+\.\d+(?:e-?\d+)?|\d+e-\d+|\d{3,})(?![\w.]*\w)")


@pytest.mark.parametrize("lang", DOCS)
def test_numbers_in_the_prose_come_from_the_outputs_shown(lang):
    for page in sorted(DOCS[lang].rglob("*.md")):
        text = page.read_text(encoding="utf-8")
        page_md = markers.expand(text, lang, page.relative_to(model.ROOT).as_posix())
        shown = "\n".join(body for _, body in CODE_BLOCK_RE.findall(page_md))
        prose = re.sub(r"```.*?```|<!--.*?-->|\]\([^)]*\)", "", text, flags=re.S)
        prose = re.sub(r"\A---.*?---", "", prose, flags=re.S)
        stray = {n for n in NUMBER_RE.findall(prose)
                 if n not in shown and n not in VERSION_NUMBERS and n not in DERIVED_NUMBERS}
        assert not stray, f"{page.name}: numbers no output on the page shows: {sorted(stray)}"


def test_no_page_points_its_language_twin_at_a_home_page(site):
    # Material writes <link rel="alternate" hreflang> to each language's home page; the twins of a
    # page are in sitemap.xml instead, so no page may carry such a link (overrides/main.html).
    for html in site.rglob("*.html"):
        assert not soup(html).select('link[rel="alternate"][hreflang]'), html
