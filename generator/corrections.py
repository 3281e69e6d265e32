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

A correction whose target no longer exists is reported (file:line), never silently dropped.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import yamlio
from generator.errors import ExplainerError
from generator.ids import Ids

Sheets = dict[str, list[dict[str, Any]]]
ACTIONS = ("rename", "merge", "split", "set-role", "drop", "reattribute", "add", "verify", "note")
FACT_SHEETS = ("people", "organizations", "events", "reactions", "figures", "discrepancies")
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


@dataclass
class Correction:
    action: str
    fields: dict[str, Any]
    line: int


def read(path: Path) -> list[Correction]:
    """Parse and check the corrections file; a missing file means no corrections."""
    if not path.exists():
        return []
    try:
        text = path.read_text(encoding="utf-8")
        data = yamlio.load(text)
        node = yaml.compose(text, Loader=yamlio.TextDateLoader)
    except UnicodeDecodeError:
        raise ExplainerError("not UTF-8 text", path) from None
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        raise ExplainerError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path, mark.line + 1 if mark else None) from None
    if data is None:
        return []
    if not isinstance(data, list):
        raise ExplainerError("corrections must be a list of actions (each line starting with '- action:')", path, 1)
    out = []
    for n, item in enumerate(data):
        line = node.value[n].start_mark.line + 1 if node is not None else None
        if not isinstance(item, dict):
            raise ExplainerError("each correction must be a mapping with an 'action'", path, line)
        action = item.get("action")
        if action not in ACTIONS:
            raise ExplainerError(f"unknown action {action!r}; one of {', '.join(ACTIONS)}", path, line)
        missing = [k for k in _REQUIRED[action] if item.get(k) in (None, "", [])]
        if missing:
            raise ExplainerError(f"{action}: missing {', '.join(missing)}", path, line)
        for key in ("id", "name", "title", "speaker", "text", "sheet"):
            if key in item and not isinstance(item[key], str):
                raise ExplainerError(f"{action}: '{key}' must be text", path, line)
        for key in ("ids", "sources"):
            if key in item and not (isinstance(item[key], list) and all(isinstance(x, str) for x in item[key])):
                raise ExplainerError(f"{action}: '{key}' must be a list of ids", path, line)
        if action == "add" and (item["sheet"] not in FACT_SHEETS[:5] or not isinstance(item["entry"], dict)):
            raise ExplainerError("add: 'sheet' must be one of people, organizations, events, reactions, figures and 'entry' a mapping", path, line)
        out.append(Correction(action, item, line))
    return out


class _Story:
    """The sheets with lookups by id, and reference rewriting for merges, splits and drops."""

    def __init__(self, sheets: Sheets) -> None:
        self.sheets = sheets

    def find(self, id_: str, kinds: tuple[str, ...] = FACT_SHEETS) -> tuple[str, dict[str, Any]] | None:
        for kind in kinds:
            for item in self.sheets.get(kind, []):
                if item.get("id") == id_:
                    return kind, item
        return None

    def replace_refs(self, old: str, new: str | None) -> None:
        for event in self.sheets["events"]:
            for key in ("people", "organizations"):
                refs = event.get(key) or []
                if old in refs:
                    event[key] = [r for r in dict.fromkeys(new if r == old else r for r in refs) if r]
        kept = []
        for r in self.sheets["reactions"]:
            if r.get("speaker") == old:
                if new is None:
                    continue
                r["speaker"] = new
            kept.append(r)
        self.sheets["reactions"] = kept

    def new_id(self, kind: str, text: str) -> str:
        return Ids({item["id"] for item in self.sheets[kind]}).new(text)


def _union(a: list, b: list) -> list:
    return list(dict.fromkeys([*a, *b]))


