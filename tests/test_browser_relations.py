"""The relationships page of a story with relations, in Debian's Chromium at 1280 and 390 px,
light and dark: labelled lines with evidence links, a small diagram that keeps a readable
size on a phone (scrolling sideways in its own box), no page wider than the screen, no
console errors. The story is two invented articles written here."""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from conftest import CHROMIUM, ROOT, build_site, serve

SCREENSHOTS = ROOT / "tests" / "screenshots"
ARTICLES = {
    "a.txt": '---\ntitle: "Council chair fires transport head"\noutlet: "Dunmore Post"\npublished: "2025-03-03"\n---\n'
             "Council chair fires transport head\n\nTom Hale fired Maria Lund on Monday. The Tarrow Council sued Maria Lund "
             "over the bridge contract.\nKerrin Voss praised Tom Hale for the decision.\n",
    "b.txt": '---\ntitle: "Transport head out after bridge row"\noutlet: "Tarrow Times"\npublished: "2025-03-04"\n---\n'
             "Transport head out after bridge row\n\nMaria Lund was fired by Tom Hale, the council said on Tuesday. "
             "Tom Hale met with Kerrin Voss in Dunmore.\n",
}

if not CHROMIUM.exists():
    if os.environ.get("CI"):
        raise RuntimeError("/usr/bin/chromium is missing: .ci/run installs it with apt-get")
    pytest.skip("Debian's chromium is not installed (apt-get install chromium)", allow_module_level=True)

from playwright.sync_api import Browser  # noqa: E402


@pytest.fixture(scope="module")
def base_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    project = tmp_path_factory.mktemp("relations") / "story"
    (project / "content/articles").mkdir(parents=True)
    for name, text in ARTICLES.items():
        (project / "content/articles" / name).write_text(text, encoding="utf-8")
    url, stop = serve(build_site(project))
    yield url
    stop()



@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_relationships_page_reads_at_any_width(base_url: str, browser: Browser, width: int, scheme: str) -> None:
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(base_url + "relationships/")
    page.wait_for_function(
        "document.querySelector('div.mermaid') && document.querySelector('div.mermaid').getBoundingClientRect().height > 50"
    )
    text = page.inner_text("article")
    assert "fired Maria Lund" in text and "met Kerrin Voss" in text and "sued Maria Lund" in text
    # the relation reported by both outlets links to both sentences
    fired = page.locator("article li", has_text="fired Maria Lund").first
    hrefs = [a.get_attribute("href") or "" for a in fired.locator("a").all()]
    assert any("sources/a/#ev-" in h for h in hrefs) and any("sources/b/#ev-" in h for h in hrefs), hrefs
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    # the diagram is drawn at a size its labels can be read at: never shrunk below 600 px
    assert page.locator("div.mermaid").first.bounding_box()["width"] >= 600
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"relationships-{width}-{scheme}.png"), full_page=True)
    assert not errors, errors
    page.close()
