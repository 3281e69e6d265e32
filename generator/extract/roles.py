"""Titles and offices of people, from the three shapes news uses:

- before the name: "Defense Minister Israel Katz", "Jewish Power party head X";
- after the name, in apposition: "X, head of the opposition party Y,";
- the name in apposition to the title: "the Israeli military's chief of staff, X,".

A phrase only counts when a title word (data/titles.txt) heads it; ranks ("Lt. Gen.") are
kept apart, and an organization inside the phrase is split off from the title.
"""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import words
from generator.extract.mentions import Mention, Mentions
from generator.extract.sentences import sent_of

STATUS_WORDS = {"former": "former", "ex": "former", "then": "former", "outgoing": "outgoing", "acting": "current", "incumbent": "current", "current": "current"}


@dataclass
class FoundRole:
    person: str
    title: str
    organization: str | None
    status: str | None
    sentence: Span
    token: int  # where the title was found, for "the minister said"


def _titles() -> frozenset[str]:
    return words("titles")


def _multiword_title(tokens: list[Token]) -> int:
    """Length of the longest multiword title at the start of `tokens` (0 if none)."""
    best = 0
    lowered = [t.lower_ for t in tokens]
    for title in _titles():
        parts = title.split()
        if len(parts) > 1 and lowered[: len(parts)] == parts:
            best = max(best, len(parts))
    return best


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    for det in ("the ", "The ", "a ", "an ", "A ", "An "):
        if text.startswith(det):
            text = text[len(det) :]
    return text


def _status(tokens: list[Token]) -> str | None:
    for t in tokens:
        word = t.lower_.rstrip("-")
        if word in STATUS_WORDS:
            return STATUS_WORDS[word]
    return None


def _split_phrase(tokens: list[Token], mentions: Mentions) -> tuple[str, str | None] | None:
    """A title phrase (no determiner) -> (title, organization), or None if no title heads it."""
    tokens = [t for t in tokens if t.lower_.rstrip("-") not in STATUS_WORDS and t.text != "-"]
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    titles = _titles()
    first_title = next(
        (i for i, t in enumerate(tokens) if t.lower_ in titles or _multiword_title(tokens[i:])), None
    )
    if first_title is None:
        return None
    org = None
    for i, t in enumerate(tokens[:first_title]):  # possessor: "the Israeli military's chief of staff"
        if t.text in ("'s", "’s"):
            org = _clean(tokens[0].doc[tokens[0].i : t.i].text)
            tokens = tokens[i + 1 :]
            break
    # the title's head: the first title word; "of ..." after it names the organization
    for i, t in enumerate(tokens):
        multi = _multiword_title(tokens[i:])
        if multi or t.lower_ in titles:
            end = i + (multi or 1)
            for j in range(end, len(tokens)):  # "Deputy Prime Minister": through the last title word
                if tokens[j].pos_ == "ADP":
                    break
                if tokens[j].lower_ in titles:
                    end = j + 1
            title_tokens = tokens[:end]
            rest = tokens[end:]
            # an organization named inside the title phrase: "Jewish Power party head"
            inner = [m for m in mentions.in_span(title_tokens[0].i, title_tokens[-1].i + 1, "org")]
            if inner and org is None:  # kept in the title as written: "Trade and Industry Secretary"
                org = mentions.entities[inner[0].key].name
            if rest and rest[0].lower_ in ("of", "at", "for", "in") and len(rest) > 1 and org is None:
                org = _clean(rest[0].doc[rest[1].i : rest[-1].i + 1].text)
            title = _clean(" ".join(t.text for t in title_tokens))
            if not title or title.lower() in words("ranks"):
                return None
            return title, org or None
    return None


