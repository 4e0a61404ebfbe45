"""Bad input to `make deploy` and tools/root_404.py: one clear line, exit 2, nothing run, nothing changed.

`make deploy` runs in a scratch repository that holds the real Makefile and a `.venv/bin` of stubs
(mike and python only log their arguments), with a gh-pages branch one commit ahead of its
`origin`, so that a test sees whether anything ran, whether gh-pages moved and whether it was pushed.
"""

import os
import shutil
import subprocess
import sys

import pytest

from conftest import ROOT

# Not the make that runs this test (`make test`): a nested make would print "Entering directory".
_OUTER = {k: v for k, v in os.environ.items() if k not in ("MAKELEVEL", "MAKEFLAGS", "MFLAGS")}
ENV = dict(_OUTER, GIT_AUTHOR_NAME="t", GIT_AUTHOR_EMAIL="t@example.invalid", GIT_COMMITTER_NAME="t",
           GIT_COMMITTER_EMAIL="t@example.invalid", GIT_CONFIG_GLOBAL=os.devnull, GIT_CONFIG_NOSYSTEM="1")
# Each stub writes one line: its name, then every argument followed by "|" (so "0.2 x" as one
# argument shows as "0.2 x|", as two as "0.2|x|").
STUB = '#!/bin/sh\n{ printf "%s " "$(basename "$0")"; printf "%s|" "$@"; echo; } >> "$STUB_LOG"\n'

BAD_VERSIONS = ["", "--help", "-1", "0.2 x", "0.2'", "0.2;touch pwned", "$(shell touch pwned)",
                "`touch pwned`", "latest", "../0.2", "0.2/..", "0.2\n0.3", "1,2", "1.0RC1", "0.2-"]
GOOD_VERSIONS = ["0.2", "1.0.1", "1.0rc1", "2.0-rc.1"]


def git(repo, *args):
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True, text=True,
                          env=ENV).stdout.strip()


@pytest.fixture
def repo(tmp_path):
    origin, work = tmp_path / "origin.git", tmp_path / "work"
    work.mkdir()
    shutil.copy2(ROOT / "Makefile", work / "Makefile")
    stubs = work / ".venv" / "bin"
    stubs.mkdir(parents=True)
    for name in ("mike", "python"):
        (stubs / name).write_text(STUB)
        (stubs / name).chmod(0o755)
    git(tmp_path, "init", "-q", "--bare", str(origin))
    git(work, "init", "-q", "-b", "main")
    git(work, "add", "Makefile")
    git(work, "commit", "-qm", "main")
    git(work, "commit", "-q", "--allow-empty", "-m", "published", "--no-verify")
    git(work, "branch", "gh-pages")
    git(work, "remote", "add", "origin", str(origin))
    git(work, "push", "-q", "origin", "gh-pages")
    # gh-pages one commit ahead of origin's: a push would show.
    tree = git(work, "rev-parse", "gh-pages^{tree}")
    ahead = git(work, "commit-tree", tree, "-p", "gh-pages", "-m", "new version")
    git(work, "update-ref", "refs/heads/gh-pages", ahead)
    return work, origin


def make_deploy(work, *assignments):
    # -o: the stub venv counts as installed (no pip install)
    proc = subprocess.run(["make", "-o", ".venv/bin/.installed", "deploy", *assignments], cwd=work,
                          capture_output=True, text=True, env=dict(ENV, STUB_LOG=str(work / "stub.log")))
    log = (work / "stub.log").read_text().splitlines() if (work / "stub.log").exists() else []
    return proc, log


def state(work, origin):
    return git(work, "rev-parse", "gh-pages"), git(origin, "rev-parse", "gh-pages")


def assert_refused_in_one_line(proc, log, word):
    out = (proc.stdout + proc.stderr).strip()
    assert proc.returncode == 2, out
    assert len(out.splitlines()) == 1 and word in out, out
    assert log == [], "nothing may run after a bad input"


@pytest.mark.parametrize("version", BAD_VERSIONS)
def test_make_deploy_refuses_a_bad_version_before_doing_anything(repo, version):
    work, origin = repo
    before = state(work, origin)
    proc, log = make_deploy(work, f"VERSION={version}", "PUSH=1")
    assert_refused_in_one_line(proc, log, "VERSION")
    assert state(work, origin) == before
    assert not (work / "pwned").exists()


def test_make_deploy_without_version_says_how_to_use_it(repo):
    work, _ = repo
    proc, log = make_deploy(work)
    assert_refused_in_one_line(proc, log, "usage: make deploy VERSION=")


@pytest.mark.parametrize("push", ["yes", "true", "2", "1 1", "0 1"])
def test_make_deploy_refuses_a_push_value_other_than_0_or_1(repo, push):
    work, origin = repo
    before = state(work, origin)
    proc, log = make_deploy(work, "VERSION=0.2", f"PUSH={push}")
    assert_refused_in_one_line(proc, log, "PUSH")
    assert state(work, origin) == before


@pytest.mark.parametrize("version", GOOD_VERSIONS)
@pytest.mark.parametrize("push", [None, "", "0"])
def test_make_deploy_passes_the_version_as_one_argument_and_pushes_only_when_asked(repo, version, push):
    work, origin = repo
    before = state(work, origin)
    proc, log = make_deploy(work, f"VERSION={version}", *([] if push is None else [f"PUSH={push}"]))
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert log == [f"mike deploy|--update-aliases|{version}|latest|", "mike set-default|latest|",
                   f"python tools/root_404.py|{version}|"]
    assert state(work, origin) == before, "not pushed"


def test_make_deploy_with_push_1_pushes_gh_pages(repo):
    work, origin = repo
    proc, _ = make_deploy(work, "VERSION=0.2", "PUSH=1")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    local, remote = state(work, origin)
    assert local == remote


@pytest.fixture
def pages(tmp_path):
    """A repository whose gh-pages holds version 0.2 with its 404 page."""
    git(tmp_path, "init", "-q", "-b", "main")
    (tmp_path / "0.2").mkdir()
    (tmp_path / "0.2" / "404.html").write_text("<h1>404</h1>\n")
    git(tmp_path, "add", "0.2/404.html")
    git(tmp_path, "commit", "-qm", "0.2")
    git(tmp_path, "branch", "gh-pages")
    return tmp_path


def root_404(cwd, *args):
    return subprocess.run([sys.executable, str(ROOT / "tools" / "root_404.py"), *args], cwd=cwd,
                          capture_output=True, text=True, env=ENV)


@pytest.mark.parametrize("args", [[v] for v in BAD_VERSIONS if v != "--help"]
                         + [[], ["0.2", "0.3"], ["--branch=-x", "0.2"], ["--branch=a..b", "0.2"]])
def test_root_404_refuses_bad_input_in_one_line_and_changes_nothing(pages, args):
    before = git(pages, "rev-parse", "gh-pages")
    proc = root_404(pages, *args)
    assert proc.returncode == 2 and proc.stdout == "", proc.stdout + proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1 and proc.stderr.startswith("root_404: "), proc.stderr
    assert git(pages, "rev-parse", "gh-pages") == before
    assert not (pages / "pwned").exists()


def test_root_404_copies_a_deployed_version_404_page_to_the_root(pages):
    proc = root_404(pages, "0.2")
    assert proc.returncode == 0, proc.stderr
    assert git(pages, "show", "gh-pages:404.html") == "<h1>404</h1>"
