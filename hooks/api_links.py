"""API names in running text link to their reference page: inline code that is exactly a
`tf.…`, `tf.compat.v1.…` or `keras.…` name (a call's arguments may follow: `tf.train.Saver()`)
becomes a link to tensorflow.org's page for it, or to tensorflow.google.cn's on Chinese pages
(`api_docs` in i18n/<lang>.yml). Only names that exist in the installed, pinned TensorFlow and
Keras get a link: `tf.placeholder` (TF1 only) stays plain. Code blocks, headings and inline code
already inside a link stay as they are.

Which names exist is asked of the packages themselves: one child process imports tensorflow and
keras and resolves each dotted name with getattr (nothing else runs), for every candidate name in
docs/ at once; both languages' builds share the answers. Where the page is:

    a module, class or function     its own page      tf.train.Checkpoint -> tf/train/Checkpoint
    a method or a class attribute   its class's page  tf.train.Checkpoint.restore -> tf/train/Checkpoint#restore
    a module's constant             its module's page tf.saved_model.SERVING -> tf/saved_model#SERVING
    keras.X                         tf.keras.X's page, when tf.keras.X exists too (TensorFlow
                                    documents Keras there): keras.Model -> tf/keras/Model
"""

import html
import json
import os
import re
import subprocess
import sys
from pathlib import Path

from mkdocs.exceptions import PluginError

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "hooks"))
import langdata  # noqa: E402

NAME = r"(?:tf|keras)(?:\.[A-Za-z][A-Za-z0-9_]*)+"
CODE_TEXT_RE = re.compile(rf"(?P<name>{NAME})(?:\([^()]*\))?")  # the whole of an inline code span
SPAN_RE = re.compile(r"(?<!`)`([^`\n]+)`(?!`)")                 # inline code in Markdown / notebooks
HTML_RE = re.compile(r"(?P<skip><(?P<tag>pre|a|h[1-6]|script|style|textarea)\b.*?</(?P=tag)\s*>)"
                     r"|<code>(?P<code>[^<]*)</code>", re.S | re.I)

resolved: dict[str, tuple[str, str] | None] = {}  # name -> (page path, anchor), or None: not in the API


def api_name(code_text: str) -> str | None:
    """The API name an inline code span consists of, if it is one."""
    m = CODE_TEXT_RE.fullmatch(code_text.strip())
    return m["name"] if m else None


def candidates(text: str) -> set[str]:
    return {n for span in SPAN_RE.findall(text) if (n := api_name(span))}


def resolve(names) -> None:
    """Ask the installed packages which of `names` exist, and where their pages are."""
    todo = sorted(set(names) - resolved.keys())
    if not todo:
        return
    env = dict(os.environ, TF_CPP_MIN_LOG_LEVEL="3", CUDA_VISIBLE_DEVICES="-1",
               KERAS_HOME=str(ROOT / ".cache" / "keras"))
    proc = subprocess.run([sys.executable, __file__, "--resolve"], input="\n".join(todo), env=env,
                          capture_output=True, text=True, timeout=600)
    if proc.returncode != 0:
        raise PluginError(f"hooks/api_links.py could not resolve API names: {proc.stderr[-2000:]}")
    for name, where in json.loads(proc.stdout.splitlines()[-1]).items():
        resolved[name] = tuple(where) if where else None


def on_pre_build(config):
    docs = ROOT / "docs"
    resolve({n for p in docs.rglob("*") if p.suffix in (".md", ".ipynb") for n in candidates(p.read_text("utf-8"))})


def link(name: str, base: str) -> str | None:
    where = resolved.get(name)
    if where is None:
        return None
    path, anchor = where
    return base + path + (f"#{anchor}" if anchor else "")


def add_links(content: str, base: str) -> str:
    names = {n for m in HTML_RE.finditer(content) if m["code"] and (n := api_name(html.unescape(m["code"])))}
    resolve(names)

    def sub(m: re.Match) -> str:
        if m["skip"]:
            return m[0]
        name = api_name(html.unescape(m["code"]))
        href = link(name, base) if name else None
        return f'<a class="api-link" href="{href}">{m[0]}</a>' if href else m[0]

    return HTML_RE.sub(sub, content)


def on_page_content(content, page, config, files):
    return add_links(content, langdata.load(config.theme["language"])["api_docs"])


# ----------------------------------------------------------------------------- the child process

def _where(name: str, roots: dict):
    import inspect

    def lookup(dotted):
        root, *parts = dotted.split(".")
        chain = [roots[root]]
        for part in parts:
            try:
                chain.append(getattr(chain[-1], part))
            except Exception:  # AttributeError, or a lazy module that fails to load
                return None
        return chain

    chain = lookup(name)
    parts = name.split(".")
    if chain and parts[0] == "keras":
        parts = ["tf", "keras", *parts[1:]]
        chain = lookup(".".join(parts))
    if not chain:
        return None
    obj, parent = chain[-1], chain[-2] if len(chain) > 1 else None
    if inspect.ismodule(obj) or inspect.isclass(obj) or (inspect.isroutine(obj) and inspect.ismodule(parent)):
        return "/".join(parts), ""
    if inspect.isclass(parent) or inspect.ismodule(parent):
        return "/".join(parts[:-1]), parts[-1]
    return None


if __name__ == "__main__" and sys.argv[1:] == ["--resolve"]:
    import keras
    import tensorflow as tf

    wanted = sys.stdin.read().split()
    print(json.dumps({n: _where(n, {"tf": tf, "keras": keras}) for n in wanted}))
