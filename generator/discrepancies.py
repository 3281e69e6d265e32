"""Where the sources disagree, and whether it matters.

Each discrepancy keeps what every source says and the sentences it says it in, a `kind` and a
one-line `statement` naming the outlets. A real disagreement is one that cannot be true both
ways: differing numbers for the same thing (`number`), different titles for the same role
(`role`), or accounts that contradict each other — one side says it happened, another denies
it, or sources name different people as the ones a message went to (`account`). Differences a
reader need not weigh are `wording`: a partial quote against the full one, a title inside a
longer one ("President", "U.S. President"), a name spelled two ways, a list of addressees that
leaves one out. Values that are the same once case and punctuation are set aside, a name
inside a longer one, and a number that is a piece of another (an extraction error), are no
discrepancy at all; nor are numbers whose sentences count different things.

Word lists are data (extract/data/): denial_cues, denied_things, pointing_determiners,
reporting_words, title_qualifiers."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import date
from functools import cache
from pathlib import Path

from generator import textmemo
from generator.ids import Ids
from generator.records import Addressing, Article, Discrepancy, Event, Evidence, Figure, Person, Reaction
from generator.textsim import content_words, frozen_content_words, norm, same_statement


@cache
def denial_cues() -> tuple[tuple[str, ...], ...]:
    """The cue phrases (data/denial_cues.txt), each as its normalized words."""
    return tuple(sorted({tuple(norm(w).split()) for w in _data_lines("denial_cues")}))


@cache
def _cue_starts() -> frozenset[str]:
    return frozenset(cue[0] for cue in denial_cues())


@cache
def _cue_phrases() -> frozenset[str]:
    return frozenset(" ".join(cue) for cue in denial_cues())


@cache
def _data_lines(name: str) -> tuple[str, ...]:
    path = Path(__file__).resolve().parent / "extract" / "data" / f"{name}.txt"
    lines = path.read_text(encoding="utf-8").splitlines()
    return tuple(w.strip().lower() for w in lines if w.strip() and not w.startswith("#"))


def denied_things() -> frozenset[str]:
    """Nouns by which a denial points back at what was reported (data/denied_things.txt)."""
    return frozenset(_data_lines("denied_things"))


def title_qualifiers() -> frozenset[str]:
    """Words that make a title another office ("deputy", "vice"; data/title_qualifiers.txt)."""
    return frozenset(_data_lines("title_qualifiers"))


def reporting_words() -> frozenset[str]:
    """Words of a sentence that reports what someone said (data/reporting_words.txt)."""
    return frozenset(_data_lines("reporting_words"))


_SENTENCE_END = re.compile(r"(?<=[.!?])([\"”’)]*)\s+(?=[\"“‘(]?[A-Z0-9])")
_ABBREVIATION = re.compile(r"(?:\b[A-Z][a-z]{0,2}|\b(?:[A-Za-z]\.)+[A-Za-z]?)\.$")  # "Gen.", "No.", "U.S."


def _paragraph_sentences(body: str, words: frozenset[str] = frozenset()) -> list[list[Evidence]]:
    """The article's sentences, paragraph by paragraph, with their offsets (a period after an
    initial or a short capitalized abbreviation ends no sentence); with `words`, only the
    paragraphs that have one of them (in lowercase, as part of a word or whole)."""
    out: list[list[Evidence]] = []
    for para in re.finditer(r"[^\n]+", body):
        text, start, sentences = para.group(), para.start(), []
        lower = text.lower()
        if words and not any(w in lower for w in words):
            continue
        for m in _SENTENCE_END.finditer(text):
            if not _ABBREVIATION.search(text[max(start - para.start(), m.start() - 12) : m.start()]):
                sentences.append((start - para.start(), m.end(1)))
                start = para.start() + m.end()
        sentences.append((start - para.start(), len(text)))
        spans = [(a + len(text[a:b]) - len(text[a:b].lstrip()), a + len(text[a:b].rstrip())) for a, b in sentences]
        out.append([Evidence("", text[a:b], para.start() + a, para.start() + b) for a, b in spans if b > a])
    return out


def _points_back(text: str) -> bool:
    """A denial of what was just reported: a cue, then "the report", "that account"…"""
    if not _has_cue_phrase(text.lower()):
        return False
    words = _words(text)
    if not _cue_starts() & set(words):
        return False
    pointing, things = _data_lines("pointing_determiners"), denied_things()
    for i, word in enumerate(words):  # only where a cue can start
        for cue in _cues_by_start().get(word, ()):
            after = words[i + len(cue) : i + len(cue) + 4]
            if tuple(words[i : i + len(cue)]) == cue and after[:1] and after[0] in pointing:
                if any(w in things for w in after[1:]):
                    return True
    return False


@cache
def _cues_by_start() -> dict[str, tuple[tuple[str, ...], ...]]:
    """The denial cues by their first word."""
    out: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for cue in denial_cues():
        out[cue[0]].append(cue)
    return {start: tuple(cues) for start, cues in out.items()}


def _join(names: list[str]) -> str:
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def outlet_label(article: Article | None, source: str) -> str:
    """What a reader calls a source: its outlet, else its web site's host, else its headline
    (as render.outlet_name does for the pages)."""
    if article is None:
        return source
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", article.url or "")
    return article.outlet or (host[1] if host else article.title or source)


def _words(text: str) -> list[str]:
    return norm(text).split()


def _inside(part: list[str], whole: list[str]) -> bool:
    """`part` is a run of consecutive words of `whole`."""
    n = len(part)
    return 0 < n <= len(whole) and any(whole[i : i + n] == part for i in range(len(whole) - n + 1))


def _distinct(values: dict[str, str]) -> list[list[str]]:
    """The values' normalized word lists, once each: one item means they all say the same."""
    return [list(w) for w in dict.fromkeys(tuple(_words(v)) for v in values.values())]


