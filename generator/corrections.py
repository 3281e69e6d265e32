"""Editors' corrections, applied over every extraction so they survive regeneration.

`content/corrections.yaml` is the editor's file; the tool only reads it. It is a list of
actions, each naming its target by stable id (the ids in the fact sheets):

    - action: rename        # a person or organization
      id: herzi-halevi
      name: Herzi HaLevi
    - action: merge         # the first id keeps everything
      ids: [israel-katz, yisrael-katz]
    - action: split         # what these sources say about `id` is someone else
      id: boris-johnson
      sources: [002_story]
      name: Lyndon Johnson
    - action: set-role      # add a role, or with `replace: true` make it the only one
      id: yaron-finkelman
      title: Head of Southern Command
      organization: Israel Defense Forces
      status: outgoing
    - action: drop          # a false fact of any kind
      id: some-event-id
    - action: reattribute   # a statement to another speaker
      id: some-reaction-id
      speaker: israel-katz
    - action: add           # a fact the extractor missed
      sheet: events         # events, figures, reactions, people or organizations
      entry: {date: 2025-03-06, date_text: March 6, summary: Halevi leaves office, people: [herzi-halevi]}
    - action: verify        # checked by an editor
      id: herzi-halevi
    - action: note
      id: herzi-halevi
      text: Spelling confirmed with the IDF press office.

A correction whose target no longer exists is reported (file:line), never silently dropped;
one whose target only changed id (the same fact, now under another id: see `merge.merge_story`)
is applied to it, with a notice naming the new id. A correction is applied whole or not at all: every check comes before any change.
After merges and reattributions, statements and events that have become one are joined, as
the merge joins them across sources.
"""

from __future__ import annotations

import copy
import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator import facts, yamlio
from generator.errors import ExplainerError
from generator.ids import Ids, is_id
from generator.records import Event, Evidence, Reaction

Sheets = dict[str, list[dict[str, Any]]]
Aka = dict[str, list[str]]
ACTIONS = ("rename", "merge", "split", "set-role", "drop", "reattribute", "add", "verify", "note")
FACT_SHEETS = ("people", "organizations", "events", "reactions", "figures", "discrepancies")
SPEAKERS = ("people", "organizations")
STATUSES = ("current", "former", "outgoing")
_REQUIRED = {
    "rename": ("id", "name"),
    "merge": ("ids",),
    "split": ("id", "sources", "name"),
    "set-role": ("id", "title"),
    "drop": ("id",),
    "reattribute": ("id", "speaker"),
    "add": ("sheet", "entry"),
    "verify": ("id",),
    "note": ("id", "text"),
}
_SINGULAR = {"people": "person", "organizations": "organization", "events": "event", "reactions": "statement",
             "figures": "figure", "discrepancies": "discrepancy", "sources": "source"}
_ID_RULE = "letters, digits, '.', '_' and '-', starting with a letter or digit"


@dataclass
class Correction:
    action: str
    fields: dict[str, Any]
    line: int


@dataclass
class Applied:
    """The corrected sheets, the corrections that could not be applied (one error each, with
    its line), and notices about corrections applied to a fact under a new id."""

    sheets: Sheets
    problems: list[ExplainerError] = field(default_factory=list)
    notices: list[ExplainerError] = field(default_factory=list)


class Unapplied(Exception):
    """A correction that cannot be applied to these sheets; the message says why."""


def read(path: Path) -> list[Correction]:
    """Parse and check the corrections file; a missing file means no corrections."""
    if not path.exists():
        return []
    data, node = yamlio.read_file(path)
    if data is None:
        return []
    if not isinstance(data, list):
        raise ExplainerError("corrections must be a list of actions (each line starting with '- action:')", path, 1)
    out = []
    for n, item in enumerate(data):
        line = node.value[n].start_mark.line + 1 if node is not None else None
        problem = _form_problem(item)
        if problem:
            raise ExplainerError(problem, path, line)
        out.append(Correction(item["action"], item, line))
    return out


