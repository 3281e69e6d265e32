"""Who is mentioned where: people and organizations in one parsed article.

Built from spaCy's NER and the parse, then repaired the way news text needs:
- titles, ranks and honorifics are stripped from names ("Lt. Gen. Avi Levin");
- a surname alone is linked to the full name given earlier ("Levin" -> Avi Levin), also
  where the model tagged the surname as an organization or missed it;
- a proper name beside an organization noun is an organization ("the opposition party X");
- "Israel Defense Forces (IDF)" makes IDF an alias, and an acronym of a known name joins it;
- he / she / his / her and a relative "who" resolve to the person last named as a subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from functools import cache

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import phrases, words, words_of
from generator.extract.nlp import DASHES
from generator.extract.pronouns import SUBJECT_DEPS, _genders, _resolve_pronouns, antecedent  # noqa: F401 (SUBJECT_DEPS: for roles.py)
from generator.extract.rules import VETO, Done, rule
from generator.extract.sentences import text_of
from generator.extract.textindex import occurrences

NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "del", "da", "di", "van", "von", "der", "den", "la", "le", "du", "ben", "bint", "abu", "dos", "das", "y", "st."})
NAME_ENT_TYPES = ("", "DATE", "PERSON")  # what the model may call a name beside a title
POSSESSIVE = ("'s", "’s", "'", "’")
KIN = frozenset({
    "daughter", "son", "wife", "husband", "brother", "sister", "mother", "father", "widow", "widower", "grandson", "granddaughter",
    "partner", "stepson", "stepdaughter", "stepfather", "stepmother", "niece", "nephew", "cousin", "fiancee", "fiancée", "fiance",
})
SEAT_HOLDERS = frozenset({"mp", "msp", "mep", "mla", "am", "member", "representative", "senator", "congressman", "congresswoman", "councillor", "councilor", "candidate", "assemblyman", "assemblywoman", "delegate"})


@dataclass
class Entity:
    kind: str  # "person" or "org"
    name: str
    aliases: set[str] = field(default_factory=set)
    ranks: list[str] = field(default_factory=list)
    partial: bool = False  # a single name never given in full in this article
    addressed: bool = False  # written after an honorific at least once ("Lord X")


@dataclass(frozen=True)
class Mention:
    start: int  # token index
    end: int
    key: str
    kind: str
    pronoun: bool = False
    in_quote: bool = False


class Mentions:
    """Entities of one article and the token spans that mention them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self._by_token: dict[int, Mention] = {}
        self._sorted: list[Mention] = []
        self._starts: list[int] = []
        self.genders: dict[str, str] = {}  # person key -> "m" or "f", where the text tells
        self.quoted: Callable[[int], bool] = lambda char: False  # whether a character offset is inside a quotation
        self.described: dict[int, str] = {}  # token of a title standing for someone ("The Tory leader said") -> person
        self._first: dict[tuple[str, str, bool], int] = {}  # (key, kind, pronoun) -> where it is first mentioned so
        self._of_kind: dict[str, tuple[list[int], list[Mention]]] = {}  # kind -> its mentions' starts, and them
        self._last_words: dict[str, dict[str, set[str]]] = {}  # kind -> last word -> keys
        self._described_sorted: tuple[dict[int, str], list[int], list[tuple[int, str]]] | None = None

    def reresolve_pronouns(self, described: dict[int, str]) -> bool:
        """Resolve pronouns again, now also after titles standing for someone; whether any
        pronoun now means someone else."""
        before = {m.start: m.key for m in self._sorted if m.pronoun}
        self.described = described
        kept = [m for m in self._sorted if not m.pronoun]
        self._by_token, self._sorted, self._starts, self._first = {}, [], [], {}
        self._of_kind.clear()
        self._last_words.clear()
        for m in kept:
            self.add(m)
        _resolve_pronouns(self.doc, self, self.quoted)
        return before != {m.start: m.key for m in self._sorted if m.pronoun}

    def _described_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The titles standing for someone at tokens lo <= i < hi, in token order."""
        cached = self._described_sorted
        if cached is None or cached[0] is not self.described:
            items = sorted(self.described.items())
            cached = self._described_sorted = (self.described, [i for i, _ in items], items)
        _, at, items = cached
        return items[bisect_left(at, lo) : bisect_left(at, hi)]

    def taken(self, start: int, end: int) -> bool:
        return any(i in self._by_token for i in range(start, end))

    def add(self, mention: Mention) -> None:
        if self.taken(mention.start, mention.end):
            return
        for i in range(mention.start, mention.end):
            self._by_token[i] = mention
        at = bisect_left(self._starts, mention.start)
        self._starts.insert(at, mention.start)
        self._sorted.insert(at, mention)
        first = (mention.key, mention.kind, mention.pronoun)
        self._first[first] = min(self._first.get(first, mention.start), mention.start)
        self._of_kind.clear()
        self._last_words.clear()

    @property
    def mentions(self) -> list[Mention]:
        return self._sorted

    def at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def in_span(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        found = self._sorted[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return found if kind is None else [m for m in found if m.kind == kind]

    def named_before(self, key: str, kind: str, before: int, pronouns: bool = True) -> bool:
        """Whether `key` has a mention of `kind` starting before token `before` (a pronoun's
        too, unless `pronouns` is false): `any(m.key == key for m in in_span(0, before, kind))`."""
        starts = [self._first.get((key, kind, False)), self._first.get((key, kind, True)) if pronouns else None]
        return any(s is not None and s < before for s in starts)

    def keys_ending_in(self, word: str, kind: str) -> set[str]:
        """Keys of several words mentioned as `kind` whose last word, lower case, is `word`."""
        table = self._last_words.get(kind)
        if table is None:  # built when first asked after a change
            table = self._last_words[kind] = {}
            for key, kind_, _ in self._first:
                if kind_ == kind and len(key.split()) > 1:
                    table.setdefault(key.split()[-1].lower(), set()).add(key)
        return table.get(word, set())

    def last_before(self, before: int, kind: str) -> Mention | None:
        """The last mention of `kind` starting before token `before`."""
        of_kind = self._of_kind.get(kind)
        if of_kind is None:  # built when first asked after a change
            found = [m for m in self._sorted if m.kind == kind]
            of_kind = self._of_kind[kind] = ([m.start for m in found], found)
        n = bisect_left(of_kind[0], before)
        return of_kind[1][n - 1] if n else None

    def antecedent(self, before: int, gender: str | None = None) -> str | None:
        """The person a pronoun at token `before` most likely means (see pronouns.py)."""
        return antecedent(self, before, gender)


DEMONYMS = frozenset({  # "fellow Welshman Ray Rendle": no part of the name
    "welshman", "welshwoman", "scotsman", "scotswoman", "englishman", "englishwoman", "irishman", "irishwoman",
    "frenchman", "frenchwoman", "dutchman", "dutchwoman", "countryman", "countrywoman",
})
SURNAME_TITLES = frozenset({"king", "bishop", "judge", "prince", "dean"})  # titles that are common surnames
POSTNOMINALS = frozenset({"qc", "kc", "obe", "mbe", "cbe", "kbe", "frs"})


def _clean_text(span: Span) -> str:
    return " ".join(t.text for t in span if t.pos_ != "DET")


@cache
def _synonyms() -> dict[str, frozenset[str]]:
    """Name -> every name of that organization (data/org_synonyms.txt)."""
    groups = [frozenset(line.split("|")) for line in phrases("org_synonyms")]
    return {name: group for group in groups for name in group}


@cache
def _synonyms_folded() -> dict[str, frozenset[str]]:
    """The same, looked up whatever the case ("Conservative party")."""
    return {name.casefold(): group for name, group in _synonyms().items()}


def title_word(tok: Token) -> bool:
    """A title word or its plural ("MP", "MPs", "secretaries")."""
    titles = words("titles")
    return tok.lower_ in titles or tok.lower_.removesuffix("s") in titles or tok.tag_ == "NNS" and tok.lemma_.lower() in titles


def _strip_name(span: Span) -> tuple[Span, list[str]] | None:
    """Drop determiners, titles, ranks and possessives around a name; return it and the ranks."""
    stop = words_of("titles", "ranks", "honorifics") | DEMONYMS
    start, end, ranks = span.start, span.end, []
    doc = span.doc
    while start < end and (doc[start].lower_ in stop or doc[start].pos_ == "DET" or doc[start].is_punct):
        if doc[start].lower_ in words("ranks"):
            ranks.append(doc[start].text)
        start += 1
    given = doc[start].lower_ in words_of("first_names_male", "first_names_female")  # not "Elmton North MP", a seat
    while end > start and (doc[end - 1].text in POSSESSIVE or doc[end - 1].is_punct or doc[end - 1].pos_ == "DET" and end - start > 2 or doc[end - 1].lower_ in POSTNOMINALS or doc[end - 1].text in ("MP", "MSP", "MEP") and end - start > 2 and given):
        end -= 1  # "Jo Lane QC", "Sam Reed MP" (the office is read as a title after the name)
    # a title or party inside the span: the name is what follows it ("Lib Dem MP X", "MPs - X")
    dashes = [i for i in range(start + 1, end - 1) if doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_]
    if dashes and not title_word(doc[dashes[0] - 1]) and dashes[0] - start >= 2:
        end = dashes[0]  # "Fund manager Jo Hale - the club's largest investor": the name before the dash
    inner = [i for i in range(start, end - 1) if title_word(doc[i]) or doc[i].text in ("-", "–", "—") and doc[i - 1].whitespace_]
    if inner and end - (inner[-1] + 1) >= 2:
        start = inner[-1] + 1
    for k in (3, 2, 1):  # "Lib Dem Tom Baird"; "Tory Dominic" + "Greer", cut short by the model
        if end - start > k and doc[start : start + k].text in _synonyms():
            if end - (start + k) == 1 and end < len(doc) and title_word(doc[end]):
                return None  # "Green Treasury" + "spokesman X": a party and a portfolio
            if end - (start + k) == 1 and end < len(doc) and doc[end].is_title and doc[end].pos_ == "PROPN" and not doc[end].ent_type_:
                end += 1
            if end - (start + k) >= 2:
                start += k
            break
    if start >= end:
        return None
    j = end
    while j < len(doc) and doc[j].is_lower and doc[j].lower_ in NAME_PARTICLES:
        j += 1
    if (j > end or doc[end - 1].lower_ in NAME_PARTICLES) and j < len(doc) and doc[j].is_title and doc[j].is_alpha:
        end = j + 1  # "Jan van" + "der Berg", cut short by the model
    name = doc[start:end]
    if name[-1].lower_ in SITE_NOUNS and name[-1].is_title:
        return None  # "Elm Road", "Elm Tower": a street or building (but Park, Lane and Hall are surnames too)
    # a surname that is also a rank or title ("Tom Major", "Ann Field", "Joe Bishop") follows a given name
    surname_rank = len(name) >= 2 and name[-1].lower_ in words("ranks") | SURNAME_TITLES and name[-2].lower_ not in stop and not title_word(name[-2])
    if (name[-1].lower_ in stop or title_word(name[-1])) and not surname_rank:
        return None  # "Tory Treasurer Lord": a title with the name cut off; "Labour MPs"
    for tok in name:
        if tok.is_lower and tok.lower_ not in NAME_PARTICLES and tok.text != "-":
            return None
        if tok.like_num:
            return None
    return name, ranks


def _after_kin(span: Span) -> bool:
    """A name after a kinship noun: "his brother Kiran", "their father, Arun Mehta", "his wife,
    ex-model Nell" (after a comma, titles may come between)."""
    doc, k = span.doc, span.start - 1
    if k >= 0 and doc[k].lower_ in KIN:
        return True
    while k > 0 and span.start - k <= 4 and (title_word(doc[k]) or doc[k].text == "-" or doc[k].lower_ in ("ex", "former")):
        k -= 1
    return k > 0 and doc[k].text == "," and doc[k - 1].lower_ in KIN


