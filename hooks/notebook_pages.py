"""Walkthrough notebooks as pages: mkdocs-jupyter executes and renders them, this hook fixes
what it gets wrong for this site. It does nothing when mkdocs-jupyter is not configured.

- before the build: the build stops if docs/<lang>/notebooks/*.ipynb are not what
  notebooks/*.py make (the build never writes into docs/; `make notebooks` does);
- the kernel: C/C++ libraries (TensorFlow, LiteRT) write their log lines straight to file
  descriptor 2, and ipykernel would show them as red stderr blocks on the page. Kernels started by
  this build get an IPython profile that leaves fd 2 alone: those lines go to the build log, and
  only what Python writes (print, warnings) reaches the page. Keras's ~/.keras goes to .cache/;
- the cache: mkdocs-jupyter caches a rendered notebook by its content and options, and evicts at
  the end of a build every entry that build did not use. Both languages share one configuration
  (mkdocs.en.yml inherits it), so each language gets its own cache folder; otherwise the English
  build would evict the Chinese entries and every build would execute everything again;
- headings: mkdocs-jupyter makes ids from ASCII letters only (Chinese headings get none) and its
  table of contents disagrees with the page. Every heading gets the anchor written in the source
  (`## 训练 { #train }`, kept in the notebook's metadata), in the page and in the TOC;
- no request leaves the site, and no page holds a third-party URL it could load: nbconvert's
  template loads MathJax from a CDN, and embeds a module script that imports mermaid from one
  when a cell holds a diagram; the walkthroughs have neither formulas nor diagrams, so both
  scripts are removed (the build stops if a notebook page still names a CDN);
- each page starts with a link to download the notebook and, when the environment variable
  REPO_URL names the GitHub repository (https://github.com/<owner>/<repo>, branch REPO_BRANCH,
  default main), a link to open it in Colab.
"""

import html
import json
import os
import re
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError
from mkdocs.structure.toc import get_toc

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tools"))
sys.path.insert(0, str(ROOT / "hooks"))
import langdata  # noqa: E402
import notebooks  # noqa: E402

PLUGIN = "mkdocs-jupyter"
CACHE = ROOT / ".cache" / "notebooks"
HEADING_RE = re.compile(r'<h([1-6]) id="([^"]*)"(.*?)</h\1>', re.DOTALL)
MATHJAX_RE = re.compile(r"\s*<!-- Load mathjax -->.*?<!-- End of mathjax configuration -->", re.DOTALL)
# nbconvert's mermaid loader: <script type="module"> ... ".jp-Mermaid > pre.mermaid" ... import(CDN)
MERMAID_RE = re.compile(r'\s*<script type="module">(?:(?!</script>).)*?jp-Mermaid.*?</script>', re.DOTALL)
CDN_RE = re.compile(r"cdnjs\.cloudflare\.com|cdn\.jsdelivr\.net|unpkg\.com")
MD_HEADING_RE = re.compile(r"^(#{1,6}) (.*)$")


def _active(config) -> bool:
    return PLUGIN in config.plugins


def on_config(config):
    if not _active(config):
        return config
    plugin = config.plugins[PLUGIN]
    lang = config.theme["language"]
    base = plugin.config["cache_dir"].rstrip("/")
    if not base.endswith(f"/{lang}"):
        plugin.config["cache_dir"] = f"{base}/{lang}"
    profile = CACHE / "ipython" / "profile_default"
    profile.mkdir(parents=True, exist_ok=True)
    (profile / "ipython_kernel_config.py").write_text("c.IPKernelApp.capture_fd_output = False\n")
    os.environ["IPYTHONDIR"] = str(profile.parent)
    os.environ["KERAS_HOME"] = str(CACHE / "keras")
    return config


def on_pre_build(config):
    if _active(config):
        stale = [p for p, _ in notebooks.stale()] + notebooks.orphans()
        if stale:
            names = ", ".join(p.relative_to(ROOT).as_posix() for p in stale)
            raise PluginError(f"notebooks out of date with notebooks/*.py: {names}; run `make notebooks`")


def _is_notebook(page) -> bool:
    return page.file.src_uri.endswith(".ipynb")


