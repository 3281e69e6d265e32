"""The pipeline as library calls: extract a story's fact sheets, render its pages, build and
serve its site. The CLI and the MkDocs plugin are thin layers over these functions."""

from __future__ import annotations

import hashlib
import logging
import shutil
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import corrections, facts, ingest, yamlio
from generator.cache import CACHE_DIR
from generator.errors import ExplainerError
from generator.records import Article, Facts

logger = logging.getLogger(__name__)

ARTICLES = Path("content/articles")
FACTS = Path("content/facts")
TEMPLATES = Path("templates")
CORRECTIONS = Path("content/corrections.yaml")


@dataclass
class Extracted:
    sheets: dict[str, list[dict]] | None  # None when the fact sheets were already current
    errors: list[ExplainerError] = field(default_factory=list)  # articles that could not be read
    problems: list[ExplainerError] = field(default_factory=list)  # corrections whose target is gone
    changed: list[Path] = field(default_factory=list)
    parsed: int = 0  # articles that went through the NLP (the rest came from the cache)
    hand_edited: list[str] = field(default_factory=list)  # sheets edited by hand and kept
    backup: Path | None = None
    articles: list[Article] = field(default_factory=list)  # as read, for the source pages


STORY_MODULES = ("merge.py", "discrepancies.py", "textsim.py", "ids.py", "facts.py", "corrections.py")


def _inputs(articles: list[Article], corrections_file: Path) -> str:
    from generator.cache import extractor_version

    digest = hashlib.sha256(extractor_version().encode())
    package = Path(__file__).resolve().parent  # and the code that merges and writes the story's sheets
    for module in STORY_MODULES:
        digest.update((package / module).read_bytes())
    for a in sorted(articles, key=lambda a: a.id):
        digest.update(f"\0{a.id}\0{a.fingerprint}\0{a.path.name}".encode())
    if corrections_file.exists():
        digest.update(b"\0corrections\0" + corrections_file.read_bytes())
    return digest.hexdigest()[:16]


def extract(
    articles_dir: Path,
    facts_dir: Path,
    progress: Callable[[Article], None] | None = None,
    root: Path | None = None,
    corrections_file: Path | None = None,
    force: bool = False,
) -> Extracted:
    """Articles (+ the editor's corrections) -> fact sheets on disk.

    Bad articles are reported and left out. Only articles not in the extraction cache go
    through the NLP. Fact sheets edited by hand are never overwritten silently: while the
    articles and corrections are unchanged they are kept as they are; once those change,
    the run stops and says so, unless `force`, which first copies them to a backup.
    """
    root = (root or Path.cwd()).resolve()
    corrections_file = corrections_file if corrections_file is not None else root / CORRECTIONS
    read = ingest.read_articles(articles_dir)
    if not read.articles:
        raise ExplainerError("no readable articles: " + "; ".join(map(str, read.errors)), articles_dir)
    fixes = corrections.read(corrections_file)
    inputs = _inputs(read.articles, corrections_file)
    stamps = {name: facts.stamp(facts_dir / f"{name}.yaml") for name in facts.SHEETS}
    edited = [f"{name}.yaml" for name, st in stamps.items() if st is not None and st.edited]
    if not force and all(st is not None and st.inputs == inputs for st in stamps.values()):
        return Extracted(None, read.errors, hand_edited=edited, articles=read.articles)
    backup = None
    if edited and not force:
        raise ExplainerError(
            f"{', '.join(edited)} edited by hand; the articles or corrections changed since, so they would be "
            f"replaced. Move the edits into {corrections_file.name} (see README), or run `explainer extract "
            "--force` to regenerate (your edited files are copied to .cache/explainer/backups first)",
            facts_dir,
        )
    if edited:
        backup = _backup(facts_dir, edited, root / CACHE_DIR / "backups")
    per_article = _extract_cached(read.articles, root / CACHE_DIR, progress)
    from generator.merge import merge

    raw = facts.to_sheets(merge([f for f, _ in per_article]), root)
    sheets, problems = corrections.apply(raw, fixes, corrections_file)
    if fixes:  # what the generator makes is valid by construction; what an editor adds is checked
        for name in facts.SHEETS:
            facts.validate(name, sheets[name], corrections_file)
    changed = facts.write_sheets(sheets, facts_dir, inputs)
    parsed = sum(p for _, p in per_article)
    return Extracted(sheets, read.errors, problems, changed, parsed, backup=backup, articles=read.articles)


def _extract_cached(
    articles: list[Article], cache_dir: Path, progress: Callable[[Article], None] | None
) -> list[tuple[Facts, bool]]:
    """Each article's facts, from the cache where it has them; the rest through spaCy."""
    from generator.cache import ExtractionCache

    cache = ExtractionCache(cache_dir)
    found: dict[str, Facts | None] = {a.id: cache.get(a) for a in articles}
    missing = [a for a in articles if found[a.id] is None]
    if missing:
        from generator import extract as extractor  # spaCy loads only when something is new

        for article, result in zip(missing, extractor.extract_articles(missing, progress), strict=True):
            cache.put(article, result)
            found[article.id] = result
    parsed = {a.id for a in missing}
    return [(found[a.id], a.id in parsed) for a in articles]  # type: ignore[misc]


def _backup(facts_dir: Path, names: list[str], backups: Path) -> Path:
    stamp = time.strftime("%Y%m%d-%H%M%S")
    target, n = backups / stamp, 2
    while target.exists():
        target, n = backups / f"{stamp}-{n}", n + 1
    target.mkdir(parents=True)
    for name in names:
        shutil.copy2(facts_dir / name, target / name)
    return target


