"""Text normalization and similarity shared by merging and comparing sources."""

from __future__ import annotations

import re
import unicodedata

from spacy.lang.en.stop_words import STOP_WORDS


def norm(text: str) -> str:
    """Case, accents and punctuation removed: 'Ben-Gvir’s' -> 'ben gvir s'."""
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    text = text.replace("’", "'")
    return re.sub(r"[\W_]+", " ", text).strip()


def _stem(word: str) -> str:
    for suffix in ("ing", "ed", "es", "s"):
        if word.endswith(suffix) and len(word) - len(suffix) >= 4:
            return word[: -len(suffix)]
    return word


def content_words(text: str) -> set[str]:
    return {_stem(w) for w in norm(text).split() if w not in STOP_WORDS and len(w) > 2}


def same_statement(a: str | set[str], b: str | set[str], threshold: float = 0.6) -> bool:
    """Two wordings of one statement (a translation, a paraphrase, a partial quote): most of
    the shorter one's content words are in the other. Takes texts or their content words."""
    wa = content_words(a) if isinstance(a, str) else a
    wb = content_words(b) if isinstance(b, str) else b
    if not wa or not wb:
        return False
    return len(wa & wb) / min(len(wa), len(wb)) >= threshold
