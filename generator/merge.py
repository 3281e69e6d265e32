"""Merge: the facts of each article -> one story, each person, organization, event,
statement and figure once, with the evidence of every source that reports it.

Blocking keys keep this near-linear: people by normalized name (a lone surname joins the one
full name it can mean), organizations by any shared name or alias, events by date,
statements by normalized text, figures by value and what they count.

Ids are stable when sources are added: sources are merged earliest first (by publication
date, then source id), so each fact's id comes from the earliest source's own item (its
name, summary or words), and a later source joining a fact, or bringing new ones, never
changes an id the story already had. `merge_story` also returns, for each fact, the ids it
would have had from any one of its sources' items: a correction written against an id that
has since moved can be re-aimed at the fact it meant.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from difflib import SequenceMatcher

from generator import discrepancies
from generator.ids import Ids, slugify
from generator.records import (
    Addressing,
    Event,
    Facts,
    Figure,
    Organization,
    Person,
    Reaction,
    Role,
    Variant,
)
from generator.textsim import content_words, norm, same_statement


Aka = dict[str, list[str]]  # an id a fact would have from one of its sources' items -> the ids of such facts


def _aka(labelled: list[tuple[str, list[str]]]) -> Aka:
    """(fact id, the labels its items would take their ids from) -> {slug: [fact ids]}."""
    out: Aka = defaultdict(list)
    for fact_id, labels in labelled:
        for slug in dict.fromkeys(slugify(label) for label in labels):
            out[slug].append(fact_id)
    return dict(out)


def _rank(f: Facts) -> tuple[bool, date, str]:
    """Earliest source first: by publication date (undated last), then source id."""
    a = f.sources[0]
    return (a.published is None, a.published or date.min, a.id)


def _add_unique(target: list, items) -> None:
    present = set(target)
    for item in items:
        if item not in present:
            present.add(item)
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


def person_key(name: str) -> str:
    """'George W. Bush' and 'George Bush', 'Ben-Gvir' and 'Ben Gvir' share a key."""
    parts = norm(name).split()
    if len(parts) > 2:
        parts = [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]
    return " ".join(parts)


def _similar(a: str, b: str) -> bool:
    return a[:1] == b[:1] and SequenceMatcher(None, a, b).ratio() >= 0.8


def _same_person(key: str, other: str) -> bool:
    """One name spelled two ways: same first name and a near-identical surname, or the reverse."""
    a, b = key.split(), other.split()
    if len(a) < 2 or len(b) < 2:
        return False
    if a[0] == b[0]:
        return len(a[-1]) >= 4 and _similar(a[-1], b[-1])
    if a[-1] == b[-1]:
        return len(a[0]) >= 4 and _similar(a[0], b[0])
    return False


class _PeopleIndex:
    """Merged people by key, with first and last names as blocking keys for near matches."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}
        self.blocks: dict[tuple[int, str], list[str]] = defaultdict(list)

    def find(self, key: str) -> Person | None:
        if key in self.by_key:
            return self.by_key[key]
        parts = key.split()
        for block in ((0, parts[0]), (-1, parts[-1])):
            for other in self.blocks.get(block, []):
                if _same_person(key, other):
                    return self.by_key[other]
        return None

    def add(self, key: str, person: Person) -> None:
        self.by_key[key] = person
        parts = key.split()
        self.blocks[(0, parts[0])].append(key)
        self.blocks[(-1, parts[-1])].append(key)


def _merge_people(
    facts: list[Facts],
) -> tuple[list[Person], dict[tuple[str, str], str], dict[str, dict[str, str]]]:
    index = _PeopleIndex()
    full: list[Person] = []
    ids = Ids()
    by_article: dict[tuple[str, str], str] = {}  # (source, article-local id) -> story id
    spellings: dict[str, dict[str, str]] = defaultdict(dict)  # story id -> source -> name
    partial: list[tuple[str, Person]] = []
    speakers = {(f.sources[0].id, r.speaker) for f in facts for r in f.reactions}

    def place(source: str, p: Person) -> None:
        """Into the story person of the same name, made if there is none yet."""
        key = person_key(p.name)
        merged = index.find(key)
        if merged is None:
            merged = Person(ids.new(p.name), p.name, partial=p.partial)
            full.append(merged)
        if key not in index.by_key:
            index.add(key, merged)
        _absorb(merged, p)
        by_article[(source, p.id)] = merged.id
        spellings[merged.id].setdefault(source, p.name)

    for f in facts:
        source = f.sources[0].id
        for p in f.people:
            if p.partial:
                partial.append((source, p))
            else:
                place(source, p)
    surnames: dict[str, list[Person]] = defaultdict(list)
    for person in full:
        surnames[norm(person.name).split()[-1]].append(person)
    for source, p in partial:
        candidates = surnames.get(norm(p.name), [])
        if len(candidates) == 1:
            _absorb(candidates[0], p)
            _add_unique(candidates[0].aliases, [p.name])
            by_article[(source, p.id)] = candidates[0].id
        elif not candidates and (p.roles or p.addressed or (source, p.id) in speakers):
            place(source, p)  # "party chief executive Lord Smith", "Lord Smith said": a person, never named in full
    for person in full:
        person.aliases = [a for a in person.aliases if norm(a) != norm(person.name)]
        person.roles = _merge_roles(person.roles)
    return full, by_article, dict(spellings)


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


