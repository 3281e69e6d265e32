"""Merge: the facts of each article -> one story, each person, organization, event,
statement and figure once, with the evidence of every source that reports it.

Blocking keys keep this near-linear: people by normalized name (two forms of one given name,
"Tom" and "Thomas", are one; a lone surname joins the one
full name it can mean), organizations by any shared name or alias (also written with an acronym's
full stops or without, with or without a country before it or a company's legal form after it,
"X Department" or "Department of X", or a name the word lists call the same body: "U.N." and
"UN", "US Congress" and "Congress", "GOP" and "Republicans"; a source naming two known ones as
one joins them), events by date,
statements by normalized text, figures by value and what they count (another source's
figure of the same value joins one whose words of what it counts share a word).

Ids are stable when sources are added: sources are merged earliest first (by publication
date, then source id), so each fact's id comes from the earliest source's own item (its
name, summary or words), and a later source joining a fact, or bringing new ones, never
changes an id the story already had. `merge_story` also returns, for each fact, the ids it
would have had from any one of its sources' items: a correction written against an id that
has since moved can be re-aimed at the fact it meant.
"""

from __future__ import annotations

import bisect
import io
import pickle
import re
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass
from datetime import date
from difflib import SequenceMatcher
from functools import cache, lru_cache
from pathlib import Path

from generator import discrepancies, textmemo
from generator.collector import collector_paused
from generator.ids import Ids, slugify
from generator.records import (
    Addressing,
    Article,
    Event,
    Facts,
    Figure,
    Organization,
    Person,
    Reaction,
    Relation,
    Role,
    Variant,
)
from generator.textsim import (
    content_words,
    first_names,
    frozen_content_words,
    generational_suffixes,
    given_name_forms,
    names_a_day_at_hand,
    norm,
    patronymic_particles,
    same_statement,
)

Aka = dict[str, list[str]]  # an id a fact would have from one of its sources' items -> the ids of such facts


def _aka(labelled: list[tuple[str, list[str]]]) -> Aka:
    """(fact id, the labels its items would take their ids from) -> {slug: [fact ids]}."""
    out: Aka = defaultdict(list)
    for fact_id, labels in labelled:
        for slug in dict.fromkeys(map(slugify, labels)):
            out[slug].append(fact_id)
    return dict(out)


def _rank(f: Facts) -> tuple[bool, date, str]:
    """Earliest source first: by publication date (undated last), then source id."""
    return article_rank(f.sources[0])


def article_rank(a: Article) -> tuple[bool, date, str]:
    """The merge's order of articles (`_rank`): by publication date (undated last), then id."""
    return (a.published is None, a.published or date.min, a.id)


_SMALL = 8  # `_Unique.add` scans a list this short (with what is added) rather than keep a set for it


class _Unique:
    """Appends to a list only the items not in it yet, keeping a set per list between calls:
    the merge adds to the same lists (a person's evidence, an event's people) once per source,
    and rebuilding a set of a whole list on every call made that quadratic. A list changed
    behind its back (its length is not the one last seen) gets its set rebuilt."""

    def __init__(self) -> None:
        self._seen: dict[int, tuple[list, set, int]] = {}  # id(list) -> (the list, kept alive; its items; its length)

    def __getstate__(self) -> dict:
        return {}  # the sets are only a cache: a checkpoint (see `_PeopleFold`) leaves them out

    def __setstate__(self, state: dict) -> None:
        self._seen = {}

    def add(self, target: list, items) -> None:
        if not items:  # nothing to add (and the list's set, if kept, still holds)
            return
        if len(target) + len(items) <= _SMALL:  # a short list: scanned, with no set kept (most of the calls)
            for item in items:
                if item not in target:  # a list tests identity, then equality: as a set does for these items
                    target.append(item)
            return  # a set kept for `target` before no longer matches its length: rebuilt if used again
        kept = self._seen.get(id(target))
        present = kept[1] if kept and kept[0] is target and kept[2] == len(target) else set(target)
        for item in items:
            if item not in present:
                present.add(item)
                target.append(item)
        self._seen[id(target)] = (target, present, len(target))


def _merge_roles(roles: list[Role]) -> list[Role]:
    """One role per title; a title given without organization joins the same title with one.
    Each role is compared only with the merged ones of its title (by normalized title)."""
    if len(roles) < 2:  # most people: nothing to join (one copy made, as below)
        return [Role(r.title, r.organization, r.status, list(r.evidence)) for r in roles]
    out: list[Role] = []
    by_title: dict[str, list[Role]] = defaultdict(list)
    unique = _Unique()
    for role in roles:
        title, organization = norm(role.title), norm(role.organization or "")
        same = next(
            (r for r in by_title[title]
             if norm(r.organization or "") == organization or not role.organization or not r.organization),
            None,
        )
        if same is None:
            merged = Role(role.title, role.organization, role.status, list(role.evidence))
            out.append(merged)
            by_title[title].append(merged)
            continue
        same.organization = same.organization or role.organization
        same.status = same.status or role.status
        unique.add(same.evidence, role.evidence)
    return out


def person_key(name: str) -> str:
    """'Ana M. Ruiz' and 'Ana Ruiz', 'Ben-Tal' and 'Ben Tal' share a key."""
    return _PERSON_KEYS[name] if textmemo.on else _person_key(name)


@lru_cache(maxsize=1 << 16)  # each name is keyed three times in a merge (short forms, partial or not, placing)
def _person_key(name: str) -> str:
    parts = norm(name).split()
    if len(parts) > 2:
        parts = [parts[0], *(p for p in parts[1:-1] if len(p) > 1), parts[-1]]
    return " ".join(parts)


_PERSON_KEYS = textmemo.table("person_key", _person_key.__wrapped__)  # in a merge: kept between runs (see textmemo)


def _similar(a: str, b: str) -> bool:
    """Same first letter and a difflib ratio of at least 0.8; lengths too far apart for that
    (the ratio is at most 2 * shorter / both) are told without running difflib."""
    if a[:1] != b[:1] or 2.0 * min(len(a), len(b)) / (len(a) + len(b)) < 0.8:
        return False
    matcher = SequenceMatcher(None, a, b)
    return matcher.quick_ratio() >= 0.8 and matcher.ratio() >= 0.8  # quick_ratio: an upper bound of ratio


def _same_person(key: str, other: str) -> bool:
    """One name spelled two ways: same first name and a near-identical surname (or one
    transliterated two ways), or the reverse, or the same surname after two forms of one given
    name ("Tom" and "Thomas")."""
    a, b = key.split(), other.split()
    if len(a) < 2 or len(b) < 2:
        return False
    if a[0] == b[0]:
        return len(a[-1]) >= 4 and (_similar(a[-1], b[-1]) or _transliterated(a[-1], b[-1]))
    if a[-1] == b[-1]:
        return len(a[0]) >= 4 and _similar(a[0], b[0]) or _formal(a[0]) == _formal(b[0])  # "Tom" and "Thomas"
    return False


def _transliterated(a: str, b: str) -> bool:
    """One surname transliterated two ways ("Moussawi" and "Musawi", "Haqqani" and "Haqani";
    not "Marton" and "Merten"): the same letters once "o" is read as "u", "e" and "y" as "i"
    and a doubled letter written once, at least five of them."""
    return len(a) >= 5 and _transliteration_key(a) == _transliteration_key(b)


def _transliteration_key(word: str) -> str:
    out = ""
    for c in word.translate(_VOWEL_PAIRS):
        if not out or out[-1] != c:
            out += c
    return out


_VOWEL_PAIRS = str.maketrans("oey", "uii")


def _formal(given: str) -> str:
    return given_name_forms().get(given, given)


def _other_initials(name: str, other: str) -> bool:
    """Whether two names of the same key both give middle initials, and not the same ones:
    "Tom H.W. Hale" and "Tom W. Hale" are a father and a son, not one man written two ways
    ("Tom Hale" and "Tom W. Hale" are one).

    >>> _other_initials("Tom H.W. Hale", "Tom W. Hale"), _other_initials("Tom W. Hale", "Tom Hale")
    (True, False)
    """
    def initials(n: str) -> list[str]:
        return [w for w in norm(n).split()[1:-1] if len(w) == 1]
    mine, theirs = initials(name), initials(other)
    return bool(mine and theirs and mine != theirs)


class _PeopleIndex:
    """Merged people by key, with blocking keys for near matches: the first name with the
    surname's initial, and the surname with the initial of the first name's formal form ("Tom"
    as "Thomas"). `_same_person` needs
    one name equal and the other similar, which starts with the same letter, so a key is
    compared only with those it could match (in the order they came), not with every
    namesake: "John Smith" never with "John Prescott"."""

    def __init__(self) -> None:
        self.by_key: dict[str, Person] = {}
        self.blocks: dict[tuple[int, str, str], list[str]] = defaultdict(list)

    def find(self, key: str) -> Person | None:
        if key in self.by_key:
            return self.by_key[key]
        parts = key.split()
        if len(parts) < 2:
            return None
        for block in ((0, parts[0], parts[-1][:1]), (-1, parts[-1], _formal(parts[0])[:1])):
            for other in self.blocks.get(block, []):
                if _same_person(key, other):
                    return self.by_key[other]
        return None

    def add(self, key: str, person: Person) -> None:
        self.by_key[key] = person
        parts = key.split()
        self.blocks[(0, parts[0], parts[-1][:1])].append(key)
        self.blocks[(-1, parts[-1], _formal(parts[0])[:1])].append(key)


