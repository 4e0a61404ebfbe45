"""API names in running text link to their reference page (hooks/api_links.py), checked here
against the pinned release itself: a child process imports the installed tensorflow and keras
(the versions pyproject.toml pins) and resolves each name with getattr."""

import json
import re
import subprocess
import sys
import tomllib
from urllib.parse import urlsplit

import api_links
import pytest
from bs4 import BeautifulSoup
from test_site import DOCS

import langdata
from conftest import ROOT

CHILD = r"""
import functools, inspect, json, sys
import keras, tensorflow as tf
roots = {"tf": tf, "keras": keras}
def chain(name):
    root, *parts = name.split(".")
    objs = [roots[root]]
    for p in parts:
        try:
            objs.append(getattr(objs[-1], p))
        except Exception:
            return None
    return objs
def kind(o):
    return ("module" if inspect.ismodule(o) else "class" if inspect.isclass(o)
            else "routine" if inspect.isroutine(o) else "other")
out = {"versions": {"tensorflow": tf.__version__, "keras": keras.__version__}, "names": {}}
for name in sys.stdin.read().split():
    objs = chain(name)
    if name.startswith("keras.") and objs:
        objs = chain("tf.keras." + name[len("keras."):])
    out["names"][name] = objs and [kind(objs[-1]), kind(objs[-2])]
print(json.dumps(out))
"""


def pinned(package: str) -> str:
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]["tensorflow"]
    return next(g.split("==")[1] for g in groups if g.split("==")[0] == package)


def pages(site, lang):
    """The built pages of a language (each language's pages sit under its own root)."""
    other = [f"{l}/" for l in DOCS if l != "zh"] if lang == "zh" else []
    base = site if lang == "zh" else site / lang
    return sorted(p for p in base.glob("**/index.html") if not p.relative_to(site).as_posix().startswith(tuple(other)))


def inline_code(article):
    """Inline code spans outside code blocks, headings and links: where API names get links."""
    return [c for c in article.find_all("code")
            if not c.find_parent(["pre", "h1", "h2", "h3", "h4", "h5", "h6", "a"])]


@pytest.fixture(scope="module")
def api(site):
    """What the pinned release says of every API-looking name the built pages show."""
    names = set()
    for lang in DOCS:
        for page in pages(site, lang):
            article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
            names |= {n for c in article.find_all("code") if (n := api_links.api_name(c.get_text()))}
    proc = subprocess.run([sys.executable, "-c", CHILD], input="\n".join(sorted(names)), capture_output=True,
                          text=True, env={"TF_CPP_MIN_LOG_LEVEL": "3", "KERAS_HOME": str(ROOT / ".cache" / "keras"),
                                          "PATH": "/usr/bin:/bin", "HOME": str(ROOT / ".cache")}, timeout=600)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.splitlines()[-1])


def test_the_child_asks_the_pinned_release(api):
    assert api["versions"] == {"tensorflow": pinned("tensorflow-cpu"), "keras": pinned("keras")}


def expected_href(name, kinds, base):
    parts = name.split(".")
    if parts[0] == "keras":
        parts = ["tf", "keras", *parts[1:]]
    own, parent = kinds
    if own in ("module", "class") or (own == "routine" and parent == "module"):
        return base + "/".join(parts)
    return base + "/".join(parts[:-1]) + "#" + parts[-1]


@pytest.mark.parametrize("lang", DOCS)
def test_every_api_name_in_running_text_links_to_its_page_of_the_pinned_release(site, api, lang):
    base = langdata.load(lang)["api_docs"]
    assert urlsplit(base).netloc == {"zh": "tensorflow.google.cn", "en": "www.tensorflow.org"}[lang]
    linked = 0
    for page in pages(site, lang):
        article = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")
        for a in article.select("a.api-link"):
            name = api_links.api_name(a.get_text())
            assert name and api["names"][name], f"{page}: {a} links a name the release does not have"
            assert a["href"] == expected_href(name, api["names"][name], base), (page, a)
            assert not a.find_parent(["pre", "h1", "h2", "h3", "h4", "h5", "h6"]), "code blocks and headings stay plain"
            linked += 1
        for code in inline_code(article):
            name = api_links.api_name(code.get_text())
            assert not (name and api["names"][name]), f"{page}: `{code.get_text()}` exists in the release, unlinked"
        assert not article.select("pre a[href*='api_docs']")
    assert linked > 50


def test_names_the_release_lacks_stay_plain(site, api):
    missing = [n for n, kinds in api["names"].items() if not kinds]
    assert "tf.placeholder" in missing or "tf.Session" in missing, "the pages name TF1-only APIs"
    for lang in DOCS:
        for page in pages(site, lang):
            for a in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select("a.api-link"):
                assert api_links.api_name(a.get_text()) not in missing


def test_only_inline_code_outside_blocks_headings_and_links_gets_a_link(monkeypatch):
    monkeypatch.setattr(api_links, "resolved", {"tf.function": ("tf/function", ""), "tf.train.Checkpoint.restore":
                                                ("tf/train/Checkpoint", "restore"), "tf.placeholder": None})
    html = ("<h2>Use <code>tf.function</code></h2><p><code>tf.function</code>, <code>tf.placeholder</code>, "
            "<code>tf.train.Checkpoint.restore(path)</code>, <code>tf.function only supports singleton</code>, "
            '<a href="x"><code>tf.function</code></a></p><pre><code>tf.function</code></pre>'
            "<table><tr><td><code>tf.function(jit_compile=True)</code></td></tr></table>")
    out = api_links.add_links(html, "B/")
    assert re.findall(r'<a class="api-link" href="([^"]+)"><code>([^<]+)</code></a>', out) == [
        ("B/tf/function", "tf.function"), ("B/tf/train/Checkpoint#restore", "tf.train.Checkpoint.restore(path)"),
        ("B/tf/function", "tf.function(jit_compile=True)")]
    assert "<h2>Use <code>tf.function</code></h2>" in out and "<pre><code>tf.function</code></pre>" in out
