"""Stable ids: slugs that are safe as file names and URL path segments, unique per sheet."""

from __future__ import annotations

import hashlib
import re
import unicodedata
from functools import lru_cache

from generator import textmemo

_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str, fallback: str = "item") -> str:
    """A lowercase ASCII slug, safe as a file name and a URL path segment."""
    if textmemo.on and fallback == "item":
        return _SLUGS[text]
    return _slug(text, fallback)


@lru_cache(maxsize=1 << 16)  # a merge slugs each fact's label for its id and again for the ids it would have
def _slug(text: str, fallback: str = "item") -> str:
    ascii_text = text if text.isascii() else unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = _NON_SLUG.sub("-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or fallback


_SLUGS = textmemo.table("slug", _slug.__wrapped__)  # in a merge: kept between runs (see textmemo)


def _transliterates(text: str) -> bool:
    """True when every letter and digit of `text` is in the Latin script (é -> e; ł and ß,
    which have no ASCII form, are dropped as the slug always dropped them, so ids made before
    stay the same), not in another script (Ж, 北), whose names would all slug to nothing."""
    foreign = (ch for ch in text if ch.isalnum() and not ch.isascii())
    return all(
        unicodedata.normalize("NFKD", ch).encode("ascii", "ignore") or unicodedata.name(ch, "").startswith("LATIN")
        for ch in foreign
    )


def unique_slug(text: str, fallback: str = "item") -> str:
    """`slugify`, with a short hash of `text` appended when the slug leaves out some of its
    letters or digits in another script than Latin (Cyrillic, Chinese, Arabic): two such names
    never share an id, and a name always gets the same one. Never empty."""
    slug = slugify(text, fallback="")
    if slug and _transliterates(text):
        return slug
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:8]
    return f"{(slug or fallback)[:71].strip('-')}-{digest}"


class Ids:
    """Unique slugs in first-come order: the second "Ruiz" becomes "ruiz-2"."""

    def __init__(self, used: set[str] | None = None) -> None:
        self.used: set[str] = set(used or ())

    def new(self, text: str) -> str:
        base = slugify(text)
        slug, n = base, 2
        while slug in self.used:
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug


# The one pattern every id and reference must match where it enters (a correction, a hand-edited
# sheet): letters, digits, '.', '_' and '-', starting with a letter or digit, no '..', at most
# 120 characters. Source ids keep a file stem's capitals; generated fact ids are lowercase slugs.
# Nothing else may reach a page's attribute list, a URL or a file name. The fact-sheet schema
# (schema/factsheets.schema.json, `$defs/id`) states the same pattern; a test keeps them equal.
ID_PATTERN = r"^(?!.*\.\.)[A-Za-z0-9][A-Za-z0-9._-]{0,119}$"
_ID = re.compile(ID_PATTERN)


def is_id(text: object) -> bool:
    """Whether `text` is a valid id (see ID_PATTERN)."""
    return isinstance(text, str) and _ID.fullmatch(text) is not None