def _any_inside(forms: list[list[str]]) -> bool:
    return any(a is not b and _inside(a, b) for a in forms for b in forms)


def _nested_sets(forms: list[list[str]]) -> bool:
    """Every value's words are among the longest value's words (a title inside a longer one)."""
    longest = set(max(forms, key=len))
    return all(set(f) <= longest for f in forms)


def _title_kind(values: dict[str, str]) -> str | None:
    """Titles: none when all are one title; wording when they nest ("President", "U.S.
    President"), name one office's body two ways ("DNC chairwoman", "party chairwoman") or each
    names a different office a person can hold at once; role when they name two portfolios of
    one kind of office ("Defense Minister", "Finance Minister": data/portfolio_titles.txt) or
    a qualifier makes one another office ("Vice President")."""
    forms = _distinct(values)
    if len(forms) < 2:
        return None
    if _nested_sets(forms):  # "President", "U.S. President"; but "Vice President" is another office
        longest = set(max(forms, key=len))
        return "role" if any((longest - set(f)) & title_qualifiers() for f in forms) else "wording"
    heads = {f[-1] for f in forms if f}  # one head: "Defense Minister", "Finance Minister" hold two portfolios;
    # "DNC chairwoman", "party chairwoman" name one body two ways
    return "role" if len(heads) == 1 and heads <= frozenset(_data_lines("portfolio_titles")) else "wording"


def _claims(events: Sequence[Event]) -> Iterable[tuple[Event, Evidence]]:
    for e in events:
        for ev in e.evidence:
            yield e, ev


def _has_cue_phrase(lower: str) -> bool:
    """Whether a lowercased text holds a cue phrase (maybe inside a longer word)."""
    return any(map(lower.__contains__, _cue_phrases()))


def _cue_words(text: str) -> set[str] | None:
    """The words of the denial cue in a sentence, or None when it has none."""
    if not _has_cue_phrase(text.lower()):
        return None
    words = _words(text)
    for cue in denial_cues():
        if _inside(list(cue), words):
            return set(cue)
    return None


def _quiet(sources: Sequence[Article]) -> dict[str, str]:
    """The articles with no cue phrase anywhere (most of them), id -> body: no sentence of
    theirs can deny anything."""
    no_cue = _NO_CUE.__getitem__ if textmemo.on else _has_no_cue
    return {a.id: a.body for a in sources if no_cue(a.body)}


def _has_no_cue(body: str) -> bool:
    return not _has_cue_phrase(body.lower())


_NO_CUE = textmemo.table("no_cue_phrase", _has_no_cue)  # in a merge: kept between runs (see textmemo)


