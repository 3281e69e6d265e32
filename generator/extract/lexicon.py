"""Word lists the extractors use, kept as data files in `data/` so they can be extended."""

from __future__ import annotations

from functools import cache
from importlib import resources


def _lines(name: str) -> list[str]:
    text = resources.files("generator.extract").joinpath("data", name).read_text(encoding="utf-8")
    return [ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#")]


@cache
def words(name: str) -> frozenset[str]:
    """A word list, lowercased: `words("titles")` reads data/titles.txt. A word written with a
    straight apostrophe matches its typographic one too ("'ll" and "’ll"): outlets print either."""
    listed = [w.lower() for w in _lines(f"{name}.txt")]
    return frozenset(listed + [w.replace("'", "’") for w in listed if "'" in w])


@cache
def words_of(*names: str) -> frozenset[str]:
    """Several word lists as one set, built once: `words_of("titles", "ranks")`."""
    return frozenset().union(*(words(name) for name in names))


@cache
def stances() -> dict[str, str]:
    """Reaction verb lemma -> stance (supports / criticizes / mixed)."""
    return pairs("reaction_verbs")


@cache
def phrases(name: str) -> tuple[str, ...]:
    """A list of phrases as written (case kept): `phrases("government_seats")`."""
    return tuple(_lines(f"{name}.txt"))


@cache
def pairs(name: str) -> dict[str, str]:
    """A mapping kept as data: `pairs("number_scales")` reads data/number_scales.txt, one
    `key<TAB>value` a line."""
    split = (ln.split("\t", 1) for ln in _lines(f"{name}.txt"))
    return {key.strip(): value.strip() for key, value in split}
