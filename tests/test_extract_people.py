"""Who is named: people from the model's entities and the repairs of its mistakes, surnames and
first names linked to full names, kin and descriptions, what is no person."""

from __future__ import annotations

from extract_helpers import facts_of, roles_of, speakers


def test_surname_links_to_full_name_and_appositive_role() -> None:
    f = facts_of(
        "Robert Hale, head of the National Grid Authority, resigned on Friday. "
        "Hale said the decision was his own. \"I take full responsibility for the failures,\" Hale wrote."
    )
    people = {p.name: p for p in f.people}
    assert list(people) == ["Robert Hale"]
    assert "Hale" in people["Robert Hale"].aliases
    assert [(r.title, r.organization) for r in people["Robert Hale"].roles] == [("head", "National Grid Authority")]
    assert speakers(f) == {"I take full responsibility for the failures,": "Robert Hale"}
    events = [(e.date, e.summary) for e in f.events]
    assert events == [("2024-06-07", "Robert Hale, head of the National Grid Authority, resigned on Friday")]


def test_name_the_model_reads_as_a_month_and_first_name_references() -> None:
    f = facts_of(
        'The shadow secretary for the family, Theresa May, said: "These plans were announced in December last year." '
        'John Carver was made permanent secretary in April 2001. Sir John declined to comment.'
    )
    assert sorted(p.name for p in f.people) == ["John Carver", "Theresa May"]
    assert speakers(f) == {"These plans were announced in December last year.": "Theresa May"}


def test_a_person_named_by_kin_and_one_name_is_named_not_partial() -> None:
    f = facts_of("The feud between Mr Rao and his brother Kiran deepened. Kiran runs the bank. Mr Dunn agreed.")
    assert {p.name: p.partial for p in f.people} == {"Rao": True, "Kiran": False, "Dunn": True}


def test_a_name_the_model_calls_a_work_of_art_and_a_company_named_with_its_possessive() -> None:
    f = facts_of("Michael Sears admitted recruiting Darleen Druyun while she handled contracts. Ms Druyun denied it. "
                 "Shares in Sainsbury's fell. Sainsbury's said sales were weak.")
    assert [p.name for p in f.people] == ["Michael Sears", "Darleen Druyun"]
    assert [o.name for o in f.organizations] == ["Sainsbury's"]


def test_a_misspelt_surname_a_seat_and_an_acronym_written_first() -> None:
    f = facts_of('Labour MP Diane Abbot spoke. Ms Abbott said: "It has not worked at all." Mr Malik, who is running for '
                 "the seat of Dewsbury, is on the NEC. Ms Abbot served on the National Executive Committee in the 1990s.")
    assert speakers(f) == {"It has not worked at all.": "Diane Abbot"}
    assert {o.name: set(o.aliases) for o in f.organizations} == {"Labour": set(), "NEC": {"National Executive Committee"}}


def test_names_the_model_runs_into_an_organization_or_a_place() -> None:
    f = facts_of("Gordon Bell spoke in the Commons after Mr Bell had delivered the Budget. "
                 "It was founded by their father, Dhiru Bhai Ambani, who died in 2002.")
    assert [p.name for p in f.people] == ["Gordon Bell", "Dhiru Bhai Ambani"]
    assert [o.name for o in f.organizations] == ["Commons"]


def test_people_the_model_tags_as_places_or_leaves_untagged() -> None:
    f = facts_of("Parmalat is now being run by a state appointed administrator, Enrico Bondi, who has launched lawsuits.")
    assert roles_of(f) == {"Enrico Bondi": [("state appointed administrator", None, None)]}
    f = facts_of("During his induction into the Upper House, Lord Kinnock was accompanied by Lords Leader Baroness Amos "
                 "and Baroness Royall of Blaisdon, a former aide to the ex-Labour leader.")
    assert roles_of(f)["Royall"] == [("aide", None, "former")]
    f = facts_of("Prosecutors are seeking indictments against Mr Tanzi and 28 others - including several members of his "
                 "family and former chief financial officer Fausto Tonna.")
    assert roles_of(f)["Fausto Tonna"] == [("chief financial officer", None, "former")]


