"""Dated events: a date expression and the clause or noun phrase it anchors.

"Ruiz announced Tuesday she was resigning" -> the clause of "announced";
"the May 4 2021, harbour fire" -> the noun phrase "fire". Pronoun subjects are replaced
by the name they stand for, so a summary reads on its own.

The behaviours are registered rules, by stage: `event.dates` (what is a date), `event.find`
(a date that dates no event), `event.anchor-root`, `event.anchor`, `event.anchor-up` and
`event.anchor-lift` (the clause or noun a date dates), `event.tense` and `event.timetable`
(scheduled or past), `event.date` (which of a date's years), `event.summary-lead`,
`event.summary` and `event.summary-head` (how a summary is trimmed), `event.render`,
`event.people`, `event.also` and `event.keep`. An event's headline, status and places are
headlines.py's.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import cache, cached_property
from typing import Any

from spacy.tokens import Doc, Span, Token

from generator.extract import dates, rules
from generator.extract.headlines import Told, describe, whole_words
from generator.extract.lexicon import pairs, phrases, words, words_of
from generator.extract.mentions import Mention, Mentions, title_word
from generator.extract.name_words import HANDLE, SIGNATURE_DATE, is_page_note, is_photo_caption, opens_with_picture_label, post_signature
from generator.extract.names import after_kin
from generator.extract.negation import negated
from generator.extract.nlp import ALL_MARKS, CLOSING, DASHES, OPENING, STRAIGHT
from generator.extract.pronouns import unsure
from generator.extract.quotes import PARTY_TAG, _state_named, parties_told_before, hyphenated_title, resolve, subject_of
from generator.extract.rules import VETO, rule
from generator.extract.sentences import (
    asks, columns_of, ents_of, line_of, marked_infinitive, sent_of, start_of_sentence_before, text_of, tokens_of,
)
from generator.extract.textindex import Ranges

MAX_SUMMARY_TOKENS = 40
_DROP_DEPS = {"conj", "cc", "advcl", "relcl", "parataxis", "mark"}  # the clauses a summary leaves out
_MODIFIER_DEPS = ("compound", "nmod", "amod", "poss", "nummod")  # a date modifying a noun
_VERB = ("VERB", "AUX")
_NOUN = ("NOUN", "PROPN")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_HOLIDAY_WORDS = [name.replace("'s", " 's").split() for name in dates.HOLIDAY_NAMES]  # as spaCy splits them
_HOLIDAY_FIRST_WORDS = frozenset(said[0] for said in _HOLIDAY_WORDS)
_ANY_DAY = date(2001, 6, 15)  # a publication date, to ask whether some words are a date at all
_AMOUNT_LABELS = ("CARDINAL", "MONEY", "QUANTITY", "PERCENT")
_NOT_A_DATE_NAME = ("", "DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT")  # labels of names that hold no year


@dataclass
class FoundEvent:
    date: str | None
    date_text: str
    summary: str
    people: list[str]
    organizations: list[str]
    sentence: Span
    told: Told = field(default_factory=Told)  # headline, status, places (headlines.py)


def _anchor(ent: Span) -> Token:
    """The verb or noun a date expression modifies: "the Oct. 7 attack" -> attack,
    "announced Tuesday" -> announced, "freed on Sunday" -> freed."""
    root = rules.fold("event.anchor-root", ent.root, ent)
    found = rules.first("event.anchor", root, ent)
    return root if found is None else found


# Stage `event.anchor-root` (a fold): the token of the date to start from.

@rule("event.anchor-root.time-of-day-joins-the-date", stage="event.anchor-root", priority=10, action="extend",
      why="'on Wednesday night': the night is part of the date, and the clause is what it dates.",
      examples=["[2025-03-06] Tom Hale said on Tuesday night that he would resign."])
def _time_of_day(root: Token, ent: Span) -> Token | None:
    head = root.head
    return head if head.lower_ in words("times_of_day") and head.i == ent.end else None


@rule("event.anchor-root.date-read-into-an-ing-word", stage="event.anchor-root", priority=15, action="extend",
      why="'issued a notice on Friday warning of storms': the parse may read the date and the '-ing' word after it "
          "as one noun ('Friday warning'); right after a preposition, with no determiner, the date is the preposition's "
          "object and the '-ing' word a participle: the date dates what the preposition hangs on.",
      examples=["[2025-03-08] The harbour board issued a notice on Friday warning of storms along the coast."],
      counter=["[2025-03-08] Tom Hale spoke after the Wednesday hearing on the pier."])
def _date_read_into_an_ing_word(root: Token, ent: Span) -> Token | None:
    head = root.head
    if root.dep_ != "compound" or head.i != ent.end or not head.lower_.endswith("ing") or head.dep_ != "pobj":
        return None
    return head if ent.start and ent.doc[ent.start - 1].i == head.head.i else None


@rule("event.anchor-root.year-joined-to-a-year", stage="event.anchor-root", priority=20, action="extend",
      why="'in both 1992 and 1997': the parse hangs 1997 on 1992; both date what 1992 dates.",
      examples=["Ana Ruiz won the Tarrow seat in both 1992 and 1997."])
def _joined_year(root: Token, ent: Span) -> Token | None:
    start = root
    while root.dep_ == "conj" and root.head.ent_type_ == "DATE" and root.head.i < root.i:
        root = root.head
    return root if root is not start else None


@rule("event.anchor-root.through-a-run-of-nouns", stage="event.anchor-root", priority=30, action="extend",
      why="'in a Monday evening floor address', 'at a Tuesday night campaign rally': the parse chains the nouns "
          "before the head noun; the date dates that noun (and what it hangs on), not the nouns between (the "
          "summary 'Monday evening floor').",
      examples=["[2025-03-08] Tom Hale declared in a Monday evening floor address that he would back the Tarrow plan."])
def _through_nouns(root: Token, ent: Span) -> Token | None:
    start = root
    while root.dep_ == "compound" and root.head.dep_ == "compound" and root.head.pos_ in _NOUN and root.head.i > root.i:
        root = root.head
    return root if root is not start else None


# Stage `event.anchor` (a decision): what the date dates, from the token `event.anchor-root` gave.

@rule("event.anchor.what-happened-when", stage="event.anchor", priority=10, action="extend",
      why="'like 1964, when Tom Hale won against the odds', 'stayed quiet until Tuesday night, when she backed it': "
          "what happened then (a part of the day after the date, data/times_of_day.txt, is the date's).",
      examples=["Delegates spoke of the vote being like 1970, when Tom Hale snatched victory from the Dunmore Party.",
                "[2025-08-29] Tom Hale kept out of the Tarrow race until Tuesday morning, when he endorsed Ana Ruiz."])
def _when_clause(root: Token, ent: Span) -> Token | None:
    when = next((c for c in root.children if c.dep_ == "relcl" and any(w.lower_ == "when" for w in c.children)), None)
    doc, end = ent.doc, ent.end
    while end < len(doc) and doc[end].lower_ in words("times_of_day"):
        end += 1  # "until Tuesday night, when ..."
    if when is None and end + 1 < len(doc) and doc[end].text == "," and doc[end + 1].lower_ == "when":
        verb = doc[end + 1].head  # the same, parsed as a clause of the sentence's verb
        when = verb if verb.pos_ in _VERB and verb.i > ent.end else None
    return when


@rule("event.anchor.dated-noun-after-preposition-dates-the-verb", stage="event.anchor", priority=20, action="extend",
      why="'Named minister after the 1998 election': the naming, then.",
      examples=["Ana Ruiz was named minister after the 1998 election."])
def _dated_noun_dates_verb(root: Token, ent: Span) -> Token | None:
    if root.dep_ not in _MODIFIER_DEPS or root.head.pos_ not in _NOUN:
        return None
    noun, prep = root.head, root.head.head
    dates_verb = noun.dep_ == "pobj" and prep.lower_ in words("prepositions_dating_a_verb") and prep.head.pos_ == "VERB"
    return prep.head if dates_verb else None


@rule("event.anchor.dated-noun-opening-the-sentence-dates-the-verb", stage="event.anchor", priority=25, action="extend",
      why="'On Thursday's edition of the Tarrow Hour, Ana Ruiz questioned Tom Hale': a dated noun in the phrase "
          "that opens the sentence sets the scene of its verb ('commented on Thursday's vote' does not).",
      examples=["[2025-03-07] On Thursday's edition of the Tarrow Hour, host Ana Ruiz questioned Tom Hale about the mine."])
def _opening_dated_noun(root: Token, ent: Span) -> Token | None:
    if root.dep_ not in _MODIFIER_DEPS or root.head.pos_ not in _NOUN:
        return None
    noun, prep = root.head, root.head.head
    opens = prep.dep_ == "prep" and prep.is_sent_start and prep.lower_ == "on" and prep.head.pos_ == "VERB"
    return prep.head if noun.dep_ == "pobj" and opens else None


@rule("event.anchor.dated-noun-after-a-named-ones-noun", stage="event.anchor", priority=28, action="extend",
      why="'following Tom Hale's victory in last month's election': a dated noun after 'in' that hangs on a noun of one's"
          " act (data/acts_placed_by_in.txt) whose owner is named tells that act (the victory), with the name; not the bare 'last"
          " month's election' naming no one, nor a work about a dated thing ('X's memoir of the 1998 strike').",
      examples=["[2025-12-06] In the weeks following Tom Hale's victory in last month's election, reporters have "
                "launched an attack on rumours."],
      counter=["[2025-12-06] In the weeks following the victory in last month's election, reporters have "
               "launched an attack on rumours.", "[2025-12-06] Tom Hale's memoir of the 1998 strike is a bestseller."])
def _dated_noun_after_named_noun(root: Token, ent: Span) -> Token | None:
    if root.dep_ not in _MODIFIER_DEPS or root.head.pos_ not in _NOUN:
        return None
    noun, prep = root.head, root.head.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep" or prep.lower_ != "in" or prep.head.pos_ != "NOUN":
        return None
    if prep.head.lemma_.lower() not in words("acts_placed_by_in"):
        return None  # "X's memoir of the 1998 strike", "X's film about the 1984 strike": the work is not dated
    owner = next((c for c in prep.head.children if c.dep_ == "poss"), None)
    return prep.head if owner is not None and owner.pos_ == "PROPN" and owner.ent_type_ == "PERSON" else None


@rule("event.anchor.date-modifies-a-noun", stage="event.anchor", priority=30, action="extend",
      why="'the Oct. 7 attack', 'the 1998 election': the noun the date modifies.",
      examples=["Tom Hale led Dunmore Mining through its 2008 crisis."])
def _dated_noun(root: Token, ent: Span) -> Token | None:
    return root.head if root.dep_ in _MODIFIER_DEPS and root.head.pos_ in _NOUN else None


@rule("event.anchor.date-before-a-noun", stage="event.anchor", priority=40, action="extend",
      why="'the Oct. 7 2023, Dunmore attack': a date used as a modifier, whatever the parse says.",
      examples=["Since the Oct. 7, 2023, Dunmore attack, Tom Hale has stayed in Tarrow."])
def _premodified(root: Token, ent: Span) -> Token | None:
    return _premodified_noun(ent)


@rule("event.anchor.date-between-a-subject-and-its-verb", stage="event.anchor", priority=45, action="extend",
      why="'A state judge on Friday ordered ...', 'The council Tuesday voted ...', 'A lawyer for a Tarrow oligarch on "
          "Wednesday said ...': a date set between a subject and its verb dates the verb, though the parse hangs it on "
          "the subject (or on the noun after its 'for' or 'of'): the summary is the clause, not 'A state "
          "judge on Friday' (a name, a title or a body that acts; not a happening, 'the walkout on Monday has hurt the "
          "firm', nor a date after an object: 'praised a judge on Friday').",
      examples=["[2025-01-25] A state judge on Friday ordered Dunmore Mining to reopen the Tarrow plant.",
                "[2025-03-06] A lawyer for a Tarrow oligarch on Wednesday said he had lent $1 million to Tom Hale."],
      counter=["[2025-01-25] Tom Hale praised a state judge on Friday."])
def _between_subject_and_verb(root: Token, ent: Span) -> Token | None:
    on = root.dep_ == "pobj" and root.head.dep_ == "prep" and root.head.lower_ == "on"
    noun = root.head.head if on else root.head if root.dep_ == "npadvmod" else None
    if noun is not None and noun.i + 1 == ent.start - on:  # the date right after the noun it hangs on
        for _ in range(3):  # "A lawyer for a Tarrow oligarch on Wednesday said": from the noun after 'for' to the subject
            if noun.dep_ != "pobj" or noun.head.dep_ != "prep":
                break
            noun = noun.head.head
    if noun is None or noun.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if not (noun.pos_ == "PROPN" or noun.pos_ == "NOUN" and (title_word(noun) or noun.lower_ in words("generic_bodies"))):
        return None  # someone who acts, not a happening of that day ('the walkout on Monday has hurt the firm')
    verb = noun.head
    if verb.pos_ != "VERB" or verb.lemma_ == "be" or not noun.i < ent.start <= ent.end <= verb.i:
        return None
    if any(t.pos_ not in ("ADV", "AUX", "PART") for t in ent.doc[ent.end : verb.i]):
        return None  # only an adverb or an auxiliary between the date and the verb
    return rules.fold("event.anchor-lift", verb, root)


@rule("event.anchor.clause-the-date-hangs-on", stage="event.anchor", priority=50, action="extend",
      why="'freed on Sunday', 'announced Tuesday': the verb the date (or its preposition) hangs on.",
      examples=["Tom Hale resigned from Dunmore Mining on 3 March 2021."])
def _clause_of(root: Token, ent: Span) -> Token:
    tok = root.head
    if root.dep_ == "pobj" and tok.head.i != tok.i:
        tok = tok.head
    for _ in range(4):
        up = rules.first("event.anchor-up", tok)
        if up is None:
            break
        tok = up
    return rules.fold("event.anchor-lift", tok, root)


# Stage `event.anchor-up` (a decision, up to four times): one step up from the date's head.

@rule("event.anchor-up.participle-to-its-noun", stage="event.anchor-up", priority=10, action="extend",
      why="'a letter sent to Ana Ruiz on Tuesday': the clause the letter is in.",
      examples=["Ana Ruiz read a letter sent by Tom Hale on 3 March 2021."])
def _participle_to_noun(tok: Token) -> Token | None:
    return tok.head if tok.pos_ in _VERB and tok.dep_ == "acl" and tok.head.pos_ == "NOUN" else None


@rule("event.anchor-up.relative-clause-to-its-noun", stage="event.anchor-up", priority=11, action="extend",
      why="'Tom Hale, in a radio talk that went out on Monday, criticized ...': a relative clause whose subject is its "
          "'that' or 'which', that takes no object and tells how a telling came out or an occasion took place "
          "(data/coming_out_verbs.txt: 'that aired', 'which was released') tells of the noun it follows "
          "as a participle does ('an interview aired on Monday'); from the clause to that noun, and on to what its "
          "preposition hangs on (rule event.anchor-up.noun-after-preposition), not the fragment 'interview that aired "
          "on Monday' naming no one ('the storm that hit Tarrow on Monday' has an object: it stays the storm's).",
      examples=["[2025-03-07] Tom Hale, in a Tarrow Radio interview which aired on Monday, criticized the bridge plan.",
                "[2025-03-07] In a statement which was released on Tuesday, Ana Ruiz denied the claims about the bridge."],
      counter=["[2025-03-07] Tom Hale wrote about the storm that hit Tarrow on Monday.",
               "[2025-03-07] Ana Ruiz thanked the crews that worked on Monday.",
               "[2025-03-07] Tom Hale spoke at the hearing about the bridge which collapsed on Monday."])
def _relative_clause_to_noun(tok: Token) -> Token | None:
    noun = tok.head
    if tok.pos_ not in _VERB or tok.dep_ != "relcl" or noun.pos_ != "NOUN" or noun.dep_ != "pobj":
        return None
    if tok.lemma_.lower() not in words("coming_out_verbs"):
        return None  # "spoke at the hearing about the bridge which collapsed on Monday": the bridge's date
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.lower_ not in ("that", "which") or subject.i > tok.i:
        return None
    return None if any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "dative") for c in tok.children) else noun


@rule("event.anchor-up.count-split-by-date-to-its-verb", stage="event.anchor-up", priority=12, action="extend",
      why="'Police detained seven men -- five on Monday and two on Wednesday', 'The firm cut 300 jobs, 200 in March and 100 in "
          "April': a count set after a verb's object (or beside the verb) splits what was done by date; each date dates "
          "the verb, told with its subject and object, not the fragment 'four' (which rule "
          "event.summary.dateline-is-no-event drops as naming nothing).",
      examples=["[2025-03-06] Tarrow police detained seven miners -- five on Monday and two on Wednesday -- after the Dunmore fire.",
                "Dunmore Mining cut 300 jobs at the Tarrow pit, 200 in March 2021 and 100 in April 2021."],
      counter=["[2025-03-06] Tarrow police said four on Monday were hurt in the Dunmore fire."])
def _count_split_by_date(tok: Token) -> Token | None:
    if tok.pos_ != "NUM" or tok.ent_type_ == "DATE":
        return None
    if tok.dep_ == "conj" and tok.head.pos_ == "NUM":
        return tok.head  # "and two on Tuesday": to the first count of the split
    if tok.dep_ == "appos" and tok.head.dep_ in ("dobj", "nsubjpass") and tok.head.head.pos_ == "VERB":
        return tok.head.head
    return tok.head if tok.dep_ == "npadvmod" and tok.head.pos_ == "VERB" else None


@rule("event.anchor-up.participle-to-the-name-it-describes", stage="event.anchor-up", priority=15, action="extend",
      why="'Ana Ruiz, speaking at a news conference on Tuesday, said ...', 'Tom Hale, elected in 1991, ...': a "
          "participle set after a name tells what the one named did (or had done to them) then; the summary is told "
          "from the name, with the person, not as a fragment without them ('speaking at a news conference on "
          "Tuesday'); as rule event.anchor-up.participle-to-its-noun does after a noun.",
      examples=["[2025-03-06] Tom Hale, speaking at a news conference on Tuesday, said the Dunmore mine would close.",
                "[2025-03-06] Tom Hale, elected to the Tarrow council in 1991, said the mine would close."])
def _participle_to_name(tok: Token) -> Token | None:
    head = tok.head
    if tok.pos_ not in _VERB or tok.dep_ != "acl" or tok.tag_ not in ("VBG", "VBN") or head.pos_ != "PROPN":
        return None
    return head if head.ent_type_ != "DATE" and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children) else None


@rule("event.anchor-up.fronted-participle-to-its-verb", stage="event.anchor-up", priority=17, action="extend",
      why="'Speaking to reporters on Tuesday, Ana Ruiz said ...', 'Asked about the mine on Tuesday, Tom Hale said ...': a "
          "participle clause set before its sentence's subject, with no subject or opening word of its own, tells what "
          "that subject did (or had done to them) then; the summary is told with the verb and the person, not as the "
          "fragment 'Speaking to reporters on Tuesday' naming no one (as rule "
          "event.anchor-up.participle-to-the-name-it-describes does after a name); not when the verb has a date of its "
          "own ('Elected in 1998, Tom Hale became mayor in 2002').",
      examples=["[2025-03-06] Speaking to reporters on Tuesday, Tom Hale said the Dunmore mine would close.",
                "[2025-03-06] Asked about the Dunmore mine on Tuesday, Senator Ana Ruiz said it would close."],
      counter=["[2025-03-06] Tom Hale said the Dunmore mine would close after meeting Ana Ruiz on Tuesday.",
               "Elected in 1998, Tom Hale became mayor of Tarrow in 2002."])
def _fronted_participle(tok: Token) -> Token | None:
    head = tok.head
    if tok.pos_ not in _VERB or tok.dep_ != "advcl" or tok.tag_ not in ("VBG", "VBN") or head.pos_ not in _VERB:
        return None
    if tok.i > head.i or any(c.dep_ in (*_SUBJECT_DEPS, "mark", "aux", "auxpass") for c in tok.children):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or subj.i < tok.i or _dated_outside(head, tok):
        return None  # "Elected in 1998, Tom Hale became mayor in 2002": the verb is another day's
    return head


@rule("event.anchor-up.trailing-participle-to-its-verb", stage="event.anchor-up", priority=18, action="extend",
      why="'X has given the most damning evidence so far, telling the panel on Oct. 22 that Y took the money', 'a gunman "
          "opened fire at the depot, killing two guards, in March': a dated participle after a comma, with no subject of "
          "its own, tells what the subject of the verb before it did then; the summary is told from that subject, not "
          "as the fragment 'telling the panel on Oct. 22 Y took the money' (which reads as if Y were the news) or "
          "'killing two guards, in March' naming no one; not when that verb has a date of its own, nor after a verb of "
          "saying ('\"...,\" X said, referring to Oct. 22' tells what the quotation is about).",
      examples=["[2019-11-07] Envoy Kate Marlow has given some of the most damning evidence so far, telling the panel on "
                "Oct. 22 that Tom Hale had taken the money.",
                "[2015-12-08] A gunman from Tarrow opened fire at two depots in Dunmore, killing four guards and a driver, "
                "in July."],
      counter=["[2019-11-07] Envoy Kate Marlow resigned on Oct. 20, telling the panel on Oct. 22 that Tom Hale had "
               "taken the money.",
               "[2019-11-07] “I could not sleep, as it struck me there might be a record of the call,” Tom Hale said, "
               "referring to Oct. 22."])
def _trailing_participle(tok: Token) -> Token | None:
    head, doc = tok.head, tok.doc
    if tok.pos_ != "VERB" or tok.dep_ != "advcl" or tok.tag_ != "VBG" or head.pos_ not in _VERB or tok.i < head.i:
        return None
    if doc[tok.i - 1].text != "," or any(c.dep_ in (*_SUBJECT_DEPS, "mark", "aux", "auxpass") for c in tok.children):
        return None
    if head.lemma_.lower() in words("speech_verbs"):
        return None  # '"...," Tom Hale said, referring to Oct. 22': what the quotation is about, no happening of his
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    return None if subj is None or subj.i > head.i or _dated_outside(head, tok) else head


@rule("event.anchor-up.noun-after-preposition", stage="event.anchor-up", priority=20, action="extend",
      why="'the talks on the port on 3 March': from the noun to what its preposition hangs on.",
      examples=["Tom Hale said at a meeting with Ana Ruiz on 3 March 2021 that he would resign."])
def _noun_after_preposition(tok: Token) -> Token | None:
    return tok.head.head if tok.pos_ in _NOUN and tok.dep_ == "pobj" and tok.head.head.i != tok.head.i else None


@rule("event.anchor-up.conjoined-noun-after-preposition", stage="event.anchor-up", priority=22, action="extend",
      why="'charged with felony theft and criminal attempt to commit fraud on Thursday': a noun joined by 'and' to one after a "
          "preposition is in the same phrase; from it to what the preposition hangs on, as from the first noun (rule "
          "event.anchor-up.noun-after-preposition), not the fragment 'criminal attempt to commit fraud on Thursday'.",
      examples=["[2025-03-07] Tom Hale was detained and charged with felony theft and criminal attempt to commit fraud on Thursday in "
                "connection with the Dunmore fire."])
def _conjoined_noun_after_preposition(tok: Token) -> Token | None:
    if tok.pos_ not in _NOUN or tok.dep_ != "conj":
        return None
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    return first.head.head if first.pos_ in _NOUN and first.dep_ == "pobj" and first.head.head.i != first.head.i else None


@rule("event.anchor-up.bare-date-on-an-object", stage="event.anchor-up", priority=25, action="extend",
      why="'Tom Hale ordered a release of the files last month', parsed with the date on the object (or on a noun "
          "after it in its phrase: 'announced her opposition to X's nomination for the post last month'): a bare date "
          "('earlier this year', 'last month') does not describe a thing; it dates the verb, whose subject did it.",
      examples=["[2025-10-25] Tom Hale ordered a release of the Tarrow files last month.",
                "[2025-10-25] Ana Ruiz announced her opposition to Tom Hale's nomination for the post last month."])
def _bare_date_on_object(tok: Token) -> Token | None:
    def bare(noun: Token) -> bool:
        return any(c.dep_ == "npadvmod" and c.ent_type_ == "DATE" for c in noun.children)

    def nouns_of(noun: Token) -> list[Token]:  # "their opposition to X's nomination for the post": the nouns after it
        out = [noun]
        for _ in range(3):
            prep = next((c for c in noun.children if c.dep_ == "prep" and c.i > noun.i), None)
            pobj = next((c for c in prep.children if c.dep_ == "pobj"), None) if prep is not None else None
            if pobj is None or pobj.pos_ not in _NOUN:
                break
            noun = pobj
            out.append(noun)
        return out

    if tok.pos_ != "NOUN" or tok.dep_ != "dobj" or tok.head.pos_ != "VERB":
        return None
    return tok.head if any(bare(noun) for noun in nouns_of(tok)) else None


@rule("event.anchor-up.through-preposition-or-adverb", stage="event.anchor-up", priority=30, action="extend",
      why="'as of March 6', 'dates back to 1974': through the words between the date and its verb.",
      examples=["Ana Ruiz's career at Dunmore Mining dates back to 1974."])
def _through_preposition(tok: Token) -> Token | None:
    return tok.head if tok.pos_ in ("ADP", "ADV") and tok.head.i != tok.i else None


# Stage `event.anchor-lift` (a fold): from the clause found to the one that tells the event.

@rule("event.anchor-lift.when-clause-dates-its-main-verb", stage="event.anchor-lift", priority=10, action="extend",
      why="'she became mayor when her party took the city in 1998': the becoming, too.",
      examples=["Ana Ruiz became mayor when her party took Tarrow in 1998."])
def _when_clause_main(tok: Token, root: Token) -> Token | None:
    when = any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children)
    return tok.head if tok.dep_ == "advcl" and tok.head.pos_ in _VERB and when else None


@rule("event.anchor-lift.object-dated-on-a-day-dates-the-verb", stage="event.anchor-lift", priority=20, action="extend",
      why="'signed the deal for the port on Tuesday': the signing, that day.",
      examples=["Ana Ruiz announced the sale of the Tarrow plant on 3 March 2021."])
def _object_on_a_day(tok: Token, root: Token) -> Token | None:
    on_day = root.dep_ == "pobj" and root.head.lower_ == "on"
    return tok.head if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and on_day else None


@rule("event.anchor-lift.date-before-a-reported-subject", stage="event.anchor-lift", priority=25, action="extend",
      why="'Tom Hale said on Monday he left the party': a date written between the speech verb of a teller named or "
          "meant by a pronoun (not 'the official') and the subject of what is reported dates the saying, though the parse "
          "may hang it on the reported verb, as its complement or, with no word to mark it, as an adverbial clause "
          "('he left on Monday' is another; so is 'said that on Monday he left').",
      examples=["[2025-03-12] Tom Hale said on Monday he left the party because it had changed."],
      counter=["[2025-03-12] Tom Hale said he left the party on Monday because it had changed.",
               "[2025-03-12] Tom Hale said that on Monday he left the party because it had changed."])
def _date_before_a_reported_subject(tok: Token, root: Token) -> Token | None:
    speech = tok.head
    if speech.i >= tok.i or speech.lemma_.lower() not in words("speech_verbs"):
        return None
    unmarked = (tok.dep_ == "advcl" and not any(c.dep_ == "mark" for c in tok.children)
                and not any(c.dep_ == "ccomp" for c in speech.children))
    if tok.dep_ != "ccomp" and not unmarked:
        return None  # 'said on Monday, as he left, ...': a clause of its own
    start = root.head.i if root.dep_ == "pobj" else root.left_edge.i
    subject = next((c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or not speech.i < start < subject.i or any(c.dep_ == "mark" and c.i < start for c in tok.children):
        return None  # 'alleges that on May 3 X confronted Y': the date is the reported clause's
    teller = next((c for c in speech.children if c.dep_ == "nsubj"), None)
    return speech if teller is not None and teller.pos_ in ("PROPN", "PRON") else None  # a named teller's saying


@rule("event.anchor-lift.through-due", stage="event.anchor-lift", priority=30, action="extend",
      why="'Ana Ruiz is due to visit Tarrow': through 'due' to the clause with its subject.",
      examples=["[2025-03-06] Ana Ruiz is due to visit Tarrow on 3 March."])
def _through_due(tok: Token, root: Token) -> Token | None:
    return tok.head if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.head.pos_ in _VERB else None


@rule("event.anchor-lift.infinitive-to-its-verb", stage="event.anchor-lift", priority=40, action="extend",
      why="'Ana Ruiz plans to visit Tarrow on Friday': the clause with its subject.",
      examples=["[2025-03-06] Ana Ruiz plans to visit Tarrow on 3 March."])
def _infinitive_to_verb(tok: Token, root: Token) -> Token | None:
    return tok.head if tok.dep_ in ("xcomp", "acomp") and tok.head.pos_ in _VERB else None


_SUBJECT_DEPS = ("nsubj", "nsubjpass", "csubj", "expl")


@rule("event.anchor-lift.infinitive-with-its-subject-to-its-verb", stage="event.anchor-lift", priority=42, action="extend",
      why="'Port officials allowed the pilot Ana Ruiz to sail this week': the one a verb lets, asks or orders to act, "
          "parsed as the subject of an infinitive clause the verb governs, is its object; the summary is told from that "
          "verb with its subject, not as the fragment 'the pilot Ana Ruiz to sail this week' ('for Ana Ruiz to sail' "
          "has a subject of its own); not a verb without a subject ('was key in getting the mayor to act on Friday': "
          "the one who acts is the infinitive's).",
      examples=["[2025-03-06] Elmton port officials allowed the pilot Ana Ruiz to sail this week, even though the storm "
                "was near."],
      counter=["[2025-03-06] Ana Ruiz was key in getting the mayor to close the Elmton pier on Friday."])
def _infinitive_with_its_subject(tok: Token, root: Token) -> Token | None:
    if tok.dep_ != "ccomp" or tok.tag_ != "VB" or tok.head.pos_ != "VERB" or tok.i < tok.head.i:
        return None
    if not marked_infinitive(tok) or any(c.dep_ == "mark" for c in tok.children):
        return None
    if not any(c.dep_ in _SUBJECT_DEPS for c in tok.head.children):
        return None  # "was key in getting the mayor to act": a verb naming no one who acts
    return tok.head if any(c.dep_ == "nsubj" for c in tok.children) and not _dated_outside(tok.head, tok) else None


@rule("event.anchor-lift.infinitive-describing-an-object-to-its-verb", stage="event.anchor-lift", priority=45,
      action="extend",
      why="'Tom Hale, who drafted a bill to close every quarry in the county in March, ...': an infinitive describing "
          "the object of a verb told in the past ('a bill to close ...'), dated by a day gone by, is summarised from "
          "that verb with its subject, not as the fragment 'bill to close every quarry in the county in March', which "
          "names no one and reads as a closing in March; not where the date lies ahead of the article ('passed a rule "
          "to close every quarry in 2031': the rule's date, not the passing's).",
      examples=["[2025-06-06] Tom Hale, who drafted a bill to close every quarry in the county in March, spoke to the fair."],
      counter=["[2025-06-06] Tom Hale, who passed a rule to close every quarry in the county in 2031, spoke to the fair."])
def _infinitive_describing_an_object(tok: Token, root: Token) -> Token | None:
    if tok.dep_ in ("advcl", "xcomp") and tok.tag_ == "VBG" and not any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        tok = tok.head  # "to stop mining there in March", the parse hanging the date on the gerund
    noun, published = tok.head, tok.doc._.published
    if tok.dep_ != "relcl" or tok.tag_ != "VB" or not marked_infinitive(tok):
        return None
    if noun.dep_ != "dobj" or noun.head.tag_ not in ("VBD", "VBN") or published is None:
        return None
    ent = next((e for e in ents_of(tok.doc) if e.start <= root.i < e.end), None)
    iso = dates.resolve(ent.text if ent is not None else root.text, published).iso
    if iso is None or iso > published.isoformat()[: len(iso)] or _dated_outside(noun.head, noun):
        return None
    return noun.head


@rule("event.anchor-lift.second-conjunct-to-its-subject", stage="event.anchor-lift", priority=50, action="extend",
      why="'The plans were leaked to Ana Ruiz and published by the Tarrow Herald on Tuesday': a second verb with no "
          "subject of its own, whose first verb has a thing as its subject, is summarised from that subject and verb "
          "in the source's words, not as a fragment ('published by the Tarrow Herald on Tuesday'); a person as the "
          "subject is named by rule event.people.subject-of-the-first-verb; not where the first verb has a date of "
          "its own.",
      examples=["[2025-03-06] The Dunmore Mining plans were leaked to Ana Ruiz and published by the Tarrow Herald on Tuesday."],
      counter=["[2025-03-06] Tom Hale called the Tarrow plan a mistake and said on Friday that Dunmore Mining must close.",
               "[2025-03-06] The Dunmore council debated the harbour levy and did not vote on Tuesday."])
def _second_conjunct(tok: Token, root: Token) -> Token | None:
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.pos_ not in _VERB or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return None
    if not any(t.pos_ == "CCONJ" for t in tok.doc[head.i + 1 : tok.i]):
        return None  # joined by "and", "but", not a clause the parse hung there
    if negated(tok):
        return None  # 'debated the levy and did not vote Tuesday': a date of what was not done (rule event.find.negated-verb)
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if subj is None or subj.pos_ != "NOUN" or subj.ent_type_ != "":
        return None
    return head if not _dated_outside(head, tok) else None


@rule("event.anchor-lift.second-conjunct-of-a-relative-clause", stage="event.anchor-lift", priority=55, action="extend",
      why="'a storm that flooded 30 homes and cut power to 900 in May 2019': a second verb with no subject of its own, joined by "
          "'and' to a relative clause whose subject is its 'that' or 'which', shares that subject: the clause is told "
          "from the noun it describes (rule event.summary-head.noun-a-relative-clause-describes), not as the fragment "
          "'cut power to 900 in May 2019'; not where the first verb has a date of its own.",
      examples=["The harbour board shut the pier after a storm in Tarrow that flooded 30 homes and cut power to 900 in May 2019."],
      counter=["The harbour board shut the pier after a storm in Tarrow that flooded 30 homes in April 2019 and cut power to 900 "
               "in May 2019."])
def _second_conjunct_of_relative(tok: Token, root: Token) -> Token | None:
    head = tok.head
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or head.dep_ != "relcl" or any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return None
    if not any(t.pos_ == "CCONJ" for t in tok.doc[head.i + 1 : tok.i]):
        return None
    subj = next((c for c in head.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < head.i), None)
    if subj is None or subj.lower_ not in ("that", "which"):
        return None
    return head if not _dated_outside(head, tok) else None


def _dated_outside(verb: Token, part: Token) -> bool:
    """Whether `verb` has a date of its own outside `part`, the phrase a date was found in: one
    hanging on it, or on its preposition (not one inside its subject or object)."""
    def dates_verb(t: Token) -> bool:
        return t.head == verb or t.head.dep_ == "prep" and t.head.head == verb
    return any(t.ent_type_ == "DATE" and dates_verb(t) and not (part.left_edge.i <= t.i <= part.right_edge.i) for t in verb.subtree)


@rule("event.anchor-lift.gerund-to-the-verb-of-its-preposition", stage="event.anchor-lift", priority=60, action="extend",
      why="'the council criticized Ana Ruiz for closing the Tarrow plant on Friday': a gerund after a preposition, "
          "with no subject of its own, is summarised from the verb the preposition hangs on, with its subject and "
          "object, not as a fragment ('closing the Tarrow plant on Friday'); not where that clause has a date of its "
          "own, nor after a preposition that orders two happenings in time ('pleaded guilty after leaving the plant "
          "on Friday', data/prepositions_ordering_in_time.txt).",
      examples=["[2025-03-06] The Dunmore council criticized Ana Ruiz for closing the Tarrow plant on Friday.",
                "[2025-03-06] In rushing to unveil their plan on Monday, the Elmton councillors upstaged the mayor."],
      counter=["Ana Ruiz entered the Tarrow assembly in 1991, after first losing the Dunmore seat in 1979.",
               "[2025-03-06] Ana Ruiz pleaded guilty in Tarrow after leaving the Dunmore plant on Friday."])
def _gerund_after_preposition(tok: Token, root: Token) -> Token | None:
    prep = tok.head
    if tok.dep_ != "pcomp" or tok.tag_ != "VBG" or prep.dep_ != "prep" or prep.head.pos_ != "VERB":
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in tok.children) or prep.lower_ in words("prepositions_ordering_in_time"):
        return None  # "pleaded guilty after leaving the plant on Friday": the leaving, not the plea, then
    governor, ordering = _governor(root), words("prepositions_ordering_in_time")
    if root.dep_ == "pobj" and root.head.lower_ in ordering:
        return None  # "quit as he had vowed to since 2023": when the promise began
    if governor != tok and not (governor.dep_ == "pobj" and governor.head.head == tok or _infinitive_of(governor, tok)):
        return None  # the date of a noun deeper inside the phrase
    return prep.head if not _dated_outside(prep.head, prep) else None


def _infinitive_of(verb: Token, gerund: Token) -> bool:
    """Whether `verb` is an infinitive `gerund` governs ("rushing to unveil the plan"), which a date
    on the infinitive dates with it."""
    return verb.dep_ == "xcomp" and verb.head == gerund and marked_infinitive(verb)


@rule("event.anchor-lift.timetable-participle-after-a-noun", stage="event.anchor-lift", priority=70, action="extend",
      why="'neither will win the seat without a second round in Tarrow starting on 3 March': a participle of a "
          "timetable (data/timetable_verbs.txt) straight after a noun dates that noun, though the parse may hang it "
          "on the verb before; after a period ('shut its galleries for six weeks starting on Monday') it dates the verb.",
      examples=["[2025-03-01] Tom Hale said Ana Ruiz will not win the seat without a second round in Tarrow starting on 3 March.",
                "[2025-03-12] The Tarrow museum has shut its upper galleries for six weeks starting on Monday."])
def _timetable_participle(tok: Token, root: Token) -> Token | None:
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.lemma_.lower() not in words("timetable_verbs") or tok.i == 0:
        return None
    if any(c.dep_ in _SUBJECT_DEPS for c in tok.children):
        return None
    noun = tok.doc[tok.i - 1]
    while noun.dep_ == "pobj" and noun.head.dep_ == "prep" and noun.head.head.pos_ in _NOUN:
        noun = noun.head.head  # "a second round in Tarrow" -> round
    if noun.ent_type_ == "DATE":  # "shut its galleries for six weeks starting on Monday": the act the period is of
        return tok.head if tok.head.pos_ in _VERB else None
    return noun if noun.pos_ == "NOUN" and noun.head.i != noun.i else None


def _resolve(ent: Span, anchor: Token, published, years: dict[tuple[int, int], int]) -> dates.Resolved:
    """A date resolved in the tense of the clause it dates, unless a rule of `event.date`
    picks another of its years."""
    tense = _tense(anchor) or rules.first("event.timetable", ent, anchor) or ""
    other = rules.first("event.date", ent, anchor, published, years, tense) if published is not None else None
    return other if other is not None else dates.resolve(ent.text, published, tense=tense, known_years=years)


def _governor(ent: Span | Token) -> Token:
    """The word the date (or its root token) hangs on (through its preposition)."""
    root = ent.root if isinstance(ent, Span) else ent
    return root.head.head if root.dep_ == "pobj" else root.head


@rule("event.timetable.timetabled-present-lies-ahead", stage="event.timetable", priority=10, action="date",
      why="'his term ends on 1 August': what is timetabled lies ahead (not 'it follows X's exit on 1 May').",
      examples=["[2025-09-06] Tom Hale's term at Dunmore Mining ends in August."])
def _timetabled(ent: Span, anchor: Token) -> str | None:
    timetabled = anchor.tag_ in ("VBZ", "VBP") and anchor.lemma_ in words("timetable_verbs")
    plain = not any(c.dep_ == "aux" for c in anchor.children)
    return "future" if _governor(ent) == anchor and timetabled and plain else None


@rule("event.timetable.clause-of-the-date-lies-ahead", stage="event.timetable", priority=20, action="date",
      why="'criticism of his Tarrow trip, which begins Monday': the event is lifted from the relative clause the date "
          "hangs on to the noun that clause tells of; when that clause lies ahead (stage event.tense, or a timetabled present: "
          "rule event.timetable.timetabled-present-lies-ahead), so does its date.",
      examples=["[2025-03-06] Tom Hale faces criticism from Dunmore farmers for his Tarrow tour, which begins Monday."],
      counter=["[2025-03-06] Tom Hale faces criticism from Dunmore farmers for his Tarrow tour, which began Monday."])
def _clause_of_the_date_ahead(ent: Span, anchor: Token) -> str | None:
    gov = _governor(ent)
    if gov.i == anchor.i or gov.pos_ not in _VERB or gov.dep_ != "relcl":
        return None
    return "future" if _tense(gov) == "future" or _timetabled(ent, gov) == "future" else None


_NEAR_PUBLICATION_DAYS = 62  # a day of a month written without its year, this near publication, is the nearest


@rule("event.date.day-without-year-near-publication", stage="event.date", priority=5, action="date",
      why="'told him to come to court on Feb. 4' in an article of 25 January, 'was fixed for May 21' in one of 9 April, "
          "'his first visit to the clinic Sept. 25' in one of 16 October: news writes a day's year when it is not "
          "the year at hand, so a day and month without one, within two months of publication either way, is the "
          "nearest such day, whatever the tense of the clause (which may be another clause's: the order is past, "
          "the hearing ahead; or the article was updated since: 'died in hospital on October 26' in one of 24 "
          "October); further away, and for a holiday named alone ('was arrested on Thanksgiving'), the tense picks the year.",
      examples=["[2025-01-25] A judge on Friday ordered Tom Hale to appear in a Tarrow court on Feb. 4.",
                "[2025-04-09] The vote on the Tarrow harbour plan was fixed for May 21.",
                "[2025-03-06] Dunmore Mining had hired staff ahead of the launch of its Tarrow plant on 20 March.",
                "[2025-10-24] Tom Hale, who was hurt in the Tarrow fire, died in hospital on October 26."],
      counter=["[2025-06-10] Tom Hale was arrested in Tarrow on Nov. 20.",
               "[2025-11-10] Tom Hale was arrested in Tarrow on Thanksgiving."])
def _day_near_publication(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    if _YEAR.search(ent.text) or not any(t.is_digit for t in ent) or any(t.lower_ in dates.WEEKDAYS for t in ent):
        return None  # a holiday named alone goes by the tense ('was arrested on Thanksgiving' is the one gone by)
    nearest = dates.resolve(ent.text, published, known_years=years)
    if nearest.iso is None or len(nearest.iso) != 10:
        return None
    return nearest if abs((date.fromisoformat(nearest.iso) - published).days) <= _NEAR_PUBLICATION_DAYS else None


@rule("event.date.deadline-lies-ahead", stage="event.date", priority=15, action="date",
      why="'has promised to fit the brakes by a deadline of 31 December', 'ahead of a 1 July deadline': a day named "
          "as a deadline (data/deadline_nouns.txt) lies ahead of the clause that tells of it, unless that clause is "
          "told in the simple past ('missed a deadline of 31 December').",
      examples=["[2025-06-02] Dunmore Mining has promised to fit new brakes on all its trains by a deadline of Dec. 31."],
      counter=["[2025-06-02] Dunmore Mining missed a deadline of Dec. 31 to fit new brakes on all its trains."])
def _deadline_ahead(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    gov = _governor(ent)
    if gov.lemma_.lower() not in words("deadline_nouns") or _YEAR.search(ent.text):
        return None
    verb = gov
    for _ in range(6):  # up to the verb the deadline hangs on
        if verb.pos_ in _VERB or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.tag_ == "VBD" and not any(c.dep_ == "aux" for c in verb.children):
        return None
    return dates.resolve(ent.text, published, tense="future", known_years=years)


@rule("event.date.planned-day-lies-ahead", stage="event.date", priority=17, action="date",
      why="'planned to open a school on Saturday', 'pressed ahead with plans for a ballot on Saturday': a day named "
          "in what is planned (data/plan_words.txt) lies ahead, though the plan is told in the past; as does one in what "
          "someone expected to do ('expected to finish by Saturday') or expects another to do ('expects the board to "
          "meet on Saturday', parsed with the board as the infinitive's subject), not in what was expected of someone "
          "('was expected to visit on Saturday': rule event.find.expectation-of-a-day-gone-by). A day something is "
          "scheduled or slated for lies ahead only where that is told in the present ('has scheduled a vote for "
          "Wednesday', 'is slated for Friday'), not in the past ('had scheduled', 'was scheduled', 'scheduled ... and it "
          "passed').",
      examples=["[2025-03-06] Tom Hale's aides told reporters on Thursday that he planned to open a school in Dunmore on Saturday.",
                "[2025-03-06] Tarrow officials were building a shelter that they expected to finish by Saturday.",
                "[2025-03-06] Tom Hale said he expects the Elmton board to meet again on Saturday.",
                "[2025-03-04] The Elmshire choir has scheduled its spring concert for Saturday."],
      counter=["[2025-03-07] Tom Hale opened a school in Dunmore on Saturday.",
               "[2025-03-07] The Elmshire choir had scheduled its spring concert for Wednesday, and it went well.",
               "[2025-03-10] The Tarrow survey team was expected to visit the Dunmore mine on Saturday."])
def _planned_day_ahead(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    if _YEAR.search(ent.text):
        return None
    tok, through = ent.root, False
    for _ in range(6):  # up from the date to the plan, through an infinitive or a "for" of what is planned
        if tok.head.i == tok.i:
            return None
        infinitive = tok.dep_ == "ccomp" and tok.tag_ == "VB" and marked_infinitive(tok)
        through = through or tok.dep_ == "xcomp" or tok.lower_ == "for" or infinitive  # "expects X to resign on Friday"
        tok = tok.head
        if tok.lemma_.lower() in words("schedule_verbs") and through:
            present = tok.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP") for c in tok.children)
            return dates.resolve(ent.text, published, tense="future", known_years=years) if present else None
        if tok.lemma_.lower() in words("plan_words") and through:
            if tok.lemma_.lower() in words("expectation_lemmas") and any(c.dep_ == "auxpass" for c in tok.children):
                return None  # "was expected to visit on Monday": what was awaited (event.find.expectation-of-a-day-gone-by)
            return dates.resolve(ent.text, published, tense="future", known_years=years)
    return None


@rule("event.date.month-a-past-schedule-names", stage="event.date", priority=18, action="date",
      why="'her contract was scheduled to expire in July' in an article of May: a month alone (no day, no year) that "
          "something was scheduled or slated for, told in the past, is the month nearest publication, not the one gone "
          "by before it (a day so scheduled may be gone by: rule event.date.planned-day-lies-ahead).",
      examples=["[2025-05-17] Ana Ruiz's contract with the Dunmore club was scheduled to expire in July."],
      counter=["[2025-05-17] Ana Ruiz's contract with the Dunmore club expired in July."])
def _month_a_past_schedule_names(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    if tense != "past" or _YEAR.search(ent.text) or any(t.like_num or t.lower_ in dates.WEEKDAYS for t in ent):
        return None
    if not any(t.lower_.rstrip(".") in dates.MONTH_NAMES for t in ent):
        return None
    tok = ent.root
    for _ in range(4):  # up from the date through the infinitive to what was scheduled
        if tok.head.i == tok.i:
            return None
        through = tok.dep_ == "xcomp"
        tok = tok.head
        if through and tok.lemma_.lower() in words("schedule_verbs"):
            return dates.resolve(ent.text, published, known_years=years)
    return None


@rule("event.date.span-before-a-dated-noun", stage="event.date", priority=25, action="date",
      why="'has split Tarrow weeks before the May 6 vote', 'days ahead of the March 3 poll': a dated noun a span of "
          "time after the clause's time lies ahead, unless the clause is told in the simple past "
          "(data/words_of_a_time_ahead.txt).",
      examples=["[2025-01-20] The Tarrow row has split voters just weeks ahead of the May 6 poll."],
      counter=["[2025-01-20] The Tarrow row split voters just weeks ahead of the May 6 poll."])
def _span_before_dated_noun(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    if _YEAR.search(ent.text) or anchor.pos_ not in _NOUN or anchor.dep_ != "pobj":
        return None
    prep = anchor.head
    word = prep.head if prep.lower_ == "of" else prep  # "ahead of", "before"
    if word.lower_ not in words("words_of_a_time_ahead") or not any(c.dep_ == "npadvmod" for c in word.children):
        return None
    verb = word.head
    if verb.pos_ not in _VERB or verb.tag_ == "VBD" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return dates.resolve(ent.text, published, tense="future", known_years=years)


@rule("event.date.weekday-in-a-would-clause-lies-ahead", stage="event.date", priority=27, action="date",
      why="'said they would also picket flights from Tarrow on Friday', 'would need every vote in a Saturday ballot': "
          "a weekday in what someone would do (a future seen from the past) is the one after publication, not the "
          "one before it ('would have' looks back; a day told before the clause's subject is the saying's: 'said on"
          " Monday it would'; a day of a participle describing a noun is done: 'the resolution, released on Monday night,"
          " would limit').",
      examples=["[2025-03-05] Dunmore union leaders said they would also picket the Tarrow depot on Friday.",
                "[2025-03-05] Mayor Ana Ruiz said the city would announce a plan of new measures to aid shops on Friday.",
                "[2025-03-05] Mayor Ana Ruiz said the police would close the pier and begin charging fees Sunday evening.",
                "[2025-03-07] Ana Ruiz told the Dunmore Post she would be rehearsing for Sunday's Tarrow debate."],
      counter=["[2025-03-05] Dunmore union leaders said they would have picketed the Tarrow depot on Friday.",
               "[2025-03-05] The resolution, released on Monday night by Tom Hale, would limit any strike to 60 days.",
               "[2025-03-05] Tarrow said on Monday it would expel 60 Dunmore diplomats, joining governments across the region."])
def _weekday_would_ahead(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    if tense or not any(t.lower_ in dates.WEEKDAYS for t in ent) or any(t.lower_ in ("last", "next", "this") for t in ent):
        return None
    if _done_by_a_participle(ent):
        return None  # 'the resolution, released on Tuesday night, would limit ...': the release is done
    verb = anchor if anchor.pos_ in _VERB else _verb_of_dated_noun(ent, anchor, tense)
    for _ in range(3):  # the verb, or the clause it is part of ("would need ... to be passed in a Sunday ballot")
        if verb is None:
            return None
        aux = [c.lower_ for c in verb.children if c.dep_ == "aux"]
        if "would" in aux:
            subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if "have" in aux or subj is not None and ent.end <= subj.i:
                return None  # 'said on Monday it would expel': the day is the saying's, told before the clause
            return dates.resolve(ent.text, published, tense="future", known_years=years)
        verb = verb.head if verb.dep_ in ("xcomp", "advcl", "ccomp", "conj") and verb.head.i != verb.i else _verb_of_an_infinitive_of_a_noun(verb)
    return None


def _done_by_a_participle(ent: Span) -> bool:
    """The date hangs on a past participle describing a noun ('the resolution, released on Tuesday night, ...')."""
    tok = ent.root
    while tok.dep_ in ("pobj", "prep", "npadvmod", "compound") and tok.head.i != tok.i:
        tok = tok.head
    return tok.tag_ == "VBN" and tok.dep_ == "acl"


def _verb_of_an_infinitive_of_a_noun(verb: Token) -> Token | None:
    """'would present a package of measures to help shops on Friday' -> present: the verb whose object
    (or its noun's) an infinitive describes."""
    if verb.dep_ not in ("acl", "relcl") or not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children):
        return None
    word = verb.head
    for _ in range(4):
        if word.head.i == word.i:
            return None
        word = word.head
        if word.pos_ in _VERB:
            return word
        if word.pos_ not in (*_NOUN, "ADP"):
            return None
    return None