def _in_programme_title(ent: Span) -> bool:
    """"Sky News' Sunday with Jo Bell", "Channel 9's Breakfast with Hart": a name in the title of
    a broadcaster's programme (a capitalized word and "with" after the broadcaster's possessive)."""
    doc, k = ent.doc, ent.start
    if k < 4 or doc[k - 1].lower_ != "with" or not doc[k - 2].is_title:
        return False
    return any(doc[j].text in POSSESSIVE and doc[j - 1].ent_type_ == "ORG" for j in range(max(1, k - 5), k - 2))


def _with_given_name(ent: Span) -> Span:
    """"Nia" + "Wyn Jones": a given name the model left out of the name it tags."""
    doc = ent.doc
    if ent.start == 0 or len(ent) > 3:
        return ent
    before = doc[ent.start - 1]
    if len(ent) == 1 and before.lower_ not in words_of("first_names_male", "first_names_female"):
        return ent  # a full name the model tagged, or a known given name: not "Senior" + "Labour"
    stop = words_of("titles", "ranks", "honorifics", "party_words", "org_nouns")
    inside_title = ent.start >= 2 and (doc[ent.start - 2].lower_ in ("of", "for", "and") or title_word(doc[ent.start - 2]))  # "Chief of Staff X"
    if before.pos_ == "PROPN" and before.is_title and before.is_alpha and not before.ent_type_ and before.lower_ not in stop and not title_word(before) and not inside_title:
        return doc[ent.start - 1 : ent.end]
    return ent


class _Spellings:
    """Full names (two words or more) by every form of their surname with one letter left out
    (not the first), and by each hyphen-free tail, so that `_same_surname` is only asked of
    names it may hold for, not of every name in a long article."""

    def __init__(self) -> None:
        self._surname: dict[str, set[str]] = {}
        self._shorter: dict[str, set[str]] = {}
        self._tail: dict[str, set[str]] = {}

    def add(self, full: str) -> None:
        last = surname(full)
        self._surname.setdefault(last, set()).add(full)
        for j in range(1, len(last)):
            self._shorter.setdefault(last[:j] + last[j + 1 :], set()).add(full)
        flat = full.replace("-", " ")
        for j, ch in enumerate(flat):
            if ch == " ":
                self._tail.setdefault(flat[j + 1 :], set()).add(full)

    def candidates(self, single: str) -> set[str]:
        """A superset of the names `_same_surname(name, single)` holds for."""
        out = set(self._shorter.get(single, ()))  # "Elliott" for "Elliot"
        for j in range(1, len(single)):
            out |= self._surname.get(single[:j] + single[j + 1 :], set())  # "Elliot" for "Elliott"
        if "-" in single:
            out |= self._tail.get(single.replace("-", " "), set())
        return out


def _same_surname(full: str, single: str) -> bool:
    """Whether a one-word name is the surname of `full`, spelt another way: "Ms Elliott" for
    "Jane Elliot", "Mr Hale-Smith" for "John Hale Smith"."""
    return _one_letter_apart(surname(full), single) or "-" in single and full.replace("-", " ").endswith(" " + single.replace("-", " "))


def _one_letter_apart(a: str, b: str) -> bool:
    """"Elliot" and "Elliott", "Peters" and "Pieters": one spelling has one letter more (not the
    first), the shorter at least five letters long."""
    short, long_ = sorted((a, b), key=len)
    if len(short) < 5 or len(long_) != len(short) + 1:
        return False
    i = next((k for k in range(len(short)) if short[k] != long_[k]), len(short))
    return i > 0 and long_[:i] + long_[i + 1 :] == short


def _add_name(stripped: tuple[Span, list[str]] | None, people: list[tuple[Span, list[str]]], singles: list[Span]) -> None:
    """A name found outside the model's PERSON tags: a full name to `people`, one word (or a
    surname with its particle, "Van der Berg") to `singles`."""
    if stripped is None:
        return
    if len(stripped[0]) > 1 and " " in stripped[0].text and not _surname_with_particle(stripped[0]):  # "Hale-Bury": one word
        people.append(stripped)
    else:
        singles.append(stripped[0])


