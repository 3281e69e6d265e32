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

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import words, words_of
from generator.extract.name_words import POSSESSIVE, name_text, title_word
from generator.extract.name_words import synonyms as _synonyms
from generator.extract.organizations import (
    _add_organizations,
    _named_institutions,
    _org_noun_spans,
    _organizations_named_like_people,
    _parties_named_by_members,
)
from generator.extract.sentences import sent_of
from generator.extract.textindex import occurrences

PERSON_PRONOUNS = frozenset({"he", "she", "him", "her", "his", "hers"})
RELATIVE_PRONOUNS = frozenset({"who", "whom", "whose"})
NAME_PARTICLES = frozenset({"bin", "ibn", "al", "el", "de", "del", "da", "di", "van", "von", "der", "den", "la", "le", "du", "ben", "bint", "abu", "dos", "das", "y", "st."})
SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
NAME_ENT_TYPES = ("", "DATE", "PERSON")  # what the model may call a name beside a title
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
        """The person a pronoun at token `before` most likely means: the last one named as
        a subject, else the last one named, outside quotations and within a few sentences;
        never one whose name or honorific says another gender ("she" is not "Mr X")."""
        limit = max(0, before - 250)
        fallback = None
        subject: Mention | None = None  # the last subject of a subordinate clause
        # "Asked if X could return, he replied": a main clause's pronoun passes over the subject
        # of a clause before it in its own sentence
        pronoun = self.doc[before] if before < len(self.doc) else None
        main = pronoun is not None and pronoun.dep_ in SUBJECT_DEPS and pronoun.head.dep_ == "ROOT"
        own = sent_of(pronoun) if pronoun is not None else None
        passed: set[str] = set()  # "X would lead the campaign, he said": he is not X
        # only mentions from `limit` on are looked at (the loop below stops at the first before it)
        earlier = self._sorted[bisect_left(self._starts, limit) : bisect_left(self._starts, before)]
        if self.described:  # "The party chairman replied ...": a title standing for someone, as a mention
            titled = [Mention(i, i + 1, key, "person", True, False) for i, key in self._described_between(limit, before)]
            earlier = sorted(earlier + titled, key=lambda m: m.start)
        for m in reversed(earlier):
            if m.start < limit:
                break
            if subject is not None and m.start < sent_of(self.doc[subject.start]).start:
                return subject.key
            if m.kind != "person" or m.in_quote or m.key in passed:
                continue
            if gender is not None and self.genders.get(m.key, gender) != gender:
                continue
            root = self.doc[m.start : m.end].root
            if root.dep_ == "appos" or root.dep_ == "compound" and title_word(root.head):
                root = root.head  # "X, the minister, said"; "Tory frontbencher X MP demanded"
            if root.dep_ == "compound" and m.end < len(self.doc) and self.doc[m.end].text in ("-", "–", "—"):
                head = root  # "Jo Hale - the club's largest investor - said", parsed with the investor the subject
                while head.dep_ in ("compound", "poss") and head.head is not head:
                    head = head.head
                root = head if head.dep_ in SUBJECT_DEPS else root
            verb = self.doc[m.end] if m.end < len(self.doc) else None
            if verb is not None and verb.dep_ == "ROOT" and verb.lemma_.lower() in words("speech_verbs") and root.dep_ == "pobj":
                return m.key  # "For the party Jo Bloggs said: ...", parsed with Bloggs the object of "For"
            if root.dep_ in SUBJECT_DEPS:
                if root.head.dep_ == "ROOT":
                    return m.key  # "X said Y had considered it. He added ...": X
                if pronoun is not None and not main and root.head.is_ancestor(pronoun) and not _bound_locally(pronoun, root.head):
                    # "it alleges that X told Y he would step down": X, whose clause holds the
                    # pronoun's; not "X had made him leader" (him is not X)
                    return m.key
                if not (main and own is not None and own.start <= m.start):
                    if _finite(root.head):  # not "could picture X walking up the street"
                        subject = subject or m
                elif root.head.dep_ == "ccomp" and root.head.head == pronoun.head:
                    if root.head.lemma_.lower() in words("speech_verbs"):
                        return m.key  # a sentence run on after a quotation: 'X said "..." Asked, she said'
                    passed.add(m.key)  # the one whose words the pronoun reports
                    continue
            fallback = fallback or m.key
        return subject.key if subject is not None else fallback


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("said", "would be"), not "X walking", "Y to go"."""
    finite = ("VBD", "VBZ", "VBP", "MD")
    return verb.tag_ in finite or any(c.dep_ in ("aux", "auxpass") and c.tag_ in finite for c in verb.children)


def _bound_locally(pronoun: Token, verb: Token) -> bool:
    """Whether `pronoun` is an argument of `verb` itself ("X met him", "X made him leader"),
    so it cannot mean the verb's subject."""
    accusative = pronoun.lower_ in ("him", "her") and pronoun.dep_ != "poss"
    return pronoun.head == verb or accusative and pronoun.head.head == verb


DEMONYMS = frozenset({  # "fellow Welshman Ray Rendle": no part of the name
    "welshman", "welshwoman", "scotsman", "scotswoman", "englishman", "englishwoman", "irishman", "irishwoman",
    "frenchman", "frenchwoman", "dutchman", "dutchwoman", "countryman", "countrywoman",
})
SURNAME_TITLES = frozenset({"king", "bishop", "judge", "prince", "dean"})  # titles that are common surnames
POSTNOMINALS = frozenset({"qc", "kc", "obe", "mbe", "cbe", "kbe", "frs"})


def _clean_text(span: Span) -> str:
    return " ".join(t.text for t in span if t.pos_ != "DET")


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


def surname(name: str) -> str:
    return name.split()[-1]


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


