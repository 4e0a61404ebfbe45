"""Build the English site into <site_dir>/en/ right after the Chinese one.

Each language is a separate MkDocs build (mkdocs.yml for zh, mkdocs.en.yml for en), so each has
its own `theme.language` and its own search index; this hook only makes one `mkdocs build` or
`mkdocs serve` produce both, with the English site's URL derived from the Chinese one's.
"""

from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

SECONDARY = {"en": "mkdocs.en.yml"}


def on_post_build(config, **kwargs):
    if Path(config.config_file_path).name != "mkdocs.yml":
        return  # this is already a secondary language's build
    root = Path(config.config_file_path).parent
    for lang, file_name in SECONDARY.items():
        overrides = {"site_dir": str(Path(config.site_dir) / lang)}
        if config.site_url:
            overrides["site_url"] = config.site_url.rstrip("/") + f"/{lang}/"
        build(load_config(str(root / file_name), strict=config.strict, **overrides))
