"""Tell the browser how tall each code block is, so it can skip rendering the ones off screen.

A content page holds dozens of highlighted blocks (thousands of elements). extra.css gives every
`.highlight > pre` that has a style attribute `content-visibility: auto`, which lets the browser
skip style and layout for a block until it nears the viewport; Material's own style recalculations
at load then touch only the blocks on screen. The browser needs each skipped block's height to lay
out the rest of the page: this hook writes the block's line count into `--code-lines`, and
extra.css turns it into the height (code never wraps, so the height is exact; tests/test_browser.py
checks it).

Output and Error blocks (class "output", hooks/markers.py) are left alone: their long lines wrap
(extra.css), so their height depends on the width and no line count gives it. They are plain text,
cheap to lay out, and always rendered.
"""

import re

# A block as pymdownx.highlight writes it; Pygments ends every line, the last one too, with a newline.
PRE_RE = re.compile(r"<pre>((?:<span></span>)?<code>(.*?)</code></pre>)", re.S)
DIV_CLASS_RE = re.compile(r'<div class="([^"]*)"[^>]*>')


def _wraps(html: str, pre_start: int) -> bool:
    """Whether the block this <pre> belongs to is an output block (its lines wrap)."""
    div = html.rfind('<div class="', 0, pre_start)
    m = DIV_CLASS_RE.match(html, div) if div >= 0 else None
    return bool(m) and "highlight" in m.group(1).split() and "output" in m.group(1).split()


def with_heights(html: str) -> str:
    def mark(m: re.Match) -> str:
        if _wraps(html, m.start()):
            return m.group(0)
        lines = max(m.group(2).count("\n"), 1)
        return f'<pre style="--code-lines:{lines}">{m.group(1)}'

    return PRE_RE.sub(mark, html)


def on_page_content(html, page, config, files):
    return with_heights(html)
