"""Organizations in one parsed article: found, cleaned, merged and given their aliases.

`mentions.build` calls these once the people are indexed:
- `_org_noun_spans`: proper names beside organization nouns ("the law firm Dods Harrow");
- `_organizations_named_like_people`: PERSON names used as organizations ("a partner of
  Smith Jones");
- `_named_institutions`, `_parties_named_by_members`: parties and seats of government the
  model leaves untagged or tags as a group ("Labour MPs", "Downing Street said");
- `_add_organizations`: every span split where the model ran two names together, cleaned
  (stage `org.clean`), joined to an organization named before ("Labour" and "Labour Party",
  "TDF" and "Tarrow Defence Forces") and indexed with its aliases.

Every behaviour is a registered rule (see `rules.py`), stage by stage: `org.noun-match`,
`org.named-like-person`, `org.find`, `org.clean`, `org.named-elsewhere`, `org.split`,
`org.merge`, `org.acronym`, `org.index`.
"""

from __future__ import annotations

import re

from collections.abc import Callable
from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from generator.extract import patterns, rules
from generator.extract.dates import MONTH_NAMES
from generator.extract.lexicon import pairs, phrases, words, words_of
from generator.extract.name_words import (
    PERSON_NOUNS,
    POSSESSIVE,
    after_lowercase_prefix,
    is_page_note,
    is_title_case_headline,
    leader_before_what_they_lead,
    name_text,
    opening_photo_credit_end,
    opens_with_picture_label,
    photo_credit_start,
    title_word,
    told_at_clause_end,
    used_as_a_body,
)
from generator.extract.name_words import synonyms as _synonyms
from generator.extract.nlp import ALL_MARKS, DASHES, MONTHS, OPENING, STRAIGHT
from generator.extract.rules import VETO, Done, rule
from generator.extract.sentences import columns_of, ents_of, line_of, span_text, text_of, tokens_of
from generator.extract.textindex import occurrences

if TYPE_CHECKING:
    from generator.extract.mentions import Entity, Mentions


@cache
def _synonyms_folded() -> dict[str, frozenset[str]]:
    """Name -> every name of that organization, looked up whatever the case ("Conservative party"):
    parties (data/org_synonyms.txt) and other bodies (data/body_synonyms.txt)."""
    bodies = [frozenset(line.split("|")) for line in phrases("body_synonyms")]
    return {name.casefold(): group for name, group in _synonyms().items()} | {
        name.casefold(): group for group in bodies for name in group
    }


# ---- Finding: names beside an organization noun (patterns/org_nouns.json)

patterns.load("org_nouns")
_NAME_BEFORE_NOUN = "org.name-before-org-noun"
_NAME_AFTER_NOUN = "org.name-after-org-noun"
_PAPER_AFTER_THE = "org.paper-after-the"
_PAIR_BEFORE_NOUN = "org.pair-before-org-noun"
_OF_NAME_AFTER_NOUN = "org.org-noun-of-name"


def _org_noun_spans(doc: Doc) -> list[Span]:
    """Proper names beside organization nouns: 'party X', 'X and Y agencies', 'Northern Fleet'
    (patterns/org_nouns.json), each match made a name by the rules of stage `org.noun-match`."""
    found = patterns.matches("org_nouns", doc)
    named_after = {start + 1 for rule_id, start, _ in found if rule_id == _NAME_AFTER_NOUN}
    spans: list[Span] = []
    for rule_id, start, end in found:
        made = rules.first("org.noun-match", doc[start:end], rule_id, named_after)
        spans += [doc[start:end]] if made is None else made
    of_names = {start: end for rule_id, start, end in found if rule_id == _OF_NAME_AFTER_NOUN}
    spans += [joined for s in spans if (joined := rules.first("org.noun-join", s, of_names)) is not None]
    return [s for s in spans if s.text.strip() and not _title_in_match(s)]


@rule("org.name-runs-on-into-its-of-name", stage="org.noun-join", priority=10, action="extend",
      why="'the U.S. Department of Energy's heating programme', 'the Senate Special Committee on Ukraine': a name before an "
          "organization noun and the 'of', 'for' or 'on' name after that same noun are one body's name, where the model "
          "tagged it otherwise (a place after 'of' or 'on', what the body owns after a possessive), not its first words "
          "alone (an officer's title after the possessive is rule org.title-after-possessive's; a hospital's or "
          "college's town, org.institution-of-place's).",
      examples=["The U.S. Department of Energy's Home Heating Assistance Program will close in May.",
                "Ana Ruiz, who chairs the Senate Special Committee on Ukraine, said the panel had the files."],
      counter=["Officials of the Tarrow Department said on Monday that the harbour would close."])
def _name_runs_on_into_its_of_name(span: Span, of_names: dict[int, int]) -> Span | None:
    doc, end = span.doc, of_names.get(span.end - 1)
    if end is None or len(span) < 2 or not span[-1].is_title:
        return None
    officer = end + 1 < len(doc) and doc[end].text in POSSESSIVE and title_word(doc[end + 1])  # org.title-after-possessive
    town = span[-1].lower_ in words("institution_heads") and doc[span.end + 1].ent_type_ == "GPE"  # org.institution-of-place
    return doc[span.start : end] if not (officer or town) else None


@rule("org.description-before-named-body", stage="org.noun-match", priority=10, action="veto",
      why="'the Open Seas group Tidewatch': the words before the noun describe the body named after it.",
      examples=["The Open Seas group Tidewatch filed a complaint."])
