"""The save-on-one-release, load-on-another table: its results file is complete, current and
consistent with what each producing release writes, the page table says what the file says, and
tools/crossversion.py rejects bad flags. The cross-release runs themselves are `make crossversion`."""

import html
import re
import subprocess
import sys

import pytest
from mkdocs.exceptions import PluginError

import crossversion  # tools/crossversion.py
import crossversion_table
import langdata  # hooks/crossversion_table.py
import snippet_model
from conftest import ROOT

DATA = crossversion_table.load()
ORDER = list(crossversion.ORDER)
STATUSES = {"ok", "differs", "error", "n/a"}
# The file (or folder) of each format that produce.py lists when it writes that format.
WRITTEN = {"tf1_ckpt": "tf1_ckpt/", "tf2_ckpt": "tf2_ckpt/", "savedmodel": "savedmodel/saved_model.pb",
           "frozen": "frozen/frozen.pb", "h5": "model.h5", "keras": "model.keras"}


def all_cells():
    for fmt in crossversion.FORMATS:
        for p in ORDER:
            for c in ORDER:
                yield fmt, p, c, DATA["cells"][fmt][p][c]


def test_every_cell_was_run_and_says_what_happened():
    assert DATA["formats"] == list(crossversion.FORMATS)
    assert list(DATA["runtimes"]) == ORDER
    for fmt, p, c, cell in all_cells():
        where = f"{fmt} {p} -> {c}"
        assert cell["status"] in STATUSES, where
        if cell["status"] == "ok":
            assert 0 <= cell["max_abs_diff"] <= DATA["tolerance"], where
        elif cell["status"] == "differs":
            assert cell["max_abs_diff"] > DATA["tolerance"], where
        elif cell["status"] == "error":
            assert cell["text"] and not cell["text"].startswith("max abs diff"), where
        else:
            assert cell["text"] == "not written", where


def test_results_come_from_the_current_snippets():
    for path in (crossversion.PRODUCE, crossversion.CONSUME):
        assert DATA["snippets"][path.name] == crossversion.digest(path), (
            f"{path.name} changed since results.json was written: run `make crossversion`")


@pytest.mark.parametrize("runtime", ORDER)
def test_each_producer_is_the_pinned_release_and_wrote_what_its_snippet_prints(runtime):
    rt = snippet_model.RUNTIMES[runtime]
    recorded = DATA["runtimes"][runtime]
    assert recorded["tensorflow"] == rt.release, "results.json was not made with the pinned release"
    # What produce.py prints on that runtime in the snippet tests (its expected output).
    expected = snippet_model.Snippet(crossversion.PRODUCE).expected(rt).stdout
    head, *files = expected.splitlines()
    assert head == f"TensorFlow {recorded['tensorflow']} wrote:"
    assert recorded["files"] == [f.strip() for f in files]
    # A format is n/a for every consumer exactly when this producer did not write it.
    for fmt, pattern in WRITTEN.items():
        written = any(f == pattern or f.startswith(pattern) for f in recorded["files"])
        statuses = {DATA["cells"][fmt][runtime][c]["status"] for c in ORDER}
        assert (statuses == {"n/a"}) == (not written), f"{fmt} saved by {runtime}: {statuses}"


def test_each_release_loads_its_own_files():
    """The diagonal is what the snippet tests run too (consume.py after produce.py, same runtime)."""
    for fmt, p, c, cell in all_cells():
        if p == c:
            assert cell["status"] in ("ok", "n/a"), f"{fmt} on {p}: {cell['text']}"


def rows(lang):
    text = crossversion_table.render(lang)
    lines = [line for line in text.splitlines() if line.startswith("| ")]
    return [[c.strip() for c in line.strip("|").split(" | ")] for line in lines]


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_table_says_what_the_results_file_says(lang):
    words = langdata.load(lang)["crossversion"]
    head, *body = rows(lang)
    for c, title in zip(ORDER, head[2:]):
        assert DATA["runtimes"][c]["tensorflow"] in title
    assert len(body) == len(crossversion.FORMATS) * len(ORDER)
    cells = iter(all_cells())
    for row in body:
        assert len(row) == 2 + len(ORDER)
        for shown in row[2:]:
            fmt, p, c, cell = next(cells)
            assert row[0] == words["formats"][fmt]
            assert row[1] == f"TF {DATA['runtimes'][p]['tensorflow']}"
            status_words = words[cell["status"]].split("{")[0]
            assert shown.startswith(status_words), (fmt, p, c, shown)
            if cell["status"] in ("ok", "differs"):
                assert f"{cell['max_abs_diff']:.1e}" in shown
            if cell["status"] == "error":
                code = re.search(r"<code>(.*)</code>", shown).group(1)
                assert html.unescape(code.replace("&#124;", "|")).rstrip("…") in cell["text"]
                assert len(code) >= min(len(cell["text"]), 40)


def test_table_for_an_unknown_language_fails_the_build():
    with pytest.raises(PluginError, match="no language data for 'fr'"):
        crossversion_table.render("fr")


@pytest.mark.parametrize("flags, message", [
    (["--jobs", "0"], "--jobs must be at least 1"),
    (["--output", "no/such/folder/results.json"], "--output: no such folder"),
])
def test_tool_rejects_bad_flags_in_one_line_and_writes_nothing(flags, message, tmp_path):
    before = crossversion.RESULTS.read_bytes()
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "crossversion.py"), *flags],
                          cwd=tmp_path, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and message in proc.stderr
    assert proc.stdout == ""
    assert crossversion.RESULTS.read_bytes() == before
    assert list(tmp_path.iterdir()) == []
