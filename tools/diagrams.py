"""Render the pages' diagrams to SVG once, so that no page loads mermaid.js (3.5 MB of script,
with which the formats page scored 0.83 in Lighthouse performance, and 1.00 without it).

A diagram's source is `docs/<lang>/diagrams/<name>.mmd` (Mermaid, its first line `%% alt: <text>`
for readers who cannot see it); a page shows it with `<!-- diagram: diagrams/<name>.mmd -->`
(hooks/markers.py). This writes `<name>.svg` beside each source with Debian's Chromium and the
pinned mermaid in tools/mermaid/, and records in it the source's SHA-256: the build stops when a
source no longer matches its SVG, and `--check` says so without a browser.

Usage:
    python tools/diagrams.py            # render the sources whose SVG is missing or stale
    python tools/diagrams.py --check    # exit 1 and name them, render nothing
"""

from __future__ import annotations

import argparse
import hashlib
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
MERMAID = ROOT / "tools" / "mermaid" / "mermaid.min.js"
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
STAMP_RE = re.compile(r"<!-- source sha256=([0-9a-f]{64}) -->")
ALT_RE = re.compile(r"%% alt: (.+)")
# The site's own font stack (overrides/assets/stylesheets/extra.css): labels are measured in it.
FONT = ('-apple-system, BlinkMacSystemFont, "Segoe UI", "PingFang SC", "Hiragino Sans GB", '
        '"Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", Helvetica, Arial, sans-serif')


class DiagramError(Exception):
    pass


def sources() -> list[Path]:
    return sorted((ROOT / "docs").glob("*/diagrams/*.mmd"))


def digest(source: Path) -> str:
    return hashlib.sha256(source.read_bytes()).hexdigest()


def alt_text(source: Path) -> str:
    first = source.read_text(encoding="utf-8").split("\n", 1)[0]
    m = ALT_RE.fullmatch(first.strip())
    if not m:
        raise DiagramError(f"{source.relative_to(ROOT)}: the first line must be '%% alt: <what the diagram shows>'")
    return m.group(1).strip()


def stale(source: Path) -> str | None:
    """Why the source's SVG does not show it, or None when it does."""
    svg = source.with_suffix(".svg")
    if not svg.is_file():
        return f"{svg.relative_to(ROOT)} is missing"
    m = STAMP_RE.search(svg.read_text(encoding="utf-8"))
    if not m or m.group(1) != digest(source):
        return f"{svg.relative_to(ROOT)} was rendered from another version of {source.name}"
    return None


def size(svg: Path) -> tuple[int, int]:
    """The diagram's width and height in CSS pixels, from its viewBox."""
    m = re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"', svg.read_text(encoding="utf-8"))
    if not m:
        raise DiagramError(f"{svg.relative_to(ROOT)}: no viewBox")
    return round(float(m.group(1))), round(float(m.group(2)))


def render(todo: list[Path]) -> None:
    from playwright.sync_api import sync_playwright

    if not Path(CHROMIUM).exists():
        raise DiagramError(f"{CHROMIUM} is missing: apt-get install chromium (or set CHROMIUM)")
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox", "--disable-gpu"])
        page = browser.new_page()
        page.set_content("<!doctype html><meta charset=utf-8><body></body>")
        page.add_script_tag(path=str(MERMAID))
        for source in todo:
            # Labels as SVG text (htmlLabels off): the SVG is shown with <img>, where HTML in a
            # foreignObject would lose the page's fonts.
            # Serialized as XML by the browser: mermaid's own string is HTML (<br> unclosed),
            # which an SVG file cannot hold.
            svg = page.evaluate("""async ([src, font]) => {
                mermaid.initialize({startOnLoad: false, theme: "neutral", fontFamily: font,
                                    htmlLabels: false,
                                    flowchart: {htmlLabels: false, nodeSpacing: 70, rankSpacing: 80,
                                                wrappingWidth: 320},
                                    securityLevel: "strict"})
                document.body.innerHTML = (await mermaid.render("diagram", src)).svg
                return new XMLSerializer().serializeToString(document.body.firstElementChild)
            }""", [source.read_text(encoding="utf-8"), FONT])
            # Its own size, not mermaid's width="100%": an <img> of it then has a natural size.
            box = re.search(r'viewBox="[-\d.]+ [-\d.]+ ([\d.]+) ([\d.]+)"', svg)
            svg = re.sub(r'<svg ([^>]*?)width="100%"([^>]*?) style="max-width: [\d.]+px;"',
                         rf'<svg \1width="{round(float(box[1]))}" height="{round(float(box[2]))}"\2', svg, count=1)
            out = source.with_suffix(".svg")
            out.write_text(f"<!-- source sha256={digest(source)} -->\n{svg}\n", encoding="utf-8")
            print(f"wrote {out.relative_to(ROOT)}")
        browser.close()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--check", action="store_true", help="name stale or missing SVGs and exit 1; render nothing")
    args = parser.parse_args(argv)
    try:
        for source in sources():
            alt_text(source)
        todo = [s for s in sources() if stale(s)]
        if args.check:
            for s in todo:
                print(f"{stale(s)}: run `make diagrams`", file=sys.stderr)
            return 1 if todo else 0
        render(todo)
    except DiagramError as e:
        print(f"diagrams: {e}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
