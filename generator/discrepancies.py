"""Where the sources disagree: name spellings, titles, the wording of one statement, the
addressees of one message, and numbers for the same thing. Each discrepancy keeps what
every source says and the sentences it says it in."""

from __future__ import annotations

from collections import defaultdict

from generator.ids import Ids
from generator.records import Addressing, Discrepancy, Evidence, Figure, Person, Reaction
from generator.textsim import norm


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def _titles_by_source(person: Person) -> dict[str, list[str]]:
    """Each source's titles for a person, in the order of the person's roles: one pass over
    the evidence, not one per source (a person in hundreds of sources made that quadratic)."""
    out: dict[str, list[str]] = defaultdict(list)
    for role in person.roles:
        for source in dict.fromkeys(ev.source for ev in role.evidence):
            out[source].append(role.title)
    return out


def find(
    people: list[Person],
    spellings: dict[str, dict[str, str]],
    reactions: list[Reaction],
    addressings: list[Addressing],
    figures: list[Figure],
) -> list[Discrepancy]:
    names = {p.id: p.name for p in people}
    ids = Ids()
    out: list[Discrepancy] = []

    def add(what: str, values: dict[str, str], evidence: list[Evidence]) -> None:
        out.append(Discrepancy(ids.new(what), what, dict(sorted(values.items())), evidence))

    for person in people:
        spelled = spellings.get(person.id, {})
        if len(set(spelled.values())) > 1:
            evidence = [ev for ev in person.evidence if ev.source in spelled]
            add(f"spelling of {person.name}'s name", spelled, evidence)
        titles: dict[str, set[str]] = defaultdict(set)
        for role in person.roles:
            title = norm(role.title)
            for ev in role.evidence:
                titles[ev.source].add(title)
        if len(titles) > 1 and not set.intersection(*titles.values()):
            said = _titles_by_source(person)
            by_source = {s: "; ".join(said[s]) for s in titles}
            add(f"title of {person.name}", by_source, [ev for r in person.roles for ev in r.evidence])

    for r in reactions:
        wordings = {v.source: v.text for v in r.variants}
        if len(set(map(norm, wordings.values()))) > 1:
            speaker = names.get(r.speaker or "", r.speaker or "someone")
            add(f"wording of {speaker}'s statement", wordings, r.evidence)

    messages: dict[tuple[str, str], list[Addressing]] = defaultdict(list)
    for a in addressings:
        messages[(a.author, a.item)].append(a)
    for (author, item), reports in messages.items():
        by_source: dict[str, list[str]] = {}
        for a in reports:
            for ev in a.evidence:
                seen = by_source.setdefault(ev.source, [])
                seen += [names.get(r, r) for r in a.recipients if names.get(r, r) not in seen]
        if len(by_source) > 1 and len({frozenset(v) for v in by_source.values()}) > 1:
            values = {s: _join(v) for s, v in by_source.items()}
            add(f"addressees of {names.get(author, author)}'s {item}", values, [ev for a in reports for ev in a.evidence])

    by_what: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_what[norm(f.what)].append(f)
    for group in by_what.values():
        counted: dict[str, str] = {}
        for f in group:
            for ev in f.evidence:
                counted.setdefault(ev.source, f.text)
        if len({f.value for f in group}) > 1 and len(counted) > 1 and len(set(counted.values())) > 1:
            add(f"number of {group[0].what}", counted, [ev for f in group for ev in f.evidence])
    return out
