"""The YAML text of each fact-sheet item, kept between runs, so that a rebuild writes out only
the items that changed.

A sheet's YAML is its items' texts one after another (`yamlio.dump` of a list is the dump of
each item in turn), so each item's text can be looked up instead of made again. An item is
known by a digest of its `marshal` bytes (format 2): the sheets hold plain data (text,
numbers, booleans, None, lists and mappings in a fixed key order), which those bytes tell
apart (`1`, `1.0` and `True`, or two key orders, included). After one article changed, most of a
large story's items are the same as in the last run; making their text was most of the cost of
writing the sheets.

The texts live in one file in the project's cache, marked with a digest of `yamlio.py`:
a change to how YAML is written starts it afresh. It keeps exactly the items of the last
sheets it was written with (a run whose items differ from it in only a few leaves it as it is:
`kept.worth_writing`), so it never grows past one run's; a damaged or unreadable file is ignored.
"""

from __future__ import annotations

import hashlib
import marshal
from pathlib import Path
from typing import Any

from generator import kept, yamlio

_MAGIC = b"explainer-item-texts-v2\n"  # v2: items keyed by their marshal bytes


def _writer_version() -> bytes:
    """A digest of the code that makes the texts."""
    return hashlib.sha256(Path(yamlio.__file__).read_bytes()).digest()[:16]


def _key(item: Any) -> bytes:
    try:
        # marshal's format 2 writes a value whole each time (no back-references, whose use
        # depends on reference counts), so equal items give equal bytes, and it keeps `1`,
        # `1.0` and `True` apart: twice as fast as `repr`
        data = b"m" + marshal.dumps(item, 2)
    except ValueError:  # a type marshal does not write (none today): its `repr`
        data = b"r" + repr(item).encode("utf-8", "surrogatepass")
    return hashlib.blake2b(data, digest_size=16).digest()


class ItemTexts:
    """Each item's YAML text, from the last run where it can be (see the module docstring).
    `dump` as `yamlio.dump`; `save` records the texts of the items dumped since `load`."""

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
        for item in items:
            key = _key(item)
            text = self.used.get(key)
            if text is None:
                text = self.known.get(key)
                if text is None:
                    text = yamlio.dump([item])
                self.used[key] = text
            texts.append(text)
        return "".join(texts)

    def save(self, path: Path) -> None:
        """Keep the texts of the items dumped since `load` (none other) for the next run, when
        more than a few changed (`kept.worth_writing`)."""
        if not kept.worth_writing(self.used, self.known):
            return  # the same items as last time, or all but a few: the file holds them already
        kept.write(path, _MAGIC + _writer_version(), self.used)
