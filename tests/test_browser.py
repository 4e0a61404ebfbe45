"""The site in a real browser (Debian's Chromium driven by Playwright), served as GitHub Pages
serves it, with every request to another host blocked."""

import os
from pathlib import Path
from urllib.parse import urlsplit

import pytest

import snippet_runner as runner
from conftest import ROOT

pytestmark = pytest.mark.xdist_group("browser")  # one browser, in one worker

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
# As root Chromium needs --no-sandbox; the rest stop its own calls to Google's hosts.
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync",
                 "--disable-dev-shm-usage"]
DOCS = {"zh": ROOT / "docs" / "zh", "en": ROOT / "docs" / "en"}


def page_paths(lang):
    prefix = "" if lang == "zh" else "en/"
    out = []
    for md in sorted(p for p in DOCS[lang].rglob("*") if p.suffix in (".md", ".ipynb")):
        rel = md.relative_to(DOCS[lang]).with_suffix("").as_posix()
        out.append(prefix + ("" if rel == "index" else rel.removesuffix("index") if rel.endswith("/index")
                             else rel + "/"))
    return out


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.fail(f"{CHROMIUM} is missing: .ci/run installs Debian's chromium")
    with playwright.sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield b
        b.close()


class Watch:
    """Console errors, failed requests, and requests that tried to leave the local server."""

    def __init__(self, page, base):
        self.errors, self.failed, self.foreign = [], [], []
        host = urlsplit(base).netloc
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))
        page.on("requestfailed", lambda r: self.failed.append(f"{r.failure} {r.method} {r.url}"))
        page.on("response", lambda r: r.status >= 400 and self.failed.append(f"{r.status} {r.url}"))

        def route(r):
            if urlsplit(r.request.url).netloc == host or r.request.url.startswith("data:"):
                r.continue_()
            else:
                self.foreign.append(r.request.url)
                r.abort()
        page.route("**/*", route)


@pytest.fixture
def page(browser, base_url):
    context = browser.new_context(permissions=["clipboard-read", "clipboard-write"])
    p = context.new_page()
    p.watch = Watch(p, base_url)
    yield p
    context.close()


@pytest.mark.parametrize("path", page_paths("zh") + page_paths("en"))
def test_page_loads_cleanly_and_stays_on_this_site(page, base_url, path):
    page.goto(base_url + path, wait_until="networkidle")
    assert page.watch.errors == [], "console errors"
    assert page.watch.failed == [], "failed requests"
    assert page.watch.foreign == [], "requests to other hosts"
    assert page.locator("html").get_attribute("lang") == ("en" if path.startswith("en/") else "zh")


def test_language_switch_keeps_page_and_section(page, base_url):
    page.goto(base_url + "errata/#freeze-graph", wait_until="networkidle")
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_load_state("networkidle")
    assert page.url == base_url + "en/errata/#freeze-graph"
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=zh]").click()
    page.wait_for_load_state("networkidle")
    assert page.url == base_url + "errata/#freeze-graph"


@pytest.mark.parametrize("other_page", ["freeze/", "en/freeze/"])
def test_tab_choice_follows_the_reader_to_other_pages(page, base_url, other_page):
    page.goto(base_url + "errata/", wait_until="networkidle")
    page.locator(".tabbed-labels label", has_text="TF2").first.click()
    page.goto(base_url + other_page, wait_until="networkidle")
    first_set = page.locator(".tabbed-set").first
    checked = first_set.locator("input:checked")
    label = first_set.locator(f"label[for='{checked.get_attribute('id')}']").inner_text()
    assert label == "TF2"


