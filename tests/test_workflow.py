"""The GitHub Actions workflow stays valid, runs the same tests as CI here, and keeps least privilege:
read-only tests, no token left in .git/config, actions pinned by commit, publishing only from main."""

import re

import pytest
import yaml

from conftest import ROOT

WORKFLOW = ROOT / ".github" / "workflows" / "ci.yml"
# `uses: owner/repo@<40 hex> # v1.2.3`: a tag can be moved, a commit cannot; the comment says which
# release the commit is, for the reader and for updating it.
GIT_REMOTE = re.compile(r"\bgit\b[^\n]*\b(fetch|push)\b")
PINNED = re.compile(r"^\s*(?:-\s+)?uses:\s*[\w.-]+/[\w./-]+@[0-9a-f]{40}\s+#\s*v\d+(\.\d+)*\s*$")


@pytest.fixture(scope="module")
def wf():
    return yaml.safe_load(WORKFLOW.read_text())


def steps(wf, job):
    return wf["jobs"][job]["steps"]


def run_text(wf, job):
    return "\n".join(s.get("run", "") for s in steps(wf, job))


def test_workflow_runs_ci_run_and_publishes_with_make_deploy(wf):
    on = wf.get(True, wf.get("on"))  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in on and "v*" in on["push"]["tags"]
    assert "bash .ci/run" in [s.get("run", "").strip() for s in steps(wf, "test")]
    assert re.search(r'make deploy VERSION="\$\{GITHUB_REF_NAME#v\}"', run_text(wf, "publish"))
    assert wf["jobs"]["publish"]["needs"] == "test"
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("make test")


def test_every_action_is_pinned_by_commit_with_its_version_in_a_comment(wf):
    lines = [line for line in WORKFLOW.read_text().splitlines() if re.match(r"^\s*(-\s+)?uses:", line)]
    used = [s["uses"] for job in wf["jobs"].values() for s in job.get("steps", []) if "uses" in s]
    assert len(lines) == len(used) > 0, "every `uses:` on a line of its own"
    unpinned = [line.strip() for line in lines if not PINNED.match(line)]
    assert unpinned == [], "pin by full commit SHA, with `# vX.Y.Z` after it"


def test_no_container_or_one_pinned_by_digest(wf):
    for name, job in wf["jobs"].items():
        image = job.get("container")
        image = image.get("image") if isinstance(image, dict) else image
        assert image is None or re.fullmatch(r"[\w./:-]+@sha256:[0-9a-f]{64}", image), (name, image)


def test_the_token_can_do_nothing_by_default_and_the_test_job_only_reads(wf):
    assert wf["permissions"] == {}, "no permission unless a job asks"
    assert wf["jobs"]["test"]["permissions"] == {"contents": "read"}
    for name, job in wf["jobs"].items():
        if name != "publish":
            assert "write" not in str(job.get("permissions")), name
    assert wf["jobs"]["publish"]["permissions"] == {"contents": "write"}


def test_no_checkout_leaves_the_token_in_git_config(wf):
    checkouts = [s for job in wf["jobs"].values() for s in job["steps"]
                 if s.get("uses", "").startswith("actions/checkout@")]
    assert len(checkouts) == len(wf["jobs"])
    for step in checkouts:
        assert step.get("with", {}).get("persist-credentials") is False


def test_only_the_steps_that_talk_to_github_get_the_token(wf):
    for name, job in wf["jobs"].items():
        for step in job["steps"]:
            text = yaml.safe_dump(step)
            has_token = "github.token" in text or "secrets." in text
            runs = step.get("run", "")
            assert not has_token or (name == "publish" and GIT_REMOTE.search(runs)
                                     and "make " not in runs), (name, step.get("name"))
            # ${{ }} inside a script pastes text (a tag name, a branch) into the shell: env only.
            assert "${{" not in runs, (name, step.get("name"))


def test_publish_only_for_v_tags_on_main(wf):
    publish = wf["jobs"]["publish"]
    assert "github.event_name == 'push'" in publish["if"]
    assert "startsWith(github.ref, 'refs/tags/v')" in publish["if"]
    runs = [s.get("run", "") for s in publish["steps"]]
    check = next(i for i, r in enumerate(runs) if "merge-base --is-ancestor" in r)
    deploy = next(i for i, r in enumerate(runs) if "make deploy" in r)
    push = next(i for i, r in enumerate(runs) if re.search(r"\bgit\b[^\n]* push ", r))
    assert check < deploy < push
    # main is fetched in that step, not taken from whatever the checkout left behind
    assert re.search(r"git fetch .*origin \+?refs/heads/main:refs/remotes/origin/main", runs[check])
    assert re.search(r"merge-base --is-ancestor HEAD origin/main", runs[check])
    assert "PUSH=1" not in runs[deploy], "the build step has no token: the push is its own step"


def test_publish_runs_one_at_a_time_and_every_job_has_a_timeout(wf):
    concurrency = wf["jobs"]["publish"]["concurrency"]
    assert concurrency["group"] and concurrency.get("cancel-in-progress") is False
    for name, job in wf["jobs"].items():
        assert 0 < job.get("timeout-minutes", 0) <= 120, name


def test_python_3_7_and_3_11_on_a_runner_that_has_them(wf):
    # actions/setup-python has 3.7 builds up to ubuntu-22.04 only (actions/python-versions manifest).
    test = wf["jobs"]["test"]
    assert test["runs-on"] == "ubuntu-22.04"
    setup = next(s for s in test["steps"] if s.get("uses", "").startswith("actions/setup-python@"))
    versions = str(setup["with"]["python-version"]).split()
    assert versions[0] == "3.7" and versions[-1] == "3.11", "the last one listed is the default python"


def test_bubblewrap_is_installed_before_the_tests(wf):
    # The runner image has no bubblewrap, and `make test` installs it only as root (the runner is not).
    runs = [s.get("run", "") for s in steps(wf, "test")]
    install = next(i for i, r in enumerate(runs) if re.search(r"sudo .*apt-get install .*\bbubblewrap\b", r))
    assert install < runs.index("bash .ci/run")
