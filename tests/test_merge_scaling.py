"""Merging grows linearly with the story (issue 18), and its indexes change nothing.

No timings: the scaling tests count the calls of the comparisons and normalizations the
merge makes (a quadratic merge compares each new event or statement with every earlier
one: twice the articles, four times the calls). The equivalence tests hold the indexed
merge of events and statements to the plain scan it replaced, on seeded random stories
full of near-duplicates.
"""

from __future__ import annotations

import random
from collections import Counter
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest

from generator import merge
from generator.records import Article, Event, Evidence, Facts, Organization, Person, Reaction

# Every comparison or normalization the merge might repeat per pair of items, old or new.
COUNTED = ("norm", "content_words", "same_event", "_share_words", "_same_happening", "_words",
           "_same_said", "_same_person", "_similar")


def _word(i: int, kind: str) -> str:
    """A made-up content word unique to `i`: 'qkbzv'-like letters, never a stop word."""
    letters = "bcdfghjklmnpqrstvwxz"
    out = ""
    while True:
        i, r = divmod(i, len(letters))
        out += letters[r]
        if not i:
            return f"{kind}{out}z"


def _article(i: int) -> Facts:
    """Article `i` of a synthetic story: each article adds an undated event, an event of 2005
    naming a person of its own, and two quotes of one speaker in words of its own, and
    repeats an undated event and a quote that every article tells."""
    source = f"a{i:05d}"
    ev = [Evidence(source, f"Sentence {n} of article {i}.") for n in range(8)]
    own = [f"{_word(i, k)} {_word(i, k + 'x')} {_word(i, k + 'y')}" for k in ("ev", "dt", "qa", "qb")]
    speaker = Person("alex-morgan", "Alex Morgan", sources=[source], evidence=ev[:1])
    own_person = Person("own", f"{_word(i, 'fn').title()} {_word(i, 'sn').title()}", sources=[source], evidence=ev[7:])
    events = [
        Event("u1", None, "", f"Undated happening {own[0]}", evidence=ev[1:2]),
        Event("u2", None, "", "The inquiry published its report", evidence=ev[2:3]),
        Event("d1", "2005", "2005", f"Morgan {own[1]} in 2005", people=["own"], evidence=ev[3:4]),
    ]
    reactions = [
        Reaction("r1", "alex-morgan", "quote", f"We will {own[2]} soon", evidence=ev[4:5]),
        Reaction("r2", "alex-morgan", "quote", f"Nobody can {own[3]} today", evidence=ev[5:6]),
        Reaction("r3", "alex-morgan", "quote", "The report changes nothing for the families", evidence=ev[6:7]),
    ]
    article = Article(source, Path(f"{source}.txt"), source, "text", published=date(2005, 1, 1))
    return Facts(sources=[article], people=[speaker, own_person], events=events, reactions=reactions)


