"""What the build fills into a page: one marker syntax, `<!-- name: args -->`, and the snippet
directive that shows a snippet with its outputs, failing loudly on anything it does not know."""

import re

import pytest
from mkdocs.exceptions import PluginError

import markers
import snippet_model as model


def expand(text, lang="en"):
    return markers.expand(text, lang, "page.md")


def test_a_snippet_line_becomes_its_titled_code_and_output():
    page = expand("<!-- snippet: errata/save_ckpt_tf2.py -->")
    s = model.Snippet(model.SNIPPETS / "errata/save_ckpt_tf2.py")
    assert page.startswith('```python title="errata/save_ckpt_tf2.py"\n' + s.text())
    assert '```{.text .output title="Output"}\n' + s.expected().stdout + "```" in page


def test_a_failing_snippet_shows_its_error_in_the_page_language():
    rel = "original/ckpt_save.py"
    s = model.Snippet(model.SNIPPETS / rel)
    zh = expand(f"<!-- snippet: {rel} -->", "zh")
    assert f'title="报错（TF {model.PINNED.release}）"' in zh or 'title="报错"' in zh
    assert s.expected().error in zh


def test_a_runtime_that_prints_otherwise_gets_its_own_blocks():
    differing = [s for s in model.discover() if model.PINNED in s.runtimes() and s.differs_on(model.TF1)]
    if not differing:
        pytest.skip("no snippet prints otherwise on TF 1.15 yet")
    s = differing[0]
    page = expand(f"<!-- snippet: {s.rel} -->")
    assert f"on TF {model.PINNED.release}" in page and f"on TF {model.TF1.release}" in page
    assert (s.expected(model.TF1).error or s.expected(model.TF1).stdout) in page


def test_tabs_pair_the_tf1_and_tf2_snippets():
    page = expand("<!-- snippet-tabs: checkpoints/save -->")
    assert re.findall(r'^=== "(.*)"$', page, re.M) == ["TF1 (compat.v1)", "TF2"]
    assert '    ```python title="checkpoints/save_tf1.py"' in page
    assert '    ```python title="checkpoints/save_tf2.py"' in page


def test_an_indented_marker_keeps_its_indent():
    page = expand("!!! note\n    <!-- snippet: errata/save_ckpt_tf1.py only=code -->\n")
    body = page.split("\n")[1:]
    assert all(line.startswith("    ") or not line for line in body)


def test_a_line_range_quotes_those_lines_only():
    s = model.Snippet(model.SNIPPETS / "original/ckpt_save.py")
    page = expand("<!-- snippet: original/ckpt_save.py lines=2-3 -->")
    assert page == '```python title="original/ckpt_save.py"\n' + "\n".join(s.text().splitlines()[1:3]) + "\n```"


def test_no_output_can_close_its_block():
    # Keras's KerasTensor error carries ``` fences of its own.
    s = model.Snippet(model.SNIPPETS / "errors/keras_kerastensor_keras.py")
    assert "```" in s.expected().error
    page = expand(f"<!-- snippet: {s.rel} only=output -->")
    fence = re.match(r"(`{3,})", page)[1]
    assert len(fence) > 3 and page.endswith("\n" + fence) and s.expected().error in page


@pytest.mark.parametrize("marker, message", [
    ("<!-- snippet: nowhere/missing.py -->", "no snippet 'nowhere/missing.py'"),
    ("<!-- snippet: ../pyproject.toml -->", "no snippet"),
    ("<!-- snippet: original/ckpt_save.py lines=9-999 -->", "not a range within"),
    ("<!-- snippet: original/ckpt_save.py lines=5-2 -->", "not a range within"),
    ("<!-- snippet: original/ckpt_save.py colour=red -->", "unknown or repeated option"),
    ("<!-- snippet: original/ckpt_save.py only=both -->", "only=both"),
    ("<!-- snippet-tabs: errata/nothing -->", "exactly one of"),
    ("<!-- snipet: original/ckpt_save.py -->", "unknown marker 'snipet'"),
    ("<!-- a note to myself -->", "is not a marker"),
])
def test_anything_unknown_fails_the_build_with_page_and_line(marker, message):
    with pytest.raises(PluginError, match=r"page\.md:3: .*" + re.escape(message)):
        expand(f"# Title\n\n{marker}\n")


