"""Render: fact sheets -> Markdown pages, through the Jinja templates in `templates/`.

`render_pages(sheets, templates_dir)` returns `{page path: markdown}` and touches no disk,
so the MkDocs plugin can add the pages in memory and tests can read them directly.

Article text is untrusted. Every value taken from an article goes through the `t` filter,
which turns each character that HTML or Markdown could read as markup into a numeric
character reference: the text shows as written and can never become a tag, a link, an
emphasis or a template directive. Links are only built from validated http(s) URLs.

Every other context has its own filter: `diagram` (Mermaid), `tag` (front-matter tags),
`meta_title` (the page title MkDocs and Material print unescaped), `date_label` and
`number`. Ids, which land in link targets, page paths and attribute lists, are made safe
once, before any template sees them (`safe_ids`), so even an older template is safe.
"""

from __future__ import annotations

import hashlib
import html
import json
import re
import traceback
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import jinja2

from generator.errors import ExplainerError
from generator.ids import is_id, slugify
from generator.text import BIDI_CONTROLS

if TYPE_CHECKING:
    from generator.coverage import Mark

_MARKUP = re.compile(r"[&<>\"'`*_\[\]()\{\}#|!~\\:+\-.=^$@%]")
_UNSHOWABLE = re.compile(r"[\x00-\x1f\x7f-\x9f\ud800-\udfff\ufffe\uffff]")  # left after whitespace is collapsed
_BIDI = re.compile(f"[{BIDI_CONTROLS}]")  # can reorder what follows: shown, not obeyed
_URL = re.compile(r"^https?://[A-Za-z0-9.-]+(?::\d+)?(?:[/?#][^\s<>\"'`]*)?$")
MONTH_NAMES = [
    "January", "February", "March", "April", "May", "June", "July", "August",
    "September", "October", "November", "December",
]

Sheets = dict[str, list[dict[str, Any]]]


def plain(value: Any) -> str:
    """Untrusted text on one line, without control characters, and with each bidirectional
    control shown as its code point (it could otherwise make a name read backwards)."""
    text = re.sub(r"\s+", " ", _UNSHOWABLE.sub("", re.sub(r"\s+", " ", str(value))))  # again after: "a \x00 b" has one space
    return _BIDI.sub(lambda m: f"[U+{ord(m.group()):04X}]", text)


def inert(value: Any) -> str:
    """Untrusted text -> text that HTML and Markdown both show verbatim, on one line."""
    return _MARKUP.sub(lambda m: f"&#{ord(m.group())};", plain(value))


def meta_title(value: Any) -> str:
    """A page title for front matter: MkDocs uses it as the page's title and Material prints
    it into `<title>`, the header and the navigation without escaping, so it is HTML-escaped
    here, then quoted as a JSON (so YAML) string. Without it Material would take the title
    from the page's first heading and unescape it into `<title>`."""
    return json.dumps(html.escape(plain(value), quote=True), ensure_ascii=False)


def safe_id(value: Any) -> str:
    """An id as it may appear in a link target, a page path or an attribute list: a valid id
    is itself; anything else becomes a slug of it plus a digest, the same every time, so its
    page and its links still meet and nothing in it can end the context it stands in."""
    if is_id(value):
        return str(value)
    text = str(value)
    digest = hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:10]
    return f"{slugify(text, 'id')[:60]}-{digest}"


