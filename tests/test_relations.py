"""Relations between people and organizations: found only where the text states them (the
agent of a passive is the one who acted; a negation or an uncertain pronoun gives none),
one entry per relation however many sources report it, and a relationships page a reader can
read (labelled lines with evidence links, no event diamonds)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from conftest import ROOT

from generator import facts, merge
from generator.extract import explain, extract_doc, nlp
from generator.records import Article, Facts
from generator.render import render_pages

TEMPLATES = ROOT / "templates"


def _relations(text: str) -> list[tuple[str, str, str]]:
    return [(r.subject, r.relation, r.object) for r in explain.extract_text(text).relations]


def _article(id_: str, text: str, outlet: str, day: int) -> Facts:
    article = Article(id_, Path(f"{id_}.txt"), f"{outlet} headline", text, outlet=outlet, published=date(2025, 3, day))
    return extract_doc(article, next(nlp.parse(nlp.load(), [text], batch_size=1)))


def test_the_agent_of_a_passive_is_the_one_who_acted() -> None:
    assert _relations("Maria Lund was fired by Tom Hale on Monday.") == [("tom-hale", "fired", "maria-lund")]
    assert _relations("Tom Hale fired Maria Lund on Monday.") == [("tom-hale", "fired", "maria-lund")]


def test_a_negated_or_conditional_verb_states_no_relation() -> None:
    assert _relations("Tom Hale did not fire Maria Lund on Monday.") == []
    assert _relations("Kerrin Voss will quit if Tom Hale fires Maria Lund.") == []
    assert _relations("Tom Hale could fire Maria Lund next week.") == []


def test_a_pronoun_without_a_certain_antecedent_gives_no_relation() -> None:
    # two people named before "He": it could mean either
    found = _relations("Tom Hale met Kerrin Voss on Monday. He fired Maria Lund.")
    assert not [r for r in found if r[1] == "fired"]
    # one person named before "He": it means him
    assert _relations("Tom Hale spoke on Monday. He fired Maria Lund.") == [("tom-hale", "fired", "maria-lund")]


def _story() -> Facts:
    return merge.merge([
        _article("a", "Tom Hale fired Maria Lund on Monday.", "Dunmore Post", 3),
        _article("b", "Maria Lund was fired by Tom Hale, the council said.", "Tarrow Times", 4),
    ])


def test_one_relation_from_two_sources_is_one_entry_with_evidence_from_each() -> None:
    story = _story()
    assert [(r.subject, r.relation, r.object) for r in story.relations] == [("tom-hale", "fired", "maria-lund")]
    sheet = facts.to_sheets(story)["relations"]
    assert sheet[0]["sources"] == ["a", "b"] and "single_source" not in sheet[0]
    assert [ev["source"] for ev in sheet[0]["evidence"]] == ["a", "b"]
    assert sheet[0]["evidence"][1]["text"] == "Maria Lund was fired by Tom Hale, the council said."
    facts.validate("relations", sheet, Path("relations.yaml"))
    # the same inputs give the same sheet
    assert facts.dump(facts.to_sheets(_story())["relations"]) == facts.dump(sheet)


def test_the_page_shows_the_labelled_relation_with_its_evidence_and_no_diamond() -> None:
    sheets = facts.to_sheets(_story())
    pages = render_pages(sheets, TEMPLATES, {})
    page = pages["relationships.md"]
    assert "**[Tom Hale](people/tom-hale.md)**" in page
    line = next(ln for ln in page.splitlines() if ln.startswith("- fired "))
    assert "[Maria Lund](people/maria-lund.md)" in line
    starts = [ev["start"] for ev in sheets["relations"][0]["evidence"]]
    assert f"(sources/a.md#ev-{starts[0]} " in line and f"(sources/b.md#ev-{starts[1]} " in line  # then the headline as title
    assert not re.search(r"\w+\{", page), "an event diamond is drawn"
    # the person's own page lists the relation too, with its evidence
    assert "[Tom Hale](../people/tom-hale.md) fired [Maria Lund](../people/maria-lund.md)" in pages["people/maria-lund.md"]


def test_an_organization_page_lists_its_relations() -> None:
    story = merge.merge([_article("a", "The Tarrow Council sued Maria Lund and Tom Hale.", "Dunmore Post", 3)])
    pages = render_pages(facts.to_sheets(story), TEMPLATES, {})
    page = pages["organizations/tarrow-council.md"]
    assert "## Relations" in page
    assert "[Tarrow Council](../organizations/tarrow-council.md) sued [Tom Hale](../people/tom-hale.md)" in page


def test_a_hand_edited_relation_label_is_inert() -> None:
    sheets = facts.to_sheets(_story())
    sheets["relations"][0]["relation"] = "<script>alert(1)</script>"
    page = render_pages(sheets, TEMPLATES, {})["relationships.md"]
    assert "<script>" not in page


def test_a_story_without_relations_says_so() -> None:
    sheets = facts.to_sheets(merge.merge([_article("a", "Tom Hale spoke in Dunmore on Monday.", "Dunmore Post", 3)]))
    page = render_pages(sheets, TEMPLATES, {})["relationships.md"]
    assert "The sources state no relation" in page and "mermaid" not in page