def _phrase_tokens(head: Token, exclude: Span | None = None) -> list[Token]:
    """The title phrase headed by `head`, without clauses, asides or the excluded span."""
    keep: list[Token] = []
    for tok in head.subtree:
        if exclude is not None and exclude.start <= tok.i < exclude.end:
            continue
        keep.append(tok)
    # cut at the first clause or aside that hangs off the phrase
    cut = len(keep)
    for n, tok in enumerate(keep):
        if tok.i > head.i and (tok.dep_ in ("relcl", "acl", "advcl") or tok.text in (",", "(", ";", "—", "–")):
            cut = n
            break
    keep = keep[:cut]
    if exclude is not None:  # only the part on one side of the name
        keep = [t for t in keep if t.i < exclude.start] if head.i < exclude.start else keep
    return keep


def _prenominal(doc: Doc, m: Mention, mentions: Mentions) -> list[Token]:
    titles = _titles()
    run: list[Token] = []
    i = m.start - 1
    while i >= 0:
        t = doc[i]
        if t.lower_ == "of" and i > 0 and doc[i - 1].lower_ in titles:
            run.insert(0, t)
            i -= 1
            continue
        joins_titles = t.lower_ in ("and", "&") and run and run[0].is_title and i > 0 and doc[i - 1].is_title
        if not joins_titles and (t.is_punct and t.text != "-" or t.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "PART", "NUM")):
            break
        if t.ent_type_ == "DATE":
            break
        other = mentions.at(t)
        if other is not None and other.kind == "person":
            break
        run.insert(0, t)
        i -= 1
    while run and run[0].pos_ == "CCONJ":
        run.pop(0)
    # ranks adjacent to the name are not roles: they are the person's rank
    ranks: list[str] = []
    while run and run[-1].lower_ in words("ranks"):
        ranks.insert(0, run.pop().text)
    entity = mentions.entities[m.key]
    if ranks and " ".join(ranks) not in entity.ranks:
        entity.ranks.append(" ".join(ranks))
    return run


def _title_governor(name_root: Token) -> Token | None:
    """For a name in apposition ("the head of the party X, NAME,"), the title it stands beside;
    the parser often hangs the name on the nearest noun, so climb the noun phrase."""
    tok = name_root.head
    for _ in range(6):
        if tok.pos_ in ("NOUN", "PROPN") and (tok.lower_ in _titles() or _multiword_title(list(tok.doc[tok.i : tok.i + 4]))):
            return tok
        if tok.dep_ not in ("pobj", "prep", "appos", "compound", "poss") or tok.head is tok:
            return None
        tok = tok.head
    return None


def find_roles(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    found: list[FoundRole] = []
    titles = _titles()
    for m in mentions.mentions:
        if m.kind != "person" or m.pronoun or m.in_quote:
            continue
        span = doc[m.start : m.end]
        sent = sent_of(span)
        candidates: list[tuple[list[Token], int]] = []
        run = _prenominal(doc, m, mentions)
        if run:
            candidates.append((run, run[-1].i))
        root = span.root
        for child in root.children:
            if child.dep_ == "appos" and child.i >= m.end and child.lower_ in titles | {"head"}:
                candidates.append((_phrase_tokens(child), child.i))
        governor = _title_governor(root) if root.dep_ == "appos" else None
        if governor is not None and governor.i < m.start:
            phrase = _phrase_tokens(governor, exclude=span)
            candidates.append(([t for t in phrase if t.i < m.start], governor.i))
        elif m.end + 1 < len(doc) and doc[m.end].text == "," and not any(c[1] > m.end for c in candidates):
            nxt = doc[m.end + 1]
            j = m.end + 1 + (1 if nxt.pos_ == "DET" else 0)
            if j < len(doc) and (doc[j].lower_ in titles or _multiword_title(list(doc[j : j + 4]))):
                candidates.append((_phrase_tokens(doc[j]), j))
        for tokens, where in candidates:
            split = _split_phrase(tokens, mentions)
            if split:
                title, org = split
                found.append(FoundRole(m.key, title, org, _status(tokens), sent, where))
    return found


def role_index(roles: list[FoundRole]) -> dict[str, list[tuple[int, str]]]:
    """Title word -> [(token index, person)], so "the minister" can be resolved."""
    index: dict[str, list[tuple[int, str]]] = {}
    for r in roles:
        for word in r.title.lower().split():
            if word in _titles():
                index.setdefault(word, []).append((r.token, r.person))
    return index
