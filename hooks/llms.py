"""llms.txt and a plain Markdown copy of every page, in each language's site (so under mike's
version prefix too): /llms.txt, /checkpoints.md, /en/llms.txt, /en/checkpoints.md, ...

- A page's copy is its Markdown as the build renders it, with every marker filled in by
  hooks/markers.py's expand(): this hook comes after markers.py in mkdocs.yml, so the Markdown it
  receives is expand()'s output, snippets' code and their outputs included. It sits where the
  source sits (docs/zh/freeze.md -> freeze.md), so the pages' relative links join the copies.
- A notebook page's copy: its cells in order, each code cell followed by the text outputs of the
  build's own run (images are left out).
- llms.txt (https://llmstxt.org): the site's name and description, one section per nav section
  with a link to each page's copy, and each other language's llms.txt. Links are relative.

mkdocs-llmstxt was not used: it turns the rendered HTML back into Markdown (tabs, badges and
titles lossy), and its section titles are one list in the config, which mkdocs.<lang>.yml
inherits unchanged (each language's words are in i18n/<lang>.yml).
"""

import json
import sys
from pathlib import Path, PurePosixPath

from mkdocs.structure.nav import Section
from mkdocs.structure.pages import Page

sys.path.insert(0, str(Path(__file__).resolve().parent))
import langdata  # noqa: E402

# Per language: the English build runs inside the Chinese one's on_post_build (hooks/i18n.py).
copies: dict[str, dict[str, str]] = {}  # lang -> src_uri -> Markdown
navigation: dict = {}                   # lang -> the nav


def copy_path(src_uri: str) -> str:
    """Where a page's Markdown copy goes, relative to the site: freeze.md, notebooks/x.md."""
    return str(PurePosixPath(src_uri).with_suffix(".md"))


def notebook_markdown(html: str, ipynb: Path) -> str:
    """The notebook's cells as Markdown, each code cell with the outputs the build printed."""
    from bs4 import BeautifulSoup

    cells = json.loads(ipynb.read_text(encoding="utf-8"))["cells"]
    rendered = BeautifulSoup(html, "html.parser").select(".jp-Notebook > .jp-Cell")
    if len(rendered) != len(cells):
        raise ValueError(f"{ipynb}: {len(cells)} cells, {len(rendered)} on the page")
    out = []
    for cell, page_cell in zip(cells, rendered):
        source = "".join(cell["source"]).strip("\n")
        if cell["cell_type"] != "code":
            out.append(source)
            continue
        out.append(f"```python\n{source}\n```")
        for output in page_cell.select(".jp-OutputArea-output pre"):
            text = output.get_text().strip("\n")
            if text:
                out.append(f"```text\n{text}\n```")
    return "\n\n".join(out) + "\n"


def on_config(config):
    copies[config.theme["language"]] = {}


def on_nav(nav, config, files):
    navigation[config.theme["language"]] = nav


def on_page_markdown(markdown, page, config, files):
    if page.file.src_uri.endswith(".md"):
        copies[config.theme["language"]][page.file.src_uri] = markdown
    return markdown


def on_page_content(html, page, config, files):
    if page.file.src_uri.endswith(".ipynb"):
        copies[config.theme["language"]][page.file.src_uri] = notebook_markdown(html, Path(page.file.abs_src_path))
    return html


def pages_of(section: Section) -> list[Page]:
    return [p for item in section.children
            for p in ([item] if isinstance(item, Page) else pages_of(item) if isinstance(item, Section) else [])]


def llms_txt(config) -> str:
    lang = config.theme["language"]
    words = langdata.load(lang)["llms"]
    lines = [f"# {config.site_name}", "", f"> {config.site_description}", ""]

    def link(page: Page) -> str:
        return f"- [{page.title}]({copy_path(page.file.src_uri)})"

    nav = navigation[lang]
    top = [item for item in nav.items if isinstance(item, Page)]
    if top:
        lines += [f"## {words['overview']}", "", *map(link, top), ""]
    for section in (item for item in nav.items if isinstance(item, Section)):
        lines += [f"## {section.title}", "", *map(link, pages_of(section)), ""]
    others = [alt for alt in config.extra["alternate"] if alt["lang"] != lang]
    if others:
        lines += [f"## {words['languages']}", "", *(f"- [{alt['name']}]({alt['link'].removeprefix('./')}llms.txt)"
                                                  for alt in others), ""]
    return "\n".join(lines)


def on_post_build(config):
    site = Path(config.site_dir)
    for src_uri, markdown in copies[config.theme["language"]].items():
        target = site / copy_path(src_uri)
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(markdown if markdown.endswith("\n") else markdown + "\n", encoding="utf-8")
    (site / "llms.txt").write_text(llms_txt(config), encoding="utf-8")
