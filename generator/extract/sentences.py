"""The sentence of a token or span, from an index built once per document, and the
document's text, tokens, entities and token attributes, made once.

spaCy's `Token.sent` and `Span.sent` scan the document each time they are asked, and
`Doc.text` joins every token again, iterating a `Doc` makes a new `Token` object for
every word each time, `Doc.ents` a new `Span` for every entity, and `Token.lower_` looks
the word up again; the extractors ask thousands of times per article, so they ask here
instead."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from functools import cached_property, wraps
from typing import TypeVar

import numpy
from spacy.attrs import DEP, ENT_TYPE, HEAD, IS_TITLE, LEMMA, LOWER, ORTH, POS, TAG
from spacy.tokens import Doc, Span, Token

_KEY = "explainer.sentence_starts"
T = TypeVar("T")


def _index(doc: Doc) -> tuple[list[int], list[Span]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        spans = list(doc.sents)
        cached = ([s.start for s in spans], spans)
        doc.user_data[_KEY] = cached
    return cached


def sent_of(item: Token | Span) -> Span:
    starts, spans = _index(item.doc)
    return spans[_position(starts, item.i if isinstance(item, Token) else item.start)]


def sentences_of(doc: Doc) -> list[Span]:
    """The sentences of `doc`, listed once per document."""
    return _index(doc)[1]


def sentence_number(token: Token) -> int:
    """Which of `sentences_of(token.doc)` holds `token` (0 for the first)."""
    return _position(_index(token.doc)[0], token.i)


def _position(starts: list[int], i: int) -> int:
    """Which sentence, by the token index each starts at, holds token `i`."""
    return max(0, bisect_right(starts, i) - 1)


def start_of_sentence_before(doc: Doc, start: int) -> int:
    """Where the sentence before the one starting at token `start` starts (`start` itself for the
    first sentence, which has none before): the look-back of rules that read a sentence and the one
    before it."""
    return sent_of(doc[start - 1]).start if start else start


_TEXT = "explainer.text"


QUOTATION_MARKS = ('"', "“", "”", "‘", "’", "'")  # double and single, curly and straight


def asks(sent: Span) -> bool:
    """Whether a sentence is a question in the source's own words: its last word, quotation marks aside, is '?', and
    that question is not quoted after words of the source's own ('Ruiz asked Hale on Friday: "Did you vote?"' tells
    of an asking); a sentence that is one quotation from end to end counts as asked."""
    written = [t for t in sent if not t.is_space]
    last = next((t for t in reversed(written) if t.text not in QUOTATION_MARKS), None)
    if last is None or last.text != "?":
        return False
    if written[-1].text not in QUOTATION_MARKS:
        return True
    marks = [t.i for t in written if t.text in QUOTATION_MARKS]
    return marks == [written[0].i, written[-1].i]  # '"Will it pass?"' alone, not a tag before a quoted question


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per document (or the text it was made from, `remember_text`)."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


def remember_text(doc: Doc, text: str) -> Doc:
    """`doc`, knowing that `text` is its text (what the tokenizer was given: spaCy keeps every
    character, so `doc.text == text`); `text_of` then need not join the tokens again."""
    doc.user_data[_TEXT] = text
    return doc


def span_text(span: Span) -> str:
    """`span.text`, sliced from the document's text joined once (spaCy joins its tokens again)."""
    return text_of(span.doc)[span.start_char : span.end_char] if len(span) else ""


_TOKENS = "explainer.tokens"


