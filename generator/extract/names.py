"""People's names in one parsed article: what the model tagged, repaired the way news text needs.

- titles, ranks and honorifics are stripped from names ("Lt. Gen. Avi Levin");
- a name the model tagged as an organization or a place is a person where the text says so
  ("Ms Hale", "party leader Ailsa Murdo"), and a "person" that is a party or a body is not
  ("the Lib Dems", "Law Lords");
- each entity the model tagged is decided by the rules of stage `name.entity`, each one-word
  name (a surname, a given name) by the rules of stage `name.single`.

The helpers here are shared with the organization code (`title_word`, `name_text`, ...).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field
from functools import cache
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import pairs, phrases, words, words_of
from generator.extract.name_words import (
    PERSON_NOUNS,
    POSSESSIVE,
    after_lowercase_prefix,
    after_patronymic,
    bracketed_party_tag_at,
    fronted_speech_verb,
    is_short_title_line,
    is_title_case_headline,
    name_text,
    title_word,
    told_at_clause_end,
    used_as_a_body,
)
from generator.extract.dates import MONTH_NAMES
from generator.extract.nlp import ALL_MARKS, DASHES, OPENING
from generator.extract.name_words import synonyms as _synonyms
from generator.extract.rules import VETO, rule
from generator.extract.sentences import columns_of, ents_of, line_of, per_span, text_of, tokens_of
from generator.extract.textindex import occurrences

if TYPE_CHECKING:
    from generator.extract.mentions import Mentions

NAME_ENT_TYPES = ("", "DATE", "PERSON")  # what the model may call a name beside a title
MISLABELS = ("WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "GPE")  # a person the model may tag as one of these
JOINING_POS = ("ADP", "SCONJ", "CCONJ")
CLAUSE_POS = ("VERB", "AUX", "PRON", "SCONJ")
TITLE_LINKS = ("of", "for", "and")  # "Chief of Staff", "Secretary for Health"
SURNAME_PREFIXES = words("surname_particles")  # "Van der Berg", "De Gaulle": a surname alone
NAME_PARTICLES = words_of("name_particles", "surname_particles")  # lower-case words inside a name
KIN = words("kin_nouns")
SEAT_HOLDERS = words("seat_holders")
_SEAT_NOUNS = ("seat", "constituency")
_SEAT_PREPOSITIONS = ("for", "from")  # "MP for Elmton", "the senator from Ohio"
_SEAT_CUES = frozenset({"of", *_SEAT_NOUNS, *_SEAT_PREPOSITIONS})  # the words `seat_tokens` starts from
OFFICES_AFTER_NAMES = frozenset(phrases("offices_after_names"))  # "Sam Reed MP", case kept


def _clean_text(span: Span) -> str:
    return " ".join(t.text for t in span if t.pos_ != "DET")


def given_name(tok: Token) -> bool:
    return tok.lower_ in words_of("first_names_male", "first_names_female")


def known_given_name(tok: Token) -> bool:
    """A given name of the first-name lists or of the census lists (data/given_name_genders.txt)."""
    return known_given_word(tok.lower_)


def known_given_word(word: str) -> bool:
    """`known_given_name` for a word in lower case."""
    return word in words_of("first_names_male", "first_names_female") or word in pairs("given_name_genders")


def surname(name: str) -> str:
    return name.split()[-1]


# -- a name without what surrounds it ------------------------------------------------------


def _strip_name(span: Span) -> tuple[Span, list[str]] | None:
    """Drop determiners, titles, ranks and possessives around a name; return it and the ranks.
    The titles before it go first; then the rules of stage `name.strip` trim, extend or veto
    what is left, in order."""
    start, ranks = _titles_before(span) or (span.start, [])
    name = rules.fold("name.strip", span.doc[start : span.end])
    return (name, ranks) if name is not None and len(name) else None


@rule("name.strip.titles-before", stage="name.strip.titles", priority=0, action="trim",
      why="Titles, ranks, honorifics (an abbreviated title without its full stop too: 'Sen Tom Hale'), a cleric's 'Father' "
          "or 'Sister' (capitalized: data/clerical_honorifics.txt) and "
          "determiners before a name are no part of it ('Lt. Gen. Avi Levin'); the ranks are kept. "
          "A title that is a given name too, before a middle initial, is the name's first word ('President Dean E. Hale').",
      examples=["Welshman Tom Hale said the plan was fair.", "The fees will rise, said Dean Hale of the Tarrow law school.",
                "Ana Ruiz met Sen Tom Hale at the Dunmore pier on Monday.",
                "A Jesuit writer, Father Tom Hale, said the ruling was cruel."],
      counter=["Dunmore Farmers League President Dean E. Hale said the plan was fair.",
               "Tarrow Post executive editor Dean Rocque told the columnist the edit was made."])
def _titles_before(span: Span) -> tuple[int, list[str]] | None:
    stop = words_of("titles", "ranks", "honorifics", "demonym_nouns")
    doc, start, ranks = span.doc, span.start, []
    while start < span.end and (doc[start].lower_ in stop or doc[start].pos_ == "DET" or doc[start].is_punct or _clerical(doc[start])
                                or _abbreviated_title_without_stop(doc[start])):
        if _surname_after_honorific_word(doc[start]) or _given_name_before_initial(doc[start], span.end):
            break  # "Mr. Dean": a surname that is a title too; "Dean E. Hale": a given name
        if doc[start].lower_ in words("ranks"):
            ranks.append(doc[start].text)
        start += 1
    return (start, ranks) if start != span.start else None


def _abbreviated_title_without_stop(tok: Token) -> bool:
    """'Sen' in 'Sen Tom Hale': a title's abbreviation written without its full stop (data/title_abbreviations.txt),
    capitalized, before a given name ('Amartya Sen' ends with the word: a surname)."""
    nxt = tok.nbor() if tok.i + 1 < len(tok.doc) else None
    return tok.is_title and tok.lower_ + "." in pairs("title_abbreviations") and nxt is not None and given_name(nxt)


def _clerical(tok: Token) -> bool:
    """'Father' in 'Father Tom Hale', not in 'his father Tom Hale'."""
    return tok.is_title and tok.lower_ in words("clerical_honorifics") and tok.i + 1 < len(tok.doc) and tok.nbor().is_title


@rule("name.strip.postnominals-after", stage="name.strip", priority=10, action="trim",
      why="A possessive, 'QC', or 'MP' after a given name and a surname is no part of the name ('Jo Lane QC', 'Sam Reed MP').",
      examples=["Tom Hale QC said the ruling was wrong."])
def _postnominals_after(name: Span) -> Span | None:
    doc, start, end = name.doc, name.start, name.end
    given = start < end and given_name(doc[start])  # not "Elmton North MP", a seat
    while end > start and (
        doc[end - 1].text in POSSESSIVE
        or doc[end - 1].is_punct
        or doc[end - 1].pos_ == "DET" and end - start > 2
        or doc[end - 1].lower_ in words("postnominal_honours")
        or doc[end - 1].text in OFFICES_AFTER_NAMES and end - start > 2 and given
    ):
        end -= 1
    return doc[start:end] if end != name.end else None


@rule("name.strip.adjective-opening-sentence", stage="name.strip", priority=15, action="trim",
      why="'Top Tom Hale aide Jo Orme quit': an adjective capitalized only because it opens the sentence is no part of the "
          "name after it (unless it is a given name too).",
      examples=["Top Sarah Voss aide Jo Orme said on Monday she would quit the team."])
def _adjective_opening_sentence(name: Span) -> Span | None:
    first = name[0] if len(name) else None
    if first is None or len(name) < 3 or not first.is_sent_start or first.tag_ != "JJ" or given_name(first):
        return None
    return name[1:]


@rule("name.strip.opening-word-before-a-name-written-without-it", stage="name.strip", priority=14, action="trim",
      why="'Top Tom Hale aide Jo Orme quit', 'Proud Ana Ruiz backers danced', however the model tags the first word: a word "
          "capitalized because it opens the sentence, before a name of two words or more the article also writes "
          "without it, is no part of that name (unless it is a given name, which may begin a longer name: 'Mark Tom Hale').",
      examples=["Tom Hale won the seat on Monday.\nProud Tom Hale backers danced in Tarrow until dawn."],
      counter=["Tom Hale won the seat on Monday.\nMark Tom Hale as the winner, the paper said."])
def _opening_word_before_a_name_written_without_it(name: Span) -> Span | None:
    first = name[0] if len(name) else None
    if first is None or len(name) < 3 or not first.is_sent_start or not first.is_title or given_name(first):
        return None
    if not first.whitespace_ or not name[1].is_alpha:
        return None  # "Jo-Ann Hale": one word
    rest = name[1:].text
    without = re.search(rf"(?<!\b{re.escape(first.text)} )\b{re.escape(rest)}\b", text_of(name.doc))
    return name[1:] if without else None


@rule("name.strip.place-after-title-and-to", stage="name.strip", priority=18, action="trim",
      why="'Ambassador to Chile Ben Orme', 'envoy to Tarrowland Ana Ruiz': after a title of an office held to a "
          "place (data/titles_to_a_place.txt) and 'to', the place runs into the name; the name begins at the next "
          "given name (data/first_names_*.txt, given_name_genders.txt).",
      examples=["Dunmore farmers wrote on Monday to the U.S. Ambassador to Chile Tom Orme about the wheat tariffs.",
                "Farmers met Ambassador to Chile Ben Orme in Tarrow last week to talk about wheat."],
      counter=["Dunmore farmers wrote on Monday to the U.S. Ambassador Tom Orme about the wheat tariffs."])
def _place_after_title_and_to(name: Span) -> Span | None:
    doc = name.doc
    if len(name) < 3 or name.start < 2 or doc[name.start - 1].lower_ != "to":
        return None
    if doc[name.start - 2].lower_ not in words("titles_to_a_place"):
        return None
    given = next((k for k in range(1, len(name) - 1) if known_given_name(name[k])), None)
    return name[given:] if given is not None else None


@rule("name.strip.class-of-a-rate", stage="name.strip", priority=12, action="trim",
      why="'Petty Officer 3rd Class Jo Orme', 'Airman First Class Jo Orme': 'Class' after an ordinal ends a rank's "
          "grade; it is no part of the name after it.",
      examples=["Navy Petty Officer 2nd Class Kerrin Voss told reporters the crew was safe."])
def _class_of_a_rate(name: Span) -> Span | None:
    doc = name.doc
    if len(name) < 3 or name[0].text != "Class" or name.start == 0:
        return None
    before = doc[name.start - 1]
    ordinal = before.ent_type_ == "ORDINAL" or before.lower_ in words("ordinal_words") or re.fullmatch(r"\d+(?:st|nd|rd|th)", before.lower_)
    return name[1:] if ordinal else None


@rule("name.strip.hyphened-modifier-after", stage="name.strip", priority=13, action="trim",
      why="'Tom Hale-era tax cuts', 'a Tom Hale-led group': a lowercase word joined by a hyphen after the name makes the "
          "name a modifier (data/hyphen_modifier_ends.txt); the person is the name before the hyphen.",
      examples=["Farm rents in Dunmore rose sharply under the Tom Hale-era rules on leases."])
def _hyphened_modifier_after(name: Span) -> Span | None:
    if len(name) < 3 or not _glued_hyphen(name[-2]):
        return None
    return name[:-2] if name[-1].is_lower and name[-1].lower_ in words("hyphen_modifier_ends") else None


@rule("name.strip.speech-verb-opening-sentence", stage="name.strip", priority=16, action="trim",
      why="'Countered Hale, \"...\"' / 'Added Tom Hale, the fund's head:': a speech verb in the past that opens the sentence "
          "before its subject is no part of the name after it (unless it is a given name too).",
      examples=['Tom Dunsley heads the Dunmore fund.\n\nCountered Dunsley, "Religious freedom has rarely been a major issue in local politics."'])
def _speech_verb_opening_sentence(name: Span) -> Span | None:
    first = name[0] if len(name) else None
    if first is None or len(name) < 2 or not first.is_sent_start or given_name(first) or not fronted_speech_verb(first):
        return None
    return name[1:]


@rule("name.strip.picture-agency-after-a-bar", stage="name.strip", priority=17, action="trim",
      why="'... she said. | Getty Hale pledges a pier': a picture agency's name after a bar (data/picture_agencies.txt) "
          "credits the picture; the name is what follows it.",
      examples=["“We will build the pier,” she said. | Getty Hale pledges a pier for Tarrow\n\nTom Hale opened the pier fund on Monday."])
def _picture_agency_after_a_bar(name: Span) -> Span | None:
    doc, start = name.doc, name.start
    if len(name) < 2 or not start or doc[start - 1].text != "|" or name[0].lower_ not in words("picture_agencies"):
        return None
    return doc[start + 1 : name.end]


@rule("name.strip.before-dash", stage="name.strip", priority=20, action="trim",
      why="'Fund manager Jo Hale - the club's largest investor': the name is before the dash.",
      examples=["Fund manager Tom Hale - Rovers' largest investor - said he would sell."])
def _before_dash(name: Span) -> Span | None:
    doc, start, end = name.doc, name.start, name.end
    dashes = [i for i in range(start + 1, end - 1) if doc[i].text in DASHES and doc[i - 1].whitespace_]
    if dashes and not title_word(doc[dashes[0] - 1]) and dashes[0] - start >= 2:
        return doc[start : dashes[0]]
    return None


@rule("name.strip.after-inner-title", stage="name.strip", priority=30, action="trim",
      why="A title or a dash inside the span: the name is what follows it ('Lib Dem MP X', 'MPs - X'); not a title that is a "
          "given name too, before a middle initial ('Dean E. Hale').",
      examples=["Tory MPs - Tom Hale and Ana Vale - said the plan was fair."],
      counter=["Dunmore Farmers League President Dean E. Hale said the plan was fair."])
def _after_inner_title(name: Span) -> Span | None:
    doc, start, end = name.doc, name.start, name.end
    inner = [
        i for i in range(start, end - 1)
        if title_word(doc[i]) and not _given_name_before_initial(doc[i], end) or doc[i].text in DASHES and doc[i - 1].whitespace_
    ]
    if inner and end - (inner[-1] + 1) >= 2:
        return doc[inner[-1] + 1 : end]
    return None


@rule("name.strip.party-before", stage="name.strip", priority=40, action="trim",
      why="A party before a name is no part of it ('Lib Dem Tom Baird'; 'Tory Dominic' + 'Greer', cut short by the model), "
          "and a party before one word and a title names no one ('Green Treasury' + 'spokesman').",
      examples=["Lib Dem Tom Hale said the plan was fair."])
def _party_before(name: Span) -> Any:
    doc, start, end = name.doc, name.start, name.end
    for k in (3, 2, 1):
        if end - start > k and doc[start : start + k].text in _synonyms():
            after = doc[end] if end < len(doc) else None
            if end - (start + k) == 1 and after is not None and title_word(after):
                return VETO
            if (
                end - (start + k) == 1
                and after is not None
                and after.is_title
                and after.pos_ == "PROPN"
                and not after.ent_type_
            ):
                end += 1
            if end - (start + k) >= 2:
                start += k
            break
    return doc[start:end] if (start, end) != (name.start, name.end) else None


@rule("name.strip.surname-that-is-a-title-after", stage="name.strip", priority=52, action="extend",
      why="'Owen' + 'Judge, a former aide to ...': a known given name the model tagged alone, then a capitalized word that is "
          "a title and a common surname (data/titles_also_surnames.txt) with no name after it, is one person's full name "
          "('Owen Judge'), not a given name and a title.",
      examples=["Owen Judge, a former aide to Mayor Tom Hale, said the plan was late."],
      counter=["The case went to Owen, Judge Tom Hale said on Monday."])
def _surname_that_is_a_title_after(name: Span) -> Span | None:
    doc, end = name.doc, name.end
    if len(name) != 1 or end + 1 >= len(doc) or not known_given_name(name[0]):
        return None
    word, after = doc[end], doc[end + 1]
    if not word.is_title or word.lower_ not in words("titles_also_surnames") or after.is_title and after.pos_ == "PROPN":
        return None  # "Judge Tom Hale": a title before a name
    return doc[name.start : end + 1]


@rule("name.strip.particle-after", stage="name.strip", priority=50, action="extend",
      why="'Jan van' + 'der Berg', cut short by the model: the name runs on over its particles.",
      examples=["The row ended with the exit of its chairman, Sir Tom Hale, and finance chief Karel van der Linde."])
def _particle_after(name: Span) -> Span | None:
    doc, end = name.doc, name.end
    if not len(name):
        return None
    j = end
    while j < len(doc) and doc[j].is_lower and doc[j].lower_ in NAME_PARTICLES:
        j += 1
    if (j > end or doc[end - 1].lower_ in NAME_PARTICLES) and j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        return doc[name.start : j + 1]
    return None


@rule("name.strip.street-or-building", stage="name.strip", priority=60, action="veto",
      why="'Elm Road', 'Elm Tower': a street or building (but Park, Lane and Hall are surnames too).",
      examples=["Protesters gathered outside Tom Tower on Monday."])
def _street_or_building(name: Span) -> Any:
    return VETO if len(name) and name[-1].lower_ in words("site_nouns") and name[-1].is_title else None


@rule("name.strip.state-is-a-place", stage="name.strip", priority=61, action="veto",
      why="'In North Carolina, a union ...': a US state's name of two words (data/us_states.txt) that a given name ends "
          "('Carolina', 'Virginia') is a place, not a person that given name begins; other places after a name are rule "
          "name.home-state-after-of's.",
      examples=["In North Carolina, a farmers' group last month filed a suit against the Tarrow mill."])
def _state_is_a_place(name: Span) -> Any:
    if len(name) < 2 or name.text not in pairs("us_states").values():
        return None
    return VETO if known_given_name(name[-1]) else None


@rule("name.strip.title-at-end", stage="name.strip", priority=70, action="veto",
      why="'Tory Treasurer Lord', 'Labour MPs': a title with the name cut off (but 'Tom Major', 'Joe Bishop', 'Mr. Dean' are names).",
      examples=["Tom Hale said Tory MPs would vote against it."],
      counter=["Joe Bishop said the plan was fair.", "Mr. Dean said the count was not yet over."])
def _title_at_end(name: Span) -> Any:
    if not len(name):
        return None
    stop = words_of("titles", "ranks", "honorifics", "demonym_nouns")
    # a surname that is also a rank or title ("Tom Major", "Ann Field", "Joe Bishop") after a given name
    surname_rank = (
        len(name) >= 2
        and name[-1].lower_ in words_of("ranks", "titles_also_surnames")
        and name[-2].lower_ not in stop
        and not title_word(name[-2])
    ) or len(name) == 1 and _surname_after_honorific_word(name[0])  # "Mr. Dean"
    return VETO if (name[-1].lower_ in stop or title_word(name[-1])) and not surname_rank else None


@rule("name.strip.lower-case-or-number", stage="name.strip", priority=80, action="veto",
      why="A name has no lower-case word but a particle or the end of a hyphenated word ('Su-in'; 'stepson Theo' is no name) and no number.",
      examples=["Tom Hale stood at the podium with his wife Ana, daughter Nia and stepson Theo."],
      counter=["President Park Su-in said the talks went well."])
def _lower_case_or_number(name: Span) -> Any:
    return VETO if any(
        tok.is_lower and tok.lower_ not in NAME_PARTICLES and tok.text != "-" and not _after_glued_hyphen(tok, name)
        or tok.like_num for tok in name
    ) else None


def _after_glued_hyphen(tok: Token, name: Span) -> bool:
    """'Su-in': the lower-case end of a hyphenated word of the name, no space around the hyphen."""
    doc = tok.doc
    return tok.i - 2 >= name.start and doc[tok.i - 1].text == "-" and not doc[tok.i - 1].whitespace_ and not doc[tok.i - 2].whitespace_


@rule("name.strip.words-run-together", stage="name.strip", priority=85, action="trim",
      why="'Tom Lee HaleDunmore' (a link's text run into the next headline; 'Tom Hale Tom Lee HaleDunmore' is cut to 'Tom Hale'): a word of two capitalized words of four letters or more "
          "is two words run together, not a name (but 'McNeil', 'DeSantis', 'MacLeod', 'FitzGerald' are names, and so is a "
          "given name of two given names, 'MaryAnne').",
      examples=["Senator Tom Hale Tom Lee HalesDunmore votes to close the pier said the plan was fair."],
      counter=["Ana McNeil, Tom MacLeod and Lena FitzGerald said the plan was fair.",
               "“I’m done with him,” said MaryAnne Tarrow, a lawyer from Dunmore."])
def _words_run_together(name: Span) -> Any:
    joined = (RUN_TOGETHER.match(tok.text) for tok in name)
    if not any(m and m[1].lower() not in words("joined_name_prefixes") and not _two_given_names(m) for m in joined):
        return None
    again = next((t.i for t in name[2:] if t.text == name[0].text), None)  # "Tom Hale Tom Lee HaleDunmore"
    return name.doc[name.start : again] if again is not None else VETO


RUN_TOGETHER = re.compile(r"([A-Z][a-z]{3,})([A-Z][a-z]{3,})")


def _two_given_names(joined: re.Match[str]) -> bool:
    """"MaryAnne": a given name written as two given names run together (data/given_name_genders.txt too)."""
    return joined[0] == joined.string and known_given_word(joined[1].lower()) and known_given_word(joined[2].lower())


def _surname_with_particle(name: Span) -> bool:
    """"(Mr) Van der Berg", "De Gaulle": a surname alone, not a first and last name."""
    return len(name) > 1 and name[0].lower_ in SURNAME_PREFIXES  # not "Al Gore", "Ben Smith"


# -- what the words around a name say -----------------------------------------------------


def after_kin(span: Span) -> bool:
    """A name after a kinship noun: "his brother Kiran", "their father, Arun Mehta", "his wife,
    ex-model Nell" (after a comma, titles may come between)."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ in KIN:
        return True
    while (
        k > 0
        and span.start - k <= 4
        and (title_word(doc[k]) or doc[k].text == "-" or doc[k].lower_ in ("ex", "former"))
    ):
        k -= 1
    return k > 0 and doc[k].text == "," and doc[k - 1].lower_ in KIN