def _description_before_named_body(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    return [] if rule_id == _NAME_BEFORE_NOUN and span.end in named_after else None


@rule("org.status-word-before-noun", stage="org.noun-match", priority=15, action="veto",
      why="'Acting Department of ...', 'Former Ministry ...': a capitalized status word before an organization noun names no body.",
      examples=["Acting Department of Harbours (DOH) Secretary Tom Hale said the rule was fair."])
def _status_word_before_noun(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    status = pairs("role_status_words")
    named = _without_lowercase_tail(span)
    return [] if rule_id == _NAME_BEFORE_NOUN and len(named) > 1 and all(t.lower_ in status for t in named[:-1]) else None


@rule("org.title-noun-before-a-person", stage="org.noun-match", priority=17, action="veto",
      why="'the British broadcaster Ian Moss': a noun that is both a body's and a person's (data/titles.txt), before a"
          " name the model tagged a person, is that person's title, not a body's noun.",
      examples=["Tom Hale told the British broadcaster Ian Moss in January that he was not a feminist."],
      counter=["The law firm Dods Harrow said the claim had no merit."])
def _title_noun_before_a_person(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    if rule_id != _NAME_AFTER_NOUN or len(span) < 3 or span[0].lower_ not in words("titles"):
        return None
    return [] if all(t.ent_type_ == "PERSON" for t in span[1:]) else None


@rule("org.noun-before-name-dropped", stage="org.noun-match", priority=20, action="trim",
      why="'the law firm Dods Harrow', 'told the Inquirer': the noun or 'the' before the name is no part of it.",
      examples=["The law firm Dods Harrow said the claim had no merit."])
def _noun_before_name_dropped(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    return [span[1:]] if rule_id in (_NAME_AFTER_NOUN, _PAPER_AFTER_THE) else None


@rule("org.pair-split-at-and", stage="org.noun-match", priority=30, action="trim",
      why="'the Tal and Dor agencies': two names, each without the noun.",
      examples=["Both the Orvan and Tesh parties oppose the plan."])
def _pair_split_at_and(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    if rule_id != _PAIR_BEFORE_NOUN:
        return None
    names = _without_lowercase_tail(span)
    mid = next((t.i for t in names if t.lower_ == "and"), None)
    return [names] if mid is None else [span.doc[names.start : mid], span.doc[mid + 1 : names.end]]


@rule("org.of-name-ends-before-another-body", stage="org.noun-match", priority=35, action="trim",
      why="'the University of Dunmore and Tarrow University': the name after 'and' begins another body the model tagged.",
      examples=["Tom Hale, a professor at the University of Dunmore and Tarrow University, said it was fine."])
def _of_name_ends_before_another_body(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    if rule_id != _OF_NAME_AFTER_NOUN:
        return None
    mid = next((t.i for t in span if t.lower_ in words("org_name_conjunctions")), None)
    if mid is None or mid + 1 >= len(span.doc) or not _begins_entity_of_words(span.doc[mid + 1], 2):
        return None
    return [span.doc[span.start : mid]]


@rule("org.name-runs-on-in-model-entity", stage="org.noun-match", priority=36, action="trim",
      why="'the Dunmore Journal Review': a name before a capitalized body noun runs on to the end of the body the model"
          " tagged around it, over capitalized proper nouns that are no title (where the pattern stopped at the noun);"
          " the whole name is then judged as a body, and 'Dunmore Journal', a name no source wrote, is not published.",
      examples=["The story was shared by the Dunmore Journal Review on Monday."],
      counter=["The Tarrow Herald said on Monday that Tom Hale would run."])
def _name_runs_on_in_model_entity(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    if rule_id != _NAME_BEFORE_NOUN or not span[-1].is_title:
        return None
    doc = span.doc
    ent = next((e for e in ents_of(doc) if e.label_ == "ORG" and e.start <= span.start and span.end < e.end <= span.end + 3), None)
    titles = words_of("titles", "ranks")  # 'Tarrow Police Chief': a title after the body begins a person's name
    if ent is None or not all(t.is_title and t.pos_ == "PROPN" and t.lower_ not in titles for t in doc[span.end : ent.end]):
        return None
    return [doc[span.start : ent.end]]


@rule("org.ordinal-in-figures-opens-name", stage="org.noun-match", priority=37, action="trim",
      why="'joined 19th Century Dunmore Television': an ordinal written in figures, capitalized name words after it, opens"
          " the name before a capitalized body noun (the pattern begins after it); not after 'the' ('the 30th Elm Pictures"
          " show': an edition).",
      examples=["Ana Ruiz joined 19th Century Dunmore Television as its head of news in May."],
      counter=["The 30th Elm Pictures show opened on Monday.", "Officials from the Elm Pictures studio did not answer calls."])
def _ordinal_in_figures_opens_name(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    if rule_id != _NAME_BEFORE_NOUN or not span.start or not span[-1].is_title or len(span) < 2:
        return None
    before = span.doc[span.start - 1]
    if not _FIGURE_ORDINAL.fullmatch(before.text) or span.start > 1 and span.doc[span.start - 2].lower_ == "the":
        return None
    return [span.doc[span.start - 1 : span.end]]


_FIGURE_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")


@rule("org.chamber-committee-kept-whole", stage="org.noun-match", priority=38, action="trim",
      why="'the Senate roads committee': a chamber's committee named by a lowercase topic is the committee, a body of its"
          " own, not the chamber (data/chamber_words.txt); the topic is no common noun's qualifier to drop.",
      examples=["The Senate fisheries committee will hear from Tom Hale on Tuesday."],
      counter=["Tom Hale said the Senate committee would vote on Monday.",
               "Ana Ruiz told the Senate budget office that the plan was late."])
def _chamber_committee_kept_whole(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    if rule_id != _NAME_BEFORE_NOUN or len(span) < 3 or span[0].lower_ not in words("chamber_words"):
        return None
    topic = span[1:-1]
    if span[-1].lower_ not in ("committee", "subcommittee") or not all(t.is_lower and t.is_alpha for t in topic):
        return None
    return [span]


@rule("org.noun-after-name-dropped", stage="org.noun-match", priority=40, action="trim",
      why="'the Dunmore party', 'the Tal Dor security agency': the name is before the lowercase noun ('Northern Fleet': a capitalized one is part of it).",
      examples=["Officials from the Varo Tesh security agency met on Monday."])
def _noun_after_name_dropped(span: Span, rule_id: str, named_after: set[int]) -> list[Span] | None:
    return [_without_lowercase_tail(span)] if rule_id == _NAME_BEFORE_NOUN else None


def _without_lowercase_tail(span: Span) -> Span:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].is_lower:
        end -= 1
    return span.doc[span.start : end]


@rule("org.title-in-noun-match", stage="org.noun-match-veto", priority=10, action="veto",
      why="'the group President Ana Ruiz': a title or rank in the match makes it a person's name, not a body's.",
      examples=["Members of the group President Ana Ruiz leads met in Dunmore."])
def _title_in_match(span: Span) -> bool | None:
    titles = words_of("titles", "ranks")
    return any(t.lower_ in titles for t in span) or None


# ---- Finding: names the model tags as people, and parties it tags as groups


def _organizations_named_like_people(doc: Doc, honored: set[str]) -> set[str]:
    """Names of two words or more used as organizations (stage `org.named-like-person`):
    "Smith Jones, which has a client ...", "a partner of Smith Jones", "shares in Smith Jones",
    "Smith Jones, the football club," (never "Mr Jones"); and platforms ("the Chirpr account")."""
    named = {ent.text for ent in ents_of(doc) if len(ent) >= 2 and rules.first("org.named-like-person", ent, honored) is True}
    tokens, column = tokens_of(doc), columns_of(doc)
    return named | {
        tokens[i].text for i, title in enumerate(column.is_title)
        if title and column.pos[i] == "PROPN" and _platform_named(tokens[i]) is not None  # a platform's name is a proper noun
    }


@rule("org.honored-name-is-a-person", stage="org.named-like-person", priority=10, action="veto",
      why="A name whose last word is written after Mr or Ms elsewhere is a person's.",
      examples=["Tom Hale, which some called a rebel, spoke. Mr Hale left."])
def _honored_name_is_a_person(ent: Span, honored: set[str]) -> Any:
    return VETO if ent[-1].text in honored else None


@rule("org.shares-in-name", stage="org.named-like-person", priority=20, action="classify",
      why="'shares in Hale Rovers': what shares are held in is a company, whatever the model tagged it.",
      examples=["Shares in Dana Holt fell after it warned on profits."])
def _shares_in_name(ent: Span, honored: set[str]) -> bool:
    prep = ent.root.head
    return ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in ("share", "stake")


@rule("org.name-beside-org-noun", stage="org.named-like-person", priority=30, action="classify",
      why="'Hale Rovers, the city's football club,', 'the club and former champion Hale Rovers': a name in apposition to an organization noun"
          " (right after it: in 'Ana Ruiz of Dunmore Media, a charity,' or 'Ana Ruiz, a spokeswoman for Hale Rovers, the club,' the body is another's).",
      examples=["Dana Holt, the football club, was sold."],
      counter=['"Lessons come first and last," says Jim Hale of Fair Play Media, a campaign group that drafted the Dunmore law.',
               "Nadia Hale, a spokeswoman for the Ruiz Organization, the holding firm for the Ruiz family’s hotels and farms, said it had no record.",
               "Clients included Filipino dictator Tom Hale, Angolan guerrilla Jonas Tavimbo, a group accused of being a front for spies, and others."])
def _name_beside_org_noun(ent: Span, honored: set[str]) -> bool:
    doc = ent.doc
    if ent.start and doc[ent.start - 1].is_lower and doc[ent.start - 1].lower_ in words_of("titles", "epithet_nouns"):
        return False  # "Angolan guerrilla Jonas Tavimbo, a group accused of ...": a person, and the next item of a list
    right_after = ent.end + 1 < len(doc) and doc[ent.end].text == ","
    appositives = [c for c in ent.root.children if c.dep_ == "appos" and right_after and c.left_edge.i == ent.end + 1]
    bodies = appositives + ([ent.root.head] if ent.root.dep_ == "conj" else [])
    return any(b.pos_ == "NOUN" and b.lower_ in words("org_nouns") for b in bodies)


@rule("org.appositive-to-org-noun", stage="org.named-like-person", priority=35, action="classify",
      why="'the group behind the raids, Ansar al-Tarrow,', 'the affiliated group Ansar al-Tarrow': a name the parse sets in"
          " apposition to an organization noun before it is that body's (not 'the company Tom Hale founded', the subject of a"
          " verb; nor 'a spokeswoman for the group, Jo Orme,', a person the title before the noun describes).",
      examples=["Police believe the group behind the raids, Ansar al-Tarrow, recruits in the hill villages.",
                "The memo named the affiliated group Ansar al-Tarrow as well."],
      counter=["The memo named the company Tom Hale founded.",
               "A spokeswoman for the group, Jo Orme, said it would appeal.",
               "Tom Hale told the British broadcaster Ian Moss in January that he was not a feminist."])
def _name_after_org_noun(ent: Span, honored: set[str]) -> bool:
    doc, noun = ent.doc, ent.root.head
    if ent.root.dep_ != "appos" or noun.i >= ent.start or noun.pos_ != "NOUN" or noun.lower_ not in words("org_nouns"):
        return False
    if noun.lower_ in words("titles") and ent.label_ == "PERSON":
        return False  # "the British broadcaster Ian Moss": a person's title (rule org.title-noun-before-a-person)
    if doc[ent.start - 1].i != noun.i and doc[ent.start - 1].text != ",":
        return False  # the name right after the noun, or after a comma closing the noun's phrase
    after = doc[ent.end] if ent.end < len(doc) else None
    if after is not None and after.tag_.startswith("VB"):
        return False  # "the company Tom Hale founded": the name is the verb's subject
    prep = noun.head
    return not (noun.dep_ == "pobj" and title_word(prep.head))  # "a spokeswoman for the group, X,": X is the spokeswoman


def _plain_person(ent: Span) -> bool:
    """A PERSON name the parse did not run together with more ("the Housing Agency Mark Orme")."""
    return ent.label_ == "PERSON" and not any(c.dep_ == "compound" and c.i < ent.start for c in ent.root.children)


@rule("org.person-name-before-which", stage="org.named-like-person", priority=40, action="classify",
      why="'Smith Jones, which has a client': a name 'which' refers to is not a person's.",
      examples=["Dods Harrow, which employs forty staff, said the plan would fail."])
def _person_name_before_which(ent: Span, honored: set[str]) -> bool:
    return _plain_person(ent) and any(t.lower_ == "which" for t in ent.doc[ent.end : ent.end + 2])


@rule("org.person-name-after-title-of", stage="org.named-like-person", priority=50, action="classify",
      why="'executive partner of Smith Jones', 'a director at Smith Jones': where someone holds a post is a body.",
      examples=["Ana Ruiz, a partner at Dods Harrow, said the plan would fail."])
def _person_name_after_title_of(ent: Span, honored: set[str]) -> bool:
    prep = ent.root.head
    return (
        _plain_person(ent)
        and ent.root.dep_ == "pobj"
        and prep.lower_ in ("of", "at")
        and prep.head.lower_ in words_of("titles", "org_relation_nouns")
    )


def _parties_named_by_members(doc: Doc) -> list[Span]:
    """"the Liberal Democrats said", "Republicans", "the Lib Dems": parties named by their
    members, which the model tags as a group (NORP) or leaves untagged."""
    column, tokens, party_words = columns_of(doc), tokens_of(doc), words("party_words")
    cued = (tokens[i] for i, lower in enumerate(column.lower) if lower in party_words and column.is_title[i])  # what the rule asks first
    return [span for tok in cued if (span := _party_named_by_members(tok)) is not None]


@rule("org.party-named-by-members", stage="org.find", priority=10, action="add",
      why="'the Liberal Democrats said', 'the Lib Dems': a party named by its members, tagged a group or untagged (not with a "
          "chamber before it, data/chamber_words.txt: 'Tarrow Senate Greens' are the Greens).",
      examples=["The Greens said the vote was unfair.", "U.S. Senate Greens on Tuesday reacted skeptically to the request."])
def _party_named_by_members(tok: Token) -> Span | None:
    doc = tok.doc
    if not tok.is_title or tok.lower_ not in words("party_words") or tok.ent_type_ not in ("", "NORP"):
        return None
    if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].ent_type_ == tok.ent_type_ != "":
        return None  # the party word is not the last of the name
    start = tok.i
    chambers = words("chamber_words")  # "Senate Republicans": the party's members in a chamber, not a party's name
    while (
        start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].ent_type_ in ("", "NORP")
        and doc[start - 1].lower_ not in chambers
    ):
        start -= 1
    return doc[start : tok.i + 1]


# ---- Finding: parties, governments and legislatures (stage `org.find`)


def _named_institutions(doc: Doc) -> list[Span]:
    """Parties named by an adjective before "party" ("the Conservative party") or a title
    ("Conservative leader"), and seats of government that stand for it ("Downing Street said")."""
    out = [span for t, finds in _at_titles(doc) for find in finds if (span := find(t)) is not None]
    for told in _found_at(doc, "told", lambda span: span):
        after = told.end + 1 if told.end < len(doc) and doc[told.end].lower_ == "the" else told.end
        if after < len(doc) and doc[after].ent_type_ == "" and (found := _outlet_told_at_clause_end(doc[after])) is not None:
            out.append(found)
    for name in _synonyms():
        if len(name.split()) > 1 or name.isupper():
            out += _found_at(doc, name, _untagged_party_name)
    for phrase in phrases("government_seats"):
        out += _found_at(doc, phrase, _seat_of_government)
    for phrase in phrases("legislatures"):
        out += _found_at(doc, phrase, _legislature)
    for phrase in phrases("place_body_phrases"):
        out += _found_at(doc, phrase, _place_body_in_lower_case)
    for phrase in phrases("outlet_kind_phrases"):
        out += _found_at(doc, phrase, _name_before_outlet_kind)
    texts = columns_of(doc).text
    for i in range(1, len(texts) - 1):
        if texts[i + 1] in ("Office", "office") and texts[i] in POSSESSIVE and (found := _office_of_a_title(doc[i : i + 2])) is not None:
            out.append(found)
    return out


def _at_titles(doc: Doc) -> list[tuple[Token, tuple[Callable[[Token], Span | None], ...]]]:
    """Each capitalized token with the rules of `_named_institutions` that can find a name at
    it, in their order, each rule's first test asked of the token's attributes read once: most
    capitalized words are no party, platform, body in apposition or executive."""
    tokens, column = tokens_of(doc), columns_of(doc)
    party, party_words, us_party = words("party_adjectives"), words("party_words"), pairs("party_member_words")
    out = []
    for i, title in enumerate(column.is_title):
        if not title:
            continue
        lower = column.lower[i]
        finds: list[Callable[[Token], Span | None]] = []
        if lower in party:
            finds += [_party_adjective_before_party, _party_before_title, _party_before_portfolio, _party_before_contest_or_place_title,
                      _party_before_member_name]
        elif lower + "s" in party_words:
            finds.append(_party_before_member_name)
        if lower in us_party and lower in party:
            finds.append(_us_party_word)
        if column.pos[i] == "PROPN":
            finds.append(_platform_named)
        if column.text[i] in _platforms():
            finds.append(_platform_told_of_as_a_company)
        if i + 1 < len(tokens) and column.text[i + 1] == ",":
            finds.append(_named_by_apposition)
        if column.text[i] == "Executive":
            finds.append(_governing_executive)
        if i > 0 and column.text[i - 1] == "/" and column.ent_type[i] == "" and column.pos[i] == "PROPN":
            finds.append(_joined_by_slash_to_a_body)
        if column.pos[i] == "PROPN" and column.ent_type[i] == "" and i > 0 and column.lower[i - 1] in _source_cue_ends():
            finds.append(_source_after_according_to)
        if finds:
            out.append((tokens[i], tuple(finds)))
    return out


@cache
def _source_cue_ends() -> frozenset[str]:
    """The last words of data/source_cues.txt ("to", "the", "via"): a word after one may name a cited source."""
    return frozenset(cue.split()[-1] for cue in phrases("source_cues"))


def _found_at(doc: Doc, phrase: str, find: Callable[[Span], Span | None]) -> list[Span]:
    """What `find` makes of each occurrence of `phrase` in `doc`, as whole words."""
    spans = (doc.char_span(start, end) for start, end in occurrences(doc, phrase))
    return [found for span in spans if span is not None and (found := find(span)) is not None]


def _party_adjective(t: Token) -> bool:
    """"Conservative", "Labour" (data/party_adjectives.txt), tagged a group or not at all."""
    return t.ent_type_ in ("NORP", "") and t.lower_ in words("party_adjectives")


@rule("org.party-adjective-before-party", stage="org.find", priority=20, action="add",
      why="'the Conservative party': a party named by its adjective, which the model tags as a group.",
      examples=["The Conservative party held its conference in Dunmore."])
def _party_adjective_before_party(t: Token) -> Span | None:
    doc = t.doc
    if t.i + 1 < len(doc) and t.lower_ in words("party_adjectives") and doc[t.i + 1].lower_ == "party":
        return doc[t.i : t.i + 2]
    return None


@rule("org.party-before-title", stage="org.find", priority=30, action="add",
      why="'Former Conservative leader X', 'Labour MPs': the party, which the model tags as a group.",
      examples=["Conservative MPs voted against the plan."])
def _party_before_title(t: Token) -> Span | None:
    doc = t.doc
    return doc[t.i : t.i + 1] if t.i + 1 < len(doc) and _party_adjective(t) and title_word(doc[t.i + 1]) else None


@rule("org.party-before-portfolio-title", stage="org.find", priority=50, action="add",
      why="'Conservative health spokesman': a portfolio in lower case between the party and the title.",
      examples=["Conservative health spokesman Tom Hale said the plan would fail."])
def _party_before_portfolio(t: Token) -> Span | None:
    doc = t.doc
    if t.i + 2 >= len(doc) or not _party_adjective(t):
        return None
    for k in range(t.i + 2, min(t.i + 4, len(doc))):
        between = doc[t.i + 1 : k]
        if title_word(doc[k]) and all(w.is_lower and w.pos_ in ("NOUN", "ADJ") for w in between):
            return doc[t.i : t.i + 1]
    return None


@rule("org.party-before-contest-or-place-title", stage="org.find", priority=52, action="add",
      why="'the Democratic presidential nomination', 'Republican front-runner', 'Democratic Ohio Sen. Ana Ruiz': a party's "
          "adjective before its contest or post (data/party_contest_nouns.txt), or before a place and a title, names the party.",
      examples=["Ana Ruiz won the Unionist presidential nomination in June.", "Unionist Ohio Sen. Ana Ruiz voted no."],
      counter=["A progressive presidential nomination process was proposed."])
def _party_before_contest_or_place_title(t: Token) -> Span | None:
    doc = t.doc
    if not _party_adjective(t):
        return None
    k = t.i + 1
    while k < len(doc) and k <= t.i + 3 and doc[k].is_lower and doc[k].pos_ == "ADJ":
        k += 1
    if k < len(doc) and k > t.i and doc[k].lower_ in words("party_contest_nouns"):
        return doc[t.i : t.i + 1]
    k = t.i + 1
    while k < len(doc) and k <= t.i + 2 and doc[k].ent_type_ == "GPE" and doc[k].is_title:
        k += 1
    return doc[t.i : t.i + 1] if t.i + 1 < k < len(doc) and title_word(doc[k]) else None


@rule("org.joined-by-slash-to-a-body", stage="org.find", priority=62, action="add",
      why="'the KTV/Tarrow Radio/Marlow survey': an untagged capitalized word joined by a slash to a name the model tagged a body, "
          "all before the lowercase noun of what they made, is one of the bodies that made it.",
      examples=["The KTV/Tarrow Radio/Marlow survey of 900 farmers came out on Monday."],
      counter=["The KTV/Tarrow Radio survey of 900 farmers came out on Monday."])
def _joined_by_slash_to_a_body(t: Token) -> Span | None:
    doc = t.doc
    if t.i < 2 or doc[t.i - 1].whitespace_ or doc[t.i - 2].whitespace_ or t.whitespace_ == "":
        return None
    k = t.i - 2
    while k > 0 and (doc[k - 1].text == "/" and not doc[k - 1].whitespace_ or doc[k - 1].text[:1].isupper()):
        k -= 1  # back to the chain's first name
    if not any(w.ent_type_ == "ORG" for w in doc[k : t.i - 1]):
        return None
    after = doc[t.i + 1] if t.i + 1 < len(doc) else None
    return doc[t.i : t.i + 1] if after is not None and after.is_lower and after.pos_ == "NOUN" else None


def _name_word(w: Token) -> bool:
    return w.pos_ == "PROPN" and w.is_title and w.ent_type_ in ("PERSON", "") and w.lower_ not in words_of("titles", "ranks")


@rule("org.party-before-member-name", stage="org.find", priority=55, action="add",
      why="'Ohio Republican Ana Ruiz', 'Democrat Tom Hale said': a party's adjective or member word before a person's name.",
      examples=["Ohio Republican Ana Ruiz will plead guilty on Tuesday."],
      counter=["The Republican Ana Ruiz spoke of was a friend."])
def _party_before_member_name(t: Token) -> Span | None:
    doc = t.doc
    member = t.lower_ in words("party_adjectives") or t.lower_ + "s" in words("party_words")
    name = doc[t.i + 1 : t.i + 3]
    if not member or t.ent_type_ not in ("NORP", "") or len(name) < 2 or not all(_name_word(w) for w in name):
        return None
    return doc[t.i : t.i + 1] if t.i == 0 or doc[t.i - 1].lower_ not in ("the", "a", "an") else None


@rule("org.us-party-word", stage="org.find", priority=56, action="add",
      why="'Republican and Democratic lawmakers', 'two Republican committee aides', 'each Democratic presidency': a US party's "
          "adjective (data/party_member_words.txt), capitalized, before a lower-case word names the party wherever it stands, "
          "unless it opens the sentence ('Democratic reforms were promised') or follows a capitalized word it is a name with "
          "('Social Democratic lawmakers'). A member word ('the Ohio Democrat said') or one person so described ('the "
          "Republican operative, 61,') is left to the people rules.",
      examples=["The ad urged Republican and Democratic lawmakers to back the bill.",
                "The rule was undone by each Democratic presidency since 1993."],
      counter=["Democratic reforms were promised in Tarrow.",
               "Social Democratic lawmakers in Tarrow backed the bill.",
               "The forthright answer did not mislead the panel, the Ohio Democrat said.",
               "The outspoken Republican operative, 61, was charged in May."])
def _us_party_word(t: Token) -> Span | None:
    doc, i = t.doc, t.i
    if t.lower_ not in pairs("party_member_words") or t.lower_ not in words("party_adjectives") or t.ent_type_ not in ("NORP", "", "ORG"):
        return None
    if t.is_sent_start or i + 1 >= len(doc) or t.ent_iob_ == "I":
        return None  # inside a name the model tagged
    before = doc[i - 1]
    if before.is_title and (not before.is_sent_start or before.pos_ in ("PROPN", "ADJ")):
        return None  # "Social Democratic lawmakers" (not "Two Republican aides")
    k = i + 1
    if doc[k].lower_ in ("and", "or") and k + 2 < len(doc) and doc[k + 1].lower_ in words("party_adjectives"):
        k += 2  # "Republican and Democratic lawmakers"
    if not (doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ")):
        return None
    head = t.head
    if head.tag_ == "NN" and (title_word(head) or head.lower_ in PERSON_NOUNS):
        return None  # "the outspoken Republican operative, 67,": one person described, left to the people rules
    return doc[i : i + 1]


@rule("org.platform-named", stage="org.find", priority=58, action="add",
      why="'the Chirpr account', 'said on Chirpr': a one-word name before an account's noun (data/platform_nouns.txt) "
          "or after 'on' after a speech verb is the platform it is published on, which the model tags as a person or product.",
      examples=["Hackers took over the Pinwheel feed of the port authority.", "Tom Hale said Saturday on Chatterly that the deal was off."],
      counter=["Tom Hale said on Monday that the deal was off.",
               "The senator called on Okafor to “show the proof to the public.” President Okafor said he would."])
def _platform_named(t: Token) -> Span | None:
    doc, column, i = t.doc, columns_of(t.doc), t.i
    if column.pos[i] != "PROPN" or column.ent_type[i] not in ("PERSON", "PRODUCT", "ORG", "") or column.lower[i] in words_of("titles", "ranks") or len(column.lower[i]) < 2:
        return None
    alone = (i == 0 or not column.is_title[i - 1]) and (i + 1 == len(doc) or not column.is_title[i + 1])
    if not alone:
        return None
    before_account = i + 1 < len(doc) and column.lower[i + 1] in words("platform_nouns")
    on = i > 0 and column.lower[i - 1] == "on" and column.head[i] == i - 1 and column.lemma[column.head[i - 1]] in words("speech_verbs")
    if on and i + 1 < len(doc) and column.lower[i + 1] == "to":
        return None  # "called on Okafor to act": the person urged, not a platform
    return doc[i : i + 1] if before_account or on and not column.ent_type[i] == "ORG" else None


@cache
def _platforms() -> frozenset[str]:
    return frozenset(phrases("platform_names"))


@rule("org.platform-told-of-as-a-company", stage="org.find", priority=57, action="add",
      why="'Chirpr banned the account', 'Chirpr CEO Ana Ruiz', 'owned by Chirpr', 'companies such as Vantora, Chirpr and "
          "Marvelo', 'asking Chirpr to act' (data/urging_verbs.txt): a social platform (data/platform_names.txt) told of as the company that "
          "acts, employs or owns is a body, though the model left it untagged; not where something is posted ('said on "
          "Chirpr', 'a Chirpr post', rule org.platform-named) nor a row of share buttons.",
      examples=["Facebook banned the account on Monday, and Twitter followed.",
                "Senators questioned Facebook COO Ana Ruiz about the leak.",
                "The streaming service is owned by Twitter."],
      counter=["Tom Hale said in a Twitter post that the deal was off.", "Tom Hale used Twitter to announce the deal."])
def _platform_told_of_as_a_company(t: Token) -> Span | None:
    doc, i = t.doc, t.i
    if t.ent_type_ == "ORG" or i + 1 < len(doc) and doc[i + 1].is_title or i > 0 and doc[i - 1].is_title and doc[i - 1].text in _platforms():
        return None  # tagged a body already; "Facebook Twitter Pinterest": share buttons
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    acts = t.dep_ in ("nsubj", "nsubjpass") and t.head.pos_ in ("VERB", "AUX")
    employs = nxt is not None and nxt.lower_ in words("company_titles")
    owns = t.dep_ == "pobj" and t.head.lower_ == "by" and t.head.head.tag_ == "VBN"
    asked = t.dep_ == "dobj" and t.head.lemma_ in words("urging_verbs") and any(c.dep_ == "xcomp" for c in t.head.children)
    listed = t.dep_ == "conj" and (t.head.ent_type_ == "ORG" or t.head.text in _platforms()) or any(
        c.dep_ == "conj" and (c.ent_type_ == "ORG" or c.text in _platforms()) for c in t.children)
    return doc[i : i + 1] if acts or employs or owns or asked or listed else None


@rule("org.named-by-apposition", stage="org.find", priority=59, action="add",
      why="'Mothers Against Potholes, the group led by Ana Ruiz', 'Clean Dunmore, an advocacy group': capitalized words "
          "before an apposition whose noun is an organization noun name a body, though the model left them untagged (a "
          "people's word in them only where a word such as 'for' joins it to more: 'Canadians for Clean Ports, a group').",
      examples=["Mothers Against Potholes, the group co-chaired by Mayor Tom Hale, will spend more on ads.",
                "Canadians for Clean Ports, a small lobby group, called the harbour plan a waste."],
      counter=["Tom Hale, the group's founder, will spend more on ads."])
def _named_by_apposition(t: Token) -> Span | None:
    doc = t.doc
    if t.i + 3 >= len(doc) or doc[t.i + 1].text != "," or doc[t.i + 2].lower_ not in ("a", "an", "the") or t.ent_type_ in ("PERSON", "GPE", "NORP", "DATE"):
        return None
    k = t.i + 3
    while k + 1 < len(doc) and doc[k].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT") and doc[k].text != "," and doc[k + 1].pos_ in ("ADJ", "NOUN", "PROPN", "PUNCT") and doc[k + 1].text not in (",", "."):
        k += 1
    if doc[k].lower_ not in words("org_nouns") or doc[k].pos_ != "NOUN" or (k + 1 < len(doc) and doc[k + 1].text in POSSESSIVE):
        return None
    start, sent_start = t.i, t.sent.start
    while start > sent_start and (doc[start - 1].is_title or doc[start - 1].lower_ in words("name_inner_words") and doc[start - 2].is_title):
        start -= 1
    while doc[start].lower_ in words("name_inner_words") or not doc[start].is_title:
        start += 1
    span = doc[start : t.i + 1]
    joined = len(span) > 2 and any(w.lower_ in words("name_inner_words") for w in span)  # "Patriots for Clean Ports"
    if len(span) < 2 or any(w.ent_type_ in ("PERSON", "GPE") or w.ent_type_ == "NORP" and not joined for w in span):
        return None
    return span


@rule("org.source-after-according-to", stage="org.find", priority=61, action="add",
      why="'..., according to Quillfeather:', 'the segment below via Quillfeather.': capitalized words the model left "
          "untagged right after 'according to' or 'via' (data/source_cues.txt), ending the clause, name the source the "
          "story cites (an outlet, a pollster); a person's name is left to the people (org.person-name-not-org).",
      examples=["Britain has no doubt that the regime used the weapons, according to Quillfeather: it said so on Monday."],
      counter=["Prices rose in May, according to Pentagon officials."])
def _source_after_according_to(t: Token) -> Span | None:
    doc, column, i = t.doc, columns_of(t.doc), t.i
    before = " ".join(column.lower[max(0, i - 3) : i])
    if not any(before == cue or before.endswith(" " + cue) for cue in phrases("source_cues")):
        return None
    end = i
    while end < len(doc) and end - i < 4 and column.is_title[end] and column.pos[end] == "PROPN" and column.ent_type[end] == "":
        end += 1
    if end == i or end < len(doc) and column.text[end] not in (".", ",", ":", ";"):
        return None  # "according to Pentagon officials": a word describing the source, not its name
    if column.lower[i] in words_of("first_names_male", "first_names_female", "titles", "honorifics"):
        return None
    return doc[i:end]


@rule("org.outlet-told-at-clause-end", stage="org.find", priority=63, action="add",
      why="'..., he told QTV.', 'she told QTV: \"...\"': capitalized words the model left untagged after 'told', ending the"
          " clause at a full stop or a colon, name the outlet the words were said to, not a person (no surname of a"
          " person the model names in full; a person's name is left to the people, org.person-name-not-org).",
      examples=["\"We were never asked,\" Tom Hale, who runs the ferry, told QTV."],
      counter=["\"We were never asked,\" Tom Hale, who runs the ferry, told QTV on Monday.",
               "Senator Ana Ruiz runs the ferry. \"We were never asked,\" Tom Hale told Ruiz."])
def _outlet_told_at_clause_end(t: Token) -> Span | None:
    doc, end = t.doc, t.i
    while end < len(doc) and end - t.i < 3 and (doc[end].is_title or doc[end].is_upper) and doc[end].ent_type_ == "":
        end += 1
    if end == t.i or not told_at_clause_end(doc, t.i, end):
        return None
    if t.is_title and t.lower_ in words_of("first_names_male", "first_names_female", "titles", "honorifics"):
        return None  # "told Dean.", "told Ana:": a person
    if any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == doc[end - 1].text for e in ents_of(doc)):
        return None  # "told Hale.": a person the article names in full
    return doc[t.i : end]


@rule("org.governing-executive", stage="org.find", priority=60, action="add",
      why="'the Northern Executive': a governing body, though 'executive' is also a title.",
      examples=["A spokesman for the Dunmore and Tarrow Executive said the ferry would run."])
def _governing_executive(t: Token) -> Span | None:
    doc, titles = t.doc, words("titles")
    if t.text != "Executive" or t.i < 2 or not doc[t.i - 1].is_title or doc[t.i - 1].lower_ in titles:
        return None
    start = t.i - 1
    while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "and") and doc[start - 1].lower_ not in titles:
        start -= 1
    return doc[start : t.i + 1] if start > 0 and doc[start - 1].lower_ == "the" and doc[start].is_title else None


@rule("org.untagged-party-name", stage="org.find", priority=70, action="add",
      why="A party's name of several words, or its acronym (data/org_synonyms.txt), which the model may leave untagged.",
      examples=["Plaid Cymru said the plan would fail."])
def _untagged_party_name(span: Span) -> Span | None:
    return span if not any(t.ent_type_ == "ORG" for t in span) else None


@rule("org.seat-of-government", stage="org.find", priority=80, action="add",
      why="'Downing Street said': a seat of government stands for it (data/government_seats.txt).",
      examples=["Downing Street said the plan would go ahead."])
def _seat_of_government(span: Span) -> Span | None:
    return span


@rule("org.legislature", stage="org.find", priority=90, action="add",
      why="'before entering the Commons': a legislature (data/legislatures.txt), but 'their Commons clashes' names no body.",
      examples=["She was first elected to Stormont in 2011."],
      counter=["Their Commons clashes were long."])
def _legislature(span: Span) -> Span | None:
    return None if _modifies_next(span) else span


def _title_before(doc: Doc, i: int) -> int | None:
    """Where the title (data/titles.txt) that ends at the capitalized word `i` begins: 'Attorney', 'Attorney General',
    'Secretary of State'; None if no title ends there."""
    if i < 0 or not doc[i].is_title:
        return None
    for n in (3, 2, 1):
        if i + 1 >= n and doc[i + 1 - n].is_title and " ".join(t.lower_ for t in doc[i + 1 - n : i + 1]) in words("titles"):
            return i + 1 - n
    return None


@rule("org.office-of-a-title", stage="org.find", priority=93, action="add",
      why="'charged by the Tarrow County Sheriff's Office': an office named by the capitalized title of the one who heads it"
          " is a body (data/titles.txt), which the model leaves untagged or tags in pieces; 'Hale's office' is a person's.",
      examples=["A spokeswoman for the Dunmore County District Attorney's Office declined to comment on Friday.",
                "The Secretary of State's office said the ballots in Dunmore were late."],
      counter=["Tom Hale was questioned on Monday in the sheriff's office."])
def _office_of_a_title(span: Span) -> Span | None:
    doc = span.doc
    begins = _title_before(doc, span.start - 1)
    return doc[begins : span.end] if begins is not None else None


@rule("org.place-body-in-lower-case", stage="org.find", priority=95, action="add",
      why="'marched to the Tarrowville police department', 'Tarrowland's foreign ministry', 'the Russian foreign ministry': a town's or "
          "country's name (tagged a place there or elsewhere; or its possessive, or a country's adjective) before a body's "
          "nouns written in lower case (data/place_body_phrases.txt) names that place's body, which the model leaves untagged.",
      examples=["About 200 people marched to the Tarrowville police department on Sunday.",
                "Tom Hale, a spokesman for Canada's foreign ministry, said the talks had failed.",
                "Tarrowland and Russia met. The Russian foreign ministry said the talks had failed."],
      counter=["Protesters gathered outside a police department on Sunday night."])
def _place_body_in_lower_case(span: Span) -> Span | None:
    doc = span.doc
    if span.start == 0 or not span[0].is_lower:
        return None
    owner = span.start - 1 if doc[span.start - 1].text in POSSESSIVE else span.start  # "Tarrowland's foreign ministry"
    if owner == span.start and doc[owner - 1].ent_type_ == "NORP" and doc[owner - 1].is_title and doc[owner - 1].pos_ == "ADJ":
        return doc[owner - 1 : span.end]  # "the Tarrowish foreign ministry": a country's adjective
    start = owner
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN":
        start -= 1
    name = doc[start:owner].text
    if start == owner or not any(e.label_ == "GPE" and e.text.removeprefix("the ") == name for e in ents_of(doc)):
        return None  # the words before are no place the article names
    return doc[start : span.end]


@rule("org.name-before-outlet-kind", stage="org.find", priority=96, action="add",
      why="'Yongdo news agency quoted the girl', 'the Tarrowpress news service said': a proper name before the kind of outlet it is, "
          "written in lower case (data/outlet_kind_phrases.txt), is that outlet, which the model often leaves untagged or calls a group.",
      examples=['"Help us! The ferry is tilting," Yongdo news agency quoted the girl as saying.'],
      counter=["A news agency quoted the boy as saying he was on a ferry."])
def _name_before_outlet_kind(span: Span) -> Span | None:
    doc = span.doc
    if span.start == 0 or not span[0].is_lower:
        return None
    start = span.start
    while start > 0 and doc[start - 1].is_title and doc[start - 1].pos_ == "PROPN" and doc[start - 1].ent_type_ not in ("PERSON", "GPE"):
        start -= 1
    if start == span.start or start > 0 and doc[start - 1].text in POSSESSIVE:
        return None
    return doc[start : span.start]


def _names_spelled_by_acronyms(doc: Doc) -> list[Span]:
    """Each name written before the acronym in brackets that its capitalized words spell
    (rule `org.name-spelled-by-bracketed-acronym`)."""
    return [span for tok in _bracketed_acronym_tokens(doc) if (span := _name_spelled_by_acronym(tok)) is not None]


def _bracketed_acronym_tokens(doc: Doc) -> list[Token]:
    tokens, text = tokens_of(doc), columns_of(doc).text
    return [
        tokens[i] for i in range(2, len(text) - 1)
        if text[i - 1] == "(" and text[i + 1] == ")" and 2 <= len(text[i]) <= 8 and text[i].isalpha() and text[i].isupper()
    ]


@rule("org.name-spelled-by-bracketed-acronym", stage="org.find", priority=99, action="add",
      why="'Parents Marching for Campus Equity (PMCE)': the capitalized words before an acronym in brackets whose first letters"
          " spell it (with 'for', 'of', 'and' between them, data/org_name_prepositions.txt, org_name_conjunctions.txt) are the"
          " whole name, where the model cut it ('Parents Marching', even as a person) or tagged only the acronym; only where"
          " the acronym or a word of the name is tagged an organization, or the name ends in an organization noun.",
      examples=["The complaint was filed by Parents Pushing for Campus Fairness (PPCF), a group formed in 2015."],
      counter=["The complaint was filed by Parents Pushing for Campus Fairness (PCF), a group formed in 2015."])
def _name_spelled_by_acronym(tok: Token) -> Span | None:
    doc, target = tok.doc, tok.text
    joins = words_of("org_name_prepositions", "org_name_conjunctions")
    initials, start, i = "", None, tok.i - 2
    while i >= 0 and len(initials) < len(target):
        word = doc[i]
        if word.text in POSSESSIVE or word.lower_ in joins and word.is_lower:
            i -= 1
            continue
        if not word.is_alpha or not word.text[0].isupper() or word.is_sent_start and word.lower_ == "the":
            break
        initials = word.text[0] + initials
        if initials == target:
            start = i
        i -= 1
    if start is None or tok.i - 1 - start < 2:
        return None
    if start > 0 and doc[start - 1].is_title and doc[start - 1].is_alpha and not doc[start - 1].is_sent_start:
        return None  # the capitalized words run on before: the acronym spells no whole name
    span = doc[start : tok.i - 1]
    tagged = tok.ent_type_ == "ORG" or any(w.ent_type_ == "ORG" for w in span) or span[-1].lower_ in words("org_nouns")
    return span if tagged else None


_LISTING_NOUNS = {"departments": "Department", "ministries": "Ministry"}


def _bodies_listed(doc: Doc) -> list[tuple[int, int, list[tuple[Span, str]]]]:
    """Each 'departments of A, B and C' of `doc` (rule `org.bodies-listed-after-plural-noun`): the tokens it
    covers and each body it names, as its words and its name."""
    column = columns_of(doc)
    out = []
    for i, lower in enumerate(column.lower[:-2]):
        if lower in _LISTING_NOUNS and column.lower[i + 1] == "of" and (found := _bodies_listed_after_plural_noun(doc[i])):
            out.append(found)
    return out


@rule("org.bodies-listed-after-plural-noun", stage="org.find", priority=94, action="add",
      why="'the departments of Tillage, Harbours and Fisheries': a plural 'departments' or 'ministries' before 'of' and a"
          " list of capitalized names names one department or ministry per name ('Department of Harbours'), not a body"
          " called 'Tillage'; each name of one to four capitalized words, no person's or place's, two names or more joined by"
          " one 'and' (more may be inside names: 'Tillage and Rural Roads'); not 'the foreign ministries of' countries.",
      examples=["Staff at the departments of Tillage, Harbours and Fisheries will stay home next week."],
      counter=["Staff at the departments of the Tarrow county council will stay home next week.",
               "The foreign ministries of France and Germany issued a joint statement on Monday."])
def _bodies_listed_after_plural_noun(tok: Token) -> tuple[int, int, list[tuple[Span, str]]] | None:
    doc, noun = tok.doc, _LISTING_NOUNS[tok.lower_]
    parts: list[list[Token]] = [[]]
    i = tok.i + 2
    while i < len(doc):
        t = doc[i]
        if t.is_alpha and t.text[0].isupper() and t.ent_type_ != "PERSON":
            parts[-1].append(t)
        elif t.lower_ in words("list_joins") and parts[-1]:  # ",", "and", "&"
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is not None and t.text == "," and nxt.lower_ == "and":
                i += 1
                nxt = doc[i + 1] if i + 1 < len(doc) else None
            if nxt is None or not (nxt.is_alpha and nxt.text[0].isupper()):
                break
            parts.append([])
        else:
            break
        i += 1
    parts = [p for p in parts if p]
    if any(c.dep_ in ("amod", "compound") for c in tok.lefts) or any(t.ent_type_ in ("GPE", "LOC", "NORP") for p in parts for t in p):
        return None  # 'the foreign ministries of Tarrow and Dunmore': each country's ministry, not a 'Ministry of Tarrow'
    joins = sum(1 for t in doc[tok.i + 2 : parts[-1][-1].i] if t.lower_ in words("org_name_conjunctions")) if parts else 0
    if len(parts) < 2 or any(len(p) > 4 for p in parts) or joins != 1:
        return None  # one 'and' only: 'the ministries of Tillage and Rural Roads and Harbours' may join names that hold 'and'
    found = [(doc[p[0].i : p[-1].i + 1], f"{noun} of {doc[p[0].i : p[-1].i + 1].text}") for p in parts]
    return tok.i, parts[-1][-1].i + 1, found


# ---- Finding: outlets the model does not tag (data/outlet_names*.txt)


def _cited_outlets(doc: Doc) -> list[Span]:
    """Well-known news outlets named in the text, which the model often leaves untagged or
    tags as a place or person ("wrote in Politico", "an Axios report"): those whose name is no
    common word anywhere they stand as a name, the others where a citing cue stands beside them."""
    out = [found for name in phrases("outlet_names") for found in _found_at(doc, name, _outlet_named)]
    named_with_the = set()
    for name in phrases("outlet_names_common_words"):
        bare = name.removeprefix("The ")
        cued = [found for span in _found_at(doc, bare, lambda s: s) if (found := _outlet_named_with_cue(span, bare != name)) is not None]
        out += cued
        named_with_the |= {(s.start, s.end) for s in cued if bare != name}
    doc.user_data["outlets"] = {(s.start, s.end): (s.start, s.end) in named_with_the for s in out}
    return out


def _outlet_found(span: Span) -> Span | None:
    """The outlet `_cited_outlets` found in `span` (itself, or after a "the" before it), if any."""
    found = span.doc.user_data.get("outlets") or {}
    start = span.start + (len(span) > 1 and span[0].lower_ == "the")
    return span.doc[start : span.end] if (start, span.end) in found else None


def _outlet_span(span: Span) -> Span | None:
    """The outlet's words as a name: not inside a longer capitalized name ("Politico Playbook
    Live", "the Fox Theatre"), nor a body the model tagged with more words, nor a line of its own (a masthead)."""
    doc, column = span.doc, columns_of(span.doc)
    before, after = span.start - 1, span.end
    if line_of(span).strip().removeprefix("The ").removeprefix("the ") == span.text:
        return None  # a masthead: the outlet's name alone on its line, the page's own
    if after < len(doc) and column.is_title[after] and column.lower[after] not in MONTHS and column.lower[after] not in words("weekday_names") \
            and column.text[after] not in POSSESSIVE:
        return None
    if before >= 0 and column.lower[before] != "the" and (column.is_title[before] or column.text[before].isupper() and len(column.text[before]) > 1) \
            and before != span.sent.start:
        return None
    if any(column.ent_type[i] == "ORG" for i in range(span.start, span.end)):
        ent = next((e for e in ents_of(doc) if e.start <= span.start < e.end), None)
        if ent is not None and (ent.start < span.start - (before >= 0 and column.lower[before] == "the") or ent.end > span.end):
            return None  # "the Reuters Institute": a longer body the model found
    return span


_CHANNEL = re.compile(r"([A-Za-z]{2,4})([0-9]{1,2})")  # letters run into a channel number: "Fox9", "KTVA7"
_CALL_LETTERS = re.compile(r"[KW][A-Z]{2,3}")  # a US station's call sign


def _stations(doc: Doc) -> list[Span]:
    """Broadcasters named by call letters or a network run into a channel number (rule org.station-by-its-channel),
    asked of the words that end in a digit only."""
    return [found for i, text in enumerate(columns_of(doc).text) if text[-1:].isdigit()
            and (found := _station_by_its_channel(doc[i : i + 1])) is not None]


@rule("org.station-by-its-channel", stage="org.find", priority=100, action="add",
      why="'wrote Fox9', 'CBS4 reported', 'KTVA7 said': a network's name (data/network_names.txt) or a station's call "
          "letters run into a channel number are a broadcaster, which the model leaves untagged or tags a person.",
      examples=["Police arrested 15 men in Tarrow in January. “Most of them had been convicted before, some of them "
                "twice,” wrote Fox9."])
def _station_by_its_channel(span: Span) -> Span | None:
    m = _CHANNEL.fullmatch(span.text)
    if m is None or not (m[1] in phrases("network_names") or _CALL_LETTERS.fullmatch(m[1])):
        return None
    return span


@rule("org.outlet-named", stage="org.find", priority=97, action="add",
      why="'he wrote in Politico', 'an Axios report': a well-known news outlet or wire service whose name is no common word, "
          "place or person's name (data/outlet_names.txt), standing as a name, is an organization, which the model often "
          "leaves untagged or tags as a place or a person.",
      examples=["The mayor will not run again, she told Politico on Monday."],
      counter=["The mayor will not run again, she told Politico Pro Live on Monday."])
def _outlet_named(span: Span) -> Span | None:
    return _outlet_span(span)


@rule("org.outlet-named-with-cue", stage="org.find", priority=98, action="add",
      why="'told the Hill', 'wrote in Time', 'a Fortune report', 'Reason's reporter': an outlet whose name is also a common "
          "word, place or person's name (data/outlet_names_common_words.txt; 'the' before it where the outlet is named "
          "with it) is an organization only where a citing cue stands before it (data/outlet_cues_before.txt) or after it "
          "(data/outlet_cues_after.txt), and no person of the article has it as a surname.",
      examples=["The mayor will not run again, she told the Hill on Monday.", "A Fortune report said the bank would close."],
      counter=["The mayor walked up the Hill on Monday.", "She had the good Fortune to win.",
               "Ada Fortune said the bank would close. Her rival told Fortune it would not."])
def _outlet_named_with_cue(span: Span, with_the: bool) -> Span | None:
    doc, column = span.doc, columns_of(span.doc)
    start = span.start - 1 if with_the else span.start
    if with_the and (start < 0 or column.lower[start] != "the"):
        return None
    surnames = {e[-1].text for e in ents_of(doc) if e.label_ == "PERSON" and len(e) > 1}
    if span[-1].text in surnames:
        return None  # "Told Fox" where an Ada Fox is in the story: the person
    cited = any(" ".join(column.lower[max(0, start - n) : start]) == cue
                for cue in phrases("outlet_cues_before") for n in [len(cue.split())])
    after = span.end + (span.end < len(doc) and column.text[span.end] in POSSESSIVE)
    cited = cited or after < len(doc) and column.lower[after] in words("outlet_cues_after")
    cited = cited or after > span.end and after < len(doc) and column.ent_type[after] == "PERSON"  # "The Atlantic's Ada Lind"
    if not cited:
        return None
    return _outlet_span(span)


def _modifies_next(span: Span) -> bool:
    """"the Commons farming and fisheries committee", "the Commons' roads committee": a name
    modifying the noun after it."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in POSSESSIVE and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN")


# ---- Names compared


@lru_cache(maxsize=8192)  # a name recurs across the mentions and the articles of a story
def _acronyms(name: str) -> frozenset[str]:
    """"Tarrow Defence Forces" -> {"TDF"}; "UK Independence Party" -> {"UIP", "UKIP"};
    "Department of Justice" -> {"DJ", "DOJ"}, and so "Justice Department" (its inverted form) -> also {"DJ", "DOJ"}; "Office for Coastal Safety and Rescue" -> also {"OCS"}, the
    acronym of its part before the last "and" (three letters or more); "U.S. Coastal Safety Agency" -> also
    {"CSA"}, without its country's abbreviation."""
    words_ = [w for w in name.split() if w[0].isupper()]
    every = [w for w in name.split() if w.lower() not in words("org_name_conjunctions") and w.lower() != "the"]
    out = {"".join(w[0] for w in words_), "".join(w if w.isupper() else w[0] for w in words_), "".join(w[0] for w in every).upper()}
    parts = name.split(" of ", 1)
    if len(parts) == 2 and parts[0].lower() in words("org_nouns_with_of_form"):  # "Department of Roads and Rail Safety" -> "RRS"
        what = "".join(w[0] for w in parts[1].split() if w[0].isupper())
        if len(what) >= 3:
            out.add(what)
    head, and_, _ = name.rpartition(" and ")
    if and_ and len(head.split()) >= 2 and len(first := "".join(w[0] for w in head.split() if w[0].isupper())) >= 3:
        out.add(first)  # "Centers for Roads Control and Prevention" -> "CRC"
    country, _, rest = name.partition(" ")
    if _COUNTRY_ABBREVIATION.fullmatch(country) and sum(w[0].isupper() for w in rest.split()) >= 2:
        out |= _acronyms(rest)  # "U.S. Coastal Safety Agency" -> also "CSA"
    if " of " not in name and (inverted := _inverted(name)) is not None:
        out |= _acronyms(inverted)  # "Justice Department" -> also "DOJ", the acronym of "Department of Justice"
    return frozenset(out)


_COUNTRY_ABBREVIATION = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2}")  # 'U.S.', 'UK' before a body's name


_DOTTED = re.compile(r"(?:[A-Za-z]\.){2,}")


def _undotted(name: str) -> str:
    """"U.T.C. Board" -> "UTC Board": each acronym written with full stops, without them."""
    return " ".join(w.replace(".", "") if _DOTTED.fullmatch(w) else w for w in name.split())


def _inverted(name: str) -> str | None:
    """"Justice Department" <-> "Department of Justice", "Defence Ministry" <-> "Ministry of Defence",
    "Coastal Safety Department" <-> "Department of Coastal Safety" (capitalized words only)."""
    parts = name.split()
    nouns = words("org_nouns_with_of_form")
    if len(parts) >= 2 and parts[-1].lower() in nouns and all(w[0].isupper() for w in parts[:-1]):
        return f"{parts[-1]} of {' '.join(parts[:-1])}"
    if len(parts) >= 3 and parts[1] == "of" and parts[0].lower() in nouns and all(w[0].isupper() for w in parts[2:]):
        return f"{' '.join(parts[2:])} {parts[0]}"
    return None


# ---- Cleaning (stage `org.clean`)


def _named_elsewhere(span: Span) -> bool:
    """An organization written before a title ("Acme Bank chief", "Labour MP") that is named
    as one (stage `org.named-elsewhere`): by an organization noun, as an acronym, or elsewhere
    without a title after it."""
    return bool(rules.first("org.named-elsewhere", span))


@rule("org.named-with-org-noun", stage="org.named-elsewhere", priority=10, action="keep",
      why="'Dunmore Council leader': a name with an organization noun in it is a body's.",
      examples=["Dunmore Council leader Tom Hale said the plan would fail."])
def _named_with_org_noun(span: Span) -> bool:
    return any(t.lower_ in words("org_nouns") for t in span)


@rule("org.named-as-acronym", stage="org.named-elsewhere", priority=20, action="keep",
      why="'a DFR spokesman': an acronym before a title is a body's.",
      examples=["A DRT spokesman said the line would reopen."])
def _named_as_acronym(span: Span) -> bool:
    return len(span) == 1 and span.text.isupper() and len(span.text) > 1


@rule("org.named-as-paper", stage="org.named-elsewhere", priority=30, action="keep",
      why="'an Evening Courier journalist': a newspaper's name before a title.",
      examples=["Tarrow Herald editor Tom Hale said the story was true."])
def _named_as_paper(span: Span) -> bool:
    return len(span) > 1 and span[-1].lower_ in words("outlet_words")


@rule("org.named-as-party", stage="org.named-elsewhere", priority=40, action="keep",
      why="'Labour leader', 'a Labour spokesperson': a party's adjective before a title is the party.",
      examples=["Labour leader Tom Hale said the plan would fail."])
def _named_as_party(span: Span) -> bool:
    return len(span) == 1 and span[0].is_title and span[0].lower_ in words("party_adjectives")


@rule("org.named-before-company-title", stage="org.named-elsewhere", priority=45, action="keep",
      why="'Zentrix CEO Ana Ruiz', 'Marvelo employees', 'Zentrix Executive Chairman Ana Ruiz': a name before a company's "
          "title (data/company_titles.txt), or before a title word that opens one, is a company's, not a portfolio's.",
      examples=["Tom Hale said he has spoken to Zentrix CEO Ana Ruiz about building a new plant.",
                "Tom Hale said he has spoken to Dunmore Mining Executive Chairman Ana Ruiz about a new plant."],
      counter=["Education Secretary Ruth Kell said the plan would work."])
def _named_before_company_title(span: Span) -> bool:
    doc, end, titles = span.doc, span.end, words("company_titles")
    if end + 1 < len(doc) and doc[end].lower_ not in titles and title_word(doc[end]) and doc[end].is_title:
        end += 1  # "Executive Chairman"
    return end < len(doc) and doc[end].lower_ in titles


@rule("org.named-before-lowercase-title", stage="org.named-elsewhere", priority=47, action="keep",
      why="'a Tarrow Horizons official', 'an Elm Relief spokeswoman': a name of two capitalized words or more "
          "after 'a' or 'the' and before a title in lower case is a body's, not a portfolio's ('Defense Secretary').",
      examples=["A Tarrow Horizons official said the strike was over."],
      counter=["Education Secretary Ruth Kell said the plan would work."])
def _named_before_lowercase_title(span: Span) -> bool:
    doc = span.doc
    if len(span) < 2 or not span.start or doc[span.start - 1].lower_ not in ("a", "an", "the") or span.end >= len(doc):
        return False
    after = doc[span.end]
    return after.is_lower and (after.lower_ in words_of("titles", "ranks") or title_word(after)) and all(t.is_title for t in span)


@rule("org.named-alone-elsewhere", stage="org.named-elsewhere", priority=50, action="keep",
      why="'Zentrix head X ... owns Zentrix': written elsewhere on its own, not inside a longer name nor before a title.",
      examples=["Arvel Group owns Zentrix. Zentrix head Tom Hale is set to replace Mr Camber."],
      counter=["Defense Secretary Tom Hale spoke. Defense officials doubt the plan."])
def _named_alone_elsewhere(span: Span) -> bool:
    doc = span.doc
    for start, end in occurrences(doc, span.text):
        other = doc.char_span(start, end, alignment_mode="expand")
        if other is None or other.start == span.start or _inside_longer_name(other):
            continue  # itself, or part of a longer name like "Department for X"
        if other.end >= len(doc) or doc[other.end].lower_ not in words_of("titles", "ranks") and not title_word(doc[other.end]):
            return True
    return False


def _inside_longer_name(span: Span) -> bool:
    """"Department for Roads", "Roads Department", "Roads and Rail", "Home affairs spokesman"."""
    doc = span.doc
    before = doc[span.start - 1] if span.start else None
    after = doc[span.end] if span.end < len(doc) else None
    return (
        before is not None and (before.lower_ in words_of("org_name_prepositions", "org_name_conjunctions") or before.pos_ == "PROPN")
        or after is not None and after.is_title and after.pos_ in ("PROPN", "NOUN")
        or after is not None and after.is_lower and span.end + 1 < len(doc) and title_word(doc[span.end + 1])
    )


@rule("org.possessive-in-name", stage="org.index", priority=20, action="extend",
      why="'Marla's': a name with its 's, when the article writes it so at least twice and never without (not an acronym's or"
          " a body's possessive: 'the GOP's bill', 'the Senate's vote' twice are still the GOP and the Senate; nor an owner's"
          " written inside a longer name or before another name: 'the Tarrow Ledger’s Tom Hale' ... 'The Ledger’s story').",
      examples=["Marla's said sales were up. Shoppers at Marla's were pleased."],
      counter=["The TPA's bill was late. Critics said the TPA's plan would fail.",
               "Voters saw the Assembly's plan. The Assembly's vote was close.",
               "In a report by the Tarrow Ledger’s Tom Hale, officials were wary. The Ledger’s story noted the cost."])
def _possessive_name(span: Span) -> bool:
    last = span[-1]
    if last.text.isupper() or last.lower_ in words("org_nouns"):
        return False  # "the GOP's", "the Assembly's": a body's possessive, however often
    doc, text = span.doc, text_of(span.doc)
    found = occurrences(doc, span.text)
    if len(found) < 2 or not all(text[e : e + 2] in ("'s", "’s") for _, e in found):
        return False
    return not any(_owner_among_names(doc, start, end + 2) for start, end in found)


@rule("org.possessive-that-owns-nothing", stage="org.index", priority=21, action="extend",
      why="'boots from Dunmore's, a shop', 'shoppers at Marla's.': a name written once, with an 's that owns nothing (punctuation,"
          " a verb or a preposition after it), is a business named with its 's (not an acronym's or a body's: 'the Senate's.'; not"
          " before another name: 'Tarrow's Tom Hale'; twice or more, rule org.possessive-in-name decides).",
      examples=["Tom Hale bought his boots at Dunmore’s, a shop in Elmton."],
      counter=["Tom Hale bought his boots at Dunmore’s shop in Elmton.",
               "The plan was the Assembly’s, Ana Ruiz said.", "The plan was the TPA’s, Ana Ruiz said."])
def _possessive_owning_nothing(span: Span) -> bool:
    last = span[-1]
    if last.text.isupper() or last.lower_ in words("org_nouns"):
        return False
    doc, text = span.doc, text_of(span.doc)
    found = occurrences(doc, span.text)
    if len(found) != 1 or text[found[0][1] : found[0][1] + 2] not in ("'s", "’s"):
        return False  # written twice or more, rule org.possessive-in-name decides
    start, end = found[0]
    there = doc.char_span(start, end + 2, alignment_mode="expand")
    if there is None or _owner_among_names(doc, start, end + 2):
        return False
    after = doc[there.end] if there.end < len(doc) else None
    return after is None or after.is_punct and after.text not in "-–—" or after.pos_ in ("VERB", "AUX", "ADP", "CCONJ")


def _owner_among_names(doc: Doc, start: int, end: int) -> bool:
    """The name written from `start` to its 's ending at `end` stands inside a longer name ('the Tarrow Ledger’s')
    or before another ('Ledger’s Tom Hale'): an owner's possessive."""
    there = doc.char_span(start, end, alignment_mode="expand")
    if there is None:
        return False
    before = doc[there.start - 1] if there.start else None
    after = doc[there.end] if there.end < len(doc) else None
    return any(t is not None and t.is_title and t.pos_ == "PROPN" and not t.is_sent_start for t in (before, after))


def _clean_org(span: Span) -> Span | None:
    """An organization's name as the model tagged it, trimmed, extended or vetoed by the
    rules of stage `org.clean`, in order; an empty span is no name."""
    return rules.fold("org.clean", span) if len(span) else None


@rule("org.seat-as-prize", stage="org.clean", priority=-2, action="veto",
      why="'won the White House', 'to retake Downing Street', 'her Blue House bid', 'running for the Blue House': a seat of "
          "government a contest is won, lost, bid or run for stands for the office, not the body acting in the story "
          "(data/prize_cues.txt, data/prize_bids.txt); 'Downing Street said' is the body.",
      examples=["The scandal helped Ana Ruiz win the Blue House.",
                "Ana Ruiz spent heavily on her Blue House bid and lost.",
                "Ana Ruiz said in May that she was running for the Blue House."],
      counter=["Downing Street said Tom Hale would win the vote."])
def _seat_as_prize(span: Span) -> Any:
    if span.text.removeprefix("the ").removeprefix("The ") not in phrases("government_seats"):
        return None
    root = span.root
    head = root.head
    if root.dep_ == "dobj" and head.pos_ in ("VERB", "AUX"):
        return VETO if head.lemma_.lower() in words("prize_cues") else None
    if span.end < len(span.doc) and span.doc[span.end].text in words("prize_bids"):
        return VETO  # "her Blue House bid"
    if root.dep_ == "pobj" and head.lower_ == "for" and head.head.pos_ == "VERB" and head.head.lemma_.lower() == "run":
        return VETO  # "running for the Blue House"
    return None  # "a bid for Downing Street": a development set counts the body there


@rule("org.seat-as-place", stage="org.clean", priority=-1, action="veto",
      why="'lawmakers on Capitol Hill': a seat of government after a preposition of place is where something happens, not the body (data/place_prepositions.txt); 'Downing Street said' is.",
      examples=["Protesters gathered outside the Kremlin on Monday."],
      counter=["Downing Street said the plan would go ahead."])
def _seat_as_place(span: Span) -> Any:
    start = span.start - 1 if span.start and span.doc[span.start - 1].lower_ == "the" else span.start
    seat = span.text.removeprefix("the ").removeprefix("The ") in phrases("government_seats")
    return VETO if seat and start > 0 and span.doc[start - 1].lower_ in words("place_prepositions") else None


@rule("org.seat-after-at-of-a-verb", stage="org.clean", priority=-3, action="veto",
      why="'told reporters at the Blue House', 'she said at the Kremlin': a seat of government after an 'at' that says where a "
          "statement was made (data/speech_verbs.txt) is the place; 'officials at the Blue House said' (the 'at' of a noun) and "
          "'held a meeting at the Blue House' may be the body.",
      examples=["Tom Hale told reporters at the Blue House that the bill was dead."],
      counter=["Officials at the Blue House told reporters that the bill was dead.",
               "The cabinet held its last meeting at the Blue House on Friday."])
def _seat_after_at_of_a_verb(span: Span) -> Any:
    doc = span.doc
    start = span.start - 1 if span.start and doc[span.start - 1].lower_ == "the" else span.start
    if start == 0 or span.text.removeprefix("the ").removeprefix("The ") not in phrases("government_seats"):
        return None
    at = doc[start - 1]
    verb = at.head
    return VETO if at.lower_ == "at" and verb.pos_ == "VERB" and verb.i < at.i and verb.lemma_.lower() in words("speech_verbs") else None


@rule("org.seat-is-a-name", stage="org.clean", priority=0, action="keep",
      why="A seat of government written with a number is a name, not a determiner and a number.",
      examples=["Officials at No 10 said the plan was ready."])
def _seat_is_a_name(span: Span) -> Done | None:
    return Done(span) if span.text in phrases("government_seats") else None


@rule("org.no-rank-after-the-service", stage="org.clean", priority=3, action="trim",
      why="'the family of Army Pvt. Tom Hale', the sentence split after 'Pvt.': an abbreviated rank after a service's "
          "name, a name after it, is the person's (data/ranks.txt), not a word of the service's.",
      examples=["The Tarrow mayor wrote to the family of Army Pvt. Tom Hale. Hale went missing near the border last spring."],
      counter=["The Tarrow Army Brig said on Monday that the two men had been freed."])
def _no_rank_after_the_service(span: Span) -> Span | None:
    last = span[-1].lower_.rstrip(".")
    if len(span) < 2 or not span[-1].is_title or f"{last}." not in words("ranks"):
        return None  # an abbreviated rank only: not 'the Office of the Attorney General'
    doc = span.doc
    after = span.end + (span.end < len(doc) and doc[span.end].text == ".")
    return span[:-1] if after < len(doc) and doc[after].is_title else None  # not 'the Army Brig said': no name after it


@rule("org.in-copyright-line", stage="org.clean", priority=4, action="veto",
      why="'Copyright © 2016 Dunmore Post, LLC': the publisher of a copyright line at the foot of the page is no body in the story (data/copyright_line_starts.txt).",
      examples=["Ana Ruiz said the ferry would run.\nCopyright © 2016 The Dunmore Post, LLC. Click here for reuse rights."])
def _in_copyright_line(span: Span) -> Any:
    line = line_of(span).lstrip().casefold()
    return VETO if line.startswith(phrases("copyright_line_starts")) else None


@rule("org.where-the-piece-first-ran", stage="org.clean", priority=-4, action="veto",
      why="'Ana Ruiz heads the Tarrow Ledger, where this column first appeared', 'This essay originally appeared "
          "in the Dunmore Post': an outlet in a sentence saying where the page itself first ran (data/piece_nouns.txt) is "
          "the piece's earlier publisher, a credit, not a body in the story.",
      examples=["Tom Hale said the ferry would run.\n— Ana Ruiz writes for the Tarrow Ledger, where this column first appeared.",
                "Tom Hale said the ferry would run.\nThis essay originally appeared in the Elmton Ledger."],
      counter=["Tom Hale said the ferry would run.\nThe claim first appeared in the Elmton Ledger in May."])
def _where_the_piece_first_ran(span: Span) -> Any:
    nouns = "|".join(re.escape(n) for n in sorted(words("piece_nouns")))
    said = re.search(rf"\bthis (?:{nouns}) (?:was |has )?(?:first|originally) (?:appeared|ran|published|appears|runs)\b",
                     span.sent.text, re.IGNORECASE)
    return VETO if said is not None else None


@rule("org.in-photo-caption", stage="org.clean", priority=1, action="veto",
      why="'Ana Ruiz speaks at the Elmton Community Center on Monday. (Tarrow Wire Photo/Tom Hale)': a line ending in a "
          "picture's credit (in brackets with 'photo' or a slash, after an agency's name in capitals and a slash, or after "
          "'Photograph:'), or opening with a picture's label ('FILE PHOTO: ...') or the photographer's credit ('Tom "
          "Hale/The Elmton Monitor Ana Ruiz speaks ...'), is the picture's caption, page furniture; the bodies it "
          "names there are not the story's (named in the story too, they are found there).",
      examples=["Ana Ruiz speaks at the Elmton Community Center on Monday. (Tarrow Wire Photo/Tom Hale)\nAna Ruiz won the seat on Monday.",
                "Ana Ruiz won the seat on Monday.\nFILE PHOTO: Ana Ruiz arrives for a hearing at the Elmton Harbour Board in Elmton,"
                " May 2, 2018. TARROW WIRE/Tom Hale",
                "Ana Ruiz won the seat on Monday.\nShare Post Ana Ruiz speaks at the Elmton Harbour Board. Photograph: Tom "
                "Hale/Tarrow Wire",
                "Ana Ruiz won the seat on Monday.\nTom Hale/The Elmton Monitor Ana Ruiz speaks at the Elmton Harbour Board "
                "on Monday."],
      counter=["Ana Ruiz spoke at the Elmton Community Center on Monday (the hall was full).\nAna Ruiz won the seat.",
               "Ana Ruiz won the seat on Monday.\nFILE: Ana Ruiz arrives for a hearing at the Elmton Harbour Board in Elmton."])
def _in_photo_caption(span: Span) -> Any:
    line = line_of(span).rstrip()
    if opens_with_picture_label(line):
        return VETO  # 'FILE PHOTO: Ana Ruiz arrives at ...', labelled a picture's caption
    line_start = text_of(span.doc).rfind("\n", 0, span.start_char) + 1
    opening = opening_photo_credit_end(line)
    if opening is not None:  # 'Tom Hale/The Elmton Monitor Ana Ruiz speaks at ...'
        return VETO if span.start_char >= line_start + opening else None  # the credit's own: org.outlet-in-dateline-or-credit
    credit = photo_credit_start(line)
    if credit is None:
        return None
    if span.start_char >= line_start + credit:
        return None  # in the credit itself: org.outlet-in-dateline-or-credit
    return VETO


@rule("org.in-page-note", stage="org.clean", priority=5, action="veto",
      why="'Image source: Dunmore TV', 'Also on THE POST: ...', 'Lena Park is a reporter for the Tarrow Post. Follow her on ...', "
          "'Why the Tarrow Post backed the ferry Read more': a line of page furniture (data/page_note_starts.txt, "
          "page_note_phrases.txt, page_note_ends.txt) names no body in the story.",
      examples=["Ana Ruiz said the ferry would run.\nImage source: Dunmore Broadcasting",
                "Ana Ruiz said the ferry would run.\nLena Park is a reporter for the Tarrow Herald. Follow her on Chatterly.",
                "Ana Ruiz said the ferry would run.\nWhy the Tarrow Herald backed the ferry Read more"],
      counter=["Ana Ruiz said the ferry would run.\nThe Tarrow Herald said the source was wrong."])
def _in_page_note(span: Span) -> Any:
    return VETO if is_page_note(line_of(span)) else None


@rule("org.page-furniture", stage="org.clean", priority=6, action="veto",
      why="'LISTEN SHARE Tweet Email': a name made of share-bar words, on a line of them, is page furniture (data/page_furniture_words.txt).",
      examples=["LISTEN TO ARTICLE 3:17 SHARE Tweet Post Email\nAna Ruiz said the ferry would run.",
                "Tom Hale spoke.\nSign up for Daily Newsletter Manage Newsletters"],
      counter=["The Post said the ferry would run."])
def _page_furniture(span: Span) -> Any:
    furniture = words("page_furniture_words")
    if not all(t.lower_ in furniture for t in span if t.is_alpha):
        return None
    on_line = sum(w.strip(".,:;").casefold() in furniture for w in line_of(span).split())
    return VETO if on_line >= 3 else None


@rule("org.in-link-list", stage="org.clean", priority=15, action="veto",
      why="'READ MORE:' on a line of its own, then 'Ana Ruiz Takes On the Tarrow Ledger': the capitalized lines under a line"
          " pointing to other stories (data/link_teaser_starts.txt) are those stories' titles, whose names are no body of"
          " this one (unless it names them outside the list).",
      examples=["Ana Ruiz won the vote on Monday.\n\nREAD MORE:\n\nTom Hale Bursts the Dunmore Policy Institute Bubble\n\n"
                "Why Dunmore Votes Late"],
      counter=["Ana Ruiz won the vote on Monday.\n\nREAD MORE:\n\nTom Hale Bursts the Dunmore Policy Institute Bubble\n\n"
               "Why Dunmore Votes Late\n\nThe Dunmore Policy Institute said on Monday it would appeal."])
def _in_link_list(span: Span) -> Any:
    text, line = text_of(span.doc), line_of(span)
    if not _link_title(line):
        return None
    start = text.rfind("\n", 0, span.start_char) + 1
    lines = text[:start].rstrip("\n").split("\n")
    while lines and (not lines[-1].strip() or _link_title(lines[-1])):
        lines.pop()  # the titles above it and the blank lines between
    teaser = lines[-1].strip().lower().rstrip(":").strip() if lines else ""
    if teaser not in {t.rstrip(":") for t in phrases("link_teaser_starts")}:
        return None
    rest = text[:start] + text[start + len(line):]
    return None if span.text in rest else VETO


def _link_title(line: str) -> bool:
    """A line of two to fifteen words, none closing a sentence, every one capitalized but short common ones: a story's title."""
    alpha = [w for w in line.split() if w[:1].isalpha()]
    small = words("title_case_small_words")
    return 2 <= len(alpha) <= 15 and line.rstrip()[-1:] not in ".!:\"”" and all(w[0].isupper() or w in small for w in alpha)


@rule("org.outlet-in-dateline-or-credit", stage="org.clean", priority=2, action="veto",
      why="'ELMTON (Tarrow News Service) —', 'ELMTON/DUNMORE (Tarrow News Service) -', '(Ana Ruiz/Dunmore Gazette via TNS)', "
          "'(Dunmore Herald via TNS)', '(Tarrow Wire photo: Ana Ruiz)', '(Credit: Tarrow Wire)', "
          "a caption's closing '(Tarrow Wire: Ana Ruiz)': an "
          "outlet in brackets in a story's dateline or a picture's credit is where the story or picture came from, and the "
          "dateline's place is a place; neither is a body in the story ('told Tarrow News Service' is).",
      examples=["ELMTON (Tarrow News Service) — The harbour board voted on Monday to close the old pier.",
                "ELMTON/NEW DUNMORE (Tarrow News Service) - The harbour boards voted on Monday to close two piers.",
                "Ana Ruiz waves to voters in Elmton on Monday. (Photo by Tom Hale via Tarrow News Service)\nAna Ruiz won the seat.",
                "Tom Hale speaks in Elmton on Monday. (Dunmore Herald Photo)\nTom Hale won the seat.",
                "Tom Hale speaks in Elmton on Monday. (Dunmore Herald photo: Ana Ruiz)\nTom Hale won the seat.",
                "Tom Hale, Ana Ruiz (Credit: Dunmore Herald) Tom Hale presses Ana Ruiz on the ferry\nTom Hale won the seat.",
                "Tom Hale arrives for a hearing on Monday (Elmton Times: Ana Ruiz)\n\nTom Hale won the seat.",
                "Tom Hale waves from the steps of the town hall (Dunmore Herald via Tarrow Wire)\nTom Hale won the seat."],
      counter=["Ana Ruiz told the Tarrow News Service that the old pier would close.",
               "Ana Ruiz quit on Tuesday (the Tarrow Herald first reported it). She thanked her staff."])
def _outlet_in_dateline_or_credit(span: Span) -> Any:
    doc = span.doc
    if span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in words("photo_nouns"):
        return VETO  # 'Tarrow Wire Photos': a picture's credit
    text = text_of(doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    before, after = text[start : span.start_char], text[span.end_char : span.end_char + 200].split("\n", 1)[0]
    head = _DATELINE.match(text, start)
    if head is not None and _dateline_place(span, head["place"] or "", head["dash"] is not None):
        outlet = head.start("outlet") <= span.start_char and span.end_char <= head.end("outlet")
        if outlet or head["place"] and span.end_char <= head.end("place"):
            return VETO
    opened, closed = before.rfind("("), after.find(")")
    if opened < 0 or ")" in before[opened:] or closed < 0 or "(" in after[:closed]:
        return None
    inside = before[opened + 1 :] + after[:closed]
    if "/" in inside + span.text or re.search(r"\bvia\s*$", before[opened + 1 :]) is not None:  # '(Tarrow Wire Photo/Ana Ruiz)'
        return VETO
    if re.fullmatch(r"\s*(?:[Tt]he\s+)?", before[opened + 1 :]) and re.match(r"\s+via\s+[A-Z]", after[:closed]):
        return VETO  # '(Dunmore Herald via Tarrow Wire)': the picture's first publisher
    if not after[closed + 1 :].strip() and re.fullmatch(r"\s*:\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){1,2}\s*", inside) and not before[opened + 1 :].strip():
        return VETO  # '(Elmton Times: Ana Ruiz)' closing a caption: the outlet and its photographer
    credit = re.search(r"\b(\w+)\s*(?::|by\b)", before[opened + 1 :] + after[:closed])  # 'photo: Ana Ruiz', 'Credit: Tarrow Wire'
    return VETO if credit is not None and credit[1].lower() in words_of("photo_nouns", "credit_labels") else None


@rule("org.word-before-common-noun", stage="org.clean", priority=243, action="veto",
      why="'a Cabinet briefing', 'the Marine barracks', 'State laws', 'the February vote': a word of data/describing_words.txt "
          "or a month's name that only describes the lowercase noun after it says what kind of thing that is, not a body "
          "acting in the story (written alone elsewhere, 'the Cabinet met', it is found there; not before a title, "
          "'Cabinet secretary').",
      examples=["At a Cabinet briefing on Monday, the president spoke about the ferry."],
      counter=["The Cabinet met on Monday. At a Cabinet briefing, the president spoke."])
def _word_before_common_noun(span: Span) -> Any:
    tok = span[0]
    if len(span) != 1 or not tok.is_title or tok.lower_ not in words("describing_words") and tok.lower_ not in MONTHS:
        return None
    head = tok.head
    if head.i != span.end or head.pos_ != "NOUN" or not head.is_lower or head.lower_ in words_of("titles", "ranks") or title_word(head):
        return None
    return VETO


@rule("org.stock-index", stage="org.clean", priority=256, action="veto",
      why="'the Dow Jones Industrial Average closed', 'the FTSE 100 fell': a well-known stock index (data/stock_indexes.txt) that"
          " covers the name where it is written is a number the market computes, not a body.",
      examples=["The FTSE 100 lost 3 percent by noon as bank shares fell."],
      counter=["Ana Ruiz joined the FTSE Group in May."])
def _stock_index(span: Span) -> Any:
    doc, text = span.doc, text_of(span.doc)
    start = span.start_char
    for name in phrases("stock_indexes"):
        bare = name.removeprefix("the ")
        if len(bare) < len(span.text) or not text.startswith(bare, start) or not _word_ends_at(text, start + len(bare)):
            continue
        if bare != name and not (span.start and doc[span.start - 1].lower_ == "the"):
            continue
        return VETO
    return None


def _word_ends_at(text: str, end: int) -> bool:
    return end >= len(text) or not (text[end].isalnum() or text[end] in "-_")


@rule("org.describing-word-in-partys-title", stage="org.clean", priority=246, action="veto",
      why="'former Tarrow Party State Chairman Ana Ruiz', 'GOP State Chairman': a word of data/describing_words.txt between "
          "a party's name (data/party_words.txt, party_adjectives.txt, org_synonyms.txt) and a capitalized title is part "
          "of the title the party gives, no body.",
      examples=["One of the candidates, former Republican State Chairman Tom Hale, had backed the plan."],
      counter=["One of the candidates, Tom Hale, had asked the State to back the plan."])
def _describing_word_in_partys_title(span: Span) -> Any:
    doc, tok = span.doc, span[0]
    if len(span) != 1 or not tok.is_title or tok.lower_ not in words("describing_words") or not 0 < tok.i < len(doc) - 1:
        return None
    before, after = doc[tok.i - 1], doc[tok.i + 1]
    party = before.lower_ in words_of("party_words", "party_adjectives") or before.text in _synonyms()
    return VETO if party and after.is_title and after.lower_ in words("titles") else None


@rule("org.place-in-apposition", stage="org.clean", priority=252, action="veto",
      why="'Kestra, Tarrowland's fabled ancient city', 'the war memorial X', 'Ashford is the poorest county': a name with a "
          "lowercase noun of a place or a site in apposition or after 'is' (data/place_nouns.txt, landmark_nouns.txt) names "
          "that place, not a body.",
      examples=["The president's final stop will be at Kestra, Tarrowland's fabled ancient city.",
                "Tom Hale won in Kestra, a U.S. territory that sends two delegates.",
                "Ashford is the poorest county in the region, a report said."],
      counter=["The president's final stop will be at Kestra, Tarrowland's biggest bank.",
               "Ashford is the poorest bank in the region, a report said."])
def _place_in_apposition(span: Span) -> Any:
    places = words_of("place_nouns", "landmark_nouns")
    return VETO if any(t.lemma_.lower() in places for t in _nouns_in_apposition(span)) else None


@rule("org.home-town-after-an-age", stage="org.clean", priority=268, action="veto",
      why="'Ben Hale, 18, of Kessock, was taken to hospital': the name after a person's age and 'of' is where they live, a "
          "place, not a body (not one with a body's noun: 'Tom Hale, 52, of Tarrow Bank').",
      examples=["Ben Hale, 18, of Kessock, cannot breathe without oxygen tubes."],
      counter=["Ben Hale, 52, of Tarrow Bank, said the loan was late."])
def _home_town_after_an_age(span: Span) -> Any:
    doc, k = span.doc, span.start
    if k < 4 or doc[k - 1].lower_ != "of" or doc[k - 2].text != "," or doc[k - 4].text != ",":
        return None
    if not doc[k - 3].like_num or any(t.lower_ in words("org_nouns") for t in span):
        return None
    return VETO


@rule("org.product-before-kind-noun", stage="org.clean", priority=244, action="veto",
      why="'Fedco's Skyline system', 'Tarrow's Sky Shield missile-defense system': a name after its maker's possessive and "
          "before a lowercase noun of a kind of product (data/product_kind_nouns.txt) is the product's, not a body's.",
      examples=["Regulators are asking whether Fedco’s Skyline system was switched on when the car crashed."],
      counter=["Regulators are asking whether Fedco’s Skyline unit knew the system was switched on when the car crashed."])
def _product_before_kind_noun(span: Span) -> Any:
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in ("'s", "’s"):
        return None
    head = span.root.head
    between = doc[span.end : head.i]
    if head.i < span.end or head.lower_ not in words("product_kind_nouns") or not all(t.is_lower or t.is_punct for t in between):
        return None
    return VETO


@rule("org.dateline-place-before-dash", stage="org.clean", priority=242, action="veto",
      why="'ELMTON — The board voted ...': words in capitals heading a line before a dash are the dateline's place, where "
          "the story was written, not a body (the same with a date: 'ELMTON, March 3 —').",
      examples=["TARROWFORD — The tenuous truce between the two parties now relies on the envoy.",
                "ELMTON, March 3 — The truce between the rebels and the army relies on the envoy.",
                "TARROWFORD—The tenuous truce between the two parties now relies on the envoy."],
      counter=["TARROW BANK said on Monday that profits rose. Tarrow Bank shares fell."])
def _dateline_place_before_dash(span: Span) -> Any:
    text = text_of(span.doc)
    start = text.rfind("\n", 0, span.start_char) + 1
    if text[start : span.start_char].strip() or not all(t.text.isupper() for t in span if t.is_alpha):
        return None
    rest = text[span.end_char : span.end_char + 40]
    return VETO if re.match(r"(?:,[^\n—–]{1,25})?\s*(?:[—–]|-\s)", rest) else None  # 'ELMTON—The board'


_DATELINE = re.compile(r"[ \t]*(?P<place>[A-Z][\w.'’-]*(?:(?:,? |/)[A-Z][\w.'’-]*){0,5})?[ \t]*\((?P<outlet>[^()\n]{1,40})\)[ \t]*(?P<dash>[—–-])?")


def _dateline_place(span: Span, place: str, dash: bool) -> bool:
    """Whether `place`, the words before a bracket at the head of a line, is a dateline's place:
    any capitalized words before a dash; else nothing, words in capitals ('NEW YORK') or a place
    the model tags ('Elmton')."""
    if dash or not place or place.replace(",", "").replace(".", "").replace(" ", "").isupper():
        return True
    return any(e.label_ in ("GPE", "LOC") and e.text == place for e in ents_of(span.doc) if e.end <= span.start)


@rule("org.in-title-case-headline", stage="org.clean", priority=11, action="veto",
      why="'Tarn Bank Hires Staff To Fix Lacking Sales Drive': in a headline written in title case every word is "
          "capitalized, so words the article never writes elsewhere are no name of a body.",
      examples=["Harbour Board Hires Staff To Fix Failing Ferry Service\nThe Dunmore Harbour Board hired ten staff on Monday.",
                "Vera Lomax Called Out Harbour Chiefs for Failing the Ferry Service in Dunmore\n"
                "Vera Lomax said on Monday the Dunmore Harbour Board had failed."],
      counter=["Dunmore Harbour Board hires staff to fix failing Ferry Service\nThe Dunmore Harbour Board hired ten staff on Monday."])
def _in_title_case_headline(span: Span) -> Any:
    while len(span) > 1 and span[-1].is_space:
        span = span[:-1]  # 'Tarn Bank Hires Staff' + the paragraph break after the headline
    line = line_of(span)
    if not is_title_case_headline(line):
        return None
    return None if span.text in text_of(span.doc).replace(line, "") else VETO  # named again outside the headline


@lru_cache(maxsize=1024)  # asked for every name on a line
def _subheading(line: str) -> bool:
    """A line of one to six words with no comma and no closing mark, its first word and every
    word but a short common one capitalized ('Minus Energy', 'The Years without a Leader'): a
    subheading between the paragraphs of a story (data/stop_words.txt)."""
    line = line.strip()
    alpha = [w for w in line.split() if w[:1].isalpha()]
    if not alpha or len(alpha) > 6 or "," in line or line[-1] in ".!?:;\"”’'),":
        return False
    small = words("stop_words")
    return alpha[0][0].isupper() and all(w[0].isupper() or w.lower() in small for w in alpha)


@rule("org.named-only-in-subheadings", stage="org.clean", priority=245, action="veto",
      why="'Minus Energy', 'Method', 'The Years without a Leader': a line of a few capitalized words with no closing mark "
          "between a story's paragraphs is a subheading, whose capitals say nothing of names; a name written only on such "
          "lines is no body of the story (written in a sentence too, 'Tarrow Bank said', it is one; not where the model "
          "tags it a place or a person there: 'Ohio' over a state's results).",
      examples=["The port handled more ships.\n\nMinus Energy\n\nExcluding oil, import costs fell."],
      counter=["The port handled more ships.\n\nMinus Energy\n\nExcluding oil, import costs fell. Minus Energy said it would grow."])
def _named_only_in_subheadings(span: Span) -> Any:
    while len(span) > 1 and span[-1].is_space:
        span = span[:-1]  # 'Method' + the paragraph break after it
    line = line_of(span)
    if not _subheading(line):
        return None
    text = text_of(span.doc)
    for m in re.finditer(rf"(?<![\w-]){re.escape(span.text.strip())}(?![\w-])", text):
        own = text[text.rfind("\n", 0, m.start()) + 1 : (text.find("\n", m.end()) + 1 or len(text) + 1) - 1]
        if _subheading(own) or re.match(r" [A-Z]", text[m.end() : m.end() + 2]):
            continue  # another subheading, or inside a longer name
        there = span.doc.char_span(m.start(), m.end(), alignment_mode="expand")
        if there is None or not any(t.ent_type_ in ("GPE", "LOC", "PERSON", "NORP") for t in there):
            return None  # named in a sentence of the story, and not as a place or a person there
    return VETO


@rule("org.programme-in-apposition", stage="org.clean", priority=247, action="veto",
      why="'the network's evening news broadcast, Tarrow Tonight, which ...', 'her podcast, The Long Ride,': a name set "
          "after a programme's noun and a comma (data/programme_nouns.txt), or with one in apposition after it ('Elm & "
          "Friends – one of Hale’s favorite shows –'), names the programme, not a body.",
      examples=["Tom Hale anchors the network's evening news broadcast, World Report, which aired the map.",
                "The group paid for an ad spot during Elm & Friends – one of Hale’s favorite shows – which is likely to upset him."],
      counter=["Tom Hale anchors the evening news broadcast, and said World Report would buy the channel.",
               "The money will go to the new series, Tarrow Bank said on Monday."])
def _programme_in_apposition(span: Span) -> Any:
    doc, start = span.doc, span.start
    if span.root.dep_ == "nsubj" and span.root.head.lemma_.lower() in words("speech_verbs"):
        return None  # "... to back the show, Tarrow Bank said"
    if any(t.lemma_.lower() in words("programme_nouns") for t in _nouns_in_apposition(span)):
        return VETO  # "during Elm & Friends – one of Hale’s favorite shows –"
    if start >= 2 and doc[start - 1].text == "," and doc[start - 2].lower_ in words("programme_nouns"):
        return VETO
    if start >= 3 and doc[start - 1].lower_ == "the" and doc[start - 2].text == "," and doc[start - 3].lower_ in words("programme_nouns"):
        return VETO
    return None


def _nouns_in_apposition(span: Span) -> list[Token]:
    """The lowercase nouns set in apposition to a name: 'X, a revered site', 'X – one of the shows –'."""
    beside = [t for t in span.root.children if t.dep_ == "appos" and not span.start <= t.i < span.end]
    if span.root.dep_ == "appos" and span.root.head.i < span.start:
        beside.append(span.root.head)  # 'the war memorial X'
    for t in list(beside):
        if t.lower_ == "one":  # 'one of the mayor's favorite shows'
            beside += [p for of in t.children if of.lower_ == "of" for p in of.children if p.dep_ == "pobj"]
    if span.root.dep_ == "nsubj" and span.root.head.lemma_ == "be":  # 'Ashford is the poorest county'
        beside += [t for t in span.root.head.children if t.dep_ == "attr"]
    return [t for t in beside if t.is_lower]


@rule("org.word-before-weekday-name", stage="org.clean", priority=248, action="veto",
      why="'Super Tuesday states', 'Black Friday sales': one capitalized word straight before a capitalized weekday's name "
          "(data/weekday_names.txt) that the article writes before a lowercase noun (not a time of day: 'on CNN Sunday "
          "morning') is the first word of the day's name, wherever it stands ('on Super Tuesday,'), not a body ('confirmed "
          "by the Herald Friday.', 'Fedco Tuesday said ...' are bodies).",
      examples=["Older voters backed Ana Ruiz, according to exit polls across nine Super Tuesday states.",
                "Exit polls across nine Super Tuesday states favored Ana Ruiz. She quit after Super Tuesday, her aides said."],
      counter=["Fedco Tuesday said it would sell the ferry.", "The sale was confirmed by The Herald Friday.",
               "Fedco Tuesday says it will sell the ferry."])
def _word_before_weekday_name(span: Span) -> Any:
    doc = span.doc
    if len(span) != 1 or span.end >= len(doc) or not doc[span.end].is_title or doc[span.end].lower_ not in words("weekday_names"):
        return None
    for t in tokens_of(doc):  # "on Super Tuesday," where "Super Tuesday states" is written too
        if t.text == span.text and t.i + 2 < len(doc) and doc[t.i + 1].text == doc[span.end].text:
            after = doc[t.i + 2]
            tagged_verb = after.tag_ == "VBZ" and after.lemma_.lower() not in words("speech_verbs")  # "states", not "says"
            noun = after.pos_ == "NOUN" or tagged_verb and after.lower_.endswith("s")
            if after.is_lower and noun and after.lower_ not in words("times_of_day"):
                return VETO
    return None


@rule("org.name-of-no-body", stage="org.clean", priority=249, action="veto",
      why="'Tom Hale said Islam shaped the town', 'warmer by 2 degrees Fahrenheit': a faith or a scale of measure "
          "(data/not_body_names.txt), tagged an organization, names no body (a longer name, 'Nation of Islam', may).",
      examples=["Tom Hale said Islam has long been part of the town's life."],
      counter=["Members of the Nation of Islam marched in Elmton on Monday."])
def _name_of_no_body(span: Span) -> Any:
    return VETO if name_text(span).removeprefix("the ") in phrases("not_body_names") else None


@rule("org.name-before-generational-suffix", stage="org.clean", priority=251, action="veto",
      why="'the TJH Jr. statue': a name followed by 'Jr.', 'Sr.' or 'III' (data/generational_suffixes.txt) is a person's, "
          "not a body's.",
      examples=["Ana Ruiz wrote about the error in the pool report on the TJH Jr. statue."])
def _name_before_generational_suffix(span: Span) -> Any:
    doc = span.doc
    return VETO if span.end < len(doc) and doc[span.end].is_title and doc[span.end].lower_ in words("generational_suffixes") else None


@rule("org.place-of-an-owners-site", stage="org.clean", priority=253, action="veto",
      why="'Fedco’s Elmton headquarters', 'the bank’s Tarrow office': a name between an owner's possessive and a lowercase "
          "noun of a site (data/owner_site_nouns.txt) is where the site stands, a place, not a body.",
      examples=["Inspectors carted away boxes of papers from Fedco’s San Tarrow headquarters last October, the regulator said."],
      counter=["Inspectors carted away boxes of papers about Fedco’s Tarn Bank accounts last October, the regulator said."])
def _place_of_an_owners_site(span: Span) -> Any:
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].text not in ("'s", "’s") or span.end >= len(doc):
        return None
    after = doc[span.end]
    return VETO if after.is_lower and after.lower_ in words("owner_site_nouns") else None


@rule("org.place-before-title", stage="org.clean", priority=254, action="veto",
      why="'Elm District Attorney General Ana Ruiz': a name of several words tagged a body before a capitalized title, "
          "that the article names elsewhere as a place ('the attorneys general in Tarrow and the Elm District'), is the "
          "office's place, not a body.",
      examples=["The attorneys general in Tarrow and the District of Elmland are examining the device. A spokeswoman for"
                " District of Elmland Attorney General Tom Hale confirmed the inquiry."],
      counter=["The Tarrow Roads Council met on Monday. Tarrow Roads Council Chairman Tom Hale said the bridge would close."])
def _place_before_title(span: Span) -> Any:
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or not doc[span.end].is_title or not title_word(doc[span.end]):
        return None
    name = name_text(span).removeprefix("the ")
    return VETO if any(e.label_ in ("GPE", "LOC") and e.text.removeprefix("the ") == name for e in ents_of(doc)) else None


@rule("org.places-joined-by-hyphen", stage="org.clean", priority=9, action="veto",
      why="'the U.K.-Tarrow border', 'U.S.-Dunmore talks': two places joined by a hyphen say what lies between or "
          "involves them, not a body's name (each is a place the model tags elsewhere, or a dotted country abbreviation; "
          "or one is such an abbreviation and a lowercase noun follows).",
      examples=["Canada sent police. Trade talks on the U.S.-Canada pact resume next week.",
                "Trade talks on the U.K.-Tarrow pact resume next week."],
      counter=["Shares in Elmton-Tarrow Holdings rose. Elmton-Tarrow Holdings said profits rose."])
def _places_joined_by_hyphen(span: Span) -> Any:
    parts = span.text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() for p in parts):
        return None
    places = {e.text.removeprefix("the ") for e in ents_of(span.doc) if e.label_ in ("GPE", "LOC")}
    dotted = re.compile(r"(?:[A-Z]\.){2,3}")
    if all(p in places or dotted.fullmatch(p) for p in parts):
        return VETO
    after = span.doc[span.end] if span.end < len(span.doc) else None  # 'the U.K.-Tarrow border': a country and a name
    return VETO if any(dotted.fullmatch(p) for p in parts) and after is not None and after.is_lower and after.pos_ == "NOUN" else None


@rule("org.quotation-mark-inside", stage="org.clean", priority=7, action="veto",
      why="'called Lind “Little Tin Man”': a quotation mark inside a name runs a name and a quoted phrase together; "
          "no organization is named.",
      examples=["Last year the president called Lind “Little Tin Man” and mocked him."])
def _quotation_mark_inside(span: Span) -> Any:
    return VETO if any(t.text in ALL_MARKS for t in span[1:-1]) else None  # not the apostrophe of "Immigrants’ Rights"


@rule("org.leader-before-administration", stage="org.clean", priority=8, action="veto",
      why="'the Hale administration', 'the Vale campaign': a surname before the administration, campaign or "
          "presidency a person leads names that person, not a body called by the surname, here or as evidence "
          "that the surname is a body elsewhere (data/led_by_a_person.txt); a party's name there is the party "
          "('the Labour government').",
      examples=["The Hale administration announced a new rule on Monday.",
                "Ana Ruiz is a former Vale mayoral campaign aide."],
      counter=["The Labour government announced a new rule on Monday."])
def _leader_before_administration(span: Span) -> Any:
    return VETO if leader_before_what_they_lead(span) else None


@rule("org.campus-after-at", stage="org.clean", priority=13, action="veto",
      why="'the University of Tarrow at Elmford': a name without an organization noun after 'at' and a body named by one "
          "is where that body's branch is (its campus, its town), not another body.",
      examples=["The ruling was praised by Ana Ruiz, head of the Institute for Road Studies at the University of Oregon at "
                "Wexton, who testified."],
      counter=["The ruling was praised by Ana Ruiz, head of the Institute for Road Studies, and by Wexton, who testified."])
def _campus_after_at(span: Span) -> Any:
    doc, nouns = span.doc, words("org_nouns")
    at = span.start - 1
    if at < 1 or doc[at].lower_ != "at" or len(span) > 2 or any(t.lower_ in nouns for t in span):
        return None  # a place of a word or two ("Elmford", "Elm Hill"), not another body's name
    body = next((e for e in ents_of(doc) if e.end == at and e.label_ == "ORG"), None)
    return VETO if body is not None and any(t.lower_ in nouns and t.is_title for t in body) else None


@rule("org.tagged-as-place-elsewhere", stage="org.clean", priority=12, action="veto",
      why="'Elmton' tagged a body in one sentence and a place in more others: one word the model tags more often as a "
          "place than as a body in the article is that place (not a seat of government, a party or a body's synonym).",
      examples=["Tom Hale grew up in Elmton. Riots broke out in Elmton on Monday. Elmton officials said the town was calm."],
      counter=["Tom Hale grew up in Elmton. Tarn Bank said its branch there would close."])
def _tagged_as_place_elsewhere(span: Span) -> Any:
    if len(span) != 1 or span.text in phrases("government_seats") or span.text.casefold() in _synonyms_folded():
        return None
    tags = _labels_by_text(span.doc).get(span_text(span), [])
    places = sum(t in ("GPE", "LOC") for t in tags)
    return VETO if "ORG" in tags and places > len(tags) - places else None  # tagged a body somewhere, a place more often


def _labels_by_text(doc: Doc) -> dict[str, list[str]]:
    """Each entity's text -> the labels the model gave it, in order; made once per document."""
    labels = doc.user_data.get(_LABELS)
    if labels is None:
        labels = doc.user_data[_LABELS] = {}
        for e in ents_of(doc):
            labels.setdefault(span_text(e), []).append(e.label_)
    return labels


_LABELS = "explainer.org.labels_by_text"


@rule("org.outlet-is-a-name", stage="org.clean", priority=14, action="keep",
      why="A news outlet found by its name (org.outlet-named, org.outlet-named-with-cue) is a name as written, though it "
          "stands before a lowercase noun ('an Axios report') or a title ('a Forbes contributor').",
      examples=["The mayor said the plan would fail, according to an Axios report on Monday."])
def _outlet_is_a_name(span: Span) -> Done | None:
    found = _outlet_found(span)
    return Done(found) if found is not None else None


@rule("org.acronym-spelled-out-in-lower-case", stage="org.clean", priority=10, action="veto",
      why="An acronym the text spells out in lower case is a common noun: 'an annual general meeting (AGM)'.",
      examples=["Shareholders met at the annual general meeting (AGM) of Dorvale Mining. The AGM voted to sell."])
def _acronym_spelled_out(span: Span) -> Any:
    return VETO if len(span) == 1 and _common_noun_acronym(span[0]) else None


@rule("org.title-after-possessive", stage="org.clean", priority=18, action="trim",
      why="'the Dunmore Bank's Chief Economist', 'the Ministry's Inspector General': titles after a body's possessive are its officer, not part of its name.",
      examples=["The Dunmore Department of Roads’s Inspector General will investigate the crash."])
def _title_after_possessive(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        if doc[i].text in POSSESSIVE and all(title_word(t) or t.lower_ in words_of("titles", "ranks") for t in doc[i + 1 : span.end]):
            return doc[span.start : i]
    return None


@rule("org.title-after-body", stage="org.clean", priority=19, action="trim",
      why="'Dunmore Water Agency Administrator Tom Hale': a capitalized title after a body's noun is its officer's, not part of its name.",
      examples=["Dunmore Water Authority Administrator Tom Hale resigned on Thursday."],
      counter=["The Dunmore Water Authority said the pipes were safe.", "The Dunmore Association of Chief Police Officers met."])
def _title_after_body(span: Span) -> Span | None:
    doc, end = span.doc, _end_before_titles(span)
    named = span.end < len(doc) and doc[span.end].ent_type_ == "PERSON"  # the title is its holder's: 'Agency Administrator Tom Hale'
    if end < span.end and named and doc[end - 1].lower_ in words("org_nouns"):
        return doc[span.start : end]
    return None


@rule("org.title-opening-a-company-title", stage="org.clean", priority=26, action="trim",
      why="'Tarrow Executive Chairman Ana Ruiz' tagged 'Tarrow Executive': a title word ending the name that opens a "
          "company's title after it (data/company_titles.txt: 'Executive Chairman', 'Deputy Chairman') before a person's "
          "name is the officer's title, not part of the body's name.",
      examples=["Tarrow Executive Chairman Ana Ruiz said the sale of the mine would close in May."],
      counter=["The Tarrow Executive said the sale of the mine would close in May."])
def _title_opening_a_company_title(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in words("company_titles") or doc[end + 1].ent_type_ != "PERSON":
        return None
    end = _end_before_titles(span)
    return doc[span.start : end] if end < span.end else None


def _end_before_titles(span: Span) -> int:
    """Where `span` ends without the capitalized title words at its end ('Dunmore Water Agency Administrator')."""
    doc, end = span.doc, span.end
    while end > span.start + 1 and title_word(doc[end - 1]) and doc[end - 1].is_title:
        end -= 1
    return end


@rule("org.ordinal-before-name", stage="org.clean", priority=17, action="extend",
      why="'the 8th Dunmore Circuit Court': an ordinal in figures before a body's name is part of it (the model tags it apart).",
      examples=["The 8th Dunmore Circuit Court ruled on Friday."],
      counter=["She spoke at the 52nd Tarrow Arts Foundation Gala in Elmton on Thursday."])
def _ordinal_before_name(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    if start == 0 or not len(span) or not span[0].is_title or not re.fullmatch(r"\d+(st|nd|rd|th)", doc[start - 1].lower_):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title and after.lower_ not in words("org_nouns"):
        return None  # "the 52nd Tarrow Arts Foundation" + "Gala": the ordinal counts the occasion
    return doc[start - 1 : span.end] if any(t.lower_ in words("org_nouns") for t in span) else None


@rule("org.owner-before-possessive", stage="org.clean", priority=20, action="trim",
      why="'Ruritania's Northern Fleet': the body is after the possessive (but 'the U.S. Attorney's Office' is one name, as"
          " is an office after any title of data/titles.txt, 'the Secretary of State's office', and "
          "so is 'Canada's foreign ministry', rule org.place-body-in-lower-case, and a plural's: 'the Seamen's Law Center',"
          " data/plural_possessors.txt; and so is a firm named after its founder, 'Marlow's Analytics', when the article "
          "never names the owner on its own).",
      examples=["The cost is likely to be higher, said Tom Hale, economist with Marlow's Analytics. Marlow said so too."],
      counter=["A lawyer at the National Seamen's Law Center said it would sue.",
               "The cost is likely to be higher, said Tom Hale, economist with Marlow's Analytics.",
               "Tom Hale gave money to the campaign group TARA’s List."])
def _owner_before_possessive(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.end - 1, span.start - 1, -1):
        title = doc[i - 1].lower_ in words_of("titles", "plural_possessors") or _title_before(doc, i - 1) is not None
        if doc[i].text in ("'s", "’s") and i < span.end - 1 and not title:
            if doc[i + 1 : span.end].text in phrases("place_body_phrases"):
                return None  # "Tarrowland's foreign ministry": the country's body, written in lower case
            rest = doc[i + 1 : span.end]
            named = len(rest) == 1 or rest[-1].lower_ in words_of("org_nouns", "company_forms")
            modifier = span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"  # "Fedco's Sky system"
            named = named and not modifier
            if i == span.start + 1 and named and _founders_name(doc[span.start], doc[i + 1]):
                return None  # "Marlow's Analytics": one name, the owner never named alone
            return doc[i + 1 : span.end]
    return None


def _founders_name(owner: Token, after: Token) -> bool:
    """`owner` (a capitalized word before "'s" and `after`, in a name of one word after it or ending in an
    organization noun, not before a lowercase noun) is written nowhere else in the article but before "'s" and `after`, and is no place
    the article tags or a US state: a firm's founder's name."""
    doc = owner.doc
    if not (owner.is_title or owner.is_upper and len(owner) > 1) or not owner.is_alpha or owner.text in pairs("us_states"):
        return False  # 'Marlow's Analytics', 'TARA's List'
    if any(e.label_ in ("GPE", "LOC", "NORP", "PERSON") and owner.text in e.text.split() for e in ents_of(doc)):
        return False
    for t in doc:
        if t.text == owner.text and t.i != owner.i:
            if not (t.i + 2 < len(doc) and doc[t.i + 1].text in ("'s", "’s") and doc[t.i + 2].text == after.text):
                return False
    return True


@rule("org.month-or-state-alone", stage="org.clean", priority=24, action="veto",
      why="'Hale's July call', 'Hale's Ohio rally': a name that is only a month's or a US state's, left once an owner's "
          "possessive is cut, is a date or a place, not a body (data/month_names.txt, data/us_states.txt).",
      examples=["Voters were split over Hale’s July phone call with the governor of Elmton.",
                "The start of Hale’s Nevada rally was delayed while the votes were counted in Elmton."],
      counter=["Hale spoke first. Voters were split over Hale’s Dunmore Freight deal with the governor of Elmton."])
def _month_or_state_alone(span: Span) -> Any:
    name = re.split(r"['’]s ", span.text.removeprefix("the ").removeprefix("The "))[-1]
    if name.lower() in MONTH_NAMES or name in pairs("us_states").values():  # "May", "July" (not "Jan"); "Ohio", not "Ala."
        return VETO
    return None


@rule("org.place-after-owners-possessive", stage="org.clean", priority=21, action="veto",
      why="'Hale’s South Dakota rout' tagged one body: a name of two words or more after a possessive, cut from the "
          "model's body tag, that the article tags a place more often than a body elsewhere is that place, not a body.",
      examples=["Hale came second in Tasmania and won in New Brunswick. After Hale’s New Brunswick rout, rivals quit."],
      counter=["Hale came second in Ohio and won in South Dakota. After Hale’s Dakota Freight Board rout, rivals quit."])
def _place_after_owners_possessive(span: Span) -> Any:
    doc = span.doc
    if len(span) < 2 or span.start == 0 or doc[span.start - 1].text not in ("'s", "’s"):
        return None
    if not any(e.label_ == "ORG" and e.start < span.start and span.end <= e.end for e in ents_of(doc)):
        return None  # not cut from a longer body's tag
    tags = [e.label_ for e in ents_of(doc) if e.text == span.text]
    places = sum(t in ("GPE", "LOC") for t in tags)
    return VETO if places > len(tags) - places else None


@rule("org.name-cut-after-capitalized-our", stage="org.clean", priority=23, action="extend",
      why="'the Walk for Our Rivers group' tagged 'Rivers': a name cut after a capitalized 'Our', 'Their', 'My' or 'Your' "
          "inside a sentence runs back over the capitalized words and 'for'/'of' before it, to the first capitalized word.",
      examples=["Ana Ruiz and her friends in the Walk for Our Rivers group plan to meet more activists."],
      counter=["Ana Ruiz and her friends said Our Rivers would plan to meet more activists."])
def _name_cut_after_capitalized_our(span: Span) -> Span | None:
    doc = span.doc
    mark = span.start - 1
    if mark < 1 or not doc[mark].is_title or doc[mark].lower_ not in words("name_possessives") or doc[mark].is_sent_start:
        return None
    start = mark
    while start > 0 and not doc[start].is_sent_start and (doc[start - 1].is_title or doc[start - 1].lower_ in ("for", "of")):
        start -= 1
    while start < mark and not doc[start].is_title:
        start += 1  # 'for' or 'of' first: no name's beginning
    return doc[start : span.end] if start < mark else None


@rule("org.possessive-word-after-the", stage="org.clean", priority=22, action="extend",
      why="'the Workers' Study Union', 'the Queen's Own Dunmore Rifles': a capitalized possessive after 'the' that names "
          "no body, place or person of its own begins the name ('the' cannot belong to the possessive alone).",
      examples=["The Workers' Study Union said classes would close."],
      counter=["Ana Ruiz sits on the Tarn Council's Planning Board.", "The cost is likely to be higher, said Tom Hale, economist with Marlow's Analytics."])
def _possessive_word_after_the(span: Span) -> Span | None:
    doc, mark = span.doc, span.start - 1
    if mark < 2 or doc[mark].text not in POSSESSIVE or not len(span) or not span[0].is_title:
        return None
    owner = doc[mark - 1]
    if not owner.is_title or owner.ent_type_ in ("ORG", "GPE", "PERSON", "NORP", "LOC") or doc[mark - 2].lower_ != "the":
        return None
    return doc[mark - 1 : span.end]


@rule("org.broadcasters-programme", stage="org.clean", priority=25, action="veto",
      why="'told DTV's Morning Hour', 'speaking on TBC's Meet The Voters': a name after a broadcaster's possessive, "
          "where someone speaks (data/programme_cues.txt), is its programme, not a body.",
      examples=["Speaking on TBC's Meet The Voters, Tom Hale said he has cut the lead by a third."],
      counter=["The cost is likely to be higher, said Tom Hale, economist with Marlow's Analytics."])
def _broadcasters_programme(span: Span) -> Any:
    doc, owner = span.doc, span.start - 1
    if owner < 2 or doc[owner].text not in POSSESSIVE:
        return None
    owner -= 1
    while owner > 0 and doc[owner].ent_iob_ == "I":
        owner -= 1  # "Radio Tarrow" 's
    return VETO if doc[owner].ent_type_ == "ORG" and owner > 0 and doc[owner - 1].lower_ in words("programme_cues") else None


@rule("org.place-after-in", stage="org.clean", priority=30, action="trim",
      why="'Glen High School in Elmton': the body, then where it is.",
      examples=["Talks were held at Dunmore High School in Carlow, attended by pupils."])
def _place_after_in(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        after = doc[i + 1 : span.end]
        if doc[i].lower_ == "in" and doc[i - 1].lower_ in words("org_nouns") and all(t.is_title and t.pos_ == "PROPN" for t in after):
            return doc[span.start : i]
    return None


@rule("org.street-after-on-or-at", stage="org.clean", priority=31, action="trim",
      why="'the Tarrow Skills Center on Elm Avenue': the body, then the street it stands on (data/site_nouns.txt), which the"
          " model ran into the name.",
      examples=["Pupils were sent home from the Tarrow Skills Center on Elm Avenue on Friday."],
      counter=["Pupils were sent home from the Tarrow Skills Center on Friday."])
def _street_after_on_or_at(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 2, span.end - 1):
        after = doc[i + 1 : span.end]
        if doc[i].lower_ in ("on", "at") and doc[i].is_lower and all(t.is_title or t.like_num or t.is_punct for t in after):
            if any(t.lower_ in words("site_nouns") for t in after) and doc[i - 1].is_title:
                return doc[span.start : i]
    return None


@rule("org.place-after-of", stage="org.clean", priority=40, action="extend",
      why="'the Attorney's Office for the District of' + 'New Jersey': the model cut the name at the place.",
      examples=["The U.S. Attorney's Office for the District of Oregon declined to comment."])
def _place_after_of(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if doc[end - 1].pos_ == "ADP" and end < len(doc) and doc[end].ent_type_ in ("GPE", "LOC") and doc[end].ent_iob_ == "B":
        return doc[span.start : next((k for k in range(end + 1, len(doc)) if doc[k].ent_iob_ != "I"), len(doc))]
    return None


@rule("org.institution-of-place", stage="org.clean", priority=41, action="extend",
      why="'Medical Center Hospital' + 'of Tarrow': a hospital's, college's or university's name (data/institution_heads.txt) "
          "goes on with 'of' and the town it serves, which the model cut off.",
      examples=["The wounded were taken to Bay Medical Hospital of Tulsa, a spokesman said."],
      counter=["The wounded were taken from Tulsa to Bay Medical Hospital, a spokesman said."])
def _institution_of_place(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or span[-1].lower_ not in words("institution_heads") or not span[-1].is_title:
        return None
    if doc[end].lower_ != "of" or doc[end + 1].ent_type_ != "GPE" or doc[end + 1].ent_iob_ != "B":
        return None
    return doc[span.start : next((k for k in range(end + 2, len(doc)) if doc[k].ent_iob_ != "I"), len(doc))]


@rule("org.name-runs-on-after-of", stage="org.clean", priority=42, action="extend",
      why="'the Guild of Tarrow Weavers' + 'of the Old Town', 'Standing Committee' + 'on the Tarrow Courts': a name in"
          " capitals goes on with 'of' or 'on' and the capitalized words after it, up to a word in lower case, which the"
          " model cut off (not a place, a person, or a body of its own ending in an organization noun: 'the Gentle"
          " Brothers of the Tarrow Party'; not an 'on' the parse hangs on a verb: 'thanked the Club on Twitter').",
      examples=["A complaint was made by the Guild of Tarrow Weavers of the Old Town, demanding a vote.",
                "The Elmton Standing Committee on the Tarrow Courts found that the judge was fit."],
      counter=["A lawyer for the Guild of Tarrow Weavers of Tarrowland said the order was unfair.",
               "Fines threatened against the Gentle Brothers of the Tarrow Party were dropped.",
               "Ana Ruiz thanked the Dunmore Rowing Club on Twitter for its help."])
def _name_runs_on_after_of(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end + 1 >= len(doc) or doc[end].lower_ not in ("of", "on") or not span[-1].is_title:
        return None
    if doc[end].lower_ == "on" and not span.start <= doc[end].head.i < end:
        return None  # "criticised the Tarrow Council on Facebook": where it was said, not the name's tail
    i = end + 2 if doc[end + 1].lower_ == "the" else end + 1
    first = i
    while i < len(doc) and i - first < 4 and doc[i].is_title and doc[i].ent_type_ not in ("PERSON", "GPE", "LOC", "DATE"):
        i += 1
    if i == first or i - first == 4 or i < len(doc) and (doc[i].is_title or doc[i].text in POSSESSIVE):
        return None  # no capitalized run, or one that goes on: not the name's tail
    if i + 1 < len(doc) and doc[i].lower_ in ("and", "&") and doc[i + 1].is_title:
        return None  # "on Tarrow and Elm Affairs": where the name ends is not told
    if any(t.lower_ in words("site_nouns") for t in doc[first:i]):
        return None  # "on Elm Avenue": the street it stands on (rule org.street-after-on-or-at)
    if i < len(doc) and doc[i].text == "." and len(doc[i - 1]) <= 3:
        return None  # "the Tarrow Herald of Ft. Elm": an abbreviated place
    if doc[i - 1].lower_ in words("org_nouns") or doc[first].ent_type_ == "ORG" and doc[first].ent_iob_ == "B" and i - first > 1 and doc[end].lower_ == "of":
        return None  # "Democrats of the Tarrow Party": two bodies
    return doc[span.start : i]


@rule("org.no-trailing-preposition", stage="org.clean", priority=50, action="trim",
      why="'the Flood Management Centre at', 'the Grand Hall of the': a name does not end with a preposition, a conjunction "
          "or an article.",
      examples=["Bankers at Tarley's Capital and Sumitomo Mitsui backed the plan.",
                "Tom Hale visited the Oval Office of the mayor of Dunmore on Monday."],
      counter=["The Housing for All coalition sued the Dunmore council on Monday."])
def _no_trailing_preposition(span: Span) -> Span | None:
    end = span.end
    while end > span.start + 1 and (span.doc[end - 1].pos_ in ("ADP", "CCONJ") or span.doc[end - 1].lower_ in ("the", "a", "an")):
        end -= 1  # an article only: 'Housing for All' keeps its 'All'
    return span.doc[span.start : end] if end != span.end else None


@rule("org.no-leading-auxiliary", stage="org.clean", priority=61, action="trim",
      why="'\"Are Harbour Board officials clueless?\"': a question's auxiliary verb, capitalized at the start of the "
          "sentence, is no part of the name after it.",
      examples=['The Harbour Board met on Monday. One lawmaker asked: "Are Harbour Board officials clueless, or are they liars?"'])
def _no_leading_auxiliary(span: Span) -> Span | None:
    first = span[0]
    if len(span) < 2 or first.pos_ != "AUX" or not first.is_title or not first.is_sent_start and first.i and first.nbor(-1).text not in '"“':
        return None
    return span[1:] if span[1].is_title else None


@rule("org.no-leading-determiner", stage="org.clean", priority=60, action="trim",
      why="'the', a bracket or 'Ex-' before a name is not part of it: 'Ex-Harbour Board chief'.",
      examples=["The session opened on the Dunmore Stock Exchange."])
def _no_leading_determiner(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (
        doc[start].pos_ == "DET"
        or doc[start].is_punct
        or doc[start].lower_ in ("ex", "former") and doc[start + 1].text == "-"
    ):
        start += 1
    return doc[start:end] if start != span.start else None


@rule("org.name-begun-before-a-preposition", stage="org.clean", priority=65, action="extend",
      why="'Pilots Without Borders' tagged 'Without Borders' or 'Borders': a name the model began at, or just after, a capitalized"
          " preposition begins with the capitalized noun before that preposition.",
      examples=["Pilots Without Borders said the crew was held."])
def _name_begun_before_a_preposition(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    prep = start if len(span) >= 2 and span[0].pos_ == "ADP" else start - 1  # "Without Borders", or "Borders" after it
    if prep < 1 or not doc[prep].is_title or doc[prep].pos_ != "ADP":
        return None
    before = doc[prep - 1]
    return doc[prep - 1 : span.end] if before.is_title and before.pos_ in ("NOUN", "PROPN") else None


@rule("org.new-before-title", stage="org.clean", priority=70, action="trim",
      why="'New Harbour Police Commissioner X' at a sentence's start: the new commissioner of the force.",
      examples=["New Harbour Police Commissioner Dana Holt took office today."])
def _new_before_title(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    if (
        end - start > 1
        and doc[start].text == "New"
        and doc[start].is_sent_start
        and doc[start + 1].text not in phrases("names_after_new")
        and end < len(doc)
        and title_word(doc[end])
    ):
        return doc[start + 1 : end]
    return None


@rule("org.two-words-joined-by-and", stage="org.clean", priority=80, action="extend",
      why="'The Rules and Privileges Board', of which the model tags only the end (a committee's: pattern "
          "org.name-before-org-noun), or one whose acronym the text "
          "writes ('Customs and Coastal Protection' beside 'CCP'; but 'the Army and Marine Corps', 'the Treasury and "
          "Parliament', where one side is a body by its own noun, are two, and so are a seat of government and a name: 'the "
          "Kremlin and Tarrow Energy').",
      examples=["The Tarrow and Dunmore Board met.",
                "Tom Hale thanked the police as well as Customs and Coastal Protection agency staff. The police and CCP will help."],
      counter=["The Army and Dunmore Corps will change the rules, Tom Hale said.",
               "The Treasury and Parliament must agree, Tom Hale said.",
               "The Senate voted. The bill may clear the House and Senate, since many members back it.",
               "Voters sent them to take back the House and Senate.",
               "The plan cuts aid while exempting the Pentagon and Coastal Security beneficiaries."])
def _two_words_joined_by_and(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    lone = start >= 2 and doc[start - 2].ent_type_ == "ORG" and doc[start - 2].ent_iob_ == "B" and doc[start - 1].ent_iob_ != "I"
    bodies = words("org_nouns")
    if (
        start >= 2
        and doc[start - 2].lower_ not in bodies
        and not (len(span) == 1 and span[0].lower_ in bodies)
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].is_title
        and (not doc[start - 2].ent_type_ or lone)
        and (start == 2 or doc[start - 3].pos_ == "DET" or doc[start - 2].is_sent_start or _acronym_written(doc[start - 2 : span.end]))
        and not (lone and _tagged_alone_elsewhere(span))  # "the House and Senate", "Senate" tagged alone elsewhere
        and not (doc[start - 2].lower_ in words("chamber_words") and span[-1].lower_ in words("chamber_words"))  # two chambers
        and not (lone and doc[start - 2].text in phrases("government_seats"))  # "the Kremlin and Tarrow Energy": a seat is a body alone
    ):
        return doc[start - 2 : span.end]
    return None


def _acronym_written(span: Span) -> bool:
    """Whether the text writes the acronym of `span`'s name as a word ('CCP' for 'Customs and Coastal Protection')."""
    text = text_of(span.doc)
    return any(len(a) >= 3 and re.search(rf"\b{a}\b", text) is not None for a in _acronyms(span.text))


@rule("org.joined-by-ampersand-or-hyphen", stage="org.clean", priority=85, action="extend",
      why="'the Hope & Tarrow Coalition', 'Elmton-Tarrow High School', of which the model tags only the end: "
          "a capitalized word (or one in capitals: 'UK-Tarrow Alliance') joined by '&' or an unspaced hyphen is part of the name "
          "(not 'Ex-' in 'Ex-Tarrow Party member').",
      examples=["He spoke at the Hope & Tarrow Coalition’s Road to Dunmore conference on Monday.",
                "There was a shooting at Elmton-Tarrow High School, just north of the city, on October 24.",
                "Ana Ruiz founded the UK-Tarrow Alliance, a charity, in 1999."],
      counter=["Ex-Tarrow Party member Tom Hale said the plan was fair."])
def _joined_by_ampersand_or_hyphen(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    while start >= 2 and (doc[start - 2].is_title or doc[start - 2].is_upper and doc[start - 2].is_alpha) and (
        doc[start - 1].text == "&"
        or doc[start - 1].text == "-" and not doc[start - 1].whitespace_ and not doc[start - 2].whitespace_
        and doc[start - 2].lower_ not in words("hyphen_prefixes")
    ):
        start -= 2
    whole = start
    while whole > 0 and doc[whole - 1].is_title:
        whole -= 1
    if start != span.start and _split_joint_pollsters_at_hyphen(doc[whole : span.end]):
        return None  # 'an Elm Press-Dunmore poll': the pollsters stay apart
    return doc[start : span.end] if start != span.start else None


@rule("org.of-list-runs-on", stage="org.clean", priority=86, action="extend",
      why="'the Bureau of Timber, Mining, Rivers and Explosives' tagged 'Bureau of Timber,' and 'Mining, Rivers and"
          " Explosives': a body's noun with 'of' or 'for' (data/org_name_prepositions.txt) and a list of capitalized words"
          " that ends in 'and' and one more is one"
          " name through the list's last word.",
      examples=["Vale first challenged the Bureau of Timber, Mining, Rivers and Explosives. Several field agents objected."],
      counter=["Vale met the Ministry of Mines, Tarrow, Elmton and Dunmore on Friday.",
               "Experts from the University of Elmton and Tarrow University said it was unlikely."])
def _of_list_runs_on(span: Span) -> Span | None:
    doc, nouns, links = span.doc, words("org_nouns"), words("org_name_prepositions")
    of = [t.i for t in span if t.lower_ in links and t.i > span.start and doc[t.i - 1].lower_ in nouns]
    if not of:
        return None
    i = span.end - 1 if span[-1].text == "," else span.end
    if i >= len(doc) or doc[i].text != ",":
        return None  # "the University of Elmton and Tarrow University": two, not a list
    seen_and = False
    while i + 1 < len(doc) and doc[i].text in (",", "and") and doc[i + 1].is_title and doc[i + 1].ent_type_ not in ("GPE", "PERSON"):
        seen_and = doc[i].text == "and"
        i += 2
        if seen_and:
            break
    if not seen_and:
        return None
    while i < len(doc) and doc[i].is_title and doc[i].ent_type_ not in ("GPE", "PERSON"):
        i += 1  # "... and Rural Affairs"
    return doc[span.start : i]


@rule("org.and-after-of", stage="org.clean", priority=90, action="extend",
      why="'the Group on Trade' + 'and Tariffs', 'Institute of Rivers' + 'and Coastal Waters': a name with 'of/on/for' "
          "cut short at its 'and', with the capitalized words after it up to a title or a person's name.",
      examples=["Dr. Ana Ruiz of the Dunmore Institute of Public Works and Policy said she had concerns.",
                "On Sunday, Tarrow Institute of Rivers and Coastal Waters director Ana Ruiz said she would like to see the beach reopen."],
      counter=["Tom Hale, a professor at the University of Dunmore and Tarrow University, said it was fine."])
def _and_after_of(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    joined = end + 1 < len(doc) and doc[end].lower_ in words("org_name_conjunctions") and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"
    if not joined:
        return None
    another = (
        doc[end + 1].text == doc[start].text
        or end + 2 < len(doc) and doc[end + 2].lower_ == "of"  # "Duchy of X and Duchy of Y"
        or _begins_entity_of_words(doc[end + 1], 2)  # "the University of Dunmore and Tarrow University"
    )
    words_in = {t.lower_ for t in doc[start:end]}
    if not another and doc[end + 1].ent_type_ in ("", "ORG", "GPE") and words_in & words("org_name_prepositions") and not words_in & words("org_name_conjunctions"):
        last = end + 2  # on over the capitalized words after the first ("and Coastal Waters"), up to a title or a name
        while last < len(doc) and doc[last].is_title and doc[last].pos_ == "PROPN" and doc[last].ent_type_ in ("", "ORG") and not title_word(doc[last]):
            last += 1
        return doc[start:last]
    return None


def _begins_entity_of_words(tok: Token, n: int) -> bool:
    """Whether `tok` begins an entity the model tagged of at least `n` words."""
    if tok.ent_iob_ != "B":
        return False
    end = tok.i + 1
    while end < len(tok.doc) and tok.doc[end].ent_iob_ == "I":
        end += 1
    return end - tok.i >= n


@rule("org.untagged-words-after-and", stage="org.clean", priority=95, action="extend",
      why="'Customs' + 'and Coastal Protection', of which the model tags only the start: two or more capitalized words "
          "after 'and' that the model tags as nothing, before a lowercase word or a stop, end the same name; so do two or "
          "more it tags a body, not ending in an organization noun, before its staff ('agents'; data/staff_nouns.txt).",
      examples=["Troops were sent to give support for Customs and Coastal Protection.",
                "The 300 troops will support Customs and Harbour Protection agents at the port."],
      counter=["Troops were sent to give support for Customs and Coastal Protection Chief Tom Hale.",
               "Aid came from Fedco and Tarn Bank staff on Monday."])
def _untagged_words_after_and(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end + 3 >= len(doc) or doc[end].lower_ != "and" or doc[end - 1].ent_type_ != "ORG":
        return None
    k = end + 1
    tagged = doc[k].ent_type_ == "ORG" and doc[k].ent_iob_ == "B"  # 'Customs' + 'and Border Protection agents'
    while k < len(doc) and k - end <= 4 and doc[k].is_title and doc[k].is_alpha and (not doc[k].ent_type_ or tagged and doc[k].ent_type_ == "ORG"):
        k += 1
    if k - end - 1 < 2 or k >= len(doc) or not (doc[k].is_lower and doc[k].is_alpha or doc[k].text in (".", ",", ";")):
        return None
    if tagged and (doc[k].lower_ not in words("staff_nouns") or doc[k - 1].lower_ in words("org_nouns")):
        return None  # tagged, it must come before its staff and be no body of its own ('Tarn Bank staff')
    return doc[span.start : k]


@rule("org.ends-at-dash-or-bracket", stage="org.clean", priority=100, action="trim",
      why="'Veritas - Latin for truth', 'the Federal Bureau of Inquiry (FBI': a name ends at a spaced dash or a bracket.",
      examples=["The Dunmore Times - News reported the vote was close."])
def _ends_at_dash_or_bracket(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if doc[i].text in ("(", *DASHES) and (doc[i - 1].whitespace_ or doc[i].text == "("):
            return doc[span.start : i]
    return None


@rule("org.ends-before-with", stage="org.clean", priority=105, action="trim",
      why="'the Tarrow Trade Agreement with Elmland': a name ends before 'with' and the partner it names.",
      examples=["Last month Ana Ruiz replaced the Tarrow Free Trade Agreement with Canada and Mexico."])
def _ends_before_with(span: Span) -> Span | None:
    cut = next((t.i for t in span[1:] if t.lower_ == "with"), None)
    return span.doc[span.start : cut] if cut is not None else None


@rule("org.channel-number", stage="org.clean", priority=110, action="extend",
      why="'BBC' + 'One', 'Radio' + '4': a broadcaster's channel the model cut short.",
      examples=["She told BBC One viewers the plan was safe."])
def _channel_number(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text in phrases("channel_numbers") and (
        doc[end - 1].text.isupper() or doc[end - 1].text in phrases("channel_words")
    ):
        return doc[span.start : end + 1]
    return None


@rule("org.name-runs-on-to-body-noun", stage="org.clean", priority=117, action="extend",
      why="'the hardline House Liberty Caucus' tagged 'House': a name the model cut before capitalized words that end in a"
          " body's noun (data/org_nouns.txt, caucus_nouns.txt: 'Caucus') runs on through them; a person's or a place's"
          " name after it is not its.",
      examples=["Members of the hardline House Liberty Caucus, including Rep. Tom Vale, opposed it."],
      counter=["Members of the House met Liberty Caucus leaders.",
               "If the RPC (the Tarrow Bank of Elmton's Rates Policy Committee) were to act, rates would rise."])
def _name_runs_on_to_body_noun(span: Span) -> Span | None:
    doc, nouns = span.doc, words_of("org_nouns", "caucus_nouns")
    if span[-1].text in POSSESSIVE:
        return None  # "the Tarrow Bank's Rates Committee": the owner's body, another name
    for i in range(span.end, min(span.end + 3, len(doc))):
        word = doc[i]
        if not word.is_title or word.pos_ not in ("PROPN", "NOUN") or word.ent_type_ in ("PERSON", "GPE"):
            return None
        if word.lower_ in nouns:
            return doc[span.start : i + 1] if i > span.end else None
    return None


@rule("org.name-runs-on-after-plural-possessive", stage="org.clean", priority=118, action="extend",
      why="'the National Mothers' Law Center' tagged 'National Mothers'': a name cut at the possessive of a plural"
          " ('Mothers'', 'Women's') runs on through the capitalized words after it up to an organization noun"
          " (data/org_nouns.txt, org_name_tails.txt, site_nouns.txt: 'Center'); a body's own possessive ('the Senate's"
          " Budget Committee') is not cut there.",
      examples=["Fatima Brandt, president @ National Mothers' Law Center"],
      counter=["Fatima Brandt, president @ National Mothers' Law Review"])
def _name_runs_on_after_plural_possessive(span: Span) -> Span | None:
    doc = span.doc
    end = span.end if span[-1].text not in POSSESSIVE else span.end - 1
    if end >= len(doc) or doc[end].text not in POSSESSIVE or end - 1 < span.start:
        return None
    plural = doc[end - 1]
    if not plural.is_title or doc[end].text in ("'s", "’s") and plural.lower_ not in words("plural_possessors"):
        return None  # "Mothers'", "Seamen's": a plural's possessive; "Marlow's Law Center" is another's
    nouns = words_of("org_nouns", "org_name_tails", "site_nouns")
    for i in range(end + 1, min(end + 5, len(doc))):
        if not doc[i].is_title:
            return None
        if doc[i].lower_ in nouns:
            return doc[span.start : i + 1]
    return None


@rule("org.no-trailing-possessive", stage="org.clean", priority=120, action="trim",
      why="A name ends before its possessive or punctuation: 'Acme's'.",
      examples=["Voices from the Dunmore National Convention: What would bring the party together?"])
def _no_trailing_possessive(span: Span) -> Span | None:
    end = span.end
    while end > span.start and (span.doc[end - 1].text in POSSESSIVE or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[span.start : end] if end != span.end else None


@rule("org.acronym-spelled-out-beside", stage="org.clean", priority=126, action="veto",
      why="'a data-sharing agreement, or DSA', 'their AGM (annual general meeting)': an acronym the text spells out "
          "in lower case after 'or' before it, or in brackets after it, is a common noun, not a body.",
      examples=["Ana Ruiz signed a data-sharing agreement, or DSA, with Tarn Bank. The DSA is void, she said.",
                "Tom Hale met his BFF (best friends forever) in Elmton."],
      counter=["Ana Ruiz joined the Tarrow Rail Board, or TRB, in May. The TRB said fares would rise."])
def _acronym_spelled_out_beside(span: Span) -> Any:
    return VETO if len(span) == 1 and _acronym_spelled_out_near(span[0]) else None


def _acronym_spelled_out_near(tok: Token) -> bool:
    """'a non-disclosure agreement, or NDA', 'BFF (best friends forever)': lower-case words whose
    initials are the acronym, before it after 'or' or after it in brackets, anywhere in the text."""
    if not tok.text.isupper() or not tok.text.isalpha() or len(tok.text) < 2:
        return False
    known = tok.doc.user_data.setdefault(_SPELLED_OUT, {})  # the answer is the word's in the whole text: once per word
    found = known.get(tok.text)
    if found is None:
        found = known[tok.text] = _spelled_out_in(text_of(tok.doc), tok.text)
    return found


_SPELLED_OUT = "explainer.org.acronyms_spelled_out"


def _spelled_out_in(text: str, acronym: str) -> bool:
    n = len(acronym)
    for at in re.finditer(rf"\b{acronym}\b", text):
        after = re.match(r"\s*\(([a-z][a-z -]*)\)", text[at.end() : at.end() + 80])
        before = re.search(r"([a-z][a-z -]*?),?\s+or\s+$", text[max(0, at.start() - 80) : at.start()])
        for found, last in ((after, False), (before, True)):
            spelled = [w for w in re.split(r"[ -]+", found[1]) if w] if found is not None else []
            spelled = spelled[-n:] if last else spelled
            if len(spelled) == n and "".join(w[0] for w in spelled).upper() == acronym:
                return True
    return False


@rule("org.common-noun-acronym", stage="org.clean", priority=127, action="veto",
      why="'a super PAC', 'the company's IPO': an acronym of a common noun (data/common_noun_acronyms.txt) names a kind of "
          "thing, not a body.",
      examples=["A super PAC backing Ana Ruiz spent $2 million on ads in Elmton."])
def _common_noun_acronym_word(span: Span) -> Any:
    return VETO if len(span) == 1 and span[0].text in phrases("common_noun_acronyms") else None


@rule("org.starts-capitalized", stage="org.clean", priority=130, action="veto",
      why="Nothing left, or a lowercase word first: not a name (but an ordinal in figures may begin one: 'the 9th Circuit Court';"
          " and a name's lowercase particle joined by a hyphen, data/name_particles.txt: 'al-Tarrow').",
      examples=["The film took £2m in its first three days at the UK box office."],
      counter=["Ana Ruiz said al-Tarrow had claimed the raid."])
def _starts_capitalized(span: Span) -> Any:
    if len(span) >= 2 and re.fullmatch(r"\d+(st|nd|rd|th)", span[0].lower_) and span[1].is_title:
        return None
    if len(span) >= 3 and span[0].lower_ in words("name_particles") and span[1].text == "-" and not span[0].whitespace_ and span[2].is_title:
        return None  # "al-Tarrow": a name's particle
    return VETO if len(span) == 0 or span[0].is_lower else None


@rule("org.common-word-at-sentence-start", stage="org.clean", priority=132, action="veto",
      why="'Liberals are unhappy with the pick', 'read, “Liberals push back ...': one word capitalized only because it opens the sentence (or a quotation), which the "
          "article also writes in lower case, is a common word, not a body's name (a party's own name is one: 'Labour').",
      examples=["Many liberals backed Ana Ruiz. Liberals are unhappy with her pick for the post.",
                "Many liberals backed Ana Ruiz. The headline read, “Liberals push back on her pick for the post.”"],
      counter=["Labour says the plan will not work. Tom Hale said labour costs rose."])
def _common_word_at_sentence_start(span: Span) -> Any:
    if len(span) != 1 or not _opens_sentence(span[0]) or not span[0].is_title or span[0].lower_ in words("party_adjectives"):
        return None  # "Labour says ...": a party's own name
    if any(t.is_title and not _opens_sentence(t) for t in tokens_of(span.doc) if t.lower_ == span[0].lower_):
        return None  # written capitalized inside a sentence too
    return VETO if re.search(rf"\b{re.escape(span[0].lower_)}\b", text_of(span.doc)) else None


@rule("org.adverb-opening-sentence", stage="org.clean", priority=131, action="veto",
      why="'Halfway through the term, ...', 'Midway into the hearing': one word opening its sentence that the parse reads as an"
          " adverb is capitalized only because it opens the sentence, not a body's name (written in lower case nowhere else).",
      examples=["Halfway into the second set, Tom Hale called for the trainer."],
      counter=["Tarrow Bank said on Monday it would close two branches."])
def _adverb_opening_sentence(span: Span) -> Any:
    tok = span[0]
    return VETO if len(span) == 1 and tok.pos_ == "ADV" and tok.is_title and _opens_sentence(tok) else None


def _opens_sentence(tok: Token) -> bool:
    """`tok` begins its sentence or a quotation ('read, “Liberals push back ...'), where any word is capitalized."""
    if tok.is_sent_start:
        return True
    before = tok.doc[tok.i - 1] if tok.i > 0 else None
    return before is not None and (before.text in OPENING or before.text in STRAIGHT and not before.whitespace_)


@rule("org.one-of-a-kind-after-a", stage="org.clean", priority=133, action="veto",
      why="'Ana Ruiz is an Independent who votes with them', 'a former Marine': one capitalized word after 'a' or 'an' (and"
          " adjectives in lower case), heading its phrase, is what a person is or a thing, not a body (or the last word of its"
          " sentence: 'taking a Zentrol.'; a party's name is left to the party rules).",
      examples=["Ana Ruiz is an Independent who votes with the Unity party.",
                "Ana Ruiz, a retired Marine and now a baker in Tarrow, said the vote was fair.",
                "Others mentioned headaches that can’t be cured by taking a Zentrol."],
      counter=["Ana Ruiz told a Tarrow Herald reporter that she would stand.",
               "She spoke during a Tarrow-sponsored online forum on Monday."])
def _one_of_a_kind_after_a(span: Span) -> Any:
    doc = span.doc
    before = span.start - 1
    while before > 0 and doc[before].is_lower and doc[before].pos_ == "ADJ" and not span.text.isupper():
        before -= 1  # "a former Marine" (not "a super PAC": an acronym is a body's)
    if len(span) != 1 or before < 0 or doc[before].lower_ not in ("a", "an"):
        return None
    if span[0].lower_ in words_of("party_adjectives", "party_words"):
        return None
    after = doc[span.end] if span.end < len(doc) else None
    glued = not span[-1].whitespace_ and after.text not in (".", "!", "?") if after is not None else False
    if after is not None and (glued or after.pos_ in ("NOUN", "PROPN", "ADJ")):
        return None  # "a Tarrow-sponsored forum", "a Tarrow Herald reporter" (not "popping a Zentrol.")
    return VETO


@rule("org.capitalized-common-modifier", stage="org.clean", priority=134, action="veto",
      why="'the Federal courts', 'Regional philosophy': one capitalized word before a lowercase noun it describes, which "
          "the article also writes in lower case as an adjective, is a common word written with a capital, not a body's "
          "name (not a party's name, an organization noun or a seat of government; 'a Navy drone' beside 'the navy' is one).",
      examples=["Tom Hale wants the Federal courts to hear the case. A federal judge ruled against him last year."],
      counter=["Tarn said sales rose. Shoppers lined up outside Tarn stores, where tarn ware is sold.",
               "They seized a Navy research drone. The Tarrow navy said it would return the drone."])
def _capitalized_common_modifier(span: Span) -> Any:
    doc, tok = span.doc, span[0]
    if len(span) != 1 or not tok.is_title or span.end >= len(doc) or tok.text in phrases("government_seats"):
        return None
    if tok.lower_ in words_of("party_adjectives", "party_words", "org_nouns") or tok.text.casefold() in _synonyms_folded():
        return None
    after = doc[span.end]
    if not (after.is_lower and after.pos_ == "NOUN" and tok.head.i == after.i and tok.dep_ in ("amod", "compound")):
        return None
    if _tagged_alone_elsewhere(span):
        return None  # named as a body elsewhere ('Tarn said ...')
    column = columns_of(doc)
    written_lower = column.positions.get(tok.lower_, ())  # where the word stands in lower case, not every word
    return VETO if any(column.pos[i] == "ADJ" for i in written_lower) else None  # 'a federal judge'


@rule("org.name-only-naming-a-things-kind", stage="org.clean", priority=264, action="veto",
      why="'the Kavell nightclub', 'the Zelbgate theory', 'the Drummel doctrine': one capitalized word that, wherever the article "
          "writes it, only modifies the lowercase noun after it names what kind of thing that is (a place's, a product's, "
          "an event's), not a body acting in the story; not when that noun is a title, a body's staff or part, a poll, "
          "a message, a platform's page, or what a body does, makes or suffers (data/body_act_nouns.txt: 'Tarn officials', 'a Tarn "
          "poll', 'the Tarn account', 'the Tarn hack'), nor a word that names a body's kind (a party, a chamber, a service, "
          "an organization noun), nor an outlet, nor a name the article also writes alone ('Tarn said ...').",
      examples=["Police closed the Kavell nightclub after the fight.",
                "Her group promoted the Zelbgate theory online for a year."],
      counter=["Fedco said sales rose. Shoppers lined up outside Fedco stores on Monday.",
               "Most voters backed the pier, a Gallmark poll found on Monday.",
               "Voters backed the Fedco plan, Tom Hale said."])
def _name_only_naming_a_things_kind(span: Span) -> Any:
    doc, tok = span.doc, span[0]
    if len(span) != 1 or not tok.is_title or not tok.is_alpha or tok.text in phrases("government_seats"):
        return None
    if tok.lower_ in _BODY_KIND_WORDS() or tok.text.casefold() in _synonyms_folded() or tok.text.casefold() in _outlet_names_folded():
        return None
    if _tagged_alone_elsewhere(span) or _left_to_a_narrower_rule(tok):
        return None  # 'Tarn said ...' elsewhere
    column = columns_of(doc)
    for i in column.positions.get(tok.text, ()):
        if not _modifies_a_things_kind(doc[i]):
            return None  # written alone somewhere: 'at Kelmo', 'Kelmo said'
    return VETO


def _left_to_a_narrower_rule(tok: Token) -> bool:
    """An adjective, a month, a state, a describing word, a leader before what they lead, or a name before a facility's,
    an occasion's or a product's noun: org.adjective-before-noun, org.month-or-state-alone, org.word-before-common-noun,
    org.leader-before-administration, org.name-before-lowercase-facility-noun, org.name-of-an-occasion and
    org.product-before-kind-noun decide those."""
    doc = tok.doc
    after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
    if tok.pos_ == "ADJ" or tok.lower_ in MONTHS or tok.lower_ in words("describing_words") or tok.text in pairs("us_states").values():
        return True
    if after is None or leader_before_what_they_lead(doc[tok.i : tok.i + 1]):
        return True
    return after.lemma_.lower() in words("facility_heads") or after.text in words_of("occasion_nouns", "product_kind_nouns")


@cache
def _BODY_KIND_WORDS() -> frozenset[str]:  # noqa: N802
    return words_of("party_adjectives", "party_words", "org_nouns", "chamber_words", "legislatures", "government_branches",
                    "craft_words", "org_name_tails", "company_forms", "outlet_words")


@cache
def _outlet_names_folded() -> frozenset[str]:
    return frozenset(p.casefold() for p in phrases("outlet_names"))


def _modifies_a_things_kind(tok: Token) -> bool:
    """Whether `tok` modifies the lowercase common noun right after it, one that names no person, staff, part, poll or post."""
    doc = tok.doc
    if tok.i + 1 >= len(doc):
        return False
    after = doc[tok.i + 1]
    if tok.head.i != after.i or tok.dep_ not in ("compound", "amod", "nmod") or after.pos_ != "NOUN" or not after.is_lower:
        return False
    return after.lower_ not in _PERSON_OR_PART_NOUNS() and after.lemma_.lower() not in _PERSON_OR_PART_NOUNS() and not title_word(after)


@cache
def _PERSON_OR_PART_NOUNS() -> frozenset[str]:  # noqa: N802
    return words_of("titles", "ranks", "staff_nouns", "spokespeople", "org_nouns", "org_relation_nouns", "poll_words",
                    "company_titles", "outlet_words", "media_nouns", "post_nouns", "epithet_nouns", "unnamed_people",
                    "platform_nouns", "message_nouns", "body_act_nouns")


@rule("org.common-words-capitalized-in-a-quotation", stage="org.clean", priority=255, action="veto",
      why="'The Tariff will rise until ...', a post quoted with capitals for stress: a name inside a quotation whose "
          "every word the article also writes in lower case (or another form of it: 'tariffs') is common words written "
          "with capitals, not a body's name.",
      examples=["Mayor Tom Hale wants new tariffs on steel.\n\n“The Tariff will rise until the Steel Dumping problem is fixed, "
                "at which time the Tariff will go,” Hale wrote."],
      counter=["Mayor Tom Hale wants new tariffs on steel.\n\n“From May, the Dunmore Council will charge a tariff on all "
               "steel coming into the harbour,” Hale wrote."])
def _common_words_capitalized_in_a_quotation(span: Span) -> Any:
    doc = span.doc
    if not any(a <= span.start_char and span.end_char <= b for a, b in doc._.quote_chars or ()):
        return None
    if span[0].is_sent_start or span.start and doc[span.start - 1].text in ALL_MARKS:
        return None  # a capital at a sentence's start: rule org.common-word-at-sentence-start
    lower = columns_of(doc).lemmas_written_lower
    return VETO if all(t.lemma_.lower() in lower for t in span if t.is_alpha) else None


@rule("org.name-in-a-quotation-of-stressed-capitals", stage="org.clean", priority=257, action="veto",
      why="'We will END the Harbour Tax and give our Fishermen Clean Water!', a post that shouts (three or more words inside a "
          "sentence of the quotation that the article also writes in lower case, and a '!', a handle or one in capitals): a name in "
          "it without an organization noun (data/org_nouns.txt) or a party's word, written nowhere outside quotations, is stressed words.",
      examples=["Mayor Tom Hale says the harbour tax hurts fishermen and wants clean water for the bay.\n\n“We will END the "
                "Harbour Tax and give our Fishermen Clean Water. Harbour Watch is WRONG!” Hale wrote."],
      counter=["Mayor Tom Hale says the harbour tax hurts fishermen and wants clean water for the bay.\n\n“We will END the "
               "Harbour Tax, as Walcorp asked. Our Fishermen need Clean Water!” Hale wrote. Shares of Walcorp rose.",
               "Mayor Tom Hale says the harbour tax hurts fishermen and wants clean water for the bay.\n\n“We will END the "
               "Harbour Tax, as the Tarrow Grain Council asked. Our Fishermen need Clean Water!” Hale wrote."])
def _name_in_a_quotation_of_stressed_capitals(span: Span) -> Any:
    doc = span.doc
    quote = next(((a, b) for a, b in doc._.quote_chars or () if a <= span.start_char and span.end_char <= b), None)
    if quote is None or any(t.lower_ in words_of("org_nouns", "party_words", "party_adjectives") for t in span):
        return None
    if span.text.casefold() in _synonyms_folded() or not _shouting_post(doc, *quote):
        return None
    inside = doc._.quote_chars or ()
    outside = [s for s, e in occurrences(doc, span.text) if not any(a <= s and e <= b for a, b in inside)]
    return None if outside else VETO


@rule("org.name-of-a-gathering-or-storm", stage="org.clean", priority=258, action="veto",
      why="'the Elm Valley Jazz Festival', 'Rally Against Tolls', 'Tropical Storm Vale': a name ending in a gathering's word, or "
          "with a rally's or a storm's word before another of its words (data/occasion_name_words.txt), names an occasion, not a body.",
      examples=["Thousands of fans had come for the Elm Valley Jazz Festival when the stage fell.",
                "Marchers from Rally Against Tolls crossed the bridge at noon.",
                "Schools in Dunmore stayed shut after Tropical Storm Vale flooded the valley."],
      counter=["The Elm Valley Festival Society had sold 9,000 tickets when the stage fell."])
def _name_of_a_gathering_or_storm(span: Span) -> Any:
    listed = words("occasion_name_words")
    if span[-1].is_title and span[-1].lower_ in listed:
        return VETO
    opening = any(t.is_title and span[k + 1].is_title and f"first {t.lower_}" in listed for k, t in enumerate(span[:-1]))
    return VETO if opening else None


def _shouting_post(doc: Doc, start: int, end: int) -> bool:
    """Whether the quotation between characters `start` and `end` reads as a post that shouts: three or more words
    capitalized inside a sentence (not its first word, not after a quotation mark) though the article writes them in
    lower case too, and an exclamation mark, a handle or such a word in capitals ('MUST')."""
    lower = columns_of(doc).lemmas_written_lower
    span = doc.char_span(start, end, alignment_mode="contract")
    if span is None:
        return False
    stressed = [
        t for t in span
        if t.is_alpha and len(t) > 1 and (t.is_title or t.is_upper) and not t.is_sent_start
        and doc[t.i - 1].text not in ALL_MARKS and t.lemma_.lower() in lower
    ]
    loud = "!" in span.text or "@" in span.text or any(t.is_upper and len(t) > 2 for t in stressed)
    return len(stressed) >= 3 and loud


@rule("org.name-before-possessive-noun", stage="org.clean", priority=140, action="extend",
      why="'Guy's Hospital': a name cannot start with the organization noun after a possessive.",
      examples=["Staff at Marlow's Hospital Medical School went on strike."])
def _name_before_possessive_noun(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    if start >= 2 and doc[start].lower_ in words("org_nouns") and doc[start - 1].text in ("'s", "’s") and doc[start - 2].pos_ == "PROPN":
        return doc[start - 2 : span.end]
    return None


@rule("org.office-named-by-a-title", stage="org.clean", priority=141, action="extend",
      why="'the Dunmore County District Attorney's Office': an office named by the title of the one who heads it takes"
          " the capitalized words before that title (a place, 'District', 'State's') into its name (data/titles.txt).",
      examples=["A spokeswoman for the Dunmore County District Attorney's Office declined to comment on Friday.",
                "The Tarrow County State's Attorney's Office dropped the charges on Tuesday."],
      counter=["A spokeswoman for Tom Hale's Office of Budget Review declined to comment on Friday."])
def _office_named_by_a_title(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    mark = next((t.i for t in span[1:4] if t.text in POSSESSIVE), None)
    if mark is None or mark + 1 >= span.end or doc[mark + 1].lower_ not in words("org_nouns") or _title_before(doc, mark - 1) != start:
        return None
    i = start
    while i > 0:
        before = doc[i - 1]
        if before.text in POSSESSIVE and i >= 2 and doc[i - 2].lower_ == "state" and doc[i].lower_ in words("titles"):
            i -= 2  # "Tarrow County State's Attorney's Office"
            continue
        named = before.is_title or before.is_upper and "." in before.text  # "U.S."
        if not named or before.lower_ in words("stop_words") or before.ent_type_ == "PERSON":
            break
        i -= 1
    return doc[i : span.end] if i < start else None


@rule("org.noun-alone-before-title", stage="org.clean", priority=150, action="veto",
      why="'Party leader X' at a sentence's start: an organization noun and a title name no body.",
      examples=["Party strategists believe winning over women voters is key."])
def _noun_alone_before_title(span: Span) -> Any:
    doc, end = span.doc, span.end
    if len(span) == 1 and span[0].lower_ in words("org_nouns") and end < len(doc) and title_word(doc[end]):
        return VETO
    return None


@rule("org.people-after-possessive", stage="org.clean", priority=152, action="veto",
      why="'our Sailors', 'their Rangers': one plural word after a possessive names people, not a body.",
      examples=["Tom Hale thanked our Sailors for their work."])
def _people_after_possessive(span: Span) -> Any:
    doc, start = span.doc, span.start
    plural = len(span) == 1 and span[0].tag_ in ("NNS", "NNPS") and span[0].lower_.endswith("s")
    return VETO if plural and start > 0 and doc[start - 1].tag_ == "PRP$" else None


@rule("org.common-noun-after-possessive", stage="org.clean", priority=153, action="veto",
      why="'our Nation's tradition', 'to fund our Military': one capitalized word after a possessive, heading its phrase, "
          "is a common noun written with a capital, not a body's name ('her Chatterly account' names the platform; "
          "'our Parliament' is a body by its own noun); so is one the model tags a common noun after an owner's 's "
          "('until the Court’s Order')",
      examples=["Tom Hale wrote: “We honour our Nation’s sailors and our Military every day.”",
                "“In the weeks from March 2 to the signing of the Court’s Order, the office handed out licences to"
                " some 700 farmers,” the brief said."],
      counter=["Ana Ruiz posted the video on her Chatterly account on Monday.",
               "Tom Hale asked who should sit in our Parliament after the vote."])
def _common_noun_after_possessive(span: Span) -> Any:
    doc, start = span.doc, span.start
    if len(span) != 1 or not span[0].is_title or start == 0 or span[0].tag_ in ("NNS", "NNPS"):
        return None  # a plural: org.people-after-possessive
    modifier = span[0].dep_ in ("compound", "amod", "nmod") and span[0].head.i > span[0].i
    if doc[start - 1].text in ("'s", "’s") and span[0].tag_ == "NN" and not modifier:
        owned = span[0].lower_ not in words_of("party_adjectives", "party_words", "org_nouns", "outlet_words")
        return VETO if owned else None  # "the Court's Order": a thing the owner has, tagged a common noun
    if doc[start - 1].tag_ != "PRP$":
        return None
    if modifier or span[0].lower_ in words_of("party_adjectives", "party_words", "org_nouns"):
        return None  # 'her Chatterly account', 'their Labour colleagues', 'our Parliament'
    return VETO


@rule("org.common-noun-after-possessive-elsewhere", stage="org.clean", priority=155, action="veto",
      why="'draws his Stunner' ... 'ran off with the Stunner': a one-word name the article writes elsewhere after a possessive, "
          "heading its phrase, is a thing someone has, wherever it stands (not a word that is a clause's subject "
          "somewhere: 'Chatterly said' names a body).",
      examples=["The officer draws his Stunner during the struggle. The man grabs the Stunner and runs."],
      counter=["Ana Ruiz posted it on her Chatterly feed. Chatterly said the post broke no rule."])
def _common_noun_after_possessive_elsewhere(span: Span) -> Any:
    if len(span) != 1 or not span[0].is_title or span[0].lower_ in words_of("party_adjectives", "party_words", "org_nouns"):
        return None
    possessed, column = False, columns_of(span.doc)
    if span.start > 0 and column.tag[span.start - 1] == "PRP$":
        return None  # here after the possessive: org.common-noun-after-possessive's
    for i in column.positions[column.text[span.start]]:  # where the word stands, not every word
        dep = column.dep[i]
        if dep in ("nsubj", "nsubjpass"):
            return None  # "Chatterly said": a body that acts
        modifier = dep in ("compound", "amod", "nmod") and column.head[i] > i
        possessed = possessed or (i > 0 and column.tag[i - 1] == "PRP$" and column.tag[i] not in ("NNS", "NNPS") and not modifier)
    return VETO if possessed else None


@rule("org.craft-named-by-number", stage="org.clean", priority=154, action="veto",
      why="'Air Force One': a service's name (data/craft_words.txt) and a number spelled out, not a broadcaster's channel, "
          "is a craft, not a body ('the mining company Tarrow One' is one).",
      examples=["Tom Hale flew to Tarrow aboard Dunmore Air One."],
      counter=["She told BBC One viewers the plan was safe.",
               "Fedco approved the sale of the Canadian mining company Tarrow One to the state."])
def _craft_named_by_number(span: Span) -> Any:
    last = span[-1] if len(span) >= 2 else None
    if last is None or not last.is_alpha or last.text not in phrases("channel_numbers"):
        return None
    channel = span[-2].text.isupper() or span[-2].text in phrases("channel_words")
    craft = any(t.lower_ in words("craft_words") for t in span[:-1])
    return VETO if craft and not channel else None


@rule("org.only-titles", stage="org.clean", priority=160, action="veto",
      why="'Major General', 'MPs', 'Amb.', 'CFO': titles and ranks alone (or abbreviated, before their full stop; or a "
          "company's, data/company_titles.txt) are not a body.",
      examples=["There were rare cases of pets on the roll, the MPs heard.",
                "The talks stalled, but the envoys have invited Amb. Clara Voss, the trade representative, to Elmton.",
                "Ana Ruiz runs a large venture firm and served as Controller and CFO of the state of Tarrow from 2003 to 2007."])
def _only_titles(span: Span) -> Any:
    titles = words_of("titles", "ranks", "company_titles")
    return VETO if all(t.lower_ in titles or title_word(t) or _abbreviated_title(t) for t in span) else None


def _abbreviated_title(tok: Token) -> bool:
    """'Amb' of 'Amb. Clara Voss', its full stop split off: an abbreviated title (data/titles.txt)."""
    doc = tok.doc
    return tok.is_title and tok.i + 1 < len(doc) and doc[tok.i + 1].text == "." and tok.lower_ + "." in words("titles")


@rule("org.ends-in-title-without-stop", stage="org.clean", priority=162, action="veto",
      why="'Elmland Democratic Rep Ana Ruiz' tagged 'Elmland Democratic Rep': words ending in an abbreviated title written "
          "without its full stop (data/title_abbreviations.txt) before a capitalized name describe the person, no body.",
      examples=["Elmland Democratic Rep Ana Ruiz, a critic of the old law, said she was not persuaded."],
      counter=["Elmland Democratic Rep. Ana Ruiz, a critic of the old law, said she was not persuaded."])
def _ends_in_title_without_stop(span: Span) -> Any:
    doc, last = span.doc, span[-1]
    if len(span) < 2 or span.end >= len(doc) or last.lower_ + "." not in pairs("title_abbreviations"):
        return None
    after = doc[span.end]
    return VETO if after.is_title and after.pos_ == "PROPN" else None


@rule("org.in-list-before-plural-body-noun", stage="org.clean", priority=163, action="veto",
      why="'the Rules, Roads, and Ports committees': capitalized words in a list with commas before a lowercase plural "
          "body noun (data/org_nouns.txt) are each a committee's or department's short name, cut from it: no body by those "
          "words (two names joined by 'and' alone may be whole: 'the Elm Guard and Tarn Watch agencies').",
      examples=["Leaders argued against it, with chairs of the Dunmore Rules, Roads, and Ports committees writing a letter."],
      counter=["Leaders argued against it, with Dunmore Rail, Elm Ports, and Tarn Roads writing committee letters.",
               "The heads of the Elm Guard and Tarn Watch agencies have taken the blame, but have not quit."])
def _in_list_before_plural_body_noun(span: Span) -> Any:
    doc, joins = span.doc, 0
    i = span.end
    while i < len(doc) and (doc[i].text in words("list_joins") or doc[i].is_title):
        joins += doc[i].text == ","
        i += 1
    if i >= len(doc) or not doc[i].is_lower or doc[i].tag_ != "NNS" or doc[i].lemma_.lower() not in words("org_nouns"):
        return None
    j = span.start - 1
    while j >= 0 and (doc[j].text in words("list_joins") or doc[j].is_title and doc[j].lower_ not in ("the", "a")):
        joins += doc[j].text == ","
        j -= 1
    return VETO if joins or any(t.text == "," for t in span) else None  # a list with a comma, not 'the Elm and Tarn agencies'


@rule("org.in-list-before-plural-place-noun", stage="org.clean", priority=164, action="veto",
      why="'in Harlow, Bexley and Elmton counties': capitalized words in a list before a lowercase plural noun of places "
          "(data/place_nouns.txt: counties, districts, provinces) are each a place's name, not a body's.",
      examples=["Voters in Harlow, Bexley and Elmton counties backed the plan on Tuesday."],
      counter=["Harlow Council and Elmton Council backed the plan for both counties on Tuesday."])
def _in_list_before_plural_place_noun(span: Span) -> Any:
    doc, joins = span.doc, 0
    i = span.end
    while i < len(doc) and (doc[i].text in words("list_joins") or doc[i].is_title):
        joins += doc[i].text in words("list_joins")
        i += 1
    if i >= len(doc) or not doc[i].is_lower or doc[i].tag_ != "NNS" or doc[i].lemma_.lower() not in words("place_nouns"):
        return None
    j = span.start - 1
    while j >= 0 and (doc[j].text in words("list_joins") or doc[j].is_title and doc[j].lower_ not in ("the", "a")):
        joins += doc[j].text in words("list_joins")
        j -= 1
    return VETO if joins or any(t.text in words("list_joins") for t in span) else None  # a list, not 'the Elmton districts'


@rule("org.ends-in-hyphened-modifier", stage="org.clean", priority=165, action="veto",
      why="'Hale’s Tarrow-first platform', 'the Elmton-based group': a name and a lowercase word after a hyphen "
          "(data/hyphen_modifier_ends.txt) describe what follows, not a body's name.",
      examples=["The deal does not fit Hale’s Tarrow-first platform, critics said."],
      counter=["Ana Ruiz, who runs the Tarrow-Lind Group, said the deal was fair."])
def _ends_in_hyphened_modifier(span: Span) -> Any:
    head, dash, last = span.text.rstrip().rpartition("-")
    return VETO if dash and head[-1:].isalpha() and last in words("hyphen_modifier_ends") else None


@rule("org.plural-title-before-name", stage="org.clean", priority=161, action="veto",
      why="'under Presidents Marlow and Tom Ruiz': a name after a plural title is one of the people it names, "
          "not a body (not a chamber named by its members: 'the Lords Roads Committee').",
      examples=["Ana Hale, who served under Presidents Marlow and Tom Ruiz, told the Courier in an interview."])
def _plural_title_before_name(span: Span) -> Any:
    doc = span.doc
    if any(t.lower_ in words("org_nouns") for t in span):
        return None
    if len(span) >= 2 and _plural_title(span[0]) and all(t.pos_ == "PROPN" for t in span[1:]):
        return VETO  # "Presidents Marlow"
    return VETO if len(span) == 1 and span.start > 0 and _plural_title(doc[span.start - 1]) else None


def _plural_title(tok: Token) -> bool:
    """'Presidents', 'Senators': a title written in the plural, with a capital (not a chamber: 'Lords')."""
    lower, titles = tok.lower_, words("titles")
    return tok.is_title and lower.endswith("s") and lower[:-1] in titles and lower not in titles and tok.text not in phrases("legislatures")


@rule("org.title-of-place", stage="org.clean", priority=170, action="veto",
      why="'the Prince of Wales', 'Archbishop of Canterbury': a title, not a body.",
      examples=["Lord Dunmore said there were many heirs after the Prince of Wales."])
def _title_of_place(span: Span) -> Any:
    titles = words_of("titles", "ranks")
    if len(span) >= 3 and span[0].lower_ in titles and span[1].lower_ == "of" and not any(t.lower_ in words("org_nouns") for t in span):
        return VETO
    return None


@rule("org.portfolio-before-title", stage="org.clean", priority=180, action="veto",
      why="'Defense' in 'Defense Minister', 'Cabinet ministers': a portfolio before a title, unless named as a body elsewhere "
          "or a name of three words or more before its staff in the plural ('Customs and Coastal Protection officers').",
      examples=["Education Secretary Ruth Kell said the plan would work."],
      counter=["Several travellers were stopped by Customs and Coastal Protection officers at the port."])
def _portfolio_before_title(span: Span) -> Any:
    doc, end = span.doc, span.end
    titles = words_of("titles", "ranks")
    before_title = end < len(doc) and (doc[end].lower_ in titles or title_word(doc[end]))
    staff = len(span) >= 3 and end < len(doc) and doc[end].tag_ == "NNS" and doc[end].is_lower  # 'Customs and Coastal Protection officers'
    if before_title and not staff and not _named_elsewhere(span) and span.text not in _synonyms():
        return VETO
    return None


@rule("org.portfolio-after-of", stage="org.clean", priority=190, action="veto",
      why="'State' in 'Secretary of State', 'Minister of Defence': a portfolio; but not 'chief executive of Tarrowind'.",
      examples=["Echoing the incoming US Secretary of State Ana Ruiz, the minister spoke."])
def _portfolio_after_of(span: Span) -> Any:
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in words_of("titles", "ranks"):
        return None
    portfolio = doc[start - 2].lower_ in words("portfolio_titles")
    if len(span) == 1 and portfolio or doc[start - 2 : start + 1].text.lower() in words_of("titles", "ranks"):
        return VETO
    return None


@rule("org.portfolio-after-for", stage="org.clean", priority=200, action="veto",
      why="'health minister for Wales': a portfolio's place (but 'a spokesman for Amnesty' names a body).",
      examples=["The health minister for Wales, Tom Hale, said it was wrong."])
def _portfolio_after_for(span: Span) -> Any:
    doc, start = span.doc, span.start
    if len(span) == 1 and start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in words("portfolio_offices"):
        return VETO
    return None


@rule("org.not-a-body-head", stage="org.clean", priority=210, action="veto",
      why="'General Election', 'the Crime and Police Bill': a thing, not a body; but 'the Office of Planning and Budget'.",
      examples=["The General Election will be held in May.", "The Tarrow Programs Resolution passed the council.",
                "The Elmford Corruption Plot was foiled by police."])
def _not_a_body_head(span: Span) -> Any:
    last = span[-1].lower_
    if last in words("not_org_heads") and (last in ("act", "bill") or not any(t.lower_ in words("org_nouns") for t in span[:-1])):
        return VETO
    return None


@rule("org.cut-before-of-a-number", stage="org.clean", priority=207, action="veto",
      why="'a gathering of the Group of 20 major economies' tagged 'Group of': a word cut before 'of' and a number names a"
          " forum or a year's class by its count ('the Group of 20', 'the Class of 2020'), no body of that word alone.",
      examples=["Leaders meet at a gathering of the Group of 20 major economies in Lima."],
      counter=["Leaders of the Tarrow Group met 20 major investors in Lima."])
def _cut_before_of_a_number(span: Span) -> Any:
    doc, end = span.doc, span.end
    if span[-1].lower_ == "of":
        end -= 1
    number = doc[end + 1] if end + 1 < len(doc) else None
    if number is not None and doc[end].lower_ == "of" and number.like_num and number.ent_type_ != "PERCENT" and end - span.start == 1 and span[0].is_title:
        return VETO  # not "the USA of 15%": a share, not a count in a name
    return None


@rule("org.words-of-a-thing-name", stage="org.clean", priority=209, action="veto",
      why="'the 1987 Chemical and Toxic Waste Control Act' tagged 'Chemical', 'the Holt & Brenner's Mining and Timber Index'"
          " tagged 'Holt & Brenner's Mining': words joined by 'and' or '&' to capitalized words that run on to a law's, an"
          " index's or another thing's last word (data/not_org_heads.txt) are part of that thing's name, no body.",
      examples=["The suit cites the 1987 Chemical and Toxic Waste Control and Dumping Elimination Act."],
      counter=["The suit cites the Chemical Workers Union and the Toxic Waste Control Act."])
def _words_of_a_thing_name(span: Span) -> Any:
    doc, joins = span.doc, words("org_name_conjunctions")
    joined = span.end < len(doc) and doc[span.end].lower_ in joins or span.start > 1 and doc[span.start - 1].lower_ in joins and doc[span.start - 2].is_title
    if not joined or not span[-1].is_title and not span[-1].like_num and span[-1].text not in POSSESSIVE:
        return None
    heads, inside = words("not_org_heads"), words_of("org_name_conjunctions", "org_name_prepositions")
    i = span.end
    while i < len(doc) and (doc[i].is_title or doc[i].like_num or doc[i].lower_ in inside or doc[i].text in POSSESSIVE):
        if doc[i].is_title and doc[i].lower_ in heads and i > span.end:
            return VETO
        i += 1
    return None


@rule("org.hashtag", stage="org.clean", priority=211, action="veto",
      why="'the #MeToo movement', '#StopTheBans': a word written after a hash sign is a hashtag, a campaign's slogan,"
          " not a body.",
      examples=["The party has been out of step with the #BeHeard movement that has swept Dunmore."])
def _hashtag(span: Span) -> Any:
    doc = span.doc
    return VETO if span.start > 0 and doc[span.start - 1].text == "#" and not doc[span.start - 1].whitespace_ else None


@rule("org.award-name", stage="org.clean", priority=212, action="veto",
      why="'the Tarrow Public Safety Medal of Valor', 'the Dunmore Prize for Courage': an award (its head, last or"
          " before 'of' or 'for', in data/award_nouns.txt) is an honour given, not a body.",
      examples=["Those awarded the Tarrow Public Safety Medal of Valor were Sgt. Tom Hale and Officer Ana Ruiz."],
      counter=["The Dunmore Prize Foundation said Tom Hale had won."])
def _award_name(span: Span) -> Any:
    words_ = [t.lower_ for t in span]
    cut = next((k for k, w in enumerate(words_) if w in ("of", "for") and k > 0), len(words_))
    return VETO if words_[cut - 1] in words("award_nouns") else None


@rule("org.programme-name", stage="org.clean", priority=214, action="veto",
      why="'Social Security', 'Medicaid', 'the Earned Income Tax Credit', 'Medicare and Medicaid': a public programme (or "
          "programmes joined by 'and') the model tags as a body (data/programme_names.txt) is a programme, not a body ('the "
          "Social Security Administration' is one).",
      examples=["Tom Hale vowed to protect Social Security and to expand Medicaid.",
                "Cuts to the Medicare and Medicaid budgets were ruled out by Ana Ruiz."],
      counter=["The Social Security Administration sent the letters on Monday."])
def _programme_name(span: Span) -> Any:
    parts = re.split(r" and | & ", name_text(span).removeprefix("the ").removeprefix("The "))
    return VETO if all(part in phrases("programme_names") for part in parts) else None  # also 'Medicare and Medicaid'


@rule("org.programme-word", stage="org.clean", priority=215, action="veto",
      why="'Dunmorecare', 'KidCare': one word ending like a health programme's name (data/programme_word_endings.txt) is a programme, not a body.",
      examples=["Tom Hale vowed to cut Dunmorecare next year."],
      counter=["Care said the aid would arrive on Monday."])
def _programme_word(span: Span) -> Any:
    word = span.text.casefold()
    ending = next((e for e in phrases("programme_word_endings") if word.endswith(e)), None)
    return VETO if len(span) == 1 and ending is not None and len(word) > len(ending) + 2 else None


@rule("org.facility-name", stage="org.clean", priority=216, action="veto",
      why="'Dunmore Air Force Base', 'the Tarrow Theater', 'the Hale Senate Office Building', 'the Statehouse': a place that "
          "houses bodies (data/facility_heads.txt), not a body; nor the body's name that begins it.",
      examples=["The rocket was launched from Dunmore Air Force Base on Monday.",
                "Senators read the report in the Hale Senate Office Building on Thursday.",
                "Protests raged at the Statehouse for weeks as lawmakers debated the bill.",
                "Police arrested the man early Wednesday at Dunlow Airport, officials said. He was held after his flight touched down at Dunlow."],
      counter=["Fans packed the Tarnco Arena on Friday. Tarnco said ticket sales rose."])
def _facility_name(span: Span) -> Any:
    doc, heads = span.doc, words("facility_heads")
    after = doc[span.end] if span.end < len(doc) else None
    if after is not None and after.is_title and after.lower_ in heads:
        return VETO  # "the Hale Senate Office" + "Building"
    if len(span) == 1 and _facility_named_elsewhere(span[0]):
        return VETO  # "touched down at Dunlow" beside "at Dunlow Airport"
    return VETO if (len(span) >= 2 or span[-1].lower_ in words("one_word_facilities")) and span[-1].is_title and span[-1].lower_ in heads else None


@rule("org.name-before-lowercase-facility-noun", stage="org.clean", priority=259, action="veto",
      why="'at the Marlow hotel', 'the Elmton prisons', 'the Vale House building': a name set before a lowercase noun of a place "
          "that houses bodies (data/facility_heads.txt), which it names, and written nowhere else, is that place's name, not a "
          "body acting in the story.",
      examples=["The delegates were booked into the Marlow hotel for three nights.",
                "Inmates were moved out of the Elmton prisons after a fire last year."],
      counter=["The delegates were booked into the Marlow hotel for three nights. Marlow said it had no record of the booking."])
def _name_before_lowercase_facility_noun(span: Span) -> Any:
    return VETO if _names_the_lowercase_noun_after(span, words("facility_heads"), words("org_nouns")) else None


def _names_the_lowercase_noun_after(span: Span, nouns: frozenset[str], not_in_name: frozenset[str]) -> bool:
    """`span` is set before a lowercase noun of `nouns` that it names ('the Marlow hotel', 'the Val-de-Tarrow region'),
    has no word of `not_in_name`, and is written nowhere else."""
    doc = span.doc
    if span.end >= len(doc) or not doc[span.end].is_lower or doc[span.end].lemma_.lower() not in nouns:
        return False
    if span.root.head.i != span.end or any(t.lower_ in not_in_name for t in span):
        return False
    return len(occurrences(doc, span.text)) <= 1


@rule("org.a-countrys-government", stage="org.clean", priority=265, action="veto",
      why="'the Ruritanian Government stands ready', 'the U.S. government', 'the Government said': a country's government "
          "written as its adjective or its name (one the model tags a nationality or a place, alone, somewhere in the "
          "article, or data/place_acronyms.txt) and "
          "'Government', or 'Government' alone, is a country's government spoken of, not a body's own name (on the "
          "development sets six such names were six false bodies); a name of more words keeps it ('the Dunmore Assembly "
          "Government').",
      examples=["Ruritanian troops reached the town on Monday. Tom Hale said the Ruritanian Government stands ready to help "
                "the miners in any way it can.",
                "Tom Hale said the Government stands ready to help the miners in any way it can."],
      counter=["Tom Hale said the Dunmore Assembly Government stands ready to help the miners."])
def _a_countrys_government(span: Span) -> Any:
    words_ = [t for t in span if t.lower_ != "the"]
    if not words_ or words_[-1].lower_ != "government" or len(words_) > 2:
        return None
    if len(words_) == 2 and not (words_[0].text in phrases("place_acronyms") or words_[0].text in _country_words(span.doc)):
        return None
    return VETO


def _country_words(doc: Doc) -> set[str]:
    """Words the model tags, alone, as a nationality or a place somewhere in `doc` ("Ruritanian", "Kenya")."""
    return {e.text for e in ents_of(doc) if len(e) == 1 and e.label_ in ("NORP", "GPE")}


@rule("org.name-before-lowercase-place-noun", stage="org.clean", priority=267, action="veto",
      why="'the entire Val-de-Tarrow region', 'the Dunsey province': a name set before a lowercase noun of a settled place "
          "(data/place_nouns.txt: region, province, county, district ...), which it names, and written nowhere else, is that "
          "place's name, not a body (not a name with a body's noun or a party's word: 'the Elm Council district').",
      examples=["Floods cut off much of the Val-de-Tarrow region for a week, the ministry said."],
      counter=["Floods cut off much of the Val-de-Tarrow region for a week, the ministry said. Val-de-Tarrow said it "
               "would send more boats."])
def _name_before_lowercase_place_noun(span: Span) -> Any:
    return VETO if _names_the_lowercase_noun_after(span, words("place_nouns"), words_of("org_nouns", "party_words")) else None


@rule("org.square-or-street-before-a-particle", stage="org.clean", priority=266, action="veto",
      why="'Place de la Fontaine', 'Piazza del Campo', 'Rue des Lilas': a name opened by a foreign word for a square or a "
          "street (data/square_and_street_words.txt) and a particle (data/square_and_street_particles.txt) is a place, not a body.",
      examples=["Standing in the Place de la Fontaine, Ana Ruiz waved a sign for the cameras."],
      counter=["Standing in the Plaza Tarrow Group's lobby, Ana Ruiz waved a sign for the cameras."])
def _square_or_street_before_a_particle(span: Span) -> Any:
    words_ = [t for t in span if t.lower_ != "the"]
    if len(words_) < 3 or words_[0].lower_ not in words("square_and_street_words"):
        return None
    return VETO if words_[1].is_lower and words_[1].lower_ in words("square_and_street_particles") else None


def _facility_named_elsewhere(tok: Token) -> bool:
    """One word the article writes elsewhere before a facility's word ('Dunlow Airport') and never as
    the subject of a clause ('Tarnco said'): the facility's short name, not a body that acts."""
    heads, before_head, column = words("facility_heads"), False, columns_of(tok.doc)
    last = len(column.text) - 1
    for i in column.positions[tok.text]:  # where the word stands, not every word
        if column.dep[i] in ("nsubj", "nsubjpass"):
            return False
        before_head = before_head or (i < last and column.is_title[i + 1] and column.lower[i + 1] in heads)
    return before_head


@rule("org.place-after-place-noun-of", stage="org.clean", priority=231, action="veto",
      why="'the suburb of Qasimiya', 'the town of Elmvale': a name the article writes after a noun of a settled place "
          "and 'of' (data/place_nouns.txt) is that place, wherever the model tags it a body.",
      examples=["The shells hit the Tarrow suburb of Qasimiya last week. Rebels who hold Qasimiya say dozens died."])
def _place_after_place_noun_of(span: Span) -> Any:
    doc, column = span.doc, columns_of(span.doc)
    name = column.text[span.start : span.end]
    n, nouns = len(name), words("place_nouns")
    for i in column.positions.get(name[0], ()):  # where the name's first word stands, not every word
        if i >= 2 and column.text[i : i + n] == name and column.lower[i - 1] == "of" and column.lower[i - 2] in nouns:
            if doc[i - 2].is_lower:
                return VETO
    return None


@rule("org.place-acronym", stage="org.clean", priority=232, action="veto",
      why="'the USA', 'NYC': the short form of a country's or a city's name (data/place_acronyms.txt) is a place, "
          "however the model tags it.",
      examples=["“Tarrow has paid Duties to the USA of 15% on Steel for years,” Tom Hale wrote."])
def _place_acronym(span: Span) -> Any:
    return VETO if name_text(span).removeprefix("the ") in phrases("place_acronyms") else None


@rule("org.first-word-of-name-left-out", stage="org.clean", priority=16, action="extend",
      why="'United' + 'States Tarrow Court': a name's first word the model left out of the organization "
          "(data/names_cut_after_first_word.txt) begins it again.",
      examples=["Tom Hale posted: “BIG United States Tarrow Court WIN for the Farmers!”"])
def _first_word_of_name_left_out(span: Span) -> Span | None:
    doc = span.doc
    if span.start == 0 or not span[0].is_title:
        return None
    before = doc[span.start - 1]
    joined = f"{before.text} {span[0].text}"
    if any(p == joined or p.startswith(joined + " ") for p in phrases("names_cut_after_first_word")):
        return doc[span.start - 1 : span.end]
    return None


_WORDS_OF_A_NAME = ("ADJ", "NOUN", "VERB", "PROPN")


@rule("org.capitalized-words-after-the-open-name", stage="org.clean", priority=143, action="extend",
      why="'the Green Lives Matter movement': capitalized words the model reads as an adjective, a noun or a verb "
          "('Green', 'Lives'), between 'the' and a one-word name cut before a body's noun, are the first words of that "
          "name (not a title word: rule org.office-named-by-a-title).",
      examples=["Ana Kell, who has worked with the Green Lives Matter movement and other groups, said the plan was wrong."],
      counter=["Ana Kell, who has worked with the green Lives Matter movement and other groups, said the plan was wrong.",
               "Ana Kell said the Iranian Tarrowa group had backed the plan."])
def _capitalized_words_after_the(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    if len(span) != 1 or title_word(span[0]):
        return None  # a name of one word only ("Matter"), not a title's ("Attorney's Office")
    while start > 1 and doc[start - 1].is_title and doc[start - 1].pos_ in _WORDS_OF_A_NAME and not doc[start - 1].is_sent_start:
        if title_word(doc[start - 1]) or doc[start - 1].ent_type_:
            return None  # "the Tarrowan X Front", "the House GOP": a nationality, a place or a body tells whose, no word of its name
        start -= 1
    return doc[start : span.end] if start < span.start and doc[start - 1].lower_ == "the" else None


@rule("org.named-room", stage="org.clean", priority=217, action="veto",
      why="'the Oval Office', 'the Situation Room': a room or garden of a seat of government named like a body "
          "(data/named_rooms.txt) is where something happens, not a body.",
      examples=["Tom Hale met the senators in the Oval Office on Thursday."])
def _named_room(span: Span) -> Any:
    return VETO if name_text(span).removeprefix("the ").removeprefix("The ") in phrases("named_rooms") else None


@rule("org.text-not-body", stage="org.clean", priority=220, action="veto",
      why="'the European Convention on Human Rights', 'the Treaty of Rome': a text, not a body.",
      examples=["The Dunmore Convention on Fishing Rights was signed by both states."])
def _text_not_body(span: Span) -> Any:
    doc = span.doc
    texts = any(t.lower_ in words("not_org_heads") and t.is_title and t.i + 1 < span.end and doc[t.i + 1].lower_ in words("org_name_prepositions") for t in span[:-1])
    if texts and not any(t.lower_ in words("org_nouns") for t in span):
        return VETO
    return None


@rule("org.unnamed-body-noun", stage="org.clean", priority=226, action="veto",
      why="'the Administration's push', 'the Court ruled': a body's noun alone names none (data/unnamed_body_nouns.txt).",
      examples=["Ana Ruiz criticized the Administration's plan for the port."])
def _unnamed_body_noun(span: Span) -> Any:
    return VETO if len(span) == 1 and span[0].lower_ in words("unnamed_body_nouns") else None


@rule("org.branch-of-government", stage="org.clean", priority=233, action="veto",
      why="'the Executive Branch': a branch of government named by its kind (data/government_branches.txt), capitals "
          "or not, names no particular body.",
      examples=["“Once again, the Executive Branch has ignored the courts,” Tom Hale wrote in the dissent."])
def _branch_of_government(span: Span) -> Any:
    return VETO if name_text(span).lower().removeprefix("the ") in words("government_branches") else None


@rule("org.law-named-by-sponsors", stage="org.clean", priority=234, action="veto",
      why="'the 2014 Hale-Marlow law' ... 'Hale-Marlow requires': two capitalized names joined by a hyphen that the "
          "article writes before a law's noun (data/law_nouns.txt; or its capitalized form ending the name, 'the Hale-Marlow "
          "Act', not 'Hale-Marlow Law Group') are the law's name, wherever they stand.",
      examples=["The 2014 Hale-Marlow law made banks hold more capital. Hale-Marlow requires big banks to keep reserves.",
                "The Hale-Marlow Act made banks hold more capital. A draft of Hale-Marlow had a clause on reserves."],
      counter=["Hale-Marlow said its profits rose. The firm opposed a new law on pay.",
               "Hale-Marlow Law Group said its profits rose. Hale-Marlow hired ten lawyers."])
def _law_named_by_sponsors(span: Span) -> Any:
    doc, text = span.doc, name_text(span).removeprefix("the ")
    parts = text.split("-")
    if len(parts) != 2 or not all(p[:1].isupper() and p[1:].islower() for p in parts):
        return None
    n = len(span) - (span[0].lower_ == "the")
    for t in tokens_of(doc):
        if t.text == parts[0] and doc[t.i : t.i + n].text == text and t.i + n < len(doc):
            after = doc[t.i + n]
            named = after.is_title and (t.i + n + 1 == len(doc) or not doc[t.i + n + 1].is_title)  # "Act", not "Law Group"
            if (after.is_lower or named) and after.lower_ in words("law_nouns"):
                return VETO
    return None


@rule("org.name-before-lowercase-law-noun", stage="org.clean", priority=260, action="veto",
      why="'the Safe Harbour Fishing Protection act': capitalized words before a lowercase noun of a law (data/law_nouns.txt) "
          "that they qualify are the law's name, not a body's (not with an organization noun, a party's or a chamber's word: "
          "'the Tarrow Party bill', 'a Senate bill').",
      examples=["Lawmakers have proposed measures such as the Safe Harbour Fishing Protection act, which would ban nets."],
      counter=["Lawmakers have backed the Tarrow Fishing Council bill, which would ban nets."])
def _name_before_lowercase_law_noun(span: Span) -> Any:
    doc = span.doc
    if len(span) < 2 or span.end >= len(doc) or not doc[span.end].is_lower or doc[span.end].lower_ not in words("law_nouns"):
        return None
    stop = words_of("org_nouns", "party_words", "party_adjectives", "chamber_words")
    if span.root.head.i != span.end or any(t.lower_ in stop for t in span) or span.text.casefold() in _synonyms_folded():
        return None
    return VETO


@rule("org.person-told-by-who-or-age", stage="org.clean", priority=261, action="veto",
      why="'Lionel Tolliver, who coaches the side', '52-year-old Lionel Tolliver', 'Harlan Tolliver Sr.': a name of two or three "
          "capitalized words that opens with a given name (data/first_names_*.txt, given_name_genders.txt) and that 'who', an "
          "age or a generational suffix follows or goes before is a person's, however the model tagged it (no organization "
          "noun in it; 'its', 'which' or 'it' after the name anywhere keep it a body).",
      examples=["Lionel Tolliver, who coaches the under-12 side, said the pitch was flooded.",
                "Relatives said 52-year-old Lionel Tolliver had lived there for decades.",
                "“We never gave up,” Harlan Tolliver Sr., the father of the missing hiker, told reporters."],
      counter=["Staff at Harlan Tolliver, which makes garden tools, were told on Monday that the plant would close.",
               "Lionel Tolliver Foundation, which coaches the under-12 side, said the pitch was flooded."])
def _person_told_by_who_or_age(span: Span) -> Any:
    doc = span.doc
    name = [t for t in span if t.text not in POSSESSIVE]
    suffix = bool(name) and name[-1].lower_ in words("generational_suffixes")
    name = name[:-1] if suffix else name
    if not 2 <= len(name) <= 3 or not all(t.is_title and t.is_alpha for t in name):
        return None
    if not _known_given_name(name[0]) or any(t.lower_ in _NOT_NAME_WORDS() for t in name):
        return None
    end = name[-1].i + 1
    after = [t.lower_ for t in doc[end : end + 2]]
    told = (
        after[:1] == ["who"] or after == [",", "who"]
        or re.search(r"\d+-years?-old$", "".join(t.text for t in doc[max(span.start - 5, 0) : span.start]).lower()) is not None
        or suffix or bool(after) and after[0] in words("generational_suffixes")
    )
    if not told or used_as_a_body(doc, " ".join(t.text for t in name)):
        return None
    return VETO


def _known_given_name(tok: Token) -> bool:
    return tok.lower_ in words_of("first_names_male", "first_names_female") or tok.lower_ in pairs("given_name_genders")


@cache
def _NOT_NAME_WORDS() -> frozenset[str]:  # noqa: N802
    return words_of("org_nouns", "outlet_words", "party_words", "party_adjectives", "place_nouns", "chamber_words", "company_forms")


@rule("org.listed-among-places", stage="org.clean", priority=262, action="veto",
      why="'attacks in Tarrow, Elmford and Dunlow', 'towns including Elmford, Dunlow and Ashby': a name of a word or two "
          "listed after a preposition (data/place_list_prepositions.txt) with places the model tags as such, and with no body, is one more place (not an "
          "acronym, nor a name with an organization noun).",
      examples=["Shootings in Chicago, Detroit and Kettering rose last year.",
                "Protests spread to Denver, Omaha and Kettering within days."],
      counter=["Shootings in Chicago, Detroit and Kettering Bank branches rose last year.",
               "Talks in Paris with Madrid and NATO ended on Monday."])
def _listed_among_places(span: Span) -> Any:
    if not 1 <= len(span) <= 2 or not all(t.is_title for t in span) or any(t.lower_ in _NOT_NAME_WORDS() for t in span):
        return None
    doc = span.doc
    places = {e.end: e for e in ents_of(doc) if e.label_ in ("GPE", "LOC")}
    i, listed = span.start, 0
    while i > 1 and doc[i - 1].lower_ in (",", "and", "or"):
        i -= 1 + (doc[i - 1].lower_ != "," and doc[i - 2].text == ",")  # ", and"
        place = places.get(i)
        if place is None:
            return None  # a body or a word between: not a list of places alone
        i, listed = place.start, listed + 1
    after = span.end < len(doc) and doc[span.end].lower_ in (",", "and", "or") and span.end + 1 < len(doc) and doc[span.end + 1].ent_type_ in ("ORG", "PERSON", "NORP")
    modifies = span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ == "NOUN"  # 'and Elmton counties': another rule's
    if listed < 2 or after or modifies or i == 0 or doc[i - 1].lower_ not in words("place_list_prepositions"):
        return None
    return VETO


@rule("org.name-runs-on-to-a-law", stage="org.clean", priority=263, action="veto",
      why="'the Care Standards (Amendments) Act', 'the Road Safety Bill', 'Lord Hale's Return to the Land Bill' tagged 'Care "
          "Standards', 'Road Safety', 'Hale's Return': capitalized words that run on, through brackets, 'the' and "
          "prepositions, to a law's capitalized noun (data/law_nouns.txt) are that law's name, not a body's (not an "
          "acronym or a chamber before a numbered bill: 'House Bill 12'; nor a title before a name: 'Tarrow Chairman Bill Ross').",
      examples=["Ministers backed the Care Homes (Staffing) Bill on Friday.",
                "The change comes in the Care Standards (Amendments) Act, which took effect in May."],
      counter=["Ministers said Care Homes Scotland backed the bill on Friday.",
               "The deal came after Tarrow Motors Chairman Bill Hale told staff the plant would stay open."])
def _name_runs_on_to_a_law(span: Span) -> Any:
    doc = span.doc
    if span.text.isupper() or any(t.lower_ in words("chamber_words") for t in span):
        return None
    if span.end < len(doc) and doc[span.end].lower_ in words("org_name_conjunctions"):
        return None  # 'Chemical' + 'and Toxic Waste Act': rule org.words-of-a-thing-name
    i, bracket = span.end, False
    while i < len(doc) and i - span.end <= 8:
        t = doc[i]
        if t.is_title and t.lower_ in words("law_nouns"):
            nxt = doc[i + 1] if i + 1 < len(doc) else None
            return None if nxt is not None and (nxt.like_num or nxt.is_title or nxt.lower_ in ("no", "no.")) else VETO  # not 'Bill Ford'
        if t.lower_ in words("titles"):
            return None  # 'Tarrow Chairman Bill Ross': a title and a name, no law
        if t.text == "(" and not bracket:
            bracket = True
        elif t.text == ")" and bracket:
            bracket = False
        elif not (t.is_title or t.lower_ in ("the", "to", "of", "for", "on", "and") or t.text in POSSESSIVE):
            return None
        i += 1
    return None


@rule("org.acronym-of-a-law", stage="org.clean", priority=236, action="veto",
      why="'the Farm Loans and Water Act of 2018' ... 'FLWA has cut costs': an acronym of four letters or more of a law's or a "
          "document's name written in the article (a name ending in a noun of data/not_org_heads.txt) is that law, not a body.",
      examples=["The Farm Loans and Water Act of 2018 passed in May. FLWA has since cut costs for growers, and FLWA also capped loans."])
def _acronym_of_a_law(span: Span) -> Any:
    text = name_text(span).removeprefix("the ")
    if len(span) > 2 or not text.isupper() or len(text) < 4:
        return None  # not three letters: 'the GLA' beside 'the Greater London Act' is a body's too often
    return VETO if text in _law_acronyms(span.doc) else None


@rule("org.section-of-a-law", stage="org.clean", priority=237, action="veto",
      why="'Title IX', 'Article 50', 'Chapter 11': a numbered part of a law or treaty the model tags as a body is a "
          "text, not a body.",
      examples=["Ana Ruiz said the school broke Title IX when it cut the team."])
def _section_of_a_law(span: Span) -> Any:
    return VETO if _LAW_PART.fullmatch(name_text(span)) is not None else None


_LAW_PART = re.compile(r"(?:[Tt]he )?(?:Title|Article|Section|Chapter) (?:[IVXLC]+|\d+[A-Za-z]?)")


@rule("org.agreement-name", stage="org.clean", priority=238, action="veto",
      why="'NAFTA', 'the TPP': a trade agreement or treaty known by its short name (data/agreement_names.txt) is a "
          "text, not a body; so is a name it begins before a lowercase noun ('the NAFTA Pacific Coast trade deal').",
      examples=["Tom Hale wants to leave NAFTA, he told the Tarrow Herald.",
                "Ana Ruiz defended the new NAFTA Pacific Coast free-trade deal on Saturday."])
def _agreement_name(span: Span) -> Any:
    agreements, doc = phrases("agreement_names"), span.doc
    if name_text(span).removeprefix("the ").removeprefix("The ") in agreements:
        return VETO
    before_noun = span.end < len(doc) and doc[span.end].is_lower and doc[span.end].pos_ in ("NOUN", "ADJ")
    return VETO if len(span) > 1 and span[0].text in agreements and before_noun else None


@rule("org.court-case-name", stage="org.clean", priority=239, action="veto",
      why="'Hale v. Tarrow Mining', 'Voss vs. Dunmore': a court case named by its parties (data/case_versus_words.txt) is a case, not a body.",
      examples=["Judge Tom Hale wrote in Hale-Orme v. Voss that the rule was void."])
def _court_case_name(span: Span) -> Any:
    versus = words("case_versus_words")
    return VETO if any(t.lower_ in versus and 0 < t.i - span.start < len(span) - 1 for t in span) else None


@rule("org.party-of-a-court-case", stage="org.clean", priority=250, action="veto",
      why="'the lawsuit Tarrow Mining v. Voss', 'Voss vs. Dunmore Council': a name written straight before or after "
          "'v.' (data/case_versus_words.txt) is a party named in the case's name, not a body acting in the story, "
          "unless the article names it outside a case's name too.",
      examples=["Their lawsuit, Commonwealth of Tarrow v. Dunmore Harbour Board, was filed in Elmton."],
      counter=["Tarrow Council sued the Dunmore Harbour Board in May. The case is Tarrow Council v. Dunmore Harbour Board."])
def _party_of_a_court_case(span: Span) -> Any:
    doc, versus = span.doc, words("case_versus_words")
    before = span.start > 0 and doc[span.start - 1].lower_ in versus
    after = span.end < len(doc) and doc[span.end].lower_ in versus
    if not before and not after:
        return None
    text = text_of(doc)
    name = re.escape(span.text.strip())
    cases = "|".join(re.escape(v) for v in versus)
    for m in re.finditer(rf"(?<![\w-]){name}(?![\w-])", text):
        near = text[max(0, m.start() - 5) : m.start()] + " " + text[m.end() : m.end() + 5]
        if not re.search(rf"(?:^|\s)(?:{cases})(?:\s|$)", near):
            return None  # named outside a case's name too
    return VETO


def _law_acronyms(doc: Doc) -> frozenset[str]:
    """The acronyms of the names of laws and documents the article writes ('Farm Loans and Water Act')."""
    heads, links = words("not_org_heads"), words_of("org_name_conjunctions", "org_name_prepositions")
    out: set[str] = set()
    run: list[str] = []
    for t in tokens_of(doc):
        if t.is_title or (run and t.lower_ in links | {"the"}):
            run.append(t.text)
            if t.is_title and t.lower_ in heads and len(run) >= 3:
                out |= _acronyms(" ".join(run))
        else:
            run = []
    return frozenset(out)


@rule("org.shouted-words", stage="org.clean", priority=229, action="veto",
      why="'FAKE NEWS @DTV', 'TARROW & DUNMORE': words shouted in capitals (two or more words of four letters or more, or a handle) "
          "in a post quoted in the story are no body's name.",
      examples=["Tom Hale tweeted: “TARROW & DUNMORE were a mess.”"],
      counter=["The UNITED Party said the vote was fair."])
def _shouted_words(span: Span) -> Any:
    long_caps = [t for t in span if t.is_alpha and t.is_upper and len(t) >= 4]
    return VETO if len(long_caps) >= 2 and all(t.is_upper or not t.is_alpha for t in span) or any(t.text.startswith("@") for t in span) else None


@rule("org.plural-body-noun-first", stage="org.clean", priority=225, action="veto",
      why="'the Commissions of Roads and Rail': a plural organization noun first names several bodies at once, none by its name"
          " (departments and ministries so listed are named one by one: rule org.bodies-listed-after-plural-noun).",
      examples=["The rule was issued by the Commissions of Roads and Rail on Monday."],
      counter=["The Department of Roads issued the rule on Monday."])
def _plural_body_noun_first(span: Span) -> Any:
    first = span[0]
    plural = first.lower_.endswith("s") and first.lower_[:-1] in words("org_nouns") and first.lower_ not in words("org_nouns")
    return VETO if plural and len(span) >= 3 and span[1].lower_ == "of" else None


@rule("org.landform-name", stage="org.clean", priority=227, action="veto",
      why="'Elm Hill', 'Tarrow Mountain', 'Dunmore Junction': a piece of land, not a body (data/landform_nouns.txt).",
      examples=["The train derailed near Dunmore Junction on Sunday."])
def _landform_name(span: Span) -> Any:
    return VETO if len(span) > 1 and span[-1].lower_ in words("landform_nouns") and span[-1].is_title else None


@rule("org.name-of-an-occasion", stage="org.clean", priority=228, action="veto",
      why="'the State of the Federation address', 'the Elm mountain range': a name before a noun of an occasion, "
          "a place or a people (data/occasion_nouns.txt) names no organization (but 'the Tarrow Party conference' does).",
      examples=["He will say more in his State of the Federation address on Friday.",
                "Aid reached members of the Dunmori minority trapped in the Tarrow mountain range."],
      counter=["The Dunmore Union festival drew crowds.", "The Tarrow Party conference opened.",
               "Ten years after the Tarrow Front attack, the Tarrow Front said it had disbanded."])
def _name_of_an_occasion(span: Span) -> Any:
    doc = span.doc
    if span.end >= len(doc) or doc[span.end].text not in words("occasion_nouns"):
        return None
    party = len(span) == 1 and span[0].lower_ in words_of("party_adjectives", "party_words")
    head = next((span[: t.i - span.start] for t in span if t.lower_ == "of"), span)  # "State" of "State of the Federation"
    return None if party or any(t.lower_ in words("org_nouns") for t in head) else VETO


@rule("org.party-before-member-title", stage="org.clean", priority=230, action="trim",
      why="'The Mid-Vale MP' describes a person; 'Labour MP': the party, when it is named as one elsewhere.",
      examples=["Ana Ruiz, chief investment officer of Harbour Investment Managers, told Reuters."])
def _party_before_member_title(span: Span) -> Any:
    body = len(span) > 1 and span[-1].text == "Executive" and span[-2].lower_ not in words_of("titles", "ranks")  # "the Food Executive", not "Acme Chief Executive"
    if len(span) > 1 and title_word(span[-1]) and span[-2].pos_ == "PROPN" and not body and not any(t.lower_ in words("org_nouns") for t in span):
        return span[:-1] if _named_elsewhere(span[:-1]) else VETO
    return None


@rule("org.party-adjective-before-chamber", stage="org.clean", priority=235, action="trim",
      why="'the Unionist Senate', 'a Green Assembly': a party's adjective before a chamber of a legislature "
          "(data/chamber_words.txt) says which party holds it; the body is the chamber; before a chamber's committee "
          "('the Unionist House Farm Committee chairwoman') it is the party of the committee's member, the body the "
          "committee (not a party's caucus, data/caucus_nouns.txt).",
      examples=["The Unionist Senate has already voted against the plan. The Senate meets again on Monday.",
                "Ana Ruiz, the Unionist House Farm Committee chairwoman, called the bill dead."],
      counter=["The Unionist Senate Caucus met on Monday to pick a leader."])
def _party_adjective_before_chamber(span: Span) -> Span | None:
    if len(span) < 2 or span[0].lower_ not in words("party_adjectives") or not span[1].is_title or span[1].lower_ not in words("chamber_words"):
        return None
    if len(span) == 2 or span[-1].lower_ in words("org_nouns") and span[-1].lower_ not in words("caucus_nouns"):
        return span[1:]
    return None


@rule("org.place-after-party", stage="org.clean", priority=240, action="trim",
      why="'the National Party Holyrood leader': a place after the party is no part of its name.",
      examples=["The Conservative Party Co-Chairman said the choice was clear."],
      counter=["The Tarn Party Patriots are readying a response to the ruling."])
def _place_after_party(span: Span) -> Span | None:
    party = next((t.i for t in span[:-1] if t.lower_ == "party"), None)
    if party is not None and all(t.pos_ == "PROPN" for t in span.doc[party + 1 : span.end]):
        last = span[-1]
        if last.tag_ == "NNPS" and not title_word(last) and last.ent_type_ not in ("GPE", "LOC"):
            return None  # 'the Tarn Party Patriots': the plural names the group's members, part of its name
        return span.doc[span.start : party + 1]
    return None


@rule("org.adjective-before-noun", stage="org.clean", priority=241, action="veto",
      why="'a Confederate banner', 'on Biblical grounds': one capitalized adjective describing the lowercase noun after it "
          "says what kind of thing that is; it names no body (a party's adjective, data/party_adjectives.txt, is left to the party rules).",
      examples=["They questioned the ruling on Biblical grounds."],
      counter=["The Confederate Memorial Society said the flag would stay."])
def _adjective_before_noun(span: Span) -> Any:
    if len(span) != 1 or span[0].pos_ != "ADJ" or span[0].dep_ != "amod" or span[0].lower_ in words("party_adjectives"):
        return None  # 'the Labour vote': a party (data/party_adjectives.txt)
    head = span[0].head
    return VETO if head.i == span.end and head.pos_ == "NOUN" and head.is_lower else None


def _common_noun_acronym(tok: Token) -> bool:
    """"an annual general meeting (AGM)": an acronym the text spells out in lower case."""
    if not tok.text.isupper() or len(tok.text) < 2:
        return False
    doc, n = tok.doc, len(tok.text)
    for i in _bracketed(doc).get(tok.text, ()):
        if i >= n + 1:
            words_ = doc[i - 1 - n : i - 1]
            if all(w.is_lower for w in words_) and "".join(w.text[0] for w in words_).upper() == tok.text:
                return True
    return False


def _bracketed(doc: Doc) -> dict[str, list[int]]:
    """Token text -> where it follows an opening bracket, in order: built once per document."""
    found = doc.user_data.get(_BRACKETED)
    if found is None:
        found = doc.user_data[_BRACKETED] = {}
        text = columns_of(doc).text
        for i in range(1, len(text)):
            if text[i - 1] == "(":
                found.setdefault(text[i], []).append(i)
    return found


_BRACKETED = "explainer.bracketed"


# ---- Splitting names the model ran together (stage `org.split`)


def _split_lists(span: Span) -> list[Span]:
    """Organizations the model ran together (stage `org.split`) -> each, else the span; never an
    empty part ("... the" split at its last word)."""
    return [part for part in rules.first("org.split", span) or [span] if len(part)]


@rule("org.split-broadcaster-from-its-programme", stage="org.split", priority=5, action="trim",
      why="'appeared on DTV’s Face the Day', tagged one body: after a word where someone speaks (data/programme_cues.txt), "
          "a broadcaster's name in capitals or an outlet's (data/outlet_names.txt) with a possessive, then a name, is the "
          "broadcaster and its programme: the broadcaster alone is the body (rule org.broadcasters-programme, where the "
          "model tags the two apart).",
      examples=["Tom Hale appeared on DTV’s Face the Day on June 5."],
      counter=["Tom Hale joined DTV’s Tarrow Holdings on June 5."])
def _split_broadcaster_from_its_programme(span: Span) -> list[Span] | None:
    doc = span.doc
    if span.start == 0 or doc[span.start - 1].lower_ not in words("programme_cues"):
        return None
    mark = next((i for i in range(span.start + 1, span.end - 1) if doc[i].text in POSSESSIVE), None)
    if mark is None or doc[span.end - 1].lower_ in words_of("org_nouns", "company_forms"):
        return None  # "DTV's Tarrow Holdings": a company of the broadcaster's, a body of its own
    owner = doc[span.start : mark]
    outlet = owner.text in phrases("outlet_names") or len(owner) == 1 and owner.text.isupper() and owner.text.isalpha()
    return [owner] if outlet else None


@rule("org.split-at-inner-the", stage="org.split", priority=10, action="trim",
      why="'told the Inquirer the Greens' plans': a lowercase 'the' inside a name starts another.",
      examples=["Tom Hale told the Courier the Tories' plans would cost jobs."])
def _split_at_inner_the(span: Span) -> list[Span] | None:
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if doc[i].lower_ == "the" and doc[i].is_lower and doc[i - 1].lower_ not in _links():
            return [doc[span.start : i], doc[i + 1 : span.end]]
    return None


@rule("org.split-two-of-one-kind", stage="org.split", priority=20, action="trim",
      why="'the Duchy of Elm and Duchy of Ash': two bodies of one kind, named alike.",
      examples=["The Duchy of Elm and Duchy of Ash signed the pact."])
def _split_two_of_one_kind(span: Span) -> list[Span] | None:
    doc = span.doc
    first = span.start + 1 if span[0].pos_ == "DET" else span.start
    if first + 1 >= span.end or doc[first + 1].lower_ != "of":
        return None
    for i in range(first + 3, span.end - 2):
        if doc[i - 1].lower_ == "and" and doc[i].text == doc[first].text and doc[i + 1].lower_ == "of":
            return [doc[span.start : i - 1], doc[i : span.end]]
    return None


@rule("org.split-two-names-with-of", stage="org.split", priority=22, action="trim",
      why="'the Tarrow Institute of Health and Board of Elm Trade': a name with 'of', 'and', then a capitalized word and"
          " 'of' again are two names, each with its own 'of' ('the Department of Housing and Urban Works' stays one).",
      examples=["Funds for the Tarrow Institutes of Health and Board of Elm Trade ran out on Friday."],
      counter=["Funds for the Tarrow Department of Housing and Urban Works ran out on Friday."])
def _split_two_names_with_of(span: Span) -> list[Span] | None:
    doc = span.doc
    of = next((t.i for t in span if t.lower_ == "of"), None)
    if of is None or of == span.start:
        return None
    for i in range(of + 2, span.end - 2):
        if doc[i + 1].text == doc[of - 1].text:
            break  # "the Duchy of Elm and Duchy of Ash": rule org.split-two-of-one-kind
        if doc[i].lower_ == "and" and doc[i + 1].is_title and doc[i + 2].lower_ == "of" and doc[i - 1].is_title:
            return [doc[span.start : i], doc[i + 1 : span.end]]
    return None


@rule("org.split-at-slash", stage="org.split", priority=15, action="trim",
      why="'a TBC/Hale Radio Hour/Marlow survey': names joined by slashes, each capitalized, are the bodies that made it together, "
          "each by its own name.",
      examples=["Most farmers back the plan, a new TBC/Hale Radio Hour/Marlow survey says."])
def _split_at_slash(span: Span) -> list[Span] | None:
    doc = span.doc
    cuts = [t.i for t in span[1:-1] if t.text == "/" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    if not cuts:
        return None
    parts = [doc[a:b] for a, b in zip([span.start, *(c + 1 for c in cuts)], [*cuts, span.end])]
    named = [p[1:] if len(p) > 1 and p[0].pos_ == "DET" else p for p in parts]  # 'a Tarrow Herald/Marlow poll'
    return parts if all(len(p) and p[0].text[:1].isupper() for p in named) else None


@rule("org.split-joint-pollsters-at-hyphen", stage="org.split", priority=16, action="trim",
      why="'a Tarrow Post-Elm Institute poll': names joined by an unspaced hyphen just before 'poll' or 'survey'"
          " (data/poll_words.txt) are the bodies that ran it together, when the name before the hyphen is whole (two"
          " words or an acronym; not 'a Tarrow-Marlow Institute poll').",
      examples=["Most farmers back the plan, according to a Dunmore Tribune-Elm Institute poll released on Monday.",
                "Most farmers back the plan, a new Tarrow Post-Elm Institute survey shows."],
      counter=["Most farmers back the plan, according to a Tarrow-Marlow Institute poll last month."])
def _split_joint_pollsters_at_hyphen(span: Span) -> list[Span] | None:
    doc = span.doc
    after = doc[span.end] if span.end < len(doc) else None
    if after is None or after.pos_ != "NOUN" or after.lemma_.lower() not in words("poll_words"):
        return None
    cuts = [t.i for t in span[1:-1] if t.text == "-" and not t.whitespace_ and not doc[t.i - 1].whitespace_]
    if len(cuts) != 1:
        return None
    left, right = doc[span.start : cuts[0]], doc[cuts[0] + 1 : span.end]
    if len(left) > 1 and left[0].pos_ == "DET":
        left = left[1:]
    if not all(len(p) and p[0].text[:1].isupper() for p in (left, right)):
        return None
    acronym = len(left) == 1 and len(left[0].text) > 1 and left[0].text.isupper()
    return [left, right] if acronym or len(left) > 1 else None  # a whole name before the hyphen


@rule("org.field-of-a-title-before-comma", stage="org.split", priority=18, action="trim",
      why="'Ana Ruiz, Dean of Music, Elm College': the words between a title's 'of' and a comma are the holder's"
          " field; the body is the name after the comma.",
      examples=["Tom Hale, Professor of Economics, University of Tarrow, called the vote a mistake."],
      counter=["Tom Hale, a Professor of Botany at Tarrow College, called the vote a mistake."])
def _field_of_a_title_before_comma(span: Span) -> list[Span] | None:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].lower_ != "of" or doc[span.start - 2].lower_ not in words("titles"):
        return None
    comma = next((t.i for t in span[1:-1] if t.text == ","), None)
    if comma is None:
        return None
    body = doc[comma + 1 : span.end]
    named = body[1:] if len(body) > 1 and body[0].lower_ == "the" else body
    if not (len(named) > 1 and named[0].is_title and any(t.lower_ in words("org_nouns") for t in named)):
        return None
    return [body]


@rule("org.split-two-companies", stage="org.split", priority=25, action="trim",
      why="'Fedco Inc and Tarn Corp.': two names joined by 'and', each ending in a company's legal form "
          "(data/company_forms.txt), are two companies.",
      examples=["Companies backing the state include Fedco Inc and Tarnwell Corp., the court heard."])
def _split_two_companies(span: Span) -> list[Span] | None:
    doc, forms = span.doc, words("company_forms")
    for i in range(span.start + 2, span.end - 2):
        if doc[i].lower_ == "and" and doc[i - 1].lower_.rstrip(".") in forms and span[-1].lower_.rstrip(".") in forms:
            return [doc[span.start : i], doc[i + 1 : span.end]]
    return None


@rule("org.split-list-of-bodies", stage="org.split", priority=30, action="trim",
      why="'X Medical School, University of Y': names listed with commas, each after the first naming a body (not 'Department of the Environment, Food and Rural Affairs').",
      examples=["He studied at Tarrow Medical School, University of Dunmore, for six years."])
def _split_list_of_bodies(span: Span) -> list[Span] | None:
    doc, parts, start = span.doc, [], span.start
    for i in range(span.start, span.end + 1):
        if i == span.end or doc[i].text == ",":
            parts.append(doc[start:i])
            start = i + 1
    named = [p[1:] if len(p) and p[0].pos_ == "DET" else p for p in parts]
    if len(parts) > 1 and all(len(p) >= 2 and p[0].is_title for p in named) and all(
        any(t.lower_ in words("org_nouns") for t in p) for p in named[1:]
    ):
        return parts
    return None


@rule("org.split-comma-list-of-names", stage="org.split", priority=32, action="trim",
      why="'Fedco, Marlow and Tarn': names in a list the model ran together across a comma are each a body, when the list "
          "goes on after them; not a list before a plural noun ('the Roads, Rail and Ports departments': portfolios), nor a "
          "firm's name of partners ('Hale, Marlow & Tarn').",
      examples=["Big companies like Zentrix, Marvelo, and Qorvane are fighting to rewrite the rules."],
      counter=["The Health, Housing and Energy departments all failed to return messages."])
def _split_comma_list_of_names(span: Span) -> list[Span] | None:
    doc, end = span.doc, span.end
    while end > span.start and doc[end - 1].text == ",":
        end -= 1  # 'Fedco, Marlow,': the comma after is the list's
    if end >= len(doc) or doc[end].lower_ not in (",", "and", "or") or any(t.text == "&" for t in span):
        return None
    parts, start = [], span.start
    for i in range(span.start, end + 1):
        if i == end or doc[i].text == ",":
            parts.append(doc[start:i])
            start = i + 1
    if len(parts) < 2 or not all(1 <= len(p) <= 3 and all(t.is_title or t.text.isupper() for t in p) for p in parts):
        return None
    i = end  # the list's end: its words, commas and "and"
    while i < len(doc) and (doc[i].lower_ in (",", "and", "or") or doc[i].is_title or doc[i].text.isupper()):
        i += 1
    if i < len(doc) and doc[i].is_lower and doc[i].tag_ == "NNS":
        return None  # 'the Roads, Rail and Ports departments'
    return parts


@rule("org.split-at-at", stage="org.split", priority=35, action="trim",
      why="'the Elm School of Government at Tarrow University': a body 'at' another, each named by an organization "
          "noun, is two bodies.",
      examples=["Ana Ruiz, a dean at the Dunmore School of Public Policy at Elm University, says the timing is odd."])
def _split_at_at(span: Span) -> list[Span] | None:
    doc, nouns = span.doc, words("org_nouns")
    at = next((t.i for t in span[1:-1] if t.lower_ == "at"), None)
    if at is None:
        return None
    left, right = doc[span.start : at], doc[at + 1 : span.end]
    if right and right[0].lower_ == "the":
        right = right[1:]
    named = all(any(t.lower_ in nouns and t.is_title for t in part) for part in (left, right))
    return [left, right] if named and right[0].is_title else None


@rule("org.split-after-outlet-name", stage="org.split", priority=42, action="trim",
      why="'the Dunmore Monitor and Elm Policy': a name ending in an outlet's word (data/outlet_words.txt, "
          "outlet_name_ends.txt) before 'and' and a capitalized name is two bodies, as outlets are listed.",
      examples=["The term — apparently used first by the Tarrow Science Monitor and Foreign Affairs — irked writers like Tom Hale."],
      counter=["The term — apparently used first by the Tarrow Rules and Privileges Committee — irked writers like Tom Hale."])
def _split_after_outlet_name(span: Span) -> list[Span] | None:
    doc = span.doc
    ands = [i for i in range(span.start + 2, span.end - 1) if doc[i].lower_ == "and" and doc[i].is_lower]
    if len(ands) != 1 or doc[ands[0] - 1].lower_ not in words_of("outlet_words", "outlet_name_ends"):
        return None
    first, second = doc[span.start : ands[0]], doc[ands[0] + 1 : span.end]
    return [first, second] if all(t.is_title for t in second) and first[-1].is_title else None


@rule("org.split-two-named-alone", stage="org.split", priority=40, action="trim",
      why="'the Tarrow Force and Army were told': the name after 'and' is tagged alone as a body elsewhere in the "
          "article, so the two are two bodies (not 'the Rules and Privileges Committee').",
      examples=["The Army balked. In March the Tarrow Force and Army both refused to take recruits from their colleges."],
      counter=["The Rules and Privileges Committee met. Tom Hale chairs the Rules and Privileges Committee."])
def _split_two_named_alone(span: Span) -> list[Span] | None:
    doc = span.doc
    ands = [i for i in range(span.start + 1, span.end - 1) if doc[i].lower_ == "and" and doc[i].is_lower]
    if len(ands) != 1 or not all(t.is_title for t in doc[ands[0] + 1 : span.end]):
        return None
    first, second = doc[span.start : ands[0]], doc[ands[0] + 1 : span.end]
    return [first, second] if first[-1].is_title and _tagged_alone_elsewhere(second) else None


def _tagged_alone_elsewhere(span: Span) -> bool:
    """Whether the article tags `span`'s words alone as an organization somewhere else."""
    return any(
        e.label_ == "ORG" and e.text.removeprefix("the ") == span.text and not (e.start <= span.start < e.end)
        for e in ents_of(span.doc)
    )


def _links() -> frozenset[str]:
    """Words that join the parts of one name: "of", "for", "on", "and", "&"."""
    return words_of("org_name_prepositions", "org_name_conjunctions")


# ---- Joining a name to an organization named before (stages `org.merge`, `org.acronym`)


def _same_org(name: str, index: Mentions, orgs: _Orgs | None = None) -> str | None:
    """An organization already named that `name` is another form of: "Labour Party" and
    "Labour"; "Suffolk UKIP" (a branch named by its place) and "UKIP"; "Tories" and
    "Conservatives" (data/org_synonyms.txt); "the Lords" and "the House of Lords".
    The first such in the order they were named; `orgs`, if given, says which may be."""
    synonyms = _synonyms_folded().get(name.casefold(), frozenset())
    for key in index.entities if orgs is None else orgs.forms_of(name, synonyms):
        entity = index.entities[key]
        if entity.kind == "org" and _form_of(name, key, entity, synonyms):
            return key
    return None


def _form_of(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    """Whether `name` is another form of the organization `key` (stage `org.merge`)."""
    return rules.first("org.merge", name, key, entity, synonyms) is not None


@rule("org.merge-synonym", stage="org.merge", priority=10, action="alias",
      why="'Tories' and 'Conservatives', 'Pentagon' and 'Defense Department': names of one party or body that share no "
          "words (data/org_synonyms.txt, body_synonyms.txt).",
      examples=["The Conservatives won the seat. The Tories were pleased.",
                "The Defense Department sent 300 engineers to Tarrow. The Pentagon said more would follow."])
def _merge_synonym(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return bool(synonyms & {key, *entity.aliases})


@rule("org.merge-inverted", stage="org.merge", priority=20, action="alias",
      why="'Roads Department' and 'Department of Roads': one name written both ways.",
      examples=["The Department of Roads closed the bridge. The Roads Department said it was unsafe.",
                "The Department of Coastal Safety closed the pier. The Coastal Safety Department said it was unsafe."])
def _merge_inverted(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return _inverted(name) in (key, *entity.aliases)


@rule("org.merge-place-of-body", stage="org.merge", priority=30, action="alias",
      why="'the Lords' for 'the House of Lords': the last word of a name with 'of', when it is no organization noun.",
      examples=["The bill went to the House of Lords. In May the Lords threw out an appeal by Lord Hale."])
def _merge_place_of_body(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return " of " in key and key.split()[-1] == name and name.lower() not in words("org_nouns")


@rule("org.merge-what-a-department-is-of", stage="org.merge", priority=32, action="alias",
      why="'Coastal Safety' for 'the Department of Coastal Safety': a body named by the two words or more "
          "after its organization noun and 'of', either first, also when the full name is the alias of an acronym named first.",
      examples=["The Department of Coastal Safety set the rule on Monday. The rule was drawn up by Coastal Safety, which said it would stand.",
                "The DCS set the fishing rule on Monday. The Department of Coastal Safety said it would stand. Coastal Safety later dropped it."])
def _merge_what_a_department_is_of(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return any(_of_what(known) == name or _of_what(name) == known for known in (key, *entity.aliases))


def _of_what(name: str) -> str | None:
    """"Department of Coastal Safety" -> "Coastal Safety": two words or more after an organization noun and "of"."""
    head, of, what = name.partition(" of ")
    if not of or len(what.split()) < 2 or " " in head or head.lower() not in words("org_nouns"):
        return None
    return what


@rule("org.merge-without-party", stage="org.merge", priority=40, action="alias",
      why="'Labour Party' and 'Labour'; 'Conservative party' and 'Conservatives': one party, with or without 'party' or the plural.",
      examples=["Members of the Unity Party met in Tarrow. The Unitys said they would stand."])
def _merge_without_party(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    a, b = name.lower(), key.lower()
    return a != b and (
        a.removesuffix(" party") == b.removesuffix(" party")
        or a.removesuffix(" party") == b.removesuffix("s")
        or b.removesuffix(" party") == a.removesuffix("s")
    )


@rule("org.merge-branch-by-place", stage="org.merge", priority=50, action="alias",
      why="'Tarrow Reform Union' for 'Reform Union', 'the Tarrow Daily Courier' for 'the Daily Courier' (a name ending in an "
          "organization or outlet noun, data/outlet_words.txt, outlet_name_ends.txt): a branch named by its place is the body (not an acronym's, 'TBC Dunmore': a body of its own;"
          " nor a seat of government, data/government_seats.txt: the 'Blue House' is not the 'House'; nor a body of wider scope,"
          " data/scope_words.txt: the 'National Roads Council' is not the 'Roads Council').",
      examples=["The Reform Union won. Tarrow Reform Union said it was pleased.",
                "The Tarrow Roads Committee met on Monday. The Roads Committee said the bridge would close.",
                "The Tarrow Roads Council met on Monday. The Roads Council said no. The National Roads Council met on Friday.",
                "The Tarrow Daily Courier said so. The Daily Courier later said more."],
      counter=["The bill passed the House on Monday. The Blue House said it would sign the bill.",
               "The House passed the bill on Monday. The White House said the governor would sign it.",
               "The Senate Roads Committee met on Monday. The House Roads Committee will meet on Friday."])
def _merge_branch_by_place(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    if name in phrases("government_seats") or key in phrases("government_seats"):
        return False
    chambers = words("chamber_words")
    for known in (key, *entity.aliases, *(_acronyms(key) if len(key.split()) > 1 else ())):
        if known.lower() in chambers or name[: -len(known) - 1].lower() in chambers:
            continue  # "White House" is no branch of the House, nor the House's committee the Senate's
        if name.endswith(" " + known) and known[0].isupper() and not name.split()[0].isupper():
            return name.split()[0].lower() not in words("scope_words")  # "National Roads Council": another body
    # the body named after its branch: "Roads Committee" after "Tarrow Roads Committee"
    return len(name.split()) >= 2 and name.split()[-1].lower() in words_of("org_nouns", "outlet_words", "outlet_name_ends") and any(
        known.endswith(" " + name) and not known.split()[0].isupper() for known in (key, *entity.aliases)
    )


@rule("org.merge-last-word", stage="org.merge", priority=55, action="alias",
      why="'the Brotherhood' for 'the Tarrow Brotherhood': a body named again by the last word of its name, when that word is "
          "no organization noun (those are another body's too: 'the Committee') nor a party's word ('Greens' of 'Young Greens') "
          "nor a legislature's chamber ('House' of 'the White House' is the House of Representatives; data/chamber_words.txt).",
      examples=["Ana Ruiz led the Tarrow Brotherhood for ten years. The Brotherhood said she would return."],
      counter=["Ana Ruiz led the Tarrow Young Greens for ten years. The Greens said she would return.",
               "The White House said the pier plan was dead. Twenty House Republicans voted for it on Monday."])
def _merge_last_word(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    if " " in name or not name[:1].isupper() or name.lower() in words_of("org_nouns", "party_words", "outlet_words", "chamber_words"):
        return False
    given = words_of("first_names_male", "first_names_female")
    return any(
        len(known.split()) > 1 and known.endswith(" " + name)
        and " of " not in known  # 'the Lords' of 'the House of Lords': org.merge-place-of-body
        and known[: -len(name) - 1] not in phrases("national_prefixes")  # 'Senate' of 'U.S. Senate': org.merge-national-prefix
        and known.split()[0].lower() not in given  # 'Varley' of 'Tom Varley': org.merge-founder-surname
        for known in (key, *entity.aliases)
    )


@rule("org.merge-short-form", stage="org.merge", priority=60, action="alias",
      why="'Trade Office' for 'Trade and Industry Office': the part after 'and' left out.",
      examples=["The Trade and Industry Office said exports rose. The Trade Office said more."])
def _merge_short_form(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return _short_form(name) == key or _short_form(key) == name


@rule("org.merge-name-tails", stage="org.merge", priority=70, action="alias",
      why="'Fedco' for 'Fedco Holdings', 'the Hale inquiry' for 'the Hale Inquiry': the name without words a full name adds (data/org_name_tails.txt).",
      examples=["Fedco Holdings said profits fell. Fedco said it would cut jobs.",
                "Fedco said profits fell. Fedco Corp. said it would cut 300 jobs."])
def _merge_name_tails(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return _without_tail(name, key) or _without_tail(key, name)


def _without_tail(short: str, full: str) -> bool:
    """Whether `full` is `short` and words a full name adds ("Fedco Holdings", "Ninth Circuit Court of Appeals")."""
    rest = [w.rstrip(".") for w in full[len(short) + 1 :].lower().split()] if full.startswith(short + " ") else []
    links = words("org_name_prepositions")
    return bool(rest) and rest[-1] not in links and all(w in words_of("org_nouns", "org_name_tails") or w in links for w in rest)


@rule("org.merge-paper-by-last-word", stage="org.merge", priority=75, action="alias",
      why="'the Times' for 'the Dunmore Times': a paper called by the last word of its name (data/outlet_words.txt).",
      examples=["The Dunmore Times first reported the deal on Sunday. Ana Ruiz told the Times that she signed it."])
def _merge_paper_by_last_word(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    short, full = (name, key) if " " not in name else (key, name)
    return " " not in short and short.lower() in words("outlet_words") and full.endswith(" " + short)


@rule("org.merge-national-prefix", stage="org.merge", priority=78, action="alias",
      why="'U.S. Senate' and 'Senate', 'British Roads Council' and 'Roads Council': a national body with and without its "
          "country's name before it (data/national_prefixes.txt; not 'Federal': a state's body may share the rest).",
      examples=["The U.S. Senate voted on Monday. The Senate said the bill would pass."])
def _merge_national_prefix(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    for prefix in phrases("national_prefixes"):
        if name == f"{prefix} {key}" or key == f"{prefix} {name}":
            return True
    return False


@rule("org.merge-acronym-head", stage="org.merge", priority=80, action="alias",
      why="'the PTS Union' for 'the Public and Transport Services Union': an acronym of the words before the same last word.",
      examples=["The Public and Transport Services Union called a strike. The PTS Union said talks failed."])
def _merge_acronym_head(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    head, _, tail = name.rpartition(" ")
    return head.isupper() and " " not in head and key.endswith(" " + tail) and head in _acronyms(key[: -len(tail) - 1])


@rule("org.merge-fuller-form", stage="org.merge", priority=90, action="alias",
      why="'Elm Health Board' for 'Elm Local Health Board': a name of three words or more whose words are all in a longer one.",
      examples=["The Elm Local Health Board met. The Elm Health Board said waiting lists fell."])
def _merge_fuller_form(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return _fuller_form(name, key) or _fuller_form(key, name)


@rule("org.merge-founder-surname", stage="org.merge", priority=100, action="alias",
      why="'Rennie' for 'James Rennie', a company named after its founder.",
      examples=["Building products group Tom Varley agreed to pay $1bn. The deal needs the approval of Varley's shareholders."])
def _merge_founder_surname(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    first, _, last = key.partition(" ")
    return " " not in name and last == name and first.lower() in words_of("first_names_male", "first_names_female")


@rule("org.merge-bare-forms", stage="org.merge", priority=85, action="alias",
      why="'Tarn Dept.' and 'Tarn Department', 'Elm Ridge HS' and 'Elm Ridge High School', 'Fedco.com Inc' and 'Fedco', "
          "'Tarn Scouts of America' and 'Tarn Scouts', "
          "'Elm Management and Consulting' and 'Elm Management', 'Senate Select Committee on Roads' and 'Senate Roads "
          "Committee', '5th Circuit' and 'Fifth Circuit': one name, once its abbreviations and ordinals in figures are "
          "written out (data/org_word_abbreviations.txt) and a web "
          "address's ending, the words a full name adds, its country after 'of' (data/org_country_tails.txt) or a last "
          "part after 'and' are left off (two words or more left), and a committee 'on' one topic is written before "
          "'Committee' without its qualifiers (data/committee_qualifiers.txt).",
      examples=["Emails were released by the Energy Department on Friday. In a call given by the Energy Dept. on Monday, a reporter asked about them.",
                "Fedco.com Inc sells lamps. Fedco said sales fell.",
                "Tarnwell Management and Consulting was charged on Monday. Lawyers for Tarnwell Management said the charge was wrong.",
                "Tom Hale asked the Senate Select Committee on Fisheries to meet. The Senate Fisheries Committee said no.",
                "A 5th Circuit Court panel struck down the ferry rule in May. Tarrow's lawyers asked the Fifth Circuit"
                " Court to look again."],
      counter=["The Energy Department closed the plant. The Energy Board said it was unsafe."])
def _merge_bare_forms(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    bare = _bare(name)
    return name != key and any(
        bare == _bare(other) and not (_without_tail(name, other) or _without_tail(other, name))  # that is org.merge-name-tails
        for other in (key, *entity.aliases)
    )


def _bare(name: str) -> str:
    """'Fedco.com Inc' -> 'fedco', 'Roads Dept.' -> 'roads department', 'Elm Management and
    Consulting' -> 'elm management': what `org.merge-bare-forms` compares."""
    short = pairs("org_word_abbreviations")
    words_ = [short.get(w.casefold().rstrip(".,"), w.casefold().rstrip(".,")) for w in _undotted(name).split()]
    words_ = [w.removesuffix(".com") if len(w) > 4 else w for w in words_]
    while len(words_) > 1 and words_[-1] in words("org_name_tails"):
        words_.pop()
    joined = " ".join(words_)
    for tail in phrases("org_country_tails"):
        if joined.endswith(" " + tail) and len(joined[: -len(tail) - 1].split()) >= 2:
            joined = joined[: -len(tail) - 1]
    head, and_, rest = joined.partition(" and ")
    if and_ and len(head.split()) >= 2 and " " not in rest and rest not in words("org_nouns"):
        joined = head  # 'elm management' of 'elm management and consulting'
    chamber, on, topic = joined.partition(" committee on ")
    if on and " " not in topic.removeprefix("the "):  # 'senate select committee on roads' -> 'senate roads committee'
        kept = [w for w in chamber.split() if w not in words("committee_qualifiers")]
        joined = " ".join([*kept, topic.removeprefix("the "), "committee"])
    return joined


@rule("org.merge-chamber-committee", stage="org.merge", priority=88, action="alias",
      why="'Senate Finance' (in 'Senate Finance Chairman Tom Hale') and 'the Finance Committee': a chamber's committee "
          "named by its chamber or by 'Committee' (data/chamber_words.txt).",
      examples=["Senate Finance Chairman Tom Hale spoke first. Hale wants the Finance Committee to vote now."])
def _merge_chamber_committee(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    return any(_chamber_committee(a, b) for a, b in ((name, key), (key, name)))


def _chamber_committee(chamber_name: str, committee: str) -> bool:
    chamber, _, what = chamber_name.partition(" ")
    return bool(what) and chamber.lower() in words("chamber_words") and committee == f"{what} Committee"


def _fuller_form(short: str, full: str) -> bool:
    """"Elm Hospital Trust" and "Elm Hospitals NHS Trust": a name of three words or more whose
    words, first and last in place, are all in a longer one."""
    a, b = [w.lower().removesuffix("s") for w in short.split()], [w.lower().removesuffix("s") for w in full.split()]
    return 3 <= len(a) < len(b) and a[0] == b[0] and a[-1] == b[-1] and set(a) <= set(b)


def _short_form(name: str) -> str | None:
    """"Trade and Industry Office" -> "Trade Office": a name whose second part after
    "and" is one word, left out in its short form."""
    words_ = name.split()
    if len(words_) == 4 and words_[1] == "and" and all(w[0].isupper() for w in words_[::2] + words_[3:]):
        return f"{words_[0]} {words_[3]}"
    return None


def _ends(name: str) -> tuple[str, str] | None:
    words_ = [w.lower().removesuffix("s") for w in name.split()]
    return (words_[0], words_[-1]) if words_ else None


@rule("org.acronym-of-named-org", stage="org.acronym", priority=10, action="alias",
      why="'TDF' after 'Tarrow Defence Forces': an acronym of an organization already named joins it (also one written as a word, 'Tadef';"
          " 'DOJ' after 'the Justice Department', the acronym of its 'Department of Justice' form).",
      examples=["The Tarrow Defence Forces moved north. The TDF said it would hold.",
                "The U.S. Coastal Safety Agency closed the beach on Monday. The CSA said it was unsafe.",
                "The Office for Coastal Safety and Rescue opened a station on Monday. The OCS said it would hire divers.",
                "The Department of Roads and Rail Safety issued the rule on Monday. The cost will fall, RRS said.",
                "The Tarrow Roads Department closed the bridge. A DOTR engineer said it was unsafe.",
                "The Department for Harbours and Ports closed the dock on Monday. The DfHP said it was unsafe."])
def _acronym_of_named_org(name: str, other: str) -> bool:
    spoken = " " not in name and len(name) >= 3 and name.istitle()
    if _mixed_acronym(name):  # 'DfHP' after 'the Department for Harbours and Ports': its small word's letter in lower case
        return name.upper() in _acronyms(other)  # not its capitals alone: 'PwC' is no 'Press Council'
    return len(name) >= 2 and (name.isupper() or spoken) and name.upper() in _acronyms(other)


def _mixed_acronym(name: str) -> bool:
    """'DfHP', 'DoJ': an acronym of three to six letters with a small word's letter in lower case, first and last capitals."""
    return 3 <= len(name) <= 6 and name.isalpha() and name[0].isupper() and name[-1].isupper() and not name.isupper()


@rule("org.acronym-named-first", stage="org.acronym", priority=20, action="alias",
      why="'the NEC ... the National Executive Committee': the acronym came first.",
      examples=["Officials of the DRC met. The Dunmore Rail Company said fares would rise."])
def _acronym_named_first(name: str, other: str) -> bool:
    return len(other) >= 2 and other.isupper() and len(name.split()) > 1 and other in _acronyms(name)


@rule("org.acronym-with-full-stops", stage="org.acronym", priority=30, action="alias",
      why="'the T.D.F.' and 'the Tarrow Defence Forces', either first: an acronym written with full stops is the "
          "acronym without them.",
      examples=["The Tarrow Defence Forces moved north on Monday. Officials said T.D.F. units would hold the pass.",
                "The T.D.F. said its units would hold the pass. The Tarrow Defence Forces moved north on Monday."])
def _acronym_with_full_stops(name: str, other: str) -> bool:
    bare, other_bare = _undotted(name), _undotted(other)
    return (bare, other_bare) != (name, other) and (_acronym_of_named_org(bare, other_bare) or _acronym_named_first(bare, other_bare))


class _Orgs:
    """The organizations named so far, by every part of their names that `_form_of` and the
    acronym rule compare, so that a new name is compared only with those it may match, not
    with every organization of a long article. Lookups give keys in the order named."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self._by: dict[str, dict[str, set[str]]] = {}

    def _put(self, table: str, value: str, key: str) -> None:
        self._by.setdefault(table, {}).setdefault(value, set()).add(key)

    def _get(self, table: str, value: str | None) -> set[str]:
        return self._by.get(table, {}).get(value, set()) if value is not None else set()

    def add(self, key: str) -> None:
        if key in self.order:
            return
        self.order[key] = len(self.order)
        self.add_name(key, key)
        lowered = key.lower()
        self._put("no party", lowered.removesuffix(" party"), key)
        self._put("no s", lowered.removesuffix("s"), key)
        if " of " in key:
            self._put("of tail", key.split()[-1], key)
            self._put("of what", key.partition(" of ")[2], key)
        if len(key.split()) > 1:
            for acronym in _acronyms(key):
                self._put("acronym", acronym, key)
        for acronym in _acronyms(key):
            self._put("any acronym", acronym, key)
        self._put("undotted", _undotted(key), key)
        self._put("short form", _short_form(key) or "", key)
        for j, ch in enumerate(key):
            if ch == " ":
                self._put("prefix", key[:j], key)
        if " " in key:
            self._put("last word", key.rpartition(" ")[2], key)
        if (ends := _ends(key)) is not None:
            self._put("ends", "\0".join(ends), key)
        self._put("after first", key.partition(" ")[2], key)
        self._put("bare", _bare(key), key)

    def add_name(self, key: str, name: str) -> None:
        """`key` is also written `name` (its own name or an alias)."""
        if key in self.order:
            self._put("name", name, key)
            if " of " in name and name != key:
                self._put("of what", name.partition(" of ")[2], key)
            self._put("bare", _bare(name), key)
            if " " in name:
                self._put("last word", name.rpartition(" ")[2], key)

    def _ordered(self, keys: set[str]) -> list[str]:
        return sorted(keys, key=self.order.__getitem__)

    def forms_of(self, name: str, synonyms: frozenset[str]) -> list[str]:
        """Every organization `_form_of(name, ...)` may hold for, in the order named."""
        found: set[str] = set()
        for other in (*synonyms, _inverted(name)):
            found |= self._get("name", other)
        found |= self._get("of tail", name) | self._get("of what", name) | self._get("name", _of_what(name))
        lowered = name.lower()
        found |= self._get("no party", lowered.removesuffix(" party")) | self._get("no s", lowered.removesuffix(" party"))
        found |= self._get("no party", lowered.removesuffix("s"))
        for j, ch in enumerate(name):
            if ch == " ":  # "London UKIP": a known name or acronym after a space
                found |= self._get("name", name[j + 1 :]) | self._get("acronym", name[j + 1 :])
        found |= self._get("name", _short_form(name)) | self._get("short form", name)
        found |= self._get("prefix", name)
        if " " in name:
            found |= self._get("last word", name.rpartition(" ")[2])
        if (ends := _ends(name)) is not None:
            found |= self._get("ends", "\0".join(ends))
        found |= self._get("after first", name)
        found |= self._get("bare", _bare(name))
        found |= self._get("after first", name.removesuffix(" Committee")) | self._get("prefix", name.partition(" ")[2] + " Committee")
        for j, ch in enumerate(name):
            if ch == " ":  # "Tarrow Holdings" after "Tarrow"
                found |= self._get("name", name[:j])
        if " " not in name and name.lower() in words("outlet_words"):
            found |= self._get("last word", name)  # "Herald" for "Tarrow Herald"
        return self._ordered(found)

    def acronym_candidates(self, name: str) -> list[str]:
        """Every organization the acronym rule may join `name` to, in the order named."""
        found = set(self._get("any acronym", name.upper())) | self._get("any acronym", _undotted(name).upper())
        found |= {a for a in _acronyms(name) if a in self.order}
        found |= {k for a in _acronyms(name) for k in self._get("undotted", a)}  # "U.T.C." named before
        return self._ordered(found)


# ---- Bodies named only in an office (stage `org.office-body`)


@rule("org.body-of-an-office", stage="org.office-body", priority=10, action="add",
      why="'Tom Hale, chairman of the Tarrow Fund': the body of an office someone holds is an organization of the article"
          " though no finder kept it, when the model tags that name a body in the sentence (or it is an acronym) and"
          " never a place, a people or a person.",
      examples=["\"It works,\" acting director of DCIS Tom Hale said of the new policy."],
      counter=["Tom Hale, the governor of Tarrow, said the plan was bad.",
               "Tom Hale, the minister for Public Works, said the plan was bad."])
def _body_of_an_office(name: str, sentence: Span) -> bool:
    words_ = name.split()
    joins = words_of("org_name_prepositions", "org_name_conjunctions")
    if not words_ or any(p in name for p in POSSESSIVE) or not all(w[:1].isupper() or w in joins for w in words_):
        return False
    labels = {e.label_ for e in ents_of(sentence.doc) if e.text.removeprefix("the ") == name}
    if labels & {"GPE", "LOC", "NORP", "PERSON", "FAC"} or name.lower() in words("us_states"):
        return False
    acronym = len(words_) == 1 and len(name) > 2 and name.isupper() and name.isalpha()
    tagged = any(e.label_ == "ORG" and e.text.removeprefix("the ") == name for e in sentence.ents)
    return acronym or tagged and len(words_) > 1


# ---- Indexing (stage `org.index`)


def _add_organizations(doc: Doc, index: Mentions, spans: list[Span], mention) -> None:
    """Index each organization span: split (stage `org.split`), cleaned (`org.clean`), joined
    to one named before (`org.merge`, `org.acronym`) and given its aliases (`org.index`)."""
    from generator.extract.mentions import Entity  # mentions imports this module

    cleaned = [c for s in spans for part in _split_lists(s) if (c := _clean_org(part)) is not None]
    listed = _bodies_listed(doc)
    named_as: dict[tuple[int, int], str] = {}  # a body's words in a list -> its name ("State" -> "Department of State")
    if listed:
        inside = {j for lo, hi, _ in listed for j in range(lo, hi)}
        cleaned = [c for c in cleaned if not inside.intersection(range(c.start, c.end))]
        for _, _, found in listed:
            cleaned += [part for part, _ in found]
            named_as.update(((part.start, part.end), name) for part, name in found)
    cleaned.sort(key=lambda s: (s.start, -len(s)))
    person_words = {p for k, e in index.entities.items() if e.kind == "person" for w in k.split() for p in (w, after_lowercase_prefix(w))}
    places = _place_names(doc)
    acronyms: dict[str, str] = {}  # an acronym given in brackets -> its organization
    orgs = _known_orgs(index)
    for span in cleaned:
        if index.taken(span.start, span.end) or _person_name_not_org(name_text(span), index, person_words):
            continue
        if _people_joined_by_hyphen(name_text(span), person_words):
            continue
        if _named_as_place(name_text(span), places) and (span.start, span.end) not in named_as:
            continue
        name = named_as.get((span.start, span.end)) or name_text(span)
        if _possessive_name(span) or _possessive_owning_nothing(span):
            name += doc[span.end].text  # "Wendy's"
        key = _key_for(name, acronyms.get(name, name), index, orgs)
        entity = index.entities.setdefault(key, Entity("org", key))
        if entity.kind == "org":
            orgs.add(key)
        if key != name:
            entity.aliases.add(name)
            orgs.add_name(key, name)
        mention(span, key, "org")
        if entity.kind == "org" and (the := _written_with_capital_the(span) or _outlet_named_with_the(span)) is not None:
            entity.aliases.add(the)
        if entity.kind == "org" and (bare := _without_country_abbreviation(span)) is not None and bare != key:
            entity.aliases.add(bare)
        if (abbr := _bracketed_acronym(span)) is not None:
            entity.aliases.add(abbr.text)
            orgs.add_name(key, abbr.text)
            acronyms[abbr.text] = key
            mention(doc[abbr.i : abbr.i + 1], key, "org")
    _join_short_forms(doc, index)
    _written_again(doc, index, mention)


def _join_short_forms(doc: Doc, index: Mentions) -> None:
    """Each organization named only by a short form of exactly one other body of the article
    (`org.short-form-of-one-body`) becomes that body's alias, its mentions that body's. Linear:
    the bodies are looked up by word, each short form among the bodies that have its first word."""
    bodies = [k for k, e in index.entities.items() if e.kind == "org"]
    by_word: dict[str, set[str]] = {}
    for key in bodies:
        for name in (key, *index.entities[key].aliases):
            if " " in name:
                for word in name.split():
                    by_word.setdefault(word, set()).add(key)
    places = {name_text(e) for e in ents_of(doc) if e.label_ in ("GPE", "LOC", "NORP")}
    joined: dict[str, str] = {}
    for key in bodies:
        owners = by_word.get(key.split()[0], set()) - {key}
        if len(owners) != 1:
            continue  # no longer body has its word, or two do: 'Chamber' of two chambers of commerce
        (owner,) = owners
        names = (owner, *index.entities[owner].aliases)
        if owner not in joined and any(_short_form_of_one_body(key, name, places) for name in names):
            joined[key] = owner
    for short, owner in joined.items():
        entity = index.entities.pop(short)
        index.entities[owner].aliases |= {short, *entity.aliases}
    if joined:
        index.rekey(joined, "org")


def _known_orgs(index: Mentions) -> _Orgs:
    orgs = _Orgs()
    for key, entity in index.entities.items():
        if entity.kind == "org":
            orgs.add(key)
            for alias in entity.aliases:
                orgs.add_name(key, alias)
    return orgs


def _key_for(name: str, key: str, index: Mentions, orgs: _Orgs) -> str:
    """The organization `name` mentions: `key`, if known, else one named before that `name` is
    another form of (stage `org.merge`) or an acronym of (stage `org.acronym`)."""
    if key not in index.entities:
        key = _same_org(name, index, orgs) or key
    if key not in index.entities:
        for other in orgs.acronym_candidates(name):
            if index.entities[other].kind == "org" and rules.first("org.acronym", name, other):
                return other
    return key


@rule("org.person-name-not-org", stage="org.index", priority=10, action="veto",
      why="A word of a person's name (or its part after a lowercase prefix and a hyphen: 'Rashid' of 'Omar al-Rashid'), or a person's name, tagged as an organization is the person's.",
      examples=["Tom Hale clashed publicly with his daughter Sierra over disabled rights. Sierra denounced the plan on Monday."])
def _person_name_not_org(name: str, index: Mentions, person_words: set[str]) -> bool:
    return name in person_words or name in index.entities and index.entities[name].kind == "person"


def _place_names(doc: Doc) -> set[str]:
    """Names the article writes before a comma and a place, as a town before its region
    ("Elmton Station, Dunshire"), not in a list ("NATO, Dunshire, and others")."""
    out = set()
    places = {ent.start: ent for ent in ents_of(doc) if ent.label_ == "GPE"}
    text = columns_of(doc).text
    for ent in ents_of(doc):
        region = places.get(ent.end + 1)
        if region is None or ent.end >= len(text) or text[ent.end] != ",":
            continue
        listed = [t.lower_ for t in doc[region.end : region.end + 2]]
        if listed[:1] in (["and"], ["or"]) or listed in ([",", "and"], [",", "or"]):
            continue  # a list: "at Tarrow Aid, Dunshire, and others"
        if region.end == len(doc) or doc[region.end].is_punct:  # not "Hale Rovers, Dunshire's biggest club"
            out.add(name_text(ent))
    return out


@rule("org.people-joined-by-hyphen", stage="org.index", priority=12, action="veto",
      why="'the Hale-Lomax summit', 'the Hale-Lomax Machine': two people's surnames joined by a hyphen say who meets, runs "
          "or stands together, not a body's name (each a word of a person's name in the article; 'Elmton-Tarrow Holdings', "
          "named after no one in the story, stays a body).",
      examples=["Senator Tom Hale and Governor Vera Lomax met. The Hale-Lomax summit ended early."],
      counter=["The Elmton-Tarrow Holdings board met on Monday. Tom Hale said profits rose.",
               "Senator Tom Hale and Governor Vera Lomax met. The Hale-Lomax Foundation paid for the school."])
def _people_joined_by_hyphen(name: str, person_words: set[str]) -> bool:
    first, *rest = name.split(" ")
    if rest and rest[-1].lower() in words("org_nouns"):
        return False  # "the Hale-Lomax Foundation": a body named after them
    parts = first.split("-")
    return len(parts) == 2 and all(p[:1].isupper() and p in person_words for p in parts)


@rule("org.named-as-place", stage="org.index", priority=15, action="veto",
      why="A name the article writes as a town before its region ('of Elmton Station, Dunshire,') is the place,"
          " however the model tagged it there or in another sentence.",
      examples=["At a news conference, Tom Hale, of Ridley Cross, Tarrowland, said many delegates felt ignored."],
      counter=["Shares in Hale Rovers, Tarrowland's only listed football club, fell.",
               "The president has spurned old allies, thumbing his nose at NATO, Tarrowland, and others."])
def _named_as_place(name: str, places: set[str]) -> bool:
    return name in places


@rule("org.bracketed-acronym", stage="org.index", priority=30, action="alias",
      why="'the Tarrow Defence Forces (TDF)', 'the Tarrow Coast Guard (TARCOG)': an acronym in brackets after a name is its "
          "alias, whether or not it spells the name's initials.",
      examples=["The Tarrow Coast Guard (TARCOG) moved north."])
def _bracketed_acronym(span: Span) -> Token | None:
    doc = span.doc
    if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
        abbr = doc[span.end + 1]
        if abbr.text.isupper() and len(abbr.text) >= 2:
            return abbr
    return None


@rule("org.written-with-capital-the", stage="org.index", priority=35, action="alias",
      why="'told The Mercury', 'The Mercury reports': a name written with a capital 'The' inside a sentence is also known by it "
          "('The Mercury', of which 'Mercury' alone says little).",
      examples=["Tom Hale said in an interview with The Mercury that he would run."])
def _written_with_capital_the(span: Span) -> str | None:
    doc = span.doc
    if span.start < 2 or doc[span.start - 1].text != "The" or not doc[span.start - 2].is_alpha or _modifies_next(span):
        return None  # not at a sentence's start ('"The Ministry said'), nor 'The Tarrow administration'
    return f"The {name_text(span)}"


@rule("org.outlet-named-with-the", stage="org.index", priority=36, action="alias",
      why="'told the Hill': an outlet whose name is written with 'The' (data/outlet_names_common_words.txt) is known by it "
          "however the sentence writes the article.",
      examples=["The mayor will not run again, she told the Hill on Monday."])
def _outlet_named_with_the(span: Span) -> str | None:
    found = span.doc.user_data.get("outlets") or {}
    return f"The {name_text(span)}" if found.get((span.start, span.end)) else None


@rule("org.without-country-abbreviation", stage="org.index", priority=37, action="alias",
      why="'the U.S. Fisheries Agency', 'the US Fisheries Agency': a body named with its country's abbreviation first "
          "(dotted, or 'US' undotted) is also known without it.",
      examples=["The U.S. Fisheries Protection Agency said the stocks were low.",
                "The US Bureau of Fisheries and Harbours in Elmton said the stocks were low."])
def _without_country_abbreviation(span: Span) -> str | None:
    first, rest = span[0], span[1:]
    abbreviation = re.fullmatch(r"(?:[A-Z]\.){2,3}|US", first.text) is not None  # 'U.S.', 'U.K.', 'US', not 'BBC'
    if not abbreviation or len(rest) < 2 or not rest[0].is_title or not any(t.lower_ in words("org_nouns") for t in rest):
        return None
    return name_text(rest)


def _written_again(doc: Doc, index: Mentions, mention) -> None:
    for key, entity in list(index.entities.items()):
        if entity.kind != "org" or len(key.split()) < 2:
            continue
        for start, end in occurrences(doc, key, ignore_case=True):
            span = doc.char_span(start, end)
            if span is not None and not index.taken(span.start, span.end) and _name_written_again(span):
                mention(span, key, "org")
    bodies = _bodies_by_acronym(index)
    for tok in tokens_of(doc):
        if tok.text in bodies and not index.taken(tok.i, tok.i + 1) and (key := _acronym_written_again(tok, bodies)):
            if key != tok.text:
                index.entities[key].aliases.add(tok.text)
            mention(doc[tok.i : tok.i + 1], key, "org")


def _bodies_by_acronym(index: Mentions) -> dict[str, set[str]]:
    """Each acronym of three letters or more that a body of the article is written as (an alias
    in capitals) or that its name spells, and the bodies it stands for."""
    out: dict[str, set[str]] = {}
    for key, entity in index.entities.items():
        if entity.kind != "org":
            continue
        spelt = _acronyms(key) if len(key.split()) >= 3 else frozenset()
        for acronym in {*spelt, *(a for a in entity.aliases if a.isupper()), *([key] if key.isupper() else [])}:
            if len(acronym) >= 3 and acronym.isalpha():
                out.setdefault(acronym, set()).add(key)
    return out


@rule("org.acronym-written-again", stage="org.index", priority=41, action="add",
      why="'The Tarrow Miners Welfare Fund ... TMWF tweeted': an acronym in capitals (three letters or more) that a body of "
          "the article is written as, or that the initials of its name of three words or more spell, mentions that body "
          "wherever it stands untagged (the model leaves an acronym it does not know untagged, so its quotation had no "
          "speaker); not where it spells two bodies' names, nor a place's short form (data/place_acronyms.txt).",
      examples=['The Tarrow Miners Welfare Fund paid for the old pier in 1990.\n\n"The pier meant the world to our '
                'members, and we will miss it," TMWF tweeted.'],
      counter=['The Tarrow Miners Welfare Fund and the Tarrow Marine Wildlife Foundation paid for the old pier in 1990.'
               '\n\n"The pier meant the world to our members, and we will miss it," TMWF tweeted.'])
def _acronym_written_again(tok: Token, bodies: dict[str, set[str]]) -> str | None:
    keys = bodies[tok.text]
    if len(keys) != 1 or not tok.is_upper or tok.text in phrases("place_acronyms"):
        return None
    return next(iter(keys))


@rule("org.short-form-of-one-body", stage="org.index", priority=38, action="alias",
      why="'the Church' for 'the Tarrow Free Church', 'Vantry' for 'the Vantry Research Center': a body named again by "
          "its head word or its first words is that body when no other body of the article has that word (two churches "
          "leave 'the Church' alone); not a legislature's chamber or a party's word, not a place, and not the first "
          "words of a name but of a centre's, an institute's, a foundation's, a company's by its legal form"
          " (data/short_named_body_heads.txt: 'Dunmore' of "
          "'Dunmore Law School' is the university, 'Tarn' of 'Tarn One' the broadcaster), and not a body's own name "
          "('Elm University' of 'Elm University Polling Institute').",
      examples=["Ana Ruiz spoke to the Tarrow Free Church on Monday. Leaders of the Church backed her plan for a new pier.",
                "A poll by the Vantry Research Center found that most voters back the plan. According to Vantry, the share rose in May.",
                "Thieves took the designs from Kelvane Marine Co. last year. Kelvane said the loss was large."],
      counter=["Ana Ruiz spoke to the Tarrow Free Church and the Elm Free Church on Monday. Leaders of the Church backed "
               "her plan for a new pier.",
               "Ana Ruiz of Dunmore Law School said rates would rise. Dunmore expects two more rises this year."])
def _short_form_of_one_body(short: str, name: str, places: set[str]) -> bool:
    words_of_name, words_of_short = name.split(), short.split()
    if len(words_of_short) >= len(words_of_name) or not short[:1].isupper() or short in places:
        return False
    if short.lower() in words_of("chamber_words", "party_words") or short in phrases("national_prefixes"):
        return False
    if words_of_name[0].lower() in words_of("first_names_male", "first_names_female"):
        return False  # 'Varley' of 'Tom Varley Group': org.merge-founder-surname
    if " of " in name:
        return short == name.partition(" of ")[0].split()[-1]  # 'Chamber' of 'Tarrow Chamber of Trade'
    if short == words_of_name[-1]:
        return len(words_of_name) > 2  # of two words, org.merge-last-word and org.merge-paper-by-last-word
    last = words_of_name[-1].rstrip(".").lower()
    return (
        words_of_name[: len(words_of_short)] == words_of_short
        and last in words("short_named_body_heads")  # not 'Dunmore' of 'Dunmore Law School', nor 'Tarn' of 'Tarn One'
        and words_of_short[-1].lower() not in words("org_nouns")  # 'Elm University' of 'Elm University Polling Institute': a body of its own
        and "and" not in words_of_name  # 'Elm Management' of 'Elm Management and Consulting': org.merge-bare-forms
        and not _without_tail(short, name)  # 'Fedco' of 'Fedco Holdings': org.merge-name-tails
    )


@rule("org.name-written-again", stage="org.index", priority=40, action="add",
      why="'the Tarrow harbour and ferries committee said': a name of several words, in any case, mentions the organization wherever it is written.",
      examples=["The Tarrow Harbour Board was set up in May. On 3 June the tarrow harbour board closed the pier."])
def _name_written_again(span: Span) -> bool:
    return True
