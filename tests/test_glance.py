"""The story at a glance (home page): title, lead, five Ws, coverage, what happened and what
is next. Unit tests on an invented story; a browser test of the seed story's home page."""

from __future__ import annotations

import os
import re
import shutil
from pathlib import Path
from typing import Any

import pytest
from conftest import CHROMIUM, ROOT, build_site, serve

from generator import facts, pipeline
from generator.errors import ExplainerError
from generator.glance import Story, read_story, representative_title, story_at_a_glance
from generator.render import inert, rank_events, render_pages

TEMPLATES = ROOT / "templates"
SCREENSHOTS = ROOT / "tests" / "screenshots"


def _ev(source: str, text: str, start: int) -> dict[str, Any]:
    return {"source": source, "text": text, "start": start, "end": start + len(text)}


CLOSE = _ev("s1", "Mayor Mara Lindqvist closed the Tarn bridge on Thursday because engineers found cracks in its piers.", 0)
CLOSE_2 = _ev("s2", "The Tarn bridge was shut by Mayor Lindqvist on Thursday.", 0)
DETOUR = _ev("s2", "As a result, buses now take a 12-kilometre detour through Holm.", 60)
REOPEN = _ev("s3", "The council will vote on repairs in June.", 0)
INSPECT = _ev("s3", "Engineer Oskar Velde inspected the piers on Saturday.", 45)
OLD = _ev("s1", "The bridge was built in 1962 by the county.", 120)
OLD_2 = _ev("s2", "The county built the bridge in 1962.", 130)


def story() -> dict[str, list[dict[str, Any]]]:
    """An invented story: three articles from two outlets over three days."""
    return {
        "sources": [
            {"id": "s1", "title": "Lindqvist closes Tarn bridge", "outlet": "Tarn Gazette", "published": "2024-05-02",
             "path": "a/s1.txt", "words": 300},
            {"id": "s2", "title": "Cracks shut river bridge in Tarn", "outlet": "Valley Post", "published": "2024-05-03",
             "path": "a/s2.txt", "words": 300},
            {"id": "s3", "title": "Weekend traffic news", "outlet": "Tarn Gazette", "published": "2024-05-04",
             "path": "a/s3.txt", "words": 300},
        ],
        "people": [
            {"id": "mara-lindqvist", "name": "Mara Lindqvist", "aliases": ["Lindqvist"], "sources": ["s1", "s2"],
             "roles": [{"title": "Mayor", "organization": "Tarn", "evidence": [CLOSE]}], "evidence": [CLOSE, CLOSE_2]},
            {"id": "oskar-velde", "name": "Oskar Velde", "aliases": [], "sources": ["s3"],
             "roles": [{"title": "Engineer", "evidence": [INSPECT]}], "evidence": [INSPECT]},
        ],
        "organizations": [],
        "events": [
            {"id": "close", "date": "2024-05-02", "date_text": "Thursday", "summary": "closed the bridge",
             "people": ["mara-lindqvist"], "sources": ["s1", "s2"], "evidence": [CLOSE, CLOSE_2, DETOUR]},
            {"id": "inspect", "date": "2024-05-04", "date_text": "Saturday", "summary": "inspected the piers",
             "people": ["oskar-velde"], "sources": ["s3"], "evidence": [INSPECT]},
            {"id": "vote", "date": "2024-06", "date_text": "in June", "summary": "vote on repairs", "status": "scheduled",
             "people": [], "sources": ["s3"], "evidence": [REOPEN]},
            {"id": "built", "date": "1962", "date_text": "1962", "summary": "built", "people": [],
             "sources": ["s1", "s2"], "evidence": [OLD, OLD_2]},
        ],
        "reactions": [], "figures": [], "discrepancies": [],
    }


def glance_of(sheets: dict[str, list[dict[str, Any]]], story_: Story | None = None) -> Any:
    return story_at_a_glance(sheets, rank_events(sheets, {s["id"]: s for s in sheets["sources"]}), story_)


