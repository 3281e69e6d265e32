"""The extraction cache: each article's extracted facts, keyed by the article's bytes, its id
and the extractor's own code and word lists, in a git-ignored folder.

A rebuild after one article changed parses that article only; a rebuild with nothing
changed parses nothing and does not load the spaCy model. Entries are written atomically;
a corrupt or unreadable entry is ignored and recomputed."""

from __future__ import annotations

import hashlib
import logging
import pickle
import re
from dataclasses import replace
from functools import cache
from pathlib import Path

from generator.collector import collector_paused
from generator.facts import write_atomic_bytes
from generator.records import Article, Evidence, Facts

logger = logging.getLogger(__name__)

CACHE_DIR = Path(".cache/explainer")
_MAGIC = b"explainer-facts-v1\n"
_ENTRY = re.compile(r"[0-9a-f]{32}\.pickle")  # the name `put` gives an entry: only these are ever removed


@cache
def extractor_version() -> str:
    """A digest of the extraction code, word lists and patterns: any change to them invalidates the cache."""
    return code_digest(Path(__file__).resolve().parent)  # read as files: importing generator.extract loads spaCy


def code_digest(package: Path) -> str:
    """A digest of every file under `package`/extract that extraction reads (code, word lists,
    Matcher patterns), and of the records and the reader of articles (with the text cleaning it applies)."""
    digest = hashlib.sha256()
    extract = package / "extract"
    for path in sorted(p for suffix in ("*.py", "*.txt", "*.json") for p in extract.rglob(suffix)):
        digest.update(path.relative_to(extract).as_posix().encode() + b"\0" + path.read_bytes())
    for module in ("records.py", "ingest.py", "text.py"):
        digest.update((package / module).read_bytes())
    return digest.hexdigest()[:16]


def key(article: Article) -> str:
    text = f"{extractor_version()}\0{article.id}\0{article.fingerprint}\0{article.path.name}"
    return hashlib.sha256(text.encode()).hexdigest()[:32]


def _share_evidence(facts: Facts) -> None:
    """Equal pieces of evidence of one article made one object, each list changed in place: an
    article's facts cite one sentence many times (60,400 citations of 28,900 sentences in the
    2,223 BBC articles), and each copy was pickled and unpickled again. `Evidence` is frozen
    and compared by value, so nothing can tell the shared object from the copies it replaces."""
    one: dict[Evidence, Evidence] = {}
    holders = [*facts.people, *facts.organizations, *facts.events, *facts.reactions, *facts.figures,
               *facts.addressings, *facts.relations, *(r for p in facts.people for r in p.roles)]
    for holder in holders:
        holder.evidence[:] = [one.setdefault(ev, ev) for ev in holder.evidence]


class ExtractionCache:
    def __init__(self, directory: Path) -> None:
        self.directory = directory / "articles"

    def get(self, article: Article) -> Facts | None:
        path = self.directory / f"{key(article)}.pickle"
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        if not raw.startswith(_MAGIC):
            logger.info("cache entry %s is corrupt; extracting again", path.name)
            return None
        try:
            facts = pickle.loads(raw[len(_MAGIC) :])  # noqa: S301 - our own cache, written below
        except Exception:  # any damage: recompute
            logger.info("cache entry %s is corrupt; extracting again", path.name)
            return None
        if not isinstance(facts, Facts):
            return None
        facts.sources = [article]  # the path and metadata as they are now
        return facts

    @collector_paused()
    def get_all(self, articles: list[Article]) -> dict[str, Facts | None]:
        """`get` of each article, by id. Unpickling a story's facts makes an object for every
        fact and piece of evidence, all lasting, and no reference cycles: with the collector
        running, its full collections walked them again and again (2,223 BBC articles: 0.61 to
        0.68 CPU-s, against 0.22 to 0.23 paused)."""
        return {a.id: self.get(a) for a in articles}

    def put(self, article: Article, facts: Facts) -> None:
        """Keep `facts` for `article`, without their `sources` (the article itself: `get` puts
        it back as it is then): its text, path and metadata made a third of an entry's bytes."""
        _share_evidence(facts)
        entry = _MAGIC + pickle.dumps(replace(facts, sources=[]), protocol=5)
        write_atomic_bytes(self.directory / f"{key(article)}.pickle", entry, durable=False)  # the reader checks it

    def keep_only(self, articles: list[Article]) -> int:
        """Remove every entry no article of this build has: an article's older versions, an
        article taken out, everything an earlier extractor wrote. Without this the folder grows
        by a whole story's facts with each upgrade of the extractor. Returns how many went."""
        wanted = {f"{key(article)}.pickle" for article in articles}
        removed = 0
        for path in sorted(self.directory.glob("*.pickle")):
            if path.name not in wanted and _ENTRY.fullmatch(path.name):
                path.unlink(missing_ok=True)
                removed += 1
        if removed:
            logger.info("removed %d cache entries no article has", removed)
        return removed
