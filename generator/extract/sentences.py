"""The sentence of a token or span, from an index built once per document, and the
document's text and tokens, made once.

spaCy's `Token.sent` and `Span.sent` scan the document each time they are asked, and
`Doc.text` joins every token again, and iterating a `Doc` makes a new `Token` object for
every word each time; the extractors ask thousands of times per article, so they ask here
instead."""

from __future__ import annotations

from bisect import bisect_right

from spacy.tokens import Doc, Span, Token

_KEY = "explainer.sentence_starts"


def _index(doc: Doc) -> tuple[list[int], list[Span]]:
    cached = doc.user_data.get(_KEY)
    if cached is None:
        spans = list(doc.sents)
        cached = ([s.start for s in spans], spans)
        doc.user_data[_KEY] = cached
    return cached


def sent_of(item: Token | Span) -> Span:
    doc = item.doc
    starts, spans = _index(doc)
    i = item.i if isinstance(item, Token) else item.start
    return spans[max(0, bisect_right(starts, i) - 1)]


_TEXT = "explainer.text"


def text_of(doc: Doc) -> str:
    """`doc.text`, joined once per document."""
    text = doc.user_data.get(_TEXT)
    if text is None:
        text = doc.user_data[_TEXT] = doc.text
    return text


_TOKENS = "explainer.tokens"


def tokens_of(doc: Doc) -> list[Token]:
    """`list(doc)`, made once per document: the rules walk the whole document a few dozen
    times, and spaCy makes a new `Token` for each word on every walk."""
    tokens = doc.user_data.get(_TOKENS)
    if tokens is None:
        tokens = doc.user_data[_TOKENS] = list(doc)
    return tokens
