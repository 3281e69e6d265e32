"""Web pages -> article text and metadata, with trafilatura (the library made for this):
the main text without navigation, captions, "read more" links or newsletter footers, and
the headline, site name, author, publication date and canonical URL."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.errors import ExplainerError

MIN_WORDS = 40  # less than this is a teaser, a paywall or a page with no article


@dataclass
class WebArticle:
    title: str
    text: str
    outlet: str | None
    published: date | None
    url: str | None
    author: str | None


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def extract_page(html: str | bytes, where: Path | str, url: str | None = None) -> WebArticle:
    """The article on an HTML page; ExplainerError naming `where` when there is none."""
    import trafilatura  # imported here: only ingesting web pages needs it

    doc = trafilatura.bare_extraction(
        html,
        url=url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
        include_images=False,
        favor_precision=True,
        date_extraction_params={"extensive_search": True, "original_date": True},
    )
    doc = doc.as_dict() if doc is not None else {}
    text = doc.get("text") or ""
    if len(text.split()) < MIN_WORDS:
        raise ExplainerError(f"no article text found on the page ({len(text.split())} words)", where)
    title = " ".join(str(doc.get("title") or "").split()) or text.split("\n", 1)[0][:120]
    first, _, rest = text.strip().partition("\n")
    if " ".join(first.split()).casefold() == title.casefold() and rest.strip():
        text = rest  # the headline is the title, not the first paragraph
    canonical = doc.get("url") or url
    if canonical and not re.match(r"https?://", canonical):
        canonical = url
    return WebArticle(
        title=title,
        text=text.strip(),
        outlet=(doc.get("sitename") or doc.get("hostname") or None),
        published=_date(doc.get("date")),
        url=canonical,
        author=doc.get("author") or None,
    )
