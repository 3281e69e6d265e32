"""`explainer new` makes a project that publishes itself: pushed to GitHub, its Pages workflow
(the same as this repository's) sets it up from its own files — the set-up script, the pinned
requirements, Mermaid's npm lock and explainer's wheel in vendor/ — with `site_url` from the
repository; nothing already in the folder is written over."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT
from mkdocs.utils.yaml import yaml_load

from generator.deploy import Repository, parse_repo, repository_from_url
from generator.errors import ExplainerError
from generator.project import new_project


def explainer(*args: str, cwd: Path | None = None, path: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {"PATH": "/usr/bin:/bin", "PYTHONPATH": path or str(ROOT), "HOME": str(cwd or ROOT)}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300, env=env)


def clone(folder: Path, url: str = "https://github.com/Jane-Doe/city-budget.git") -> Path:
    """A folder as `git clone` leaves it: a repository with an `origin` remote and a README."""
    subprocess.run(["git", "init", "-q", str(folder)], check=True)
    subprocess.run(["git", "-C", str(folder), "remote", "add", "origin", url], check=True)
    (folder / "README.md").write_text("# City budget\nThe editor's own words.\n")
    return folder


def site_url_line(project: Path) -> str:
    return next(line for line in (project / "mkdocs.yml").read_text().splitlines() if line.startswith("site_url:"))


def test_a_clone_gets_what_publishes_it(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    project = clone(tmp_path / "city-budget")
    made = new_project(project)
    assert (made.site_url, made.site_url_from) == ("https://jane-doe.github.io/city-budget/", "from the `origin` remote")
    for name in (".github/workflows/deploy.yml", "requirements.lock", "package.json", "package-lock.json"):
        assert (project / name).read_bytes() == (ROOT / name).read_bytes(), name  # the workflow is the root's, byte for byte
    assert (project / "setup.sh").stat().st_mode & 0o111
    assert (project / "README.md").read_text() == "# City budget\nThe editor's own words.\n"  # the user's file kept
    monkeypatch.delenv("SITE_URL", raising=False)
    assert yaml_load((project / "mkdocs.yml").read_text())["site_url"] == "https://jane-doe.github.io/city-budget/"
    monkeypatch.setenv("SITE_URL", "https://fork.github.io/renamed/")  # the workflow's, from the repository it runs in
    assert yaml_load((project / "mkdocs.yml").read_text())["site_url"] == "https://fork.github.io/renamed/"
    ignored = (project / ".gitignore").read_text().splitlines()
    assert {"site/", ".venv/", "node_modules/", "build/*", "!build/docs/"} <= set(ignored)
    assert "vendor/" not in ignored and not any(line.endswith(".whl") for line in ignored)  # the wheel is committed


def _commands(script: str) -> list[str]:
    return [line for line in script.splitlines() if line.strip() and not line.startswith("#")]


def test_setup_differs_from_the_roots_only_in_installing_explainer(tmp_path: Path) -> None:
    project = tmp_path / "story"
    new_project(project, sample=False)
    root, new = _commands((ROOT / "setup.sh").read_text()), _commands((project / "setup.sh").read_text())
    differ = [(a, b) for a, b in zip(root, new, strict=True) if a != b]
    assert len(differ) == 1 and differ[0][0].endswith("--no-deps -e .")
    wheel = re.fullmatch(r"\.venv/bin/python -m pip install --quiet --no-deps --force-reinstall (vendor/\S+\.whl)", differ[0][1])
    assert wheel and (project / wheel.group(1)).is_file()
    assert "explainer" not in (project / "requirements.lock").read_text().lower().split("\n# ")[-1].split()  # not from PyPI


def test_the_vendored_wheel_installs_and_reproduces_itself(tmp_path: Path) -> None:
    """Installed from the wheel alone, explainer makes a new project with the same wheel, byte
    for byte: the wheel carries the templates, the deploy files and the command."""
    first = tmp_path / "first"
    new_project(first, sample=False)
    (wheel,) = (first / "vendor").iterdir()
    installed = tmp_path / "installed"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--no-deps", "--no-index", "--target", str(installed), str(wheel)]
    subprocess.run(pip, check=True, capture_output=True, timeout=300)
    info = next(installed.glob("explainer-*.dist-info"))
    assert "explainer = generator.cli:main" in (info / "entry_points.txt").read_text()
    result = explainer("new", "second", "--empty", cwd=tmp_path, path=str(installed))
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "second/vendor" / wheel.name).read_bytes() == wheel.read_bytes()
    assert (tmp_path / "second/templates/index.md.j2").is_file()
    assert (tmp_path / "second/.github/workflows/deploy.yml").read_bytes() == (ROOT / ".github/workflows/deploy.yml").read_bytes()


@pytest.mark.parametrize(("url", "pages"), [
    ("https://github.com/Jane-Doe/city-budget.git", "https://jane-doe.github.io/city-budget/"),
    ("https://github.com/jane-doe/city-budget", "https://jane-doe.github.io/city-budget/"),
    ("https://github.com/jane-doe/city.budget/", "https://jane-doe.github.io/city.budget/"),
    ("git@github.com:jane-doe/city-budget.git", "https://jane-doe.github.io/city-budget/"),
    ("ssh://git@github.com/jane-doe/city-budget.git", "https://jane-doe.github.io/city-budget/"),
    ("https://x-access-token:abc123@github.com/jane-doe/city-budget.git", "https://jane-doe.github.io/city-budget/"),
    ("https://github.com/Jane-Doe/jane-doe.github.io.git", "https://jane-doe.github.io/"),  # the owner's own site
    ("https://gitlab.com/jane-doe/city-budget.git", None),
    ("https://github.com/jane-doe", None),
    ("https://github.com/jane-doe/city-budget/tree/main", None),
    ("/srv/git/city-budget.git", None),
])
def test_pages_address_from_a_remote(url: str, pages: str | None) -> None:
    repo = repository_from_url(url)
    assert (repo.pages_url if repo else None) == pages


@pytest.mark.parametrize("value", ["jane doe/city", "city-budget", "jane/city/budget", "-jane/city", "jane/..", "jane/", "/city",
                                   "https://github.com/jane/city", "jane/city\nsite_name: x"])
def test_a_malformed_repo_is_one_clear_line(tmp_path: Path, value: str) -> None:
    with pytest.raises(ExplainerError, match="is not OWNER/NAME"):
        parse_repo(value)
    result = explainer("new", str(tmp_path / "story"), "--repo", value)
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(lines) == 1 and "Traceback" not in result.stderr, result.stderr
    assert lines[0].startswith("error: --repo ") and "is not OWNER/NAME" in lines[0]
    assert not (tmp_path / "story").exists()  # refused before anything is made


def test_repo_option_wins_over_the_remote(tmp_path: Path) -> None:
    project = clone(tmp_path / "clone")
    result = explainer("new", str(project), "--repo", "newsroom/budget-2025")
    assert result.returncode == 0, result.stderr
    assert site_url_line(project) == 'site_url: !ENV [SITE_URL, "https://newsroom.github.io/budget-2025/"]'
    assert "site_url: https://newsroom.github.io/budget-2025/ (from --repo)" in result.stderr
    assert parse_repo("newsroom/budget-2025") == Repository("newsroom", "budget-2025")


def test_unknown_repository_keeps_the_env_form_and_says_so(tmp_path: Path) -> None:
    outside = explainer("new", str(tmp_path / "plain"), "--empty")
    assert outside.returncode == 0, outside.stderr
    assert site_url_line(tmp_path / "plain") == 'site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]'
    assert "site_url: not known" in outside.stderr and "is not in a git repository" in outside.stderr
    # a folder inside a repository is not what GitHub publishes: its .github/ is not the repository's
    repo = clone(tmp_path / "monorepo", "git@github.com:jane-doe/monorepo.git")
    inside = explainer("new", str(repo / "stories/budget"), "--empty")
    assert inside.returncode == 0, inside.stderr
    assert site_url_line(repo / "stories/budget") == 'site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]'
    assert "is not the root of its git repository" in inside.stderr
    no_origin = tmp_path / "local"
    subprocess.run(["git", "init", "-q", str(no_origin)], check=True)
    assert "has no `origin` remote" in explainer("new", str(no_origin), "--empty").stderr


@pytest.mark.parametrize("theirs", [".gitignore", "setup.sh", "mkdocs.yml", ".github/workflows/deploy.yml", "content/articles/a.txt"])
def test_nothing_in_the_folder_is_written_over(tmp_path: Path, theirs: str) -> None:
    project = clone(tmp_path / "clone")
    (project / theirs).parent.mkdir(parents=True, exist_ok=True)
    (project / theirs).write_text("the user's\n")
    before = sorted(p.relative_to(project) for p in project.rglob("*") if ".git/" not in f"{p.relative_to(project)}/")
    result = explainer("new", str(project))
    line = [line for line in result.stderr.splitlines() if line.strip()]
    assert result.returncode == 1 and len(line) == 1 and "writes over nothing" in line[0], result.stderr
    assert f"{project / theirs.split('/')[0]}" in line[0]
    assert (project / theirs).read_text() == "the user's\n"
    assert sorted(p.relative_to(project) for p in project.rglob("*") if ".git/" not in f"{p.relative_to(project)}/") == before


def test_a_folder_that_is_not_a_repository_must_be_empty(tmp_path: Path) -> None:
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes/todo.txt").write_text("mine")
    with pytest.raises(ExplainerError, match="not empty"):
        new_project(tmp_path / "notes")
    assert [p.name for p in (tmp_path / "notes").iterdir()] == ["todo.txt"]


def test_the_new_project_builds_with_its_address(tmp_path: Path) -> None:
    project = clone(tmp_path / "city-budget")
    assert explainer("new", str(project), "--empty").returncode == 0
    result = explainer("-q", "build", "--strict", "--project", str(project))
    assert result.returncode == 0, result.stderr
    assert '<link rel="canonical" href="https://jane-doe.github.io/city-budget/">' in (project / "site/index.html").read_text()