def _in_programme_title(ent: Span) -> bool:
    """"Sky News' Sunday with Jo Orme", "Channel 9's Breakfast with Hart": a name in the title of
    a broadcaster's programme (a capitalized word and "with" after the broadcaster's possessive)."""
    doc, k = ent.doc, ent.start
    if k < 4 or doc[k - 1].lower_ != "with" or not doc[k - 2].is_title:
        return False
    return any(doc[j].text in POSSESSIVE and doc[j - 1].ent_type_ == "ORG" for j in range(max(1, k - 5), k - 2))


def _with_given_name(ent: Span) -> Span:
    """"Nia" + "Wyn Pryde": a given name the model left out of the name it tags."""
    doc = ent.doc
    if ent.start == 0 or len(ent) > 3:
        return ent
    before = doc[ent.start - 1]
    if len(ent) == 1 and not given_name(before):
        return ent  # a full name the model tagged, or a known given name: not "Senior" + "Labour"
    stop = words_of("titles", "ranks", "honorifics", "party_words", "org_nouns")
    inside_title = ent.start >= 2 and (  # "Chief of Staff X"
        doc[ent.start - 2].lower_ in TITLE_LINKS or title_word(doc[ent.start - 2])
    )
    if (
        before.pos_ == "PROPN"
        and before.is_title
        and before.is_alpha
        and not before.ent_type_
        and before.lower_ not in stop
        and not title_word(before)
        and not inside_title
        and not _begins_with_given_name(ent)
    ):
        return doc[ent.start - 1 : ent.end]
    return ent


@rule("name.begins-with-given-name", stage="name.given", priority=0, action="veto",
      why="'Navy Corpsman Tom Hale': a name the model tagged from a given name takes no capitalized word "
          "before it but another given name ('Mary' + 'Ann Hale').",
      examples=["Navy Corpsman Tom Hale, who was shot, said it hurt."])
def _begins_with_given_name(ent: Span) -> bool:
    before = ent.doc[ent.start - 1]
    return len(ent) >= 2 and given_name(ent[0]) and not given_name(before)


def _person_tail(ent: Span, honored: set[str]) -> tuple[Span, Span] | None:
    """An organization or title the model ran on into the name after it: "the Housing Agency
    Mark Orme", "party leader Ailsa Murdo", "Acme Group Paul Kerr" (a given name, or "Mr Kerr"
    elsewhere) -> (the part before, the name)."""
    doc, stop = ent.doc, words_of("org_nouns", "titles")
    for k in (ent.end - 2, ent.end - 3):
        if k <= ent.start:
            continue
        named = (
            given_name(doc[k])
            or doc[k].lower_ in words("honorifics")
            or k == ent.end - 2 and doc[k].is_alpha and ent[-1].text in honored
        )
        if doc[k - 1].lower_ not in stop and not named:
            continue  # "the Housing Agency Mark Orme"; a given name starts the tail, or "Mr Kerr" is written elsewhere
        tail = doc[k : ent.end]
        if "-" in (doc[k - 1].text, doc[k].text) or any(t.lower_ in stop for t in tail) or _paper_after_place(ent, tail):
            continue  # "Senate Armed Services Committee": an organization all through
        if tail[-1].lower_ in words_of("site_nouns", "place_nouns"):
            continue  # "the Tarn Dame Cathedral", "St. Louis County": a building or a place all through
        if all(t.pos_ == "PROPN" and _name_capitals(t) or t.text == "-" for t in tail) and tail[-1].text != "-":
            return doc[ent.start : k], tail
    return None


@rule("name.paper-named-after-place", stage="name.person-tail", priority=10, action="veto",
      why="'the San Carlos Chronicle', tagged one organization or place: a place's name and a newspaper's word (data/outlet_words.txt) "
          "are the paper's name, not a person's ('Carlos Chronicle').",
      examples=["Hackers hit the Dunmore Sentinel and the San Carlos Chronicle on Monday.",
                "The vote was close.\n\nSan Carlos Public Radio streamed the count live.",
                "This plan is far wider than the one the San Carlos Chronicle wrote about."])
def _paper_after_place(ent: Span, tail: Span) -> bool:
    return ent.label_ in ("ORG", "FAC", "GPE", "LOC") and tail[-1].lower_ in words("outlet_words")


def _untagged_appositive_names(doc: Doc) -> list[Span]:
    """Names the model left untagged (often one that is also a month or a word: "Jane
    May") in apposition to a title: "The Shadow Secretary for the Family, Jane May, said"."""
    out = []
    tokens = tokens_of(doc)
    for i, pos in enumerate(columns_of(doc).pos):
        if pos != "PROPN":
            continue
        tok = tokens[i]
        if tok.ent_type_ in ("", "DATE") and _title_after(tok):
            span = _compound_name(tok)
            if span is not None and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("", "DATE") for t in span):
                out.append(span)
            continue
        if tok.dep_ != "appos" or tok.ent_type_ not in NAME_ENT_TYPES:
            continue
        span = _compound_name(tok)
        if span is None or any(
            not (t.pos_ == "PROPN" and t.is_title) or t.ent_type_ not in NAME_ENT_TYPES for t in span
        ):
            continue
        if any(head.lower_ in words("titles") for head in (tok.head, tok.head.head, tok.head.head.head)):
            out.append(span)
    return out


def _title_after(tok: Token) -> bool:
    """"Jane May, Tory shadow secretary, said": a title in apposition after the name (as the
    parse has it, or a given name, a comma and a title within a few words), or a US legislator's
    party-and-state tag ("Jane May (R-Ohio)")."""
    doc, titles = tok.doc, words("titles")
    given = tok.i > 0 and given_name(doc[tok.i - 1]) and doc[tok.i - 1].pos_ == "PROPN"
    after = doc[tok.i + 1 : tok.i + 8]
    comma_title = (
        given
        and len(after) > 1
        and after[0].text == ","
        and any(t.lower_ in titles for t in after[1:] if t.text != ",")
    )
    party_tag = bracketed_party_tag_at(doc, tok.i + 1)
    return comma_title or party_tag or any(c.dep_ == "appos" and c.i > tok.i and c.lower_ in titles for c in tok.children)


def _compound_name(tok: Token) -> Span | None:
    """The name `tok` ends, with the compounds before it, stripped, if two or three words long."""
    parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
    stripped = _strip_name(tok.doc[parts[0].i : tok.i + 1])
    return stripped[0] if stripped is not None and 2 <= len(stripped[0]) <= 3 else None


def _honored_surnames(doc: Doc) -> set[str]:
    """Words written after Mr, Ms, Dr ... or a kinship noun ("daughter Victoria"): names of
    people, whatever the model tagged them."""
    cues, column = words_of("honorifics", "kin_nouns"), columns_of(doc)
    return {
        column.text[i + 1] for i in range(len(doc) - 1)
        if column.lower[i] in cues and column.pos[i + 1] == "PROPN" and not _inside_a_place_or_body(doc[i])
    }


def _inside_a_place_or_body(tok: Token) -> bool:
    """`tok` is inside a name the model tagged other than a person's, which began before it: the
    "Dame" of "the Tarn Dame Cathedral" is part of a building's name, not an honorific."""
    return tok.ent_iob_ == "I" and tok.ent_type_ not in ("PERSON", "")


def titled_surnames(doc: Doc) -> set[str]:
    """Words tagged a one-word person right after a capitalized title ("President Hale", not
    "Minister Ana Hale"): surnames, whatever the model tagged them elsewhere ("Hale said")."""
    titles, column = words("titles"), columns_of(doc)
    return {
        column.text[i + 1] for i in range(len(doc) - 1)
        if column.lower[i] in titles and column.pos[i + 1] == "PROPN" and column.text[i][:1].isupper()
        and _one_word_person(doc, i + 1)
    }


def _one_word_person(doc: Doc, i: int) -> bool:
    """Token `i` is the whole of a person's name the model tagged: a surname, not a given name (the
    tag may take in its possessive: "President Hale’s")."""
    if doc[i].ent_type_ != "PERSON" or doc[i].ent_iob_ != "B":
        return False
    after = i + 2 if i + 1 < len(doc) and doc[i + 1].text in POSSESSIVE and doc[i + 1].ent_iob_ == "I" else i + 1
    return after == len(doc) or doc[after].ent_iob_ != "I"


def seat_tokens(doc: Doc) -> set[int]:
    """Tokens naming the seat a legislator holds ("MP for Kensington and Chelsea", "the
    senator from Ohio", "the seat of Oldbury"): a place, neither a person nor an organization."""
    out: set[int] = set()
    tokens = tokens_of(doc)
    for i, lower in enumerate(columns_of(doc).lower):
        if lower not in _SEAT_CUES:
            continue
        tok = tokens[i]
        if tok.lower_ == "of" and tok.head.lemma_.lower() in _SEAT_NOUNS and tok.head.head.i != tok.head.i:
            # "the seat of Oldbury"
            out.update(t.i for c in tok.children if c.dep_ == "pobj" and c.pos_ == "PROPN" for t in c.subtree)
        if tok.lower_ in _SEAT_NOUNS and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            # "the Elmton North seat"
            out.update(t.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree)
        # "MP for Elmton", "entered Parliament for Elmton North"
        if tok.lower_ in _SEAT_PREPOSITIONS and (
            tok.head.lower_ in SEAT_HOLDERS or tok.i > 0 and doc[tok.i - 1].lower_ in ("parliament", "commons")
        ):
            for obj in tok.children:
                seat = list(obj.subtree)
                party = tok.head.lower_ == "candidate" and any(
                    t.ent_type_ == "ORG" or t.lower_ in words("org_nouns") for t in seat
                )
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not party:
                    out.update(t.i for t in seat)  # but a candidate stands for a party, too
    return out


def _given_name_after_title(ent: Span) -> bool:
    """"Canon Declan" + "Ross-O'Dea" tagged an organization: a one-word (perhaps
    hyphenated) surname after an untagged capitalized word after a title."""
    doc = ent.doc
    if (
        ent.start < 2
        or " " in ent.text
        or not ent[0].is_title
        or not ent.text.replace("-", "").replace("'", "").isalpha()
    ):
        return False
    given, title = doc[ent.start - 1], doc[ent.start - 2]
    stop = words_of("titles", "ranks", "honorifics", "party_words", "org_nouns")
    return (
        given.pos_ == "PROPN"
        and given.is_title
        and given.is_alpha
        and not given.ent_type_
        and given.lower_ not in stop
        and (title_word(title) or title.lower_ in words("honorifics"))
        and title.is_title
    )


def _person_named_as_org(ent: Span, honored: set[str], titled: set[str]) -> bool:
    """A name the model tagged as an organization (or a place, a work of art): "party leader
    Ailsa Murdo" (a title just before it), "X - another board member" (one just after), or
    a surname written elsewhere after Mr/Ms, or a kinship noun just before it ("their father, X")."""
    if ent[0].lower_ in words("honorifics") and ent[0].is_title:
        return True  # "Mr Van der Berg"
    if len(ent) == 1 and ent[0].is_title and ent[0].is_alpha and (after_kin(ent) or ent.text in titled or _hyphenated_title_before(ent)):
        return True  # "his wife, ex-model Nell"; "Hale said" where "President Hale" is written too; "President-elect Hale"
    end = ent.end
    if len(ent) > 2 and ent[-1].lower_ in words("postnominal_honours"):
        ent = ent[:-1]  # "Jo Lane QC, a member of ..."
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if (
        before is not None
        and before.lower_ in words("honorifics")
        and before.is_title
        and all(t.is_title or t.text == "-" for t in ent)
    ):
        return True  # "Lord Hale-Bury, a former MP,"
    words_ = [t for t in ent if not _glued_hyphen(t)]  # "Lena Tarrow-Voss": a double-barrelled surname is one word
    if not 2 <= len(words_) <= 3 or any(not (t.pos_ == "PROPN" and _name_capitals(t)) for t in words_):
        return False
    if any(t.lower_ in words_of("org_nouns", "outlet_name_ends") for t in ent) or ent[-1].lower_.rstrip(".") in words("org_name_tails"):
        return False  # "Elmton News, a ministry official said": an outlet, not a person; "Tarn Co": a firm
    if ent.text in phrases("government_seats") or _written_with_the(ent):
        return False  # "Chief Blue House correspondent": a title before a seat of government, never a person
    # "Vince Carl" tagged as an organization: a given name, and a last word no building or street
    given = (
        given_name(ent[0])
        and ent.label_ != "GPE"
        and ent[-1].lower_ not in words_of("site_nouns", "place_nouns_also_surnames")
    )
    return given or ent[-1].text in honored or _titled_after(doc, end) or after_kin(ent) or _title_before(ent)


def _name_capitals(t: Token) -> bool:
    """Capitalized as a name is: "Hale", "O'Hale", and a surname with a capital inside, "McVarga", "DeVarga"
    (not a word in capitals, "NASA")."""
    return t.is_title or t.text[:1].isupper() and t.text.isalpha() and not t.text.isupper()


def _glued_hyphen(t: Token) -> bool:
    """A hyphen written between two words with no space ("Tarrow-Voss")."""
    return t.text == "-" and 0 < t.i < len(t.doc) - 1 and not t.whitespace_ and not t.doc[t.i - 1].whitespace_


def _title_before(ent: Span) -> bool:
    """"party leader Ailsa Murdo", "a state appointed administrator, Marco Ricci,": a title just
    before the name (but not one that begins the names of bodies: "Attorney General X")."""
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.text == "," and ent.start >= 2 and title_word(doc[ent.start - 2]):
        before = doc[ent.start - 2]
    return (
        before is not None
        and before.lower_ in words("titles")
        and before.lower_ not in words("titles_beginning_names")
    )


def _hyphenated_title_before(ent: Span) -> bool:
    """"President-elect Hale": a title written with a hyphen (data/titles.txt), which the model
    splits in three, just before the name."""
    doc, i = ent.doc, ent.start
    if i < 3 or doc[i - 2].text != "-" or doc[i - 3].whitespace_ or doc[i - 2].whitespace_:
        return False
    return f"{doc[i - 3].lower_}-{doc[i - 1].lower_}" in words("titles")


def _titled_after(doc: Doc, end: int) -> bool:
    """"Ravi Mehta - another board member", "X, a confidant": a title in apposition after the
    name ending at `end` (not "In Bethnal Row, former MP Jo Dane": the title there belongs to
    the name after it)."""
    after = doc[end + 1 : end + 5] if end < len(doc) and doc[end].text in (",", *DASHES) else []
    return any(title_word(t) for t in after) and not any(
        t.pos_ in CLAUSE_POS or t.ent_type_ == "PERSON" and title_word(doc[t.i - 1]) for t in after
    )


# -- one-word names and spellings ----------------------------------------------------------


