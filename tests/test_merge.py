"""Merging articles into one story, both ways: variants join, different people stay apart."""

from __future__ import annotations

from pathlib import Path

from generator.merge import merge
from generator.records import Addressing, Article, Evidence, Facts, Person, Reaction, Role


def article(source: str, people: list[str], reactions: list[Reaction] = (), addressings: list[Addressing] = ()) -> Facts:
    from generator.ids import slugify

    persons = [
        Person(slugify(n), n, sources=[source], evidence=[Evidence(source, f"{n} spoke.")], partial=len(n.split()) == 1)
        for n in people
    ]
    return Facts(
        sources=[Article(source, Path(f"{source}.txt"), source, "text")],
        people=persons,
        reactions=list(reactions),
        addressings=list(addressings),
    )


def names(story: Facts) -> list[str]:
    return [p.name for p in story.people]


def test_name_variants_are_one_person() -> None:
    story = merge([
        article("a", ["Itamar Ben-Gvir", "George W. Bush", "Avigdor Liberman"]),
        article("b", ["Itamar Ben Gvir", "George Bush", "Avigdor Lieberman"]),
    ])
    assert names(story) == ["Itamar Ben-Gvir", "George W. Bush", "Avigdor Liberman"]
    assert all(p.sources == ["a", "b"] for p in story.people)
    spelling = {d.what: d.values for d in story.discrepancies}
    assert spelling["spelling of Avigdor Liberman's name"] == {"a": "Avigdor Liberman", "b": "Avigdor Lieberman"}


def test_names_with_other_middle_initials_are_two_people() -> None:
    story = merge([
        article("a", ["Tom H.W. Hale", "Tom W. Hale", "Ana M. Ruiz"]),
        article("b", ["Tom W. Hale", "Tom Hale", "Ana Ruiz"]),
    ])
    assert names(story) == ["Tom H.W. Hale", "Tom W. Hale", "Ana M. Ruiz"]
    assert [p.sources for p in story.people] == [["a", "b"], ["a", "b"], ["a", "b"]]  # "Tom Hale": the first one


def test_a_surname_transliterated_two_ways_is_one_person() -> None:
    story = merge([
        article("a", ["Karim al-Moussawi", "Ana Marton"]),
        article("b", ["Karim Musawi", "Ana Merten"]),
    ])
    assert names(story) == ["Karim al-Moussawi", "Ana Marton", "Ana Merten"]
    assert [p.sources for p in story.people] == [["a", "b"], ["a"], ["b"]]


def test_two_forms_of_one_given_name_are_one_person() -> None:
    story = merge([
        article("a", ["Tom Hale", "Bill Orme"]),
        article("b", ["Thomas Hale", "William Orme", "Tim Hale"]),
    ])
    assert names(story) == ["Tom Hale", "Bill Orme", "Tim Hale"]
    assert [p.sources for p in story.people] == [["a", "b"], ["a", "b"], ["b"]]


def test_different_people_sharing_a_surname_stay_apart() -> None:
    story = merge([
        article("a", ["Boris Johnson", "Lyndon Johnson", "Mary Smith"]),
        article("b", ["Johnson", "Mark Smith", "John Smith"]),
    ])
    assert names(story) == ["Boris Johnson", "Lyndon Johnson", "Mary Smith", "Mark Smith", "John Smith"]
    boris = story.people[0]
    assert boris.sources == ["a"]  # the lone "Johnson" could be either: joined to neither


def test_lone_surname_joins_the_one_full_name() -> None:
    story = merge([article("a", ["Boris Johnson"]), article("b", ["Johnson"])])
    assert names(story) == ["Boris Johnson"]
    assert story.people[0].sources == ["a", "b"]


def test_a_family_name_written_first_joins_the_person_most_sources_name() -> None:
    story = merge([
        article("a", ["Pak Sun Ho", "Pak Mi Ra"]),
        article("b", ["Pak Sun Ho"]),
        article("c", ["Pak"]),
    ])
    assert names(story) == ["Pak Sun Ho", "Pak Mi Ra"]
    assert story.people[0].sources == ["a", "b", "c"]
    even = merge([article("a", ["Pak Sun Ho"]), article("b", ["Pak Mi Ra"]), article("c", ["Pak"])])
    assert [p.sources for p in even.people] == [["a"], ["b"]]  # either of two named as often: neither