def _form_problem(item: Any) -> str | None:
    """What is wrong with one correction's form, before any sheet is looked at."""
    if not isinstance(item, dict):
        return "each correction must be a mapping with an 'action'"
    action = item.get("action")
    if action not in ACTIONS:
        return f"unknown action {action!r}; one of {', '.join(ACTIONS)}"
    missing = [k for k in _REQUIRED[action] if item.get(k) in (None, "", [])]
    if missing:
        return f"{action}: missing {', '.join(missing)}"
    for key in ("id", "name", "title", "speaker", "text", "sheet"):
        if key in item and not isinstance(item[key], str):
            return f"{action}: '{key}' must be text"
    for key in ("ids", "sources"):
        if key in item and not (isinstance(item[key], list) and all(isinstance(x, str) for x in item[key])):
            return f"{action}: '{key}' must be a list of ids"
    for key in ("id", "speaker", "ids", "sources"):
        bad = [x for x in (item[key] if isinstance(item.get(key), list) else [item.get(key)]) if x is not None and not is_id(x)]
        if bad:
            return f"{action}: {bad[0]!r} is not a valid id ({_ID_RULE})"
    if action == "merge" and len(set(item["ids"])) < 2:
        return "merge: needs at least two different ids (the first keeps everything, the others join it)"
    if action == "merge" and len(set(item["ids"])) < len(item["ids"]):
        twice = next(x for x in item["ids"] if item["ids"].count(x) > 1)
        return f"merge: {twice!r} is given twice"
    if action == "set-role":
        if item.get("organization") is not None and not isinstance(item["organization"], str):
            return "set-role: 'organization' must be text"
        if item.get("status") is not None and item["status"] not in STATUSES:
            return f"set-role: 'status' must be one of {', '.join(STATUSES)}, got {item['status']!r}"
        if not isinstance(item.get("replace", False), bool):
            return "set-role: 'replace' must be true or false"
    for key in ("date", "published"):
        if key in item and not facts.real_date(str(item[key])):
            return f"{action}: '{key}' must be a real date as YYYY, YYYY-MM or YYYY-MM-DD, got {item[key]!r}"
    if action == "add" and (item["sheet"] not in FACT_SHEETS[:5] or not isinstance(item["entry"], dict)):
        return "add: 'sheet' must be one of people, organizations, events, reactions, figures and 'entry' a mapping"
    return None


class _Story:
    """The sheets with lookups by id, reference rewriting for merges, splits and drops, and
    what the corrections so far did (for notices, conflicts and joining again)."""

    def __init__(self, sheets: Sheets, aka: Aka) -> None:
        self.sheets = sheets
        self.aka = aka
        self.notices: list[str] = []  # for the correction being applied
        self.renamed: dict[str, tuple[int, str]] = {}  # id -> (line, name) of its rename
        self.joined: set[str] = set()  # speakers whose statements and events may now be one

    def find(self, id_: str, kinds: tuple[str, ...] = FACT_SHEETS) -> tuple[str, dict[str, Any]] | None:
        for kind in kinds:
            for item in self.sheets.get(kind, []):
                if item.get("id") == id_:
                    return kind, item
        return None

    def replace_refs(self, old: str, new: str | None, new_kind: str = "people") -> None:
        """Every reference to `old` now names `new` (an entry of `new_kind`), or nothing."""
        for event in self.sheets["events"]:
            lists = {key: event.get(key) or [] for key in SPEAKERS}
            if not any(old in refs for refs in lists.values()):
                continue
            for key, refs in lists.items():
                swapped = [new if r == old and key == new_kind else r for r in refs]
                event[key] = [r for r in dict.fromkeys(swapped) if r and r != old]
            if new is not None and new not in event[new_kind]:
                event[new_kind].append(new)
            if not event.get("organizations"):
                event.pop("organizations", None)
        kept = []
        for r in self.sheets["reactions"]:
            if r.get("speaker") == old:
                if new is None:
                    continue
                r["speaker"] = new
            kept.append(r)
        self.sheets["reactions"] = kept
        self._replace_in_relations(old, new)
        for figure in self.sheets["figures"]:
            if figure.get("attributed_to") == old:
                if new is None:
                    figure.pop("attributed_to")
                else:
                    figure["attributed_to"] = new

    def _replace_in_relations(self, old: str, new: str | None) -> None:
        """A relation follows its parties; one that loses a party, or now joins someone to
        themselves, goes."""
        kept = []
        for r in self.sheets.get("relations") or []:
            r.update({k: new for k in ("subject", "object") if r.get(k) == old})
            if r.get("subject") and r.get("object") and r["subject"] != r["object"]:
                kept.append(r)
        if "relations" in self.sheets:
            self.sheets["relations"] = kept

    def new_id(self, kind: str, text: str) -> str:
        return Ids({item["id"] for item in self.sheets[kind]}).new(text)


