"""An offline copy of the whole site, both languages, as one zip that works when opened from
disk (file://), search included: <site>/offline.zip, written by every build (so each version mike
publishes has its own), linked from each language's home page (overrides/main.html, words in
i18n/<lang>.yml).

Material's offline plugin would need a build of its own per language (use_directory_urls off)
and loads its worker shim from a CDN; the copy is made from the built site instead:

- links to a folder (checkpoints/, ../en/) get its index.html, as a browser on file:// does not;
- each language's search index is also written as search/search_index.js (`var __index = ...`),
  which Material's bundle loads on file:// where it cannot fetch; its locations get index.html;
- a browser refuses a Worker from a file:// page, so on file:// pages a small script of this
  site (assets/javascripts/file-worker.js) runs the search worker in a hidden frame instead.
"""

import io
import json
import re
import sys
import zipfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import i18n  # noqa: E402

NAME = "offline.zip"
FOLDER = "tf-model-persistence"          # the folder the zip unpacks to
SHIM = "assets/javascripts/file-worker.js"
ATTR_RE = re.compile(r'((?:href|src)=")([^"#?:]*)([#?][^"]*)?(")')
SCRIPTS_RE = re.compile(r'<script defer src="')
OFFLINE_LINK_RE = re.compile(r'<p class="offline-copy">.*?</p>\s*', re.S)
VERSION_SELECT_RE = re.compile(r'<script[^>]*src="[^"]*version-select\.js"[^>]*></script>\s*')

building = False  # `mkdocs serve` rebuilds on every change: no zip there


def on_startup(command, dirty):
    global building
    building = command != "serve"


def folder_link(url: str) -> str:
    """A relative link to a folder, as a link to its index.html."""
    if url.startswith("/") or "://" in url:
        return url
    if url in ("", ".", "..") or url.endswith(("/.", "/..")):
        return (url + "/" if url else "") + "index.html"
    return url + "index.html" if url.endswith("/") else url


def offline_html(html: str, shim: str) -> str:
    html = ATTR_RE.sub(lambda m: m[1] + folder_link(m[2]) + (m[3] or "") + m[4] if m[2] else m[0], html)
    # No version selector (it reads versions.json from the server the copy is not on), and no
    # link to the zip the copy came from.
    html = OFFLINE_LINK_RE.sub("", VERSION_SELECT_RE.sub("", html))
    # The worker shim runs before Material's bundle creates its worker.
    return SCRIPTS_RE.sub(f'<script defer src="{shim}"></script>\n<script defer src="', html, count=1)


def offline_index(text: str) -> str:
    index = json.loads(text)
    for doc in index["docs"]:
        path, sep, anchor = doc["location"].partition("#")
        doc["location"] = folder_link(path) + sep + anchor if (path == "" or path.endswith("/")) else doc["location"]
    return "var __index = " + json.dumps(index, ensure_ascii=False, separators=(",", ":"))


def shim_url(html_path: Path, site: Path) -> str:
    depth = len(html_path.relative_to(site).parts) - 1
    return "../" * depth + SHIM


def build_zip(site: Path) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as z:
        for path in sorted(p for p in site.rglob("*") if p.is_file()):
            rel = path.relative_to(site).as_posix()
            hidden = any(part.startswith(".") for part in path.relative_to(site).parts)
            if rel == NAME or rel.endswith(".map") or hidden:
                continue
            if path.suffix == ".html":
                data = offline_html(path.read_text(encoding="utf-8"), shim_url(path, site)).encode()
            else:
                data = path.read_bytes()
            z.writestr(f"{FOLDER}/{rel}", data)
            if rel.endswith("search/search_index.json"):
                index_js = offline_index(path.read_text(encoding="utf-8"))
                z.writestr(f"{FOLDER}/{rel.removesuffix('.json')}.js", index_js)
    return buffer.getvalue()


def on_config(config):
    # The zip sits at the primary language's root: the link to it from each language's root.
    config.extra["offline"] = ("" if config.theme["language"] == i18n.PRIMARY else "../") + NAME
    return config


def on_post_build(config):
    # The primary language's build ends after every other language's (hooks/i18n.py builds them
    # in its on_post_build, which runs before this one): the whole site is there.
    if not building or config.theme["language"] != i18n.PRIMARY:
        return
    site = Path(config.site_dir)
    (site / NAME).write_bytes(build_zip(site))
