"""Each language's data: i18n/<lang>.yml (site name, nav titles, the words the hooks write)."""

import functools
from pathlib import Path

import yaml
from mkdocs.exceptions import PluginError

I18N = Path(__file__).resolve().parent.parent / "i18n"


@functools.cache
def load(lang: str) -> dict:
    path = I18N / f"{lang}.yml"
    if not path.is_file():
        raise PluginError(f"no language data for {lang!r}: {path} is missing")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def languages() -> list[str]:
    return sorted(p.stem for p in I18N.glob("*.yml"))
