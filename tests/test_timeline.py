"""The timeline page: months, then days, each event's line, people, coverage and evidence;
scheduled events apart; the diagram only a few of the best-ranked events, in two columns."""

from __future__ import annotations

import re
from typing import Any

from conftest import ROOT

from generator.render import Limits, by_month_and_day, happened, render_pages, scheduled

TEMPLATES = ROOT / "templates"


def event(n: int, date: str | None, **more: Any) -> dict[str, Any]:
    text = f"The council approved plan number {n}."
    return {"id": f"e{n}", "date": date, "date_text": "", "summary": f"plan {n}", "people": [], "organizations": [],
            "sources": ["a"], "evidence": [{"source": "a", "text": text, "start": 0, "end": len(text)}], **more}


def sheets(events: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    source = {"id": "a", "title": "A headline", "outlet": "Daily Ledger", "words": 9, "path": "a.txt"}
    return {"sources": [source], "people": [], "organizations": [], "events": events, "reactions": [], "figures": [], "discrepancies": []}


def test_events_group_by_month_then_day() -> None:
    events = [event(1, "2024"), event(2, "2024-03"), event(3, "2024-03-02"), event(4, "2024-03-02"), event(5, "2024-04-09"),
              event(6, "2024-05-01", status="scheduled")]
    grouped = [(m, [(d, [e["id"] for e in items]) for d, items in days]) for m, days in by_month_and_day(happened(events))]
    assert grouped == [
        ("2024", [("Month not stated", ["e1"])]),
        ("March 2024", [("Day not stated", ["e2"]), ("2 March 2024", ["e3", "e4"])]),
        ("April 2024", [("9 April 2024", ["e5"])]),
    ]
    assert [e["id"] for e in scheduled(events)] == ["e6"]


def test_the_page_has_a_section_per_month_and_scheduled_events_apart() -> None:
    events = [event(1, "2024-03-02"), event(2, "2024-04-09"), event(3, "2024-05-01", status="scheduled"),
              event(4, None, date_text="last week")]
    page = render_pages(sheets(events), TEMPLATES, {})["timeline.md"]
    assert re.findall(r"^## (.+)$", page, re.M) == ["March 2024", "April 2024", "Scheduled", "Undated or unresolved"]
    assert page.count('<section class="timeline-month" markdown>') == 2 and page.count("### ") == 2
    scheduled_part = page.split("## Scheduled")[1].split("## Undated")[0]
    assert "plan number 3" in scheduled_part and "**1 May 2024**" in scheduled_part
    assert page.count("plan number 3") == 2  # its line and its evidence, only under Scheduled (not in the diagram)
    assert "**“last week”**" in page.split("## Undated or unresolved")[1]  # the words that could not be dated
    assert page.count("<details") == 4 and "*Reported by" not in page  # one source: no coverage line to give


def test_the_diagram_draws_at_most_the_limit_in_two_columns() -> None:
    events = [event(n, f"20{20 + n % 5}-0{1 + n % 9}-1{n % 10}") for n in range(30)]
    events.sort(key=lambda e: e["date"])
    page = render_pages(sheets(events), TEMPLATES, {})["timeline.md"]
    block = re.findall(r"``` mermaid\ntimeline\n(.*?)```", page, re.S)[0]
    labels = [label for line in block.splitlines() for label in line.split(" : ")[1:]]
    assert len(labels) == Limits().diagram_events and len(re.findall(r"^    \S", block, re.M)) <= 2
    assert all(len(label) <= 60 for label in labels)
    assert "At a glance: the 8 events" in page
