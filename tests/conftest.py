from __future__ import annotations

import functools
import http.server
import shutil
import subprocess
import sys
import threading
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

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


# The browser tests: Debian's Chromium, headless, driven by Playwright, over a site built
# into a temporary project and served on 127.0.0.1.
CHROMIUM = Path("/usr/bin/chromium")
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def build_site(project: Path, *options: str) -> Path:
    """`explainer build --strict` of a story project (with the repository's templates and
    mkdocs.yml unless it has its own); its `site/`."""
    if not (project / "templates").exists():
        shutil.copytree(ROOT / "templates", project / "templates")
    if not (project / "mkdocs.yml").exists():
        shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    result = subprocess.run([sys.executable, "-m", "generator", "-q", "build", "--strict", *options, "--project", str(project)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return project / "site"


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def serve(site: Path) -> tuple[str, Callable[[], None]]:
    """A folder served on 127.0.0.1 at a free port, in a thread: its URL, and what stops it."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    return f"http://127.0.0.1:{server.server_address[1]}/", server.shutdown


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    """Chromium for one test module (Playwright's sync API allows one at a time)."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        launched = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield launched
        launched.close()
