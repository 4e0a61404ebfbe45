"""Every snippet on a page says which TensorFlow releases it was verified on, from real runs."""

import json
import re

import pytest
from bs4 import BeautifulSoup
from mkdocs.exceptions import PluginError

import snippet_model as model
import verified_on


def test_every_snippet_block_carries_the_pinned_release(site):
    pinned = "TF " + ".".join(verified_on.pinned_release().split(".")[:2])
    seen, snippets = 0, verified_on.Marks().snippets
    for page in site.rglob("*.html"):
        for title in BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select(".filename"):
            text = title.get_text(" ", strip=True)
            path = (title.find(string=True, recursive=False) or "").strip()  # the title itself
            if path in snippets:
                seen += 1
                mark = title.select_one(".verified-on")
                runtimes = snippets[path].runtimes()
                # A consumer's snippet (OpenCV, tensorflowjs, ...) carries its own runtime instead.
                wanted = [pinned] if model.PINNED in runtimes else [rt.label for rt in runtimes]
                assert mark and all(w in mark.get_text() for w in wanted), f"{page}: {text}"
                runs_on_tf1 = model.TF1 in runtimes
                assert ("TF 1.15" in mark.get_text()) == runs_on_tf1, text
    assert seen > 20


@pytest.fixture
def fake_results(tmp_path, monkeypatch):
    results = tmp_path / "verified-on.json"
    monkeypatch.setattr(verified_on, "RESULTS", results)
    return results


def write(results, entries):
    results.write_text(json.dumps({"releases": {v: {} for v in ("2.16.2", "2.15.1", "2.18.1")},
                                   "snippets": entries}))


def test_a_fresh_result_is_shown_and_a_stale_one_is_not(fake_results):
    rel = "errata/save_ckpt_tf1.py"
    digest = model.Snippet(model.SNIPPETS / rel).digest()
    write(fake_results, {rel: {"2.18.1": {"status": "pass", "sha256": digest},
                               "2.16.2": {"status": "differs", "sha256": digest},
                               "2.15.1": {"status": "pass", "sha256": "0" * 16}}})
    badge = verified_on.Marks().badge(rel, "en")
    text = re.sub("<[^>]+>", "", badge)
    assert "TF 2.21 · TF 2.18 · TF 2.16 ≈ · TF 1.15" in text
    assert "2.15" not in text, "a result recorded for other code is not shown"


def test_a_failing_release_is_not_claimed(fake_results):
    rel = "errata/savedmodel_tf2.py"
    digest = model.Snippet(model.SNIPPETS / rel).digest()
    write(fake_results, {rel: {"2.15.1": {"status": "fail", "sha256": digest, "detail": "x"}}})
    marks = verified_on.Marks()
    assert "2.15" not in marks.badge(rel, "zh")
    assert f"| `{rel}` | ✓ | – | – | ✗ | – |" in marks.matrix("zh")


def test_versions_page_shows_the_whole_matrix(site):
    for page in (site / "versions" / "index.html", site / "en" / "versions" / "index.html"):
        html = page.read_text(encoding="utf-8")
        assert "verified-on:" not in html
        for rel in verified_on.Marks().snippets:
            assert f"<code>{rel}</code>" in html


def test_tf1_15_is_marked_from_the_test_runs_and_its_own_output_as_differs(tmp_path, fake_results):
    write(fake_results, {})
    marks = verified_on.Marks()
    same = "errata/save_ckpt_tf1.py"
    assert "TF 1.15" in re.sub("<[^>]+>", "", marks.badge(same, "en"))
    own = [s.rel for s in model.discover() if s.differs_on(model.TF1)]
    for rel in own:
        assert marks.status(rel, model.TF1.release) in ("differs", "fail")


@pytest.mark.parametrize("content, fault", [
    ("{", "Expecting"),
    ('{"releases": [], "snippets": {}}', "'releases' is not an object"),
    ('{"releases": {}, "snippets": {"a.py": {"2.15.1": {"status": "great", "sha256": "x"}}}}', "status"),
])
def test_a_malformed_results_file_fails_the_build_naming_the_file(fake_results, content, fault):
    fake_results.write_text(content)
    with pytest.raises(PluginError, match=f"verified-on.json: malformed.*{fault}"):
        verified_on.Marks()


def test_a_consumer_runtime_is_named_in_its_snippets_badge_and_is_no_tensorflow_column(fake_results):
    write(fake_results, {})
    marks = verified_on.Marks()
    rel = "deploy/opencv_frozen.py"
    text = re.sub("<[^>]+>", "", marks.badge(rel, "en"))
    assert text.endswith(model.OPENCV.label) and "TF " not in text, text
    assert model.OPENCV.release not in marks.releases and marks.releases[0] == model.PINNED.release
    # tensorflow-serving-api 2.21.0 has the pinned TensorFlow's version number: it must not take its place.
    assert marks.tested[model.PINNED.release] == model.PINNED
