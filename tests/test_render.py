"""Fact sheets -> Markdown pages, and untrusted text made inert."""

from __future__ import annotations

from pathlib import Path

import markdown
from conftest import ROOT

from generator import facts
from generator.render import date_label, inert, render_pages, safe_url

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
        assert inert(event["summary"]) in pages["timeline.md"]
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
