"""The story at a glance: what the home page says first, built from the fact sheets alone.

`story_at_a_glance(sheets, ranked, story)` is a pure function over the (already id-safe)
sheets: a title for the story, a lead of the sources' own sentences (who did what, why or
with what consequence, the latest development), the five Ws each with the sentence it comes
from, the key people, who reported the story and when, what happened and what is scheduled.
Nothing in it is written by the tool: every sentence is a source's, or the editor's from
`content/story.yaml` (`read_story`), a file the tool only reads.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from generator import yamlio
from generator.errors import ExplainerError
from generator.textsim import content_words

Item = dict[str, Any]
_SENTENCE_END = re.compile(r"[.!?][\"'”’)]*$")
_CLAUSE_END = re.compile(r",\s+(?=[^\d\s])|;\s|\s[—–]\s")  # not the comma of "October 7, 2023"
LEAD_MOST = 5
LEAD_LEAST = 3


@dataclass(frozen=True)
class Story:
    """What the editor says about the story in `content/story.yaml`: its title, and a lead
    of their own sentences shown instead of the built one."""

    title: str | None = None
    lead: tuple[str, ...] = ()


@dataclass(frozen=True)
class Line:
    """A sentence of the page and the evidence it is (None for the editor's own)."""

    text: str
    evidence: Item | None = None


@dataclass(frozen=True)
class Row:
    """One of the five Ws: the question, the answer, where it comes from. The "who" row names
    its person by `ref` (shown as a link), its text being their role."""

    label: str
    text: str
    evidence: Item | None
    ref: str | None = None


@dataclass
class Glance:
    title: str
    title_source: str | None  # the source whose headline is the title; None when the editor's
    lead: list[Line] = field(default_factory=list)
    lead_by_editor: bool = False
    five_ws: list[Row] = field(default_factory=list)
    people: list[Item] = field(default_factory=list)
    outlets: list[str] = field(default_factory=list)
    first_published: str | None = None
    last_published: str | None = None
    happened: list[Item] = field(default_factory=list)
    scheduled: list[Item] = field(default_factory=list)


def read_story(path: Path, root: Path | None = None) -> Story:
    """The editor's story file; a missing file is an empty one. Bad YAML or a value of the
    wrong kind is one `ExplainerError` line naming the file, as is a file that resolves
    outside the project at `root` (what it says is published)."""
    if root is not None and (path.exists() or path.is_symlink()):
        from generator.ingest import inside

        inside(path, root)
    if not path.is_file():
        return Story()
    data, _ = yamlio.read_file(path)
    if data is None:
        return Story()
    if not isinstance(data, dict):
        raise ExplainerError("the story file must be a mapping with 'title' and, optionally, 'lead'", path)
    unknown = sorted(str(k) for k in data if k not in ("title", "lead"))
    if unknown:
        raise ExplainerError(f"unknown key {unknown[0]!r} (the story file has 'title' and 'lead')", path)
    title = data.get("title")
    if title is not None and (not isinstance(title, str) or not title.strip()):
        raise ExplainerError("'title' must be a line of text", path)
    lead = data.get("lead")
    if lead is None:
        lead = []
    if not isinstance(lead, list) or not all(isinstance(s, str) and s.strip() for s in lead):
        raise ExplainerError("'lead' must be a list of sentences (each line starting with '- ')", path)
    return Story(title.strip() if title else None, tuple(s.strip() for s in lead))


def story_at_a_glance(sheets: dict[str, list[Item]], ranked: list[Item], story: Story | None = None) -> Glance:
    """The home page's facts. `ranked` is the events most important first (`rank_events`)."""
    story = story or Story()
    people = sorted(sheets["people"], key=lambda p: (-len(p.get("sources") or []), -len(p.get("evidence") or []), str(p["id"])))
    title, title_source = (story.title, None) if story.title else representative_title(sheets["sources"], people[:3])
    happened = [e for e in ranked if e.get("status") != "scheduled"]
    scheduled = sorted((e for e in ranked if e.get("status") == "scheduled"), key=_soonest)
    outlets, first, last = coverage(sheets["sources"])
    glance = Glance(title, title_source, people=people, outlets=outlets, first_published=first, last_published=last,
                    happened=happened, scheduled=scheduled)
    if story.lead:
        glance.lead, glance.lead_by_editor = [Line(s) for s in story.lead], True
    else:
        glance.lead = lead(happened, last)
    glance.five_ws = five_ws(happened[0], people) if happened else []
    return glance


def _soonest(event: Item) -> tuple[bool, str, str]:
    """What is scheduled in date order, undated last, then by id."""
    return (not event.get("date"), str(event.get("date") or ""), str(event["id"]))


def representative_title(sources: list[Item], people: list[Item]) -> tuple[str, str | None]:
    """The headline that shares the most content words with the other headlines and the
    names of the story's top people (ties: the first source id); never chosen for being
    the latest. ('The story', None) without sources."""
    titled = sorted((s for s in sources if str(s.get("title") or "").strip()), key=lambda s: str(s["id"]))
    if not titled:
        return "The story", None
    names: set[str] = set()
    for person in people:
        names |= content_words(str(person.get("name") or ""))
    words = {s["id"]: content_words(str(s["title"])) for s in titled}
    headlines = Counter(w for ws in words.values() for w in ws)  # word -> how many headlines have it

    def shared(source: Item) -> int:  # its words in another headline or a top person's name
        return sum(1 for w in words[source["id"]] if headlines[w] > 1 or w in names)

    best = max(titled, key=shared)  # the first of equals: the lowest id
    return str(best["title"]).strip(), str(best["id"])


def coverage(sources: list[Item]) -> tuple[list[str], str | None, str | None]:
    """The distinct outlets that reported the story (by name, sorted) and the first and last
    dates they published it."""
    from generator.render import outlet_name

    outlets = sorted({outlet_name(s) for s in sources}, key=lambda n: (n.casefold(), n))
    dates = sorted(str(s["published"]) for s in sources if s.get("published"))
    return outlets, (dates[0] if dates else None), (dates[-1] if dates else None)


def sentences(event: Item) -> list[Item]:
    """An event's evidence sentences, whole sentences (not a headline) first, each once."""
    seen: set[str] = set()
    out = []
    for ev in event.get("evidence") or []:
        text = str(ev.get("text") or "").strip() if isinstance(ev, dict) else ""
        if text and text not in seen:
            seen.add(text)
            out.append(ev)
    return sorted(out, key=lambda ev: not _SENTENCE_END.search(str(ev["text"]).strip()))


@cache
def cue_words(name: str) -> tuple[str, ...]:
    """A list of cue words kept as data (`generator/data/<name>.txt`), in its order."""
    text = resources.files("generator").joinpath("data", f"{name}.txt").read_text(encoding="utf-8")
    return tuple(ln.strip() for ln in text.splitlines() if ln.strip() and not ln.startswith("#"))


def _cued(event: Item, cues: str) -> tuple[Item, int] | None:
    """The event's first sentence with one of the cue words (`cue_words`), trying the
    strongest cue first, and where the cue starts in it."""
    found = sentences(event)
    for cue in cue_words(cues):
        pattern = re.compile(rf"\b{re.escape(cue)}\b", re.IGNORECASE)
        for ev in found:
            match = pattern.search(str(ev["text"]))
            if match:
                return ev, match.start()
    return None


def reason(event: Item) -> tuple[Item, str] | None:
    """The sentence of the event that states a reason ("over", "because", "citing" …) and
    the reason in its own words: from the cue to the end of its clause. None without one."""
    found = _cued(event, "reason_cues")
    if found is None:
        return None
    ev, start = found
    text = str(ev["text"]).strip()
    clause = _CLAUSE_END.split(text[start:], maxsplit=1)[0].rstrip(" .;:")
    return ev, clause if len(clause.split()) >= 3 else text


def lead(happened: list[Item], last_published: str | None = None) -> list[Line]:
    """Three to five of the sources' own sentences: the main event's, its consequence or
    reason, the latest development (the latest event dated by the last day an article was
    published), then the next events' until there are three; no sentence twice. Fewer when
    the story has fewer sentences."""
    if not happened:
        return []
    top = happened[0]
    until = str(last_published or "9999")
    dated = [e for e in happened if e.get("date") and str(e["date"]) <= until[: len(str(e["date"]))]]
    later = [e for e in dated if e is not top and str(e["date"]) >= str(top.get("date") or "")]
    latest = max(later, key=lambda e: str(e["date"]), default=None)  # the first of equals: the best ranked
    lines: list[Line] = []

    def add(ev: Item | None) -> None:
        if ev is not None and len(lines) < LEAD_MOST and all(ev["text"].strip() != line.text for line in lines):
            lines.append(Line(ev["text"].strip(), ev))

    first = sentences(top)
    add(first[0] if first else None)
    because = _cued(top, "consequence_cues") or reason(top)
    add(because[0] if because else None)
    if latest is not None:
        add(next(iter(sentences(latest)), None))
    for event in happened[1:]:
        if len(lines) >= LEAD_LEAST:
            break
        for ev in sentences(event):
            before = len(lines)
            add(ev)
            if len(lines) > before:
                break
    return lines


def five_ws(top: Item, ranked_people: list[Item]) -> list[Row]:
    """Who, what, when, where, why of the main event, each with the sentence it comes from;
    a row no sentence answers is left out (never guessed)."""
    from generator.render import date_label, event_line

    found = sentences(top)
    if not found:
        return []
    rows: list[Row] = []
    involved = [p for p in ranked_people if p["id"] in set(top.get("people") or [])]
    named = [p for p in ranked_people if any(_names(found[0]["text"], n) for n in [p["name"], *(p.get("aliases") or [])])]
    who = (involved or named or [None])[0]  # nobody the event names: no row, never a guess
    if who is not None:
        role = next((r for r in who.get("roles") or [] if r.get("title")), None)
        evidence = ((role or {}).get("evidence") or who.get("evidence") or [None])[0]
        rows.append(Row("Who", _role_text(role) if role else "", evidence, who["id"]))
    rows.append(Row("What", event_line(top), found[0]))
    if top.get("date"):
        date_text = str(top.get("date_text") or "")
        said = next((ev for ev in found if date_text and date_text in ev["text"]), found[0])
        rows.append(Row("When", date_label(top["date"]), said))
    given = top.get("places") or []
    places = [str(p) for p in (given if isinstance(given, list) else [given]) if str(p).strip()]  # a hand edit may give one
    if places:
        said = next((ev for ev in found if places[0] in ev["text"]), found[0])
        rows.append(Row("Where", ", ".join(places), said))
    why = reason(top)
    if why is not None:
        rows.append(Row("Why", why[1], why[0]))
    return rows


def _names(text: str, name: Any) -> bool:
    """The sentence names `name` (as whole words)."""
    return bool(str(name).strip()) and re.search(rf"(?<!\w){re.escape(str(name))}(?!\w)", str(text)) is not None


def _role_text(role: Item) -> str:
    """'Chief of Staff, Tarrow navy' (the organization when the title does not say it)."""
    title, org = str(role["title"]), str(role.get("organization") or "")
    return f"{title}, {org}" if org and org not in title else title
