"""The error index as a product (issue 19): errors.json against the snippets, the paste box in a
real browser (every entry's own error, changed as another run would change it, finds that entry
first, in both languages; unrelated text finds nothing), and the old single page's anchors (errors/#id)
leading to each entry's new page."""

import json
import re
import subprocess

import errors_index
import pytest
from test_browser import browser, page  # noqa: F401  (fixtures)

import snippet_model as model
import verified_on
from conftest import ROOT

pytestmark = pytest.mark.xdist_group("browser")  # with the other browser tests, in one worker
LANGS = {"zh": "", "en": "en/"}
BY_RELEASE = {rt.release: rt for rt in model.RUNTIMES.values()}
DOCS = {lang: ROOT / "docs" / lang for lang in LANGS}


def index_of(site, lang) -> dict:
    return json.loads((site / LANGS[lang] / "errors.json").read_text(encoding="utf-8"))


# --- errors.json ---------------------------------------------------------------------------------

@pytest.mark.parametrize("lang", LANGS)
def test_errors_json_lists_every_entry_of_the_overview_once(site, lang):
    data = index_of(site, lang)
    listed = errors_index.read_index((DOCS[lang] / errors_index.OVERVIEW).read_text(encoding="utf-8"), "overview")
    assert [e["id"] for e in data["entries"]] == list(dict.fromkeys(i["id"] for i in listed))
    assert len(data["entries"]) >= 89
    families = {p.stem for p in (DOCS[lang] / "errors").glob("*.md")} - {"index"}
    assert {e["family"] for e in data["entries"]} == families


@pytest.mark.parametrize("lang", LANGS)
def test_each_message_is_the_first_line_of_its_snippets_err_file(site, lang):
    data = index_of(site, lang)
    checked = 0
    for e in data["entries"]:
        assert e["message"] == e["messages"][0]["message"] and e["pattern"] == e["messages"][0]["pattern"]
        for m in e["messages"]:
            if m["snippet"] is None:
                assert e["source"] == "cited"
                continue
            s = model.Snippet(model.SNIPPETS / m["snippet"])
            if e["source"] == "out":  # a warning: a line of what the snippet prints
                assert m["message"] in [line.strip() for line in s.expected().stdout.splitlines()], e["id"]
                continue
            errs = {rt.release: s.expected(rt).error for rt in s.runtimes()}
            assert m["runtimes"] and all(errs[r].splitlines()[0] == m["message"] for r in m["runtimes"]), e["id"]
            assert m["pattern"] == errors_index.normalise(errs[m["runtimes"][0]]), e["id"]
            checked += 1
    assert checked >= 90


@pytest.mark.parametrize("lang", LANGS)
def test_each_entry_url_leads_to_its_heading(site, lang):
    for e in index_of(site, lang)["entries"]:
        path, anchor = e["url"].split("#")
        html = (site / LANGS[lang] / path / "index.html").read_text(encoding="utf-8")
        assert f'id="{anchor}"' in html, e["url"]


def test_seen_on_comes_from_the_runs():
    marks = verified_on.marks()
    # A TF1 snippet raising the same error on 2.21 and 1.15.5 is seen on both; one whose 1.15.5 error
    # differs is not seen there with the 2.21 message.
    for s in model.discover():
        err = s.expected().error
        if not err or model.TF1 not in s.runtimes():
            continue
        seen = errors_index._seen_on(marks, s, err)
        assert model.PINNED.release in seen
        other = s.expected(model.TF1).error
        same_first = other is not None and other.splitlines()[:1] == err.splitlines()[:1]
        assert (model.TF1.release in seen) == same_first, s.rel


