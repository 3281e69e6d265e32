"""Extractors on short sentences of the kinds news uses (not the seed articles)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from generator.extract import extract_doc, nlp
from generator.extract.figures import parse_value
from generator.extract.quotes import find_quotes
from generator.records import Article


def facts_of(text: str, published: date | None = date(2024, 6, 12)):
    article = Article("t", Path("t.txt"), "T", text, published=published)
    return extract_doc(article, nlp.load()(text))


def speakers(facts) -> dict[str, str]:
    names = {p.id: p.name for p in facts.people} | {o.id: o.name for o in facts.organizations}
    return {r.text: names[r.speaker] for r in facts.reactions if r.kind == "quote"}


@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ('He said "we will win the vote" today.', ["we will win the vote"]),
        ("She said “we will win” and “they will lose”.", ["we will win", "they will lose"]),
        ("“On Monday we left,\" she said.", ["On Monday we left,"]),
        ("“This runs to the end of the paragraph\nNext paragraph.", ["This runs to the end of the paragraph"]),
    ],
)
def test_find_quotes_handles_every_mark(text: str, quotes: list[str]) -> None:
    assert [text[q.start : q.end] for q in find_quotes(text)] == quotes


def test_quote_after_and_before_attribution_and_pronoun() -> None:
    f = facts_of(
        "Finance Minister Maria Gonzalez announced the budget on Monday. "
        "\"We have made difficult choices for the country,\" she said. "
        "Opposition leader Tom Baker told reporters: \"This budget will hurt working families badly.\""
    )
    assert speakers(f) == {
        "We have made difficult choices for the country,": "Maria Gonzalez",
        "This budget will hurt working families badly.": "Tom Baker",
    }
    roles = {p.name: [(r.title, r.organization) for r in p.roles] for p in f.people}
    assert roles["Maria Gonzalez"] == [("Finance Minister", None)]
    assert roles["Tom Baker"] == [("Opposition leader", None)]


def test_interrupted_quote_is_one_statement() -> None:
    f = facts_of('"I like the plan," Senator Ann Lee said, "but we disagreed on the timing."')
    assert speakers(f) == {"I like the plan, ... but we disagreed on the timing.": "Ann Lee"}


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


def test_figures_with_what_and_source() -> None:
    f = facts_of("According to the health ministry, at least 1,200 people were killed in the floods.")
    assert [(x.value, x.text, x.what, x.attributed_to) for x in f.figures] == [
        (1200, "at least 1,200", "people killed in the floods", "the health ministry")
    ]


def test_acronym_joins_organization() -> None:
    f = facts_of("The European Central Bank (ECB) raised rates. The ECB said inflation was too high.")
    assert [(o.name, o.aliases) for o in f.organizations] == [("European Central Bank", ["ECB"])]


def roles_of(facts) -> dict[str, list[tuple[str, str | None, str | None]]]:
    return {p.name: [(r.title, r.organization, r.status) for r in p.roles] for p in facts.people}


@pytest.mark.parametrize(
    ("text", "name", "expected"),
    [
        # a title phrase before the name runs to the name, honorific dropped
        ("Former Acme Bank chief executive Mr Paul Stone said profits fell.", "Paul Stone",
         [("Acme Bank chief executive", "Acme Bank", "former")]),
        # "of" + a common noun stays in the title; "of" + a proper name is the organization
        ("Riverside University professor of child health, Anna Ward, was chosen.", "Anna Ward",
         [("Riverside University professor of child health", "Riverside University", None)]),
        ("The outgoing head of the troubled Housing Agency Mark Bell will leave in May.", "Mark Bell",
         [("head", "Housing Agency", "outgoing")]),
        # two coordinated titles before one name
        ("Veteran Labour MP and former Cabinet minister John Drake will stand down.", "John Drake",
         [("Cabinet minister", None, "former"), ("Labour MP", "Labour", None)]),
        # abbreviated titles are written out
        ("Sen. Mary Cole voted against the bill on Tuesday.", "Mary Cole", [("Senator", None, None)]),
        # the predicate of "be", "become", "resign as"
        ("Sarah Lin became party chairman in 2019.", "Sarah Lin", [("party chairman", None, None)]),
        ("Ray Dunn has resigned from his post as a partner in a legal firm following criticism over his dual role.", "Ray Dunn",
         [("partner", None, "former")]),
        ("Omar Khan resigned as the council's deputy leader on Monday.", "Omar Khan",
         [("deputy leader", "council", "former")]),
        # a title standing for the person just named
        ("Peter Quinn quit on Friday. The Scottish Liberal leader had denied any wrongdoing.", "Peter Quinn",
         [("Scottish Liberal leader", "Liberal", None)]),
        # a title with "for" before the name; a fronted "As ..."; a verb sharing the subject
        ("Green spokeswoman for women Ann Rowe said it was wrong.", "Ann Rowe", [("Green spokeswoman for women", "Green", None)]),
        ("Ian Cole spoke. As agriculture minister he caused controversy.", "Ian Cole", [("agriculture minister", None, None)]),
        ("Ian Cole quit the government in 1999 and has served as chairman of the Lords reform committee.", "Ian Cole",
         [("chairman", "Lords reform committee", None)]),
        # "his counterpart" is "counterpart"; "the minister's house" stands for the minister named before
        ("Jack Stone met his Spanish counterpart Luis Mora.", "Luis Mora", [("Spanish counterpart", None, None)]),
        ("Talks begin at Jack Stone's residence. Officials at the foreign secretary's house will plan a forum.", "Jack Stone",
         [("foreign secretary", None, None)]),
        # an indefinite lead: "A candidate has resigned. X, who ..."
        ("A prospective candidate for the Green Party has resigned. Tom Hale, who was selected last year, quit.", "Tom Hale",
         [("prospective candidate", "Green Party", None)]),
        # the parser's small clause "made him deputy leader"; a broadcaster's title
        ("Dan Hale spoke. He said Ray Moss had made him deputy party leader of Verity.", "Dan Hale",
         [("deputy party leader", "Verity", None)]),
        ("Ex-chatshow host Mr Ray Moss quit.", "Ray Moss", [("chatshow host", None, "former")]),
        # an appointment lead: the one appointed, even when the next sentence gives another title;
        # a possessor that is a common noun stays in the title; "first" describes
        ("The first children's commissioner for Wales has been appointed. Hospital professor of surgery, "
         "Ann Reade, was chosen by ministers.", "Ann Reade",
         [("Hospital professor of surgery", None, None), ("children's commissioner", "Wales", None)]),
        ('"Riders deserve better," said board chairman Mark Dale, a former city councilman.', "Mark Dale",
         [("board chairman", None, None), ("city councilman", None, "former")]),
        # "his appointment as ...", "her resignation as ..."
        ("Neil Vane spoke. He cited his appointment as chairman of the British Council.", "Neil Vane",
         [("chairman", "British Council", None)]),
        ("Ann Lowe spoke. Her resignation as party treasurer surprised many.", "Ann Lowe", [("party treasurer", None, "former")]),
        # a lead whose subject is a title, with someone else named after it
        ("The Conservatives' campaign director has denied warning Mark Hale the party could lose. "
         "The Times said Lyle Cross told the leader to focus on 30 seats.", "Lyle Cross",
         [("Conservatives' campaign director", "Conservatives", None)]),
        # a description is its antecedent even when the person is named again later in the sentence
        ("Neil Vane spoke. The former Labour leader said he would take the title of Lord Vane of Bedwellty.", "Neil Vane",
         [("Labour leader", "Labour", "former")]),
        # more ways into an office: sworn in, replacing someone, taking over, joining, promotion
        ("Kim Lowe was sworn in as attorney general on Monday.", "Kim Lowe", [("attorney general", None, None)]),
        ("Dan Price replaced Al Moore as chief of staff in March.", "Dan Price", [("chief of staff", None, None)]),
        ("Sara Kent will take over as chief executive next month.", "Sara Kent", [("chief executive", None, None)]),
        ("Tom Ruiz joined the firm as a partner in 2010.", "Tom Ruiz", [("partner", None, None)]),
        ("Lee Park was promoted to deputy director.", "Lee Park", [("deputy director", None, None)]),
        # a verb sharing the subject through "to"; a negated predicate is no role
        ("Michael Porter spoke. He is to stand down as an MP at the next election.", "Michael Porter", [("MP", None, "outgoing")]),
        ("David Blunt has become a paid adviser now he is not home secretary.", "David Blunt", [("paid adviser", None, None)]),
        # a hoped-for or possible office is none held
        ("Ann Cole said she hoped Ben Ford would be premier one day. Ben Ford is the chancellor.", "Ben Ford", [("chancellor", None, None)]),
        # "the prime minister" after a sentence naming someone only by a pronoun is someone else
        ('Sam Greer gave money. "We can do more," he said. The prime minister has said aid will rise.', "Sam Greer", []),
        # an object that introduces the person named next
        ("The news came after the party suspended a candidate for his views. John Hart, 54, was due to stand in the seat.",
         "John Hart", [("candidate", None, None)]),
        # a firing: the office was held; the one replaced held it, the successor holds it
        ("Anna Berg was fired as national security adviser on Monday.", "Anna Berg", [("national security adviser", None, "former")]),
        ("The president fired Tom Hale as defense secretary last week.", "Tom Hale", [("defense secretary", None, "former")]),
        ("Carl Ode was ousted as party chairman in March.", "Carl Ode", [("party chairman", None, "former")]),
        ("Mia Lund replaced Tom Hale as finance minister in May.", "Tom Hale", [("finance minister", None, "former")]),
        ("Mia Lund replaced Tom Hale as finance minister in May.", "Mia Lund", [("finance minister", None, None)]),
        ("Mia Lund will succeed Tom Hale as finance minister.", "Tom Hale", [("finance minister", None, "outgoing")]),
        # "nominated to serve as"; an office told by a verb in the perfect; a name before "security agency"
        ("Dan Orel has been nominated to serve as ambassador to France.", "Dan Orel", [("ambassador", None, None)]),
        ("Ruth Vale, 61, has led the central bank since 2018.", "Ruth Vale", [("leader", "central bank", None)]),
        # "head" the parser reads as a verb; a hyphenated title; a post named by "the role of"
        ("Boeing head Noel Ford is now set to replace Mr Kerr.", "Noel Ford", [("Boeing head", None, None)]),
        ("Sarah Mills, the German co-head of Vantor, will step down next year.", "Sarah Mills", [("co-head", "Vantor", None)]),
        ("Mark Stone will take on the role of CEO under a new structure.", "Mark Stone", [("CEO", None, None)]),
        ("Ann Bell held the position of chief of staff until May.", "Ann Bell", [("chief of staff", None, None)]),
        # any verb tells an office through "as", unless "as" describes its object
        ("Ann Bell spoke as chairman of the committee.", "Ann Bell", [("chairman of the committee", None, None)]),
        ("Ann Bell described Tom Hale as a liar and sees herself as a future leader.", "Ann Bell", []),
        # a lead's departure or appointment "of" a title: the person named next
        ("Shares in Vantor fell after the departure of its chief executive and two members of the board. Paul Tellman, "
         "who was also the firm's president, left the company.", "Paul Tellman", [("president", "firm", None), ("chief executive", None, "former")]),
        ("The party has announced the appointment of a new chairman. Ruth Vale, 52, will take up the post in May.", "Ruth Vale",
         [("chairman", None, None)]),
        # two titles in one apposition; "presently" is the current one
        ("Tom Hale is to be replaced by Lisa Tan, presently a non-executive director of the company and head of a retailer.",
         "Lisa Tan", [("non-executive director of the company", None, "current"), ("head of a retailer", None, None)]),
        # a name in apposition to "one of" a plural title
        ("Ed Lyle was joined in the new venture by one of UKFP's two Vale Assembly members, Dana Holt, who is now Nova's deputy leader.",
         "Dana Holt", [("Vale Assembly member", "UKFP", None), ("deputy leader", "Nova", None)]),
        # coordinated titles are two roles; "Y, headed by X," makes X head of Y
        ("Anil Rao has stepped down as director and vice-chairman of Indian Chemicals Corporation.", "Anil Rao",
         [("director", "Indian Chemicals Corporation", "former"), ("vice-chairman", "Indian Chemicals Corporation", "former")]),
        ("Reliance Energy, headed by Anil Rao, jumped 7%.", "Anil Rao", [("head", "Reliance Energy", None)]),
        # "his predecessor as CEO, X," whatever the parse; a lead's object is the object named next
        ("Mr Bell took over as chief executive after his predecessor as CEO, Jim Cantalupo, died suddenly.", "Jim Cantalupo",
         [("CEO", None, "former")]),
        ("A former finance chief at the bank was jailed for illegally hiring a top Air Force aide. Michael Sears admitted his "
         "guilt by recruiting Dana Holt while she still handled contracts.", "Dana Holt", [("top Air Force aide", None, None)]),
        # two titles after one predicate
        ("Tom Hale became chief operating officer and president in 2002.", "Tom Hale",
         [("chief operating officer", None, None), ("president", None, None)]),
        # a plural title in apposition to a list of names: each of them, in the singular
        ("Ann Lee was elected along with three other ethnic minority MPs - Ken Vale, Paul Bolt and Bernie Gray - in 1987.",
         "Bernie Gray", [("ethnic minority MP", None, None)]),
        # "Baroness X" is X; chairing a named body; "director-general" whole; a title after a comma that is the next name's
        ("Labour peer Baroness Kemp, who is chairing the Power Inquiry into disengagement, spoke.", "Kemp",
         [("Labour peer", "Labour", None), ("chair", "Power Inquiry", None)]),
        ("Sir Alan Budd, who led an inquiry into the affair, said so.", "Alan Budd", []),
        ("It prompted the resignation of BBC chairman Gavin Dale, director-general Greg Dyer and reporter Andrew Gill.", "Gavin Dale",
         [("BBC chairman", "BBC", None)]),
        ("It prompted the resignation of BBC chairman Gavin Dale, director-general Greg Dyer and reporter Andrew Gill.", "Greg Dyer",
         [("director-general", None, None)]),
        # an office only wished for
        ("He rejected speculation that Tom Hale was considering becoming Foreign Secretary.", "Tom Hale", []),
        ("Tom Hale hopes to become party leader.", "Tom Hale", []),
        # a lead's object introduces the person named next, even one given another title there
        ("Norland has asked a US banker and former Central Fund director to run its bank. Mark Tolle, vice chairman of Arden, "
         "has agreed.", "Mark Tolle", [("vice chairman", "Arden", None), ("Central Fund director", None, "former")]),
        # a news lead: the title first, the name in the next sentence
        ("Bus fares should be frozen next year, the Transport Secretary has said. Mira Okafor told MPs the cost was modest.",
         "Mira Okafor", [("Transport Secretary", None, None)]),
    ],
)
def test_role_shapes(text: str, name: str, expected: list) -> None:
    assert roles_of(facts_of(text))[name] == expected


def test_a_title_is_not_given_to_someone_not_just_named() -> None:
    f = facts_of("Anne Porter opened the hospital in March. Critics were unhappy. Many doctors left. The prime minister said nothing.")
    assert roles_of(f)["Anne Porter"] == []


def test_a_lead_title_is_not_given_to_someone_with_a_title_of_their_own() -> None:
    f = facts_of("Taxes will rise, the Chancellor has said. Opposition leader Dev Rana said the plan was wrong.")
    assert roles_of(f)["Dev Rana"] == [("Opposition leader", None, None)]


def test_quotation_over_paragraphs_run_together_is_one_statement() -> None:
    # paragraphs flattened: each opens with a mark, only the last one closes
    f = facts_of(
        'Jane Roe said: "We have made our choice on the budget. "We will not go back on it now," '
        'she added. A Green Party spokesman said the plan was flawed. '
        '"It will cost far more than they say," the spokesman added.'
    )
    assert speakers(f) == {
        "We have made our choice on the budget. We will not go back on it now,": "Jane Roe",
        "It will cost far more than they say,": "Green Party",
    }


def test_pronoun_goes_to_the_main_subject_not_the_reported_one() -> None:
    f = facts_of(
        'Peter Holm, a partner of the firm, said Anna Berg had been considering retirement. '
        'He added: "She has decided the time is right for everyone."'
    )
    assert speakers(f) == {"She has decided the time is right for everyone.": "Peter Holm"}


def test_organizations_the_model_misses_or_mistakes() -> None:
    f = facts_of(
        "The Liberal Democrats said the plan was wrong. A Department for Work and Pensions "
        "spokeswoman disagreed. Tods Harlow, which has a client in the case, declined to comment."
    )
    assert {o.name for o in f.organizations} >= {"Liberal Democrats", "Department for Work and Pensions", "Tods Harlow"}
    assert [p.name for p in f.people] == []


@pytest.mark.parametrize(
    ("text", "value", "what_has"),
    [
        ("She will oversee a £2.5m annual budget.", 2_500_000, "budget"),
        ("The allowance is £102.80 a week for new mothers.", 102.8, "week"),
        ("He takes the £100,000-a-year job at once.", 100_000, "job"),
    ],
)
def test_money_figures(text: str, value: float, what_has: str) -> None:
    [figure] = facts_of(text).figures
    assert (figure.value, what_has in figure.what) == (value, True)


def test_numbers_in_names_and_stray_small_numbers_are_not_figures() -> None:
    f = facts_of("Shares in FTSE 100 companies fell under section 5 of the code. One in four said he was a proud grandfather of four.")
    assert f.figures == []


def test_a_number_given_twice_for_the_same_thing_is_one_figure() -> None:
    f = facts_of("The lender may have to restate its earnings by up to $9bn. It could be forced to restate $9bn in earnings. "
                 "It also paid a $9bn fine in 2003.")
    assert [(x.value, x.text) for x in f.figures] == [(9e9, "up to $9bn"), (9e9, "9bn")]
    assert "fine" in f.figures[1].what


def test_what_a_sum_or_share_is() -> None:
    f = facts_of("The firm said it earned $10m in the third quarter, down from a profit of $133m a year ago. "
                 "It will cut its workforce of 75,000. The other shareholders are the Norland government (15%) and Vantor (30%).")
    what = {x.value: x.what for x in f.figures}
    assert what[10e6] == "earned"  # the verb, not the sum again
    assert what[133e6] == "profit" and "workforce" in what[75000]
    assert what[15] == "Norland government" and what[30] == "Vantor"


def test_sums_in_pence_and_a_scale_at_the_end_of_a_sentence() -> None:
    f = facts_of("Its shares were down 8.51% to 10.75p, while sales had fallen from £138m to £118m. In 1996 its share price was 200p.")
    assert {(x.value, x.text) for x in f.figures} == {(8.51, "8.51%"), (10.75, "10.75p"), (138e6, "138m"), (118e6, "118m"), (200, "200p")}
    assert {x.value: x.what for x in f.figures}[138e6] == "sales fallen"


def test_name_the_model_reads_as_a_month_and_first_name_references() -> None:
    f = facts_of(
        'The shadow secretary for the family, Theresa May, said: "These plans were announced in December last year." '
        'John Carver was made permanent secretary in April 2001. Sir John declined to comment.'
    )
    assert sorted(p.name for p in f.people) == ["John Carver", "Theresa May"]
    assert speakers(f) == {"These plans were announced in December last year.": "Theresa May"}


def test_event_summary_names_whose_and_keeps_coordinated_titles() -> None:
    f = facts_of("Mr Reed, whose retirement was announced by Work and Pensions Secretary Alan Hunt in November, is 57. "
                 "Before that, Carl Reed led the agency.", published=date(2004, 12, 31))
    [event] = [e for e in f.events if e.date == "2004-11"]
    assert event.summary == "Carl Reed's retirement was announced by Work and Pensions Secretary Alan Hunt in November"


def test_an_also_clause_inside_a_dated_sentence_is_its_own_event_on_that_date() -> None:
    f = facts_of("Ms Dana Holt has taken early retirement while Mr Lee Marsh has also stepped down, the bank said on Tuesday.",
                 published=date(2004, 12, 22))
    assert sorted((e.date, e.people) for e in f.events) == [("2004-12-21", ["dana-holt"]), ("2004-12-21", ["lee-marsh"])]


def test_a_period_with_an_end_and_a_start_is_one_event() -> None:
    f = facts_of("Until 1997, the seat had been held by the Tories since 1970. Ed Lyle served until 2001.")
    assert [e.date for e in f.events] == ["1970", "2001"]


def test_a_date_after_a_place_dates_the_clause() -> None:
    f = facts_of("Carl Reed joined the bank in 1979. At the World Bank in 1985, he drew up a rescue package.")
    assert ("1985", "At the World Bank in 1985, Carl Reed drew up a rescue package") in [(e.date, e.summary) for e in f.events]


def test_a_word_tagged_both_person_and_organization_is_an_organization() -> None:
    f = facts_of("He was a huge figure in Labour. Labour's long period in opposition ended when Labour regained power in 1997.")
    assert [o.name for o in f.organizations] == ["Labour"] and f.people == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bracket written without a space, and a branch named by its place
        ("He quit the Green Unity Party(GUP) last week. A meeting of North Vale GUP members is due.",
         {"Green Unity Party": {"GUP"}}),
        # "X Party" and "X" are one organization
        ("Labour won the vote in 1997. A Labour Party spokesman said the result was welcome.", {"Labour": {"Labour Party"}}),
        # two institutions run together across a comma, one named with a possessive
        ("She trained at Mary's Hospital Medical School, University of Linton.",
         {"Mary's Hospital Medical School": set(), "University of Linton": set()}),
        # a place written after the party, before a title
        ("Scottish Unity Party Holyrood leader Jan Moray said it was wrong.", {"Scottish Unity Party": set()}),
        # a party named by an adjective before "party", which joins its members' name
        ("The Conservative party chair, Rhona Fell, spoke. The Conservatives lost.", {"Conservative party": {"Conservatives"}}),
        # a seat of government standing for it
        ('Downing Street said the minister would be replaced. "She has done a fine job and we thank her," No 10 added.',
         {"Downing Street": set(), "No 10": set()}),
        # an acronym keeping a short word whole; a branch named by its place before it
        ("The UK Freedom Party has lost a member. London UKFP said so. A UKFP spokesman denied it.", {"UK Freedom Party": {"UKFP", "London UKFP"}}),
        # a name ends at a spaced dash; a name after "law firm" even when tagged as a verb
        ("He set up a party called Veritas - Latin for truth.", {"Veritas": set()}),
        # synonyms of a party; "the Lords" for "the House of Lords"
        ("The Conservative Party lost. The Tories had hoped to win. The House of Lords rejected it. In December the Lords rejected a plea.",
         {"Conservative Party": {"Tories"}, "House of Lords": {"Lords"}}),
        # "X Department" is "Department of X", and its acronym counts "of"; a bracket ends a name
        ("The Department of Justice opened an inquiry. The Justice Department said it had evidence. "
         "A DOJ spokesman declined to comment. The Federal Bureau of Investigation (FBI) helped.",
         {"Department of Justice": {"DOJ", "Justice Department"}, "Federal Bureau of Investigation": {"FBI"}}),
        # a name with a list inside it stays whole
        ("The Department of the Environment, Food and Rural Affairs said it would act.",
         {"Department of the Environment, Food and Rural Affairs": set()}),
        # a newspaper the model leaves untagged
        ("The story followed disclosures in the East Marlow Daily Courier last month.", {"East Marlow Daily Courier": set()}),
        # a paper whose name starts with a word read as a date; a body whose name ends in "Budget"
        ("Ed Lyle told the Daily Beacon newspaper he was leaving.", {"Daily Beacon": set()}),
        ("Ed Lyle once ran the Office of Planning and Budget in the capital.", {"Office of Planning and Budget": set()}),
        # "The Standards and Privileges Committee", which the model tags from "Privileges"
        ("Ed Lyle spoke. The Standards and Privileges Committee inquiry was launched in May.", {"Standards and Privileges Committee": set()}),
        # a name before "security agency" is the agency's, though the model reads it as a person's
        ("Ruth Vale, the head of the Dan Gal security agency, resigned.", {"Dan Gal": set()}),
        # a party named by its adjective before a title, one with its other names
        ("Former Conservative leader William Hale says he will not stand again. The Tories lost.", {"Conservative": {"Tories"}}),
        # a one-word company after "chief executive of"; two names run together across "the"
        ("Jan Lee has been chief executive of Tarrowind, one of the largest retail groups in Norland.", {"Tarrowind": set()}),
        ("Ed Lyle told the Independent the Tories' plans were weak.", {"Independent": set(), "Tories": set()}),
        # a body named after "group"; "Law Lords" a body; a treaty no organization
        ("Human Rights group Liberty has argued so. But Law Lords ruled it illegal under the European Convention on Human Rights.",
         {"Liberty": set(), "Law Lords": set()}),
        # a paper named before "journalist" and "reporter" is the paper
        ("He accused an Evening Herald journalist of bias. Evening Herald reporter Tom Lyle asked.", {"Evening Herald": set()}),
        # a person described by a place and a title is no organization
        ("The Mid-Vale MP had denied the claim, which the Vale Herald reported.", {"Vale Herald": set()}),
    ],
)
def test_organization_names_are_repaired(text: str, expected: dict) -> None:
    assert {o.name: set(o.aliases) for o in facts_of(text).organizations} == expected


def test_parties_named_by_members_and_groups_named_by_title() -> None:
    f = facts_of(
        "The Lib Dems won the seat from Labour. Labour MPs said the Conservatives had lost their way. "
        "A Conservative Party spokesman disagreed."
    )
    assert {o.name: set(o.aliases) for o in f.organizations} == {"Lib Dems": set(), "Labour": set(), "Conservatives": {"Conservative Party"}}
    assert f.people == []


def test_the_firm_said_is_the_organization_last_named() -> None:
    f = facts_of('Vantor Holdings will pay $1m to its former finance chief. '
                 'She was leaving "by mutual agreement to pursue other opportunities", the firm said in a statement.')
    assert speakers(f) == {"by mutual agreement to pursue other opportunities": "Vantor Holdings"}


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


def test_a_lead_sourced_to_a_title_is_the_person_named_next() -> None:
    f = facts_of('Chancellor Gordon Brown will meet his rule "with a margin to spare", according to his former chief '
                 "economic adviser. Formerly one of Mr Brown's closest aides, Ed Balls hinted at a giveaway.")
    assert speakers(f) == {"with a margin to spare": "Ed Balls"}
    assert roles_of(f)["Ed Balls"] == [("chief economic adviser", None, "former")]


def test_names_the_model_runs_into_an_organization_or_a_place() -> None:
    f = facts_of("Gordon Bell spoke in the Commons after Mr Bell had delivered the Budget. "
                 "It was founded by their father, Dhiru Bhai Ambani, who died in 2002.")
    assert [p.name for p in f.people] == ["Gordon Bell", "Dhiru Bhai Ambani"]
    assert [o.name for o in f.organizations] == ["Commons"]


def test_the_chancellors_announcement_after_a_pronoun_is_not_that_person() -> None:
    f = facts_of("Charles Kent spoke. He said the plan was bad. The chancellor's announcement was merely a sticking plaster.")
    assert roles_of(f) == {"Charles Kent": []}


def test_people_the_model_tags_as_places_or_leaves_untagged() -> None:
    f = facts_of("Parmalat is now being run by a state appointed administrator, Enrico Bondi, who has launched lawsuits.")
    assert roles_of(f) == {"Enrico Bondi": [("state appointed administrator", None, None)]}
    f = facts_of("During his induction into the Upper House, Lord Kinnock was accompanied by Lords Leader Baroness Amos "
                 "and Baroness Royall of Blaisdon, a former aide to the ex-Labour leader.")
    assert roles_of(f)["Royall"] == [("aide", None, "former")]
    f = facts_of("Prosecutors are seeking indictments against Mr Tanzi and 28 others - including several members of his "
                 "family and former chief financial officer Fausto Tonna.")
    assert roles_of(f)["Fausto Tonna"] == [("chief financial officer", None, "former")]


def test_a_spokesman_after_an_organization_and_a_speaker_past_a_nearer_verb() -> None:
    f = facts_of('But the Home Office defended the measures. A spokesman said: "These men cannot be prosecuted yet." '
                 'On Tuesday Foreign Secretary Jack Straw told MPs that the US had agreed to release them after '
                 '"intensive and complex discussions" over security.')
    assert speakers(f) == {"These men cannot be prosecuted yet.": "Home Office", "intensive and complex discussions": "Jack Straw"}


def test_sums_the_model_calls_dates_and_their_conversions() -> None:
    f = facts_of("The deal saw the sale of 11bn euros ($14.4bn; £7.6bn) of government bonds on 2 August. "
                 "The group is worth $17bn (£9.1bn; 745bn Indian rupees).")
    what = {x.value: x.what for x in f.figures}
    assert what[11e9] == what[14.4e9] == what[7.6e9] == "euros of government bonds"
    assert what[17e9] == what[9.1e9] == what[745e9] == "group is worth"


def test_shapes_of_the_fifteenth_batch() -> None:
    # a title inside a quotation is the speaker's words, not the next name's office
    f = facts_of('Andrew Tyrie spoke. He said: "I can only hope it is unintentional. A previous Labour chancellor resigned '
                 'after he leaked the Budget." Hugh Dalton resigned after leaking details of his 1947 budget to journalist John Carvel.')
    assert roles_of(f) == {"Andrew Tyrie": [], "Hugh Dalton": [], "John Carvel": [("journalist", None, None)]}
    # "the agency quoted X as saying"
    f = facts_of('"We are mourning a great company," the agency quoted Vantor worker David Ogden as saying.')
    assert speakers(f) == {"We are mourning a great company,": "David Ogden"}
    # an appositive appointed "as" an office
    f = facts_of("Lawmakers said on Wednesday night Enrico Bondi, the turnaround specialist appointed by the Italian "
                 "government as Parmalat's chief executive, spoke positively about the company.")
    assert roles_of(f) == {"Enrico Bondi": [("chief executive", "Parmalat", None)]}
    # "X MP" after the name; a pronoun after "Tory frontbencher X MP demanded" is X
    f = facts_of('In the Commons, Tory frontbencher Andrew Tyrie MP demanded a statement. Raising a point of order, '
                 'he said it was "the latest in a long line of discourtesies".')
    assert roles_of(f) == {"Andrew Tyrie": [("Tory frontbencher", "Tory", None), ("MP", None, None)]}
    # what a sum in a currency word is "of"
    f = facts_of("The firm gained protection in 2003 after revealing debts of 14bn euros ($18.34bn; £9.6bn).")
    assert {x.value: x.what for x in f.figures} == {14e9: "revealing debts", 18.34e9: "revealing debts", 9.6e9: "revealing debts"}


def test_names_with_particles() -> None:
    f = facts_of("The scandal led to the resignation of production chief Walter van der Hoek. "
                 "An email from Mr Van der Hoek said the firm had erred. Al Brenner agreed.")
    assert [p.name for p in f.people] == ["Walter van der Hoek", "Al Brenner"]
    assert f.organizations == []


def test_an_age_between_the_name_and_the_speech_verb() -> None:
    f = facts_of('"I take full responsibility for this," Dan Orel, 58, said.')
    assert speakers(f) == {"I take full responsibility for this,": "Dan Orel"}


def test_an_organization_named_in_lower_case_is_still_that_organization() -> None:
    f = facts_of(
        "Ed Lyle was suspended after the Commons rules and privileges committee said his conduct had been "
        '"far below what the House expects". The Rules and Privileges Committee inquiry began in May.'
    )
    assert speakers(f) == {"far below what the House expects": "Rules and Privileges Committee"}


def test_a_spokesman_for_a_person_speaks_for_that_person_and_holds_no_title_of_theirs() -> None:
    f = facts_of(
        'Prime Minister Alan Reyes welcomed the move. A spokesman for Sarah Mills said her views were different. '
        '"She believes the plan will fail and says so," the spokesman said. He is the third MP to leave this year.'
    )
    assert speakers(f) == {"She believes the plan will fail and says so,": "Sarah Mills"}
    assert roles_of(f) == {"Alan Reyes": [("Prime Minister", None, None)], "Sarah Mills": []}


def test_a_seat_is_a_place_in_the_title() -> None:
    f = facts_of("Sir Peter Lane, the former Conservative MP for Kensington and Chelsea, has died.")
    assert roles_of(f) == {"Peter Lane": [("Conservative MP for Kensington and Chelsea", "Conservative", "former")]}
    assert [o.name for o in f.organizations] == ["Conservative"]  # the party; the seat is a place
    f = facts_of("Douglas Fenn said so. But the Tory MP for Sleaford and North Hykeham admitted more.")
    assert roles_of(f) == {"Douglas Fenn": [("Tory MP for Sleaford and North Hykeham", "Tory", None)]}


def test_multiword_titles_ending_in_a_rank_and_plural_titles_after_a_body() -> None:
    f = facts_of("Shadow attorney general Dominic Grey criticised Cabinet ministers over the Anglo-Irish Agreement.")
    assert roles_of(f) == {"Dominic Grey": [("Shadow attorney general", None, None)]}
    assert [o.name for o in f.organizations] == []


def test_kin_and_age_descriptions_name_people() -> None:
    f = facts_of(
        "Sir Nicholas Reed has died. He had a public disagreement with daughter Victoria. Victoria, a lobbyist, "
        'denounced it. "It was a long fight with a cruel illness," the 71-year-old said last year.'
    )
    assert [o.name for o in f.organizations] == []
    assert speakers(f) == {"It was a long fight with a cruel illness,": "Nicholas Reed"}


def test_an_age_description_stays_as_written_in_an_event_summary() -> None:
    f = facts_of("Sir Nicholas Reed has died. The 71-year-old served in Belfast from 1981 to 1987.")
    [event] = f.events
    assert (event.date, event.summary.split(" served")[0], event.people) == ("1981", "The 71-year-old", ["nicholas-reed"])


def test_datelines_and_paragraphs_end_sentences() -> None:
    doc = nlp.load()("Lead headline with no full stop\n\nWASHINGTON (AP) — The minister quit on Tuesday. Re-elected - he said.")
    assert [s.text.strip() for s in doc.sents] == [
        "Lead headline with no full stop", "WASHINGTON (AP) —", "The minister quit on Tuesday.", "Re-elected - he said.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the one appointed takes the title, never the one appointing; the appositive goes to
        # the name it follows, whatever the parse attached it to
        ("Mayor Eric Dane named Tom Dolan, a former FBI official, as interim commissioner.",
         {"Eric Dane": [("Mayor", None, None)], "Tom Dolan": [("FBI official", "FBI", "former"), ("interim commissioner", None, None)]}),
        # "chief" parsed as an adjective; a US party-and-state tag between name and title
        ("Adm. Lisa Ferro, who became chief of naval operations in 2023, was removed.",
         {"Lisa Ferro": [("chief of naval operations", None, None)]}),
        ("Sen. Roger Wilde, R-Miss., the chairman of the Senate Armed Services Committee, objected.",
         {"Roger Wilde": [("Senator", None, None), ("chairman", "Senate Armed Services Committee", None)]}),
    ],
)
def test_roles_in_wire_copy(text: str, expected: dict) -> None:
    assert roles_of(facts_of(text)) == expected


def test_a_title_word_before_a_longer_name_is_not_an_organization() -> None:
    f = facts_of("Defense Secretary Pete Hale spoke. The Defense Department employs 900,000 civilians. "
                 "The U.S. Attorney's Office for the Southern District of New York declined to comment.")
    assert [o.name for o in f.organizations] == ["Defense Department", "Attorney's Office for the Southern District of New York"]


def test_a_lead_quote_goes_to_the_title_holder_named_later_and_document_phrases_are_nobody_s() -> None:
    f = facts_of(
        'The "best person for the job" should be appointed, the courts minister has told MPs. '
        'The bill was debated on Monday. "It is no longer appropriate," said courts minister Carl Lees. '
        'Mr Lees will have the power to look into "any matter relating to the interests of children".'
    )
    assert speakers(f) == {"best person for the job": "Carl Lees", "It is no longer appropriate,": "Carl Lees"}


def test_a_firm_named_like_a_person_is_the_firm_throughout() -> None:
    f = facts_of("He earns £30,000 a year from the law firm Tods Murray, where he is a partner. "
                 "It then emerged Tods Murray has a client which opposes the development.")
    assert [o.name for o in f.organizations] == ["Tods Murray"] and f.people == []


def test_a_title_is_not_given_to_someone_the_same_sentence_names_as_someone_else() -> None:
    f = facts_of("Ann Vale wrote to the cabinet on Friday. The prime minister thanked her for her work. "
                 "Sen. Roy Webb called it unusual but said the president has the right to choose. "
                 "Tom Kerr quit. The Scottish party leader had insisted that his work did not influence the causes he supports.")
    assert roles_of(f) == {"Ann Vale": [], "Roy Webb": [("Senator", None, None)], "Tom Kerr": [("Scottish party leader", None, None)]}


def test_wire_lead_with_dated_dateline_objects_and_follow_on_quote() -> None:
    text = (
        "LONDON, Nov 13 (Reuters) - Prime Minister Ravi Sand fired interior minister Sue Bell on Monday "
        "and appointed former minister Dan Crane as foreign secretary.\n\n"
        '"It has been the privilege of my life to serve," Bell said in a statement.\n\n'
        '"I will have more to say in due course."\n\n'
        'Labour leader Kim Starr said it was chaos. "The prime minister is too weak to lead," a Labour spokesperson added.'
    )
    f = facts_of(text, published=date(2023, 11, 13))
    assert roles_of(f)["Sue Bell"] == [("interior minister", None, None)]
    assert ("foreign secretary", None, None) in roles_of(f)["Dan Crane"]
    assert speakers(f) == {
        "It has been the privilege of my life to serve,": "Sue Bell",
        "I will have more to say in due course.": "Sue Bell",
        "The prime minister is too weak to lead,": "Labour",
    }
    assert [e.date for e in f.events] == ["2023-11-13"] and "fired" in f.events[0].summary


def test_an_event_told_of_a_title_names_its_holder() -> None:
    f = facts_of("The health minister resigned on Tuesday after the figures were published. "
                 "Health Minister Karen Dole said she took full responsibility.", published=date(2024, 3, 5))
    [event] = f.events
    assert (event.date, event.people) == ("2024-03-05", ["karen-dole"])


def test_pronouns_agree_with_the_gender_the_text_shows() -> None:
    f = facts_of(
        'Premier Tom Ward fired Anne Hale on Monday. She had criticised the police. '
        'Ms Hale said: "I have no regrets at all about it." Mr Ward met Jo Reyes later. '
        '"We disagreed on many things," she said.'
    )
    assert speakers(f) == {"I have no regrets at all about it.": "Anne Hale", "We disagreed on many things,": "Anne Hale"}
    assert [p.speaker for p in f.reactions if p.kind == "paraphrase"] in ([], ["anne-hale"])


def test_an_also_clause_shares_the_date_of_the_event_it_parallels_and_ranges_are_one_event() -> None:
    f = facts_of(
        "The army chief, Gen. Ari Dorn, announced Tuesday he was resigning. "
        "Shortly after Dorn's announcement, the head of the southern command, Yoel Sharf, also announced his resignation. "
        "Dorn served as an attache from 1981 to 1987.",
        published=date(2025, 1, 21),
    )
    dated = sorted((e.date, e.people) for e in f.events)
    assert dated == [("1981", ["ari-dorn"]), ("2025-01-21", ["ari-dorn"]), ("2025-01-21", ["yoel-sharf"])]


def test_a_title_introducing_someone_is_not_given_to_a_person_named_before() -> None:
    f = facts_of("John Hart spoke on Monday. The party then suspended a candidate. John Hart said he was sorry.")
    assert roles_of(f) == {"John Hart": []}


def test_money_ranges_salaries_and_what_a_sum_is_for() -> None:
    f = facts_of(
        "He commanded a salary of between £25,000 and £35,000 for the work. "
        "She earned up to £10,000 for presenting the show. Two one-man shows netted him up to £480,000."
    )
    got = sorted((fig.value, fig.what) for fig in f.figures)
    assert [v for v, _ in got] == [10_000, 25_000, 35_000, 480_000]  # "one-man" counts nothing; "Two" shows is a small count
    assert "salary" in dict(got)[25_000] and "salary" in dict(got)[35_000] and "presenting" in dict(got)[10_000]


def test_a_counted_plural_title_goes_to_the_people_named_next() -> None:
    f = facts_of(
        "The party could take action to unseat two London Assembly members who defected to a rival. "
        "Dan Hock, now the rival's deputy leader, and Peter Hume were elected in 2004. Sen. Roy Webb, "
        "the chairman of the Senate Armed Services Committee, objected."
    )
    roles = roles_of(f)
    assert ("London Assembly member", "London Assembly", None) in roles["Dan Hock"]
    assert roles["Peter Hume"] == [("London Assembly member", "London Assembly", None)]
    assert "Armed Services Committee" not in roles


def test_colon_attributions_and_quoted_as_saying() -> None:
    f = facts_of(
        'Sen. Maria Chow, D-Calif., was more blunt: "This nomination should never have been made." '
        'Ann Ruiz spoke later. She was quoted as saying that she would "recuse herself from any matter" involving clients.'
    )
    assert speakers(f) == {
        "This nomination should never have been made.": "Maria Chow",
        "recuse herself from any matter": "Ann Ruiz",
    }


def test_names_keep_their_own_words_only() -> None:
    f = facts_of(
        "Lib Dem MP Lembit Opik said so. Lib Dem Norman Baker agreed. A spokesman for Mr Tony Blair disagreed. Michael Mansfield QC said the law was wrong. "
        "Jean-Claude Juncker and Al Aynsley-Green met. The Scottish Executive said it would act."
    )
    assert sorted(p.name for p in f.people) == ["Al Aynsley-Green", "Jean-Claude Juncker", "Lembit Opik", "Michael Mansfield", "Norman Baker", "Tony Blair"]
    assert roles_of(f)["Tony Blair"] == [] and roles_of(f)["Lembit Opik"] == [("Lib Dem MP", "Lib Dem", None)]


def test_the_president_is_not_the_last_person_named_when_that_person_has_another_title() -> None:
    f = facts_of("Senate Majority Leader Chuck Sumner criticized the order on Monday. The president defended it on Tuesday.")
    assert roles_of(f) == {"Chuck Sumner": [("Senate Majority Leader", "Senate", None)]}


def test_party_words_before_names_and_parties_the_model_calls_people() -> None:
    f = facts_of("But Tory Simon Hale branded the way the office operated as scandalous. "
                 "The Tories and the Lib Dems have called for a second inquiry.")
    assert [p.name for p in f.people] == ["Simon Hale"]
    assert {"Lib Dems", "Tories"} <= {o.name for o in f.organizations}


def test_offices_told_by_verbs_and_descriptions_of_the_other_person() -> None:
    f = facts_of(
        "The events leading to David Blunt's resignation must be examined. On Wednesday Tony Blair said he hoped "
        "the former home secretary would serve again. Martin O'Neill, who chairs the Commons trade committee, agreed."
    )
    roles = roles_of(f)
    assert roles["David Blunt"] == [("home secretary", None, "former")] and roles["Tony Blair"] == []
    assert roles["Martin O'Neill"] == [("chair", "Commons trade committee", None)]


def test_a_main_clause_pronoun_passes_over_a_subject_earlier_in_its_sentence() -> None:
    f = facts_of('Mr Tony Blair told reporters he had not read the report. '
                 'Asked if Mr David Blunt could return, he replied: "I have made my admiration for David very clear."')
    assert speakers(f) == {"I have made my admiration for David very clear.": "Tony Blair"}


def test_a_hyphenated_spelled_number_is_one_value() -> None:
    f = facts_of("A total of 53% said so. Forty-three per cent thought Mr Blunt had done a good job as home secretary and 17% disagreed.")
    assert sorted(fig.value for fig in f.figures) == [17, 43, 53]


def test_shapes_of_the_sixteenth_and_seventeenth_batches() -> None:
    # a peer named only by title and surname is a person, who speaks; a lead's agent is the
    # person named next
    f = facts_of('New targets for courts have been announced by the lord chancellor. Lord Pennick wants every court '
                 'to have video links. He went on: "Giving evidence is a nerve-wracking experience for every victim."')
    assert roles_of(f) == {"Pennick": [("lord chancellor", None, None)]}
    assert speakers(f) == {"Giving evidence is a nerve-wracking experience for every victim.": "Pennick"}
    # a surname misspelt once by a dropped letter, and a hyphenated one written apart, are one person
    f = facts_of("The claims came in a book by Robert Trenton. Mr Tenton's book said the deal was off. "
                 "Mark Hale Smith denied it. Mr Hale-Smith said it was untrue.")
    assert [(p.name, p.aliases) for p in f.people] == [("Robert Trenton", ["Tenton"]), ("Mark Hale Smith", ["Hale-Smith"])]
    # "A Home Office spokesman said ... He added" speaks for the Home Office, not the person before
    f = facts_of('Mr Lane said the Home Office should act. Tom Lane chairs the panel. A Home Office spokesman said the '
                 'system had been tightened. He added "that the new checks will be simpler and more robust".')
    assert speakers(f) == {"that the new checks will be simpler and more robust": "Home Office"}
    # a pronoun in a clause under "X told Y" is X; "X had made him leader": him is not X
    f = facts_of("Jo Carr and Sam Dunn are rivals. Mike Hart launched plans on Thursday. In a book, he alleges that "
                 "Mr Carr told Mr Dunn in 2003 he would step down.")
    assert [(e.date, e.summary) for e in f.events][1:] == [("2003", "Mr Carr told Mr Dunn in 2003 Jo Carr would step down")]
    f = facts_of("Dan Hock backs the new party. He said Mr Roy Kell had made him deputy party leader of Veritas.")
    assert roles_of(f)["Dan Hock"] == [("deputy party leader", "Veritas", None)]
    # "Foreign and Commonwealth Office" and "Foreign Office" are one body
    f = facts_of("The Foreign and Commonwealth Office will close posts. The Foreign Office has about 6,100 staff.")
    assert [(o.name, o.aliases) for o in f.organizations] == [("Foreign and Commonwealth Office", ["Foreign Office"])]


def test_counts_the_model_misparses_or_runs_into_a_year() -> None:
    f = facts_of("Nine consulates or consulates general will also be closed, mostly in Europe. Since 1997 10 overseas "
                 "posts have been closed. The plan aims at making £86m in efficiency savings.")
    assert {x.value: x.what for x in f.figures} == {9: "consulates closed mostly in Europe", 10: "overseas posts closed", 86e6: "making efficiency savings"}


def test_shapes_of_the_eighteenth_and_nineteenth_batches() -> None:
    # a speaker parsed into the object before "said"; "the Foreign Secretary" after quotation
    # sentences is the person named before them, and no "shadow foreign secretary" holds it
    f = facts_of('Shadow foreign secretary Mike Anson said the race was close. In a speech to the Policy Centre Mr Hall '
                 'said of the Tory leader: "He is clever, fluent and tactical, but he is not wise. "He lacks judgment." '
                 'The Foreign Secretary told the BBC: "I was making an observation about his temper."')
    assert roles_of(f)["Hall"] == [("Foreign Secretary", None, None)]
    assert set(speakers(f).values()) == {"Hall"}
    # "A spokesman for X said ... He said ... "...," he said": X throughout
    f = facts_of('Tessa Jonas said the rules would be strict. A spokesman for the British Casino Association said the '
                 'government was trying to allay fears. He said foreign firms would win. "The UK industry is one of the '
                 'most respected," he said.')
    assert speakers(f) == {"The UK industry is one of the most respected,": "British Casino Association"}
    # "X would be in the front line, he said": he is not X, nor someone seen "walking" in a clause
    f = facts_of('Alan Mears explained the slogan. Nobody, he claimed, could picture Liberal Democrat leader Carl Kemp '
                 'walking up Downing Street. And Tony Blair would be in the front line of that campaign, he said. '
                 '"He will be leading the debate from the front," he promised.')
    assert speakers(f) == {"He will be leading the debate from the front,": "Alan Mears"}
    assert roles_of(f)["Carl Kemp"] == [("Liberal Democrat leader", "Liberal Democrat", None)]
    # a body named "Executive"
    f = facts_of("The Health and Safety Executive said it was trying to get workers involved.")
    assert [o.name for o in f.organizations] == ["Health and Safety Executive"]
    # a year inside a name the model tags otherwise, and the title-holder whose it is
    f = facts_of("Chancellor Gordon Brown spoke. The IFS says the drop partly reflects measures announced in what it "
                 "called the Chancellor's tax-raising Budget of 2002.", None)
    assert [(e.date, e.people) for e in f.events] == [("2002", ["gordon-brown"])]


def test_figures_in_short_quoted_phrases_hyphenated_nouns_and_days_of_months() -> None:
    f = facts_of('The vote is expected to fall on 5 May. Eight super-casinos are proposed. Since 1997, income had '
                 '"risen by 20% in real terms", he said, but not "one iota of truth" was in it.')
    assert {x.value: x.what for x in f.figures} == {8: "super - casinos proposed", 20: "income risen"}


def test_a_body_named_executive_and_its_lowercase_name() -> None:
    f = facts_of('The first minister Jack Dunlop spoke at Glenmore High School in Inverness. Nora Steele, the independent '
                 'member for the ward, defended him. But the Scottish Executive has insisted he was speaking about adults. '
                 'When one pupil asked Mr Dunlop how the executive proposed to tackle it, he laughed. But an executive '
                 'spokeswoman insisted he meant adults. "He was talking in the context of adults binge drinking," she said.')
    assert roles_of(f) == {"Jack Dunlop": [("first minister", None, None)], "Nora Steele": [("independent member for the ward", None, None)]}
    assert [o.name for o in f.organizations] == ["Glenmore High School", "Scottish Executive"]
    assert speakers(f) == {"He was talking in the context of adults binge drinking,": "Scottish Executive"}
    assert f.figures == []


def test_shapes_of_the_twentieth_and_twenty_first_batches() -> None:
    # surnames that are also ranks; "Mr Howard" is not Howard Flint, but "Mr Tan" may be Tan Wei Ming
    f = facts_of("Former premier John Major and Frank Field MP spoke. Sacked MP Howard Flint met Tan Wei Ming. "
                 "Mr Howard said the rules were clear. Mr Tan agreed.")
    assert [p.name for p in f.people] == ["John Major", "Frank Field", "Howard Flint", "Tan Wei Ming", "Howard"]
    # agents and coordinators; "no longer" an office is none
    f = facts_of("Rory Tang, agent for the local party, said Mr Flint was out. Labour election campaign coordinator "
                 "Alan Mears agreed. He said Mr Flint is no longer an approved candidate.")
    assert roles_of(f) == {"Rory Tang": [("agent for the local party", None, None)], "Flint": [],
                           "Alan Mears": [("Labour election campaign coordinator", "Labour", None)]}
    # an acronym spelled out in lower case, and "MPs", are no organizations
    f = facts_of("Mr Flint says he will not stand down unless his local party instructs him to do so at an extraordinary "
                 "general meeting (EGM). His supporters say they have the 50 signatures needed to trigger the EGM. In "
                 "January the MPs who make up the Commons Work and Pensions Committee published a report.")
    assert [o.name for o in f.organizations] == ["Commons Work and Pensions Committee"]
    # "the prime minister said" is not the deputy prime minister; a Sunday paper
    f = facts_of('Prime Minister Tony Blair felt he had lost trust. At a dinner hosted by Deputy Prime Minister John Prescott '
                 'he told Mr Brown of his intention to stand down. According to Sunday Telegraph journalist Robert Peck '
                 'the prime minister said: "Help me to get through the year and I will stand down."')
    assert speakers(f) == {"Help me to get through the year and I will stand down.": "Tony Blair"}
    assert "Sunday Telegraph" in [o.name for o in f.organizations]
    # a spokeswoman the parse hangs under her department speaks for it
    f = facts_of('Doug Smyth had resigned. A Department for Work and Pensions spokeswoman confirmed Mr Smyth was still in post. '
                 '"No date was ever given for Doug Smyth\'s departure," she said.')
    assert speakers(f) == {"No date was ever given for Doug Smyth's departure,": "Department for Work and Pensions"}
    # a party of two words before a title
    f = facts_of('Liberal Democrat leader Charles Kemp said he was always warm.')
    assert roles_of(f) == {"Charles Kemp": [("Liberal Democrat leader", "Liberal Democrat", None)]}


def test_participle_clauses_tell_of_the_main_clause_s_subject() -> None:
    f = facts_of("Lord Callan, who has died, was a giant. Born in 1912 and educated at Park School, Lord Callan became a "
                 "clerk. After serving as a junior minister in the Attlee government, he became chancellor. In the "
                 "autumn of 1978 Lord Callan refused to hold an early election.", None)
    assert roles_of(f)["Callan"] == [("clerk", None, None), ("chancellor", None, None), ("junior minister", "Attlee government", None)]
    assert [(e.date, e.people) for e in f.events] == [("1912", ["callan"]), ("1978", ["callan"])]


def test_shapes_of_the_twenty_second_batch() -> None:
    # a name the model leaves untagged (a month), a title in apposition the parse breaks
    f = facts_of('Michelle, a mother of twins, said she had not been paid. "I have to chase them all the time," she said. '
                 'Theresa May, Tory shadow work and pensions secretary, said: "We have got to find a way to pay."')
    assert roles_of(f)["Theresa May"] == [("Tory shadow work and pensions secretary", None, None)]
    assert speakers(f)["We have got to find a way to pay."] == "Theresa May"
    # a quotation's own subject is no unnamed spokesperson for the pronoun after it
    f = facts_of('Lord Gold said: "I was fully involved." He said it was prepared in his office. "No other minister or '
                 'official was involved in any way." He suggested the claim was wrong. "As I have always made clear, '
                 'the answer was my own view," he said.')
    assert set(speakers(f).values()) == {"Gold"}
    # a name with a postnominal the model calls an organization; "the X inquiry" is "the X Inquiry"
    f = facts_of("His evidence to the Butler Inquiry was misread, said a book by Jo Lane QC, a member of Matrix Chambers. "
                 "Tory MP Tim Mace was part of the Butler inquiry.")
    assert "Jo Lane" in [p.name for p in f.people]
    assert [(o.name, o.aliases) for o in f.organizations if o.name.startswith("Butler")] == [("Butler Inquiry", ["Butler"])]


def test_shapes_of_the_twenty_third_batch() -> None:
    # a pronoun after a title standing for someone else than the last person named
    f = facts_of('Tory leader Michael Hart spoke first. Mr Blake denied the quote. He again insisted there could be no '
                 'deals. The Tory leader countered that deals had been struck. He declared: "He is the deals on meals '
                 'prime minister."')
    assert speakers(f) == {"He is the deals on meals prime minister.": "Michael Hart"}
    # "X said as home secretary he gave ...": the office is his, not X's; no friend is an office
    f = facts_of('Michael Hart spoke. TV presenter Anne Robb said as home secretary he gave the wrong impression. '
                 'Ms Robb, a friend of the Tory leader, also revealed more.')
    assert roles_of(f) == {"Michael Hart": [("home secretary", None, None)], "Anne Robb": [("TV presenter", None, None)]}
    # a lead's title for the one named next, past a postnominal; "a 19-strong panel"
    f = facts_of("A senior barrister who has resigned in protest says the system is wrong. Ian Dowd QC quit when the "
                 "government failed to act. He was part of a 19-strong panel.")
    assert roles_of(f) == {"Ian Dowd": [("senior barrister", None, None)]}
    assert [(x.value, x.what) for x in f.figures] == [(19, "strong panel")]
    # no quoted word or event noun at the head of a title
    f = facts_of('Later at their poster launch Tory co-chairman Liam Fry said his party would show how "juvenile" the '
                 'prime minister was.')
    assert roles_of(f) == {"Liam Fry": [("Tory co-chairman", None, None)]}


def test_shapes_of_the_twenty_fourth_batch() -> None:
    # a given name the model leaves out of the name; an occupation told in a lead
    f = facts_of("An artist critical of Welsh arts funding has denied comparing the idea with dictatorships. "
                 "Shani Rhys James is worried that the council may be taken over.")
    assert roles_of(f) == {"Shani Rhys James": [("artist", None, None)]}
    # a party before a portfolio and a title, and a party name the model leaves untagged
    f = facts_of('Rhodri Glyn Evans, Plaid Cymru health spokesman said: "It is a failed target." Conservative health '
                 'spokesman Jon Morgan said it was bad.')
    assert [o.name for o in f.organizations] == ["Plaid Cymru", "Conservative"]
    # "The film showed X, talking about it, telling the meeting:" is X speaking
    f = facts_of('The documentary showed Mr Natt, apparently talking about the EU, telling the meeting: "The Germans are '
                 'the big losers here."')
    assert speakers(f) == {"The Germans are the big losers here.": "Natt"}
    # a title standing for the one person the sentence before names
    f = facts_of("Mike Natt says he was not German-bashing. The meeting was shown in a film on ex-UKIP MEP Rob Kell. "
                 "The former chat show host quit the party earlier this month.")
    assert roles_of(f)["Rob Kell"] == [("UKIP MEP", None, "former"), ("chat show host", None, "former")]


def test_shapes_of_the_twenty_fifth_batch() -> None:
    # each name of a list after a plural title; a description for the untitled person just named
    f = facts_of("New Home Secretary Charles Clarkson has vowed to press on despite a call from Charles Kemp. The Lib Dem "
                 "leader said the plan was flawed. Among those with doubts were senior shadow cabinet members David "
                 "Davies, Oliver Lett and Tim Yoe.")
    assert roles_of(f) == {
        "Charles Clarkson": [("New Home Secretary", None, None)], "Charles Kemp": [("Lib Dem leader", "Lib Dem", None)],
        "David Davies": [("senior shadow cabinet member", None, None)], "Oliver Lett": [("senior shadow cabinet member", None, None)],
        "Tim Yoe": [("senior shadow cabinet member", None, None)],
    }
    # 'He said the man shouted: "..."': the unnamed man's words are not the speaker's; a street is no one
    f = facts_of('Rob Kell said he was very angry. He said the man shouted: "You have offended my religion, I am doing '
                 'this." The suspect ran off towards Wilmslow Road.')
    assert speakers(f) == {} and [p.name for p in f.people] == ["Rob Kell"]
    # a seat before "MP" is no person; "the Bill" is no person
    f = facts_of("Ms Kelly, a Cabinet Office minister and Bolton West MP, was hit. The government wants the Bill passed. "
                 "Solicitor Gareth Pearce disagreed.")
    assert [p.name for p in f.people] == ["Kelly", "Gareth Pearce"]


def test_shapes_of_the_twenty_sixth_batch() -> None:
    # "the home secretary" when Home Secretary X is named later is X, not the last person named;
    # an attempted recruitment gives no office
    f = facts_of("Martin Mbanga, 32, said he was mistreated. The home secretary said he would not be launching an "
                 "investigation. Mr Mbanga said the man tried to recruit him as an agent, but he refused. Home Secretary "
                 "Charles Clarkson told the Observer: \"I'm not organising a specific investigation into it.\"")
    assert roles_of(f) == {"Martin Mbanga": [], "Charles Clarkson": [("Home Secretary", None, None)]}
    assert "Observer" in [o.name for o in f.organizations]
    # a quotation left open before the next attribution ends at its sentence
    f = facts_of('Mr Mbanga said: "I\'ve lost three years of my life. He added: "The authorities wanted to break me."')
    assert sorted(speakers(f)) == ["I've lost three years of my life.", "The authorities wanted to break me."]


def test_shapes_of_the_twenty_seventh_batch() -> None:
    # a speaker the parse hangs on a noun before, past a relative clause
    f = facts_of('Labour backbencher Helen Dunmore disagrees. In an article for the Times newspaper, Ms Dunmore, who chairs '
                 'the Transport Select Committee, says: "Slight increases to low car speeds increase hugely the risks."')
    assert speakers(f) == {"Slight increases to low car speeds increase hugely the risks.": "Helen Dunmore"}
    # "Amnesty" for "Amnesty International"; a sum's scale word is not what it counts
    f = facts_of('Amnesty International has called the camp a scandal. Amnesty said the release was "long overdue". '
                 'He estimates that this would save the country £119m a year.')
    assert [(o.name, o.aliases) for o in f.organizations] == [("Amnesty International", ["Amnesty"])]
    assert [(x.value, x.what) for x in f.figures] == [(119e6, "save")]


def test_shapes_of_the_twenty_eighth_batch() -> None:
    # '"...," said <titles> <name>', whatever the parse made of the titles; no "Party" body
    f = facts_of('Party leader Charles Kemp said the homes would be affordable. "This is typical of Lib Dem hypocrisy," '
                 'said Tory shadow local government secretary Caroline Spellar.')
    assert speakers(f) == {"This is typical of Lib Dem hypocrisy,": "Caroline Spellar"}
    assert roles_of(f) == {"Charles Kemp": [("Party leader", None, None)],
                           "Caroline Spellar": [("Tory shadow local government secretary", None, None)]}
    assert "Party" not in [o.name for o in f.organizations]


def test_a_name_in_a_programme_title_is_no_person() -> None:
    f = facts_of('Tory leader Michael Hart told Sky News\' Sunday with Adam Boulder: "This is the politics of the '
                 'playground." He spoke to BBC One\'s Breakfast with Frost programme.')
    assert [p.name for p in f.people] == ["Michael Hart"]


def test_a_one_word_name_after_a_kinship_noun_and_a_title_is_a_person() -> None:
    f = facts_of('The film shows the Tory leader Michael Hart playing table tennis with his wife, ex-model Sandra. Asked '
                 'if she enjoys it she confesses: "Yeah, it would be more enjoyable if I could win."')
    assert [p.name for p in f.people] == ["Michael Hart", "Sandra"]
    assert speakers(f) == {"Yeah, it would be more enjoyable if I could win.": "Sandra"}


def test_shapes_of_the_twenty_ninth_batch() -> None:
    # a place before a titled name is no person; a surname that is also a title ("King")
    f = facts_of("In Elmton Green, former Labour MP Gareth Lowe is standing against sitting MP Una King, who had a "
                 "10,000-vote majority in 2001.")
    assert [p.name for p in f.people] == ["Gareth Lowe", "Una King"]
    assert [(x.value, x.what) for x in f.figures] == [(10000, "had vote majority")]
    assert [(e.date, e.people) for e in f.events] == [("2001", ["una-king"])]
    # a pronoun in a clause fronted at a paragraph's start is the person named next; a
    # participle's office ("Named home secretary ..., X had")
    f = facts_of("Profile\n\nBefore he resigned the position of home secretary on Wednesday, Daniel Birkett had been in "
                 "charge of policing.")
    assert roles_of(f) == {"Daniel Birkett": [("home secretary", None, "former")]}
    f = facts_of("Named home secretary after the 2001 general election, Mr Daniel Birkett had seen the focus intensify.")
    assert roles_of(f)["Daniel Birkett"][0][0] == "home secretary"
    assert [(e.date, e.summary) for e in f.events] == [("2001", "Named home secretary after the 2001 general election")]


def test_shapes_of_the_twenty_ninth_batch_events_and_legislatures() -> None:
    # a seat is no organization, nor is Parliament "for" it; an untagged legislature is; the
    # one performing "after first contesting" is the main clause's subject
    f = facts_of("Mr Daniel Birkett entered Parliament for Elmton Brightwater in 1987, after first contesting the "
                 "Elmton Hallow seat in 1974. He led the council for seven years before entering the Commons. "
                 "His dog was replaced in 2003 after nearly a decade by his side.")
    assert [o.name for o in f.organizations] == ["Parliament", "Commons"]
    assert sorted((e.date, e.people) for e in f.events if e.date in ("1974", "1987")) == [("1974", ["daniel-birkett"]), ("1987", ["daniel-birkett"])]
    assert [e.date for e in f.events if "replaced" in e.summary] == ["2003"]  # not a second, undated one
    # a clause left out of a summary takes its commas with it; "the Commons committee" is the committee's
    f = facts_of("Last year the Elmton Muslim Forum, which opposed the war, urged voters to stay home. The Commons "
                 "work and pensions committee met.")
    assert [e.summary for e in f.events] == ["Last year the Elmton Muslim Forum urged voters to stay home"]
    assert "Commons" not in [o.name for o in f.organizations]


def test_shapes_of_the_thirtieth_batch_quotes() -> None:
    # a quoted fragment left open ends with its sentence; a sentence run on after a quotation
    # keeps its speaker ('Ms X said "..." Asked about it, she said')
    f = facts_of('Ms Kerry Nash, for the Greens, said: "It will serve no purpose at all," she said. Meanwhile Ms Jane '
                 'Holt defended her record, saying the lists were "only a tenth of the health agenda. Dr Ben Gill said '
                 'staff wanted calm after "tremendous change and reform".\n\nMs Holt said she hoped "that people would '
                 'benefit from my work of the past five years" Asked about the lists, she said they were "only a tenth '
                 'of the whole story".')
    assert speakers(f) == {
        "It will serve no purpose at all,": "Kerry Nash",
        "only a tenth of the health agenda": "Jane Holt",
        "tremendous change and reform": "Ben Gill",
        "that people would benefit from my work of the past five years": "Jane Holt",
        "only a tenth of the whole story": "Jane Holt",
    }


def test_shapes_of_the_thirtieth_batch() -> None:
    # a portfolio's place is no organization, and a broadcaster named by a place is its own
    f = facts_of("The new health minister for Wales, Dr Ben Gill, told BBC Wales he would cut the lists. The Open Party "
                 "said Parliament could decide in 2011 whether to act. The first cards would be issued in 2008.")
    assert [o.name for o in f.organizations] == ["BBC Wales", "Open Party", "Parliament"]
    assert [e.date for e in f.events] == ["2008"]  # "could decide": a possibility
    # "In January 25 people": a count after a month, not a day; a left-out clause takes its space
    f = facts_of("In January 25 people were jailed. In March Sam Ade, a Belgian national who set up two sham "
                 "weddings, was jailed for three years.")
    assert [(x.value, x.what) for x in f.figures][0] == (25, "people jailed")
    assert [e.summary for e in f.events] == ["In January 25 people were jailed", "In March Sam Ade, a Belgian national, was jailed for three years"]


def test_shapes_of_the_thirty_first_batch() -> None:
    # "Title, Name MSP, said": the title before the comma too; "X said ..., adding:" is X's
    f = facts_of('Scottish Finance Minister, Tom Hale MSP, said: "We will hold the line." Labour\'s Paul Flint said Mr '
                 'Hale and Mr Bray had a "scorching" from MPs adding: "It was a meeting like no other."')
    assert roles_of(f)["Tom Hale"] == [("MSP", None, None), ("Scottish Finance Minister", None, None)]
    assert speakers(f) == {"We will hold the line.": "Tom Hale", "It was a meeting like no other.": "Paul Flint"}
    # a spaced dash ends a title; "Lord X-Y" is a person, one word
    f = facts_of("He will line up alongside Alan Milbrook - the man appointed as the party's election supremo - and "
                 "deputy leader John Prest. Lord Campbell-Sayers, a former MP, challenged Mr Prest.")
    assert roles_of(f)["Alan Milbrook"] == [("election supremo", "party", None)]
    assert roles_of(f)["Campbell-Sayers"] == [("MP", None, "former")]


def test_shapes_of_the_thirty_first_batch_events_and_figures() -> None:
    # "in both 1997 and 2001": two events; a day inside a paper's name dates nothing
    f = facts_of("The campaign was a role successfully carried out by Mr Gordon Bray in both 1997 and 2001. The claims "
                 "are in a book by Sunday Telegraph journalist Rob Peel.")
    assert [(e.date, e.people) for e in f.events] == [("1997", ["gordon-bray"]), ("2001", ["gordon-bray"])]
    # "the rate of inflation, which is currently 1.6%": what 1.6% is
    f = facts_of("Increases will be more than twice the rate of inflation, which is currently 1.6%.")
    assert [(x.value, x.what) for x in f.figures] == [(1.6, "rate of inflation")]


def test_shapes_of_the_thirty_second_batch_quotes() -> None:
    # "For the party X said: "..." he said": X, though parsed as the object of "For"; words
    # quoted after a narrator's sentence in a later paragraph are nobody's; a view held in the
    # sentence before a quotation is its holder's
    f = facts_of('Mr Ed Bell said: "We will not change the plans at all."\n\nFor the Lib Dems David Lowe said: "The '
                 'chancellor will no doubt tell us how well it is doing," he said.\n\nThe minutes of the meeting show '
                 'how the chance of a deal faded. "The PM said he was bound to tell them that his colleagues would '
                 'not agree."\n\nBut Mr Ian Mace believes that detainees should be tried by jury. "My own view is we '
                 'need a full return to trial by jury."')
    assert speakers(f) == {
        "We will not change the plans at all.": "Ed Bell",
        "The chancellor will no doubt tell us how well it is doing,": "David Lowe",
        "My own view is we need a full return to trial by jury.": "Ian Mace",
    }
    # (the minutes' words, having no speaker, are in no one's mouth)


def test_shapes_of_the_thirty_second_batch_figures() -> None:
    # a sum a threshold is raised from or to; "17 short of the number"; a share in words is
    # no number
    f = facts_of("The chancellor is expected to raise the stamp duty threshold from £60,000. Its 301 MPs were 17 short "
                 "of the number needed. Nearly two-thirds of people with the disease were born overseas.")
    assert [(x.value, x.what) for x in f.figures] == [(60000, "raise duty threshold"), (301, "MPs were"), (17, "were short of the number needed")]


def test_shapes_of_the_thirty_third_batch_people() -> None:
    # a building is no person; a composer's profession; kin named by first name before a
    # namesake is named in full is someone else, and the vicar "who praised" him is he
    f = facts_of("The archives sit in Parliament's Elm Tower, among them papers of composer George Fredrick Handley. "
                 'The speech was introduced by his son Nick, a trainee vicar, who praised his father. "I always know '
                 'where I am with him," he said. His stepson Sholto was there. "It has been a fantastic few weeks," '
                 "said student Nick Vale.")
    assert [p.name for p in f.people] == ["George Fredrick Handley", "Nick", "Sholto", "Nick Vale"]
    assert roles_of(f)["George Fredrick Handley"] == [("composer", None, None)]
    assert roles_of(f)["Nick"] == [("trainee vicar", None, None)]
    assert speakers(f) == {"I always know where I am with him,": "Nick", "It has been a fantastic few weeks,": "Nick Vale"}


def test_shapes_of_the_thirty_third_batch_figures_and_events() -> None:
    # "£35 bn cuts" with its spaced scale; "the £5,000 damages" the model leaves untagged; not
    # "Number 10" or a typo "£135,00"
    f = facts_of("Labour claimed he was planning £35 bn cuts in public services. He fled rather than pay the £5,000 "
                 "damages. He wants to walk through the doors of Number 10. It pays £135,00 for work.")
    assert [(x.value, x.what) for x in f.figures] == [(35e9, "planning cuts in public services"), (5000, "pay damages")]
    # "like 1970, when X ...": what happened then; two unrelated events of one year stay two
    f = facts_of("Delegates spoke of the election being like 1970, when Ted Hale snatched victory from Labour. Records "
                 "for the Commons only date back to 1834 - anything earlier was lost in the fire which destroyed the "
                 "buildings in 1834.")
    events = [(e.date, e.summary) for e in f.events]
    assert events[0] == ("1970", "Ted Hale snatched victory from Labour")
    assert [d for d, _ in events] == ["1970", "1834", "1834"]


def test_shapes_of_the_thirty_fourth_batch_people() -> None:
    # "Cardinal Cormac" + a surname tagged an organization; "Both the Cardinal and Archbishop X":
    # X is the archbishop only
    f = facts_of("Billions spent on war should have gone to the poor, Cardinal Colm Murphy-O'Dell has said. Both the "
                 "Cardinal and Archbishop of York Dr Rowan Willis appealed for the inspectors to be given more time. The co-chairman of the "
                 'Conservative Party, Liam Fax, on Saturday called him "a disappointment of historic proportions".')
    assert roles_of(f)["Colm Murphy-O'Dell"] == [("Cardinal", None, None)]
    assert roles_of(f)["Rowan Willis"] == [("Archbishop", "York", None)]
    assert speakers(f) == {"a disappointment of historic proportions": "Liam Fax"}


def test_shapes_of_the_thirty_fourth_batch_bodies_and_dates() -> None:
    # two bodies named alike; a title "of" a place is no body; "2003-4" and "1337" are years
    f = facts_of("Aides from the Duchy of Elmshire and Duchy of Ashford will appear. The Prince of Wales did receive "
                 "over £4m in 2003-4. The duchy was set up in 1337 by King Edmund. It generated almost £12m.")
    assert [o.name for o in f.organizations] == ["Duchy of Elmshire", "Duchy of Ashford"]
    assert sorted(e.date for e in f.events) == ["1337", "2003"]
    assert [(x.value, x.what) for x in f.figures][-1] == (12e6, "generated")


def test_shapes_of_the_thirty_fifth_batch_people() -> None:
    # a name before a spaced dash; a club named like a person; "appointed an auditor, who ..."
    # introduces no one named later
    f = facts_of('Shares in Hale Rovers, the city\'s football club, fell. Fund manager Flora Hamm - Hale Rovers\' '
                 'largest investor - said he would invest more. "I demand better transparency," he is quoted as '
                 "saying. The club appointed an auditor, who has recommended cuts. Steve Shaw, a banker who has held "
                 'talks with the club, said: "They need strong people on the board."')
    assert [p.name for p in f.people] == ["Flora Hamm", "Steve Shaw"]
    assert "Hale Rovers" in [o.name for o in f.organizations]
    assert roles_of(f) == {"Flora Hamm": [("Fund manager", None, None)], "Steve Shaw": []}
    assert speakers(f)["I demand better transparency,"] == "Flora Hamm"


def test_shapes_of_the_thirty_fifth_batch_companies() -> None:
    # a company named like a month; a company's short names; "the third quarter of this year"
    f = facts_of("Fedco Department Stores is to buy rival Maybury Stores. Talks sped up after Maybury's chairman and "
                 "chief executive Gene Kahn resigned in January. Fedco will assume $6bn of debt. The deal is expected "
                 "to conclude by the third quarter of this year. Fedco has annual sales of $15.6bn, while Maybury's "
                 "yearly sales are $14.4bn.", published=date(2005, 2, 28))
    assert [(o.name, o.aliases) for o in f.organizations] == [("Fedco Department Stores", ["Fedco"]), ("Maybury Stores", ["Maybury"])]
    assert [(e.date, e.summary) for e in f.events] == [("2005-01", "Gene Kahn resigned in January"), ("2005", "The deal is expected to conclude by the third quarter of this year")]
    assert [(x.value, x.what) for x in f.figures][-1] == (14.4e9, "yearly sales are")
    f = facts_of("It will face a company named May Stores. A deal for May was struck. Shares dropped by almost 23% to "
                 "2.05 euros. It posted a record loss of 68m euros ($89m; £47m).")
    assert f.events == []
    assert [(x.value, x.what) for x in f.figures] == [
        (23, "Shares dropped"), (2.05, "Shares dropped"), (68e6, "posted record loss of"), (89e6, "posted record loss of"), (47e6, "posted record loss of")]


def test_shapes_of_the_thirty_sixth_batch() -> None:
    # a force named before a title at a sentence's start, without its "New"; a bill is a law
    # even when it names the police; "Home" before a portfolio is no body; "Today" the programme
    f = facts_of("New Metropolitan Police Commissioner Sir Ian Blane has backed the orders. His party will amend the "
                 "Serious Crime and Police Bill. The Home Secretary said so. Home affairs spokesman Mark Oates told "
                 "BBC Radio 4's Today programme it was a matter of principle.")
    assert [o.name for o in f.organizations] == ["Metropolitan Police", "BBC Radio 4"]
    assert f.events == []
    f = facts_of("New York Police Commissioner Ray Kell said so.")
    assert "York Police" not in [o.name for o in f.organizations]  # a place called New ...


def test_shapes_of_the_thirty_seventh_batch() -> None:
    # "the chancellor said Mr X ..." is not X; "Auditor General"
    f = facts_of("Gordon Bray has criticised a union leader. Jon Baum, of the civil servants' union, spoke of rival "
                 "agendas. But the chancellor said Mr Baum was never at the meetings. Auditor General Sir John Bourne "
                 "said it would help.")
    assert roles_of(f) == {"Gordon Bray": [], "Jon Baum": [], "John Bourne": [("Auditor General", None, None)]}
    # an acronym written as a word; "of the X and Y"
    f = facts_of("The Scottish Environment Protection Agency is warning MSPs. Sepa is attempting to curb gases. "
                 "Researchers from the University of the Highlands and Islands took part.")
    assert [(o.name, o.aliases) for o in f.organizations] == [
        ("Scottish Environment Protection Agency", ["Sepa"]), ("University of the Highlands and Islands", [])]
    # an age is no figure; "a target of 1.5 million"
    f = facts_of("Adults are defined as being aged over 19. A target of 1.5 million more by 2010 needed ideas.")
    assert [(x.value, x.what.split()[0]) for x in f.figures] == [(1.5e6, "target")]


def test_shapes_of_the_thirty_eighth_batch() -> None:
    # a demonym before a name is no part of it; "left school at 14" is an age
    f = facts_of("Mr Hart's fellow Welshman Ray Readon won the championship six times, having left school at 14 to "
                 "work as a miner. Some 84,000 jobs will go.")
    assert [p.name for p in f.people] == ["Hart", "Ray Readon"]
    assert [x.value for x in f.figures] == [84000]


def test_a_body_named_in_full_and_shorter_is_one() -> None:
    f = facts_of("Talks with Elm Health Board went well. Ann Wills, chief executive of Elm Local Health Board, said so. "
                 "Elm Hospital Trust caused an outcry. Earlier, Dan Rose, Chief Executive of Elm Hospitals NHS Trust, "
                 "had said it was with regret.")
    assert [(o.name, o.aliases) for o in f.organizations] == [
        ("Elm Health Board", ["Elm Local Health Board"]), ("Elm Hospital Trust", ["Elm Hospitals NHS Trust"])]


def test_it_said_is_the_body_last_named() -> None:
    f = facts_of('German football club Hale Rovers has warned it will go bankrupt. The company\'s shares tumbled after it '
                 'said it has "entered a life-threatening financial situation".')
    assert speakers(f) == {"entered a life-threatening financial situation": "Hale Rovers"}
    f = facts_of('The weather was bad. It said nothing "about the state of the roads today".')
    assert speakers(f) == {}  # no body named: nobody's


def test_both_the_title_and_title_name_are_two_people() -> None:
    f = facts_of("Both the prime minister and Chancellor Gordon Bray have called for urgent action.")
    assert roles_of(f) == {"Gordon Bray": [("Chancellor", None, None)]}


def test_a_union_named_in_two_tags_and_by_its_acronym() -> None:
    f = facts_of("The strike, called by the Public and Commercial Services Union, was the biggest in a decade. PCS Union "
                 'spokesman Jeff Evans said: "Our protest is about defending jobs."')
    assert [(o.name, o.aliases) for o in f.organizations] == [("Public and Commercial Services Union", ["PCS Union"])]


def test_shapes_of_the_forty_second_batch() -> None:
    # a lead's title goes to the one named after sentences naming no one; critics' words are theirs
    f = facts_of('Changes to a bill which critics claim would allow euthanasia "through the back door" were not a ploy, '
                 "the lord chancellor has said. Ministers have been accused of panic. Lord Falkner said it was fair "
                 "to criticise the timing.")
    assert roles_of(f) == {"Falkner": [("lord chancellor", None, None)]}
    assert speakers(f) == {}


def test_shapes_of_the_forty_third_batch() -> None:
    # "Chief Secretary to the Treasury X"; "Echoing X, the prime minister said" gives X no title
    f = facts_of("But Chief Secretary to the Treasury Paul Boatman attacked the plans. Echoing the new US Secretary of "
                 "State Connie Rice, the prime minister said there had been a clear change.")
    assert roles_of(f) == {"Paul Boatman": [("Chief Secretary", None, None)], "Connie Rice": [("US Secretary of State", None, None)]}
    f = facts_of('"We are encouraged," Armando Falco, OFHEO director said.')  # a title after the name, the comma left out
    assert roles_of(f) == {"Armando Falco": [("OFHEO director", None, None)]}


def test_shapes_of_the_forty_fourth_batch() -> None:
    # "X on Y" + "and Z" cut short by the model; "Lib Dem Treasury" before "spokesman X" is no person
    f = facts_of("The Parliamentary Group on Betting and Gaming held an inquiry last year. Lib Dem Treasury spokesman "
                 'Vince Cole branded the plans "fantasy economics".')
    assert [o.name for o in f.organizations] == ["Parliamentary Group on Betting and Gaming", "Lib Dem"]
    assert [p.name for p in f.people] == ["Vince Cole"]


def test_a_when_clause_dates_its_main_clause_and_clock_times_are_no_years() -> None:
    # "he became X when Y happened in 1964": the becoming is dated too
    f = facts_of("Ann Rowe, who has died, was a clerk. After serving as a junior minister, she became chancellor when "
                 "Labour returned to power in 1964.", None)
    [event] = f.events
    assert (event.date, event.people) == ("1964", ["ann-rowe"])
    assert event.summary.endswith("Ann Rowe became chancellor when Labour returned to power in 1964")
    # "until October 2004, when he told ...": what he did then, without its "when"
    f = facts_of("Mr Tulley denied wanting to be leader until October 2004, when he told a radio programme he would "
                 "run. The Budget will be delivered at 1230 GMT on Wednesday.", None)
    assert [(e.date, e.summary.split()[:3]) for e in f.events] == [("2004-10", ["Tulley", "told", "a"]), (None, ["The", "Budget", "will"])]
    # a name set off by commas before a verb the parse gave no subject
    f = facts_of("Mr Bell took over as chief executive after his predecessor as CEO, Jim Cantor, died suddenly of a "
                 "heart attack in April.", date(2004, 11, 23))
    assert [(e.date, e.people) for e in f.events] == [("2004-04", ["jim-cantor"])]


def test_a_day_tagged_as_a_time_dates_its_clause() -> None:
    # "Wednesday night" (a time to the model, or a day before "night"): the day of what was done
    f = facts_of("In a statement issued on Wednesday night, Fenwick Dairies detailed its plans. Lawmakers said on "
                 "Wednesday night Ann Rowe spoke positively about the company. Its shares fell in late Thursday "
                 "morning trading.", date(2005, 3, 4))
    assert [(e.date, e.summary.split()[:2]) for e in f.events] == [
        ("2005-03-02", ["In", "a"]), ("2005-03-02", ["Lawmakers", "said"]), ("2005-03-03", ["Its", "shares"])]


def test_events_of_a_forty_fifth_batch_shape() -> None:
    # a title's holder beside another named person; "is to visit" with its subject; a feast day;
    # "took charge of the response on Tuesday" is the taking
    f = facts_of("Prime Minister Tom Hale spoke in Leeds. The prime minister met Ann Rowe on Monday. Foreign Secretary "
                 "Jo Ash is to visit Peru this week. The storm which struck the coast on Boxing Day killed 41. The "
                 "prime minister took personal charge of the UK's response on Tuesday.", date(2005, 1, 5))
    assert [(e.date, e.summary, e.people) for e in f.events] == [
        ("2005-01-03", "The prime minister met Ann Rowe on Monday", ["tom-hale", "ann-rowe"]),
        ("2005-01", "Foreign Secretary Jo Ash is to visit Peru this week", ["jo-ash"]),
        ("2004-12-26", "storm which struck the coast on Boxing Day", []),
        ("2005-01-04", "The prime minister took personal charge of the UK's response on Tuesday", ["tom-hale"]),
    ]


def test_a_description_is_not_the_one_its_next_sentence_s_he_names() -> None:
    # "the chancellor ... But first, he insisted he still trusted Mr X": the chancellor is not X
    f = facts_of("Tom Hale faces questions after a week of talk about his ties with Jo Ash. Meanwhile, the chancellor "
                 "is leaving Britain on a tour of Africa. But before doing so, he insisted he still trusted Mr Hale.")
    assert roles_of(f).get("Tom Hale", []) == []


def test_shapes_of_the_forty_fifth_batch_names_and_speakers() -> None:
    # "shadow Chancellor X": the shadow's office; "the Tories" and "the Conservative party": one
    # party; "BBC" + "One": the channel; "he did, at last, say ...": a quotation after it is his
    f = facts_of("Tom Hale spoke on the BBC One's Sunday programme. He and his shadow Chancellor Jo Ash want cuts, "
                 "the Tories say. He would not be precise. But he did, for the first time, say there would be tax "
                 'cuts.\n\n"People will have a clear choice between waste and the Conservative party."')
    assert roles_of(f)["Jo Ash"] == [("shadow Chancellor", None, None)]
    assert [(o.name, o.aliases) for o in f.organizations] == [("BBC One", []), ("Tories", ["Conservative party"])]
    assert speakers(f) == {"People will have a clear choice between waste and the Conservative party.": "Tom Hale"}


def test_military_units_are_organizations() -> None:
    # a name ending in "Borderers" or "Fusiliers" is a regiment, not a person "Scottish Borderers"
    f = facts_of("The plan drew a question mark over the futures of the Black Watch, the Kings Own Scottish Borderers, "
                 "the Royal Scots and the Royal Highland Fusiliers.")
    assert [p.name for p in f.people] == []
    assert {"Royal Highland Fusiliers", "Black Watch"} <= {o.name for o in f.organizations}


def test_a_number_spelled_with_a_point_and_a_farmer_s_job() -> None:
    f = facts_of("In Ireland there was only a one point three per cent fall in volume sales. Norfolk farmer Tom Marten "
                 "was jailed in 1999.")
    assert [(x.value, x.text) for x in f.figures] == [(1.3, "one point three")]
    assert roles_of(f)["Tom Marten"] == [("Norfolk farmer", None, None)]


def test_events_of_a_forty_sixth_batch_shape() -> None:
    # a date of a noun near publication may lie ahead of its past-tense clause; "are due to",
    # "is expected to ... when he makes it on Monday" are future; "four years ago when X": X too
    f = facts_of("Some departments had doubled shredding ahead of the law's implementation on 1 January. Fuller "
                 "details are due to be unveiled on Monday. Tom Hale is expected to say that cuts will be available "
                 "when he makes his announcement on Monday. The office destroyed 37,000 files last year - up 22,000 "
                 "on four years ago when the Act was passed.", date(2004, 12, 23))
    events = [(e.date, e.summary) for e in f.events]
    assert events[:3] == [
        ("2005-01-01", "Some departments had doubled shredding ahead of the law's implementation on 1 January"),
        ("2004-12-27", "Fuller details are due to be unveiled on Monday"),
        ("2004-12-27", "Tom Hale makes his announcement on Monday"),
    ]
    assert ("2000", "the Act was passed") in events
    # a past-tense death "of a heart attack in April" stays in the past
    f = facts_of("Mr Bell took over after Jim Cantor died suddenly of a heart attack in April.", date(2004, 11, 23))
    assert [e.date for e in f.events] == ["2004-04"]


def test_what_a_figure_counts_after_worth_and_before_a_participle() -> None:
    f = facts_of("Ministers had failed, with 5,000 people dying from infections last year. The Tories highlighted "
                 "their plans for tax cuts worth £4bn.")
    assert [(x.value, x.what) for x in f.figures] == [(5000, "people dying from infections"), (4e9, "tax cuts")]


def test_a_body_s_chief_in_a_lead_and_a_quoted_subject_is_not_the_speaker() -> None:
    # "Acme International's chief has said": the person named next; 'X told MPs that "every
    # expert" from the IMF had suggested the "...": the quotation is X's, not the IMF's
    f = facts_of("The lack of outrage is an indictment of rights groups, Amnesty International's chief has said. In a "
                 "lecture, Irma Kahn said rights had been flouted.")
    assert roles_of(f)["Irma Kahn"] == [("chief", "Amnesty International", None)]
    f = facts_of('Mr Hale told MPs that "every independent expert" from the International Monetary Fund had suggested '
                 'the "government was spending more than it is raising and would have to put up taxes". Tom Hale is '
                 "the Tory leader.")
    assert speakers(f)["government was spending more than it is raising and would have to put up taxes"] == "Tom Hale"



def test_shapes_of_the_forty_seventh_batch() -> None:
    # an inverted attribution past a hyphenated description; "confided"; a future relative
    # clause dated by a noun's "on Wednesday"; a doctor's job
    f = facts_of('Jo Ash spoke first. "Don\'t you care about the Inuit?", implored guitar-toting environmental campaigner '
                 'Barry Lum. "That was a total disaster, I just could not think," a crestfallen Mr Lum confided in the '
                 "presenter. Mr Bell, who will be offering his advice to the contestants on Wednesday, argues it is "
                 "fine. Irfan Haddad, a 25-year-old doctor from Bolton, made a good impression.", date(2005, 1, 11))
    assert speakers(f) == {"Don't you care about the Inuit?": "Barry Lum", "That was a total disaster, I just could not think,": "Barry Lum"}
    assert [e.date for e in f.events] == ["2005-01-12"]
    assert roles_of(f)["Irfan Haddad"] == [("doctor", None, None)]


def test_shapes_of_the_forty_ninth_batch() -> None:
    # a percentage "of" a noun or "by" which a verb moves one; "of the state's holdings" keeps
    # its noun; "late last year"; a timetabled present ("ends on 1 August") lies ahead, a
    # relation ("follows ... on 1 January") does not
    f = facts_of("The plan seeks economic growth of 5.2%. It would expand public spending by 20%. It calls for the "
                 "sale of 15% of the state's corporate holdings.", date(2005, 1, 17))
    assert [(x.value, x.what) for x in f.figures] == [
        (5.2, "seeks economic growth"), (20, "expand public spending"), (15, "sale of state corporate holdings")]
    f = facts_of("Late last year, MPs backed a law. Mr Kahn's second term as president ends on 1 August. Her exit "
                 "follows the departure of Ann Lee on 1 January.", date(2005, 1, 17))
    assert [e.date for e in f.events] == ["2004", "2005-08-01", "2005-01-01"]


def test_a_small_spelled_count_is_a_key_figure_only_in_a_tally() -> None:
    # "two firms signed", "three top bosses stood down": incidental; "Three hostages and 90
    # prisoners were freed": a tally
    f = facts_of("The two firms signed a memorandum. Three top bosses stood down last month. Three hostages and 90 "
                 "prisoners were freed on Sunday. Sales rose 3%.")
    assert [(x.value, x.text) for x in f.figures] == [(3, "Three"), (90, "90"), (3, "3%")]
    assert parse_value("£22 billions") == 22e9
