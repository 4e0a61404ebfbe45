"""The feedback links at the end of each page (overrides/main.html, hooks/feedback.py): with
REPO_URL set, every page ends with "wrong / out of date / code fails" links that open a new GitHub
issue prefilled with the page's URL and the site's version, in the page's language; without it,
or with a repository that is not on GitHub, there are none."""

import fcntl
import os
import re
import shutil
import subprocess
import sys
from types import SimpleNamespace
from urllib.parse import parse_qs, urlsplit

import feedback
import pytest
from bs4 import BeautifulSoup
from test_site import DOCS, html_path, pages

import langdata
from conftest import CACHE, ROOT, SITE_URL, _inputs_digest

REPO = "https://github.com/example-owner/tf-docs"


@pytest.fixture(scope="module")
def repo_site():
    """Both languages built as the publish workflow builds them, with REPO_URL set."""
    out = CACHE.parent / "test-site-repo" / _inputs_digest()
    out.parent.mkdir(parents=True, exist_ok=True)
    with open(out.parent / ".lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        if not (out / ".complete").exists():
            for old in out.parent.iterdir():
                if old.is_dir():
                    shutil.rmtree(old, ignore_errors=True)
            env = dict(os.environ, SITE_URL=SITE_URL, REPO_URL=REPO, NO_MKDOCS_2_WARNING="1")
            proc = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)],
                                  cwd=ROOT, env=env, capture_output=True, text=True)
            assert proc.returncode == 0, proc.stderr[-3000:]
            (out / ".complete").touch()
    return out


def feedback_links(path):
    doc = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser")
    return doc.select_one("article"), doc.select("article p.page-feedback a")


def test_no_feedback_links_without_repo_url(site):
    for html in site.rglob("*.html"):
        assert "page-feedback" not in html.read_text(encoding="utf-8"), html


@pytest.mark.parametrize("repo, shown", [(REPO, True), (REPO + ".git", True), (REPO + "/", True),
                                         ("https://gitlab.com/example-owner/tf-docs", False),
                                         ("https://github.com/example-owner", False), (None, False)])
def test_links_only_for_a_github_repository(repo, shown):
    config = SimpleNamespace(repo_url=repo, extra={})
    feedback.on_config(config)
    assert bool(config.extra["feedback"]) == shown
    if shown:
        assert config.extra["feedback"]["new_issue"] == REPO + "/issues/new"


@pytest.mark.parametrize("lang", DOCS)
def test_every_page_ends_with_prefilled_issue_links(repo_site, lang):
    words = langdata.load(lang)["page"]
    for page in pages(lang):
        path = html_path(repo_site, lang, page)
        article, links = feedback_links(path)
        assert [a.get_text(strip=True) for a in links] == [words[f"feedback_{k}"] for k in feedback.KINDS], page
        assert article.find_all(True, recursive=False)[-1].name == "p", "the links end the page"
        url = SITE_URL + path.relative_to(repo_site).as_posix().removesuffix("index.html")
        title = BeautifulSoup(path.read_text(encoding="utf-8"), "html.parser").select_one("article h1").get_text()
        for a in links:
            parts = urlsplit(a["href"])
            assert f"{parts.scheme}://{parts.netloc}{parts.path}" == REPO + "/issues/new"
            query = parse_qs(parts.query)
            assert query["title"][0] == f"[{a.get_text(strip=True)}] {title.strip().rstrip('¶').strip()}"
            # The template of i18n/<lang>.yml, with the page's URL and a version (the build's commit,
            # or mike's version: a build is reused while its inputs are unchanged, commits aside).
            template = re.escape(words["feedback_body"]).replace(re.escape("{url}"), re.escape(url))
            body = query["body"][0]
            assert re.fullmatch(template.replace(re.escape("{version}"), r"[\w.-]+"), body), body
        assert not article.select("p.page-feedback script")


def test_the_404_page_has_no_feedback_links(repo_site):
    for path in (repo_site / "404.html", repo_site / "en" / "404.html"):
        assert feedback_links(path)[1] == []
