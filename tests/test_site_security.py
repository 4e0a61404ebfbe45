"""The built site in the browser, addressed as an attacker would: the 404 page's redirect to the
English 404 page never leaves this origin, and the Content-Security-Policy (overrides/main.html,
hooks/csp.py) lets every page of both languages run without a single violation."""

import re
from urllib.parse import urlsplit

import pytest
from test_browser import browser, page, page_paths  # noqa: F401  (fixtures)

pytestmark = pytest.mark.xdist_group("browser")

# Every violation the page reports, gathered from before its first script runs.
CSP_LISTENER = """document.addEventListener("securitypolicyviolation", e => {
  (window.__csp = window.__csp || [])
    .push(`${e.violatedDirective} ${e.blockedURI} ${e.sourceFile}:${e.lineNumber}`);
}, true);"""


def violations(page):  # noqa: F811
    reported = page.evaluate("window.__csp || []")
    return reported + [e for e in page.watch.errors if "Content Security Policy" in e]


@pytest.mark.parametrize("path", ["//evil.example/en/x", "//evil.example/en/", "///evil.example/en/x",
                                  "/\\evil.example/en/x", "//evil.example:8000/en/x",
                                  "//127.0.0.1@evil.example/en/x", "/en/../..//evil.example/en/x",
                                  "/%2F%2Fevil.example/en/x", "//evil.example/en/404.htm"])
def test_404_redirect_never_leaves_this_origin(page, base_url, path):  # noqa: F811
    origin = base_url.rstrip("/")
    page.goto(origin + path, wait_until="networkidle")
    page.wait_for_timeout(200)  # time for a redirect from the head to start, if there were one
    assert urlsplit(page.url).netloc == urlsplit(base_url).netloc, page.url
    assert page.watch.foreign == [], "no request, navigation included, to another host"
    assert page.locator("article h1").inner_text().startswith("404")


@pytest.mark.parametrize("path, lands_on", [("en/x", "en/404.html"), ("en/no/such/page/", "en/404.html"),
                                            ("%2F%2Fevil.example/en/x", "%2F%2Fevil.example/en/404.html")])
def test_404_redirect_still_goes_to_the_english_404_page_on_this_site(page, base_url, path, lands_on):  # noqa: F811
    page.goto(base_url + path, wait_until="networkidle")
    assert page.url == base_url + lands_on
    assert page.watch.foreign == []


def csp_of(page):  # noqa: F811
    return page.locator('meta[http-equiv="Content-Security-Policy"]').get_attribute("content")


@pytest.mark.parametrize("path", page_paths("zh") + page_paths("en") + ["no/such/page/", "en/no/such/page/"])
def test_every_page_runs_under_the_policy_without_a_violation(page, base_url, path):  # noqa: F811
    page.add_init_script(CSP_LISTENER)
    page.goto(base_url + path, wait_until="networkidle")
    policy = csp_of(page)
    script_src = re.search(r"script-src ([^;]*)", policy).group(1).split()
    assert script_src[0] == "'self'" and all(s.startswith("'sha256-") for s in script_src[1:]), policy
    assert len(script_src) > 1, "the page's inline scripts are listed by hash"
    assert violations(page) == []
    # (a 404 page's own status is logged as a console error)
    assert [e for e in page.watch.errors if "status of 404" not in e] == [] and page.watch.foreign == []


def test_search_runs_under_the_policy(page, base_url):  # noqa: F811
    # The search worker and the index it fetches.
    page.add_init_script(CSP_LISTENER)
    page.goto(base_url + "en/", wait_until="networkidle")
    page.locator("label.md-search__icon, .md-search__input").first.click()
    box = page.locator("input.md-search__input")
    box.fill("freeze")
    box.press("End")  # Material reads the query on keyup
    try:
        page.wait_for_selector(".md-search-result__item", timeout=15000)
    finally:
        assert violations(page) == []


def test_the_policy_is_enforced_a_script_not_built_with_the_page_is_refused(page, base_url):  # noqa: F811
    page.add_init_script(CSP_LISTENER)
    page.goto(base_url + "checkpoints/", wait_until="networkidle")
    ran = page.evaluate("""() => {
      const s = document.createElement("script");
      s.textContent = "window.__injected = true";
      document.head.appendChild(s);
      return window.__injected === true;
    }""")
    page.wait_for_timeout(100)  # the violation event is queued as a task
    assert not ran
    assert any(v.startswith("script-src") and "inline" in v for v in page.evaluate("window.__csp || []"))
