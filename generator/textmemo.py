"""The merge's text work kept between runs: each name's and sentence's normalized form, content
words, slug and person key, each organization name's forms (`merge._org_keys`), and each
article's word count (for the sources sheet) and whether it holds a denial's cue phrase (for
the differences), so that a rebuild after one article changed works out only the new
article's texts again.

The merge normalizes tens of thousands of texts (2,223 BBC articles: about 40,000 for `norm`,
33,000 slugs, 19,000 sets of content words); in a fresh process that was about a quarter of
its time, every text done again though only one article changed. Inside `kept(path)` (the
pipeline's merge and `facts.to_sheets`), each function registered here (`table`) looks its text up in a table
loaded from `path` before working it out; the tables keep the texts used in this run and are
written back when they differ enough from the file (`kept.worth_writing`), then emptied: outside
that block the functions are their plain (lru-cached) selves.

A value is a pure function of its text and the code that makes it: the file is marked with a
digest of that code (the modules registering tables, this one, the word lists) and of the
Unicode tables Python normalizes with; anything else reads as nothing. Values are `marshal`'s
plain types (text, frozen sets of text). A damaged or unreadable file is ignored; one that
cannot be written is skipped: it is only a cache.
"""

from __future__ import annotations

import hashlib
import marshal
import sys
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

_MAGIC = b"explainer-text-memo-v1\n"
_CODE = ("textmemo.py", "textsim.py", "ids.py", "merge.py", "facts.py", "discrepancies.py", "extract/data/stop_words.txt",
         "extract/data/denial_cues.txt", "extract/data/org_synonyms.txt", "extract/data/body_synonyms.txt",
         "extract/data/national_prefixes.txt", "extract/data/org_nouns_with_of_form.txt", "extract/data/company_forms.txt",
         "extract/data/chamber_words.txt", "extract/data/scope_words.txt")


class Table(dict):
    """One function's values by text: those used in this run (the dict itself), then those of
    the last run (`known`), then the function (`fn`). In a `partial` block the dict starts with
    every known value (a lookup is then the dict's own, not a call of `__missing__`: 80,000 of
    them in a rebuild of 2,223 articles); `new` counts the values the function made."""

    __slots__ = ("fn", "known", "new")

    def __init__(self, fn: Callable[[str], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.known: dict[str, Any] = {}
        self.new = 0

    def __missing__(self, text: str) -> Any:
        value = self.known.get(text)
        if value is None:  # no function here returns None
            value = self.fn(text)
            self.new += 1
        self[text] = value
        return value


_TABLES: dict[str, Table] = {}
on = False  # inside a `kept` block: the registered functions read their tables


def table(name: str, fn: Callable[[str], Any]) -> Table:
    """A table for `fn` (a pure function of one text), kept under `name`."""
    _TABLES[name] = Table(fn)
    return _TABLES[name]


def _head() -> bytes:
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(f"{sys.version_info[:2]}\0{unicodedata.unidata_version}\0{marshal.version}".encode())
    for name in _CODE:
        digest.update(name.encode() + b"\0" + (package / name).read_bytes())
    return _MAGIC + digest.digest()[:16]


def _read(path: Path, head: bytes) -> dict[str, dict[str, Any]]:
    try:
        raw = path.read_bytes()
        if raw.startswith(head):
            tables = marshal.loads(raw[len(head) :])
            if isinstance(tables, dict) and all(isinstance(t, dict) for t in tables.values()):
                return tables
    except Exception:  # missing or damaged: worked out again
        pass
    return {}


def _new_enough(t: Table) -> bool:
    """For a `partial` block, `kept.worth_writing` with nothing gone: more than a few texts new."""
    return t.new > max(50, len(t) // 100) if t.known else bool(t)


@contextmanager
def kept(path: Path, partial: bool = False) -> Iterator[None]:
    """The registered functions read and fill their tables for the block (see the module
    docstring); the tables are written to `path` when worth it, then emptied. `partial`: the
    block works on part of the story only (a merge taken up from a checkpoint), so the texts of
    the file it does not use are still the story's: they are kept, and only new ones count."""
    global on
    from generator.facts import write_atomic_bytes
    from generator.kept import worth_writing

    if on:  # nested: the outer block keeps the tables
        yield
        return
    head = _head()
    loaded = _read(path, head)
    for name, t in _TABLES.items():
        t.known = loaded.get(name, {})
        t.new = 0
        if partial:  # the file's texts are all kept (below): looked up as the dict's own
            t.update(t.known)
    on = True
    try:
        yield
    finally:
        on = False
        try:
            if partial:
                if any(_new_enough(t) for t in _TABLES.values()):  # each table holds the file's texts and the new ones
                    write_atomic_bytes(path, head + marshal.dumps({name: dict(t) for name, t in _TABLES.items()}), durable=False)
            elif any(worth_writing(t, t.known) for t in _TABLES.values()):
                write_atomic_bytes(path, head + marshal.dumps({name: dict(t) for name, t in _TABLES.items()}), durable=False)
        except (OSError, ValueError):
            pass  # only a cache
        finally:
            for t in _TABLES.values():
                t.clear()
                t.known = {}
                t.new = 0