def _toc_tokens(path: Path, ids: list[str]) -> list[dict]:
    """Nested TOC tokens from the notebook's markdown headings and their anchors."""
    flat = []
    for cell in json.loads(path.read_text(encoding="utf-8"))["cells"]:
        if cell["cell_type"] != "markdown":
            continue
        fenced = False
        for line in "".join(cell["source"]).splitlines():
            if notebooks.FENCE_RE.match(line):
                fenced = not fenced
            elif not fenced and (m := MD_HEADING_RE.match(line)):
                flat.append((len(m.group(1)), m.group(2).strip()))
    if len(flat) != len(ids):
        raise PluginError(f"{path}: {len(flat)} headings but {len(ids)} anchors; run tools/notebooks.py")
    root, stack = [], []
    for (level, name), anchor in zip(flat, ids):
        token = {"level": level, "id": anchor, "name": html.escape(name.replace("`", "")), "children": []}
        while stack and stack[-1]["level"] >= level:
            stack.pop()
        (stack[-1]["children"] if stack else root).append(token)
        stack.append(token)
    return root


def _links(page, config) -> str:
    t = langdata.load(config.theme["language"])["notebook"]
    name = Path(page.file.src_uri).name
    links = [f'<a href="{name}" download>{t["download"]}</a>']
    repo = os.environ.get("REPO_URL", "").rstrip("/").removesuffix(".git")
    if repo:
        m = re.match(r"https://github\.com/([^/]+/[^/]+)$", repo)
        if not m:
            raise PluginError(f"REPO_URL must be https://github.com/<owner>/<repo>, not {repo!r}")
        branch = os.environ.get("REPO_BRANCH", "main")
        path = Path(page.file.abs_src_path).resolve().relative_to(ROOT).as_posix()
        links.append(f'<a href="https://colab.research.google.com/github/{m.group(1)}/blob/'
                     f'{branch}/{path}">{t["colab"]}</a>')
    return '<p class="notebook-links">' + " · ".join(links) + "</p>\n"


def on_page_content(content, page, config, files):
    if not (_active(config) and _is_notebook(page)):
        return content
    path = Path(page.file.abs_src_path)
    ids = notebooks.heading_ids(path)
    found = HEADING_RE.findall(content)
    if len(found) != len(ids):
        raise PluginError(f"{path}: the page has {len(found)} headings, the notebook {len(ids)} anchors")
    anchors = iter(ids)

    def set_id(m):
        anchor, old = next(anchors), m.group(2)
        rest = m.group(3).replace(f'href="#{old}"', f'href="#{anchor}"')
        return f'<h{m.group(1)} id="{anchor}"{rest}</h{m.group(1)}>'

    content = HEADING_RE.sub(set_id, content)
    page.toc = get_toc(_toc_tokens(path, ids))
    content = MERMAID_RE.sub("", MATHJAX_RE.sub("", content))
    if cdn := CDN_RE.search(content):
        raise PluginError(f"{path}: the notebook page still loads from {cdn.group(0)}; see hooks/notebook_pages.py")
    # The links go right after the page's H1.
    h1_end = content.find("</h1>")
    if h1_end < 0:
        raise PluginError(f"{path}: the notebook has no H1")
    cut = h1_end + len("</h1>")
    return content[:cut] + "\n" + _links(page, config) + content[cut:]


STYLE_RE = re.compile(r"<style[^>]*>.*?</style>\s*", re.S)
SHARED_CSS = "assets/notebooks/notebook-{}.css"
CLASS_RE = re.compile(r'class="([^"]*)"')


