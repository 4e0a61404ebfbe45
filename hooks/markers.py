"""Fill in what the build puts into a page. One syntax for all of it: an HTML comment

    <!-- name: arguments -->

Every HTML comment in a page must be such a marker; an unknown name, a bad argument or anything
else fails the build with the page and line. The markers:

    <!-- snippet: errata/save_ckpt_tf1.py -->          the snippet, titled with its path, then its
                                                        Output and/or Error block (and the blocks
                                                        of every runtime that prints otherwise)
    <!-- snippet: original/ckpt_save.py lines=9-13 -->  those lines only (a quote), code only
    <!-- snippet: x/y_tf2.py only=code -->              the code block only
    <!-- snippet: x/y_tf2.py only=output -->            the Output/Error blocks only, titled with the path
    <!-- snippet-tabs: checkpoints/save -->             "TF1 (compat.v1)" and "TF2" tabs, from
                                                        checkpoints/save_tf1.py and save_tf2.py
    <!-- bench: table -->, <!-- bench: ratio:A_size_vs_B -->, ...   hooks/bench_table.py
    <!-- verified-on: matrix -->, <!-- verified-on: failures -->     hooks/verified_on.py
    <!-- crossversion: table -->                                     hooks/crossversion_table.py
    <!-- diagram: diagrams/formats.mmd -->             the diagram's SVG (tools/diagrams.py renders
                                                        it from the Mermaid source, path relative to
                                                        the page; `make diagrams`), alt from the source
    <!-- pytest-codeblocks:expected-output -->, <!-- pytest-codeblocks:cont -->
                                                        pytest-codeblocks' own comments around a page's
                                                        bare ```python blocks (docs/*/quick.md): they
                                                        tell the test how to run them and show nothing

A block marker may be indented (inside a tab or an admonition); what it writes keeps the indent.
The verified-on badge is added to each snippet's title later, by hooks/verified_on.py.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

HOOKS = Path(__file__).resolve().parent
sys.path.insert(0, str(HOOKS))
sys.path.insert(0, str(HOOKS.parent / "tools"))
import bench_table  # noqa: E402
import crossversion_table  # noqa: E402
import diagrams  # noqa: E402
import langdata  # noqa: E402
import snippet_model as model  # noqa: E402
import verified_on  # noqa: E402

COMMENT_RE = re.compile(r"<!--(.*?)-->", re.S)
MARKER_RE = re.compile(r"\s*([a-z][a-z0-9-]*):\s*(.*?)\s*", re.S)
LINES_RE = re.compile(r"(\d+)-(\d+)")
LANGUAGE = {".py": "python", ".sh": "bash"}
PLAIN_ABOVE = 400  # lines: a longer snippet's code is shown as plain text (see snippet())


class MarkerError(Exception):
    """What is wrong with a marker's arguments (the caller adds page and line)."""


def _fence(text: str, info: str) -> str:
    """A fenced block that nothing in the text can close: longer than any backtick run in it."""
    longest = max((len(m) for m in re.findall(r"`{3,}", text)), default=0)
    ticks = "`" * max(3, longest + 1)
    body = text if text.endswith("\n") or not text else text + "\n"
    return f"{ticks}{info}\n{body}{ticks}"


def _snippet_path(rel: str) -> model.Snippet:
    path = (model.SNIPPETS / rel).resolve()
    if model.SNIPPETS.resolve() not in path.parents or path.suffix not in model.SUFFIXES or not path.is_file():
        raise MarkerError(f"no snippet {rel!r} under snippets/ (a .py or .sh file)")
    return model.Snippet(path)


def _outputs(s: model.Snippet, words: dict, titled: bool) -> list[str]:
    """Output and Error blocks: the pinned runtime's, then each other runtime's that differs."""
    shown = [rt for rt in s.runtimes() if rt == model.PINNED or s.differs_on(rt)]
    if model.PINNED not in s.runtimes():
        shown = s.runtimes()  # a snippet that only runs elsewhere (an artifact of TF 2.15, say)
    blocks = []
    for rt in shown:
        exp = s.expected(rt)
        out, err = exp.stdout, exp.error
        if out is None:
            raise MarkerError(f"{exp.out_file.name} is missing: run the snippet with --update")
        for kind, text in (("output", out), ("error", err)):
            if text is None or (kind == "output" and not text and err is not None):
                continue
            if kind == "output" and not text:
                continue
            title = words[f"{kind}_of"].format(path=s.rel) if titled else words[kind]
            if len(shown) > 1:
                title = words["on_runtime"].format(title=title, runtime="TF " + rt.release)
            # class "output": extra.css wraps its long lines (code keeps its own)
            blocks.append(_fence(text, f'{{.text .output title="{title}"}}'))
    return blocks


