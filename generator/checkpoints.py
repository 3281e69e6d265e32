"""Checkpoints of the merge, kept between runs, so that a rebuild after one article changed
merges again only the articles from the last checkpoint before it.

The merge is a fold over the articles, earliest first (`merge.merge_resumable`): its state
after the first `n` articles depends only on those articles (and on a few things of the whole
story that the merge checks when it takes the state up again). A whole merge keeps its state
after `marks(n)` articles, each in a file of `.cache/explainer/checkpoints/` named by the
number of articles and a digest of their extraction-cache keys (the article's bytes, id and
file name, and the extractor's code) and of the code that merges; a later run takes up the
largest checkpoint whose articles are exactly its own first ones, unchanged. A checkpoint is
only a cache: a damaged, unreadable or stale one is passed over (and the story merged whole).
A whole merge makes the checkpoints of `marks` that are not kept yet and removes those whose
articles are no longer the story's first ones; a merge taken up from one makes none (the
ones after the change it merged stay stale until the next whole merge).
"""

from __future__ import annotations

import hashlib
import pickle
import re
from functools import cache
from pathlib import Path

from generator.cache import CACHE_DIR, extractor_version
from generator.facts import write_atomic_bytes
from generator.merge import Checkpoint

FOLDER = CACHE_DIR / "checkpoints"
_MAGIC = b"explainer-merge-checkpoint-v1\n"
_NAME = re.compile(r"(?P<n>[0-9]{6})-(?P<digest>[0-9a-f]{32})\.pickle")


def marks(articles: int) -> list[int]:
    """After how many articles a whole merge of `articles` keeps its state: every 1,024 (at 2,223
    articles: 1,024 and 2,048; none in a smaller story, whose whole merge takes a few tenths of
    a CPU-second). Pickling a state costs about twice what reading it back does (at 2,223
    articles, 0.23 CPU-s for the one after 1,024, 0.47 for the one after 2,048), and a whole
    merge pays for every one it makes (a change before the first makes them all stale), so
    they are few."""
    return list(range(1024, articles, 1024))


def missing(root: Path, keys: list[str], wanted: list[int]) -> list[int]:
    """Those of `wanted` (numbers of articles) that no kept checkpoint of this story has."""
    digests = prefix_digests(keys)
    return [m for m in wanted if not (root / FOLDER / f"{m:06d}-{digests[m - 1]}.pickle").exists()]


@cache
def _code() -> bytes:
    """A digest of the code whose objects a checkpoint holds and whose steps it stands for."""
    package = Path(__file__).resolve().parent
    digest = hashlib.sha256(extractor_version().encode())
    for path in sorted(package.glob("*.py")):
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.digest()


def prefix_digests(keys: list[str]) -> list[str]:
    """For each n, a digest of the first n articles' extraction-cache keys (in merge order) and
    of the merging code: index n-1 for the first n."""
    digest = hashlib.sha256(_code())
    out = []
    for key in keys:
        digest.update(key.encode() + b"\0")
        out.append(digest.hexdigest()[:32])
    return out


def best(root: Path, keys: list[str]) -> tuple[int, Path] | None:
    """The checkpoint of the most articles among those kept that this story's first articles
    (`keys`: their extraction-cache keys, in merge order) match, as (articles, file); or none."""
    folder = root / FOLDER
    try:
        names = [m for p in folder.iterdir() if (m := _NAME.fullmatch(p.name))]
    except OSError:
        return None
    if not names:
        return None
    digests = prefix_digests(keys)
    fitting = [int(m["n"]) for m in names if 0 < int(m["n"]) < len(keys) and digests[int(m["n"]) - 1] == m["digest"]]
    if not fitting:
        return None
    n = max(fitting)
    return n, folder / f"{n:06d}-{digests[n - 1]}.pickle"


def read(path: Path) -> Checkpoint | None:
    """The checkpoint in `path`, or None when it is missing or damaged."""
    try:
        raw = path.read_bytes()
        if raw.startswith(_MAGIC):
            found = pickle.loads(raw[len(_MAGIC) :])  # noqa: S301 - our own cache, written by `write`
            if isinstance(found, Checkpoint):
                return found
    except Exception:  # missing or damaged: the story is merged whole
        pass
    return None


def write(root: Path, keys: list[str], checkpoints: list[Checkpoint]) -> None:
    """Keep `checkpoints` (of a whole merge of the story whose articles' keys are `keys`, in
    merge order); those kept before are removed unless their articles are still this story's
    first ones, unchanged."""
    folder = root / FOLDER
    digests = prefix_digests(keys)
    current = {f"{n:06d}-{digests[n - 1]}.pickle" for n in range(1, len(keys))}
    try:
        folder.mkdir(parents=True, exist_ok=True)
        for p in folder.iterdir():
            if _NAME.fullmatch(p.name) and p.name not in current:
                p.unlink(missing_ok=True)
        for c in checkpoints:
            name = f"{len(c.prefix):06d}-{digests[len(c.prefix) - 1]}.pickle"
            write_atomic_bytes(folder / name, _MAGIC + pickle.dumps(c, protocol=5), durable=False)
    except OSError:
        pass  # only a cache: the next rebuild merges the story whole
