"""Search that finds the answer in both languages: the query is turned into the index's words
before Material's search runs it (overrides/assets/javascripts/workers/search-query.js, which
wraps Material's worker). This hook

- points each page's search at that worker, naming Material's worker in its URL
  (`.../workers/search-query.js?worker=search.<hash>.min.js`);
- puts each language's search words into its index's config (search/search_index.json), which
  Material hands to the worker: `search_synonyms` (groups of words that mean the same on this site:
  the words readers type, the pages' words) and `search_ignore` (words of a question that say
  nothing of its subject), from i18n/<lang>.yml.
"""

import json
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import langdata  # noqa: E402

WORKER = "search-query.js"
CONFIG_RE = re.compile(r'("search":\s*")([^"]*?/workers/)(search\.[0-9a-f]+\.min\.js)(")')


def point_at_our_worker(html: str, where: str) -> str:
    if '<script id="__config"' not in html:
        return html
    html, n = CONFIG_RE.subn(rf"\g<1>\g<2>{WORKER}?worker=\g<3>\g<4>", html, count=1)
    if n != 1:
        raise PluginError(f"{where}: no Material search worker in the page's config (hooks/search.py)")
    return html


def on_post_page(output, page, config):
    return point_at_our_worker(output, page.file.src_uri)


def on_post_template(output_content, template_name, config):
    return point_at_our_worker(output_content, template_name) if template_name.endswith(".html") else output_content


def search_words(lang: str) -> dict:
    data = langdata.load(lang)
    synonyms = data.get("search_synonyms") or []
    ignore = data.get("search_ignore") or []

    def words(items):
        return isinstance(items, list) and all(isinstance(w, str) and w.strip() for w in items)

    if not isinstance(synonyms, list) or not all(words(group) and len(group) > 1 for group in synonyms):
        raise PluginError(f"i18n/{lang}.yml: search_synonyms is a list of groups, each [words, words, ...]")
    if not words(ignore):
        raise PluginError(f"i18n/{lang}.yml: search_ignore is a list of words")
    return {"synonyms": [[" ".join(w.lower().split()) for w in group] for group in synonyms],
            "ignore": sorted({w.strip().lower() for w in ignore})}


def on_post_build(config):
    path = Path(config.site_dir) / "search" / "search_index.json"
    if not path.is_file():
        return
    index = json.loads(path.read_text(encoding="utf-8"))
    index["config"].update(search_words(config.theme["language"]))
    path.write_text(json.dumps(index, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
