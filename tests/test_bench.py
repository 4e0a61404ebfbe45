"""The benchmark page: its data file is complete, its table and numbers are what the hook computes
from that file, its plots exist, its prose claims still hold for the data, and tools/bench.py
rejects bad flags. The benchmark itself is not run here (`make bench` does that)."""

import re
import subprocess
import sys
import xml.etree.ElementTree as ET

import pytest
from mkdocs.exceptions import PluginError

import bench  # tools/bench.py
import bench_table  # hooks/bench_table.py
import langdata
import markers
from conftest import ROOT

DATA = bench_table.load()
PAGES = {lang: (ROOT / "docs" / lang / "bench.md").read_text(encoding="utf-8") for lang in ("zh", "en")}
SUMMARY_KEYS = {"median", "p10", "p90", "n"}


def rendered(lang):
    """The page as MkDocs hands it on after the markers are filled in."""
    return markers.expand(PAGES[lang], lang)


def test_data_file_has_every_format_and_metric():
    assert list(DATA["formats"]) == list(bench.FORMATS)
    for fmt, entry in DATA["formats"].items():
        for metric in bench.METRICS:
            assert metric in entry, f"{fmt}: {metric} missing"
            value = entry[metric]
            if isinstance(value, dict):
                assert set(value) == SUMMARY_KEYS, f"{fmt}: {metric}"
                assert 0 <= value["p10"] <= value["median"] <= value["p90"], f"{fmt}: {metric}"
            else:
                assert value >= 0, f"{fmt}: {metric}"
        assert entry["size_bytes"] > 0 and entry["files"]


def test_data_file_says_where_and_how_it_was_measured():
    m = DATA["machine"]
    assert m["cpu"] and m["cores"] >= 1
    assert {"start", "end", "max"} <= set(m["loadavg_1min"])
    for package in ("tensorflow-cpu", "keras", "onnxruntime", "tf2onnx", "ai-edge-litert"):
        assert DATA["versions"][package], package
    assert DATA["settings"]["quick"] is False, "the page shows a --quick run"
    assert DATA["settings"]["repeats"] >= 3


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_rendered_table_is_computed_from_the_data_file(lang):
    page = rendered(lang)
    table = bench_table.table(DATA, lang)
    assert table in page
    assert "<!-- bench" not in page, "every placeholder is replaced"
    # And the cells say what the data says: size, cold start and batch-1 latency, with the ratio.
    head = "| " + langdata.load(lang)["bench"]["head"][0]
    rows = [r for r in table.splitlines() if r.startswith("| ") and not r.startswith(head)]
    assert len(rows) == len(DATA["formats"])
    base = DATA["formats"][bench_table.BASELINE]
    for row, (fmt, entry) in zip(rows, DATA["formats"].items()):
        cells = [c.strip() for c in row.strip("|").split("|")]
        assert cells[0] == langdata.load(lang)["bench"]["labels"][fmt]
        for cell, value, base_value in [
            (cells[1], entry["size_bytes"] / 2**20, base["size_bytes"] / 2**20),
            (cells[2], entry["cold_s"]["median"], base["cold_s"]["median"]),
            (cells[4], entry["b1_ms"]["median"], base["b1_ms"]["median"]),
        ]:
            shown, shown_ratio = map(float, re.match(r"([\d.]+) \(×([\d.]+)\)", cell).groups())
            assert shown == pytest.approx(value, rel=0.01)
            assert shown_ratio == pytest.approx(value / base_value, rel=0.06)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_machine_and_ratios_are_rendered_from_the_data_file(lang):
    page = rendered(lang)
    assert DATA["machine"]["cpu"] in page
    r = bench_table.fmt_ratio(DATA["formats"]["savedmodel"]["cold_s"]["median"]
                              / DATA["formats"]["tflite"]["cold_s"]["median"])
    assert r in page


@pytest.mark.parametrize("marker, message", [
    ("<!-- bench: ratio:savedmodel_speed_vs_onnx -->", "unknown value"),
    ("<!-- bench ratio:savedmodel_size_vs_onnx -->", "is not a marker"),
    ("<!-- benhc: table -->", "unknown marker 'benhc'"),
])
def test_an_unknown_marker_or_value_fails_the_build_with_page_and_line(marker, message):
    with pytest.raises(PluginError, match=f"bench.md:3: .*{message}"):
        markers.expand(f"# Bench\n\n{marker}\n", "en", "bench.md")


