"""What the extractor tests share: facts of one short text, and views of them (who said
each quotation, each person's roles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from generator.extract import extract_doc, nlp
from generator.records import Article


def facts_of(text: str, published: date | None = date(2024, 6, 12)):
    article = Article("t", Path("t.txt"), "T", text, published=published)
    return extract_doc(article, nlp.load()(text))


def speakers(facts) -> dict[str, str]:
    """Each quotation with a named speaker, to that speaker's name (see `unnamed` for the rest)."""
    names = {p.id: p.name for p in facts.people} | {o.id: o.name for o in facts.organizations}
    return {r.text: names[r.speaker] for r in facts.reactions if r.kind == "quote" and r.speaker is not None}


def unnamed(facts) -> dict[str, str]:
    """Each quotation whose source the text gives without a name, to that source's words."""
    return {r.text: r.speaker_text for r in facts.reactions if r.kind == "quote" and r.speaker is None}


def roles_of(facts) -> dict[str, list[tuple[str, str | None, str | None]]]:
    return {p.name: [(r.title, r.organization, r.status) for r in p.roles] for p in facts.people}
