"""The README is the front door: every command is documented, its set-up commands are the ones
CI runs, it stays short (the detail is in docs/), and its links lead somewhere."""

from __future__ import annotations

import re

import pytest
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


def test_the_readme_stays_short() -> None:
    lines = (ROOT / "README.md").read_text().splitlines()
    assert len(lines) < 300, f"README.md has {len(lines)} lines: move the detail to docs/"


def _anchors(markdown: str) -> set[str]:
    """GitHub's anchors for a file's headings."""
    return {re.sub(r"[^\w\- ]", "", h.strip().lower()).replace(" ", "-") for h in re.findall(r"^#+ (.+)$", markdown, re.M)}


@pytest.mark.parametrize("page", ["README.md", *sorted(p.relative_to(ROOT).as_posix() for p in (ROOT / "docs").glob("*.md"))])
def test_every_relative_link_points_to_a_file(page: str) -> None:
    text = (ROOT / page).read_text()
    for target in re.findall(r"\]\(([^)\s]+)\)", text):
        if re.match(r"[a-z]+:", target):
            continue
        path, _, anchor = target.partition("#")
        file = (ROOT / page).parent / path if path else ROOT / page
        assert file.exists(), f"{page}: link to {target}, which does not exist"
        if anchor and file.suffix == ".md":
            assert anchor in _anchors(file.read_text()), f"{page}: link to {target}, which has no such heading"
