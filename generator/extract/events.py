"""Dated events: a date expression and the clause or noun phrase it anchors.

"Levin announced Tuesday he was resigning" -> the clause of "announced";
"the Oct. 7 2023, Hamas attack" -> the noun phrase "attack". Pronoun subjects are replaced
by the name they stand for, so a summary reads on its own.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from spacy.tokens import Doc, Span, Token

from generator.extract import dates
from generator.extract.mentions import Mentions, title_word
from generator.extract.quotes import resolve, subject_of
from generator.extract.sentences import sent_of
from generator.extract.textindex import Ranges

MAX_SUMMARY_TOKENS = 40
_DROP_DEPS = {"conj", "cc", "advcl", "relcl", "parataxis", "mark"}
_FUTURE = {"will", "'ll", "shall"}
_SCHEDULED = {"expect", "schedule", "set", "plan", "be", "due"}  # "is expected to", "is set to", "is to", "due to": planned
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_POSSIBLE = {"could", "might", "may"}
_AT_TIME = {"in", "at", "after", "during"}  # a dated noun after these dates the verb they hang on
_TIMETABLE = {"begin", "start", "end", "open", "close", "expire", "finish", "resume", "arrive", "depart"}  # "ends on 1 August": ahead
_TIME_OF_DAY = {"morning", "afternoon", "evening", "night"}
_HOLIDAY_WORDS = [name.replace("'s", " 's").split() for name in dates.HOLIDAYS]  # as spaCy splits them
_CLOCK = {"gmt", "bst", "utc", "cet", "et", "hrs", "hours"}  # "at 1400 GMT": a time of day, not a year


@dataclass
class FoundEvent:
    date: str | None
    date_text: str
    summary: str
    people: list[str]
    organizations: list[str]
    sentence: Span


def _anchor(ent: Span) -> Token:
    """The verb or noun a date expression modifies: "the Oct. 7 attack" -> attack,
    "announced Tuesday" -> announced, "freed on Sunday" -> freed."""
    doc = ent.doc
    root = ent.root
    if root.head.lower_ in _TIME_OF_DAY and root.head.i == ent.end:
        root = root.head  # "on Wednesday night": the night is part of the date
    while root.dep_ == "conj" and root.head.ent_type_ == "DATE" and root.head.i < root.i:
        root = root.head  # "in both 1992 and 1997": 1997 hangs on 1992
    when = next((c for c in root.children if c.dep_ == "relcl" and any(w.lower_ == "when" for w in c.children)), None)
    if when is None and ent.end + 1 < len(doc) and doc[ent.end].text == "," and doc[ent.end + 1].lower_ == "when":
        verb = doc[ent.end + 1].head  # the same, parsed as a clause of the sentence's verb
        when = verb if verb.pos_ in ("VERB", "AUX") and verb.i > ent.end else None
    if when is not None:
        return when  # "like 1964, when X won against the odds": what happened then
    if root.dep_ in ("compound", "nmod", "amod", "poss", "nummod") and root.head.pos_ in ("NOUN", "PROPN"):
        noun = root.head
        prep = noun.head
        if noun.dep_ == "pobj" and prep.lower_ in _AT_TIME and prep.head.pos_ == "VERB":
            return prep.head  # "Named minister after the 1998 election": the naming, then
        return noun
    premodified = _premodified_noun(ent)
    if premodified is not None:
        return premodified
    tok = root.head
    if root.dep_ == "pobj" and tok.head is not tok:
        tok = tok.head
    for _ in range(4):
        if tok.pos_ in ("VERB", "AUX") and tok.dep_ == "acl" and tok.head.pos_ == "NOUN":
            tok = tok.head  # "a letter sent ... on Tuesday": the clause the letter is in
        elif tok.pos_ in ("NOUN", "PROPN") and tok.dep_ == "pobj" and tok.head.head is not tok.head:
            tok = tok.head.head
        elif tok.pos_ in ("ADP", "ADV") and tok.head is not tok:
            tok = tok.head  # "as of March 6", "dates back to 1974"
        else:
            break
    if tok.dep_ == "advcl" and tok.head.pos_ in ("VERB", "AUX") and any(c.dep_ == "advmod" and c.lower_ == "when" for c in tok.children):
        tok = tok.head  # "she became mayor when her party took the city in 1998": the becoming, too
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and root.dep_ == "pobj" and root.head.lower_ == "on":
        tok = tok.head  # "signed the deal for the port on Tuesday": the signing, that day
    if tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and tok.head.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "X is due to visit Y": through "due"
    if tok.dep_ in ("xcomp", "acomp") and tok.head.pos_ in ("VERB", "AUX"):
        tok = tok.head  # "X is to visit Y this week", "X plans to visit Y on Friday": with its subject
    return tok


def _resolve(ent: Span, anchor: Token, published, years: dict[tuple[int, int], int]) -> dates.Resolved:
    """A date resolved in the tense of the clause it dates; but one that dates a noun or a
    participle in a past-tense clause ("had hired staff ahead of the scheme's launch on 1
    April", "rules taking effect on 1 April") is the one nearest publication when that
    lies within a month after it: it may lie ahead of the clause it is told in."""
    tense = _tense(anchor)
    gov = ent.root.head.head if ent.root.dep_ == "pobj" else ent.root.head
    timetabled = anchor.tag_ in ("VBZ", "VBP") and anchor.lemma_ in _TIMETABLE and not any(c.dep_ == "aux" for c in anchor.children)
    if not tense and gov == anchor and timetabled:
        tense = "future"  # "his term ends on 1 August": what is timetabled (not "it follows X's exit on 1 May")
    resolved = dates.resolve(ent.text, published, tense=tense, known_years=years)
    if published is None or tense != "past" or gov == anchor or not (gov.pos_ in ("NOUN", "PROPN") and gov.dep_ != "dobj" or gov.tag_ == "VBG"):
        return resolved
    nearest = dates.resolve(ent.text, published, known_years=years)
    ahead = nearest.iso is not None and len(nearest.iso) == 10 and 0 < (date.fromisoformat(nearest.iso) - published).days <= 31
    return nearest if ahead else resolved


def _premodified_noun(ent: Span) -> Token | None:
    """"the Oct. 7 2023, Hamas attack": a date used as a modifier, whatever the parse says."""
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
    be published on Monday", "is expected to argue ... when she speaks on Monday" are future)."""
    tok = anchor
    for _ in range(3):
        aux = {c.lower_ for c in tok.children if c.dep_ in ("aux", "auxpass")}
        if aux & _FUTURE or any(c.lower_ in ("effective", "from") for c in tok.children):
            return "future"
        if tok.tag_ == "VBD" or aux & {"has", "have", "had", "was", "were", "did"}:
            return "" if tok != anchor and tok.lemma_ not in _SCHEDULED else "past"
        if tok.lemma_ in _SCHEDULED and any(c.dep_ == "xcomp" for c in tok.children) or any(
            c.dep_ == "acomp" and c.lower_ == "due" for c in tok.children
        ):
            return "future"  # "is expected to", "are due to", "is to"
        if tok.dep_ not in ("xcomp", "advcl", "acomp") or tok.head == tok:
            break
        tok = tok.head
    return ""


def _dropped(tok: Token, child: Token, anchor: Token | None) -> bool:
    """Whether a summary leaves out `child` of `tok` (unless it holds the date): a clause or
    a conjunct hanging on the anchor or a verb."""
    clausal = tok is anchor or tok.pos_ in ("VERB", "AUX") or child.dep_ not in ("conj", "cc")
    return child.dep_ in _DROP_DEPS and clausal


def _kept(anchor: Token, ent: Span) -> set[int]:
    """The tokens a summary of the clause or phrase `anchor` heads keeps for the date `ent`."""
    keep: set[int] = set()

    def walk(tok: Token) -> None:
        keep.add(tok.i)
        for child in tok.children:
            contains_date = child.left_edge.i <= ent.start and child.right_edge.i >= ent.end - 1
            if _dropped(tok, child, anchor) and not contains_date:
                continue  # but "Work and Pensions Secretary" keeps its "and Pensions"
            walk(child)

    walk(anchor)
    return keep


def _relative_head(anchor: Token) -> list[int]:
    """For a relative clause, the noun it describes and the words before it ("a career which
    dates back to 1974")."""
    which = any(c.lower_ in ("which", "that") for c in anchor.children)  # "the Storm which struck", not "X, whose ..."
    if anchor.dep_ == "relcl" and (anchor.head.pos_ == "NOUN" or anchor.head.pos_ == "PROPN" and which):
        head = anchor.head
        return [t.i for t in anchor.doc[head.left_edge.i : head.i + 1] if t.pos_ != "DET"]
    return []


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
        for i in reversed(order):  # children before parents
            tok = doc[i]
            for c in children[i]:
                size[i] += size[c]
                if not _dropped(tok, doc[c], None):
                    self._count[i] += self._count[c]
            self._projective[i] = size[i] == tok.right_edge.i - tok.left_edge.i + 1 and all(self._projective[c] for c in children[i])
        if len(order) != len(doc):
            self._projective = [False] * len(doc)

    def kept(self, anchor: Token, ent: Span) -> list[int] | None:
        """The sorted tokens a summary keeps, cut to its length as `_summary_tokens` does, or
        None where only a walk of its own tells."""
        if not len(ent) or not self._projective[anchor.i] or _relative_head(anchor):
            return None

        def holds_date(child: Token) -> bool:
            return child.left_edge.i <= ent.start and child.right_edge.i >= ent.end - 1

        count = 1 + sum(self._count[c.i] for c in anchor.children if not _dropped(anchor, c, anchor))
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
        return self._in_order(anchor, holds_date, min(anchor.i, ent.start), MAX_SUMMARY_TOKENS)

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


def _tree(doc: Doc) -> tuple[list[int], list[list[int]]]:
    """Every token, parents before children, and each token's children."""
    children: list[list[int]] = [[] for _ in doc]
    roots = []
    for tok in doc:
        if tok.head.i == tok.i:
            roots.append(tok.i)
        else:
            children[tok.head.i].append(tok.i)
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
        keep.update(_relative_head(anchor))
        toks = [doc[i] for i in sorted(keep)]
        if len(toks) > MAX_SUMMARY_TOKENS:  # keep the part around the anchor and the date
            lo = min(anchor.i, ent.start)
            toks = [t for t in toks if t.i >= lo][:MAX_SUMMARY_TOKENS]
    while toks and (
        toks[0].is_punct
        or toks[0].dep_ in ("cc", "mark", "prep") and toks[0].i < anchor.i and toks[0].head != anchor
        or toks[0].lower_ == "when" and toks[0].dep_ == "advmod"  # "[1998,] when X won": X won
    ):
        toks = toks[1:]
    while toks and (toks[-1].is_punct or toks[-1].is_space):
        toks = toks[:-1]
    if not any((t.pos_ in ("VERB", "AUX", "NOUN")) and not (ent.start <= t.i < ent.end) for t in toks):
        return []  # a dateline ("LONDON, Nov 13"): a date and a place, no event
    return toks


def _render(toks: list[Token], mentions: Mentions) -> tuple[str, list[str], list[str]]:
    """Summary text with pronoun subjects named, and the people and organizations in it."""
    parts: list[str] = []
    people: list[str] = []
    orgs: list[str] = []
    prev = None
    for tok in toks:
        if tok.text == "," and prev is not None and prev.text == "," and parts[-1] == ",":
            parts.pop()  # the commas around a clause left out ("X, which ..., urged")
            continue
        m = mentions.at(tok)
        text = tok.text
        pronoun = m is not None and m.pronoun and m.end - m.start == 1  # "the 71-year-old" reads on its own
        if pronoun and (tok.dep_ in ("nsubj", "nsubjpass", "relcl") or tok.lower_ == "who"):
            text = mentions.entities[m.key].name
        elif pronoun and tok.lower_ == "whose":
            text = mentions.entities[m.key].name + "'s"
        if m is not None:
            bucket = people if m.kind == "person" else orgs
            if m.key not in bucket:
                bucket.append(m.key)
        gap = prev is not None and prev.i + 1 != tok.i  # words left out between them
        if prev is not None and (gap or prev.whitespace_) and not (gap and tok.text in (",", ";")):
            parts.append(" ")
        parts.append(text)
        prev = tok
    return "".join(parts).strip(), people, orgs


def _participle_subject(anchor: Token, mentions: Mentions) -> str | None:
    """"Born in 1930 and raised in X, she became a nurse", "Elected at the 1970 election, she
    represented ...": the person the main clause is about."""
    verb = anchor
    if verb.pos_ in ("NOUN", "PROPN") and verb.dep_ == "pobj" and verb.head.dep_ == "prep":
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
    subj = next((c for c in main.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    m = mentions.at(subj) if subj is not None else None
    return m.key if m is not None and m.kind == "person" else None


def _company_named_like_month(ent: Span, mentions: Mentions, first_words: set[str] | None = None) -> bool:
    """"May's debt", "a rescue deal for May" when "May Stores" is named: a company, not a month.
    `first_words`, if given, are `_org_first_words(mentions)`."""
    if len(ent) != 1 or ent[0].lower_ not in dates.MONTH_NAMES:
        return False
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].text in ("'s", "’s"):
        return True
    temporal = ent.start and doc[ent.start - 1].lower_ in ("in", "on", "since", "until", "by", "last", "next", "this", "early", "late", "mid", "from", "to")
    named = ent.text in (first_words if first_words is not None else _org_first_words(mentions))
    return named and not temporal


def _org_first_words(mentions: Mentions) -> set[str]:
    """The first words of the organizations named in several words."""
    return {key.split()[0] for key, e in mentions.entities.items() if e.kind == "org" and len(key.split()) > 1}


def _each_year(ent: Span) -> list[Span]:
    """"both 1997 and 2001", tagged as one date: each year on its own."""
    if ent[0].lower_ != "both" or not all(t.lower_ in ("both", "and", ",") or _YEAR.fullmatch(t.text) for t in ent):
        return [ent]
    return [Span(ent.doc, t.i, t.i + 1, label="DATE") for t in ent if _YEAR.fullmatch(t.text)]


def _name_before_verb(verb: Token, mentions: Mentions) -> str | None:
    """The person named just before a verb the parse gave no subject, or set off by commas just
    before it ("after her deputy, Ann Lee, resigned in May")."""
    if verb.pos_ != "VERB" or verb.i == 0 or any(c.dep_ in ("nsubj", "nsubjpass", "csubj") for c in verb.children):
        return None
    doc = verb.doc
    m = mentions.at(doc[verb.i - 1])
    if m is None and doc[verb.i - 1].text == "," and verb.i > 1:
        m = mentions.at(doc[verb.i - 2])
        if m is not None and (m.start == 0 or doc[m.start - 1].text != ","):
            m = None
    return m.key if m is not None and m.kind == "person" and not m.pronoun else None


def _holidays(doc: Doc) -> list[Span]:
    """"Boxing Day", "New Year's Day", which the model may tag as an event or not at all."""
    out = []
    for t in doc:
        for words in _HOLIDAY_WORDS:
            if t.lower_ == words[0] and [x.lower_.replace("’", "'") for x in doc[t.i : t.i + len(words)]] == words:
                if not any(x.ent_type_ == "DATE" for x in doc[t.i : t.i + len(words)]):
                    out.append(Span(doc, t.i, t.i + len(words), label="DATE"))
    return out


def _day_and_time(ent: Span) -> bool:
    """"Wednesday night", "last night", tagged as a time: a day all the same."""
    words = {t.lower_ for t in ent}
    return ent.label_ == "TIME" and bool(words & set(dates.WEEKDAYS) or words >= {"last", "night"} or words & {"yesterday", "tonight"})


def _untagged_years(doc: Doc) -> list[Span]:
    """Years inside a name the model tags otherwise: "the Budget of 1999" (an organization)."""
    return [
        Span(doc, t.i, t.i + 1, label="DATE") for t in doc
        if t.ent_type_ not in ("", "DATE", "CARDINAL", "MONEY", "QUANTITY", "PERCENT")
        and _YEAR.fullmatch(t.text) and t.i > 0 and doc[t.i - 1].lower_ in ("of", "in")
    ]


def _titled_subject(anchor: Token, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    """"The health minister resigned on Tuesday", "the Chancellor's Budget of 1999": the person
    given that title in the article."""
    if anchor.pos_ in ("VERB", "AUX"):
        subj = subject_of(anchor)
    else:
        subj = next((c for c in anchor.children if c.dep_ == "poss"), None)
    if subj is None or not (subj.pos_ == "NOUN" or subj.pos_ == "PROPN" and title_word(subj)):
        return None  # a noun, or a title the model calls a proper noun ("the Chancellor's")
    if not any(c.lower_ == "the" for c in subj.children):
        return None
    key = resolve(subj, mentions, role_index)
    return key if key is not None and mentions.entities[key].kind == "person" else None


def find_events(
    doc: Doc, mentions: Mentions, published, quotes: list[tuple[int, int]], role_index: dict[str, list[tuple[int, str]]]
) -> list[FoundEvent]:
    date_ents = sorted([y for e in doc.ents if e.label_ == "DATE" or _day_and_time(e) for y in _each_year(e)] + _untagged_years(doc) + _holidays(doc), key=lambda e: e.start)
    years = dates.known_years([e.text for e in date_ents])
    quoted, walks, first_words = Ranges(quotes), _Walks(doc), _org_first_words(mentions)
    date_starts = [e.start for e in date_ents]
    out: list[FoundEvent] = []
    anchors: list[tuple[Token, FoundEvent]] = []
    for n, ent in enumerate(date_ents):
        if ent.start_char in quoted:
            continue
        both = n and date_ents[n - 1].start and doc[date_ents[n - 1].start - 1].lower_ == "both"
        if n and ent.start - date_ents[n - 1].end == 1 and doc[ent.start - 1].lower_ in ("to", "and", "until", "-", "–") and not both:
            continue  # "from 1981 to 1987": one period, dated by its start (but "in both 1992 and 1997": two)
        if not dates.is_point_in_time(ent.text):
            continue
        programme = ent.text == "Today" and not ent[0].is_sent_start  # "BBC Radio 4's Today programme"
        if ent.end < len(doc) and doc[ent.end].lower_ in _CLOCK:
            continue
        if not any(t.like_num for t in ent) and mentions.in_span(ent.start, ent.end, "org") or _company_named_like_month(ent, mentions, first_words) or programme:
            continue  # "the Sunday Telegraph", "May's chairman": a name
        anchor = _anchor(ent)
        sent = sent_of(ent)
        same_sentence = date_ents[bisect_left(date_starts, sent.start) : bisect_left(date_starts, sent.end)]
        if ent.start and doc[ent.start - 1].lower_ in ("until", "till") and any(
            o is not ent and sent_of(o) == sent and _anchor(o) == anchor for o in same_sentence
        ):
            continue  # "Until 1997, it had been held by the Tories since 1970": the end of one period
        if anchor.pos_ in ("VERB", "AUX") and any(c.dep_ == "aux" and c.lower_ in _POSSIBLE for c in anchor.children):
            continue  # "Parliament could decide in 2014": a possibility, not an event
        resolved = _resolve(ent, anchor, published, years)
        when = doc[ent.end].head if ent.end < len(doc) and doc[ent.end].lower_ == "when" else None
        # "up on three years ago when the rule came in": what happened then, too
        also = [when] if when is not None and when.pos_ in ("VERB", "AUX") and when.i > ent.end and when != anchor else []
        for at in [anchor, *also]:
            event = _event_at(at, ent, resolved, mentions, role_index, walks)
            if event is not None:
                out.append(event)
                anchors.append((at, event))
    # "X was replaced in 2008 after nearly a decade": one event, dated by its date
    dated = {a.i for a, e in anchors if e.date}
    seen: set[int] = set()
    out = []
    for a, e in anchors:
        if not e.date and (a.i in dated or a.i in seen):
            continue
        seen.add(a.i)
        out.append(e)
    return out + _parallel_events(doc, mentions, anchors, quotes)


def _event_at(anchor: Token, ent: Span, resolved: dates.Resolved, mentions: Mentions, role_index, walks: _Walks | None = None) -> FoundEvent | None:
    """The event a date anchors: its summary, and the people and organizations in it."""
    toks = _summary_tokens(anchor, ent, walks)
    if len(toks) < 2:
        return None
    summary, people, orgs = _render(toks, mentions)
    titled = _titled_subject(anchor, mentions, role_index) or (_participle_subject(anchor, mentions) if not people else None)
    if titled is not None and titled not in people:
        people = [titled, *people]  # "the minister met X on Monday": the minister's, and X's
    named = _name_before_verb(anchor, mentions) if not people else None
    if named is not None:  # "after the chairman X resigned in March", X parsed into the object of "after"
        people, summary = [named], f"{mentions.entities[named].name} {summary}"
    return FoundEvent(resolved.iso, ent.text, summary, people, orgs, sent_of(ent))


def _parallel_events(doc: Doc, mentions: Mentions, anchors: list[tuple[Token, FoundEvent]], quotes) -> list[FoundEvent]:
    """"X announced Tuesday he was resigning. ... Y also announced his resignation": an undated
    "also" clause shares the date of the last event before it told with the same verb, or of
    the dated clause it is part of."""
    out: list[FoundEvent] = []
    quoted, told = Ranges(quotes), _Told(anchors)
    for verb in doc:
        if verb.pos_ != "VERB" or not any(c.dep_ == "advmod" and c.lower_ == "also" for c in verb.children):
            continue
        if verb.idx in quoted or any(t.ent_type_ == "DATE" for t in verb.subtree):
            continue
        sent = sent_of(verb)
        earlier = told.last_before(verb)
        # "X has retired while Y has also stepped down, the company said on Tuesday": a clause
        # inside a dated one shares its date
        earlier += [e for a, e in told.in_sentence(sent) if e.date and e.sentence == sent and verb in a.subtree and verb is not a]
        # the subject: the last person named before the verb, not as a possessor ("after X's
        # announcement, Y also announced")
        before = [m for m in mentions.in_span(sent.start, verb.i, "person") if doc[m.end - 1].dep_ != "poss" and not m.in_quote]
        if not earlier or not before:
            continue
        toks = _summary_tokens(verb, doc[verb.i : verb.i])
        summary, people, orgs = _render(toks, mentions)
        if before[-1].key not in people:
            summary = f"{mentions.entities[before[-1].key].name} {summary}"
        out.append(FoundEvent(earlier[-1].date, "", summary, [before[-1].key], orgs, sent))  # the one it happened to
    return out


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