def test_a_lone_name_with_a_title_is_kept_and_one_without_is_dropped() -> None:
    a = article("a", ["Rowan", "Hale"])
    a.people[0].roles.append(Role("chief executive", None, None))
    story = merge([a])
    assert [(p.name, [r.title for r in p.roles]) for p in story.people] == [("Rowan", ["chief executive"])]


def test_a_lone_surname_an_article_told_apart_from_its_namesakes_stays_apart() -> None:
    # "President Varnell's children, Tom Varnell Jr. and Ana Varnell": the article named the president by the
    # surname alone and the two children in full; "Varnell" is neither child (a "Jr." is of the surname too).
    a = article("a", ["Tom Varnell Jr.", "Ana Varnell", "Varnell"])
    a.people[2].roles.append(Role("President", None, None))
    story = merge([a])
    assert [(p.name, p.aliases, [r.title for r in p.roles]) for p in story.people] == [
        ("Tom Varnell Jr.", [], []), ("Ana Varnell", [], []), ("Varnell", [], ["President"])]
    # Another article's lone "Varnell", naming neither child, could be any of the three: joined to none.
    other = merge([a, article("b", ["Varnell"])])
    assert [p.sources for p in other.people] == [["a"], ["a"], ["a"]]
    # A "Jr." alone in the story is a Varnell: the lone surname joins him.
    junior = merge([article("a", ["Tom Varnell Jr."]), article("b", ["Varnell"])])
    assert [(p.name, p.sources) for p in junior.people] == [("Tom Varnell Jr.", ["a", "b"])]


def test_a_lone_surname_joins_the_namesake_its_article_did_not_name_nor_a_junior() -> None:
    # "Governor Varnell" beside "Tom Varnell Jr.", kept apart in its article, is the story's Tom Varnell.
    a = article("a", ["Tom Varnell Jr.", "Varnell"])
    story = merge([a, article("b", ["Tom Varnell"])])
    assert [(p.name, p.sources) for p in story.people] == [("Tom Varnell Jr.", ["a"]), ("Tom Varnell", ["b", "a"])]
    # A lone "Varnell" naming neither: the one without the suffix, whom news calls by the surname alone.
    story = merge([article("a", ["Tom Varnell Jr."]), article("b", ["Tom Varnell"]), article("c", ["Varnell"])])
    assert [(p.name, p.sources) for p in story.people] == [("Tom Varnell Jr.", ["a"]), ("Tom Varnell", ["b", "c"])]


def test_a_lone_name_that_speaks_or_is_addressed_is_kept() -> None:
    a = article("a", ["Pennick", "Hale", "Rowe"], [quote("a", "pennick", "Giving evidence is hard for every victim.")])
    a.people[2].addressed = True  # "Lord Rowe"
    story = merge([a])
    assert names(story) == ["Pennick", "Rowe"]
    assert story.reactions[0].speaker == "pennick"


def quote(source: str, speaker: str, text: str) -> Reaction:
    return Reaction("q", speaker, "quote", text, evidence=[Evidence(source, f'"{text}" they said.')])


def test_one_statement_in_two_wordings_is_one_entry_with_variants() -> None:
    a = "My responsibility for this terrible failure accompanies me every day and every hour."
    b = "My responsibility for the severe failure follows me every day, every hour."
    other = "We will rebuild the northern towns before the winter."
    story = merge([
        article("a", ["Dana Cohen"], [quote("a", "dana-cohen", a), quote("a", "dana-cohen", other)]),
        article("b", ["Dana Cohen"], [quote("b", "dana-cohen", b)]),
    ])
    assert [(r.text, [(v.source, v.text) for v in r.variants]) for r in story.reactions] == [
        (a, [("a", a), ("b", b)]),
        (other, []),
    ]
    assert {ev.source for ev in story.reactions[0].evidence} == {"a", "b"}
    assert any(d.what == "wording of Dana Cohen's statement" for d in story.discrepancies)


