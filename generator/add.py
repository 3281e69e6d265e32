"""`explainer add`: saved pages, links and text files -> clean articles in the story.

A page is written as Markdown with front matter (title, outlet, published, url, author)
under a readable, safe file name. The same article twice (same canonical URL or same text)
is refused, naming the file already there, unless `force` replaces it. A failure writes
nothing. The first article added to a fresh project takes the place of `explainer new`'s
sample article, if that is still as it was written (`generator/sample.py`). An address is
named in messages as the user gave it, with any password masked."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

import yaml

from generator import ingest
from generator.errors import ExplainerError
from generator.facts import write_atomic
from generator.fetch import MAX_BYTES, NOT_A_PAGE, fetch, looks_binary, masked
from generator.ids import slugify
from generator.sample import untouched_sample
from generator.webpage import WebArticle, extract_page

HTML_SUFFIXES = (".html", ".htm")
_URL = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*://")
_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]+:")  # two letters or more: not a drive letter


@dataclass
class Added:
    source: str  # as given, with any password masked: safe to print
    path: Path
    replaced: Path | None = None
    removed_sample: Path | None = None  # `explainer new`'s sample article, gone now that the story has one of its own


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


def _is_url(source: str) -> bool:
    """An address rather than a file: `scheme://...`, or `scheme:...` naming no file (so
    `javascript:` and `http:/one-slash` get the fetch's own reason, not "no such file")."""
    return bool(_URL.match(source) or (_SCHEME.match(source) and not Path(source).exists()))


def _read_source(source: str) -> tuple[str, str]:
    """A source -> (the article text to write, the suffix to write it with)."""
    if _is_url(source):
        fetched = fetch(source)
        page = extract_page(fetched.body, masked(source), url=fetched.url, charset=fetched.charset)
        return markdown_article(page), ".md"
    path = Path(source)
    if not path.is_file():
        raise ExplainerError("no such file (or not an http(s) URL)", path)
    if path.suffix.lower() in HTML_SUFFIXES:
        page = extract_page(_saved_page(path), path)
        return markdown_article(page), ".md"
    if path.suffix.lower() in ingest.ARTICLE_SUFFIXES:
        ingest.read_article(path)  # refuse what extract would refuse
        return ingest.decode(path.read_bytes(), path), path.suffix.lower()
    raise ExplainerError("unsupported file type (use .txt, .md, .html or an http(s) URL)", path)


def _saved_page(path: Path) -> bytes:
    """A saved page's bytes, refused as a fetched page would be: too large, or compressed
    or binary data under an .html name."""
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ExplainerError(f"page is larger than {MAX_BYTES // (1024 * 1024)} MB", path)
        raw = path.read_bytes()
    except OSError as exc:
        raise ExplainerError(f"cannot read file ({exc.strerror or exc})", path) from None
    if looks_binary(raw):
        raise ExplainerError(NOT_A_PAGE, path)
    return raw


def add(source: str, articles_dir: Path, force: bool = False) -> Added:
    """Add one source; raises ExplainerError (and writes nothing) when it cannot."""
    shown = masked(source) if _is_url(source) else source
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
        raise ExplainerError(f"already in the story as {existing}; use --force to replace it", shown)
    articles_dir.mkdir(parents=True, exist_ok=True)
    target = existing.with_suffix(suffix) if existing is not None else _free_name(articles_dir, new.title, suffix)
    write_atomic(target, text)
    if existing is not None and existing != target:
        existing.unlink()
    sample = untouched_sample(articles_dir)
    if sample is not None and sample != target:
        sample.unlink()
    return Added(shown, target, existing, removed_sample=sample if sample != target else None)


def _free_name(folder: Path, title: str, suffix: str) -> Path:
    stem = slugify(title, fallback="article")[:60].strip("-")
    candidate, n = folder / f"{stem}{suffix}", 2
    while candidate.exists():
        candidate, n = folder / f"{stem}-{n}{suffix}", n + 1
    return candidate
