"""The walkthrough notebooks: made from one source per walkthrough, executed by the site build,
rendered as real pages (code and outputs, no raw JSON, no TensorFlow log lines), the same
anchors in both languages, and cached so that a rebuild executes nothing."""

import json
import re
import tomllib
from types import SimpleNamespace

import pytest
from bs4 import BeautifulSoup
from mkdocs.config import load_config

import notebooks
import snippet_runner as runner

ROOT = runner.ROOT
LANGS = notebooks.LANGS
SOURCES = notebooks.sources()
NAMES = [s.stem for s in SOURCES]
STDERR = '[data-mime-type="application/vnd.jupyter.stderr"]'
# TensorFlow / absl log lines (C++), TensorFlow's Python logger, LiteRT's delegate notice.
TF_LOG_RE = re.compile(r"^([IWEF]\d{4} \d\d:\d\d:\d\d|WARNING: All log messages before absl"
                       r"|(INFO|WARNING|ERROR):tensorflow:|INFO: Created TensorFlow Lite)", re.MULTILINE)


def nb(name, lang):
    return json.loads(notebooks.target(ROOT / "notebooks" / f"{name}.py", lang).read_text("utf-8"))


def article(site, lang, name):
    base = site if lang == "zh" else site / "en"
    page = base / "notebooks" / name / "index.html"
    return BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser").select_one("article")


def test_there_are_walkthroughs():
    assert len(SOURCES) >= 2


def test_committed_notebooks_are_made_from_their_source():
    stale = [p.relative_to(ROOT).as_posix() for p, _ in notebooks.stale()]
    assert not stale, f"run python tools/notebooks.py: {stale}"
    assert not notebooks.orphans(), "a notebook under docs/*/notebooks/ has no source"


@pytest.mark.parametrize("name", NAMES)
def test_both_languages_run_the_same_code_with_the_same_anchors(name):
    zh, en = nb(name, "zh"), nb(name, "en")
    code = {lang: [c["source"] for c in n["cells"] if c["cell_type"] == "code"] for lang, n in
            (("zh", zh), ("en", en))}
    assert code["zh"] == code["en"] and code["zh"]
    assert zh["metadata"]["site"]["heading_ids"] == en["metadata"]["site"]["heading_ids"]
    for n in (zh, en):
        assert all(not c.get("outputs") and c.get("execution_count") is None
                   for c in n["cells"] if c["cell_type"] == "code"), "committed without outputs"


def test_generator_splits_languages_and_moves_anchors_to_metadata(tmp_path):
    src = tmp_path / "demo.py"
    src.write_text('# %% [markdown] lang="zh"\n# # 标题 { #title }\n#\n# ```\n# # not a heading\n# ```\n\n'
                   '# %% [markdown] lang="en"\n# # Title { #title }\n\n# %%\nprint(1)\n', "utf-8")
    for lang, heading in (("zh", "# 标题"), ("en", "# Title")):
        made = json.loads(notebooks.build(src, lang))
        cells = made["cells"]
        assert [c["cell_type"] for c in cells] == ["markdown", "code"]
        assert "".join(cells[0]["source"]).splitlines()[0] == heading
        assert made["metadata"]["site"]["heading_ids"] == ["title"]
        assert "lang" not in cells[0]["metadata"]
    src.write_text('# %% [markdown] lang="en"\n# ## No anchor\n', "utf-8")
    with pytest.raises(ValueError, match="anchor"):
        notebooks.build(src, "en")
    src.write_text('# %% lang="en"\nprint(1)\n', "utf-8")
    with pytest.raises(ValueError, match="shared"):
        notebooks.build(src, "en")


def test_colab_installs_the_pinned_versions():
    groups = tomllib.loads((ROOT / "pyproject.toml").read_text())["dependency-groups"]
    pins = {p for group in groups.values() for p in group if isinstance(p, str)}
    for source in SOURCES:
        for pin in re.findall(r'"([A-Za-z][\w.-]*==[\w.]+)"', source.read_text("utf-8")):
            assert pin in pins, f"{source.name}: {pin} is not the version pyproject.toml pins"


def test_colab_link_only_when_the_repository_is_known(monkeypatch):
    import notebook_pages as hook  # hooks/ is on the path (conftest)

    path = notebooks.target(SOURCES[0], "en")
    page = SimpleNamespace(file=SimpleNamespace(src_uri=f"notebooks/{path.name}", abs_src_path=str(path)))
    config = SimpleNamespace(theme={"language": "en"})
    monkeypatch.delenv("REPO_URL", raising=False)
    assert "colab" not in hook._links(page, config)
    monkeypatch.setenv("REPO_URL", "https://github.com/someone/tf-docs.git")
    monkeypatch.setenv("REPO_BRANCH", "main")
    assert (f'href="https://colab.research.google.com/github/someone/tf-docs/blob/main/'
            f'docs/en/notebooks/{path.name}"') in hook._links(page, config)


# --- the built site (conftest's `site`: `mkdocs build --strict`, both languages) -----------------