@pytest.mark.parametrize("text, expected", [
    ("tensorflow.python.framework.errors_impl.NotFoundError: Key w not found", "NotFoundError: Key w not found"),
    ("Unable to open table file /tmp/x/ckpt/model-1.index: bad", "Unable to open table file PATH : bad"),
    ("Tensor Tensor(\"x:0\", shape=(?,), dtype=float32)", "Tensor Tensor( TENSOR , shape= SHAPE , dtype=float32)"),
    ("<object at 0x7f3a2b1c> on 10.0.0.2:2222 and localhost:8500", "<object at HEX > on HOST and HOST"),
    ("Got 3 but expected 2 for dimension 1", "Got NUM but expected NUM for dimension NUM"),
    ("could not open 'model.keras' or C:\\Users\\me\\m.h5", "could not open PATH or PATH"),
])
def test_normalise_sets_aside_what_varies(text, expected):
    assert errors_index.normalise(text) == expected


# --- the paste box -------------------------------------------------------------------------------

TRACEBACK = """2026-01-02 03:04:05.678901: I tensorflow/core/util/port.cc:153] oneDNN custom operations are on.
Traceback (most recent call last):
  File "/home/someone/project/train.py", line 58, in <module>
    main()
  File "/home/someone/project/train.py", line 41, in main
    result = run(model)
{error}
"""
UNRELATED = [
    "Traceback (most recent call last):\n  File \"app.py\", line 3, in <module>\n    import requests\n"
    "ModuleNotFoundError: No module named 'requests'",
    "ValueError: operands could not be broadcast together with shapes (3,) (4,)",
    "Uncaught TypeError: Cannot read properties of undefined (reading 'map') at App.render (App.js:12:7)",
    "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt.",
    "fatal: not a git repository (or any of the parent directories): .git",
]


def changed(err: str) -> str:
    """The error as another run, on another machine, would print it: other paths, tensor and node
    names, numbers, addresses, and the other kind of quotes."""
    t = re.sub(r"\b0x[0-9a-fA-F]+\b", "0x55d0c0ffee42", err)
    t = re.sub(r"(?<![\w/.~-])(?:[\w.~-]+/)+([\w.-]*)", lambda m: "/srv/jobs/run-7/" + m.group(1), t)
    t = re.sub(r"\b([A-Za-z_][\w.-]*):(\d+)\b", lambda m: f"renamed_{m.group(1)}:{int(m.group(2)) + 1}", t)
    t = re.sub(r"\b([\w-]+)\.(pb|h5|keras|tflite|onnx|index|ckpt|npy)\b", r"my_\1.\2", t)
    t = re.sub(r"(?<![\w.])(\d+)(?![\w])", lambda m: str(int(m.group(1)) * 3 + 1), t)
    t = re.sub(r"'([\w.:/ -]+)'", r'"\1"', t)
    return t


def cases(site, lang):
    """(entry id, pasted text) for each error of each entry that a run prints."""
    for e in index_of(site, lang)["entries"]:
        for m in e["messages"]:
            if m["snippet"] is None:
                continue
            s = model.Snippet(model.SNIPPETS / m["snippet"])
            text = s.expected(BY_RELEASE[m["runtimes"][0]]).error if e["source"] == "err" else m["message"]
            yield e["id"], TRACEBACK.format(error=changed(text).rstrip("\n"))


def paste(tab, text):
    tab.fill("#error-paste", text)
    tab.wait_for_selector("#error-matches:not([aria-busy])", state="attached")
    return tab.evaluate("""() => ({state: document.getElementById('error-status').dataset.state,
        ids: [...document.querySelectorAll('#error-matches a')].map(a => a.dataset.id),
        scores: [...document.querySelectorAll('#error-matches a')].map(a => Number(a.dataset.score)),
        hrefs: [...document.querySelectorAll('#error-matches a')].map(a => a.href)})""")


