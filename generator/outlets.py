"""The editor's descriptions of the story's outlets: `content/outlets.yaml`, which the tool only
reads, never writes. Either a list

    - name: Tarn Gazette          # as the articles name the outlet (their `outlet`, or web host)
      owner: Tarn Media Group
      lean: centre-left
      url: https://tarn-gazette.example

or a mapping from the outlet's name to the same fields (`name` then being the name to show).
Every field but the name is optional, and nothing is guessed for an outlet the file does not
describe. A file of the wrong shape stops the build with one line naming it.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from generator import yamlio
from generator.errors import ExplainerError

OUTLETS = Path("content/outlets.yaml")
FIELDS = ("name", "owner", "lean", "url")
SHAPE = "outlets must be a list of outlets (each '- name: …' with owner, lean, url where known) or a mapping of outlet name to them"

Outlets = dict[str, dict[str, str]]  # outlet name, casefolded -> name, owner, lean, url


def read(path: Path) -> Outlets:
    """The described outlets, by casefolded name; no file, no descriptions."""
    if not path.is_file():
        return {}
    data, node = yamlio.read_file(path)
    if data is None:
        return {}
    if isinstance(data, dict):
        lines = [key.start_mark.line + 1 for key, _ in node.value] if node is not None else []
        entries = [({"name": str(k), **v} if isinstance(v, dict) else v) for k, v in data.items()]
        keys: list[Any] = list(data)
    elif isinstance(data, list):
        lines = [item.start_mark.line + 1 for item in node.value] if node is not None else []
        entries, keys = data, [None] * len(data)
    else:
        raise ExplainerError(SHAPE, path, 1)
    out: Outlets = {}
    for n, (entry, key) in enumerate(zip(entries, keys, strict=True)):
        line = lines[n] if n < len(lines) else None
        problem = _problem(entry, key)
        if problem:
            raise ExplainerError(problem, path, line)
        described = {k: str(entry[k]).strip() for k in FIELDS if entry.get(k) not in (None, "")}
        name = str(key if key is not None else entry["name"]).strip()
        if name.casefold() in out:
            raise ExplainerError(f"outlet {name!r} is described twice", path, line)
        out[name.casefold()] = described
    return out


def _problem(entry: Any, key: Any) -> str | None:
    """What is wrong with one outlet's description, or None."""
    if not isinstance(entry, dict):
        return f"{SHAPE}; found {type(entry).__name__} {str(entry)[:40]!r}"
    unknown = sorted(str(k) for k in entry if k not in FIELDS)
    if unknown:
        return f"unknown field {unknown[0]!r} for an outlet (known: {', '.join(FIELDS)})"
    if not isinstance(entry.get("name"), str) or not entry["name"].strip():
        return "an outlet without a name (each needs 'name: …')"
    wrong = [k for k in FIELDS if entry.get(k) is not None and not isinstance(entry[k], (str, int, float))]
    if wrong:
        return f"outlet {entry['name']!r}: {wrong[0]} must be text"
    url = str(entry.get("url") or "")
    if url and not url.startswith(("http://", "https://")):
        return f"outlet {entry['name']!r}: url must start with http:// or https://"
    return None