@rule("event.date.noun-told-in-the-past", stage="event.date", priority=30, action="date",
      why="'Footage of the plant's closure in February was shown on the news': a date on a noun has no tense of its "
          "own; the verb of the clause the noun is in has, and told in the past, the month is the one gone by, not the "
          "next (not through a clause of its own, nor a date something takes effect or ends: 'wrote a note giving her "
          "exit as of 6 March', data/words_before_a_start_or_end_date.txt).",
      examples=["[2025-11-28] Footage of the Tarrow plant's closure in February was shown on the evening news."],
      counter=["[2025-11-28] Footage of the Tarrow plant's closure in February will be shown on the evening news.",
               "[2025-11-28] Tom Hale has written a note giving his exit as of February 6."])
def _noun_told_in_the_past(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    verb = _verb_of_dated_noun(ent, anchor, tense)
    if verb is None or _past_form(verb, verb) != "past":
        return None
    return dates.resolve(ent.text, published, tense="past", known_years=years)


@rule("event.date.month-of-a-verbless-line-of-a-year", stage="event.date", priority=34, action="date",
      why="'His 2008 run for the Senate and then the vote in November.': a line with no verb has no tense "
          "to place a month by; the one year it names before the month is the month's year (not a line with a verb: "
          "'After the 2008 race, he will run again in November').",
      examples=["[2018-08-30] Tom Hale lost twice. His 2008 run for the Senate and then the vote in November."],
      counter=["[2018-08-30] After the 2008 race, Tom Hale will run again in November."])
def _month_of_a_verbless_line(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    sent = ent.sent
    if tense or any(t.pos_ in ("VERB", "AUX") for t in sent) or any(t.like_num and len(t.text) == 4 for t in ent):
        return None
    named = {int(t.text) for t in sent[: ent.start - sent.start] if t.like_num and t.text.isdigit() and len(t.text) == 4}
    if len(named) != 1 or (year := named.pop()) >= published.year:
        return None
    found = dates.resolve(ent.text, date(year, 12, 31), tense="past", known_years=years)
    return found if found.iso is not None and found.iso.startswith(str(year)) else None


@rule("event.date.noun-told-in-the-future", stage="event.date", priority=31, action="date",
      why="'The Friday inquiry will hear from the council's lawyers': a dated noun in a clause told in the future is "
          "the day ahead, not the one gone by.",
      examples=["[2025-03-05] The Friday inquiry will hear from lawyers for the Tarrow council."],
      counter=["[2025-03-05] The Friday inquiry heard from lawyers for the Tarrow council."])
def _noun_told_in_the_future(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    verb = _verb_of_dated_noun(ent, anchor, tense)
    if verb is None or _future_auxiliary(verb, verb) != "future":
        return None
    return dates.resolve(ent.text, published, tense="future", known_years=years)


@rule("event.date.noun-a-clause-heads-into-lies-ahead", stage="event.date", priority=32, action="date",
      why="'the party is heading into the November election', 'fearing it could split the party ahead of the March "
          "vote': a dated noun the clause heads into (data/lead_ins_of_what_lies_ahead.txt) is the one to come, not "
          "the one gone by, unless the clause is told in the past ('was heading into', 'ahead of the March vote, "
          "Tom Hale raised ...').",
      examples=["[2025-02-13] The Tarrow party is heading into the November election with a lead in the polls."],
      counter=["[2025-02-13] The Tarrow party was heading into the November election with a lead in the polls.",
               "[2025-02-13] Ahead of the November election, the Tarrow party raised $5m."])
def _noun_the_clause_heads_into(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    if tense or anchor.pos_ not in _NOUN or anchor.dep_ != "pobj" or not anchor.left_edge.i <= ent.start <= anchor.i:
        return None  # the date inside the noun's phrase, before it ("the November election")
    prep = anchor.head
    if f"{prep.head.lower_} {prep.lower_}" not in words("lead_ins_of_what_lies_ahead"):
        return None
    verb = prep.head
    for _ in range(5):  # up to the clause's finite verb, or its auxiliary
        finite = [verb, *(c for c in verb.children if c.dep_ in ("aux", "auxpass"))]
        if any(t.tag_ == "VBD" for t in finite):
            return None  # told in the past
        if any(t.tag_ in ("VBZ", "VBP", "MD") for t in finite) or verb.head.i == verb.i:
            break
        verb = verb.head
    else:
        return None
    return dates.resolve(ent.text, published, tense="future", known_years=years)


@rule("event.date.weekday-a-past-clause-heads-into-is-the-nearest", stage="event.date", priority=33, action="date",
      why="'the mayor also said ahead of Tuesday's vote that ...', in an article of a Saturday: a weekday's noun a "
          "clause told in the past heads into (data/lead_ins_of_what_lies_ahead.txt) lies after that clause's time, "
          "which may be the day of publication, so it is not always the weekday gone by: it is the one nearest "
          "publication either way (written on a Wednesday, the Tuesday just gone; on a Saturday, the coming one). A "
          "month or a year goes by the tense (rule event.date.noun-a-clause-heads-into-lies-ahead); not a noun the "
          "sentence tells as done ('ahead of Tuesday's vote, which she won').",
      examples=["[2025-03-08] Tom Hale also spoke at a rally in Tarrow ahead of Tuesday's vote on the pier."],
      counter=["[2025-03-12] Tom Hale also spoke at a rally in Tarrow ahead of Tuesday's vote on the pier.",
               "[2025-03-08] Mayor Ana Ruiz campaigned hard across Tarrow ahead of Tuesday's vote, which she won by 40 votes."])
def _weekday_heads_into_nearest(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    day = [t for t in ent if t.tag_ != "POS"]
    if tense or len(day) != 1 or day[0].lower_ not in dates.WEEKDAYS or anchor.pos_ not in _NOUN:
        return None  # a bare weekday: "last Tuesday", "Tuesday, March 4" say which
    if anchor.dep_ != "pobj" or not anchor.left_edge.i <= ent.start <= anchor.i:
        return None
    prep = anchor.head
    if f"{prep.head.lower_} {prep.lower_}" not in words("lead_ins_of_what_lies_ahead") or _told_as_done(anchor):
        return None
    target = dates.WEEKDAYS.index(day[0].lower_)
    ahead = (target - published.weekday()) % 7
    if not 0 < ahead < (published.weekday() - target) % 7:
        return None  # the weekday gone by is as near or nearer: the usual reading
    return dates.resolve(ent.text, published, tense="future", known_years=years)


@rule("event.date.weekday-six-days-back-is-the-day-after", stage="event.date", priority=29, action="date",
      why="'Tom Hale resigned Monday' in an article dated a Sunday: news names a day of the past week by its weekday "
          "alone, but one six days back, the weekday after publication's, it calls 'last Monday' or dates it; told "
          "bare, it is the day after the date the article carries (the text was updated overnight, its front matter "
          "kept the first day) or the day ahead. Not 'last', 'this' or 'next Monday', nor a weekday's noun "
          "('Monday's vote', which names a happening of the week gone by).",
      examples=["[2025-03-09] Tom Hale resigned from the Tarrow council on Monday.",
                "[2025-03-13] Mayor Ana Ruiz said in a Friday afternoon speech that she will back the Dunmore pier plan."],
      counter=["[2025-03-09] Tom Hale resigned from the Tarrow council last Monday.",
               "[2025-03-09] Tom Hale resigned from the Tarrow council on Tuesday.",
               "[2025-03-09] Ana Ruiz said Monday's vote on the Tarrow pier could still be undone."])
def _weekday_six_days_back(ent: Span, anchor: Token, published: date, years: dict[tuple[int, int], int], tense: str) -> dates.Resolved | None:
    m = dates.WEEKDAY.match(dates.normalize(ent.text))
    if tense == "future" or m is None or m["rel"] in ("last", "next", "this"):
        return None
    after = ent.doc[ent.end] if ent.end < len(ent.doc) else None
    if any(t.tag_ == "POS" for t in ent) or after is not None and after.tag_ == "POS":
        return None  # "Monday's vote": a happening the week gone by names
    if (published.weekday() - dates.WEEKDAYS.index(m["weekday"])) % 7 != 6:
        return None
    return dates.resolve(ent.text, published, tense="future", known_years=years)


def _told_as_done(noun: Token) -> bool:
    """Whether the sentence tells the noun's happening as done: a clause on it in the past ('the vote, which she
    won') or the same noun the object or subject of a verb in the past ('... Ruiz won that vote')."""
    if any(c.dep_ == "relcl" and c.tag_ in ("VBD", "VBN") for c in noun.children):
        return True
    lemma = noun.lemma_.lower()
    return any(t.i != noun.i and t.lemma_.lower() == lemma and t.head.tag_ == "VBD" and t.dep_ in ("dobj", "nsubj", "nsubjpass")
               for t in sent_of(noun))


def _verb_of_dated_noun(ent: Span, anchor: Token, tense: str) -> Token | None:
    """The verb of the clause a dated noun is in, for a date that dates the noun ("the closure in
    February was shown": was shown), not through a clause of its own, nor a date something takes
    effect or ends."""
    if tense or anchor.pos_ not in _NOUN:
        return None
    if ent.start and ent.doc[ent.start - 1].lower_ in words("words_before_a_start_or_end_date"):
        return None  # "as of February 6", "until May": when something takes effect or ends
    tok = ent.root
    while tok.i != anchor.i:  # from the date to the noun through nouns, prepositions and participles describing a noun
        if tok.head.i == tok.i or tok.pos_ in _VERB and tok.dep_ != "acl":
            return None
        tok = tok.head
    verb = anchor
    for _ in range(4):  # up to the verb the noun hangs on ("footage of ... the closure")
        if verb.pos_ in _VERB or verb.head.i == verb.i:
            break
        verb = verb.head
    # a participle alone ('ahead of Tuesday's vote, calling for calm') has no tense; one with an auxiliary has
    # ('would be rehearsing for Sunday's debate')
    finite = verb.tag_ != "VBG" or any(c.dep_ == "aux" for c in verb.children)
    return verb if verb.pos_ in _VERB and finite else None


def _premodified_noun(ent: Span) -> Token | None:
    """"the May 4 2021, harbour fire": a date used as a modifier, whatever the parse says."""
    doc = ent.doc
    if not (ent[0].lower_ == "the" or ent.start > 0 and doc[ent.start - 1].lower_ == "the"):
        return None
    j = ent.end + (1 if ent.end < len(doc) and doc[ent.end].text == "," else 0)
    head = None
    while j < len(doc) and doc[j].pos_ in ("PROPN", "NOUN", "ADJ") and doc[j].ent_type_ != "DATE":
        if doc[j].pos_ == "NOUN":
            head = doc[j]
        j += 1
    return head


def _tense(anchor: Token) -> str:
    """"future", "past" or "" (none of its own, nor of the clauses it is part of: "is due to
    be published on Monday", "is expected to argue ... when she speaks on Monday" are future):
    the answer of stage `event.tense` for the anchor, or the clause it is part of."""
    tok = anchor
    for _ in range(3):
        found = rules.first("event.tense", tok, anchor)
        if found is not None:
            return found
        if tok.dep_ not in ("xcomp", "advcl", "acomp") or tok.head == tok:
            break
        tok = tok.head
    return ""


# Stage `event.tense` (a decision, for the anchor and up to two clauses it is part of).

@rule("event.tense.future-auxiliary", stage="event.tense", priority=10, action="date",
      why="'will visit on 3 March': a future clause dates what lies ahead.",
      examples=["[2025-03-06] Ana Ruiz will visit Tarrow on Monday."])
def _future_auxiliary(tok: Token, anchor: Token) -> str | None:
    aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in words("future_auxiliaries") for c in tok.children)
    return "future" if aux else None


@rule("event.tense.effective-from-lies-ahead", stage="event.tense", priority=20, action="date",
      why="'the ban applies from 3 March', 'effective 3 March', 'shut the pier for two weeks from noon on Saturday': what starts "
          "then lies ahead.",
      examples=["[2025-03-06] Tarrow Council said the ban applied from Monday.",
                "[2025-03-06] The Tarrow harbour board shut the north pier for two weeks from noon on Saturday."],
      counter=["[2025-03-12] Tom Hale resigned from Dunmore Mining on Tuesday.",
               "[2025-03-14] Dunmore Mining is drawing up rules like the ban from 2023, the Tarrow Post said Thursday night.",
               "[2025-03-17] The crisis came Friday when the Tarrow Post released a tape from 2019."])
def _effective_from(tok: Token, anchor: Token) -> str | None:
    """Not 'resigned from the board on Tuesday': 'from' must start a date; nor 'the ban from 2023': a noun's
    'from' tells where it comes from."""
    def starts(c: Token) -> bool:
        from_date = tok.pos_ in _VERB and c.lower_ == "from" and any(g.ent_type_ == "DATE" for g in c.children)
        return c.lower_ == "effective" or from_date and not _year_gone_by(c)
    return "future" if any(starts(c) for c in tok.children) or _period_starting(tok) else None


def _year_gone_by(prep: Token) -> bool:
    """'released a tape from 2005' in an article of 2016: a 'from' whose date is a year before publication's tells
    where a thing comes from (the parse hangs it on the verb), not a start that lies ahead."""
    published = prep.doc._.published
    years = [g for g in prep.children if g.ent_type_ == "DATE" and _YEAR.fullmatch(g.text)]
    return published is not None and any(int(g.text) < published.year for g in years)


def _period_starting(verb: Token) -> bool:
    """'shut the pier for two weeks from noon on Saturday', 'shut its galleries for six weeks starting Monday': a
    period the verb's act lasts, with the day it starts."""
    if verb.pos_ not in _VERB:
        return False
    periods = [g for c in verb.children if c.lower_ == "for" for g in c.children if g.ent_type_ == "DATE"]
    if not periods:
        return False
    for start in (w for holder in (verb, *periods) for w in holder.children if w.lower_ in words("period_start_words")):
        if any(g.ent_type_ == "DATE" or _time_of_a_date(g) for g in start.children if g.dep_ in ("pobj", "npadvmod")):
            return True
        if any(c.lower_ == "on" and any(g.ent_type_ == "DATE" for g in c.children) for c in start.children):
            return True
    return False


def _time_of_a_date(word: Token) -> bool:
    """'from noon on Saturday', 'from 6pm Monday': a time of day written just before the date that places it."""
    doc, j = word.doc, word.i + 1
    if word.ent_type_ != "TIME":
        return False
    while j < len(doc) and doc[j].ent_type_ == "TIME":
        j += 1
    if j < len(doc) and doc[j].lower_ == "on":
        j += 1
    return j < len(doc) and doc[j].ent_type_ == "DATE"


@rule("event.tense.past-form", stage="event.tense", priority=30, action="date",
      why="'visited on 20 March', 'had resigned', 'they've been meeting since May': a past or perfect clause dates what "
          "is over (the clause a clause is part of does only when it schedules it).",
      examples=["[2025-03-06] Ana Ruiz visited Tarrow on 20 May.",
                "[2025-05-10] Tarrow officials say they’ve been treating the fire as arson since September 12."])
def _past_form(tok: Token, anchor: Token) -> str | None:
    aux = any(c.dep_ in ("aux", "auxpass") and c.lower_ in words("past_auxiliaries") for c in tok.children)
    if tok.tag_ != "VBD" and not aux:
        return None
    return "" if tok != anchor and tok.lemma_ not in words("scheduling_lemmas") else "past"


@rule("event.tense.bare-form-after-a-singular-subject", stage="event.tense", priority=35, action="date",
      why="'In October, the board reset the closing day': a verb in its bare form after a singular noun subject "
          "cannot be the present ('resets'), so it is the past of a verb whose past is its bare form (reset, cut, put).",
      examples=["[2025-09-12] In October, the Dunmore board briefly reset the closing day to June 3."],
      counter=["[2025-09-12] In October, the Dunmore board members reset the closing day every year."])
def _bare_past(tok: Token, anchor: Token) -> str | None:
    if tok is not anchor or tok.tag_ != "VBP" or tok.lower_ != tok.lemma_.lower():
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    singular = subj is not None and subj.tag_ in ("NN", "NNP") and not any(c.dep_ == "conj" for c in subj.children)
    return "past" if singular else None


@rule("event.tense.present-with-a-weekday-lies-ahead", stage="event.tense", priority=37, action="date",
      why="'The ferry fares rise on Sunday', 'The council votes on Tuesday': a verb in the simple present"
          " dated by a weekday alone, on it, tells what lies ahead (not a verb whose past is its bare form after a"
          " plural subject, data/bare_past_verbs.txt: 'the firms cut jobs on Monday'; not a saying or 'is').",
      examples=["[2025-03-07] The Dunmore ferry fares rise on Sunday.",
                "[2025-03-07] Ana Ruiz flies to Tarrow on Tuesday."],
      counter=["[2025-03-07] The Tarrow mills cut 40 jobs on Tuesday.",
               "[2025-03-07] Mayor Kerrin Voss praised the crews who rebuilt the Dunmore pier Monday."])
def _present_with_a_weekday(tok: Token, anchor: Token) -> str | None:
    if tok.i != anchor.i or tok.tag_ not in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass", "neg") for c in tok.children):
        return None
    if tok.tag_ == "VBP" and tok.lower_ in words("bare_past_verbs"):
        return None
    if tok.tag_ == "VBP" and _in_a_clause_of_a_past_verb(tok):
        return None  # 'praised the workers who rebuilt the pier Monday': a past form the parse took for a present
    if tok.lemma_.lower() in words("speech_verbs") or tok.lemma_ == "be":
        return None  # 'Hale says the plan, announced Monday, ...': a saying; 'with X quitting Monday, Y is now ...': a state
    days = [c for c in tok.children if c.dep_ == "npadvmod"]  # 'take effect Sunday (night)'
    days += [g for c in tok.children if c.dep_ == "prep" and c.lower_ == "on" for g in c.children if g.dep_ == "pobj"]
    words_of_days = [t for day in days for t in (day, *day.children) if t.ent_type_ in ("DATE", "TIME")]
    weekday = any(t.lower_ in dates.WEEKDAYS for t in words_of_days)
    return "future" if weekday and not any(t.lower_ in ("last", "this", "next", "every") for t in words_of_days) else None


def _in_a_clause_of_a_past_verb(tok: Token) -> bool:
    """Whether `tok` heads a relative clause ('the workers who rebuilt the pier') hung on a noun of a clause whose
    verb is in the past ('Ruiz praised the workers ...'): a tense that follows the past, not a present."""
    if tok.dep_ != "relcl":
        return False
    head = tok.head
    while head.pos_ not in ("VERB", "AUX") and head.head.i != head.i:
        head = head.head
    return head.tag_ == "VBD" or any(c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in head.children)


@rule("event.tense.scheduled", stage="event.tense", priority=40, action="date",
      why="'is expected to', 'is set to', 'is to': what is scheduled lies ahead.",
      examples=["[2025-03-06] Ana Ruiz is expected to visit Tarrow on Monday."])
def _scheduled(tok: Token, anchor: Token) -> str | None:
    return "future" if tok.lemma_ in words("scheduling_lemmas") and any(c.dep_ == "xcomp" for c in tok.children) else None


@rule("event.tense.due", stage="event.tense", priority=50, action="date",
      why="'are due to': what is due lies ahead.",
      examples=["[2025-03-06] The Tarrow talks are due to resume on Monday."])
def _due(tok: Token, anchor: Token) -> str | None:
    return "future" if any(c.dep_ == "acomp" and c.lower_ == "due" for c in tok.children) else None


@rule("event.tense.required-now", stage="event.tense", priority=55, action="date",
      why="'are required to certify the results by Tuesday': what is required now (a present 'is' or 'are' before"
          " a verb of data/obligation_lemmas.txt) lies ahead.",
      examples=["[2018-11-09] All counties in Tarrow are required to certify their results by 5 p.m. Tuesday."],
      counter=["[2018-11-09] All counties in Tarrow were required to certify their results by 5 p.m. Tuesday."])
def _required_now(tok: Token, anchor: Token) -> str | None:
    present = any(c.dep_ == "auxpass" and c.tag_ in ("VBP", "VBZ") for c in tok.children)
    obliged = tok.lemma_.lower() in words("obligation_lemmas") and any(c.dep_ == "xcomp" for c in tok.children)
    return "future" if present and obliged else None


def _dropped(tok: Token, child: Token, anchor: Token | None) -> bool:
    """Whether a summary leaves out `child` of `tok` (unless it holds the date): a clause or
    a conjunct hanging on the anchor or a verb."""
    dep = child.dep_
    if anchor is not None and tok.i == anchor.i and dep in ("aux", "neg", "cc") and _negation_of_an_elided_clause(anchor):
        subj = next(c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < anchor.i)
        if child.i < subj.left_edge.i:
            return True  # "He did not, and on Monday the board fired him": the cut clause's words are not the event's
    if dep not in _DROP_DEPS:
        return False
    if dep in ("advcl", "mark", "relcl", "conj", "cc") and rules.first("event.summary-keep", child):
        return False
    if dep == "mark" and rules.first("event.summary-keep-mark", child, tok, anchor):
        return False
    return tok is anchor or tok.pos_ in ("VERB", "AUX") or dep not in ("conj", "cc")


@rule("event.summary-keep-mark.of-a-clause-below-the-anchor", stage="event.summary-keep-mark", priority=10, action="keep",
      why="'found ... that Ruiz sold boats, soon before fuel prices doubled': a clause the summary keeps below its anchor "
          "keeps its 'before', 'after', 'until' (data/prepositions_ordering_in_time.txt) or 'because'; without it the "
          "summary says what the source does not.",
      examples=["[2025-03-12] Auditors found on Friday that Ana Ruiz (I-Elmton), who owns the marina, sold between 3 and 5 "
                "boats in July, soon before fuel prices doubled."])
def _mark_of_a_clause_below_the_anchor(mark: Token, tok: Token, anchor: Token | None) -> bool:
    if mark.lower_ not in words("prepositions_ordering_in_time") and mark.lower_ != "because":
        return False  # 'that' goes; 'whether', 'if', 'for': rules of stage event.summary-keep decide
    return anchor is None or tok.i != anchor.i


@rule("event.summary-keep.purpose-infinitive", stage="event.summary-keep", priority=10, action="extend",
      why="'will travel to Tarrow on Thursday to announce the deal', 'called on Friday for the council to close "
          "the mine': the infinitive says what the event is for, and a summary without it says nothing of it.",
      examples=["[2025-03-06] Tom Hale will travel to Tarrow on Thursday to announce the deal with Dunmore Mining."])
def _purpose_infinitive(clause: Token) -> bool:
    return clause.dep_ == "advcl" and clause.tag_ == "VB" and marked_infinitive(clause)


@rule("event.summary-keep.subject-parsed-under-its-mark", stage="event.summary-keep", priority=12, action="keep",
      why="'after a league panel late Friday docked it six points': the parse may hang the clause's subject on its 'after' "
          "as if a preposition's object, leaving the verb no subject; the summary keeps it ('a league panel late Friday "
          "docked it six points'), not 'late Friday docked it six points' (rule event.summary-lead.mark-over-the-subject drops the "
          "'after').",
      examples=["[2025-03-09] The Elmton club said on Sunday it would protest after a league panel late Friday docked it six "
                "points."])
def _subject_parsed_under_its_mark(mark: Token) -> bool:
    return mark.dep_ == "mark" and _holds_the_subject(mark)


def _holds_the_subject(mark: Token) -> bool:
    """'after a panel late Friday docked': a mark whose object is the subject its verb lacks."""
    held = any(c.dep_ == "pobj" and c.pos_ in _NOUN for c in mark.children)
    return held and not any(c.dep_ in _SUBJECT_DEPS for c in mark.head.children)


@rule("event.summary-keep.participle-after-the-verb", stage="event.summary-keep", priority=15, action="extend",
      why="'fired Ana Ruiz on Tuesday, citing a loss of trust', 'stirred a row on Tuesday, tweeting \"...\"': a "
          "participle after the verb, with no subject of its own, tells how or why the event happened.",
      examples=["[2025-03-06] Tom Hale fired Ana Ruiz on Tuesday, citing a loss of trust."])
def _participle_after(clause: Token) -> bool:
    own = any(c.dep_ in ("nsubj", "nsubjpass", "mark") for c in clause.children)
    return clause.dep_ == "advcl" and clause.tag_ == "VBG" and clause.i > clause.head.i and not own


@rule("event.summary-keep.for-before-an-infinitive-subject", stage="event.summary-keep", priority=17, action="keep",
      why="'lent money to Tom Hale on Monday in order for them to buy a home': the 'for' that opens an infinitive"
          " with its own subject stays with it; without it the summary reads 'in order them to buy'.",
      examples=["[2025-03-06] Ana Ruiz lent money to Tom Hale on Monday in order for them to buy a home."])
def _for_before_infinitive_subject(mark: Token) -> bool:
    clause = mark.head
    to = marked_infinitive(clause)
    return mark.dep_ == "mark" and mark.lower_ == "for" and to and any(c.dep_ == "nsubj" for c in clause.children)


@rule("event.summary-keep.that-of-a-clause-on-a-noun", stage="event.summary-keep", priority=32, action="keep",
      why="'a consensus that the levy should not hold up the deal for Sunday': the 'that' opening a clause that says what "
          "a noun holds stays with it; without it the summary reads 'a consensus the levy should not'.",
      examples=["[2025-03-06] Tarrow officials said there was a consensus that the levy should not hold up a deal for Sunday."])
def _that_of_a_clause_on_a_noun(mark: Token) -> bool:
    return mark.dep_ == "mark" and mark.lower_ == "that" and mark.head.dep_ == "acl" and mark.head.head.pos_ == "NOUN"


@rule("event.summary-keep.clause-whose-object-hangs-elsewhere", stage="event.summary-keep", priority=19, action="keep",
      why="'publishing a report that argues for, above all, a cap on berth fees': a relative clause ending in a preposition "
          "with no object of its own (the parse hung the object on the verb before) stays, or the summary would read "
          "'publishing a report, above all, a cap on berth fees'.",
      examples=["[2025-03-06] The harbour board surprised the council on Monday, publishing a report that argues for, "
                "above all, a cap on berth fees."])
def _clause_whose_object_hangs_elsewhere(clause: Token) -> bool:
    last = max(clause.subtree, key=lambda t: t.i)
    return clause.dep_ == "relcl" and last.dep_ == "prep" and not any(last.children)


@rule("event.summary-keep.whether", stage="event.summary-keep", priority=20, action="keep",
      why="'asked on Friday whether Tom Hale would resign': a summary without 'whether' or 'if' states as done what "
          "was only asked or doubted ('asked on Friday Tom Hale would resign').",
      examples=["[2025-03-06] Ana Ruiz sought on Friday to end the doubt over whether Tom Hale would resign."])
def _whether(mark: Token) -> bool:
    return mark.dep_ == "mark" and mark.lower_ in ("whether", "if") and mark.head.dep_ in ("ccomp", "pcomp", "xcomp", "csubj")


@rule("event.summary-keep.condition", stage="event.summary-keep", priority=22, action="keep",
      why="'said on Friday that if elected, the party would close the mine': a summary without the condition states as "
          "certain what was said to depend on it (data/condition_marks.txt).",
      examples=["[2025-03-06] Tom Hale told the Tarrow Herald on Friday that if elected, Dunmore Mining would close "
                "the Tarrow pit."])
def _condition_kept(clause: Token) -> bool:
    if clause.dep_ == "mark":
        return clause.lower_ in words("condition_marks") and clause.head.dep_ == "advcl"
    return clause.dep_ == "advcl" and any(c.dep_ == "mark" and c.lower_ in words("condition_marks") for c in clause.children)


@rule("event.summary-keep.what-happened-at-that-date", stage="event.summary-keep", priority=25, action="keep",
      why="'the Tarrow ferry was crossing the bay on 3 March when it sank': a 'when' clause straight after the date "
          "tells what happened then, and a summary without it tells only the scene.",
      examples=["[2025-03-06] The Tarrow ferry was crossing the bay on 3 March when it sank off Dunmore."])
def _when_after_the_date(clause: Token) -> bool:
    when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    return clause.dep_ == "advcl" and when is not None and when.i > 0 and clause.doc[when.i - 1].ent_type_ == "DATE"


def _when_of_a_date(clause: Token) -> bool:
    """Whether `clause` opens with a "when" set straight after a date ("in February, when ...")."""
    when = next((c for c in clause.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    if when is None or when.i == 0:
        return False
    before = clause.doc[when.i - 1]
    if before.is_punct and before.i > 0:
        before = clause.doc[before.i - 1]
    return before.ent_type_ == "DATE"


@rule("event.summary-keep.second-clause-of-what-happened-then", stage="event.summary-keep", priority=27, action="keep",
      why="'back in May, when the board held its poll and Tom Hale failed to defeat Ana Ruiz': a 'when' clause after "
          "a date tells what happened then, all of it; a summary without its second clause ('the board held its "
          "poll') leaves out the happening and the people in it.",
      examples=["[2025-06-06] Hale's hopes looked dim back in May, when the board held its poll and he failed to "
                "defeat Ana Ruiz."])
def _second_clause_of_when(clause: Token) -> bool:
    if clause.dep_ == "cc":
        conj = next((c for c in clause.head.children if c.dep_ == "conj" and c.i > clause.i), None)
        return conj is not None and conj.pos_ in _VERB and _when_of_a_date(clause.head)
    return clause.dep_ == "conj" and clause.pos_ in _VERB and clause.head.pos_ in _VERB and _when_of_a_date(clause.head)


@rule("event.summary-keep.infinitive-describing-a-noun", stage="event.summary-keep", priority=30, action="keep",
      why="'Friday is the final day for residents to object to the Tarrow plan': an infinitive clause after a noun "
          "says what the noun is for; a summary without it says nothing ('Friday is the last day').",
      examples=["[2025-03-06] Friday is the final day for residents to object to the Tarrow mine plan."])
def _infinitive_describing_a_noun(clause: Token) -> bool:
    if clause.dep_ == "mark" and clause.lower_ == "for":
        clause = clause.head  # its "for", too
    infinitive = clause.tag_ == "VB" and marked_infinitive(clause)
    return clause.dep_ == "relcl" and infinitive


@rule("event.summary-keep.verb-pair-sharing-its-auxiliary", stage="event.summary-keep", priority=35, action="keep",
      why="'X was shot and wounded by guards, officials said Saturday', 'was arrested and charged with arson': two "
          "verbs joined straight by 'and' or 'or', the second with no subject, auxiliary or date of its own, tell one "
          "happening; a summary without the second ('X was shot, officials said') tells less than the source ('was "
          "arrested Monday and charged Tuesday' are two events, each of its date).",
      examples=["[2025-08-30] A robber in Tarrow was shot and wounded by guards during a struggle outside the Dunmore "
                "bank, officials said Saturday."],
      counter=["[2025-08-30] A gunman in Tarrow was arrested on Friday and charged on Saturday with arson."])
def _verb_pair(clause: Token) -> bool:
    if clause.dep_ == "cc" and clause.i + 1 < len(clause.doc):
        clause = clause.doc[clause.i + 1]  # the "and" of the pair, too
    if clause.dep_ != "conj" or clause.pos_ != "VERB" or clause.head.pos_ != "VERB" or clause.i != clause.head.i + 2:
        return False
    if clause.doc[clause.head.i + 1].lower_ not in ("and", "or"):
        return False
    own = any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "expl") for c in clause.children)
    return not own and not any(t.ent_type_ == "DATE" for t in clause.subtree)


@rule("event.summary-keep.terms-of-a-comparison", stage="event.summary-keep", priority=37, action="keep",
      why="'did not do as well as the other candidates last May', parsed with 'as' as a conjunction: the words of "
          "a comparison ('as', 'than' and what they compare with) stay, or the summary says what no one wrote "
          "('did not do the other candidates').",
      examples=["[2025-08-06] Tom Hale did not do as well as the other candidates last November in Tarrow."])
def _terms_of_a_comparison(clause: Token) -> bool:
    if clause.dep_ == "cc":
        return clause.lower_ in ("as", "than")
    return clause.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("as", "than") for c in clause.head.children)


def _kept(anchor: Token, ent: Span) -> set[int]:
    """The tokens a summary of the clause or phrase `anchor` heads keeps for the date `ent`."""
    keep: set[int] = set()
    joining = _joining_words(anchor, ent)

    def walk(tok: Token) -> None:
        keep.add(tok.i)
        for child in tok.children:
            contains_date = child.left_edge.i <= ent.start and child.right_edge.i >= ent.end - 1
            if _dropped(tok, child, anchor) and not contains_date and child.i not in joining:
                continue  # but "Work and Pensions Secretary" keeps its "and Pensions"
            walk(child)

    walk(anchor)
    return keep


@rule("event.summary-head.noun-a-relative-clause-describes", stage="event.summary-head", priority=10, action="extend",
      why="'a feud which goes back to 1988': the summary names what the clause is about. Not a clause opened by a "
          "'that' the parse reads as a conjunction, on the object of a preposition: 'told members during the meeting "
          "that she wanted a deal this year' is what was told, not a meeting described ('meeting she wanted a deal "
          "this year' misreads the source). Nor a 'that' or 'which' clause the parse hangs on a person's name ('Ana Ruiz, "
          "president of Tarrow Aid, a fund that spent ...': the fund spent, not Ruiz).",
      examples=["Ana Ruiz ended a career at Dunmore Mining which dates back to 1974."],
      counter=["Tarrow councillor Tom Hale said Ana Ruiz told members during the meeting that she wanted a broad "
               "budget deal this year.",
               "[2019-05-14] Piers cost too much, said Ana Ruiz, president of Elm Aid, a harbour fund and nonprofit that "
               "pooled $4 million in 2018 for piers."])
def _relative_head(anchor: Token) -> list[int] | None:
    """For a relative clause, the noun it describes and the words before it."""
    if anchor.dep_ != "relcl":
        return None
    head = anchor.head
    which = any(c.lower_ in ("which", "that") for c in anchor.children)  # "the Storm which struck", not "X, whose ..."
    if head.dep_ == "pobj" and any(c.lower_ == "that" and c.dep_ == "mark" for c in anchor.children):
        return None  # "told members during the meeting that she wanted a deal": what was told, hung by the parse on the noun
    named = anchor.doc._.mentions.at(head) if anchor.doc._.mentions is not None else None
    if which and (head.ent_type_ == "PERSON" or named is not None and named.kind == "person"):
        return None  # "Ana Ruiz, head of Tarrow Aid, a charity that spent ...": 'that' hung by the parse on a person
    if head.pos_ == "NOUN" or head.pos_ == "PROPN" and which:
        return [t.i for t in anchor.doc[head.left_edge.i : head.i + 1] if t.pos_ != "DET"]
    return None


class _Walks:
    """What the summaries of one document keep, without walking a clause once per date it
    holds: a sentence with hundreds of dates is not walked hundreds of times.

    Where the parse is projective (every subtree a run of tokens), a summary keeps the
    tokens below the anchor but those in the clauses it leaves out, and a clause holds the
    date only if it holds the date's first token, on the way down from the anchor to it. So
    how many tokens are kept is a sum of counts made once per document, and the first of
    them in order are read off the tree without the rest. Elsewhere, and for a relative
    clause, each date is walked on its own."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        order, children = _tree(doc)
        self._count = [1] * len(doc)  # tokens kept below each token, a summary not anchored there
        self._projective = [True] * len(doc)  # whether every subtree below is a run of tokens
        size = [1] * len(doc)
        tokens, deps = tokens_of(doc), columns_of(doc).dep
        for i in reversed(order):  # children before parents
            tok = tokens[i]
            for c in children[i]:
                size[i] += size[c]
                if deps[c] not in _DROP_DEPS or not _dropped(tok, tokens[c], None):
                    self._count[i] += self._count[c]
            if children[i]:  # a leaf's edges are itself: no Token made for them
                self._projective[i] = size[i] == tok.right_edge.i - tok.left_edge.i + 1 and all(self._projective[c] for c in children[i])
        if len(order) != len(doc):
            self._projective = [False] * len(doc)

    def kept(self, anchor: Token, ent: Span) -> list[int] | None:
        """The sorted tokens a summary keeps, cut to its length as `_summary_tokens` does, or
        None where only a walk of its own tells."""
        if not len(ent) or not self._projective[anchor.i] or _relative_head(anchor):
            return None

        joining = _joining_words(anchor, ent)

        def holds_date(child: Token) -> bool:
            return child.left_edge.i <= ent.start and child.right_edge.i >= ent.end - 1 or child.i in joining

        count = 1 + len(joining) + sum(self._count[c.i] for c in anchor.children if not _dropped(anchor, c, anchor))
        path = [self.doc[ent.start]]
        while path[-1].i != anchor.i and path[-1].head.i != path[-1].i:
            path.append(path[-1].head)
        if path[-1].i == anchor.i:  # the date is below the anchor: the clauses left out on the way may hold it
            path.reverse()
            path[0] = anchor  # the very token: a summary treats the anchor's own clauses apart
            for tok, child in zip(path, path[1:]):
                if _dropped(tok, child, anchor):
                    if not holds_date(child):
                        break  # left out, and all below it
                    count += self._count[child.i]
        if count <= MAX_SUMMARY_TOKENS:
            return self._in_order(anchor, holds_date, -1, count)
        return self._in_order(anchor, holds_date, _cut_from(anchor, ent), MAX_SUMMARY_TOKENS)

    @staticmethod
    def _in_order(anchor: Token, holds_date: Callable[[Token], bool], lo: int, limit: int) -> list[int]:
        """The first `limit` kept tokens from `lo` on, in order (a projective subtree lists its
        left children's tokens, itself, then its right children's)."""
        out: list[int] = []
        stack: list[tuple[bool, Token]] = [(False, anchor)]
        while stack and len(out) < limit:
            emit, tok = stack.pop()
            if emit:
                if tok.i >= lo:
                    out.append(tok.i)
                continue
            kept = [c for c in tok.children if c.right_edge.i >= lo and not (_dropped(tok, c, anchor) and not holds_date(c))]
            items = [(False, c) for c in kept if c.i < tok.i] + [(True, tok)] + [(False, c) for c in kept if c.i > tok.i]
            stack += reversed(items)
        return out


def _joining_words(anchor: Token, ent: Span) -> set[int]:
    """The conjunctions a summary keeps for the date `ent`: the "and" before a verb joined to
    the anchor that the summary keeps for holding the date ("were leaked to X and published on
    Tuesday"), which the summary would otherwise leave out with the other conjunctions."""
    out: set[int] = set()
    tok = anchor.doc[ent.start] if len(ent) else anchor
    while tok.i != anchor.i and tok.head.i != tok.i:
        if tok.dep_ == "conj":
            cc = next((c for c in reversed(list(tok.head.children)) if c.i < tok.i and c.dep_ == "cc"), None)
            if cc is not None and _dropped(tok.head, cc, anchor):
                out.add(cc.i)
        tok = tok.head
    return out if tok.i == anchor.i else set()


def _tree(doc: Doc) -> tuple[list[int], list[list[int]]]:
    """Every token, parents before children, and each token's children."""
    children: list[list[int]] = [[] for _ in range(len(doc))]
    roots = []
    for i, head in enumerate(columns_of(doc).head):
        if head == i:
            roots.append(i)
        else:
            children[head].append(i)
    order, stack = [], roots
    while stack:
        i = stack.pop()
        order.append(i)
        stack += children[i]
    return order, children


def _summary_tokens(anchor: Token, ent: Span, walks: _Walks | None = None) -> list[Token]:
    doc = anchor.doc
    kept = walks.kept(anchor, ent) if walks is not None else None
    if kept is not None:
        toks = [doc[i] for i in kept]
    else:
        keep = _kept(anchor, ent)
        keep.update(_relative_head(anchor) or ())
        toks = [doc[i] for i in sorted(keep)]
        if len(toks) > MAX_SUMMARY_TOKENS:  # keep the part around the anchor and the date
            lo = _cut_from(anchor, ent)
            toks = [t for t in toks if t.i >= lo][:MAX_SUMMARY_TOKENS]
    while toks and rules.first("event.summary-lead", toks[0], anchor):
        toks = toks[1:]
    return rules.fold("event.summary", toks, anchor, ent) or []


def _cut_from(anchor: Token, ent: Span) -> int:
    """Where a summary too long to keep whole starts: the answer of stage `event.summary-cut`,
    else the anchor or the date, whichever comes first."""
    found = rules.first("event.summary-cut", anchor, ent)
    return found.i if found is not None else min(anchor.i, ent.start)


# Stage `event.summary-cut` (a decision): where a summary too long to keep whole starts.

@rule("event.summary-cut.from-the-subject", stage="event.summary-cut", priority=10, action="extend",
      why="'\"...\" Tom Hale told the Herald on Thursday about ...', too long to keep: cut from the subject, "
          "so the summary still says who did it.",
      examples=[("[2025-03-07] \"We are close to a deal on the port and the bridge, and we hope to sign it soon, maybe "
                 "this weekend or the next one, if the council agrees,\" Tom Hale told the Tarrow Herald on Thursday "
                 "night about the odds of an accord for the port of Dunmore and the new bridge over the river.")])
def _from_the_subject(anchor: Token, ent: Span) -> Token | None:
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < anchor.i), None)
    return subj.left_edge if subj is not None and subj.left_edge.i < min(anchor.i, ent.start) else None


# Stage `event.summary-lead` (a decision, for each first token in turn): whether it goes.

@rule("event.summary-lead.punctuation", stage="event.summary-lead", priority=10, action="trim",
      why="A summary does not begin with punctuation.",
      examples=["Noting that the Tarrow plan failed in 2011, Tom Hale said on 3 March 2021 that he would resign.",
                "— Tom Hale resigned from Dunmore Mining in 1998."])
def _lead_punctuation(tok: Token, anchor: Token) -> bool:
    return tok.is_punct


@rule("event.summary-lead.connective-before-the-anchor", stage="event.summary-lead", priority=20, action="trim",
      why="'[and] Tom Hale resigned in 1998': no conjunction, subordinator or preposition of a clause left out.",
      examples=["In her speech, a text she wrote last year, Ana Ruiz said, \"We must stay.\""])
def _lead_connective(tok: Token, anchor: Token) -> bool:
    return tok.dep_ in ("cc", "mark", "prep") and tok.i < anchor.i and tok.head != anchor


@rule("event.summary-lead.mark-over-the-subject", stage="event.summary-lead", priority=25, action="trim",
      why="'[after] a league panel late Friday docked it six points': the 'after' of a clause whose subject the parse hung on it"
          " (rule event.summary-keep.subject-parsed-under-its-mark) does not open the summary.",
      examples=["[2025-03-09] The Elmton club said on Sunday it would protest after a league panel late Friday docked it six "
                "points."])
def _lead_mark_over_the_subject(tok: Token, anchor: Token) -> bool:
    return tok.dep_ == "mark" and tok.head == anchor and _holds_the_subject(tok)


@rule("event.summary-lead.when", stage="event.summary-lead", priority=30, action="trim",
      why="'[1998,] when Tom Hale won': Tom Hale won.",
      examples=["Delegates spoke of the vote being like 1970, when Tom Hale snatched victory from the Dunmore Party."])
def _lead_when(tok: Token, anchor: Token) -> bool:
    return tok.lower_ == "when" and tok.dep_ == "advmod"


# Stage `event.summary` (a fold over the summary's tokens): its end, and whether it tells anything.

@rule("event.summary.whole-hyphenated-word", stage="event.summary", priority=5, action="extend",
      why="'Tom Hale, who was re-elected in 2019', 'Ana Ruiz re-tweeted the post on Sunday': the tokenizer splits a "
          "hyphenated word in three and the parse may hang its parts apart; a summary keeping one part keeps the whole "
          "word, not 'Tom Hale, elected in 2019' (which says another thing) or 'Tom Hale on Sunday re'.",
      examples=["[2025-03-06] Ana Ruiz re-tweeted the post on Sunday."])
def _whole_hyphenated_word(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    return whole_words(toks)


MAX_QUOTED_WORDS = 30  # the longest quotation a summary keeps whole rather than leave out


@rule("event.summary.quotation-whole-or-not-at-all", stage="event.summary", priority=3, action="trim",
      why="'\"The board would be forced to close ... and would lose its staff,\" Hale wrote on March 2': a summary "
          "never cuts words out of a quotation and keeps its marks, nor starts inside one (also one begun in the sentence "
          "before: 'the dean,\" Voss wrote last week'): a quotation it keeps part of "
          "is kept whole, with both marks, or, longer than MAX_QUOTED_WORDS, goes with its marks — unless that leaves a verb"
          " of saying with nothing but its date ('Hale said Friday'), which keeps its own words whole, or else makes no event.",
      examples=["[2025-03-10] “The board would be forced to close three mines in the valley and would lose a third of "
                "its staff,” Tom Hale told the council in a letter on March 2.",
                "[2025-03-10] “We will not close the mines, we will not sell the land, we will not cut a single job in the "
                "valley, and we will not let the council or anyone else tell us how to run the works,” Tom Hale said on Friday.",
                "[2025-03-10] On his website on Sunday, Tom Hale named a toll that is “far too high for the valley,” a "
                "bridge that “costs too much and opens too late,” and farms “hit by the long drought.”",
                "[2025-03-04] \"The choir will sing in the cathedral in May. The bishop has agreed to it and so has the "
                "dean,\" Kerrin Voss, who leads the Elmshire choir, wrote in the parish letter last week."])
def _quotation_whole_or_not_at_all(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    doc, kept = anchor.doc, {t.i for t in toks}
    quotations = _quotations(sent_of(anchor))
    out, changed = _quotations_kept(kept, quotations, doc, MAX_QUOTED_WORDS)
    own = any(anchor.is_ancestor(doc[i]) for first, last, _ in quotations for i in range(first, last + 1) if not doc[i].is_punct)
    if own and _said_with_its_date_alone(out, anchor, ent):
        out, changed = _quotations_kept(kept, quotations, doc, len(doc))  # 'Hale said Tuesday' alone: the words he said, whole
        if _said_with_its_date_alone(out, anchor, ent):
            return []  # its own words not in the summary at all: it tells nothing
    return out if changed else None


def _quotations_kept(kept: set[int], quotations: list[tuple[int, int, str]], doc: Doc, longest: int) -> tuple[list[Token], bool]:
    """The summary's tokens with each quotation it keeps part of made whole (up to `longest` words, else left out with
    its marks), and whether anything changed. A quotation begun in a sentence before cannot be kept whole: the part of
    it in this sentence goes, with its closing mark. One that runs on into the next sentence keeps its words here only
    with its opening mark (rule event.summary.quotation-running-on-keeps-its-mark)."""
    drop: set[int] = set()
    add: set[int] = set()
    for first, last, kind in quotations:
        quoted = {i for i in range(first, last + 1) if not doc[i].is_punct}
        if kind == "runs-on":
            continue  # rule event.summary.quotation-running-on-keeps-its-mark
        whole = kind == "whole"
        marks = {first, last} if whole else {i for i in (first, last) if doc[i].text in ALL_MARKS}
        if not whole:
            if quoted & kept:
                drop |= set(range(first, last + 1))  # 'press rooms," X told CNN': begun in the sentence before
            else:
                drop |= marks
        elif quoted & kept and not quoted <= kept:
            span = set(range(first, last + 1))
            if len(quoted) <= longest:
                add |= span  # cut inside: the quotation whole, in its own words
            else:
                drop |= span  # too long to keep whole: it goes, marks and all
        elif quoted <= kept and marks & kept:
            add |= set(range(first, last + 1))  # whole, a mark or its punctuation left out: all of it
        elif not quoted & kept:
            drop |= marks  # 'an economy that is "..., " a system': the clause gone, its marks too
    return [doc[i] for i in sorted((kept - drop) | add)], bool(drop or add)


def _said_with_its_date_alone(toks: list[Token], anchor: Token, ent: Span) -> bool:
    """Whether a summary is a verb of saying with nothing but its subject and its date (a date written: an
    undated act of the day is rule event.also.bare-verb-of-saying-tells-nothing's)."""
    if not len(ent) or anchor.lemma_.lower() not in words("speech_verbs") or not any(t.i == anchor.i for t in toks):
        return False
    subject = {t.i for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass") for t in c.subtree}
    return all(t.i == anchor.i or t.i in subject or t.is_punct or t.is_space or t.ent_type_ in ("DATE", "TIME")
               or t.pos_ == "ADP" or ent.start <= t.i < ent.end for t in toks)


def _quotations(sent: Span) -> list[tuple[int, int, str]]:
    """The quotations of a sentence, as the quote finder read them (`doc._.quote_chars`: the characters inside each
    pair of marks): (opening mark, closing mark, "whole") for one inside the sentence, (first, last, "begun-before")
    for the sentence's tokens of one begun in a sentence before it (its closing mark among them), and (opening mark,
    last, "runs-on") for one that opens here and goes on into the next sentence."""
    doc, out = sent.doc, []
    for start, end in doc._.quote_chars or ():
        if end <= sent.start_char or start >= sent.end_char:
            continue
        if sent.start_char < start and end < sent.end_char:
            inside = doc.char_span(start, end, alignment_mode="expand")
            if inside is None or not len(inside) or inside.start <= sent.start or inside.end >= sent.end:
                continue
            opening, closing = inside.start - 1, inside.end
            if doc[opening].text in ALL_MARKS and doc[closing].text in ALL_MARKS:
                out.append((opening, closing, "whole"))
            continue
        if start > sent.start_char:
            begun = doc.char_span(start, sent.end_char, alignment_mode="expand")
            if begun is not None and len(begun) and begun.start > sent.start and doc[begun.start - 1].text in ALL_MARKS:
                out.append((begun.start - 1, min(begun.end, sent.end) - 1, "runs-on"))
            continue
        part = doc.char_span(sent.start_char, min(end, sent.end_char), alignment_mode="expand")
        if part is None or not len(part):
            continue
        last = part.end - 1
        if end < sent.end_char and last + 1 < sent.end and doc[last + 1].text in ALL_MARKS:
            last += 1  # its closing mark
        out.append((part.start, last, "begun-before"))
    return out


@rule("event.summary.quotation-running-on-keeps-its-mark", stage="event.summary", priority=4, action="trim",
      why="'When Hale learned on Monday that the clerks had filed the memo, he said, \"I was surprised. ...\"': words of a "
          "quotation that opens in the sentence and runs on into the next stay in a summary only with their opening mark; "
          "kept without it (the verb of saying left out), they read as the summary's own words ('Hale learned on Monday the "
          "clerks had filed the memo I was surprised') and go.",
      examples=["[2025-03-12] When Tom Hale learned from the radio on Monday night that the clerks had filed a memo asking for "
                "the old fine, he said, \"I was very surprised. Once I saw it, I told my staff that we had to fix it.\""])
def _quotation_running_on_keeps_its_mark(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    kept = {t.i for t in toks}
    drop = {i for first, last, kind in _quotations(sent_of(anchor)) if kind == "runs-on" and first not in kept
            and any(i in kept for i in range(first + 1, last + 1)) for i in range(first, last + 1)}
    return [t for t in toks if t.i not in drop] if drop else None


@rule("event.summary.clause-whose-subject-was-left-out", stage="event.summary", priority=8, action="trim",
      why="'Tom Hale boasted at a 2018 dinner that in 2012, when he was harbour master and Dunmore was short of a "
          "grant, ...': where the parse gives a finite verb no subject (or only a date: 'in 2014' read as one) and "
          "the summary leaves out the words just "
          "before it, and they hold a noun or a pronoun, the verb's real subject went with them ('boasted at a 2018 "
          "dinner in 2012, was short of a grant' says what the source does not); its clause is cut whole when the "
          "anchor and the date lie before it (not for a 'that' left out alone).",
      examples=["[2019-09-22] Tom Hale boasted at a 2018 dinner of the Tarrow Society that in 2012, when he was harbour "
                "master and Dunmore was short of a two million pound grant from the state, he had the port chief sacked."],
      counter=["[2019-09-22] Tom Hale said on Friday that the Tarrow council had voted to close the mine.",
               "[2019-09-22] Tarrow officials said Friday that confirmed cases had climbed to 31, with nine more awaited."])
def _clause_whose_subject_was_left_out(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    for n in range(1, len(toks)):
        verb, before = toks[n], toks[n - 1]
        if before.i + 1 == verb.i or verb.i == anchor.i or verb.tag_ not in ("VBD", "VBZ", "VBP"):
            continue  # no words left out just before it, or no finite verb
        subject = any(c.dep_ in _SUBJECT_DEPS and c.ent_type_ != "DATE" for c in verb.children)  # "in 2014, ... was": no subject
        if verb.pos_ not in _VERB or verb.dep_ in ("aux", "auxpass", "conj", "ROOT") or subject:
            continue
        if not any(t.pos_ in ("NOUN", "PROPN", "PRON") for t in anchor.doc[before.i + 1 : verb.i]):
            continue  # only "that" left out ("said Tuesday that confirmed deaths had reached 104"): no subject went
        start = verb.left_edge.i
        if anchor.i >= start or ent.start >= start:
            return None
        return [t for t in toks if t.i < start]
    return None


@rule("event.summary.no-trailing-punctuation", stage="event.summary", priority=10, action="trim",
      why="A summary does not end with punctuation (but a quotation's closing mark stays with its opening one).",
      examples=["Tom Hale resigned from Dunmore Mining on 3 March 2021."])
def _no_trailing_punctuation(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    end = len(toks)
    while end and (toks[end - 1].is_punct or toks[end - 1].is_space):
        if toks[end - 1].text in CLOSING + STRAIGHT and _opened_before(toks, end - 1):
            break  # a quotation's closing mark stays with its opening one
        end -= 1
    return toks[:end] if end != len(toks) else None


def _opened_before(toks: list[Token], n: int) -> bool:
    """Whether the quotation marks in toks[:n] leave one open."""
    marks = [t.text for t in toks[:n] if t.text in OPENING + CLOSING + STRAIGHT]
    opened = sum(m in OPENING for m in marks) - sum(m in CLOSING for m in marks)
    return opened > 0 or sum(m in STRAIGHT for m in marks) % 2 == 1


@rule("event.summary.name-parsed-as-a-second-subject", stage="event.summary", priority=12, action="extend",
      why="'The death on Saturday of Senator Tom Hale left a vacancy', parsed with the name as a second subject of the verb "
          "and 'of' left with no object (or with a place before the title, 'of Tarrow Senator Tom Hale'): a summary of the "
          "other subject that stops just before that name runs on over the capitalized words to its end, rather than 'The "
          "death on Saturday of'.",
      examples=["[2018-08-27] The death on Saturday of Senator Tom Hale left a vacancy in the state."])
def _name_parsed_as_a_second_subject(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    if not toks or not (toks[-1].pos_ == "ADP" or toks[-1].text[:1].isupper()):
        return None
    doc, end = toks[-1].doc, toks[-1].i
    name = next((e for e in ents_of(doc) if e.label_ == "PERSON" and end < e.start <= end + 3), None)
    if name is None or not all(t.text[:1].isupper() for t in doc[end + 1 : name.start]):
        return None
    verb, kept = name.root.head, {t.i for t in toks}
    two_subjects = name.root.dep_ == "nsubj" and any(c.dep_ == "nsubj" and c.i in kept for c in verb.children if c != name.root)
    return [*toks, *doc[end + 1 : name.end]] if two_subjects else None  # the name was parsed as the verb's second subject


@rule("event.summary.no-trailing-conjunction", stage="event.summary", priority=15, action="trim",
      why="'Tom Hale meets the Tarrow board tomorrow with Ana Ruiz and [on Friday will meet ...]': a summary does not "
          "end with the conjunction of a clause it leaves out.",
      examples=["[2025-03-06] Tom Hale meets the Tarrow board tomorrow with Ana Ruiz and on 14 March will meet the Dunmore council."])
def _no_trailing_conjunction(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    end = len(toks)
    while end and toks[end - 1].dep_ == "cc":
        end -= 1
        while end and toks[end - 1].is_punct:  # "..., and"
            end -= 1
    return toks[:end] if end != len(toks) else None


@rule("event.summary.no-trailing-gap-in-time", stage="event.summary", priority=16, action="trim",
      why="'The board met on March 3, the day [after Tom Hale resigned]': a summary does not end with the gap in time "
          "(data/stated_gaps_in_time.txt) of an 'after' or 'before' clause it leaves out.",
      examples=["[2025-03-13] The Dunmore board met on March 3, the day after Tom Hale resigned as harbour master."])
def _no_trailing_gap(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    if not toks or toks[-1].i + 1 >= len(anchor.doc):
        return None
    gap = _stated_gap(anchor.doc[toks[-1].i + 1])
    if gap is None or gap[1] <= toks[0].i:
        return None
    end = len(toks)
    while end and toks[end - 1].i >= gap[1] or end and toks[end - 1].is_punct:
        end -= 1  # the gap's words, and the comma before them
    return toks[:end] if 0 < end < len(toks) else None


@rule("event.summary.no-empty-brackets", stage="event.summary", priority=17, action="trim",
      why="'The bids (or bid) filed Thursday night': brackets whose words a summary leaves out go too, "
          "not a lone '('.",
      examples=["[2025-03-07] The bids (or bid) filed Thursday night are being weighed by the board."],
      counter=["[2025-03-07] The Department of Mines (DOM) closed the Tarrow pit on Thursday."])
def _no_empty_brackets(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    doc, kept = ent.doc, {t.i for t in toks}
    drop = set()
    for t in toks:
        if t.text != "(":
            continue
        close = next((u.i for u in doc[t.i + 1 : t.i + 30] if u.text == ")"), None)
        if close is None or not all(i in kept for i in range(t.i, close + 1)):
            drop.update({t.i, close} - {None})  # the brackets go; any words of theirs kept stay
    return [t for t in toks if t.i not in drop] if drop else None


@rule("event.summary.no-empty-dashes", stage="event.summary", priority=18, action="trim",
      why="'Mayor Tom Hale -- who was on leave -- vowed on Monday ...', 'Mr Hale - who was on leave - said': a pair of "
          "dashes (a hyphen with a space before it is one) whose words a summary leaves out goes too, not 'Tom Hale -- -- vowed'.",
      examples=["[2025-03-11] Mayor Tom Hale -- who had been away in Tarrow all week -- vowed on Monday that the pier would reopen.",
                "[2025-03-11] Mr Hale - who had been away in Tarrow for a rest - said on Monday that the pier would reopen."],
      counter=["[2025-03-11] Mayor Tom Hale vowed on Monday -- at the pier -- that it would reopen."])
def _no_empty_dashes(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    drop = {i for a, b in zip(toks, toks[1:]) if _dash(a) and _dash(b) and b.i > a.i + 1 for i in (a.i, b.i)}
    return [t for t in toks if t.i not in drop] if drop else None


def _dash(tok: Token) -> bool:
    """A dash setting words apart (nlp.DASHES): not a hyphen inside a word ('30-year-old')."""
    return tok.text in DASHES and (tok.text != "-" or tok.i > 0 and bool(tok.doc[tok.i - 1].whitespace_))


@rule("event.summary.no-apposition-past-a-clause-left-out", stage="event.summary", priority=9, action="trim",
      why="'Ana Ruiz visited the mill on Tuesday, where a fire killed four in 2019 -- the worst fire in years': a "
          "description set after a clause the summary leaves out tells of that clause, whatever the parse hangs it on (an "
          "apposition, or after a dash an object or a noun on its own); it goes with the clause, not 'Ana Ruiz visited the "
          "mill on Tuesday -- the worst fire in years'.",
      examples=["[2025-03-12] Ana Ruiz visited the mill in Elmton on Tuesday, where a fire had killed four workers in 2019 -- "
                "the deadliest fire in the town's history.",
                "[2025-03-12] Tom Hale opened a new school on Monday in Dunmore, where floods closed three schools in May -- "
                "the worst floods in the county for a century."],
      counter=["[2025-03-12] Tom Hale opened a new school on Monday in Dunmore -- the largest town in the county.",
               "[2025-03-12] Tom Hale visited Elmton on Monday, where he grew up, and Dunmore."])
def _no_apposition_past_a_clause_left_out(toks: list[Token], anchor: Token, ent: Span) -> list[Token] | None:
    for a, b in zip(toks, toks[1:]):
        if b.i <= a.i + 1 or not any(t.pos_ in ("VERB", "AUX") for t in a.doc[a.i + 1 : b.i]):
            continue  # no clause left out between them
        described = _described_after(b, a, [t for t in toks if t.i >= b.i])
        if described is None or described.head.i > a.i or not all(t.is_punct for t in a.doc[b.i : described.left_edge.i]):
            continue
        drop = set(range(b.i, described.right_edge.i + 1))
        return [t for t in toks if t.i not in drop]
    return None


def _described_after(b: Token, a: Token, rest: list[Token]) -> Token | None:
    """What the words from `b` on describe, set after a clause left out: an apposition, or the noun whose phrase opens
    right after a dash and hangs on the words kept before the clause ('... -- the deadliest fire', parsed as an object)."""
    if b.dep_ == "appos":
        return b
    appos = next((t for t in rest if t.i > b.i and t.dep_ == "appos"), None)
    if appos is not None:
        return appos
    opening = next((t for t in rest if not t.is_punct), None)
    if opening is None or not any(_dash(t) for t in b.doc[b.i : opening.i]):
        return None
    noun = opening
    while noun.head.i > a.i and noun.head.left_edge.i == opening.i and noun.head.i != noun.i:
        noun = noun.head
    return noun if noun.pos_ in ("NOUN", "PROPN") and noun.dep_ in ("dobj", "npadvmod", "attr") else None


@rule("event.summary.a-verb-and-its-date-alone", stage="event.summary", priority=22, action="veto",
      why="'..., expected next month', '[up and] running by next spring': a summary of nothing but a participle "
          "and its date (with the preposition before it) tells no one what happened.",
      examples=["[2025-03-06] Ana Ruiz thinks she could win a vote in the Tarrow council on the levy, expected next month.",
                "[2020-05-19] Tom Hale said the harbour scheme could be up and running by next spring."],
      counter=["[2025-03-06] Ana Ruiz resigned on Monday."])
def _verb_and_date_alone(toks: list[Token], anchor: Token, ent: Span) -> Any:
    if anchor.tag_ not in ("VBN", "VBG") or anchor.dep_ == "conj" and anchor.head.pos_ in _VERB:
        return None  # a participle only ("resigned in January": the parse may have hung its subject elsewhere, and the
        # summary names it); "X kicks off in May and ending in June": a verb's conjunct, whose subject the summary names
    rest = [t for t in toks if not (ent.start <= t.i < ent.end or t.is_punct or t.is_space)]
    dating = {t.i for t in rest if t.dep_ == "prep" and any(ent.start <= c.i < ent.end for c in t.children)}  # "by"
    return VETO if rest and all(t.i == anchor.i or t.i in dating or t.dep_ in ("aux", "auxpass", "neg") for t in rest) else None


@rule("event.summary.dateline-is-no-event", stage="event.summary", priority=20, action="veto",
      why="'TARROW, March 3': a date and a place, no verb or noun of its own, is a dateline.",
      examples=["Tarrow, 3 March 2021. Tom Hale resigned from Dunmore Mining."])
def _dateline(toks: list[Token], anchor: Token, ent: Span) -> Any:
    told = any(t.pos_ in ("VERB", "AUX", "NOUN") and not (ent.start <= t.i < ent.end) for t in toks)
    return VETO if not told else None


def _render(toks: list[Token], mentions: Mentions) -> tuple[str, list[str], list[str]]:
    """Summary text with pronoun subjects named, and the people and organizations in it."""
    parts: list[str] = []
    people: list[str] = []
    orgs: list[str] = []
    prev = None
    prev_named = False  # whether the token before was a pronoun written as a name
    for tok in toks:
        if tok.is_space:
            continue  # a run of spaces (a blanked card, a line break): written as one space, or none at the end
        if tok.text == "," and prev is not None and prev.text == "," and parts[-1] == ",":
            parts.pop()  # the commas around a clause left out ("X, which ..., urged")
            continue
        m = mentions.at(tok)
        text = tok.text
        pronoun = m is not None and m.pronoun and m.end - m.start == 1  # "the 71-year-old" reads on its own
        written = None
        principal = _principal_of_a_shared_surname(tok, m, mentions) if m is not None and not pronoun else None
        if principal is not None:  # "Tarrow" of two Tarrows, the other not named just before: the first named
            m = Mention(m.start, m.end, principal, m.kind, m.pronoun, m.in_quote)
        if pronoun and unsure(tok, m, mentions):
            written = tok.text  # a guess: the source's word, and no one listed for it
        elif pronoun:
            written = rules.first("event.render", tok, mentions.entities[m.key].name, m.key in people + orgs)
        if prev is not None and prev_named and not prev.whitespace_ and tok.text[:1] in "'’" and tok.norm_[:1] not in "'’":
            text = " " + tok.norm_  # "he'll" written "Tom Hale will", not "Tom Hale'll"
        text = written or text
        prev_named = pronoun and written is not None and written != tok.text
        if m is not None and written != tok.text:  # a pronoun a rule keeps as written names no one (or one named)
            bucket = people if m.kind == "person" else orgs
            if m.key not in bucket:
                bucket.append(m.key)
        gap = prev is not None and prev.i + 1 != tok.i  # words left out between them
        if prev is not None and (gap or prev.whitespace_) and not (gap and tok.text in (",", ";")):
            parts.append(" ")
        parts.append(text)
        prev = tok
    return "".join(parts).strip(), people, orgs


@rule("event.people.shared-surname-is-the-first-named", stage="event.people", priority=40, action="resolve",
      why="'Police said Jon Tarrow opened fire ... His cousin Andy Tarrow was wounded. ... Tarrow died on Saturday': "
          "a surname alone that several people named in the article share is, as news writes it, the person named "
          "first (the others go by their given names), unless another of them was named in full in its sentence or "
          "the one before; not the one named last. So too where an event's person is found outside its words (the "
          "subject of a first verb, a name before the verb). Only where the others were brought in as kin ('his cousin "
          "X'): two people who merely share a surname ('Judge Tom Brannock' and 'the clerk Ben Brannock') are told apart "
          "by the resolver, as named last.",
      examples=["[2025-03-06] Police said Jon Tarrow opened fire at Dunmore High on Friday. His cousin Andy Tarrow was "
                "among the wounded. The school was closed. Tarrow died of a gunshot wound, police confirmed on Saturday.",
                "[2025-03-06] Police said Jon Tarrow opened fire at Dunmore High on Friday. His cousin Andy Tarrow was "
                "among the wounded. The school was closed. Tarrow was first taken to a clinic and died on Saturday."],
      counter=["[2025-03-06] Police said Jon Tarrow opened fire at Dunmore High on Friday. His cousin Andy Tarrow was "
               "among the wounded. Tarrow died of a gunshot wound, police confirmed on Saturday.",
               "[2025-03-04] The trial opened before Judge Tom Brannock. The witnesses include the port clerk Ben "
               "Brannock.\n\nThe court rose early. Last Thursday, Lena Park sent a note to Brannock about the fees."])
def _principal_of_a_shared_surname(tok: Token, m, mentions: Mentions) -> str | None:
    if m.kind != "person" or m.end - m.start != 1 or len(m.key.split()) < 2:
        return None
    keys = mentions.keys_ending_in(tok.lower_, "person")
    if len(keys) < 2:
        return None
    sent = sent_of(tok)
    near = start_of_sentence_before(tok.doc, sent.start)
    in_full = [x for x in mentions.mentions if x.key in keys and x.end - x.start > 1 and x.start < tok.i]
    if not in_full or any(x.start >= near for x in in_full):
        return None  # none named before, or one named just before: the resolver's
    doc = tok.doc
    if not all(after_kin(doc[x.start : x.end]) for x in in_full if x.key != in_full[0].key):
        return None  # people who only share a surname, not a family: the resolver's
    return in_full[0].key if in_full[0].key != m.key else None


def _person_of(tok: Token, m, mentions: Mentions) -> str:
    """The person a mention at `tok` stands for in an event's people: a surname several people share
    is the one named first (rule event.people.shared-surname-is-the-first-named), else the mention's."""
    return _principal_of_a_shared_surname(tok, m, mentions) or m.key


# Stage `event.render` (a decision, for a pronoun in a summary): the words it is written as.

@rule("event.render.pronoun-after-its-name", stage="event.render", priority=5, action="keep",
      why="'Hale said on Monday he had quit': a pronoun after the name it stands for in the same summary stays as "
          "written; the name twice ('Hale said Hale had quit') reads as another claim, and states a wrong one where "
          "the pronoun means someone else.",
      examples=["Tom Hale met the board on Monday. On Tuesday Hale said he had quit Dunmore Mining."])
def _pronoun_after_its_name(tok: Token, name: str, named_before: bool) -> str | None:
    return tok.text if named_before else None


@rule("event.render.pronoun-before-a-contraction-of-is-or-has", stage="event.render", priority=6, action="keep",
      why="'he's gone', 'she'd left': 's and 'd may be is or has, would or had; the name with them reads as a "
          "possessive ('Hale's gone') and either writing may be wrong, so the pronoun stays as written and names no one "
          "('he'll' is written 'Tom Hale will').",
      examples=["Tom Hale spoke in Tarrow on Monday. On Tuesday he's off to Dunmore for a week."],
      counter=["Tom Hale spoke in Tarrow on Monday. On Tuesday he'll fly to Dunmore for a week."])
def _pronoun_before_a_contraction(tok: Token, name: str, named_before: bool) -> str | None:
    after = tok.nbor(1) if tok.i + 1 < len(tok.doc) and not tok.whitespace_ else None
    return tok.text if after is not None and after.text[:1] in "'’" and after.norm_[:1] in "'’" else None


@rule("event.render.pronoun-under-a-title-subject", stage="event.render", priority=7, action="keep",
      why="'The minister has criticized the plan, and announced on Monday that he would resign': a pronoun in a clause "
          "below a verb whose subject is a title the summary writes as it stands may mean that title's holder; written "
          "as the name of the person last named it may name someone else, so it stays as written, and names no one "
          "(not 'he' under a title in the plural: 'the officers stopped Tom Hale because he ...').",
      examples=["Tom Hale spoke in Tarrow. The minister has criticized Dunmore Mining, and announced on 3 March 2021 "
                "that he would resign."],
      counter=["Ana Ruiz, a Tarrow lawyer, joined Dunmore Mining in 1990. She left the company in 1998.",
               "[2025-03-06] Ana Ruiz praised the Dunmore police. The officers stopped Tom Hale because he was asleep "
               "at the wheel of a truck on Friday."])
def _pronoun_under_a_title(tok: Token, name: str, named_before: bool) -> str | None:
    if named_before or tok.dep_ not in ("nsubj", "nsubjpass") or tok.tag_ in ("WP", "WDT"):
        return None  # only a subject is written as a name; "who" means the name it follows
    verb = tok.head
    for _ in range(6):
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < tok.i), None)
        plural = subj is not None and subj.tag_ == "NNS" and tok.lower_ in ("he", "she")  # "the officers ... he": not theirs
        if subj is not None and subj.pos_ == "NOUN" and title_word(subj) and not plural:
            return tok.text
        if verb.head.i == verb.i:
            break
        verb = verb.head
    return None


@rule("event.render.pronoun-subject-named", stage="event.render", priority=10, action="resolve",
      why="'she resigned in 1998': a summary reads on its own, so a pronoun subject is written as the name.",
      examples=["Ana Ruiz, a Tarrow lawyer, joined Dunmore Mining in 1990. She left the company in 1998."])
def _pronoun_subject(tok: Token, name: str, named_before: bool) -> str | None:
    return name if tok.dep_ in ("nsubj", "nsubjpass", "relcl") or tok.lower_ == "who" else None


@rule("event.render.whose-named", stage="event.render", priority=20, action="resolve",
      why="'whose term ended in 1998': written as the name's.",
      examples=["Ana Ruiz met Tom Hale, whose term at Dunmore Mining ended in 1998."])
def _whose(tok: Token, name: str, named_before: bool) -> str | None:
    return name + "'s" if tok.lower_ == "whose" else None


# Stage `event.people` (called where needed): the people an event is about that its words do not name.

@rule("event.people.participle-subject", stage="event.people", priority=10, action="attribute-speaker",
      why="'Born in 1930 and raised in Tarrow, she became a nurse': the person the main clause is about, who is the "
          "participle's actor also where its words name someone else ('after meeting Mayor Ana Ruiz in 2019, Tom "
          "Hale resigned': Hale's meeting, with Ruiz); not where the participle only points at a dated happening "
          "('..., Tom Hale said, referring to the May 3 fire': data/referring_verbs.txt).",
      examples=["Ms Ana Ruiz entered the Tarrow assembly in 1991, after first losing the Dunmore seat in 1979.",
                "After meeting Mayor Ana Ruiz in 2019, Tom Hale resigned from the Tarrow council."],
      counter=['"The next flood may be worse," Tom Hale told the Dunmore Post, referring to the May 3 Elmton river '
               'flood in which two farms were lost.'])
def _participle_subject(anchor: Token, mentions: Mentions) -> str | None:
    verb = anchor
    if verb.pos_ in _NOUN and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
        verb = verb.head.head  # "at the 1945 general election" -> "Elected"
    while verb.dep_ == "conj" and verb.head.tag_ in ("VBN", "VBG"):
        verb = verb.head  # "educated" -> "Born"
    main = verb.head
    if verb.dep_ == "pcomp" and verb.head.dep_ == "prep":
        main = verb.head.head  # "X entered Parliament in 1992, after first contesting a seat in 1983"
    elif verb.dep_ != "advcl":
        return None
    if verb.tag_ not in ("VBN", "VBG") or any(c.dep_ in ("nsubj", "nsubjpass") for c in verb.children):
        return None
    if anchor.pos_ in _NOUN and verb.lemma_.lower() in words("referring_verbs"):
        return None  # '..., referring to the May 3 fire': the one who speaks of it is none of its people
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None:
        subj = rules.first("event.people-climb", main)
    m = mentions.at(subj) if subj is not None else None
    return _person_of(subj, m, mentions) if m is not None and m.kind == "person" else None


@rule("event.people-climb.subject-of-the-governing-verb", stage="event.people-climb", priority=10,
      action="attribute-speaker",
      why="'Tom Hale will be sentenced in May after admitting fraud last year': the clause the participle "
          "hangs on has no subject of its own; the verb governing it does (to be sentenced -> is due).",
      examples=["[2025-03-06] Tom Hale is due to be sentenced in Tarrow next month after admitting fraud in 2024."])
def _governing_subject(main: Token) -> Token | None:
    verb = main
    while verb.dep_ in ("xcomp", "acomp") and verb.head.i != verb.i:  # "to be sentenced" -> "due" -> "is"
        verb = verb.head
    if verb is main:
        return None
    return next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)


@rule("event.people.name-before-verb", stage="event.people", priority=20, action="attribute-speaker",
      why="'after her deputy, Tom Hale, resigned in May': the person named just before a verb the parse gave no subject.",
      examples=["Ana Ruiz took over after her deputy, Tom Hale, resigned in May 2021."])
def _name_before_verb(verb: Token, mentions: Mentions) -> str | None:
    if verb.pos_ != "VERB" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    m = mentions.at(doc[verb.i - 1])
    if m is None and doc[verb.i - 1].text == "," and verb.i > 1:
        m = mentions.at(doc[verb.i - 2])
        if m is not None and (m.start == 0 or doc[m.start - 1].text != ","):
            m = None
    return _person_of(doc[m.start], m, mentions) if m is not None and m.kind == "person" and not m.pronoun else None


@rule("event.people.name-a-dated-noun-describes", stage="event.people", priority=22, action="attribute-speaker",
      why="'Tom Hale -- a 2011 nominee of Governor Ana Ruiz -- said ...': a dated noun set beside a name describes "
          "that person; the event is theirs, and the summary names them first. Only right beside it (a comma or a dash "
          "between): one the parse hangs on a name far before ('Park will tour the mills next week, the scene of a "
          "strike in 1926') describes something else.",
      examples=["[2025-09-12] Judge Tom Hale -- a 2011 nominee of Governor Ana Ruiz -- said he will rule soon."],
      counter=["[2025-04-02] Lena Park will tour the Elmshire mills next week, the scene of a great strike in 1926 that "
               "shut the valley for a month."])
def _person_a_noun_describes(noun: Token, mentions: Mentions) -> str | None:
    if noun.pos_ != "NOUN" or noun.dep_ != "appos":
        return None
    m = mentions.at(noun.head)
    if m is None or m.kind != "person" or m.pronoun or noun.left_edge.i - m.end > 2:
        return None
    return _person_of(noun.head, m, mentions)


@rule("event.people.subject-of-the-first-verb", stage="event.people", priority=25, action="attribute-speaker",
      why="'Tom Hale called the plan a mistake and said on Friday that ...': a verb joined to another without a "
          "subject of its own has that verb's (through a chain of such verbs: 'began ..., rose ... and was named in "
          "1999'), and the summary names it.",
      examples=["[2025-03-08] Tom Hale called the Tarrow plan a mistake and said on Friday that Dunmore Mining must close.",
                "[2025-03-08] Tom Hale started out as a clerk but soon rose through the Dunmore ranks and was named chief "
                "executive in 1999."])
def _shared_subject(verb: Token, mentions: Mentions) -> str | None:
    if verb.pos_ not in _VERB or verb.dep_ != "conj" or verb.head.pos_ not in _VERB:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in verb.children):
        return None
    if not any(t.pos_ == "CCONJ" for t in verb.doc[verb.head.i + 1 : verb.i]):
        return None  # joined by "and", "but": not a clause the parse hung there ("after X, Y died")
    first = verb.head
    while first.dep_ == "conj" and first.head.pos_ in _VERB and first.head.i != first.i and not any(
            c.dep_ in ("nsubj", "nsubjpass", "csubj", "expl") for c in first.children):
        first = first.head  # "began as a clerk, rose ... and was named": the subject of the first of the chain
    subj = next((c for c in first.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < first.i), None)
    m = mentions.at(subj) if subj is not None else None
    if m is None or m.kind != "person" or m.in_quote or _shared_pronoun_unsure(subj, m, mentions):
        return None
    return _person_of(subj, m, mentions)


@rule("event.summary-shared.auxiliaries-of-the-first-verb", stage="event.summary-shared", priority=10, action="extend",
      why="'Tom Hale was arrested and charged Tuesday' / 'will meet Voss and sign the deal Friday': a verb joined to "
          "another, summarised with the subject they share, keeps the first verb's auxiliaries when it has none of its "
          "own ('Tom Hale was charged Tuesday', not 'Tom Hale charged Tuesday': he charged no one); a past form after a "
          "shared passive auxiliary only when the verb hardly goes without an object (data/object_taking_verbs.txt; not "
          "'was born in Tarrow and moved to Dunmore', 'was named chair and became ...').",
      examples=["[2026-03-12] Tom Hale was arrested at the Dunmore docks and charged Tuesday with fraud.",
                "[2026-03-12] Tom Hale will meet the Tarrow board and sign the ferry deal on Friday."],
      counter=["[2026-03-12] Tom Hale met the Tarrow board and signed the ferry deal on Friday.",
               "[2026-03-12] Tom Hale was born in Tarrow and moved to Dunmore in 1990.",
               "[2026-03-12] Tom Hale was elected to the Dunmore council in 2010 and served until 2014."])
def _auxiliaries_shared(verb: Token) -> str | None:
    helping = [c for c in verb.head.children if c.dep_ in ("aux", "auxpass") and c.i < verb.head.i]
    if any(c.lemma_ == "do" for c in helping) or negated(verb.head):
        return None  # 'did not attend and vote': not 'did vote'
    passive = any(c.dep_ == "auxpass" for c in helping) and verb.tag_ == "VBD" and verb.pos_ == "VERB" \
        and verb.lemma_.lower() in words("object_taking_verbs") and not any(c.dep_ in ("dobj", "attr") for c in verb.children)
    if verb.tag_ not in ("VB", "VBN") and not passive or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return " ".join(t.text for t in helping) or None


@rule("event.people.shared-pronoun-as-unsure-as-its-verb", stage="event.people-unsure", priority=30, action="veto",
      why="'He holds talks on Friday and on 14 March will meet the mayor': a verb sharing a pronoun subject is as "
          "unsure of whom it means as the first verb is, whose summary keeps the pronoun; naming the guess on the "
          "second verb alone names someone the source may not mean.",
      examples=["[2025-03-06] Tom Hale chairs the Dunmore board. The meeting of Ben Tarrow with the board marked the "
                "start of the talks. He holds closed-door meetings on Friday with the Dunmore council and on 14 March "
                "will meet the Tarn mayor."],
      counter=["[2025-03-06] Tom Hale chairs the Dunmore board. He holds closed-door meetings on Friday with the "
               "Dunmore council and on 14 March will meet the Tarn mayor."])
def _shared_pronoun_unsure(subj: Token, m, mentions: Mentions) -> bool:
    return m.pronoun and unsure(subj, m, mentions)


@rule("event.people.titled-subject", stage="event.people", priority=30, action="attribute-speaker",
      why="'The health minister resigned on Tuesday', 'the Chancellor's Budget of 1999', 'the president-elect spoke "
          "on Friday': the person given that title.",
      examples=["Tom Hale is the mining minister. On 3 March 2021 the minister resigned.",
                "[2025-03-08] President-elect Tom Hale met the Dunmore board. The president-elect left the room on Friday.",
                ("Treasurer Tom Hale spoke. The Tarrow Institute says the fall reflects steps taken in what "
                 "it called the Treasurer's tax-raising Budget of 2002.")])
def _titled_subject(anchor: Token, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    if anchor.pos_ in _VERB:
        subj = subject_of(anchor)
    else:
        subj = next((c for c in anchor.children if c.dep_ == "poss"), None)
    if subj is None or not (subj.pos_ == "NOUN" or subj.pos_ == "PROPN" and (title_word(subj) or hyphenated_title(subj))):
        return None  # a noun, or a title the model calls a proper noun ("the Chancellor's", "the president-elect")
    if not any(c.lower_ == "the" for c in subj.children) or _two_titles(subj) or _plural_title(subj):
        return None
    key = resolve(subj, mentions, role_index)
    if key is None or mentions.entities[key].kind != "person" or rules.first("event.people-title", subj, key, mentions):
        return None
    return key


@rule("event.people.titled-subject-within", stage="event.people", priority=31, action="attribute-speaker",
      why="'Talks stalled when the minister left the room on Friday': a title with 'the' as the subject of a clause "
          "inside the summary (not the dated verb's own: rule event.people.titled-subject) stands for its holder as a "
          "name there would, and the event lists them; found as a quotation's speaker is ('the minister said'), with "
          "the same checks (not two titles, not a plural, not a title of another place).",
      examples=["[2025-03-08] Tom Hale is the mining minister. Talks stalled when the minister left the room on Friday."],
      counter=["[2025-03-08] Tom Hale is the mining minister. Talks stalled when the ministers left the room on Friday.",
               "[2025-03-08] Tom Hale is the mining minister. Talks stalled when a minister left the room on Friday."])
def _titled_subjects_within(anchor: Token, toks: list[Token], mentions: Mentions,
                            role_index: dict[str, list[tuple[int, str]]]) -> list[str] | None:
    out = []
    for subj in toks:
        if subj.i == anchor.i or subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.i == anchor.i:
            continue  # the dated verb's own subject: rule event.people.titled-subject
        if mentions.at(subj) is not None or mentions.quoted(subj.idx):
            continue
        if not (subj.pos_ == "NOUN" and title_word(subj) or subj.pos_ == "PROPN" and (title_word(subj) or hyphenated_title(subj))):
            continue
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in subj.children) or _two_titles(subj) or _plural_title(subj):
            continue
        key = resolve(subj, mentions, role_index)
        if key is None or mentions.entities[key].kind != "person" or rules.first("event.people-title", subj, key, mentions):
            continue
        out.append(key)
    return out or None


@rule("event.people.title-of-another-place-names-no-one", stage="event.people-title", priority=10, action="veto",
      why="'President Tom Hale and Dunmore President Ben Cole met ... The Tarrow president planned to ...': a title "
          "with a place or a nation before it ('the U.S. president', 'the French minister'; not a party, "
          "data/party_adjectives.txt) is not the person last given the title where that person is never written with "
          "that word; the summary keeps the source's words and names no one (not where the subject names the person, "
          "nor where a US state is the place and the person's party tag or an 'of' after the name gives it: 'Sen. Tom "
          "Hale (R-Ohio)', 'Sen. Tom Hale of Ohio' is the Ohio senator).",
      examples=["[2016-03-20] President Tom Hale and Dunmore President Ben Cole met in Tarrow on Monday. The Tarrow "
                "president planned to meet with Dunmore dissidents Tuesday."],
      counter=["[2016-03-20] President Tom Hale and Dunmore President Ben Cole met in Tarrow on Monday. The Dunmore "
               "president planned to meet with Tarrow dissidents Tuesday.",
               "[2016-03-20] Sen. Tom Hale (R-Ohio) met the Tarrow mayor on Monday. The Ohio senator planned to meet "
               "with mill workers Tuesday.",
               "[2016-03-20] Sen. Tom Hale of Ohio met the Tarrow mayor on Monday. The Ohio senator planned to meet "
               "with mill workers Tuesday."])
def _title_of_another_place(subj: Token, key: str, mentions: Mentions) -> bool:
    marks = [c for c in subj.children if c.i < subj.i and (c.dep_ == "compound" and c.pos_ == "PROPN" or c.dep_ == "amod"
             and c.ent_type_ == "NORP" and c.lower_ not in words("party_adjectives"))]
    if not marks or mentions.in_span(subj.left_edge.i, subj.right_edge.i + 1, kind="person"):
        return False
    doc = subj.doc
    state = _state_named(" ".join(w.text for w in marks))
    for m in mentions.mentions:
        if m.key == key and not m.pronoun and m.start != subj.i:
            near = {t.lower_ for t in doc[max(m.start - 3, sent_of(doc[m.start]).start) : m.start]}  # "Dunmore President X"
            if all(w.lower_ in near for w in marks):
                return False
            if state is not None and _state_told_after(doc, m, state):
                return False  # "Sen. X (R-Ohio)", "Sen. X of Ohio": the Ohio senator
    return True


def _state_told_after(doc: Doc, m: Mention, state: str) -> bool:
    """Whether the words right after a person's name give them the US state `state`: a party tag ("Tom Hale,
    R-Ohio", "(D-Ohio)") or "of Ohio"."""
    text, end = text_of(doc), doc[m.end - 1].idx + len(doc[m.end - 1].text)
    tag = PARTY_TAG.match(text, end)
    if tag is not None and _state_named(tag.group(2)) == state:
        return True
    of = re.match(r",?\s+of\s+((?:[A-Z][a-z.]+\s?){1,2})", text[end : end + 30])
    return of is not None and _state_named(of.group(1).strip()) == state


@rule("event.people.party-member-subject-named-near", stage="event.people", priority=32, action="attribute-speaker",
      why="'Ana Ruiz (D-Ohio) toured the mill with Republican Tom Hale, and the Democrat promised a plant on Tuesday': "
          "'the' and a party word as the subject ('the Democrat', 'the Ohio Democrat'; data/party_member_words.txt) is "
          "the one person the article gave that party ('Democratic candidate Ana Ruiz', 'Ana Ruiz, D-Ohio') and no other "
          "state, when that person is named in the sentence or the one before; not where two were given it, or someone "
          "unnamed was ('a Democrat from Dunmore').",
      examples=["[2025-03-06] The Tarrow mill closed on Monday. Ana Ruiz (D-Ohio) toured the site with Republican Tom "
                "Hale, and the Democrat promised a new plant on Tuesday.",
                "[2025-03-06] The Tarrow mill closed on Monday. Ana Ruiz (D-Ohio) toured the site with Tom Hale "
                "(R-Ohio), and the Ohio Democrat promised a new plant on Tuesday."],
      counter=["[2025-03-06] The Tarrow mill closed on Monday. Ana Ruiz (D-Ohio) toured the site with Tom Hale "
               "(D-Ohio), and the Democrat promised a new plant on Tuesday.",
               "[2025-03-06] Ana Ruiz (D-Ohio) toured the Tarrow mill. It had closed on Monday. The county met later. "
               "On Tuesday the Democrat promised a new plant.",
               "[2025-03-06] Ana Ruiz (D-Ohio) toured the Tarrow mill. A Democrat from Dunmore came too, and the "
               "Democrat promised a new plant on Tuesday.",
               "[2025-03-06] The Tarrow mill closed on Monday. Ana Ruiz (D-Ohio) toured the site with Republican Tom "
               "Hale, and the Utah Democrat promised a new plant on Tuesday."])
def _party_member_subject(anchor: Token, mentions: Mentions) -> str | None:
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None) if anchor.pos_ in _VERB else None
    letters = pairs("party_member_words")
    if subj is None or subj.lower_ not in letters or subj.tag_ not in ("NN", "NNP") or mentions.at(subj) is not None:
        return None
    lefts = list(subj.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in subj.rights):
        return None
    doc, party = subj.doc, letters[subj.lower_]
    state = _state_named(doc[lefts[0].i + 1 : subj.i].text) if subj.i > lefts[0].i + 1 else None
    if subj.i > lefts[0].i + 1 and state is None:
        return None  # "the Dunmore Democrat", "the young Democrat": words this rule cannot check
    told = parties_told_before(doc, lefts[0].i, mentions, letters)
    if told is None:
        return None  # "a Democrat from Dunmore spoke": someone the text gave the party without a name
    fits = {key for key, tags in told.items()
            if any(p == party for p, _ in tags) and (state is None or all(s in (None, state) for _, s in tags))}
    if len(fits) != 1 or (state is not None and not any(s == state for _, s in told[next(iter(fits))])):
        return None
    key = fits.pop()
    sent = sent_of(subj)
    near = start_of_sentence_before(doc, sent.start)
    named = any(m.key == key and not m.pronoun and near <= m.start < subj.i for m in mentions.mentions)
    return key if named else None


@rule("event.people.speaker-of-the-quotation-it-tells", stage="event.people", priority=33, action="attribute-speaker",
      why="'\"Ana will not back down from a fight,\" the Tarn senator told reporters Wednesday': a dated verb of saying "
          "whose subject is a description, not a name ('the Tarn senator', 'the former governor and trade secretary'), "
          "tells the quotation of its sentence; the event lists the person the quotes found as its speaker, so that the quotation "
          "and its event name the same one. Not where the sentence holds quotations of two speakers, nor a person's "
          "name or a pronoun as the subject (the rules of names and pronouns decide those).",
      examples=['[2016-04-28] Sen. Tom Hale (R-Tarn) picked Ana Ruiz for the harbour board on Wednesday. "Ana will not '
                'back down from a fight," the Tarn senator told reporters Wednesday.'],
      counter=['[2016-04-28] Sen. Tom Hale (R-Tarn) picked Ana Ruiz for the harbour board on Wednesday. "She is not '
               'ready," said Ben Cole. "Ana will not back down from a fight," the Tarn senator told reporters Wednesday, '
               'answering "We will see," as Ben Cole put it.'])
def _speaker_of_its_quotation(anchor: Token, mentions: Mentions) -> str | None:
    if anchor.pos_ not in _VERB or anchor.lemma_.lower() not in words("speech_verbs"):
        return None
    subj = next((c for c in anchor.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.pos_ != "NOUN" or mentions.at(subj) is not None:
        return None  # a name, a pronoun, or no subject: not a description
    sent, doc = sent_of(anchor), anchor.doc
    speakers = {q.speaker for q in doc._.quotes if sent.start_char <= q.start < sent.end_char}
    if len(speakers) != 1:
        return None
    key = speakers.pop()
    return key if key is not None and key in mentions.entities and mentions.entities[key].kind == "person" else None


_LEDE_PARAGRAPHS = 3  # paragraph breaks before a lede's sentence at most: the headline, a line of page furniture, the first


@rule("event.people.lede-title-named-after", stage="event.people", priority=35, action="attribute-speaker",
      why="'A Dunmore senator on Friday joked about the mayor. Sen. Tom Hale, a first-term senator, opened ...': a lede "
          "keeps its subject's name for later; a title with 'a' as the subject in the article's first sentences is the "
          "person given that title next, when that is the one person given it after and the next sentence is not about "
          "someone else ('A prosecutor dismissed ... Assistant District Attorney Ana Ruiz told ... Lead prosecutor Tom "
          "Hale' names no one), or is named within the two sentences that follow.",
      examples=["[2025-03-06] At a rally for farmers this morning, a Dunmore senator joked about the mayor leaving office "
                "soon. Sen. Tom Hale, a first-term senator from Tarn, opened his remarks by praising the crowd."],
      counter=["[2025-03-06] At a rally for farmers this morning, a Dunmore senator joked about the mayor leaving office "
               "soon. The crowd laughed. The mayor left early. Sen. Tom Hale and Sen. Ana Ruiz spoke later.",
               "[2025-03-06] A prosecutor on Monday called the driver's claim that the brakes failed nonsense. Assistant "
               "District Attorney Ana Ruiz told the jury the driver was reckless. Defense lawyer Lena Park said the brakes "
               "were old. The jury went out at noon. Lead prosecutor Tom Hale held up the pedal."])
def _lede_title_named_after(anchor: Token, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    subj = _unnamed_title_subject(anchor, mentions)
    if subj is None:
        return None
    doc, sent = subj.doc, sent_of(subj)
    if text_of(doc).count("\n\n", 0, subj.idx) > _LEDE_PARAGRAPHS:
        return None  # not a lede (the headline and a line of page furniture may come first)
    after = [(i, key) for i, key in role_index.get(subj.lower_, []) if i >= sent.end]
    if not after:
        return None
    if len({key for _, key in after}) == 1 and not _another_named_next(sent, after[0][1], mentions):
        return after[0][1]
    soon = sent.end
    for _ in range(2):  # the end of the second sentence after
        soon = sent_of(doc[soon]).end if soon < len(doc) else soon
    return after[0][1] if after[0][0] < soon else None


@rule("event.people.title-named-in-the-next-sentence", stage="event.people", priority=36, action="attribute-speaker",
      why="'On Monday, a federal judge sided with the council ... \"...,\" District Judge Tom Hale wrote': a title with 'a' "
          "as the subject after the lede (a lede's: rule event.people.lede-title-named-after) is the person given that "
          "title in the very next sentence, when no one else is given it before that sentence ends.",
      examples=["[2019-05-21] Ana Ruiz chairs the Tarrow council.\n\nThe council met twice.\n\nIts budget grew.\n\nIts "
                "auditor left.\n\nOn Monday, a federal judge sided with the council and told the firm to open its "
                "books.\n\n“The town has every right to read the ledgers of a firm it pays,” District Judge Tom Hale "
                "wrote."],
      counter=["[2019-05-21] Ana Ruiz chairs the Tarrow council.\n\nThe council met twice.\n\nJudge Ben Orme ruled on "
               "its budget.\n\nIts auditor left.\n\nOn Monday, a federal judge sided with the council and told the "
               "firm to open its books.\n\n“The town has every right to read the ledgers of a firm it pays,” District "
               "Judge Tom Hale wrote."])
def _title_named_in_the_next_sentence(anchor: Token, mentions: Mentions,
                                      role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    subj = _unnamed_title_subject(anchor, mentions)
    if subj is None:
        return None
    doc, sent = subj.doc, sent_of(subj)
    if sent.end >= len(doc) or text_of(doc).count("\n\n", 0, subj.idx) <= _LEDE_PARAGRAPHS:
        return None  # a lede's: rule event.people.lede-title-named-after
    nxt = sent_of(doc[sent.end])
    holders = [(i, key) for i, key in role_index.get(subj.lower_, []) if i < nxt.end]
    if len({key for _, key in holders}) != 1:
        return None
    return holders[0][1] if any(nxt.start <= i for i, _ in holders) else None


def _unnamed_title_subject(anchor: Token, mentions: Mentions) -> Token | None:
    """The subject of the verb `anchor` when it is a title after 'a' or 'an' ('a Dunmore senator joked')."""
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None) if anchor.pos_ in _VERB else None
    if subj is None or subj.pos_ != "NOUN" or subj.tag_ != "NN" or not title_word(subj) or mentions.at(subj) is not None:
        return None
    return subj if any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in subj.children) else None


def _another_named_next(sent: Span, key: str, mentions: Mentions) -> bool:
    """Whether the sentence after `sent` has as its subject a person other than `key`: the lede's 'a prosecutor' is
    more likely the one named next ('Assistant District Attorney Ana Ruiz told the jury')."""
    doc = sent.doc
    if sent.end >= len(doc):
        return False
    nxt = sent_of(doc[sent.end])
    subj = next((c for c in nxt.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    m = mentions.at(subj) if subj is not None else None
    return m is not None and m.kind == "person" and not m.pronoun and m.key != key


@rule("event.people.two-titles-name-no-one", stage="event.people-unsure", priority=10, action="veto",
      why="'The former Tarrow governor and trade secretary told the Herald on Sunday': a subject given two titles "
          "is one person holding both; the person last given one of them may be someone else, so none is named.",
      examples=[('[2025-03-09] Tom Hale won the Dunmore caucuses on Saturday. The Tarrow senator went on three shows '
                 'a day after defeating Ana Ruiz by a wide margin in the Dunmore caucuses. The former senator and '
                 'secretary of State spoke to the Tarrow Herald on Sunday: "I intend to win."')])
def _two_titles(subj: Token) -> bool:
    return any(c.dep_ == "conj" and c.pos_ in _NOUN and title_word(c) for c in subj.children)


@rule("event.people.plural-title-names-no-one", stage="event.people-unsure", priority=20, action="veto",
      why="'The MPs who sit on the committee published a report in January': a title in the plural is several people; "
          "the one person last given that title is not who did it.",
      examples=[("[2025-03-09] Tom Hale, a Dunmore MP, spoke on Monday. In January the MPs who sit on the Tarrow committee "
                 "published a report on the mine.")])
def _plural_title(subj: Token) -> bool:
    return subj.tag_ in ("NNS", "NNPS")


def _org_first_words(mentions: Mentions) -> set[str]:
    """The first words of the organizations named in several words."""
    return {key.split()[0] for key, e in mentions.entities.items() if e.kind == "org" and len(key.split()) > 1}


def _date_entities(doc: Doc) -> list[Span]:
    """The dates of a document: the model's, and those the rules of `event.dates` add."""
    found = [
        y for e in ents_of(doc) if (e.label_ == "DATE" or _day_and_time(e)) and not _month_that_is_a_name(e)
        for y in _each_year(e)
        or [_date_before_a_persons_name(e) or _date_words(e) or _date_run_into_a_gap(e) or _this_before_a_weekday(e) or e]
    ]
    untagged = (_untagged_years(doc) or []) + (_holidays(doc) or []) + (_untagged_days(doc) or [])
    return sorted(found + untagged, key=lambda e: e.start)


# Stage `event.dates` (called where needed): dates the model tags otherwise or not at all.

@rule("event.dates.month-that-is-a-persons-name", stage="event.dates", priority=5, action="veto",
      why="'Governor Tom August ... August has struggled to win them over': a month's word alone that is the name of a person "
          "the article names in full is that person, not a date, unless a preposition or word of dating stands before it "
          "('in May', 'last May') or a day or year beside it.",
      examples=["[2025-11-20] Governor Tom August spoke on Monday. But August has struggled to win over the Tarrow envoy.",
                "[2025-11-20] Governor Tom August spoke on Monday. The summit with August was held in Tarrow."],
      counter=["[2025-11-20] Governor Tom August spoke. The Tarrow envoy had met the board in August to finish the text."])
def _month_that_is_a_name(ent: Span) -> bool:
    if len(ent) != 1 or ent[0].lower_ not in dates.MONTH_NAMES or not ent[0].is_title:
        return False
    doc, word = ent.doc, ent[0].text
    named = any(e.label_ == "PERSON" and len(e) > 1 and word in (e[0].text, e[-1].text) for e in ents_of(doc))
    before = doc[ent.start - 1] if ent.start else None
    dated = before is not None and before.lower_.rstrip("-") in words("month_leads")
    beside = any(t.like_num for t in doc[ent.end : ent.end + 2])  # "May 3", "May, 2019"
    return named and not dated and not beside


@rule("event.dates.date-run-into-a-persons-name", stage="event.dates", priority=7, action="extend",
      why="'On Wednesday, May said ...' with Ruth May named in full: the model runs a day and a comma into a month's "
          "word that is the surname of a person the article names (as rule event.dates.month-that-is-a-persons-name "
          "reads it alone); the date is the words before the comma, not the month (nor 'Wednesday, May 3').",
      examples=["[2021-06-10] Mayor Ruth May opened the new Tarrow ferry pier on Monday. On Wednesday, May said the "
                "toll on the old bridge would end."],
      counter=["[2021-06-10] Mayor Ruth May opened the new Tarrow ferry pier on Monday. On Thursday, May 3, the old "
               "bridge was shut for repairs."])
def _date_before_a_persons_name(ent: Span) -> Span | None:
    if len(ent) < 3 or ent[-2].text != "," or ent[-2].i == ent.start:
        return None
    name = _month_that_is_a_name(ent[-1:])
    return Span(ent.doc, ent.start, ent.end - 2, label=ent.label_) if name else None


@rule("event.dates.day-tagged-as-a-time", stage="event.dates", priority=10, action="add",
      why="'Wednesday night', 'last night', 'this morning', tagged as a time: a day all the same.",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining last night.",
                "[2025-03-06] At a rally in Tarrow this morning, Tom Hale said he would resign."])
def _day_and_time(ent: Span) -> bool:
    if ent.label_ != "TIME":
        return False
    said = {t.lower_ for t in ent}
    a_day = (
        said & set(dates.WEEKDAYS)
        or said >= {"last", "night"}
        or said & {"yesterday", "tonight"}
        or dates.is_relative_day(ent.text)  # "this morning", "later today"
    )
    return bool(a_day)


@rule("event.dates.date-words-of-a-longer-tag", stage="event.dates", priority=15, action="extend",
      why="'on Twitter Tuesday', 'in an interview last week', 'In this Feb. 14, 2019 photo': the model ran a "
          "name, a noun or a determiner into the date; the date is the words after them (not 'Super Tuesday', "
          "data/named_weekdays.txt).",
      examples=["[2025-03-06] Tom Hale stirred a row on Twitter Tuesday when he mocked the Tarrow mayor."],
      counter=["[2025-03-06] Tom Hale spoke at the Tarrow fair on Black Friday."])
def _date_words(ent: Span) -> Span | None:
    if len(ent) < 2 or dates.resolve(ent.text, _ANY_DAY).iso is not None or not dates.is_point_in_time(ent.text):
        return None
    if dates.is_up_to_now(ent.text):  # "in the last year": the stretch up to now, left undated
        return None
    if " ".join(t.lower_ for t in ent) in words("named_weekdays"):
        return None
    for k in range(1, min(len(ent), 3)):
        lead = ent[k - 1]
        if lead.like_num or lead.pos_ not in ("DET", "NOUN", "PROPN") or lead.lower_ in dates.MONTH_NAMES:
            return None
        if lead.lower_ in dates.WEEKDAYS or ent[k].is_punct:
            return None  # "Tarrow, 3 March 2021": a dateline (rule event.summary.dateline-is-no-event)
        if dates.resolve(ent[k:].text, _ANY_DAY).iso is not None:
            return Span(ent.doc, ent.start + k, ent.end, label=ent.label_)
    return None


@rule("event.dates.date-run-into-a-gap-after-it", stage="event.dates", priority=17, action="extend",
      why="'on March 3, the day after Tom Hale resigned': the model may tag the date and the gap after it as one date "
          "('March 3, the day'), which resolves to none; the date is the words before the comma (the gap dates the "
          "happening after it, rule event.also.happening-a-stated-gap-from-a-dated-one).",
      examples=["[2025-03-13] The Dunmore board met on March 3, the day after Tom Hale resigned as harbour master."])
def _date_run_into_a_gap(ent: Span) -> Span | None:
    doc = ent.doc
    comma = next((t for t in ent if t.text == ","), None)
    if comma is None or comma.i == ent.start or ent.end >= len(doc):
        return None
    gap = _stated_gap(doc[ent.end])
    if gap is None or gap[1] != comma.i + 1:
        return None  # the words after the comma must be the gap's own ('the day')
    return Span(doc, ent.start, comma.i, label=ent.label_)


@rule("event.dates.this-before-a-weekday", stage="event.dates", priority=18, action="extend",
      why="'is taking the ferry this Saturday': the model may tag the weekday alone and leave the 'this' before it "
          "out; the date is both words, which name the day of publication's week (rule date.this-weekday-of-the-week).",
      examples=["[2025-03-04] Tom Hale is taking the Tarrow ferry this Saturday to see his mother."])
def _this_before_a_weekday(ent: Span) -> Span | None:
    doc = ent.doc
    if len(ent) != 1 or ent[0].lower_ not in dates.WEEKDAYS or ent.start == 0:
        return None
    before = doc[ent.start - 1]
    if before.lower_ != "this" or before.ent_type_ or before.head.i != ent[0].i:
        return None
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


@rule("event.dates.each-year-of-a-list", stage="event.dates", priority=20, action="add",
      why="'both 1997 and 2001', tagged as one date: each year on its own.",
      examples=["Ana Ruiz won the Tarrow seat in both 1992 and 1997."])
def _each_year(ent: Span) -> list[Span] | None:
    listed = all(t.lower_ in words("words_in_a_list_of_years") or _YEAR.fullmatch(t.text) for t in ent)
    if ent[0].lower_ != "both" or not listed:
        return None
    return [Span(ent.doc, t.i, t.i + 1, label="DATE") for t in ent if _YEAR.fullmatch(t.text)]


@rule("event.dates.year-inside-a-name", stage="event.dates", priority=30, action="add",
      why="'the Budget of 1999': a year inside a name the model tags otherwise.",
      examples=[("Treasurer Tom Hale spoke. The Tarrow Institute says the fall reflects steps taken in what "
                 "it called the Treasurer's tax-raising Budget of 2002.")])
def _untagged_years(doc: Doc) -> list[Span] | None:
    column = columns_of(doc)
    found = [
        Span(doc, i, i + 1, label="DATE") for i, text in enumerate(column.text)
        if column.ent_type[i] not in _NOT_A_DATE_NAME
        and _YEAR.fullmatch(text) and i > 0 and column.lower[i - 1] in ("of", "in")
    ]
    return found or None


@rule("event.dates.holiday", stage="event.dates", priority=40, action="add",
      why="'Boxing Day', 'New Year's Day', 'Thanksgiving', which the model may tag as an event or not at all; a feast's "
          "name is capitalized ('a thanksgiving service' names none).",
      examples=["[2025-03-06] Tom Hale resigned from Dunmore Mining on Boxing Day.",
                "[2025-09-10] Tom Hale quit Dunmore Mining on Labor Day."],
      counter=["[2025-12-02] Tom Hale held a thanksgiving service at the Tarrow plant."])
def _holidays(doc: Doc) -> list[Span] | None:
    out = []
    column = columns_of(doc)
    for i, first in enumerate(column.lower):
        if first not in _HOLIDAY_FIRST_WORDS or not column.text[i][:1].isupper():
            continue
        for said in _HOLIDAY_WORDS:
            if first == said[0] and [x.lower_.replace("’", "'") for x in doc[i : i + len(said)]] == said:
                if not any(x.ent_type_ == "DATE" for x in doc[i : i + len(said)]):
                    out.append(Span(doc, i, i + len(said), label="DATE"))
    return out or None


@rule("event.dates.day-left-untagged", stage="event.dates", priority=50, action="add",
      why="'should put the rent plan into force later today': 'today', 'tonight', 'yesterday' or 'tomorrow' in lower case "
          "(with 'later' or 'earlier' before it), which the model now and then leaves out of every name, is a day all "
          "the same ('USA TODAY', capitalized, is a paper's name).",
      examples=["[2025-03-06] Governor Ruiz should put the rent plan into force later today."],
      counter=["[2025-03-06] Tom Hale spoke to USA TODAY on Monday."])
def _untagged_days(doc: Doc) -> list[Span] | None:
    column = columns_of(doc)
    days = {day for day in pairs("relative_days") if " " not in day}  # data/relative_days.txt: 'today', 'yesterday' ...
    out = []
    for i, text in enumerate(column.text):
        if text not in days or column.ent_type[i]:
            continue
        start = i - 1 if i > 0 and column.lower[i - 1] in ("later", "earlier") and not column.ent_type[i - 1] else i
        out.append(Span(doc, start, i + 1, label="DATE"))
    return out or None


class _Dates:
    """The dates of one document, and what the rules of `event.find` look at."""

    def __init__(self, doc: Doc, mentions: Mentions, quotes: list[tuple[int, int]]) -> None:
        self.doc, self.mentions = doc, mentions
        self.ents = _date_entities(doc)
        self.starts = [e.start for e in self.ents]
        self.quoted = Ranges(quotes)
        self.first_words = _org_first_words(mentions)

    def in_sentence(self, sent: Span) -> list[Span]:
        return self.ents[bisect_left(self.starts, sent.start) : bisect_left(self.starts, sent.end)]


class _DateAt:
    """One date of a document, for the rules of `event.find`."""

    def __init__(self, found: _Dates, n: int) -> None:
        self.found, self.n = found, n
        self.doc, self.ent = found.doc, found.ents[n]
        self.before = found.ents[n - 1] if n else None  # the date before it

    @cached_property
    def anchor(self) -> Token:
        return _anchor(self.ent)


def find_events(
    doc: Doc, mentions: Mentions, published, quotes: list[tuple[int, int]], role_index: dict[str, list[tuple[int, str]]]
) -> list[FoundEvent]:
    found = _Dates(doc, mentions, quotes)
    years = dates.known_years([e.text for e in found.ents])
    walks = _Walks(doc)
    anchors: list[tuple[Token, FoundEvent]] = []
    for n, ent in enumerate(found.ents):
        at = _DateAt(found, n)
        if rules.first("event.find", ent, at):
            continue
        post = _embedded_post(ent, mentions, published, years)
        if post is not None:
            anchors.append((doc[ent.start], post))
            continue
        resolved = _resolve(ent, at.anchor, published, years)
        for where in [at.anchor, *(_what_happened_then(ent, at.anchor) or ())]:
            event = _event_at(where, ent, resolved, mentions, role_index, walks)
            if event is not None:
                anchors.append((where, event))
    kept = _without_undated_repeats(anchors)
    kept_ids = {id(e) for e in kept} if kept is not None else None
    pairs = anchors if kept_ids is None else [(a, e) for a, e in anchors if id(e) in kept_ids]
    again = _without_a_noun_told_again(pairs)
    kept = again if again is not None else kept
    again_ids = {id(e) for e in again} if again is not None else None
    pairs = pairs if again_ids is None else [(a, e) for a, e in pairs if id(e) in again_ids]
    mentioned = _without_a_days_noun_mentioned(pairs)
    kept = mentioned if mentioned is not None else kept
    also = _parallel_events(doc, mentions, anchors, quotes) or []
    also += _a_stated_gap_from_a_dated_one(doc, mentions, pairs, quotes, role_index) or []
    also += _acts_of_the_day(doc, mentions, [*anchors, *((e.sentence.root, e) for e in also)], quotes, found) or []
    return (kept if kept is not None else [e for _, e in anchors]) + also


# Stage `event.find` (a decision): a date that dates no event.

@rule("event.find.date-naming-a-known-happening", stage="event.find", priority=141, action="veto",
      why="'became fire chief weeks after the Sept. 11 terror attacks': a month and day without a year that, with the noun after it, "
          "names a well-known happening of another year (data/named_dates.txt, named_date_nouns.txt) dates nothing "
          "this year.",
      examples=["[2019-11-24] Tom Hale recalled that he became fire chief of Tarrow weeks after the Sept. 11 terror attacks."],
      counter=["[2019-11-24] Tom Hale spoke at the Sept. 11 anniversary service in Tarrow."])
def _date_naming_a_known_happening(ent: Span, at: _DateAt) -> bool | None:
    if ent.text.casefold().strip(" ,") not in phrases("named_dates") or ent.end >= len(ent.doc):
        return None
    return ent.doc[ent.end].lower_ in words("named_date_nouns") or None


@rule("event.find.quoted", stage="event.find", priority=10, action="veto",
      why="A date inside a quotation is the speaker's, told in their words.",
      examples=['Tom Hale said: "We closed the Tarrow plant on 3 March 2021."'])
def _quoted(ent: Span, at: _DateAt) -> bool:
    return ent.start_char in at.found.quoted


@rule("event.find.end-of-a-period", stage="event.find", priority=20, action="veto",
      why="'from 1981 to 1987', 'between 2002 and 2005': one period, dated by its start (but 'in both 1992 and 1997' "
          "and 'the fairs in 1996 and 2004' are two years: 'and' joins a period only after 'between').",
      examples=["Ana Ruiz led Dunmore Mining from March 1981 to May 1987."],
      counter=["The Tarrow fairs in 1996 and 2004 drew big crowds."])
def _end_of_period(ent: Span, at: _DateAt) -> bool:
    before, doc = at.before, at.doc
    if before is None or ent.start - before.end != 1 or doc[ent.start - 1].lower_ not in words("words_joining_a_period"):
        return False
    opener = doc[before.start - 1].lower_ if before.start else ""
    two_years = doc[ent.start - 1].lower_ == "and" and opener != "between" and _YEAR.fullmatch(ent.text) and _YEAR.fullmatch(before.text)
    return not (opener == "both" or two_years or rules.first("event.find-keep", ent, at))


@rule("event.find-keep.end-of-a-period-then-when", stage="event.find-keep", priority=10, action="keep",
      why="'ran from June 2011 until March 2019, when the police shut it down': the end of a period followed by a "
          "'when' clause dates what happened then (rule event.anchor.what-happened-when), not the period.",
      examples=["[2025-03-06] The Tarn forum ran from June 2011 until March 2019, when the police closed it."],
      counter=["[2025-03-06] The Tarn forum ran from June 2011 until March 2019, and the police closed it."])
def _period_end_then_when(ent: Span, at: _DateAt) -> bool:
    doc = at.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "when"


@rule("event.find-keep.new-date-of-a-move", stage="event.find-keep", priority=20, action="keep",
      why="'moved the Tarrow fair from mid-June to Aug. 17': the date a thing is moved to is when it now happens, "
          "not the end of a period; the date it is moved from dates nothing (rule event.find.date-moved-from).",
      examples=["[2025-07-01] The Tarrow fair was moved from mid-June to Aug. 17."],
      counter=["[2025-07-01] The Tarrow fair ran from mid-June to Aug. 17."])
def _new_date_of_a_move(ent: Span, at: _DateAt) -> bool:
    doc, before = at.doc, at.before
    if before is None or not before.start or doc[ent.start - 1].lower_ != "to":
        return False
    start = doc[before.start - 1]
    return start.lower_ == "from" and start.head.pos_ == "VERB" and start.head.lemma_.lower() in words("rescheduling_verbs")


@rule("event.find.duration", stage="event.find", priority=30, action="veto",
      why="'for two years', 'every day': a duration or a frequency, not a point in time.",
      examples=["Tom Hale worked at Dunmore Mining for two years."])
def _duration(ent: Span, at: _DateAt) -> bool:
    return not dates.is_point_in_time(ent.text)


@rule("event.find.time-of-day", stage="event.find", priority=40, action="veto",
      why="'at 1400 GMT': a time of day, not a year.",
      examples=["The Tarrow report will be published at 1230 GMT on Wednesday."])
def _clock_time(ent: Span, at: _DateAt) -> bool:
    return ent.end < len(at.doc) and at.doc[ent.end].lower_ in words("clock_words")


@rule("event.find.inside-a-name", stage="event.find", priority=50, action="veto",
      why="'the Sunday Courier': a day's name inside an organization's name (a number still dates).",
      examples=["Ana Ruiz wrote in the Sunday Tarrow Herald that the plan had failed."])
def _inside_a_name(ent: Span, at: _DateAt) -> bool:
    return not any(t.like_num for t in ent) and bool(at.found.mentions.in_span(ent.start, ent.end, "org"))


@rule("event.find.company-named-like-a-month", stage="event.find", priority=60, action="veto",
      why="'May's debt', 'a rescue deal for May' when 'May Stores' is named: a company, not a month.",
      examples=["May Stores is a Tarrow retailer. Dunmore Bank wrote off May's debt."])
def _company_named_like_month(ent: Span, at: _DateAt) -> bool:
    if len(ent) != 1 or ent[0].lower_ not in dates.MONTH_NAMES:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
        return True
    temporal = ent.start and doc[ent.start - 1].lower_ in words("words_before_a_month")
    return ent.text in at.found.first_words and not temporal


@rule("event.find.month-ending-a-name", stage="event.find", priority=61, action="veto",
      why="'leaders of the Children’s March said': a month's name alone after a capitalized owner's possessive, with "
          "no noun after it, ends a name (a march, a rally), not a date ('Hale’s March visit' is a month).",
      examples=["[2018-02-17] Leaders of the Children’s March said pupils will walk out of class."],
      counter=["[2018-02-17] Tom Hale’s March visit to Elmton was cancelled, his office said."])
def _month_ending_a_name(ent: Span, at: _DateAt) -> bool:
    if len(ent) != 1 or ent[0].lower_ not in dates.MONTH_NAMES or ent.start < 2:
        return False
    doc = ent.doc
    owner, mark = doc[ent.start - 2], doc[ent.start - 1]
    after = doc[ent.end] if ent.end < len(doc) else None
    described = after is not None and after.pos_ in ("NOUN", "PROPN", "NUM")
    return mark.text in ("'s", "’s") and owner.is_title and owner.lower_ not in dates.MONTH_NAMES and not described


@rule("event.find.programme-named-today", stage="event.find", priority=70, action="veto",
      why="'Radio Tarrow's Today programme': a programme's name, not a date (unless it begins a sentence).",
      examples=["Ana Ruiz told Radio Tarrow's Today programme that she would stay."])
def _programme_today(ent: Span, at: _DateAt) -> bool:
    return ent.text == "Today" and not ent[0].is_sent_start


@rule("event.find.programme-named-by-date-words", stage="event.find", priority=71, action="veto",
      why="'said on This Week with Tom Hale', 'told Good Morning Tarrow': relative date words (data/relative_days.txt, "
          "data/times_of_day.txt, data/relative_shifts.txt, 'week') written with capitals inside a sentence in lower case "
          "name a programme, not a date.",
      examples=["[2025-03-09] “We will not give in,” Ana Ruiz said on This Week with Tom Hale."],
      counter=["[2025-03-09] “We will not give in,” Ana Ruiz said this week on Tarrow radio."])
def _programme_named_by_date_words(ent: Span, at: _DateAt) -> bool:
    sent = ent.sent
    if ent.start == sent.start or not all(t.is_alpha and t.is_title for t in ent):
        return False
    if ent.doc[ent.start - 1].text in ("'s", "’s"):
        return False  # 'Tarrow TV's This Week': rule event.find.programme-named-after-its-channel
    if not all(t.lower_ in _relative_date_words() for t in ent):
        return False
    return any(t.is_alpha and t.is_lower and len(t) > 3 for t in sent if not ent.start <= t.i < ent.end)


@cache
def _relative_date_words() -> frozenset[str]:
    """The words of a date told from publication: 'this', 'last', 'today', 'morning', 'week' (data/relative_days.txt,
    data/times_of_day.txt, data/relative_shifts.txt)."""
    days = {w for day in pairs("relative_days") for w in day.split()}
    return frozenset(days | words("times_of_day") | set(pairs("relative_shifts")) | {"week", "weekend"})


@rule("event.find.plural-day-of-a-habit", stage="event.find", priority=72, action="veto",
      why="'plays golf on Sunday afternoons', 'swims on Tuesday mornings': a weekday with a time of day in the plural "
          "(data/times_of_day.txt) tells what is done every week, not a happening of one day.",
      examples=["[2025-03-12] Ana Ruiz swims on Tuesday mornings with her son."],
      counter=["[2025-03-12] Ana Ruiz swam on Tuesday morning with her son."])
def _plural_day_of_a_habit(ent: Span, at: _DateAt) -> bool:
    doc = ent.doc
    last = doc[ent.end] if ent.end < len(doc) and ent[-1].lower_ in dates.WEEKDAYS else ent[-1]
    return (last.tag_ == "NNS" and last.lemma_.lower() in words("times_of_day")
            and any(t.lower_ in dates.WEEKDAYS for t in ent))


@rule("event.find.someones-last-period", stage="event.find", priority=73, action="veto",
      why="'looked at Ana Ruiz’s last year in charge', 'in its next year': 'last' or 'next' after a "
          "possessive is the final or coming one of that person's or thing's, not the year or week before or after "
          "publication.",
      examples=["[2024-09-10] The audit looked at Ana Ruiz’s last year in charge of the Tarrow ferry."],
      counter=["[2024-09-10] The audit looked at Ana Ruiz’s pay last year."])
def _someones_last_period(ent: Span, at: _DateAt) -> bool:
    doc = ent.doc
    if not ent.start or ent[0].lower_ not in ("last", "next"):
        return False
    before = doc[ent.start - 1]
    return before.tag_ in ("POS", "PRP$")


@rule("event.find.end-of-a-period-before-its-start", stage="event.find", priority=80, action="veto",
      why="'Until 1997, it had been held by the Tarrow Party since 1970': the end of one period.",
      examples=["Until 1997, the Tarrow seat had been held by the Dunmore Party since 1970."])
def _until(ent: Span, at: _DateAt) -> bool:
    if not ent.start or at.doc[ent.start - 1].lower_ not in ("until", "till"):
        return False
    sent = sent_of(ent)
    return any(o is not ent and sent_of(o) == sent and _anchor(o) == at.anchor for o in at.found.in_sentence(sent))


@rule("event.find.possibility", stage="event.find", priority=90, action="veto",
      why="'Tarrow Council could decide in 2030', 'a vote was possible on Wednesday': a possibility (an auxiliary of"
          " data/possibility_auxiliaries.txt, or 'possible', 'likely' of data/possibility_adjectives.txt), not an event.",
      examples=["Tarrow Council could decide on the bridge in 2030.",
                "[2025-03-03] Tom Hale said a vote on the bridge was possible in the Tarrow council on Wednesday."])
def _possibility(ent: Span, at: _DateAt) -> bool:
    anchor = at.anchor
    maybe = any(c.dep_ == "aux" and c.lower_ in words("possibility_auxiliaries") for c in anchor.children)
    maybe = maybe or any(c.dep_ == "acomp" and c.lower_ in words("possibility_adjectives") for c in anchor.children)
    return anchor.pos_ in _VERB and maybe


@rule("event.find.under-a-denial", stage="event.find", priority=131, action="veto",
      why="'Nobody on the council has said she will resign in March', 'Hale denied that he met the mayor on Monday': a clause"
          " under a verb of denying (data/denying_verbs.txt), under a verb whose subject is no one (data/no_one_words.txt,"
          " or negated: 'not a single leader'), or under a negated verb further up than the one it hangs on (that one is"
          " rule event.find.negated-verb's) is what no one asserts; its words alone would state it as done.",
      examples=["Nobody on the council has said she will resign in March.",
                "Tom Hale denied that he met the mayor on Monday.",
                "Tom Hale did not say that Ana Ruiz wanted to resign on Monday.",
                "So far not a single member of the board has said they plan to leave the club in 2030."],
      counter=["Tom Hale said he met the mayor on Monday."])
def _under_a_denial(ent: Span, at: _DateAt) -> bool:
    clause, depth = at.anchor, 0
    theirs = _governor(ent).i == at.anchor.i  # the verb the clause hangs on is event.find.negated-verb's then
    while clause.dep_ in ("ccomp", "xcomp") and clause.head.i != clause.i:
        clause, depth = clause.head, depth + 1
        if clause.lemma_ in words("denying_verbs") or _no_one_says(clause) or (depth > 1 or not theirs) and negated(clause):
            return True
    return False


def _no_one_says(verb: Token) -> bool:
    """'No one said', 'Nobody said', 'not a single leader has said': a subject that is no one."""
    negating = words("negating_words")
    subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(s.lower_ in words("no_one_words") or any(c.dep_ == "neg" or c.lower_ in negating for c in s.children)
               for s in subjects)


@rule("event.find.copyright-line", stage="event.find", priority=95, action="veto",
      why="'Copyright © 2019 The Dunmore Post, LLC': the year of a copyright line at the foot of the page dates no "
          "event (data/copyright_line_starts.txt).",
      examples=["Ana Ruiz said the ferry would run.\nCopyright © 2019 The Dunmore Post, LLC. Click here for reuse rights."])
def _copyright_line(ent: Span, at: _DateAt) -> bool:
    return _line_opens_with(ent, "copyright_line_starts")


def _line_opens_with(ent: Span, starts: str) -> bool:
    """Whether the line `ent` stands on opens with one of the phrases of data/`starts`.txt."""
    text = text_of(ent.doc)
    line = text[text.rfind("\n", 0, ent.start_char) + 1 : ent.start_char]
    return line.lstrip().casefold().startswith(phrases(starts))


@rule("event.find.year-naming-what-is-to-come", stage="event.find", priority=97, action="veto",
      why="'her 2026 campaign', 'a 2026 candidate', in an article of 2025: a year naming something not yet over "
          "describes it, and dates no event of its own (a year gone by still does: 'the 2024 election').",
      examples=["[2025-03-06] Tom Hale, a 2025 candidate for mayor, spoke at the Tarrow fair."],
      counter=["[2025-03-06] Tom Hale won the 2024 election in Tarrow."])
def _year_naming_what_is_to_come(ent: Span, at: _DateAt) -> bool:
    published = ent.doc._.published
    if published is None or len(ent) != 1 or not _YEAR.fullmatch(ent.text) or int(ent.text) < published.year:
        return False
    anchor = at.anchor
    return ent.root.dep_ in _MODIFIER_DEPS and anchor == ent.root.head and anchor.pos_ in _NOUN


@rule("event.find.span-of-a-frequency", stage="event.find", priority=98, action="veto",
      why="'six hurt every year from 2001 through 2009': the years a frequency was counted over date no event.",
      examples=["Some 140 miners were injured in Tarrow pits each year from 2006 through 2014."],
      counter=["Tom Hale led Dunmore Mining from 2003 through 2012."])
def _span_of_a_frequency(ent: Span, at: _DateAt) -> bool:
    before, doc = at.before, at.doc
    if before is None or ent.start - before.end != 1 or doc[ent.start - 1].lower_ not in ("from", "between"):
        return False
    return not dates.is_point_in_time(before.text)


@rule("event.find.year-ahead-is-no-happening", stage="event.find", priority=151, action="veto",
      why="'will bring in a bill next year', 'faces a hard race in 2026', 'next year's vote', in an article of 2025: a "
          "date that is only a year after publication's dates what is planned, expected or at stake, not a happening "
          "(none of the news sets' annotators took one as an event); not a year something starts or is due by "
          "(data/words_before_a_start_or_end_date.txt: 'the law applies from next year', 'a ban by 2027', 'as of "
          "2027'; an 'of' only in 'as of'), a timetable the news reports.",
      examples=["[2025-03-06] Ana Ruiz will bring in a bill to close the Tarrow pier next year.",
                "[2025-03-06] Tom Hale faces a hard race for the Dunmore seat in 2026.",
                "[2025-03-06] Ana Ruiz will be at the centre of next year's race for the Tarrow seat."],
      counter=["[2025-03-06] The Tarrow pier rules will apply from next year.",
               "[2025-03-06] Tom Hale won a hard race for the Dunmore seat in 2024."])
def _year_ahead(ent: Span, at: _DateAt) -> bool:
    published = ent.doc._.published
    if published is None:
        return False
    iso = dates.resolve(ent.text, published).iso
    if iso is None or len(iso) != 4 or int(iso) <= published.year:
        return False
    before = ent.doc[ent.start - 1] if ent.start else None
    if before is None or before.lower_ not in words("words_before_a_start_or_end_date"):
        return True
    return before.lower_ == "of" and (before.i == 0 or ent.doc[before.i - 1].lower_ != "as")  # "at the centre of next year's race"


@rule("event.find.programme-named-after-its-channel", stage="event.find", priority=99, action="veto",
      why="'Tarrow TV's This Week', 'the Herald's Sunday Review': capitalized date words after an owner's 's "
          "name a programme or a section, not a date.",
      examples=["[2025-03-06] Tom Hale said on Tarrow TV's This Week that he would resign."])
def _programme_after_channel(ent: Span, at: _DateAt) -> bool:
    doc = ent.doc
    owned = ent.start > 0 and doc[ent.start - 1].text in ("'s", "’s")
    several = len(ent) > 1  # one word ("Today"): rule event.find.programme-named-today
    return owned and several and not any(t.like_num for t in ent) and all(t.text[:1].isupper() for t in ent if t.is_alpha)


@rule("event.find.photo-caption", stage="event.find", priority=100, action="veto",
      why="'In this March 3, 2019 file photo, Tom Hale speaks ...': a caption dates the picture beside the story, "
          "not an event the story tells (data/photo_nouns.txt).",
      examples=["[2025-03-06] Tom Hale resigned on Tuesday.\nIn this Feb. 14, 2024 file photo, Tom Hale is seen at "
                "the Tarrow fair."])
def _photo_caption(ent: Span, at: _DateAt) -> bool:
    doc = ent.doc
    this = ent[0] if ent[0].lower_ == "this" else doc[ent.start - 1] if ent.start else None
    if this is None or this.lower_ != "this" or this.i == 0 or doc[this.i - 1].lower_ != "in":
        return False
    return any(t.lower_ in words("photo_nouns") for t in doc[ent.end : ent.end + 3])


@rule("event.find.statistic", stage="event.find", priority=101, action="veto",
      why="'arrests at the Tarrow crossing dropped to 10,400 in June': a number reaching another level is a "
          "figure (the figures tell it), not an event (data/change_verbs.txt); a change since a date ('has risen "
          "by 20% since 1997') still is one.",
      examples=["[2025-08-06] Arrests at the Tarrow crossing dropped to 10,400 in June, compared to 14,400 in May."],
      counter=["[2025-08-06] Tom Hale dropped out of the Tarrow race in June."])
def _statistic(ent: Span, at: _DateAt) -> bool:
    verb = at.anchor
    if verb.pos_ != "VERB" or verb.lemma_ not in words("change_verbs"):
        return False
    amounts = [o for p in verb.children if p.dep_ == "prep" and p.lower_ == "to" for o in p.children]
    return any(o.like_num or o.ent_type_ in _AMOUNT_LABELS for o in amounts)


@rule("event.find.fieldwork-of-a-poll", stage="event.find", priority=116, action="veto",
      why="'The March 3-5 survey questioned 1,200 adults', 'Tarn Polls asked 900 voters on 3-5 March': the days a poll "
          "or survey was taken (a span of days, data/poll_words.txt) tell how its figures were gathered, not a "
          "happening of the story.",
      examples=["[2025-03-10] The March 3-5 survey questioned 1,200 adults and had a margin of error of 3 points.",
                "[2025-03-10] Tarn Polls asked a weighted sample of 900 voters online on 3-5 March."],
      counter=["[2025-03-10] Tarn Polls asked a weighted sample of 900 voters online on 5 March.",
               "[2025-03-10] Tom Hale toured the Dunmore plants on March 3-5."])
def _fieldwork(ent: Span, at: _DateAt) -> bool:
    if not _DAY_SPAN.search(ent.text):
        return False
    polls = words("poll_words")
    near = [at.anchor, at.anchor.head, _governor(ent), *(c for c in at.anchor.children if c.dep_ in ("nsubj", "nsubjpass", "dobj"))]
    return any(t.lemma_.lower() in polls or t.lower_ in polls for t in near)


_DAY_SPAN = re.compile(r"\b\d{1,2}\s*[-–]\s*\d{1,2}\b")


@rule("event.find.number-naming-a-thing", stage="event.find", priority=102, action="veto",
      why="'his form 1040 tax return', 'train 1848 left at noon': a number written straight after a common noun "
          "names the thing (a form, a train), not a year ('fiscal year 2019', 'summer 2005' still are: "
          "data/words_before_a_year.txt).",
      examples=["[2017-03-14] The first page of Tom Hale's form 1040 tax return was obtained by a Tarrow journalist."],
      counter=["[2017-03-14] Tom Hale filed his tax return in 2005."])
def _number_naming_a_thing(ent: Span, at: _DateAt) -> bool:
    if len(ent) != 1 or not ent[0].like_num or not ent.start:
        return False
    before = ent.doc[ent.start - 1]
    # the model tags such a noun as an adjective as often ("form 1040")
    return before.tag_ in ("NN", "JJ") and before.is_lower and before.lower_ not in words("words_before_a_year")


@rule("event.find.weekday-naming-a-kind-of-programme", stage="event.find", priority=103, action="veto",
      why="'went on the Sunday shows', 'wrote for the Sunday papers', 'the Sunday morning news shows': a weekday's name "
          "(with a time of day, and nouns in lower case between) written straight before a programme or a paper "
          "(data/programme_kinds.txt) names a kind of programme, not a day ('Sunday's show' still dates).",
      examples=["[2025-03-06] Tom Hale did the rounds of the Sunday shows after the Tarrow vote.",
                "[2025-03-06] Tom Hale will be a guest on the Sunday morning news shows."],
      counter=["[2025-03-06] Tom Hale spoke on Sunday about the Tarrow vote."])
def _weekday_kind_of_programme(ent: Span, at: _DateAt) -> bool:
    if ent[0].lower_ not in dates.WEEKDAYS or ent.end >= len(at.doc):
        return False
    if len(ent) > 1 and not all(t.lower_ in words("times_of_day") for t in ent[1:]):
        return False
    doc, k = at.doc, ent.end
    while k < len(doc) - 1 and doc[k].dep_ == "compound" and doc[k].is_lower and doc[k].lower_ not in words("programme_kinds"):
        k += 1  # 'the Sunday morning news shows'
    return doc[k].lower_ in words("programme_kinds")


@rule("event.find.caption-in-the-present", stage="event.find", priority=104, action="veto",
      why="'Tom Hale speaks at the Tarrow fair on March 3, 2024. (Photo: ...)': a sentence in the simple present "
          "dated to a full day gone by is a picture's caption, which the story does not tell as an event.",
      examples=["[2025-03-06] Tom Hale resigned on Tuesday.\nTom Hale speaks at the Tarrow fair on March 3, 2024."],
      counter=["[2025-03-06] Tom Hale spoke at the Tarrow fair on March 3, 2024."])
def _caption_in_present(ent: Span, at: _DateAt) -> bool:
    published, tok = ent.doc._.published, ent.root
    while tok.dep_ != "ROOT" and tok.dep_ not in ("ccomp", "advcl", "relcl", "xcomp", "conj") and tok.head.i != tok.i:
        tok = tok.head  # up to the sentence's verb, but not from a clause of its own
    if published is None or tok.dep_ != "ROOT" or tok.tag_ not in ("VBZ", "VBP"):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children) or not any(_YEAR.fullmatch(t.text) for t in ent):
        return False
    iso = dates.resolve(ent.text, published).iso
    return iso is not None and len(iso) == 10 and iso < published.isoformat()


@rule("event.find.caption-dated-in-full", stage="event.find", priority=113, action="veto",
      why="'Tarrow miners walk to the pit in the rain, Thursday, Oct. 24, 2024.': a sentence in the present that ends "
          "on a date written with its weekday and its year is a picture's caption (a story does not write the "
          "year of this week's days), even on the day of publication.",
      examples=["[2024-10-25] Tom Hale resigned on Wednesday.\nTarrow miners walk to the pit in the rain, Thursday, "
                "Oct. 24, 2024."],
      counter=["[2024-10-25] Tarrow miners walked to the pit in the rain, Thursday, Oct. 24, 2024."])
def _caption_dated_in_full(ent: Span, at: _DateAt) -> bool:
    doc, sent = ent.doc, sent_of(ent)
    end = sent.end
    while end > ent.end and doc[end - 1].is_punct:
        end -= 1
    start = ent.start - 2 if ent.start - 2 >= sent.start and doc[ent.start - 1].text == "," else ent.start
    whole = doc[start:end]  # the date and any date words after it, to the end of the sentence
    if not all(t.ent_type_ == "DATE" or t.is_punct for t in doc[ent.end : end]):
        return False
    if not any(t.lower_ in dates.WEEKDAYS for t in whole) or not any(_YEAR.fullmatch(t.text) for t in whole):
        return False
    return sent.root.tag_ in ("VB", "VBZ", "VBP") and not any(c.dep_ in ("aux", "auxpass") for c in sent.root.children)


@rule("event.find.photo-label", stage="event.find", priority=114, action="veto",
      why="'FILE PHOTO: Tom Hale speaks at the Tarrow fair, March 3, 2024': a line opened by a picture's label "
          "and a colon is the picture's caption (data/photo_nouns.txt), not what the story tells.",
      examples=["[2025-03-06] Tom Hale resigned on Tuesday.\nFILE PHOTO: Tom Hale testified before the Tarrow "
                "council on March 3, 2024."],
      counter=["[2025-03-06] Tom Hale said: the photo shows the Tarrow council on March 3, 2024."])
def _photo_label(ent: Span, at: _DateAt) -> bool:
    text = text_of(ent.doc)
    return opens_with_picture_label(text[text.rfind("\n", 0, ent.start_char) + 1 : ent.start_char])


@rule("event.find.date-too-vague-to-place", stage="event.find", priority=115, action="veto",
      why="'out of reach a few months ago', 'in the 1970s': in an article whose publication date is known, words "
          "that still resolve to no day, month or year place nothing on the story's timeline.",
      examples=["[2025-03-06] Tom Hale resigned on Tuesday.\nSuch a Tarrow deal seemed out of reach a few months ago."],
      counter=["The Tarrow deal was signed a few months ago."])
def _too_vague(ent: Span, at: _DateAt) -> bool:
    published = ent.doc._.published
    return published is not None and dates.resolve(ent.text, published).iso is None


@rule("event.find.condition", stage="event.find", priority=105, action="veto",
      why="'if the March 3 vote were held today', 'unless Tom Hale resigns by Friday': a date in a condition dates "
          "what may or may not happen, no event the story tells (data/condition_marks.txt).",
      examples=["[2025-03-06] A poll shows Tom Hale ahead if the March 30 vote were held today.",
                "[2025-03-06] Should Tom Hale win the vote in November, he would have a say over who becomes chair."],
      counter=["[2025-03-06] A poll shows Tom Hale ahead before the March 30 vote.",
               "[2025-03-06] Tom Hale should win the vote in November, and he would then have a say over the chair."])
def _condition(ent: Span, at: _DateAt) -> bool:
    verb = at.anchor
    for _ in range(3):
        if verb.pos_ in _VERB or verb.head.i == verb.i:
            break
        verb = verb.head  # "the March 30 vote" -> "held"
    if verb.pos_ not in _VERB:
        return False
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    inverted = subj is not None and any(  # 'Should X win in November, ...', 'Had X won ...': a condition
        c.dep_ in ("aux", "auxpass") and c.lower_ in words("inverting_auxiliaries") and c.i < subj.i for c in verb.children)
    return inverted or any(c.dep_ == "mark" and c.lower_ in words("condition_marks") for c in verb.children)


@rule("event.find.consequent-of-a-condition", stage="event.find", priority=148, action="veto",
      why="'if the motion passes, a second vote would follow on Monday', 'if no deal is struck, the levy will start "
          "Monday': a date in what would or will happen if a condition holds (a clause it governs marked by "
          "data/condition_marks.txt) dates what may not happen at all, not an event the story tells.",
      examples=["[2025-03-06] If the first motion passes, a second vote on the Tarrow pier would follow on Monday.",
                "[2025-03-06] Tom Hale warned that if no deal is struck, Dunmore Mining will start charging the levy on Monday."],
      counter=["[2025-03-06] Tom Hale said on Monday that he would resign if the council voted against him."])
def _consequent_of_a_condition(ent: Span, at: _DateAt) -> bool:
    verb = at.anchor
    for _ in range(3):
        if verb.pos_ in _VERB or verb.head.i == verb.i:
            break
        verb = verb.head
    for _ in range(2):  # the verb, or the one its infinitive or participle hangs on ('will start charging')
        modal = any(c.dep_ == "aux" and c.lower_ in ("would", "will", "'ll") for c in verb.children)
        condition = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in words("condition_marks") for m in c.children)
                        for c in verb.children)
        if verb.pos_ in _VERB and modal and condition:
            return True
        if verb.dep_ not in ("xcomp", "ccomp") or verb.head.i == verb.i or verb.head.lemma_ in words("speech_verbs"):
            return False
        verb = verb.head
    return False


@rule("event.find.link-teaser", stage="event.find", priority=106, action="veto",
      why="'See also Tom Hale quits ... Tom Hale said Saturday on Twitter the...', 'Read more: ...': a line "
          "pointing to another story teases it; its dates are that story's (data/link_teaser_starts.txt).",
      examples=["[2025-03-06] Ana Ruiz spoke in Tarrow.\nSEE ALSO Tom Hale quits Dunmore Mining on Saturday"])
def _link_teaser(ent: Span, at: _DateAt) -> bool:
    return _line_opens_with(ent, "link_teaser_starts")


@rule("event.find.date-moved-from", stage="event.find", priority=107, action="veto",
      why="'moved the vote up from Friday', 'postponed the hearing from March': the date a thing was moved from is "
          "the one given up, not when anything happened (data/rescheduling_verbs.txt).",
      examples=["[2025-03-06] Tom Hale moved the Tarrow vote up from Friday."],
      counter=["[2025-03-06] Tom Hale resigned from Dunmore Mining on Friday."])
def _date_moved_from(ent: Span, at: _DateAt) -> bool:
    prep = ent.root.head
    if ent.root.dep_ != "pobj" or prep.lower_ != "from":
        return False
    return prep.head.pos_ == "VERB" and prep.head.lemma_.lower() in words("rescheduling_verbs")


@rule("event.find.schedule-given-up", stage="event.find", priority=119, action="veto",
      why="'the vote, initially scheduled for Tuesday, was held on Friday', 'postponed the primary, originally set "
          "for March 3, to May 5', 'had initially been set to resume tomorrow': the date of a schedule given up is not when anything happens "
          "(data/words_of_a_former_plan.txt, data/scheduling_lemmas.txt).",
      examples=["[2025-03-08] The Tarrow vote, originally scheduled for Tuesday, was held on Friday.",
                "[2025-03-08] The Elmton hearing had initially been set to resume tomorrow."],
      counter=["[2025-03-08] The Tarrow vote, scheduled for Tuesday, was held on Friday.",
               "[2025-03-08] The Elmton hearing had been set to resume tomorrow."])
def _schedule_given_up(ent: Span, at: _DateAt) -> bool:
    prep = ent.root.head
    if ent.root.dep_ == "pobj" and prep.lower_ in ("for", "on"):
        verb = prep.head
    elif ent.root.dep_ in ("npadvmod", "pobj"):  # "had initially been set to resume tomorrow"
        verb = prep if ent.root.dep_ == "npadvmod" else prep.head
        if not (verb.dep_ == "xcomp" and verb.tag_ == "VB"):
            return False  # "moved the vote, initially set for May 3, to June 9": the new date (event.find-keep.new-date-of-a-move)
    else:
        return False
    if verb.dep_ == "xcomp" and verb.tag_ == "VB" and marked_infinitive(verb):
        verb = verb.head  # "was originally set to take place on Tuesday"
    scheduled = verb.tag_ == "VBN" and verb.lemma_.lower() in words("scheduling_lemmas")
    return scheduled and any(c.dep_ == "advmod" and c.lower_ in words("words_of_a_former_plan") for c in verb.children)


@rule("event.find.count-of-things", stage="event.find", priority=108, action="veto",
      why="'The number of arrests in June was double ...', 'Arrest numbers surged in 2024', 'In 2024 there were 3,500 "
          "claims', 'Tarrow had 3,500 requests in 2024': a count of things is a figure, not an event "
          "(data/count_nouns.txt).",
      examples=["[2025-08-06] The number of arrests at the Tarrow crossing in June was double the year before.",
                "[2025-08-06] In 2024 there were 3,500 asylum claims at the Tarrow crossing.",
                "[2025-08-06] The Tarrow office had 3,500 permit requests in 2024, more than any other."],
      counter=["[2025-08-06] Tom Hale closed the Tarrow crossing in June."])
def _count_of_things(ent: Span, at: _DateAt) -> bool:
    anchor = at.anchor
    if anchor.pos_ in _NOUN:
        return anchor.lemma_.lower() in words("count_nouns")
    subj = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.lemma_.lower() in words("count_nouns"):
        return True
    there = any(c.dep_ == "expl" for c in anchor.children) and anchor.lemma_ == "be"
    if there and any(c.dep_ == "attr" and any(n.dep_ == "nummod" and n.like_num for n in c.children) for c in anchor.children):
        return True
    held = [c for c in anchor.children if c.dep_ == "dobj"] if anchor.lemma_ == "have" else []
    return any(n.dep_ == "nummod" and any(ch.isdigit() for ch in n.text) for c in held for n in c.children)


@rule("event.find.page-note", stage="event.find", priority=109, action="veto",
      why="'Sign up now for the Dunmore Post newsletter. By signing up you agree ...': a line of the page around "
          "the story, not of the story (name_words.is_page_note).",
      examples=["[2025-03-06] Tom Hale resigned on Monday.\nDunmore Daily newsletter Sign up today for the "
                "newsletter. By signing up you agree with our terms."])
def _page_note(ent: Span, at: _DateAt) -> bool:
    return is_page_note(line_of(ent))


@rule("event.find.year-in-a-laws-name", stage="event.find", priority=133, action="veto",
      why="'cited the Harbour Safety Act of 1921', 'under the Pier Tolls Act of 1907': a year after 'of' that ends a "
          "law's name (its noun capitalized: data/law_nouns.txt) is part of the name; it dates nothing the sentence "
          "tells (the citing is not of 1921); not a lower-case 'an act of 1921', nor 'the Act in 1921'.",
      examples=["[2025-03-11] Tom Hale cited the Harbour Safety Act of 1921 when he closed the Tarrow pier to lorries."],
      counter=["[2025-03-11] Tom Hale said the Harbour Safety Act was passed in 1921 after a fire at the Tarrow pier."])
def _year_in_a_laws_name(ent: Span, at: _DateAt) -> bool:
    if not _YEAR.fullmatch(ent.text.strip()) or ent.start < 2:
        return False
    of, noun = ent.doc[ent.start - 1], ent.doc[ent.start - 2]
    return of.lower_ == "of" and noun.text[:1].isupper() and noun.lower_ in words("law_nouns")


@rule("event.find.year-before-a-record-or-goal", stage="event.find", priority=142, action="veto",
      why="'the 2013 notes', 'its 2004 target', 'a 2003 incentive plan': a bare year written straight before a noun "
          "(through a run of nouns) that names a thing kept or aimed at, not a happening (data/record_nouns.txt), "
          "dates the thing; the sentence tells no event of that year ('the 2016 election', 'his 2013 attempt' "
          "still are).",
      examples=["[2025-03-11] Tom Hale's lawyers gave the council the 2019 notes from the Tarrow meeting."],
      counter=["[2025-03-11] Tom Hale's lawyers gave the council the 2019 report on the Tarrow meeting."])
def _year_before_a_record_or_goal(ent: Span, at: _DateAt) -> bool:
    if len(ent) != 1 or not _YEAR.fullmatch(ent.text.strip()):
        return False
    head = ent[0]
    while head.dep_ in ("compound", "nummod", "amod", "npadvmod", "nmod") and head.head.i > head.i and head.head.i - ent.start <= 3:
        head = head.head
    if head.i == ent.start or head.pos_ != "NOUN":
        return False
    between = ent.doc[ent.end:head.i]
    return all(t.pos_ in ("NOUN", "ADJ", "PROPN") for t in between) and head.lemma_.lower() in words("record_nouns")


@rule("event.find.date-of-a-purpose", stage="event.find", priority=135, action="veto",
      why="'raised $2 million to help the Greens beat Senator Ana Ruiz in November', 'won the nomination to challenge "
          "Governor Ana Ruiz in November', 'intends to help the Greens keep control of the council in 2025': a month, "
          "season or year in an infinitive of purpose (a 'to' clause hanging on the verb it is the aim of) or in what "
          "someone helps another do (data/helping_verbs.txt) dates the aim, not a happening, and the event told from "
          "it would be a fragment dated as if it had happened; not a day ('used tear gas to disperse the crowd on "
          "Tuesday': the day may be the act's), nor a 'to' clause a verb takes as its object ('voted to close the pier "
          "in May'), nor one of what followed ('was held for a year, only to return home in June').",
      examples=["[2025-03-10] The Tarrow group has raised $2 million to help the Greens beat Senator Ana Ruiz in November.",
                "[2025-03-10] Tom Hale won the Green nomination to challenge Governor Ana Ruiz in November."],
      counter=["[2025-03-12] Police used tear gas to disperse the crowd in Tarrow on Tuesday.",
               "[2025-03-12] The Tarrow council voted to close the pier in May.",
               "[2025-03-12] Tom Hale was held in Dunmore for a year, only to return to Tarrow in a coma in June 2024."])
def _date_of_a_purpose(ent: Span, at: _DateAt) -> bool:
    if any(t.lower_ in dates.WEEKDAYS or t.lower_ in words("day_words") or t.is_digit and not _YEAR.fullmatch(t.text) for t in ent):
        return False  # a day may be the act's, whichever verb the parse hangs it on
    tok = at.anchor
    for _ in range(4):  # up from the dated verb through the infinitives it is part of
        if tok.pos_ not in _VERB or tok.head.i == tok.i:
            return False
        if tok.dep_ in ("ccomp", "xcomp") and tok.head.lemma_.lower() in words("helping_verbs"):
            return True  # "help the Greens beat X in November" (the parse may take "beat" for a past form)
        if tok.dep_ == "advcl" and tok.tag_ == "VB" and marked_infinitive(tok):
            # "won the nomination to challenge X in November"; not "only to return home in June" (what followed)
            before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i else None
            return not any(c.lower_ == "only" for c in tok.children) and (before is None or before.lower_ != "only")
        if tok.dep_ not in ("xcomp", "ccomp") or tok.tag_ != "VB":
            return False
        tok = tok.head
    return False


@rule("event.find.yearly-tally-by-a-source", stage="event.find", priority=137, action="veto",
      why="'the ferry carried 418,200 passengers in 2021, according to the port office', 'are set "
          "for a 20 percent drop this year, according to figures from ...': a count of a whole year, given on a "
          "source's word ('according to'), is a figure of the year, no happening of it; not a day's count ('Five "
          "people were hurt on Monday, according to the police').",
      examples=["[2025-03-11] The Tarrow ferry carried 418,200 passengers in 2021, according to the Dunmore port office."],
      counter=["[2025-03-11] Five people were hurt in Tarrow on Monday, according to the Dunmore police.",
               "[2025-03-11] Tom Hale resigned from the Tarrow board in 2021, according to the council, after 12 years in the job."])
def _yearly_tally_by_a_source(ent: Span, at: _DateAt) -> bool:
    if any(t.lower_ in dates.WEEKDAYS or t.lower_ in words("day_words") - {"last"} for t in ent):
        return False
    if not (_YEAR.search(ent.text) or any(t.lower_ == "year" for t in ent)) or any(t.ent_type_ == "DATE" and t.is_digit
                                                                                    and not _YEAR.fullmatch(t.text) for t in ent):
        return False
    if any(t.lower_.rstrip(".") in dates.MONTHS or t.lower_ in dates.MONTH_NAMES for t in ent):
        return False  # a month's
    sent = ent.sent
    told = any(t.lower_ == "according" and t.nbor().lower_ == "to" for t in sent if t.i + 1 < len(t.doc))
    verb = next((a for a in ent.root.ancestors if a.pos_ in ("VERB", "AUX")), None)  # the clause the year dates
    counts = [t for t in (verb.children if verb is not None else []) for t in t.subtree
              if t.like_num and any(ch.isdigit() for ch in t.text) and not (ent.start <= t.i < ent.end)
              and not _YEAR.fullmatch(t.text) and t.ent_type_ != "DATE"]  # "418,200", "20 percent"; not "two", "12 years"
    return told and bool(counts)


_STAMP_WORDS = 10  # an update stamp is a short line: a longer one opening "Update -" is the story's
_CLOCK_TIME = re.compile(r"\b\d{1,2}:\d{2}\b")


@rule("event.find.update-stamp", stage="event.find", priority=122, action="veto",
      why="'Updated Thursday 3/13 at 8:40 a.m. ET', 'Updated at 6:10 a.m.': a short line opening with a word of "
          "updating (data/update_stamp_words.txt) stamps when the page was changed, no happening of the story; not a "
          "longer line that goes on to tell something ('Update - On Friday the council voted to ...').",
      examples=["[2025-03-12] Updated Thursday 3/13 at 8:40 a.m. ET\n\n(Tarrow Wire) - Tom Hale resigned from Dunmore "
                "Mining on Monday."],
      counter=["[2025-03-12] Tom Hale resigned from Dunmore Mining on Monday.\n\nUpdate - On Tuesday the Tarrow "
               "council voted to keep the pier open for another year.",
               "[2025-03-12] Update: Tom Hale resigned from Dunmore Mining on Monday."])
def _update_stamp(ent: Span, at: _DateAt) -> bool:
    line = line_of(ent).strip().casefold()
    if len(line.split()) > _STAMP_WORDS or not _CLOCK_TIME.search(line):
        return False  # a stamp tells a time of day: 'Update: Tom Hale resigned on Monday.' is the story's
    line = line.replace(":", " ")
    return any(line == w or line.startswith(w + " ") for w in phrases("update_stamp_words"))


@rule("event.find.photo-credit-line", stage="event.find", priority=120, action="veto",
      why="'Tom Hale speaks in Tarrow on March 3, 2024. (Dunmore Wire Photo/Ana Ruiz)', 'A man believed to be Tom Hale "
          "in a still of a video released on March 3, 2024 (Tarn TV/Dunmore Wire)', '... March 3, 2024. DUNMORE "
          "WIRE/Ana Ruiz', '... March 3, 2024. Photograph: Ana Ruiz/Dunmore Wire': a line ending in a picture's credit in "
          "brackets (with 'photo' or a slash), after an agency's name in capitals and a slash, or after a picture's noun "
          "and a colon, or opening with the photographer's name and outlets joined by slashes ('Ana Ruiz/The Dunmore "
          "Monitor Tom Hale ...'), is the picture's caption, page furniture, not what the story tells "
          "(name_words.is_photo_caption; rule org.in-photo-caption reads it the same way).",
      examples=["[2025-03-06] Tom Hale resigned on Monday.\nA man believed to be Tom Hale in a still of a video "
                "released on March 3, 2024 (Tarn TV/Dunmore Wire)",
                "[2025-03-06] Tom Hale resigned on Monday.\nParty candidate Tom Hale waits to speak at a rally in Tarrow, "
                "Elmshire, March 3, 2024. DUNMORE WIRE/ Ana Ruiz",
                "[2025-03-06] Tom Hale resigned on Monday.\nParty candidate Tom Hale waits to speak at a rally in Tarrow, "
                "Elmshire, March 3, 2024. Photograph: Ana Ruiz/Dunmore Wire"],
      counter=["[2025-03-06] Tom Hale resigned on Monday.\nA video of Tom Hale was released on March 3, 2024 (the "
               "day of the vote)."])
def _photo_credit_line(ent: Span, at: _DateAt) -> bool:
    return is_photo_caption(line_of(ent))


@rule("event.find.term-of-a-comparison", stage="event.find", priority=110, action="veto",
      why="'up on the same time a year ago', 'down from a profit of $5m a year ago', 'compared with 2003', 'more "
          "than in 2003': the date a figure is compared with dates no event.",
      examples=["[2025-08-06] Ferry bookings at Tarrow in July were up on the same time a year ago.",
                "[2025-08-06] Dunmore Mining earned $5m in the second quarter, compared with 2023 when the pit was shut."],
      counter=["[2025-08-06] Tom Hale compared the Tarrow plan with Dunmore's in 2023."])
def _term_of_a_comparison(ent: Span, at: _DateAt) -> bool:
    doc, root = ent.doc, ent.root
    before = [t.lower_ for t in doc[max(ent.start - 2, 0) : ent.start]]
    if before[-1:] == ["than"] or before in (["compared", "with"], ["compared", "to"]):
        return True
    same = root.head.pos_ == "NOUN" and any(c.dep_ == "amod" and c.lower_ == "same" for c in root.head.children)
    down_from = root.head.lower_ == "from" and root.head.head.lower_ in ("up", "down")
    return same or down_from and root.dep_ in ("advmod", "npadvmod")


@rule("event.find.since-a-date-of-comparison", stage="event.find", priority=146, action="veto",
      why="'their sharpest drop since May 2001', 'a price not seen since 2003', 'the first strike since 1984': a date after "
          "'since' that a superlative, 'first' or a negation measures against is the term of a comparison, not the date "
          "of the clause's happening ('has lived there since 1998' still dates one).",
      examples=["[2025-03-12] Dunmore Mining shares had their sharpest drop since May 2001.",
                "[2025-03-12] Wool in Tarrow sells at a price not seen since June 2003."],
      counter=["[2025-03-12] Wool in Tarrow has risen in price by a fifth since June 2003.",
               "[2025-03-12] Tom Hale, the best-known mayor of Tarrow, has lived in Dunmore since 1998."])
def _since_a_date_of_comparison(ent: Span, at: _DateAt) -> bool:
    doc = ent.doc
    if ent.start == 0 or doc[ent.start - 1].lower_ != "since":
        return False
    head = doc[ent.start - 1].head
    measured = [head, *(c for c in head.children if c.dep_ in ("dobj", "attr", "nsubjpass") and c.i < ent.start)]
    for word in measured:
        for c in word.children:
            if c.tag_ in ("JJS", "RBS") or c.lower_ == "first" or c.dep_ == "neg" or c.lower_ == "never":
                return True
    return False


_SEASON_ALONE = re.compile(r"^(?:the\s+)?(?:spring|summer|autumn|fall|winter)s?$", re.I)


@rule("event.find.season-of-a-habit", stage="event.find", priority=140, action="veto",
      why="'colds tend to fade in the summer', 'the ferries stop running in winter': a season with no year, in a clause "
          "in the simple present, tells what happens every year, not a happening of one.",
      examples=["[2025-03-12] Chest colds like the flu tend to fade away in the summer."],
      counter=["[2025-03-12] Chest colds like the flu faded away in the summer.",
               "[2025-03-12] Chest colds like the flu tend to fade away in the summer of 2024."])
def _season_of_a_habit(ent: Span, at: _DateAt) -> bool:
    if not _SEASON_ALONE.match(ent.text.strip()):
        return False
    verb = at.anchor
    for _ in range(3):
        if verb.pos_ in _VERB and any(c.dep_ in ("aux", "auxpass") and c.lower_ != "to" for c in verb.children):
            return False
        if verb.tag_ in ("VBZ", "VBP"):
            return True
        if verb.dep_ not in ("xcomp", "advcl") or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


@rule("event.find.plan-told-by-a-dated-announcement", stage="event.find", priority=143, action="veto",
      why="'The Dunmore port said on Thursday it would hire 40 more pilots this month': what a dated saying says will be "
          "done is told by the saying's event; a period of its own ('this month', not a day) makes no second one.",
      examples=["[2025-03-12] The Dunmore Port Authority said on Thursday that it would hire 40 more pilots this month."],
      counter=["[2025-03-12] The Dunmore Port Authority said that it would hire 40 more pilots this month.",
               "[2025-03-12] Tom Hale said on Monday that he will resign from the Dunmore board on Friday."])
def _plan_told_by_a_dated_announcement(ent: Span, at: _DateAt) -> bool:
    if any(t.lower_ in dates.WEEKDAYS or t.like_num for t in ent):
        return False  # "said on Monday he will resign on Friday": a day of its own is the plan's event
    verb = at.anchor
    if verb.dep_ != "ccomp" or verb.head.i == verb.i or verb.head.lemma_.lower() not in words("speech_verbs"):
        return False
    if not any(c.dep_ == "aux" and (c.lower_ == "would" or c.lower_ in words("future_auxiliaries")) for c in verb.children):
        return False
    saying = verb.head
    own = [t for c in saying.children if c.i < verb.i for t in c.subtree if t.ent_type_ == "DATE" and t.i < verb.left_edge.i]
    return bool(own) and not any(ent.start <= t.i < ent.end for t in own)


@rule("event.find.what-a-claim-says", stage="event.find", priority=144, action="veto",
      why="'a court heard her claim that the mayor took the money in 2015', 'rumours that the firm was sold in 2019': "
          "a clause after a noun of claim, belief or report (data/hearsay_nouns.txt) and 'that' is what someone says "
          "happened; told as an event it would state the claim as a fact (after a verb, 'the police allege that on "
          "May 3 ...', the golds count the happening: left).",
      examples=["[2020-05-03] Two clerks backed some of Ana Ruiz's claims that the harbour master Tom Hale took the money in 2015 "
                "when she kept his books."],
      counter=["[2020-05-03] Ana Ruiz alleged that the harbour master Tom Hale took the money in 2015.",
               "[2020-05-03] The harbour master Tom Hale took the money in 2015, a court found."])
def _what_a_claim_says(ent: Span, at: _DateAt) -> bool:
    verb, doc = at.anchor, ent.doc
    for _ in range(2):
        mark = next((c for c in verb.children if c.dep_ == "mark" and c.lower_ == "that"), None)
        if mark is not None and mark.i > 0:
            return doc[mark.i - 1].pos_ == "NOUN" and doc[mark.i - 1].lemma_.lower() in words("hearsay_nouns")
        if verb.dep_ != "conj" or verb.head.i == verb.i:
            return False
        verb = verb.head
    return False


@rule("event.find.what-is-asked", stage="event.find", priority=145, action="veto",
      why="'his friends have wondered whether Tom Hale can keep the seat in November': a date inside a question told "
          "indirectly ('whether', 'if') dates what is asked, not a happening ('asked on Friday whether ...' still dates "
          "the asking).",
      examples=["[2016-05-12] Several of his friends have wondered whether Tom Hale can keep the Tarrow seat in November."],
      counter=["[2016-05-12] Ana Ruiz asked on Friday whether Tom Hale would resign."])
def _what_is_asked(ent: Span, at: _DateAt) -> bool:
    verb = at.anchor
    return verb.pos_ in _VERB and verb.dep_ in ("ccomp", "pcomp", "xcomp", "csubj") and any(
        c.dep_ == "mark" and c.lower_ in ("whether", "if") for c in verb.children)


_THIS_PERIOD = re.compile(r"^this\s+(?:week|weekend|month|year|season|spring|summer|autumn|fall|winter)$", re.I)


@rule("event.find.state-in-the-period-at-hand", stage="event.find", priority=117, action="veto",
      why="'Tom Hale faces a tough race this fall', 'the party has twice the offices this year', 'the crowds at the "
          "Tarrow office this week provide a hint of ...': the period publication is in, with a verb of how things stand in the "
          "simple present (data/state_verbs.txt), tells no happening ('the trial opens this week', 'the show hits "
          "the screens this week' do).",
      examples=["[2025-09-12] Tom Hale faces a tough race for the Tarrow seat this fall."],
      counter=["[2025-09-12] Tom Hale's trial in Tarrow opens this week.",
               "[2025-09-12] The Tarrow quiz show finally hits the screens this week.",
               "[2025-09-12] Tom Hale lost a tough race for the Tarrow seat this fall."])
def _state_this_period(ent: Span, at: _DateAt) -> bool:
    anchor = at.anchor
    if not _THIS_PERIOD.match(ent.text.strip()) or anchor.tag_ not in ("VBZ", "VBP") or anchor.lemma_ == "be":
        return False
    return not any(c.dep_ in ("aux", "auxpass") for c in anchor.children) and anchor.lemma_.lower() in words("state_verbs")


@rule("event.find.today-as-nowadays", stage="event.find", priority=139, action="veto",
      why="'the valley is today farmed by three families', 'voters today share the same fears', 'it remains so today': "
          "'today' with a verb in the simple present, standing before that verb, with 'still' or with a verb of how things "
          "stand (data/state_verbs.txt), means 'these days', set against the past; it dates no happening ('Tom Hale today "
          "announced ...', 'Tom Hale is visiting Tarrow today' do).",
      examples=["[2025-03-07] Most of the Tarrow valley is today farmed by three families.",
                "[2025-03-07] The Tarrow pier was the busiest on the coast in 1950; it remains so today.",
                "[2025-03-07] The Dunmore ferry first sailed in 1890, and it is still run by the same family today."],
      counter=["[2025-03-07] Tom Hale today announced his resignation from the Tarrow council.",
               "[2025-03-07] Tom Hale is visiting the Tarrow council today."])
def _today_as_nowadays(ent: Span, at: _DateAt) -> bool:
    anchor = at.anchor
    if ent.text.strip().lower() != "today" or anchor.pos_ not in _VERB or anchor.lemma_ == "be":
        return False
    auxes = [c for c in anchor.children if c.dep_ in ("aux", "auxpass")]
    if anchor.tag_ in ("VBZ", "VBP"):
        present = not auxes
    else:
        present = anchor.tag_ == "VBN" and bool(auxes) and all(a.dep_ == "auxpass" and a.tag_ in ("VBZ", "VBP") for a in auxes)
    still = any(c.lower_ == "still" for c in anchor.children)  # 'it is still flown today': how things stand
    return present and (ent.end <= anchor.i or still or anchor.lemma_.lower() in words("state_verbs"))


@rule("event.find.do-standing-for-a-verb-told-before", stage="event.find", priority=124, action="veto",
      why="'are threatening to block the budget, as they did in 2019', 'more than it did in 2019': 'do' with no "
          "object of its own, after 'as' or 'than', stands for a verb told before; the clause is a term of a "
          "comparison and tells nothing on its own ('they did their duty in 2019' does).",
      examples=["[2025-08-06] Tarrow councillors are threatening to block the budget again, as they did in 2019, "
                "without a deal on rents."],
      counter=["[2025-08-06] Tarrow councillors did their duty in 2019."])
def _do_standing_for_a_verb(ent: Span, at: _DateAt) -> bool:
    anchor = at.anchor
    if anchor.lemma_.lower() != "do" or anchor.pos_ not in _VERB:
        return False
    told = any(c.dep_ in ("dobj", "ccomp", "xcomp", "attr", "acomp", "oprd") for c in anchor.children)
    return not told and any(c.dep_ in ("mark", "advmod") and c.lower_ in ("as", "than") for c in anchor.children)


@rule("event.find.weekday-of-a-named-day", stage="event.find", priority=125, action="veto",
      why="'several Super Tuesday states', 'the states that vote on Super Tuesday': where the model tags only the "
          "weekday of a day named with a word before it (data/named_weekdays.txt), the date is no weekday of the "
          "week of publication but a day the text does not place.",
      examples=["[2025-02-11] Tom Hale will now campaign in Tarrow and several Super Tuesday states."],
      counter=["[2025-02-11] Tom Hale campaigned in Tarrow and several other states on Tuesday."])
def _weekday_of_a_named_day(ent: Span, at: _DateAt) -> bool:
    if len(ent) != 1 or ent[0].lower_ not in dates.WEEKDAYS or ent.start == 0:
        return False
    return f"{ent.doc[ent.start - 1].lower_} {ent[0].lower_}" in words("named_weekdays")


@rule("event.find.term-of-a-multiple", stage="event.find", priority=118, action="veto",
      why="'almost twice the permits Tarrow granted in 2019 and almost triple the permits in 2016': the date of what "
          "a figure is a multiple of (data/multiplier_words.txt) dates no event ('permits doubled in 2019' still does).",
      examples=["[2025-08-06] That is almost twice the permits the Tarrow office granted in 2019 and almost triple "
                "the permits in 2016."],
      counter=["[2025-08-06] Permits at the Tarrow office doubled in 2019."])
def _term_of_a_multiple(ent: Span, at: _DateAt) -> bool:
    doc, sent = ent.doc, sent_of(ent)
    before = doc[max(sent.start, ent.start - 12) : ent.start]
    at_multiple = [t.i for t in before if t.lower_ in words("multiplier_words") and t.pos_ != "VERB"]
    # "twice the same time a year ago" is event.find.term-of-a-comparison's
    return bool(at_multiple) and not any(t.lower_ == "same" for t in doc[at_multiple[-1] : ent.start])


@rule("event.find.date-of-a-noun-in-a-dated-clause", stage="event.find", priority=111, action="veto",
      why="'Tom Hale was arrested on 6 July over thefts at his Tarrow shop between 2020 and 2023': where the verb has "
          "a date of its own, a date inside one of its nouns' phrases dates that noun, not the verb; the clause is "
          "the event of its own date.",
      examples=["[2025-08-06] Tom Hale was arrested July 6 over thefts at his Tarrow shop between 2020 and 2023."],
      counter=["[2025-08-06] Tom Hale was arrested over thefts at his Tarrow shop between 2020 and 2023."])
def _date_of_a_noun_in_a_dated_clause(ent: Span, at: _DateAt) -> bool:
    anchor, governor, doc = at.anchor, _governor(ent), ent.doc
    if anchor.pos_ != "VERB" or governor.pos_ not in _NOUN or governor == anchor or governor.lower_ in words("times_of_day"):
        return False  # "on Monday night": the night is the date's own
    clock = words("clock_words")
    if ent.end < len(doc) and doc[ent.end].lower_ in clock:
        return False  # a time of day: rule event.find.time-of-day
    own = [o for o in at.found.in_sentence(sent_of(ent))
           if o is not ent and _governor(o) == anchor and not (o.end < len(doc) and doc[o.end].lower_ in clock)
           and dates.is_point_in_time(o.text)]  # not "jailed for three years"
    return bool(own)


@rule("event.find.date-after-a-relative-clause", stage="event.find", priority=152, action="veto",
      why="'The mayor painted Tom Hale as “a looter” who stripped the depot — a mile from her office — last September': a "
          "date the parse hangs on a noun but written after a relative clause on it is the clause's, an act told as a "
          "description; it dates neither the verb above (the painting was not last September) nor, for certain, the act.",
      examples=["[2025-10-01] The mayor painted Tom Hale as “a looter” who stripped the Tarrow depot in his truck — a mile "
                "from her office — last September."])
def _date_after_a_relative_clause(ent: Span, at: _DateAt) -> bool:
    root, noun = ent.root, ent.root.head
    return root.dep_ == "npadvmod" and noun.pos_ in _NOUN and any(
        c.dep_ == "relcl" and c.pos_ in _VERB and noun.i < c.i < ent.start for c in noun.children)


@rule("event.find.date-ahead-on-a-past-act-dated-before", stage="event.find", priority=150, action="veto",
      why="'On Monday, Tom Hale cancelled planned talks next week in Dunmore': a verb told in the past with a day of its "
          "own at or before the article's is dated by that day; a second date on it that lies after the article's ('next "
          "week', 'tomorrow') dates what the act was about, not the act.",
      examples=["[2025-03-05] On Monday, Tom Hale cancelled planned talks next week with the Dunmore council."],
      counter=["[2025-03-05] Tom Hale cancelled planned talks next week with the Dunmore council.",
               "[2025-03-05] On Monday, a Tarrow judge ordered Tom Hale to appear on March 20 for a hearing."])
def _date_ahead_on_a_past_act_dated_before(ent: Span, at: _DateAt) -> bool:
    published, verb = ent.doc._.published, at.anchor
    if published is None or verb.pos_ != "VERB" or verb.tag_ != "VBD" or _governor(ent) != verb:
        return False  # "ordered them on Friday to appear Feb. 4": the later date is the appearance's
    if any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False  # "would meet", "was set for": the parts of a verb phrase tell its own time
    today = published.isoformat()

    def ahead(date_span: Span) -> bool | None:
        iso = dates.resolve(date_span.text, published).iso
        if iso is None:
            return None
        return iso > today[: len(iso)] or date_span[0].lower_ in ("next", "tomorrow")

    if not ahead(ent):
        return False
    own = [o for o in at.found.in_sentence(sent_of(ent))
           if o is not ent and _anchor(o) == verb and dates.is_point_in_time(o.text) and ahead(o) is False]
    return bool(own)


@rule("event.find.target-year-ahead", stage="event.find", priority=127, action="veto",
      why="'cut emissions in half by 2040', 'the council has until 2040', 'sometime between 2040 and 2060', in an "
          "article of 2025: a year after the article's own, after a word of data/words_before_a_target_year.txt, is "
          "a target or a limit, not the date of a happening ('will open in 2027' still dates the opening); so is "
          "one after a part of it ('will shut by the end of 2027', data/parts_of_a_period.txt).",
      examples=["[2025-08-06] Tarrow must close its last coal plants by 2040, the report said.",
                "[2025-08-06] The Tarrow council now has until 2040 to close the mine.",
                "[2025-08-06] Elmton expects its last two mills to shut by the end of 2027."],
      counter=["[2025-08-06] The new Tarrow bridge will open in 2040, the council said.",
               "[2025-08-06] The Tarrow plant had closed by 2020, the report said."])
def _target_year_ahead(ent: Span, at: _DateAt) -> bool:
    published, doc, before = ent.doc._.published, ent.doc, words("words_before_a_target_year")
    toks = list(ent)
    if toks and toks[0].lower_ in before:  # "between 2040 and 2060" tagged whole
        toks = toks[1:]
    elif not (ent.start and doc[ent.start - 1].lower_ in before):
        return False
    if len(toks) > 2 and toks[-2].lower_ == "of" and all(t.lower_ == "the" or t.lower_ in words("parts_of_a_period") for t in toks[:-2]):
        toks = toks[-1:]  # "by the end of 2040": its year, too
    years = [t for t in toks if not (t.is_punct or t.lower_ == "and")]  # "2040 and 2060", "2040–2060"
    return (published is not None and bool(years) and len(years) <= 2
            and all(_YEAR.fullmatch(t.text) and int(t.text) > published.year for t in years))


@rule("event.find.limit-day-ahead", stage="event.find", priority=132, action="veto",
      why="'extended the state of emergency through May 13', 'cleared to fly until July 6', in an article of "
          "April: a day or month after the article's, after a word of data/words_before_a_limit_day.txt, is how long "
          "a thing lasts, not the date of a happening ('by Friday', a deadline, and 'will open on May 13' still date one).",
      examples=["[2025-04-09] The Tarrow council cleared the bridge for lorries through May 13."],
      counter=["[2025-04-09] The Tarrow bridge will open on May 13, Tom Hale said."])
def _limit_day_ahead(ent: Span, at: _DateAt) -> bool:
    published, doc, before = ent.doc._.published, ent.doc, words("words_before_a_limit_day")
    inside = [t.i for t in ent if t.lower_ in before]  # "another month through May 13" tagged whole
    if inside:
        tail = doc[inside[-1] + 1 : ent.end]
    elif ent.start and doc[ent.start - 1].lower_ in before:
        tail = ent
    else:
        return False
    if published is None or not len(tail):
        return False
    iso = dates.resolve(tail.text, published).iso
    return iso is not None and len(iso) >= 7 and iso > published.isoformat()[: len(iso)]


@rule("event.find.limit-of-a-present-state", stage="event.find", priority=134, action="veto",
      why="'The flood warning stays in force until the end of June', 'Elmton keeps its consulate in Tarrow shut "
          "until Friday', 'has prolonged the curfew through the weekend', 'will stay shut until Monday': a date after a "
          "word of data/words_before_a_limit_day.txt in a clause told in the present or the future is how long a "
          "thing lasts, not the date of a happening, whether or not the date is past the article's (told in the past, "
          "'stayed shut until Thursday', 'served until 2019', it may date the end).",
      examples=["[2025-06-06] The Elmton flood warning stays in force until the end of June."],
      counter=["[2025-06-06] The Elmton mill stayed shut until the end of May."])
def _limit_of_a_present_state(ent: Span, at: _DateAt) -> bool:
    before = words("words_before_a_limit_day")
    if _YEAR.fullmatch(ent[-1].text) and len(ent) <= 2:
        return False  # "has until 2040": a year, rule event.find.target-year-ahead's
    if not (ent[0].lower_ in before or ent.start and at.doc[ent.start - 1].lower_ in before):
        return False
    verb = at.anchor
    if verb.pos_ not in _VERB:
        return False
    tags = [verb.tag_, *(c.tag_ for c in verb.children if c.dep_ in ("aux", "auxpass"))]
    return any(t in ("VBZ", "VBP", "MD") for t in tags) and not any(t == "VBD" for t in tags)


@rule("event.find.state-as-of-a-time", stage="event.find", priority=138, action="veto",
      why="'Two aldermen remain unsure of their vote as of Monday evening', 'As of Tuesday evening, his margin stood "
          "at 212 ballots', 'As of Sunday night, each of the nine has declared a choice', 'By Monday, most members were "
          "gloomy': a date after 'as of' (or 'by') on a clause telling how things stand (a verb of "
          "data/standing_verbs.txt; after 'as of' also one in the perfect or the simple present) is when a state was "
          "read, not the date of a happening ('will step down as of Friday', 'the ban took effect as of Monday', 'by "
          "Monday noon the police had counted ...' still are).",
      examples=["[2025-03-06] Two Tarrow aldermen remain unsure of their vote as of Monday evening.",
                "[2025-03-06] As of Tuesday evening, the margin of Tom Hale stood at a mere 212 ballots.",
                "[2025-03-06] As of Sunday night, every one of the nine Tarrow aldermen has declared a choice.",
                "[2025-03-06] By Monday, most Tarrow aldermen were gloomy about the budget."],
      counter=["[2025-03-06] Tom Hale will step down from the Tarrow board as of Friday.",
               "[2025-03-06] The Tarrow smoking ban took effect as of Monday.",
               "[2025-03-06] By Monday noon, the Tarrow police reported three arrests."])
def _state_as_of_a_time(ent: Span, at: _DateAt) -> bool:
    doc, start = at.doc, ent.start
    first = ent[0].lower_
    if first in ("as", "by"):
        before = [t.lower_ for t in ent[:2]]
    else:
        before = [t.lower_ for t in doc[max(start - 2, 0) : start]]
    as_of = before[-2:] == ["as", "of"]
    by = not as_of and before[-1:] == ["by"]
    verb = at.anchor
    if not (as_of or by) or verb.pos_ not in _VERB:
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if any(a.tag_ == "MD" for a in auxes):
        return False  # "will step down as of Friday": a change ahead
    if verb.lemma_.lower() in words("standing_verbs"):
        return True
    perfect = any(a.lemma_ == "have" for a in auxes) and verb.tag_ == "VBN"
    present = verb.tag_ in ("VBZ", "VBP") and not auxes
    return as_of and (perfect or present)


@rule("event.find.period-after-which", stage="event.find", priority=128, action="veto",
      why="'After a wet June for the growers, prices rose', 'After 2019, the firm shrank': a date that is "
          "itself the object of 'after' is the period the happening followed, not its date ('after the 2019 "
          "vote', whose date names the vote, still dates the clause; so does a day: 'soon after Christmas Day').",
      examples=["[2025-03-06] After a wet June for the Tarrow growers, fruit prices in Dunmore rose for three weeks."],
      counter=["[2025-03-06] After the February vote, Tom Hale resigned from the Tarrow council."])
def _period_after_which(ent: Span, at: _DateAt) -> bool:
    root, published = ent.root, ent.doc._.published
    if root.dep_ != "pobj" or root.head.lower_ != "after" or any(t.lower_ == "after" for t in ent) or published is None:
        return False
    iso = dates.resolve(ent.text, published).iso
    return iso is not None and len(iso) <= 7  # a month, a season or a year: 'shortly after Christmas Day' is that day's


@rule("event.find.anniversary-of-the-object", stage="event.find", priority=136, action="veto",
      why="'while both men remembered the landings 75 years ago': 'years ago' hung by the parse on a verb of marking an "
          "anniversary (data/commemorating_verbs.txt) dates what is marked, not the marking; dated so, the event would say "
          "the leaders marked it then.",
      examples=["[2019-06-06] Tom Hale spoke of old friendships in Dunmore while the two mayors remembered the flood 75 years ago."],
      counter=["[2019-06-06] Tom Hale said the two leaders signed the treaty 75 years ago."])
def _anniversary_of_the_object(ent: Span, at: _DateAt) -> bool:
    verb = at.anchor
    if verb.lemma_.lower() not in words("commemorating_verbs") or not any(c.dep_ == "dobj" for c in verb.children):
        return False
    return ent[-1].lower_ == "ago" and any(t.lower_ in words("long_time_units") for t in ent)


@rule("event.find.level-of-a-date", stage="event.find", priority=130, action="veto",
      why="'must cut its debt 30 percent below 2015 levels', 'fell back to their 2019 level', 'a third off the "
          "levels it was at 2010': a date naming the measure a figure is taken against (a noun of data/baseline_nouns.txt, or "
          "a clause describing one) dates no happening.",
      examples=["[2025-08-06] Tarrow must cut its debt 30 percent below 2015 levels, the budget office said.",
                "[2025-08-06] The report says Tarrow's output has to drop by a third from the levels it was at 2010."],
      counter=["[2025-08-06] Tarrow's emissions reached record levels in 2010, the report said."])
def _level_of_a_date(ent: Span, at: _DateAt) -> bool:
    anchor, baseline = at.anchor, words("baseline_nouns")
    if anchor.pos_ in _NOUN:
        return anchor.lemma_.lower() in baseline
    return anchor.dep_ == "relcl" and anchor.head.lemma_.lower() in baseline


@rule("event.find.date-of-a-negated-infinitive", stage="event.find", priority=149, action="veto",
      why="'sought to ease the anger by pledging not to run again in 2027': a date on an infinitive negated ('not to run', "
          "'never to return') names what is promised not to happen; lifted to the verbs above, it would date them.",
      examples=["[2025-08-06] On Friday the Tarrow mayor tried to ease the anger by pledging not to run again in December."],
      counter=["[2025-08-06] On Friday the Tarrow mayor tried to ease the anger by pledging to step down in December."])
def _date_of_a_negated_infinitive(ent: Span, at: _DateAt) -> bool:
    verb = _governor(ent)
    if verb.pos_ not in _VERB or verb.i == at.anchor.i:
        return False
    children = list(verb.children)
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in children) and any(c.dep_ == "neg" for c in children)


@rule("event.find.earliest-possible-date", stage="event.find", priority=147, action="veto",
      why="'may sign the deal as early as next month', 'ready to meet them as soon as Friday': a date after 'as early "
          "as' or 'as soon as' is the soonest something may happen, not a day anything happens on.",
      examples=["[2025-03-06] Tom Hale is to be sworn in as mayor of Tarrow as early as next week.",
                "[2025-03-06] An aide said Tom Hale was willing to meet the Tarrow council as soon as Tuesday."],
      counter=["[2025-03-06] Tom Hale was sworn in as mayor of Tarrow early on Tuesday."])
def _earliest_possible(ent: Span, at: _DateAt) -> bool:
    before = " ".join(t.lower_ for t in ent.doc[max(ent.start - 3, 0) : ent.start])
    return before in ("as early as", "as soon as")


@rule("event.find.negated-verb", stage="event.find", priority=126, action="veto",
      why="'the mayor did not attend the Tarrow fair on Friday', 'a union aide said this didn't mean the strike "
          "ends on Monday', 'Neither board member attended the fair on Friday': a verb negated (negation.py: on the verb, "
          "its auxiliary or its subject), or the clause a negated verb governs, tells of no happening on that date. Not so: 'vowed on Friday not to attend' (the vow is not negated); a date of a noun "
          "('lost no votes to the leak last week of her emails', 'At Tarrow's Sunday evening vigil, she never named "
          "...'); a comparison ('fared no better than his rivals last May' tells how a happening went); a 'did not' of a clause "
          "cut short before 'and' or 'but', which the parse may hang on the next clause's verb ('He did not, and on Monday "
          "the board fired him').",
      examples=["[2025-08-06] The Tarrow mayor did not attend the fair on Friday.",
                "[2025-08-06] A union aide told reporters this didn't mean the Tarrow strike would end on Monday.",
                "[2025-08-06] Neither board member attended the Tarrow fair on Friday.",
                "[2025-08-06] Tom Hale did not attend the Tarrow fair and vote on Friday."],
      counter=["[2025-08-06] The Tarrow mayor attended the fair on Friday.",
               "[2025-08-06] The Tarrow mayor vowed on Friday not to attend the fair.",
               "[2025-08-06] At Tarrow's Sunday evening vigil, Mayor Ana Ruiz did not mention the strike.",
               "[2025-08-06] The mayor's hopes weren't lifted by the leak last week of dozens of Tarrow files.",
               "[2025-08-06] Tom Hale did not do as well as the other candidates last November in Tarrow.",
               "[2025-08-06] Most members wanted the pier closed. The mayor did not and on Monday, Tom Hale reopened it."])
def _negated_verb(ent: Span, at: _DateAt) -> bool:
    anchor = at.anchor
    doc = ent.doc
    if anchor.pos_ not in _VERB or _governor(ent) != anchor:
        return False  # "At the vigil on Sunday, she never ...": the vigil's date
    if ent.start and doc[ent.start - 1].pos_ in _NOUN and ent.end < len(doc) and doc[ent.end].lower_ == "of":
        return False  # "weren't lifted by the leak last week of the files": inside the noun's phrase

    def negated_not_compared(verb: Token) -> bool:
        compared = any(c.lower_ in ("as", "than") and c.dep_ in ("advmod", "cc") for c in verb.children) or any(
            c.dep_ == "advmod" and any(g.lower_ in ("as", "than") for g in c.children) for c in verb.children)
        return not compared and negated(verb) and not _negation_of_an_elided_clause(verb)

    shares_do = anchor.dep_ == "conj" and anchor.tag_ == "VB" and not any(c.dep_ in ("aux", "auxpass") for c in anchor.children) \
        and any(c.dep_ == "aux" and c.lemma_ == "do" for c in anchor.head.children)  # 'did not attend and vote': both negated
    return negated_not_compared(anchor) or (
        anchor.dep_ == "ccomp" and anchor.head.pos_ in _VERB and negated_not_compared(anchor.head)) or (
        shares_do and negated_not_compared(anchor.head))


def _negation_of_an_elided_clause(verb: Token) -> bool:
    """'He did not, and on Monday the Tarrow board fired him': the parse may hang the 'did not' of a clause cut
    short (its verb left out) on the verb of the next one; a negation written before the verb's own subject, with an
    'and' or 'but' between, is the cut clause's."""
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < verb.i), None)
    if subj is None:
        return False
    negations = [c for c in verb.children if c.dep_ == "neg"]
    negations += [g for c in verb.children if c.dep_ in ("aux", "auxpass") for g in c.children if g.dep_ == "neg"]
    if not negations or any(n.i > subj.left_edge.i for n in negations):
        return False
    doc = verb.doc
    return any(t.pos_ == "CCONJ" for t in doc[max(n.i for n in negations) + 1 : subj.left_edge.i])


# Stages `event.also` and `event.keep` (called where needed): more events a date dates, and repeats.

@rule("event.also.what-happened-then", stage="event.also", priority=10, action="add",
      why="'up on three years ago when the rule came in': what happened then is an event too.",
      examples=["Prices at Dunmore Mining are up on three years ago when the new rule came in."])
def _what_happened_then(ent: Span, anchor: Token) -> list[Token] | None:
    doc = ent.doc
    when = doc[ent.end].head if ent.end < len(doc) and doc[ent.end].lower_ == "when" else None
    return [when] if when is not None and when.pos_ in _VERB and when.i > ent.end and when != anchor else None


@rule("event.keep.one-event-a-clause", stage="event.keep", priority=10, action="veto",
      why="One event a clause: a clause a date dates is not told again undated ('replaced in 2008 after "
          "nearly a decade'), nor twice undated.",
      examples=["Ana Ruiz visited Tarrow on Tuesday and again on Friday."])
def _without_undated_repeats(anchors: list[tuple[Token, FoundEvent]]) -> list[FoundEvent] | None:
    dated = {a.i for a, e in anchors if e.date}
    seen: set[int] = set()
    out = []
    for a, e in anchors:
        if not e.date and (a.i in dated or a.i in seen):
            continue
        seen.add(a.i)
        out.append(e)
    return out if len(out) != len(anchors) else None


@rule("event.keep.dated-noun-told-again", stage="event.keep", priority=20, action="veto",
      why="'Tom Hale said he will hold an inquiry Friday. The Friday inquiry will hear ...': a dated noun naming no "
          "one is the happening the article tells on that day with its people, when the noun is its verb's object "
          "(not 'Tom Hale planned a trip on Friday, missing the vote': the Friday vote is another).",
      examples=["[2025-03-05] Judge Tom Hale said he will hold an inquiry Friday into the mine. The Friday "
                "inquiry will hear from lawyers for the Tarrow council."],
      counter=["[2025-03-05] Judge Tom Hale said he will hold an inquiry Friday. The Friday vote will follow."])
def _without_a_noun_told_again(anchors: list[tuple[Token, FoundEvent]]) -> list[FoundEvent] | None:
    named: dict[str, set[str]] = {}  # date -> the verbs of the events of that day naming people, and their objects
    for a, e in anchors:
        if e.date and e.people:
            told = [a, *(c for c in a.children if c.dep_ in ("dobj", "nsubjpass", "attr"))]
            named.setdefault(e.date, set()).update(t.lemma_.lower() for t in told)
    def again(a: Token, e: FoundEvent) -> bool:
        told = named.get(e.date or "", set())
        return not e.people and a.pos_ in _NOUN and len(e.date or "") == 10 and a.lemma_.lower() in told
    out = [e for a, e in anchors if not again(a, e)]
    return out if len(out) != len(anchors) else None


@rule("event.keep.a-days-noun-mentioned", stage="event.keep", priority=30, action="veto",
      why="'Ana Ruiz opened the Tarrow pier on Friday. ... Friday's ceremony drew a crowd': a noun after a weekday's "
          "possessive ('Friday's ceremony', 'Today's ruling'), naming no one, mentions a happening of that day; where "
          "the article tells an event of that day naming people, it is that one's mention, no event of its own.",
      examples=["[2025-03-08] Mayor Ana Ruiz opened the Tarrow pier on Friday. Local papers praised Friday's ceremony "
                "at length."],
      counter=["[2025-03-08] Local papers praised Friday's ceremony at the Tarrow pier at length."])
def _without_a_days_noun_mentioned(anchors: list[tuple[Token, FoundEvent]]) -> list[FoundEvent] | None:
    named = {e.date for a, e in anchors if e.date and e.people}
    def mention(a: Token, e: FoundEvent) -> bool:
        if e.people or e.date not in named or a.pos_ not in _NOUN or len(e.date or "") != 10:
            return False
        return any(c.dep_ == "poss" and (c.lower_ in dates.WEEKDAYS or c.lower_ in words("day_words") - {"last", "ago"}) for c in a.children)
    out = [e for a, e in anchors if not mention(a, e)]
    return out if len(out) != len(anchors) else None


def _event_at(anchor: Token, ent: Span, resolved: dates.Resolved, mentions: Mentions, role_index, walks: _Walks | None = None) -> FoundEvent | None:
    """The event a date anchors: its summary, and the people and organizations in it."""
    toks = _summary_tokens(anchor, ent, walks)
    if len(toks) < 2:
        return None
    reporter = rules.first("event.summary-reporter", anchor, toks, mentions)
    if reporter is not None:  # "X told the Herald the crew would visit the mine Tuesday": told with who reported it
        toks = [*reporter, *toks]
    elif (held := _subject_parsed_as_an_object_before(anchor, toks)) is not None:  # "before a judge late Friday blocked"
        toks = [*held, *toks]
    summary, people, orgs = _render(toks, mentions)
    titled = _titled_subject(anchor, mentions, role_index) or _participle_subject(anchor, mentions)
    titled = titled or _lede_title_named_after(anchor, mentions, role_index) or _title_named_in_the_next_sentence(
        anchor, mentions, role_index)
    titled = titled or _party_member_subject(anchor, mentions) or _speaker_of_its_quotation(anchor, mentions)
    if titled is not None and titled not in people:
        people = [titled, *people]  # "the minister met X on Monday": the minister's, and X's
    for key in _titled_subjects_within(anchor, toks, mentions, role_index) or ():
        if key not in people:  # "talks stalled when the minister left on Friday": the minister's too
            people.append(key)
    named = _name_before_verb(anchor, mentions) if not people else None
    if named is not None:  # "after the chairman X resigned in March", X parsed into the object of "after"
        people, summary = [named], f"{mentions.entities[named].name} {summary}"
    shared = _shared_subject(anchor, mentions) if named is None else None
    if shared is not None and shared not in people:  # "X called it a violation and said Friday ..."
        helping = _auxiliaries_shared(anchor)  # "X was arrested and charged Tuesday": "X was charged Tuesday"
        people, summary = [shared, *people], " ".join(filter(None, (mentions.entities[shared].name, helping, summary)))
    described = _person_a_noun_describes(anchor, mentions)
    if described is not None and described not in people:  # "X -- a 2014 appointee of Y": X's appointment
        people, summary = [described, *people], f"{mentions.entities[described].name}, {summary}"
    beyond = rules.first("event.people-beyond", anchor, ent, mentions, role_index) if not people else None
    if beyond is not None:  # named beside the summary's words: "The move by X"
        people = [beyond]
    told = describe(anchor, mentions, anchor.doc._.published, resolved.iso)
    return FoundEvent(resolved.iso, ent.text, summary, people, orgs, sent_of(ent), told)


@rule("event.summary-subject.parsed-as-the-object-of-a-word-of-time", stage="event.summary-subject", priority=10,
      action="extend",
      why="'Voss had left before a judge late Friday blocked the plan': the parse may take the clause's subject for the "
          "object of its 'before' or 'after' (data/prepositions_ordering_in_time.txt) hung on the verb before, leaving "
          "the dated verb no subject; the summary keeps that subject ('a judge late Friday blocked the plan'), not a "
          "fragment that starts mid-clause ('late Friday blocked the plan').",
      examples=["[2026-03-12] Kerrin Voss had gone home before a judge late Friday blocked the harbour plan."],
      counter=["[2026-03-12] Kerrin Voss had gone home before a judge blocked the harbour plan late Friday."])
def _subject_parsed_as_an_object_before(anchor: Token, toks: list[Token]) -> list[Token] | None:
    if anchor.dep_ not in ("ccomp", "advcl") or anchor.tag_ not in ("VBD", "VBZ", "VBP") or not toks:
        return None
    if any(c.dep_ in _SUBJECT_DEPS or c.dep_ == "mark" for c in anchor.children) or toks[0].i < anchor.left_edge.i:
        return None
    k = anchor.left_edge.i - 1
    noun = anchor.doc[k] if k >= 0 else None
    if noun is None or noun.dep_ != "pobj" or noun.pos_ not in _NOUN or noun.right_edge.i != k:
        return None
    prep = noun.head
    if prep.lower_ not in words("prepositions_ordering_in_time") or prep.head.i != anchor.head.i or prep.i != noun.left_edge.i - 1:
        return None
    return list(anchor.doc[noun.left_edge.i : k + 1])


# Stage `event.summary-reporter` (a decision): the words a summary opens with when a person reports its clause.

@rule("event.summary-reporter.person-reporting-a-clause-of-no-one", stage="event.summary-reporter", priority=10,
      action="extend",
      why="'A spokesman, Tom Hale, told the Tarrow Herald the survey crew would visit the mine on Tuesday': a dated "
          "clause a person named reports (data/speech_verbs.txt), whose own subject is no person, is told from the "
          "one who reported it, in the source's words ('Tom Hale told the Tarrow Herald the survey crew "
          "would ...'), not as a statement no one made; not a clause whose subject is a person or a pronoun, which "
          "is that person's event ('Hale said Ruiz resigned on Friday').",
      examples=["[2025-03-06] A spokesman, Tom Hale, told the Tarrow Herald the survey crew would visit the Dunmore mine "
                "on Tuesday to take rock samples."],
      counter=["[2025-03-06] A spokesman, Tom Hale, told the Tarrow Herald that Ben Tarrow would visit the Dunmore mine "
               "on Tuesday to take rock samples."])
def _reporter(anchor: Token, toks: list[Token], mentions: Mentions) -> list[Token] | None:
    verb = anchor.head
    if anchor.dep_ != "ccomp" or verb.i > anchor.i or verb.lemma_.lower() not in words("speech_verbs"):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    own = next((c for c in anchor.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is None or own is None or own.tag_ in ("PRP", "WP") or toks[0].i < anchor.left_edge.i:
        return None
    if mentions.in_span(own.left_edge.i, own.right_edge.i + 1, "person"):
        return None  # "Hale said Ruiz resigned on Friday": Ruiz's
    speaker = next((m for m in (mentions.at(t) for t in (subj, *(c for c in subj.children if c.dep_ == "appos"))) if m is not None), None)
    if speaker is None or speaker.kind != "person" or speaker.pronoun or mentions.quoted(subj.idx):
        return None  # the speaker is the subject or set beside it ("A spokesman, Tom Hale,"), not "a Hale aide"
    if any(t.is_punct for t in anchor.doc[verb.i : anchor.left_edge.i]):
        return None  # only an object between the verb and the clause ("told the Herald")
    words_before = [t for t in anchor.doc[subj.left_edge.i : anchor.left_edge.i] if not (t.dep_ == "mark" and t.head == anchor)]
    return words_before if 1 < len(words_before) <= 12 else None


# Stage `event.people-beyond` (a decision, for a summary that names no one): the person it is about.

@rule("event.people-beyond.actor-of-the-move-told-next", stage="event.people-beyond", priority=10,
      action="attribute-speaker",
      why="'Dunmore Mining announced on Friday that it will close the Tarrow pit. The move by chief executive Tom Hale "
          "comes ...': the sentence straight after a dated event that opens with 'The move by X' (data/act_nouns.txt) "
          "names who did it.",
      examples=["[2025-03-08] Dunmore Mining announced on Friday that it will close the Tarrow pit. The move by chief "
                "executive Tom Hale comes a week before a vote on the mine."],
      counter=["[2025-03-08] Dunmore Mining announced on Friday that it will close the Tarrow pit. A report by Tom Hale "
               "comes a week before a vote on the mine."])
def _actor_of_the_move(anchor: Token, ent: Span, mentions: Mentions, role_index) -> str | None:
    doc, sent = anchor.doc, sent_of(anchor)
    if anchor.dep_ != "ROOT" or sent.end + 3 >= len(doc):
        return None
    the, act, by = doc[sent.end : sent.end + 3]
    if the.lower_ != "the" or act.lower_ not in words("act_nouns") or by.lower_ != "by" or act.dep_ not in ("nsubj", "nsubjpass"):
        return None
    people = [m for m in mentions.in_span(by.i + 1, by.right_edge.i + 1, "person") if not m.pronoun]
    return people[0].key if len(people) == 1 and people[0].end == by.right_edge.i + 1 else None  # "by [title] X"


@rule("event.people-beyond.subject-of-a-dated-object", stage="event.people-beyond", priority=20,
      action="attribute-speaker",
      why="'Ana Ruiz said she and Tom Hale planned the 2012 raid on the depot': a dated noun naming no one that is the "
          "object of a verb whose subject carries out what it names (data/agent_object_verbs.txt: planned, hosted, held, "
          "wrote; not 'condemned', 'attended') is that subject's: the people named there (a pronoun only where it is "
          "sure); so too a noun a dated clause describes when it is that clause's own subject ('wrote a study that "
          "caused a stir in March'), not where the clause has another ('a study the council printed in March').",
      examples=["[2015-12-10] Ana Ruiz told the court that she and Tom Hale planned the 2012 raid on the Dunmore depot.",
                "[2018-10-10] Tom Hale wrote a Dunmore study that caused a stir in March.",
                "[2025-03-11] Ben Tarrow held a 2022 summit on the Dunmore mine."],
      counter=["[2015-12-10] Ana Ruiz told the court that she and Tom Hale condemned the 2012 raid on the Dunmore depot.",
               "[2025-03-11] Ben Tarrow missed a 2022 summit on the Dunmore mine.",
               "[2018-10-10] Tom Hale read a Dunmore study that caused a stir in March.",
               "[2018-10-10] Tom Hale wrote a Dunmore study that the council printed in March."])
def _subject_of_a_dated_object(anchor: Token, ent: Span, mentions: Mentions, role_index) -> str | None:
    noun = anchor
    if anchor.dep_ == "relcl" and anchor.head.pos_ == "NOUN":
        if not any(c.dep_ in ("nsubj", "nsubjpass") and c.tag_ in ("WDT", "WP") for c in anchor.children):
            return None  # "a study the council printed in March": the council's act
        noun = anchor.head
    if noun.pos_ != "NOUN" or noun.dep_ != "dobj" or noun.head.lemma_.lower() not in words("agent_object_verbs"):
        return None
    subj = next((c for c in noun.head.children if c.dep_ == "nsubj"), None)
    if subj is None:
        return None
    for tok in (subj, *subj.conjuncts):
        m = mentions.at(tok)
        if m is not None and m.kind == "person" and not (m.pronoun and unsure(tok, m, mentions)) and not m.in_quote:
            return _person_of(tok, m, mentions)
    return None


@rule("event.people-beyond.antecedent-of-who", stage="event.people-beyond", priority=30,
      action="attribute-speaker",
      why="'Ben Tarrow, who joined the Dunmore board in 2019, ...', '... Ana Ruiz, who was hurt and flown to Elmton on "
          "Friday': a dated clause whose subject is 'who' (or a verb joined to such a clause) is the act of the person "
          "named just before 'who'; the parse may hang the clause on another noun ('the 2019 book by Ben Tarrow, who ...'), "
          "so the name the word follows decides, not the parse (not a name inside a quotation, nor a pronoun); so too a "
          "'to' with no subject of its own that the clause governs ('who trained as a baker only to open a shop in 2019').",
      examples=["[2025-03-12] The 2019 book by Ben Tarrow, who was fired and then rehired by the mine board in 2021, sold "
                "well.",
                "[2025-03-12] The board hired Ben Tarrow, who trained as a baker only to open a shoe shop in 2019."],
      counter=["[2025-03-12] The 2019 book by Ben Tarrow, which was printed and then pulped by the mine board in 2021, "
               "sold well.",
               "[2025-03-12] The inquiry heard from the pit manager, Ben Tarrow, who will join Dunmore Mining in October."])
def _antecedent_of_who(anchor: Token, ent: Span, mentions: Mentions, role_index) -> str | None:
    clause = anchor.head if anchor.dep_ == "conj" and anchor.head.pos_ in _VERB else anchor
    if clause.dep_ in ("advcl", "xcomp") and clause.head.dep_ == "relcl" and _subjectless_to_infinitive(clause):
        clause = clause.head  # "..., who was jailed for a year, only to return home in 2017": the jailed one returns
    if clause.dep_ != "relcl" or clause.pos_ not in _VERB:
        return None
    who = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ == "who"), None)
    if who is None or who.i < 1:
        return None
    doc = anchor.doc
    before = doc[who.i - 2] if doc[who.i - 1].text == "," and who.i > 1 else doc[who.i - 1]
    m = mentions.at(before)
    if m is None:
        m = _name_an_appositive_follows(before, mentions)  # "Ben Tarrow, a miner who ...": the miner is Tarrow
        before = doc[m.end - 1] if m is not None else before
    if m is None or m.kind != "person" or m.pronoun or m.in_quote or m.end != before.i + 1:
        return None
    return _person_of(doc[m.start], m, mentions)


def _subjectless_to_infinitive(verb: Token) -> bool:
    """'only to return home': a verb with 'to' and no subject of its own."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
        c.dep_ in ("nsubj", "nsubjpass") for c in verb.children)


@rule("event.people-beyond.name-an-appositive-noun-follows", stage="event.people-beyond-appos", priority=10,
      action="attribute-speaker",
      why="'Ben Tarrow, a Dunmore miner who was hurt in the 2019 blast, ...': a clause opened by 'who' on a noun set "
          "beside a name (a comma between, the noun not a name's or a body's) is the act of the person named, as on "
          "the name itself (rule event.people-beyond.antecedent-of-who).",
      examples=["[2025-03-12] The board hired Ben Tarrow, a clerk who trained as a baker only to open a shoe shop in 2019."],
      counter=["[2025-03-12] The board hired Ben Tarrow and a clerk who trained as a baker only to open a shoe shop in 2019."])
def _name_an_appositive_follows(noun: Token, mentions: Mentions) -> Mention | None:
    if noun.pos_ != "NOUN" or noun.dep_ != "appos":
        return None
    m = mentions.at(noun.head)
    doc = noun.doc
    if m is None or m.kind != "person" or m.pronoun or noun.left_edge.i != m.end + 1 or doc[m.end].text != ",":
        return None
    if mentions.in_span(noun.left_edge.i, noun.i + 1):
        return None  # "Tarrow, a Hale aide who": the noun is someone's, told with another name
    return m


@rule("event.people-beyond.subject-of-a-clause-on-a-dated-noun", stage="event.people-beyond", priority=40,
      action="attribute-speaker",
      why="'a 2019 rally during which Tom Hale promised ...', 'the Friday meeting at which Ana Ruiz quit': a dated noun "
          "naming no one, told by a clause opened by 'in/during/on/at which' or 'when' whose subject is a person, is "
          "that person's (the name right before the clause's verb where the parse gave it no subject); not a clause "
          "whose subject is no person, nor a pronoun it is unsure of, nor one telling a state ('when Ben Tarrow was leading "
          "the council', 'when she was mayor').",
      examples=["[2025-03-12] Ana Ruiz still recalls a 2019 rally during which Tom Hale promised the Tarrow mine would stay open.",
                "[2025-03-12] Tom Hale recalled the 2019 meeting at which Ben Tarrow resigned as chair of the mine board."],
      counter=["[2025-03-12] Ana Ruiz still recalls a 2019 rally during which the crowd booed the Tarrow mine owners.",
               "[2025-03-12] Ana Ruiz still recalls a 2019 rally that Tom Hale called a turning point for the mine.",
               "[2025-03-12] Tom Hale recalled the 2019 flood, when Ben Tarrow was leading the Dunmore council."])
def _subject_of_a_clause_on_a_dated_noun(anchor: Token, ent: Span, mentions: Mentions, role_index) -> str | None:
    if anchor.pos_ not in _NOUN:
        return None
    for clause in (c for c in anchor.rights if c.dep_ == "relcl" and c.pos_ in _VERB):
        opener = [c for c in clause.children if c.i < clause.i and (
            c.dep_ == "prep" and c.lower_ in ("in", "during", "on", "at") and any(g.lower_ == "which" for g in c.children)
            or c.dep_ == "advmod" and c.lower_ == "when")]
        if not opener or clause.tag_ == "VBG" or clause.lemma_.lower() == "be":
            return None  # "the 2019 election, when Ana Ruiz was riding high": a state of hers then, not her act
        subj = next((c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        tok = subj if subj is not None else clause.doc[clause.i - 1]
        if not opener[0].i < tok.i < clause.i:
            return None
        m = mentions.at(tok)
        if m is None or m.kind != "person" or m.in_quote or m.pronoun and unsure(tok, m, mentions):
            return None
        return _person_of(tok, m, mentions)
    return None


@rule("event.also.also-clause-shares-a-date", stage="event.also", priority=20, action="add",
      why="'Tom Hale resigned on Tuesday. ... Ana Ruiz also resigned': an undated 'also' clause shares the date "
          "of the last event told with its verb, or of the dated clause it is part of; a clause reported only the "
          "same person's ('Hale also said that ...' after 'Ruiz said on Monday' is undated).",
      examples=[("Tom Hale announced on 3 March 2021 that he would resign. Ana Ruiz, the chief executive, "
                 "also announced her resignation.")],
      counter=["[2021-03-05] Tom Hale said on 3 March 2021 that the floods had cut trade with Spain, adding that he believes "
               "France also lost trade.",
               "[2025-03-12] The Tarrow ferry would stop from Monday, Tom Hale said.\n\nThe Dunmore harbour master, Ana Ruiz, "
               "also stopped the night boats.",
               "[2025-03-12] On a radio show on Monday, Tom Hale said the ferry fares were fair.\n\nAna Ruiz also said she had "
               "never seen the accounts."])
def _parallel_events(doc: Doc, mentions: Mentions, anchors: list[tuple[Token, FoundEvent]], quotes) -> list[FoundEvent] | None:
    out: list[FoundEvent] = []
    quoted, told = Ranges(quotes), _Told(anchors)
    column, tokens = columns_of(doc), tokens_of(doc)
    heads_of_also = {column.head[i] for i, lower in enumerate(column.lower) if lower == "also" and column.dep[i] == "advmod" and column.head[i] != i}
    for verb in (tokens[i] for i in sorted(heads_of_also)):
        if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            continue
        if verb.idx in quoted or any(t.ent_type_ == "DATE" for t in verb.subtree) or rules.first("event.also-form", verb):
            continue
        sent = sent_of(verb)
        earlier = told.last_before(verb)
        # "X has left while Y has quit as well, the firm said on Tuesday": a clause
        # inside a dated one shares its date
        earlier += [e for a, e in told.in_sentence(sent) if e.date and e.sentence == sent and verb in a.subtree and verb is not a]
        # the subject: the last person named before the verb, not as a possessor ("after X's
        # announcement, Y also announced")
        before = [m for m in mentions.in_span(sent.start, verb.i, "person") if doc[m.end - 1].dep_ != "poss" and not m.in_quote]
        if not earlier or not before or _thing_as_subject(verb, mentions):
            continue
        if verb.tag_ == "VBD" and earlier[-1].told.status == "scheduled":
            continue  # "The ferry will stop from Monday ... Y also stopped the boats": what is done is not what lies ahead
        if (verb.lemma_.lower() in words("speech_verbs") and any(c.dep_ == "ccomp" and c.idx not in quoted for c in verb.children)
                and before[-1].key not in earlier[-1].people):
            continue  # "X said on Monday ... Y also said that ...": what Y reports, when is not told
        if before[-1].pronoun and unsure(doc[before[-1].start], before[-1], mentions):
            continue  # the one a pronoun may mean is a guess: no one's event
        toks = _summary_tokens(verb, doc[verb.i : verb.i])
        if rules.first("event.also-empty", verb, toks):
            continue  # "\"...,\" Y also tweeted.": the quotation the verb attributes is the quotes' to carry
        summary, people, orgs = _render(toks, mentions)
        if before[-1].key not in people:
            summary = f"{mentions.entities[before[-1].key].name} {summary}"
        shown = describe(verb, mentions, doc._.published, earlier[-1].date)
        out.append(FoundEvent(earlier[-1].date, "", summary, [before[-1].key], orgs, sent, shown))  # the one it happened to
    return out or None


@rule("event.also.participle-is-no-act-of-its-own", stage="event.also-form", priority=10, action="veto",
      why="'Tom Hale met the miners on Tuesday, also promising them a hearing', '... hoping to end the strike while also "
          "averting a lockout': an 'also' participle with no tense of its own (no 'is' or 'was' before it) hangs on the "
          "clause before it: what it tells is part of that clause's event, whose summary keeps it, or an aim ('while also "
          "averting'), not an act done; it makes no event of its own (rule event.also.also-clause-shares-a-date).",
      examples=["[2025-03-06] Tom Hale met the Tarrow miners on Tuesday, also promising them a new hearing.",
                "[2025-03-06] Tom Hale met the Tarrow miners on Tuesday, hoping to end the strike while also averting a "
                "costly lockout."],
      counter=["[2025-03-06] Tom Hale announced on Tuesday that he would resign. Ana Ruiz, the mine's chief executive, "
               "also announced her resignation.",
               "[2025-03-06] Tom Hale was picketing the Tarrow mine on Tuesday. Ana Ruiz, a nurse, was also picketing the mine."])
def _participle_also(verb: Token) -> bool:
    return verb.tag_ == "VBG" and not any(c.dep_ in ("aux", "auxpass") for c in verb.children)


def _stated_gap(word: Token) -> tuple[int, int] | None:
    """For an 'after' or 'before' with a gap stated before it ('hours after', 'the day before'): the days the gap
    sets (data/stated_gaps_in_time.txt), and where its words start."""
    doc = word.doc
    if word.lower_ not in ("after", "before") or word.i < 2:
        return None
    unit = doc[word.i - 1]
    days = pairs("stated_gaps_in_time").get(unit.lower_)
    if days is None:
        return None
    start = unit.i
    if unit.lower_ == "day":
        if doc[start - 1].lower_ not in ("a", "the", "one"):
            return None  # "days after", "the next day after": no stated number of days
        start -= 1
    return int(days), start


def _shifted(iso: str, days: int) -> str:
    return date.fromordinal(date.fromisoformat(iso).toordinal() + days).isoformat()


@rule("event.also.happening-a-stated-gap-from-a-dated-one", stage="event.also", priority=25, action="add",
      why="'Ana Ruiz filed a lawsuit on Tuesday, hours after Tom Hale signed the order', 'The board met on March 3, the "
          "day after Tom Hale resigned': a happening set a stated gap (data/stated_gaps_in_time.txt) after or before a "
          "happening dated to the day in the same sentence takes that date, shifted by the gap (minutes or hours: the "
          "same day; a day: the day before or after), and so does a happening set that gap from one dated in its "
          "clause ('X resigned hours after Y signed the order on Tuesday'). Only a happening told in a clause of its "
          "own: a noun ('the day before Tom Hale's speech') is often one told elsewhere in other words. Not one already "
          "dated (nor one its verb tells that day elsewhere), negated or quoted, nor a gap of days or weeks (no date to "
          "give), nor a gap from a happening dated only to a month or year.",
      examples=["[2025-03-06] Ana Ruiz filed a lawsuit on Tuesday, hours after Tom Hale signed the harbour order.",
                "[2025-03-06] The Dunmore board met on March 3, the day after Tom Hale resigned as harbour master.",
                "[2025-03-13] Ana Ruiz resigned hours after Tom Hale signed the harbour order on Tuesday.",
                "[2025-03-10] Tom Hale toured the Tarrow docks on Sunday, a day after winning the Dunmore vote."],
      counter=["[2025-03-06] Ana Ruiz filed a lawsuit on Tuesday, days after Tom Hale signed the harbour order.",
               "[2025-03-06] Ana Ruiz filed a lawsuit in March, hours after Tom Hale signed the harbour order.",
               "[2025-03-06] Ana Ruiz filed a lawsuit on Tuesday, hours after Tom Hale did not sign the harbour order.",
               "[2025-03-06] Tom Hale spoke in Tarrow on Tuesday. The board met on Monday, the day before Tom Hale's speech."])
def _a_stated_gap_from_a_dated_one(doc: Doc, mentions: Mentions, anchors: list[tuple[Token, FoundEvent]], quotes,
                                   role_index) -> list[FoundEvent] | None:
    quoted, out = Ranges(quotes), []
    dated = {a.i: e for a, e in anchors if e.date}
    by_text = {(e.sentence.start, e.date_text): e for a, e in anchors if e.date}
    ends: dict[int, str] | None = None
    for word in doc:
        gap = _stated_gap(word)
        if gap is None or word.dep_ not in ("mark", "prep") or word.idx in quoted:
            continue
        days, start = gap
        if word.dep_ == "mark":
            other = word.head  # "hours after Tom Hale signed the order": signed
            host = other.head
        else:
            other = next((c for c in word.children if c.dep_ == "pcomp"), None)  # "a day after winning the vote"
            host = word.head
        if other is None or other.pos_ != "VERB":
            continue  # "the day before Tom Hale's speech": a noun, often a happening told elsewhere in other words
        while host.i >= start and host.i < word.i and host.dep_ != "ROOT":
            host = host.head  # "a day after": climb over the gap's own words
        ref = dated.get(host.i) or _happening_told_just_before(host, anchors)
        if ref is None and other.i in dated and other.pos_ == host.pos_ == "VERB" and host.i not in dated:
            other, host, days = host, other, -days  # "X filed a lawsuit hours after Y signed the order on Tuesday"
            ref = dated[host.i]
        elif other.i in dated:
            continue
        if start > 1 and doc[start - 1].text == ",":
            # "an account of a meeting on March 3, the day after ...": the date just before the gap
            ends = ends if ends is not None else {x.end: x.text for x in _date_entities(doc)}
            ref = by_text.get((sent_of(word).start, ends.get(start - 1)), ref)
        if ref is None or len(ref.date or "") != 10 or other.i == host.i:
            continue
        if negated(other) or other.idx in quoted:
            continue
        shift = -days if word.lower_ == "after" else days
        iso = _shifted(ref.date, shift)
        if any(e.date == iso and a.lemma_ == other.lemma_ for a, e in anchors):
            continue  # "the day after the Tarrow vote", the vote told with its own date elsewhere
        event = _event_at(other, doc[other.i : other.i], dates.Resolved(iso, ""), mentions, role_index)
        if event is None:
            continue
        event.date_text = ""  # dated through the other happening, by no words of its own
        lead = start
        while lead > max(0, start - 3) and doc[lead - 1].pos_ in ("ADV", "DET", "ADJ", "NUM"):
            lead -= 1  # "just hours", "only a day", "a few hours"
        gap, said = [t.text for t in doc[lead : word.i]], event.summary.split(" ")
        cut = next((len(gap) - k for k in range(len(gap)) if said[: len(gap) - k] == gap[k:]), 0)
        if 0 < cut < len(said):
            said = said[cut:]  # "hours Tom Hale signed the order": the gap goes
        event.summary = " ".join(said)
        subj = next((c for c in host.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        m = mentions.at(subj) if subj is not None and other.tag_ == "VBG" and word.dep_ == "prep" else None
        if m is not None and m.kind == "person" and not m.pronoun and m.key not in event.people:
            # "Tom Hale toured the docks a day after winning the vote": the one who won
            event = FoundEvent(event.date, "", f"{mentions.entities[m.key].name} {event.summary}", [m.key, *event.people],
                               event.organizations, event.sentence, event.told)
        out.append(event)
    return out or None


@rule("event.also.gap-from-the-happening-told-just-before", stage="event.also-gap", priority=10, action="date",
      why="'The Tarrow council shut the harbour on Tuesday. The closure came only a day after Tom Hale resigned': a "
          "thing that 'comes' or 'came' a stated gap after or before a happening ('The closure came', 'The ruling, coming hours "
          "after') is the news told in the sentence just before; the gap is counted from that sentence's happening "
          "dated to the day (rule event.also.happening-a-stated-gap-from-a-dated-one), not from one dated further back.",
      examples=["[2025-03-06] The Tarrow council shut the harbour on Tuesday. The closure came only a day after "
                "Tom Hale resigned as harbour master."],
      counter=["[2025-03-06] The Tarrow council shut the harbour in March. The closure came only a day after Tom "
               "Hale resigned as harbour master.",
               "[2025-03-06] The Tarrow council shut the harbour on Tuesday. It rained all week. The closure came only "
               "a day after Tom Hale resigned as harbour master."])
def _happening_told_just_before(host: Token, anchors: list[tuple[Token, FoundEvent]]) -> FoundEvent | None:
    if host.lemma_ != "come" or host.pos_ != "VERB":
        return None
    subj = next((c for c in host.children if c.dep_ == "nsubj"), None)
    if subj is None and host.tag_ == "VBG" and host.dep_ in ("advcl", "acl"):
        subj = next((c for c in host.head.children if c.dep_ in ("nsubj", "nsubjpass")), None)  # "X, coming hours after"
    if subj is None or subj.pos_ != "NOUN":
        return None  # a thing that comes ('The closure'), not a person who came ('Tom Hale came hours after ...')
    k = sent_of(host).start - 1
    while k >= 0 and host.doc[k].is_space:
        k -= 1  # the paragraph break
    if k < 0:
        return None
    before = sent_of(host.doc[k])
    told = [(a, e) for a, e in anchors if e.sentence.start == before.start and len(e.date or "") == 10]
    return max(told, key=lambda ae: ae[0].i)[1] if told else None


def _at_a_time_named_before(verb: Token) -> bool:
    """Whether `verb` is told at a time the text named before: 'at the time', 'at that point' (a preposition's noun
    with 'the' or 'that'), 'that same month', 'the same day' (a noun of time with 'that' or 'same' before it;
    data/nouns_of_a_time_named_before.txt)."""
    nouns = words("nouns_of_a_time_named_before")
    for c in verb.children:
        held = [g for g in c.children if g.dep_ == "pobj"] if c.dep_ == "prep" else [c] if c.dep_ in ("npadvmod", "advmod") else []
        for noun in held:
            marks = {g.lower_ for g in noun.children if g.dep_ in ("det", "amod")}
            if noun.lemma_.lower() in nouns and (marks & {"that", "same"} or c.dep_ == "prep" and "the" in marks):
                return True
    return False


@rule("event.also.act-of-the-day-told-without-a-date", stage="event.also", priority=40, action="add",
      why="'Senator Tom Hale announced a run', 'Ana Ruiz tweeted that ...', 'Tom Hale released a statement': news tells the"
          " day's public acts without a date of their own; a sentence with no date whose main verb, in the past tense and"
          " outside a quotation, is a public act (data/acts_of_the_day.txt; not a reaction, 'X praised the decision', which"
          " the story's reactions carry) of a person named as its subject (not a pronoun, whose antecedent may be a guess)"
          " is that person's event on the publication date. Not without a publication date of the article's own (nothing"
          " to date it by; one an evaluation assumes only resolves the article's dates), nor in a sentence that dates an"
          " event of its own, nor an 'also' clause (it parallels an act told before and shares its date, rule"
          " event.also.also-clause-shares-a-date, or none), nor in the perfect ('had announced') or after 'earlier'"
          " (data/words_of_an_earlier_time.txt): told as before the day; nor at a time named before ('At the time, X"
          " announced', 'At that point, X issued': data/nouns_of_a_time_named_before.txt); nor an aside in brackets ('(Tom Hale signed its"
          " charter.)'), background, nor a verdict on a thing ('declared the plan a success'), a reaction.",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale announced an appeal against the ruling.",
                "[2025-03-06] The Tarrow court ruled on the mine. Mayor Ana Ruiz tweeted that the ruling was a disgrace.",
                "[2025-03-06] The mayor spoke at the Dunmore mine. Tom Hale, a historian, filed a complaint against the mayor."],
      counter=["The Tarrow court ruled on the mine. Senator Tom Hale announced an appeal against the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale had announced an appeal against the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. He announced an appeal against the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. Earlier, Senator Tom Hale announced an appeal against the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. At the time, Senator Tom Hale announced an appeal against it.",
               "[2025-03-06] The Tarrow court ruled on the mine. At that point, Senator Tom Hale announced an appeal against it.",
               "[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale also announced an appeal against the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale criticized the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. Its critics include a group of miners. (Tom Hale "
               "signed their charter.)",
               "[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale declared the ruling a victory for the town."])
def _acts_of_the_day(doc: Doc, mentions: Mentions, anchors: list[tuple[Token, FoundEvent]], quotes, found: _Dates) -> list[FoundEvent] | None:
    published = doc._.published
    if published is None or not doc._.published_own:
        return None  # no date of the article's own (one an evaluation assumed dates no day's news)
    quoted, dated = Ranges(quotes), {e.sentence.start for _, e in anchors}
    acts = words("acts_of_the_day")
    out: list[FoundEvent] = []
    for sent in doc.sents:
        verb, subj = sent.root, None
        act = next((c for c in verb.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None) if verb.pos_ == "PROPN" else None
        if act is not None and any(c.dep_ == "appos" and c.i < act.i for c in verb.children):
            verb, subj = act, verb  # "X, a historian, called on ...", parsed with the name as the root
        reported = rules.first("event.also-reported", verb) if subj is None else None
        told = verb  # the verb the summary is told from: the source's, when it reports the act
        verb = reported or verb  # "X has resigned, her office said": the act, not the saying
        past = ("VBD", "VBN") if subj is not None else ("VBD",)  # the misparsed verb may be tagged a participle
        told_today = verb.tag_ in past or bool(rules.first("event.also-tense", verb))
        act = verb.lemma_.lower() in acts or bool(rules.first("event.also-act", verb))
        if sent.start in dated or not told_today or not act or told.idx in quoted or verb.idx in quoted:
            continue
        told_before = words("words_of_an_earlier_time")
        if found.in_sentence(sent) or any(c.lower_ in told_before or c.lower_ == "also" for c in verb.children):
            continue  # "Earlier, X tweeted ...": told as before the day's news; "also": as another act told before
        if _at_a_time_named_before(verb):
            continue  # "At the time, X announced ...", "That same month, X issued ...": the time of an act told before
        subj = subj or next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = mentions.at(subj) if subj is not None else None
        if m is None or m.kind != "person" or m.pronoun or m.in_quote:
            continue
        if _in_brackets(verb) or any(c.dep_ in ("ccomp", "oprd") and c.pos_ in _NOUN for c in verb.children):
            continue  # "(X signed its charter.)": an aside of background; "X declared the plan a success": a verdict
        if rules.first("event.also-veto", sent, found, published) or rules.first("event.also-unsure", told, verb):
            continue
        toks = _summary_tokens(told, doc[told.i : told.i])  # a report keeps who reports it
        if len(toks) < 2 or rules.first("event.also-empty", verb, toks):
            continue
        summary, people, orgs = _render(toks, mentions)
        if m.key not in people:
            people, summary = [m.key, *people], f"{mentions.entities[m.key].name} {summary}"
        shown = describe(told, mentions, published, published.isoformat())
        out.append(FoundEvent(published.isoformat(), "", summary, people, orgs, sent, shown))
    return out or None


@rule("event.also.act-not-asserted", stage="event.also-unsure", priority=10, action="veto",
      why="'Tom Hale never resigned', 'Officials did not say Ana Ruiz resigned', 'Officials denied that Ana Ruiz resigned', "
          "'Tom Hale resigned if the ruling stood': an act negated (negation.py), told under a negated verb of saying or a "
          "verb of denying (data/denying_verbs.txt), or bound to a condition (data/condition_marks.txt) is no act of the day.",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. Tom Hale never resigned as harbour master.",
                "[2025-03-06] The Tarrow court ruled on the mine. Officials never said Mayor Ana Ruiz resigned.",
                "[2025-03-06] The Tarrow court ruled on the mine. Officials denied that Mayor Ana Ruiz resigned.",
                "[2025-03-06] The Tarrow court ruled on the mine. Tom Hale resigned as harbour master if the ruling stood."],
      counter=["[2025-03-06] The Tarrow court ruled on the mine. Tom Hale resigned as harbour master after the ruling."])
def _act_not_asserted(told: Token, verb: Token) -> bool:
    conditions = words("condition_marks")
    conditional = any(c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in conditions for m in c.children)
                      for v in (told, verb) for c in v.children)
    return negated(told) or negated(verb) or told.lemma_.lower() in words("denying_verbs") or conditional


@rule("event.also.act-asked", stage="event.also-unsure", priority=20, action="veto",
      why="'Has Tom Hale resigned from the Dunmore board?': an act the story asks about in its own words (the sentence "
          "ends with a question mark) is not told as the day's news (as a dated one: event.find.direct-question).",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. Has Tom Hale resigned as harbour master?"])
def _act_asked(told: Token, verb: Token) -> bool:
    return asks(sent_of(told))


@rule("event.also.pledge-of-the-day-with-its-object", stage="event.also-act", priority=10, action="keep",
      why="'Mayor Ana Ruiz vowed revenge', 'Tom Hale pledged $2 million to the fund': a pledge (data/pledge_verbs.txt) "
          "with a direct object, what is pledged, is a public act of the day as those of data/acts_of_the_day.txt are "
          "(rule event.also.act-of-the-day-told-without-a-date); not one with a clause or an infinitive ('vowed to "
          "fight on', 'vowed he would appeal'), a plan the golds leave out undated.",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. Mayor Ana Ruiz vowed revenge against the mine owners.",
                "[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale promised the miners a new hearing."],
      counter=["[2025-03-06] The Tarrow court ruled on the mine. Mayor Ana Ruiz vowed to fight the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. Mayor Ana Ruiz vowed she would fight the ruling."])
def _pledge_with_its_object(verb: Token) -> bool:
    return verb.lemma_.lower() in words("pledge_verbs") and any(c.dep_ == "dobj" and c.pos_ in _NOUN for c in verb.children)


@rule("event.also.act-of-the-day-a-source-reports", stage="event.also-reported", priority=10, action="extend",
      why="'Tom Hale has resigned as harbour master, his office said', 'Officials said Ana Ruiz filed a complaint': a public "
          "act (data/acts_of_the_day.txt) told without a date in what a verb of saying (data/speech_verbs.txt) reports "
          "is the day's news as it is told alone (rule event.also.act-of-the-day-told-without-a-date: in the past or the "
          "present perfect, a person named as its subject); the summary keeps who reports it.",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. Tom Hale has resigned as harbour master, his office said.",
                "[2025-03-06] The Tarrow court ruled on the mine. Officials said Mayor Ana Ruiz filed an appeal against "
                "the ruling."],
      counter=["[2025-03-06] The Tarrow court ruled on the mine. Tom Hale had resigned as harbour master, his office said.",
               "[2025-03-06] The Tarrow court ruled on the mine. Officials said he filed an appeal against the ruling.",
               "[2025-03-06] The Tarrow court ruled on the mine. Officials said Mayor Ana Ruiz would file an appeal."])
def _reported_act(verb: Token) -> Token | None:
    if verb.pos_ != "VERB" or verb.lemma_.lower() not in words("speech_verbs"):
        return None
    return next((c for c in verb.children if c.dep_ == "ccomp" and c.lemma_.lower() in words("acts_of_the_day")), None)


def _in_brackets(tok: Token) -> bool:
    """Whether a word is inside round brackets its sentence opens before it and closes after it."""
    sent = sent_of(tok)
    opened = sum(1 if t.text == "(" else -1 if t.text == ")" else 0 for t in sent.doc[sent.start : tok.i])
    return opened > 0 and any(t.text == ")" for t in sent.doc[tok.i : sent.end])


@rule("event.also.bare-verb-of-saying-tells-nothing", stage="event.also-empty", priority=10, action="veto",
      why="'\"It is a disgrace,\" Tom Hale tweeted.', 'Ana Ruiz tweeted.' after a quotation: a verb of saying "
          "(data/speech_verbs.txt) with nothing after it but where it was said ('in a statement') attributes the "
          "quotation, which the story's quotes carry; "
          "the act of the day it would make, 'Tom Hale tweeted', says nothing ('Tom Hale resigned' still tells one), "
          "nor does the 'also' clause sharing a date it would make ('\"...,\" Ana Ruiz also tweeted.', rule "
          "event.also.also-clause-shares-a-date).",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. \"It is a disgrace to the town,\" Senator Tom Hale tweeted.",
                "[2025-03-06] The Tarrow court ruled on the mine. \"It is a disgrace to the town,\" Senator Tom Hale declared "
                "in a string of posts.",
                "[2025-03-06] Senator Tom Hale tweeted on Monday that the ferry ruling was a disgrace. \"The judges have "
                "never taken the ferry,\" Mayor Ana Ruiz also tweeted."],
      counter=["[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale tweeted that the ruling was a disgrace.",
               "[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale declared in a video, \"I made a mistake "
               "and I am sorry.\""])
def _bare_verb_of_saying(verb: Token, toks: list[Token]) -> bool:
    where = {t.i for c in verb.children if c.dep_ == "prep" and c.i > verb.i for t in c.subtree}  # "in a statement"
    after = [t for t in toks if t.i > verb.i and not t.is_punct and t.i not in where]
    return not after and verb.lemma_.lower() in words("speech_verbs")


@rule("event.also.act-of-the-day-in-the-present-perfect", stage="event.also-tense", priority=10, action="keep",
      why="'Senator Tom Hale has announced an appeal', 'Ana Ruiz has filed a complaint': the present perfect of a "
          "public act (data/acts_of_the_day.txt) told without a date is the day's news, as the past is (rule "
          "event.also.act-of-the-day-told-without-a-date); not the past perfect ('had announced'), told as before.",
      examples=["[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale has announced an appeal against the ruling."],
      counter=["[2025-03-06] The Tarrow court ruled on the mine. Senator Tom Hale had announced an appeal against the ruling."])
def _present_perfect_act(verb: Token) -> bool:
    return verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in verb.children)


@rule("event.also.act-in-a-paragraph-set-in-the-past", stage="event.also-veto", priority=10, action="veto",
      why="'The Tarrow Herald printed the letters last month. The letters showed ... Senator Tom Hale stepped down after "
          "they came out': an act told without a date in a paragraph whose last date before it is of a month or year "
          "gone by is told in that past, not as the day's news (rule event.also.act-of-the-day-told-without-a-date); "
          "it dates no event.",
      examples=["[2025-08-12] The Tarrow Herald published the letters last month. The letters showed how the board "
                "worked. Senator Tom Hale resigned after the letters came out."],
      counter=["[2025-08-12] The Tarrow Herald published the letters on Monday. The letters showed how the board "
               "worked. Senator Tom Hale resigned after the letters came out.",
               "[2025-08-12] The Tarrow Herald published the letters in 2025. The letters showed how the board "
               "worked. Senator Tom Hale resigned after the letters came out."])
def _act_in_a_past_paragraph(sent: Span, found: _Dates, published: date) -> bool:
    text = text_of(sent.doc)
    start = text.rfind("\n\n", 0, sent.start_char) + 1  # the paragraph's first character
    before = [e for e in found.ents if start <= e.start_char and e.end <= sent.start]
    if not before:
        return False
    iso = dates.resolve(before[-1].text, published, tense="past").iso
    return iso is not None and len(iso) <= 7 and iso < published.isoformat()[: len(iso)]  # "in 2025" in 2025 is no past


@rule("event.also.thing-as-subject-is-no-one", stage="event.also-subject", priority=10, action="veto",
      why="'The deal with lawyer Sarah Pryde, under which she paid a fine, also announced ...': an 'also' clause whose "
          "subject is a thing, not a name, is not the last-named person's doing (rule "
          "event.also.also-clause-shares-a-date).",
      examples=[("Tom Hale announced on 3 March 2021 that he would resign. The deal with lawyer Sarah Pryde, under which "
                 "she paid a fine, also announced a new fund for the Dunmore mine.")])
def _thing_as_subject(verb: Token, mentions: Mentions) -> bool:
    subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and subj.pos_ == "PROPN" and subj.ent_type_ in ("GPE", "LOC", "NORP"):
        m = mentions.at(subj)
        return m is None or m.kind != "person"  # "he believes Tarrow also meddled": a place, not the last person named
    if subj is None or subj.pos_ != "NOUN" or mentions.at(subj) is not None or title_word(subj):
        return False
    return not any(c.dep_ == "appos" for c in subj.children)  # "the head of X, Ana Ruiz, also ..." is hers


@rule("event.find.expectation-of-a-day-gone-by", stage="event.find", priority=121, action="veto",
      why="'Tarrow officials were expected in Dunmore on Monday', 'the survey team had been expected on Tuesday to visit "
          "the mine', told on or after that day: an expectation told in the past of a day that has come tells what "
          "was awaited, not that it happened (the source would tell it happened; data/expectation_lemmas.txt). "
          "What is expected of a day ahead is scheduled (event.tense.scheduled), and what was expected and happened "
          "is told by its own verb.",
      examples=["[2025-03-10] Tarrow officials were expected in Dunmore on Monday, but the meeting was called off.",
                "[2025-03-11] The Dunmore survey team had been expected on Tuesday to visit the mine."],
      counter=["[2025-03-07] Tarrow officials were expected in Dunmore next Monday.",
               "[2025-03-10] Tarrow officials arrived in Dunmore on Monday, as expected."])
def _expectation_of_a_day_gone_by(ent: Span, at: _DateAt) -> bool:
    verb = at.anchor
    if verb.dep_ == "xcomp" and verb.head.pos_ in _VERB:  # "was expected to visit ... on Tuesday"
        verb = verb.head
    if verb.lemma_.lower() not in words("expectation_lemmas") or verb.tag_ != "VBN":
        return False
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    if not any(c.dep_ == "auxpass" for c in auxes) or not any(c.lower_ in words("past_auxiliaries") for c in auxes):
        return False
    published = ent.doc._.published
    if published is None:
        return False
    told = dates.resolve(ent.text, published, tense="past", known_years=dates.known_years([e.text for e in at.found.ents]))
    return told.iso is not None and told.iso <= published.isoformat()[: len(told.iso)]


@rule("event.find.attribution-phrase", stage="event.find", priority=112, action="veto",
      why="'..., according to reports by the Tarrow Herald on Friday': the date of a report a sentence is attributed "
          "to dates the report, not what the sentence tells.",
      examples=["[2025-03-08] Tom Hale will face charges over the Tarrow fire, according to reports by the Dunmore "
                "Post on Friday."])
def _attribution_phrase(ent: Span, at: _DateAt) -> bool:
    return at.anchor.lower_ == "according" and at.anchor.dep_ == "prep"


def _post_author(ent: Span, mentions: Mentions) -> tuple[list, str, int] | None:
    """For a date on a post's signature line ('... — Tom Hale (@tomhale) March 3, 2025'): the
    people named in the signature, the post's text and where the line starts; else None."""
    text = text_of(ent.doc)
    line = text[text.rfind("\n", 0, ent.start_char) + 1 : ent.start_char]
    signed = post_signature(line)
    if signed is None:
        return None
    said_text, name_start = signed
    start = ent.start_char - len(line) + name_start
    named = [x for x in mentions.in_span(0, len(ent.doc), "person") if start <= ent.doc[x.start].idx < ent.start_char]
    return named, said_text, ent.start_char - len(line)


@rule("event.find.post-signed-by-no-one-named", stage="event.find", priority=123, action="veto",
      why="'... — tomhale (@tomhale) March 3, 2025': the date of a post embedded in the page, signed by a handle no person is"
          " named in, dates a post whose author the story does not name: no event (event.also.embedded-post takes those signed"
          " by a person).",
      examples=["[2025-03-06] Tom Hale spoke in Tarrow.\nThe fair was great. — tarrowfair (@tarrowfair) March 3, 2025"])
def _post_signed_by_no_one_named(ent: Span, at: _DateAt) -> bool:
    author = _post_author(ent, at.found.mentions)
    return author is not None and not author[0]


@rule("event.find.direct-question", stage="event.find", priority=154, action="veto",
      why="'Will the council vote on Friday?', 'A Tarrow harbor deal in March?': a question the story asks in its own "
          "words (its sentence ends with a question mark, not one it quotes: sentences.asks) states no happening.",
      examples=["[2025-03-12] Will the Dunmore council vote on Friday to close the harbor?",
                "[2025-03-12] A Tarrow harbor deal in March?\n\nTom Hale wants one."],
      counter=["[2025-03-12] Tom Hale asked on Friday whether the council would vote.",
               "[2025-03-12] Tom Hale asked the mayor on Friday: “Will the council vote?”"])
def _direct_question(ent: Span, at: _DateAt) -> bool:
    return asks(sent_of(at.anchor))


@rule("event.find.coarser-second-date-of-one-verb", stage="event.find", priority=155, action="veto",
      why="'Ana Ruiz on Sunday welcomed the return of the ferry last month': a verb happens once, so when the parse hangs a "
          "day and a coarser date (a week, a month, a year) on the same verb, the coarser one dates something else the "
          "clause tells of, not a second happening with the same words (one that lies ahead is left to "
          "event.find.date-ahead-on-a-past-act-dated-before).",
      examples=["[2025-03-09] Ana Ruiz on Sunday welcomed the return of the ferry last month after a long winter.",
                "[2025-03-09] Ana Ruiz on Saturday questioned the sale of the pier last year to a Tarrow firm."],
      counter=["[2025-03-09] Ana Ruiz welcomed the return of the ferry last month after a long winter."])
def _coarser_second_date(ent: Span, at: _DateAt) -> bool:
    published = ent.doc._.published
    if published is None or _governor(ent).i != at.anchor.i:
        return False  # one hung on a noun: event.find.date-of-a-noun-in-a-dated-clause
    iso = dates.resolve(ent.text, published).iso
    if iso is None or len(iso) == 10 or iso > published.isoformat()[: len(iso)] or ent[0].lower_ == "next":
        return False  # a day of its own, or a date ahead: event.find.date-ahead-on-a-past-act-dated-before
    return any(
        other.start != ent.start and len(dates.resolve(other.text, published).iso or "") == 10
        and _anchor(other).i == at.anchor.i
        for other in at.found.in_sentence(sent_of(at.anchor))
    )


@rule("event.find.post-by-someone-the-story-never-names", stage="event.find", priority=153, action="veto",
      why="'... — Ana Ruiz (@anaruiz) March 3, 2025' under a story that names her nowhere else: a post embedded in the "
          "page by someone the story's own text never names (only on a post's signature line) is an illustration, like "
          "a caption, not a happening the story tells (a signer the story shares only a surname with: one who shares "
          "nothing is no person at all, rule name.post-signature).",
      examples=["[2025-03-06] Ana Ruiz spoke in Tarrow on Monday.\nThank you, Tarrow, for a great night at the fair. "
                "— Tom Ruiz (@tomruiz) March 3, 2025"],
      counter=["[2025-03-06] Ana Ruiz spoke in Tarrow on Monday, and Tom Hale sang.\nThank you, Tarrow, for a great night at "
               "the fair. — Tom Hale (@tomhale) March 3, 2025"])
def _post_by_someone_never_named(ent: Span, at: _DateAt) -> bool:
    mentions = at.found.mentions
    author = _post_author(ent, mentions)
    if author is None or not author[0]:
        return False
    doc = ent.doc
    text = text_of(doc)

    def ends(key: str) -> tuple[str, str]:  # "Tom J. Hale" and "Tom Hale" are one person, the signature's and the text's
        parts = key.split() or [""]
        return parts[0], parts[-1]

    signer = ends(author[0][0].key)
    for m in mentions.mentions:
        if m.kind != "person" or m.pronoun or ends(m.key) != signer:
            continue
        end = doc[m.end - 1].idx + len(doc[m.end - 1].text)
        if not text[end : end + 3] == " (@":
            return False  # named in the story's own text (or a post's words), not only as a post's signer
    return True


@rule("event.find.date-inside-a-post", stage="event.find", priority=129, action="veto",
      why="'Today I met the Tarrow miners. — Tom Hale (@tomhale) March 3, 2025': a date inside the text of a post "
          "embedded in the page is the post's, told in its author's words on the day it was posted, not on the "
          "article's; the post is one event, dated by its signature (event.also.embedded-post).",
      examples=["[2025-03-06] Tom Hale spoke in Tarrow.\nToday at the Tarrow fair, I spoke with the miners about the "
                "mine. — Tom Hale (@tomhale) March 3, 2025"],
      counter=["[2025-03-06] On Monday, Ana Ruiz — Tarrow's mayor (@anaruiz) — said the Tarrow plant would close."])
def _date_inside_a_post(ent: Span, at: _DateAt) -> bool:
    text = text_of(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    end = text.find("\n", ent.end_char)
    line = text[start : end if end >= 0 else len(text)]
    handles = list(HANDLE.finditer(line))
    signed = post_signature(line[: handles[-1].end()]) if handles else None
    dated = bool(handles) and SIGNATURE_DATE.fullmatch(line[handles[-1].end() :]) is not None  # the line ends as a post's does
    return signed is not None and dated and ent.end_char - start <= len(signed[0])


@rule("event.also.embedded-post", stage="event.also", priority=30, action="add",
      why="'Thank you, Tarrow! — Tom Hale (@tomhale) March 3, 2025': a post embedded in the page, signed with its "
          "author's name, handle and date, is what its author posted that day. A post too long for a summary is cut "
          "after its last whole sentence that fits, never inside one ('X had stolen' for 'X had stolen $5 from Y'; "
          "not after 'Mr.').",
      examples=["[2025-03-06] Tom Hale spoke in Tarrow.\nThank you, Tarrow, for a great night at the fair. "
                "— Tom Hale (@tomhale) March 3, 2025",
                "[2025-03-06] Tom Hale spoke in Tarrow.\nWhy did the board wait so long to tell the people of Tarrow "
                "that the pier it had promised to mend every spring for ten years was never going to be mended at all? "
                "The chair who signed off on the plan had taken $9 from the fund and left town. Who knew? "
                "— Tom Hale (@tomhale) March 3, 2025"])
def _embedded_post(ent: Span, mentions: Mentions, published, years: dict[tuple[int, int], int]) -> FoundEvent | None:
    author = _post_author(ent, mentions)
    if author is None or not author[0]:
        return None
    named, said_text, line_start = author
    said = _whole_sentences(re.sub(r"\s*(?:https?://|pic\.twitter\.com/)\S*", " ", said_text).split(), MAX_SUMMARY_TOKENS)
    resolved = dates.resolve(ent.text, published, known_years=years)
    who = mentions.entities[named[0].key]
    # the evidence is the whole post with its signature: the parse may split the post into
    # sentences, and the signature's sentence alone does not hold what the summary quotes
    sent = sent_of(ent)
    post = ent.doc.char_span(min(line_start, sent.start_char), sent.end_char, alignment_mode="expand")
    return FoundEvent(resolved.iso, ent.text, f"{who.name} posted: {' '.join(said)}", [named[0].key], [], post or sent)


def _whole_sentences(said: list[str], most: int) -> list[str]:
    """The first `most` words of a post, cut back after the last of them that ends a sentence
    when the post is longer (all `most` when none does: a post of one long sentence)."""
    if len(said) <= most:
        return said
    ends = [k for k, w in enumerate(said[:most]) if _ends_a_sentence(w)]
    return said[: ends[-1] + 1] if ends else said[:most]


def _ends_a_sentence(word: str) -> bool:
    """Whether a post's word ends a sentence: '?', '!', or a full stop that closes no abbreviation
    ('U.S.', an initial 'J.', or one of data/honorifics.txt, ranks.txt, title_abbreviations.txt: 'Mr.', 'Sgt.', 'Sen.')."""
    w = word.rstrip("\"”’')")
    if w.endswith(("?", "!")):
        return True
    short = w.lower()
    return (w.endswith(".") and not _INITIALS.fullmatch(w) and short not in words_of("honorifics", "ranks")
            and short not in pairs("title_abbreviations"))


_INITIALS = re.compile(r"(?:[A-Za-z]\.)+")  # 'U.S.', 'p.m.', 'J.'


class _Told:
    """The dated events found, by the verb they are told with and by sentence, for the "also"
    clauses of a long article."""

    def __init__(self, anchors: list[tuple[Token, FoundEvent]]) -> None:
        self._by_sentence: dict[int, list[tuple[Token, FoundEvent]]] = {}
        by_lemma: dict[str, list[tuple[int, int, FoundEvent]]] = {}
        for n, (a, e) in enumerate(anchors):
            self._by_sentence.setdefault(e.sentence.start, []).append((a, e))
            if e.date:
                by_lemma.setdefault(a.lemma_, []).append((a.i, n, e))
        # per verb, in token order: where each is, and the event found last of those up to it
        self._lemma: dict[str, tuple[list[int], list[FoundEvent]]] = {}
        for lemma, found in by_lemma.items():
            found.sort(key=lambda f: f[0])
            latest: list[FoundEvent] = []
            best = None
            for _, n, e in found:
                best = (n, e) if best is None or n > best[0] else best
                latest.append(best[1])
            self._lemma[lemma] = ([i for i, _, _ in found], latest)

    def last_before(self, verb: Token) -> list[FoundEvent]:
        """The last event found (in the order found) told with `verb`'s verb before it, if any."""
        at, latest = self._lemma.get(verb.lemma_, ([], []))
        n = bisect_left(at, verb.i)
        return [latest[n - 1]] if n else []

    def in_sentence(self, sent: Span) -> list[tuple[Token, FoundEvent]]:
        return self._by_sentence.get(sent.start, [])