def test_prose_claims_hold_for_the_data():
    """What the page says in words (not numbers) must stay true when `make bench` reruns."""
    F = {k: v for k, v in DATA["formats"].items()}

    def med(fmt, key):
        return bench_table.median(DATA, fmt, key)
    tf_formats = ["tf1_ckpt", "tf2_ckpt", "savedmodel", "frozen_pb", "keras"]
    light = ["tflite", "tflite_quant", "onnx"]
    assert med("tflite_quant", "size_bytes") < min(med(f, "size_bytes") for f in F if f != "tflite_quant")
    assert med("savedmodel", "size_bytes") > 1.5 * med("tf2_ckpt", "size_bytes")  # keras#23553
    assert min(med(f, "cold_s") for f in tf_formats) > 3 * max(med(f, "cold_s") for f in light)
    assert all(med(f, "import_s") > 3 * med(f, "load_s") for f in tf_formats), "import dominates"
    assert med("savedmodel", "first_ms") > med("savedmodel", "b1_ms")
    assert min(med(f, "rss_mib") for f in tf_formats) > 2 * max(med(f, "rss_mib") for f in light)
    assert bench_table.float_max_diff(DATA) < 1e-4 < F["tflite_quant"]["max_abs_diff"]


def test_a_plot_for_each_name_served_in_both_languages():
    for name in bench.PLOT_NAMES:
        svg = ROOT / "bench" / "plots" / f"{name}.svg"
        assert svg.is_file(), f"{svg} missing: run make bench"
        root = ET.parse(svg).getroot()
        assert root.tag == "{http://www.w3.org/2000/svg}svg"
        assert "<dc:date>" not in svg.read_text(encoding="utf-8"), "no date: same data, same file"
        for lang, text in PAGES.items():
            assert f"](assets/bench/{name}.svg)" in text, f"{lang} page does not show {name}.svg"


@pytest.mark.parametrize("argv, message", [
    (["--bogus"], "unrecognized arguments: --bogus"),
    (["--repeats", "0"], "expected a number >= 1"),
    (["--formats", "pickle"], "invalid choice: 'pickle'"),
])
def test_bad_flags_exit_2_with_a_message(argv, message):
    proc = subprocess.run([sys.executable, str(ROOT / "tools" / "bench.py"), *argv],
                          capture_output=True, text=True)
    assert proc.returncode == 2
    assert message in proc.stderr
    assert proc.stderr.startswith("usage: tools/bench.py")


def _data(a, b):
    """Results with two formats whose b1 latency spreads are given as (p10, median, p90)."""
    fmt = lambda p10, m, p90: {"b1_ms": {"p10": p10, "median": m, "p90": p90, "n": 9}}  # noqa: E731
    return {"formats": {"onnx": fmt(*a), "savedmodel": fmt(*b)}}


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_comparison_is_worded_by_the_data(lang):
    labels = langdata.load(lang)["bench"]["labels"]
    faster = bench_table.compare(_data((1, 1, 1.2), (3, 4, 5)), lang, "onnx", "b1", "savedmodel")
    slower = bench_table.compare(_data((3, 4, 5), (1, 1, 1.2)), lang, "onnx", "b1", "savedmodel")
    close = bench_table.compare(_data((1, 2, 4), (1.5, 3, 5)), lang, "onnx", "b1", "savedmodel")
    words = langdata.load(lang)["bench"]["compare"]
    onnx, sm, say = labels["onnx"], labels["savedmodel"], bench_table._spaced
    assert faster == say(words["time"].format(small=onnx, large=sm, x="4.0"))
    assert slower == say(words["time"].format(small=sm, large=onnx, x="4.0"))
    assert close == say(words["overlap"].format(a=onnx, b=sm, r="0.67"))


COMPARATIVES = re.compile(r"faster|slower|as fast|closes|always|never|only|快|慢|总是|从不|只有")


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_no_comparative_word_stands_next_to_a_ratio_it_does_not_come_from(lang):
    # A ratio marker gives a number; which side is faster must come from a compare: marker.
    text = re.sub(r"<!-- bench: compare:[^>]*-->", "", PAGES[lang])
    for m in re.finditer(r"<!-- bench: ratio:[^>]*-->", text):
        near = re.sub(r"<!--.*?-->", "", text[max(0, m.start() - 80):m.end() + 80])
        assert not COMPARATIVES.search(near), f"{lang}: {near!r}"
