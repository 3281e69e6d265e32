"""Ingest: article files on disk -> validated `Article` records.

An article is a `.txt` or `.md` file, optionally opening with a YAML front-matter block
(between two `---` lines) holding `title`, `outlet`, `published` (YYYY-MM-DD), `url` and
`author`; or a saved web page (`.html`), whose text and metadata trafilatura extracts.
The headline is the front matter's `title` when it gives one, and then the whole text
below the front matter is the body, but for a first line that repeats the title (saved
articles often do: it is the headline, not a paragraph). Without it, a `.txt` file's first non-empty line is
the headline (`check` warns when that line reads like a paragraph), and a `.md` file's
first line is, when it is a `# ` heading; a `# ` heading that opens a `.md` file is never
body text.

Only what lies inside the project is read: a file or symlink that resolves outside it is
refused, one error naming it (`inside`). What is not read is named too: a folder, a
dangling symlink, a file that is not an article, a name that is not UTF-8; only hidden
files (`.DS_Store`) are passed over without a word, unless the name is nothing but an
article suffix (`..txt`). Text is cleaned as `generator.text` describes.
"""

from __future__ import annotations

import codecs
import hashlib
import logging
import os
import re
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import yaml

from generator import yamlio
from generator.errors import ExplainerError
from generator.ids import is_id, unique_slug
from generator.records import Article
from generator.sample import STILL_THERE, untouched_sample
from generator.text import clean, clean_name, parse_iso_date

if TYPE_CHECKING:
    from generator.articlecache import ParsedArticles

logger = logging.getLogger(__name__)

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
FRONT_MATTER_KEYS = ("title", "outlet", "published", "url", "author")
MAX_ARTICLE_BYTES = 1_000_000  # a news article is far smaller; a bigger file is a mistake or a dump
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)^---[ \t]*(?:\r?\n|\Z)", re.S | re.M)
_OPENS_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?$", re.M)
_HIDDEN_ARTICLE = re.compile(r"\.+(?:txt|md|html?)", re.I)  # `..txt`: hidden, but meant as an article
_SENTENCE_BREAK = re.compile(r"[.!?][\"'”’)]*\s+[\"'“‘(]?[A-Z0-9]")


@dataclass
class Ingested:
    """The articles that could be read, one error per file that could not, and one warning
    per entry passed over or headline in doubt."""

    articles: list[Article] = field(default_factory=list)
    errors: list[ExplainerError] = field(default_factory=list)
    warnings: list[ExplainerError] = field(default_factory=list)  # files passed over; doubtful headlines


@dataclass
class Listing:
    """The article files of a folder, the files refused, and the entries passed over."""

    paths: list[Path] = field(default_factory=list)
    errors: list[ExplainerError] = field(default_factory=list)
    warnings: list[ExplainerError] = field(default_factory=list)


def article_id(path: Path) -> str:
    """The source id of an article: its file stem, kept as is when already a valid id, else
    a slug of it (with a hash of the name when letters have no ASCII form: never colliding)."""
    stem = path.stem
    return stem if is_id(stem) else unique_slug(stem, fallback="article")


def shown(path: Path | str) -> str:
    """A path as it can be printed: bytes of a file name that are not UTF-8 (which Python
    keeps as lone surrogates) shown as `?`."""
    return re.sub("[\ud800-\udfff]", "?", str(path))


def project_of(folder: Path) -> Path:
    """The project a folder's files must stay inside: the story holding it (the nearest
    folder at or above it, as written, with a mkdocs.yml), else the folder itself."""
    from generator.project import find_root

    return find_root(folder) or folder.resolve()


def inside(path: Path, root: Path) -> Path:
    """`path` with its symlinks and `..` resolved, when that lies inside `root`; else an
    ExplainerError naming it. The one check of every folder the tool reads files from
    (articles, templates, extra pages): nothing outside the project is read or published.
    A symlink or hard link within the project is fine."""
    try:
        target = path.resolve()
    except (OSError, RuntimeError):  # a symlink loop
        raise ExplainerError("symlink loop; refused", shown(path)) from None
    if not target.is_relative_to(root.resolve()):
        raise ExplainerError(f"resolves outside the project (to {shown(target)}); refused", shown(path))
    return target