def evaluate_sheets(articles_dir: Path, published: object = None, where: Path | None = None) -> dict[str, list[dict]]:
    """Fresh fact sheets for an evaluation (no corrections, nothing written), with a
    publication date for articles that give none (from `where`, a gold file, if given)."""
    from datetime import date

    from generator.extract import extract_articles
    from generator.merge import merge

    try:
        default = date.fromisoformat(str(published)) if published else None
    except ValueError:
        raise ExplainerError(f"publication date must be YYYY-MM-DD, got {published!r}", where or "--published") from None
    read = ingest.read_articles(articles_dir)
    if not read.articles:
        raise ExplainerError("no readable articles", articles_dir)
    for article in read.articles:
        article.published = article.published or default
    return facts.to_sheets(merge(extract_articles(read.articles)))


def check(root: Path) -> list[ExplainerError]:
    """Every problem in a story project: articles and their front matter, the fact sheets,
    and the corrections (their form, and whether each target still exists)."""
    problems: list[ExplainerError] = []
    articles_dir, facts_dir = root / ARTICLES, root / FACTS
    read = None
    try:
        read = ingest.read_articles(articles_dir)
        problems += read.errors
    except ExplainerError as exc:
        problems.append(exc)
    for name in facts.SHEETS:
        path = facts_dir / f"{name}.yaml"
        if not path.exists():
            continue
        try:
            text = path.read_text(encoding="utf-8")
            facts.validate(name, yamlio.load(text), path, text)
        except ExplainerError as exc:
            problems.append(exc)
        except UnicodeDecodeError:
            problems.append(ExplainerError("not UTF-8 text", path))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            problems.append(ExplainerError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path, mark.line + 1 if mark else None))
    corrections_file = root / CORRECTIONS
    try:
        fixes = corrections.read(corrections_file)
    except ExplainerError as exc:
        return problems + [exc]
    if fixes and read is not None and read.articles:
        from generator.merge import merge

        raw = facts.to_sheets(merge([f for f, _ in _extract_cached(read.articles, root / CACHE_DIR, None)]), root)
        sheets, unapplied = corrections.apply(raw, fixes, corrections_file)
        problems += unapplied
        for name in facts.SHEETS:
            try:
                facts.validate(name, sheets[name], corrections_file)
            except ExplainerError as exc:
                problems.append(exc)
    return problems


def render(
    facts_dir: Path, templates_dir: Path, articles_dir: Path | None = None, articles: list[Article] | None = None
) -> dict[str, str]:
    """Fact sheets -> {page path: Markdown}; article texts go on the source pages, taken from
    `articles` when the caller has read them already, else read from `articles_dir`."""
    from generator.render import render_pages

    sheets = facts.read(facts_dir)
    texts: dict[str, str] = {a.id: a.body for a in articles or []}
    if articles is None and articles_dir is not None and articles_dir.is_dir():
        for path in ingest.article_paths(articles_dir):
            try:
                article = ingest.read_article(path)
            except ExplainerError:
                continue
            texts[article.id] = article.body
    return render_pages(sheets, templates_dir, texts)


def write_pages(pages: dict[str, str], out: Path) -> list[Path]:
    written = []
    for name, text in sorted(pages.items()):
        target = (out / name).resolve()
        if out.resolve() not in target.parents:
            raise ExplainerError(f"page path {name!r} points outside the output folder", out)
        if facts.write_atomic(target, text):
            written.append(target)
    return written


def build_site(config, build: Callable) -> Path:  # noqa: ANN001 - a MkDocsConfig and mkdocs' build
    """Build into a fresh folder beside `site_dir`, then swap it in: a run killed at any
    moment leaves the previous site whole (a swap cut short is undone by the next run)."""
    final = Path(config.site_dir)
    building, old = final.with_name(f".{final.name}.building"), final.with_name(f".{final.name}.old")
    if old.exists() and not final.exists():
        old.rename(final)  # a previous run died between the two renames below
    for leftover in (building, old):
        shutil.rmtree(leftover, ignore_errors=True)
    config.site_dir = str(building)
    build(config)
    if final.exists():
        final.rename(old)
    building.rename(final)
    shutil.rmtree(old, ignore_errors=True)
    config.site_dir = str(final)
    return final


def render_empty(templates_dir: Path) -> dict[str, str]:
    """The pages of a story with no articles yet."""
    from generator.render import render_pages

    return render_pages({name: [] for name in facts.SHEETS}, templates_dir)


def project_root(start: Path) -> Path | None:
    """The story project holding `start`: the nearest folder, `start` or above, with a
    mkdocs.yml (as git finds a repository's root from any subfolder)."""
    here = start.resolve()
    for folder in (here, *here.parents):
        if (folder / "mkdocs.yml").is_file():
            return folder
    return None


def story_root(articles_dir: Path) -> Path:
    """Whose corrections and cache an extraction uses: the project holding the articles, else
    the one holding the current folder, else the current folder (a loose folder of articles)."""
    return project_root(articles_dir) or project_root(Path.cwd()) or Path.cwd().resolve()


def check_address(address: str) -> None:
    """`HOST:PORT` for `serve`, with a port that exists and is free."""
    import socket

    host, _, port = address.rpartition(":")
    if not host or not port.isdigit() or not 0 < int(port) < 65536:
        raise ExplainerError(f"serve address {address!r} must be HOST:PORT with a port from 1 to 65535")
    try:
        with socket.create_server((host.strip("[]"), int(port))):
            pass
    except OSError as exc:
        raise ExplainerError(f"cannot serve on {address}: {exc.strerror or exc}") from None
