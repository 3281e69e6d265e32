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
    names = {p.id: p.name for p in facts.people} | {o.id: o.name for o in facts.organizations}
    return {r.text: names[r.speaker] for r in facts.reactions if r.kind == "quote"}


def roles_of(facts) -> dict[str, list[tuple[str, str | None, str | None]]]:
    return {p.name: [(r.title, r.organization, r.status) for r in p.roles] for p in facts.people}