@pytest.mark.parametrize("lang", LANGS)
def test_a_pasted_error_finds_its_entry_first(page, base_url, site, lang):  # noqa: F811
    page.goto(base_url + LANGS[lang] + "errors/", wait_until="networkidle")
    misses, tied, total = [], [], 0
    patterns = {e["id"]: {m["pattern"] for m in e["messages"]} for e in index_of(site, lang)["entries"]}
    for entry_id, text in cases(site, lang):
        total += 1
        page.fill("#error-paste", "")
        result = paste(page, text)
        first = [i for i, s in zip(result["ids"], result["scores"]) if s == result["scores"][0]]
        if result["ids"][:1] == [entry_id]:
            continue
        # Two entries whose messages are the same once paths and names are set aside (the same
        # message, two causes) score the same: both come first, and the box lists both.
        if entry_id in first and any(patterns[entry_id] & patterns[other] for other in first if other != entry_id):
            tied.append(entry_id)
            continue
        misses.append((entry_id, result["ids"][:3]))
    print(f"\n{lang}: {total - len(misses) - len(tied)}/{total} pasted errors found their entry alone first, "
          f"{len(tied)} tied first with an entry of the same message: {tied}")
    assert total >= 90 and misses == []
    assert page.watch.errors == [] and page.watch.failed == [] and page.watch.foreign == []


@pytest.mark.parametrize("lang", LANGS)
def test_unrelated_text_finds_no_match(page, base_url, lang):  # noqa: F811
    page.goto(base_url + LANGS[lang] + "errors/", wait_until="networkidle")
    for text in UNRELATED:
        page.fill("#error-paste", "")
        assert paste(page, text) == {"state": "no-match", "ids": [], "scores": [], "hrefs": []}, text
        link = page.locator("#error-status a")
        assert link.get_attribute("href") == "#all-entries"


def test_the_box_works_under_a_version_prefix_with_other_hosts_cut_off(browser, base_url, site, tmp_path):  # noqa: F811
    # The site served below /0.2/ as mike publishes it: errors.json is found next to this language's
    # home, and every link the box writes stays below the prefix. (Watch aborts other hosts.)
    from test_browser import Watch

    from site_server import serve

    (tmp_path / "0.2").symlink_to(site, target_is_directory=True)
    with serve(tmp_path) as url:
        context = browser.new_context()
        p = context.new_page()
        p.watch = Watch(p, url)
        p.goto(url + "0.2/en/errors/", wait_until="networkidle")
        result = paste(p, TRACEBACK.format(error="KeyError: 'serving_default'"))
        assert result["ids"][0] == "keyerror-serving-default"
        assert all(h.startswith(url + "0.2/en/errors/") for h in result["hrefs"]), result["hrefs"]
        assert p.watch.errors == [] and p.watch.failed == [] and p.watch.foreign == []
        context.close()


# --- old addresses -------------------------------------------------------------------------------

def old_anchors(lang) -> list[str]:
    """The anchors of the single-page index, as it was in the last commit that had it."""
    rel = f"docs/{lang}/errors.md"
    removed = subprocess.run(["git", "log", "-1", "--format=%H", "--", rel], cwd=ROOT,
                             capture_output=True, text=True, check=True).stdout.strip()
    if not removed:
        pytest.fail(f"no history of {rel}: the test needs the repository's history (fetch-depth: 0)")
    text = subprocess.run(["git", "show", f"{removed}^:{rel}"], cwd=ROOT, capture_output=True, text=True,
                          check=True).stdout
    return re.findall(r"\{ #([\w-]+) \}", text)


@pytest.mark.parametrize("lang", LANGS)
def test_old_anchors_lead_to_the_new_page(page, base_url, lang):  # noqa: F811
    anchors = old_anchors(lang)
    assert len(anchors) >= 60
    for anchor in anchors:
        page.goto(f"{base_url}{LANGS[lang]}errors/#{anchor}", wait_until="load")
        if anchor != "errors":
            page.wait_for_url(re.compile(r".*/errors/[a-z]+/#" + re.escape(anchor) + "$"))
        landed = page.evaluate("""(id) => { const el = document.getElementById(id);
            return el && {top: el.getBoundingClientRect().top, height: innerHeight, hash: location.hash}; }""",
                               anchor)
        assert landed and landed["hash"] == f"#{anchor}", (anchor, page.url)
        assert 0 <= landed["top"] < landed["height"], (anchor, page.url, landed)  # scrolled to it
    # (requests the overview had started are cut off by the move: page.watch.failed is no error)
    assert page.watch.errors == [] and page.watch.foreign == []