def _accounts(
    events: Sequence[Event], reactions: Sequence[Reaction], quiet: dict[str, str] | None = None
) -> list[tuple[Event, Evidence, Evidence]]:
    """(event, a source's sentence reporting it, another source's sentence denying it): the
    denial comes from a statement or an event's sentence with a denial cue; it is about the
    event when most of its other words are the words of the event's sentence. Each claim is
    compared only with the denials sharing three words with it (an index by word: a bit per
    denial, the shared words counted for all of them at once), in their order;
    each sentence's cue is looked for once, and not at all in a sentence that is its article's
    text at its offsets in one of the `quiet` articles (see `_quiet`)."""
    quiet = quiet or {}
    cues: dict[str, set[str] | None] = {}  # each sentence's cue words, looked for once per text
    sentences = [ev for r in reactions for ev in r.evidence] + [ev for _, ev in _claims(events)]
    for ev in sentences:  # one pass, no call per sentence: 14,000 at 2,223 BBC articles, most of them in quiet articles
        text = ev.text
        if text not in cues:
            body, start = quiet.get(ev.source), ev.start
            # the quiet article's text at its offsets (compared in place: `body[start:end] == text`)
            plain = body is not None and start is not None and 0 <= start and ev.end == start + len(text) and \
                body.startswith(text, start)
            cues[text] = None if plain else _cue_words(text)
    denials: list[tuple[Evidence, set[str]]] = []
    for ev in dict.fromkeys(ev for ev in sentences if cues[ev.text] is not None):
        denials.append((ev, content_words(ev.text) - cues[ev.text]))  # type: ignore[operator]
    if not denials:
        return []
    masks: dict[str, int] = {}  # content word -> the denials that have it: bit n for denial n
    for n, (_, words) in enumerate(denials):
        for w in words:
            masks[w] = masks.get(w, 0) | 1 << n
    vocabulary = masks.keys()
    found: dict[str, tuple[Event, Evidence, Evidence]] = {}
    for event, claim in _claims(events):
        if event.id in found or cues[claim.text] is not None:
            continue
        said = frozen_content_words(claim.text)  # only read
        once = twice = thrice = 0  # the denials with at least one, two, three of its words, counted bitwise
        for w in vocabulary & said:
            m = masks[w]
            thrice |= twice & m
            twice |= once & m
            once |= m
        while thrice:  # the denials sharing three words or more, in their order
            low = thrice & -thrice
            thrice ^= low
            denial, words = denials[low.bit_length() - 1]
            if denial.source != claim.source and same_statement(words, said, 0.5):
                found[event.id] = (event, claim, denial)
                break
    return list(found.values())


def _denied_in_place(sources: Sequence[Article], quiet: dict[str, str] | None = None) -> list[tuple[Evidence, Evidence]]:
    """(the account, its denial) where one article gives both sides: a sentence denying "the
    report" (or "the claim" …) right after a sentence that reports what someone said, in one
    paragraph. The `quiet` articles (see `_quiet`) have no paragraph with a cue phrase (no cue spans a line)."""
    quiet = _quiet(sources) if quiet is None else quiet
    found = []
    for article in sorted(sources, key=lambda a: a.id):
        if quiet.get(article.id) is article.body:
            continue
        for paragraph in _paragraph_sentences(article.body, _cue_phrases()):
            for claim, denial in zip(paragraph, paragraph[1:], strict=False):
                if _points_back(denial.text) and reporting_words() & set(_words(claim.text)) and _cue_words(claim.text) is None:
                    found.append((Evidence(article.id, claim.text, claim.start, claim.end),
                                  Evidence(article.id, denial.text, denial.start, denial.end)))
    return found


def _short(text: str, limit: int = 60) -> str:
    return text if len(text) <= limit else text[: limit - 1].rsplit(" ", 1)[0].rstrip(" ,;:-–") + "…"


def _listing(values: dict[str, str], outlet: dict[str, str]) -> str:
    return ", ".join(f"{v} ({outlet.get(s, s)})" for s, v in sorted(values.items()))


def find(
    people: list[Person],
    spellings: dict[str, dict[str, str]],
    reactions: list[Reaction],
    addressings: list[Addressing],
    figures: list[Figure],
    events: Sequence[Event] = (),
    sources: Sequence[Article] = (),
) -> list[Discrepancy]:
    """Every discrepancy of the story, in a stable order: people (spelling, title), statements,
    addressees, numbers, dates and places of one event, then contradicting accounts of events."""
    ids = Ids()
    out: list[Discrepancy] = []
    # what a reader calls each source (the last of an id, as a mapping by id keeps it); a source
    # no article has is called by its id, as every use of this (`outlet.get(s, s)`) does
    named = {a.id: outlet_label(a, a.id) for a in sources}
    quiet = _quiet(sources)
    same_events = list(_same_event(events))
    for what, values, evidence, kind, statement in [
        *_people(people, spellings, named), *_statements(reactions, people), *_addressees(addressings, people, named),
        *_numbers(figures, named), *_event_dates(same_events, named), *_event_places(same_events, named),
        *_contradictions(events, reactions, named, quiet), *_denials(sources, quiet),
    ]:
        out.append(Discrepancy(ids.new(what), what, dict(sorted(values.items())), evidence, kind, statement))
    return out


