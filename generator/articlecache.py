"""Articles as parsed in the last run, kept by each file's bytes and name, so that a rebuild
parses again only the article files that changed.

Parsing a `.txt` or `.md` article (cleaning its text, reading its front matter, finding its
headline) depends on nothing but the file's bytes, its name and the code that parses it: an
entry is keyed by the first two, and the file as a whole is marked with a digest of that code
(`_CODE`), so a change to it starts afresh. An entry keeps the `Article` (its path is set
anew on each use) and the warnings parsing gave, replayed as they were. A file that could not
be parsed is never kept (its error is found again each time), nor is a saved web page (its
text comes from other code). The file keeps exactly the articles of the last run that wrote it
(one whose articles differ from it in only a few does not: `kept.worth_writing`); a damaged
or unreadable one is ignored.
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from generator import kept
from generator.errors import ExplainerError
from generator.records import Article

_MAGIC = b"explainer-parsed-articles-v1\n"
_CODE = ("ingest.py", "text.py", "yamlio.py", "ids.py", "records.py", "errors.py", "articlecache.py", "kept.py")

_NO_PATH = Path()  # an entry's article's path: `get` sets the file's own (one shared object, pickled once)
Entry = tuple[Article, list[tuple[type[ExplainerError], str, int | None]]]  # the article; its warnings (kind, message, line)


def _code_version() -> bytes:
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    return digest.digest()[:16]


class ParsedArticles:
    """`get` an article parsed before from the same bytes and name, `put` one parsed now;
    `save` keeps those got or put since `load` for the next run."""

    def __init__(self, known: dict[tuple[str, str], Entry] | None = None) -> None:
        self.known = known or {}
        self.used: dict[tuple[str, str], Entry] = {}

    @classmethod
    def load(cls, path: Path) -> ParsedArticles:
        return cls(kept.read(path, _MAGIC + _code_version()))

    def get(self, path: Path, fingerprint: str, warnings: list[ExplainerError] | None) -> Article | None:
        """The article of the file at `path` whose bytes have `fingerprint`, if parsed before;
        its warnings are added to `warnings` as parsing added them."""
        key = (fingerprint, path.name)
        entry = self.known.get(key) or self.used.get(key)
        if entry is None:
            return None
        self.used[key] = entry
        article, said = entry
        if warnings is not None:
            warnings.extend(kind(message, path, line) for kind, message, line in said)
        return replace(article, path=path)

    def put(self, article: Article, warnings: list[ExplainerError]) -> None:
        """`article`, just parsed (its fingerprint set), with the warnings parsing gave."""
        said = [(type(w), w.message, w.line) for w in warnings]
        self.used[(article.fingerprint, article.path.name)] = (replace(article, path=_NO_PATH), said)

    def save(self, path: Path) -> None:
        if not kept.worth_writing(self.used, self.known):
            return  # the same articles as last time, or all but a few: the file holds them already
        kept.write(path, _MAGIC + _code_version(), self.used)
