"""Coverage: which outlets report each fact, which reported it first, what only one outlet
reports, and which facts each evidence sentence supports (for the back-links on source pages).

Outlets are named by `render.outlet_name` (outlet, else web host, else headline); a source is
labelled by its outlet, with its date when another source of the story shares the outlet.
"First" is claimed only when an outlet's earliest report is strictly earlier than every other
outlet's: publication dates are days, so two reports of the same day are listed in id order
and neither is called first. Every list here is sorted explicitly, so pages are stable.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from generator.render import date_label, event_line, outlet_name, plain

Item = dict[str, Any]

KEY_EVENTS = 15  # rows of the coverage table: the best-ranked events,
KEY_FIGURES = 8  # the figures reported by the most outlets,
KEY_QUOTES = 7  # and the quotes reported by the most outlets
SINGLE_SHOWN = 40  # facts listed under "Reported by one outlet only"
COLUMNS = 20  # outlets in the coverage table (a story of unnamed outlets has one per article)
LABEL = 90  # characters of a fact's label on the coverage page and in back-links


@dataclass(frozen=True)
class Report:
    """One outlet's report of a fact: its earliest source that gives it."""

    outlet: str
    source: str  # source id
    published: str | None
    anchor: int | None  # where the evidence sentence starts in that source
    first: bool = False


@dataclass(frozen=True)
class Fact:
    """A fact as the coverage page lists it."""

    kind: str  # event, figure, quote, statement
    label: str  # plain text (escaped by the template)
    page: str  # page path from the site root, with an anchor if any
    reports: list[Report]


def source_labels(sources: list[Item]) -> dict[str, str]:
    """Source id -> how a reader tells it apart: its outlet; with the date when another source
    shares the outlet; with a number when they share the date too."""
    by_outlet: dict[str, list[Item]] = defaultdict(list)
    for s in sources:
        by_outlet[outlet_name(s)].append(s)
    labels: dict[str, str] = {}
    for outlet, group in by_outlet.items():
        if len(group) == 1:
            labels[group[0]["id"]] = outlet
            continue
        dated = defaultdict(list)
        for s in sorted(group, key=lambda s: str(s["id"])):
            dated[f"{outlet}, {date_label(s.get('published'))}"].append(s)
        for label, same in dated.items():
            for n, s in enumerate(same, 1):
                labels[s["id"]] = label if len(same) == 1 else f"{label} ({n})"
    return labels


def _evidence(item: Item) -> list[Item]:
    evidence = [ev for ev in item.get("evidence") or [] if isinstance(ev, dict)]
    for role in item.get("roles") or []:
        evidence += [ev for ev in role.get("evidence") or [] if isinstance(ev, dict)]
    return evidence


def reports(item: Item, sources: dict[str, Item]) -> list[Report]:
    """The outlets that report `item` (through its `sources` or its evidence), each once with
    its earliest source, earliest first (undated last, then by source id)."""
    anchors: dict[str, int | None] = {}
    for ev in _evidence(item):
        start = ev.get("start")
        if ev.get("source") is not None and isinstance(start, int):
            known = anchors.get(ev["source"])
            anchors[ev["source"]] = start if known is None else min(start, known)
        else:
            anchors.setdefault(ev.get("source"), None)
    ids = {s for s in [*(item.get("sources") or []), *anchors] if s is not None}

    def when(sid: str) -> tuple[bool, str, str]:
        published = (sources.get(sid) or {}).get("published")
        return (not published, str(published or ""), str(sid))

    earliest: dict[str, str] = {}
    for sid in sorted(ids, key=when):
        earliest.setdefault(outlet_name(sources.get(sid) or {"title": sid}), sid)
    out = []
    for outlet, sid in sorted(earliest.items(), key=lambda kv: when(kv[1])):
        published = (sources.get(sid) or {}).get("published")
        out.append(Report(outlet, sid, str(published) if published else None, anchors.get(sid)))
    if len(out) > 1 and out[0].published and (not out[1].published or out[0].published < out[1].published):
        out[0] = Report(out[0].outlet, out[0].source, out[0].published, out[0].anchor, first=True)
    return out


def _short(text: str) -> str:
    text = plain(text).strip()
    return text if len(text) <= LABEL else text[: LABEL - 1].rstrip() + "…"


def statement_label(r: Item, name_of: Callable[[str], str]) -> str:
    what = f"“{r['text']}”" if r.get("kind") == "quote" else str(r.get("text") or "")
    teller = name_of(r["speaker"]) if r.get("speaker") else r.get("speaker_text") or "an unnamed source"
    return _short(f"{teller}: {what}")


def figure_label(f: Item) -> str:
    return _short(f"{f.get('text') or ''} {f.get('what') or ''}")


def facts(ctx: dict[str, Any]) -> list[Fact]:
    """Every event, figure and statement of the story as a Fact, events in rank order."""
    sources = ctx["sources_by_id"]
    out = [Fact("event", _short(event_line(e)), "timeline.md", reports(e, sources)) for e in ctx["ranked_events"]]
    out += [Fact("figure", figure_label(f), "figures.md", reports(f, sources)) for f in ctx["figures"]]
    for r in ctx["reactions"]:
        kind = "quote" if r.get("kind") == "quote" else "statement"
        out.append(Fact(kind, statement_label(r, ctx["name_of"]), ctx["page_of"](r["speaker"]), reports(r, sources)))
    return out