def test_names_with_particles() -> None:
    f = facts_of("The scandal led to the resignation of production chief Walter van der Hoek. "
                 "An email from Mr Van der Hoek said the firm had erred. Al Brenner agreed.")
    assert [p.name for p in f.people] == ["Walter van der Hoek", "Al Brenner"]
    assert f.organizations == []


def test_kin_and_age_descriptions_name_people() -> None:
    f = facts_of(
        "Sir Nicholas Reed has died. He had a public disagreement with daughter Victoria. Victoria, a lobbyist, "
        'denounced it. "It was a long fight with a cruel illness," the 71-year-old said last year.'
    )
    assert [o.name for o in f.organizations] == []
    assert speakers(f) == {"It was a long fight with a cruel illness,": "Nicholas Reed"}


def test_names_keep_their_own_words_only() -> None:
    f = facts_of(
        "Lib Dem MP Lembit Opik said so. Lib Dem Norman Baker agreed. A spokesman for Mr Tony Blair disagreed. "
        "Michael Mansfield QC said the law was wrong. "
        "Jean-Claude Juncker and Al Aynsley-Green met. The Scottish Executive said it would act."
    )
    assert sorted(p.name for p in f.people) == [
        "Al Aynsley-Green", "Jean-Claude Juncker", "Lembit Opik", "Michael Mansfield", "Norman Baker", "Tony Blair"]
    assert roles_of(f)["Tony Blair"] == [] and roles_of(f)["Lembit Opik"] == [("Lib Dem MP", "Lib Dem", None)]


def test_party_words_before_names_and_parties_the_model_calls_people() -> None:
    f = facts_of("But Tory Simon Hale branded the way the office operated as scandalous. "
                 "The Tories and the Lib Dems have called for a second inquiry.")
    assert [p.name for p in f.people] == ["Simon Hale"]
    assert {"Lib Dems", "Tories"} <= {o.name for o in f.organizations}


def test_a_surname_misspelt_once_or_hyphenated_apart_is_one_person() -> None:
    # a surname misspelt once by a dropped letter, and a hyphenated one written apart, are one person
    f = facts_of("The claims came in a book by Robert Trenton. Mr Tenton's book said the deal was off. "
                 "Mark Hale Smith denied it. Mr Hale-Smith said it was untrue.")
    assert [(p.name, p.aliases) for p in f.people] == [("Robert Trenton", ["Tenton"]), ("Mark Hale Smith", ["Hale-Smith"])]


def test_mr_and_a_first_name_is_not_the_person_of_that_first_name() -> None:
    # surnames that are also ranks; "Mr Howard" is not Howard Flint, but "Mr Tan" may be Tan Wei Ming
    f = facts_of("Former premier John Major and Frank Field MP spoke. Sacked MP Howard Flint met Tan Wei Ming. "
                 "Mr Howard said the rules were clear. Mr Tan agreed.")
    assert [p.name for p in f.people] == ["John Major", "Frank Field", "Howard Flint", "Tan Wei Ming", "Howard"]


def test_a_name_with_a_postnominal_the_model_calls_an_organization_is_a_person() -> None:
    # a name with a postnominal the model calls an organization
    f = facts_of("His evidence to the Butler Inquiry was misread, said a book by Jo Lane QC, a member of Matrix Chambers. "
                 "Tory MP Tim Mace was part of the Butler inquiry.")
    assert "Jo Lane" in [p.name for p in f.people]


def test_a_seat_before_mp_and_the_bill_are_no_people() -> None:
    # a seat before "MP" is no person; "the Bill" is no person
    f = facts_of("Ms Kelly, a Cabinet Office minister and Bolton West MP, was hit. The government wants the Bill passed. "
                 "Solicitor Gareth Pearce disagreed.")
    assert [p.name for p in f.people] == ["Kelly", "Gareth Pearce"]


def test_a_name_in_a_programme_title_is_no_person() -> None:
    f = facts_of('Tory leader Michael Hart told Sky News\' Sunday with Adam Boulder: "This is the politics of the '
                 'playground." He spoke to BBC One\'s Breakfast with Frost programme.')
    assert [p.name for p in f.people] == ["Michael Hart"]


