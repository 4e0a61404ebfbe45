"""The GitHub Actions workflow stays valid and runs the same tests as CI here."""

import yaml

from conftest import ROOT


def test_workflow_runs_ci_run_and_publishes_with_make_deploy():
    wf = yaml.safe_load((ROOT / ".github" / "workflows" / "ci.yml").read_text())
    on = wf.get(True, wf.get("on"))  # YAML 1.1 reads the key `on` as True
    assert "pull_request" in on and "v*" in on["push"]["tags"]
    test_steps = [s.get("run", "") for s in wf["jobs"]["test"]["steps"]]
    assert "bash .ci/run" in test_steps
    publish = " ".join(s.get("run", "") for s in wf["jobs"]["publish"]["steps"])
    assert "make deploy VERSION=" in publish and "PUSH=1" in publish
    assert wf["jobs"]["publish"]["needs"] == "test"
    assert (ROOT / ".ci" / "run").read_text().strip().endswith("make test")
