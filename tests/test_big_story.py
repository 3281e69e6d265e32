"""A big story stays usable: every page bounded, the timeline diagram always renders.

The story is synthetic (fact sheets made here, no extraction), large enough to cross the old
limits: more dated events than Mermaid's 50,000-character diagram limit allows when each is
drawn, and more people, statements and tags than one page can carry."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from big_story import big_story, build_site
from conftest import CHROMIUM, ROOT, serve

from generator.render import Limits, date_label, rank_events, render_pages

TEMPLATES = ROOT / "templates"
MERMAID_LIMIT = 50_000


SMALL = {"people": 400, "orgs": 40, "dated": 850, "undated": 60, "reactions": 400, "sources": 150, "figures": 60, "discrepancies": 20}
MARKDOWN_BOUND = 100_000  # characters of one page's Markdown (the HTML around it is bounded below)


@pytest.fixture(scope="module")
def story() -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """A story past every default limit: 850 dated events drawn one per line would be over
    Mermaid's limit; 400 people, 400 statements, about 900 tagged pages."""
    return big_story(**SMALL)


@pytest.fixture(scope="module")
def pages(story: tuple[dict[str, list[dict[str, Any]]], dict[str, str]]) -> dict[str, str]:
    return render_pages(story[0], TEMPLATES, story[1])


def _mermaid(markdown: str) -> str:
    blocks = re.findall(r"``` mermaid\ntimeline\n(.*?)```", markdown, re.S)
    assert len(blocks) == 1
    return blocks[0]


def _events_drawn(block: str) -> list[str]:
    return [label.strip() for line in block.splitlines() for label in line.split(" : ")[1:]]


def test_every_page_is_bounded(pages: dict[str, str]) -> None:
    sizes = {path: len(markdown) for path, markdown in pages.items()}
    assert max(sizes.values()) < MARKDOWN_BOUND, max(sizes.items(), key=lambda kv: kv[1])


def test_timeline_diagram_shows_the_best_ranked_events_within_mermaids_limit(story, pages: dict[str, str]) -> None:
    block = _mermaid(pages["timeline.md"])
    drawn = _events_drawn(block)
    assert len(block) < MERMAID_LIMIT and len(drawn) == Limits().diagram_events
    sheets = story[0]
    top = [e for e in rank_events(sheets, {s["id"]: s for s in sheets["sources"]}) if e["date"]][: len(drawn)]
    for event in top:  # each drawn: its date, then its line, cut at a word's end when long
        dated = [label.split(" - ", 1)[1] for label in drawn if label.startswith(f"{date_label(event['date'])} - ")]
        assert any(event["headline"].startswith(line.rstrip("…")) for line in dated), event["headline"]
    assert all(re.fullmatch(r"\d{1,2} \w+ \d{4} - [\w ]+…?", label) for label in drawn)  # date, then the headline
    assert len(re.findall(r"^    \S", block, re.M)) <= 2  # two columns at most: more would shrink the text


def _listed_on(pages: dict[str, str], folder: str, text: str) -> list[str]:
    return [path for path, md in pages.items() if path.startswith(folder) and text in md]


def test_every_event_is_listed_once_on_the_timeline_pages(story, pages: dict[str, str]) -> None:
    index = pages["timeline.md"]
    parts = sorted({p for p in pages if p.startswith("timeline/")}, key=lambda p: int(p.split("/")[1][:-3]))
    assert parts and all(f"]({p})" in index for p in parts)
    for event in story[0]["events"]:
        assert len(_listed_on(pages, "timeline/", f"\n{event['summary']}\n")) == 1, event["summary"]
    months = [re.findall(r"^### \d+ (\w+ \d{4})$", pages[p], re.M) for p in parts]
    assert [m for page in months for m in page] == sorted(  # date order across pages
        (m for page in months for m in page), key=lambda label: [m for page in months for m in page].index(label))