def apply(sheets: Sheets, corrections: list[Correction], path: Path) -> tuple[Sheets, list[ExplainerError]]:
    """Apply corrections in order to a copy of the sheets; returns it and the problems."""
    story = _Story(copy.deepcopy(sheets))
    problems: list[ExplainerError] = []
    for c in corrections:
        try:
            _apply_one(story, c)
        except LookupError as exc:
            problems.append(ExplainerError(f"{c.action}: {exc.args[0]}", path, c.line))
    return story.sheets, problems


def _target(story: _Story, id_: str, kinds: tuple[str, ...] = FACT_SHEETS) -> tuple[str, dict[str, Any]]:
    found = story.find(id_, kinds)
    if found is None:
        singular = {"people": "person", "organizations": "organization", "events": "event", "reactions": "statement", "figures": "figure"}
        what = "fact" if kinds == FACT_SHEETS else " or ".join(singular[k] for k in kinds)
        raise LookupError(f"no {what} with id {id_!r} (after regeneration it may have a new id; see content/facts/)")
    return found


def _apply_one(story: _Story, c: Correction) -> None:
    f = c.fields
    if c.action == "rename":
        _, item = _target(story, f["id"], ("people", "organizations"))
        if item["name"] != f["name"]:
            item["aliases"] = _union(item.get("aliases") or [], [item["name"]])
            item["aliases"] = [a for a in item["aliases"] if a != f["name"]]
            item["name"] = f["name"]
    elif c.action == "merge":
        kind, keep = _target(story, f["ids"][0], ("people", "organizations"))
        for other_id in f["ids"][1:]:
            _, other = _target(story, other_id, (kind,))
            keep["aliases"] = [a for a in _union(keep.get("aliases") or [], [other["name"], *(other.get("aliases") or [])]) if a != keep["name"]]
            keep["sources"] = sorted(_union(keep.get("sources") or [], other.get("sources") or []))
            for key in ("roles", "evidence", "ranks"):
                if other.get(key):
                    keep[key] = _union(keep.get(key) or [], other[key]) if key == "ranks" else (keep.get(key) or []) + other[key]
            story.sheets[kind].remove(other)
            story.replace_refs(other_id, keep["id"])
    elif c.action == "split":
        kind, item = _target(story, f["id"], ("people", "organizations"))
        moved = set(f["sources"])
        new = {"id": story.new_id(kind, f["name"]), "name": f["name"], "aliases": []}
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
        if kind in ("people", "organizations"):
            story.replace_refs(f["id"], None)
    elif c.action == "reattribute":
        _, reaction = _target(story, f["id"], ("reactions",))
        _target(story, f["speaker"], ("people", "organizations"))
        reaction["speaker"] = f["speaker"]
        reaction["corrected"] = True
    elif c.action == "add":
        kind = f["sheet"]
        entry = dict(f["entry"])
        label = entry.get("name") or entry.get("summary") or entry.get("text") or entry.get("what") or kind
        entry["id"] = entry.get("id") or story.new_id(kind, str(label)[:60])
        if story.find(entry["id"], (kind,)):
            raise LookupError(f"an entry with id {entry['id']!r} already exists in {kind}")
        defaults = {"people": {"aliases": [], "roles": [], "sources": []}, "organizations": {"aliases": [], "sources": []},
                    "events": {"people": [], "evidence": [], "date_text": ""}, "reactions": {"evidence": [], "kind": "quote"},
                    "figures": {"evidence": [], "text": ""}}[kind]
        entry = {**defaults, **entry, "added_by_editor": True}
        from generator.facts import validate  # the entry must be a valid fact of its sheet

        try:
            validate(kind, [entry], Path(kind))
        except ExplainerError as exc:
            raise LookupError(f"the entry is not a valid {kind} entry: {exc.message.split(': ', 1)[-1]}") from None
        story.sheets[kind].append(entry)
    elif c.action == "verify":
        _, item = _target(story, f["id"])
        item["verified"] = True
    elif c.action == "note":
        _, item = _target(story, f["id"])
        item["note"] = f["text"]
