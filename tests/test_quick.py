"""The quick answers page (docs/*/quick.md): its recipes are bare ```python blocks that pytest-codeblocks
runs from the Markdown itself, each in an empty folder of its own (conftest.py at the root), each with
the output it prints shown under it; tools/codeblock_outputs.py writes those outputs from a run."""

import os
import re
import subprocess
import sys

import pytest
from pytest_codeblocks import extract_from_file

from conftest import ROOT

PAGES = {lang: ROOT / "docs" / lang / "quick.md" for lang in ("zh", "en")}
RECIPE_RE = re.compile(r"^## (.+?) \{ #([a-z0-9-]+) \}$", re.M)
CHAPTER_LINK_RE = re.compile(r"\]\((?!quick\.md|index\.md|#|https?:)([\w/-]+\.md)(#[\w-]+)?\)")
MAX_LINES = 15


def recipes(lang):
    """(anchor, first line, last line) of each recipe: a level-2 section of the page (1-based lines)."""
    text = PAGES[lang].read_text(encoding="utf-8")
    starts = [(m[2], text.count("\n", 0, m.start()) + 1) for m in RECIPE_RE.finditer(text)]
    ends = [line - 1 for _, line in starts[1:]] + [text.count("\n") + 1]
    return [(anchor, start, end) for (anchor, start), end in zip(starts, ends)]


def section_text(lang, start, end):
    return "".join(PAGES[lang].read_text(encoding="utf-8").splitlines(keepends=True)[start - 1:end])