def _surname_with_particle(name: Span) -> bool:
    """"(Mr) Van der Berg", "De Gaulle": a surname alone, not a first and last name."""
    return len(name) > 1 and name[0].lower_ in SURNAME_PREFIXES  # not "Al Gore", "Ben Smith"


SURNAME_PREFIXES = frozenset({"van", "von", "de", "der", "den", "du", "da", "di", "del", "le", "la", "dos", "das"})


def name_text(span: Span) -> str:
    text = span.text
    for p in POSSESSIVE:
        if text.endswith(p) and len(text) > len(p) + 1:
            text = text[: -len(p)]
    return re.sub(r"\s+", " ", text).strip()


def surname(name: str) -> str:
    return name.split()[-1]


def _org_noun_spans(doc: Doc) -> list[Span]:
    """Proper names beside organization nouns: 'party X', 'X and Y agencies', 'Southern Command'."""
    nouns = sorted(words("org_nouns"))
    matcher = Matcher(doc.vocab)
    propn = {"POS": "PROPN", "OP": "+", "ENT_TYPE": {"NOT_IN": ["DATE", "GPE", "NORP", "CARDINAL"]}}
    noun = {"LOWER": {"IN": nouns}}
    # "the Daily Courier newspaper": a paper's name may start with a word the model reads as a date
    day = {"LOWER": {"IN": ["daily", "sunday", "weekly", "evening"]}, "IS_TITLE": True, "OP": "?"}
    outlet = {"LOWER": {"IN": sorted(words("outlet_words"))}, "IS_TITLE": True}
    kind = {"POS": "NOUN", "IS_LOWER": True, "OP": "?"}  # "the Tal Dor security agency"
    matcher.add("AFTER", [[day, propn, kind, noun], [day, propn, outlet], [{k: v for k, v in day.items() if k != "OP"}, outlet]], greedy="LONGEST")  # "Sunday Courier"
    matcher.add("PAPER", [[{"LOWER": "the"}, {**outlet, "ENT_TYPE": {"NOT_IN": ["PERSON"]}}]])  # "told the Observer"
    # after a lowercase noun, a capitalized word is a name even when tagged as a verb: "the law firm Dods Harrow"
    named = {**propn, "POS": {"IN": ["PROPN", "VERB", "NOUN"]}, "IS_TITLE": True}
    matcher.add("BEFORE", [[{**noun, "IS_LOWER": True}, named]], greedy="LONGEST")
    matcher.add("PAIR", [[propn, {"LOWER": "and"}, propn, {**noun, "IS_LOWER": True}]], greedy="LONGEST")
    # "Department for Work and Pensions", "Ministry of Defence", "Committee on Standards"
    capital = {"IS_TITLE": True, "POS": "PROPN"}
    matcher.add("OF", [[{**noun, "IS_TITLE": True}, {"LOWER": {"IN": ["of", "for", "on"]}}, {"LOWER": "the", "OP": "?"}, capital, {"LOWER": {"IN": ["and", "&"]}}, capital],
                       [{**noun, "IS_TITLE": True}, {"LOWER": {"IN": ["of", "for", "on"]}}, {**capital, "OP": "+"}]], greedy="LONGEST")
    titles = words_of("titles", "ranks")
    spans: list[Span] = []
    matches = matcher(doc)
    named_after = {start + 1 for match_id, start, _ in matches if doc.vocab.strings[match_id] == "BEFORE"}
    for match_id, start, end in matches:
        label = doc.vocab.strings[match_id]
        if label == "AFTER" and end in named_after:
            continue  # "Civil Rights group Fairplay": a description of the body named after the noun
        if label in ("BEFORE", "PAPER"):
            start += 1
        else:
            while end > start + 1 and doc[end - 1].is_lower:
                end -= 1  # "X party", "X security agency": the name is X; "Southern Command": the noun is part of it
        if label == "PAIR":
            mid = next(i for i in range(start, end) if doc[i].lower_ == "and")
            spans += [doc[start:mid], doc[mid + 1 : end]]
        else:
            spans.append(doc[start:end])
    return [s for s in spans if s.text.strip() and not any(t.lower_ in titles for t in s)]


def _person_tail(ent: Span, honored: set[str]) -> tuple[Span, Span] | None:
    """An organization or title the model ran on into the name after it: "the Housing Agency
    Mark Bell", "party leader Ailsa Murdo", "Acme Group Paul Kerr" (a given name, or "Mr Kerr"
    elsewhere) -> (the part before, the name)."""
    doc, stop = ent.doc, words_of("org_nouns", "titles")
    given = words_of("first_names_male", "first_names_female")
    for k in (ent.end - 2, ent.end - 3):
        if k <= ent.start:
            continue
        named = doc[k].lower_ in given | words("honorifics") or k == ent.end - 2 and doc[k].is_alpha and ent[-1].text in honored
        if doc[k - 1].lower_ not in stop and not named:
            continue  # "the Housing Agency Mark Bell"; a given name starts the tail, or "Mr Kerr" is written elsewhere
        tail = doc[k : ent.end]
        if "-" in (doc[k - 1].text, doc[k].text) or any(t.lower_ in stop for t in tail):
            continue  # "Senate Armed Services Committee": an organization all through
        if all(t.pos_ == "PROPN" and t.is_title or t.text == "-" for t in tail) and tail[-1].text != "-":
            return doc[ent.start : k], tail
    return None


def _untagged_appositive_names(doc: Doc) -> list[Span]:
    """Names the model left untagged (often one that is also a month or a word: "Jane
    May") in apposition to a title: "The Shadow Secretary for the Family, Jane May, said"."""
    titles = words("titles")
    out = []
    for tok in doc:
        # "Jane May, Tory shadow secretary, said": a title in apposition after the name (as the
        # parse has it, or a given name, a comma and a title within a few words)
        given = tok.i > 0 and doc[tok.i - 1].lower_ in words_of("first_names_male", "first_names_female") and doc[tok.i - 1].pos_ == "PROPN"
        after = doc[tok.i + 1 : tok.i + 8]
        comma_title = given and len(after) > 1 and after[0].text == "," and any(t.lower_ in titles for t in after[1:] if t.text != ",")
        if tok.pos_ == "PROPN" and tok.ent_type_ in ("", "DATE") and (comma_title or any(c.dep_ == "appos" and c.i > tok.i and c.lower_ in titles for c in tok.children)):
            parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
            stripped = _strip_name(doc[parts[0].i : tok.i + 1])
            span = stripped[0] if stripped else None
            if span is not None and 2 <= len(span) <= 3 and all(t.pos_ == "PROPN" and t.is_title and t.ent_type_ in ("", "DATE") for t in span):
                out.append(span)
            continue
        if tok.dep_ != "appos" or tok.pos_ != "PROPN" or tok.ent_type_ not in NAME_ENT_TYPES:
            continue
        parts = [c for c in tok.lefts if c.dep_ == "compound"] + [tok]
        stripped = _strip_name(doc[parts[0].i : tok.i + 1])
        if stripped is None:
            continue
        span = stripped[0]
        if not 2 <= len(span) <= 3 or any(not (t.pos_ == "PROPN" and t.is_title) or t.ent_type_ not in NAME_ENT_TYPES for t in span):
            continue
        head = tok.head
        for _ in range(3):
            if head.lower_ in titles:
                out.append(span)
                break
            head = head.head
    return out


def _honored_surnames(doc: Doc) -> set[str]:
    """Words written after Mr, Ms, Dr ... or a kinship noun ("daughter Victoria"): names of
    people, whatever the model tagged them."""
    cues = words("honorifics") | KIN
    return {doc[i + 1].text for i in range(len(doc) - 1) if doc[i].lower_ in cues and doc[i + 1].pos_ == "PROPN"}


