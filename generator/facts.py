"""Fact sheets: the story's records <-> YAML files in `content/facts/`.

Writing is deterministic (fixed key order, stable list order) and atomic (each file is
written beside its target and renamed over it). Reading validates every file against the
JSON Schema in `schema/factsheets.schema.json` and reports problems as `file: what`.
"""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import re
import tempfile
from dataclasses import dataclass
from datetime import date
from functools import cache
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jsonschema
import yaml

from generator import textmemo, yamlio
from generator.collector import collector_paused
from generator.errors import ExplainerError
from generator.ids import ID_PATTERN
from generator.records import Article, Event, Evidence, Facts, Figure, Person, Reaction, Relation, Role

if TYPE_CHECKING:
    from generator.itemtext import ItemTexts


SHEETS = (
    "sources",
    "people",
    "organizations",
    "events",
    "reactions",
    "figures",
    "discrepancies",
    "relations",
)


def _evidence(items: list[Evidence]) -> list[dict[str, Any]]:
    return [
        {"source": e.source, "text": e.text} if e.start is None else {"source": e.source, "text": e.text, "start": e.start, "end": e.end}
        for e in items
    ]


def _optional(d: dict[str, Any], **fields: Any) -> dict[str, Any]:
    d.update({k: v for k, v in fields.items() if v not in (None, [], "")})
    return d


def _relative(path: Path, root: Path | None, folders: dict[str, str | None]) -> str:
    """`path` resolved and made relative to `root` (resolved), as POSIX text; `path` itself when it
    is not under `root`. A file that is no symlink is in its folder's real place, so each folder
    is resolved once (`folders` keeps each one's place under `root`, or None): one system call a
    source, and no path objects made for it (this runs for every article of the story)."""
    if root is None:
        return path.as_posix()
    text = str(path)
    if os.path.islink(text):
        try:
            return path.resolve().relative_to(root).as_posix()
        except ValueError:
            return path.as_posix()
    folder, name = os.path.split(text)
    if folder not in folders:
        try:
            folders[folder] = Path(folder).resolve().relative_to(root).as_posix()
        except ValueError:
            folders[folder] = None
    place = folders[folder]
    if place is None:
        return path.as_posix()
    return name if place == "." else f"{place}/{name}"


def _source(a: Article, root: Path | None, folders: dict[str, str | None]) -> dict[str, Any]:
    """`root` resolved; `folders` as `_relative`'s."""
    words = _WORD_COUNTS[a.body] if textmemo.on else a.words
    d = {"id": a.id, "title": a.title, "path": _relative(a.path, root, folders), "words": words}
    return _optional(
        d,
        outlet=a.outlet,
        published=a.published.isoformat() if a.published else None,
        url=a.url,
        author=a.author,
        fingerprint=a.fingerprint,
    )


def _word_count(body: str) -> int:
    return len(body.split())  # `Article.words`


_WORD_COUNTS = textmemo.table("words", _word_count)  # in a rebuild: kept between runs (see textmemo); the split was a third of `to_sheets`


def _role(r: Role) -> dict[str, Any]:
    d: dict[str, Any] = {"title": r.title, "organization": r.organization}
    if r.status not in _EMPTY:
        d["status"] = r.status
    d["evidence"] = _evidence(r.evidence)
    return d


_EMPTY = (None, [], "")  # an optional field with one of these is left out (`_optional`)