def test_partial_quote_joins_the_full_statement_but_other_speakers_do_not() -> None:
    full = "The budget protects hospitals, schools and pensions for every family in the country."
    story = merge([
        article("a", ["Ann Lee", "Tom Baker"], [quote("a", "ann-lee", full)]),
        article("b", ["Ann Lee", "Tom Baker"], [quote("b", "ann-lee", "protects hospitals, schools and pensions"),
                                               quote("b", "tom-baker", "protects hospitals, schools and pensions")]),
    ])
    assert [(r.speaker, len(r.variants)) for r in story.reactions] == [("ann-lee", 2), ("tom-baker", 0)]


def test_different_addressees_are_a_discrepancy() -> None:
    story = merge([
        article("a", ["Dana Cohen", "Eli Levi", "Ruth Azar"], addressings=[
            Addressing("dana-cohen", "letter", ["eli-levi", "ruth-azar"], [Evidence("a", "a letter to both")])]),
        article("b", ["Dana Cohen", "Ruth Azar"], addressings=[
            Addressing("dana-cohen", "letter", ["ruth-azar"], [Evidence("b", "a letter to Azar")])]),
    ])
    found = {d.what: d.values for d in story.discrepancies}
    assert found["addressees of Dana Cohen's letter"] == {"a": "Eli Levi and Ruth Azar", "b": "Ruth Azar"}


def test_events_of_one_year_naming_no_one_merge_by_their_words() -> None:
    from generator.records import Event

    def event(source: str, summary: str) -> Event:
        return Event(summary[:10], "1834", "1834", summary, evidence=[Evidence(source, summary)])

    one = article("a", [])
    one.events = [event("a", "Records only date back to 1834"), event("a", "the fire which destroyed the buildings in 1834")]
    other = article("b", [])
    other.events = [event("b", "a great fire in 1834")]
    story = merge([one, other])
    assert [e.summary for e in story.events] == ["Records only date back to 1834", "the fire which destroyed the buildings in 1834"]
    assert [sorted(ev.source for ev in e.evidence) for e in story.events] == [["a"], ["a", "b"]]  # the fire, by its words


def test_two_sources_events_naming_no_one_are_one_of_a_day_but_of_a_month_only_when_they_share_words() -> None:
    from generator.records import Event

    def event(source: str, date: str, summary: str) -> Event:
        return Event(summary[:10], date, "last month", summary, evidence=[Evidence(source, summary)])

    one = article("a", [])
    one.events = [event("a", "2025-06", "threatening Tarrow with tariffs last month"),
                  event("a", "2025-07-15", "the rule was announced Monday")]
    other = article("b", [])
    other.events = [event("b", "2025-06", "Lawmakers late last month passed a funding package"),
                    event("b", "2025-07-15", "officials were expected in Dunmore on Monday")]
    story = merge([one, other])
    assert [(e.date, len(e.evidence)) for e in story.events] == [("2025-06", 1), ("2025-06", 1), ("2025-07-15", 2)]


def test_undated_events_merge_only_when_told_in_the_same_words() -> None:
    from generator.records import Event

    one = article("a", [])
    one.events = [Event(s[:8], None, "Tuesday", s, evidence=[Evidence("a", s)])
                  for s in ("Tuesday's event", "Tuesday's event", "Tuesday's vote")]
    assert [e.summary for e in merge([one]).events] == ["Tuesday's event", "Tuesday's vote"]


def test_one_articles_events_of_the_day_at_hand_naming_no_one_are_one_only_when_they_share_a_stem() -> None:
    # "On Tuesday, police formed a cordon" and "funerals were held Tuesday": two happenings of the
    # news day; "Tuesday's cordon" names one told before; a day told by its date ("the 7 March
    # flood", "the 7 March failure") is the one happening the story names by it
    from generator.records import Event

    def event(source: str, date: str, text: str, summary: str) -> Event:
        return Event(summary[:8], date, text, summary, evidence=[Evidence(source, summary)])

    one = article("a", [])
    one.events = [event("a", "2025-03-04", "Tuesday", "On Tuesday, police formed a cordon around the dock"),
                  event("a", "2025-03-04", "Tuesday", "funerals were held Tuesday in Tarrow"),
                  event("a", "2025-03-04", "Tuesday", "the police cordon stayed in place on Tuesday"),
                  event("a", "2025-03-04", "Tuesday", "Tuesday's cordon"),
                  event("a", "2024-03-07", "7 March 2024", "the 7 March 2024 flood"),
                  event("a", "2024-03-07", "7 March", "the 7 March failure")]
    other = article("b", [])
    other.events = [event("b", "2025-03-04", "Tuesday", "mourners gathered at the dock on Tuesday")]
    story = merge([one, other])
    assert [(e.summary, len(e.evidence)) for e in story.events] == [
        ("the 7 March 2024 flood", 2), ("On Tuesday, police formed a cordon around the dock", 4),
        ("funerals were held Tuesday in Tarrow", 1)]


