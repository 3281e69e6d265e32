"""How the sources differ: real disagreements apart from wording, each stated in one line
that names the outlets, every outlet's sentence beside the others'. Invented stories."""

from __future__ import annotations

import re
from pathlib import Path

from conftest import ROOT

from generator import discrepancies, facts
from generator.records import Article, Discrepancy, Event, Evidence, Facts, Figure, Person, Reaction, Role, Variant
from generator.render import inert, render_pages

OUTLETS = {"a": "Daily Ledger", "b": "Evening Post", "c": "Harbour Times"}
SOURCES = [Article(s, Path(f"{s}.txt"), f"Headline of {s}", "text", outlet=o) for s, o in OUTLETS.items()]


def find(people=(), spellings=None, reactions=(), figures=(), events=()) -> list[Discrepancy]:
    return discrepancies.find(list(people), spellings or {}, list(reactions), [], list(figures), list(events), SOURCES)


def said(source: str, text: str) -> Evidence:
    return Evidence(source, text, 0, len(text))


def statement(*variants: tuple[str, str]) -> Reaction:
    return Reaction("r1", "dana-cole", "quote", variants[0][1], variants=[Variant(s, t) for s, t in variants],
                    evidence=[said(s, f"“{t}” she said.") for s, t in variants])


def titled(*titles: tuple[str, str]) -> Person:
    roles = [Role(title, evidence=[said(s, f"{title} Dana Cole spoke.")]) for s, title in titles]
    return Person("dana-cole", "Dana Cole", roles=roles, sources=sorted({s for s, _ in titles}))


def counted(*numbers: tuple[str, float, str]) -> list[Figure]:
    return [Figure(f"f{i}", value, text, "people killed in the flood", evidence=[said(s, f"The flood killed {text} people.")])
            for i, (s, value, text) in enumerate(numbers)]


def test_a_partial_quote_against_the_full_one_is_wording() -> None:
    full = "The new bridge will carry ten thousand cars a day across the river by spring."
    [d] = find(people=[titled(("a", "Mayor"))], reactions=[statement(("a", full), ("b", "carry ten thousand cars a day"))])
    assert (d.kind, d.statement) == ("wording", "Sources quote Dana Cole's statement in part and in full")


def test_a_title_inside_a_longer_one_is_wording_a_different_office_is_a_role() -> None:
    [d] = find(people=[titled(("a", "President"), ("b", "U.S. President"))])
    assert d.kind == "wording" and d.values == {"a": "President", "b": "U.S. President"}
    [d] = find(people=[titled(("a", "President"), ("b", "Vice President"))])
    assert d.kind == "role"  # a qualifier that makes it another office
    [d] = find(people=[titled(("a", "Defense Minister"), ("b", "Finance Minister"))])
    assert d.kind == "role"
    assert d.statement == "Sources give different titles for Dana Cole: Defense Minister (Daily Ledger), Finance Minister (Evening Post)"


def test_two_numbers_for_one_thing_are_a_disagreement_naming_both_outlets() -> None:
    [d] = find(figures=counted(("a", 12, "12"), ("b", 15, "15")))
    assert d.kind == "number" and d.values == {"a": "12", "b": "15"}
    assert d.statement == "Sources give different numbers for people killed in the flood: 12 (Daily Ledger), 15 (Evening Post)"
    other_things = [Figure("f1", 5, "five", "states", evidence=[said("a", "Moratoriums on evictions expire in five states.")]),
                    Figure("f2", 23, "23", "states", evidence=[said("b", "In the 23 states with data, most deaths were in care homes.")])]
    assert find(figures=other_things) == []  # the same noun, counting different things