def check_tree(folder: Path, root: Path | None = None) -> None:
    """Every file and folder under `folder`, through symlinked folders too, resolves inside
    `root` (by default `project_of(folder)`); ExplainerError naming the first that does not."""
    root = root if root is not None else project_of(folder)
    pending, seen = [folder], set()
    while pending:
        current = pending.pop()
        real = inside(current, root)
        if real in seen:
            continue
        seen.add(real)
        for entry in sorted(current.iterdir()):
            if entry.is_symlink():
                inside(entry, root)
            if entry.is_dir():
                pending.append(entry)


def decode(raw: bytes, path: Path) -> str:
    """Bytes -> text: UTF-8 (with or without BOM) or UTF-16 with a BOM; anything else is refused."""
    if raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return raw.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise ExplainerError(f"invalid UTF-16 text ({exc.reason})", path) from None
    sample = raw[:8192]
    if sample.count(b"\x00") * 100 > len(sample):  # a stray NUL in text is removed, not a reason to refuse it
        raise ExplainerError("binary file, not an article (expected UTF-8 text)", path)
    try:
        return raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ExplainerError(
            f"not UTF-8 text (invalid byte at offset {exc.start}); save the file as UTF-8", path
        ) from None


def split_front_matter(text: str, path: Path) -> tuple[dict[str, Any], str]:
    """(front matter, the text below it). A `---` first line opens front matter, which must
    be closed by another `---` line; each key once."""
    match = _FRONT_MATTER.match(text)
    if not match:
        if _OPENS_FRONT_MATTER.match(text):
            raise ExplainerError(
                "front matter opened by '---' is never closed (add a '---' line after it)", path, 1
            )
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
    try:
        return parse_iso_date(value)
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
    return clean_name(str(value)) or None


def reads_like_paragraph(line: str) -> bool:
    """Whether a line taken as a headline looks like body text: over 25 words, or over 12
    words in two or more sentences."""
    words = len(line.split())
    sentences = line.rstrip().endswith((".", "!", "?")) and _SENTENCE_BREAK.search(line) is not None
    return words > 25 or (words > 12 and sentences)


def _same_words(line: str, title: str) -> bool:
    """A line that is the title, whatever its case, spacing and punctuation."""
    def words(text: str) -> list[str]:
        return re.findall(r"\w+", clean_name(text).casefold())

    return words(line) == words(title)


def parse_article(
    path: Path, text: str, id_: str | None = None, warnings: list[ExplainerError] | None = None
) -> Article:
    """Text of one article file -> Article (headline and body as the module docstring says,
    every field cleaned by `generator.text`). Raises ExplainerError naming the file; a doubt
    about the headline is added to `warnings`, if given."""
    text = clean(text)  # before YAML sees it, which refuses control characters; escapes are cleaned per field
    meta, body = split_front_matter(text, path)
    unknown = sorted(set(map(str, meta)) - set(FRONT_MATTER_KEYS))
    if unknown:
        raise ExplainerError(
            f"unknown front matter key(s) {', '.join(map(repr, unknown))}; "
            f"allowed: {', '.join(FRONT_MATTER_KEYS)}",
            path,
        )
    url = _text_field(meta, "url", path)
    if url and not re.match(r"https?://[^\s/]+", url):
        raise ExplainerError(f"front matter 'url' must be an http(s) URL, got {url!r}", path)
    lines = body.split("\n")
    skipped = len(text) - len(body)  # where the body starts, for the headline's line number
    first_line = text.count("\n", 0, skipped) + 1
    while lines and not lines[0].strip():
        lines.pop(0)
        first_line += 1
    title = _text_field(meta, "title", path)
    if path.suffix.lower() == ".md":
        if lines and lines[0].startswith("# "):
            heading = clean_name(lines.pop(0)[2:])
            title = title or heading
    elif lines and title and _same_words(lines[0], title):
        lines.pop(0)  # the headline again, as saved articles often repeat it: not the body
    elif lines and not title:
        title = clean_name(lines.pop(0))
        if warnings is not None and reads_like_paragraph(title):
            warnings.append(ExplainerError(
                f"the first line, taken as the headline, reads like a paragraph ({len(title.split())} words); "
                "if it is the first paragraph, give the headline as 'title:' in front matter",
                path, first_line,
            ))
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


def read_article(
    path: Path, warnings: list[ExplainerError] | None = None, parsed: ParsedArticles | None = None
) -> Article:
    """One article file -> Article; ExplainerError naming the file when it cannot be read.
    Reads the path it is given: `read_articles` decides which files of a folder to read.
    With `parsed`, a text article parsed before from the same bytes and name is taken from
    there (see `generator.articlecache`), and one parsed now is added to it."""
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
        article.fingerprint = _digest(raw)
        return article
    fingerprint = _digest(raw)
    if parsed is not None and (known := parsed.get(path, fingerprint, warnings)) is not None:
        return known
    said: list[ExplainerError] = []
    article = parse_article(path, decode(raw, path), warnings=said)
    article.fingerprint = fingerprint
    if warnings is not None:
        warnings += said
    if parsed is not None:
        parsed.put(article, said)
    return article


