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
from generator.records import Article, Event, Evidence, Facts, Person, Reaction

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
                (o for o in unpeopled if merge.same_event(o, e)), None)
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