class _Spellings:
    """Full names (two words or more) by every form of their surname with one letter left out
    (not the first), and by each hyphen-free tail, so that `same_surname` is only asked of
    names it may hold for, not of every name in a long article."""

    def __init__(self) -> None:
        self._surname: dict[str, set[str]] = {}
        self._shorter: dict[str, set[str]] = {}
        self._tail: dict[str, set[str]] = {}
        self._changed: dict[str, set[str]] = {}  # "Kowalsk?" -> "Marta Kowalski"

    def add(self, full: str) -> None:
        last = surname(full)
        self._surname.setdefault(last, set()).add(full)
        for j in range(1, len(last)):
            self._shorter.setdefault(last[:j] + last[j + 1 :], set()).add(full)
            self._changed.setdefault(last[:j] + "?" + last[j + 1 :], set()).add(full)
        flat = full.replace("-", " ")
        for j, ch in enumerate(flat):
            if ch == " ":
                self._tail.setdefault(flat[j + 1 :], set()).add(full)

    def candidates(self, single: str) -> set[str]:
        """A superset of the names `same_surname(name, single)` holds for."""
        out = set(self._shorter.get(single, ()))  # "Elliott" for "Elliot"
        for j in range(1, len(single)):
            out |= self._surname.get(single[:j] + single[j + 1 :], set())  # "Elliot" for "Elliott"
            out |= self._changed.get(single[:j] + "?" + single[j + 1 :], set())  # "Kowalski" for "Kowalsky"
        for j in range(1, len(single) - 1):
            out |= self._surname.get(single[:j] + single[j + 1] + single[j] + single[j + 2 :], set())  # "Golvan" for "Govlan"
        if "-" in single:
            out |= self._tail.get(single.replace("-", " "), set())
        return out


def _one_letter_changed(a: str, b: str) -> bool:
    """"Kowalsky" and "Kowalski": as long, at least five letters, one letter (not the first) other; or two letters
    side by side swapped ("Golvan" and "Govlan")."""
    if len(a) != len(b) or len(a) < 5 or a[0] != b[0]:
        return False
    apart = [k for k, (x, y) in enumerate(zip(a, b)) if x != y]
    return len(apart) == 1 or len(apart) == 2 and apart[1] == apart[0] + 1 and a[apart[0]] == b[apart[1]] and a[apart[1]] == b[apart[0]]


@rule("name.one-person-two-spellings", stage="name.pass", priority=15, action="alias",
      why="'Marta Kowalsky' once, 'Marta Kowalski' more often: one person, her surname spelt two ways (a letter more "
          "or another letter); the spelling the article gives more often names her.",
      examples=["Marta Kowalsky, the mayor, said the plan was sound. Kowalski said she would vote. "
                "Marta Kowalski added that it was fair."],
      counter=["Marta Kowalsky, the mayor, said the plan was sound. Ana Kowalski said she would vote."])
def one_person_two_spellings(names: set[str], count: Callable[[str], int]) -> dict[str, str]:
    """Each full name in `names` spelt less often than another of the same person -> that one
    (`count`: how often a surname occurs in the article)."""
    by_rest: dict[str, list[str]] = {}
    for name in sorted(names):
        if len(name.split()) >= 2:
            by_rest.setdefault(name.rsplit(" ", 1)[0], []).append(name)
    out: dict[str, str] = {}
    for same_given in by_rest.values():
        for a in same_given:
            for b in same_given:
                la, lb = surname(a), surname(b)
                near = _one_letter_apart(la, lb) or _one_letter_changed(la, lb)
                if a != b and near and count(lb) > count(la):
                    out[a] = b
    return {a: out.get(b, b) for a, b in out.items()}


@rule("name.one-person-with-and-without-a-generation", stage="name.pass", priority=13, action="alias",
      why="'Tom Hale Jr.' and 'Tom Hale' in one article: one person, named with his generation (data/generational_suffixes.txt) "
          "and without it, unless the article also names a 'Sr.' or sets a kin word before the plain name ('his father, Tom "
          "Hale'), which makes them two; the fuller name names him.",
      examples=["Tom Hale Jr. runs the Dunmore school. “Free speech is a pillar of a college education,” Tom Hale wrote "
                "last June. Hale said on Friday that the reporters had trespassed."],
      counter=["Tom Hale Jr. runs the Dunmore school. His father, Tom Hale, wrote last June that the school was his life."])
def one_person_with_and_without_a_generation(names: set[str], doc: Doc) -> dict[str, str]:
    """Each plain full name in `names` -> the same name with a generational suffix, where the article names only that
    one generation of it."""
    suffixes, kin = words("generational_suffixes"), words("kin_nouns")
    out: dict[str, str] = {}
    for name in sorted(names):
        parts = name.split()
        plain = " ".join(parts[:-1])
        if len(parts) < 3 or parts[-1].lower() not in suffixes or parts[-1].lower().startswith("sr") or plain not in names:
            continue
        others = [n for n in names if n != name and n.startswith(plain + " ") and n.split()[-1].lower() in suffixes]
        told_kin = any(
            t.lower_ in kin for start, _ in occurrences(doc, plain)
            if (first := doc.char_span(start, start + 1, alignment_mode="expand")) is not None
            for t in doc[max(first.start - 3, 0) : first.start]
        )
        if not others and not told_kin:
            out[plain] = name
    return out


def same_surname(full: str, single: str) -> bool:
    """Whether a one-word name is the surname of `full`, spelt another way: "Ms Elliott" for
    "Jane Elliot", "Mr Hale-Smith" for "John Hale Smith"."""
    if _one_letter_apart(surname(full), single) or _one_letter_changed(surname(full), single):
        return True
    return "-" in single and full.replace("-", " ").endswith(" " + single.replace("-", " "))


def _one_letter_apart(a: str, b: str) -> bool:
    """"Elliot" and "Elliott", "Peters" and "Pieters": one spelling has one letter more (not the
    first), the shorter at least five letters long."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 5 or len(long_) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return i > 0 and long_[:i] + long_[i + 1 :] == short


# -- stage name.entity: what each entity the model tagged is --------------------------------


@dataclass
class Article:
    """What the whole article says about names, for the rules of stage `name.entity`."""

    doc: Doc
    seats: set[int]  # tokens naming a legislator's seat
    org_tokens: set[int]  # tokens of organizations named beside an organization noun
    honored: set[str]  # words written after Mr, Ms ... or a kinship noun
    titled: set[str]  # one-word names written after a title ("President Hale")
    org_names: set[str]  # what the model tags as an organization somewhere
    not_people: set[str]  # names the article uses as organizations ("a partner of Smith Jones")
    nicknames: set[str] = field(default_factory=set)  # names the article quotes as a nickname ('dubbed “Honest Tom”')
    _names: dict[tuple[int, int], tuple[Span, tuple[Span, list[str]] | None]] = field(default_factory=dict)

    def person_name(self, ent: Span) -> tuple[Span, tuple[Span, list[str]] | None]:
        """A person the model tagged, with a given name it left out, and that name stripped."""
        key = (ent.start, ent.end)
        if key not in self._names:
            full = _with_given_name(ent)
            self._names[key] = (full, _strip_name(full))
        return self._names[key]

    def untitled_person(self, ent: Span) -> bool:
        """A PERSON the model tagged, not inside an organization named beside its noun."""
        return ent.label_ == "PERSON" and not self.org_tokens.intersection(range(ent.start, ent.end))


@dataclass(frozen=True)
class Found:
    """What one entity turned out to be: organizations, full names (with ranks), one-word names,
    and tokens no longer an organization's (`freed`). Empty: nothing (the entity is skipped)."""

    orgs: tuple[Span, ...] = ()
    people: tuple[tuple[Span, list[str]], ...] = ()
    singles: tuple[Span, ...] = ()
    freed: range = range(0)


def found_name(stripped: tuple[Span, list[str]] | None, **more: object) -> Found:
    """A name found outside the model's PERSON tags: a full name, or one word (or a surname
    with its particle, "Van der Berg") as a single name."""
    if stripped is None:
        return Found(**more)  # type: ignore[arg-type]
    name = stripped[0]
    if len(name) > 1 and " " in name.text and not _surname_with_particle(name):  # "Hale-Bury": one word
        return Found(people=(stripped,), **more)  # type: ignore[arg-type]
    return Found(singles=(name,), **more)  # type: ignore[arg-type]


def _full_name_words(name: Span) -> bool:
    """A given name and a surname (two words or more), not a surname with its particle."""
    return len(name_text(name).split()) >= 2 and not _surname_with_particle(name)


def _mislabelled(ent: Span) -> bool:
    """Tagged an organization, or a work, product, building, event, law or place all of words."""
    return ent.label_ == "ORG" or ent.label_ in MISLABELS and all(t.is_alpha for t in ent)


@rule("name.seat-is-a-place", stage="name.entity", priority=0, action="veto",
      why="The seat a legislator holds ('the MP for Elmton North') is a place, neither a person nor a body.",
      examples=["Tom Hale, the MP for Rowan Wells, said the plan was fair."])
def _seat_is_a_place(ent: Span, seen: Article) -> Found | None:
    return Found() if seen.seats.intersection(range(ent.start, ent.end)) else None


@rule("name.hashtag-in-capitals", stage="name.entity", priority=9, action="veto",
      why="'#BREAKING Speech by Mayor Hale stopped': a word in capitals written after a hash sign is a post's tag, and a "
          "name the model tagged a person that begins with one is no person.",
      examples=["Tom Hale spoke in Tarrow.\n\n#BREAKING Speech by Tarrow Mayor Tom Hale stopped when a fire alarm rang "
                "at the pier — Ana Ruiz (@anaruiz) May 9, 2024"],
      counter=["Tom Hale spoke in Tarrow.\n\nSpeech by Tarrow Mayor #Hale stopped when a fire alarm rang "
               "at the pier — Ana Ruiz (@anaruiz) May 9, 2024"])