def collected(*paths):
    """The test ids pytest itself collects from these pages (--codeblocks comes from pyproject's addopts)."""
    proc = subprocess.run([sys.executable, "-m", "pytest", "--collect-only", "-q", "-n", "0", *map(str, paths)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    return [line for line in proc.stdout.splitlines() if "::line " in line]


def test_pytest_collects_at_least_one_test_per_recipe_in_each_language():
    ids = collected(*PAGES.values())
    for lang, page in PAGES.items():
        rel = page.relative_to(ROOT).as_posix()
        lines = [int(i.rsplit("::line ", 1)[1]) for i in ids if i.startswith(rel + "::")]
        found = recipes(lang)
        assert 10 <= len(found) <= 15, f"{rel}: {len(found)} recipes (10 to 15)"
        for anchor, start, end in found:
            assert any(start < line <= end for line in lines), f"{rel}#{anchor}: no test collected"
        print(f"{rel}: {len(found)} recipes, {len(lines)} tests")


@pytest.mark.parametrize("lang", PAGES)
def test_every_recipe_is_short_shows_its_output_and_links_to_its_chapter(lang):
    blocks = [b for b in extract_from_file(PAGES[lang]) if b.syntax == "python"]
    assert blocks
    for block in blocks:
        n = len(block.code.splitlines())
        assert n <= MAX_LINES, f"quick.md:{block.lineno}: {n} lines (at most {MAX_LINES})"
        assert block.expected_output, f"quick.md:{block.lineno}: no output shown (tools/codeblock_outputs.py)"
    for anchor, start, end in recipes(lang):
        assert CHAPTER_LINK_RE.search(section_text(lang, start, end)), f"{lang}/quick.md#{anchor}: no chapter link"


def test_both_languages_run_the_same_code_and_show_the_same_outputs():
    zh, en = ([(b.syntax, b.code, b.expected_output) for b in extract_from_file(PAGES[lang])] for lang in PAGES)
    assert zh == en
    assert [a for a, _, _ in recipes("zh")] == [a for a, _, _ in recipes("en")]


def test_the_page_comes_first_after_the_home_page_and_is_linked_first_from_it():
    from mkdocs.config import load_config

    assert load_config(str(ROOT / "mkdocs.yml"))["nav"][:2] == ["index.md", "quick.md"]
    for lang in PAGES:
        home = (ROOT / "docs" / lang / "index.md").read_text(encoding="utf-8")
        first = re.search(r"\]\(([^)#]+)", home.split("\n---\n", 1)[-1])
        assert first and first[1] == "quick.md", f"{lang}/index.md: the first link goes to {first and first[1]}"


BLOCKS_PAGE = """# Where a block runs

```python
import os
from pathlib import Path
assert os.listdir(".") == [], os.listdir(".")
assert Path.cwd().resolve() != @REPO@ and @REPO@ not in Path.cwd().resolve().parents, Path.cwd()
assert os.environ["HOME"] != @HOME@ and os.listdir(os.environ["HOME"]) == []
Path("left-behind.txt").write_text("x")
print("empty")
```

<!-- pytest-codeblocks:expected-output -->

```text
empty
```

```python
import os
assert os.listdir(".") == [], os.listdir(".")
```
"""


def test_each_block_runs_in_an_empty_folder_of_its_own_outside_the_repository(tmp_path):
    page = tmp_path / "page.md"  # under the repository (tests/conftest.py), where conftest.py applies
    page.write_text(BLOCKS_PAGE.replace("@REPO@", f"Path({str(ROOT)!r})").replace("@HOME@", repr(os.environ["HOME"])))
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-n", "0", "--rootdir", str(ROOT), str(page)],
                          cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "2 passed" in proc.stdout, proc.stdout[-3000:]
    assert not (ROOT / "left-behind.txt").exists() and not (tmp_path / "left-behind.txt").exists()


# ------------------------------------------------------------------ tools/codeblock_outputs.py

TOOL = ROOT / "tools" / "codeblock_outputs.py"


def tool(*args):
    return subprocess.run([sys.executable, str(TOOL), *map(str, args)], capture_output=True, text=True,
                          timeout=300)


def test_the_tool_writes_what_each_block_prints_and_nothing_else(tmp_path):
    page = tmp_path / "page.md"
    text = ("# T\n\n=== \"TF2\"\n\n    ```python\n    print('one')\n\n    print('two')\n    ```\n\n"
            "    <!-- pytest-codeblocks:expected-output -->\n\n    ```{.text .output title=\"Output\"}\n"
            "    typed by hand\n    ```\n\nText.\n\n```python\nx = 1\n```\n")
    page.write_text(text)
    proc = tool(page)
    assert proc.returncode == 0, proc.stderr
    assert page.read_text() == text.replace("    typed by hand\n", "    one\n    two\n")
    assert "1 output blocks, 1 rewritten" in proc.stdout
    assert tool(page).returncode == 0 and page.read_text() == text.replace("    typed by hand\n", "    one\n    two\n")


@pytest.mark.parametrize("case, text, message", [
    ("fails", "```python\nprint('x')\nraise ValueError('boom')\n```\n\n"
              "<!-- pytest-codeblocks:expected-output -->\n\n```text\nx\n```\n", "failed: ValueError: boom"),
    ("no block after", "```python\nprint(1)\n```\n\n<!-- pytest-codeblocks:expected-output -->\n\nText.\n",
     "no code block follows"),
    ("fence in output", "```python\nprint('`' * 3)\n```\n\n<!-- pytest-codeblocks:expected-output -->\n\n"
                        "```text\nx\n```\n", "would close the output block"),
])
def test_the_tool_changes_no_page_when_a_block_goes_wrong(tmp_path, case, text, message):
    page, other = tmp_path / "page.md", tmp_path / "other.md"
    good = "```python\nprint(2)\n```\n\n<!-- pytest-codeblocks:expected-output -->\n\n```text\n1\n```\n"
    page.write_text(text)
    other.write_text(good)
    proc = tool(other, page)
    assert proc.returncode != 0
    lines = [line for line in (proc.stdout + proc.stderr).splitlines() if "page.md" in line]
    assert len(lines) == 1 and message in lines[0], proc.stdout + proc.stderr
    assert "Traceback" not in proc.stderr
    assert page.read_text() == text and other.read_text() == good


@pytest.mark.parametrize("args", [[], ["--update"], ["missing.md"], ["pyproject.toml"]])
def test_the_tool_rejects_bad_arguments_in_one_line(args):
    proc = tool(*[ROOT / a if a.endswith((".md", ".toml")) else a for a in args])
    assert proc.returncode == 2
    assert len(proc.stderr.strip().splitlines()) == 1 and not proc.stdout, proc.stderr