def _event_label(e: Event) -> str:
    return f"{e.date or 'undated'} {e.summary[:50]}"


def _merge_events(events: list[Event]) -> tuple[list[Event], Aka]:
    """One event per date and set of participants (overlapping, or none on both sides) when
    `same_event` says so; an undated one only with its very words. Each merged event keeps
    the first item's date text and summary (the earliest source's) and takes its id from them."""
    by_date: dict[str | None, list[Event]] = defaultdict(list)
    out: list[Event] = []
    labels: dict[int, list[str]] = {}
    for e in events:
        if e.date and not e.people:  # naming no one: one told in the same words first ("a fire in 1834", not "records date back to 1834")
            unpeopled = [o for o in by_date[e.date] if not o.people]
            same = next((o for o in unpeopled if _share_words(o, e, names=False)), None) or next((o for o in unpeopled if same_event(o, e)), None)
        else:
            same = next((o for o in by_date[e.date] if same_event(o, e)), None)
        if same is None:
            merged = Event(e.id, e.date, e.date_text, e.summary, list(e.people), list(e.organizations), list(e.evidence))
            by_date[e.date].append(merged)
            out.append(merged)
            labels[id(merged)] = [_event_label(e)]
        else:
            _add_unique(same.people, e.people)
            _add_unique(same.organizations, e.organizations)
            _add_unique(same.evidence, e.evidence)
            labels[id(same)].append(_event_label(e))
    ids = Ids()
    for e in out:
        e.id = ids.new(_event_label(e))
    aka = _aka([(e.id, labels[id(e)]) for e in out])
    return sorted(out, key=lambda e: (e.date is None, e.date or "")), aka


def same_event(a: Event, b: Event) -> bool:
    """Whether `b` tells the event `a` (already in the story): the same date, and an undated
    one in the very same words ("Tuesday's event" twice); one naming people with someone in
    common, when `_same_happening` says so; one naming no one with another naming no one that
    shares its words or is the same happening. Used by the merge and again after corrections."""
    if a.date != b.date:
        return False
    if not b.date:
        return norm(a.summary) == norm(b.summary)
    if b.people:
        return bool(set(a.people) & set(b.people)) and _same_happening(a, b)
    return not a.people and (_share_words(a, b, names=False) or _same_happening(a, b, names=False))


def _same_happening(a: Event, b: Event, names: bool = True) -> bool:
    """Two events of one date with the same people: one, when two sources tell it, when the
    date is a day, or when they share words; one article's two events of a year stay two
    ("named foreign secretary after the 1998 reshuffle", "told a paper in 1998")."""
    return _sources(a.evidence) != _sources(b.evidence) or len(b.date or "") == 10 or _share_words(a, b, names)


def _share_words(a: Event, b: Event, names: bool = True) -> bool:
    """Whether two summaries share a word beyond their date (and, unless `names`, the names in
    them): "a fire in 1834" and "the fire which destroyed ... in 1834" do; "records date back
    to 1834" does not, nor, without names, "Acme issued a warning in January" and "last month
    Acme said it needed cash"."""
    return any(not w.isdigit() for w in content_words(_undated(a, names)) & content_words(_undated(b, names)))


def _undated(event: Event, names: bool) -> str:
    """An event's summary without its date ("last month"), and without its capitalized words
    (names, and a first word) unless `names`."""
    summary = event.summary.replace(event.date_text, " ") if event.date_text else event.summary
    return summary if names else " ".join(w for w in summary.split() if not w[:1].isupper())


def _sources(items) -> set[str]:
    return {ev.source for ev in items}