def _union(a: list, b: list) -> list:
    return list(dict.fromkeys([*a, *b]))


def apply(sheets: Sheets, corrections: list[Correction], path: Path, aka: Aka | None = None) -> Applied:
    """Apply corrections in order to a copy of the sheets. `aka` (from `merge.merge_story`)
    maps ids facts would have from their sources' own items to the facts: a correction whose
    id is gone is applied to the one fact it names that way, with a notice."""
    story = _Story(copy.deepcopy(sheets) if corrections else sheets, aka or {})  # nothing to apply: nothing to copy
    out = Applied(story.sheets)
    for c in corrections:
        story.notices = []
        try:
            _apply_one(story, c)
        except Unapplied as exc:
            out.problems.append(ExplainerError(f"{c.action}: {exc.args[0]}", path, c.line))
            continue
        out.notices += [ExplainerError(f"{c.action}: {notice}", path, c.line) for notice in story.notices]
    _join_again(story)
    if corrections:  # with none, the sheets are the generator's own, whole by construction
        out.problems += _dangling_problems(sheets, corrections, story, path)
    return out


def _what(kinds: tuple[str, ...]) -> str:
    return "fact" if kinds == FACT_SHEETS else " or ".join(_SINGULAR[k] for k in kinds)


def _target(story: _Story, id_: str, kinds: tuple[str, ...] = FACT_SHEETS) -> tuple[str, dict[str, Any]]:
    """The entry `id_` names; if none has that id any more, the one fact that would have had it
    from one of its sources' items (a notice says so), else a problem suggesting likely ids."""
    found = story.find(id_, kinds)
    if found is not None:
        return found
    meant = [f for f in dict.fromkeys(story.aka.get(id_, [])) if story.find(f, kinds)]
    if len(meant) == 1:
        story.notices.append(f"no {_what(kinds)} has the id {id_!r} any more; applied to {meant[0]!r}, the same fact "
                             "under its new id (write that id here)")
        return story.find(meant[0], kinds)  # type: ignore[return-value]
    base = re.sub(r"-\d+$", "", id_)
    likely = meant or [f for f in dict.fromkeys(story.aka.get(base, [])) if story.find(f, kinds)]
    if likely:
        raise Unapplied(f"no {_what(kinds)} with id {id_!r}; did you mean {' or '.join(map(repr, likely[:5]))}?")
    raise Unapplied(f"no {_what(kinds)} with id {id_!r} (after regeneration it may have a new id; see content/facts/)")


def _apply_one(story: _Story, c: Correction) -> None:
    f = c.fields
    if c.action == "rename":
        _rename(story, c)
    elif c.action == "merge":
        _merge(story, f["ids"])
    elif c.action == "split":
        _split(story, f["id"], f["sources"], f["name"])
    elif c.action == "set-role":
        _, person = _target(story, f["id"], ("people",))
        role = {"title": f["title"], "organization": f.get("organization")}
        if f.get("status"):
            role["status"] = f["status"]
        role["corrected"] = True
        person["roles"] = [role] if f.get("replace") else [
            r for r in person.get("roles") or [] if r["title"].casefold() != f["title"].casefold()
        ] + [role]
    elif c.action == "drop":
        kind, item = _target(story, f["id"])
        story.sheets[kind].remove(item)
        if kind in SPEAKERS:
            story.replace_refs(item["id"], None)
    elif c.action == "reattribute":
        _, reaction = _target(story, f["id"], ("reactions",))
        _, speaker = _target(story, f["speaker"], SPEAKERS)
        reaction["speaker"] = speaker["id"]
        reaction.pop("speaker_text", None)  # an unnamed source's statement, now given to the one who said it
        reaction["corrected"] = True
        story.joined.add(speaker["id"])
    elif c.action == "add":
        _add(story, f["sheet"], dict(f["entry"]))
    elif c.action == "verify":
        _, item = _target(story, f["id"])
        item["verified"] = True
    elif c.action == "note":
        _, item = _target(story, f["id"])
        item["note"] = f["text"]


