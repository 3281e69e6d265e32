"""`explainer add`: saved pages, links and text files -> clean articles in the story.

A page is written as Markdown with front matter (title, outlet, published, url, author)
under a readable, safe file name. The same article twice (same canonical URL or same text)
is refused, naming the file already there, unless `force` replaces it. A failure writes
nothing."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import ingest
from generator.errors import ExplainerError
from generator.facts import write_atomic
from generator.fetch import fetch
from generator.ids import slugify
from generator.webpage import WebArticle, extract_page

HTML_SUFFIXES = (".html", ".htm")


@dataclass
class Added:
    source: str
    path: Path
    replaced: Path | None = None


def _same_url(a: str | None, b: str | None) -> bool:
    def canon(u: str) -> str:
        return re.sub(r"[#?].*$", "", u.strip()).rstrip("/").replace("http://", "https://").casefold()

    return bool(a and b and canon(a) == canon(b))


def _same_text(a: str, b: str) -> bool:
    return " ".join(a.split()) == " ".join(b.split())


def markdown_article(page: WebArticle) -> str:
    meta = {"title": page.title, "outlet": page.outlet, "published": page.published.isoformat() if page.published else None,
            "url": page.url, "author": page.author}
    front = yaml.safe_dump({k: v for k, v in meta.items() if v}, sort_keys=False, allow_unicode=True, width=1000)
    return f"---\n{front}---\n# {page.title}\n\n{page.text}\n"


def _read_source(source: str) -> tuple[str, str]:
    """A source -> (the article text to write, the suffix to write it with)."""
    if re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*://", source):
        fetched = fetch(source)
        page = extract_page(fetched.body, source, url=fetched.url)
        return markdown_article(page), ".md"
    path = Path(source)
    if not path.is_file():
        raise ExplainerError("no such file (or not an http(s) URL)", path)
    if path.suffix.lower() in HTML_SUFFIXES:
        page = extract_page(path.read_bytes(), path)
        return markdown_article(page), ".md"
    if path.suffix.lower() in ingest.ARTICLE_SUFFIXES:
        ingest.read_article(path)  # refuse what extract would refuse
        return ingest.decode(path.read_bytes(), path), path.suffix.lower()
    raise ExplainerError("unsupported file type (use .txt, .md, .html or an http(s) URL)", path)


def add(source: str, articles_dir: Path, force: bool = False) -> Added:
    """Add one source; raises ExplainerError (and writes nothing) when it cannot."""
    text, suffix = _read_source(source)
    new = ingest.parse_article(Path("new" + suffix), text)
    existing = None
    if articles_dir.is_dir():
        for path in ingest.article_paths(articles_dir):
            try:
                old = ingest.read_article(path)
            except ExplainerError:
                continue
            if _same_url(old.url, new.url) or _same_text(old.body, new.body):
                existing = path
                break
    if existing is not None and not force:
        raise ExplainerError(f"already in the story as {existing}; use --force to replace it", source)
    articles_dir.mkdir(parents=True, exist_ok=True)
    target = existing.with_suffix(suffix) if existing is not None else _free_name(articles_dir, new.title, suffix)
    write_atomic(target, text)
    if existing is not None and existing != target:
        existing.unlink()
    return Added(source, target, existing)


def _free_name(folder: Path, title: str, suffix: str) -> Path:
    stem = slugify(title, fallback="article")[:60].strip("-")
    candidate, n = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}{suffix}", n + 1
    return candidate