def _merge_reactions(reactions: list[Reaction]) -> tuple[list[Reaction], Aka]:
    """One entry per statement: the same quote in several sources, worded differently or
    quoted in part, becomes one entry whose `variants` keep each source's wording."""
    by_speaker: dict[str | None, list[Reaction]] = defaultdict(list)
    out: list[Reaction] = []
    ids = Ids()
    words: dict[int, set[str]] = {}  # id(merged reaction) -> its content words, computed once
    normal: dict[int, str] = {}  # id(merged reaction) -> its normalized text
    labels: dict[int, list[str]] = {}
    for r in reactions:
        r_norm, r_words = norm(r.text), content_words(r.text)
        same = next((m for m in by_speaker[r.speaker] if _same_said(m, normal[id(m)], words[id(m)], r, r_norm, r_words)), None)
        if same is None:
            merged = Reaction(ids.new(_reaction_label(r)), r.speaker, r.kind, r.text, r.stance, list(r.variants), list(r.evidence))
            words[id(merged)], normal[id(merged)] = r_words, r_norm
            by_speaker[r.speaker].append(merged)
            out.append(merged)
            labels[id(merged)] = [_reaction_label(r)]
            continue
        labels[id(same)].append(_reaction_label(r))
        if normal[id(same)] != r_norm:
            if not same.variants:
                same.variants = [Variant(ev.source, same.text) for ev in same.evidence[:1]]
            source = r.evidence[0].source
            if all(v.source != source for v in same.variants):
                same.variants.append(Variant(source, r.text))
        _add_unique(same.evidence, r.evidence)
    return out, _aka([(r.id, labels[id(r)]) for r in out])


def _reaction_label(r: Reaction) -> str:
    return f"{r.speaker or ''} {r.text[:50]}"


def same_reaction(a: Reaction, b: Reaction) -> bool:
    """Whether `b` is the statement `a` (already in the story): same speaker and kind, and the
    same words, or, for quotes from different sources, the same statement worded otherwise.
    Used by the merge and again after corrections (a merge or reattribute joins speakers)."""
    return _same_said(a, norm(a.text), content_words(a.text), b, norm(b.text), content_words(b.text))


def _same_said(a: Reaction, a_norm: str, a_words: set[str], b: Reaction, b_norm: str, b_words: set[str]) -> bool:
    if a.speaker != b.speaker or a.kind != b.kind:
        return False
    return a_norm == b_norm or (
        b.kind == "quote" and _sources(b.evidence).isdisjoint(_sources(a.evidence)) and same_statement(a_words, b_words)
    )


def _merge_figures(figures: list[Figure]) -> tuple[list[Figure], Aka]:
    seen: dict[tuple[float, str], Figure] = {}
    out: list[Figure] = []
    ids = Ids()
    labels: dict[int, list[str]] = {}
    for f in figures:
        key = (f.value, norm(f.what))
        if key in seen:
            _add_unique(seen[key].evidence, f.evidence)
            labels[id(seen[key])].append(f"{f.text} {f.what}"[:60])
            continue
        merged = Figure(ids.new(f"{f.text} {f.what}"[:60]), f.value, f.text, f.what, f.attributed_to, list(f.evidence))
        seen[key] = merged
        out.append(merged)
        labels[id(merged)] = [f"{f.text} {f.what}"[:60]]
    return out, _aka([(f.id, labels[id(f)]) for f in out])


def merge(per_article: list[Facts]) -> Facts:
    return merge_story(per_article)[0]


def merge_story(per_article: list[Facts]) -> tuple[Facts, Aka]:
    """The story, and for each id a fact would have from one of its sources' own items, the
    facts that have such an item (see the module docstring)."""
    sources = [a for f in per_article for a in f.sources]
    per_article = sorted(per_article, key=_rank)
    people, person_ids, spellings = _merge_people(per_article)
    orgs, org_ids = _merge_orgs(per_article)
    events: list[Event] = []
    reactions: list[Reaction] = []
    figures: list[Figure] = []
    addressings: list[Addressing] = []
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
        for a in f.addressings:
            author = person_ids.get((source, a.author)) or org_ids.get((source, a.author))
            if author:
                recipients = [person_ids.get((source, r)) or org_ids.get((source, r)) or r for r in a.recipients]
                addressings.append(Addressing(author, a.item, recipients, a.evidence))
    merged_figures, figure_aka = _merge_figures(figures)
    merged_reactions, reaction_aka = _merge_reactions(reactions)
    merged_events, event_aka = _merge_events(events)
    named = [(x.id, [x.name, *x.aliases]) for x in [*people, *orgs]]
    aka: Aka = defaultdict(list)
    for part in (_aka(named), event_aka, reaction_aka, figure_aka):
        for slug, ids in part.items():
            aka[slug] += ids
    story = Facts(
        sources=sources,
        people=people,
        organizations=orgs,
        events=merged_events,
        reactions=merged_reactions,
        figures=merged_figures,
        discrepancies=discrepancies.find(people, spellings, merged_reactions, addressings, merged_figures),
        addressings=addressings,
    )
    return story, dict(aka)