class _PeopleFold:
    """The people of the story merged article by article, earliest first: the first pass (full names placed,
    one-word names and short forms set aside) as `feed`, the second and the tidying as
    `finish`. The state between two articles can be pickled (a checkpoint: see checkpoints.py);
    `short` (`_short_forms` of the whole story) is fixed when it is made."""

    def __init__(self, short: dict[str, str]) -> None:
        self.short = short
        self.index = _PeopleIndex()
        self.full: list[Person] = []
        self.ids = Ids()
        self.by_article: dict[tuple[str, str], str] = {}  # (source, article-local id) -> story id
        self.spellings: dict[str, dict[str, str]] = defaultdict(dict)  # story id -> source -> name
        self.partial: list[tuple[str, Person]] = []
        self.unique = _Unique()
        self.begun_by: dict[str, list[Person]] = defaultdict(list)  # first word -> the story's names of two words or more

    def place(self, source: str, p: Person) -> None:
        """Into the story person of the same name, made if there is none yet."""
        key = person_key(p.name)
        merged = self.index.find(key)
        if merged is not None and _other_initials(p.name, merged.name):
            key = " ".join(norm(p.name).split())  # "George H. Tarrow" and "George K. Tarrow": two people
            merged = self.index.by_key.get(key)
        if merged is None:
            merged = Person(self.ids.new(p.name), p.name, partial=p.partial)
            self.full.append(merged)
            words = norm(p.name).split()
            if len(words) > 1:
                self.begun_by[words[0]].append(merged)
        if key not in self.index.by_key:
            self.index.add(key, merged)
        _absorb(merged, p, self.unique)
        self.by_article[(source, p.id)] = merged.id
        self.spellings[merged.id].setdefault(source, p.name)

    def feed(self, f: Facts) -> None:
        source = f.sources[0].id
        for p in f.people:
            if p.partial or person_key(p.name) in self.short:
                self.partial.append((source, p))
            else:
                self.place(source, p)

    def finish(
        self, speakers: AbstractSet[tuple[str, str]]
    ) -> tuple[list[Person], dict[tuple[str, str], str], dict[str, dict[str, str]]]:
        """The second pass, once every article is fed (`speakers`: (source, speaker) of every
        statement of the story): each one-word name or short form joins the one full name it can
        mean, or is placed when it holds a role, is addressed or speaks. Changes the people fed."""
        index, short, unique, by_article = self.index, self.short, self.unique, self.by_article
        surnames: dict[str, list[Person]] = defaultdict(list)
        for person in self.full:
            for word in _surnames(norm(person.name).split()):
                surnames[word].append(person)
        for source, p in self.partial:
            key, name = person_key(p.name), norm(p.name)
            candidates = [index.by_key[short[key]]] if key in short else _elders(surnames.get(name, []))
            if not candidates and key not in short:
                candidates = _family_name_first(name, self.begun_by.get(name, []))
            if len(candidates) == 1:
                _absorb(candidates[0], p, unique)
                unique.add(candidates[0].aliases, [p.name])
                by_article[(source, p.id)] = candidates[0].id
            elif (not candidates or _told_apart(source, candidates)) and (p.roles or p.addressed or (source, p.id) in speakers):
                self.place(source, p)  # "party chief executive Lord Smith", "Lord Smith said": a person, never named in full
        for person in self.full:
            if person.aliases:
                person.aliases = [a for a in person.aliases if norm(a) != norm(person.name)]
            person.roles = _merge_roles(person.roles)
        return self.full, by_article, dict(self.spellings)


def _elders(candidates: list[Person]) -> list[Person]:
    """The people a one-word name could mean, without one whose name is another's with a
    generational suffix after it: with "Tom Hale" and "Tom Hale Jr." in the story, "Hale" alone
    is the elder (news calls the younger "Hale Jr."); with "Ana Hale" beside "Tom Hale Jr.", still
    either.

    >>> [p.name for p in _elders([Person("a", "Tom Hale Jr."), Person("b", "Tom Hale")])]
    ['Tom Hale']
    >>> len(_elders([Person("a", "Tom Hale Jr."), Person("b", "Ana Hale")]))
    2
    """
    if len(candidates) < 2:
        return candidates
    names = {norm(p.name) for p in candidates}
    younger = {n for n in names if len(n.split()) >= 3 and n.split()[-1] in generational_suffixes() and n.rsplit(" ", 1)[0] in names}
    return [p for p in candidates if norm(p.name) not in younger]


def _told_apart(source: str, candidates: list[Person]) -> bool:
    """Whether the article `source`, which names by one word someone the story's full names
    could mean, itself names two of those in full: it kept its one-word name apart from them
    (name.surname-before-its-namesakes: "President Hale's children, Tom Hale Jr. and Ana Hale")."""
    return sum(source in person.sources for person in candidates) >= 2


def _surnames(words: list[str]) -> list[str]:
    """The words a name's bearer is called by alone: its last, and the one before a generational
    suffix ("Tom Hale Jr." is a Hale: with "Ana Hale" in the story, "Hale" alone is neither).

    >>> _surnames(["tom", "hale", "jr"]), _surnames(["ana", "hale"]), _surnames(["khalid", "bin", "nasser"])
    (['jr', 'hale'], ['hale'], [])
    """
    if len(words) >= 3 and words[-2] in patronymic_particles():
        return []  # "Khalid bin Nasser": "Nasser" alone is his father (name.patronymic-is-the-parents)
    return [words[-1], words[-2]] if len(words) >= 3 and words[-1] in generational_suffixes() else [words[-1]]


def _family_name_first(name: str, begun: list[Person]) -> list[Person]:
    """A one-word name that no full name ends with, that is no known first name and that begins
    full names of the story (`begun`, those names): a family name written first ("Kim" of "Kim
    Jong Un"). The person of those whom most sources name, when one is ahead ("Kim" in an article
    that names nobody in full, of a story about Kim Jong Un whose sister Kim Yo Jong one source
    names); else none.

    >>> people = [Person("a", "Kim Jong Un", sources=["s1", "s2"]), Person("b", "Kim Yo Jong", sources=["s2"])]
    >>> [p.name for p in _family_name_first("kim", people)]
    ['Kim Jong Un']
    >>> _family_name_first("kim", people[:1] + [Person("c", "Kim Yo Jong", sources=["s1", "s3"])])
    []
    """
    if " " in name or name in first_names():
        return []
    counts = sorted((len(p.sources) for p in begun), reverse=True)
    return [p for p in begun if len(p.sources) == counts[0]] if counts and (len(counts) == 1 or counts[0] > counts[1]) else []


def _short_forms(facts: list[Facts]) -> dict[str, str]:
    """The names of two words or more that end exactly one longer name of the story, and
    that name begins with a known first name, each with that name's key: a short form of it
    (a compound surname), to join it as one-name people join their full name ("Ruiz Vega" ->
    "Ana Ruiz Vega"). Never when two longer names end the same way ("Ana Ruiz Vega", "Luis
    Ruiz Vega": "Ruiz Vega" could be either), nor when the longer one begins with a word
    that is no first name ("Gunman Tom Hale" holds "Tom Hale", not the other way round).

    >>> people = [Person("a", "Ana Ruiz Vega"), Person("b", "Ruiz Vega"), Person("c", "Gunman Tom Hale"), Person("d", "Tom Hale")]
    >>> _short_forms([Facts(people=people)])
    {'ruiz vega': 'ana ruiz vega'}
    """
    return _short_from_keys(_full_keys(facts))


def _full_keys(facts: list[Facts]) -> set[str]:
    """The person keys of the full names (not partial) of `facts`' people."""
    return {person_key(p.name) for f in facts for p in f.people if not p.partial}


def _short_from_keys(keys: AbstractSet[str]) -> dict[str, str]:
    """`_short_forms`, from the story's `_full_keys`."""
    longer: dict[str, set[str]] = defaultdict(set)
    for key in keys:
        parts = key.split()
        for i in range(1, len(parts) - 1):
            longer[" ".join(parts[i:])].add(key)
    found = {key: next(iter(longer[key])) for key in keys if len(longer.get(key, ())) == 1}
    return {key: full for key, full in found.items() if full.split()[0] in first_names()}


def _absorb(into: Person, p: Person, unique: _Unique) -> None:
    unique.add(into.aliases, p.aliases)
    if p.name != into.name:
        unique.add(into.aliases, [p.name])
    into.roles += p.roles
    unique.add(into.ranks, p.ranks)
    unique.add(into.sources, p.sources)
    unique.add(into.evidence, p.evidence)


def _merge_orgs(facts: list[Facts]) -> tuple[list[Organization], dict[tuple[str, str], str]]:
    """One organization per body across the sources: joined by any name or alias in the forms
    `_org_keys` gives, an acronym to a full name of its initials ("U.N." in one source,
    "United Nations" in another), or a name of three words or more to the one longer name
    that only adds a first word ("Revolutionary Guard Corps" / "Islamic Revolutionary Guard
    Corps"); one a source names under the names of two merged ones joins
    them (the earlier keeps its id)."""
    fold = _OrgFold()
    for f in facts:
        fold.feed(f)
    return fold.out, fold.by_article


