"""Web pages -> article text and metadata, with trafilatura (the library made for this):
the main text without navigation, captions, "read more" links or newsletter footers, and
the headline, site name, author, publication date and canonical URL.

Bytes are decoded as a browser would before trafilatura sees them (it guesses otherwise, and
ignores both the HTTP header and the page's own declaration). The extraction libraries' own
log lines are silenced: a page with no article is one ExplainerError, not library chatter."""

from __future__ import annotations

import codecs
import logging
import re
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from generator.errors import ExplainerError
from generator.text import clean, clean_name

MIN_WORDS = 40  # less than this is a teaser, a paywall or a page with no article
QUIET_LOGGERS = ("trafilatura", "htmldate", "courlan", "charset_normalizer", "justext")
_DECLARED = re.compile(
    rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9._:-]+)|<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9._-]+)""",
    re.IGNORECASE,
)
_WINDOWS_1252_LABELS = ("latin-1", "iso8859-1", "ascii")  # a browser reads these as windows-1252

for _name in QUIET_LOGGERS:
    logging.getLogger(_name).setLevel(logging.CRITICAL + 1)


@dataclass
class WebArticle:
    title: str
    text: str
    outlet: str | None
    published: date | None
    url: str | None
    author: str | None


# The page's own statement of when it was published (Open Graph, schema.org, Dublin Core).
_DECLARED_DATE = re.compile(
    r"""<meta[^>]+(?:property|name|itemprop)\s*=\s*["']?(?:article:published_time|og:published_time|"""
    r"""datePublished|pubdate|publish[_-]?date|DC\.date(?:\.issued)?|date)["']?[^>]*>""",
    re.IGNORECASE,
)
_CONTENT = re.compile(r"""content\s*=\s*["']?([^"'>\s]+)""", re.IGNORECASE)


def _declares_impossible_date(html: str) -> bool:
    """True when the page states its publication date and that date is not a real one
    ("2025-99-99"): the date library would fall back to a guess (1 January of the year)."""
    for tag in _DECLARED_DATE.finditer(html[:200_000]):
        content = _CONTENT.search(tag.group())
        if content and re.match(r"\d{4}-\d{2}-\d{2}", content.group(1)) and _date(content.group(1)) is None:
            return True
    return False


def _date(value: object) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def _decodes(raw: bytes, label: str | None) -> str | None:
    """`raw` decoded strictly with the charset `label` names, or None (no label, an unknown
    one, or bytes that do not fit it)."""
    try:
        name = codecs.lookup(label).name if label else None
    except LookupError:
        return None
    if name is None:
        return None
    for candidate in ("cp1252", name) if name in _WINDOWS_1252_LABELS else (name,):
        try:
            return raw.decode(candidate)
        except UnicodeDecodeError:
            continue
    return None


def decode_page(raw: bytes, header_charset: str | None = None) -> str | bytes:
    """A page's text, read as a browser would: a byte-order mark first; then UTF-8 when the
    bytes are valid UTF-8 (a Latin-1 page almost never is); then the charset of the HTTP
    header; then the page's own `<meta charset>`. The bytes unchanged when none of these
    decodes them, for trafilatura to guess."""
    if raw.startswith((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        bom = "utf-8-sig" if raw.startswith(codecs.BOM_UTF8) else "utf-16"
        return raw.decode(bom, errors="replace")
    declared = _DECLARED.search(raw[:4096])
    meta = (declared.group(1) or declared.group(2)).decode("ascii") if declared else None
    for label in ("utf-8", header_charset, meta):
        text = _decodes(raw, label)
        if text is not None:
            return text
    return raw


def extract_page(
    html: str | bytes, where: Path | str, url: str | None = None, charset: str | None = None
) -> WebArticle:
    """The article on an HTML page; ExplainerError naming `where` when there is none.
    `charset` is the one the HTTP header gave, if any."""
    import trafilatura  # imported here: only ingesting web pages needs it

    page = decode_page(html, charset) if isinstance(html, bytes) else html
    doc = trafilatura.bare_extraction(
        page,
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
    return WebArticle(  # text as it should be read: see generator.text
        title=clean_name(title),
        text=clean(text).strip(),
        outlet=clean_name(doc.get("sitename") or doc.get("hostname") or "") or None,
        published=None if _declares_impossible_date(str(page)) else _date(doc.get("date")),
        url=clean_name(canonical) or None if canonical else None,
        author=clean_name(doc.get("author") or "") or None,
    )