def seat_tokens(doc: Doc) -> set[int]:
    """Tokens naming the seat a legislator holds ("MP for Kensington and Chelsea", "the
    senator from Ohio", "the seat of Oldbury"): a place, neither a person nor an organization."""
    out: set[int] = set()
    for tok in doc:
        if tok.lower_ == "of" and tok.head.lemma_.lower() in ("seat", "constituency") and tok.head.head is not tok.head:
            out.update(t.i for c in tok.children if c.dep_ == "pobj" and c.pos_ == "PROPN" for t in c.subtree)  # "the seat of Oldbury"
        if tok.lower_ in ("seat", "constituency") and tok.i > 0 and doc[tok.i - 1].pos_ == "PROPN":
            out.update(t.i for c in tok.children if c.dep_ == "compound" and c.pos_ == "PROPN" for t in c.subtree)  # "the Elmton North seat"
        # "MP for Elmton", "entered Parliament for Elmton North"
        if tok.lower_ in ("for", "from") and (tok.head.lower_ in SEAT_HOLDERS or tok.i > 0 and doc[tok.i - 1].lower_ in ("parliament", "commons")):
            for obj in tok.children:
                seat = list(obj.subtree)
                party = tok.head.lower_ == "candidate" and any(t.ent_type_ == "ORG" or t.lower_ in words("org_nouns") for t in seat)
                if obj.dep_ == "pobj" and obj.pos_ == "PROPN" and not party:
                    out.update(t.i for t in seat)  # but a candidate stands for a party, too
    return out


def _given_name_after_title(ent: Span) -> bool:
    """"Canon Declan" + "Ross-O'Dea" tagged an organization: a one-word (perhaps
    hyphenated) surname after an untagged capitalized word after a title."""
    doc = ent.doc
    if ent.start < 2 or " " in ent.text or not ent[0].is_title or not ent.text.replace("-", "").replace("'", "").isalpha():
        return False
    given, title = doc[ent.start - 1], doc[ent.start - 2]
    stop = words_of("titles", "ranks", "honorifics", "party_words", "org_nouns")
    return (
        given.pos_ == "PROPN" and given.is_title and given.is_alpha and not given.ent_type_ and given.lower_ not in stop
        and (title_word(title) or title.lower_ in words("honorifics")) and title.is_title
    )


def _person_named_as_org(ent: Span, honored: set[str]) -> bool:
    """A name the model tagged as an organization (or a place, a work of art): "party leader
    Ailsa Murdo" (a title just before it), "X - another board member" (one just after), or
    a surname written elsewhere after Mr/Ms, or a kinship noun just before it ("their father, X")."""
    if ent[0].lower_ in words("honorifics") and ent[0].is_title:
        return True  # "Mr Van der Berg"
    if len(ent) == 1 and ent[0].is_title and ent[0].is_alpha and _after_kin(ent):
        return True  # "his wife, ex-model Nell"
    end = ent.end
    if len(ent) > 2 and ent[-1].lower_ in POSTNOMINALS:
        ent = ent[:-1]  # "Jo Lane QC, a member of ..."
    doc = ent.doc
    if ent.start and doc[ent.start - 1].lower_ in words("honorifics") and doc[ent.start - 1].is_title and all(t.is_title or t.text == "-" for t in ent):
        return True  # "Lord Hale-Bury, a former MP,"
    if not 2 <= len(ent) <= 3 or any(not (t.pos_ == "PROPN" and t.is_title) for t in ent):
        return False
    if any(t.lower_ in words("org_nouns") for t in ent):
        return False
    before = doc[ent.start - 1] if ent.start else None
    if before is not None and before.text == "," and ent.start >= 2 and title_word(doc[ent.start - 2]):
        before = doc[ent.start - 2]  # "a state appointed administrator, Marco Ricci,"
    # "Ravi Mehta - another board member", "X, a confidant": a title in apposition after it
    after = doc[end + 1 : end + 5] if end < len(doc) and doc[end].text in (",", "-", "–", "—") else []
    # (not "In Bethnal Row, former MP Jo Dane": the title there belongs to the name after it)
    titled_after = any(title_word(t) for t in after) and not any(t.pos_ in ("VERB", "AUX", "PRON", "SCONJ") or t.ent_type_ == "PERSON" and title_word(doc[t.i - 1]) for t in after)
    # "Vince Carl" tagged as an organization: a given name, and a last word no building or street
    given = ent[0].lower_ in words_of("first_names_male", "first_names_female") and ent.label_ != "GPE" and ent[-1].lower_ not in PLACE_NOUNS
    return given or ent[-1].text in honored or titled_after or _after_kin(ent) or (
        before is not None and before.lower_ in words("titles") and before.lower_ not in ("general", "justice", "attorney")
    )


SITE_NOUNS = frozenset({"road", "street", "avenue", "square", "gardens", "tower", "centre", "center", "palace", "station"})  # streets and buildings, rarely surnames
PLACE_NOUNS = SITE_NOUNS | {"house", "hall", "lane", "place", "park", "bridge", "court"}


def _organizations_named_like_people(doc: Doc, honored: set[str]) -> set[str]:
    """PERSON names used as organizations: "Smith Jones, which has a client ...",
    "executive partner of Smith Jones", "a director at Smith Jones", "shares in Smith Jones",
    "Smith Jones, the football club," (never "Mr Jones")."""
    titles = words("titles")
    out = set()
    for ent in doc.ents:
        if len(ent) < 2 or ent[-1].text in honored:
            continue
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in ("share", "stake"):
            out.add(ent.text)  # "shares in Hale Rovers", whatever the model tagged it
        # "Hale Rovers, the city's football club," / "the football club and former champion Hale Rovers"
        bodies = [c for c in ent.root.children if c.dep_ == "appos"] + ([ent.root.head] if ent.root.dep_ == "conj" else [])
        if any(b.pos_ == "NOUN" and b.lower_ in words("org_nouns") for b in bodies):
            out.add(ent.text)
        if ent.label_ != "PERSON" or any(c.dep_ == "compound" and c.i < ent.start for c in ent.root.children):
            continue  # "the Housing Agency Mark Bell": a name the parse ran together with more
        after = doc[ent.end : ent.end + 2]
        if any(t.lower_ == "which" for t in after):
            out.add(ent.text)
        if ent.root.dep_ == "pobj" and prep.lower_ in ("of", "at") and prep.head.lower_ in titles | {"partner", "member", "client"}:
            out.add(ent.text)
    return out