class _OrgFold:
    """`_merge_orgs` article by article, earliest first (`feed`); its state between two articles
    can be pickled (a checkpoint: see checkpoints.py). Organizations are told apart by their
    story ids (unique), never by `id()`, so a state read back works as the one written."""

    def __init__(self) -> None:
        self.ids = Ids()
        self.by_name: dict[str, Organization] = {}  # a name's forms -> its organization
        self.by_bare: dict[str, Organization] = {}  # a name's forms without a country before it -> its organization
        self.by_tail: dict[str, Organization | None] = {}  # a long name without its first word -> its organization
        self.tail_owner: dict[str, str] = {}  # such a tail -> the story id of the first organization that has it
        self.by_initials: dict[str, Organization] = {}  # a full name's initials -> its organization ("un" for "United Nations")
        self.by_acronym: dict[str, Organization] = {}  # an acronym -> its organization ("un" for "U.N.")
        self.by_article: dict[tuple[str, str], str] = {}
        self.out: list[Organization] = []
        self.place: dict[int, int] = {}  # id(merged organization) -> its place in `out` (not pickled: made again)
        # what points at each merged organization, so that a join re-points only those entries:
        self.keys_of: dict[str, list[tuple[dict, str]]] = defaultdict(list)  # org id -> (index, key)
        self.articles_of: dict[str, list[tuple[str, str]]] = defaultdict(list)  # org id -> keys of `by_article`
        self.unique = _Unique()

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "place"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self.place = {id(m): i for i, m in enumerate(self.out)}

    def feed(self, f: Facts) -> None:
        by_name, by_bare, by_tail, tail_owner = self.by_name, self.by_bare, self.by_tail, self.tail_owner
        by_initials, by_acronym, by_article, out = self.by_initials, self.by_acronym, self.by_article, self.out
        keys_of, articles_of, unique = self.keys_of, self.articles_of, self.unique
        source = f.sources[0].id
        for o in f.organizations:
            names, bare, initials, acronyms, tails = set(), set(), set(), set(), set()
            for n in [o.name, *o.aliases]:
                named, without, its_initials, its_acronym, its_tails = _org_bundle(n)
                names |= named
                bare |= without
                initials |= its_initials
                acronyms |= its_acronym
                tails |= its_tails
            hits = {id(m): m for m in [*(by_name[k] for k in sorted(names | bare) if k in by_name),
                                        *(by_bare[k] for k in sorted(names) if k in by_bare),
                                        *(by_tail[k] for k in sorted(names) if by_tail.get(k) is not None),
                                        *(by_name[k] for k in sorted(tails) if k in by_name and k not in tail_owner),
                                        *(by_initials[k] for k in sorted(acronyms) if k in by_initials),
                                        *(by_acronym[k] for k in sorted(initials) if k in by_acronym)]}
            place = self.place
            found = sorted(hits.values(), key=lambda m: place[id(m)])
            if not found:
                merged = Organization(self.ids.new(o.name), o.name)
                place[id(merged)] = len(out)
                out.append(merged)
            else:
                merged = found[0]
                for other in found[1:]:  # a source that names two of them as one body joins them
                    _absorb_org(merged, other, unique)
                    del out[next(i for i, m in enumerate(out) if m is other)]  # by identity: `remove` compared every field
                    for index, k in keys_of.pop(other.id, ()):
                        if index[k] is other:
                            index[k] = merged
                            keys_of[merged.id].append((index, k))
                    for k in articles_of.pop(other.id, ()):
                        if by_article[k] == other.id:
                            by_article[k] = merged.id
                            articles_of[merged.id].append(k)
                if len(found) > 1:  # places moved only when one was removed (rebuilt on every join, it was quadratic)
                    self.place = {id(m): i for i, m in enumerate(out)}
            for index, keys in ((by_name, names), (by_bare, bare), (by_initials, initials), (by_acronym, acronyms)):
                for k in keys:
                    if k not in index:
                        index[k] = merged
                        keys_of[merged.id].append((index, k))
            for k in tails:
                if tail_owner.setdefault(k, merged.id) != merged.id:
                    by_tail[k] = None  # two longer names end so: neither is the short one's
                elif k not in by_tail:
                    by_tail[k] = merged
                    keys_of[merged.id].append((by_tail, k))
            _absorb_org(merged, Organization(o.id, o.name, list(o.aliases), list(o.sources), list(o.evidence)), unique)
            by_article[(source, o.id)] = merged.id
            articles_of[merged.id].append((source, o.id))


def _surnames_taken_for_bodies(
    people: list[Person], orgs: list[Organization], org_ids: dict[tuple[str, str], str],
    person_ids: dict[tuple[str, str], str],
) -> tuple[list[Organization], set[tuple[str, str]]]:
    """A body of one word that is the surname of one person another source names in full, when
    no source of the body names anyone of that surname (or it is written in capitals, as a quoted
    indictment writes a defendant), is that person: one outlet writes "Hale and Ruiz would piece
    together the votes" (the model tagging "Ruiz" an organization), another "Majority Leader Ana Ruiz".
    So is a body whose name is the full name of one person of the story, in whatever source, begun by
    a given name (extract/data/first_names_*.txt, given_name_genders.txt; not "Harbour Guard", which a
    wrong person may share), its other names only that person's surname: one outlet's "Ana Ruiz has
    the floor" (the model tagging "Ana Ruiz" an organization throughout), another's "moderator Ana Ruiz".
    Its mentions, statements and events go to the person; the organization is dropped. Returns the
    organizations kept and the (source, article id) keys now pointing at people."""
    taken: set[tuple[str, str]] = set()
    by_surname: dict[str, list[Person]] = defaultdict(list)
    by_full_name: dict[str, list[Person]] = defaultdict(list)
    for person in people:
        words = norm(person.name).split()
        if len(words) > 1 and not person.partial:
            by_surname[words[-1]].append(person)
            by_full_name[" ".join(words)].append(person)
    kept: list[Organization] = []
    keys_of: dict[str, list[tuple[str, str]]] = {}  # organization id -> its (source, article id) keys, made at the first taken
    for o in orgs:
        name = norm(o.name)
        names = {norm(n) for n in [o.name, *o.aliases]}
        owners = by_surname.get(name, []) if len(names) == 1 and len(name.split()) == 1 else []
        shouted = o.name.isupper() and len(o.name) > 3  # "RUIZ concealed ...": a quoted charge writes the surname in capitals
        named_in_full = len(name.split()) > 1 and names <= {name, name.split()[-1]} and name.split()[0] in _given_names()
        if named_in_full:
            owners = by_full_name.get(name, [])  # a person's full name: a person, whatever source names her
        if len(owners) != 1 or set(owners[0].sources) & set(o.sources) and not (shouted or named_in_full):
            kept.append(o)
            continue
        person = owners[0]
        if not keys_of:  # one pass over the keys, not one per body taken (83 of 4,182 at 2,223 BBC articles)
            for k, v in org_ids.items():
                keys_of.setdefault(v, []).append(k)
        for key in keys_of.get(o.id, []):
            del org_ids[key]
            person_ids[key] = person.id
            taken.add(key)
        person.sources += [s for s in o.sources if s not in person.sources]
        person.evidence += [e for e in o.evidence if e not in person.evidence]
        if o.name not in person.aliases and o.name != person.name:
            person.aliases.append(o.name)
    return kept, taken


def _absorb_org(into: Organization, o: Organization, unique: _Unique) -> None:
    unique.add(into.aliases, [a for a in [o.name, *o.aliases] if norm(a) != norm(into.name)])
    unique.add(into.sources, o.sources)
    unique.add(into.evidence, o.evidence)


