"""Tell the browser how tall each code block is, so it can skip rendering the ones off screen.

A content page holds dozens of highlighted blocks (thousands of elements). extra.css gives every
`.highlight > pre` `content-visibility: auto`, which lets the browser skip style and layout for a
block until it nears the viewport; Material's own style recalculations at load then touch only
the blocks on screen. The browser needs each skipped block's height to lay out the rest of the
page: this hook writes the block's line count into `--code-lines`, and extra.css turns it into the
height (code never wraps, so the height is exact; tests/test_browser.py checks it).
"""

import re

# A block as pymdownx.highlight writes it; Pygments ends every line, the last one too, with a newline.
PRE_RE = re.compile(r"<pre>((?:<span></span>)?<code>(.*?)</code></pre>)", re.S)


def with_heights(html: str) -> str:
    def mark(m: re.Match) -> str:
        lines = max(m.group(2).count("\n"), 1)
        return f'<pre style="--code-lines:{lines}">{m.group(1)}'

    return PRE_RE.sub(mark, html)


def on_page_content(html, page, config, files):
    return with_heights(html)