def section(page: str, heading: str) -> str:
    """The text under a `## heading`, up to the next heading."""
    return page.split(f"## {heading}\n", 1)[1].split("\n## ", 1)[0]


def test_the_title_is_the_most_representative_headline_not_the_latest() -> None:
    sheets = story()
    # s1 shares "Tarn", "bridge" and the mayor's name; s2 "Tarn" and "bridge"; s3, the latest, nothing
    assert glance_of(sheets).title == "Lindqvist closes Tarn bridge"
    page = render_pages(sheets, TEMPLATES, {})["index.md"]
    assert page.startswith("# Lindqvist closes Tarn bridge\n")
    tied = [{"id": "b", "title": "Bridge closed in Tarn"}, {"id": "a", "title": "Tarn bridge closed"}]
    assert representative_title(tied, []) == ("Tarn bridge closed", "a")  # equals: the lowest id
    assert representative_title([], []) == ("The story", None)


def test_the_editor_s_story_file_gives_the_title_and_the_lead(tmp_path: Path) -> None:
    path = tmp_path / "story.yaml"
    path.write_text("title: The Tarn bridge closure\nlead:\n  - The bridge is shut.\n  - Buses go round.\n")
    told = read_story(path)
    assert told == Story("The Tarn bridge closure", ("The bridge is shut.", "Buses go round."))
    page = render_pages(story(), TEMPLATES, {}, story=told)["index.md"]
    assert page.startswith("# The Tarn bridge closure\n")
    assert "The bridge is shut&#46;\n" in page and "Written by the editors" in page
    shown = page.split('<div class="story-lead" markdown>', 1)[1].split("</div>", 1)[0]
    assert "sources/" not in shown and inert(CLOSE["text"]) not in shown  # the editor's lead instead of the built one
    assert read_story(tmp_path / "missing.yaml") == Story()


@pytest.mark.parametrize(("text", "problem"), [
    ("title: [unclosed\n", "invalid YAML"),
    ("- a list\n", "must be a mapping"),
    ("title: [A, B]\n", "'title' must be a line of text"),
    ("lead: One sentence.\n", "'lead' must be a list of sentences"),
    ("titel: Typo\n", "unknown key 'titel'"),
])
def test_a_bad_story_file_is_one_line_naming_it(tmp_path: Path, text: str, problem: str) -> None:
    path = tmp_path / "story.yaml"
    path.write_text(text)
    with pytest.raises(ExplainerError) as caught:
        read_story(path)
    message = str(caught.value)
    assert message.startswith(str(path)) and problem in message and "\n" not in message


def test_the_project_s_story_file_reaches_the_home_page(tmp_path: Path, seed_facts: Path) -> None:
    (tmp_path / "content").mkdir()
    shutil.copytree(seed_facts, tmp_path / pipeline.FACTS)
    (tmp_path / pipeline.STORY).write_text("title: A title the editor chose\n")
    before = (tmp_path / pipeline.STORY).read_bytes()
    pages = pipeline.render(tmp_path / pipeline.FACTS, TEMPLATES, root=tmp_path)
    assert pages["index.md"].startswith("# A title the editor chose\n")
    assert (tmp_path / pipeline.STORY).read_bytes() == before  # read, never written
    assert pipeline.render_empty(TEMPLATES, tmp_path)["index.md"].startswith("# A title the editor chose\n")  # before any article
    (tmp_path / pipeline.STORY).write_text("title: [\n")
    with pytest.raises(ExplainerError, match="story.yaml"):
        pipeline.render(tmp_path / pipeline.FACTS, TEMPLATES, root=tmp_path)
    outside = tmp_path.parent / f"{tmp_path.name}-secret.yaml"
    outside.write_text("title: a secret\n")
    (tmp_path / pipeline.STORY).unlink()
    (tmp_path / pipeline.STORY).symlink_to(outside)
    with pytest.raises(ExplainerError, match="story.yaml: resolves outside the project"):
        pipeline.render(tmp_path / pipeline.FACTS, TEMPLATES, root=tmp_path)


