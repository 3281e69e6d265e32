"""Merge: the facts of each article -> one story, each person, organization, event,
statement and figure once, with the evidence of every source that reports it.

Blocking keys keep this near-linear: people by normalized name (a lone surname joins the one
full name it can mean), organizations by any shared name or alias, events by date,
statements by normalized text, figures by value and what they count.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict

from generator.ingest import slugify
from generator.records import (
    Discrepancy,
    Event,
    Facts,
    Figure,
    Organization,
    Person,
    Reaction,
    Role,
)


def norm(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'")
    return re.sub(r"[\W_]+", " ", text).strip()


class Ids:
    """Unique, stable slugs in first-come order."""

    def __init__(self) -> None:
        self.used: set[str] = set()

    def new(self, text: str) -> str:
        base = slugify(text)
        slug, n = base, 2
        while slug in self.used:
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug


def _add_unique(target: list, items) -> None:
    for item in items:
        if item not in target:
            target.append(item)


def _merge_roles(roles: list[Role]) -> list[Role]:
    """One role per title; a title given without organization joins the same title with one."""
    out: list[Role] = []
    for role in roles:
        same = next(
            (r for r in out if norm(r.title) == norm(role.title)
             and (norm(r.organization or "") == norm(role.organization or "") or not role.organization or not r.organization)),
            None,
        )
        if same is None:
            out.append(Role(role.title, role.organization, role.status, list(role.evidence)))
            continue
        same.organization = same.organization or role.organization
        same.status = same.status or role.status
        _add_unique(same.evidence, role.evidence)
    return out


def _merge_people(facts: list[Facts]) -> tuple[list[Person], dict[tuple[str, str], str]]:
    full: dict[str, Person] = {}
    ids = Ids()
    by_article: dict[tuple[str, str], str] = {}  # (source, article-local id) -> story id
    partial: list[tuple[str, Person]] = []
    for f in facts:
        source = f.sources[0].id
        for p in f.people:
            if p.partial:
                partial.append((source, p))
                continue
            key = norm(p.name)
            merged = full.get(key)
            if merged is None:
                merged = full[key] = Person(ids.new(p.name), p.name)
            _absorb(merged, p)
            by_article[(source, p.id)] = merged.id
    surnames: dict[str, list[Person]] = defaultdict(list)
    for person in full.values():
        surnames[norm(person.name).split()[-1]].append(person)
    for source, p in partial:
        candidates = surnames.get(norm(p.name), [])
        if len(candidates) == 1:
            _absorb(candidates[0], p)
            _add_unique(candidates[0].aliases, [p.name])
            by_article[(source, p.id)] = candidates[0].id
    people = list(full.values())
    for person in people:
        person.aliases = [a for a in person.aliases if norm(a) != norm(person.name)]
        person.roles = _merge_roles(person.roles)
    return people, by_article


def _absorb(into: Person, p: Person) -> None:
    _add_unique(into.aliases, p.aliases)
    if p.name != into.name:
        _add_unique(into.aliases, [p.name])
    into.roles += p.roles
    _add_unique(into.ranks, p.ranks)
    _add_unique(into.sources, p.sources)
    _add_unique(into.evidence, p.evidence)


def _merge_orgs(facts: list[Facts]) -> tuple[list[Organization], dict[tuple[str, str], str]]:
    ids = Ids()
    by_name: dict[str, Organization] = {}
    by_article: dict[tuple[str, str], str] = {}
    out: list[Organization] = []
    for f in facts:
        source = f.sources[0].id
        for o in f.organizations:
            names = [norm(n) for n in [o.name, *o.aliases]]
            merged = next((by_name[n] for n in names if n in by_name), None)
            if merged is None:
                merged = Organization(ids.new(o.name), o.name)
                out.append(merged)
            for n in names:
                by_name.setdefault(n, merged)
            _add_unique(merged.aliases, [a for a in [o.name, *o.aliases] if norm(a) != norm(merged.name)])
            _add_unique(merged.sources, o.sources)
            _add_unique(merged.evidence, o.evidence)
            by_article[(source, o.id)] = merged.id
    return out, by_article


def _merge_events(events: list[Event]) -> list[Event]:
    """One event per date and set of participants (overlapping, or none on both sides)."""
    by_date: dict[str | None, list[Event]] = defaultdict(list)
    out: list[Event] = []
    for e in events:
        same = None
        for other in by_date[e.date] if e.date else []:
            if set(other.people) & set(e.people) or not other.people and not e.people:
                same = other
                break
        if same is None:
            merged = Event(e.id, e.date, e.date_text, e.summary, list(e.people), list(e.organizations), list(e.evidence))
            by_date[e.date].append(merged)
            out.append(merged)
        else:
            _add_unique(same.people, e.people)
            _add_unique(same.organizations, e.organizations)
            _add_unique(same.evidence, e.evidence)
    ids = Ids()
    for e in out:
        e.id = ids.new(f"{e.date or 'undated'} {e.summary[:50]}")
    return sorted(out, key=lambda e: (e.date is None, e.date or ""))


def _merge_reactions(reactions: list[Reaction]) -> list[Reaction]:
    seen: dict[tuple[str | None, str, str], Reaction] = {}
    out: list[Reaction] = []
    ids = Ids()
    for r in reactions:
        key = (r.speaker, r.kind, norm(r.text))
        if key in seen:
            _add_unique(seen[key].evidence, r.evidence)
            continue
        merged = Reaction(ids.new(f"{r.speaker or ''} {r.text[:50]}"), r.speaker, r.kind, r.text, r.stance, list(r.variants), list(r.evidence))
        seen[key] = merged
        out.append(merged)
    return out


def _merge_figures(figures: list[Figure]) -> list[Figure]:
    seen: dict[tuple[float, str], Figure] = {}
    out: list[Figure] = []
    ids = Ids()
    for f in figures:
        key = (f.value, norm(f.what))
        if key in seen:
            _add_unique(seen[key].evidence, f.evidence)
            continue
        merged = Figure(ids.new(f"{f.text} {f.what}"[:60]), f.value, f.text, f.what, f.attributed_to, list(f.evidence))
        seen[key] = merged
        out.append(merged)
    return out


def _figure_discrepancies(figures: list[Figure]) -> list[Discrepancy]:
    """The same thing counted differently by different sources."""
    by_what: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_what[norm(f.what)].append(f)
    out: list[Discrepancy] = []
    ids = Ids()
    for group in by_what.values():
        values: dict[str, str] = {}
        for f in group:
            for ev in f.evidence:
                values.setdefault(ev.source, f.text)
        if len({f.value for f in group}) > 1 and len(values) > 1 and len(set(values.values())) > 1:
            what = f"number of {group[0].what}"
            evidence = [ev for f in group for ev in f.evidence]
            out.append(Discrepancy(ids.new(what), what, dict(sorted(values.items())), evidence))
    return out


def merge(per_article: list[Facts]) -> Facts:
    people, person_ids = _merge_people(per_article)
    orgs, org_ids = _merge_orgs(per_article)
    events: list[Event] = []
    reactions: list[Reaction] = []
    figures: list[Figure] = []
    for f in per_article:
        source = f.sources[0].id

        for e in f.events:
            people_ids = [i for i in (person_ids.get((source, p)) for p in e.people) if i]
            org_refs = [i for i in (org_ids.get((source, o)) for o in e.organizations) if i]
            events.append(Event(e.id, e.date, e.date_text, e.summary, people_ids, org_refs, e.evidence))
        for r in f.reactions:
            key = (source, r.speaker or "")
            speaker = person_ids.get(key) or org_ids.get(key)
            if speaker:
                reactions.append(Reaction(r.id, speaker, r.kind, r.text, r.stance, r.variants, r.evidence))
        figures += f.figures
    merged_figures = _merge_figures(figures)
    return Facts(
        sources=[a for f in per_article for a in f.sources],
        people=people,
        organizations=orgs,
        events=_merge_events(events),
        reactions=_merge_reactions(reactions),
        figures=merged_figures,
        discrepancies=_figure_discrepancies(merged_figures),
    )