def test_a_one_word_name_after_a_kinship_noun_and_a_title_is_a_person() -> None:
    f = facts_of('The film shows the Tory leader Michael Hart playing table tennis with his wife, ex-model Sandra. Asked '
                 'if she enjoys it she confesses: "Yeah, it would be more enjoyable if I could win."')
    assert [p.name for p in f.people] == ["Michael Hart", "Sandra"]
    assert speakers(f) == {"Yeah, it would be more enjoyable if I could win.": "Sandra"}


def test_a_place_before_a_titled_name_and_a_surname_that_is_a_title() -> None:
    # a place before a titled name is no person; a surname that is also a title ("King")
    f = facts_of("In Elmton Green, former Labour MP Gareth Lowe is standing against sitting MP Una King, who had a "
                 "10,000-vote majority in 2001.")
    assert [p.name for p in f.people] == ["Gareth Lowe", "Una King"]


def test_lord_and_a_hyphenated_surname_is_a_person() -> None:
    # "Lord X-Y" is a person, one word
    f = facts_of("He will line up alongside Alan Milbrook - the man appointed as the party's election supremo - and "
                 "deputy leader John Prest. Lord Campbell-Sayers, a former MP, challenged Mr Prest.")
    assert roles_of(f)["Campbell-Sayers"] == [("MP", None, "former")]


def test_a_building_is_no_person_and_kin_named_by_first_name_is_someone_else() -> None:
    # a building is no person; kin named by first name before a namesake is named in full is
    # someone else
    f = facts_of("The archives sit in Parliament's Elm Tower, among them papers of composer George Fredrick Handley. "
                 'The speech was introduced by his son Nick, a trainee vicar, who praised his father. "I always know '
                 'where I am with him," he said. His stepson Sholto was there. "It has been a fantastic few weeks," '
                 "said student Nick Vale.")
    assert [p.name for p in f.people] == ["George Fredrick Handley", "Nick", "Sholto", "Nick Vale"]


def test_a_name_before_a_spaced_dash_is_a_person() -> None:
    # a name before a spaced dash
    f = facts_of('Shares in Hale Rovers, the city\'s football club, fell. Fund manager Flora Hamm - Hale Rovers\' '
                 'largest investor - said he would invest more. "I demand better transparency," he is quoted as '
                 "saying. The club appointed an auditor, who has recommended cuts. Steve Shaw, a banker who has held "
                 'talks with the club, said: "They need strong people on the board."')
    assert [p.name for p in f.people] == ["Flora Hamm", "Steve Shaw"]


def test_a_demonym_before_a_name_is_no_part_of_it() -> None:
    # a demonym before a name is no part of it
    f = facts_of("Mr Hart's fellow Welshman Ray Readon won the championship six times, having left school at 14 to "
                 "work as a miner. Some 84,000 jobs will go.")
    assert [p.name for p in f.people] == ["Hart", "Ray Readon"]


def test_lib_dem_treasury_before_spokesman_x_is_no_person() -> None:
    # "Lib Dem Treasury" before "spokesman X" is no person
    f = facts_of("The Parliamentary Group on Betting and Gaming held an inquiry last year. Lib Dem Treasury spokesman "
                 'Vince Cole branded the plans "fantasy economics".')
    assert [p.name for p in f.people] == ["Vince Cole"]


def test_an_empty_name_in_the_gender_lookup_loses_nothing() -> None:
    """One bad (empty or blank) entity key must not crash the article's pronoun genders."""
    from types import SimpleNamespace

    from generator.extract.mentions import Entity
    from generator.extract.pronouns import _gender_from_given_name, _genders

    entities = {"": Entity("person", ""), "  ": Entity("person", "  "), "Ana Ruiz": Entity("person", "Ana Ruiz")}
    bad = SimpleNamespace(doc=None, mentions=[], entities=entities)
    assert _gender_from_given_name(bad) == {"Ana Ruiz": "f"}
    assert _genders(None, bad) == {"Ana Ruiz": "f"}


