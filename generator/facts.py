"""Fact sheets: the story's records <-> YAML files in `content/facts/`.

Writing is deterministic (fixed key order, stable list order) and atomic (each file is
written beside its target and renamed over it). Reading validates every file against the
JSON Schema in `schema/factsheets.schema.json` and reports problems as `file: what`.
"""

from __future__ import annotations

import json
import os
import tempfile
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from generator import yamlio
from generator.errors import ExplainerError
from generator.records import Article, Evidence, Facts, Role

SHEETS = (
    "sources",
    "people",
    "organizations",
    "events",
    "reactions",
    "figures",
    "discrepancies",
)


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    out = []
    for e in items:
        d: dict[str, Any] = {"source": e.source, "text": e.text}
        if e.start is not None:
            d["start"], d["end"] = e.start, e.end
        out.append(d)
    return out


def _optional(d: dict[str, Any], **fields: Any) -> dict[str, Any]:
    d.update({k: v for k, v in fields.items() if v not in (None, [], "")})
    return d


def _source(a: Article, root: Path | None) -> dict[str, Any]:
    path = a.path
    if root is not None:
        try:
            path = a.path.resolve().relative_to(root.resolve())
        except ValueError:
            pass
    d = {"id": a.id, "title": a.title, "path": path.as_posix(), "words": a.words}
    return _optional(
        d,
        outlet=a.outlet,
        published=a.published.isoformat() if a.published else None,
        url=a.url,
        author=a.author,
        fingerprint=a.fingerprint,
    )


def _role(r: Role) -> dict[str, Any]:
    return _optional({"title": r.title, "organization": r.organization}, status=r.status) | {
        "evidence": _evidence(r.evidence)
    }


def to_sheets(facts: Facts, root: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """Records -> the mappings of each fact sheet, in contract field order. Every fact lists
    the sources that report it; with several sources, one reported by a single source is
    marked `single_source: true`."""
    several = len(facts.sources) > 1

    def coverage(sources: list[str] | set[str]) -> dict[str, Any]:
        listed = sorted(set(sources))
        return {"sources": listed, "single_source": True} if several and len(listed) == 1 else {"sources": listed}

    def of(evidence: list[Evidence]) -> list[str]:
        return sorted({ev.source for ev in evidence})

    return {
        "sources": [_source(a, root) for a in facts.sources],
        "people": [
            _optional(
                {"id": p.id, "name": p.name, "aliases": p.aliases, "roles": [_role(r) for r in p.roles]},
                ranks=p.ranks,
            )
            | coverage(p.sources)
            | {"evidence": _evidence(p.evidence)}
            for p in facts.people
        ],
        "organizations": [
            {"id": o.id, "name": o.name, "aliases": o.aliases} | coverage(o.sources) | {"evidence": _evidence(o.evidence)}
            for o in facts.organizations
        ],
        "events": [
            _optional(
                {"id": e.id, "date": e.date, "date_text": e.date_text, "summary": e.summary, "people": e.people},
                organizations=e.organizations,
            )
            | coverage(of(e.evidence))
            | {"evidence": _evidence(e.evidence)}
            for e in facts.events
        ],
        "reactions": [
            _optional(
                {"id": r.id, "speaker": r.speaker, "kind": r.kind, "text": r.text},
                stance=r.stance,
                variants=[{"source": v.source, "text": v.text} for v in r.variants],
            )
            | coverage(of(r.evidence))
            | {"evidence": _evidence(r.evidence)}
            for r in facts.reactions
        ],
        "figures": [
            _optional(
                {"id": f.id, "value": int(f.value) if float(f.value).is_integer() else f.value, "text": f.text, "what": f.what},
                attributed_to=f.attributed_to,
            )
            | coverage(of(f.evidence))
            | {"evidence": _evidence(f.evidence)}
            for f in facts.figures
        ],
        "discrepancies": [
            {"id": d.id, "what": d.what, "values": d.values, "evidence": _evidence(d.evidence)}
            for d in facts.discrepancies
        ],
    }


def dump(items: list[dict[str, Any]]) -> str:
    return yaml.safe_dump(items, sort_keys=False, allow_unicode=True, width=100, default_flow_style=False)


def write_atomic(path: Path, text: str) -> bool:
    """Write text to path via a temporary file and a rename; False when already identical."""
    if path.exists() and path.read_text(encoding="utf-8") == text:
        return False
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write(facts: Facts, out: Path, root: Path | None = None) -> list[Path]:
    """Write every fact sheet into `out`; returns the files that changed."""
    changed = []
    for name, items in to_sheets(facts, root).items():
        path = out / f"{name}.yaml"
        if write_atomic(path, dump(items)):
            changed.append(path)
    return changed


@cache
def schema() -> dict[str, Any]:
    text = resources.files("generator").joinpath("schema", "factsheets.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate(name: str, data: Any, path: Path) -> list[dict[str, Any]]:
    """Check one sheet against the schema; a top-level {name: [...]} mapping is accepted."""
    if isinstance(data, dict) and set(data) == {name}:
        data = data[name]
    if data is None:
        data = []
    sheet_schema = {"$defs": schema()["$defs"], **schema()["properties"][name]}
    validator = jsonschema.Draft202012Validator(sheet_schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        where = "/".join(str(p) for p in err.absolute_path) or "top level"
        raise ExplainerError(f"invalid fact sheet at {where}: {err.message}", path)
    return data


def read(directory: Path) -> dict[str, list[dict[str, Any]]]:
    """Load and validate every fact sheet in `directory` (missing sheets are empty)."""
    if not directory.is_dir():
        raise ExplainerError("fact sheets folder does not exist; run `explainer extract` first", directory)
    sheets: dict[str, list[dict[str, Any]]] = {}
    for name in SHEETS:
        path = directory / f"{name}.yaml"
        if not path.exists():
            sheets[name] = []
            continue
        try:
            data = yamlio.load(path.read_text(encoding="utf-8"))
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise ExplainerError(
                f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path, mark.line + 1 if mark else None
            ) from None
        except UnicodeDecodeError:
            raise ExplainerError("not UTF-8 text", path) from None
        sheets[name] = validate(name, data, path)
    return sheets
