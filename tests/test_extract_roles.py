"""Roles: the titles and offices people hold, from the shapes news uses, and who a title
standing alone stands for."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import facts_of, roles_of


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
        ("Ann Cole said she hoped Ben Ford would be premier one day. Ben Ford is the chancellor.", "Ben Ford",
         [("chancellor", None, None)]),
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
         "who was also the firm's president, left the company.", "Paul Tellman",
         [("president", "firm", None), ("chief executive", None, "former")]),
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
        # a candidate's standing in a race is a role
        ("The Republican front-runner, Tom Hale, said the plan failed.", "Tom Hale", [("Republican front-runner", None, None)]),
        ("Presidential hopeful Tom Hale said the plan failed.", "Tom Hale", [("Presidential hopeful", None, None)]),
        # a profession is a role
        ("Dr. Tom Hale, a forensic psychiatrist, said it was serious.", "Tom Hale", [("forensic psychiatrist", None, None)]),
        ("Tom Hale, a Dunmore financier, said it was serious.", "Tom Hale", [("Dunmore financier", None, None)]),
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


def test_the_chancellors_announcement_after_a_pronoun_is_not_that_person() -> None:
    f = facts_of("Charles Kent spoke. He said the plan was bad. The chancellor's announcement was merely a sticking plaster.")
    assert roles_of(f) == {"Charles Kent": []}


def test_a_title_inside_a_quotation_is_not_the_next_name_s_office() -> None:
    # a title inside a quotation is the speaker's words, not the next name's office
    f = facts_of('Andrew Tyrie spoke. He said: "I can only hope it is unintentional. A previous Labour chancellor resigned '
                 'after he leaked the Budget." Hugh Dalton resigned after leaking details of his 1947 budget to journalist John Carvel.')
    assert roles_of(f) == {"Andrew Tyrie": [], "Hugh Dalton": [], "John Carvel": [("journalist", None, None)]}


def test_an_appositive_appointed_as_an_office_holds_it() -> None:
    # an appositive appointed "as" an office
    f = facts_of("Lawmakers said on Wednesday night Enrico Bondi, the turnaround specialist appointed by the Italian "
                 "government as Parmalat's chief executive, spoke positively about the company.")
    assert roles_of(f) == {"Enrico Bondi": [("chief executive", "Parmalat", None)]}


def test_mp_after_a_name_is_a_title_and_the_pronoun_after_it_is_that_person() -> None:
    # "X MP" after the name; a pronoun after "Tory frontbencher X MP demanded" is X
    f = facts_of('In the Commons, Tory frontbencher Andrew Tyrie MP demanded a statement. Raising a point of order, '
                 'he said it was "the latest in a long line of discourtesies".')
    assert roles_of(f) == {"Andrew Tyrie": [("Tory frontbencher", "Tory", None), ("MP", None, None)]}


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


def test_a_title_is_not_given_to_someone_the_same_sentence_names_as_someone_else() -> None:
    f = facts_of("Ann Vale wrote to the cabinet on Friday. The prime minister thanked her for her work. "
                 "Sen. Roy Webb called it unusual but said the president has the right to choose. "
                 "Tom Kerr quit. The Scottish party leader had insisted that his work did not influence the causes he supports.")
    assert roles_of(f) == {"Ann Vale": [], "Roy Webb": [("Senator", None, None)], "Tom Kerr": [("Scottish party leader", None, None)]}


def test_a_title_introducing_someone_is_not_given_to_a_person_named_before() -> None:
    f = facts_of("John Hart spoke on Monday. The party then suspended a candidate. John Hart said he was sorry.")
    assert roles_of(f) == {"John Hart": []}


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


def test_the_president_is_not_the_last_person_named_when_that_person_has_another_title() -> None:
    f = facts_of("Senate Majority Leader Chuck Sumner criticized the order on Monday. The president defended it on Tuesday.")
    assert roles_of(f) == {"Chuck Sumner": [("Senate Majority Leader", "Senate", None)]}


def test_offices_told_by_verbs_and_descriptions_of_the_other_person() -> None:
    f = facts_of(
        "The events leading to David Blunt's resignation must be examined. On Wednesday Tony Blair said he hoped "
        "the former home secretary would serve again. Martin O'Neill, who chairs the Commons trade committee, agreed."
    )
    roles = roles_of(f)
    assert roles["David Blunt"] == [("home secretary", None, "former")] and roles["Tony Blair"] == []
    assert roles["Martin O'Neill"] == [("chair", "Commons trade committee", None)]


def test_a_lead_s_agent_is_the_peer_named_next() -> None:
    # a lead's agent is the person named next
    f = facts_of('New targets for courts have been announced by the lord chancellor. Lord Pennick wants every court '
                 'to have video links. He went on: "Giving evidence is a nerve-wracking experience for every victim."')
    assert roles_of(f) == {"Pennick": [("lord chancellor", None, None)]}


def test_x_had_made_him_leader_gives_the_office_to_him_not_x() -> None:
    f = facts_of("Dan Hock backs the new party. He said Mr Roy Kell had made him deputy party leader of Veritas.")
    assert roles_of(f)["Dan Hock"] == [("deputy party leader", "Veritas", None)]


def test_the_foreign_secretary_after_quotations_is_the_person_named_before() -> None:
    # "the Foreign Secretary" after quotation sentences is the person named before them, and no
    # "shadow foreign secretary" holds it
    f = facts_of('Shadow foreign secretary Mike Anson said the race was close. In a speech to the Policy Centre Mr Hall '
                 'said of the Tory leader: "He is clever, fluent and tactical, but he is not wise. "He lacks judgment." '
                 'The Foreign Secretary told the BBC: "I was making an observation about his temper."')
    assert roles_of(f)["Hall"] == [("Foreign Secretary", None, None)]


def test_a_name_seen_walking_in_a_clause_keeps_the_title_before_it() -> None:
    # nor is someone seen "walking" in a clause the speaker
    f = facts_of('Alan Mears explained the slogan. Nobody, he claimed, could picture Liberal Democrat leader Carl Kemp '
                 'walking up Downing Street. And Tony Blair would be in the front line of that campaign, he said. '
                 '"He will be leading the debate from the front," he promised.')
    assert roles_of(f)["Carl Kemp"] == [("Liberal Democrat leader", "Liberal Democrat", None)]


def test_agents_and_coordinators_hold_offices_and_no_longer_holds_none() -> None:
    # agents and coordinators; "no longer" an office is none
    f = facts_of("Rory Tang, agent for the local party, said Mr Flint was out. Labour election campaign coordinator "
                 "Alan Mears agreed. He said Mr Flint is no longer an approved candidate.")
    assert roles_of(f) == {"Rory Tang": [("agent for the local party", None, None)], "Flint": [],
                           "Alan Mears": [("Labour election campaign coordinator", "Labour", None)]}


def test_a_two_word_party_before_a_title_is_its_organization() -> None:
    # a party of two words before a title
    f = facts_of('Liberal Democrat leader Charles Kemp said he was always warm.')
    assert roles_of(f) == {"Charles Kemp": [("Liberal Democrat leader", "Liberal Democrat", None)]}


def test_participle_clauses_tell_of_the_main_clause_s_subject() -> None:
    f = facts_of("Lord Callan, who has died, was a giant. Born in 1912 and educated at Park School, Lord Callan became a "
                 "clerk. After serving as a junior minister in the Attlee government, he became chancellor. In the "
                 "autumn of 1978 Lord Callan refused to hold an early election.", None)
    assert roles_of(f)["Callan"] == [("clerk", None, None), ("chancellor", None, None), ("junior minister", "Attlee government", None)]
    assert [(e.date, e.people) for e in f.events] == [("1912", ["callan"]), ("1978", ["callan"])]


def test_a_title_in_apposition_the_parse_breaks_is_the_name_s() -> None:
    # a title in apposition the parse breaks
    f = facts_of('Michelle, a mother of twins, said she had not been paid. "I have to chase them all the time," she said. '
                 'Theresa May, Tory shadow work and pensions secretary, said: "We have got to find a way to pay."')
    assert roles_of(f)["Theresa May"] == [("Tory shadow work and pensions secretary", None, None)]


def test_x_said_as_home_secretary_he_gives_the_office_to_him_not_x() -> None:
    # "X said as home secretary he gave ...": the office is his, not X's; no friend is an office
    f = facts_of('Michael Hart spoke. TV presenter Anne Robb said as home secretary he gave the wrong impression. '
                 'Ms Robb, a friend of the Tory leader, also revealed more.')
    assert roles_of(f) == {"Michael Hart": [("home secretary", None, None)], "Anne Robb": [("TV presenter", None, None)]}


def test_a_lead_s_title_goes_past_a_postnominal_to_the_one_named_next() -> None:
    # a lead's title for the one named next, past a postnominal
    f = facts_of("A senior barrister who has resigned in protest says the system is wrong. Ian Dowd QC quit when the "
                 "government failed to act. He was part of a 19-strong panel.")
    assert roles_of(f) == {"Ian Dowd": [("senior barrister", None, None)]}


def test_no_quoted_word_or_event_noun_heads_a_title() -> None:
    # no quoted word or event noun at the head of a title
    f = facts_of('Later at their poster launch Tory co-chairman Liam Fry said his party would show how "juvenile" the '
                 'prime minister was.')
    assert roles_of(f) == {"Liam Fry": [("Tory co-chairman", None, None)]}


def test_an_occupation_told_in_a_lead_goes_to_a_name_with_an_untagged_given_name() -> None:
    # a given name the model leaves out of the name; an occupation told in a lead
    f = facts_of("An artist critical of Welsh arts funding has denied comparing the idea with dictatorships. "
                 "Shani Rhys James is worried that the council may be taken over.")
    assert roles_of(f) == {"Shani Rhys James": [("artist", None, None)]}


def test_a_title_stands_for_the_one_person_the_sentence_before_names() -> None:
    # a title standing for the one person the sentence before names
    f = facts_of("Mike Natt says he was not German-bashing. The meeting was shown in a film on ex-UKIP MEP Rob Kell. "
                 "The former chat show host quit the party earlier this month.")
    assert roles_of(f)["Rob Kell"] == [("UKIP MEP", None, "former"), ("chat show host", None, "former")]


def test_each_name_of_a_list_after_a_plural_title_holds_it() -> None:
    # each name of a list after a plural title; a description for the untitled person just named
    f = facts_of("Transport Secretary Tom Hale has promised to reopen the ferry route despite a letter from Sarah Ferrand. "
                 "The union leader said the berths were unsafe. The letter was also signed by senior harbour board members "
                 "Ben Orme, Ida Moss and Ray Chen.")
    assert roles_of(f) == {
        "Tom Hale": [("Transport Secretary", None, None)], "Sarah Ferrand": [("union leader", None, None)],
        "Ben Orme": [("senior harbour board member", None, None)], "Ida Moss": [("senior harbour board member", None, None)],
        "Ray Chen": [("senior harbour board member", None, None)],
    }


def test_the_home_secretary_named_later_is_not_the_last_person_named() -> None:
    # "the home secretary" when Home Secretary X is named later is X, not the last person named;
    # an attempted recruitment gives no office
    f = facts_of("Martin Mbanga, 32, said he was mistreated. The home secretary said he would not be launching an "
                 "investigation. Mr Mbanga said the man tried to recruit him as an agent, but he refused. Home Secretary "
                 "Charles Clarkson told the Observer: \"I'm not organising a specific investigation into it.\"")
    assert roles_of(f) == {"Martin Mbanga": [], "Charles Clarkson": [("Home Secretary", None, None)]}


def test_titles_after_said_go_to_the_name_whatever_the_parse() -> None:
    # '"...," said <titles> <name>', whatever the parse made of the titles
    f = facts_of('Party leader Charles Kemp said the homes would be affordable. "This is typical of Lib Dem hypocrisy," '
                 'said Tory shadow local government secretary Caroline Spellar.')
    assert roles_of(f) == {"Charles Kemp": [("Party leader", None, None)],
                           "Caroline Spellar": [("Tory shadow local government secretary", None, None)]}


def test_a_pronoun_in_a_fronted_clause_is_the_person_named_next() -> None:
    # a pronoun in a clause fronted at a paragraph's start is the person named next; a
    # participle's office ("Named home secretary ..., X had")
    f = facts_of("Profile\n\nBefore he resigned the position of home secretary on Wednesday, Daniel Birkett had been in "
                 "charge of policing.")
    assert roles_of(f) == {"Daniel Birkett": [("home secretary", None, "former")]}


def test_a_participle_s_office_goes_to_the_main_clause_s_subject() -> None:
    # a participle's office ("Named home secretary ..., X had")
    f = facts_of("Named home secretary after the 2001 general election, Mr Daniel Birkett had seen the focus intensify.")
    assert roles_of(f)["Daniel Birkett"][0][0] == "home secretary"


def test_title_comma_name_msp_gives_both_titles() -> None:
    # "Title, Name MSP, said": the title before the comma too
    f = facts_of('Scottish Finance Minister, Tom Hale MSP, said: "We will hold the line." Labour\'s Paul Flint said Mr '
                 'Hale and Mr Bray had a "scorching" from MPs adding: "It was a meeting like no other."')
    assert roles_of(f)["Tom Hale"] == [("MSP", None, None), ("Scottish Finance Minister", None, None)]


def test_a_spaced_dash_ends_a_title() -> None:
    # a spaced dash ends a title
    f = facts_of("He will line up alongside Alan Milbrook - the man appointed as the party's election supremo - and "
                 "deputy leader John Prest. Lord Campbell-Sayers, a former MP, challenged Mr Prest.")
    assert roles_of(f)["Alan Milbrook"] == [("election supremo", "party", None)]


def test_a_composer_s_profession_and_a_trainee_vicar_s_job_are_roles() -> None:
    # a composer's profession
    f = facts_of("The archives sit in Parliament's Elm Tower, among them papers of composer George Fredrick Handley. "
                 'The speech was introduced by his son Nick, a trainee vicar, who praised his father. "I always know '
                 'where I am with him," he said. His stepson Sholto was there. "It has been a fantastic few weeks," '
                 "said student Nick Vale.")
    assert roles_of(f)["George Fredrick Handley"] == [("composer", None, None)]
    assert roles_of(f)["Nick"] == [("trainee vicar", None, None)]


def test_cardinal_and_archbishop_go_to_their_own_holders() -> None:
    # "Cardinal Cormac" + a surname tagged an organization; "Both the Cardinal and Archbishop X":
    # X is the archbishop only
    f = facts_of("Billions spent on war should have gone to the poor, Cardinal Colm Murphy-O'Dell has said. Both the "
                 "Cardinal and Archbishop of York Dr Rowan Willis appealed for the inspectors to be given more time. "
                 "The co-chairman of the "
                 'Conservative Party, Liam Fax, on Saturday called him "a disappointment of historic proportions".')
    assert roles_of(f)["Colm Murphy-O'Dell"] == [("Cardinal", None, None)]
    assert roles_of(f)["Rowan Willis"] == [("Archbishop", "York", None)]


def test_appointed_an_auditor_who_introduces_no_one_named_later() -> None:
    # "appointed an auditor, who ..." introduces no one named later
    f = facts_of('Shares in Hale Rovers, the city\'s football club, fell. Fund manager Flora Hamm - Hale Rovers\' '
                 'largest investor - said he would invest more. "I demand better transparency," he is quoted as '
                 "saying. The club appointed an auditor, who has recommended cuts. Steve Shaw, a banker who has held "
                 'talks with the club, said: "They need strong people on the board."')
    assert roles_of(f) == {"Flora Hamm": [("Fund manager", None, None)], "Steve Shaw": []}


def test_the_chancellor_said_mr_x_is_not_x_and_auditor_general_is_a_title() -> None:
    # "the chancellor said Mr X ..." is not X; "Auditor General"
    f = facts_of("Gordon Bray has criticised a union leader. Jon Baum, of the civil servants' union, spoke of rival "
                 "agendas. But the chancellor said Mr Baum was never at the meetings. Auditor General Sir John Bourne "
                 "said it would help.")
    assert roles_of(f) == {"Gordon Bray": [], "Jon Baum": [], "John Bourne": [("Auditor General", None, None)]}


def test_both_the_title_and_title_name_are_two_people() -> None:
    f = facts_of("Both the prime minister and Chancellor Gordon Bray have called for urgent action.")
    assert roles_of(f) == {"Gordon Bray": [("Chancellor", None, None)]}


def test_a_lead_s_title_goes_to_the_one_named_after_sentences_naming_no_one() -> None:
    # a lead's title goes to the one named after sentences naming no one
    f = facts_of('Changes to a bill which critics claim would allow euthanasia "through the back door" were not a ploy, '
                 "the lord chancellor has said. Ministers have been accused of panic. Lord Falkner said it was fair "
                 "to criticise the timing.")
    assert roles_of(f) == {"Falkner": [("lord chancellor", None, None)]}


def test_chief_secretary_to_the_treasury_and_echoing_x_gives_x_no_title_of_the_speaker() -> None:
    # "Chief Secretary to the Treasury X"; "Echoing X, the prime minister said" gives X no title
    f = facts_of("But Chief Secretary to the Treasury Paul Boatman attacked the plans. Echoing the new US Secretary of "
                 "State Connie Rice, the prime minister said there had been a clear change.")
    assert roles_of(f) == {"Paul Boatman": [("Chief Secretary", None, None)], "Connie Rice": [("US Secretary of State", None, None)]}


def test_a_title_after_a_name_without_its_comma() -> None:
    f = facts_of('"We are encouraged," Armando Falco, OFHEO director said.')  # a title after the name, the comma left out
    assert roles_of(f) == {"Armando Falco": [("OFHEO director", None, None)]}


def test_a_description_is_not_the_one_its_next_sentence_s_he_names() -> None:
    # "the chancellor ... But first, he insisted he still trusted Mr X": the chancellor is not X
    f = facts_of("Tom Hale faces questions after a week of talk about his ties with Jo Ash. Meanwhile, the chancellor "
                 "is leaving Britain on a tour of Africa. But before doing so, he insisted he still trusted Mr Hale.")
    assert roles_of(f).get("Tom Hale", []) == []


def test_shadow_chancellor_x_holds_the_shadow_s_office() -> None:
    # "shadow Chancellor X": the shadow's office
    f = facts_of("Tom Hale spoke on the BBC One's Sunday programme. He and his shadow Chancellor Jo Ash want cuts, "
                 "the Tories say. He would not be precise. But he did, for the first time, say there would be tax "
                 'cuts.\n\n"People will have a clear choice between waste and the Conservative party."')
    assert roles_of(f)["Jo Ash"] == [("shadow Chancellor", None, None)]


def test_a_doctor_s_job_is_a_role() -> None:
    # a doctor's job
    f = facts_of('Jo Ash spoke first. "Don\'t you care about the Inuit?", implored guitar-toting environmental campaigner '
                 'Barry Lum. "That was a total disaster, I just could not think," a crestfallen Mr Lum confided in the '
                 "presenter. Mr Bell, who will be offering his advice to the contestants on Wednesday, argues it is "
                 "fine. Irfan Haddad, a 25-year-old doctor from Bolton, made a good impression.", date(2005, 1, 11))
    assert roles_of(f)["Irfan Haddad"] == [("doctor", None, None)]