def _rename(story: _Story, c: Correction) -> None:
    _, item = _target(story, c.fields["id"], SPEAKERS)
    name = c.fields["name"]
    earlier = story.renamed.get(item["id"])
    if earlier and earlier[1] != name:
        raise Unapplied(f"{item['id']!r} is already renamed to {earlier[1]!r} at line {earlier[0]}; keep one of the two")
    story.renamed[item["id"]] = (c.line, name)
    if item["name"] != name:
        item["aliases"] = [a for a in _union(item.get("aliases") or [], [item["name"]]) if a != name]
        item["name"] = name


def _merge(story: _Story, ids: list[str]) -> None:
    """The first keeps everything; a person and an organization may be merged (the first's
    kind wins: a person the text of one source made an organization, or the reverse)."""
    kind, keep = _target(story, ids[0], SPEAKERS)
    others = [_target(story, other_id, SPEAKERS) for other_id in ids[1:]]  # every id found before anything changes
    for other_kind, other in others:
        if other is keep or other not in story.sheets[other_kind]:
            continue
        names = _union(keep.get("aliases") or [], [other["name"], *(other.get("aliases") or [])])
        keep["aliases"] = [a for a in names if a != keep["name"]]
        keep["sources"] = sorted(_union(keep.get("sources") or [], other.get("sources") or []))
        keys = ("evidence", "roles", "ranks") if kind == "people" else ("evidence",)
        for key in keys:
            if other.get(key):
                keep[key] = _union(keep.get(key) or [], other[key]) if key == "ranks" else (keep.get(key) or []) + other[key]
        if len(keep["sources"]) > 1:
            keep.pop("single_source", None)
        story.sheets[other_kind].remove(other)
        story.replace_refs(other["id"], keep["id"], kind)
    story.joined.add(keep["id"])


def _split(story: _Story, id_: str, sources: list[str], name: str) -> None:
    kind, item = _target(story, id_, SPEAKERS)
    known = {s.get("id") for s in story.sheets.get("sources", [])}
    unknown = [s for s in sources if s not in known]
    if unknown:
        raise Unapplied(f"no source with id {unknown[0]!r} (see content/facts/sources.yaml)")
    moved = set(sources)
    if not moved & ({*(item.get("sources") or [])} | {e["source"] for e in item.get("evidence") or []}):
        raise Unapplied(f"{item['id']!r} is not named in {', '.join(map(repr, sources))}: nothing to split off")
    new = {"id": story.new_id(kind, name), "name": name, "aliases": []}
    if kind == "people":
        new["roles"] = [r for r in item.get("roles") or [] if {e["source"] for e in r.get("evidence") or []} <= moved and r.get("evidence")]
        item["roles"] = [r for r in item.get("roles") or [] if r not in new["roles"]]
    new["sources"] = sorted(s for s in item.get("sources") or [] if s in moved)
    item["sources"] = [s for s in item.get("sources") or [] if s not in moved]
    new["evidence"] = [e for e in item.get("evidence") or [] if e["source"] in moved]
    item["evidence"] = [e for e in item.get("evidence") or [] if e["source"] not in moved]
    story.sheets[kind].append(new)
    for r in story.sheets["reactions"]:
        if r.get("speaker") == item["id"] and {e["source"] for e in r.get("evidence") or []} <= moved:
            r["speaker"] = new["id"]
    for e in story.sheets["events"]:
        refs = e.get(kind) or []
        if item["id"] in refs and {ev["source"] for ev in e.get("evidence") or []} <= moved:
            e[kind] = [new["id"] if r == item["id"] else r for r in refs]


