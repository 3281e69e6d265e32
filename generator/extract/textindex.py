"""Indexes over one document's text, built once, so that a lookup costs about the same in
a 1 MB article as in a short one: where a name occurs as a whole word, and whether a
character offset lies inside one of a list of spans (the quotations).

Each answer is exactly what the plain scan it replaces gives (`re.finditer` over the whole
text, `any(...)` over every span): the index only narrows down where to look."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from functools import cache, lru_cache
from string import ascii_lowercase

from spacy.tokens import Doc

from generator.extract.sentences import text_of

_RUN = re.compile(r"[\w-]+")  # what the lookarounds below treat as part of a word
_KEY = "explainer.word_runs"


@lru_cache(maxsize=8192)  # re's own cache holds 512: an article's names and titles overflow it
def _pattern(phrase: str, ignore_case: bool) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", re.IGNORECASE if ignore_case else 0)


class _Runs:
    """Where each maximal run of word characters starts, by its text (and, built when first
    asked, by its text folded to lower-case ASCII)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.exact: dict[str, list[int]] = {}
        for m in _RUN.finditer(text):
            self.exact.setdefault(m.group(), []).append(m.start())
        self._folded: dict[str, list[int]] | None = None

    def folded(self) -> dict[str, list[int]]:
        if self._folded is None:
            folded: dict[str, list[int]] = {}
            for run, starts in self.exact.items():
                folded.setdefault(_fold(run), []).extend(starts)
            for starts in folded.values():
                starts.sort()
            self._folded = folded
        return self._folded


@cache
def _fold_char(c: str) -> str:
    """A character as the ASCII letter it matches when case is ignored ("K", the Kelvin sign,
    matches "k"), else itself."""
    if c.isascii():
        return c.lower()
    return next((a for a in ascii_lowercase if re.fullmatch(a, c, re.IGNORECASE)), c)


def _fold(run: str) -> str:
    return run.lower() if run.isascii() else "".join(_fold_char(c) for c in run)


def _runs(doc: Doc) -> _Runs:
    runs = doc.user_data.get(_KEY)
    if runs is None:
        runs = doc.user_data[_KEY] = _Runs(text_of(doc))
    return runs


def occurrences(doc: Doc, phrase: str, ignore_case: bool = False) -> list[tuple[int, int]]:
    """(start, end) of each occurrence of `phrase` in the document's text as a whole word,
    neither letter, digit, underscore nor hyphen on either side: what
    `re.finditer(r"(?<![\\w-])PHRASE(?![\\w-])", text)` finds, in its order."""
    runs = _runs(doc)
    first = _RUN.match(phrase)
    if first is None or ignore_case and not phrase.isascii():
        return [m.span() for m in _pattern(phrase, ignore_case).finditer(runs.text)]  # no word to look up: scan
    # a match starts where a run of word characters starts, and that run is the phrase's
    # first (the character after it is no word character, or the phrase ends there)
    if ignore_case:
        starts = runs.folded().get(first.group().lower(), [])
    else:
        starts = runs.exact.get(first.group(), [])
    out: list[tuple[int, int]] = []
    end = 0
    match = _pattern(phrase, True).match if ignore_case else None  # as written: no pattern to compile for each name
    for start in starts:
        if start < end:
            continue  # inside the previous match, which finditer would not look into
        if match is None:
            found = (start, start + len(phrase)) if _written_at(runs.text, phrase, start) else None
        else:
            m = match(runs.text, start)
            found = m.span() if m is not None else None
        if found is not None:
            out.append(found)
            end = found[1]
    return out


_WORD_CHAR = re.compile(r"[\w-]")  # the characters the lookarounds of `_pattern` exclude


def _written_at(text: str, phrase: str, start: int) -> bool:
    """Whether `phrase` stands at `start` as a whole word: what `_pattern(phrase, False).match(text, start)` decides."""
    after = start + len(phrase)
    return (
        text.startswith(phrase, start)
        and not (start > 0 and _WORD_CHAR.match(text, start - 1))
        and not (after < len(text) and _WORD_CHAR.match(text, after))
    )


_LINES = "explainer.line_breaks"


def _line_breaks(doc: Doc) -> list[int]:
    """The offsets of the text's line breaks, found once per document."""
    breaks = doc.user_data.get(_LINES)
    if breaks is None:
        breaks = doc.user_data[_LINES] = [m.start() for m in re.finditer("\n", text_of(doc))]
    return breaks


def line_start(doc: Doc, offset: int) -> int:
    """Where the line holding character `offset` starts: `text.rfind("\\n", 0, offset) + 1`."""
    breaks = _line_breaks(doc)
    n = bisect_left(breaks, offset)
    return breaks[n - 1] + 1 if n else 0


def next_line_start(doc: Doc, offset: int) -> int | None:
    """Where the first line with words after the one holding character `offset` starts (past blank lines); None
    after the last line."""
    breaks = _line_breaks(doc)
    n = bisect_left(breaks, offset)
    if n == len(breaks):
        return None
    while n + 1 < len(breaks) and breaks[n + 1] == breaks[n] + 1:
        n += 1
    return breaks[n] + 1


class Ranges:
    """Character spans (quotations), asked which one holds an offset and whether one starts
    between two offsets."""

    def __init__(self, spans: Iterable[tuple[int, int]]) -> None:
        self.spans = list(spans)
        self._starts = [s for s, _ in self.spans]
        # spans in order and apart: the only one that can hold an offset is the last to start
        # at or before it; otherwise every span is asked
        self._ordered = all(a[1] <= b[0] and a[0] <= b[0] for a, b in zip(self.spans, self.spans[1:]))
        self._sorted_starts = self._starts if self._ordered else sorted(self._starts)

    def holding(self, offset: int) -> tuple[int, int] | None:
        """The first span (in the given order) with start <= offset < end."""
        if not self._ordered:
            return next(((s, e) for s, e in self.spans if s <= offset < e), None)
        i = bisect_right(self._starts, offset) - 1
        if i >= 0 and offset < self.spans[i][1]:
            return self.spans[i]
        return None

    def __contains__(self, offset: int) -> bool:
        return self.holding(offset) is not None

    def starts_within(self, lo: int, hi: int) -> bool:
        """Whether some span starts at lo <= start < hi."""
        i = bisect_left(self._sorted_starts, lo)
        return i < len(self._sorted_starts) and self._sorted_starts[i] < hi