Found = tuple[str, dict[str, str], list[Evidence], str, str]  # what, values, evidence, kind, statement


def _titles_by_source(person: Person) -> dict[str, list[str]]:
    """Each source's titles for a person, in the order of the person's roles: one pass over
    the evidence, not one per source (a person in hundreds of sources made that quadratic)."""
    out: dict[str, list[str]] = defaultdict(list)
    for role in person.roles:
        for source in dict.fromkeys(ev.source for ev in role.evidence):
            out[source].append(role.title)
    return out


def _people(people: list[Person], spellings: dict[str, dict[str, str]], outlet: dict[str, str]) -> Iterable[Found]:
    for person in people:
        spelled = spellings.get(person.id, {})
        forms = _distinct(spelled) if len(spelled) > 1 else []  # one source's spelling: nothing to compare
        if len(forms) > 1 and not _any_inside(forms):  # "Hale" inside "Tom Hale" is a short name
            evidence = [ev for ev in person.evidence if ev.source in spelled]
            yield (f"spelling of {person.name}'s name", spelled, evidence, "wording",
                   f"Sources spell {person.name}'s name differently: {_listing(spelled, outlet)}")
        titles: dict[str, set[str]] = defaultdict(set)
        for role in person.roles:
            for ev in role.evidence:
                titles[ev.source].add(norm(role.title))
        if len(titles) > 1 and not set.intersection(*titles.values()):
            said = _titles_by_source(person)
            by_source = {s: "; ".join(said[s]) for s in titles}
            kind = _title_kind(by_source)
            if kind:
                verb = "give different titles for" if kind == "role" else "give the title of"
                tail = "" if kind == "role" else " in different words"
                yield (f"title of {person.name}", by_source, [ev for r in person.roles for ev in r.evidence], kind,
                       f"Sources {verb} {person.name}{tail}: {_listing(by_source, outlet)}")


def _statements(reactions: list[Reaction], people: list[Person]) -> Iterable[Found]:
    names = {p.id: p.name for p in people}
    for r in reactions:
        wordings = {v.source: v.text for v in r.variants}
        forms = _distinct(wordings) if len(wordings) > 1 else []  # one source's wording: nothing to compare
        if len(forms) > 1:
            how = "in part and in full" if _any_inside(forms) else "in different words"
            if r.speaker is None:  # an unnamed source: told as the text gives it
                teller = r.speaker_text or "an unnamed source"
                yield (f"wording of a statement by {teller}", wordings, r.evidence, "wording",
                       f"Sources quote a statement by {teller} {how}")
                continue
            speaker = names.get(r.speaker, r.speaker)
            yield (f"wording of {speaker}'s statement", wordings, r.evidence, "wording",
                   f"Sources quote {speaker}'s statement {how}")


def _addressees(addressings: list[Addressing], people: list[Person], outlet: dict[str, str]) -> Iterable[Found]:
    names = {p.id: p.name for p in people}
    messages: dict[tuple[str, str], list[Addressing]] = defaultdict(list)
    for a in addressings:
        messages[(a.author, a.item)].append(a)
    for (author, item), reports in messages.items():
        by_source: dict[str, list[str]] = {}
        for a in reports:
            for ev in a.evidence:
                seen = by_source.setdefault(ev.source, [])
                seen += [names.get(r, r) for r in a.recipients if names.get(r, r) not in seen]
        lists = list(dict.fromkeys(frozenset(v) for v in by_source.values()))
        if len(by_source) > 1 and len(lists) > 1:
            values = {s: _join(v) for s, v in by_source.items()}
            nested = all(x <= y or y <= x for x in lists for y in lists)
            what = f"addressees of {names.get(author, author)}'s {item}"
            statement = (f"Sources name different people as the addressees of {names.get(author, author)}'s {item}"
                         f"{', one naming fewer' if nested else ''}: {_listing(values, outlet)}")
            yield what, values, [ev for a in reports for ev in a.evidence], "wording" if nested else "account", statement


def _context_words(text: str) -> set[str]:
    # a word of letters only has no digit (no character is both), and is told at once
    return {w for w in content_words(text) if w.isalpha() or not any(c.isdigit() for c in w)}


def _same_context(group: list[Figure]) -> bool:
    """Two of the numbers are told of the same thing: sentences giving different values share
    at least two words besides the numbers, a quarter of the shorter's ("five states: Colorado
    …" and "the 23 states for which data exists" count different things)."""
    told = [(f.value, _context_words(ev.text)) for f in group for ev in f.evidence]
    return any(
        a != b and len(wa & wb) >= 2 and len(wa & wb) * 4 >= min(len(wa), len(wb))
        for i, (a, wa) in enumerate(told) for b, wb in told[i + 1 :]
    )


