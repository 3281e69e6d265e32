"""The GitHub Pages workflow is valid and builds the way the README says."""

from __future__ import annotations

import subprocess
import sys

import yaml
from conftest import ROOT

WORKFLOW = ROOT / ".github/workflows/deploy.yml"


def test_workflow_passes_the_github_workflow_schema() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "check_jsonschema", "--builtin-schema", "vendor.github-workflows", str(WORKFLOW)],
        capture_output=True, text=True, timeout=120,
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_workflow_deploys_main_with_gh_deploy() -> None:
    flow = yaml.safe_load(WORKFLOW.read_text())
    assert flow[True]["push"]["branches"] == ["main"]  # YAML 1.1 reads the key `on` as True
    steps = " ".join(str(step.get("run", "")) for step in flow["jobs"]["deploy"]["steps"])
    assert "./setup.sh" in steps and "mkdocs gh-deploy --force" in steps
    assert flow["permissions"]["contents"] == "write"