def test_staff_and_photo_credits_name_no_one_in_the_story() -> None:
    f = facts_of("Tom Hale said the vote would be close.\nREUTERS/Kim Moss\n"
                 "Lena Park contributed to this report.\nReporting by Ana Ruiz; Editing by Ben Cole")
    assert [p.name for p in f.people] == ["Tom Hale"]


def test_untagged_names_after_titles_and_a_surname_spelt_two_ways() -> None:
    f = facts_of("Dr. Ana Ruiz of the Dunmore Institute said she had concerns. Sergeant First Class Tom Hale agreed. "
                 "Marta Kowalsky, the mayor, said the plan was sound. Kowalski said she would vote. "
                 "Marta Kowalski added that it was fair.")
    assert sorted(p.name for p in f.people) == ["Ana Ruiz", "Marta Kowalski", "Tom Hale"]


def test_a_title_that_is_a_surname_after_mr_is_the_surname() -> None:
    """'Mr. Dean' is a man named Dean, not the title 'dean' with no name; 'Lord Bishop' stays a title."""
    f = facts_of('Senator Ana Vale and Mr. Dean spoke. "We hope so," Mr. Dean said.')
    assert [p.name for p in f.people] == ["Ana Vale", "Dean"]
    assert speakers(f) == {"We hope so,": "Dean"}
    assert [p.name for p in facts_of("The Lord Chancellor spoke. Lord Bishop said no.").people] == []


def test_a_building_whose_name_holds_an_honorific_is_no_person() -> None:
    # "Dame" inside a cathedral's name is no honorific; a surname that is also a building's word stays a name
    f = facts_of("Thousands gathered outside Notre Dame Cathedral on Monday as the fire spread. "
                 "Tom Church, a priest, said he wept.")
    assert [p.name for p in f.people] == ["Tom Church"]
    assert not [o.name for o in f.organizations if "Notre" in o.name or "Cathedral" in o.name]


def test_an_editors_bracket_inside_a_quotation_is_no_part_of_a_name() -> None:
    f = facts_of("“I told [Harbour Master Tom] Hale that he must act,” Ben Orme told a radio host on Monday.")
    assert sorted(p.name for p in f.people) == ["Ben Orme", "Tom Hale"]


def test_a_headline_name_the_model_runs_on_into_the_line_break_is_judged_by_its_last_word() -> None:
    from spacy.tokens import Span

    from generator.extract import names, nlp

    doc = next(iter(nlp.parse(nlp.load(), ["Dunmore Board Set To Close The Pier; 'A Sad Day,' Tom Ruiz Agrees\n\n"
                                           "Tom Hale said on Monday he would keep the pier open."], batch_size=1)))
    end = next(t.i for t in doc if t.is_space and "\n" in t.text) + 1
    ran_on = Span(doc, end - 4, end, label="PERSON")  # "Tom Ruiz Agrees" and the blank line after it
    assert ran_on[-1].is_space and names._without_line_break(ran_on).text == "Tom Ruiz Agrees"
    assert names._in_title_case_headline(ran_on, None) is not None  # no person: "Agrees" is written nowhere else


def test_a_name_the_model_tags_a_body_before_of_and_a_us_state_is_a_person() -> None:
    from spacy.tokens import Span

    from generator.extract import names, nlp

    doc = next(iter(nlp.parse(nlp.load(), ["The letter was signed by Jomo Wardell of New York and the Bank of Utah."], batch_size=1)))
    start = next(t.i for t in doc if t.text == "Jomo")
    tagged = Span(doc, start, start + 3, label="ORG")  # "Jomo Wardell of", as the model tags such a name at times
    found = names._person_tagged_a_body_before_of(tagged, None)
    assert found is not None and [s.text for s, _ in found.people] == ["Jomo Wardell"]
    assert names._person_tagged_a_body_before_of(Span(doc, start, start + 2, label="ORG"), None) is None  # no "of" in the tag
    elsewhere = next(iter(nlp.parse(nlp.load(), ["Lawyers for Jomo Wardell of Tarrowland said the deal was off."], batch_size=1)))
    start = next(t.i for t in elsewhere if t.text == "Jomo")
    # no US state and no known given name: not a person
    assert names._person_tagged_a_body_before_of(Span(elsewhere, start, start + 2, label="ORG"), None) is None