def snippet(args: str, lang: str) -> str:
    parts = args.split()
    if not parts:
        raise MarkerError("snippet: needs a path, e.g. <!-- snippet: errata/save_ckpt_tf1.py -->")
    s = _snippet_path(parts[0])
    opts = {}
    for opt in parts[1:]:
        key, eq, value = opt.partition("=")
        if not eq or key not in ("lines", "only") or key in opts:
            raise MarkerError(f"snippet: unknown or repeated option {opt!r} (lines=A-B, only=code|output)")
        opts[key] = value
    words = langdata.load(lang)["snippet"]
    code = s.text()
    if "lines" in opts:
        m = LINES_RE.fullmatch(opts["lines"])
        n = len(code.splitlines())
        if not m or not 1 <= int(m[1]) <= int(m[2]) <= n:
            raise MarkerError(f"snippet: lines={opts['lines']} is not a range within 1-{n} of {s.rel}")
        if "only" in opts:
            raise MarkerError("snippet: lines= shows code only; it takes no only=")
        code = "\n".join(code.splitlines()[int(m[1]) - 1:int(m[2])]) + "\n"
        return _fence(code, f'{LANGUAGE[s.path.suffix]} title="{s.rel}"')
    only = opts.get("only")
    if only not in (None, "code", "output"):
        raise MarkerError(f"snippet: only={only} (only=code or only=output)")
    blocks = []
    if only != "output":
        # A very long script (what_is_this_model.py, 1569 lines) is shown without highlighting:
        # Pygments' span per token made its page the site's heaviest by far (issue 19, Lighthouse).
        language = LANGUAGE[s.path.suffix] if len(code.splitlines()) <= PLAIN_ABOVE else "text"
        blocks.append(_fence(code, f'{language} title="{s.rel}"'))
    if only != "code":
        outs = _outputs(s, words, titled=only == "output")
        if only == "output" and not outs:
            raise MarkerError(f"snippet: {s.rel} prints nothing and does not fail: no output to show")
        blocks += outs
    return "\n\n".join(blocks)


def snippet_tabs(args: str, lang: str) -> str:
    stem = args.strip()
    if not stem or " " in stem:
        raise MarkerError("snippet-tabs: needs one path without suffix, e.g. <!-- snippet-tabs: checkpoints/save -->")
    words = langdata.load(lang)["snippet"]
    tabs = []
    for style in ("tf1", "tf2"):
        matches = [f"{stem}_{style}{suffix}" for suffix in model.SUFFIXES
                   if (model.SNIPPETS / f"{stem}_{style}{suffix}").is_file()]
        if len(matches) != 1:
            raise MarkerError(f"snippet-tabs: needs exactly one of {stem}_{style}.py / .sh under snippets/")
        body = snippet(matches[0], lang)
        tabs.append(f'=== "{words["tab_" + style]}"\n\n' + _indent(body, "    "))
    return "\n\n".join(tabs)


def bench(args: str, lang: str) -> str:
    spec = args.strip()
    data = bench_table.load()
    if spec == "table":
        return bench_table.table(data, lang)
    try:
        return bench_table.placeholder(data, lang, spec)
    except PluginError as e:
        raise MarkerError(str(e)) from None


def verified(args: str, lang: str) -> str:
    what = args.strip()
    marks = verified_on.marks()
    if what == "matrix":
        return marks.matrix(lang)
    if what == "failures":
        return marks.failures(lang)
    raise MarkerError(f"verified-on: {what!r} (verified-on: matrix or verified-on: failures)")


# What pytest-codeblocks may be told on a page: the next block is what the previous one prints
# (expected-output), or it continues the previous one (cont). Never to skip a block.
CODEBLOCKS_KEYWORDS = ("expected-output", "cont")


def codeblocks(args: str, lang: str) -> str:
    if args not in CODEBLOCKS_KEYWORDS:
        raise MarkerError(f"pytest-codeblocks: {args!r} (known: {', '.join(CODEBLOCKS_KEYWORDS)}; "
                          "no block of a page is skipped)")
    return ""


