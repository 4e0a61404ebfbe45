"""`make deploy` publishes versions with mike: a version selector on every page, language and
version switches that keep the page, an outdated banner, and no 404 on the way."""

import io
import json
import os
import shutil
import subprocess
import tarfile

import pytest
from test_browser import Watch, browser  # noqa: F401  (the browser fixture)

from conftest import ROOT
from site_server import free_port, serve

pytestmark = pytest.mark.xdist_group("browser")


def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True).stdout


@pytest.fixture(scope="module")
def published(tmp_path_factory):
    """Two versions deployed by `make deploy` into a fresh repository; its gh-pages served."""
    repo = tmp_path_factory.mktemp("repo")
    # The working tree as git sees it: tracked files and new ones it does not ignore.
    listed = git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard").splitlines()
    for name in listed:
        src = ROOT / name
        if src.is_file():
            (repo / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(src, repo / name)
    (repo / ".venv").symlink_to(ROOT / ".venv")
    # The executed notebooks are cached by content: the copy's builds reuse them (none runs again).
    (ROOT / ".cache").mkdir(exist_ok=True)
    (repo / ".cache").symlink_to(ROOT / ".cache")
    git(repo, "init", "-q")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "add", "-A")
    git(repo, "-c", "user.name=t", "-c", "user.email=t@example.invalid", "commit", "-qm", "site")
    port = free_port()
    env = dict(os.environ, SITE_URL=f"http://127.0.0.1:{port}/", GIT_AUTHOR_NAME="t",
               GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="t",
               GIT_COMMITTER_EMAIL="t@example.invalid")
    for version in ("0.1", "0.2"):
        # -o: the venv is the project's own, already installed
        proc = subprocess.run(["make", "-o", ".venv/bin/.installed", "deploy", f"VERSION={version}"],
                              cwd=repo, env=env, capture_output=True, text=True)
        assert proc.returncode == 0, proc.stdout + proc.stderr
    out = tmp_path_factory.mktemp("gh-pages")
    archive = subprocess.run(["git", "-C", str(repo), "archive", "gh-pages"], check=True,
                             capture_output=True).stdout
    tarfile.open(fileobj=io.BytesIO(archive)).extractall(out)
    with serve(out, port) as url:
        yield repo, out, url


def test_gh_pages_holds_both_versions_with_latest_as_default(published):
    repo, tree, _ = published
    versions = json.loads((tree / "versions.json").read_text())
    assert [(v["version"], v["aliases"]) for v in versions] == [("0.2", ["latest"]), ("0.1", [])]
    assert "latest/" in (tree / "index.html").read_text()  # the default version
    for version in ("0.1", "0.2"):
        assert (tree / version / "index.html").is_file()
        assert (tree / version / "en" / "index.html").is_file()
    assert (tree / "latest").resolve() == (tree / "0.2").resolve()
    assert "gh-pages" in git(repo, "branch", "--list")
    assert git(repo, "remote") == "", "nothing is pushed unless asked"


def test_sitemaps_have_well_formed_hreflang_links(published):
    _, tree, url = published
    for version in ("0.1", "0.2"):
        for sitemap in (tree / version / "sitemap.xml", tree / version / "en" / "sitemap.xml"):
            text = sitemap.read_text()
            assert f"{url}{version}/en/" in text and 'hreflang="x-default"' in text
            assert f"{version}en" not in text and f"{version}freeze" not in text


def open_page(browser, url):  # noqa: F811
    context = browser.new_context()
    page = context.new_page()
    page.watch = Watch(page, url)
    return context, page


def test_switching_language_keeps_version_and_page(browser, published):  # noqa: F811
    _, _, url = published
    context, page = open_page(browser, url)
    page.goto(url + "0.2/freeze/", wait_until="networkidle")
    assert page.locator(".md-version__current").inner_text() == "0.2"
    page.locator(".md-header__option .md-select").hover()
    page.locator("a.md-select__link[hreflang=en]").click()
    page.wait_for_load_state("networkidle")
    assert page.url == url + "0.2/en/freeze/"
    assert page.watch.failed == [] and page.watch.errors == [] and page.watch.foreign == []
    context.close()


def test_switching_version_keeps_language_and_page(browser, published):  # noqa: F811
    _, _, url = published
    context, page = open_page(browser, url)
    page.goto(url + "0.2/en/freeze/", wait_until="networkidle")
    page.locator(".md-version").hover()
    page.locator("a.md-version__link", has_text="0.1").click()
    page.wait_for_url(url + "0.1/en/freeze/")
    page.wait_for_load_state("networkidle")
    assert page.locator(".md-version__current").inner_text() == "0.1"
    assert page.watch.failed == [] and page.watch.errors == []
    context.close()


@pytest.mark.parametrize("path, outdated", [("0.1/", True), ("0.1/en/checkpoints/", True),
                                            ("0.2/", False), ("latest/en/", False)])
def test_outdated_banner_only_on_older_versions(browser, published, path, outdated):  # noqa: F811
    _, _, url = published
    context, page = open_page(browser, url)
    page.goto(url + path, wait_until="networkidle")
    page.wait_for_selector(".md-version")
    banner = page.locator("[data-md-component=outdated]")
    assert banner.is_visible() == outdated
    if outdated:
        href = banner.locator("[data-latest-link]").get_attribute("href")
        assert href == url + "0.2/" + path.split("/", 1)[1]
    assert page.watch.failed == [] and page.watch.errors == [], "no 404 for versions.json"
    context.close()


@pytest.mark.parametrize("path, lang, heading", [("0.2/no/such/page/", "zh", "404 - 页面不存在"),
                                                  ("0.1/en/no/such/page/", "en", "404 - Page not found"),
                                                  ("latest/en/nope", "en", "404 - Page not found")])
def test_missing_page_of_a_version_shows_the_404_page_in_its_language(browser, published, path, lang, heading):  # noqa: F811
    _, tree, url = published
    assert (tree / "404.html").read_bytes() == (tree / "0.2" / "404.html").read_bytes()
    context, page = open_page(browser, url)
    page.goto(url + path, wait_until="networkidle")
    assert page.locator("html").get_attribute("lang") == lang
    assert page.locator("article h1").inner_text() == heading
    # Only the page itself is missing (requests cut short by the redirect to en/404.html aside).
    assert [f for f in page.watch.failed if f != f"404 {url}{path}" and "ERR_ABORTED" not in f] == []
    context.close()


def test_root_404_tool_refuses_an_unknown_version_and_changes_nothing(published):
    repo, _, _ = published
    before = git(repo, "rev-parse", "gh-pages")
    proc = subprocess.run([str(ROOT / ".venv" / "bin" / "python"), str(ROOT / "tools" / "root_404.py"), "9.9"],
                          cwd=repo, capture_output=True, text=True)
    assert proc.returncode == 2 and "no 9.9/404.html" in proc.stderr
    assert git(repo, "rev-parse", "gh-pages") == before