MALE_HONORIFICS = frozenset({"mr", "mr.", "sir", "lord"})
FEMALE_HONORIFICS = frozenset({"mrs", "mrs.", "ms", "ms.", "miss", "dame", "lady", "baroness"})
PRONOUN_GENDERS = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f", "hers": "f"}


def _genders(doc: Doc, index: Mentions) -> dict[str, str]:
    """A person's gender where the article shows it: an honorific before the name ("Ms X"),
    else a given name that is almost always one or the other (data/first_names_*.txt)."""
    out: dict[str, str] = {}
    for m in index.mentions:
        if m.kind != "person" or m.pronoun or m.start == 0:
            continue
        before = doc[m.start - 1].lower_
        if before in MALE_HONORIFICS or before in FEMALE_HONORIFICS:
            out.setdefault(m.key, "m" if before in MALE_HONORIFICS else "f")
    for key, entity in index.entities.items():
        first = key.split()[0].lower()
        if entity.kind == "person" and key not in out and len(key.split()) > 1:
            if first in words("first_names_male"):
                out[key] = "m"
            elif first in words("first_names_female"):
                out[key] = "f"
    return out


# Nouns for someone who speaks for a body, never named ("a Transport Office spokesman said").
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "aide", "source", "statement", "representative"})


def unnamed_speaker_before(pronoun: Token, index: Mentions) -> Token | None:
    """"A Transport Office spokesman said ... He added": the unnamed spokesperson the sentence
    before has as its subject, whom a pronoun subject of this sentence's main verb means."""
    sent = sent_of(pronoun)
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head != sent.root or sent.start == 0:
        return None
    prev = sent_of(pronoun.doc[sent.start - 1])
    subj = next((c for c in prev.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and index.quoted(subj.idx):
        return None  # '"No other official was involved." He suggested': the quotation's words
    if subj is not None and subj.lower_ in PERSON_PRONOUNS and index.at(subj) is None:
        return unnamed_speaker_before(subj, index)  # "A spokesman said ... He said ... he added"
    # the spokesperson, or a subject the parse hangs one under ("A Department for Roads spokeswoman")
    if subj is None or not any(t.lemma_.lower() in SPOKESPEOPLE and t.pos_ == "NOUN" for t in subj.subtree):
        return None
    if index.in_span(subj.left_edge.i, subj.right_edge.i + 1, "person") or any(not m.in_quote for m in index.in_span(sent.start, pronoun.i, "person")):
        return None  # "A spokesman, Jo Bloggs, said"; "X said ... He"
    return subj


def _resolve_pronouns(doc: Doc, index: Mentions, in_quote) -> None:
    for tok in doc:
        if in_quote(tok.idx) or index.at(tok):
            continue
        lower = tok.lower_
        key = None
        if lower in PERSON_PRONOUNS and tok.pos_ == "PRON" and unnamed_speaker_before(tok, index) is not None:
            continue  # "A ministry spokesman said ... He added": not the person named before
        if lower in PERSON_PRONOUNS and tok.pos_ == "PRON":
            key = _named_after(tok, index, PRONOUN_GENDERS[lower]) or index.antecedent(tok.i, PRONOUN_GENDERS[lower])
        elif lower in RELATIVE_PRONOUNS and tok.head.dep_ == "relcl":
            m = index.at(tok.head.head)
            noun = tok.head.head
            named = [c for c in noun.children if c.dep_ == "appos" and c.i < tok.i and index.at(c)]
            if not named and noun.dep_ == "appos":  # "his son Theo, a trainee vicar, who praised": Theo, the vicar
                named = [c for c in [noun.head, *noun.head.children] if c.dep_ in ("appos", "pobj", "nsubj", "dobj") and c.i < noun.i and index.at(c)]
            if m is None and named:  # "one of its two members, X, who is now deputy leader": X
                m = index.at(named[-1])
            key = m.key if m and m.kind == "person" else None
        elif lower == "whose" and tok.head.head.dep_ == "relcl":  # "X, whose retirement was announced"
            m = index.at(tok.head.head.head)
            key = m.key if m and m.kind == "person" else None
        elif lower == "old" and (start := _age_description(tok)) is not None:  # "the 71-year-old said"
            key = index.antecedent(start)
            if key:
                index.add(Mention(start, tok.i + 1, key, "person", pronoun=True))
            continue
        if key:
            index.add(Mention(tok.i, tok.i + 1, key, "person", pronoun=True))


def _named_after(pronoun: Token, index: Mentions, gender: str | None) -> str | None:
    """"Before he resigned ..., Jo Bloggs had been": the subject of a clause fronted at the start
    of a paragraph is the person its main clause names next (nobody is named before it there)."""
    clause = pronoun.head
    sent = sent_of(pronoun)
    if pronoun.dep_ not in SUBJECT_DEPS or clause.dep_ != "advcl" or clause.head != sent.root or sent.start and "\n" not in pronoun.doc[sent.start - 1].text_with_ws:
        return None
    subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS and c.i > clause.right_edge.i), None)
    m = index.at(subj) if subj is not None else None
    if m is None or m.kind != "person" or m.pronoun or index.in_span(sent.start, pronoun.i, "person"):
        return None
    return m.key if gender is None or index.genders.get(m.key, gender) == gender else None


def _age_description(old: Token) -> int | None:
    """Where "the 71-year-old" starts, when it stands for a person (followed by a verb or a
    comma), else None."""
    doc, i = old.doc, old.i
    if i < 5 or [t.text for t in doc[i - 3 : i]] != ["-", "year", "-"] or not doc[i - 4].like_num or doc[i - 5].lower_ != "the":
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return i - 5 if nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.text == ",") else None