def test_values_equal_after_normalization_or_a_piece_of_another_are_not_shown() -> None:
    assert find(reactions=[statement(("a", "We will rebuild the bridge."), ("b", "we will rebuild the bridge"))]) == []
    assert find(people=[titled(("a", "Defense Minister"), ("b", "defense minister."))]) == []
    assert find(spellings={"dana-cole": {"a": "Dana Cole", "b": "DANA COLE"}}, people=[titled(("a", "Mayor"))]) == []
    assert find(figures=counted(("a", 1139, "1,139"), ("b", 139, "139"))) == []  # "139" read off "1,139": an extraction error


def test_a_denial_of_what_another_outlet_reports_is_a_contradicting_account() -> None:
    told = Event("mayor-told-council", "2025-03-03", "Monday", "mayor told the council",
                 evidence=[said("a", "The mayor told the council about the closure of the harbour on Monday.")])
    denial = Reaction("council-said", "harbour-council", "paraphrase", "denied",
                      evidence=[said("b", "The council denied that the mayor told it about the closure of the harbour.")])
    [d] = find(events=[told], reactions=[denial])
    assert d.kind == "account" and set(d.values) == {"a", "b"}
    assert "Daily Ledger reports it" in d.statement and "Evening Post reports it denied" in d.statement
    unrelated = Reaction("other", "harbour-council", "paraphrase", "denied",
                         evidence=[said("b", "The council denied any plan to raise parking fees downtown.")])
    assert find(events=[told], reactions=[unrelated]) == []
    same_outlet = Reaction("same", "harbour-council", "paraphrase", "denied",
                           evidence=[said("a", "The council denied that the mayor told it about the closure of the harbour.")])
    assert find(events=[told], reactions=[same_outlet]) == []  # one outlet giving both sides is one account


def test_a_claim_is_paired_with_the_first_denial_that_fits_wherever_its_sentence_stands() -> None:
    claim = "The mayor told the council about the closure of the harbour on Monday."
    first = "The council denied that the mayor told it about the closure of the harbour."
    second = "Harbour staff denied that the mayor told the council about any closure."
    bodies = {"a": f"Intro line.\n{claim}", "b": f"{first}\nMore.", "c": "Nothing in this text says so."}
    sources = [Article(s, Path(f"{s}.txt"), f"Headline of {s}", bodies[s], outlet=o) for s, o in OUTLETS.items()]
    told = Event("mayor-told-council", "2025-03-03", "Monday", "mayor told the council",
                 evidence=[Evidence("a", claim, 12, 12 + len(claim))])  # its article's text at its offsets
    by_b = Reaction("b-said", "harbour-council", "paraphrase", "denied", evidence=[Evidence("b", first, 0, len(first))])
    by_c = Reaction("c-said", "harbour-staff", "paraphrase", "denied",
                    evidence=[Evidence("c", second, 0, len(second))])  # not its article's text: read as it is

    def denier(reactions: list[Reaction]) -> str:
        [d] = discrepancies.find([], {}, reactions, [], [], [told], sources)
        assert d.kind == "account" and d.evidence[0].text == claim
        return d.evidence[1].source

    assert denier([by_b, by_c]) == "b" and denier([by_c, by_b]) == "c"  # the first that fits, in the story's order
    assert denier([by_c]) == "c"  # a cue no article's text holds is still found in the sentence


def _story() -> Facts:
    full = "The new bridge will carry ten thousand cars a day across the river by spring."
    return Facts(
        sources=SOURCES,
        people=[titled(("a", "President"), ("b", "U.S. President"), ("c", "President"))],
        reactions=[statement(("a", full), ("b", "carry ten thousand cars a day"))],
        figures=counted(("a", 12, "12"), ("b", 15, "15"), ("c", 15, "15")),
    )