def test_lists_split_into_pages_behind_an_index(story, pages: dict[str, str]) -> None:
    sheets = story[0]
    for index, folder in (("reactions.md", "reactions/"), ("people/index.md", "people/all/"), ("tags.md", "tags/")):
        parts = [p for p in pages if p.startswith(folder)]
        assert len(parts) > 1 and all(f"]({'../' * index.count('/')}{p})" in pages[index] for p in parts), index
    for r in sheets["reactions"]:
        assert len(_listed_on(pages, "reactions/", f"{r['text']}")) == 1, r["id"]
    for p in sheets["people"]:
        assert len(_listed_on(pages, "people/all/", f"[{p['name']}](../../people/{p['id']}.md)")) == 1, p["id"]
    listed = [t for p in pages if p.startswith("tags/") for t in re.findall(r'"([^"]+)"', pages[p].split("include: [")[1])]
    assert sorted(listed) == sorted({p["name"] for p in sheets["people"]} | {o["name"] for o in sheets["organizations"]}
                                    | {r["organization"] for p in sheets["people"] for r in p["roles"]})


def test_a_group_larger_than_a_page_is_cut(story) -> None:
    sheets, texts = story
    talker = max({r["speaker"] for r in sheets["reactions"]}, key=lambda s: sum(r["speaker"] == s for r in sheets["reactions"]))
    said = sum(r["speaker"] == talker for r in sheets["reactions"])
    pages = render_pages(sheets, TEMPLATES, texts, Limits(reactions=said // 2))
    holding = [p for p, md in pages.items() if p.startswith("reactions/") and f"{{ #{talker} }}" in md]
    assert len(holding) >= 2 and all(md.count("\n- ") <= said // 2 for p, md in pages.items() if p.startswith("reactions/"))


def test_a_long_sources_list_splits_by_month_of_publication(story) -> None:
    sheets, texts = story
    pages = render_pages(sheets, TEMPLATES, texts, Limits(sources=40))
    parts = sorted((p for p in pages if p.startswith("sources/all/")), key=lambda p: int(p.split("/")[2][:-3]))
    assert len(parts) >= len(sheets["sources"]) // 40 and all(f"](../{p})" in pages["sources/index.md"] for p in parts)
    for source in sheets["sources"]:
        assert len(_listed_on(pages, "sources/all/", f"](../../sources/{source['id']}.md)")) == 1, source["id"]
    rows = [pages[p].count("\n| [") for p in parts]
    assert max(rows) <= 40 and sum(rows) == len(sheets["sources"])
    published = [d for p in parts for d in re.findall(r"\| (\d{1,2} \w+ \d{4}) \|", pages[p])]
    assert published[0].endswith("2022") and published[-1].endswith("2024")  # in the sheet's order, oldest first
    assert "\n| [" not in pages["sources/index.md"]  # the index lists the pages, not every article


def test_long_figure_difference_and_organization_lists_split(story) -> None:
    sheets, texts = story
    pages = render_pages(sheets, TEMPLATES, texts, Limits(figures=25, differences=6, organizations=15))
    for index, folder, sheet, needle in (
        ("figures.md", "figures/", "figures", lambda f: f"| {f['what']} |"),
        ("differences.md", "differences/", "discrepancies", lambda d: f"### {d['what'][:1].upper()}{d['what'][1:]}\n"),
        ("organizations/index.md", "organizations/all/", "organizations", lambda o: f"[{o['name']}](../../organizations/{o['id']}.md)"),
    ):
        parts = sorted((p for p in pages if p.startswith(folder)), key=lambda p: int(p.rsplit("/", 1)[1][:-3]))
        assert len(parts) > 1 and all(f"]({'../' * index.count('/')}{p})" in pages[index] for p in parts), index
        for item in sheets[sheet]:
            assert len(_listed_on(pages, folder, needle(item))) == 1, item["id"]
    names = [n for p in sorted((p for p in pages if p.startswith("organizations/all/")), key=lambda p: int(p.split("/")[2][:-3]))
             for n in re.findall(r"^- \*\*\[([^\]]+)\]", pages[p], re.M)]
    assert names == sorted(names, key=str.casefold) and len(names) == len(sheets["organizations"])  # by name across pages
    assert all(pages[p].count("\n| ") <= 25 + 2 for p in pages if p.startswith("figures/"))  # the rows and the table's head


def test_a_story_within_the_limits_is_not_split(story) -> None:
    sheets, texts = story
    pages = render_pages(sheets, TEMPLATES, texts, Limits(diagram_events=10**6, timeline=10**6, reactions=10**6, people=10**6, tags=10**6,
                                                    sources=10**6, figures=10**6, differences=10**6, organizations=10**6))
    assert not [p for p in pages if p.startswith(("timeline/", "reactions/", "tags/", "people/all/", "sources/all/", "figures/",
                                                  "differences/", "organizations/all/"))]
    assert len(_events_drawn(_mermaid(pages["timeline.md"]))) == SMALL["dated"]
    assert len(_mermaid(pages["timeline.md"])) > MERMAID_LIMIT  # drawn whole, as before the limits, it would not render
    assert "<!-- material/tags -->" in pages["tags.md"]


# --- the built site in Debian's Chromium (the harness of conftest.py) -------------------------------

HTML_BOUND = 1_000_000  # bytes of one page's HTML
browser_test = pytest.mark.skipif(not CHROMIUM.exists() and not os.environ.get("CI"), reason="Debian's chromium is not installed")


@pytest.fixture(scope="module")
def site(pages: dict[str, str], tmp_path_factory: pytest.TempPathFactory) -> Path:
    return build_site(pages, tmp_path_factory.mktemp("big") / "story")


@pytest.fixture(scope="module")
def base_url(site: Path) -> Iterator[str]:
    url, stop = serve(site)
    yield url
    stop()


def _diagram_text(page: Any) -> str:
    """The text inside the Mermaid diagrams, also in the closed shadow root Material renders
    them into, with the number of SVGs there."""
    tree = page.context.new_cdp_session(page).send("DOM.getDocument", {"depth": -1, "pierce": True})
    texts: list[str] = []

    def walk(node: dict[str, Any], inside: bool) -> None:
        attrs = node.get("attributes") or []
        inside = inside or "mermaid" in dict(zip(attrs[::2], attrs[1::2], strict=False)).get("class", "").split()
        if inside and node.get("nodeName", "").lower() == "svg":
            texts.append("<svg>")
        if inside and node.get("nodeType") == 3:
            texts.append(node.get("nodeValue", ""))
        for key in ("children", "shadowRoots"):
            for child in node.get(key) or []:
                walk(child, inside)

    walk(tree["root"], False)
    return re.sub(r"\s+", " ", " ".join(texts))


def test_no_page_html_exceeds_a_megabyte(site: Path) -> None:
    sizes = {str(f.relative_to(site)): f.stat().st_size for f in site.rglob("*.html")}
    assert len(sizes) > len(SMALL) and max(sizes.values()) < HTML_BOUND, max(sizes.items(), key=lambda kv: kv[1])


@browser_test
def test_timeline_diagram_renders_in_the_browser(story, pages: dict[str, str], base_url: str, browser: Any) -> None:
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url + "timeline/")
    page.wait_for_function(
        "document.querySelector('div.mermaid') && document.querySelector('div.mermaid').getBoundingClientRect().height > 50"
    )
    text = _diagram_text(page)
    assert "<svg>" in text and "Maximum text size" not in text and "Syntax error" not in text
    drawn = _events_drawn(_mermaid(pages["timeline.md"]))
    missing = [label for label in drawn if " ".join(label.split()[-2:]) not in text]  # 'event 123' ends each summary
    assert not missing, missing
    page.screenshot(path=str(ROOT / "tests" / "screenshots" / "big-story-timeline.png"), full_page=False)


@browser_test
def test_search_finds_a_person_in_a_big_story(story, base_url: str, browser: Any) -> None:
    person = story[0]["people"][len(story[0]["people"]) // 2]["name"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto(base_url)
    page.locator("input.md-search__input").click()
    page.keyboard.type(person.split()[-1])
    result = page.locator(".md-search-result__item", has_text=person).first
    result.wait_for(timeout=30000)
    assert person in result.inner_text()
