"""One site in two languages: build the English site into <site_dir>/en/ after the Chinese one.

Each language is a separate MkDocs build (mkdocs.yml for zh, mkdocs.en.yml for en), so each has
its own `theme.language` and its own search index; this hook makes one `mkdocs build`,
`mkdocs serve` or `mike deploy` produce both, and gives every page what it needs to point at its
twin: the absolute root URL of each language (hreflang links, sitemap), and, when mike deploys
a version, the version selector and the outdated-version banner.
"""

import os
from urllib.parse import urlsplit
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

PRIMARY = "zh"
SECONDARY = {"en": "mkdocs.en.yml"}
MIKE_VERSION = "MIKE_DOCS_VERSION"  # set by mike while it builds a version


def _roots(config) -> dict:
    """Absolute root URL of each language, from this build's site_url (which on_config ends
    with a slash)."""
    own = config.site_url
    lang = config.theme["language"]
    primary = own if lang == PRIMARY else own[: -len(f"{lang}/")]
    return {PRIMARY: primary, **{l: f"{primary}{l}/" for l in SECONDARY}}


def on_config(config):
    if not config.repo_url:
        config.edit_uri = None  # no repository known (a local build): no edit links
    if not config.site_url:
        return config
    # mike sets site_url to ".../<version>" (no trailing slash); MkDocs then gives the 404 page a
    # base of "/<version>", against which Material resolves search/search_index.json at the root.
    config.site_url = config.site_url.rstrip("/") + "/"
    roots = _roots(config)
    config.extra["language_roots"] = roots
    # Material keeps the reader's settings (light/dark, the TF1/TF2 tab) in localStorage under a
    # scope, by default each site's own root; one scope for both languages carries them across.
    config.extra["scope"] = urlsplit(roots[PRIMARY]).path
    for alt in config.extra.get("alternate", []):
        # Material writes these as <link rel="alternate" hreflang> in every page's head, where
        # search engines want absolute URLs; the switcher keeps using the relative ones.
        alt["relative"] = alt["link"]
        alt["link"] = roots[alt["lang"]]
    if os.environ.get(MIKE_VERSION):
        # Material's own selector assumes one language per version root; ours knows that the
        # English site sits one level below it (assets/version-select.js).
        config.extra["version"] = {"provider": "mike-i18n"}
        config.extra_javascript.append("assets/version-select.js")
    return config


def on_post_build(config, **kwargs):
    if config.theme["language"] != PRIMARY:
        return
    root = Path(config.config_file_path).parent
    for lang, file_name in SECONDARY.items():
        overrides = {"site_dir": str(Path(config.site_dir) / lang)}
        if config.site_url:
            overrides["site_url"] = _roots(config)[lang]
        build(load_config(str(root / file_name), strict=config.strict, **overrides))