_DEFAULTS: dict[str, dict[str, Any]] = {
    "people": {"aliases": [], "roles": [], "sources": []},
    "organizations": {"aliases": [], "sources": []},
    "events": {"people": [], "evidence": [], "date_text": ""},
    "reactions": {"evidence": [], "kind": "quote"},
    "figures": {"evidence": [], "text": ""},
}


def _add(story: _Story, kind: str, entry: dict[str, Any]) -> None:
    """A fact the extractor missed: a valid entry of its sheet whose references all exist."""
    if isinstance(entry.get("date"), int) and not isinstance(entry["date"], bool):
        entry["date"] = str(entry["date"])  # `date: 2025` is a year, not a number
    label = entry.get("name") or entry.get("summary") or entry.get("text") or entry.get("what") or kind
    entry["id"] = entry.get("id") or story.new_id(kind, str(label)[:60])
    entry = {**_DEFAULTS[kind], **entry, "added_by_editor": True}
    try:
        facts.validate(kind, [entry], Path(kind))
    except ExplainerError as exc:
        raise Unapplied(f"the entry is not a valid {kind} entry: {exc.message.split(': ', 1)[-1]}") from None
    if story.find(entry["id"], (kind,)):
        raise Unapplied(f"an entry with id {entry['id']!r} already exists in {kind}")
    for where, ref, kinds in facts.references(kind, 0, entry):
        if not story.find(ref, kinds):
            raise Unapplied(f"no {_what(kinds)} with id {ref!r} (the entry's {where[1]})")
    story.sheets[kind].append(entry)


def _join_again(story: _Story) -> None:
    """Statements and events of speakers that merges and reattributions brought together are
    joined as the merge joins them across sources: the same statement twice becomes one entry
    with each source's wording; the same event twice, one event."""
    if not story.joined:
        return
    from generator.merge import same_event, same_reaction

    story.sheets["reactions"] = _join_alike(
        story.sheets["reactions"],
        group=lambda r: r.get("speaker"),
        joinable=lambda r: r.get("speaker") in story.joined,
        same=lambda a, b: same_reaction(_reaction(a), _reaction(b)),
        join=_join_statement,
    )
    story.sheets["events"] = _join_alike(
        story.sheets["events"],
        group=lambda e: e.get("date"),
        joinable=lambda e: bool({*(e.get("people") or []), *(e.get("organizations") or [])} & story.joined),
        same=lambda a, b: same_event(_event(a), _event(b)),
        join=_join_event,
    )


def _join_alike(
    items: list[dict[str, Any]],
    group: Callable[[dict[str, Any]], Any],
    joinable: Callable[[dict[str, Any]], bool],
    same: Callable[[dict[str, Any], dict[str, Any]], bool],
    join: Callable[[dict[str, Any], dict[str, Any]], None],
) -> list[dict[str, Any]]:
    """`items` with each one that a correction made joinable folded into the first earlier
    item of its group that is the same (as the merge would have found it); the rest kept."""
    kept: list[dict[str, Any]] = []
    earlier: dict[Any, list[dict[str, Any]]] = defaultdict(list)
    for item in items:
        seen = earlier[group(item)]
        match = next((m for m in seen if same(m, item)), None) if joinable(item) else None
        if match is not None:
            join(match, item)
        else:
            kept.append(item)
            seen.append(item)
    return kept


def _evidence(item: dict[str, Any]) -> list[Evidence]:
    return [Evidence(ev["source"], ev.get("text", ""), ev.get("start"), ev.get("end")) for ev in item.get("evidence") or []]


def _reaction(r: dict[str, Any]) -> Reaction:
    return Reaction(r["id"], r.get("speaker"), r.get("kind", "quote"), r.get("text", ""), evidence=_evidence(r))


def _event(e: dict[str, Any]) -> Event:
    return Event(e["id"], e.get("date"), e.get("date_text") or "", e.get("summary", ""),
                 list(e.get("people") or []), list(e.get("organizations") or []), _evidence(e),
                 str(e.get("headline") or ""), str(e.get("status") or ""), [str(p) for p in e.get("places") or []])