def test_the_page_states_real_disagreements_by_kind_then_wording() -> None:
    story = _story()
    story.discrepancies = discrepancies.find(story.people, {}, story.reactions, [], story.figures, [], story.sources)
    sheets = facts.to_sheets(story)
    assert [(d["what"], d["kind"]) for d in sheets["discrepancies"]] == [
        ("title of Dana Cole", "wording"), ("wording of Dana Cole's statement", "wording"),
        ("number of people killed in the flood", "number"),
    ]
    page = render_pages(sheets, ROOT / "templates", {})["differences.md"]
    headings = re.findall(r"^## (.+)$", page, re.M)
    assert headings == ["Numbers", "Wording and spelling"]  # one heading per kind, the real ones first
    number = page.split("## Numbers")[1].split("## Wording")[0]
    said_ = "Sources give different numbers for people killed in the flood: 12 (Daily Ledger), 15 (Evening Post), 15 (Harbour Times)"
    assert f'<p class="difference-statement">{inert(said_)}</p>' in number
    for source, outlet in OUTLETS.items():  # every outlet, by name, with its own sentence
        assert f"**[{outlet}](sources/{source}.md)**" in number
    assert number.count("The flood killed") == 3 and number.count('class="difference-side"') == 3
    wording = page.split("## Wording and spelling")[1]
    assert "<details" in wording and "in part and in full" in wording


def test_an_editors_discrepancy_without_a_kind_is_shown_as_one() -> None:
    sheets = facts.to_sheets(_story())
    sheets["discrepancies"] = [{"id": "d1", "what": "date of the vote", "values": {"a": "Monday", "b": "Tuesday"}, "added_by_editor": True}]
    page = render_pages(sheets, ROOT / "templates", {})["differences.md"]
    assert re.findall(r"^## (.+)$", page, re.M) == ["Other differences"] and "### Date of the vote" in page
    assert "Monday" in page and "Tuesday" in page and "Added by the editors" in page


def test_one_outlet_giving_an_account_and_its_denial_is_a_contradicting_account() -> None:
    body = ("The storm closed the port on Monday. The Gazette reported that Gen. Ray Holt sold the harbour land to a friend. "
            "Holt denied the report, calling it a smear.\n"
            "The council said the port reopens in May.\nThe mayor has rejected the claim.\n"
            "The sale closed in March. Holt's office denied the report.")
    story = [Article("a", Path("a.txt"), "Headline of a", body, outlet="Daily Ledger")]
    [d] = discrepancies.find([], {}, [], [], [], [], story)
    claim, denial = d.evidence
    assert d.kind == "account" and d.values == {"a": "Holt denied the report, calling it a smear."}
    assert claim.text == "The Gazette reported that Gen. Ray Holt sold the harbour land to a friend."  # "Gen." ends no sentence
    assert body[claim.start : claim.end] == claim.text and body[denial.start : denial.end] == denial.text
    assert d.statement == "Accounts contradict each other: Daily Ledger reports an account and its denial"
    # a denial opening its paragraph, or after a sentence that reports no one's words, has no account to pair with



def test_a_long_list_splits_real_disagreements_first_and_the_index_names_the_kinds() -> None:
    from generator.render import Limits

    sheets = facts.to_sheets(_story())
    kinds = ["wording", "number", "wording", "account", "wording", "number", "role"]
    sheets["discrepancies"] = [{"id": f"d{n}", "what": f"thing {n}", "kind": kind, "statement": f"Statement {n}",
                                "values": {"a": f"x{n}", "b": f"y{n}"}, "evidence": []} for n, kind in enumerate(kinds)]
    pages = render_pages(sheets, ROOT / "templates", {}, Limits(differences=3))
    parts = [pages[f"differences/{n}.md"] for n in (1, 2, 3)]
    assert "differences/4.md" not in pages
    order = [re.findall(r"Statement (\d)", page) for page in parts]
    assert order == [["1", "5", "6"], ["3", "0", "2"], ["4"]]  # numbers, role, account, then wording
    assert "Numbers (2) · People and roles (1)" in pages["differences.md"]
    assert "Accounts (1) · Wording and spelling (2)" in pages["differences.md"]


def reported(source: str, date: str, text: str, places: tuple[str, ...] = ()) -> Event:
    return Event(f"vote-{source}", date, date, "council vote", ["dana-cole"], evidence=[said(source, text)], places=list(places))