def test_one_articles_two_events_of_a_year_with_one_person_stay_two() -> None:
    from generator.records import Event

    def event(source: str, date: str, summary: str) -> Event:
        return Event(summary[:8], date, date, summary, people=["dan-blunt"], evidence=[Evidence(source, summary)])

    one = article("a", ["Dan Blunt"])
    one.events = [event("a", "2001", "Named home secretary after the 2001 election"),
                  event("a", "2001", "told a paper in 2001 he wore his ring"),
                  event("a", "2001-09-11", "spoke on 11 September 2001"), event("a", "2001-09-11", "flew home on 11 September 2001")]
    other = article("b", ["Dan Blunt"])
    other.events = [event("b", "2001", "became home secretary in 2001")]
    story = merge([one, other])
    # and its two of one day sharing no word beyond the name ("spoke", "flew home") stay two as well
    assert [(e.date, len(e.evidence)) for e in story.events] == [("2001", 2), ("2001", 1), ("2001-09-11", 1), ("2001-09-11", 1)]


def test_one_articles_two_events_of_a_day_with_one_person_sharing_a_stem_are_one() -> None:
    from generator.records import Event

    def event(summary: str) -> Event:
        return Event(summary[:8], "2001-09-11", "11 September", summary, people=["dan-blunt"], evidence=[Evidence("a", summary)])

    one = article("a", ["Dan Blunt"])
    one.events = [event("Dan Blunt will resign on 11 September"), event("Dan Blunt announced his resignation as of 11 September")]
    assert [len(e.evidence) for e in merge([one]).events] == [2]


def test_one_article_s_events_of_a_month_naming_only_a_company_stay_apart() -> None:
    # "In January, Acme issued a warning" and "Last month Acme said it needed cash" share only
    # the company's name and their month: two events; told in the same lowercase words: one
    from generator.records import Event

    def event(summary: str, date_text: str) -> Event:
        return Event("x", "2005-01", date_text, summary, [], [], [Evidence("a", summary)])

    facts = article("a", [])
    facts.events = [
        event("In January, Acme Motors issued its third profits warning in nine months", "January"),
        event("Last month it said it was looking for fresh backing from the Acme group", "Last month"),
        event("Last month, it signed a production agreement with Nissan", "Last month"),
        event("it signed the production agreement with Nissan last month", "last month"),
    ]
    assert len(merge([facts]).events) == 3


def test_a_compound_surname_alone_joins_the_one_full_name_it_ends() -> None:
    story = merge([
        article("a", ["Ana Ruiz Vega", "Ruiz Vega", "Gunman Tom Hale", "Tom Hale"]),
        article("b", ["Ruiz Vega", "Vega"]),
    ])
    assert names(story) == ["Ana Ruiz Vega", "Gunman Tom Hale", "Tom Hale"]
    assert story.people[0].aliases == ["Ruiz Vega", "Vega"] and story.people[0].sources == ["a", "b"]


def test_a_compound_surname_ending_two_full_names_joins_neither() -> None:
    story = merge([article("a", ["Ana Ruiz Vega", "Luis Ruiz Vega"]), article("b", ["Ruiz Vega"])])
    assert names(story) == ["Ana Ruiz Vega", "Luis Ruiz Vega", "Ruiz Vega"]


