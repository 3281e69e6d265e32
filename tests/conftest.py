from __future__ import annotations

import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
SEED_GOLD = SHARED / "gold" / "halevi-resignation.yaml"
SEED_PEOPLE = [
    "Herzi Halevi", "Benjamin Netanyahu", "Israel Katz", "Yaron Finkelman", "Avigdor Liberman",
    "Itamar Ben-Gvir", "Aharon Haliva", "Yair Lapid", "Bezalel Smotrich",
]


@pytest.fixture(scope="session")
def seed_facts(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seed story's fact sheets, freshly extracted once per test session."""
    from generator import pipeline

    out = tmp_path_factory.mktemp("facts")
    pipeline.extract(ROOT / "content/articles", out, root=ROOT)
    return out


def shared_scorer():  # noqa: ANN201 - the module ../shared/gold/score.py
    """The shared gold scorer, loaded from beside the project."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("score", SEED_GOLD.parent / "score.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A copy of this repository's story project (articles, facts, templates, mkdocs.yml)."""
    target = tmp_path / "story"
    target.mkdir()
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "build/docs").mkdir(parents=True)  # as in a checkout: the generated folder keeps its .gitignore in git
    shutil.copy(ROOT / "build/docs/.gitignore", target / "build/docs/.gitignore")
    return target
