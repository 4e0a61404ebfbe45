"""One site in several languages, each a MkDocs build of its own (own UI language, own search index).

mkdocs.yml is the whole site in the primary language (zh, served at /). Each other language is a
one-line config, mkdocs.<lang>.yml (`INHERIT: mkdocs.yml` and its `theme.language`), built into
<site_dir>/<lang>/ right after the primary one, so that `mkdocs build`, `mkdocs serve` and
`mike deploy` produce every language. Everything a language says outside its pages comes from
i18n/<lang>.yml; everything else follows from the language code:

    docs_dir  docs/<lang>/           edit_uri  edit/main/docs/<lang>/
    site_dir  <primary site_dir>/<lang>/   site_url  <primary site_url><lang>/

Adding a language: docs/<lang>/, mkdocs.<lang>.yml and i18n/<lang>.yml.
"""

import os
import sys
from pathlib import Path
from urllib.parse import urlsplit

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

sys.path.insert(0, str(Path(__file__).resolve().parent))
import langdata  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
PRIMARY = "zh"
MIKE_VERSION = "MIKE_DOCS_VERSION"  # set by mike while it builds a version


def secondary() -> list[str]:
    return sorted(p.name.split(".")[1] for p in ROOT.glob("mkdocs.*.yml"))


def _roots(config) -> dict:
    """Absolute root URL of each language, from this build's site_url (which on_config ends
    with a slash)."""
    own = config.site_url
    lang = config.theme["language"]
    primary = own if lang == PRIMARY else own[: -len(f"{lang}/")]
    return {PRIMARY: primary, **{l: f"{primary}{l}/" for l in secondary()}}


def _nav(items, titles: dict, lang: str):
    """The nav with each section key (`core:`) replaced by this language's title for it."""
    out = []
    for item in items:
        if isinstance(item, dict):
            (key, value), = item.items()
            if isinstance(value, list):
                if key not in titles:
                    raise PluginError(f"i18n/{lang}.yml: nav has no title for the section '{key}'")
                out.append({titles[key]: _nav(value, titles, lang)})
                continue
        out.append(item)
    return out


def on_config(config):
    lang = config.theme["language"]
    data = langdata.load(lang)
    config.site_name = data["site_name"]
    config.site_description = data["site_description"]
    config.nav = _nav(config.nav, data["nav"], lang)
    for palette in config.theme["palette"]:
        palette["toggle"]["name"] = data["palette"]["to_light" if palette["scheme"] == "slate" else "to_dark"]
    if lang != PRIMARY:
        config.docs_dir = str(ROOT / "docs" / lang)
        config.edit_uri = f"edit/main/docs/{lang}/"
    config.extra["ui"] = data["page"]
    # The primary language's 404 page sends a missing page under /<lang>/ on to that language's.
    config.extra["other_languages"] = secondary() if lang == PRIMARY else []
    config.extra["locale"] = data["locale"]
    # The language switcher: each language's root, relative to this one's.
    up = "./" if lang == PRIMARY else "../"
    config.extra["alternate"] = [
        {"name": langdata.load(l)["name"], "lang": l,
         "link": "./" if l == lang else up + ("" if l == PRIMARY else f"{l}/")}
        for l in [PRIMARY, *secondary()]]
    if not config.repo_url:
        config.edit_uri = None  # no repository known (a local build): no edit links
    if not config.site_url:
        return config
    # mike sets site_url to ".../<version>" (no trailing slash); MkDocs then gives the 404 page a
    # base of "/<version>", against which Material resolves search/search_index.json at the root.
    config.site_url = config.site_url.rstrip("/") + "/"
    roots = _roots(config)
    config.extra["language_roots"] = roots
    config.extra["hreflang"] = {l: langdata.load(l).get("hreflang", l) for l in roots}
    # Material keeps the reader's settings (light/dark, the TF1/TF2 tab) in localStorage under a
    # scope, by default each site's own root; one scope for both languages carries them across.
    config.extra["scope"] = urlsplit(roots[PRIMARY]).path
    if os.environ.get(MIKE_VERSION):
        # Material's own selector assumes one language per version root; ours knows that the
        # other languages sit one level below it (assets/version-select.js).
        config.extra["version"] = {"provider": "mike-i18n", "prefix": "" if lang == PRIMARY else f"{lang}/",
                                   "label": data["version_select"]}
        config.extra_javascript.append("assets/version-select.js")
    return config


def on_post_build(config, **kwargs):
    if config.theme["language"] != PRIMARY:
        return
    for lang in secondary():
        overrides = {"site_dir": str(Path(config.site_dir) / lang)}
        if config.site_url:
            overrides["site_url"] = _roots(config)[lang]
        build(load_config(str(ROOT / f"mkdocs.{lang}.yml"), strict=config.strict, **overrides))