def tokens_of(doc: Doc) -> list[Token]:
    """`list(doc)`, made once per document: the rules walk the whole document a few dozen
    times, and spaCy makes a new `Token` for each word on every walk."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens


_ENTS = "explainer.ents"


def ents_of(doc: Doc) -> tuple[Span, ...]:
    """`doc.ents`, made once per document (the entities are set before the rules run)."""
    ents = doc.user_data.get(_ENTS)
    if ents is None:
        ents = doc.user_data[_ENTS] = doc.ents
    return ents


_ENT_STARTS = "explainer.ent_starts"


def ents_in(span: Span) -> list[Span]:
    """`span.ents`, the entities wholly inside `span`, found from `ents_of` by position."""
    ents = ents_of(span.doc)
    starts = span.doc.user_data.get(_ENT_STARTS)
    if starts is None:
        starts = span.doc.user_data[_ENT_STARTS] = [e.start for e in ents]
    out = []
    for n in range(bisect_left(starts, span.start), len(ents)):  # spaCy's walk, from the first that can be inside
        if ents[n].end > span.end:
            break
        out.append(ents[n])
    return out


_NAMES: dict[int, str] = {}  # string hash -> string, for every document (a hash names the same string in any vocab)
_READ = (ORTH, LOWER, LEMMA, TAG, POS, DEP, ENT_TYPE, IS_TITLE, HEAD)  # what `Columns` reads, in one `Doc.to_array`


class Columns:
    """Each token's attributes as plain lists indexed by token, read from the document at
    once when first asked: `columns_of(doc).lower[i] == doc[i].lower_`. A walk over the
    whole document tests these, and makes a `Token` only where they pass."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc

    @cached_property
    def _array(self) -> numpy.ndarray:
        return self.doc.to_array(list(_READ))

    def _strings(self, attr: int) -> list[str]:
        hashes = self._array[:, _READ.index(attr)].tolist()
        strings = self.doc.vocab.strings
        for h in set(hashes).difference(_NAMES):
            _NAMES[h] = strings[h]
        return list(map(_NAMES.__getitem__, hashes))

    @cached_property
    def text(self) -> list[str]:
        return self._strings(ORTH)

    @cached_property
    def words(self) -> frozenset[str]:
        """Every token's text, once: whether the document holds a word at all."""
        return frozenset(self.text)

    @cached_property
    def positions(self) -> dict[str, list[int]]:
        """Where each word stands, in order: `positions["Elmton"]` lists the index of every token
        written so (a rule looking for a name's other occurrences walks those, not the document)."""
        out: dict[str, list[int]] = {}
        for i, word in enumerate(self.text):
            at = out.get(word)
            if at is None:
                out[word] = [i]
            else:
                at.append(i)
        return out

    @cached_property
    def lower(self) -> list[str]:
        return self._strings(LOWER)

    @cached_property
    def lemma(self) -> list[str]:
        return self._strings(LEMMA)

    @cached_property
    def lemma_lower(self) -> list[str]:
        """`lemma_.lower()`, as the word lists hold lemmas."""
        lowered = {lemma: lemma.lower() for lemma in set(self.lemma)}
        return list(map(lowered.__getitem__, self.lemma))

    @cached_property
    def lemmas_written_lower(self) -> frozenset[str]:
        """The lemmas of the words the document writes in lower case: whether it writes a word as a common one."""
        return frozenset(lemma for text, lower, lemma in zip(self.text, self.lower, self.lemma_lower) if text == lower and text.isalpha())

    @cached_property
    def tag(self) -> list[str]:
        return self._strings(TAG)

    @cached_property
    def pos(self) -> list[str]:
        return self._strings(POS)

    @cached_property
    def dep(self) -> list[str]:
        return self._strings(DEP)

    @cached_property
    def ent_type(self) -> list[str]:
        return self._strings(ENT_TYPE)

    @cached_property
    def is_title(self) -> list[bool]:
        return [bool(flag) for flag in self._array[:, _READ.index(IS_TITLE)].tolist()]

    @cached_property
    def head(self) -> list[int]:
        """The index of each token's head (a root is its own head)."""
        offsets = self._array[:, _READ.index(HEAD)].astype(numpy.int64)  # stored relative, negative ones wrapped
        return (offsets + numpy.arange(len(offsets), dtype=numpy.int64)).tolist()


def marked_infinitive(verb: Token) -> bool:
    """Whether `verb` has 'to' as its infinitive marker ('to resign', 'allowed X to sail')."""
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def line_of(span: Span) -> str:
    """The line of the article `span` is on, as written."""
    text = text_of(span.doc)
    end = text.find("\n", span.end_char)
    return text[text.rfind("\n", 0, span.start_char) + 1 : end if end >= 0 else len(text)]


_COLUMNS = "explainer.columns"


def columns_of(doc: Doc) -> Columns:
    columns = doc.user_data.get(_COLUMNS)
    if columns is None:
        columns = doc.user_data[_COLUMNS] = Columns(doc)
    return columns


def per_span(fn: Callable[[Span], T]) -> Callable[[Span], T]:
    """`fn(span)` computed once per span, kept with the span's document: a cache shared by
    every document (`functools.lru_cache`) would keep the last documents it saw alive."""
    key = f"explainer.{fn.__module__}.{fn.__qualname__}"

    @wraps(fn)
    def cached(span: Span) -> T:
        kept = span.doc.user_data.get(key)
        if kept is None:
            kept = span.doc.user_data[key] = {}
        at = (span.start, span.end)
        if at not in kept:
            kept[at] = fn(span)
        return kept[at]

    return cached