def test_a_merged_event_keeps_the_earliest_headline_is_scheduled_only_if_every_report_says_so_and_unions_places() -> None:
    from datetime import date

    from generator import facts
    from generator.records import Event

    def told(source: str, published: date, headline: str, status: str, places: list[str]) -> Facts:
        f = article(source, ["Tom Hale"])
        f.sources[0].published = published
        f.events = [Event("e", "2025-03-04", "Tuesday", "Tom Hale resigned on Tuesday", ["tom-hale"],
                          evidence=[Evidence(source, "Tom Hale resigned on Tuesday.")],
                          headline=headline, status=status, places=places)]
        return f

    later = told("b", date(2025, 3, 5), "Tom Hale resigned", "", ["Porto", "Lisbon"])
    earlier = told("a", date(2025, 3, 3), "", "scheduled", ["Lisbon"])
    first = told("c", date(2025, 3, 1), "Tom Hale will resign from the board", "scheduled", [])
    [event] = merge([later, earlier, first]).events
    assert (event.headline, event.status, event.places) == ("Tom Hale will resign from the board", "", ["Lisbon", "Porto"])
    [sheet] = facts.to_sheets(merge([later, earlier, first]))["events"]
    assert (sheet["headline"], "status" in sheet, sheet["places"]) == ("Tom Hale will resign from the board", False, ["Lisbon", "Porto"])
    [both] = merge([told("a", date(2025, 3, 3), "", "scheduled", []), told("c", date(2025, 3, 1), "", "scheduled", [])]).events
    assert (both.headline, both.status, both.places) == ("", "scheduled", [])


def test_two_articles_events_of_a_day_with_one_person_are_one_only_when_they_share_a_stem() -> None:
    from generator.records import Event

    def event(source: str, summary: str) -> Event:
        return Event(summary[:8], "2001-09-11", "Tuesday", summary, people=["dan-blunt"], evidence=[Evidence(source, summary)])

    one, other = article("a", ["Dan Blunt"]), article("b", ["Dan Blunt"])
    one.events = [event("a", "Dan Blunt went to Tarrow on Tuesday to sign the deal")]
    other.events = [event("b", "Dan Blunt dined with Ana Ruiz on Tuesday night"), event("b", "Dan Blunt signed the Tarrow deal on Tuesday")]
    assert sorted(len(e.evidence) for e in merge([one, other]).events) == [1, 2]


def test_one_articles_events_of_a_day_with_one_person_sharing_only_a_word_of_telling_are_two() -> None:
    from generator.records import Event

    def event(source: str, summary: str) -> Event:
        return Event(summary[:8], "2001-09-11", "Tuesday", summary, people=["dan-blunt"], evidence=[Evidence(source, summary)])

    one = article("a", ["Dan Blunt"])
    one.events = [event("a", "Dan Blunt tweeted on Tuesday that the Tarrow vote was rigged"),
                  event("a", "A Tarrow site hid a tweet by Dan Blunt on Tuesday")]
    assert len(merge([one]).events) == 2
    other = article("b", ["Dan Blunt"])
    other.events = [event("b", "Dan Blunt tweeted on Tuesday about the vote")]
    story = merge([one, other])  # two outlets: the one tweet
    assert sorted((len(e.evidence), e.summary) for e in story.events) == [
        (1, "A Tarrow site hid a tweet by Dan Blunt on Tuesday"), (2, "Dan Blunt tweeted on Tuesday that the Tarrow vote was rigged")]


def test_events_of_a_day_with_one_person_sharing_a_stem_only_inside_one_quotation_are_two() -> None:
    # what a person said ("... smugglers stroll over our border") is not what happened ("sent troops to the border")
    from generator.records import Event

    def event(source: str, summary: str) -> Event:
        return Event(summary[:8], "2001-09-11", "Tuesday", summary, people=["ana-ruiz"], evidence=[Evidence(source, summary)])

    one, other = article("a", ["Ana Ruiz"]), article("b", ["Ana Ruiz"])
    one.events = [event("a", "Ana Ruiz wrote on Tuesday, “judges let smugglers stroll over our border")]
    other.events = [event("b", "Ana Ruiz sent 800 troops to the border on Tuesday")]
    assert len(merge([one, other]).events) == 2
    other.events = [event("b", "Ana Ruiz wrote on Tuesday that judges failed")]  # outside quotation marks in both: one
    assert len(merge([one, other]).events) == 1
    one.events = [event("a", "Ana Ruiz told “Morning Tarrow” on Tuesday she would run")]
    other.events = [event("b", "Ana Ruiz appeared on “Morning Tarrow” on Tuesday")]  # inside in both: one
    assert len(merge([one, other]).events) == 1