@pytest.mark.parametrize("lang, query, expect", [("zh", "冻结", "freeze/"), ("en", "freeze", "en/freeze/")])
def test_search_finds_pages_of_its_own_language_only(page, base_url, lang, query, expect):
    home = base_url + ("" if lang == "zh" else "en/")
    page.goto(home, wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material reads the query on keyup: CJK text needs a key after it
    page.wait_for_selector(".md-search-result__item")
    links = [a.get_attribute("href") for a in page.locator(".md-search-result__link").all()]
    urls = [urlsplit(l).path.lstrip("/") if l.startswith("http") else
            urlsplit(page.evaluate("u => new URL(u, location.href).href", l)).path.lstrip("/")
            for l in links]
    assert any(u.startswith(expect) for u in urls), urls
    assert all(u.startswith("en/") == (lang == "en") for u in urls), urls
    assert page.watch.foreign == [] and page.watch.errors == []


def test_copy_button_copies_exactly_the_snippet(page, base_url):
    page.goto(base_url + "errata/", wait_until="networkidle")
    block = page.locator(".highlight", has=page.locator(".filename", has_text="errata/save_ckpt_tf1.py")).first
    block.hover()
    block.locator("button.md-code__button[data-md-type=copy]").click()
    copied = page.evaluate("navigator.clipboard.readText()")
    expected = (runner.SNIPPETS / "errata" / "save_ckpt_tf1.py").read_text()
    assert copied.rstrip("\n") == expected.rstrip("\n")


@pytest.mark.parametrize("path, lang, heading", [("no/such/page/", "zh", "404 - 页面不存在"),
                                                  ("en/no/such/page/", "en", "404 - Page not found")])
def test_unknown_url_shows_the_404_page_in_its_language(page, base_url, path, lang, heading):
    page.goto(base_url + path, wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").inner_text() == heading


@pytest.mark.parametrize("lang", ["", "en/"])
def test_diagrams_are_images_drawn_without_script_or_other_hosts(page, base_url, lang):
    # The formats page's diagram is an SVG rendered once (tools/diagrams.py): no mermaid.js.
    page.goto(base_url + lang + "formats/", wait_until="networkidle")
    img = page.locator("img.diagram")
    assert img.count() == 1
    assert page.evaluate("() => document.querySelector('img.diagram').naturalWidth") > 500
    assert len(img.get_attribute("alt")) > 100  # says what the diagram shows
    box = img.bounding_box()
    assert box and box["height"] > 100
    assert not [s for s in page.eval_on_selector_all("script[src]", "ss => ss.map(s => s.src)") if "mermaid" in s]
    assert page.watch.foreign == [] and page.watch.failed == [] and page.watch.errors == []


@pytest.mark.parametrize("width", [412, 1280])
def test_code_blocks_off_screen_keep_their_exact_height(page, base_url, width):
    # Blocks off screen are not rendered (content-visibility); the height the page reserves for
    # them (hooks/code_heights.py, extra.css) must be the height they have once rendered. Output and
    # Error blocks wrap their lines, so their height depends on the width: they reserve none and
    # are always rendered.
    page.set_viewport_size({"width": width, "height": 800})
    page.goto(base_url + "checkpoints/", wait_until="networkidle")
    blocks = page.evaluate("""() => [...document.querySelectorAll("article .highlight > pre")]
      .filter(pre => pre.offsetParent)  // the blocks of the tabs that are shown
      .map(pre => {
        const style = getComputedStyle(pre), styled = pre.hasAttribute("style");
        const reserved = style.containIntrinsicHeight, visibility = style.contentVisibility;
        pre.style.contentVisibility = "visible";
        return [pre.parentElement.classList.contains("output"), visibility,
                styled && reserved, pre.getBoundingClientRect().height];
      })""")
    code = [b for b in blocks if not b[0]]
    outputs = [b for b in blocks if b[0]]
    assert len(code) > 10 and len(outputs) > 5
    for _, _, reserved, height in code:
        assert reserved and reserved.startswith("auto "), "every code block reserves a height"
        assert abs(float(reserved.split()[1].removesuffix("px")) - height) < 1, (reserved, height)
    for _, visibility, reserved, _ in outputs:
        assert visibility == "visible" and not reserved, "output blocks reserve no fixed height"


def test_long_messages_wrap_in_output_blocks_while_code_keeps_its_lines(page, base_url):
    # A phone-sized viewport: an Error block is never wider than its box; a code block scrolls.
    page.set_viewport_size({"width": 412, "height": 800})
    page.goto(base_url + "en/errors/keras/", wait_until="networkidle")
    widths = page.evaluate("""() => [...document.querySelectorAll("article .highlight > pre > code")]
      .filter(code => code.offsetParent)
      .map(code => [code.closest(".highlight").classList.contains("output"),
                    code.scrollWidth, code.clientWidth])""")
    outputs = [(s, c) for out, s, c in widths if out]
    assert outputs and all(s <= c for s, c in outputs), outputs
    assert any(s > c for out, s, c in widths if not out), "some code line is longer than a phone"


@pytest.mark.parametrize("system, first, other", [("light", "default", "slate"), ("dark", "slate", "default")])
def test_light_dark_toggle_follows_the_system_then_the_reader(page, base_url, system, first, other):
    page.emulate_media(color_scheme=system)
    scheme = lambda: page.evaluate("document.body.getAttribute('data-md-color-scheme')")  # noqa: E731
    page.goto(base_url + "checkpoints/", wait_until="networkidle")
    assert scheme() == first
    page.locator("form[data-palette] label:not([hidden])").click()
    assert scheme() == other
    page.goto(base_url + "freeze/", wait_until="networkidle")
    assert scheme() == other, "the reader's choice holds on the next page"
    page.goto(base_url + "en/freeze/", wait_until="networkidle")
    assert scheme() == other, "and in the other language"
    assert page.locator("form[data-palette] label:not([hidden])").count() == 1
    page.locator("form[data-palette] label:not([hidden])").click()
    assert scheme() == first
    assert page.watch.errors == [] and page.watch.failed == []
