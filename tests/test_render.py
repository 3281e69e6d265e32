"""Fact sheets -> Markdown pages, and untrusted text made inert."""

from __future__ import annotations

from pathlib import Path

import markdown
import pytest
from conftest import ROOT

from generator import facts
from generator.errors import ExplainerError
from generator.render import Limits, date_label, event_line, inert, outlet_name, rank_events, render_pages, safe_url

TEMPLATES = ROOT / "templates"


def test_pages_show_what_the_fact_sheets_say(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts)
    pages = render_pages(sheets, TEMPLATES, {})
    for person in sheets["people"]:
        page = pages[f"people/{person['id']}.md"]
        assert f"# {inert(person['name'])}" in page
        assert f"people/{person['id']}.md" in pages["people/index.md"]
        for role in person["roles"]:
            assert inert(role["title"]) in page and inert(role["title"]) in pages["people/index.md"]
        for r in sheets["reactions"]:
            if r["speaker"] == person["id"]:
                assert inert(r["text"]) in page
    for org in sheets["organizations"]:
        assert f"# {inert(org['name'])}" in pages[f"organizations/{org['id']}.md"]
    for figure in sheets["figures"]:
        assert inert(figure["what"]) in pages["figures.md"]
    for event in sheets["events"]:
        assert inert(event_line(event)) in pages["timeline.md"]
    assert set(pages) >= {
        "index.md", "people/index.md", "organizations/index.md", "timeline.md", "reactions.md",
        "figures.md", "differences.md", "relationships.md", "sources/index.md",
    }
    for d in sheets["discrepancies"]:
        for value in d["values"].values():
            assert inert(value) in pages["differences.md"]
    assert {f"sources/{s['id']}.md" for s in sheets["sources"]} <= set(pages)


def test_date_labels_keep_precision() -> None:
    assert [date_label(d) for d in ("2025-03-06", "2024-04", "2023", None)] == ["6 March 2025", "April 2024", "2023", "Undated"]


def test_untrusted_text_is_inert_in_html_and_markdown() -> None:
    evil = '<script>alert(1)</script> <img src=x onerror=alert(1)> [click](javascript:alert(1)) **bold** {{ x }} {% if %} --8<-- "x"'
    html = markdown.markdown(inert(evil), extensions=["attr_list", "tables"])
    assert "<script" not in html and "<img" not in html and "<a " not in html and "<strong>" not in html
    assert "&lt;script&gt;" in html or "&#60;script&#62;" in html
    assert "{{" not in inert(evil) and "{%" not in inert(evil)


def test_diagram_text_cannot_carry_mermaid_syntax() -> None:
    from generator.render import diagram_text

    assert diagram_text('%%{init: {"securityLevel": "loose"}}%% A-->B; click A call x()') == "init securityLevel loose A-- B click A call x"


def test_only_http_urls_become_links() -> None:
    assert safe_url("https://example.org/a?b=1&c=2") == "https://example.org/a?b=1&amp;c=2"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://x.org/\"onmouseover=alert(1)") is None


def test_an_event_reads_as_its_headline_else_its_sentence() -> None:
    sentence = {"source": "a", "text": "The council voted on Monday to close the bridge."}
    headline = "Council votes to close bridge"
    assert event_line({"summary": "bridge", "headline": headline, "evidence": [sentence]}) == headline
    assert event_line({"summary": "bridge", "headline": " ", "evidence": [sentence]}) == sentence["text"]
    assert event_line({"summary": "bridge", "evidence": []}) == "bridge"