def _calls(articles: int, monkeypatch: pytest.MonkeyPatch) -> Counter[str]:
    """How often a merge of a synthetic story of `articles` articles calls each COUNTED function."""
    calls: Counter[str] = Counter()

    def counting(name: str, fn: Callable) -> Callable:
        def counted(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
            calls[name] += 1
            return fn(*args, **kwargs)
        return counted

    with monkeypatch.context() as patch:
        for name in COUNTED:
            if hasattr(merge, name):
                patch.setattr(merge, name, counting(name, getattr(merge, name)))
        story = merge.merge([_article(i) for i in range(articles)])
    assert len(story.events) == articles * 2 + 1 and len(story.reactions) == articles * 2 + 1
    return calls


def test_merge_work_grows_linearly_with_undated_events_and_statements(monkeypatch: pytest.MonkeyPatch) -> None:
    small, large = _calls(150, monkeypatch), _calls(300, monkeypatch)
    assert sum(large.values()) <= 2.2 * sum(small.values()), (small, large)  # quadratic: about 4x
    for name in large:
        assert large[name] <= 2.2 * small[name] + 10, (name, small[name], large[name])


def _random_events(rng: random.Random, n: int) -> list[Event]:
    """Events in merge order from a few sources, drawn from small pools of dates, people and
    words so that many share a date, a person or a word, and some repeat in the same words.
    Each has its own evidence sentence: the merged evidence shows which joined which."""
    words = ["fire", "vote", "strike", "budget", "report", "Acme", "Lord", "Smith", "talks", "crash"]
    out = []
    for k in range(n):
        source = f"s{k * 6 // n}" if rng.random() < 0.7 else rng.choice(["s0", "s1", "s2"])  # a source may come back
        when = rng.choice([None, None, "2005", "2005-01", "2005-01-10", "1998"])
        summary = " ".join(rng.sample(words, rng.randint(1, 3))) + (f" in {when[:4]}" if when else "")
        people = rng.sample(["p1", "p2", "p3", "p4"], rng.choice([0, 0, 1, 2]))
        text = when[:4] if when and rng.random() < 0.7 else ""
        out.append(Event(f"e{k}", when, text, summary, people, rng.sample(["o1", "o2"], rng.randint(0, 1)),
                         [Evidence(source, f"{k}: {summary}.")]))
    return out


def _add_new(target: list, items: list) -> None:
    target += [x for x in dict.fromkeys(items) if x not in target]


def _plain_events(events: list[Event]) -> list[Event]:
    """The merge of events by plain scans over every earlier one (the code before issue 18)."""
    out: list[Event] = []
    for e in events:
        if e.date and not e.people:
            unpeopled = [o for o in out if o.date == e.date and not o.people]
            same = next((o for o in unpeopled if merge._share_words(o, e, names=False)), None) or next(
                (o for o in unpeopled if merge.same_event(o, e)), None) or next(
                (o for o in out if o.date == e.date and o.people and merge.same_event(o, e)), None)  # then one it mentions
        else:
            same = next((o for o in out if merge.same_event(o, e)), None)
        if same is None:
            out.append(Event(e.id, e.date, e.date_text, e.summary, list(e.people), list(e.organizations), list(e.evidence)))
        else:
            _add_new(same.people, e.people)
            _add_new(same.organizations, e.organizations)
            _add_new(same.evidence, e.evidence)
    return sorted(out, key=lambda e: (e.date is None, e.date or ""))


def _event_fields(events: list[Event]) -> list[tuple]:
    return [(e.date, e.date_text, e.summary, e.people, e.organizations, e.evidence) for e in events]


@pytest.mark.parametrize("seed", range(6))
def test_indexed_event_merge_equals_the_plain_scan(seed: int) -> None:
    events = _random_events(random.Random(seed), 400)
    indexed, _ = merge._merge_events(events)
    assert _event_fields(indexed) == _event_fields(_plain_events(events))
    assert len(indexed) < len(events) * 0.8  # many joined: the test compares real merges


def _random_reactions(rng: random.Random, n: int) -> list[Reaction]:
    words = ["hospitals", "schools", "pensions", "families", "country", "budget", "protects", "winter", "towns", "rebuild"]
    out = []
    for k in range(n):
        source = f"s{k * 8 // n}" if rng.random() < 0.7 else rng.choice(["s0", "s1", "s2"])
        text = " ".join(rng.sample(words, rng.randint(1, 6)))
        out.append(Reaction(f"r{k}", rng.choice(["ann", "tom", "org"]), rng.choice(["quote", "quote", "paraphrase"]),
                            text.capitalize() + rng.choice([".", "!", ""]), evidence=[Evidence(source, f"{k}: {text}")]))
    return out


def _plain_reactions(reactions: list[Reaction]) -> list[Reaction]:
    """The merge of statements by a plain scan, with `same_reaction`, over every earlier one."""
    out: list[Reaction] = []
    for r in reactions:
        same = next((m for m in out if merge.same_reaction(m, r)), None)
        if same is None:
            out.append(Reaction(r.id, r.speaker, r.kind, r.text, evidence=list(r.evidence)))
        else:
            _add_new(same.evidence, r.evidence)
    return out


def _reaction_fields(reactions: list[Reaction]) -> list[tuple]:
    return [(r.speaker, r.kind, r.text, r.evidence) for r in reactions]


@pytest.mark.parametrize("seed", range(6))
def test_indexed_statement_merge_equals_the_plain_scan(seed: int) -> None:
    reactions = _random_reactions(random.Random(seed), 400)
    indexed, _ = merge._merge_reactions(reactions)
    assert _reaction_fields(indexed) == _reaction_fields(_plain_reactions(reactions))
    assert len(indexed) < len(reactions) * 0.8


_BODIES = [["Quorvin Board", "QB", "Board of Quorvin"], ["Teplar Unit", "TU", "Teplar"], ["Vastrel Group", "VG"],
           ["Ossik Council", "Ossik", "OC"]]  # the names of four bodies


def _random_org_story(rng: random.Random, n: int) -> list[Facts]:
    """Articles naming a few organizations each, by names of four bodies and aliases of the same
    body (full names, acronyms, "Board of X"), so that many join one merged earlier and some
    name two merged ones as one body (which joins those two)."""
    out = []
    for k in range(n):
        source = f"s{k:04d}"
        named = [rng.choice(body) for body in rng.sample(_BODIES, rng.randint(1, 3))]
        orgs = [Organization(f"o{j}", name, rng.sample([b for b in next(b for b in _BODIES if name in b) if b != name],
                                                        rng.choice([0, 0, 0, 1])),
                             [source], [Evidence(source, f"{k}.{j}: {name}.")])
                for j, name in enumerate(named)]
        article = Article(source, Path(f"{source}.txt"), source, "text", published=date(2005, 1, 1))
        out.append(Facts(sources=[article], organizations=orgs))
    return out


def _plain_orgs(facts: list[Facts]) -> tuple[list[Organization], dict[tuple[str, str], str]]:
    """The merge of organizations as it was before its joins were indexed: a join re-pointed
    every entry of every index that named the one joined, and every place was made again."""
    ids = merge.Ids()
    by_name: dict[str, Organization] = {}
    by_bare: dict[str, Organization] = {}
    by_tail: dict[str, Organization | None] = {}
    tail_owner: dict[str, int] = {}
    by_initials: dict[str, Organization] = {}
    by_acronym: dict[str, Organization] = {}
    by_article: dict[tuple[str, str], str] = {}
    out: list[Organization] = []
    unique = merge._Unique()
    for f in facts:
        source = f.sources[0].id
        for o in f.organizations:
            names, bare, initials, acronyms = set(), set(), set(), set()
            for n in [o.name, *o.aliases]:
                named, without = merge._org_keys(n)
                names |= named
                bare |= without
                initials |= merge._org_initials(n)
                acronyms |= merge._org_acronym(n)
            tails = {t for n in names if (t := merge._org_tail(n))}
            place = {id(m): i for i, m in enumerate(out)}
            hits = {id(m): m for m in [*(by_name[k] for k in sorted(names | bare) if k in by_name),
                                        *(by_bare[k] for k in sorted(names) if k in by_bare),
                                        *(by_tail[k] for k in sorted(names) if by_tail.get(k) is not None),
                                        *(by_name[k] for k in sorted(tails) if k in by_name and k not in tail_owner),
                                        *(by_initials[k] for k in sorted(acronyms) if k in by_initials),
                                        *(by_acronym[k] for k in sorted(initials) if k in by_acronym)]}
            found = sorted(hits.values(), key=lambda m: place[id(m)])
            if not found:
                merged = Organization(ids.new(o.name), o.name)
                out.append(merged)
            else:
                merged = found[0]
                for other in found[1:]:
                    merge._absorb_org(merged, other, unique)
                    out.remove(other)
                    for index in (by_name, by_bare, by_initials, by_acronym, by_tail):
                        for k, v in index.items():
                            if v is other:
                                index[k] = merged
                    for k, v in by_article.items():
                        if v == other.id:
                            by_article[k] = merged.id
            for k in names:
                by_name.setdefault(k, merged)
            for k in bare:
                by_bare.setdefault(k, merged)
            for k in tails:
                if tail_owner.setdefault(k, id(merged)) != id(merged):
                    by_tail[k] = None
                else:
                    by_tail.setdefault(k, merged)
            for k in initials:
                by_initials.setdefault(k, merged)
            for k in acronyms:
                by_acronym.setdefault(k, merged)
            merge._absorb_org(merged, Organization(o.id, o.name, list(o.aliases), list(o.sources), list(o.evidence)), unique)
            by_article[(source, o.id)] = merged.id
    return out, by_article


@pytest.mark.parametrize("seed", range(6))
def test_indexed_organization_joins_equal_the_plain_scan(seed: int) -> None:
    story = _random_org_story(random.Random(seed), 300)
    merged, by_article = merge._merge_orgs(story)
    plain, plain_by_article = _plain_orgs(story)
    assert merged == plain and by_article == plain_by_article
    assert len(merged) == len(_BODIES)  # many named each body apart, then joined: the test compares real joins


def test_organization_merge_work_grows_linearly(monkeypatch: pytest.MonkeyPatch) -> None:
    """Items enumerated in the merge of organizations (the places of the merged ones were once
    made again on every join: twice the articles, four times the items)."""

    def enumerated(articles: int) -> int:
        count = 0

        def counting(items, start=0):  # noqa: ANN001, ANN202
            nonlocal count
            for pair in enumerate(items, start):
                count += 1
                yield pair

        story = [Facts(sources=[Article(f"s{k:04d}", Path(f"s{k:04d}.txt"), "", "text", published=date(2005, 1, 1))],
                       organizations=[Organization("o1", "Quorvin Board", [], [f"s{k:04d}"]),
                                      Organization("o2", f"Teplar {_word(k, 'org').title()} Unit", [], [f"s{k:04d}"])])
                 for k in range(articles)]
        with monkeypatch.context() as patch:
            patch.setattr(merge, "enumerate", counting, raising=False)
            merged, _ = merge._merge_orgs(story)
        assert len(merged) == articles + 1
        return count

    small, large = enumerated(200), enumerated(400)
    assert large <= 2.2 * small + 10, (small, large)