def test_every_page_expands_and_holds_no_include_syntax_of_its_own():
    for page in sorted((model.ROOT / "docs").glob("*/*.md")):
        text = page.read_text(encoding="utf-8")
        assert "--8<--" not in text, f"{page}: use <!-- snippet: path -->"
        markers.expand(text, page.parent.name, str(page))


@pytest.mark.parametrize("keyword", ["expected-output", "cont"])
def test_pytest_codeblocks_comments_show_nothing(keyword):
    page = f"```python\nprint(1)\n```\n\n<!-- pytest-codeblocks:{keyword} -->\n\n```text\n1\n```\n"
    assert expand(page) == page.replace(f"<!-- pytest-codeblocks:{keyword} -->", "")
    in_a_tab = expand(f'=== "TF2"\n\n    <!-- pytest-codeblocks:{keyword} -->\n')
    assert in_a_tab.splitlines()[2].strip() == ""


@pytest.mark.parametrize("keyword", ["skip", "skipfile", "expect-exception", "importorskip(onnx)"])
def test_a_page_cannot_tell_pytest_codeblocks_to_skip_a_block(keyword):
    with pytest.raises(PluginError, match=r"page\.md:1: pytest-codeblocks: .*no block of a page is skipped"):
        expand(f"<!-- pytest-codeblocks:{keyword} -->\n")


def test_a_diagram_is_its_svg_with_the_alt_text_of_its_source():
    out = markers.expand("<!-- diagram: diagrams/formats.mmd -->", "en", "docs/en/formats.md")
    assert re.fullmatch(r'\[!\[How the save formats relate: .+\]\(diagrams/formats\.svg\)'
                        r'\{ \.diagram width="\d+" height="\d+" \}\]\(diagrams/formats\.svg\)', out)


@pytest.fixture
def diagram_page(tmp_path, monkeypatch):
    """A copy of a diagram source and its SVG under a fake repository root."""
    import diagrams
    monkeypatch.setattr(diagrams, "ROOT", tmp_path)
    folder = tmp_path / "docs" / "en" / "diagrams"
    folder.mkdir(parents=True)
    real = model.ROOT / "docs" / "en" / "diagrams"
    for suffix in (".mmd", ".svg"):
        (folder / f"formats{suffix}").write_bytes((real / f"formats{suffix}").read_bytes())
    return folder


@pytest.mark.parametrize("change, message", [
    (lambda f: (f / "formats.mmd").write_text((f / "formats.mmd").read_text() + "    a --> b\n"),
     "rendered from another version of formats.mmd: run `make diagrams`"),
    (lambda f: (f / "formats.svg").unlink(), "formats.svg is missing: run `make diagrams`"),
    (lambda f: (f / "formats.mmd").write_text("flowchart TB\n    a --> b\n"), "the first line must be '%% alt:"),
    (lambda f: (f / "formats.mmd").unlink(), "is not a .mmd file beside the page"),
])
def test_a_stale_or_broken_diagram_stops_the_build(diagram_page, change, message):
    import diagrams
    change(diagram_page)
    with pytest.raises(PluginError, match=re.escape(message)):
        markers.expand("x\n<!-- diagram: diagrams/formats.mmd -->", "en", "docs/en/formats.md")
    if (diagram_page / "formats.mmd").exists():
        assert diagrams.main(["--check"]) in (1, 2)  # the checker says so too, and renders nothing


def test_every_diagram_is_rendered_from_its_current_source():
    import diagrams
    assert diagrams.sources(), "the formats page has a diagram"
    assert diagrams.main(["--check"]) == 0