def _hashtag_in_capitals(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    tagged = ent.start > 0 and doc[ent.start - 1].text == "#" and not doc[ent.start - 1].whitespace_
    return Found() if ent.label_ == "PERSON" and tagged and len(ent[0].text) > 1 and ent[0].text.isupper() else None


@rule("name.language-name", stage="name.entity", priority=11, action="veto",
      why="'read aloud in Pashto, Wolof and Tagalog': a language's name written alone (data/language_names.txt) is "
          "neither a person nor a body, though the model tags one in a list of languages as either; not one the article "
          "writes after Mr, Ms or a title ('Mr. Wolof'), a person's.",
      examples=["Signs at the Tarrow clinic are in Dari, Swahili, Wolof and French."],
      counter=["Signs at the Tarrow clinic are in Dari and French. Mr. Wolof, who runs the clinic, said it helps."])
def _language_name(ent: Span, seen: Article) -> Found | None:
    if ent.label_ not in ("PERSON", "ORG") or ent.text.lower() not in words("language_names"):
        return None
    return None if ent.text in seen.honored or ent.text in seen.titled else Found()  # 'Mr. Wolof': a person's name


@cache
def us_state_names() -> frozenset[str]:
    """The US states' names as written in full (data/us_states.txt): "Ohio", "North Dakota"."""
    return frozenset(pairs("us_states").values())


@rule("name.state-with-its-first-word-cut", stage="name.entity", priority=15, action="veto",
      why="'N. Dakota Measure Sparks Debate', 'in S. Carolina': an initial and a word that, with the initial's word, make "
          "a US state of two words (data/us_states.txt: North Dakota, South Carolina) is that state, not a person named "
          "'Dakota' (whose surname would then claim every 'North Dakota' in the story).",
      examples=["N. Dakota Vote Sparks Debate\n\nTom Hale, head of the North Dakota Farm Board, said the vote was close."],
      counter=["J. Dakota, a farmer, said the vote was close."])
def _state_with_its_first_word_cut(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON" or len(ent) < 2 or not re.fullmatch(r"[A-Z]\.", ent[0].text):
        return None
    word = ent[1].text
    return Found() if any(s.split()[1:] == [word] and s[0] == ent[0].text[0] for s in us_state_names()) else None


@rule("name.camel-case-brand", stage="name.entity", priority=3, action="veto",
      why="'| iStock Scandal-hit members fear ...': a word that begins in lower case with a capital inside ('iStock',"
          " 'eBay') is a brand, and a name the model tagged a person that begins with one is no person.",
      examples=["Members plan to brand rivals as obsessed. | iStock Scandal-hit members fear for '14"],
      counter=["Ana de Souza said the plan was fair."])
def _camel_case_brand(ent: Span, seen: Article) -> Found | None:
    first = ent[0].text
    brand = first[:1].islower() and any(c.isupper() for c in first[1:])
    return Found() if ent.label_ == "PERSON" and brand else None


@rule("name.saint-names-a-place", stage="name.entity", priority=2, action="veto",
      why="'in front of St Paul's Cathedral', 'St. Clement said': a name the model tagged a person that begins with"
          " 'St' or 'Saint' (data/saint_words.txt) is a saint, or a place or a building named after one, not a person"
          " in the story ('Jo St. Clair' begins with her given name).",
      examples=["Phone masts stand in front of St Tobias's Cathedral in the centre of Dunmore."],
      counter=["Jo St. Clair said the masts were safe."])
def _saint_names_a_place(ent: Span, seen: Article) -> Found | None:
    return Found() if ent.label_ == "PERSON" and len(ent) > 1 and ent[0].text in phrases("saint_words") else None


@rule("name.place-before-where", stage="name.entity", priority=4, action="veto",
      why="'Worst hit was Dar Amun, where the river broke a dam': a name the model tagged a person with a clause of "
          "'where' hung on it is a place (a person is 'who'); not a name opening with a given name ('met Tom Hale, "
          "where they signed it': the clause tells where they met).",
      examples=["Storms flooded the valley on Monday. Worst hit was Dar Amun, where the river broke through a dam above the mill."],
      counter=["Ana Ruiz asked where the money went.", "Talks moved to Kessa. Ana Ruiz met Tom Hale, where they signed the deal."])
def _place_before_where(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or ent.end + 1 >= len(doc) or doc[ent.end].text != "," or doc[ent.end + 1].lower_ != "where":
        return None
    if given_name(ent[0]):
        return None  # 'Ana Ruiz met Tom Hale, where they signed the deal'
    clause = doc[ent.end + 1].head
    return Found() if clause.dep_ == "relcl" and clause.head.i in range(ent.start, ent.end) else None


@rule("name.place-by-its-place-noun", stage="name.entity", priority=1, action="veto",
      why="'the village of Moadiyet al-Sur', 'the suburbs of Zamora and Ein Tarra', 'the Khor Amun village': a name after a "
          "noun of place and 'of' (and the names joined to it), or before one it modifies, is a place the model tagged as a "
          "person (data/place_nouns.txt).",
      examples=["Observers reached the village of Moadiyet al-Sur on Monday.",
                "Aid trucks were seen in the suburbs of Zamora and Ein Tarra.",
                "The worst raid was in the Khor Amun village in the hills in May."],
      counter=["The mayor of Tarrow, Ana Ruiz, visited the town on Monday."])
def _place_by_its_place_noun(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON":
        return None
    root = ent.root
    while root.dep_ == "conj" and root.head.i != root.i:
        root = root.head  # "Zamora and Ein Tarra": the first of the list
    of = root.head if root.dep_ == "pobj" else None
    if of is not None and of.lower_ == "of" and of.head.lower_ in words("place_nouns"):
        return Found()
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None  # "in the Khor Amun village": the noun after it
    return Found() if after is not None and after.is_lower and after.lower_ in words("place_nouns") and root.head == after else None


@rule("name.place-by-its-landform-word", stage="name.entity", priority=6, action="veto",
      why="'a stop in Tan Loc Bay', 'the Kessa River': a name the model tagged a person whose last word is a landform or "
          "water word (data/landform_nouns.txt, data/water_nouns.txt) is a place; not one opening with a given name "
          "('Tom Bay', a director) or ending in a word that is a surname too (data/place_nouns_also_surnames.txt: 'Lee Hill').",
      examples=["The minister made a stop on Sunday in Tan Loc Bay, a deep water port."],
      counter=["The film was made by director Tom Bay on Sunday.", "The film was made by director Kessa Bay on Sunday."])
def _place_by_its_landform_word(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON" or len(ent) < 2 or known_given_name(ent[0]) or ent.start and title_word(ent.doc[ent.start - 1]):
        return None  # "director Kessa Bay": a person's title before it
    last = ent[-1]
    if last.lower_ in words("place_nouns_also_surnames"):
        return None  # "Jo Park", "Ann Hill": surnames as well
    return Found() if last.is_title and last.lower_ in words_of("landform_nouns", "water_nouns") else None


@rule("name.ship-after-its-prefix", stage="name.entity", priority=7, action="veto",
      why="'the flight deck of the USNS Ana Ruiz': a name after a ship's prefix (data/ship_prefixes.txt) is a vessel "
          "named after a person, not a person in the story.",
      examples=["The minister spoke from the deck of the USNS Walter K. Dunmore on Sunday."],
      counter=["The minister spoke with Walter K. Dunmore on Sunday."])
def _ship_after_its_prefix(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON":
        return None
    prefix = ent[0] if ent[0].lower_ in words("ship_prefixes") else ent.doc[ent.start - 1] if ent.start else None
    return Found() if prefix is not None and prefix.is_upper and prefix.lower_ in words("ship_prefixes") else None


@rule("name.body-with-an-editors-bracket", stage="name.entity", priority=8, action="veto",
      why="'[A]s long as the ports are run by militias': a word with an editor's square bracket inside it, tagged a body, "
          "is the opening of a quoted sentence the editor recased, not a body's name.",
      examples=["The Tarrow Post writes:\n\n[A]s long as the ports are run by militias, nothing has changed."])
def _body_with_an_editors_bracket(ent: Span, seen: Article) -> Found | None:
    return Found() if ent.label_ == "ORG" and any("[" in t.text or "]" in t.text for t in ent) else None


@per_span
def _entity_labels(whole: Span) -> dict[str, list[str]]:
    """Each entity text of the document `whole` spans, with the labels the model gives it, read once per article."""
    out: dict[str, list[str]] = {}
    for e in ents_of(whole.doc):
        out.setdefault(e.text, []).append(e.label_)
    return out


@rule("name.person-the-article-tags-a-place", stage="name.entity", priority=14, action="veto",
      why="'The talks in Kessa failed. Kessa blamed its neighbours' with the second 'Kessa' tagged a person: a name "
          "the model tags a person once and a place (GPE, LOC) elsewhere in the article, never ending a longer person's name "
          "nor written after a title or Mr/Ms, is that place (or its government), not a person.",
      examples=["The talks in Kessa failed. Kessa blamed its neighbours, an aide said."],
      counter=["The talks in Kessa failed. Mr Kessa blamed its neighbours, an aide said."])
def _person_the_article_tags_a_place(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON" or ent.text in seen.honored or ent.text in seen.titled:
        return None
    labels = _entity_labels(ent.doc[:]).get(ent.text, [])
    if labels.count("PERSON") != 1 or not any(label in ("GPE", "LOC") for label in labels):
        return None
    longer = any(e.label_ == "PERSON" and len(e) > len(ent) and e.text.endswith(" " + ent.text) for e in ents_of(ent.doc))
    return None if longer else Found()  # 'President Tom Kessa' elsewhere: a person's surname


@rule("name.person-with-a-digit", stage="name.entity", priority=13, action="veto",
      why="'members of KS-13 were arrested', 'a KV-22 Heron tilt-rotor came down': a name the model tagged a person with a "
          "digit in one of its words is a gang, a craft or a model, not a person ('Louis XIV' is written in letters).",
      examples=["Police said members of KS-13 were arrested in Dunmore on Friday.",
                "Two crew were hurt when a KV-22 Heron tilt-rotor came down near the base."],
      counter=["Police said Tom Hale was arrested in Dunmore on Friday."])
def _person_with_a_digit(ent: Span, seen: Article) -> Found | None:
    return Found() if ent.label_ == "PERSON" and any(c.isdigit() for c in ent.text) else None


def _split_before(doc: Doc, i: int) -> bool:
    """Token `i` is a one-word person the model tagged right after another person's name, one
    space apart: the last word of that name, split off."""
    return (
        0 < i < len(doc) and doc[i].ent_type_ == "PERSON" and doc[i].ent_iob_ == "B"
        and doc[i - 1].ent_type_ == "PERSON" and doc[i - 1].whitespace_ == " "
        and (i + 1 == len(doc) or doc[i + 1].ent_iob_ != "I")
        and doc[i].is_title and doc[i].is_alpha
    )


@rule("name.surname-split-off", stage="name.entity", priority=5, action="classify",
      why="'Judge Joan Weiss' + 'Corrigan' tagged as two people side by side: one name the model split before its "
          "last word; the word alone is no second person.",
      examples=["Judge Joan Weiss Corrigan granted a motion filed by federal prosecutors."],
      counter=["Tom Hale said on Monday that the pier would reopen."])
def _surname_split_off(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON":
        return None
    if len(ent) == 1 and _split_before(ent.doc, ent.start):
        return Found()  # the last word of the name before it
    if _split_before(ent.doc, ent.end):
        return found_name(_strip_name(ent.doc[ent.start : ent.end + 1]))
    return None


@rule("name.party-tagged-as-person", stage="name.entity", priority=10, action="classify",
      why="A party the model tagged as a person ('the Lib Dems') is an organization.",
      examples=["Nia Vale said the Lib Dems would oppose the plan."])
def _party_tagged_as_person(ent: Span, seen: Article) -> Found | None:
    party = _clean_text(ent) in _synonyms() or ent[-1].lower_ in words("party_words")
    return Found(orgs=(ent,)) if ent.label_ == "PERSON" and party else None


@rule("name.party-word-tagged-as-person", stage="name.entity", priority=12, action="classify",
      why="'Labour says the plan will not work': a party's one-word name (data/party_adjectives.txt) tagged as a "
          "person is the party, unless the article writes it after Mr or a title, or in a longer person's name.",
      examples=["The Unity party won the seat. Labour says the plan will not work."],
      counter=["The Unity party won the seat. Mr Green said the sums did not add up, and Green left."])
def _party_word_tagged_as_person(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent[0].is_title or ent[0].lower_ not in words("party_adjectives"):
        return None
    if ent.text in seen.honored or ent.text in seen.titled:
        return None
    in_longer = any(e.label_ == "PERSON" and len(e) > 1 and ent.text in e.text.split() for e in ent.doc.ents)
    return None if in_longer else Found(orgs=(ent,))


@rule("name.body-tagged-as-person", stage="name.entity", priority=20, action="classify",
      why="'Law Lords ruled', 'Vale Ladies', 'Candor House and the Tarn Institution warned': a name ending in a body's word "
          "(data/bodies_tagged_as_people.txt) that the model tagged as a person is a body, unless it opens with a given name "
          "('Edward House').",
      examples=["Tom Hale coaches Vale Ladies.",
                "Rights groups raised alarms about the council’s plans. Candor House and the Tarrow Institution "
                "have both written about the paper’s paid pages."],
      counter=["Rights groups raised alarms about the council’s plans. Edward House of the Tarrow Institution "
               "has written about the paper’s paid pages."])
def _body_tagged_as_person(ent: Span, seen: Article) -> Found | None:
    body = len(ent) > 1 and ent[-1].lower_ in words("bodies_tagged_as_people") and not given_name(ent[0])
    return Found(orgs=(ent,)) if ent.label_ == "PERSON" and body else None


@rule("name.body-with-a-country-code", stage="name.entity", priority=21, action="classify",
      why="'CEO of wireless carrier Kestrel UK': a name the model tagged a person that ends in a country's short"
          " form (data/place_acronyms.txt) is a body's branch in that country, not a person.",
      examples=["Tom Hale, CEO of wireless carrier Kestrel UK, said on LinkedIn that the attacks were upsetting."])
def _body_with_a_country_code(ent: Span, seen: Article) -> Found | None:
    branch = len(ent) > 1 and ent[-1].text in phrases("place_acronyms")
    return Found(orgs=(ent,)) if ent.label_ == "PERSON" and branch else None


@rule("name.platform-tagged-as-person", stage="name.entity", priority=22, action="veto",
      why="'applauded Ben Marr on Twitter for the decision': a social platform or app (data/platform_names.txt) the model "
          "tagged as a person is no person; where it is only the medium, as here, it is no body of the story either (a "
          "platform that acts, 'Twitter suspended the account', is tagged a body and found as one).",
      examples=["Earlier this week, Tom Hale applauded Ben Marr on Twitter for the decision to reverse the recommendation."])
def _platform_tagged_as_person(ent: Span, seen: Article) -> Found | None:
    return Found() if ent.label_ == "PERSON" and ent.text in phrases("platform_names") else None


@rule("name.surname-spelt-another-way-tagged-a-body", stage="name.entity", priority=23, action="classify",
      why="'Ron MacLeary, the co-host, said sorry ... some prefer his co-host McLeary' with 'McLeary' tagged an "
          "organization: one capitalized word spelt one letter apart from the surname of the one person the article "
          "names in full so (a letter more, less or other, or two side by side swapped) is that person, named by "
          "surname (rule name.single-misspelt-surname joins them).",
      examples=["Ron MacLeary, who has shared the quiz desk for twenty years, said sorry on Monday. MacLeary said he "
                "owed viewers more. In 2013 Tom Hale said he was against it. Some viewers prefer his co-host McLeary "
                "to him."],
      counter=["Ron MacLeary, who has shared the quiz desk for twenty years, said sorry on Monday. MacLeary said he "
               "owed viewers more. In 2013 Tom Hale said he was against it. Some viewers prefer his co-host Barclay "
               "to him."])
def _surname_spelt_another_way_tagged_a_body(ent: Span, seen: Article) -> Found | None:
    word = ent[0].text
    if ent.label_ != "ORG" or len(ent) != 1 or not (word[:1].isupper() and word.isalpha() and len(word) > 1):
        return None  # "McLeary": a capital inside, which a title-case test refuses
    fulls = {e.text for e in ents_of(ent.doc) if e.label_ == "PERSON" and len(e) >= 2}
    near = {full for full in fulls if surname(full) != word and same_surname(full, word)}
    return found_name(_strip_name(ent)) if len(near) == 1 else None


@rule("name.person-among-bodies", stage="name.entity", priority=25, action="classify",
      why="'Dunmore Bank, Tarn Mills, Ada Lind and Vale Foods': a name the model tagged a person, listed between "
          "bodies it tagged organizations (one on each side, or two before it), is one of them.",
      examples=["Representatives from Walcorp, CVX, Rina Dale, Kromart and Elmcorp spoke of more testing sites.",
                "Buyers from Walcorp, CVX and Rina Dale spoke of more testing sites."],
      counter=["Walcorp, CVX and their chief, Rina Dale, spoke of more testing sites."])
def _person_among_bodies(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON":
        return None
    doc = ent.doc
    before = _listed_org(doc, ent.start - 1, -1)
    after = _listed_org(doc, ent.end, 1)
    if before is None or (after is None and _listed_org(doc, before.start - 1, -1) is None):
        return None
    return Found(orgs=(ent,))


@rule("name.group-named-in-the-plural", stage="name.entity", priority=28, action="classify",
      why="'Red Cap-led marches ... The Red Caps want the tax cut': a name the model tagged a person "
          "that the article also writes in the plural after 'the' names a group or movement, not a person "
          "(not one that opens with a given name: 'the Tom Hales of this world'; nor one written after a given name, a title or "
          "an honorific, a family's name: 'Mayor Van Dorn ... the Van Dorns').",
      examples=["Shops in Tarrow stayed shut on Saturday as Red Cap-led marches went on for a sixth week. The Red Caps want "
                "the fuel tax cut."],
      counter=["Shops in Tarrow stayed shut on Saturday as Red Cap-led marches went on for a sixth week. Their leaders want "
               "the fuel tax cut.",
               "Mayor Van Dorn said on Monday that the pier would reopen. The Van Dorns have lived in Tarrow since 1990."])
def _group_named_in_the_plural(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON" or len(ent) < 2 or f"he {ent[0].text}" not in text_of(ent.doc):
        return None  # no "the X..." anywhere: a cheap test before the name is stripped and the text searched
    stripped = _strip_name(ent)
    if stripped is None or len(stripped[0]) < 2 or given_name(stripped[0][0]):
        return None
    text = stripped[0].text
    plural = re.compile(rf"\b[Tt]he {re.escape(text[:-1])}(?:{re.escape(text[-1])}e?s|ies)\b")
    return Found(orgs=(stripped[0],)) if plural.search(text_of(ent.doc)) and not _someones_surname(stripped[0]) else None


def _someones_surname(name: Span) -> bool:
    """Whether `name` is written somewhere after a given name, a title, a rank or an honorific ('Maria Van Dorn',
    'Mayor Van Dorn', 'Mr. Van Dorn'): a family's name, and 'the Van Dorns' the family, not a group."""
    doc, words_ = name.doc, [t.text for t in name]
    stop = words_of("titles", "ranks", "honorifics")
    return any(i and [t.text for t in doc[i : i + len(words_)]] == words_ and (doc[i - 1].lower_ in stop or given_name(doc[i - 1]))
               for i in range(len(doc) - len(words_) + 1))


@rule("name.another-name-of-a-body", stage="name.entity", priority=27, action="classify",
      why="'the hacking group TX49, also known as Velvet Heron,': a name given after 'also known as', 'dubbed' or 'nicknamed' "
          "(data/alias_cues.txt) for a body just named or a body's noun (data/org_nouns.txt) is that body's other name, "
          "not a person's, though the model tags it one.",
      examples=["Police say the spy group TX49, also known as Velvet Heron, broke into the servers of two banks last year."],
      counter=["Police say the spy Tom Hale, also known as Velvet Heron, broke into the servers of two banks last year."])
def _another_name_of_a_body(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "PERSON":
        return None
    doc = ent.doc
    before = " ".join(t.lower_ for t in doc[max(0, ent.start - 3) : ent.start])
    cue = max((c for c in phrases("alias_cues") if before.endswith(c)), key=len, default=None)  # 'also known as', not 'known as'
    if cue is None:
        return None
    k = ent.start - len(cue.split()) - 1
    while k >= 0 and doc[k].text == ",":
        k -= 1
    if k < 0:
        return None
    named = [t for t in doc[k].subtree if k - 4 <= t.i <= k]  # 'the hacking group TX49': the noun before the name too
    body = doc[k].ent_type_ == "ORG" or any(t.lower_ in words("org_nouns") for t in named)
    return Found(orgs=(ent,)) if body else None


@rule("name.body-among-people", stage="name.entity", priority=26, action="classify",
      why="'Ada Lind, Rina Dale, Tom Hale and Nia Vale': a name of two or three capitalized words (no body's, title's or "
          "place's noun) the model tagged an organization, listed between names it tagged people, one on each side, is "
          "one of them.",
      examples=["There was a time when Tories like Ada Lind, Rina Dale, Kiki Marlow, Jon Vale would have spoken up."],
      counter=["There was a time when Tories like Ada Lind, Rina Dale, Walcorp Bank, Jon Vale would have spoken up."])
def _body_among_people(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not all(_name_word(t) for t in ent):
        return None
    if ent[-1].lower_ in words_of("org_name_tails", "company_forms"):
        return None  # "Walcorp Holdings"
    doc = ent.doc
    if _listed_org(doc, ent.start - 1, -1, "PERSON") is None or _listed_org(doc, ent.end, 1, "PERSON") is None:
        return None
    return found_name(_strip_name(ent))


def _listed_org(doc: Doc, at: int, step: int, label: str = "ORG") -> Span | None:
    """The organization listed next to the item ending (step -1) or starting (step 1) at token `at`:
    across a comma, 'and' or 'or' (or a comma and one of them), tagged an organization by the model."""
    seps = ",", "and", "or"
    i = at
    n = 0
    while 0 <= i < len(doc) and doc[i].lower_ in seps and n < 2:
        i += step
        n += 1
    if n == 0 or not 0 <= i < len(doc):
        return None
    ent = next((e for e in ents_of(doc) if (e.end - 1 if step == -1 else e.start) == i), None)
    return ent if ent is not None and ent.label_ == label else None


@rule("name.firm-named-like-person", stage="name.entity", priority=30, action="classify",
      why="A name the article uses as an organization ('a partner of Smith Jones', 'Smith Jones, which ...') is one everywhere, "
          "also with its possessive ('Smith Jones's').",
      examples=["Shares in Hale Rovers fell. Hale Rovers said it would appeal.",
                "Fighters of the Tarn Haram extremist group seized the town. Tarn Haram's leader posted a video. Tarn Haram killed 40 people."])
def _firm_named_like_person(ent: Span, seen: Article) -> Found | None:
    return Found(orgs=(ent,)) if ent.label_ == "PERSON" and name_text(ent) in seen.not_people else None  # also "Hale Rovers's"


@rule("name.surname-after-given-name-and-title", stage="name.entity", priority=40, action="classify",
      why="'Canon Declan' + 'Ross-Hale' tagged an organization: a surname after an untagged given name after a title.",
      examples=["Money spent on war should go to the poor, Cardinal Ciaran Doyle-O'Connor has said."])
def _surname_after_given_name_and_title(ent: Span, seen: Article) -> Found | None:
    if not _mislabelled(ent) or not _given_name_after_title(ent):
        return None
    return found_name(_strip_name(ent.doc[ent.start - 1 : ent.end]))


@rule("name.home-state-after-of", stage="name.entity", priority=49, action="veto",
      why="'Ada Lind of Ohio and Nia Vale of New Mexico, members of ...': a place after a person's "
          "name and 'of' is where the person is from, not a person the title after it describes.",
      examples=["The delay angered senators like Ada Lind of Ohio and Nia Vale of New Mexico, members of the Rural "
                "Roads Committee, who oppose the toll."],
      counter=["Ms Dakota said the vote would fail."])
def _home_state_after_of(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "GPE" or ent.start < 2 or doc[ent.start - 1].lower_ != "of":
        return None
    return Found() if doc[ent.start - 2].ent_type_ == "PERSON" else None


@rule("name.person-tagged-a-body-up-to-of-a-place", stage="name.entity", priority=61, action="classify",
      why="'said Tyrone Hale of Ohio' with 'Tyrone Hale' (or 'Tyrone Hale of') tagged an organization: two or three "
          "name words (no organization noun, title or party word among them) then 'of' and a place are a person's "
          "name and the place the person is from, not a body of that place: with a known given name first "
          "(data/given_name_genders.txt too), or where the model's tag takes the 'of' in and a US state follows "
          "(data/us_states.txt; not 'Planned Parenthood' + 'of Utah').",
      examples=["“In Tarrow,” said Tyrone Hale of Ohio, “the port has to stay open all winter.”"],
      counter=["A spokesman for the Bank of Ohio said on Monday that rates would rise.",
               "Lawyers for Harrow Tarrow of Elmland said on Monday that the deal was off."])
def _person_tagged_a_body_before_of(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    name = ent[:-1] if ent[-1].lower_ == "of" else ent
    of = doc[name.end] if name.end + 1 < len(doc) else None
    if ent.label_ != "ORG" or not 2 <= len(name) <= 3 or of is None or of.lower_ != "of":
        return None
    state = bool({doc[of.i + 1].text, doc[of.i + 1 : of.i + 3].text} & us_state_names())
    if not state and doc[of.i + 1].ent_type_ != "GPE" or not all(_name_word(t) and t.pos_ == "PROPN" for t in name):
        return None
    cut = ent[-1].lower_ == "of"  # the model's own cut before the state: "Hakeem Lind of" (not "Planned Parenthood" + "of Utah")
    return found_name(_strip_name(name)) if known_given_name(name[0]) or state and cut else None


@rule("name.person-tagged-as-org", stage="name.entity", priority=50, action="classify",
      why="'Ms Hale' tagged an organization, 'hiring Dana Holt' a work of art when 'Ms Holt' is written too, 'Ashby said' "
          "when 'President Ashby' is, 'President-elect Marlow' (a title written with a hyphen), 'union lawyer Lena "
          "Tarrow-Voss' (a double-barrelled surname is one word): a person.",
      examples=["Ms Hale said she would appeal.", 'President Ashby met the envoy. "We agreed," Ashby said.',
                "Negotiations came as President-elect Marlow accused Tarrow of stealing the device. Some criticized Marlow for the call.",
                'The union backed the strike. Union lawyer Lena Tarrow-Voss said the court "got it wrong."'],
      counter=["Tom Hale will quit following a report from Elmton News, a Justice Ministry official said.",
               "It demands the return of the passes of Dunmore TV's Chief Blue House correspondent, Tom Hale. The Blue House said no.",
               "The mayor closed the pier because of its closeness to a naval base and shipbuilder Marrow Co, a senior city official said."])
def _person_tagged_as_org(ent: Span, seen: Article) -> Found | None:
    if not _mislabelled(ent) or not _person_named_as_org(ent, seen.honored, seen.titled):
        return None
    return found_name(_strip_name(ent))


def _name_word(tok: Token) -> bool:
    """A capitalized word that may be part of a person's name ("Tanden", "O’Donnell")."""
    letters = tok.text.replace("’", "").replace("'", "").replace("-", "")
    stop = words_of(
        "org_nouns", "titles", "honorifics", "ranks", "party_words", "site_nouns", "landform_nouns", "month_names",
        "weekday_names", "demonym_nouns", "outlet_words",
    )
    return tok.is_title and letters.isalpha() and len(letters) > 1 and tok.lower_ not in stop


def _surname_as_subject(ent: Span) -> bool:
    """The last word of `ent` stands alone elsewhere as a clause's subject, capitalized and not
    tagged a body, and its first word never stands alone: what news does with a surname, not with a
    body's or a place's name."""
    doc, first, last = ent.doc, ent[0].text, ent[-1].text
    alone = False
    for tok in tokens_of(doc):
        if ent.start <= tok.i < ent.end:
            continue
        before = doc[tok.i - 1] if tok.i else None
        after = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if tok.text == first and (after is None or after.text != ent[1].text):
            return False  # "New" alone, "Lockheed" alone: a name of its own, not a given name
        if tok.text == last and tok.ent_type_ in ("GPE", "LOC"):
            return False  # "Make Tarrow" and "Tarrow" a place elsewhere: a slogan's place, not a surname
        if (
            tok.text == last and tok.dep_ in ("nsubj", "nsubjpass") and tok.ent_type_ not in ("ORG", "NORP")  # "Labour won": a body; "Muslims are": a people
            and (before is None or before.pos_ != "PROPN")  # not in another name ("North Korea" beside "South Korea")
            and (after is None or after.lower_ not in words("org_nouns"))
        ):
            alone = True
    return alone


@rule("name.given-name-before-a-title-in-apposition", stage="name.entity", priority=51, action="classify",
      why="'Alexa Tobri Del Mendal, chief counsel to the Dunmore Boatmen's Guild, called ...', 'Brandi, a precinct captain,': one"
          " to four capitalized words opening with a given name (data/first_names_*.txt, given_name_genders.txt), tagged a"
          " body, with a person's title set after them between commas: a person.",
      examples=["The ferry levy went to court in May. Alexa Tobri Del Mendal, chief counsel to the Dunmore Boatmen's Guild, "
                "called the levy a tax on the poor.",
                "Tom Hale said Brandi, a precinct captain, had no results."],
      counter=["In a statement, Dunmore Rights Project, a group of lawyers, said the law was unconstitutional."])
def _given_name_before_title(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    known = known_given_name(ent[0])
    if ent.label_ != "ORG" or not 1 <= len(ent) <= 4 or not known or ent.end + 2 >= len(doc):
        return None
    if not all(_name_word(t) or t.text == "-" for t in ent) or doc[ent.end].text != ",":
        return None
    head = _apposition_after(ent, 5)
    return found_name(_strip_name(ent)) if head is not None and title_word(head) else None


@rule("name.given-name-after-a-persons-noun", stage="name.entity", priority=56, action="classify",
      why="'Labour operative Mason Dunmore said': two or three capitalized words opening with a given name (data/first_names_*.txt,"
          " given_name_genders.txt), tagged a body, right after a lowercase title or a person's noun (data/epithet_nouns.txt) are a"
          " person's name: a body is not described by a person's noun ('the drugmaker Eli Tarrow' keeps its body).",
      examples=["“Stop the levy now,” Labour operative Mason Dunmore said on Chatterly."],
      counter=["“Stop the levy now,” the drugmaker Mason Dunmore said on Chatterly."])
def _given_name_after_a_persons_noun(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    known = known_given_name(ent[0])
    if ent.label_ != "ORG" or not 2 <= len(ent) <= 3 or not known or not ent.start or not all(_name_word(t) for t in ent):
        return None
    before = doc[ent.start - 1]
    if not before.is_lower or not (title_word(before) or before.lower_ in words("epithet_nouns")):
        return None
    return found_name(_strip_name(ent))


def _apposition_after(ent: Span, within: int) -> Token | None:
    """The head of a description in apposition to `ent`, among the `within` words after the comma that follows it."""
    doc = ent.doc
    return next((t for t in doc[ent.end + 1 : ent.end + 1 + within] if t.dep_ == "appos" and t.head.i in range(ent.start, ent.end)), None)


@rule("name.thing-with-a-persons-apposition", stage="name.entity", priority=54, action="classify",
      why="'said Jannice Tarrow, a retired farmer from ...': two or three capitalized words the model tagged a building, "
          "a work, a product, an event or a place, set before a description in apposition headed by a person's noun (a "
          "title's, an epithet's or an unnamed person's: 'nurse', 'engineer', 'student'), are a person's name: things are "
          "not described so. Tagged a body, only with an age as well ('a 51-year-old nurse'): a body may be 'an adviser to "
          "the fund'.",
      examples=["“We waited all night for the buses,” said Jannice Tarrow, a 51-year-old retired farmer who lives nearby.",
                "“Nobody came to fix the pumps,” said Odalys Colon, a 51-year-old nurse."],
      counter=["“Nobody came to fix the pumps,” said Odalys Colon, a nurses' union.",
               "“We waited all night for the buses,” said a farmer outside the Quenby Arena, a stadium the city sold."])
def _thing_with_a_persons_apposition(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ not in ("FAC", "WORK_OF_ART", "PRODUCT", "EVENT", "LOC", "ORG") or not 2 <= len(ent) <= 3:
        return None
    if ent.end + 2 >= len(doc) or doc[ent.end].text != "," or not all(_name_word(t) for t in ent):
        return None
    head = _apposition_after(ent, 10)
    if head is None or not (title_word(head) or head.lemma_.lower() in words_of("epithet_nouns", "unnamed_people")):
        return None
    aged = any(t.lower_ == "year" and t.head.lower_ == "old" for t in doc[ent.end + 1 : head.i])
    return found_name(_strip_name(ent)) if ent.label_ != "ORG" or aged else None


@rule("name.before-a-party-and-state-tag", stage="name.entity", priority=52, action="classify",
      why="'Vesna Garrow (D–Ore.) asked': two to four capitalized words the model tagged a body or a place, "
          "right before a US legislator's party-and-state tag in brackets, are a person's name.",
      examples=["Temple Grand (D–Ore.) pressed the panel on the budget on Tuesday."],
      counter=["The Garrow Institute (a think tank) pressed the panel on the budget on Tuesday."])
def _before_a_party_and_state_tag(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ not in ("ORG", "GPE", "NORP") or not 2 <= len(ent) <= 4 or ent.end + 3 >= len(doc):
        return None
    if not bracketed_party_tag_at(doc, ent.end) or not all(_name_word(t) for t in ent):
        return None
    return found_name(_strip_name(ent))


@rule("name.name-before-an-age", stage="name.entity", priority=53, action="classify",
      why="'says Vantorp, 42, who ...': one to three capitalized words the model tagged a body, set before a number between"
          " commas or before a full stop (an age), are a person's name: news gives a person's age so, never a body's.",
      examples=["“I was close to losing the shop,” says Vantorp, 42, who found work as a nurse in 2010."],
      counter=["“We were close to losing the shop,” says Vantorp Ltd, which employs 42 people.",
               "The biggest losers were Tarrow Mining, 12, and Elm Bank, 9."])
def _name_before_an_age(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "ORG" or not 1 <= len(ent) <= 3 or ent.end + 2 >= len(doc) or doc[ent.end].text != ",":
        return None
    age, after = doc[ent.end + 1], doc[ent.end + 2]
    if not age.text.isdigit() or not 1 <= int(age.text) <= 120 or after.text not in (",", ".", ";"):
        return None
    if ent.end + 3 < len(doc) and doc[ent.end + 3].lower_ in ("and", "or") or ent.start and doc[ent.start - 1].lower_ in ("and", "or"):
        return None  # "X, 12, and Y, 9": a list of scores or ranks, not an age
    return found_name(_strip_name(ent)) if all(_name_word(t) for t in ent) else None


@rule("name.surname-alone-tagged-otherwise", stage="name.entity", priority=57, action="classify",
      why="'Roman Cortland' tagged a people, a building, a work or a product ('An email from Roman Cortland' ... 'Cortland wrote'): "
          "a name of two capitalized words (no body's, title's or place's noun) whose last word stands alone elsewhere as a "
          "subject, and whose first word never does, is a person: news names a person again by surname. Not a name tagged a "
          "body or a place, which news names again by its last word too ('New Labour' ... 'Labour said'), nor a people's "
          "('American Muslims' ... 'Muslims are', the last word tagged a group where it stands alone).",
      examples=["An email from Roman Cortland, meanwhile, reveals the plan.\n\n“We have the votes,” Cortland wrote on Monday."],
      counter=["An email from Roman Cortland, meanwhile, reveals the plan.\n\n“We have the votes,” the council wrote on Monday.",
               "Mayor Tom Hale said officials must make sure that Muslims are welcomed and not isolated.\n\n“Muslims are "
               "fearful now,” he said.\n\n“Our fair is for American Muslims, really,” Ana Ruiz said."])
def _surname_alone_tagged_otherwise(ent: Span, seen: Article) -> Found | None:
    if ent.label_ not in ("NORP", "FAC", "WORK_OF_ART", "PRODUCT", "EVENT") or len(ent) != 2:
        return None  # not a body or a place the model tagged: those are named again by a last word too ("Labour", "Korea")
    if not all(_name_word(t) for t in ent) or not _surname_as_subject(ent):
        return None
    return found_name(_strip_name(ent))


@rule("name.place-run-into-name", stage="name.entity", priority=55, action="classify",
      why="'a partner in Ukraine Oleg Sarnik': after 'in', a place the model ran on into the name after it, when the "
          "article writes the surname alone elsewhere and the model tags it there as a name; the person is the last two words.",
      examples=["She hid her deals with a longtime partner in Ukraine Oleg Sarnik, who has ties to spies. Prosecutors said she lied about Sarnik."],
      counter=["She hid her deals with a longtime partner, Oleg Sarnik, who has ties to spies. Prosecutors said she lied about Sarnik."])
def _place_run_into_name(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if len(ent) != 3 or ent.start == 0 or doc[ent.start - 1].lower_ != "in" or not all(t.is_title and t.is_alpha for t in ent):
        return None
    if any(t.lower_ in words_of("org_nouns", "titles") for t in ent):
        return None
    if text_of(doc).count(f"{ent[0].text} {ent[1].text}") > 1:
        return None  # 'in New York State': the first two words are one name the article writes again
    surname = ent[-1].text
    alone = any(
        t.text == surname and t.ent_type_ in ("PERSON", "ORG") and not (ent.start <= t.i < ent.end) and doc[t.i - 1].text != ent[1].text
        for t in tokens_of(doc)
    )
    return found_name(_strip_name(ent[1:])) if alone else None


@rule("name.given-name-tagged-otherwise-before-a-surname", stage="name.entity", priority=58, action="classify",
      why="'hired Natalia Voskova, a rowing coach': a given name (data/first_names_*.txt, given_name_genders.txt) the model tagged a place or a "
          "body, one space before a one-word person it tagged, is that person's given name: the full name is both words.",
      examples=["The club hired Natalia Voskova, a rowing coach from Elmton, on Monday."],
      counter=["Tom Hale flew from Georgia Voskova to the meeting."])
def _given_name_tagged_otherwise(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or not ent.start or not ent[0].is_title:
        return None
    given = doc[ent.start - 1]
    if given.ent_type_ in ("", "PERSON", "NORP") or given.ent_iob_ != "B" or given.whitespace_ != " " or not given.is_title:
        return None  # a one-word tag of its own, just before ("German Boerse": a people's adjective, no given name)
    if not known_given_name(given) or given.i + 1 < len(doc) and doc[given.i + 1].ent_iob_ == "I":
        return None
    return found_name(_strip_name(doc[given.i : ent.end]))


@rule("name.one-word-body-the-article-treats-as-a-person", stage="name.entity", priority=59, action="classify",
      why="One capitalized word the model tagged a body that the article treats as a person is a person named by "
          "surname: it follows a speech verb and 'who' comes right after it ('said Tarrowby, who runs the scheme'), its "
          "own clause goes on with 'his' or 'her' ('Marrowell referenced his amendment'), or it is quoted speaking as 'I' "
          "(not a word of a body's name or an acronym, and not when the article calls it 'it', 'its' or 'which' anywhere).",
      examples=['“We expect sign-ups to grow,” said Tarrowby, who runs the scheme.',
                "In a rare rebuke of the mayor, Marrowell referenced his own amendment."],
      counter=["Shares in Vantora fell on Monday. Vantora, who employs 400 people, said its profits fell.",
               "The club Elmford, who won on Sunday, said it would appeal the ban."])
def _one_word_body_treated_as_a_person(ent: Span, seen: Article) -> Found | None:
    if not _mislabelled(ent) or len(ent) != 1 or not _name_word(ent[0]) or ent[0].pos_ != "PROPN":
        return None
    name, whole = ent.text, ent.doc[:]
    if name not in _one_words_before_who(whole) | _subjects_owning_a_gendered_word(whole) | _speakers_quoted_as_i(whole):
        return None
    return None if used_as_a_body(ent.doc, name) else found_name(_strip_name(ent))


@per_span
def _one_words_before_who(whole: Span) -> frozenset[str]:
    """One capitalized word right after a speech verb (data/speech_verbs.txt) that 'who' follows ('said Tarrowby, who
    runs ...'), once per document."""
    doc = whole.doc
    found = set()
    for tok in tokens_of(doc):
        if tok.lower_ != "who" or tok.i < 3:
            continue
        name = doc[tok.i - 2] if doc[tok.i - 1].text == "," else doc[tok.i - 1]
        verb = doc[name.i - 1]
        if name.is_title and name.is_alpha and verb.pos_ == "VERB" and verb.lemma_ in words("speech_verbs"):
            found.add(name.text)
    return frozenset(found)


@rule("name.person-after-org", stage="name.entity", priority=60, action="classify",
      why="'the Housing Agency Mark Orme', 'Reps. Rosa McVarga': an organization or title the model ran on into the name "
          "after it (a surname with a capital inside, 'McVarga', 'DeVoss', is a name's word).",
      examples=["A spokesman for the Dunmore Housing Agency Mark Orme said rents would rise.",
                "Reps. Rosa McVarga of Connecticut and Cheri Vale of Illinois met on Monday."],
      counter=["He became chief of a small town in St. Charles County. Tom Hale said he was proud."])
def _person_after_org(ent: Span, seen: Article) -> Found | None:
    split = _person_tail(ent, seen.honored) if ent.label_ != "PERSON" else None
    if split is None:
        return None
    head, tail = split
    while len(head) > 1 and head[-1].pos_ in JOINING_POS:
        head = head[:-1]
    if not any(t.pos_ in ("PROPN", "NOUN") for t in head) or name_text(tail) in seen.not_people:
        return None  # 'the Tina Marsh magazine': 'the' is no organization, and the name is a body's
    org = (
        head[-1].lower_ in words("org_nouns")
        or tail[0].lower_ in words("honorifics") and any(t.pos_ == "PROPN" for t in head)
    )
    return found_name(_strip_name(tail), orgs=(head,) if org else (), freed=range(tail.start, tail.end))


@rule("name.person-after-possessive-org", stage="name.entity", priority=65, action="classify",
      why="'Dunmore Post's Ana Ruiz' tagged as one organization: the owner before the possessive is the body,"
          " the two or three capitalized words after it (no title, body noun, weekday, month, law's or building's noun; not after a"
          " plural's 's)"
          " the person,"
          " unless the article writes them after 'the' ('the Blue House said': a body's or building's name) or sets a thing"
          " beside them ('..., a programme that ...').",
      examples=["The aide gave this statement to Dunmore News’s Tavi Kapor: “We were wrong.”",
                "It would be hard for the port, according to Dunmore News' Chad Lorne."],
      counter=["Tom Hale joined Dunmore Radio's Sunday Politics show.",
               "The money will go to the Elm Museum's Open Doors Scheme, a programme that brings pupils to the galleries.",
               "Ana Ruiz, deputy director of the Tenants’ Rights Project of the Dunmore Civil Union, said it was unlawful.",
               "Aides to President Lind said Lind’s Blue House was quiet. The Blue House said the talks went well.",
               "Fatima Brandt, president @ National Seamen's Law Center",
               "The bill would undo much of Tarrow's Fair Rent Act, which the council passed in May.",
               "The donors met at Dunmore’s Q Hotel on Friday."])
def _person_after_possessive_org(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    outlet_ends = words_of("outlet_name_ends", "outlet_words")
    owned = [  # not "Workers' Rights Project"; "Dunmore News' Tavi Kapor", "Elm Times' Ana Ruiz": an outlet's
        t.i for t in ent[1:-2]
        if t.text in POSSESSIVE and (t.text.endswith("s") or ent.doc[t.i - 1].lower_ in outlet_ends)
    ]
    if ent.label_ != "ORG" or not owned or doc[owned[-1] - 1].lower_ in words("plural_possessors"):
        return None  # "the Seamen's Law Center": a plural's possessive inside a name (data/plural_possessors.txt)
    head, tail = doc[ent.start : owned[-1]], doc[owned[-1] + 1 : ent.end]
    stop = words_of("org_nouns", "titles", "honorifics", "weekday_names", "month_names", "law_nouns", "facility_heads")
    nxt = doc[ent.end] if ent.end < len(doc) else None
    if (
        len(tail) > 3
        or not any(t.pos_ == "PROPN" for t in head)
        or not all(t.pos_ == "PROPN" and t.is_title and t.is_alpha and t.lower_ not in stop for t in tail)
        or nxt is not None and (nxt.pos_ in ("NOUN", "PROPN") or nxt.lower_ == "of")
        or _written_with_the(tail)
        or _set_beside_a_thing(doc, ent.end)
    ):
        return None
    return found_name(_strip_name(tail), orgs=(head,), freed=range(tail.start, tail.end))


def _set_beside_a_thing(doc: Doc, end: int) -> bool:
    """"..., a programme that ...": after the words ending at `end`, a comma and 'a', 'an' or 'the' before a
    common noun that is no title or word for a person (name_words.PERSON_NOUNS)."""
    if end + 2 >= len(doc) or doc[end].text != "," or doc[end + 1].lower_ not in ("a", "an", "the"):
        return False
    noun = next((t for t in doc[end + 2 : end + 5] if t.pos_ == "NOUN"), None)
    return noun is not None and not title_word(noun) and noun.lemma_.lower() not in PERSON_NOUNS


@rule("name.writer-after-outlet-possessive", stage="name.entity", priority=66, action="classify",
      why="'As Dunmore TV’s Tavi Kapor wrote', 'As ABN’s Ana Lind-Marsh said on air': two or three capitalized words (no"
          " body's, title's or place's noun; a hyphen may join two) after a body's possessive, the subject of 'write' or of a"
          " speech verb (data/speech_verbs.txt), are its writer or reporter, not another body.",
      examples=["As ABN’s Manil Kapor wrote earlier this week, Ruiz had not told anyone.",
                "As ABN’s Vesna Lind-Marsh said on the evening show, the envoys want to know why the pier was unguarded."],
      counter=["As ABN’s Manil Kapor unit reported earlier this week, Ruiz had not told anyone."])
def _writer_after_outlet_possessive(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    named = [t for t in ent if t.text != "-"]
    if ent.label_ != "ORG" or not 2 <= len(named) <= 3 or ent.start < 2 or doc[ent.start - 1].text not in ("'s", "’s"):
        return None
    if doc[ent.start - 2].ent_type_ != "ORG" or not all(_name_word(t) for t in named):
        return None
    verb = ent.root.head.lemma_.lower()
    said = verb == "write" or verb in words("speech_verbs")
    return found_name(_strip_name(ent)) if ent.root.dep_ == "nsubj" and said else None


def _written_with_the(name: Span) -> bool:
    """Whether the article writes `name` after "the" where it ends ("the Harbour Board said"):
    a body's or a building's name, never a person's."""
    return re.search(rf"\b[Tt]he {re.escape(name.text)}\b(?! [A-Z])", text_of(name.doc)) is not None


@rule("name.in-programme-title", stage="name.entity", priority=70, action="veto",
      why="'told Sky News' Sunday with Jo Orme': a name in a broadcaster's programme title is not a person named here.",
      examples=["Tom Hale told Dunmore Radio's Sunday with Laura Orme that he would stand."])
def _in_programme(ent: Span, seen: Article) -> Found | None:
    return Found() if ent.label_ == "PERSON" and _in_programme_title(ent) else None


@rule("name.quoted-title", stage="name.entity", priority=45, action="veto",
      why="'told Dunmore TV's “Morning Ferry”': a name that fills a quotation by itself is the title of a show, "
          "book or film, not a person.",
      examples=["Tom Hale said on Dunmore TV’s “Ana Live” that he would stand."],
      counter=["“Tom Hale,” she said, “is wrong.”", 'Tom Hale told MPs "Kerrin Voss" had said the bridge was late.'])
def _quoted_title(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.start == 0 or ent.end + 1 >= len(doc):
        return None
    closing = doc[ent.end + 1] if doc[ent.end].text == "." else doc[ent.end]  # “Morning Ferry.”
    acts = ent.root.dep_ in ("nsubj", "nsubjpass")  # 'told MPs "Kerrin Voss" had said ...': a person
    return Found() if doc[ent.start - 1].text in '“"' and closing.text in '”"' and not acts else None


def nicknames_of(doc: Doc) -> set[str]:
    """Names the article quotes right after a word of nicknaming (data/nickname_words.txt), filling the quotation but
    for a comma or full stop: 'the nickname “Iron Kate.”', not the name that only begins one ('the moniker “Hale the
    Builder”': Hale is a person, the nickname is his)."""
    found = set()
    for ent in ents_of(doc):
        if ent.start < 2 or doc[ent.start - 1].text not in "“\"" or doc[ent.start - 2].lower_ not in words("nickname_words"):
            continue
        end = ent.end
        while end < len(doc) and doc[end].text in (",", "."):
            end += 1
        if end < len(doc) and doc[end].text in "”\"":
            found.add(ent.text)
    return found


@rule("name.after-a-capital-the", stage="name.entity", priority=41, action="veto",
      why="'on the Dunmore TV project, The Greatest Australian, in 2004': a name written after 'The' with a capital inside a "
          "sentence is the title of a show, book or work, not a person (not 'The Rev.' or another title before a name).",
      examples=["Tom Hale was voted ninth on the Dunmore TV project, The Greatest Australian, in 2004."],
      counter=["Tom Hale was voted ninth on the Dunmore TV project in 2004. The Rev. Ana Ruiz came tenth."])
def _after_a_capital_the(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    the = ent[0] if ent[0].text == "The" else doc[ent.start - 1] if ent.start and doc[ent.start - 1].text == "The" else None
    if ent.label_ != "PERSON" or the is None or the.is_sent_start or the.i == 0 or doc[the.i - 1].text in OPENING:
        return None
    after = doc[the.i + 1] if the.i + 1 < len(doc) else None
    return None if after is None or title_word(after) or after.lower_.rstrip(".") in words("honorifics") else Found()


@rule("name.described-after-a", stage="name.entity", priority=39, action="veto",
      why="'Tom Hale, a decorated Coast Guardsman, ...', 'run by a retired Navy Diver': capitalized words after 'a' or 'an' (and its "
          "adjectives) that are the head of their phrase describe someone, as an office or a calling does; they name no "
          "one. Not a given name and a surname ('a Tom Hale', 'met a Jo Orme') nor a name before a noun ('a Tom Hale "
          "voter').",
      examples=["Tom Hale, a decorated Coast Guardsman, now runs a bakery in Tarrow."],
      counter=["Tom Hale, a decorated Coast Guardsman veteran, now runs a bakery in Tarrow.", "She met a Tom Hale at the fair."])
def _described_after_a(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or known_given_name(ent[0]) or ent[0].lower_ in ("a", "an"):
        return None
    k = ent.start - 1
    while k >= 0 and (doc[k].pos_ == "ADJ" or doc[k].tag_ == "VBN"):
        k -= 1  # "a former", "a decorated"
    if k < 0 or doc[k].lower_ not in ("a", "an"):
        return None
    after = doc[ent.end] if ent.end < len(doc) else None
    return None if after is not None and after.pos_ in ("NOUN", "PROPN") else Found()


@rule("name.nickname-is-no-person", stage="name.entity", priority=42, action="veto",
      why="'Her cuts earned her the nickname “Iron Kate.” ... “Iron Kate is back,” she said': a name the article quotes "
          "as a nickname someone was given (data/nickname_words.txt) is that person's nickname, no person of its own, "
          "wherever it is written.",
      examples=["Ana Ruiz cut the harbour budget by half, which earned her the nickname “Iron Kate Marlow.” “The days "
                "of Iron Kate Marlow are back,” she said on Monday."],
      counter=["Ana Ruiz cut the harbour budget by half, with the help of Kate Marlow. “The days of Kate Marlow are "
               "back,” she said on Monday.",
               "Mayor Tom Hale spoke on Monday. Fans gave him the nickname “Tom Hale the Builder.” Hale said the bridge "
               "would pay for itself."])
def _nickname(ent: Span, seen: Article) -> Found | None:
    return Found() if ent.text in seen.nicknames else None


@rule("name.quoted-title-of-no-person", stage="name.entity", priority=43, action="veto",
      why="'has long watched “Elmton & Friends,” and', 'a “100% Rural Broadband Trust Fund”': a name not tagged a "
          "person that fills a quotation but for a comma before its closing mark, a misprinted closing mark or a "
          "figure before it is the title of a show, plan or work, not a body.",
      examples=["Tom Hale has long watched “Elmton & Friends,” and he liked the hosts.",
                "Ana Ruiz told the hosts of “Elmton & Friends“ on Monday that the plan was dead.",
                "The bill creates a “100% Rural Broadband Trust Fund” for small towns."],
      counter=["“Tom Hale,” she said, “is wrong.”", "Ana Ruiz told the hosts of Elmton & Friends on Monday that the plan was dead."])
def _quoted_title_of_no_person(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ == "PERSON" or ent.end + 1 >= len(doc):
        return None
    start = ent.start
    while start > 0 and (doc[start - 1].like_num or doc[start - 1].text == "%"):
        start -= 1  # “100% Rural Broadband Trust Fund”
    if start == 0 or doc[start - 1].text not in "“\"":
        return None
    closing = doc[ent.end + 1] if doc[ent.end].text in (".", ",") else doc[ent.end]  # “Elmton & Friends,”
    plain = start == ent.start and closing.i == ent.end and closing.text in '”"'  # name.quoted-title's
    acts = ent.root.dep_ in ("nsubj", "nsubjpass")
    return Found() if closing.text in ALL_MARKS and not plain and not acts else None


@rule("name.part-of-a-thing-name", stage="name.entity", priority=46, action="veto",
      why="'the Tom Hale Prize', 'the Dunmore Ideas Festival', 'Saint Mary Catholic Church': a name that heads "
          "the name of a festival, church or prize is not a person in the story (data/thing_name_heads.txt; "
          "not shows: 'the Ana Ruiz show' names its host).",
      examples=["Nia Vale gave the Tom Hale Lecture on poetry on Monday.",
                "Tom Hale walked with his wife to Saint Agnes Catholic Church, where they have worshipped for years."],
      counter=["Ana Ruiz will show the plans on Tuesday.", "Nia Vale told the Tom Hale show on Monday that she would stand."])
def _part_of_a_thing_name(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" and not any(given_name(t) for t in ent):  # "The Ana Ruiz Show" tagged a work
        return None
    heads = words("thing_name_heads")
    nxt = doc[ent.end] if ent.end < len(doc) else None
    followed = nxt is not None and nxt.lower_ in heads and (nxt.is_title or nxt.pos_ in ("NOUN", "PROPN"))
    ends = len(ent) >= 3 and ent[-1].is_title and ent[-1].lower_ in heads and not given_name(ent[-2])
    return Found() if followed or ends else None


@rule("name.in-a-line-of-capitals", stage="name.entity", priority=47, action="veto",
      why="'RUIZ LEADS HALE IN POLL': a line written in capitals is a headline whose words the model cannot "
          "tell apart; the people in it are named again in the text, where they are found.",
      examples=["RUIZ LEADS HALE -POLL\nTom Hale leads Nia Vale and Ana Ruiz by four points, a poll showed on Monday."],
      counter=["Tom Hale leads Nia Vale and Ana Ruiz by four points, a poll showed on Monday."])
def _in_a_line_of_capitals(ent: Span, seen: Article) -> Found | None:
    if (ent.label_ != "PERSON" and len(ent) < 2) or not all(t.is_upper for t in ent if t.is_alpha):
        return None
    letters = [w for w in line_of(ent).split() if any(c.isalpha() for c in w)]
    return Found() if len(letters) >= 3 and all(w.isupper() for w in letters) else None


@rule("name.in-title-case-headline", stage="name.entity", priority=44, action="veto",
      why="'Talks Could Ease Strike, But Doubts Persist': in a headline written in title case (a line, or a sentence of "
          "its own, as after an update's time stamp), or a short subheading in title case with no full stop ('Pier Tolls "
          "Rise Again'), every word is capitalized, so capitalized words whose last the article never writes again "
          "elsewhere (outside its lines in title case: a headline's copies) are no person's name.",
      examples=["Pier Talks Could Ease Strike, But Doubts Persist\n\nTom Hale said the talks went well on Monday.",
                "Tom Hale said the talks went well on Monday.\n\nPier Tolls Rise Again\n\nThe plan was read out in Dunmore.",
                "Rep. Tom Hale spoke to reporters on Thursday.\n\nUpdate at 3:15 p.m. ET. Hale Sees 'Some Semblance Of "
                "Peace'\n\n\"This deal was about how to pay the bills,\" Hale said.",
                "Critics Question Pier Leaker's Story About Tolls | Dunmore Radio\n\nCritics Question Pier Leaker's Story "
                "About Tolls\n\nCritics on Monday cast doubt on claims made by the leaker, Tom Hale."],
      counter=["Voters In Dunmore Back Tom Hale For Mayor\n\nAna Ruiz won the vote on Monday. Tom Hale lost."])
def _in_title_case_headline(ent: Span, seen: Article) -> Found | None:
    if ent.label_ not in ("PERSON", "ORG"):
        return None
    ent = _without_line_break(ent)
    line = line_of(ent)
    first = next((w for w in line.split() if w[:1].isalpha()), "")  # "— Lena Park": from the first word
    short = ent.label_ == "PERSON" and is_short_title_line(line) and not known_given_word(first.lower())
    # a byline ("Lena Park") begins with a given name; bodies on such lines are rule org.named-only-in-subheadings
    if not is_title_case_headline(line) and not short:
        line = ent.sent.text.strip()  # 'Update at 3:15 p.m. ET. Hale Sees Some Hope Of Peace': a title-case sentence
        if not is_title_case_headline(line):
            return None
    elsewhere = _story_lines(ent.doc[:]).replace(line, "")  # not another headline's copy ("title: ...", a teaser)
    return None if re.search(rf"\b{re.escape(ent[-1].text)}\b", elsewhere) else Found()  # its last word written again


@per_span
def _story_lines(whole: Span) -> str:
    """The article's text without its lines in title case (headlines and their copies), once per document."""
    return "\n".join(line for line in text_of(whole.doc).split("\n") if not is_title_case_headline(line))


def _without_line_break(ent: Span) -> Span:
    """`ent` without the line break the model may take in after a name ('Ana Orme Agrees' + a blank line), whose
    line would otherwise run on into the next."""
    end = ent.end
    while end > ent.start + 1 and ent.doc[end - 1].is_space:
        end -= 1
    return ent if end == ent.end else Span(ent.doc, ent.start, end, label=ent.label_)


@rule("name.in-a-link-teaser", stage="name.entity", priority=48, action="veto",
      why="'See also: Senator Ana Ruiz says she will run again': a line pointing to another story (data/link_teaser_starts.txt) "
          "names that story's people, who are in this one only if the rest of the text names them too.",
      examples=["Tom Hale spoke in Tarrow on Monday.\n\nSee also: Senator Nia Vale says she will run again\n\nThe talks went on.",
                "Tom Hale spoke in Tarrow on Monday.\n\nQuickTake: Brine, the Salt Agent Spoiling Dunmore\n\nThe talks went on."],
      counter=["Tom Hale spoke in Tarrow on Monday.\n\nSenator Nia Vale says she will run again.\n\nThe talks went on.",
               "See also: Senator Nia Vale says she will run again\n\nVale spoke in Tarrow on Monday."])
def _in_a_link_teaser(ent: Span, seen: Article) -> Found | None:
    ent = _without_line_break(ent)
    line = line_of(ent)  # of any label: 'QuickTake: ... the Nerve Agent Spooking Britain' is no agent's name either
    if not line.lstrip().casefold().startswith(phrases("link_teaser_starts")):
        return None
    elsewhere = text_of(ent.doc).replace(line, "")
    return None if re.search(rf"\b{re.escape(ent[-1].text)}\b", elsewhere) else Found()


@rule("name.party-before-title", stage="name.entity", priority=80, action="classify",
      why="'Labour MPs' tagged as a person: the party before a title.",
      examples=["Tom Hale said Tory MPs would vote against it."])
def _party_before_title(ent: Span, seen: Article) -> Found | None:
    if not seen.untitled_person(ent):
        return None
    full, stripped = seen.person_name(ent)
    if stripped is None and len(full) > 1 and title_word(full[-1]) and all(t.is_title for t in full[:-1]):
        return Found(orgs=(full[:-1],))
    return None


def _cut_at_hyphen(ent: Span) -> int:
    """How many tokens the name runs on, with no space, over a hyphen and a lower-case word the
    model left out ('Ana Su' + '-in': 2; 'Ana Su-' + 'in': 1; else 0)."""
    doc, end = ent.doc, ent.end
    hyphen = ent[-1].text == "-"
    if not hyphen and (end >= len(doc) or doc[end].text != "-" or ent[-1].whitespace_):
        return 0
    tail = end if hyphen else end + 1
    glued = not doc[tail - 1].whitespace_ and tail < len(doc)
    word = doc[tail] if tail < len(doc) else None
    if word is None or word.lower_.endswith(("ed", "ing")):
        return 0  # "Ana Ruiz-related", "Tom Hale-backed": a word made of the name
    return tail + 1 - end if glued and word.is_alpha and word.is_lower else 0


@rule("name.hyphen-cut-off", stage="name.entity", priority=85, action="add",
      why="'President Ana Su-in' tagged as 'Ana Su': a name the model cut at a hyphen before a lower-case word is"
          " one name with it (not a word made of the name: 'Ana Ruiz-related').",
      examples=["President Baek Tae-in met the envoy.", "Minister Seo Jin-in met the envoy."],
      counter=["Tom Hale-Bury said the talks went well.", "Ana Ruiz said the Nia Vale-related posts were fake."])
def _hyphen_cut_off(ent: Span, seen: Article) -> Found | None:
    more = _cut_at_hyphen(ent) if seen.untitled_person(ent) else 0
    return found_name(_strip_name(ent.doc[ent.start : ent.end + more])) if more else None


@rule("name.given-name-left-out", stage="name.entity", priority=87, action="add",
      why="'Committee Chair Debbie' + 'Wasser Schulte' tagged a person: a capitalized given name (data/first_names_*.txt; no"
          " month, verb or auxiliary) the model left out just before the two-word person it tagged begins the name.",
      examples=["Hale got support from former Mayor Bill Dunn, as well as Regional Committee Chair Debbie Wasser Schulte and the mayor."],
      counter=["Hale got support from former Mayor Bill Dunn, as well as Regional Committee Chair Wasser Schulte and the mayor."])
def _given_name_left_out(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) < 2 or ent.start == 0 or ent[0].lower_ in words_of("first_names_male", "first_names_female"):
        return None  # one word: the name pass joins a given name after a title to it ('Gov. Tom' + 'Hale')
    given = doc[ent.start - 1]
    if not (given.is_title and given.is_alpha and not given.ent_type_ and given.pos_ not in ("AUX", "VERB")):
        return None
    if given.lower_ not in words_of("first_names_male", "first_names_female") or given.lower_ in words("month_names"):
        return None
    return _as_full_name(doc[ent.start - 1 : ent.end], ent, seen)


@rule("name.full-name", stage="name.entity", priority=90, action="add",
      why="A person the model tagged, without titles and ranks, of two words or more: a full name.",
      examples=["Tom Hale said the plan was fair."])
def _full_name(ent: Span, seen: Article) -> Found | None:
    return _as_full_name(ent, ent, seen)


def _as_full_name(name: Span, tagged: Span, seen: Article) -> Found | None:
    """`name` without titles and ranks, as a full name, when the model's `tagged` person has no title of its own."""
    stripped = seen.person_name(name)[1] if seen.untitled_person(tagged) else None
    return Found(people=(stripped,)) if stripped is not None and _full_name_words(stripped[0]) else None


@rule("name.one-word-org", stage="name.entity", priority=100, action="classify",
      why="One word the model tags as a person here and as an organization elsewhere ('Labour') is the organization"
          " (not a surname written after Mr or a title: 'President Ashby', 'President Hale’s'; nor one whose own clause "
          "goes on with 'his' or 'her': 'Hale has made it a hallmark of his presidency'; nor the subject of a speech "
          "verb quoted speaking as 'I': 'Hale said that “I never asked”').",
      examples=["Dunmore said it would sue. Dunmore is based in Tarrow and Dunmore employs 40 people.",
                "Pemberton said it would sue the council. Pemberton is based in Tarrow and employs 40 people. Pemberton "
                "said in a statement that its chief had told staff: “I never asked anyone to lie.”"],
      counter=["President Ashby met the envoy on Friday. Ashby said the talks went well.",
               "Temple Grand (D–Ore.) pressed the panel on the budget on Tuesday. Grand is a progressive on taxes.",
               "Council members fear leaving with nothing to show after President Hale’s first half year at the helm."
               " The hold-up came because Hale sent his spending plan to the council weeks behind time.",
               "Aides fear the Pemberton probe will widen. Pemberton said that “I never asked anyone to lie.”"])
def _one_word_org(ent: Span, seen: Article) -> Found | None:
    stripped = seen.person_name(ent)[1] if seen.untitled_person(ent) else None
    if stripped is None or _full_name_words(stripped[0]):
        return None
    if stripped[0].text not in seen.org_names or stripped[0].text in seen.honored | seen.titled:
        return None
    if stripped[0].text in _words_before_party_tags(ent.doc[:]):
        return None  # 'Temple Grand (D–Ore.)' elsewhere: a legislator's surname, whatever the model tags it once
    if stripped[0].text in _subjects_owning_a_gendered_word(ent.doc[:]):
        return None  # 'Hale has made it a hallmark of his presidency': a body owns nothing as 'his'
    if stripped[0].text in _speakers_quoted_as_i(ent.doc[:]):
        return None  # 'Hale said: "I never asked him"': a body does not speak as 'I'
    return Found(orgs=(stripped[0],))


@per_span
def _subjects_owning_a_gendered_word(whole: Span) -> frozenset[str]:
    """One-word subjects whose own clause goes on with 'his' or 'her' before anyone else is named in it ('Hale has
    made it a hallmark of his presidency'), once per document."""
    genders = words_of("pronouns_male", "pronouns_female")
    found = set()
    for tok in tokens_of(whole.doc):
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.is_title or any(c.dep_ == "compound" for c in tok.children):
            continue
        for later in tok.head.subtree:
            if later.i <= tok.i:
                continue
            if later.ent_type_ == "PERSON" or later.pos_ == "PROPN" and later.is_title:
                break  # someone else named first: 'his' may be theirs
            if later.lower_ in ("his", "her") and later.lower_ in genders and later.tag_ == "PRP$":
                found.add(tok.text)
                break
    return frozenset(found)


@per_span
def _speakers_quoted_as_i(whole: Span) -> frozenset[str]:
    """One-word subjects of a speech verb (data/speech_verbs.txt) whose first quotation after the verb, in the same
    sentence, speaks as 'I', 'me' or 'my' ('Hale said that "I never asked"'), with no other person tagged between them
    ('Hale said Tom Ruiz told him: "I ..."': Ruiz's words) and no other speech verb ('Hale said its chief told staff:
    "I ..."'), once per document."""
    doc = whole.doc
    spans = sorted(doc._.quote_chars or [])
    found = set()
    for tok in tokens_of(doc):
        verb = tok.head
        if tok.dep_ != "nsubj" or tok.pos_ != "PROPN" or not tok.is_title or verb.lemma_ not in words("speech_verbs"):
            continue
        sent = tok.sent
        after = [(start, end) for start, end in spans if verb.idx < start < sent.end_char]
        if not after:
            continue
        start, end = after[0]
        between = [t for t in sent if tok.i < t.i and t.idx < start]
        if any(t.ent_type_ == "PERSON" for t in between):
            continue  # someone else named first: the quotation may be theirs
        if any(t.i > verb.i and t.pos_ in ("VERB", "AUX") and t.lemma_ in words("speech_verbs") for t in between):
            continue  # 'X said its chief had told staff: "I ..."': another's saying nearer the quotation
        if any(start <= t.idx < end and (t.text == "I" or t.lower_ in ("me", "my")) for t in sent):
            found.add(tok.text)
    return frozenset(found)


@per_span
def _words_before_party_tags(whole: Span) -> frozenset[str]:
    """The words written right before a US party-and-state tag in brackets ('Grand (D–Ore.)'), once per document."""
    doc, texts = whole.doc, columns_of(whole.doc).text
    return frozenset(texts[i - 1] for i in range(1, len(texts)) if texts[i] == "(" and bracketed_party_tag_at(doc, i))


@rule("name.one-word-employer", stage="name.entity", priority=104, action="classify",
      why="'As Dunmorite's Tom Hale points out': one word with a possessive before a person's full name is where the person works, not a person"
          " (nor a body where the article tags the word a place elsewhere: 'Tarrowland's King Oskar' is the country's king).",
      examples=["As Dunmorite's Tom Hale points out, the figures are true."],
      counter=["Tom Hale spoke. As Hale's Ana Ruiz points out, the figures are true."])
def _one_word_employer(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or ent.end + 2 >= len(doc) or doc[ent.end].text not in POSSESSIVE:
        return None
    after = doc[ent.end + 1]
    full = after.ent_iob_ == "B" and after.ent_type_ == "PERSON" and after.i + 1 < len(doc) and doc[after.i + 1].ent_iob_ == "I"
    known = ent.text in seen.honored or any(ent.text == e.text.split()[-1] for e in ents_of(doc) if e.label_ == "PERSON" and len(e) > 1)
    if full and any(e.label_ in ("GPE", "LOC") and e.text == ent.text for e in ents_of(doc)):
        return Found()  # "Tarrowland's King Oskar": a place's
    return Found(orgs=(ent,)) if full and not known else None


@rule("name.transcript-label-tagged-a-body", stage="name.entity", priority=105, action="classify",
      why="'... Why did you do that? ORLANDO: Even though ...': a word in capitals before a colon that the article writes "
          "elsewhere as a person's surname ('editor Alan Orlando') labels that person's turn in a transcript, though the model "
          "tags it a body.",
      examples=["Tarrow Post executive editor Alan Orlando spoke to the columnist on Monday.\n\nVOSS: Tell me about the lines "
                "you cut once the piece was online. What was the reason? ORLANDO: Three of us, me among them, had read it on "
                "the night it went to print, and on reflection the wording struck us as clumsy."],
      counter=["Tarrow Post executive editor Alan Orlando spoke to the columnist on Monday.\n\nVOSS: Tell me about the lines "
               "you cut once the piece was online. What was the reason? NATO: Three of us, me among them, had read it on "
               "the night it went to print, and on reflection the wording struck us as clumsy."])
def _transcript_label_tagged_a_body(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "ORG" or len(ent) != 1 or len(ent.text) < 3 or not ent.text.isalpha() or not ent.text.isupper():
        return None
    if ent.end >= len(doc) or doc[ent.end].text != ":":
        return None
    surname = ent.text.title()
    named = any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == surname for e in ents_of(doc))
    return found_name(_strip_name(ent)) if named else None


@rule("name.acronym-not-a-person", stage="name.entity", priority=106, action="classify",
      why="'told KTRW in an interview': one word in capitals (not a transcript's 'HALE:' label) is a body's acronym, not a person.",
      examples=["In an interview with KUSO, the mayor said he would resign."],
      counter=["HALE: We will build the bridge.\nRUIZ: When?"])
def _acronym_not_a_person(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or len(ent.text) < 3 or not ent.text.isalpha() or not ent.text.isupper():
        return None
    label = ent.end < len(doc) and doc[ent.end].text == ":"
    return Found(orgs=(ent,)) if not label else None


_ACRONYM = re.compile(r"(?:[A-Z]\.?){3,6}")


@rule("name.acronym-tagged-a-place", stage="name.entity", priority=108, action="classify",
      why="'speak at the D.F.A.’s annual convention', tagged a place or a building: letters in capitals (three to six, dotted or not) are "
          "a body's acronym, not a place, unless they are a place's short form (data/place_acronyms.txt: 'USA', 'NYC'), "
          "the article writes the word in lower case too ('Iran' beside 'IRAN'), or words in capitals stand beside it (a "
          "line or a tweet in capitals: 'IN TARROW:').",
      examples=["Tom Hale will speak at the D.F.A.’s annual convention in Tarrow on Friday.",
                "Tom Hale will speak at the IRGA’s annual convention in Tarrow on Friday."],
      counter=["Tom Hale will speak at the USA’s annual convention in Tarrow on Friday.",
               "Tom Hale wrote: WE STAND WITH SYRIA. He spoke in Tarrow on Friday.",
               "Tom Hale listed the countries: SYRIA, IRAQ, SOMALIA and YEMEN."])
def _acronym_tagged_a_place(ent: Span, seen: Article) -> Found | None:
    if ent.label_ not in ("GPE", "LOC", "NORP", "FAC"):
        return None
    doc, span = ent.doc, ent[1:] if ent[0].lower_ == "the" else ent
    if len(span) != 1 or not _ACRONYM.fullmatch(span.text) or span.text in phrases("place_acronyms"):
        return None
    i = span.start
    before = next((t for t in reversed(doc[max(0, i - 3) : i]) if not _joins_a_list(t)), None)
    after = next((t for t in doc[i + 1 : i + 4] if not _joins_a_list(t)), None)
    beside = [t for t in (before, after) if t is not None and t.is_alpha and len(t) > 1]
    if any(t.is_upper for t in beside) or span.text.replace(".", "").title() in text_of(doc):
        return None  # a line or a tweet in capitals; a word the article writes in lower case too
    return Found(orgs=(span,))


def _joins_a_list(tok: Token) -> bool:
    """A mark or a word joining the words of a list ("SYRIA, IRAQ and YEMEN"; data/list_joins.txt)."""
    return tok.is_punct or tok.lower_ in words("list_joins")


@rule("name.outlet-told-at-clause-end", stage="name.entity", priority=107, action="classify",
      why="'..., he told Hallam.', 'she told Hallam: \"...\"': one word the model tags a person, after 'told' and"
          " ending the clause at a full stop or a colon, names the outlet the words were said to (not the surname of a"
          " person the article names in full: 'told Hale.').",
      examples=["\"We were never asked,\" the ferryman told Hallam."],
      counter=["Tom Hallam runs the ferry. It was a shock, he told Hallam."])
def _outlet_told_at_clause_end(ent: Span, seen: Article) -> Found | None:
    doc = ent.doc
    if ent.label_ != "PERSON" or len(ent) != 1 or not told_at_clause_end(doc, ent.start, ent.end):
        return None
    if ent.text in seen.honored or any(e.label_ == "PERSON" and len(e) > 1 and e[-1].text == ent.text for e in ents_of(doc)):
        return None
    return Found(orgs=(ent,))


@rule("name.one-word", stage="name.entity", priority=110, action="add",
      why="A person the model tagged by one word (or a surname with its particle): a name to link or keep alone;"
          " not a common word such as 'That' (data/stop_words.txt) in a title-case headline.",
      examples=["Dunmore striker Hale scored twice."],
      counter=["QuickTake: The Tarrow Nerve Agent That’s Spooking Britain\n\nTom Hale said the agent was rare."])
def _one_word(ent: Span, seen: Article) -> Found | None:
    stripped = seen.person_name(ent)[1] if seen.untitled_person(ent) else None
    if stripped is None or _full_name_words(stripped[0]) or stripped[0].text.lower() in words("stop_words"):
        return None  # 'The Nerve Agent That’s Spooking the Town': a word of a title-case headline
    return Found(singles=(stripped[0],))


@rule("name.organization", stage="name.entity", priority=120, action="add",
      why="An organization the model tagged (with 'Democrat' after 'Liberal' when it tagged them apart).",
      examples=["Dunmore Mining said profits rose."])
def _organization(ent: Span, seen: Article) -> Found | None:
    if ent.label_ != "ORG":
        return None
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.start : ent.end + 1].text in _synonyms():
        ent = doc[ent.start : ent.end + 1]  # "Liberal" + "Democrat", tagged apart
    return Found(orgs=(ent,))


# -- the passes after it: run-on names, surnames, one-word names ----------------------------


@rule("name.surname-after-honorific", stage="name.pass", priority=0, action="add",
      why="'Baroness Quill of Ashby', the surname left untagged: a person named by title and surname (not 'Lord Chancellor').",
      examples=["Baroness Quill of Ashby spoke in the debate."])
def surname_after_honorific(tok: Token, org_tokens: set[int]) -> Span | None:
    doc, nxt = tok.doc, tok.doc[tok.i + 1]
    if (
        tok.lower_ in words("honorifics")
        and tok.is_title
        and nxt.pos_ == "PROPN"
        and nxt.is_title
        and not nxt.ent_type_
        and nxt.i not in org_tokens
        and not title_word(nxt)
        and nxt.lower_ not in words("ranks")
    ):
        return doc[nxt.i : nxt.i + 1]
    return None


def _given_name_before_initial(tok: Token, end: int) -> bool:
    """'Dean E. Hale': a capitalized title that is a given name too, with a middle initial and more
    of the name after it; or right after another title word, with one capitalized word after it
    ('executive editor Dean Hale': the editor's given name, not a dean; 'said Dean Hale of the law
    school' stays a dean)."""
    doc = tok.doc
    if not tok.is_title or not given_name(tok) or tok.i + 1 >= end:
        return False
    after_title = tok.i > 0 and title_word(doc[tok.i - 1])
    if after_title and end == tok.i + 2 and doc[tok.i + 1].is_title:
        return True
    if tok.i + 2 >= end:
        return False
    initial = doc[tok.i + 1].text
    return len(initial) == 2 and initial[0].isupper() and initial[1] == "."


def _surname_after_honorific_word(tok: Token) -> bool:
    """'Mr. Dean', 'Ms Bishop': a title that is a surname too, straight after Mr, Ms ... ."""
    before = tok.doc[tok.i - 1] if tok.i else None
    return before is not None and before.lower_ in words("plain_honorifics") and tok.lower_ in words("titles_also_surnames") and tok.is_title


def _untagged_full_name(doc: Doc, i: int, org_tokens: set[int]) -> Span | None:
    """A given name at token `i` and a capitalized word after it, both left untagged: a full name."""
    if i + 1 >= len(doc):
        return None
    given, last = doc[i], doc[i + 1]
    untagged = not given.ent_type_ and not last.ent_type_ and not org_tokens.intersection((given.i, last.i))
    if (
        untagged
        and given_name(given)
        and given.is_title
        and given.pos_ == "PROPN"
        and last.pos_ == "PROPN"
        and last.is_title
        and last.is_alpha
        and not title_word(last)
        and last.lower_ not in words_of("ranks", "honorifics")
    ):
        return doc[given.i : last.i + 1]
    return None


@rule("name.full-name-after-honorific", stage="name.pass", priority=5, action="add",
      why="'Dr. Ana Ruiz', the name left untagged: an honorific, a given name and a capitalized word is a full name "
          "(not the given name alone).",
      examples=["Dr. Ana Ruiz of the Dunmore Institute said she had concerns."],
      counter=["Dr. Hale of the Dunmore Institute said he had concerns."])
def full_name_after_honorific(tok: Token, org_tokens: set[int]) -> Span | None:
    if not (tok.lower_ in words("honorifics") and tok.is_title):
        return None
    return _untagged_full_name(tok.doc, tok.i + 1, org_tokens)


@rule("name.full-name-after-title", stage="name.pass", priority=6, action="add",
      why="'Chief of Staff Ana Ruiz said', the name left untagged: a capitalized title, a given name and a capitalized "
          "word is a full name.",
      examples=["Chief of Staff Ana Ruiz said it was fine."],
      counter=["Chief of Staff Hale said it was fine."])
def full_name_after_title(tok: Token, org_tokens: set[int]) -> Span | None:
    doc, j = tok.doc, tok.i
    if not tok.is_title or tok.i + 1 >= len(doc) or not given_name(doc[tok.i + 1]):
        return None
    while j >= 0 and j > tok.i - 6 and (doc[j].is_title or doc[j].lower_ in TITLE_LINKS) and not title_word(doc[j]):
        j -= 1
    if j < 0 or j <= tok.i - 6 or not (title_word(doc[j]) and doc[j].is_title):
        return None
    return _untagged_full_name(doc, tok.i + 1, org_tokens)


@rule("name.full-name-after-lowercase-title", stage="name.pass", priority=7, action="add",
      why="'said Dunmore-based security analyst Ana Ruiz', the name left untagged: a title word in lower case, a given "
          "name and a capitalized word is a full name.",
      examples=["“The port will never pay for itself,” said Dunmore-based security analyst Ana Ruiz."],
      counter=["“The port will never pay for itself,” said Dunmore-based security analyst Hale."])
def full_name_after_lowercase_title(tok: Token, org_tokens: set[int]) -> Span | None:
    doc = tok.doc
    if not tok.is_lower or not title_word(tok) or tok.i + 2 >= len(doc):
        return None
    given, last = doc[tok.i + 1], doc[tok.i + 2]
    if not known_given_name(given):
        return None
    if given.ent_type_ or last.ent_type_ or org_tokens.intersection((given.i, last.i)):
        return None  # a name the model tagged is found as such
    if not (given.is_title and given.pos_ == "PROPN" and last.pos_ == "PROPN" and last.is_title and last.is_alpha):
        return None
    return None if title_word(last) or last.lower_ in words_of("ranks", "honorifics") else doc[given.i : last.i + 1]


@rule("name.cut-at-name-given-elsewhere", stage="name.pass", priority=10, action="trim",
      why="A name run on into a headline's next word ('Ana Ruiz Wins') is cut back to a name given elsewhere"
          " (not before 'Jr.' or 'III': 'Tom Hale Jr.' is another person).",
      examples=["Tom Hale Becomes Mayor. Tom Hale said he was proud."],
      counter=["Tom Hale said the plan was fair. His son, Tom Hale Jr., said the plan failed."])
def cut_at_name_given_elsewhere(span: Span, plain: set[str]) -> Span | None:
    text = name_text(span)
    # the first in sorted order of the names `text` starts with, then a space
    other = min((text[:j] for j, ch in enumerate(text) if ch == " " and text[:j] in plain), default=None)
    if other is None or all(w.lower() in words("generational_suffixes") for w in text[len(other) :].split()):
        return None
    end = next(k for k in range(span.start + 1, span.end + 1) if span.doc[span.start : k].text == other)
    return span.doc[span.start : end]


class Surnames:
    """The people of an article by surname, each with where it is first named."""

    def __init__(self, index: Mentions) -> None:
        by_surname: dict[str, set[tuple[int, str]]] = {}
        for m in index.mentions:
            if patronymic_is_the_parents(m.key):
                continue
            by_surname.setdefault(surname(m.key), set()).add((m.start, m.key))
            if (after := after_lowercase_prefix(surname(m.key))) is not None:  # 'al-Rashid': also 'Rashid'
                by_surname.setdefault(after, set()).add((m.start, m.key))
        keys = {m.key for m in index.mentions}
        for m in index.mentions:
            if (before := surname_before_suffix(m.key, keys)) is not None:  # 'Tom R. Hale Jr.': also 'Hale'
                by_surname.setdefault(before, set()).add((m.start, m.key))
        self.named = {k: sorted(v) for k, v in by_surname.items()}
        self.namesakes: dict[str, set[tuple[int, str]]] = {k: set(v) for k, v in by_surname.items()}
        for m in index.mentions:  # 'Tom Hale Jr.' beside 'Ana Hale': one of two Hales, though 'Hale' alone is hers
            parts = m.key.split()
            if len(parts) >= 3 and parts[-1].lower() in words("generational_suffixes"):
                self.namesakes.setdefault(parts[-2].rstrip(","), set()).add((m.start, m.key))
        self._starts = {k: [start for start, _ in v] for k, v in self.named.items()}
        self.said: dict[str, tuple[int, str]] = {}  # surname -> (where, whom) it first stood alone for

    def first_named(self, word: str, key: str) -> int:
        """Where the person `key`, surnamed `word`, is first named."""
        return next(start for start, k in self.named[word] if k == key)

    def person(self, word: str, at: int) -> str | None:
        """The person surnamed `word` last named at or before token `at`, else the first."""
        candidates = self.named.get(word)
        if not candidates:
            return None
        before = bisect_right(self._starts[word], at)
        return candidates[before - 1][1] if before else candidates[0][1]


@rule("name.patronymic-is-the-parents", stage="name.surname-of", priority=5, action="veto",
      why="'Prince Khalid bin Nasser ... King Nasser called': the word after 'bin', 'ibn', 'bint' or 'ben' written in lower"
          " case (data/patronymic_particles.txt) is a parent's name; alone it names the parent, never the one named"
          " in full ('bin Nasser' is his short form).",
      examples=["Prince Khalid bin Nasser, the defense minister, flew to Tarrow. King Nasser called the mayor on Friday."],
      counter=["Prince Khalil Omar, the defense minister, flew to Tarrow. Omar called the mayor on Friday."])
def patronymic_is_the_parents(key: str) -> bool:
    return after_patronymic(key)


@rule("name.surname-before-suffix", stage="name.surname-of", priority=10, action="alias",
      why="'Tom R. Hale Jr.' is 'Hale' alone too: the word before a generational suffix ('Jr.', 'III'; "
          "data/generational_suffixes.txt) is the surname, where no one else named in full has that surname "
          "('Tom Hale' beside 'Tom Hale Jr.': 'Hale' alone is told of them as before).",
      examples=["The seat went to Tom R. Hale Jr., a lawyer, in 2010.\n\n“We will build the bridge,” Hale said on Monday."],
      counter=["Tom Hale and his son, Tom Hale Jr., spoke on Monday.\n\n“We will build the bridge,” Hale said."])
def surname_before_suffix(key: str, keys: set[str]) -> str | None:
    """The surname of `key` (a name of three words or more) before its generational suffix, if no
    other of `keys` ends in it."""
    parts = key.split()
    if len(parts) < 3 or parts[-1].lower() not in words("generational_suffixes") or not parts[-2][:1].isupper():
        return None
    word = parts[-2].rstrip(",")
    if any(k != key and k.split()[-1] == word for k in keys):
        return None
    return word


def _namesakes_named_later(span: Span, word: str, surnames: Surnames) -> set[str] | None:
    """The people of surname `word` named in full, when `span` (the surname alone) stands before every one of them and
    the surname has not stood alone for anyone yet; else None."""
    namesakes = surnames.namesakes.get(word, set())
    if not namesakes or word in surnames.said or span.start >= min(start for start, _ in namesakes):
        return None
    return {key for _, key in namesakes}


@rule("name.another-given-name-before-a-surname", stage="name.pass", priority=14, action="add",
      why="'Ruth Tanner ... the hall stood for Caleb Tanner, a firefighter' with 'Caleb Tanner' left untagged: a "
          "capitalized given name (data/given_name_genders.txt) right before the surname of a person named, that is the "
          "given name of no one of that surname, names someone else in full, not the person named.",
      examples=["Ruth Tanner spoke last, and the hall stood for Caleb Tanner, a firefighter of twenty years who died in a blaze in 2011."],
      counter=["Ruth Tanner spoke last, and the hall stood for Tanner, a firefighter of twenty years who died in a blaze in 2011."])
def another_given_name_before(span: Span, word: str, surnames: Surnames) -> str | None:
    """The full name a given name before the surname `word` at `span` makes, when it is another person's."""
    if span.start < 1 or len(span) != 1:
        return None
    given = span.doc[span.start - 1]
    if not given.is_title or given.ent_type_ not in ("", "PERSON") or given.lower_ in MONTH_NAMES:
        return None
    if given.pos_ != "PROPN":
        return None  # "Will Hale win?", "In Hale's town": a word of the sentence, not a name
    if given.lower_ not in pairs("given_name_genders"):
        return None
    named = {key.split()[0] for _, key in surnames.namesakes.get(word, ())}
    return f"{given.text} {word}" if named and given.text not in named else None


@rule("name.surname-before-its-namesakes", stage="name.pass", priority=17, action="add",
      why="'President Varnell's children ... Tom Varnell Jr. and Maria Varnell': a surname after a title or honorific,"
          " standing alone before any of two or more people of that surname is named in full, is someone else, named by"
          " the surname (the one the reader is expected to know); it goes on naming them wherever it stands alone.",
      examples=["Governor Varnell's son and daughter both run firms in Tarrow. Tom Varnell Jr. and Maria Varnell spoke"
                " on Monday.\n\nGovernor Varnell did not attend the meeting."],
      counter=["Tom Varnell Jr. and Maria Varnell spoke on Monday.\n\nGovernor Varnell did not attend the meeting."])
def surname_before_its_namesakes(span: Span, word: str, surnames: Surnames) -> str | None:
    keys = _namesakes_named_later(span, word, surnames)
    if keys is None or len(keys) < 2:
        return None
    before = span.doc[span.start - 1] if span.start else None
    titled = before is not None and before.is_title and (title_word(before) or before.lower_.rstrip(".") in words("honorifics"))
    return word if titled else None  # 'President Varnell': one the reader knows; a bare 'Varnell' may be either


@rule("name.surname-before-a-junior", stage="name.pass", priority=16, action="add",
      why="'President Varnell said ... his son, Tom Varnell Jr., ...': a surname standing alone before the one person of"
          " that surname named in full is named, where that name ends in 'Jr.' or 'III' (data/generational_suffixes.txt),"
          " is someone else, the elder the reader is expected to know (news calls the younger 'Varnell Jr.'); it goes on"
          " naming them wherever it stands alone.",
      examples=["President Varnell told reporters the talks had failed.\n\nHis son, Tom Varnell Jr., runs a firm in Tarrow."
                "\n\nVarnell said the firm was not involved."],
      counter=["Tom Varnell Jr. runs a firm in Tarrow.\n\nVarnell said the firm was not involved."])
def surname_before_a_junior(span: Span, word: str, surnames: Surnames) -> str | None:
    keys = _namesakes_named_later(span, word, surnames)
    if keys is None or len(keys) != 1:
        return None
    parts = next(iter(keys)).split()
    if len(parts) < 3 or parts[-1].lower() not in words("generational_suffixes") or parts[-2].rstrip(",") != word:
        return None
    after = span.doc[span.end] if span.end < len(span.doc) else None
    return None if after is not None and after.lower_ in words("generational_suffixes") else word


@rule("name.surname-alone-keeps-its-person", stage="name.pass", priority=18, action="alias",
      why="'Ana Ruiz ... Ruiz said ... Her husband, Tom Ruiz, said ... Ruiz was 15': a surname that has stood alone"
          " for one person goes on naming that person after another of that surname is named in full (news calls the"
          " second by full or given name); not after an honorific ('Mr Ruiz'), which tells them apart.",
      examples=["Sarah Ferrand, 51, spoke to the paper. Ferrand said she was afraid. Her husband, Tom Ferrand, backed her. Ferrand was 15 then."],
      counter=["Sarah Ferrand, 51, spoke to the paper. Ferrand said she was afraid. Her husband, Tom Ferrand, backed her. Mr Ferrand was 15 then."])
def surname_keeps_its_person(span: Span, word: str, surnames: Surnames) -> str | None:
    first = surnames.said.get(word)
    latest = surnames.person(word, span.start)
    if first is None or latest is None or latest == first[1] or span.start == 0:
        return None
    if span.doc[span.start - 1].lower_.rstrip(".") in words("honorifics"):
        return None
    return first[1] if surnames.first_named(word, latest) > first[0] else None


@rule("name.surname-alone", stage="name.pass", priority=20, action="alias",
      why="A surname alone, tagged or not (or its part after a lowercase prefix and a hyphen: 'Rashid' of 'al-Rashid'), "
          "is the person of that surname named last before it (or first).",
      examples=["Tom Hale runs the firm. Hale said profits rose.",
                "The raid killed Omar al-Rashid. Rashid’s death was confirmed by Tarrow."])
def surname_alone(span: Span, word: str, surnames: Surnames) -> str | None:
    return _person_of_the_word(span, word, surnames)


def _person_of_the_word(span: Span, word: str, surnames: Surnames) -> str | None:
    """The person `word` names at `span` (last named before it, or first, but not one named as the
    kin of another: rule name.surname-alone-not-the-kin), unless a body's noun follows."""
    if _before_body_noun(span):
        return None
    return surname_not_the_kin(span, word, surnames) or surnames.person(word, span.start)


def _a_subject(tok: Token) -> bool:
    """Whether the name starting at `tok` (or the kin noun it stands beside) is its clause's subject."""
    while tok.dep_ in ("compound", "appos") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass")


@rule("name.surname-alone-not-the-kin", stage="name.pass", priority=19, action="alias",
      why="'Tom Hale arrived with his daughter Ana Hale. Hale, the builder, won the contract': a"
          " surname alone after one of its people was named as another's kin ('his wife', 'her son'), not as a"
          " subject, is the one whose kin they are, named before them.",
      examples=["Tom Varnell arrived at the town hall with his daughter Ana Varnell on Friday. Varnell, the builder, won"
                " the contract."],
      counter=["Tom Varnell spoke to Ana Varnell, the mayor, on Friday. Varnell, the builder, won the contract."])
def surname_not_the_kin(span: Span, word: str, surnames: Surnames) -> str | None:
    named = surnames.named.get(word, [])
    before = [(start, key) for start, key in named if start < span.start]
    if len(before) < 2:
        return None
    doc, (start, latest) = span.doc, before[-1]
    if not after_kin(doc[start : start + 1]) or _a_subject(doc[start]):
        return None  # 'His cousin Andy Hale was hurt. Hale died': the kin, a subject, may be meant (the resolver's)
    # the nearest named before the kin, not as anyone's kin: "Tom Hale, with his son Ben Hale" -> Tom, even after an "Ana Hale"
    return next((key for at, key in reversed(before) if key != latest and not after_kin(doc[at : at + 1])), None)


@rule("name.one-word-name-again", stage="name.pass", priority=25, action="alias",
      why="'President Lind spoke ... Lind tweeted' (the second 'Lind' left untagged): a person named by one word after a "
          "title or Mr/Ms is that person wherever the word stands untagged (not before a body's noun).",
      examples=["President Lind spoke on Saturday.\n\n“Just had a fine and useful call with the mayor of Tarnia,” Lind"
                " tweeted. “We agree on the harbour plan.”"])
def one_word_name_again(span: Span, word: str, surnames: Surnames) -> str | None:
    return None if span[0].ent_type_ else _person_of_the_word(span, word, surnames)  # tagged: the model read it otherwise


@rule("name.one-word-person-tagged-elsewhere", stage="name.pass", priority=26, action="alias",
      why="'When Lind asked ... “...,” Lind said' where the model tags the one word 'Lind' a person once and leaves it "
          "untagged elsewhere: a capitalized proper noun left untagged is the one person that word named where it was "
          "tagged (also a family name written first: 'Tan' of 'Tan Wei Ming'), not before a body's noun.",
      examples=["Tarrow talk\n\nWhen Dunlow pointed out that the pier was shut, the mayor laughed.\n\n"
                "\"In any other year they would be on the list,\" Dunlow said of the names."],
      counter=["Tarrow talk\n\nWhen Dunlow pointed out that the pier was shut, the mayor laughed.\n\n"
               "\"In any other year they would be on the list,\" the mayor said of the names."])
def one_word_person_tagged_elsewhere(span: Span, key: str) -> str | None:
    if span[0].ent_type_ or span[0].pos_ != "PROPN" or not span[0].is_title or _before_body_noun(span):
        return None  # tagged: the model read it otherwise; a common word at a sentence's start is no name
    doc = span.doc
    beside = [doc[i] for i in (span.start - 1, span.end) if 0 <= i < len(doc)]
    if any(t.pos_ == "PROPN" and t.is_title for t in beside):
        return None  # a word of a longer name ("the Dunlow Planning Committee")
    return key


@rule("name.surname-before-body-noun", stage="name.surname", priority=10, action="veto",
      why="'the Hale Foundation', 'Hale University': a surname before a capitalized organization noun names the body, not the person.",
      examples=["Tom Hale runs the firm. Critics said the Hale Foundation should be shut down."],
      counter=["Tom Hale spoke. He cared more for the Tom Hale Party than the Dunmore Party."])
def _before_body_noun(span: Span) -> bool:
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    named_in_full = span.start > 0 and doc[span.start - 1].pos_ == "PROPN"  # 'the Tom Hale Party': the person's, in jest
    return nxt is not None and nxt.is_title and nxt.lower_ in words("org_nouns") and not named_in_full


@dataclass
class Singles:
    """What the rules of stage `name.single` look at: the article's index, its full names by
    given name and by spelling."""

    index: Mentions
    by_first_name: dict[str, list[str]] = field(default_factory=dict)
    spellings: _Spellings = field(default_factory=_Spellings)


@dataclass(frozen=True)
class Single:
    """Whom a one-word name names: `key` (`None`: no one), as a new spelling of it (`alias`),
    or as a new person named by one word (`new`)."""

    key: str | None
    alias: bool = False
    new: bool = False


@rule("name.single-after-the", stage="name.single", priority=0, action="veto",
      why="'get the Bill through': a one-word name after 'the' is a thing.",
      examples=["Tom Hale said the Bill would pass."])
def _single_after_the(span: Span, seen: Singles) -> Single | None:
    return Single(None) if span.start > 0 and span.doc[span.start - 1].lower_ == "the" else None


@rule("name.single-after-a-regnal-title", stage="name.single", priority=5, action="add",
      why="'Pope Leo', 'King Harald': one name after a monarch's or a pope's title (data/regnal_titles.txt) is that "
          "person's whole name, not the given name of someone named in full ('Leo Marsh ... Pope Leo').",
      examples=["Leo Marsh, who runs a parish charity in Tarrow, wrote to Pope Leo last year."])
def _single_after_a_regnal_title(span: Span, seen: Singles) -> Single | None:
    before = span.doc[span.start - 1] if span.start else None
    regnal = before is not None and before.is_title and before.lower_ in words("regnal_titles")
    return Single(name_text(span), new=True) if regnal and name_text(span).split() else None


@rule("name.single-given-name", stage="name.single", priority=10, action="resolve",
      why="'Sir John', 'David has decided': the one person of that given name named in full.",
      examples=["Tom Hale runs the firm. Tom said profits rose.",
                "Rep. Ben Tarrow denied wrongdoing. But Tarrow’s wife Lena pleaded guilty in June. “I am sorry,” Lena "
                "Tarrow said.",
                "Police said Tom Marr and his son Kyle confronted the runner. Kyle Marr then shot the man."],
      counter=["Tom Hale spoke first. His son Theo is ill. Theo Vale, a pupil, won the prize."])
def _single_given_name(span: Span, seen: Singles) -> Single | None:
    name, doc = name_text(span), span.doc
    known = seen.by_first_name.get(name, [])
    if len(known) != 1:
        return None
    before = doc[span.start - 1].lower_ if span.start else ""
    # "Mr Owen" is a surname, not Owen Smith; but "Mr Tan" may be Tan Wei Ming, family name first
    surnamed = (
        before in words("honorifics")
        and before not in ("sir", "dame")
        and name.lower() in words_of("first_names_male", "first_names_female")
    )
    # "his son Theo" is not a Theo Vale named only later in the article, but "Tom Marr and his son Kyle" is the
    # Kyle Marr named later: the kin of one whose surname the sentence gave before
    later = (
        after_kin(span)
        and not seen.index.named_before(known[0], "person", span.start)
        and not _surname_given_before_in_sentence(span, known[0])
    )
    return Single(known[0]) if not surnamed and not later else None


def _surname_given_before_in_sentence(span: Span, full_name: str) -> bool:
    """The surname of `full_name` is written in `span`'s sentence before it ("Tarrow's wife Lena", "Tom Marr and his
    son Kyle")."""
    surname = full_name.split()[-1]
    return len(full_name.split()) > 1 and any(t.text == surname for t in span.doc[span.sent.start : span.start])


@rule("name.single-misspelt-surname", stage="name.single", priority=20, action="alias",
      why="'Jane Elliot' ... 'Ms Elliott': the one full name whose surname is spelt one letter apart (a letter more, less or other: 'Kowalski', 'Ms Kowalsky'; or two side by side swapped: 'Golvane', 'Ms Govlane').",
      examples=["Jane Elliot chairs the board. Ms Elliott said the vote was close.",
                "Jane Golvane chairs the board. Ms Govlane said the vote was close.",
                "Marta Kowalski said the plan was sound. Ms Kowalsky added that it was fair."])
def _single_misspelt_surname(span: Span, seen: Singles) -> Single | None:
    name = name_text(span)
    near = [k for k in seen.spellings.candidates(name) if same_surname(k, name)]
    return Single(near[0], alias=True) if len(near) == 1 else None


@rule("name.single-one-name", stage="name.single", priority=30, action="add",
      why="A one-word name that names no one named in full is a person named by one word.",
      examples=["Mr Hale said the plan was fair."])
def _single_one_name(span: Span, seen: Singles) -> Single | None:
    name = name_text(span)
    # a blank token the model tagged as a name (a lone no-break space) names no one
    return Single(name, new=True) if name.split() else None
