"""Write what a page's bare ```python blocks print into the output blocks the page shows after them.

A page's own code blocks (docs/*/quick.md; every other block is a snippet) show their output the way
pytest-codeblocks checks it:

    ```python
    print(1 + 1)
    ```

    <!-- pytest-codeblocks:expected-output -->

    ```{.text .output title="Output"}
    2
    ```

`make test` runs each block and fails when it prints anything else. This tool runs each block that
has such an output block and writes what it printed there (review the diff), as
`tools/snippet_runner.py --update` does for snippets. A block runs as pytest-codeblocks runs it (exec,
its prints caught through sys.stdout), in a fresh interpreter, in an empty folder with a HOME, KERAS_HOME
and TMPDIR of its own (conftest.py gives the tests the same). Pages are written only when every block
ran; a page with no such block is left as it is.

    python tools/codeblock_outputs.py docs/zh/quick.md docs/en/quick.md
"""

from __future__ import annotations

import io
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

MARK = "<!-- pytest-codeblocks:expected-output -->"
FENCE_RE = re.compile(r"^([ \t]*)(`{3,})")
TIMEOUT = 600.0
# Runs one block as pytest_codeblocks.plugin.TestBlock.runtest does, and writes what it printed to a file
# (a subprocess the block starts writes to the real stdout, which pytest-codeblocks does not compare).
CHILD = """
import sys
from pytest_codeblocks.main import stdout_io
code = open(sys.argv[1], encoding="utf-8").read()
with stdout_io() as s:
    exec(code, {"__MODULE__": "__main__"})
with open(sys.argv[2], "w", encoding="utf-8") as f:
    f.write(s.getvalue())
"""


class UsageError(Exception):
    """A bad path or page: reported in one line, nothing is run or written."""


class BlockFailed(Exception):
    """A block that raised, timed out or printed what no output block can hold."""


def run_block(code: str, timeout: float = TIMEOUT) -> str:
    """What the block prints, run in an empty folder of its own."""
    with tempfile.TemporaryDirectory(prefix="codeblock-") as tmp:
        work, home, temp = (Path(tmp, name) for name in ("work", "home", "tmp"))
        for folder in (work, home, temp):
            folder.mkdir()
        block, out = Path(tmp, "block.py"), Path(tmp, "stdout.txt")
        block.write_text(code, encoding="utf-8")
        env = dict(os.environ, HOME=str(home), KERAS_HOME=str(home / ".keras"), TMPDIR=str(temp))
        try:
            proc = subprocess.run([sys.executable, "-c", CHILD, str(block), str(out)], cwd=work, env=env,
                                  stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise BlockFailed(f"did not finish in {timeout:g} s") from None
        if proc.returncode != 0:
            last = [line for line in proc.stderr.splitlines() if line.strip()][-1:] or [f"exit {proc.returncode}"]
            raise BlockFailed(last[0])
        printed = out.read_text(encoding="utf-8")
    if any(FENCE_RE.match(line) for line in printed.splitlines()):
        raise BlockFailed("it prints a line that starts with ```, which would close the output block")
    if printed and not printed.endswith("\n"):
        raise BlockFailed("what it prints does not end with a newline, which no output block can show")
    return printed


def output_blocks(page: Path, lines: list[str]) -> list[tuple[str, int, int]]:
    """(code, first, end) for each expected-output block of a page: the code that prints it and the
    line indexes its body spans (lines[first:end]), in page order."""
    from pytest_codeblocks import extract_from_buffer

    try:
        blocks = extract_from_buffer(io.StringIO("".join(lines)))
    except RuntimeError as e:
        raise UsageError(f"{page}: pytest-codeblocks cannot read it: {e}") from None
    found = []
    for mark in (i for i, line in enumerate(lines) if line.strip() == MARK):
        start = next((i for i in range(mark + 1, len(lines)) if lines[i].strip()), None)
        fence = FENCE_RE.match(lines[start]) if start is not None else None
        if not fence:
            raise UsageError(f"{page}:{mark + 1}: no code block follows {MARK}")
        ticks = fence.group(2)
        end = next((i for i in range(start + 1, len(lines)) if lines[i].lstrip().startswith(ticks)), None)
        if end is None:
            raise UsageError(f"{page}:{start + 1}: the output block is never closed")
        found.append((start + 1, end))
    codes = [b.code for b in blocks if b.expected_output is not None]
    if len(codes) != len(found):  # another spelling of the comment, which pytest-codeblocks also reads
        raise UsageError(f"{page}: write each expected-output comment as {MARK} on a line of its own")
    return [(code, first, end) for code, (first, end) in zip(codes, found)]


def update(pages: list[Path], timeout: float = TIMEOUT, log=print) -> int:
    """Run every block with an output block on these pages; write the pages only if all ran.
    Returns the number of blocks that failed."""
    plans, failed, runs = [], 0, {}
    for page in pages:
        if page.suffix != ".md" or not page.is_file():
            raise UsageError(f"{page}: not a Markdown page")
        lines = page.read_text(encoding="utf-8").splitlines(keepends=True)
        plans.append((page, lines, output_blocks(page, lines)))
    for page, lines, blocks in plans:
        for code, first, end in blocks:
            if code not in runs:  # the same block on the zh and en page runs once
                try:
                    runs[code] = run_block(code, timeout)
                except BlockFailed as e:
                    runs[code] = e
            if isinstance(runs[code], BlockFailed):
                failed += 1
                log(f"{page}:{first}: the code block before this output failed: {runs[code]}")
    if failed:
        return failed
    for page, lines, blocks in plans:
        new, changed = list(lines), 0
        for code, first, end in reversed(blocks):
            indent = FENCE_RE.match(lines[first - 1]).group(1)
            body = [indent + line + "\n" for line in runs[code].splitlines()]
            changed += body != lines[first:end]
            new[first:end] = body
        if changed:
            page.write_text("".join(new), encoding="utf-8")
        log(f"{page}: {len(blocks)} output blocks, {changed} rewritten")
    return 0


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    prog = "codeblock_outputs.py"
    if not args or any(a.startswith("-") for a in args):
        print(f"{prog}: usage: python tools/{prog} PAGE.md...", file=sys.stderr)
        return 2
    try:
        return 1 if update([Path(a) for a in args]) else 0
    except UsageError as e:
        print(f"{prog}: error: {e}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
