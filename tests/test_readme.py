"""The README is the front door: every command is documented, and its set-up commands are
the ones CI runs."""

from __future__ import annotations

from conftest import ROOT

from generator.cli import main


def test_every_command_is_documented() -> None:
    readme = (ROOT / "README.md").read_text()
    for name in main.commands:
        assert f"`explainer {name}" in readme, f"explainer {name} is not in the README"


def test_ci_runs_the_readme_commands() -> None:
    readme = (ROOT / "README.md").read_text()
    ci = (ROOT / ".ci/run").read_text().splitlines()
    for command in ("./setup.sh", ".venv/bin/python -m pytest -q"):
        assert f"    {command}" in readme
        assert command in ci
