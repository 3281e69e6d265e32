"""Ingest: article files on disk -> validated `Article` records.

An article is a `.txt` file (first non-empty line is the headline) or a `.md` file (title
from front matter or its first `# ` heading), optionally opening with a YAML front-matter
block holding `title`, `outlet`, `published` (YYYY-MM-DD), `url` and `author`; or a saved
web page (`.html`), whose text and metadata trafilatura extracts.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import yaml

from generator import yamlio
from generator.errors import ExplainerError
from generator.ids import slugify
from generator.records import Article

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
FRONT_MATTER_KEYS = ("title", "outlet", "published", "url", "author")
MAX_ARTICLE_BYTES = 1_000_000  # a news article is far smaller; a bigger file is a mistake or a dump
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)


@dataclass
class Ingested:
    """The articles that could be read, and one error per file that could not."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ExplainerError] = field(default_factory=list)


def article_id(path: Path) -> str:
    """The source id of an article: its file stem, kept as is when already a safe slug."""
    stem = path.stem
    if re.fullmatch(r"[A-Za-z0-9][A-Za-z0-9_.-]*", stem) and ".." not in stem:
        return stem
    return slugify(stem, fallback="article")


def decode(raw: bytes, path: Path) -> str:
    """Bytes -> text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExplainerError(f"invalid UTF-16 text ({exc.reason})", path) from None
    if b"\x00" in raw[:8192]:
        raise ExplainerError("binary file, not an article (expected UTF-8 text)", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExplainerError(
            f"not UTF-8 text (invalid byte at offset {exc.start}); save the file as UTF-8", path
        ) from None


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        meta = yamlio.load(match.group(1))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 2 if mark is not None else None
        problem = getattr(exc, "problem", None) or "invalid YAML"
        raise ExplainerError(f"invalid front matter: {problem}", path, line) from None
    if meta is None:
        meta = {}
    if not isinstance(meta, dict):
        raise ExplainerError("front matter must be a mapping of key: value lines", path, 2)
    return meta, text[match.end() :]


def _published(value: Any, path: Path) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value).strip())
    except ValueError:
        raise ExplainerError(
            f"front matter 'published' must be a date as YYYY-MM-DD, got {value!r}", path
        ) from None


def _text_field(meta: dict[str, Any], key: str, path: Path) -> str | None:
    value = meta.get(key)
    if value is None:
        return None
    if not isinstance(value, (str, int, float)) or isinstance(value, bool):
        raise ExplainerError(f"front matter '{key}' must be text", path)
    return str(value).strip() or None


def parse_article(path: Path, text: str, id_: str | None = None) -> Article:
    """Text of one article file -> Article. Raises ExplainerError naming the file."""
    meta, body = split_front_matter(text, path)
    unknown = sorted(set(map(str, meta)) - set(FRONT_MATTER_KEYS))
    if unknown:
        raise ExplainerError(
            f"unknown front matter key(s) {', '.join(unknown)}; "
            f"allowed: {', '.join(FRONT_MATTER_KEYS)}",
            path,
        )
    url = _text_field(meta, "url", path)
    if url and not re.match(r"https?://[^\s/]+", url):
        raise ExplainerError(f"front matter 'url' must be an http(s) URL, got {url!r}", path)
    lines = body.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    while lines and not lines[0].strip():
        lines.pop(0)
    title = _text_field(meta, "title", path)
    if path.suffix.lower() == ".md":
        if lines and lines[0].startswith("# "):
            heading = lines.pop(0)[2:].strip()
            title = title or heading
    elif lines:
        headline = lines.pop(0).strip()
        title = title or headline
    body_text = "\n".join(lines).strip()
    if not body_text and not title:
        raise ExplainerError("empty article (no headline and no text)", path)
    if not body_text:
        raise ExplainerError("article has a headline but no text", path)
    return Article(
        id=id_ or article_id(path),
        path=path,
        title=title or path.stem,
        body=body_text,
        outlet=_text_field(meta, "outlet", path),
        published=_published(meta.get("published"), path),
        url=url,
        author=_text_field(meta, "author", path),
    )


def read_article(path: Path) -> Article:
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ExplainerError(f"cannot read file ({exc.strerror})", path) from None
    if not raw.strip():
        raise ExplainerError("empty file", path)
    if len(raw) > MAX_ARTICLE_BYTES:
        raise ExplainerError(
            f"file is {len(raw) / 1e6:.1f} MB, over the {MAX_ARTICLE_BYTES / 1e6:.0f} MB limit for one article; "
            "split it into separate articles",
            path,
        )
    if path.suffix.lower() in (".html", ".htm"):
        article = _web_article(path, raw)
    else:
        article = parse_article(path, decode(raw, path))
    article.fingerprint = _digest(raw)
    return article


def _web_article(path: Path, raw: bytes) -> Article:
    """A saved web page placed in the articles folder: its main text and metadata."""
    from generator.webpage import extract_page

    page = extract_page(raw, path)
    return Article(article_id(path), path, page.title, page.text, page.outlet, page.published, page.url, page.author)


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def fingerprint(path: Path) -> str:
    """A short hash of an article file's bytes (empty when it cannot be read)."""
    try:
        return _digest(path.read_bytes())
    except OSError:
        return ""


def article_paths(directory: Path) -> list[Path]:
    if not directory.exists():
        raise ExplainerError("articles folder does not exist", directory)
    if not directory.is_dir():
        raise ExplainerError("not a folder", directory)
    paths = [
        p
        for p in directory.iterdir()
        if p.suffix.lower() in ARTICLE_SUFFIXES and not p.name.startswith(".") and p.is_file()
    ]
    return sorted(paths, key=lambda p: p.name)


def read_articles(directory: Path) -> Ingested:
    """Read every article in a folder; a bad file is reported, never fatal to the others."""
    paths = article_paths(directory)
    if not paths:
        raise ExplainerError(
            f"no articles found (expected {' or '.join(ARTICLE_SUFFIXES)} files)", directory
        )
    result = Ingested()
    seen: dict[str, Path] = {}
    for path in paths:
        try:
            article = read_article(path)
        except ExplainerError as exc:
            result.errors.append(exc)
            continue
        if article.id in seen:
            result.errors.append(
                ExplainerError(f"duplicate article id {article.id!r} (also {seen[article.id].name})", path)
            )
            continue
        seen[article.id] = path
        result.articles.append(article)
    return result