def test_one_event_on_two_days_in_two_outlets_is_a_date_disagreement() -> None:
    found = find(events=[reported("a", "2024-02-25", "The council vote is on Feb. 25."),
                         reported("b", "2024-02-26", "The council vote is on Feb. 26.")])
    assert [(d.kind, d.statement) for d in found] == [
        ("date", "Sources give different dates for council vote: 2024-02-25 (Daily Ledger), 2024-02-26 (Evening Post)")]
    assert sorted(ev.source for ev in found[0].evidence) == ["a", "b"]


def test_two_dates_months_apart_or_from_one_outlet_are_two_events_not_a_disagreement() -> None:
    apart = [reported("a", "2024-02-25", "The first council vote."), reported("b", "2024-06-26", "The second council vote.")]
    one_outlet = [reported("a", "2024-02-25", "The council vote on Feb. 25."), reported("a", "2024-02-26", "Another council vote.")]
    one_outlet[1].id = "vote-a2"
    assert find(events=apart) == [] and find(events=one_outlet) == []


def test_one_event_in_two_places_is_a_place_disagreement_a_shared_place_is_not() -> None:
    found = find(events=[reported("a", "2024-02-25", "The council vote in Tarrow.", ("Tarrow",)),
                         reported("b", "2024-02-25", "The council vote in Dunmore.", ("Dunmore",))])
    assert [d.kind for d in found] == ["place"] and "Tarrow (Daily Ledger), Dunmore (Evening Post)" in found[0].statement
    shared = find(events=[reported("a", "2024-02-25", "The vote in Tarrow.", ("Tarrow",)),
                          reported("b", "2024-02-25", "The vote in Tarrow town.", ("Tarrow", "Dunmore"))])
    assert shared == []


def test_one_office_whose_body_is_named_two_ways_is_wording() -> None:
    [d] = find(people=[titled(("a", "Tarn Party chairwoman"), ("b", "party chairwoman"), ("c", "TP Chairwoman"))])
    assert d.kind == "wording"


def test_each_claim_is_paired_as_a_plain_scan_of_every_denial_pairs_it() -> None:
    """`_accounts` counts the words a claim shares with every denial at once (a bit per denial):
    the same pairs as comparing the claim with each denial in turn, past 64 denials too."""
    import random

    from generator.textsim import content_words, same_statement

    rng = random.Random(7)
    pool = ["harbour", "council", "closure", "bridge", "ferry", "tunnel", "budget", "mayor", "pier", "toll", "lighthouse",
            "quarry", "orchard", "canal", "depot", "market", "station", "museum", "reservoir", "granary"]
    sources = ["a", "b", "c"]
    denials = [Reaction(f"d{n}", "harbour-council", "paraphrase", "denied",
                        evidence=[said(rng.choice(sources), "The council denied the " + " ".join(rng.sample(pool, 5)) + ".")])
               for n in range(90)]
    events = [Event(f"e{n}", None, None, f"event {n}",
                    evidence=[said(rng.choice(sources), "Officials reported the " + " ".join(rng.sample(pool, 6)) + ".")])
              for n in range(60)]
    expected = []
    cue = {"denied"}
    for event in events:
        claim = event.evidence[0]
        words = content_words(claim.text)
        for denial in (d.evidence[0] for d in denials):
            theirs = content_words(denial.text) - cue
            if len(theirs & words) >= 3 and denial.source != claim.source and same_statement(theirs, words, 0.5):
                expected.append((event.id, claim, denial))
                break
    found = [(e.id, claim, denial) for e, claim, denial in discrepancies._accounts(events, denials)]
    denial_ids = {id(d.evidence[0]): n for n, d in enumerate(denials)}
    assert found == expected and len(expected) > 10
    assert max(denial_ids[id(d)] for _, _, d in found) >= 64  # a denial past the first 64 bits
