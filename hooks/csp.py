"""Content-Security-Policy: a page runs scripts from this site, and the inline scripts it was built with.

overrides/main.html writes the <meta http-equiv="Content-Security-Policy"> tag with a placeholder
where the inline scripts' hashes go. Once a page is rendered (on_post_page; the 404 pages come
through on_post_template), this hook hashes each of its inline scripts as the browser will, the
SHA-256 of the script's text in UTF-8, and writes them there. It is the last hook in mkdocs.yml,
so nothing changes a script after it has been hashed; a script changed or added later would be
refused by the browser, and tests/test_site_security.py would see the violation.

`mkdocs serve` injects a live-reload script whose text changes on every request: while serving,
the tag is left out, so that only built sites (make build, mike, the tests) carry the policy.
"""

import base64
import hashlib
import re

PLACEHOLDER = "__INLINE_SCRIPT_HASHES__"  # not a valid source expression: left unfilled, it shows
META_RE = re.compile(r'<meta http-equiv="Content-Security-Policy" content="[^"]*">\n?')
SCRIPT_RE = re.compile(r"<script\b([^>]*)>(.*?)</script\s*>", re.S | re.I)
TYPE_RE = re.compile(r"""\btype\s*=\s*["']?([^"'\s>]+)""", re.I)
SRC_RE = re.compile(r"\bsrc\s*=", re.I)
# Types the browser runs; any other (application/json, say) is a data block, which CSP leaves alone.
SCRIPT_TYPES = {"", "text/javascript", "application/javascript", "module"}

serving = False


def inline_script_hashes(html: str) -> list[str]:
    hashes = set()
    for attrs, text in SCRIPT_RE.findall(html):
        kind = TYPE_RE.search(attrs)
        if SRC_RE.search(attrs) or (kind.group(1).lower() if kind else "") not in SCRIPT_TYPES:
            continue
        # The HTML parser turns CR LF and lone CR into LF before the script sees its text.
        text = text.replace("\r\n", "\n").replace("\r", "\n")
        digest = base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode()
        hashes.add(f"'sha256-{digest}'")
    return sorted(hashes)


def with_hashes(html: str) -> str:
    if serving:
        return META_RE.sub("", html, count=1)
    meta = META_RE.search(html)
    if not meta:
        return html
    filled = meta.group(0).replace(PLACEHOLDER, " ".join(inline_script_hashes(html)))
    return html[: meta.start()] + filled + html[meta.end():]


def on_startup(command, dirty):
    global serving
    serving = command == "serve"


def on_post_page(output, page, config):
    return with_hashes(output)


def on_post_template(output_content, template_name, config):
    return with_hashes(output_content) if template_name.endswith(".html") else output_content
