"""The site as a reader sees it, in Chromium at a phone's and a desktop's width, light and dark:
on the seed story and on a story three outlets told (articles read from ../shared/corpus/allsides
at test time, with their outlets and dates, and never kept in the project)."""

from __future__ import annotations

import re
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import ROOT, SHARED, build_site, serve
from playwright.sync_api import Browser, Page
from test_browser import Watched

SCREENSHOTS = ROOT / "tests" / "screenshots" / "reader"
ALLSIDES = SHARED / "corpus" / "allsides"
# Three outlets on a president's national emergency declaration and the challenges to it (2019).
THREE_OUTLETS = ["2019-02-15-nrn5MAQtdZm0i3cl.txt", "2019-02-18-rrBRgwGh62DiAq91.txt", "2019-02-18-plEcWVIvhu2XGEhB.txt"]
PAGES = ["", "timeline/", "reactions/", "differences/", "relationships/", "people/", "figures/"]
WIDTHS = [390, 1280]
SCHEMES = ["light", "dark"]


@pytest.fixture(scope="module")
def sites(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    seed = tmp_path_factory.mktemp("reader") / "seed"
    shutil.copytree(ROOT / "content", seed / "content")
    three = tmp_path_factory.mktemp("reader") / "three"
    (three / "content" / "articles").mkdir(parents=True)
    for name in THREE_OUTLETS:
        shutil.copy(ALLSIDES / name, three / "content" / "articles" / name)
    return {"seed": build_site(seed), "three": build_site(three)}


@pytest.fixture(scope="module")
def urls(sites: dict[str, Path]) -> Iterator[dict[str, str]]:
    served = {story: serve(site) for story, site in sites.items()}
    yield {story: url for story, (url, _) in served.items()}
    for _, stop in served.values():
        stop()



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
        assert not any(Path(name).stem in article for name in THREE_OUTLETS), path  # never a file's id
        # the differences these three outlets show depend on what the extractor reads; when there are
        # none the page says so, and whatever it lists is credited to outlets
        if path == "reactions/" or "No differences between the sources were found" not in article:
            assert "USA TODAY" in article or "CBN" in article or "TheBlaze.com" in article, path
    assert watched.problems == []


@pytest.fixture(scope="module")
def nlp():  # noqa: ANN201 - the project's spaCy pipeline
    from generator.extract import nlp as pipeline

    return pipeline.load()


def _finite(nlp, line: str) -> bool:  # noqa: ANN001
    return any("Fin" in t.morph.get("VerbForm") or t.tag_ in {"VBD", "VBZ", "VBP", "MD"} for t in nlp(line))


@pytest.mark.parametrize("story", ["seed", "three"])
def test_every_event_line_is_a_sentence_with_a_finite_verb(urls: dict[str, str], browser: Browser, nlp, story: str) -> None:  # noqa: ANN001
    watched = _watched(browser, 1280, "light")
    timeline = _texts(watched.open(urls[story] + "timeline/"), ".timeline-line")
    page = watched.open(urls[story])
    home = page.evaluate("""() => {  // the list under "What happened": the first list after its heading
        let node = document.getElementById('what-happened');
        while (node && node.tagName !== 'UL') node = node.nextElementSibling;
        return node ? Array.from(node.children).map(li => li.innerText.split(' — ').slice(1).join(' — ')) : [];
    }""")
    assert timeline and home
    lacking = [line for line in timeline + home if not _finite(nlp, line)]
    assert lacking == []
    assert watched.problems == []


@pytest.mark.parametrize("width", WIDTHS)
def test_the_multi_outlet_story_at_a_glance(urls: dict[str, str], browser: Browser, width: int) -> None:
    watched = _watched(browser, width, "light")
    page = watched.open(urls["three"])
    assert re.search(r"Reported by 3 outlets from 15 February 2019 to 18 February 2019", page.locator("article").inner_text())
    lead = page.locator(".story-lead p")
    assert 3 <= lead.count() <= 5
    for i in range(lead.count()):
        assert re.search(r"sources/[\w-]+/#ev-\d+$", lead.nth(i).locator("a").last.get_attribute("href") or "")
    labels = _texts(page, ".five-ws-label")
    assert labels[:3] == ["Who", "What", "When"]
    href = page.locator(".five-ws a[href*='#ev-']").first.get_attribute("href") or ""
    target = watched.open(href if href.startswith("http") else urls["three"] + href.lstrip("./"))  # the cited sentence
    anchor = href.split("#")[1]
    marked = target.evaluate(f"getComputedStyle(document.getElementById('{anchor}')).backgroundColor")
    assert marked not in ("rgba(0, 0, 0, 0)", "transparent")
    assert watched.problems == []


def test_timeline_text_is_readable_on_a_phone(urls: dict[str, str], browser: Browser) -> None:
    watched = _watched(browser, 390, "dark")
    page = watched.open(urls["three"] + "timeline/")
    sizes = page.evaluate("Array.from(document.querySelectorAll('.timeline-entry')).map(e => parseFloat(getComputedStyle(e).fontSize))")
    assert sizes and min(sizes) >= 12
    assert watched.problems == []