def test_the_lead_is_the_sources_own_sentences_each_linked_to_its_evidence() -> None:
    sheets = story()
    lead = glance_of(sheets).lead
    evidence = [ev for e in sheets["events"] for ev in e["evidence"]]
    assert 3 <= len(lead) <= 5
    assert [line.text for line in lead][:3] == [CLOSE["text"], DETOUR["text"], INSPECT["text"]]  # who did what, consequence, latest
    assert all(line.evidence in evidence and line.text == line.evidence["text"] for line in lead)
    assert len({line.text for line in lead}) == len(lead)
    assert REOPEN["text"] not in [line.text for line in lead]  # what is scheduled has not happened
    page = render_pages(sheets, TEMPLATES, {})["index.md"]
    for line in lead:
        link = f"(sources/{line.evidence['source']}.md#ev-{line.evidence['start']}"  # then the headline as its title
        cited = r" <span class=\"lead-source\">\(\[[^\]]+\]" + re.escape(link) + r'(?: "[^"]*")?\)'
        assert re.search(re.escape(inert(line.text)) + cited, page)


def test_five_ws_rows_come_from_sentences_and_are_left_out_without_one() -> None:
    sheets = story()
    rows = {row.label: row for row in glance_of(sheets).five_ws}
    assert list(rows) == ["Who", "What", "When", "Why"]  # no place given: no "Where"
    assert rows["Who"].ref == "mara-lindqvist" and rows["Who"].text == "Mayor, Tarn"
    assert rows["When"].text == "2 May 2024" and "Thursday" in rows["When"].evidence["text"]
    assert rows["Why"].text == "because engineers found cracks in its piers" and rows["Why"].text in rows["Why"].evidence["text"]
    sheets["events"][0]["places"] = ["Tarn"]
    sheets["events"][0]["evidence"] = [CLOSE_2, DETOUR]  # no sentence gives a reason ("as a result" is a consequence)
    rows = {row.label: row for row in glance_of(sheets).five_ws}
    assert list(rows) == ["Who", "What", "When", "Where"]
    assert rows["Where"].text == "Tarn" and rows["Where"].evidence == CLOSE_2
    page = render_pages(sheets, TEMPLATES, {})["index.md"]
    box = page.split('<div class="five-ws" markdown>', 1)[1].split("</div>", 1)[0]
    assert '<span class="five-ws-label">Where</span> Tarn <span class="five-ws-source">' in box
    assert "Why" not in box and box.count("(sources/s2.md#ev-0") == 3
    sheets["events"][0]["places"] = "Tarn"  # one place, as a hand edit may write it
    assert [row.text for row in glance_of(sheets).five_ws if row.label == "Where"] == ["Tarn"]


def test_nobody_the_main_sentence_names_means_no_who_row() -> None:
    sheets = story()
    sheets["events"][0]["people"] = []
    sheets["events"][0]["evidence"] = [_ev("s1", "The bridge closed on Thursday.", 0)]
    assert [row.label for row in glance_of(sheets).five_ws] == ["What", "When"]


def test_scheduled_events_are_apart_from_what_happened() -> None:
    page = render_pages(story(), TEMPLATES, {})["index.md"]
    happened, next_ = section(page, "What happened"), section(page, "What's next")
    assert inert(REOPEN["text"]) in next_ and inert(REOPEN["text"]) not in happened
    assert "**June 2024**" in next_
    assert inert(CLOSE["text"]) in happened and inert(INSPECT["text"]) in happened
    plain = story()
    plain["events"] = [e for e in plain["events"] if e.get("status") != "scheduled"]
    assert "## What's next" not in render_pages(plain, TEMPLATES, {})["index.md"]


