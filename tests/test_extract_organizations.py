"""Organizations: names the model misses or mistakes, aliases, acronyms and other names of one
body, and what is no organization (places, seats, titles, laws)."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of, roles_of, speakers


def test_acronym_joins_organization() -> None:
    f = facts_of("The European Central Bank (ECB) raised rates. The ECB said inflation was too high.")
    assert [(o.name, o.aliases) for o in f.organizations] == [("European Central Bank", ["ECB"])]


def test_organizations_the_model_misses_or_mistakes() -> None:
    f = facts_of(
        "The Liberal Democrats said the plan was wrong. A Department for Work and Pensions "
        "spokeswoman disagreed. Tods Harlow, which has a client in the case, declined to comment."
    )
    assert {o.name for o in f.organizations} >= {"Liberal Democrats", "Department for Work and Pensions", "Tods Harlow"}
    assert [p.name for p in f.people] == []


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
        ("The UK Freedom Party has lost a member. London UKFP said so. A UKFP spokesman denied it.",
         {"UK Freedom Party": {"UKFP", "London UKFP"}}),
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
        ("Ed Lyle spoke. The Standards and Privileges Committee inquiry was launched in May.",
         {"Standards and Privileges Committee": set()}),
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
    assert {o.name: set(o.aliases) for o in f.organizations} == {
        "Lib Dems": set(), "Labour": set(), "Conservatives": {"Conservative Party"}}
    assert f.people == []


def test_an_organization_named_in_lower_case_is_still_that_organization() -> None:
    f = facts_of(
        "Ed Lyle was suspended after the Commons rules and privileges committee said his conduct had been "
        '"far below what the House expects". The Rules and Privileges Committee inquiry began in May.'
    )
    assert speakers(f) == {"far below what the House expects": "Rules and Privileges Committee"}


def test_a_title_word_before_a_longer_name_is_not_an_organization() -> None:
    f = facts_of("Defense Secretary Pete Hale spoke. The Defense Department employs 900,000 civilians. "
                 "The U.S. Attorney's Office for the Southern District of New York declined to comment.")
    assert [o.name for o in f.organizations] == ["Defense Department", "U.S. Attorney's Office for the Southern District of New York"]


def test_a_firm_named_like_a_person_is_the_firm_throughout() -> None:
    f = facts_of("He earns £30,000 a year from the law firm Tods Murray, where he is a partner. "
                 "It then emerged Tods Murray has a client which opposes the development.")
    assert [o.name for o in f.organizations] == ["Tods Murray"] and f.people == []


def test_foreign_and_commonwealth_office_and_foreign_office_are_one_body() -> None:
    # "Foreign and Commonwealth Office" and "Foreign Office" are one body
    f = facts_of("The Foreign and Commonwealth Office will close posts. The Foreign Office has about 6,100 staff.")
    assert [(o.name, o.aliases) for o in f.organizations] == [("Foreign and Commonwealth Office", ["Foreign Office"])]


def test_a_body_named_executive_is_an_organization() -> None:
    # a body named "Executive"
    f = facts_of("The Health and Safety Executive said it was trying to get workers involved.")
    assert [o.name for o in f.organizations] == ["Health and Safety Executive"]


def test_a_body_named_executive_and_its_lowercase_name() -> None:
    f = facts_of('The first minister Jack Dunlop spoke at Glenmore High School in Inverness. Nora Steele, the independent '
                 'member for the ward, defended him. But the Scottish Executive has insisted he was speaking about adults. '
                 'When one pupil asked Mr Dunlop how the executive proposed to tackle it, he laughed. But an executive '
                 'spokeswoman insisted he meant adults. "He was talking in the context of adults binge drinking," she said.')
    assert roles_of(f) == {
        "Jack Dunlop": [("first minister", None, None)], "Nora Steele": [("independent member for the ward", None, None)]}
    assert [o.name for o in f.organizations] == ["Glenmore High School", "Scottish Executive"]
    assert speakers(f) == {"He was talking in the context of adults binge drinking,": "Scottish Executive"}
    assert f.figures == []


def test_a_lowercase_acronym_and_mps_are_no_organizations() -> None:
    # an acronym spelled out in lower case, and "MPs", are no organizations
    f = facts_of("Mr Flint says he will not stand down unless his local party instructs him to do so at an extraordinary "
                 "general meeting (EGM). His supporters say they have the 50 signatures needed to trigger the EGM. In "
                 "January the MPs who make up the Commons Work and Pensions Committee published a report.")
    assert [o.name for o in f.organizations] == ["Commons Work and Pensions Committee"]


def test_a_sunday_paper_is_an_organization() -> None:
    # a Sunday paper
    f = facts_of('Prime Minister Tony Blair felt he had lost trust. At a dinner hosted by Deputy Prime Minister John Prescott '
                 'he told Mr Brown of his intention to stand down. According to Sunday Telegraph journalist Robert Peck '
                 'the prime minister said: "Help me to get through the year and I will stand down."')
    assert "Sunday Telegraph" in [o.name for o in f.organizations]


def test_an_inquiry_named_in_lower_case_is_that_inquiry() -> None:
    # "the X inquiry" is "the X Inquiry"
    f = facts_of("His evidence to the Butler Inquiry was misread, said a book by Jo Lane QC, a member of Matrix Chambers. "
                 "Tory MP Tim Mace was part of the Butler inquiry.")
    assert [(o.name, o.aliases) for o in f.organizations if o.name.startswith("Butler")] == [("Butler Inquiry", ["Butler"])]


def test_a_party_before_a_portfolio_and_an_untagged_party_name_are_organizations() -> None:
    # a party before a portfolio and a title, and a party name the model leaves untagged
    f = facts_of('Rhodri Glyn Evans, Plaid Cymru health spokesman said: "It is a failed target." Conservative health '
                 'spokesman Jon Morgan said it was bad.')
    assert [o.name for o in f.organizations] == ["Plaid Cymru", "Conservative"]


def test_a_paper_told_something_is_an_organization() -> None:
    f = facts_of("Martin Mbanga, 32, said he was mistreated. The home secretary said he would not be launching an "
                 "investigation. Mr Mbanga said the man tried to recruit him as an agent, but he refused. Home Secretary "
                 "Charles Clarkson told the Observer: \"I'm not organising a specific investigation into it.\"")
    assert "Observer" in [o.name for o in f.organizations]


def test_a_short_name_joins_the_full_name() -> None:
    # "Amnesty" for "Amnesty International"
    f = facts_of('Amnesty International has called the camp a scandal. Amnesty said the release was "long overdue". '
                 'He estimates that this would save the country £119m a year.')
    assert [(o.name, o.aliases) for o in f.organizations] == [("Amnesty International", ["Amnesty"])]


def test_party_alone_is_no_organization() -> None:
    # no "Party" body
    f = facts_of('Party leader Charles Kemp said the homes would be affordable. "This is typical of Lib Dem hypocrisy," '
                 'said Tory shadow local government secretary Caroline Spellar.')
    assert "Party" not in [o.name for o in f.organizations]


def test_a_seat_is_no_organization_and_an_untagged_legislature_is() -> None:
    # a seat is no organization, nor is Parliament "for" it; an untagged legislature is
    f = facts_of("Mr Daniel Birkett entered Parliament for Elmton Brightwater in 1987, after first contesting the "
                 "Elmton Hallow seat in 1974. He led the council for seven years before entering the Commons. "
                 "His dog was replaced in 2003 after nearly a decade by his side.")
    assert [o.name for o in f.organizations] == ["Parliament", "Commons"]


def test_the_commons_committee_is_the_committee_not_the_commons() -> None:
    # "the Commons committee" is the committee's
    f = facts_of("Last year the Elmton Muslim Forum, which opposed the war, urged voters to stay home. The Commons "
                 "work and pensions committee met.")
    assert "Commons" not in [o.name for o in f.organizations]


def test_a_portfolio_s_place_is_no_organization_and_a_broadcaster_named_by_a_place_is() -> None:
    # a portfolio's place is no organization, and a broadcaster named by a place is its own
    f = facts_of("The new health minister for Wales, Dr Ben Gill, told BBC Wales he would cut the lists. The Open Party "
                 "said Parliament could decide in 2011 whether to act. The first cards would be issued in 2008.")
    assert [o.name for o in f.organizations] == ["BBC Wales", "Open Party", "Parliament"]


def test_two_bodies_named_alike_are_two_and_a_title_of_a_place_is_none() -> None:
    # two bodies named alike; a title "of" a place is no body
    f = facts_of("Aides from the Duchy of Elmshire and Duchy of Ashford will appear. The Prince of Wales did receive "
                 "over £4m in 2003-4. The duchy was set up in 1337 by King Edmund. It generated almost £12m.")
    assert [o.name for o in f.organizations] == ["Duchy of Elmshire", "Duchy of Ashford"]


def test_a_club_named_like_a_person_is_an_organization() -> None:
    # a club named like a person
    f = facts_of('Shares in Hale Rovers, the city\'s football club, fell. Fund manager Flora Hamm - Hale Rovers\' '
                 'largest investor - said he would invest more. "I demand better transparency," he is quoted as '
                 "saying. The club appointed an auditor, who has recommended cuts. Steve Shaw, a banker who has held "
                 'talks with the club, said: "They need strong people on the board."')
    assert "Hale Rovers" in [o.name for o in f.organizations]


def test_a_company_s_short_names_join_its_full_name() -> None:
    # a company's short names
    f = facts_of("Fedco Department Stores is to buy rival Maybury Stores. Talks sped up after Maybury's chairman and "
                 "chief executive Gene Kahn resigned in January. Fedco will assume $6bn of debt. The deal is expected "
                 "to conclude by the third quarter of this year. Fedco has annual sales of $15.6bn, while Maybury's "
                 "yearly sales are $14.4bn.", published=date(2005, 2, 28))
    assert [(o.name, o.aliases) for o in f.organizations] == [("Fedco Department Stores", ["Fedco"]), ("Maybury Stores", ["Maybury"])]


def test_a_force_before_a_title_loses_its_new_and_today_is_a_programme() -> None:
    # a force named before a title at a sentence's start, without its "New"; a bill is a law
    # even when it names the police; "Home" before a portfolio is no body; "Today" the programme
    f = facts_of("New Metropolitan Police Commissioner Sir Ian Blane has backed the orders. His party will amend the "
                 "Serious Crime and Police Bill. The Home Secretary said so. Home affairs spokesman Mark Oates told "
                 "BBC Radio 4's Today programme it was a matter of principle.")
    assert [o.name for o in f.organizations] == ["Metropolitan Police", "BBC Radio 4"]


def test_new_york_police_is_not_york_police() -> None:
    f = facts_of("New York Police Commissioner Ray Kell said so.")
    assert "York Police" not in [o.name for o in f.organizations]  # a place called New ...


def test_an_acronym_written_as_a_word_and_of_the_x_and_y_names() -> None:
    # an acronym written as a word; "of the X and Y"
    f = facts_of("The Scottish Environment Protection Agency is warning MSPs. Sepa is attempting to curb gases. "
                 "Researchers from the University of the Highlands and Islands took part.")
    assert [(o.name, o.aliases) for o in f.organizations] == [
        ("Scottish Environment Protection Agency", ["Sepa"]), ("University of the Highlands and Islands", [])]


def test_a_body_named_in_full_and_shorter_is_one() -> None:
    f = facts_of("Talks with Elm Health Board went well. Ann Wills, chief executive of Elm Local Health Board, said so. "
                 "Elm Hospital Trust caused an outcry. Earlier, Dan Rose, Chief Executive of Elm Hospitals NHS Trust, "
                 "had said it was with regret.")
    assert [(o.name, o.aliases) for o in f.organizations] == [
        ("Elm Health Board", ["Elm Local Health Board"]), ("Elm Hospital Trust", ["Elm Hospitals NHS Trust"])]


def test_a_union_named_in_two_tags_and_by_its_acronym() -> None:
    f = facts_of("The strike, called by the Public and Commercial Services Union, was the biggest in a decade. PCS Union "
                 'spokesman Jeff Evans said: "Our protest is about defending jobs."')
    assert [(o.name, o.aliases) for o in f.organizations] == [("Public and Commercial Services Union", ["PCS Union"])]


def test_a_group_on_x_and_y_is_named_whole() -> None:
    # "X on Y" + "and Z" cut short by the model
    f = facts_of("The Parliamentary Group on Betting and Gaming held an inquiry last year. Lib Dem Treasury spokesman "
                 'Vince Cole branded the plans "fantasy economics".')
    assert [o.name for o in f.organizations] == ["Parliamentary Group on Betting and Gaming", "Lib Dem"]


def test_the_tories_and_the_conservative_party_are_one_and_bbc_one_a_channel() -> None:
    # "the Tories" and "the Conservative party": one party; "BBC" + "One": the channel
    f = facts_of("Tom Hale spoke on the BBC One's Sunday programme. He and his shadow Chancellor Jo Ash want cuts, "
                 "the Tories say. He would not be precise. But he did, for the first time, say there would be tax "
                 'cuts.\n\n"People will have a clear choice between waste and the Conservative party."')
    assert [(o.name, o.aliases) for o in f.organizations] == [("BBC One", []), ("Tories", ["Conservative party"])]


def test_military_units_are_organizations() -> None:
    # a name ending in "Borderers" or "Fusiliers" is a regiment, not a person "Scottish Borderers"
    f = facts_of("The plan drew a question mark over the futures of the Black Watch, the Kings Own Scottish Borderers, "
                 "the Royal Scots and the Royal Highland Fusiliers.")
    assert [p.name for p in f.people] == []
    assert {"Royal Highland Fusiliers", "Black Watch"} <= {o.name for o in f.organizations}


def test_two_bodies_joined_by_and_a_craft_and_people_after_a_possessive() -> None:
    f = facts_of("The Treasury and Parliament must agree, Tom Hale said. He flew to Tarrow aboard Dunmore Air One "
                 "and thanked our Sailors.")
    assert sorted(o.name for o in f.organizations) == ["Parliament", "Treasury"]


def test_a_body_of_wider_scope_is_not_a_branch_by_place() -> None:
    f = facts_of("The Tarrow Roads Council met on Monday. The Roads Council said no. The National Roads Council met on Friday.")
    names = {o.name: o.aliases for o in f.organizations}
    assert "National Roads Council" in names and "National Roads Council" not in names["Tarrow Roads Council"]


def test_a_name_the_model_ran_into_a_trailing_the_loses_no_article() -> None:
    # "the Dunmore Union - the" split at its inner "the" left an empty part, which crashed the article
    f = facts_of("Unlike Tarrow - and the Dunmore Union - the Elmton economy will grow by 46% by 2050.")
    assert "Dunmore Union" in [o.name for o in f.organizations]