def _numbers(figures: list[Figure], outlet: dict[str, str]) -> Iterable[Found]:
    by_what: dict[str, list[Figure]] = defaultdict(list)
    for f in figures:
        by_what[norm(f.what)].append(f)
    for group in by_what.values():
        if len({f.value for f in group}) < 2:
            continue  # one value: nothing to compare (and the sentences' words are not worth reading)
        counted: dict[str, str] = {}
        for f in group:
            for ev in f.evidence:
                counted.setdefault(ev.source, f.text)
        forms = _distinct(counted)
        if len(counted) > 1 and len(forms) > 1 and not _any_inside(forms) and _same_context(group):
            yield (f"number of {group[0].what}", counted, [ev for f in group for ev in f.evidence], "number",
                   f"Sources give different numbers for {group[0].what}: {_listing(counted, outlet)}")


def _same_event(events: Sequence[Event]) -> Iterable[list[Event]]:
    """Reports of one event that the merge kept apart: the same summary (of two words or more)
    and the same people (at least one), told by sources none of which tells the other report,
    in the order of their dates."""
    by_key: dict[tuple[str, tuple[str, ...]], list[Event]] = defaultdict(list)
    for e in events:
        if e.people and len(content_words(e.summary)) >= 2 and e.status != "scheduled":
            by_key[(norm(e.summary), tuple(sorted(e.people)))].append(e)
    for group in by_key.values():
        told = [{ev.source for ev in e.evidence} for e in group]
        if len(group) > 1 and all(not (a & b) for i, a in enumerate(told) for b in told[i + 1 :]):
            yield sorted(group, key=lambda e: (str(e.date or ""), e.id))


def _days_apart(first: str, last: str) -> int | None:
    if len(first) != 10 or len(last) != 10:
        return None
    return (date.fromisoformat(last) - date.fromisoformat(first)).days


def _event_dates(groups: list[list[Event]], outlet: dict[str, str]) -> Iterable[Found]:
    """One event given different days by different outlets (within a month of each other: further
    apart, they are more likely two events of one kind, such as two votes); `groups`: `_same_event`'s."""
    for group in groups:
        dates = [e.date for e in group if e.date]
        if len(dates) != len(group) or len(set(dates)) < 2 or not 0 < (_days_apart(dates[0], dates[-1]) or 99) <= 31:
            continue
        values = {ev.source: e.date_text or str(e.date) for e in group for ev in e.evidence}
        dated = {ev.source: f"{e.date}" for e in group for ev in e.evidence}
        yield (f"date of {group[0].summary}", values, [ev for e in group for ev in e.evidence], "date",
               f"Sources give different dates for {group[0].summary}: {_listing(dated, outlet)}")


def _event_places(groups: list[list[Event]], outlet: dict[str, str]) -> Iterable[Found]:
    """One event placed in different places by different outlets, no place shared; `groups`:
    `_same_event`'s."""
    for group in groups:
        places = [{norm(p) for p in e.places} for e in group]
        if not all(places) or any(a & b for i, a in enumerate(places) for b in places[i + 1 :]):
            continue
        values = {ev.source: ", ".join(e.places) for e in group for ev in e.evidence}
        yield (f"place of {group[0].summary}", values, [ev for e in group for ev in e.evidence], "place",
               f"Sources place {group[0].summary} differently: {_listing(values, outlet)}")


def _contradictions(
    events: Sequence[Event], reactions: list[Reaction], outlet: dict[str, str], quiet: dict[str, str]
) -> Iterable[Found]:
    for event, claim, denial in _accounts(events, reactions, quiet):
        values = {claim.source: claim.text, denial.source: denial.text}
        yield (f"account of {event.summary}", values, [claim, denial], "account",
               f"Accounts of {event.summary} contradict each other: {outlet.get(claim.source, claim.source)} reports it, "
               f"{outlet.get(denial.source, denial.source)} reports it denied or disputed")


def _denials(sources: Sequence[Article], quiet: dict[str, str]) -> Iterable[Found]:
    for claim, denial in _denied_in_place(sources, quiet):
        outlet = outlet_label(next(a for a in sources if a.id == claim.source), claim.source)
        yield (f"denied: {_short(claim.text)}", {claim.source: denial.text}, [claim, denial], "account",
               f"Accounts contradict each other: {outlet} reports an account and its denial")
