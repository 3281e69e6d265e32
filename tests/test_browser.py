"""The built site in a real browser: Debian's Chromium, headless, driven by Playwright."""

from __future__ import annotations

import os
import re
import shutil
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from conftest import CHROMIUM, ROOT, build_site, serve

SCREENSHOTS = ROOT / "tests" / "screenshots"
EVIL = (
    "---\npublished: 2025-01-22\n---\nA <b>bold</b> {{ config }} headline\n"
    'Mayor Jane Smith said "<script>alert(1)</script> and <img src=x onerror=alert(1)> are here" on Monday. '
    "See [this](javascript:alert(1)), {% raw %} and --8<-- \"/etc/passwd\".\n"
)

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("/usr/bin/chromium is missing: .ci/run installs it with apt-get")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, Page  # noqa: E402


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    project = tmp_path_factory.mktemp("browser") / "story"
    project.mkdir()
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "content/articles/evil.txt").write_text(EVIL)
    return build_site(project)


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    url, stop = serve(site)
    yield url
    stop()



class Watched:
    """A page that records console errors, failed requests and dialogs."""

    def __init__(self, browser: Browser, width: int = 1280) -> None:
        self.page: Page = browser.new_page(viewport={"width": width, "height": 900})
        self.problems: list[str] = []
        self.page.on("console", lambda m: self.problems.append(f"console: {m.text}") if m.type == "error" else None)
        self.page.on("pageerror", lambda e: self.problems.append(f"page error: {e}"))
        self.page.on("requestfailed", self._failed)
        self.page.on("dialog", lambda d: (self.problems.append(f"dialog: {d.message}"), d.dismiss()))

    def _failed(self, request) -> None:  # noqa: ANN001
        # a request cut short by our own next navigation is not a broken resource
        if "ERR_ABORTED" not in (request.failure or ""):
            self.problems.append(f"failed: {request.url} ({request.failure})")

    def open(self, url: str) -> Page:
        response = self.page.goto(url)
        assert response is not None and response.ok, url
        self.page.wait_for_load_state("networkidle")
        return self.page


def pages(site: Path) -> list[str]:
    return sorted(str(p.relative_to(site).parent).replace(".", "") for p in site.rglob("index.html"))


def test_every_page_loads_without_errors(site: Path, base_url: str, browser: Browser) -> None:
    watched = Watched(browser)
    paths = pages(site)
    assert len(paths) > 20
    for path in paths:
        watched.open(base_url + (path + "/" if path else ""))
    assert watched.problems == []


def test_search_finds_a_person(base_url: str, browser: Browser) -> None:
    page = Watched(browser).open(base_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type("Smotrich")
    result = page.locator(".md-search-result__item", has_text="Bezalel Smotrich").first
    result.wait_for(timeout=15000)
    assert "Smotrich" in result.inner_text()


def _svgs_in_diagrams(page: Page) -> int:
    """SVGs inside Mermaid diagrams, also in the closed shadow root Material renders them into."""
    tree = page.context.new_cdp_session(page).send("DOM.getDocument", {"depth": -1, "pierce": True})

    def count(node: dict, inside: bool) -> int:
        attrs = node.get("attributes") or []
        inside = inside or "mermaid" in dict(zip(attrs[::2], attrs[1::2], strict=False)).get("class", "").split()
        here = int(inside and node.get("nodeName", "").lower() == "svg")
        return here + sum(count(c, inside) for key in ("children", "shadowRoots") for c in node.get(key) or [])

    return count(tree["root"], False)


@pytest.mark.parametrize("path", ["timeline/"])  # the seed story states no relation: its relationships page draws none
def test_diagrams_render(base_url: str, browser: Browser, path: str) -> None:
    page = Watched(browser).open(base_url + path)
    page.wait_for_function(
        "document.querySelector('div.mermaid') && document.querySelector('div.mermaid').getBoundingClientRect().height > 50"
    )
    assert _svgs_in_diagrams(page) >= 1


class _Links(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.hrefs: list[str] = []
        self.ids: set[str] = set()

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if a.get("id"):
            self.ids.add(a["id"] or "")
        if tag == "a" and a.get("href"):
            self.hrefs.append(a["href"] or "")


def test_every_internal_link_resolves(site: Path) -> None:
    parsed: dict[Path, _Links] = {}

    def parse(path: Path) -> _Links:
        if path not in parsed:
            parser = _Links()
            parser.feed(path.read_text(encoding="utf-8"))
            parsed[path] = parser
        return parsed[path]

    broken = []
    for page in site.rglob("*.html"):
        for href in parse(page).hrefs:
            url = urlsplit(href)
            if url.scheme or url.netloc or href.startswith(("mailto:", "javascript:")):
                continue
            if url.path.startswith("/"):  # absolute: the site is served at the root (404.html)
                target = (site / unquote(url.path).lstrip("/")).resolve()
            else:
                target = (page.parent / unquote(url.path)).resolve() if url.path else page
            if target.is_dir():
                target = target / "index.html"
            if not target.exists():
                broken.append(f"{page.relative_to(site)} -> {href}")
            elif url.fragment and target.suffix == ".html" and url.fragment not in parse(target).ids:
                broken.append(f"{page.relative_to(site)} -> {href} (no such anchor)")
    assert broken == []


@pytest.mark.parametrize("width", [375, 1280])
def test_usable_at_phone_and_desktop_width(base_url: str, browser: Browser, width: int) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    watched = Watched(browser, width)
    for path in ("", "people/", "people/herzi-halevi/", "timeline/", "reactions/", "figures/", "differences/", "relationships/"):
        page = watched.open(base_url + path)
        overflow = page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
        assert overflow <= 1, f"{path or 'home'} scrolls sideways at {width}px"
        assert page.locator("h1").first.is_visible()
        name = re.sub(r"\W+", "-", path).strip("-") or "home"
        page.screenshot(path=str(SCREENSHOTS / f"{name}-{width}.png"), full_page=True)
    assert watched.problems == []


def test_untrusted_article_stays_text(base_url: str, browser: Browser) -> None:
    watched = Watched(browser)
    page = watched.open(base_url + "sources/evil/")
    assert watched.problems == []  # no alert dialog, no error
    assert page.evaluate("document.querySelectorAll('img[src=\"x\"], b').length") == 0
    assert page.evaluate("Array.from(document.scripts).some(s => s.textContent.includes('alert(1)'))") is False
    assert page.evaluate("Array.from(document.links).some(a => a.href.startsWith('javascript:'))") is False
    body = page.locator("article").inner_text()
    assert "<script>alert(1)</script>" in body and "{{ config }}" in body and "--8<--" in body