def _prune(css: str, used: set[str]) -> str:
    """Keep the rules of nbconvert's ~590 KB JupyterLab stylesheet that can match this page:
    a selector whose classes all occur on the page."""
    import tinycss2

    def keep(rule) -> bool:
        prelude = tinycss2.serialize(rule.prelude)
        if "td.linenos" in prelude:
            return False
        return any(set(re.findall(r"\.(-?[_a-zA-Z][\w-]*)", sel)) <= used
                   for sel in prelude.split(","))

    def walk(rules) -> str:
        out = []
        for rule in rules:
            if rule.type == "qualified-rule" and keep(rule):
                out.append(tinycss2.serialize([rule]))
            elif rule.type == "at-rule" and rule.lower_at_keyword in ("media", "supports") and rule.content:
                inner = walk(tinycss2.parse_rule_list(rule.content, skip_comments=True, skip_whitespace=True))
                if inner:
                    out.append(f"@{rule.at_keyword} {tinycss2.serialize(rule.prelude).strip()}{{{inner}}}")
            elif rule.type == "at-rule" and rule.lower_at_keyword in ("keyframes", "-webkit-keyframes", "font-face"):
                out.append(tinycss2.serialize([rule]))
        return "".join(out)

    kept = walk(tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True))
    return _drop_unused_variables(kept)


def _drop_unused_variables(css: str) -> str:
    """Drop custom-property declarations (`--jp-…: …`) that no kept rule reads, directly or
    through another variable: most of JupyterLab's theme is never used by a rendered notebook."""
    import tinycss2

    var_re = re.compile(r"var\(\s*(--[\w-]+)")
    rules = tinycss2.parse_stylesheet(css, skip_comments=True, skip_whitespace=True)

    def declarations(rule):
        return [d for d in tinycss2.parse_declaration_list(rule.content, skip_comments=True,
                                                           skip_whitespace=True)
                if d.type == "declaration"]

    def all_rules(rs):
        for r in rs:
            if r.type == "qualified-rule":
                yield r
            elif r.type == "at-rule" and r.content and r.lower_at_keyword in ("media", "supports"):
                yield from all_rules(tinycss2.parse_rule_list(r.content, skip_comments=True,
                                                              skip_whitespace=True))

    defs, needed = {}, set()
    for r in all_rules(rules):
        for d in declarations(r):
            value = tinycss2.serialize(d.value)
            if d.name.startswith("--"):
                defs.setdefault(d.name, set()).update(var_re.findall(value))
            else:
                needed.update(var_re.findall(value))
    todo = list(needed)
    while todo:
        for ref in defs.get(todo.pop(), ()):
            if ref not in needed:
                needed.add(ref)
                todo.append(ref)

    def rewrite(rs) -> str:
        out = []
        for r in rs:
            if r.type == "qualified-rule":
                decls = [d for d in declarations(r) if not d.name.startswith("--") or d.name in needed]
                if decls:
                    body = ";".join(f"{d.name}:{tinycss2.serialize(d.value).strip()}"
                                    + ("!important" if d.important else "") for d in decls)
                    out.append(f"{tinycss2.serialize(r.prelude).strip()}{{{body}}}")
            elif r.type == "at-rule" and r.content and r.lower_at_keyword in ("media", "supports"):
                inner = rewrite(tinycss2.parse_rule_list(r.content, skip_comments=True,
                                                         skip_whitespace=True))
                if inner:
                    out.append(f"@{r.at_keyword} {tinycss2.serialize(r.prelude).strip()}{{{inner}}}")
            elif r.type == "at-rule":
                out.append(tinycss2.serialize([r]))
        return "".join(out)

    return rewrite(rules)


def on_post_page(output, page, config):
    """Replace the JupyterLab CSS that nbconvert inlines into every notebook page (~590 KB,
    render-blocking) by a stylesheet with only the rules this page can use."""
    if not (_active(config) and _is_notebook(page)):
        return output
    start = output.find("<article")
    styles = STYLE_RE.findall(output, start)
    if not styles:
        return output
    import hashlib

    from mkdocs.utils import get_relative_url

    body = STYLE_RE.sub("", output[start:])
    used = {c for attr in CLASS_RE.findall(output) for c in attr.split()}
    css = _prune("\n".join(re.sub(r"^<style[^>]*>|</style>\s*$", "", s.strip()) for s in styles), used)
    name = SHARED_CSS.format(hashlib.sha256(css.encode()).hexdigest()[:12])
    target = Path(config.site_dir) / name
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(css, encoding="utf-8")
    link = f'<link rel="stylesheet" href="{get_relative_url(name, page.url)}">\n'
    head_end = output.rfind("</head>", 0, start)
    return output[:head_end] + link + output[head_end:start] + body
