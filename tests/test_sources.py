"""snippets/errors/SOURCES.md (the mined problems of issue 16) is a well-formed, checkable table.

Every row names at least one thread by a real link, its count is the number of those links, the
ranking follows the counts, and every `page.md#anchor` it says the site answers exists, in both
languages. Entries handed to the lead ("staged: ...") are only checked for form until merged.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SOURCES = ROOT / "snippets" / "errors" / "SOURCES.md"
DOCS = {"en": ROOT / "docs" / "en", "zh": ROOT / "docs" / "zh"}
LINK_RE = re.compile(r"\[([\w.-]+/[\w.-]+#\d+)\]\((https://github\.com/[\w.-]+/[\w.-]+/(?:issues|pull)/\d+)\)")
ANCHOR_RE = re.compile(r"(?<![\w/.-])((?:[a-z0-9-]+/)*[a-z0-9-]+\.md)#([a-z0-9-]+)\b")
HEADING_ID_RE = re.compile(r"\{\s*#([a-z0-9-]+)\s*\}")
COLUMNS = ["Rank", "Problem", "Message (as posted)", "Area", "Threads", "Count",
           "Answered on the site", "Entry (issue 16)"]


def split_row(line: str) -> list[str]:
    cells = re.split(r"(?<!\\)\|", line.strip())[1:-1]
    return [c.strip() for c in cells]


def parse(text: str) -> list[dict]:
    lines = text.splitlines()
    try:
        start = next(i for i, line in enumerate(lines) if split_row(line) == COLUMNS)
    except StopIteration:
        raise AssertionError(f"no table with the columns {COLUMNS}") from None
    rows = []
    for number, line in enumerate(lines[start + 2:], start + 3):
        if not line.startswith("|"):
            break
        cells = split_row(line)
        assert len(cells) == len(COLUMNS), f"line {number}: {len(cells)} cells, expected {len(COLUMNS)}"
        rows.append({"line": number, **dict(zip(COLUMNS, cells))})
    return rows


def check(rows: list[dict], anchors: dict[str, set[str]]) -> list[str]:
    """All problems found, one line each (empty: well-formed)."""
    problems, previous = [], None
    for i, row in enumerate(rows, 1):
        where = f"line {row['line']} ({row['Problem']})"
        links = LINK_RE.findall(row["Threads"])
        if not links:
            problems.append(f"{where}: no thread link")
        for label, url in links:
            repo, num = label.split("#")
            if not url.startswith(f"https://github.com/{repo}/") or not url.endswith(f"/{num}"):
                problems.append(f"{where}: link text {label} does not match {url}")
        if not re.fullmatch(r"\d+", row["Count"]):
            problems.append(f"{where}: count {row['Count']!r} is not an integer")
        elif int(row["Count"]) != len(links):
            problems.append(f"{where}: count {row['Count']} but {len(links)} links")
        elif previous is not None and int(row["Count"]) > previous:
            problems.append(f"{where}: ranked below a row with a smaller count")
        else:
            previous = int(row["Count"])
        if row["Rank"] != str(i):
            problems.append(f"{where}: rank {row['Rank']}, expected {i}")
        answered = row["Answered on the site"]
        if answered != "no" and not ANCHOR_RE.search(answered):
            problems.append(f"{where}: 'Answered on the site' is neither 'no' nor page.md#anchor")
        entry = row["Entry (issue 16)"]
        checked = [answered] + ([] if entry.startswith("staged:") else [entry])
        for cell in checked:
            for page, anchor in ANCHOR_RE.findall(cell):
                for lang, ids in anchors.items():
                    if f"{page}#{anchor}" not in ids:
                        problems.append(f"{where}: {page}#{anchor} does not exist in docs/{lang}")
    return problems


def doc_anchors() -> dict[str, set[str]]:
    return {lang: {f"{page.relative_to(folder).as_posix()}#{a}" for page in folder.rglob("*.md")
                   for a in HEADING_ID_RE.findall(page.read_text(encoding="utf-8"))}
            for lang, folder in DOCS.items()}


def test_sources_table_is_well_formed():
    rows = parse(SOURCES.read_text(encoding="utf-8"))
    assert len(rows) >= 50, f"only {len(rows)} mined problems"
    assert check(rows, doc_anchors()) == []


GOOD = ("| 1 | `a` | msg | keras | [o/r#1](https://github.com/o/r/issues/1), [o/r#2](https://github.com/o/r/pull/2)"
        " | 2 | no | keras.md#x |")


@pytest.mark.parametrize("row, problem", [
    ("| 1 | `a` | msg | keras | none | 0 | no | — |", "no thread link"),
    (GOOD.replace("| 2 |", "| two |"), "is not an integer"),
    (GOOD.replace("| 2 |", "| 3 |"), "count 3 but 2 links"),
    (GOOD.replace("keras.md#x", "keras.md#missing"), "keras.md#missing does not exist in docs/en"),
    (GOOD.replace("| no |", "| maybe |"), "neither 'no' nor page.md#anchor"),
    (GOOD.replace("r/issues/1)", "r/issues/9)"), "does not match"),
])
def test_a_malformed_row_is_reported(row, problem):
    header = "| " + " | ".join(COLUMNS) + " |\n|" + "---|" * len(COLUMNS) + "\n"
    anchors = {"en": {"keras.md#x"}, "zh": {"keras.md#x"}}
    assert check(parse(header + GOOD + "\n"), anchors) == []
    found = check(parse(header + row + "\n"), anchors)
    assert any(problem in p for p in found), found
