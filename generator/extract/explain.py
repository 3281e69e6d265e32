"""Why the extractor found what it found: the facts of a text, each with the rules behind it.

`explain(text)` parses and extracts one text while tracing the rule registry; `facts_lines`
writes the facts as plain lines (one fact a line, the same text for the same facts), which
the rule-example tests compare with a rule turned on and off.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.extract import extract_doc, nlp, rules
from generator.records import Article, Facts, Reaction

# An example's publication date, for the rules that date by it: "[2025-03-06] Tom Hale resigned on Tuesday."
_PUBLISHED = re.compile(r"\[(\d{4}-\d\d-\d\d)\]\s*")


@dataclass(frozen=True)
class Explanation:
    facts: Facts
    lines: list[str]  # the facts, one a line
    fired: list[rules.Fired]  # every rule's outcome, in the order they ran


def extract_text(text: str, published: date | None = None) -> Facts:
    """The facts of `text`, as one article of a story (published on the date in brackets it
    begins with, if any: "[2025-03-06] ...")."""
    dated = _PUBLISHED.match(text)
    if dated and published is None:
        text, published = text[dated.end() :], date.fromisoformat(dated[1])
    article = Article("text", Path("text.md"), "", text, published=published)
    doc = next(nlp.parse(nlp.load(), [text], batch_size=1))
    return extract_doc(article, doc)


QUOTE_MARKS = " \"'“”‘’"  # a quotation a rule looked at, as the fact line writes it: without its marks


def explain(text: str, published: date | None = None) -> Explanation:
    with rules.tracing() as fired:
        facts = extract_text(text, published)
    return Explanation(facts, facts_lines(facts), list(fired))


def rules_by_fact(found: Explanation) -> tuple[list[tuple[str, list[rules.Fired]]], list[rules.Fired]]:
    """Each fact line with the rule outcomes about it (the text a rule looked at is in the
    line, or the line's first name is in that text), and the outcomes about no fact."""
    out, used = [], set()
    looked_at = [(f, f.subject.strip(QUOTE_MARKS)) for f in found.fired]
    for line in found.lines:
        head = line.split(": ", 1)[-1].split(" — ")[0].split(" (")[0].split(": ")[0]
        mine = [f for f, words in looked_at if words and (words in line or head and head in f.subject)]
        used.update(id(f) for f in mine)
        out.append((line, _unique(mine)))
    return out, _unique([f for f in found.fired if id(f) not in used])


def _unique(fired: list[rules.Fired]) -> list[rules.Fired]:
    return list(dict.fromkeys(fired))


def _teller(r: Reaction, names: dict[str, str]) -> str:
    """Who said a statement: the speaker's name, else the unnamed source as the text words it."""
    return names.get(r.speaker, r.speaker) if r.speaker is not None else f"(unnamed) {r.speaker_text}"


def facts_lines(facts: Facts) -> list[str]:
    """Every fact of `facts` as one line: `person: NAME (aliases) — roles`, `quote: SPEAKER: TEXT` ..."""
    names = {p.id: p.name for p in facts.people} | {o.id: o.name for o in facts.organizations}
    lines = []
    for p in facts.people:
        roles = "; ".join(" ".join(filter(None, (r.status, r.title, r.organization and f"of {r.organization}"))) for r in p.roles)
        extra = f" (also {', '.join(p.aliases)})" if p.aliases else ""
        lines.append(f"person: {p.name}{extra}{' — ' + roles if roles else ''}{' [one name]' if p.partial else ''}")
    lines += [f"organization: {o.name}{' (also ' + ', '.join(o.aliases) + ')' if o.aliases else ''}" for o in facts.organizations]
    lines += [f"{r.kind}: {_teller(r, names)}: {r.text}{' [' + r.stance + ']' if r.stance else ''}" for r in facts.reactions]
    for e in facts.events:
        who = ", ".join(names.get(k, k) for k in [*e.people, *e.organizations])
        told = "".join((f" | headline: {e.headline}" if e.headline else "", " [scheduled]" if e.status else "",
                        f" @ {', '.join(e.places)}" if e.places else ""))
        lines.append(f"event: {e.date or 'undated'}{' (' + e.date_text + ')' if e.date_text else ''}: {e.summary}{' — ' + who if who else ''}{told}")
    for f in facts.figures:
        lines.append(f"figure: {f.text} = {f.value}: {f.what}{' — ' + f.attributed_to if f.attributed_to else ''}")
    for a in facts.addressings:
        lines.append(f"addressing: {names.get(a.author, a.author)} → {', '.join(names.get(r, r) for r in a.recipients)}: {a.item}")
    lines += [f"relation: {names.get(r.subject, r.subject)} {r.relation} {names.get(r.object, r.object)}" for r in facts.relations]
    return lines