def _web_article(path: Path, raw: bytes) -> Article:
    """A saved web page placed in the articles folder: its main text and metadata. Compressed
    or binary data under an .html name is refused, as `add` refuses it."""
    from generator.fetch import NOT_A_PAGE, looks_binary
    from generator.webpage import extract_page

    if looks_binary(raw):
        raise ExplainerError(NOT_A_PAGE, path)
    page = extract_page(raw, path)
    return Article(
        article_id(path), path, page.title or path.stem, page.text, page.outlet, page.published, page.url, page.author
    )


def _digest(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()[:16]


def fingerprint(path: Path) -> str:
    """A short hash of an article file's bytes (empty when it cannot be read)."""
    try:
        return _digest(path.read_bytes())
    except OSError:
        return ""


def list_articles(directory: Path, root: Path | None = None) -> Listing:
    """The article files in `directory`, by name. `root` is the project they must stay
    inside (by default `project_of(directory)`: the story with the mkdocs.yml, or for a
    loose folder of articles, that folder). See the module docstring for what is refused
    (an error each) and what is passed over (a warning each)."""
    if not directory.exists():
        raise ExplainerError("articles folder does not exist", directory)
    if not directory.is_dir():
        raise ExplainerError("not a folder", directory)
    root = root if root is not None else project_of(directory)
    inside(directory, root)  # the folder itself may be a link out of the project
    out = Listing()
    for entry in sorted(directory.iterdir(), key=lambda p: p.name):
        skip = _skip_reason(entry)
        if skip:
            out.warnings.append(ExplainerError(f"skipped: {skip}", shown(entry)))
        if skip is not None:
            continue
        try:
            out.paths.append(_article_file(entry, root))
        except ExplainerError as exc:
            out.errors.append(exc)
    return out


def _article_file(entry: Path, root: Path) -> Path:
    """`entry`, when the tool may read it: a name it can print, inside the project. Its
    folder is inside (`list_articles` checked it), so only a symlink can lead out: only a
    symlink is resolved (one system call a file instead of one per folder of its path)."""
    if shown(entry.name) != entry.name:
        name = os.fsencode(entry.name)
        raise ExplainerError(f"file name is not valid UTF-8 ({name!r}); rename it", shown(entry))
    if entry.is_symlink():
        inside(entry, root)
    return entry


def _skip_reason(entry: Path) -> str | None:
    """Why a folder entry is not read as an article: text for a warning, "" to pass it over
    without a word (a hidden file), None when it is an article file."""
    name = entry.name
    if name.startswith("."):
        if _HIDDEN_ARTICLE.fullmatch(name):
            return "a hidden file (its name starts with '.'); rename it to include it"
        return ""
    if entry.is_symlink() and not entry.exists():
        return "a dangling symlink (what it points to does not exist)"
    if entry.is_dir():
        return "a folder (articles in subfolders are not read)"
    if entry.suffix.lower() not in ARTICLE_SUFFIXES:
        return f"not an article (expected {', '.join(ARTICLE_SUFFIXES)})"
    if not entry.is_file():
        return "not a regular file"
    return None


def article_paths(directory: Path, root: Path | None = None) -> list[Path]:
    """The article files `list_articles` accepts."""
    return list_articles(directory, root).paths


def read_articles(directory: Path, root: Path | None = None, parsed: ParsedArticles | None = None) -> Ingested:
    """Read every article in a folder; a bad file is reported, never fatal to the others.
    Files refused or passed over are in `errors` and `warnings` (see `list_articles`).
    `parsed`: as `read_article`'s."""
    listing = list_articles(directory, root)
    if not listing.paths and not listing.errors:
        raise ExplainerError(
            f"no articles found (expected {' or '.join(ARTICLE_SUFFIXES)} files)", directory
        )
    result = Ingested(errors=listing.errors, warnings=listing.warnings)
    if (sample := untouched_sample(directory)) is not None and len(listing.paths) > 1:
        result.warnings.append(ExplainerError(STILL_THERE, sample))
    seen: dict[str, Path] = {}
    for path in listing.paths:
        try:
            article = read_article(path, result.warnings, parsed)
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