def test_an_outlet_s_event_naming_no_one_all_of_whose_words_another_outlet_s_event_tells_is_that_event() -> None:
    from generator.records import Event

    def event(source: str, date: str, summary: str, people: list[str]) -> Event:
        return Event(summary[:8], date, "2019" if len(date) == 4 else "Friday", summary, people=people,
                     evidence=[Evidence(source, summary)])

    named = article("a", ["Ana Ruiz"])
    named.events = [event("a", "2019", "Ana Ruiz forced the 2019 budget vote", ["ana-ruiz"])]
    unnamed = article("b", [])
    unnamed.events = [event("b", "2019", "the 2019 budget vote", [])]
    for story in (merge([named, unnamed]), merge([unnamed, named])):
        [both] = story.events
        assert (both.people, sorted(ev.source for ev in both.evidence)) == (["ana-ruiz"], ["a", "b"])
    unnamed.events = [event("b", "2019", "the 2019 budget vote was delayed", [])]  # a word the other does not tell
    assert len(merge([named, unnamed]).events) == 2
    named.events.append(event("a", "2019", "the 2019 budget vote", []))  # one outlet's two stay two
    assert len(merge([named]).events) == 2
    day = article("c", [])
    day.events = [event("c", "2019-05-10", "the procedural votes on Friday", [])]
    other = article("d", ["Ana Ruiz"])
    other.events = [event("d", "2019-05-10", "Ana Ruiz scheduled a procedural vote for Friday", ["ana-ruiz"])]
    assert len(merge([day, other]).events) == 1  # of one day, by their stems


def test_one_body_named_with_and_without_its_country_or_by_a_synonym_is_one_organization() -> None:
    from generator.records import Organization

    def with_orgs(source: str, orgs: list[str]) -> Facts:
        f = article(source, [])
        f.organizations = [Organization(f"o{n}", name, sources=[source], evidence=[Evidence(source, f"{name} met.")])
                           for n, name in enumerate(orgs)]
        return f

    story = merge([with_orgs("a", ["U.S. Roads Board", "Democrats"]), with_orgs("b", ["US Roads Board", "Democrat"]),
                   with_orgs("c", ["Roads Board", "Tarrow Roads Board"])])
    assert {o.name: sorted(o.sources) for o in story.organizations} == {
        "U.S. Roads Board": ["a", "b", "c"], "Democrats": ["a", "b"], "Tarrow Roads Board": ["c"]}


def unnamed_quote(source: str, teller: str, text: str) -> Reaction:
    return Reaction("q", None, "quote", text, evidence=[Evidence(source, f'"{text}," {teller} said.')], speaker_text=teller)


def test_an_unnamed_sources_statement_merges_across_outlets_by_its_text_and_keeps_no_speaker() -> None:
    a = "The bridge will not open before the spring, whatever the council says about it."
    b = "The bridge will not open before the spring, whatever the council says."
    story = merge([
        article("a", ["Tom Hale"], [unnamed_quote("a", "a senior transport official", a)]),
        article("b", ["Tom Hale"], [unnamed_quote("b", "one official", b)]),
    ])
    [r] = story.reactions
    assert (r.speaker, r.speaker_text, r.text) == (None, "a senior transport official", a)
    assert {ev.source for ev in r.evidence} == {"a", "b"} and [v.source for v in r.variants] == ["a", "b"]
    assert any(d.what == "wording of a statement by a senior transport official" for d in story.discrepancies)


def test_an_unnamed_sources_statement_joins_a_named_speakers_only_when_it_is_the_same_quote() -> None:
    same = "We will finish the bridge by May and not a day later than that."
    other = "Nobody at the harbour office was told anything about the delay."
    story = merge([
        article("a", ["Tom Hale"], [quote("a", "tom-hale", same)]),
        article("b", ["Tom Hale"], [unnamed_quote("b", "a council aide", same), unnamed_quote("b", "a council aide", other)]),
    ])
    assert [(r.speaker, r.speaker_text, r.text) for r in story.reactions] == [
        ("tom-hale", None, same),  # the named speaker wins
        (None, "a council aide", other),
    ]
    assert {ev.source for ev in story.reactions[0].evidence} == {"a", "b"}


