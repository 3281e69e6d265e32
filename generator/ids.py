"""Stable ids: slugs that are safe as file names and URL path segments, unique per sheet."""

from __future__ import annotations

import re
import unicodedata


def slugify(text: str, fallback: str = "item") -> str:
    """A lowercase ASCII slug, safe as a file name and a URL path segment."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:80].strip("-") or fallback


class Ids:
    """Unique slugs in first-come order: the second "Halevi" becomes "halevi-2"."""

    def __init__(self, used: set[str] | None = None) -> None:
        self.used: set[str] = set(used or ())

    def new(self, text: str) -> str:
        base = slugify(text)
        slug, n = base, 2
        while slug in self.used:
            slug, n = f"{base}-{n}", n + 1
        self.used.add(slug)
        return slug