def _named_institutions(doc: Doc) -> list[Span]:
    """Parties named by an adjective before "party" ("the Conservative party") or a title
    ("Conservative leader"), and seats of government that stand for it ("Downing Street said")."""
    out = [
        doc[t.i : t.i + 2] for t in doc[:-1]
        if t.is_title and t.lower_ in words("party_adjectives") and doc[t.i + 1].lower_ == "party"
    ]
    # "Former Conservative leader X", "Labour MPs": the party, which the model tags as a group
    out += [doc[t.i : t.i + 1] for t in doc[:-1] if t.is_title and t.ent_type_ in ("NORP", "") and t.lower_ in words("party_adjectives") and title_word(doc[t.i + 1])]
    out += [doc[t.i : t.i + 2] for t in doc[:-2] if t.is_title and doc[t.i : t.i + 2].text in _synonyms() and title_word(doc[t.i + 2])]  # "Liberal Democrat leader"
    # "Conservative health spokesman": a portfolio in lower case between the party and the title
    out += [
        doc[t.i : t.i + 1] for t in doc[:-2]
        if t.is_title and t.ent_type_ in ("NORP", "") and t.lower_ in words("party_adjectives")
        and any(title_word(doc[k]) and all(doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") for j in range(t.i + 1, k)) for k in range(t.i + 2, min(t.i + 4, len(doc))))
    ]
    # party names of more than one word, or acronyms, which the model may leave untagged (a two-word party name)
    for name in _synonyms():
        if len(name.split()) > 1 or name.isupper():
            for start, end in occurrences(doc, name):
                span = doc.char_span(start, end)
                if span is not None and not any(t.ent_type_ == "ORG" for t in span):
                    out.append(span)
    # "the Northern Executive": a governing body, though "executive" is also a title
    for t in doc:
        if t.text == "Executive" and t.i >= 2 and doc[t.i - 1].is_title and doc[t.i - 1].lower_ not in words("titles"):
            start = t.i - 1
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "and") and doc[start - 1].lower_ not in words("titles"):
                start -= 1
            if start > 0 and doc[start - 1].lower_ == "the" and doc[start].is_title:
                out.append(doc[start : t.i + 1])
    for phrase in phrases("government_seats") + phrases("legislatures"):
        for start, end in occurrences(doc, phrase):
            span = doc.char_span(start, end)
            modifier = span is not None and _modifies_next(span)
            if span is not None and not (modifier and phrase in phrases("legislatures")):
                out.append(span)  # but "their Commons clashes" names no body
    return out


def _modifies_next(span: Span) -> bool:
    """"the Commons work and pensions committee", "the Commons' home affairs committee": a name
    modifying the noun after it."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in POSSESSIVE and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN")


def _parties_named_by_members(doc: Doc) -> list[Span]:
    """"the Liberal Democrats said", "Republicans", "the Lib Dems": parties named by their
    members, which the model tags as a group (NORP) or leaves untagged."""
    out = []
    for tok in doc:
        if not tok.is_title or tok.lower_ not in words("party_words") or tok.ent_type_ not in ("", "NORP"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].ent_type_ == tok.ent_type_ != "":
            continue  # the party word is not the last of the name
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].ent_type_ in ("", "NORP"):
            start -= 1
        out.append(doc[start : tok.i + 1])
    return out


def _acronyms(name: str) -> set[str]:
    """"Israel Defense Forces" -> {"IDF"}; "UK Independence Party" -> {"UIP", "UKIP"};
    "Department of Justice" -> {"DJ", "DOJ"}."""
    words_ = [w for w in name.split() if w[0].isupper()]
    every = [w for w in name.split() if w.lower() not in ("and", "&", "the")]
    return {"".join(w[0] for w in words_), "".join(w if w.isupper() else w[0] for w in words_), "".join(w[0] for w in every).upper()}


def _inverted(name: str) -> str | None:
    """"Justice Department" <-> "Department of Justice", "Defence Ministry" <-> "Ministry of Defence"."""
    parts = name.split()
    if len(parts) == 2 and parts[1].lower() in ("department", "ministry", "office", "committee", "commission"):
        return f"{parts[1]} of {parts[0]}"
    if len(parts) == 3 and parts[1] == "of" and parts[0].lower() in ("department", "ministry", "office", "committee", "commission"):
        return f"{parts[2]} {parts[0]}"
    return None


def build(doc: Doc, quotes: list[tuple[int, int]]) -> Mentions:
    """Index the people and organizations of `doc`; `quotes` are quotation char spans."""
    index = Mentions(doc)
    quote_starts = [q[0] for q in quotes]

    def in_quote(char: int) -> bool:
        i = bisect_left(quote_starts, char + 1) - 1
        return i >= 0 and quotes[i][0] <= char < quotes[i][1]

    def mention(span: Span, key: str, kind: str, pronoun: bool = False) -> None:
        index.add(Mention(span.start, span.end, key, kind, pronoun, in_quote(span.start_char)))

    # Organizations named beside an organization noun win over the model's PERSON guess.
    seats = seat_tokens(doc)
    org_spans: list[Span] = list(_org_noun_spans(doc))
    org_tokens = {i for s in org_spans for i in range(s.start, s.end)}

    honored = _honored_surnames(doc)
    org_names = {ent.text for ent in doc.ents if ent.label_ == "ORG"}
    # "the law firm Smith Jones" once makes every "Smith Jones" the firm
    not_people = _organizations_named_like_people(doc, honored) | {s.text for s in org_spans}
    people: list[tuple[Span, list[str]]] = [
        (span, []) for span in _untagged_appositive_names(doc) if not (org_tokens | seats).intersection(range(span.start, span.end))
    ]
    singles: list[Span] = []
    for ent in doc.ents:
        if seats.intersection(range(ent.start, ent.end)):
            continue
        if ent.label_ == "PERSON" and (_clean_text(ent) in _synonyms() or ent[-1].lower_ in words("party_words")):
            org_spans.append(ent)  # "the Lib Dems" tagged as a person
            continue
        if ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].lower_ in ("lords", "ladies", "commons"):
            org_spans.append(ent)  # "Law Lords ruled": a body
            continue
        if ent.label_ == "PERSON" and ent.text in not_people:
            org_spans.append(ent)  # "a partner of Smith Jones", "Smith Jones, which has ..."
            continue
        # "Ms Hale" tagged as an organization; "hiring Dana Holt" tagged a work of art when "Ms Holt"
        # is written too; "Mr Lyle" tagged a place
        mislabelled = ent.label_ == "ORG" or ent.label_ in ("WORK_OF_ART", "PRODUCT", "FAC", "EVENT", "LAW", "GPE") and all(t.is_alpha for t in ent)
        if mislabelled and _given_name_after_title(ent):
            _add_name(_strip_name(doc[ent.start - 1 : ent.end]), people, singles)  # "Canon Declan" + "Ross-O'Dea"
            continue
        if mislabelled and _person_named_as_org(ent, honored):
            _add_name(_strip_name(ent), people, singles)
            continue
        split = _person_tail(ent, honored) if ent.label_ != "PERSON" else None
        if split is not None:
            head, tail = split
            _add_name(_strip_name(tail), people, singles)  # "the Commons after Mr Lyle": Lyle
            org_tokens.difference_update(range(tail.start, tail.end))
            while len(head) > 1 and head[-1].pos_ in ("ADP", "SCONJ", "CCONJ"):
                head = head[:-1]
            if head[-1].lower_ in words("org_nouns") or tail[0].lower_ in words("honorifics") and any(t.pos_ == "PROPN" for t in head):
                org_spans.append(head)
            continue
        if ent.label_ == "PERSON" and _in_programme_title(ent):
            continue  # "told Sky News' Sunday with Jo Bell": a programme's name
        if ent.label_ == "PERSON" and not org_tokens.intersection(range(ent.start, ent.end)):
            ent = _with_given_name(ent)
            stripped = _strip_name(ent)
            if stripped is None:
                if len(ent) > 1 and title_word(ent[-1]) and all(t.is_title for t in ent[:-1]):
                    org_spans.append(ent[:-1])  # "Labour MPs"
                continue
            name, ranks = stripped
            if len(name_text(name).split()) >= 2 and not _surname_with_particle(name):
                people.append((name, ranks))
            elif name.text in org_names and name.text not in honored:
                org_spans.append(name)  # one word the model also tags as an organization: "Labour"
            else:
                singles.append(name)
        elif ent.label_ == "ORG":
            if ent.end < len(doc) and doc[ent.start : ent.end + 1].text in _synonyms():
                ent = doc[ent.start : ent.end + 1]  # "Liberal" + "Democrat", tagged apart
            org_spans.append(ent)
    org_spans += _parties_named_by_members(doc) + _named_institutions(doc)
    # "Baroness Kemp of Ashby", the surname left untagged: a person named by title and surname
    singles += [
        doc[t.i + 1 : t.i + 2] for t in doc[:-1]
        if t.lower_ in words("honorifics") and t.is_title and doc[t.i + 1].pos_ == "PROPN" and doc[t.i + 1].is_title
        and not doc[t.i + 1].ent_type_ and t.i + 1 not in org_tokens and not title_word(doc[t.i + 1]) and doc[t.i + 1].lower_ not in words("ranks")
    ]  # not "Lord Chancellor"

    # A name run on into a headline's next word ("X Y Becomes ...") is cut back to a name given
    # elsewhere in the article.
    plain = {name_text(s) for s, _ in people}
    for n, (span, ranks) in enumerate(people):
        text = name_text(span)
        # the first in sorted order of the names `text` starts with, then a space
        other = min((text[:j] for j, ch in enumerate(text) if ch == " " and text[:j] in plain), default=None)
        if other is not None:
            end = next(k for k in range(span.start + 1, span.end + 1) if span.doc[span.start : k].text == other)
            people[n] = (span.doc[span.start : end], ranks)
    for span, ranks in people:
        name = name_text(span)
        entity = index.entities.setdefault(name, Entity("person", name))
        rank = " ".join(ranks)
        if rank and rank not in entity.ranks:
            entity.ranks.append(rank)
        mention(span, name, "person")

    by_surname: dict[str, list[tuple[int, str]]] = {}
    for m in index.mentions:
        by_surname.setdefault(surname(m.key), []).append((m.start, m.key))
    for k in by_surname:
        by_surname[k] = sorted(set(by_surname[k]))
    surname_starts = {k: [start for start, _ in v] for k, v in by_surname.items()}

    def person_for_surname(word: str, at: int) -> str | None:
        candidates = by_surname.get(word)
        if not candidates:
            return None
        before = bisect_right(surname_starts[word], at)  # the last one named at or before `at`
        return candidates[before - 1][1] if before else candidates[0][1]

    # Surname mentions: wherever the surname occurs as a word, tagged or not.
    for word in sorted(by_surname):
        for start, end in occurrences(doc, word):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or index.taken(span.start, span.end):
                continue
            key = person_for_surname(word, span.start)
            if key:
                index.entities[key].aliases.add(word)
                mention(span, key, "person")

    by_first_name: dict[str, list[str]] = {}
    spellings = _Spellings()
    for key, entity in index.entities.items():
        if entity.kind == "person" and len(key.split()) >= 2:
            by_first_name.setdefault(key.split()[0], []).append(key)
            spellings.add(key)
    for span in singles:
        name = name_text(span)
        if index.taken(span.start, span.end) or span.start > 0 and doc[span.start - 1].lower_ == "the":
            continue  # "get the Bill through": a one-word name after "the" is a thing
        before = doc[span.start - 1].lower_ if span.start else ""
        # "Mr Owen" is a surname, not Owen Smith; but "Mr Tan" may be Tan Wei Ming, family name first
        given = name.lower() in words_of("first_names_male", "first_names_female")
        surnamed = before in words("honorifics") and before not in ("sir", "dame") and given
        known = by_first_name.get(name, [])
        # "his son Theo" is not a Theo Vale named only later in the article
        later = len(known) == 1 and _after_kin(span) and not index.named_before(known[0], "person", span.start)
        if len(known) == 1 and not surnamed and not later:  # "Sir John", "David has decided": the one John named in full
            mention(span, known[0], "person")
            continue
        near = [k for k in spellings.candidates(name) if _same_surname(k, name)]
        if len(near) == 1:  # "Jane Elliot" ... "Ms Elliott": one name, misspelt once
            index.entities[near[0]].aliases.add(name)
            mention(span, near[0], "person")
            continue
        if not name.split():
            continue  # a blank token the model tagged as a name (a lone no-break space) names no one
        if name not in index.entities and len(name.split()) >= 2:
            spellings.add(name)  # "Van der Berg", a surname with its particle
        entity = index.entities.setdefault(name, Entity("person", name, partial=True))
        if _after_kin(span):
            entity.partial = False  # "his brother Kiran", "wife Elin": named, if by one name
        if span.start > 0 and doc[span.start - 1].lower_ in words("honorifics"):
            entity.addressed = True
        mention(span, name, "person")

    _add_organizations(doc, index, [s for s in org_spans if not seats.intersection(range(s.start, s.end))], mention)
    index.genders = _genders(doc, index)
    index.quoted = in_quote
    _resolve_pronouns(doc, index, in_quote)
    return index


def _named_elsewhere(span: Span) -> bool:
    """An organization written before a title ("Acme Bank chief", "Labour MP") that is named
    as one: by an organization noun, as an acronym, or elsewhere without a title after it."""
    if any(t.lower_ in words("org_nouns") for t in span) or (len(span) == 1 and span.text.isupper() and len(span.text) > 1):
        return True
    if len(span) > 1 and span[-1].lower_ in words("outlet_words"):
        return True  # "an Evening Courier journalist": the paper
    if len(span) == 1 and span[0].is_title and span[0].lower_ in words("party_adjectives"):
        return True  # "Labour leader", "a Labour spokesperson": the party
    titles = words_of("titles", "ranks")
    for start, end in occurrences(span.doc, span.text):
        other = span.doc.char_span(start, end, alignment_mode="expand")
        if other is None or other.start == span.start:
            continue
        before = span.doc[other.start - 1] if other.start else None
        after = span.doc[other.end] if other.end < len(span.doc) else None
        inside = before is not None and (before.lower_ in ("of", "for", "and", "&") or before.pos_ == "PROPN")
        inside = inside or after is not None and after.is_title and after.pos_ in ("PROPN", "NOUN")  # "Defense Department"
        inside = inside or after is not None and after.is_lower and other.end + 1 < len(span.doc) and title_word(span.doc[other.end + 1])  # "Home affairs spokesman"
        if not inside and (other.end >= len(span.doc) or span.doc[other.end].lower_ not in titles):
            return True  # standalone, not part of a longer name like "Department for X"
    return False


def _possessive_name(span: Span) -> bool:
    """"Wendy's", "Claire's": a name with its "'s", when the article writes it so at least
    twice and never without."""
    text = text_of(span.doc)
    found = [end for _, end in occurrences(span.doc, span.text)]
    return len(found) >= 2 and all(text[e : e + 2] in ("'s", "’s") for e in found)


def _clean_org(span: Span) -> Span | None:
    """An organization's name as the model tagged it, trimmed, extended or vetoed by the
    rules of stage `org.clean`, in order."""
    return rules.fold("org.clean", span)


@rule("org.seat-is-a-name", stage="org.clean", priority=0, action="keep",
      why="A seat of government written with a number is a name, not a determiner and a number.",
      examples=["Officials at No 10 said the plan was ready."])
def _seat_is_a_name(span: Span) -> Done | None:
    return Done(span) if span.text in phrases("government_seats") else None


@rule("org.acronym-spelled-out-in-lower-case", stage="org.clean", priority=10, action="veto",
      why="An acronym the text spells out in lower case is a common noun: 'an annual general meeting (AGM)'.",
      examples=["Shareholders met at the annual general meeting (AGM) of Dorvale Mining. The AGM voted to sell."])
def _acronym_spelled_out(span: Span) -> Any:
    return VETO if len(span) == 1 and _common_noun_acronym(span[0]) else None


@rule("org.owner-before-possessive", stage="org.clean", priority=20, action="trim",
      why="'Ruritania's Southern Command': the body is after the possessive (but 'the U.S. Attorney's Office' is one name).",
      examples=["The cost is likely to be higher, said Tom Hale, economist with Marlow's Analytics."])
def _owner_before_possessive(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.end - 1, span.start - 1, -1):
        if doc[i].text in ("'s", "’s") and i < span.end - 1 and doc[i - 1].lower_ not in words("titles"):
            return doc[i + 1 : span.end]
    return None


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


@rule("org.place-after-of", stage="org.clean", priority=40, action="extend",
      why="'the Attorney's Office for the District of' + 'New Jersey': the model cut the name at the place.",
      examples=["The U.S. Attorney's Office for the Southern District of New York declined to comment."])
def _place_after_of(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if doc[end - 1].pos_ == "ADP" and end < len(doc) and doc[end].ent_type_ in ("GPE", "LOC") and doc[end].ent_iob_ == "B":
        return doc[span.start : next((k for k in range(end + 1, len(doc)) if doc[k].ent_iob_ != "I"), len(doc))]
    return None


@rule("org.no-trailing-preposition", stage="org.clean", priority=50, action="trim",
      why="'the Flood Management Centre at': a name does not end with a preposition or conjunction.",
      examples=["Bankers at Tarley's Capital and Sumitomo Mitsui backed the plan."])
def _no_trailing_preposition(span: Span) -> Span | None:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].pos_ in ("ADP", "CCONJ"):
        end -= 1
    return span.doc[span.start : end] if end != span.end else None


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
      why="'The Rules and Privileges Committee', of which the model tags only the end.",
      examples=["The Tarrow and Dunmore Committee met."])
def _two_words_joined_by_and(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    lone = start >= 2 and doc[start - 2].ent_type_ == "ORG" and doc[start - 2].ent_iob_ == "B" and doc[start - 1].ent_iob_ != "I"
    if (
        start >= 2
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].is_title
        and (not doc[start - 2].ent_type_ or lone)
        and (start == 2 or doc[start - 3].pos_ == "DET" or doc[start - 2].is_sent_start)
    ):
        return doc[start - 2 : span.end]
    return None


@rule("org.and-after-of", stage="org.clean", priority=90, action="extend",
      why="'the Group on Trade' + 'and Tariffs': a name with 'of/on/for' cut short at its 'and'.",
      examples=["Dr. Ana Ruiz of the Dunmore Institute of Public Works and Policy said she had concerns."])
def _and_after_of(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    joined = end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"
    if not joined:
        return None
    another = doc[end + 1].text == doc[start].text or end + 2 < len(doc) and doc[end + 2].lower_ == "of"  # "Duchy of X and Duchy of Y"
    words_in = {t.lower_ for t in doc[start:end]}
    if not another and doc[end + 1].ent_type_ in ("", "ORG", "GPE") and words_in & {"of", "on", "for"} and not words_in & {"and", "&"}:
        return doc[start : end + 2]
    return None


@rule("org.ends-at-dash-or-bracket", stage="org.clean", priority=100, action="trim",
      why="'Veritas - Latin for truth', 'the Federal Bureau of Inquiry (FBI': a name ends at a spaced dash or a bracket.",
      examples=["The Dunmore Times - News reported the vote was close."])
def _ends_at_dash_or_bracket(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if doc[i].text in ("(", *DASHES) and (doc[i - 1].whitespace_ or doc[i].text == "("):
            return doc[span.start : i]
    return None


@rule("org.channel-number", stage="org.clean", priority=110, action="extend",
      why="'BBC' + 'One', 'Radio' + '4': a broadcaster's channel the model cut short.",
      examples=["She told BBC One viewers the plan was safe."])
def _channel_number(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text in phrases("channel_numbers") and (
        doc[end - 1].text.isupper() or doc[end - 1].text in ("Radio", "Channel")
    ):
        return doc[span.start : end + 1]
    return None


@rule("org.no-trailing-possessive", stage="org.clean", priority=120, action="trim",
      why="A name ends before its possessive or punctuation: 'Acme's'.",
      examples=["Voices from the Dunmore National Convention: What would bring the party together?"])
def _no_trailing_possessive(span: Span) -> Span | None:
    end = span.end
    while end > span.start and (span.doc[end - 1].text in POSSESSIVE or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[span.start : end] if end != span.end else None


@rule("org.starts-capitalized", stage="org.clean", priority=130, action="veto",
      why="Nothing left, or a lowercase word first: not a name.",
      examples=["The film took £2m in its first three days at the UK box office."])
def _starts_capitalized(span: Span) -> Any:
    return VETO if len(span) == 0 or span[0].is_lower else None


@rule("org.name-before-possessive-noun", stage="org.clean", priority=140, action="extend",
      why="'Guy's Hospital': a name cannot start with the organization noun after a possessive.",
      examples=["Staff at Marlow's Hospital Medical School went on strike."])
def _name_before_possessive_noun(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    if start >= 2 and doc[start].lower_ in words("org_nouns") and doc[start - 1].text in ("'s", "’s") and doc[start - 2].pos_ == "PROPN":
        return doc[start - 2 : span.end]
    return None


@rule("org.noun-alone-before-title", stage="org.clean", priority=150, action="veto",
      why="'Party leader X' at a sentence's start: an organization noun and a title name no body.",
      examples=["Party strategists believe winning over women voters is key."])
def _noun_alone_before_title(span: Span) -> Any:
    doc, end = span.doc, span.end
    if len(span) == 1 and span[0].lower_ in words("org_nouns") and end < len(doc) and title_word(doc[end]):
        return VETO
    return None


@rule("org.only-titles", stage="org.clean", priority=160, action="veto",
      why="'Major General', 'MPs': titles and ranks alone are not a body.",
      examples=["There were rare cases of pets on the roll, the MPs heard."])
def _only_titles(span: Span) -> Any:
    titles = words_of("titles", "ranks")
    return VETO if all(t.lower_ in titles or title_word(t) for t in span) else None


@rule("org.title-of-place", stage="org.clean", priority=170, action="veto",
      why="'the Prince of Wales', 'Archbishop of Canterbury': a title, not a body.",
      examples=["Lord Dunmore said there were many heirs after the Prince of Wales."])
def _title_of_place(span: Span) -> Any:
    titles = words_of("titles", "ranks")
    if len(span) >= 3 and span[0].lower_ in titles and span[1].lower_ == "of" and not any(t.lower_ in words("org_nouns") for t in span):
        return VETO
    return None


@rule("org.portfolio-before-title", stage="org.clean", priority=180, action="veto",
      why="'Defense' in 'Defense Minister', 'Cabinet ministers': a portfolio before a title, unless named as a body elsewhere.",
      examples=["Education Secretary Ruth Kell said the plan would work."])
def _portfolio_before_title(span: Span) -> Any:
    doc, end = span.doc, span.end
    titles = words_of("titles", "ranks")
    before_title = end < len(doc) and (doc[end].lower_ in titles or title_word(doc[end]))
    if before_title and not _named_elsewhere(span) and span.text not in _synonyms():
        return VETO
    return None


@rule("org.portfolio-after-of", stage="org.clean", priority=190, action="veto",
      why="'State' in 'Secretary of State', 'Minister of Defence': a portfolio; but not 'chief executive of Tarrowind'.",
      examples=["Echoing the new US Secretary of State Ana Ruiz, the minister spoke."])
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
    if len(span) == 1 and start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in ("minister", "secretary", "commissioner"):
        return VETO
    return None


@rule("org.not-a-body-head", stage="org.clean", priority=210, action="veto",
      why="'General Election', 'the Crime and Police Bill': a thing, not a body; but 'the Office of Planning and Budget'.",
      examples=["The General Election will be held in May."])
def _not_a_body_head(span: Span) -> Any:
    last = span[-1].lower_
    if last in words("not_org_heads") and (last in ("act", "bill") or not any(t.lower_ in words("org_nouns") for t in span[:-1])):
        return VETO
    return None


@rule("org.text-not-body", stage="org.clean", priority=220, action="veto",
      why="'the European Convention on Human Rights', 'the Treaty of Rome': a text, not a body.",
      examples=["The Dunmore Convention on Fishing Rights was signed by both states."])
def _text_not_body(span: Span) -> Any:
    doc = span.doc
    texts = any(t.lower_ in words("not_org_heads") and t.is_title and t.i + 1 < span.end and doc[t.i + 1].lower_ in ("on", "of", "for") for t in span[:-1])
    if texts and not any(t.lower_ in words("org_nouns") for t in span):
        return VETO
    return None


@rule("org.party-before-member-title", stage="org.clean", priority=230, action="trim",
      why="'The Mid-Vale MP' describes a person; 'Labour MP': the party, when it is named as one elsewhere.",
      examples=["Ana Ruiz, chief investment officer of Harbour Investment Managers, told Reuters."])
def _party_before_member_title(span: Span) -> Any:
    body = len(span) > 1 and span[-1].text == "Executive" and span[-2].lower_ not in words_of("titles", "ranks")  # "the Food Executive", not "Acme Chief Executive"
    if len(span) > 1 and title_word(span[-1]) and span[-2].pos_ == "PROPN" and not body and not any(t.lower_ in words("org_nouns") for t in span):
        return span[:-1] if _named_elsewhere(span[:-1]) else VETO
    return None


@rule("org.place-after-party", stage="org.clean", priority=240, action="trim",
      why="'the National Party Holyrood leader': a place after the party is no part of its name.",
      examples=["The Conservative Party Co-Chairman said the choice was clear."])
def _place_after_party(span: Span) -> Span | None:
    party = next((t.i for t in span[:-1] if t.lower_ == "party"), None)
    if party is not None and all(t.pos_ == "PROPN" for t in span.doc[party + 1 : span.end]):
        return span.doc[span.start : party + 1]
    return None


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
        for t in doc[1:]:
            if doc[t.i - 1].text == "(":
                found.setdefault(t.text, []).append(t.i)
    return found


_BRACKETED = "explainer.bracketed"


def _split_lists(span: Span) -> list[Span]:
    """Organizations the model ran together across a comma ("X Medical School, University
    of Y") or a "the" ("told the Independent the Tories' plans") -> both."""
    doc, parts, start = span.doc, [], span.start
    for i in range(span.start, span.end + 1):
        if 0 < i - span.start and i < span.end and doc[i].lower_ == "the" and doc[i].is_lower and doc[i - 1].lower_ not in ("of", "for", "and", "on", "&"):
            return [doc[span.start : i], doc[i + 1 : span.end]]  # "the Independent the Tories' plans": two names run together
        if i == span.end or doc[i].text == ",":
            parts.append(doc[start:i])
            start = i + 1
    # "the Duchy of Elm and Duchy of Ash": two bodies of one kind, named alike
    first = span.start + 1 if span[0].pos_ == "DET" else span.start
    same_kind = next((i for i in range(first + 3, span.end - 2) if doc[i - 1].lower_ == "and" and doc[i].text == doc[first].text and doc[i + 1].lower_ == "of"), None)
    if same_kind is not None and doc[first + 1].lower_ == "of":
        return [doc[span.start : same_kind - 1], doc[same_kind : span.end]]
    named = [p[1:] if len(p) and p[0].pos_ == "DET" else p for p in parts]
    # each part after the first must name a body itself: not "Department of the Environment, Food
    # and Rural Affairs"
    if len(parts) > 1 and all(len(p) >= 2 and p[0].is_title for p in named) and all(
        any(t.lower_ in words("org_nouns") for t in p) for p in named[1:]
    ):
        return parts
    return [span]


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
    """Whether `name` is another form of the organization `key` (see `_same_org`)."""
    if synonyms & {key, *entity.aliases} or _inverted(name) in (key, *entity.aliases):
        return True
    if " of " in key and key.split()[-1] == name and name.lower() not in words("org_nouns"):
        return True
    a, b = name.lower(), key.lower()
    if a != b and (a.removesuffix(" party") == b.removesuffix(" party") or a.removesuffix(" party") == b.removesuffix("s") or b.removesuffix(" party") == a.removesuffix("s")):
        return True  # "Labour Party" and "Labour"; "Conservative party" and "Conservatives"
    for known in (key, *entity.aliases, *(_acronyms(key) if len(key.split()) > 1 else ())):
        if name.endswith(" " + known) and known[0].isupper() and not name.split()[0].isupper():
            return True  # "London UKIP", "Scottish Labour"; not "BBC Wales" (a body of its own)
    if _short_form(name) == key or _short_form(key) == name:
        return True  # "Trade Office" for "Trade and Industry Office"
    rest = key[len(name) + 1 :].lower().split() if key.startswith(name + " ") else []
    if rest and all(w in words("org_nouns") | NAME_TAILS for w in rest):
        return True  # "the Hale inquiry" for "the Hale Inquiry"; "Oxfam" for "Oxfam International"; "Fedco" for "Fedco Department Stores"
    head, _, tail = name.rpartition(" ")
    if head.isupper() and " " not in head and key.endswith(" " + tail) and head in _acronyms(key[: -len(tail) - 1]):
        return True  # "the PTS Union" for "the Public and Transport Services Union"
    if _fuller_form(name, key) or _fuller_form(key, name):
        return True  # "Elm Health Board" for "Elm Local Health Board"
    first, _, last = key.partition(" ")
    return " " not in name and last == name and first.lower() in words_of("first_names_male", "first_names_female")  # "Rennie" for "James Rennie", a company named after its founder


def _ends(name: str) -> tuple[str, str] | None:
    words_ = [w.lower().removesuffix("s") for w in name.split()]
    return (words_[0], words_[-1]) if words_ else None


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
        if len(key.split()) > 1:
            for acronym in _acronyms(key):
                self._put("acronym", acronym, key)
        for acronym in _acronyms(key):
            self._put("any acronym", acronym, key)
        self._put("short form", _short_form(key) or "", key)
        for j, ch in enumerate(key):
            if ch == " ":
                self._put("prefix", key[:j], key)
        if " " in key:
            self._put("last word", key.rpartition(" ")[2], key)
        if (ends := _ends(key)) is not None:
            self._put("ends", "\0".join(ends), key)
        self._put("after first", key.partition(" ")[2], key)

    def add_name(self, key: str, name: str) -> None:
        """`key` is also written `name` (its own name or an alias)."""
        if key in self.order:
            self._put("name", name, key)

    def _ordered(self, keys: set[str]) -> list[str]:
        return sorted(keys, key=self.order.__getitem__)

    def forms_of(self, name: str, synonyms: frozenset[str]) -> list[str]:
        """Every organization `_form_of(name, ...)` may hold for, in the order named."""
        found: set[str] = set()
        for other in (*synonyms, _inverted(name)):
            found |= self._get("name", other)
        found |= self._get("of tail", name)
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
        return self._ordered(found)

    def acronym_candidates(self, name: str) -> list[str]:
        """Every organization the acronym rule may join `name` to, in the order named."""
        found = set(self._get("any acronym", name.upper()))
        found |= {a for a in _acronyms(name) if a in self.order}
        return self._ordered(found)


# words a full name may add after its short form ("Oxfam International", "Fedco Department Stores")
NAME_TAILS = frozenset({"inquiry", "international", "stores", "department", "holdings", "inc", "plc", "corp", "corporation", "ltd", "limited", "co", "industries"})


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


def _add_organizations(doc: Doc, index: Mentions, spans: list[Span], mention) -> None:
    cleaned = [c for s in spans for part in _split_lists(s) if (c := _clean_org(part)) is not None]
    cleaned.sort(key=lambda s: (s.start, -len(s)))
    person_words = {w for k, e in index.entities.items() if e.kind == "person" for w in k.split()}
    acronyms: dict[str, str] = {}
    orgs = _Orgs()
    for key, entity in index.entities.items():
        if entity.kind == "org":
            orgs.add(key)
            for alias in entity.aliases:
                orgs.add_name(key, alias)
    for span in cleaned:
        if index.taken(span.start, span.end):
            continue
        name = name_text(span)
        if name in person_words or name in index.entities and index.entities[name].kind == "person":
            continue
        if _possessive_name(span):
            name += doc[span.end].text  # "Wendy's"
        key = acronyms.get(name, name)
        if key not in index.entities:
            key = _same_org(name, index, orgs) or key
        if key not in index.entities:
            # An acronym of an organization already named joins it: IDF = Israel Defense Forces.
            spoken = " " not in name and len(name) >= 3 and name.istitle()  # "Nato", "Unicef": an acronym written as a word
            for other in orgs.acronym_candidates(name):
                entity = index.entities[other]
                if entity.kind == "org" and len(name) >= 2 and (name.isupper() or spoken) and name.upper() in _acronyms(other):
                    key = other
                    break
                if entity.kind == "org" and len(other) >= 2 and other.isupper() and len(name.split()) > 1 and other in _acronyms(name):
                    key = other  # the acronym came first: "the NEC ... the National Executive Committee"
                    break
        entity = index.entities.setdefault(key, Entity("org", key))
        if entity.kind == "org":
            orgs.add(key)
        if key != name:
            entity.aliases.add(name)
            orgs.add_name(key, name)
        mention(span, key, "org")
        # "the Israel Defense Forces (IDF)"
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            abbr = doc[span.end + 1]
            if abbr.text.isupper() and len(abbr.text) >= 2:
                entity.aliases.add(abbr.text)
                orgs.add_name(key, abbr.text)
                acronyms[abbr.text] = key
                mention(doc[abbr.i : abbr.i + 1], key, "org")
    # "the Commons standards and privileges committee said": a name of several words written in
    # lower case is still that organization
    for key, entity in list(index.entities.items()):
        if entity.kind != "org" or len(key.split()) < 2:
            continue
        for start, end in occurrences(doc, key, ignore_case=True):
            span = doc.char_span(start, end)
            if span is not None and not index.taken(span.start, span.end):
                mention(span, key, "org")