def diagram_text(value: Any, limit: int = 60) -> str:
    """Untrusted text for a Mermaid diagram: letters, digits and plain punctuation only, so it
    can carry no Mermaid directive, no markup and no syntax of the diagram language."""
    text = re.sub(r"[^\w\s.,'’…-]", " ", str(value))
    text = re.sub(r"\s+", " ", text).strip() or "…"  # an empty label or event breaks the diagram
    if len(text) <= limit:
        return text
    cut = text[: limit - 1]
    return (cut.rsplit(" ", 1)[0] if " " in cut[limit // 2 :] else cut).rstrip(" .,-") + "…"  # at a word's end


def tag_text(value: Any) -> str:
    """A tag name for front matter: plain words, as a JSON (and so YAML) string."""
    return json.dumps(diagram_text(value, 40), ensure_ascii=False)


def safe_url(value: Any) -> str | None:
    """An http(s) URL, escaped for an attribute, or None for anything else."""
    url = str(value or "").strip()
    if not _URL.match(url):
        return None
    return url.replace("&", "&amp;").replace('"', "%22").replace("(", "%28").replace(")", "%29")


def date_label(iso: Any) -> str:
    """'2025-01-21' -> '21 January 2025'; '2024-04' -> 'April 2024'; None -> 'Undated'.
    Anything that is not such a date (a hand edit gone wrong) is shown as its digits and
    dashes: the label lands in headings and diagrams, where nothing else may."""
    if not iso:
        return "Undated"
    match = re.fullmatch(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?", str(iso))
    if not match or not 1 <= int(match[2] or 1) <= 12:
        return re.sub(r"[^0-9-]", "", str(iso))[:10] or "Undated"
    year, month, day = match.groups()
    if day:
        return f"{int(day)} {MONTH_NAMES[int(month) - 1]} {year}"
    return f"{MONTH_NAMES[int(month) - 1]} {year}" if month else year


def number_label(value: Any) -> str:
    """1234567 -> '1,234,567'; anything that is not a number is shown as inert text."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        return inert(value)
    v = float(value)
    return f"{int(v):,}" if v.is_integer() else f"{v:,}"


UNNAMED = ""  # the `by_speaker` group of statements whose source the text gives without a name
_REF_KEYS = ("id", "source", "speaker", "subject", "object")  # names a fact, a source or a party
_REF_LISTS = ("sources", "people", "organizations")  # a list of such names (or, at the top, a sheet)
_OFFSETS = ("start", "end")  # evidence offsets, printed into anchors


def safe_ids(value: Any, key: str = "") -> Any:
    """A copy of the sheets with every id and reference made safe (`safe_id`) and every
    evidence offset a whole number or gone: templates put these into link targets, anchors
    and attribute lists unescaped. Valid values come through unchanged."""
    if key in _REF_KEYS:
        return None if value is None else safe_id(value)  # a statement's null speaker: an unnamed source
    if key == "values" and isinstance(value, dict):  # a discrepancy: source id -> what it says
        return {safe_id(k): v for k, v in value.items()}
    if key in _REF_LISTS and not isinstance(value, list):
        return [] if value is None else [safe_id(value)]
    if isinstance(value, list):
        return [safe_ids(v) if isinstance(v, dict) or key not in _REF_LISTS else safe_id(v) for v in value]
    if isinstance(value, dict):
        return {
            k: safe_ids(v, str(k)) for k, v in value.items()
            if not (k in _OFFSETS and (isinstance(v, bool) or not isinstance(v, int) or v < 0))
        }
    return value


def environment(templates_dir: Path) -> jinja2.Environment:
    if not templates_dir.is_dir():
        raise ExplainerError("templates folder does not exist", templates_dir)
    from generator.ingest import check_tree

    check_tree(templates_dir)  # a template symlinked to a file outside the project is refused
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        undefined=jinja2.StrictUndefined,
        autoescape=False,  # the output is Markdown; `t` does the escaping for both languages
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )
    env.filters.update(
        t=inert, url=safe_url, date_label=date_label, number=number_label, diagram=diagram_text, tag=tag_text,
        meta_title=meta_title, event_line=event_line, difference_kinds=difference_kinds,
        happened=happened, scheduled=scheduled, by_month_and_day=by_month_and_day,
    )
    return env


def _context(sheets: Sheets, story: Any = None) -> dict[str, Any]:
    """Indexes the templates need: by id, by speaker, by person; the story at a glance (with
    the editor's `story`, a `glance.Story`, if any)."""
    from generator.glance import story_at_a_glance  # it reads this module's helpers
    people = {p["id"]: p for p in sheets["people"]}
    orgs = {o["id"]: o for o in sheets["organizations"]}
    sources = {s["id"]: s for s in sheets["sources"]}
    by_speaker: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in sheets["reactions"]:
        by_speaker[r.get("speaker") or UNNAMED].append(r)  # no speaker: an unnamed source, one group
    events_of: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for e in sheets["events"]:
        for pid in e.get("people") or []:
            events_of[pid].append(e)
    dated = [e for e in sheets["events"] if e.get("date")]
    undated = [e for e in sheets["events"] if not e.get("date")]
    dated.sort(key=lambda e: str(e["date"]))

    def name_of(ref: str | None) -> str:
        if not ref:
            return "Unnamed sources"
        entry = people.get(ref) or orgs.get(ref)
        return entry["name"] if entry else ref

    def page_of(ref: str | None) -> str:
        if not ref:
            return "reactions.md"  # an unnamed source's statement: under "Unnamed sources"
        if ref in people:
            return f"people/{ref}.md"
        if ref in orgs:
            return f"organizations/{ref}.md"
        return "people/index.md"

    members = _members(sheets["people"], sheets["organizations"])

    def outlet_of(ref: str) -> str:
        return outlet_name(sources.get(ref) or {"title": ref})

    published = sorted((str(s["published"]) for s in sheets["sources"] if s.get("published")), reverse=True)
    return {
        **sheets,
        "people_by_id": people,
        "orgs_by_id": orgs,
        "sources_by_id": sources,
        "by_speaker": dict(by_speaker),
        "events_of": dict(events_of),
        "timeline": dated,
        "undated": undated,
        "latest_first": list(reversed(dated)),
        "name_of": name_of,
        "page_of": page_of,
        "outlet_of": outlet_of,
        "ranked_events": rank_events(sheets, sources),
        "glance": story_at_a_glance(sheets, rank_events(sheets, sources), story),
        "latest_published": published[0] if published else None,
        "members": members,
        "groups": _groups(sheets["people"], members),
        # set for one page of a list split into pages (`_split_lists`)
        "part": None, "parts": [], "diagram": None, "include": "",
        **_relations_context(sheets.get("relations") or [], name_of),
    }


def outlet_name(source: dict[str, Any]) -> str:
    """What a reader calls a source: its outlet, else its web site's host, else its headline."""
    if source.get("outlet"):
        return str(source["outlet"])
    host = re.match(r"https?://(?:www\.)?([^/:?#]+)", str(source.get("url") or ""))
    return host[1] if host else str(source.get("title") or source.get("id") or "")


def event_line(event: dict[str, Any]) -> str:
    """The line that tells a reader what happened: the event's headline (a short complete
    sentence built from its sentence), else the first sentence that reports it, in the
    source's own words, else its summary. A sentence that says more than the event is led by
    the event's name where it is a few of the sentence's own words ('Harbour fire: "Two days
    after the harbour fire, the mayor resigned."'), so the event's date reads as the event's,
    not as the date of the rest of the sentence; a longer summary is a clause cut from the
    sentence ('the mayor made on Friday'), which would read as a statement of its own."""
    if isinstance(event.get("headline"), str) and event["headline"].strip():
        return str(event["headline"])
    summary = str(event.get("summary") or "").strip()
    for ev in event.get("evidence") or []:
        if isinstance(ev, dict) and str(ev.get("text") or "").strip():
            sentence = str(ev["text"]).strip()
            if 2 <= len(summary.split()) <= 4 and summary in sentence and len(summary) <= 0.6 * len(sentence):
                return f"{summary[0].upper()}{summary[1:]}: “{sentence}”"
            return sentence
    return summary


def is_scheduled(event: dict[str, Any]) -> bool:
    return event.get("status") == "scheduled"


def happened(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The events that have taken place (all but the scheduled ones), in their order."""
    return [e for e in events if not is_scheduled(e)]


def scheduled(events: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The scheduled events, soonest first (undated last), then by id."""
    return sorted((e for e in events if is_scheduled(e)), key=lambda e: (not e.get("date"), str(e.get("date") or ""), str(e["id"])))


def by_month_and_day(events: list[dict[str, Any]]) -> list[tuple[str, list[tuple[str, list[dict[str, Any]]]]]]:
    """Dated events (in date order) as [(month label, [(day label, events)])]; events dated to
    a month only come under "Day not stated" in that month, those dated to a year only under
    "Month not stated" in that year."""
    months: list[tuple[str, list[tuple[str, list[dict[str, Any]]]]]] = []
    for e in events:
        month, day = date_label(str(e["date"])[:7]), date_label(e["date"])
        if day == month:
            day = "Day not stated" if len(str(e["date"])) == 7 else "Month not stated"
        if not months or months[-1][0] != month:
            months.append((month, []))
        days = months[-1][1]
        if not days or days[-1][0] != day:
            days.append((day, []))
        days[-1][1].append(e)
    return months


DIFFERENCE_HEADINGS = {
    "number": "Numbers", "date": "Dates", "place": "Places", "role": "People and roles", "account": "Accounts",
    "": "Other differences", "wording": "Wording and spelling",
}


def difference_kinds(discrepancies: list[dict[str, Any]]) -> list[tuple[str, str, list[dict[str, Any]]]]:
    """The discrepancies as (kind, heading, items), in the order of DIFFERENCE_HEADINGS (real
    disagreements, then those without a kind, such as an editor's, then wording), each kind
    in the sheet's order."""
    by_kind: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for d in discrepancies:
        kind = d.get("kind")
        by_kind[kind if isinstance(kind, str) and kind in DIFFERENCE_HEADINGS else ""].append(d)
    return [(kind, heading, by_kind[kind]) for kind, heading in DIFFERENCE_HEADINGS.items() if by_kind.get(kind)]


def rank_events(sheets: Sheets, sources: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Events, most important first: reported by more outlets, then about people the story
    mentions more (sources naming them), then later, then by id (so the order is stable).
    Background comes after the news: an event dated over 30 days before the first article
    was published (the attack a resignation is over) ranks after every other."""
    reach = {p["id"]: len(p.get("sources") or []) for p in sheets["people"]}
    cutoff = _news_since(sources.values())

    def weight(e: dict[str, Any]) -> tuple[bool, int, int]:
        outlets = {outlet_name(sources.get(s) or {"title": s}) for s in e.get("sources") or []}
        when = str(e.get("date") or "")
        background = bool(when and cutoff) and when < cutoff[: len(when)]
        return (background, -len(outlets), -sum(reach.get(ref, 0) for ref in e.get("people") or []))

    by_id = sorted(sheets["events"], key=lambda e: str(e["id"]))
    latest_first = sorted(by_id, key=lambda e: str(e.get("date") or ""), reverse=True)  # stable: ids stay in order
    return sorted(latest_first, key=weight)


def _news_since(sources: Any) -> str:
    """The day 30 days before the first article was published ('' when none says when):
    what happened before it is the story's background."""
    days = []
    for source in sources:
        try:
            days.append(date.fromisoformat(str(source.get("published"))))
        except ValueError:
            continue
    return (min(days) - timedelta(days=30)).isoformat() if days else ""


def _members(people: list[dict[str, Any]], orgs: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    """Organization id -> the people whose roles name it (by its name or an alias), found
    through the word sequences of each role, so it costs roles x words, not orgs x people."""
    by_name: dict[tuple[str, ...], list[str]] = defaultdict(list)
    longest = 1
    for org in orgs:
        for name in {org["name"], *org.get("aliases", [])}:
            words = tuple(re.findall(r"\w+", name.casefold()))
            if words and len(name) > 1:
                by_name[words].append(org["id"])
                longest = max(longest, len(words))
    out: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for person in people:
        found: list[str] = []
        for role in person.get("roles") or []:
            words = re.findall(r"\w+", f"{role.get('organization') or ''} {role['title']}".casefold())
            for n in range(1, min(longest, len(words)) + 1):
                for i in range(len(words) - n + 1):
                    found += [o for o in by_name.get(tuple(words[i : i + n]), []) if o not in found]
        for org_id in found:
            out[org_id].append(person)
    order = {o["id"]: i for i, o in enumerate(orgs)}
    return dict(sorted(out.items(), key=lambda kv: order[kv[0]]))


def _groups(people: list[dict[str, Any]], members: dict[str, list[dict[str, Any]]]) -> list[tuple[str | None, list[dict[str, Any]]]]:
    """Who's who grouped by organization (each person once, in the largest group they belong
    to), then everyone else."""
    placed: set[str] = set()
    groups: list[tuple[str | None, list[dict[str, Any]]]] = []
    for org_id, group in sorted(members.items(), key=lambda kv: (-len(kv[1]), kv[0])):
        fresh = [p for p in group if p["id"] not in placed]
        if fresh:
            groups.append((org_id, fresh))
            placed.update(p["id"] for p in fresh)
    rest = [p for p in people if p["id"] not in placed]
    if rest:
        groups.append((None, rest))
    return groups


@dataclass(frozen=True)
class Limits:
    """How much one page or diagram holds. A list longer than its limit is split into pages
    behind an index, and the timeline diagram draws only its best-reported events, so no page
    grows with the story and Mermaid never meets its 50,000-character limit. A story within
    every limit renders exactly as it always has."""

    diagram_events: int = 8  # events drawn in the timeline diagram: more make its text too small to read
    timeline: int = 100  # events (dated, or undated) on one timeline page
    reactions: int = 100  # statements on one reactions page
    people: int = 300  # people on one page of Who's who
    tags: int = 400  # tagged pages in one tags listing
    sources: int = 300  # articles in one page of the sources list
    figures: int = 200  # rows of one page of key figures
    differences: int = 60  # differences on one page of how the sources differ
    organizations: int = 300  # organizations on one page of the organizations list


Group = tuple[str, list[Any]]  # a heading's key and the items under it


def _paginate(groups: list[Group], size: int, cut: bool = True) -> list[list[Group]]:
    """Consecutive groups packed, in order, into pages of at most `size` items. A group larger
    than a page is cut into page-sized runs (or, with `cut` off, has a page of its own)."""
    pages: list[list[Group]] = []
    filled = 0
    for key, items in groups:
        runs = [items[i : i + size] for i in range(0, len(items), size)] if cut else [items]
        for run in runs or [items]:
            if not pages or filled + len(run) > size:
                pages.append([])
                filled = 0
            pages[-1].append((key, run))
            filled += len(run)
    return pages


def _span(first: str, last: str) -> str:
    """A page's title from its first and last entry: 'Abbas – Biden', or one name."""
    return first if first == last else f"{first} – {last}"


def _parts(folder: str, pages: list[list[Group]], label: Any) -> list[dict[str, Any]]:
    """The pages of one split list: path, title (from `label` of its first and last item, a
    function of key and item), groups and item count."""
    parts = []
    for number, groups in enumerate(pages, 1):
        first, last = groups[0], groups[-1]
        parts.append({
            "path": f"{folder}/{number}.md",
            "title": _span(label(first[0], first[1][0]), label(last[0], last[1][-1])),
            "groups": groups,
            "count": sum(len(items) for _, items in groups),
        })
    return parts


def _month(event: dict[str, Any]) -> str:
    """The month an event falls in, as its page and diagram group it ('2024-03')."""
    return str(event["date"])[:7]


def _diagram(timeline: list[dict[str, Any]], most: int, rank: dict[str, int], columns: int = 2) -> list[tuple[str, list[str]]]:
    """The timeline diagram: the `most` best-ranked events (`rank_events`: reported by the
    most outlets, about the most-mentioned people, the latest), in date order, under at most
    `columns` periods (months, else years, else runs of years): Mermaid draws each period as
    a column of fixed width and shrinks the whole to the page, so more columns would make its
    text too small to read. Each label says its date."""
    ranked = sorted(range(len(timeline)), key=lambda i: (rank.get(timeline[i]["id"], len(rank)), i))
    chosen = [timeline[i] for i in sorted(ranked[:most])]
    period = _periods([_month(e) for e in chosen], columns)
    out: dict[str, list[str]] = {}
    for e in chosen:
        out.setdefault(period[_month(e)], []).append(diagram_text(f"{date_label(e['date'])} - {plain(event_line(e))}", 60))
    return list(out.items())


def _periods(months: list[str], columns: int) -> dict[str, str]:
    """Month ('2024-03') -> the label of the diagram column it falls in: its month, its year,
    or a run of years ('2001 - 2006'), whichever keeps to `columns` columns."""
    distinct = sorted(set(months))
    if len(distinct) <= columns:
        return {m: date_label(m) for m in distinct}
    years = sorted({m[:4] for m in distinct})
    per = -(-len(years) // columns)  # years in one column
    runs = [years[i : i + per] for i in range(0, len(years), per)]
    label = {y: run[0] if len(run) == 1 else f"{run[0]} - {run[-1]}" for run in runs for y in run}
    return {m: label[m[:4]] for m in distinct}


def _tagged(ctx: dict[str, Any]) -> dict[str, int]:
    """Tag (as the pages write it) -> how many pages carry it: each person's and
    organization's own page, and each person's page under the organizations of their roles."""
    count: dict[str, int] = defaultdict(int)
    for person in ctx["people"]:
        for tag in {tag_text(person["name"]), *(tag_text(r["organization"]) for r in person.get("roles") or [] if r.get("organization"))}:
            count[tag] += 1
    for org in ctx["organizations"]:
        count[tag_text(org["name"])] += 1
    return dict(sorted(count.items(), key=lambda kv: (json.loads(kv[0]).casefold(), kv[0])))


def _split_lists(ctx: dict[str, Any], limits: Limits) -> dict[str, tuple[str, dict[str, Any]]]:
    """Page path -> (template, extra context) for every list too long for one page, and for
    the index that replaces it; the timeline page with its diagram."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    out.update(_timeline_pages(ctx, limits))
    if len(ctx["reactions"]) > limits.reactions:
        groups = sorted(ctx["by_speaker"].items(), key=lambda kv: (kv[0] == UNNAMED, kv[0]))  # unnamed sources last
        parts = _parts("reactions", _paginate(groups, limits.reactions), lambda speaker, _: ctx["name_of"](speaker))
        out["reactions.md"] = ("parts.md.j2", {"title": "Reactions", "parts": parts, "kind": "reactions"})
        for part in parts:
            out[part["path"]] = ("reactions.md.j2", {"part": part, "by_speaker": dict(part["groups"])})
    if len(ctx["people"]) > limits.people:
        groups = [(org_id or "", group) for org_id, group in ctx["groups"]]
        name = lambda org_id, _: ctx["name_of"](org_id) if org_id else "Other people"  # noqa: E731
        parts = _parts("people/all", _paginate(groups, limits.people), name)
        out["people/index.md"] = ("parts.md.j2", {"title": "Who's who", "parts": parts, "kind": "people"})
        for part in parts:
            out[part["path"]] = ("people.md.j2", {"part": part, "groups": [(k or None, g) for k, g in part["groups"]]})
    if len(ctx["sources"]) > limits.sources:
        groups = _grouped(ctx["sources"], lambda s: str(s.get("published") or "")[:7])
        parts = _parts("sources/all", _paginate(groups, limits.sources), lambda month, _: date_label(month))
        out["sources/index.md"] = ("parts.md.j2", {"title": "Sources", "parts": parts, "kind": "sources"})
        for part in parts:
            out[part["path"]] = ("sources.md.j2", {"part": part, "sources": [s for _, items in part["groups"] for s in items]})
    out.update(_split_plain_lists(ctx, limits))
    tagged = _tagged(ctx)
    if sum(tagged.values()) > limits.tags:
        pages = _paginate([(tag, [tag] * n) for tag, n in tagged.items()], limits.tags, cut=False)
        parts = _parts("tags", pages, lambda tag, _: json.loads(tag))
        out["tags.md"] = ("parts.md.j2", {"title": "Tags", "parts": parts, "kind": "tags"})
        for part in parts:
            out[part["path"]] = ("tags.md.j2", {"part": part, "include": ", ".join(tag for tag, _ in part["groups"])})
    return out


def _timeline_pages(ctx: dict[str, Any], limits: Limits) -> dict[str, tuple[str, dict[str, Any]]]:
    """The timeline page, with its diagram of the best-reported events that have happened;
    and, for a timeline too long for one page, a page per run of months (then the undated)."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    timeline, undated = ctx["timeline"], ctx["undated"]
    long_timeline = max(len(timeline), len(undated)) > limits.timeline
    past = happened(timeline)
    rank = {e["id"]: n for n, e in enumerate(ctx["ranked_events"])}
    diagram = _diagram(past, limits.diagram_events, rank) if past else None
    dated_parts = _parts("timeline", _paginate(_grouped(timeline, _month), limits.timeline), lambda _, e: date_label(e["date"]))
    undated_parts = _parts("timeline", _paginate([("", undated)] if undated else [], limits.timeline), lambda *_: "Undated or unresolved")
    for number, part in enumerate(undated_parts, len(dated_parts) + 1):
        part["path"] = f"timeline/{number}.md"
        part["title"] += f" ({number - len(dated_parts)} of {len(undated_parts)})" if len(undated_parts) > 1 else ""
    parts = dated_parts + undated_parts if long_timeline else []
    out["timeline.md"] = ("timeline.md.j2", {
        "diagram": diagram, "parts": parts, "shown_in_diagram": min(len(past), limits.diagram_events), "happened": len(past)})
    for part in parts:
        events = [e for _, items in part["groups"] for e in items]
        out[part["path"]] = ("timeline.md.j2", {
            "part": part, "diagram": None, "parts": [], "timeline": [e for e in events if e.get("date")],
            "undated": [e for e in events if not e.get("date")]})
    return out


def _split_plain_lists(ctx: dict[str, Any], limits: Limits) -> dict[str, tuple[str, dict[str, Any]]]:
    """Key figures in their order and the differences by kind, split into pages titled by
    position ("1 – 200"); organizations by name ("Abbey – Labour"), when a list is longer than
    its limit."""
    out: dict[str, tuple[str, dict[str, Any]]] = {}
    for page, folder, key, template, size in (
        ("figures.md", "figures", "figures", "figures.md.j2", limits.figures),
        ("differences.md", "differences", "discrepancies", "differences.md.j2", limits.differences),
        ("organizations/index.md", "organizations/all", "organizations", "organizations.md.j2", limits.organizations),
    ):
        items = ctx[key]
        if len(items) <= size:
            continue
        if key == "organizations":
            items = sorted(items, key=lambda o: (o["name"].casefold(), o["id"]))
            label = lambda _, item: item["name"]  # noqa: E731
        else:
            if key == "discrepancies":  # real disagreements on the first pages, wording on the last
                items = [d for _, _, group in difference_kinds(items) for d in group]
            position = {id(item): n for n, item in enumerate(items, 1)}
            label = lambda _, item, position=position: str(position[id(item)])  # noqa: E731
        parts = _parts(folder, _paginate([("", items)], size), label)
        out[page] = ("parts.md.j2", {"title": _TITLES[key], "parts": parts, "kind": key})
        for part in parts:
            out[part["path"]] = (template, {"part": part, key: [item for _, run in part["groups"] for item in run]})
    return out


_TITLES = {"figures": "Key figures", "discrepancies": "How the sources differ", "organizations": "Organizations"}


def _grouped(items: list[dict[str, Any]], key: Any) -> list[Group]:
    """Consecutive items with the same key, as (key, items) groups."""
    groups: list[Group] = []
    for item in items:
        k = key(item)
        if groups and groups[-1][0] == k:
            groups[-1][1].append(item)
        else:
            groups.append((k, [item]))
    return groups


def _source_body(text: str, marks: dict[int, Mark], base: str = "../") -> list[str]:
    """Article paragraphs, escaped, each evidence sentence wrapped in a span whose id is its
    `#ev-N` anchor (highlighted when it is the link's target), up to its end or the next
    sentence (a bare anchor when its end is unknown); after a paragraph, a line linking to the
    facts its sentences support. `marks` maps each evidence start offset to its `Mark`."""
    paragraphs: list[str] = []
    offset = 0
    for para in text.split("\n"):
        cuts = sorted(a for a in marks if offset <= a < offset + len(para))
        pieces, last, supports = [], 0, []
        for n, a in enumerate(cuts):
            mark, start = marks[a], a - offset
            stop = min(len(para), cuts[n + 1] - offset if n + 1 < len(cuts) else len(para))
            end = min(stop, mark.end - offset) if mark.end is not None else start
            pieces.append(inert(para[last:start]))
            if end > start:
                pieces.append(f'<span id="ev-{a}" class="evidence">{inert(para[start:end])}</span>')
            else:
                pieces.append(f'<a id="ev-{a}"></a>')
            last = max(start, end)
            supports += [s for s in mark.supports if s not in supports]
        pieces.append(inert(para[last:]))
        if para.strip():
            paragraphs.append("".join(pieces))
            if supports:
                links = " · ".join(f"[{inert(label)}]({base}{page})" for label, page in supports)
                paragraphs.append(f"*Supports:* {links}\n{{: .evidence-supports }}")
        offset += len(para) + 1
    return paragraphs


def render_pages(
    sheets: Sheets, templates_dir: Path, article_texts: dict[str, str] | None = None, limits: Limits | None = None,
    story: Any = None,
    outlets: dict[str, dict[str, str]] | None = None,
) -> dict[str, str]:
    """Fact sheets -> {page path: Markdown}. `article_texts` maps source id -> body text;
    `limits` bound what one page or diagram holds (a story within them renders as it always has);
    `story` is what the editor says of the story (`glance.read_story`), if anything;
    `outlets` are the editor's descriptions of outlets (`generator.outlets.read`)."""
    from generator import coverage

    env = environment(templates_dir)
    sheets = safe_ids(sheets)
    article_texts = {safe_id(k): v for k, v in (article_texts or {}).items()}
    ctx = {**_context(sheets, story), **coverage.source_context(sheets["sources"], outlets or {})}
    split = _split_lists(ctx, limits or Limits())
    pages: dict[str, str] = {}

    def page(path: str, template: str, **extra: Any) -> None:
        base = "../" * path.count("/")
        pages[path] = _render(env, template, {**ctx, "base": base, **extra})

    for path, (template, extra) in split.items():
        page(path, template, **extra)
    for path, template in (
        ("index.md", "index.md.j2"),
        ("people/index.md", "people.md.j2"),
        ("organizations/index.md", "organizations.md.j2"),
        ("timeline.md", "timeline.md.j2"),
        ("reactions.md", "reactions.md.j2"),
        ("figures.md", "figures.md.j2"),
        ("differences.md", "differences.md.j2"),
        ("relationships.md", "relationships.md.j2"),
        ("tags.md", "tags.md.j2"),
        ("sources/index.md", "sources.md.j2"),
    ):
        if path not in split:
            page(path, template)
    for person in sheets["people"]:
        page(f"people/{person['id']}.md", "person.md.j2", person=person)
    for org in sheets["organizations"]:
        page(f"organizations/{org['id']}.md", "organization.md.j2", org=org)
    marks = coverage.evidence_marks(sheets, ctx)
    page("coverage.md", "coverage.md.j2", **coverage.coverage_context(ctx))
    for source in sheets["sources"]:
        body = article_texts.get(source["id"])
        paragraphs = _source_body(body, marks.get(source["id"], {})) if body is not None else []
        page(f"sources/{source['id']}.md", "source.md.j2", source=source, paragraphs=paragraphs)
    return pages


def _render(env: jinja2.Environment, template: str, ctx: dict[str, Any]) -> str:
    try:
        return env.get_template(template).render(ctx)
    except jinja2.TemplateNotFound:
        raise ExplainerError(f"template {template} is missing", env.loader.searchpath[0]) from None  # type: ignore[union-attr]
    except jinja2.TemplateSyntaxError as exc:
        raise ExplainerError(f"template error: {exc.message}", exc.filename or template, exc.lineno) from None
    except Exception as exc:  # anything an edited template can raise while it runs, at its line
        frames = [f for f in traceback.extract_tb(exc.__traceback__) if f.filename.endswith(".j2")]
        where = (frames[-1].filename, frames[-1].lineno) if frames else (Path(env.loader.searchpath[0]) / template, None)  # type: ignore[union-attr]
        what = exc.message if isinstance(exc, jinja2.UndefinedError) else f"{type(exc).__name__}: {exc}"
        raise ExplainerError(f"template error: {what}", *where) from None


# ---------------------------------------------------------------------------------------
# Relations (relations.yaml): who fired, replaced, met ... whom


RELATION_EDGES = 15  # relations drawn in the relationships diagram, the best reported first
RELATION_LIST = 150  # relations listed on the relationships page (whole groups, the first by name)


def _relations_context(relations: list[dict[str, Any]], name_of: Any) -> dict[str, Any]:
    """The relations grouped by who did it (by name, then relation and object's name), each
    party's relations (for its page), and the few best-reported ones for a small diagram."""

    def order(r: dict[str, Any]) -> tuple[str, str, str, str]:
        return (name_of(r["object"]).casefold(), r["relation"], str(r.get("date") or ""), r["id"])

    by_subject: dict[str, list[dict[str, Any]]] = defaultdict(list)
    of_party: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for r in relations:
        by_subject[r["subject"]].append(r)
        for party in dict.fromkeys((r["subject"], r["object"])):
            of_party[party].append(r)
    groups, listed = [], 0
    for ref, rs in sorted(by_subject.items(), key=lambda kv: (name_of(kv[0]).casefold(), kv[0])):
        if groups and listed + len(rs) > RELATION_LIST:
            break
        groups.append((ref, sorted(rs, key=order)))
        listed += len(rs)
    edges = sorted(relations, key=lambda r: (-len(r.get("sources") or []), r["id"]))[:RELATION_EDGES]
    return {
        "relations": relations,
        "relation_groups": groups,
        "relations_unlisted": len(relations) - listed,
        "relations_of": {ref: sorted(rs, key=lambda r: (r["relation"], order(r))) for ref, rs in of_party.items()},
        "relation_edges": sorted(edges, key=lambda r: r["id"]),
    }