@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_page_shows_executed_code_cells_not_raw_json(site, lang, name):
    art = article(site, lang, name)
    text = art.get_text()
    assert '"cell_type"' not in text and '"nbformat"' not in text, "the notebook's JSON is on the page"
    code_cells = [c for c in nb(name, lang)["cells"] if c["cell_type"] == "code"]
    assert len(art.select("div.jp-InputArea-editor")) == len(code_cells)
    outputs = [o.get_text() for o in art.select('.jp-OutputArea-output[data-mime-type="text/plain"]')]
    assert sum("max abs diff" in o for o in outputs) >= 4, "every conversion step printed its check"


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_no_stderr_blocks_and_no_tensorflow_log_lines(site, lang, name):
    art = article(site, lang, name)
    blocks = [b.get_text()[:300] for b in art.select(STDERR)]
    assert not blocks, f"stderr shown on the page (red blocks): {blocks}"
    for out in art.select(".jp-OutputArea-output"):
        assert not TF_LOG_RE.search(out.get_text()), out.get_text()[:300]


@pytest.mark.parametrize("name", NAMES)
def test_same_heading_anchors_in_both_languages_and_toc(site, name):
    ids = {}
    for lang in LANGS:
        art = article(site, lang, name)
        ids[lang] = [h.get("id") for h in art.find_all(re.compile("^h[1-6]$"))]
        page = art.find_parent("html")
        toc = [a["href"][1:] for a in page.select("nav.md-nav--secondary a.md-nav__link")]
        assert toc and set(toc) <= set(ids[lang]), "every TOC entry links to a heading on the page"
    assert ids["zh"] == ids["en"] == nb(name, "zh")["metadata"]["site"]["heading_ids"]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", NAMES)
def test_download_link_and_no_request_to_a_cdn(site, lang, name):
    base = site if lang == "zh" else site / "en"
    art = article(site, lang, name)
    link = art.select_one("p.notebook-links a[download]")
    assert link and (base / "notebooks" / name / link["href"]).is_file()
    downloaded = json.loads((base / "notebooks" / name / link["href"]).read_text("utf-8"))
    assert downloaded == nb(name, lang), "the download is the committed, unexecuted notebook"
    page = art.find_parent("html")
    assert not [s["src"] for s in page.find_all("script", src=True) if "//" in s["src"]]
    assert "mathjax" not in str(page).lower()


def test_a_rebuild_executes_nothing(site):
    """After the build, each language's cache holds an entry for each of its notebooks: the
    English build did not evict the Chinese entries, so the next build is all cache hits."""
    from mkdocs_jupyter.plugin import _compute_cache_key

    plugin = load_config(str(ROOT / "mkdocs.yml")).plugins["mkdocs-jupyter"]
    for lang in LANGS:
        cache = ROOT / plugin.config["cache_dir"] / lang
        for name in NAMES:
            path = notebooks.target(ROOT / "notebooks" / f"{name}.py", lang)
            key = _compute_cache_key(str(path), plugin.config, plugin.config["execute"])
            assert (cache / f"{key}.json").is_file(), f"{lang}/{name} is not cached: it runs every build"


def _copy_of_the_notebook_sources(tmp_path):
    import shutil
    for rel in ("tools/notebooks.py", "i18n", "notebooks", "docs/zh/notebooks", "docs/en/notebooks"):
        src, dst = ROOT / rel, tmp_path / rel
        dst.parent.mkdir(parents=True, exist_ok=True)
        (shutil.copytree if src.is_dir() else shutil.copy)(src, dst)
    return tmp_path


def test_the_check_fails_when_a_source_changes_and_the_notebooks_do_not(tmp_path):
    import subprocess
    import sys
    copy = _copy_of_the_notebook_sources(tmp_path)
    check = [sys.executable, str(copy / "tools" / "notebooks.py"), "--check"]
    assert subprocess.run(check, capture_output=True).returncode == 0
    source = copy / "notebooks" / f"{NAMES[0]}.py"
    source.write_text(source.read_text(encoding="utf-8") + "\n# %%\nprint('a new cell')\n", encoding="utf-8")
    proc = subprocess.run(check, capture_output=True, text=True)
    assert proc.returncode == 1 and f"docs/zh/notebooks/{NAMES[0]}.ipynb" in proc.stderr
    # `make notebooks` (tools/notebooks.py) brings them up to date again.
    subprocess.run(check[:-1], check=True, capture_output=True)
    assert subprocess.run(check, capture_output=True).returncode == 0


def test_the_build_stops_on_stale_notebooks_and_never_writes_into_docs(monkeypatch, tmp_path):
    from mkdocs.exceptions import PluginError

    import notebook_pages
    stale_path = ROOT / "docs" / "zh" / "notebooks" / f"{NAMES[0]}.ipynb"
    monkeypatch.setattr(notebooks, "stale", lambda: [(stale_path, "{}")])
    before = stale_path.read_bytes()
    config = SimpleNamespace(plugins={notebook_pages.PLUGIN: None})
    with pytest.raises(PluginError, match="run `make notebooks`"):
        notebook_pages.on_pre_build(config)
    assert stale_path.read_bytes() == before