def test_an_acronym_and_a_name_that_only_adds_a_first_word_join_the_body_across_sources() -> None:
    from generator.records import Organization

    def with_orgs(source: str, orgs: list[str]) -> Facts:
        f = article(source, [])
        f.organizations = [Organization(f"o{n}", name, sources=[source], evidence=[Evidence(source, f"{name} met.")])
                           for n, name in enumerate(orgs)]
        return f

    story = merge([with_orgs("a", ["Tarrow Harbour Guard Corps", "T.R.B."]), with_orgs("b", ["Harbour Guard Corps", "Tarrow Roads Board"]),
                   with_orgs("c", ["Senate Harbour Guard Committee", "Harbour Guard Committee"])])
    assert {o.name: sorted(o.sources) for o in story.organizations} == {
        "Tarrow Harbour Guard Corps": ["a", "b"], "T.R.B.": ["a", "b"],
        "Senate Harbour Guard Committee": ["c"], "Harbour Guard Committee": ["c"]}


def test_a_one_word_body_that_is_a_surname_named_in_full_in_another_source_is_that_person() -> None:
    from generator.records import Organization

    a = article("a", ["Ana Ruiz"])
    b = article("b", [])
    b.organizations = [Organization("ruiz", "Ruiz", sources=["b"], evidence=[Evidence("b", "Hale and Ruiz met.")]),
                       Organization("hale-bank", "Hale Bank", sources=["b"], evidence=[Evidence("b", "Hale Bank met.")])]
    b.reactions = [Reaction("q", "ruiz", "quote", "We have the votes", evidence=[Evidence("b", '"We have the votes," Ruiz said.')])]
    c = article("c", ["Tom Orme"])
    c.organizations = [Organization("orme", "Orme", sources=["c"], evidence=[Evidence("c", "Orme met.")])]
    story = merge([a, b, c])
    assert [o.name for o in story.organizations] == ["Hale Bank", "Orme"]  # Orme: its own source names Tom Orme
    ruiz = next(p for p in story.people if p.name == "Ana Ruiz")
    assert ruiz.sources == ["a", "b"] and "Ruiz" in ruiz.aliases
    assert [r.speaker for r in story.reactions] == [ruiz.id]


def test_a_body_a_wrong_person_shares_a_name_with_stays_a_body_unless_a_given_name_begins_it() -> None:
    from generator.records import Organization

    a = article("a", ["Harbour Guard"])  # the model's wrong person
    b = article("b", [])
    b.organizations = [Organization("harbour-guard", "Harbour Guard", sources=["b"],
                                    evidence=[Evidence("b", "The Harbour Guard sent two boats.")])]
    story = merge([a, b])
    assert [o.name for o in story.organizations] == ["Harbour Guard"]


def test_a_body_named_with_a_persons_full_name_is_that_person_whatever_source_names_her() -> None:
    from generator.records import Organization

    a = article("a", ["Ana Ruiz"])
    b = article("b", ["Tom Orme"])
    b.organizations = [Organization("ana-ruiz", "Ana Ruiz", ["Ruiz"], sources=["b"],
                                    evidence=[Evidence("b", "Ana Ruiz has the floor.")]),
                       Organization("tom-orme-foundation", "Tom Orme Foundation", sources=["b"],
                                    evidence=[Evidence("b", "The Tom Orme Foundation met.")])]
    b.reactions = [Reaction("q", "ana-ruiz", "quote", "We will ask about the bridge",
                            evidence=[Evidence("b", '"We will ask about the bridge," Ruiz said.')])]
    story = merge([a, b])
    assert [o.name for o in story.organizations] == ["Tom Orme Foundation"]  # a body named after a person stays one
    ruiz = next(p for p in story.people if p.name == "Ana Ruiz")
    assert ruiz.sources == ["a", "b"] and "Ana Ruiz" not in ruiz.aliases
    assert [r.speaker for r in story.reactions] == [ruiz.id]
