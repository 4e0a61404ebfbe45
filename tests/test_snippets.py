"""Every snippet runs the way a reader would run it and prints what its page shows, on every
TensorFlow runtime it names: the pinned release, and TensorFlow 1.15.5 for TF1 style."""

import itertools
import os
import re

import pytest

import snippet_model as model
import snippet_runner as runner

MODE = os.environ.get("SNIPPET_MODE", "fork")  # `spawn`: one fresh interpreter per snippet
ALL = model.discover()
RUNS = [(s, rt) for s in ALL for rt in s.runtimes()]
# TF2 snippets stay out of compat.v1, except for the few things TF2 only has there.
TF2_COMPAT_ALLOWED = {"wrap_function", "GraphDef"}


@pytest.mark.parametrize("snippet, runtime", RUNS, ids=[f"{s.rel}@{rt.name}" for s, rt in RUNS])
def test_snippet_prints_what_its_page_shows(snippet, runtime):
    # A missing runtime fails here with one line that says how to make it; it never passes.
    result = runner.run(snippet, mode=MODE, runtime=runtime)
    assert result.status == runner.Status.PASS, "\n".join(map(str, result.problems))


def test_there_are_snippets_in_both_styles():
    styles = {s.style for s in ALL}
    assert {"tf1", "tf2"} <= styles


def test_every_tf1_snippet_and_the_article_run_on_tf1_15_too():
    tf1 = [s for s in ALL if s.style == "tf1" or s.is_original]
    assert tf1 and all(model.TF1 in s.runtimes() for s in tf1)


def test_expected_output_of_another_runtime_is_kept_only_where_it_differs():
    for s in ALL:
        for rt in s.runtimes():
            own = s.expected(rt)
            if rt != model.PINNED and own != s.expected():
                assert (own.stdout, own.error) != (s.expected().stdout, s.expected().error), \
                    f"{own.out_file.name}: same as the pinned run's; delete it"
    paths = {s.path for s in ALL}
    stray = [p.name for p in model.SNIPPETS.rglob("*@*") if "node_modules" not in p.parts  # npm's @scopes
             and (p.name.split("@")[1].rsplit(".", 1)[0] not in model.RUNTIMES
                  or not any(p.parent / (p.name.split("@")[0] + sfx) in paths for sfx in model.SUFFIXES))]
    assert not stray, f"expected output for no snippet or runtime: {stray}"


@pytest.mark.parametrize("snippet", [s for s in ALL if s.style == "tf1" and s.kind == "py"],
                         ids=lambda s: s.rel)
def test_tf1_snippet_starts_in_compat_v1_graph_mode(snippet):
    # Setting an environment variable TensorFlow reads at import (TF_USE_LEGACY_KERAS) comes first.
    code = [l for l in snippet.text().splitlines() if l.strip() and not l.startswith(("#", "os.environ["))
            and l != "import os"]
    imports = list(itertools.takewhile(lambda l: l.startswith(("import ", "from ")), code))
    assert "import tensorflow.compat.v1 as tf" in imports, "TF1 style imports tensorflow.compat.v1 as tf"
    assert "tf.disable_v2_behavior()" in code, "TF1 style calls tf.disable_v2_behavior()"
    assert code.index("tf.disable_v2_behavior()") == len(imports), \
        "tf.disable_v2_behavior() comes right after the imports"


@pytest.mark.parametrize("snippet", [s for s in ALL if s.style == "tf2"], ids=lambda s: s.rel)
def test_tf2_snippet_is_eager_without_compat_v1(snippet):
    if re.search(r"#.*compat\.v1", snippet.text()):
        pytest.skip("uses compat.v1 on purpose and says why in a comment (snippets/README.md)")
    text = "\n".join(l.split("#")[0] for l in snippet.text().splitlines())  # code, not comments
    assert "disable_v2_behavior" not in text and "disable_eager_execution" not in text
    assert not re.search(r"import tensorflow\.compat", text)
    used = set(re.findall(r"compat\.v1\.(\w+)", text))
    assert used <= TF2_COMPAT_ALLOWED, f"TF2 snippet uses compat.v1.{sorted(used - TF2_COMPAT_ALLOWED)}"


@pytest.mark.parametrize("snippet", [s for s in ALL if s.is_original], ids=lambda s: s.rel)
def test_original_article_code_is_expected_to_fail(snippet):
    assert snippet.expects_failure, f"{snippet.rel} has no .err: the article's code must fail as the errata page says"
