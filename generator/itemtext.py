"""The YAML text of each run of fact-sheet items, kept between runs, so that a rebuild writes out
only the runs whose items changed.

A sheet's YAML is its items' texts one after another (`yamlio.dump` of a list is the dump of
each item in turn), so the text of a run of items can be looked up instead of made again. A
sheet is cut into runs where an item's id ends one (`_ends_run`: about one item in 32, chosen by
the id alone, so an item added, removed or changed leaves every other run as it was); a run is
known by a digest of its `marshal` bytes: the sheets hold plain data (text, numbers, booleans,
None, lists and mappings in a fixed key order), which those bytes tell apart (`1`, `1.0` and
`True`, or two key orders, included), so equal bytes are equal items and one text. The bytes
are marshal's format 2, which writes each text whole: the current format, which writes a text met
twice once and refers back to it, is faster, but its bytes depend on which equal texts happen to
be one object, so equal runs made by two builds would differ and be made again (measured in
docs/performance.md). After one article changed, most of a large story's runs are the
same as in the last run; keying them a run at a time rather than an item at a time (29,400 items
at 2,223 BBC articles) is what spares most of writing the sheets.

The texts live in one file in the project's cache, marked with a digest of `yamlio.py`:
a change to how YAML is written starts it afresh. It keeps exactly the runs of the last
sheets it was written with (a build whose runs differ from it in only a few leaves it as it is:
`kept.worth_writing`), so it never grows past one run's; a damaged or unreadable file is ignored.
"""

from __future__ import annotations

import hashlib
import marshal
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from generator import kept, yamlio

_MAGIC = b"explainer-item-texts-v3\n"  # v3: runs of items keyed by their marshal bytes
_RUN = 31  # an item ends a run when the CRC-32 of its id has these bits clear: runs of 32 items on average


def _writer_version() -> bytes:
    """A digest of the code that makes the texts."""
    return hashlib.sha256(Path(yamlio.__file__).read_bytes()).digest()[:16]


def _key(items: list[Any]) -> bytes:
    try:
        # marshal keeps `1`, `1.0` and `True` apart and reads back to one value: equal bytes,
        # equal items (see the module docstring); twice as fast as `repr`
        data = b"m" + marshal.dumps(items, 2)
    except ValueError:  # a type marshal does not write (none today): its `repr`
        data = b"r" + repr(items).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


def _ends_run(item: Any) -> bool:
    """Whether `item` ends a run: told by its id (every sheet's items have one), so that the
    runs around an item added or removed stay the same; an item without one ends no run."""
    ident = item.get("id") if isinstance(item, dict) else None
    return isinstance(ident, str) and not zlib.crc32(ident.encode("utf-8", "surrogatepass")) & _RUN


def _runs(items: list[Any]) -> Iterator[list[Any]]:
    start = 0
    for n, item in enumerate(items, 1):
        if _ends_run(item):
            yield items[start:n]
            start = n
    if start < len(items):
        yield items[start:]


class ItemTexts:
    """The YAML text of each run of items, from the last run where it can be (see the module
    docstring). `dump` as `yamlio.dump`; `save` records the texts of the runs dumped since `load`."""

    def __init__(self, known: dict[bytes, str] | None = None) -> None:
        self.known: dict[bytes, str] = known or {}
        self.used: dict[bytes, str] = {}

    @classmethod
    def load(cls, path: Path) -> ItemTexts:
        return cls(kept.read(path, _MAGIC + _writer_version()))

    def dump(self, items: list[Any]) -> str:
        """The YAML text of `items`, byte for byte `yamlio.dump(items)`."""
        if not items:
            return yamlio.dump(items)
        texts = []
        for run in _runs(items):
            key = _key(run)
            text = self.used.get(key)
            if text is None:
                text = self.known.get(key)
                if text is None:
                    text = yamlio.dump(run)
                self.used[key] = text
            texts.append(text)
        return "".join(texts)

    def save(self, path: Path) -> None:
        """Keep the texts of the runs dumped since `load` (none other) for the next run, when
        more than a few changed (`kept.worth_writing`)."""
        if not kept.worth_writing(self.used, self.known):
            return  # the same items as last time, or all but a few: the file holds them already
        kept.write(path, _MAGIC + _writer_version(), self.used)
