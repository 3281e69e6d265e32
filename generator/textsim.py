"""Text normalization and similarity shared by merging and comparing sources."""

from __future__ import annotations

import re
import unicodedata
from functools import cache, lru_cache
from pathlib import Path

from generator import textmemo

_NON_WORD = re.compile(r"[\W_]+")


def norm(text: str) -> str:
    """Case, accents and punctuation removed: 'Ben-Tal’s' -> 'ben tal s'."""
    return _NORMS[text] if textmemo.on else _norm(text)


def _normalized(text: str) -> str:
    if not text.isascii():
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    text = text.casefold()
    text = text.replace("’", "'")
    return _NON_WORD.sub(" ", text).strip()


_norm = lru_cache(maxsize=1 << 16)(_normalized)  # a story's sentences and names are normalized again and again
_NORMS = textmemo.table("norm", _normalized)  # in a merge: kept between runs (see textmemo)


@lru_cache(maxsize=1 << 16)
def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


@cache
def stop_words() -> frozenset[str]:
    """Read as a file: importing spaCy for its list would cost a rebuild a second or two."""
    return _data_words("stop_words")


@cache
def first_names() -> frozenset[str]:
    """The known first names, lowercased (read as files, as `stop_words`)."""
    return _data_words("first_names_male") | _data_words("first_names_female")


@cache
def generational_suffixes() -> frozenset[str]:
    """"jr", "iii": the words after a full name that make it another of the family, as `norm` writes them."""
    return frozenset(norm(w) for w in _data_words("generational_suffixes"))


@cache
def patronymic_particles() -> frozenset[str]:
    """"bin", "ibn": a name's lowercase "son of" or "daughter of", before a parent's name."""
    return _data_words("patronymic_particles")


@cache
def given_name_forms() -> dict[str, str]:
    """Each given name's formal form: "tom" -> "thomas" (data/given_name_variants.txt; a form of
    two names, "steve", keeps the first)."""
    formal: dict[str, str] = {}
    for line in _data_lines("given_name_variants"):
        names = line.lower().split()
        for name in names:
            formal.setdefault(name, names[0])
    return formal


def _data_lines(name: str) -> list[str]:
    path = Path(__file__).resolve().parent / "extract" / "data" / f"{name}.txt"
    return [ln.strip() for ln in path.read_text(encoding="utf-8").splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def _day_at_hand() -> re.Pattern[str]:
    """A weekday or a day named from publication ("yesterday", "this morning") as whole words."""
    days = [*_data_words("weekday_names"), *(line.split("\t")[0].lower() for line in _data_lines("relative_days"))]
    return re.compile(r"\b(?:" + "|".join(map(re.escape, sorted(days, key=len, reverse=True))) + r")\b")


@lru_cache(maxsize=4096)
def names_a_day_at_hand(text: str) -> bool:
    """'Tuesday', 'late Friday', 'yesterday', 'this morning': a day of the news told by its weekday
    or its distance from publication, with no number ('Oct. 7', 'Boxing Day' name their day)."""
    lowered = text.lower()
    return not any(ch.isdigit() for ch in lowered) and _day_at_hand().search(lowered) is not None


def _data_words(name: str) -> frozenset[str]:
    return frozenset(line.lower() for line in _data_lines(name))


def content_words(text: str) -> set[str]:
    """The stems of a text's words but stop words and words of two letters (a new set each
    call: callers may change it)."""
    return set(_content_words(text))


def frozen_content_words(text: str) -> frozenset[str]:
    """`content_words` as one shared frozen set, for callers that only read it."""
    return _content_words(text)


class _Stems(dict[str, str]):
    """Each word's stem as a content word, "" for a stop word or one of two letters or fewer:
    one lookup a word (a stem is never empty)."""

    def __missing__(self, word: str) -> str:
        stem = self[word] = _stem(word) if len(word) > 2 and word not in stop_words() else ""
        return stem


_STEMS = _Stems()


def _content_words(text: str) -> frozenset[str]:
    return _CONTENT_WORDS[text] if textmemo.on else _content_words_cached(text)


def _content_words_of(text: str) -> frozenset[str]:
    return frozenset(filter(None, map(_STEMS.__getitem__, norm(text).split())))


_content_words_cached = lru_cache(maxsize=1 << 14)(_content_words_of)
_CONTENT_WORDS = textmemo.table("content_words", _content_words_of)


def same_statement(a: str | set[str], b: str | set[str], threshold: float = 0.6) -> bool:
    """Two wordings of one statement (a translation, a paraphrase, a partial quote): most of
    the shorter one's content words are in the other. Takes texts or their content words."""
    wa = content_words(a) if isinstance(a, str) else a
    wb = content_words(b) if isinstance(b, str) else b
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= threshold