def crossversion(args: str, lang: str) -> str:
    if args.strip() != "table":
        raise MarkerError(f"crossversion: {args.strip()!r} (crossversion: table)")
    return crossversion_table.render(lang)


def diagram(args: str, lang: str, where: str) -> str:
    rel = args.strip()
    source = (diagrams.ROOT / where).parent / rel
    if not rel.endswith(".mmd") or not source.is_file():
        raise MarkerError(f"diagram: {rel!r} is not a .mmd file beside the page ({source.relative_to(diagrams.ROOT)})")
    try:
        alt = diagrams.alt_text(source)
        if reason := diagrams.stale(source):
            raise MarkerError(f"diagram: {reason}: run `make diagrams`")
        width, height = diagrams.size(source.with_suffix(".svg"))
    except diagrams.DiagramError as e:
        raise MarkerError(f"diagram: {e}") from None
    alt = alt.replace("[", "\\[").replace("]", "\\]")
    svg = rel.removesuffix(".mmd") + ".svg"
    # Linked to itself: on a phone the drawing is small, and the SVG alone opens at full size.
    return f'[![{alt}]({svg}){{ .diagram width="{width}" height="{height}" }}]({svg})'


HANDLERS = {"crossversion": crossversion, "diagram": diagram, "snippet": snippet, "snippet-tabs": snippet_tabs,
            "bench": bench, "verified-on": verified, "pytest-codeblocks": codeblocks}


NEEDS_PAGE = {"diagram"}  # handlers that resolve a path against the page's own folder


def _indent(text: str, indent: str) -> str:
    return "\n".join(indent + line if line else line for line in text.split("\n"))


def expand(markdown: str, lang: str, where: str = "page") -> str:
    """The page with every marker filled in; PluginError names the page and line of a bad one."""
    def fill(m: re.Match) -> str:
        line_no = markdown.count("\n", 0, m.start()) + 1
        here = f"{where}:{line_no}"
        marker = MARKER_RE.fullmatch(m.group(1))
        if not marker:
            raise PluginError(f"{here}: {m.group(0)[:80]!r} is not a marker; every HTML comment in a page must be "
                              f"<!-- name: arguments --> with a name of {', '.join(HANDLERS)}")
        name, args = marker.groups()
        if name not in HANDLERS:
            raise PluginError(f"{here}: unknown marker {name!r} (known: {', '.join(HANDLERS)})")
        try:
            text = HANDLERS[name](args, lang, where) if name in NEEDS_PAGE else HANDLERS[name](args, lang)
        except MarkerError as e:
            raise PluginError(f"{here}: {e}") from None
        line_start = markdown.rfind("\n", 0, m.start()) + 1
        indent = markdown[line_start:m.start()]
        if indent.strip():  # inline, inside a sentence
            return text
        return text.replace("\n", "\n" + indent).replace("\n" + indent + "\n", "\n\n")

    return COMMENT_RE.sub(fill, markdown)


def on_page_markdown(markdown, page, config, files):
    where = f"docs/{config.theme['language']}/{page.file.src_uri}"
    return expand(markdown, config.theme["language"], where)


def on_config(config):
    verified_on.reset()  # a rebuild (mkdocs serve) sees changed snippets and results


def on_files(files, config):
    return bench_table.add_plots(files, config)


def on_page_content(html, page, config, files):
    return verified_on.add_badges(html, config.theme["language"])


def snippet_markers(markdown: str) -> list[str]:
    """The snippet and snippet-tabs markers of a page, in order, as written (for the tests)."""
    return [m.group(1).strip() for m in COMMENT_RE.finditer(markdown)
            if MARKER_RE.fullmatch(m.group(1)) and MARKER_RE.fullmatch(m.group(1))[1].startswith("snippet")]


def snippet_paths(markdown: str) -> list[str]:
    """Every snippet a page shows, in order (a snippet-tabs marker shows two)."""
    paths = []
    for marker in snippet_markers(markdown):
        name, _, args = marker.partition(":")
        if name == "snippet":
            paths.append(args.split()[0])
        else:
            stem = args.strip()
            paths += [f"{stem}_{style}{sfx}" for style in ("tf1", "tf2") for sfx in model.SUFFIXES
                      if (model.SNIPPETS / f"{stem}_{style}{sfx}").is_file()]
    return paths
