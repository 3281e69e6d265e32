"""The timeline and differences pages in Debian's Chromium, at desktop and phone width, in the
light and the dark palette: nothing wider than the viewport, entries at a readable size, no
console errors; on the seed story, and on a story of three outlets from ../shared's AllSides
sample (read from there, not copied) where one outlet reports an account and its denial.
Screenshots go to tests/screenshots/ to be looked at."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import CHROMIUM, ROOT, SHARED, build_site, serve

SCREENSHOTS = ROOT / "tests" / "screenshots"
SMALLEST_TEXT = 12  # px

if not CHROMIUM.exists():
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser, Page  # noqa: E402

# Three outlets on one day of a story: a deputy attorney general reported to be leaving
ALLSIDES = ("2018-09-24-7P4HcY7ix3TaRY2H.txt", "2018-09-24-atA8pyENaGlgIQvb.txt", "2018-09-29-eZPlCuoJQK8fXz0U.txt")


def _serve(project: Path) -> Iterator[str]:
    url, stop = serve(build_site(project))
    yield url
    stop()


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("timeline") / "story"
    shutil.copytree(ROOT / "content", project / "content")
    yield from _serve(project)


@pytest.fixture(scope="module")
def outlets_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    corpus = SHARED / "corpus" / "allsides"
    if not all((corpus / name).is_file() for name in ALLSIDES):
        pytest.skip("../shared/corpus/allsides is not beside the project")
    project = tmp_path_factory.mktemp("outlets") / "story"
    (project / "content" / "articles").mkdir(parents=True)
    for name in ALLSIDES:
        shutil.copy(corpus / name, project / "content" / "articles" / name)
    yield from _serve(project)



def _open(browser: Browser, url: str, width: int, scheme: str) -> tuple[Page, list[str]]:
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)  # type: ignore[arg-type]
    problems: list[str] = []
    page.on("console", lambda m: problems.append(f"console: {m.text}") if m.type == "error" else None)
    page.on("pageerror", lambda e: problems.append(f"page error: {e}"))
    response = page.goto(url)
    assert response is not None and response.ok, url
    page.wait_for_load_state("networkidle")
    return page, problems


def _smallest_font(page: Page, selector: str) -> float:
    return page.evaluate(
        "s => Math.min(...[...document.querySelectorAll(s)].filter(e => e.getClientRects().length)"
        ".map(e => parseFloat(getComputedStyle(e).fontSize)))", selector)


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_timeline_reads_at_any_width(base_url: str, browser: Browser, width: int, scheme: str) -> None:
    page, problems = _open(browser, base_url + "timeline/", width, scheme)
    assert page.evaluate("document.body.getAttribute('data-md-color-scheme')") == ("slate" if scheme == "dark" else "default")
    diagram = page.locator(".timeline-diagram")
    if width >= 1000 and scheme == "light":  # drawn where its text is legible: wide, light
        page.wait_for_function("document.querySelector('div.mermaid').getBoundingClientRect().height > 50")
        assert diagram.is_visible() and page.locator("div.mermaid").bounding_box()["width"] <= width
    else:  # on a phone it would shrink to a barcode; in the dark palette its text is light on yellow
        assert diagram.count() == 1 and not diagram.is_visible()
    months = page.locator("section.timeline-month")
    assert months.count() >= 2 and months.first.locator("h2").count() == 1
    entries = page.locator("li.timeline-entry")
    assert entries.count() >= 5
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"timeline-{width}-{scheme}-top.png"))  # as a reader first sees it
    for details in page.locator("details.timeline-evidence").all():
        details.evaluate("d => d.open = true")  # measure the evidence too
    for selector in ("li.timeline-entry .timeline-line", "li.timeline-entry .timeline-meta",
                     "details.timeline-evidence summary", "details.timeline-evidence blockquote"):
        assert _smallest_font(page, selector) >= SMALLEST_TEXT, selector
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    widest = page.evaluate("Math.max(...[...document.querySelectorAll('li.timeline-entry')].map(e => e.getBoundingClientRect().right))")
    assert widest <= width
    page.screenshot(path=str(SCREENSHOTS / f"timeline-{width}-{scheme}.png"), full_page=True)
    assert problems == []
    page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_differences_side_by_side_on_desktop_stacked_on_a_phone(base_url: str, browser: Browser, width: int) -> None:
    page, problems = _open(browser, base_url + "differences/", width, "light")
    for details in page.locator("details.difference").all():
        details.evaluate("d => d.open = true")
    sides = page.locator(".difference-sides").first.locator(":scope > .difference-side")
    assert sides.count() == 2
    first, second = (sides.nth(i).bounding_box() for i in range(2))
    assert first and second
    if width >= 1000:
        assert abs(first["y"] - second["y"]) < 2 and second["x"] > first["x"]  # one row, two columns
    else:
        assert second["y"] >= first["y"] + first["height"] - 1  # one above the other
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    assert _smallest_font(page, ".difference-side p") >= SMALLEST_TEXT
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"differences-{width}.png"), full_page=True)
    assert problems == []
    page.close()


@pytest.mark.parametrize("width", [1280, 390])
def test_an_outlets_account_and_its_denial_are_shown_by_outlet(outlets_url: str, browser: Browser, width: int) -> None:
    page, problems = _open(browser, outlets_url + "differences/", width, "light")
    headings = page.locator("h2").all_inner_texts()
    assert headings[0].startswith("Accounts") and headings[-1].startswith("Wording and spelling")
    assert len(headings) == len(set(headings))  # one heading per kind
    account = page.locator(".difference-statement", has_text="reports an account and its denial").first
    assert "Vox" in account.inner_text()
    side = page.locator(".difference-side", has_text="Rosenstein denied the report").first
    assert side.locator("strong a").first.inner_text() == "Vox"  # named by its outlet, not its headline
    assert side.locator("blockquote p").count() == 2  # the account, then its denial
    assert page.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    page.screenshot(path=str(SCREENSHOTS / f"differences-outlets-{width}.png"), full_page=True)
    timeline, more = _open(browser, outlets_url + "timeline/", width, "dark")
    assert timeline.evaluate("document.documentElement.scrollWidth - window.innerWidth") <= 1
    assert _smallest_font(timeline, "li.timeline-entry .timeline-line") >= SMALLEST_TEXT
    timeline.screenshot(path=str(SCREENSHOTS / f"timeline-outlets-{width}-dark-top.png"))
    assert problems == [] and more == []
    page.close()
    timeline.close()