@collector_paused()
def to_sheets(facts: Facts, root: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """Records -> the mappings of each fact sheet, in contract field order. Every fact lists
    the sources that report it; with several sources, one reported by a single source is
    marked `single_source: true`. Each mapping is made in one go, its fields in that order
    (this runs over every fact of the story in each rebuild)."""
    several = len(facts.sources) > 1

    def tail(d: dict[str, Any], listed: list[str], evidence: list[Evidence]) -> dict[str, Any]:
        """`d` with its sources (`listed`, sorted and distinct), single_source where it applies,
        and evidence."""
        d["sources"] = listed
        if several and len(listed) == 1:
            d["single_source"] = True
        d["evidence"] = _evidence(evidence)
        return d

    def of(evidence: list[Evidence]) -> list[str]:
        return sorted({ev.source for ev in evidence})

    def person(p: Person) -> dict[str, Any]:
        d = {"id": p.id, "name": p.name, "aliases": p.aliases, "roles": [_role(r) for r in p.roles]}
        if p.ranks not in _EMPTY:
            d["ranks"] = p.ranks
        return tail(d, sorted(set(p.sources)), p.evidence)

    def event(e: Event) -> dict[str, Any]:
        d = {"id": e.id, "date": e.date, "date_text": e.date_text, "summary": e.summary, "people": e.people}
        for key, value in (("organizations", e.organizations), ("headline", e.headline), ("status", e.status), ("places", e.places)):
            if value not in _EMPTY:
                d[key] = value
        return tail(d, of(e.evidence), e.evidence)

    def reaction(r: Reaction) -> dict[str, Any]:
        d = {"id": r.id, "speaker": r.speaker}
        if r.speaker is None and r.speaker_text:  # an unnamed source: its words beside the null speaker
            d["speaker_text"] = r.speaker_text
        d |= {"kind": r.kind, "text": r.text}
        if r.stance not in _EMPTY:
            d["stance"] = r.stance
        if r.variants:
            d["variants"] = [{"source": v.source, "text": v.text} for v in r.variants]
        return tail(d, of(r.evidence), r.evidence)

    def figure(f: Figure) -> dict[str, Any]:
        d = {"id": f.id, "value": int(f.value) if float(f.value).is_integer() else f.value, "text": f.text, "what": f.what}
        if f.attributed_to not in _EMPTY:
            d["attributed_to"] = f.attributed_to
        return tail(d, of(f.evidence), f.evidence)

    def relation(r: Relation) -> dict[str, Any]:
        d = {"id": r.id, "subject": r.subject, "relation": r.relation, "object": r.object}
        if r.date not in _EMPTY:
            d["date"] = r.date
        return tail(d, of(r.evidence), r.evidence)

    real_root = root.resolve() if root is not None else None
    folders: dict[str, str | None] = {}

    return {
        "sources": [_source(a, real_root, folders) for a in facts.sources],
        "people": [person(p) for p in facts.people],
        "organizations": [
            tail({"id": o.id, "name": o.name, "aliases": o.aliases}, sorted(set(o.sources)), o.evidence)
            for o in facts.organizations
        ],
        "events": [event(e) for e in facts.events],
        "reactions": [reaction(r) for r in facts.reactions],
        "figures": [figure(f) for f in facts.figures],
        "discrepancies": [
            {"id": d.id, "what": d.what, "kind": d.kind, "statement": d.statement, "values": d.values,
             "evidence": _evidence(d.evidence)}
            for d in facts.discrepancies
        ],
        "relations": [relation(r) for r in sorted(facts.relations, key=lambda r: (r.subject, r.relation, r.object, r.id))],
    }


HEADER = (
    "# Generated by explainer: edits here are replaced when the articles change.\n"
    "# Lasting corrections go in content/corrections.yaml (see README).\n"
)
_STAMP = re.compile(r"^# inputs (?P<inputs>\w+) checksum (?P<checksum>\w+)$", re.M)


def _checksum(body: str) -> str:
    return hashlib.sha256(body.encode("utf-8")).hexdigest()[:16]


def dump(items: list[dict[str, Any]], inputs: str = "", texts: ItemTexts | None = None) -> str:
    """A fact sheet's text: a header naming the inputs it was made from and a checksum of
    its body, so a hand edit can be told from what the generator wrote. With `texts`, each
    item's YAML is taken from there where the last run made it."""
    body = texts.dump(items) if texts is not None else yamlio.dump(items)
    return f"{HEADER}# inputs {inputs or 'none'} checksum {_checksum(body)}\n{body}"


@dataclass(frozen=True)
class Stamp:
    inputs: str  # "" when the sheet has no stamp at all
    edited: bool  # the body no longer matches the checksum the generator wrote, or there is no stamp


def stamp(path: Path) -> Stamp | None:
    """What a sheet on disk says about itself; None only when there is nothing to keep (no
    file, or one with no entries). A sheet whose stamp line (or whole header) was deleted,
    or that is not UTF-8, was written by a person: it counts as edited, so it is never
    regenerated without a backup."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except UnicodeDecodeError:
        return Stamp("", True)
    match = _STAMP.search(text[:500])
    if match:
        body = text[match.end() + 1 :]
        return Stamp(match["inputs"], _checksum(body) != match["checksum"])
    return None if _empty(text) else Stamp("", True)


def stamps(directory: Path, record: Path | None = None) -> dict[str, Stamp | None]:
    """Each sheet's `stamp`. With `record` (see `record_stamps`), a sheet whose file is as the
    record saw it just after the generator wrote or checked it (the same size, inode, and
    modification and change times, both older than the record itself) is not read again:
    reading and checksumming every sheet was 0.05 CPU-s of a rebuild at 2,223 articles. Any
    write to a file changes its change time, which no one can set back, so an edited sheet is
    never taken as recorded; a sheet changed in the same tick as the record was written
    (`_trusted`) is read, as git reads a "racily clean" file. The sheets that had to be read and
    are as the generator wrote them are recorded again."""
    known = _recall_stamps(record) if record is not None else {}
    out: dict[str, Stamp | None] = {}
    read = False
    for name in SHEETS:
        path = directory / f"{name}.yaml"
        entry = known.get(name)
        if entry is not None and _stat_key(path) == entry[0]:
            out[name] = Stamp(entry[1], False)
            continue
        out[name] = stamp(path)
        read = read or (out[name] is not None and not out[name].edited)
    if record is not None and read:
        record_stamps(directory, record, out)
    return out


def _stat_key(path: Path) -> tuple[int, ...] | None:
    try:
        st = os.stat(path)
    except OSError:
        return None
    return (st.st_dev, st.st_ino, st.st_size, st.st_mtime_ns, st.st_ctime_ns)


_STAMPS_MAGIC = "explainer-sheet-stamps-v1"


def record_stamps(directory: Path, record: Path, now: dict[str, Stamp | None] | str) -> None:
    """Record each sheet's file key (`_stat_key`) with its stamp, for the sheets the generator
    has just written with the inputs `now` (`write_sheets`), or those of the stamps `now` that
    are its own (not edited, stamped). Only a cache: a record that cannot be written is skipped."""
    entries = {}
    for name in SHEETS:
        stamped = now if isinstance(now, str) else (st.inputs if (st := now.get(name)) and not st.edited else "")
        key = _stat_key(directory / f"{name}.yaml")
        if stamped and key is not None:
            entries[name] = [list(key), stamped]
    try:
        write_atomic_bytes(record, json.dumps({"format": _STAMPS_MAGIC, "sheets": entries}).encode(), durable=False)
    except OSError:
        pass


def _recall_stamps(record: Path) -> dict[str, tuple[tuple[int, ...], str]]:
    """The recorded sheets whose file key the record can vouch for (`_trusted`), else none."""
    try:
        with record.open("rb") as handle:
            since = os.fstat(handle.fileno()).st_mtime_ns
            data = json.loads(handle.read())
        if data.get("format") != _STAMPS_MAGIC:
            return {}
        return {
            name: (tuple(key), inputs)
            for name, (key, inputs) in data["sheets"].items()
            if _trusted(key, since) and isinstance(inputs, str)
        }
    except (OSError, ValueError, TypeError, AttributeError, KeyError):  # missing or damaged: every sheet is read
        return {}


def _trusted(key: list[int], since: int) -> bool:
    """Whether a file key recorded in a record last modified at `since` tells the file's
    content: the file's modification and change times are both before the record's (later
    writes to it then change them), as git trusts an index entry only when the file is older
    than the index."""
    return len(key) == 5 and all(isinstance(k, int) for k in key) and key[3] < since and key[4] < since


def _empty(text: str) -> bool:
    """Whether a sheet holds no entries (blank, or comments only)."""
    try:
        return yamlio.load(text) in (None, [], {})
    except yaml.YAMLError:
        return False


def write_atomic_bytes(path: Path, data: bytes, durable: bool = True) -> bool:
    """Write bytes to path via a temporary file and a rename; False when already identical.
    A run killed at any moment leaves the old file or the new one, never half of one. A file
    that is not `durable` (a cache entry, which its reader checks and can make again) is not
    forced to disk before the rename: after a power cut it may be empty or damaged."""
    try:
        if path.stat().st_size == len(data) and path.read_bytes() == data:  # another size: not read to be told
            return False
    except OSError:
        pass
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            if durable:
                os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return True


def write_atomic(path: Path, text: str) -> bool:
    return write_atomic_bytes(path, text.encode("utf-8"))


def write_sheets(
    sheets: dict[str, list[dict[str, Any]]], out: Path, inputs: str = "", texts: ItemTexts | None = None
) -> list[Path]:
    """Write every fact sheet into `out` (each item's YAML from `texts` where it has it);
    returns the files that changed."""
    changed = []
    for name in SHEETS:
        path = out / f"{name}.yaml"
        if write_atomic(path, dump(sheets.get(name, []), inputs, texts)):
            changed.append(path)
    return changed


@cache
def schema() -> dict[str, Any]:
    text = resources.files("generator").joinpath("schema", "factsheets.schema.json").read_text(encoding="utf-8")
    return json.loads(text)


def validate(name: str, data: Any, path: Path, text: str | None = None) -> list[dict[str, Any]]:
    """Check one sheet against the schema; a top-level {name: [...]} mapping is accepted.
    With the file's `text`, the error names the line."""
    wrapped = isinstance(data, dict) and set(data) == {name}
    if wrapped:
        data = data[name]
    if data is None:
        data = []
    sheet_schema = {"$defs": schema()["$defs"], **schema()["properties"][name]}
    validator = jsonschema.Draft202012Validator(sheet_schema)
    errors = sorted(validator.iter_errors(data), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        if err.validator == "anyOf" and err.context:  # "an id or null" (a speaker): say what is wrong with the id
            err = next((e for e in err.context if list(e.relative_schema_path)[:1] == [0]), err)
        where = "/".join(str(p) for p in err.absolute_path) or "top level"
        line = yamlio.line_of(text, ([name] if wrapped else []) + list(err.absolute_path)) if text else None
        message = err.message
        if err.validator in ("pattern", "not") and isinstance(err.schema, dict) and err.schema.get("pattern") == ID_PATTERN:
            message = f"{err.instance!r} is not a valid id (letters, digits, '.', '_' and '-', starting with a letter or digit)"
        raise ExplainerError(f"invalid fact sheet at {where}: {message}", path, line)
    for n, key, value in _bad_dates(name, data):
        line = yamlio.line_of(text, ([name] if wrapped else []) + [n, key]) if text else None
        raise ExplainerError(f"invalid fact sheet at {n}/{key}: {value!r} is not a real date ({_DATE_FORMS[key]})", path, line)
    return data


# Where dates live in the sheets, and the forms each field takes. The schema checks the
# shape only (JSON Schema's `format` is not enforced); this checks the calendar, so that
# `2025-13-01` or `2025-02-30` is named where it enters instead of crashing a page later.
_DATE_FIELDS = {"events": "date", "sources": "published", "relations": "date"}
_DATE_FORMS = {"date": "YYYY, YYYY-MM or YYYY-MM-DD", "published": "YYYY-MM-DD"}


def real_date(text: object, day_only: bool = False) -> bool:
    """Whether `text` is YYYY, YYYY-MM or YYYY-MM-DD (only the last with `day_only`) naming a
    day, month or year that exists (years 1 to 9999)."""
    if not isinstance(text, str):
        return False
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", text)
    if not match or (day_only and not match[3]):
        return False
    try:
        date(int(match[1]), int(match[2] or 1), int(match[3] or 1))
    except ValueError:
        return False
    return True


def _bad_dates(name: str, data: list[Any]) -> list[tuple[int, str, Any]]:
    key = _DATE_FIELDS.get(name)
    if key is None:
        return []
    return [
        (n, key, item[key])
        for n, item in enumerate(data)
        if isinstance(item, dict) and item.get(key) is not None and not real_date(item[key], day_only=key == "published")
    ]


def read(directory: Path, validate_all: bool = False, cache: Path | None = None) -> dict[str, list[dict[str, Any]]]:
    """Load every fact sheet in `directory` (missing sheets are empty), validating each one
    a person may have touched: edited since it was generated, or without a stamp. A sheet
    whose checksum shows it is exactly what the generator wrote is valid by construction
    (the tests validate those), unless `validate_all`.

    With `cache` (a file under `.cache/explainer/`), a sheet the generator wrote whose file is
    still the one recorded there (`_file_key`) is taken from it instead of parsing its YAML
    again, which is most of a warm render; sheets parsed here are recorded for the next run.
    Sheets edited by hand are never recorded: they are read and validated every time."""
    if not directory.is_dir():
        raise ExplainerError("fact sheets folder does not exist; run `explainer extract` first", directory)
    known = _recall_sheets(cache) if cache is not None and not validate_all else {}
    fresh: dict[str, tuple[tuple[Any, ...], list[dict[str, Any]]]] = {}
    sheets: dict[str, list[dict[str, Any]]] = {}
    for name in SHEETS:
        path = directory / f"{name}.yaml"
        key = _file_key(path)
        if key is None:
            sheets[name] = []
            continue
        if name in known and known[name][0] == key:
            sheets[name] = fresh.setdefault(name, known[name])[1]
            continue
        try:
            text = path.read_text(encoding="utf-8")
            data = yamlio.load(text)
        except yaml.YAMLError as exc:
            mark = getattr(exc, "problem_mark", None)
            raise ExplainerError(
                f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path, mark.line + 1 if mark else None
            ) from None
        except UnicodeDecodeError:
            raise ExplainerError("not UTF-8 text", path) from None
        st = stamp(path)
        if validate_all or st is None or st.edited:
            sheets[name] = validate(name, data, path, text)
        else:
            sheets[name] = data[name] if isinstance(data, dict) and set(data) == {name} else (data or [])
            fresh[name] = (key, sheets[name])
    if cache is not None and not validate_all and (fresh.keys() != known.keys() or any(known[n] is not v for n, v in fresh.items())):
        _record_sheets(cache, fresh)  # what changed since the record, and without the sheets now edited by hand
    return sheets


def remember(directory: Path, sheets: dict[str, list[dict[str, Any]]], cache: Path) -> None:
    """Record `sheets`, just written into `directory` by `write_sheets`, as what those files
    hold: the next `read` with this cache takes them from it rather than parse the YAML."""
    recorded = {}
    for name in SHEETS:
        key = _file_key(directory / f"{name}.yaml")
        if key is not None:
            recorded[name] = (key, sheets.get(name, []))
    _record_sheets(cache, recorded)


_SHEETS_MAGIC = b"explainer-sheets-v1\n"


def _file_key(path: Path) -> tuple[Any, ...] | None:
    """What identifies one sheet file as it is now: its stamp line (inputs and body checksum),
    size, modification and change times and inode. A hand edit, a copy over it or a rewrite
    changes the key; None when there is no file."""
    try:
        with path.open("rb") as handle:
            st = os.fstat(handle.fileno())
            head = handle.read(500)
    except (FileNotFoundError, NotADirectoryError):
        return None
    match = _STAMP.search(head.decode("utf-8", "replace"))
    return (str(path.absolute()), match[0] if match else "", st.st_size, st.st_mtime_ns, st.st_ctime_ns, st.st_ino)


def _recall_sheets(cache: Path) -> dict[str, tuple[tuple[Any, ...], list[dict[str, Any]]]]:
    """The recorded sheets, or none when the record is missing or damaged (then they are read
    from their files, as without a cache)."""
    try:
        raw = cache.read_bytes()
        if raw.startswith(_SHEETS_MAGIC):
            recorded = pickle.loads(raw[len(_SHEETS_MAGIC) :])  # noqa: S301 - our own cache, written below
            if isinstance(recorded, dict):
                return {name: entry for name, entry in recorded.items() if isinstance(entry, tuple) and len(entry) == 2}
    except Exception:  # any damage: read the sheets from their files
        pass
    return {}


def _record_sheets(cache: Path, recorded: dict[str, tuple[tuple[Any, ...], list[dict[str, Any]]]]) -> None:
    try:
        write_atomic_bytes(cache, _SHEETS_MAGIC + pickle.dumps(recorded, protocol=5))
    except OSError:
        pass  # only a cache: the next run parses the sheets again


# References between sheets: which fields name an entry of which sheets. `attributed_to` on a
# figure is free text ("health officials"), a reference only when it is slug-shaped (`jane-doe`).
_SPEAKERS = ("people", "organizations")
_SLUG = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)+")
RefPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Dangling:
    """A reference to an id that no entry of the sheets it should name has."""

    sheet: str
    path: RefPath  # from the sheet's list to the reference: (3, "people", 0)
    ref: str
    kinds: tuple[str, ...]

    def message(self) -> str:
        singular = {"sources": "source", "people": "person", "organizations": "organization"}
        what = " or ".join(singular[k] for k in self.kinds)
        return f"reference at {'/'.join(map(str, self.path))}: no {what} with id {self.ref!r}"


def references(sheet: str, n: int, entry: dict[str, Any]) -> list[tuple[RefPath, Any, tuple[str, ...]]]:
    """Every reference in one entry: (path, the id it names, the sheets it may name)."""
    out: list[tuple[RefPath, Any, tuple[str, ...]]] = []

    def each(key: str, kinds: tuple[str, ...]) -> None:
        for i, ref in enumerate(entry.get(key) or []):
            out.append(((n, key, i), ref, kinds))

    def evidence(items: Any, at: RefPath) -> None:
        for i, ev in enumerate(items or []):
            if isinstance(ev, dict) and "source" in ev:
                out.append(((*at, i, "source"), ev["source"], ("sources",)))

    if sheet != "sources":
        each("sources", ("sources",))
        evidence(entry.get("evidence"), (n, "evidence"))
    if sheet == "people":
        for i, role in enumerate(entry.get("roles") or []):
            if isinstance(role, dict):
                evidence(role.get("evidence"), (n, "roles", i, "evidence"))
    elif sheet == "events":
        each("people", ("people",))
        each("organizations", ("organizations",))
    elif sheet == "reactions":
        if entry.get("speaker") is not None:  # null: an unnamed source (`speaker_text`), no reference
            out.append(((n, "speaker"), entry["speaker"], _SPEAKERS))
        for i, variant in enumerate(entry.get("variants") or []):
            if isinstance(variant, dict) and "source" in variant:
                out.append(((n, "variants", i, "source"), variant["source"], ("sources",)))
    elif sheet == "figures":
        ref = entry.get("attributed_to")
        if isinstance(ref, str) and _SLUG.fullmatch(ref):
            out.append(((n, "attributed_to"), ref, _SPEAKERS))
    elif sheet == "relations":
        out += [((n, key), entry[key], _SPEAKERS) for key in ("subject", "object") if key in entry]
    elif sheet == "discrepancies" and isinstance(entry.get("values"), dict):
        out += [((n, "values", key), key, ("sources",)) for key in entry["values"]]
    return out


def dangling(sheets: dict[str, list[dict[str, Any]]]) -> list[Dangling]:
    """Every reference in the sheets to an id that does not exist: an event's people and
    organizations, a statement's speaker, a figure's `attributed_to` when it is an id, and
    every source named by evidence, variants, `sources` lists and discrepancy values."""
    known = {kind: {e.get("id") for e in sheets.get(kind) or [] if isinstance(e, dict)} for kind in ("sources", *_SPEAKERS)}
    found = []
    for sheet in SHEETS:
        for n, entry in enumerate(sheets.get(sheet) or []):
            if not isinstance(entry, dict):
                continue
            for path, ref, kinds in references(sheet, n, entry):
                if not any(ref in known[k] for k in kinds):
                    found.append(Dangling(sheet, path, ref, kinds))
    return found


def dangling_errors(sheets: dict[str, list[dict[str, Any]]], directory: Path) -> list[ExplainerError]:
    """`dangling(sheets)` as one error per sheet and missing id, at its first place (file:line)."""
    first: dict[tuple[str, str], tuple[Dangling, int]] = {}
    for d in dangling(sheets):
        seen = first.get((d.sheet, d.ref))
        first[(d.sheet, d.ref)] = (seen[0], seen[1] + 1) if seen else (d, 1)
    texts: dict[str, str | None] = {}
    errors = []
    for (sheet, _), (d, count) in first.items():
        path = directory / f"{sheet}.yaml"
        if sheet not in texts:
            try:
                texts[sheet] = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                texts[sheet] = None
        text = texts[sheet]
        line = yamlio.line_of(text, list(d.path)) if text else None
        more = f" (and {count - 1} more in this sheet)" if count > 1 else ""
        errors.append(ExplainerError(f"invalid {d.message()}{more}", path, line))
    return errors
