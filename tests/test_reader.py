"""The site as a reader sees it, in Chromium at a phone's and a desktop's width, light and dark:
on the seed story and on a story three outlets told (articles read from ../shared/corpus/allsides
at test time, with their outlets and dates, and never kept in the project)."""

from __future__ import annotations

import functools
import http.server
import re
import shutil
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SHARED
from playwright.sync_api import Browser, Page, sync_playwright
from test_browser import CHROMIUM, FLAGS, Watched, _Quiet

SCREENSHOTS = ROOT / "tests" / "screenshots" / "reader"
ALLSIDES = SHARED / "corpus" / "allsides"
# Three outlets on a president's national emergency declaration and the challenges to it (2019).
THREE_OUTLETS = ["2019-02-15-nrn5MAQtdZm0i3cl.txt", "2019-02-18-rrBRgwGh62DiAq91.txt", "2019-02-18-plEcWVIvhu2XGEhB.txt"]
PAGES = ["", "timeline/", "reactions/", "differences/", "relationships/", "people/", "figures/"]
WIDTHS = [390, 1280]
SCHEMES = ["light", "dark"]


def _build(project: Path) -> Path:
    for name in ("templates",):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    result = subprocess.run([sys.executable, "-m", "generator", "-q", "build", "--strict", "--project", str(project)],
                            capture_output=True, text=True, timeout=600)
    assert result.returncode == 0, result.stderr
    return project / "site"


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    seed = tmp_path_factory.mktemp("reader") / "seed"
    shutil.copytree(ROOT / "content", seed / "content")
    three = tmp_path_factory.mktemp("reader") / "three"
    (three / "content" / "articles").mkdir(parents=True)
    for name in THREE_OUTLETS:
        shutil.copy(ALLSIDES / name, three / "content" / "articles" / name)
    return {"seed": _build(seed), "three": _build(three)}


@pytest.fixture(scope="module")
def urls(sites: dict[str, Path]) -> Iterator[dict[str, str]]:
    servers = {}
    for story, site in sites.items():
        server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
        threading.Thread(target=server.serve_forever, daemon=True).start()
        servers[story] = server
    yield {story: f"http://127.0.0.1:{s.server_address[1]}/" for story, s in servers.items()}
    for server in servers.values():
        server.shutdown()


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=str(CHROMIUM), args=FLAGS)
        yield b
        b.close()


def _watched(browser: Browser, width: int, scheme: str) -> Watched:
    watched = Watched(browser, width)
    watched.page.emulate_media(color_scheme=scheme)  # Material follows prefers-color-scheme
    return watched


@pytest.mark.parametrize("story", ["seed", "three"])
@pytest.mark.parametrize("scheme", SCHEMES)
@pytest.mark.parametrize("width", WIDTHS)
def test_every_reader_page_fits_and_loads_cleanly(urls: dict[str, str], browser: Browser, story: str, width: int, scheme: str) -> None:
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    watched = _watched(browser, width, scheme)
    for path in PAGES:
        page = watched.open(urls[story] + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{story} {path or 'home'} scrolls sideways at {width}px"
        name = re.sub(r"\W+", "-", path).strip("-") or "home"
        page.screenshot(path=str(SCREENSHOTS / f"{story}-{name}-{width}-{scheme}.png"), full_page=True)
    assert watched.problems == []
    dark = watched.page.evaluate("document.body.getAttribute('data-md-color-scheme')")
    assert dark == ("slate" if scheme == "dark" else "default")


def _texts(page: Page, selector: str) -> list[str]:
    return [t.strip() for t in page.locator(selector).all_inner_texts() if t.strip()]


def test_sources_are_named_by_outlet_on_differences_and_reactions(urls: dict[str, str], browser: Browser) -> None:
    watched = _watched(browser, 1280, "light")
    for path in ("reactions/", "differences/"):
        article = watched.open(urls["three"] + path).locator("article").inner_text()
        assert "USA TODAY" in article or "CBN" in article or "TheBlaze.com" in article, path
    assert watched.problems == []
