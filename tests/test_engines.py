"""No lock-in: the seed story builds and serves with MkDocs, ProperDocs and Zensical, from the
one generated folder (build/docs) and the one mkdocs.yml, and each site works in Chromium."""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CHROMIUM, ROOT, serve
from test_browser import Watched, _svgs_in_diagrams
from test_serve import free_port, wait_for

from generator import generate

ENGINES = ["mkdocs", "properdocs", "zensical"]

if not CHROMIUM.exists():  # test_browser skips the module too; this keeps the import order plain
    pytest.skip("Debian's chromium is not installed", allow_module_level=True)

from playwright.sync_api import Browser  # noqa: E402


def explainer(*args: str, cwd: Path | None = None, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=600,
                          env={**os.environ, **(env or {})})


def copy_project(target: Path) -> Path:
    """The story as a checkout of it holds it (build/docs keeps only its .gitignore in git)."""
    target.mkdir(parents=True)
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, target / name)
    shutil.copy(ROOT / "mkdocs.yml", target / "mkdocs.yml")
    (target / "build/docs").mkdir(parents=True)
    shutil.copy(ROOT / "build/docs/.gitignore", target / "build/docs/.gitignore")
    return target


def page_paths(site: Path) -> set[str]:
    return {p.relative_to(site).as_posix() for p in site.rglob("*.html")}


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The seed story built once by each engine (each in its own copy of the project)."""
    built = {}
    for engine in ENGINES:
        if importlib.util.find_spec(engine) is None:
            raise RuntimeError(f"{engine} is not installed: setup.sh installs the engines (pip install '.[engines]')")
        project = copy_project(tmp_path_factory.mktemp(engine) / "story")
        result = explainer("-q", "build", "--strict", "--engine", engine, "--project", str(project))
        assert result.returncode == 0, f"{engine}: {result.stderr}"
        built[engine] = project / "site"
    return built



@pytest.fixture(scope="module")
def servers(sites: dict[str, Path]) -> Iterator[dict[str, str]]:
    served = {engine: serve(site) for engine, site in sites.items()}
    yield {engine: url for engine, (url, _) in served.items()}
    for _, stop in served.values():
        stop()


def test_every_engine_builds_the_same_pages(sites: dict[str, Path]) -> None:
    expected = page_paths(sites["mkdocs"])
    assert len(expected) >= 30 and {"index.html", "timeline/index.html", "people/herzi-halevi/index.html"} <= expected
    for engine in ENGINES[1:]:
        assert page_paths(sites[engine]) == expected, engine
    for engine, site in sites.items():
        assert "Herzi Halevi" in (site / "people/index.html").read_text(), engine
        assert (site / generate.MERMAID_URI).is_file() and (site / generate.CSS_URI).is_file(), engine
        scripted = {p.parent.name for p in site.rglob("index.html") if "mermaid.min.js" in p.read_text()}
        assert scripted == {"timeline"}, engine  # Mermaid's script only where a diagram is drawn (the seed states no relation)


@pytest.mark.parametrize("engine", ENGINES)
def test_site_works_in_chromium_and_stays_on_127_0_0_1(engine: str, servers: dict[str, str], browser: Browser) -> None:
    base = servers[engine]
    watched = Watched(browser)
    outside: list[str] = []
    watched.page.on("request", lambda r: outside.append(r.url) if not r.url.startswith(("http://127.0.0.1:", "data:", "blob:")) else None)
    timeline = watched.open(base + "timeline/")
    timeline.wait_for_function(
        "document.querySelector('.mermaid') && document.querySelector('.mermaid').getBoundingClientRect().height > 50"
    )
    assert _svgs_in_diagrams(timeline) >= 1
    page = watched.open(base)
    if engine == "zensical":  # a button opens its search dialog, drawn in a shadow root (Playwright's locators pierce it)
        page.locator("button.md-search__button").click()
        page.locator("dialog input").first.wait_for(timeout=15000)
        page.keyboard.type("Smotrich")
        page.locator("dialog li", has_text="Bezalel Smotrich").first.wait_for(timeout=15000)
    else:
        page.locator("input.md-search__input").click()
        page.keyboard.type("Smotrich")
        page.locator(".md-search-result__item", has_text="Bezalel Smotrich").first.wait_for(timeout=15000)
    for path in ("people/", "people/herzi-halevi/", "relationships/", "sources/"):
        watched.open(base + path)
    assert watched.problems == []
    assert outside == []


def test_generated_folder_holds_only_what_is_generated_and_never_writes_content(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "story")
    (project / "content/pages/about.md").write_text("# About this site\n")
    before = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file() and "facts" not in p.parts}
    made = generate.generate(project)
    docs = project / generate.GENERATED
    assert made.folder == docs.resolve() and (docs / "about.md").read_text() == "# About this site\n"
    assert (docs / "timeline.md").exists() and (docs / generate.MERMAID_URI).is_file()
    (docs / "stale.md").write_text("# gone next time\n")
    again = generate.generate(project)
    assert again.written == [] and again.removed == [(docs / "stale.md").resolve()]  # only changed files are written
    (project / "content/pages/about.md").unlink()
    assert not (docs / "about.md").exists() or generate.generate(project).removed
    assert not (docs / "about.md").exists()
    after = {p: p.read_bytes() for p in (project / "content").rglob("*") if p.is_file() and "facts" not in p.parts}
    assert set(after) == set(before) - {project / "content/pages/about.md"}


def test_docs_dir_in_content_is_refused_in_one_line(tmp_path: Path) -> None:
    project = copy_project(tmp_path / "story")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text().replace("docs_dir: build/docs", "docs_dir: content/pages"))
    result = explainer("build", "--engine", "zensical", "--project", str(project))
    assert result.returncode == 1 and "Traceback" not in result.stderr
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 1 and "mkdocs.yml: docs_dir is" in errors[0] and "set `docs_dir: build/docs`" in errors[0]


def test_missing_engine_names_the_pip_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    from generator import engines
    from generator.errors import ExplainerError

    found = importlib.util.find_spec
    monkeypatch.setattr(importlib.util, "find_spec", lambda name, *a: None if name == "zensical" else found(name, *a))
    with pytest.raises(ExplainerError, match=r"zensical engine is not installed; install it with `pip install 'explainer\[zensical\]'`"):
        engines.require("zensical")
    engines.require("mkdocs")


@pytest.mark.parametrize("engine", ["properdocs", "zensical"])
def test_serve_regenerates_on_template_change(engine: str, tmp_path: Path) -> None:
    project = copy_project(tmp_path / "story")
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--engine", engine, "-a", f"127.0.0.1:{port}"],
                              cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        base = f"http://127.0.0.1:{port}/"
        wait_for(base + "people/", "Herzi Halevi")
        template = project / "templates/people.md.j2"
        template.write_text(template.read_text().replace("# Who's who", "# Who's who now"))
        wait_for(base + "people/", "now")
    finally:
        os.killpg(server.pid, 15)
        server.wait(timeout=30)
    assert not (project / "site").exists()  # serving never touches the published site