def _org_keys(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """`_org_keys_of`, looked up: each name is keyed once per source that names it."""
    return _ORG_KEYS[name] if textmemo.on else _org_keys_cached(name)


def _org_keys_of(name: str) -> tuple[frozenset[str], frozenset[str]]:
    """The forms two sources' names of one body are compared in: `name` normalized, with an
    acronym's full stops left out ("U.N." and "UN"), "Department of X" as "X Department", and
    the first name of its line in the lists of one body's names (extract/data/org_synonyms.txt,
    body_synonyms.txt: "GOP" and "Republicans"); and the same without a country written before
    it (extract/data/national_prefixes.txt: "US Congress" and "Congress"), a company's legal form
    after it (company_forms.txt: "Fedco Corp." and "Fedco"), "News" after an outlet's name ("Tarn News" and
    "Tarn": a network and its news division, as every gold names them) or the noun and "of" before two words or more
    (org_nouns_with_of_form.txt: "Department of Coastal Safety" and "Coastal Safety"), which only a full name
    may match ("US Airways" is no "British Airways")."""
    loose = _loose_org_name(name)
    bare = {loose[len(p) + 1 :] for p in _org_lists()[1] if loose.startswith(p + " ")}
    head, _, form = loose.rpartition(" ")
    if head and (form in _org_lists()[3] or form == "news"):
        bare.add(head)  # "Fedco Corp." for "Fedco"; "Tarn News" for "Tarn", the network and its news division
    noun, of, what = loose.partition(" of ")
    if of and noun in _org_lists()[2] and len(what.split()) >= 2:
        bare.add(what)  # "Department of Coastal Safety" for "Coastal Safety" (org.merge-what-a-department-is-of)
    return frozenset(_org_forms({loose})), frozenset(_org_forms(bare) - {""})


_org_keys_cached = lru_cache(maxsize=1 << 16)(_org_keys_of)
_ORG_KEYS = textmemo.table("org_keys", _org_keys_of)  # in a merge: kept between runs (see textmemo)


Bundle = tuple[frozenset[str], frozenset[str], frozenset[str], frozenset[str], frozenset[str]]


def _org_bundle(name: str) -> Bundle:
    """Everything `_OrgFold` looks an organization's name up by, worked out once per name:
    `_org_keys`, `_org_initials`, `_org_acronym`, and the `_org_tail` of each of its forms."""
    return _ORG_BUNDLES[name] if textmemo.on else _org_bundle_cached(name)


def _org_bundle_of(name: str) -> Bundle:
    named, without = _org_keys(name)
    tails = frozenset(t for n in named if (t := _org_tail(n)))
    return named, without, frozenset(_org_initials(name)), frozenset(_org_acronym(name)), tails


_org_bundle_cached = lru_cache(maxsize=1 << 16)(_org_bundle_of)
_ORG_BUNDLES = textmemo.table("org_bundle", _org_bundle_of)  # in a merge: kept between runs (see textmemo)


def _org_tail(loose: str) -> str | None:
    """A name of four words or more without its first word, when that is no chamber's
    ("islamic revolutionary guard corps" -> "revolutionary guard corps"; not "senate armed
    services committee")."""
    first, _, rest = loose.partition(" ")
    return rest if len(loose.split()) >= 4 and first not in _tail_stops() else None


@cache
def _tail_stops() -> frozenset[str]:
    """First words that make another body, not the same one named in full: a chamber's
    ("Senate Armed Services Committee") or a wider scope's ("National Roads Council");
    extract/data/chamber_words.txt, scope_words.txt."""
    return frozenset(ln.lower() for name in ("chamber_words.txt", "scope_words.txt") for ln in _data_lines(name))


@cache
def _given_names() -> frozenset[str]:
    """Given names, lower case (extract/data/first_names_male.txt, first_names_female.txt, given_name_genders.txt)."""
    listed = [ln.lower() for name in ("first_names_male.txt", "first_names_female.txt") for ln in _data_lines(name)]
    return frozenset(listed + [ln.split("\t")[0].lower() for ln in _data_lines("given_name_genders.txt")])


def _data_lines(name: str) -> list[str]:
    """The lines of a word list of extract/data/, comments and blank lines left out. Read as a file: importing
    generator.extract (its lexicon) loads spaCy, which a rebuild from cached facts must not."""
    text = (Path(__file__).resolve().parent / "extract" / "data" / name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


_INITIAL_SKIPS = frozenset({"of", "and", "the", "for", "on", "&", "in", "to"})


def _org_initials(name: str) -> set[str]:
    """The initials of a full name of two capitalized words or more, the small words left
    out: "United Nations" -> "un", "Bureau of Land Records" -> "blr"; else nothing."""
    words_ = [w for w in name.replace("-", " ").split() if w.lower() not in _INITIAL_SKIPS]
    if len(words_) < 2 or not all(w[:1].isupper() and w.isalpha() and not w.isupper() for w in words_):
        return set()
    return {"".join(w[0] for w in words_).lower()}


def _org_acronym(name: str) -> set[str]:
    """An acronym of two to six capitals, full stops left out ("U.N." -> "un"), or one with a small word's letter
    in lower case, which `_org_initials` leaves out ("DfES" -> "des"); else nothing."""
    letters = name.replace(".", "")
    if not (2 <= len(letters) <= 6 and letters.isalpha()):
        return set()
    if letters.isupper():
        return {letters.lower()}
    capitals = "".join(c for c in letters if c.isupper())  # "DfES": the small word's letter left out, as in `_org_initials`
    small = {c for c in letters if c.islower()} <= {w[0] for w in _INITIAL_SKIPS}  # not "PwC": no small word's letter
    return {capitals.lower()} if small and len(capitals) >= 2 and letters[0].isupper() and letters[-1].isupper() else set()


def _org_forms(names: set[str]) -> set[str]:
    synonyms, _, of_nouns, _ = _org_lists()
    figures = _ordinal_figures()
    out = set(names) | {" ".join(figures.get(w, w) for w in n.split()) for n in names}  # "eleventh circuit" -> "11th circuit"
    for n in names:
        head, of, what = n.partition(" of ")
        if of and head in of_nouns:
            out.add(f"{what} {head}")  # "department of coastal safety" -> "coastal safety department"
    return out | {synonyms[n] for n in out if n in synonyms}


@cache
def _loose_org_name(name: str) -> str:
    """`norm`, with a run of single letters (an acronym's, once its full stops are spaces) as one
    word and no "the" first: "The U.N. Council" -> "un council"."""
    runs: list[list[str]] = []  # words, a run of single letters as one list
    for word in norm(name).split():
        if len(word) == 1 and runs and len(runs[-1][-1]) == 1:
            runs[-1].append(word)
        else:
            runs.append([word])
    words_ = ["".join(run) for run in runs]
    return " ".join(words_[1:] if words_[:1] == ["the"] and len(words_) > 1 else words_)


@cache
def _ordinal_figures() -> dict[str, str]:
    """An ordinal written out -> in figures ("eleventh" -> "11th"), from extract/data/org_word_abbreviations.txt
    (what org.merge-bare-forms reads in one article): "the Eleventh Circuit" in one source is "the 11th Circuit" in another."""
    pairs = [ln.split("\t") for ln in _data_lines("org_word_abbreviations.txt")]
    return {full.strip(): short.strip() for short, full in pairs if short.strip()[:1].isdigit()}


@cache
def _org_lists() -> tuple[dict[str, str], tuple[str, ...], frozenset[str], frozenset[str]]:
    """The word lists `_org_keys` reads: a name -> its line's first name (marked as such),
    the countries written before a body's name, the nouns a name puts before "of", companies'
    legal forms (`_data_lines`)."""
    synonyms = {}
    for line in [*_data_lines("org_synonyms.txt"), *_data_lines("body_synonyms.txt")]:
        names = line.split("|")
        for n in names:
            synonyms.setdefault(_loose_org_name(n), "=" + _loose_org_name(names[0]))
    prefixes = tuple(dict.fromkeys(_loose_org_name(p) for p in _data_lines("national_prefixes.txt")))
    of_nouns = frozenset(w.lower() for w in _data_lines("org_nouns_with_of_form.txt"))
    return synonyms, prefixes, of_nouns, frozenset(_loose_org_name(w) for w in _data_lines("company_forms.txt"))


def _event_label(e: Event) -> str:
    return f"{e.date or 'undated'} {e.summary[:50]}"


class _Events:
    """The merged events, indexed by what `same_event` can match on, so that each event is
    compared with the few merged ones it could join rather than every one of its date (or
    every undated one): undated ones by their normalized words; ones naming people by date
    and person; ones naming no one by date and by each of their words beyond date and names;
    for `_mention_of`, dated ones by date and `_key_words` (naming people: each; naming no
    one: the first, as all of them must be among the other's). Each merged event's words and
    sources are worked out once and kept up to date. `find` gives the very event the plain
    scan would: the first, in the order they were made, that `same_event` (and, for one naming
    no one, a shared word first, then another one naming no one, then one naming people that
    it mentions) accepts."""

    def __init__(self) -> None:
        self.out: list[Event] = []
        self._place: dict[int, int] = {}  # id(merged event) -> its place in `out`
        self._sources: dict[int, set[str]] = {}  # id(merged event) -> the sources of its evidence
        # (id(event), names) -> `_words` of it; (id(event), "keys") -> `_key_words`, (id(event), "day") -> `_day_stems`
        self._words: dict[tuple[int, bool | str], set[str]] = {}
        self._worded: dict[tuple[str | None, str], Event] = {}  # (no date, normalized summary) -> first such
        self._named: dict[tuple[str, str], list[Event]] = defaultdict(list)  # (date, person) -> events, in `out` order
        self._unnamed: dict[str, list[Event]] = defaultdict(list)  # date -> events naming no one
        # (date, word) -> the events naming no one with it, in `out` order (one that came to name people by a
        # `_mention_of` join is passed over)
        self._by_word: dict[tuple[str, str], list[Event]] = defaultdict(list)
        # (date, `_key_words`) -> events of that date with it, in `out` order: naming no one, naming people
        self._keyed: tuple[dict[tuple[str, str], list[Event]], dict[tuple[str, str], list[Event]]] = (
            defaultdict(list), defaultdict(list))

    def find(self, e: Event) -> Event | None:
        if not e.date:
            return self._worded.get((e.date, norm(e.summary)))
        words = _words(e, names=False)
        if e.people:  # one naming people: the first of the date with someone in common that is the same happening
            firsts = [self._first_same(self._named.get((e.date, p), []), e, words) for p in dict.fromkeys(e.people)]
            firsts.append(self._mentioned(e, _key_words(e, words), named=False))
            return min((o for o in firsts if o is not None), key=self._at, default=None)
        # naming no one: one told in the same words first ("a fire in 1834", not "records date back to 1834")
        shared = [o for w in words for o in self._first_unnamed(self._by_word.get((e.date, w), ()))]
        if shared:
            return min(shared, key=self._at)
        if len(e.date) != 10:  # of a month or a year, no shared word: another happening, whoever tells it
            return self._mentioned(e, _key_words(e, words), named=True)
        # of one day: the same happening, unless one source tells both by the day at hand in other words
        if not _at_hand(e):
            return next((o for o in self._unnamed[e.date] if not o.people), None)
        sources = _sources(e.evidence)
        for o in self._unnamed[e.date]:
            if o.people:
                continue
            if self._sources[id(o)] != sources or not _at_hand(o) or _share_stems(self._of(o, names=False), words):
                return o
        return self._mentioned(e, _key_words(e, words), named=True)

    def _mentioned(self, e: Event, keys: AbstractSet[str], named: bool) -> Event | None:
        """The first merged event of `e`'s date naming people (`named`: `e` names no one) whose
        words hold all of `e`'s, or naming no one (`e` names people) whose words are all among
        `e`'s: `_mention_of`. A named event is indexed by each of its words, one naming no one
        by its first word only (every one of its words must be among `e`'s); `keys`: `e`'s."""
        if not keys:
            return None
        if named:  # every word of `e` in `o`: the shortest list of one of them holds every such `o`
            candidates = min((self._keyed[True].get((e.date, k), []) for k in keys), key=len)
            return next((o for o in candidates if keys <= self._keys(o) and self._apart(o, e)), None)
        found = (o for k in keys for o in self._keyed[False].get((e.date, k), [])
                 if not o.people and self._keys(o) <= keys and self._apart(o, e))
        return min(found, key=self._at, default=None)

    @staticmethod
    def _first_unnamed(events: Iterable[Event]) -> list[Event]:
        return next(([o] for o in events if not o.people), [])

    def _apart(self, o: Event, e: Event) -> bool:
        return self._sources[id(o)].isdisjoint(_sources(e.evidence))

    def _keys(self, event: Event) -> AbstractSet[str]:
        """`_key_words` of a merged event, worked out once."""
        key = (id(event), "keys")
        if key not in self._words:
            self._words[key] = set(_key_words(event, self._of(event, names=False)))
        return self._words[key]

    def add(self, e: Event) -> Event:
        merged = Event(e.id, e.date, e.date_text, e.summary, list(e.people), list(e.organizations), list(e.evidence),
                       e.headline, e.status, sorted(set(e.places)))
        self._place[id(merged)] = len(self.out)
        self.out.append(merged)
        self._sources[id(merged)] = _sources(merged.evidence)
        if merged.date and (keys := sorted(self._keys(merged))):  # one naming no one by its first word only
            for k in keys if merged.people else keys[:1]:
                self._keyed[bool(merged.people)][(merged.date, k)].append(merged)
        if not merged.date:
            self._worded.setdefault((merged.date, norm(merged.summary)), merged)
        elif merged.people:
            for p in dict.fromkeys(merged.people):
                self._named[(merged.date, p)].append(merged)
        else:
            self._unnamed[merged.date].append(merged)
            for w in _words(merged, names=False):
                self._by_word[(merged.date, w)].append(merged)
        return merged

    def join(self, same: Event, e: Event, unique: _Unique) -> None:
        """`e` into `same`: its people, organizations and evidence, each once; the headline of
        the earliest source that has one (sources come earliest first); scheduled only while
        every report says so (a later one telling it as done wins); the places of both."""
        present = set(same.people)
        same.headline = same.headline or e.headline
        same.status = same.status if same.status == e.status else ""
        same.places = sorted(set(same.places) | set(e.places))
        new_people = [p for p in dict.fromkeys(e.people) if p not in present] if same.date else []
        if same.date and not present and new_people:  # one naming no one that a `_mention_of` named: found as named now
            for k in self._keys(same):
                bisect.insort(self._keyed[True][(same.date, k)], same, key=self._at)
        unique.add(same.people, e.people)
        unique.add(same.organizations, e.organizations)
        unique.add(same.evidence, e.evidence)
        self._sources[id(same)].update(ev.source for ev in e.evidence)
        for p in new_people:
            bisect.insort(self._named[(same.date, p)], same, key=self._at)

    def _at(self, merged: Event) -> int:
        return self._place[id(merged)]

    def __getstate__(self) -> dict:
        """Without what is keyed by `id()` (made again from `out` when read back; the words are only a cache)."""
        state = {k: v for k, v in self.__dict__.items() if k not in ("_place", "_sources", "_words")}
        state["_sources"] = [self._sources[id(e)] for e in self.out]
        return state

    def __setstate__(self, state: dict) -> None:
        sources = state.pop("_sources")
        self.__dict__.update(state)
        self._place = {id(e): n for n, e in enumerate(self.out)}
        self._sources = {id(e): s for e, s in zip(self.out, sources, strict=True)}
        self._words = {}

    def _of(self, event: Event, names: bool) -> set[str]:
        """`_words` of a merged event, worked out once."""
        key = (id(event), names)
        if key not in self._words:
            self._words[key] = _words(event, names)
        return self._words[key]

    def _day(self, event: Event) -> set[str]:
        """`_day_stems` of a merged event, worked out once."""
        key = (id(event), "day")
        if key not in self._words:
            self._words[key] = _day_stems(event, self._of(event, names=False))
        return self._words[key]

    def _first_same(self, candidates: list[Event], e: Event, plain: AbstractSet[str]) -> Event | None:
        """The first of `candidates` (merged events of `e`'s date sharing one of its people)
        that `_same_happening` accepts, from the kept sources and words (`plain`: `e`'s without names)."""
        day, sources = len(e.date or "") == 10, _sources(e.evidence)
        words: set[str] | None = None
        for o in candidates:
            if day:  # of one day: a shared stem beyond the names, quoted in both or in neither (in one source, not a word of telling)
                words = _day_stems(e, plain) if words is None else words
                if _share_day_stems(self._day(o), words, telling=self._sources[id(o)] == sources):
                    return o
                continue
            if self._sources[id(o)] != sources:
                return o
            words = _words(e, names=True) if words is None else words
            if not self._of(o, names=True).isdisjoint(words):
                return o
        return None


def _merge_events(events: list[Event]) -> tuple[list[Event], Aka]:
    """One event per date and set of participants (overlapping, or none on both sides) when
    `same_event` says so; an undated one only with its very words. Each merged event keeps
    the first item's date text and summary (the earliest source's) and takes its id from them.
    `_Events` finds the one to join through indexes (see there): linear in the story's size."""
    fold = _EventFold()
    for e in events:
        fold.feed(e)
    return fold.finish()


class _EventFold:
    """`_merge_events` event by event (`feed`), then the ids and the order by date (`finish`);
    the state between two events can be pickled (a checkpoint: see checkpoints.py)."""

    def __init__(self) -> None:
        self.index = _Events()
        self.unique = _Unique()
        self.labels: list[list[str]] = []  # by place in `index.out`: the labels its items would take their ids from

    def feed(self, e: Event) -> None:
        same = self.index.find(e)
        if same is None:
            self.index.add(e)
            self.labels.append([_event_label(e)])
        else:
            self.index.join(same, e, self.unique)
            self.labels[self.index._at(same)].append(_event_label(e))

    def finish(self) -> tuple[list[Event], Aka]:
        out = self.index.out
        ids = Ids()
        for e in out:
            e.id = ids.new(_event_label(e))
        aka = _aka([(e.id, labels) for e, labels in zip(out, self.labels, strict=True)])
        return sorted(out, key=lambda e: (e.date is None, e.date or "")), aka


def same_event(a: Event, b: Event) -> bool:
    """Whether `b` tells the event `a` (already in the story): the same date, and an undated
    one in the very same words ("Tuesday's event" twice); one naming people with someone in
    common, when `_same_happening` says so; one naming no one with another naming no one that
    shares its words or is the same happening. Used by the merge and again after corrections."""
    if a.date != b.date:
        return False
    if not b.date:
        return norm(a.summary) == norm(b.summary)
    if bool(a.people) != bool(b.people) and _mention_of(a, b):
        return True
    if b.people:
        return bool(set(a.people) & set(b.people)) and _same_happening(a, b)
    return not a.people and (_share_words(a, b, names=False) or _same_happening(a, b, names=False))


def _mention_of(a: Event, b: Event) -> bool:
    """Two events of one date, one naming people and one no one, told by different sources
    (no source tells both), where every word of the one naming no one (beyond date and names;
    of one day, their stems) is among the other's: the same happening, named once more
    ("the 2019 budget vote" in one outlet, "Senator Ruiz forced the 2019 budget vote" in
    another)."""
    unnamed, named = (a, b) if b.people else (b, a)
    keys = _key_words(unnamed)
    return bool(keys) and keys <= _key_words(named) and _sources(a.evidence).isdisjoint(_sources(b.evidence))


def _key_words(event: Event, words: AbstractSet[str] | None = None) -> AbstractSet[str]:
    """What `_mention_of` matches on: an event's words beyond date and names (`words`, when
    worked out already), of one day their stems (`_STEM` letters)."""
    words = _words(event, names=False) if words is None else words
    return {w[:_STEM] for w in words} if len(event.date or "") == 10 else words


def _same_happening(a: Event, b: Event, names: bool = True) -> bool:
    """Two events of one date with the same people. Of one day: one when they share a word or
    its stem beyond their names, whichever sources tell them ("X will resign on 6 March", "X
    announced his resignation as of 6 March"); "X went to Tarrow on Tuesday" and "X dined
    with Y on Tuesday night" stay two, in one article or two. Of a month or a year: one when
    two sources tell it, or when they share words; one article's two stay two ("named foreign
    secretary after the 1998 reshuffle", "told a paper in 1998"). Naming no one (`names`
    false): of one day, one; of a month or a year, one only when they share words ("lawmakers
    passed a funding package last month" and "threatened tariffs last month", from two
    sources, stay two)."""
    day = len(b.date or "") == 10
    if day and names:
        return _share_day_stems(_day_stems(a), _day_stems(b), telling=_sources(a.evidence) == _sources(b.evidence))
    if not names:
        return (day and not _two_of_a_news_day(a, b)) or _share_words(a, b, names)
    return day or _sources(a.evidence) != _sources(b.evidence) or _share_words(a, b, names)


def _two_of_a_news_day(a: Event, b: Event) -> bool:
    """Two events of one day naming no one that one source tells, each dated by the day at hand
    ("On Tuesday, police formed a cordon ...", "funerals were held Tuesday"), in words that share
    no stem: two happenings of the news day, not one (a day told by its date, "the Oct. 7
    attack" and "the Oct. 7 failure", is the one happening the story names by it)."""
    if _sources(a.evidence) != _sources(b.evidence) or not (_at_hand(a) and _at_hand(b)):
        return False
    return not _share_stems(_words(a, names=False), _words(b, names=False))


def _at_hand(event: Event) -> bool:
    """Whether an event is dated by the day at hand (`textsim.names_a_day_at_hand`: "Tuesday",
    "yesterday", "late Friday"; not "Oct. 7" nor "Boxing Day"), and not a noun the day's possessive
    names ("Tuesday's test": a happening of the day told before, whatever its words). Read from
    the record alone: the merge never imports the extractor (which loads spaCy)."""
    if not event.date_text or re.search(re.escape(event.date_text) + r"['’]s\b", event.summary):
        return False
    return names_a_day_at_hand(event.date_text)


_STEM = 5  # "resign", "resignation": one word when their first five letters are the same


def _share_stems(a: set[str], b: set[str], telling: bool = False) -> bool:
    """Whether two sets of words share a word, or the first `_STEM` letters of one; with
    `telling` (two events one article tells of one day, sharing a person), one that is not a
    word of telling (`_telling_stems`): "X tweeted on Friday that ..." and "a site hid a tweet
    by X on Friday", or "Y tweeted on Friday about X", are happenings of X's day, not one."""
    shared = {w[:_STEM] for w in a} & {w[:_STEM] for w in b}
    return bool(shared - _telling_stems()) if telling else bool(shared)


_QUOTED = '"'  # `_day_stems`' mark of a stem in quotation marks
_QUOTE_MARKS = re.compile(r'[“”"]')


def _day_stems(event: Event, words: AbstractSet[str] | None = None) -> set[str]:
    """The stems (`_STEM` letters) of an event's words beyond date and names, each one in
    quotation marks marked (`_QUOTED`): what someone said, not what happened (capitalized
    words kept there: a title). `words`: its `_words` without names, when worked out already."""
    if not _QUOTE_MARKS.search(event.summary):
        return {w[:_STEM] for w in (_words(event, names=False) if words is None else words)}
    told, quoted = _quote_split(event.summary.replace(event.date_text, " ") if event.date_text else event.summary)
    return {w[:_STEM] for w in _content(told, names=False)} | {_QUOTED + w[:_STEM] for w in _content(quoted, names=True)}


def _content(text: str, names: bool) -> set[str]:
    """`_words` of a text: content words but numbers, and but capitalized words (names)
    unless `names` (a quoted title: "told “Morning Show” on Sunday")."""
    kept = text if names else " ".join(w for w in text.split() if not w[:1].isupper())
    return {w for w in content_words(kept) if not w.isdigit()}


def _quote_split(text: str) -> tuple[str, str]:
    """A text's words outside double quotation marks and those inside: "“" opens and "”"
    closes; '"' closes after a word or a mark and before no letter or digit, else opens. A
    quotation the summary takes up part way (its first mark closes) runs from the start, one it
    cuts short to the end ('right," X said' and 'X said, “the laws' are quoted in their first
    and last words)."""
    pieces = re.split(f"({_QUOTE_MARKS.pattern})", text)
    segments: list[tuple[str, bool]] = []
    inside = False
    for n, piece in enumerate(pieces):
        if n % 2 == 0:
            segments.append((piece, inside))
            continue
        closes = piece == "”" or (piece == '"' and bool(pieces[n - 1][-1:].strip()) and not pieces[n + 1][:1].isalnum())
        if closes and not inside:  # taken up part way: what came before was quoted
            segments[-1] = (segments[-1][0], True)
        inside = not closes
    return " ".join(t for t, quoted in segments if not quoted), " ".join(t for t, quoted in segments if quoted)


def _share_day_stems(a: set[str], b: set[str], telling: bool = False) -> bool:
    """`_share_stems` of two events of one day sharing a person, from `_day_stems`: of two
    outlets, a stem counts when both tell it outside quotation marks or both inside ("X posted
    Thursday, “judges let smugglers stroll over our border”" and "X ordered 800 troops to the
    border on Thursday" are two happenings; "told “Morning Show” on Sunday" twice one); in one
    article (`telling`) wherever it stands, but for a word of telling (measured: one article's
    quoted words keep its events of one happening together as often as they join two)."""
    if telling:
        return bool({w.removeprefix(_QUOTED) for w in a} & {w.removeprefix(_QUOTED) for w in b} - _telling_stems())
    return bool(a & b)


@cache
def _telling_stems() -> frozenset[str]:
    """The stems (`_STEM` letters) of data/words_of_telling.txt: how a thing was told
    ("tweeted"), not what happened."""
    return frozenset(w[:_STEM] for ln in _data_lines("words_of_telling.txt") for w in content_words(ln))


def _share_words(a: Event, b: Event, names: bool = True) -> bool:
    """Whether two summaries share a word beyond their date (and, unless `names`, the names in
    them): "a fire in 1834" and "the fire which destroyed ... in 1834" do; "records date back
    to 1834" does not, nor, without names, "Acme issued a warning in January" and "last month
    Acme said it needed cash"."""
    return not _words(a, names).isdisjoint(_words(b, names))


def _words(event: Event, names: bool) -> set[str]:
    """The content words of an event's summary beyond its date (see `_share_words`)."""
    return {w for w in content_words(_undated(event, names)) if not w.isdigit()}


def _undated(event: Event, names: bool) -> str:
    """An event's summary without its date ("last month"), and without its capitalized words
    (names, and a first word) unless `names`."""
    summary = event.summary.replace(event.date_text, " ") if event.date_text else event.summary
    return summary if names else " ".join(w for w in summary.split() if not w[:1].isupper())


def _sources(items) -> set[str]:
    return {ev.source for ev in items}


_ANYONE = "\0anyone"  # `_Statements`' key for a named speaker's statement, whoever the speaker


class _Statements:
    """The merged statements, indexed by what `_same_said` can match on, so that each new
    one is compared only with those it could be rather than with everything its speaker
    said: by speaker, kind and normalized text (the same words); quotes also by speaker and
    content word, with a prefix filter: a quote worded otherwise shares at least `_needed`
    of the shorter one's content words, so with each quote's words in one fixed order
    (rarest first), the shorter one's first few words (its prefix) hold one the other has.
    A quote is listed under its prefix words (found by a longer one's words) and under all
    its words (found by a shorter one's prefix): a common word ("today") brings up only the
    quotes whose prefix it is in. `find` gives the very statement the plain scan would:
    the first made that matches. Normalized texts and content words are worked out once."""

    def __init__(self, order: dict[str, int], anyone: bool = False) -> None:
        """`order`: `_word_order` of the story's statements. `anyone`: also index the named
        statements under `_ANYONE`, for an unnamed source's statement to find a named speaker's
        that is the same quote."""
        self.anyone = anyone
        self.out: list[Reaction] = []
        self._rank = _Order(order)  # content word -> its place in one fixed order
        self._place: dict[int, int] = {}  # id(merged statement) -> its place in `out`
        self._normal: list[str] = []  # by place in `out`: its normalized text
        self._words: list[AbstractSet[str]] = []  # by place in `out`: its content words
        self._worded: dict[tuple[str | None, str, str], Reaction] = {}  # (speaker, kind, normalized text) -> first such
        # (speaker, word) -> (place, number of content words) of the quotes with it in their prefix; with it at all
        self._by_prefix: dict[tuple[str | None, str], list[tuple[int, int]]] = defaultdict(list)
        self._by_word: dict[tuple[str | None, str], list[tuple[int, int]]] = defaultdict(list)

    def find(self, r: Reaction, r_norm: str, r_words: AbstractSet[str], prefix: list[str], anyone: bool = False) -> Reaction | None:
        """`prefix`: `self.prefix(r_words)`; `anyone`: among the named speakers' statements,
        whoever said it (for an unnamed source's)."""
        speaker = _ANYONE if anyone else r.speaker
        found = self._worded.get((speaker, r.kind, r_norm))
        if r.kind != "quote" or not r_words:
            return found
        limit = self._place[id(found)] if found is not None else len(self.out)
        size = len(r_words)
        places: set[int] = set()
        for w in r_words:  # as long or shorter: its prefix has one of these words
            places.update(place for place, n in self._by_prefix.get((speaker, w), ()) if n <= size)
        for w in prefix:  # longer: it has one of this one's prefix words
            places.update(place for place, n in self._by_word.get((speaker, w), ()) if n > size)
        for place in sorted(places):
            if place >= limit:
                break
            m = self.out[place]
            if _same_said(m, self._normal[place], self._words[place], r, r_norm, r_words, anyone):
                return m
        return found

    def add(self, merged: Reaction, r_norm: str, r_words: AbstractSet[str], prefix: list[str]) -> None:
        place = len(self.out)
        self._place[id(merged)] = place
        self.out.append(merged)
        self._normal.append(r_norm)
        self._words.append(r_words)
        speakers = [merged.speaker, _ANYONE] if self.anyone and merged.speaker is not None else [merged.speaker]
        for speaker in speakers:
            self._worded.setdefault((speaker, merged.kind, r_norm), merged)
            if merged.kind == "quote" and r_words:
                entry = (place, len(r_words))
                for w in prefix:
                    self._by_prefix[(speaker, w)].append(entry)
                for w in r_words:
                    self._by_word[(speaker, w)].append(entry)

    def normal(self, merged: Reaction) -> str:
        return self._normal[self._place[id(merged)]]

    def __getstate__(self) -> dict:
        return {k: v for k, v in self.__dict__.items() if k != "_place"}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._place = {id(m): n for n, m in enumerate(self.out)}

    def prefix(self, words: AbstractSet[str]) -> list[str]:
        """The words of a quote that any quote sharing `_needed` of them shares one of."""
        ordered = sorted(words, key=self._rank.__getitem__)
        return ordered[: len(words) - _needed(len(words)) + 1]


def _word_order(frequency: Counter[str]) -> dict[str, int]:
    """Content word -> its place in one fixed order, rarest first (then alphabetical)."""
    return {w: n for n, w in enumerate(sorted(frequency, key=lambda w: (frequency[w], w)))}


class _Order(dict):
    """`_Statements`' order of words; a word it has not placed (a merge resumed from a
    checkpoint meets words its story did not have) goes after every word placed so far. Any
    one fixed order gives `find` the same results (see `_Statements`), only its speed differs."""

    __slots__ = ()

    def __missing__(self, word: str) -> int:
        self[word] = len(self)
        return self[word]


@cache
def _needed(size: int) -> int:
    """How many content words two wordings of one statement share at least when the shorter
    has `size`: the fewest for which `same_statement` holds."""
    return next(k for k in range(1, size + 1) if same_statement(set(range(size)), set(range(size - k, 2 * size - k))))


def _merge_reactions(reactions: list[Reaction]) -> tuple[list[Reaction], Aka]:
    """One entry per statement: the same quote in several sources, worded differently or
    quoted in part, becomes one entry whose `variants` keep each source's wording.
    `_Statements` finds the one to join through indexes (see there)."""
    unnamed = any(r.speaker is None for r in reactions)
    if unnamed:  # an unnamed source's statements after the named ones: a named speaker's same quote takes them
        reactions = [r for r in reactions if r.speaker is not None] + [r for r in reactions if r.speaker is None]
    said = [(norm(r.text), frozen_content_words(r.text)) for r in reactions]  # read, never changed: no copies
    fold = _StatementFold(_word_order(Counter(w for _, words in said for w in words)), anyone=unnamed)
    for r, (r_norm, r_words) in zip(reactions, said, strict=True):
        fold.feed(r, r_norm, r_words)
    return fold.finish()


class _StatementFold:
    """`_merge_reactions` statement by statement (`feed`, named speakers' first), then the
    aliases of the ids (`finish`); the state between two statements can be pickled (a
    checkpoint: see checkpoints.py). Merged statements are told apart by their ids (unique)."""

    def __init__(self, order: dict[str, int], anyone: bool) -> None:
        self.index = _Statements(order, anyone=anyone)
        self.ids = Ids()
        self.labels: dict[str, list[str]] = {}  # merged statement's id -> the labels its items would take ids from
        self.unique = _Unique()

    def feed(self, r: Reaction, r_norm: str, r_words: AbstractSet[str]) -> None:
        index = self.index
        prefix = index.prefix(r_words) if r.kind == "quote" and r_words else []
        same = (index.find(r, r_norm, r_words, prefix, anyone=True) if r.speaker is None else None) or index.find(
            r, r_norm, r_words, prefix)
        if same is None:
            merged = Reaction(self.ids.new(_reaction_label(r)), r.speaker, r.kind, r.text, r.stance, list(r.variants),
                              list(r.evidence), r.speaker_text)
            index.add(merged, r_norm, r_words, prefix)
            self.labels[merged.id] = [_reaction_label(r)]
            return
        self.labels[same.id].append(_reaction_label(r))
        if index.normal(same) != r_norm:
            if not same.variants:
                same.variants = [Variant(ev.source, same.text) for ev in same.evidence[:1]]
            source = r.evidence[0].source
            if all(v.source != source for v in same.variants):
                same.variants.append(Variant(source, r.text))
        self.unique.add(same.evidence, r.evidence)

    def finish(self) -> tuple[list[Reaction], Aka]:
        return self.index.out, _aka([(r.id, self.labels[r.id]) for r in self.index.out])


def _reaction_label(r: Reaction) -> str:
    return f"{r.speaker or ''} {r.text[:50]}"


def same_reaction(a: Reaction, b: Reaction) -> bool:
    """Whether `b` is the statement `a` (already in the story): same speaker and kind, and the
    same words, or, for quotes from different sources, the same statement worded otherwise.
    Used by the merge and again after corrections (a merge or reattribute joins speakers)."""
    return _same_said(a, norm(a.text), content_words(a.text), b, norm(b.text), content_words(b.text))


def _same_said(a: Reaction, a_norm: str, a_words: AbstractSet[str], b: Reaction, b_norm: str, b_words: AbstractSet[str],
               anyone: bool = False) -> bool:
    """`anyone`: whoever said `a` (`b` an unnamed source's statement, `a` a named speaker's)."""
    if (a.speaker != b.speaker and not anyone) or a.kind != b.kind:
        return False
    return a_norm == b_norm or (
        b.kind == "quote" and _sources(b.evidence).isdisjoint(_sources(a.evidence)) and same_statement(a_words, b_words)
    )


class _FigureFold:
    """The story's figures merged figure by figure; the state between two can be pickled (a checkpoint:
    see checkpoints.py). Merged figures are told apart by their ids (unique)."""

    def __init__(self) -> None:
        self.seen: dict[tuple[float, str], Figure] = {}
        self.out: list[Figure] = []
        self.ids = Ids()
        self.labels: dict[str, list[str]] = {}  # merged figure's id -> the labels its items would take ids from
        self.unique = _Unique()
        self.by_value: dict[float, list[tuple[Figure, set[str]]]] = defaultdict(list)  # merged figures, and their what's words

    def feed(self, f: Figure) -> None:
        key = (f.value, norm(f.what))
        same = self.seen.get(key) or _told_by_another_source(f, self.by_value[f.value])
        if same is not None:
            self.unique.add(same.evidence, f.evidence)
            self.labels[same.id].append(f"{f.text} {f.what}"[:60])
            return
        merged = Figure(self.ids.new(f"{f.text} {f.what}"[:60]), f.value, f.text, f.what, f.attributed_to, list(f.evidence))
        self.seen[key] = merged
        self.by_value[f.value].append((merged, _what_words(f.what)))
        self.out.append(merged)
        self.labels[merged.id] = [f"{f.text} {f.what}"[:60]]

    def aka(self) -> Aka:
        return _aka([(f.id, self.labels[f.id]) for f in self.out])


def _what_words(what: str) -> set[str]:
    return {w.removesuffix("s") for w in norm(what).split() if len(w) > 3}


def _told_by_another_source(f: Figure, same_value: list[tuple[Figure, set[str]]]) -> Figure | None:
    """The figure of another source with this value that counts the same thing: their
    words of what it counts share a word ('11 million undocumented immigrants' and 'the
    estimated 11 million immigrants living illegally')."""
    if not same_value:
        return None
    sources, words = _sources(f.evidence), _what_words(f.what)
    for other, other_words in same_value:
        if not words.isdisjoint(other_words) and sources.isdisjoint(_sources(other.evidence)):
            return other
    return None


class _RelationFold:
    """One relation per (subject, relation, object), with every source's evidence and the date of
    the earliest source that dates it, merged relation by relation; the state between two can be
    pickled."""

    def __init__(self) -> None:
        self.seen: dict[tuple[str, str, str], Relation] = {}
        self.ids = Ids()
        self.unique = _Unique()

    def feed(self, r: Relation) -> None:
        key = (r.subject, r.relation, r.object)
        if key in self.seen:
            self.unique.add(self.seen[key].evidence, r.evidence)
            self.seen[key].date = self.seen[key].date or r.date
            return
        self.seen[key] = Relation(self.ids.new(f"{r.subject} {r.relation} {r.object}"), *key, r.date, list(r.evidence))


def merge(per_article: list[Facts]) -> Facts:
    return merge_story(per_article)[0]


def merge_story(per_article: list[Facts]) -> tuple[Facts, Aka]:
    """The story, and for each id a fact would have from one of its sources' own items, the
    facts that have such an item (see the module docstring)."""
    story, aka, _ = merge_resumable(per_article, [a for f in per_article for a in f.sources])
    return story, aka


class Stale(Exception):
    """A checkpoint that does not hold for this story (see `merge_resumable`): merge it whole."""


@dataclass
class Checkpoint:
    """The merge's state after the story's first `len(prefix)` articles (in merge order,
    earliest first): each fold pickled between two articles, and what the rest of a merge
    taken up from here checks it against (see `merge_resumable`)."""

    prefix: tuple[str, ...]  # the ids of those articles, in merge order
    # the `_PeopleFold`, `_OrgFold` and `_Folds` after them, pickled in turn by one pickler (a
    # piece of evidence they share is written once: read them back with one unpickler, in turn)
    states: bytes
    full_keys: frozenset[str]  # `_full_keys` of their people
    speakers: frozenset[tuple[str, str]]  # (source, speaker) of their statements
    person_ids: dict[tuple[str, str], str]  # (source, article-local id) -> story id, for them, in the whole story merged
    org_ids: dict[tuple[str, str], str]

    def opened(self) -> tuple[_PeopleFold, _OrgFold, _Folds]:
        """The three states, read back once (a merge changes them: a second merge reads them
        again). `open` them before other work makes the heap large: a merge then walks objects
        made together (reading them after spaCy's model made the merge about 0.1 CPU-s slower)."""
        opened = self.__dict__.pop("_opened", None)
        if opened is None:
            try:
                states = pickle.Unpickler(io.BytesIO(self.states))  # our own checkpoint (see checkpoints.py)
                opened = (states.load(), states.load(), states.load())
            except Exception:  # damaged: the story is merged whole
                raise Stale("a damaged checkpoint") from None
        return opened

    def open(self) -> None:
        try:
            self.__dict__["_opened"] = self.opened()
        except Stale:
            pass  # `opened` tries again, and says so, when the merge asks


def merge_resumable(
    per_article: list[Facts], sources: list[Article], resume: Checkpoint | None = None, marks: Collection[int] = (),
) -> tuple[Facts, Aka, list[Checkpoint]]:
    """`merge_story`, taken up from a checkpoint when `resume` is given: `per_article` then
    holds the facts of the articles after its prefix only, and `sources` every article of the
    story (for the sources sheet, in its order). The merge is a fold over the articles,
    earliest first, so the state after a prefix is the same whatever follows, except for what
    the whole story decides: the short forms of names (`_short_forms`), the story ids the
    prefix's people and organizations get (a later article can place a one-word name before
    them, or join two organizations), and whether any statement has an unnamed source. Each is
    checked; where one differs, `Stale` is raised and the caller merges the whole story. Without
    `resume`, the merge is whole, and a checkpoint is made after each of `marks` articles."""
    with collector_paused():
        return _merge_story(per_article, sources, resume, marks)


Mapped = tuple[list[Event], list[Reaction], list[Figure], list[Addressing], list[Relation]]


def _mapped(
    f: Facts, person_ids: dict[tuple[str, str], str], org_ids: dict[tuple[str, str], str], taken: AbstractSet[tuple[str, str]]
) -> Mapped:
    """One article's events, statements, figures, addressings and relations, with the story ids
    of the people and organizations they name (a body taken for a person's surname, `taken`,
    names that person among an event's people)."""
    source = f.sources[0].id
    events: list[Event] = []
    reactions: list[Reaction] = []
    addressings: list[Addressing] = []
    relations: list[Relation] = []
    for e in f.events:
        people_ids = [i for i in (person_ids.get((source, p)) for p in e.people) if i]
        org_refs = [i for i in (org_ids.get((source, o)) for o in e.organizations) if i]
        people_ids += [i for o in e.organizations if (source, o) in taken and (i := person_ids[(source, o)]) not in people_ids]
        events.append(Event(e.id, e.date, e.date_text, e.summary, people_ids, org_refs, e.evidence,
                            e.headline, e.status, e.places))
    for r in f.reactions:
        key = (source, r.speaker or "")
        speaker = person_ids.get(key) or org_ids.get(key)
        if speaker:
            reactions.append(Reaction(r.id, speaker, r.kind, r.text, r.stance, r.variants, r.evidence))
        elif r.speaker is None and r.speaker_text:  # an unnamed source ("a senior official")
            reactions.append(Reaction(r.id, None, r.kind, r.text, r.stance, r.variants, r.evidence, r.speaker_text))
    for a in f.addressings:
        author = person_ids.get((source, a.author)) or org_ids.get((source, a.author))
        if author:
            recipients = [person_ids.get((source, r)) or org_ids.get((source, r)) or r for r in a.recipients]
            addressings.append(Addressing(author, a.item, recipients, a.evidence))
    for rel in f.relations:
        subject = person_ids.get((source, rel.subject)) or org_ids.get((source, rel.subject))
        obj = person_ids.get((source, rel.object)) or org_ids.get((source, rel.object))
        if subject and obj and subject != obj:
            relations.append(Relation(rel.id, subject, rel.relation, obj, rel.date, rel.evidence))
    return events, reactions, list(f.figures), addressings, relations


Said = tuple[Reaction, str, AbstractSet[str]]  # a statement, its normalized text and its content words


class _Folds:
    """The folds of the story's events, statements, figures and relations, fed article by
    article; named speakers' statements merge as they come, an unnamed source's after every
    named one (`finish`). The state between two articles can be pickled (a checkpoint)."""

    def __init__(self, order: dict[str, int], anyone: bool) -> None:
        self.figures = _FigureFold()
        self.statements = _StatementFold(order, anyone)
        self.events = _EventFold()
        self.relations = _RelationFold()
        self.addressings: list[Addressing] = []
        self.unnamed: list[Said] = []  # statements of unnamed sources, merged after every named one

    def feed(self, mapped: Mapped, said: list[Said]) -> None:
        events, _, figures, addressings, relations = mapped
        for fig in figures:
            self.figures.feed(fig)
        for r, r_norm, r_words in said:
            if r.speaker is None:
                self.unnamed.append((r, r_norm, r_words))
            else:
                self.statements.feed(r, r_norm, r_words)
        for e in events:
            self.events.feed(e)
        self.addressings += addressings
        for rel in relations:
            self.relations.feed(rel)


class _States:
    """The states of one checkpoint, pickled in turn into one buffer by one pickler: what a
    later state shares with an earlier one (evidence, texts) is written once, as a reference.
    The pickler holds every object it wrote, so none is freed and its address taken by another
    before the checkpoint is done; what it shares is never changed in between (evidence and
    texts are immutable; the people's records, changed after their state is pickled, are in no
    later state)."""

    def __init__(self) -> None:
        self.buffer = io.BytesIO()
        self.pickler = pickle.Pickler(self.buffer, protocol=5)

    def dump(self, state: object) -> None:
        self.pickler.dump(state)

    def done(self) -> bytes:
        return self.buffer.getvalue()


def _said(reactions: list[Reaction]) -> list[Said]:
    return [(r, norm(r.text), frozen_content_words(r.text)) for r in reactions]  # read, never changed: no copies


def _merge_story(
    per_article: list[Facts], sources: list[Article], resume: Checkpoint | None, marks: Collection[int]
) -> tuple[Facts, Aka, list[Checkpoint]]:
    ranked = sorted(per_article, key=_rank)
    start = len(resume.prefix) if resume is not None else 0
    marks = sorted(m for m in marks if 0 < m < len(ranked)) if resume is None else []
    pickled = {m: _States() for m in marks}
    speakers = {(f.sources[0].id, r.speaker) for f in ranked for r in f.reactions}
    if resume is None:
        people = _PeopleFold(_short_forms(ranked))
        orgs = _OrgFold()
    else:
        people, orgs, folds = resume.opened()
        if people.short != _short_from_keys(resume.full_keys | _full_keys(ranked)):
            raise Stale("the short forms of names")
        speakers |= resume.speakers
    for n, f in enumerate(ranked, start + 1):
        people.feed(f)
        if n in pickled:
            pickled[n].dump(people)
    for n, f in enumerate(ranked, start + 1):
        orgs.feed(f)
        if n in pickled:
            pickled[n].dump(orgs)
    people_list, person_ids, spellings = people.finish(speakers)
    org_list, org_ids = orgs.out, orgs.by_article
    org_list, taken = _surnames_taken_for_bodies(people_list, org_list, org_ids, person_ids)
    if resume is not None:
        before = set(resume.prefix)
        if {k: v for k, v in person_ids.items() if k[0] in before} != resume.person_ids or \
                {k: v for k, v in org_ids.items() if k[0] in before} != resume.org_ids:
            raise Stale("the ids of people or organizations of the articles before the checkpoint")
    mapped = [_mapped(f, person_ids, org_ids, taken) for f in ranked]
    said = [_said(m[1]) for m in mapped]
    if resume is None:
        folds = _Folds(_word_order(Counter(w for article in said for _, _, words in article for w in words)),
                       anyone=any(r.speaker is None for article in said for r, _, _ in article))
    else:
        unnamed = bool(folds.unnamed) or any(r.speaker is None for article in said for r, _, _ in article)
        if unnamed != folds.statements.index.anyone:
            raise Stale("whether a statement has an unnamed source")
    for n, (m, s) in enumerate(zip(mapped, said, strict=True), start + 1):
        folds.feed(m, s)
        if n in pickled:
            pickled[n].dump(folds)
    for r, r_norm, r_words in folds.unnamed:
        folds.statements.feed(r, r_norm, r_words)
    merged_figures, figure_aka = folds.figures.out, folds.figures.aka()
    merged_reactions, reaction_aka = folds.statements.finish()
    merged_events, event_aka = folds.events.finish()
    named = [(x.id, [x.name, *x.aliases]) for x in [*people_list, *org_list]]
    aka: Aka = defaultdict(list)
    for part in (_aka(named), event_aka, reaction_aka, figure_aka):
        for slug, ids in part.items():
            aka[slug] += ids
    addressings = folds.addressings
    story = Facts(
        sources=sources,
        people=people_list,
        organizations=org_list,
        events=merged_events,
        reactions=merged_reactions,
        figures=merged_figures,
        discrepancies=discrepancies.find(people_list, spellings, merged_reactions, addressings, merged_figures, merged_events,
                                         sources),
        addressings=addressings,
        relations=list(folds.relations.seen.values()),
    )
    checkpoints = []
    for m, states in pickled.items():
        prefix = tuple(f.sources[0].id for f in ranked[:m])
        before = set(prefix)
        checkpoints.append(Checkpoint(
            prefix, states.done(), frozenset(_full_keys(ranked[:m])),
            frozenset((f.sources[0].id, r.speaker) for f in ranked[:m] for r in f.reactions),
            {k: v for k, v in person_ids.items() if k[0] in before}, {k: v for k, v in org_ids.items() if k[0] in before},
        ))
    return story, dict(aka), checkpoints