def _join_common(into: dict[str, Any], other: dict[str, Any]) -> None:
    """Evidence, sources and the editors' marks of `other` join `into`."""
    into["evidence"] = _union_dicts(into.get("evidence") or [], other.get("evidence") or [])
    into["sources"] = sorted(_union(into.get("sources") or [], other.get("sources") or []))
    if len(into["sources"]) > 1:
        into.pop("single_source", None)
    for key in ("verified", "corrected", "added_by_editor"):
        if other.get(key):
            into[key] = True
    notes = [n for n in (into.get("note"), other.get("note")) if n]
    if notes:
        into["note"] = " ".join(dict.fromkeys(notes))


def _union_dicts(a: list[dict], b: list[dict]) -> list[dict]:
    return a + [x for x in b if x not in a]


def _join_statement(into: dict[str, Any], other: dict[str, Any]) -> None:
    if other["text"] != into["text"]:
        variants = into.get("variants") or [{"source": ev["source"], "text": into["text"]} for ev in (into.get("evidence") or [])[:1]]
        for v in other.get("variants") or [{"source": ev["source"], "text": other["text"]} for ev in (other.get("evidence") or [])[:1]]:
            if all(x["source"] != v["source"] for x in variants):
                variants.append(v)
        if variants:
            into["variants"] = variants
    into["stance"] = into.get("stance") or other.get("stance")
    if into["stance"] is None:
        into.pop("stance")
    _join_common(into, other)


def _join_event(into: dict[str, Any], other: dict[str, Any]) -> None:
    for key in SPEAKERS:
        refs = _union(into.get(key) or [], other.get(key) or [])
        if refs or key == "people":
            into[key] = refs
    if not into.get("headline") and other.get("headline"):
        into["headline"] = other["headline"]
    if into.get("status") != other.get("status"):
        into.pop("status", None)  # scheduled only while every report says so
    places = sorted({str(p) for p in [*(into.get("places") or []), *(other.get("places") or [])]})
    if places:
        into["places"] = places
    _join_common(into, other)


def _dangling_problems(raw: Sheets, corrections: list[Correction], story: _Story, path: Path) -> list[ExplainerError]:
    """A correction must never leave a reference to nothing. Each one that did is named (found
    by applying the corrections again one at a time, a path only taken when something went
    wrong) and the references it left are removed, so the sheets written stay whole."""
    before = {(d.sheet, d.ref) for d in facts.dangling(raw)}
    left = [d for d in facts.dangling(story.sheets) if (d.sheet, d.ref) not in before]
    if not left:
        return []
    blame: dict[tuple[str, str], Correction] = {}
    replay = _Story(copy.deepcopy(raw), story.aka)
    for c in corrections:
        try:
            _apply_one(replay, c)
        except Unapplied:
            continue
        for d in facts.dangling(replay.sheets):
            blame.setdefault((d.sheet, d.ref), c)
    problems = []
    for d in {(d.sheet, d.ref): d for d in left}.values():
        c = blame.get((d.sheet, d.ref))
        problems.append(ExplainerError(f"{c.action if c else 'corrections'}: leaves a {d.message()} in {d.sheet} (removed)",
                                       path, c.line if c else None))
    _prune(story.sheets, left)
    return problems


def _prune(sheets: Sheets, found: list[facts.Dangling]) -> None:
    """Remove dangling references; a statement whose speaker is gone goes with it."""
    gone: set[int] = set()
    for d in found:
        entry = sheets[d.sheet][d.path[0]]
        key = d.path[1]
        if key in ("speaker", "subject", "object"):
            gone.add(id(entry))
        elif key == "attributed_to":
            entry.pop(key, None)
        elif key == "values":
            entry[key].pop(d.ref, None)
        elif key in ("people", "organizations", "sources"):
            entry[key] = [r for r in entry[key] if r != d.ref]
        elif key in ("evidence", "variants"):
            entry[key] = [x for x in entry[key] if x.get("source") != d.ref]
        elif key == "roles":
            role = entry["roles"][d.path[2]]
            role["evidence"] = [x for x in role.get("evidence") or [] if x.get("source") != d.ref]
    for name in sheets:
        sheets[name] = [e for e in sheets[name] if id(e) not in gone]