def test_background_ranks_after_the_news() -> None:
    sheets = story()
    ranked = [e["id"] for e in rank_events(sheets, {s["id"]: s for s in sheets["sources"]})]
    # "built" (1962) has two outlets, "inspect" one: still, the news comes first
    assert ranked.index("close") < ranked.index("inspect") < ranked.index("built")


def test_outlets_are_counted_once_with_the_dates_they_published() -> None:
    sheets = story()
    glance = glance_of(sheets)
    assert glance.outlets == ["Tarn Gazette", "Valley Post"]
    page = render_pages(sheets, TEMPLATES, {})["index.md"]
    assert "*Reported by 2 outlets from 2 May 2024 to 4 May 2024: Tarn Gazette, Valley Post.*" in page
    for source in sheets["sources"][1:]:
        source["outlet"] = "Tarn Gazette"
        source["published"] = "2024-05-02"
    assert "*Reported by 1 outlet on 2 May 2024: Tarn Gazette.*" in render_pages(sheets, TEMPLATES, {})["index.md"]


# The seed story's home page in a real browser.

@pytest.fixture(scope="module")
def home_url(tmp_path_factory: pytest.TempPathFactory) -> Any:
    if not CHROMIUM.exists():
        if os.environ.get("CI"):
            raise RuntimeError("/usr/bin/chromium is missing: .ci/run installs it with apt-get")
        pytest.skip("Debian's chromium is not installed")
    project = tmp_path_factory.mktemp("glance") / "story"
    shutil.copytree(ROOT / "content", project / "content")
    url, stop = serve(build_site(project))
    yield url
    stop()


@pytest.mark.parametrize("scheme", ["light", "dark"])
@pytest.mark.parametrize("width", [1280, 390])
def test_the_seed_home_page_at_a_glance(home_url: str, browser: Any, width: int, scheme: str) -> None:
    sheets = facts.read(ROOT / pipeline.FACTS)
    sentences = {inert(ev["text"]) for e in sheets["events"] for ev in e["evidence"]}
    page = browser.new_page(viewport={"width": width, "height": 900}, color_scheme=scheme)
    errors: list[str] = []
    page.on("console", lambda m: errors.append(m.text) if m.type == "error" else None)
    page.goto(home_url)
    page.wait_for_load_state("networkidle")
    lead = page.locator(".story-lead p")
    assert 3 <= lead.count() <= 5
    for i in range(lead.count()):
        href = lead.nth(i).locator(".lead-source a").get_attribute("href") or ""
        assert re.search(r"(^|/)sources/[\w-]+/#ev-\d+$", href), href
    box = page.locator(".five-ws")
    assert box.is_visible()
    labels = box.locator(".five-ws-label").all_inner_texts()
    assert labels[:3] == ["Who", "What", "When"]
    for link in box.locator(".five-ws-source a").all():
        assert re.search(r"(^|/)sources/[\w-]+/#ev-\d+$", link.get_attribute("href") or "")
    assert inert(_lead_text(page)) in sentences
    assert page.evaluate("document.documentElement.scrollWidth") <= width
    assert page.evaluate("getComputedStyle(document.querySelector('.five-ws')).backgroundColor") != "rgba(0, 0, 0, 0)"
    SCREENSHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"glance-{width}-{scheme}.png"), full_page=True)
    first = page.locator(".story-lead .lead-source a").first.get_attribute("href") or ""
    page.goto(first if "://" in first else home_url + first)
    page.wait_for_load_state("networkidle")
    assert page.locator(f"[id='{first.rsplit('#', 1)[1]}']").count() == 1  # the sentence the link names is there
    page.close()
    assert errors == []


def _lead_text(page: Any) -> str:
    """The lead's first sentence as the page shows it, without its source link."""
    text = page.locator(".story-lead p").first.inner_text()
    return re.sub(r"\s*\([^()]*\)\s*$", "", text)
