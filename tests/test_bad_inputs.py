"""Bad input outside the snippet runner gives one clear error that names the file, never a traceback.

A malformed snippets/verified-on.json (hooks/verified_on.py reads it) must stop the build with the
file's name, in a copy of the working tree so the real file is never touched.
"""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

pytestmark = pytest.mark.xdist_group("bad-inputs")  # one copy of the tree, one build at a time


def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True).stdout


@pytest.fixture(scope="module")
def tree(tmp_path_factory):
    """The working tree as git sees it (tracked files and new ones it does not ignore), committed."""
    copy = tmp_path_factory.mktemp("tree")
    for name in git(ROOT, "ls-files", "--cached", "--others", "--exclude-standard").splitlines():
        if (ROOT / name).is_file():
            (copy / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(ROOT / name, copy / name)
    ident = ["-c", "user.name=t", "-c", "user.email=t@example.invalid"]
    git(copy, "init", "-q")
    git(copy, *ident, "add", "-A")
    git(copy, *ident, "commit", "-qm", "tree")
    return copy


def build(tree, out):
    # The notebooks are rendered, not executed: the build has to reach the pages, not run TensorFlow.
    env = dict(os.environ, NO_MKDOCS_2_WARNING="1", NOTEBOOKS_EXECUTE="false")
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-d", str(out)], cwd=tree,
                          env=env, capture_output=True, text=True, timeout=900)


MALFORMED = {
    "not JSON": "{not json",
    "empty": "",
    "not an object": "[]",
    "snippets not an object": '{"releases": {}, "snippets": []}',
    "runs not an object": '{"releases": {}, "snippets": {"about/versions_tf2.py": []}}',
    "unknown status": '{"releases": {}, "snippets": {"about/versions_tf2.py": '
                      '{"2.15.1": {"status": "great", "sha256": "0"}}}}',
    "release not a version": '{"releases": {"latest": {}}, "snippets": {}}',
}


@pytest.mark.parametrize("case", MALFORMED)
def test_a_malformed_verified_on_json_is_one_error_naming_the_file(tmp_path, monkeypatch, case):
    from mkdocs.exceptions import PluginError

    import verified_on
    results = tmp_path / "verified-on.json"
    results.write_text(MALFORMED[case])
    monkeypatch.setattr(verified_on, "RESULTS", results)
    with pytest.raises(PluginError, match=r"verified-on\.json: malformed"):
        verified_on.Marks()


def test_a_malformed_verified_on_json_stops_a_real_build_without_a_traceback(tree, tmp_path):
    results = tree / "snippets" / "verified-on.json"
    good = results.read_text()
    try:
        results.write_text(MALFORMED["not JSON"])
        proc = build(tree, tmp_path / "site")
    finally:
        results.write_text(good)
    out = proc.stdout + proc.stderr
    assert proc.returncode != 0
    assert "Traceback" not in out, out[-3000:]
    errors = [line for line in out.splitlines() if "verified-on.json" in line]
    assert len(errors) == 1, out[-3000:]


def test_the_unchanged_tree_builds(tree, tmp_path):
    """The control: the same build with the file as it is succeeds, so the failure above is its."""
    proc = build(tree, tmp_path / "site")
    assert proc.returncode == 0, proc.stderr[-3000:]
