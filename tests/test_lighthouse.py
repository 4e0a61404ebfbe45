"""Lighthouse (pinned in tests/lighthouse/, run with Debian's Chromium) scores every audited page
at least 98 in performance and 100 in accessibility, best practices and SEO, on the mobile profile, with
the site served as GitHub Pages serves it (gzip). Run apart from the rest of the suite (`make
test` runs it last, alone) so that other tests do not load the CPU while it measures."""

import json
import os
import statistics
import subprocess
from pathlib import Path

import pytest
from test_browser import CHROMIUM, CHROMIUM_ARGS

from conftest import ROOT

pytestmark = pytest.mark.lighthouse
LIGHTHOUSE = ROOT / "tests" / "lighthouse" / "node_modules" / ".bin" / "lighthouse"
# The home page, a content page and a notebook page, in both languages; and the largest page of
# each language, whichever it is in the site built for this run (largest_page).
PAGES = ["", "checkpoints/", "notebooks/tf1-walkthrough/",
         "en/", "en/checkpoints/", "en/notebooks/tf1-walkthrough/"]
LARGEST = ["largest:zh", "largest:en"]


def every_page() -> list[str]:
    """Every page of both languages, from docs/ (`make lighthouse-all`: LIGHTHOUSE_PAGES=all)."""
    out = []
    for lang in ("zh", "en"):
        docs = ROOT / "docs" / lang
        for f in sorted([*docs.rglob("*.md"), *docs.rglob("*.ipynb")]):
            rel = f.relative_to(docs).with_suffix("").as_posix()
            rel = "" if rel == "index" else rel.removesuffix("/index").removesuffix("index") + "/"
            out.append(("" if lang == "zh" else "en/") + rel)
    return out


# Every page: a page passes on its first calibrated run when that run meets the floor (the busy
# runs measured here scored lower, none higher); otherwise it is judged, as the sample is, on the median of RUNS.
ALL = os.environ.get("LIGHTHOUSE_PAGES") == "all"
if ALL:
    PAGES, LARGEST = every_page(), []
CATEGORIES = ["performance", "accessibility", "best-practices", "seo"]
# The 0.94 once measured on checkpoints/ was the machine, not the page: measured alone on a quiet
# machine in this stop, every audited page's median was 0.99 or 1.00 (traces of the busy runs showed the same
# tasks, only longer). Lighthouse is run alone, last, for that reason.
MINIMUM = {"performance": 0.98, "accessibility": 1.0, "best-practices": 1.0, "seo": 1.0}
REPORT = ROOT / "tests" / "lighthouse" / "scores.json"  # last run's scores, for the record


RUNS = 5  # scores vary from run to run; Lighthouse docs/variability.md advise the median of 5 runs
# The mobile profile slows the CPU 4x, whatever the host: a run on a slower host simulates a slower
# phone. Lighthouse calibrates the 4x for a high-end desktop, benchmarkIndex 1500 and up (its
# docs/throttling.md, "Calibrating the CPU slowdown"). This 2-core VM measures 2200-2900 when its
# host is quiet and 1200-2000 when it is busy, and the same build scores accordingly: en/checkpoints/
# 1.00 at 2600-2850, 0.97 at 1640-1713 (a clean-clone run of this stop); CI once saw 0.83-0.88 at
# 1193-1381. So runs below 2000 are repeated, up to MAX_RUNS; if the host stays slow, every run counts.
CALIBRATED_INDEX = 2000
MAX_RUNS = 8


def lighthouse(url: str, out: Path) -> dict:
    flags = " ".join(["--headless=new", *CHROMIUM_ARGS])
    proc = subprocess.run(
        [str(LIGHTHOUSE), url, "--quiet", "--output=json", f"--output-path={out}",
         f"--only-categories={','.join(CATEGORIES)}", f"--chrome-flags={flags}"],
        env=dict(os.environ, CHROME_PATH=CHROMIUM), capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(out.read_text())


def largest_page(site: Path, lang: str) -> str:
    """The path of the language's page with the most HTML (the primary language's pages are those
    not under another language's folder)."""
    root = site if lang == "zh" else site / lang
    others = {p.name for p in site.iterdir() if p.is_dir() and (p / "search").is_dir()} - {lang}
    pages = [p for p in root.rglob("index.html") if p.relative_to(root).parts[0] not in others]
    biggest = max(pages, key=lambda p: p.stat().st_size)
    rel = biggest.parent.relative_to(site).as_posix()
    return "" if rel == "." else rel + "/"


def test_every_page_means_every_page_of_the_built_site(site):
    built = sorted(p.parent.relative_to(site).as_posix() + "/" for p in site.rglob("index.html")
                   if "assets" not in p.parts)
    assert sorted(p or "./" for p in every_page()) == built


def test_the_largest_page_is_found(site):
    for lang in ("zh", "en"):
        path = largest_page(site, lang)
        assert path.startswith("en/") == (lang == "en")
        size = (site / path / "index.html").stat().st_size
        assert all(p.stat().st_size <= size for p in (site / ("en" if lang == "en" else "")).rglob("index.html")
                   if lang == "en" or not p.relative_to(site).as_posix().startswith("en/"))


@pytest.mark.parametrize("path", PAGES + LARGEST)
def test_lighthouse_scores(base_url, site, path, tmp_path):
    if path.startswith("largest:"):
        path = largest_page(site, path.split(":")[1])
    if not LIGHTHOUSE.exists():
        pytest.fail("Lighthouse is not installed: run `make test` (npm ci --prefix tests/lighthouse)")
    reports = []
    runs = 1 if ALL else RUNS
    for i in range(MAX_RUNS):
        reports.append(lighthouse(base_url + path, tmp_path / f"run{i}.json"))
        calibrated = [r for r in reports if r["environment"]["benchmarkIndex"] >= CALIBRATED_INDEX]
        if len(calibrated) == runs:
            if runs == 1 and any(calibrated[0]["categories"][c]["score"] < MINIMUM[c] for c in CATEGORIES):
                runs = RUNS
                continue
            reports = calibrated
            break
    scores = {c: statistics.median(r["categories"][c]["score"] for r in reports) for c in CATEGORIES}
    failing = sorted({f"{a}: {r['audits'][a]['title']}" for r in reports for c in CATEGORIES
                      for ref in r["categories"][c]["auditRefs"]
                      if ref.get("weight") and (a := ref["id"]) and (r["audits"][a].get("score") or 1) < 1})
    record = json.loads(REPORT.read_text()) if REPORT.exists() else {}
    runs = [[r["categories"][c]["score"] for c in CATEGORIES] + [r["environment"]["benchmarkIndex"]] for r in reports]
    record[path or "/"] = {**scores, "runs": runs,
                           "transfer_bytes": reports[0]["audits"]["total-byte-weight"]["numericValue"]}
    REPORT.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    record[path or "/"]["html_bytes"] = (site / path / "index.html").stat().st_size
    REPORT.write_text(json.dumps(record, indent=1, sort_keys=True) + "\n")
    assert all(scores[c] >= MINIMUM[c] for c in CATEGORIES), (path, scores, failing)
