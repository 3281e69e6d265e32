"""Evidence you can see, in a real browser: an evidence link from a person page of the seed story
lands on its sentence, highlighted; the coverage page stays within a phone's width. Light and
dark, at 1280 and 390 px, with no console errors. Screenshots go to tests/screenshots/."""

from __future__ import annotations

import shutil
from collections.abc import Iterator

import pytest
from conftest import ROOT, build_site, serve
from playwright.sync_api import Browser
from test_browser import SCREENSHOTS, Watched

OUTLETS = "- name: Example Wire\n  owner: Example Holdings\n  lean: centre\n"
SIZES = [(1280, "light"), (390, "light"), (1280, "dark"), (390, "dark")]


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("coverage") / "story"
    project.mkdir()
    for name in ("content", "templates"):
        shutil.copytree(ROOT / name, project / name)
    shutil.copy(ROOT / "mkdocs.yml", project / "mkdocs.yml")
    (project / "content/outlets.yaml").write_text(OUTLETS)
    for article, outlet in zip(sorted((project / "content/articles").glob("*.txt")), ("Example Wire", "Sample Times"), strict=True):
        article.write_text(article.read_text(encoding="utf-8").replace("---\n", f"---\noutlet: {outlet}\n", 1), encoding="utf-8")
    url, stop = serve(build_site(project))
    yield url
    stop()



def watched(browser: Browser, width: int, scheme: str) -> Watched:
    w = Watched(browser, width)
    w.page.emulate_media(color_scheme=scheme)  # type: ignore[arg-type]
    return w


@pytest.mark.parametrize(("width", "scheme"), SIZES)
def test_an_evidence_link_highlights_its_sentence(base_url: str, browser: Browser, width: int, scheme: str) -> None:
    SCREENSHOTS.mkdir(exist_ok=True)
    w = watched(browser, width, scheme)
    page = w.open(base_url + "people/herzi-halevi/")
    link = page.locator("article a[href*='sources/'][href*='#ev-']").first
    href = link.get_attribute("href") or ""
    assert link.inner_text() in ("Example Wire", "Sample Times") and link.get_attribute("title"), href  # headline as title
    link.click()
    page.wait_for_url("**/sources/**#ev-*")
    anchor = href.split("#")[1]
    target = page.locator(f"[id='{anchor}']")
    assert target.evaluate("e => e.matches(':target') && e.classList.contains('evidence')")
    colours = target.evaluate(
        "e => [getComputedStyle(e).backgroundColor, getComputedStyle(e.closest('p')).backgroundColor]")
    assert colours[0] != colours[1] and colours[0] not in ("rgba(0, 0, 0, 0)", "transparent"), colours
    box = target.bounding_box()
    assert box is not None and 0 <= box["y"] < page.viewport_size["height"]  # type: ignore[index]
    others = page.locator("span.evidence:not(:target)").first
    assert others.evaluate("e => getComputedStyle(e).backgroundColor") == "rgba(0, 0, 0, 0)"
    supports = page.locator("p.evidence-supports a").first
    assert supports.is_visible() and supports.get_attribute("href")
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    page.screenshot(path=str(SCREENSHOTS / f"evidence-{width}-{scheme}.png"))
    assert w.problems == []


@pytest.mark.parametrize(("width", "scheme"), SIZES)
def test_coverage_page_fits_the_screen(base_url: str, browser: Browser, width: int, scheme: str) -> None:
    w = watched(browser, width, scheme)
    page = w.open(base_url + "coverage/")
    assert page.locator(".coverage-table table").is_visible()
    assert page.locator("h2", has_text="Reported by one outlet only").is_visible()
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1  # the table scrolls in its box
    page.screenshot(path=str(SCREENSHOTS / f"coverage-{width}-{scheme}.png"), full_page=True)
    sources = w.open(base_url + "sources/")
    assert sources.locator("li", has_text="Example Wire").inner_text() == "Example Wire — owned by Example Holdings · lean: centre"
    assert sources.locator("li", has_text="Sample Times").count() == 0  # not described: nothing guessed
    assert w.problems == []