def test_a_sentence_that_says_more_than_the_event_is_led_by_the_events_own_words() -> None:
    sentence = {"source": "a", "text": "Two days after the harbour fire, the mayor resigned."}
    assert event_line({"summary": "harbour fire", "evidence": [sentence]}) == f"Harbour fire: “{sentence['text']}”"
    assert event_line({"summary": "after the fire", "evidence": [sentence]}) == sentence["text"]  # not its words
    assert event_line({"summary": "Two days after the harbour fire, the mayor resigned", "evidence": [sentence]}) == sentence["text"]
    long = {"source": "a", "text": "Critics seized on a remark the mayor made at the harbour on Friday after the fire."}
    assert event_line({"summary": "the mayor made at the harbour on Friday", "evidence": [long]}) == long["text"]  # a cut clause


def test_a_source_is_named_by_its_outlet_else_its_host_else_its_headline() -> None:
    assert outlet_name({"outlet": "Tarn Gazette", "url": "https://www.other.example/x", "title": "T"}) == "Tarn Gazette"
    assert outlet_name({"url": "https://www.tarn-gazette.example/2024/story", "title": "T"}) == "tarn-gazette.example"
    assert outlet_name({"title": "Council closes bridge"}) == "Council closes bridge"


def test_events_rank_by_outlets_then_people_then_latest() -> None:
    sources = {"a": {"outlet": "One"}, "b": {"outlet": "Two"}, "c": {"outlet": "Two"}}
    sheets = {
        "people": [{"id": "ana", "sources": ["a", "b"]}, {"id": "omar", "sources": ["a"]}],
        "events": [
            {"id": "e1", "date": "2024-01-01", "sources": ["b", "c"], "people": ["ana"]},  # one outlet twice
            {"id": "e2", "date": "2024-01-02", "sources": ["a", "b"], "people": ["omar"]},
            {"id": "e3", "date": "2024-01-03", "sources": ["a", "c"], "people": ["ana"]},
            {"id": "e4", "date": "2024-01-04", "sources": ["a", "b"], "people": ["ana"]},
            {"id": "e5", "date": None, "sources": ["c"], "people": ["ana"]},
        ],
    }
    assert [e["id"] for e in rank_events(sheets, sources)] == ["e4", "e3", "e2", "e1", "e5"]


def test_an_unnamed_sources_statement_shows_under_unnamed_sources_with_its_teller_inert(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts)
    teller = "a senior <b>official</b> [x](javascript:alert(1))"
    source = sheets["sources"][0]["id"]
    said = "The bridge will not carry lorries this year, whatever the council says."
    entry = {"id": "unnamed-bridge", "speaker": None, "speaker_text": teller, "kind": "quote", "text": said,
             "evidence": [{"source": source, "text": f'"{said}" a senior official said.'}]}
    assert facts.validate("reactions", [entry], Path("reactions.yaml")) == [entry]
    sheets["reactions"].append(entry)
    for limits in (None, Limits(reactions=1)):
        pages = render_pages(sheets, TEMPLATES, {}, limits=limits)
        page = next(text for path, text in pages.items() if path.startswith("reactions") and "## Unnamed sources {" in text)
        assert f"- {inert(teller)}: “{inert(said)}”" in page
        assert "<b>" not in page and "](javascript" not in page
    assert "#unnamed-sources" in pages["reactions.md"]  # the index of the split pages links to the group


def test_the_schema_takes_a_null_speaker_only_with_the_source_s_words() -> None:
    entry = {"id": "q", "speaker": None, "kind": "quote", "text": "We waited for hours.", "evidence": []}
    with pytest.raises(ExplainerError, match="speaker_text"):
        facts.validate("reactions", [entry], Path("reactions.yaml"))
    assert facts.validate("reactions", [{**entry, "speaker_text": "one passenger"}], Path("reactions.yaml"))
    assert facts.dangling({"reactions": [{**entry, "speaker_text": "one passenger"}]}) == []


def test_a_source_page_mark_labels_an_unnamed_sources_statement_by_its_words() -> None:
    from generator.coverage import statement_label

    r = {"speaker": None, "speaker_text": "one official", "kind": "quote", "text": "We expect a calm day."}
    assert statement_label(r, lambda ref: "never asked") == "one official: “We expect a calm day.”"