def key_facts(all_facts: list[Fact]) -> list[Fact]:
    """The rows of the coverage table: the best-ranked events, then the figures and the quotes
    reported by the most outlets (ties in the story's order), at most 30 rows."""
    def most(kind: str, n: int) -> list[Fact]:
        of_kind = [f for f in all_facts if f.kind == kind]
        return of_kind[:n] if kind == "event" else sorted(of_kind, key=lambda f: -len(f.reports))[:n]

    return most("event", KEY_EVENTS) + most("figure", KEY_FIGURES) + most("quote", KEY_QUOTES)


def outlets(sources: list[Item]) -> list[str]:
    """The story's outlets, each once, by name."""
    return sorted({outlet_name(s) for s in sources}, key=lambda o: (o.casefold(), o))


def single_outlet(all_facts: list[Fact], most: int = SINGLE_SHOWN) -> list[tuple[str, list[Fact], int]]:
    """Facts only one outlet reports, grouped by that outlet (outlets by name): (outlet, the
    facts shown, how many there are). At most `most` are shown, shared among the outlets
    (one each for the first `most` outlets when there are more)."""
    groups: dict[str, list[Fact]] = defaultdict(list)
    for f in all_facts:
        if len(f.reports) == 1:
            groups[f.reports[0].outlet].append(f)
    each = max(1, most // max(1, len(groups)))
    ordered = sorted(groups.items(), key=lambda kv: (kv[0].casefold(), kv[0]))[:most]
    return [(o, group[:each], len(group)) for o, group in ordered]


def columns(rows: list[Fact], names: list[str], most: int = COLUMNS) -> list[str]:
    """The outlets the coverage table shows: all, or the `most` that report the most of its
    rows (ties by name), in name order."""
    if len(names) <= most:
        return names
    count = {n: 0 for n in names}
    for f in rows:
        for r in f.reports:
            count[r.outlet] = count.get(r.outlet, 0) + 1
    chosen = set(sorted(names, key=lambda n: (-count[n], n.casefold(), n))[:most])
    return [n for n in names if n in chosen]


def coverage_context(ctx: dict[str, Any]) -> dict[str, Any]:
    """What coverage.md.j2 needs."""
    every = facts(ctx)
    single = single_outlet(every)
    rows, names = key_facts(every), outlets(ctx["sources"])
    return {
        "key_facts": rows,
        "outlet_names": names,
        "columns": columns(rows, names),
        "single_outlet": single,
        "single_total": sum(total for _, _, total in single),
        "single_outlets": len({f.reports[0].outlet for f in every if len(f.reports) == 1}),
        "fact_total": len(every),
    }


@dataclass(frozen=True)
class Mark:
    """An evidence sentence in a source's text and the facts it supports."""

    end: int | None
    supports: list[tuple[str, str]]  # (plain label, page path from the site root)


def evidence_marks(sheets: dict[str, list[Item]], ctx: dict[str, Any]) -> dict[str, dict[int, Mark]]:
    """Source id -> evidence start -> its end and the facts it supports (label, page), each
    fact once, in sheet order: people, organizations, events, statements, figures, discrepancies, relations."""
    found: dict[str, dict[int, tuple[int | None, list[tuple[str, str]]]]] = defaultdict(dict)

    def add(item: Item, label: str, page: str) -> None:
        for ev in _evidence(item):
            start, end = ev.get("start"), ev.get("end")
            if not isinstance(start, int) or ev.get("source") is None:
                continue
            old_end, supports = found[ev["source"]].get(start, (None, []))
            if isinstance(end, int) and end > start:
                old_end = max(end, old_end or end)
            if (label, page) not in supports:
                supports.append((label, page))
            found[ev["source"]][start] = (old_end, supports)

    for p in sheets["people"]:
        add(p, p["name"], f"people/{p['id']}.md")
    for o in sheets["organizations"]:
        add(o, o["name"], f"organizations/{o['id']}.md")
    for e in sheets["events"]:
        add(e, _short(event_line(e)), "timeline.md")
    for r in sheets["reactions"]:
        add(r, statement_label(r, ctx["name_of"]), ctx["page_of"](r["speaker"]))
    for f in sheets["figures"]:
        add(f, figure_label(f), "figures.md")
    for d in sheets.get("discrepancies") or []:
        add(d, str(d.get("what") or ""), "differences.md")
    for rel in sheets.get("relations") or []:
        add(rel, f"{ctx['name_of'](rel['subject'])} {rel['relation']} {ctx['name_of'](rel['object'])}", "relationships.md")
    return {sid: {start: Mark(end, supports) for start, (end, supports) in marks.items()} for sid, marks in found.items()}


def source_context(sources: list[Item], described: dict[str, dict[str, str]]) -> dict[str, Any]:
    """The templates' names for sources and outlets: `source_label` (source id -> outlet, dated
    when shared), `reports_of` (fact -> its Reports), `outlet_info` (outlet name -> the
    editor's description, or None: nothing is guessed)."""
    by_id = {s["id"]: s for s in sources}

    def outlet_info(outlet: str) -> dict[str, str] | None:
        return described.get(str(outlet).casefold())

    return {
        "source_label": source_labels(sources),
        "reports_of": lambda item: reports(item, by_id),
        "outlet_info": outlet_info,
        "described_outlets": [o for o in outlets(sources) if outlet_info(o)],
    }
