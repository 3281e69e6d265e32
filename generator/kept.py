"""A dict kept between runs in one file, for the caches of parsed articles and of sheet items'
texts: pickled after a head naming its kind and the version of the code that made it. A file
missing, damaged or made by other code reads as nothing; a file that cannot be written is
skipped (it is only a cache)."""

from __future__ import annotations

import pickle
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from generator.facts import write_atomic_bytes


def read(path: Path, head: bytes) -> dict[Any, Any]:
    """The entries `write` kept in `path` under `head`, else none."""
    try:
        raw = path.read_bytes()
        if raw.startswith(head):
            entries = pickle.loads(raw[len(head) :])  # noqa: S301 - our own cache, written by `write`
            if isinstance(entries, dict):
                return entries
    except Exception:  # missing or damaged: made again
        pass
    return {}


def worth_writing(used: Mapping[Any, Any], known: Mapping[Any, Any]) -> bool:
    """Whether a cache that keeps the entries of its last run should be written again: `used`,
    this run's entries; `known`, those of the file. Always when the file holds none, never when
    the two hold the same keys, else only when more than a few entries are new or gone (more
    than 50 and a hundredth of this run's): a rebuild after one article changed makes that
    article's few entries again next time rather than write the whole file each time, and
    the file still never holds more than one run's entries."""
    if not known:
        return bool(used)
    new = len(used.keys() - known.keys())
    gone = len(known) - (len(used) - new)
    return new + gone > max(50, len(used) // 100)


def write(path: Path, head: bytes, entries: dict[Any, Any]) -> None:
    try:
        write_atomic_bytes(path, head + pickle.dumps(entries, protocol=5), durable=False)
    except OSError:
        pass  # only a cache: the next run makes its entries again
