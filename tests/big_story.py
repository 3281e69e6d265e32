"""A synthetic story of any size, for the big-story tests and the browser benchmark: fact
sheets made directly (no extraction), every fact citing real sentences of short synthetic
articles, and the site MkDocs builds from its pages."""

from __future__ import annotations

import os
import random
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
SYLLABLES = ["ka", "lo", "mi", "ren", "tor", "vah", "zel", "bru", "dan", "fe", "gor", "hil", "jun", "qua", "sto", "wyn"]
STANCES = ["supports", "opposes", "mixed", None]


def _word(rng: random.Random, parts: int) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(parts)).capitalize()


def _unique_names(rng: random.Random, count: int, words: int) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    while len(names) < count:
        name = " ".join(_word(rng, rng.randint(2, 3)) for _ in range(words))
        if name not in seen:
            seen.add(name)
            names.append(name)
    return names


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-")


def big_story(
    people: int = 2500, orgs: int = 300, dated: int = 900, undated: int = 300, reactions: int = 3000,
    sources: int = 2000, figures: int = 600, discrepancies: int = 150, seed: int = 18,
) -> tuple[dict[str, list[dict[str, Any]]], dict[str, str]]:
    """Fact sheets and article texts of a story of the given size: every fact cites real
    sentences of short synthetic articles, dates span three years."""
    rng = random.Random(seed)
    texts: dict[str, str] = {}
    sentences: dict[str, list[tuple[int, int, str]]] = {}
    source_sheet = []
    start_day = date(2022, 1, 1)
    for i in range(sources):
        sid = f"{i:04d}-story"
        lines = [f"{_word(rng, 2)} {_word(rng, 3)} reported on day {i}."]
        lines += [f"{_word(rng, 3)} said {_word(rng, 2).lower()} {_word(rng, 2).lower()} number {j}." for j in range(4)]
        body, spans, offset = "", [], 0
        for line in lines:
            spans.append((offset, offset + len(line), line))
            body += line + " "
            offset += len(line) + 1
        texts[sid] = body.strip()
        sentences[sid] = spans
        published = start_day + timedelta(days=i * 1095 // sources)
        source_sheet.append({"id": sid, "title": f"Report {i}: {_word(rng, 3)} {_word(rng, 2)}", "path": f"content/articles/{sid}.txt",
                             "words": len(body.split()), "published": published.isoformat(), "outlet": "Synthetic News"})
    source_ids = [s["id"] for s in source_sheet]

    def cite(count: int) -> tuple[list[str], list[dict[str, Any]]]:
        chosen = sorted(rng.sample(source_ids, count))
        evidence = []
        for sid in chosen:
            s, e, text = rng.choice(sentences[sid])
            evidence.append({"source": sid, "text": text, "start": s, "end": e})
        return chosen, evidence

    def sourced(entry: dict[str, Any], most: int = 4) -> dict[str, Any]:
        ids, evidence = cite(rng.choice([1, 1, 1, 2, 3, most]))
        entry["sources"] = ids
        if len(ids) == 1:
            entry["single_source"] = True
        entry["evidence"] = evidence
        return entry

    org_names = [f"{n} Council" for n in _unique_names(rng, orgs, 1)]
    org_sheet = [sourced({"id": _slug(n), "name": n, "aliases": []}) for n in org_names]
    person_names = _unique_names(rng, people, 2)
    person_sheet = []
    for n in person_names:
        roles = []
        if rng.random() < 0.6:
            _, evidence = cite(1)
            roles.append({"title": rng.choice(["Minister", "Spokesperson", "Chair", "Adviser"]),
                          "organization": rng.choice(org_names[: max(1, orgs // 3)] if rng.random() < 0.5 else org_names),
                          "evidence": evidence})
        person_sheet.append(sourced({"id": _slug(n), "name": n, "aliases": [n.split()[-1]], "roles": roles}))
    person_ids = [p["id"] for p in person_sheet]
    event_sheet = []
    for i in range(dated + undated):
        day = start_day + timedelta(days=rng.randrange(1095))
        when = {"date": day.isoformat(), "date_text": day.strftime("%B %d")} if i < dated else {"date": None, "date_text": "last week"}
        summary = f"{_word(rng, 3)} {_word(rng, 2).lower()} {_word(rng, 3).lower()} {_word(rng, 3).lower()} event {i}"
        event_sheet.append(sourced({"id": f"event-{i}", **when, "summary": summary, "headline": summary,
                                    "people": sorted(rng.sample(person_ids, rng.randint(0, 3))), "organizations": []},
                                   most=12 if rng.random() < 0.02 else 4))
    reaction_sheet = []
    speakers = person_ids[: max(1, people // 3)]
    for i in range(reactions):
        speaker = speakers[min(len(speakers) - 1, int(rng.paretovariate(1.2)) - 1)] if i % 3 == 0 else rng.choice(speakers)
        entry = {"id": f"{speaker}-said-{i}", "speaker": speaker, "kind": rng.choice(["quote", "paraphrase"]),
                 "text": f"We {_word(rng, 2).lower()} the {_word(rng, 3).lower()} plan number {i}"}
        stance = rng.choice(STANCES)
        if stance:
            entry["stance"] = stance
        reaction_sheet.append(sourced(entry))
    figure_sheet = [sourced({"id": f"figure-{i}", "value": i * 7, "text": f"{i * 7:,}", "what": f"{_word(rng, 3).lower()} counted"})
                    for i in range(figures)]
    discrepancy_sheet = []
    for i in range(discrepancies):
        ids, evidence = cite(2)
        discrepancy_sheet.append({"id": f"difference-{i}", "what": f"number of {_word(rng, 3).lower()}",
                                  "values": {sid: f"{rng.randint(1, 900)} people" for sid in ids}, "evidence": evidence})
    sheets = {"sources": source_sheet, "people": person_sheet, "organizations": org_sheet, "events": event_sheet,
              "reactions": reaction_sheet, "figures": figure_sheet, "discrepancies": discrepancy_sheet}
    return sheets, texts


def build_site(pages: dict[str, str], project: Path) -> Path:
    """The story built by MkDocs as the project builds it, with the pages given directly
    instead of through the explainer plugin (which would extract them from articles)."""
    from generator.generate import CSS_URI, MERMAID_URI, mermaid_script

    docs = project / "docs"
    for path, markdown in pages.items():
        (docs / path).parent.mkdir(parents=True, exist_ok=True)
        (docs / path).write_text(markdown, encoding="utf-8")
    for uri, source in ((CSS_URI, ROOT / "generator/assets/explainer.css"), (MERMAID_URI, mermaid_script(ROOT))):
        if source is None:
            raise RuntimeError("Mermaid is not installed (npm ci)")
        (docs / uri).parent.mkdir(parents=True, exist_ok=True)
        shutil.copy(source, docs / uri)
    config = (ROOT / "mkdocs.yml").read_text(encoding="utf-8")
    config = re.sub(r"\n  - explainer\b.*", "", config.replace("docs_dir: build/docs", "docs_dir: docs"))
    config = re.sub(r"\nwatch:\n(  - .*\n)+", "\n", config)
    (project / "mkdocs.yml").write_text(config, encoding="utf-8")  # it lists CSS_URI and MERMAID_URI
    result = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project, capture_output=True,
                            text=True, timeout=900, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    if result.returncode != 0:
        raise RuntimeError(result.stderr)
    return project / "site"
