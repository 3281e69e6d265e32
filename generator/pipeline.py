"""The pipeline as library calls: extract a story's fact sheets, render its pages, build and
serve its site. The CLI and the MkDocs plugin are thin layers over these functions."""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from generator import facts, ingest, yamlio
from generator.errors import ExplainerError
from generator.records import Article, Facts

logger = logging.getLogger(__name__)

ARTICLES = Path("content/articles")
FACTS = Path("content/facts")
TEMPLATES = Path("templates")


@dataclass
class Extracted:
    story: Facts
    errors: list[ExplainerError] = field(default_factory=list)
    changed: list[Path] = field(default_factory=list)


def extract(
    articles_dir: Path,
    facts_dir: Path,
    progress: Callable[[Article], None] | None = None,
    root: Path | None = None,
) -> Extracted:
    """Articles -> fact sheets on disk. Bad articles are reported and left out."""
    from generator import extract as extractor  # spaCy loads only when extraction runs
    from generator.merge import merge

    read = ingest.read_articles(articles_dir)
    if not read.articles:
        raise ExplainerError("no readable articles: " + "; ".join(map(str, read.errors)), articles_dir)
    per_article = extractor.extract_articles(read.articles, progress)
    story = merge(per_article)
    changed = facts.write(story, facts_dir, root if root is not None else Path.cwd())
    return Extracted(story, read.errors, changed)


def facts_are_current(articles_dir: Path, facts_dir: Path) -> bool:
    """True when the fact sheets were extracted from exactly the articles now on disk."""
    sources_file = facts_dir / "sources.yaml"
    if not sources_file.exists():
        return False
    try:
        recorded = yamlio.load(sources_file.read_text(encoding="utf-8")) or []
    except (yaml.YAMLError, UnicodeDecodeError):
        return False
    if isinstance(recorded, dict):
        recorded = recorded.get("sources") or []
    have = {(str(s.get("path", "")).rsplit("/", 1)[-1], s.get("fingerprint")) for s in recorded if isinstance(s, dict)}
    now = set()
    for path in ingest.article_paths(articles_dir):
        now.add((path.name, ingest.fingerprint(path)))
    return have == now


def render(facts_dir: Path, templates_dir: Path, articles_dir: Path | None = None) -> dict[str, str]:
    """Fact sheets -> {page path: Markdown}; article texts go on the source pages."""
    from generator.render import render_pages

    sheets = facts.read(facts_dir)
    texts: dict[str, str] = {}
    if articles_dir is not None and articles_dir.is_dir():
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


def render_empty(templates_dir: Path) -> dict[str, str]:
    """The pages of a story with no articles yet."""
    from generator.render import render_pages

    return render_pages({name: [] for name in facts.SHEETS}, templates_dir)
