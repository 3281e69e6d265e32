"""Gold and found events of development sets, lined up, with a rough class for each false event and miss.

    PYTHONPATH=$PWD .venv/bin/python benchmarks/event_lineup.py [--json DIR] SET [SET ...]

For every gold file of each SET (see benchmarks/dev_scores.py), the story's events are extracted afresh and
matched as the scorer does (generator/evaluate.py: date at the gold's precision, a gold keyword, the gold
person). Each gold event is printed found (OK) or not (MISS); each found event tp, dup (a second entry for a
gold event the merge did not join) or fp, with the gold events it nearly matches (two of date, keyword and
person). A false event's class: after-pub (dated after its source's publication), wrong-date, lacks-person,
lacks-keyword (a gold event of that day and person without the keyword: often another happening), or other;
a miss's: found-wrong-date, found-lacks-person, same-day-lacks-keyword, or nothing-day/month/year (nothing
found near it). The classes are a first sort, to be read, not a verdict. `--json DIR` also writes one file a set.
Never run it on held_out.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.dev_scores import SETS  # noqa: E402


def _line_up(gold: dict, sheets: dict) -> tuple[list[dict], list[dict]]:
    from generator import evaluate

    r = evaluate._Resolver(gold, sheets.get("people", []), sheets.get("organizations", []))
    published = {s.get("id"): str(s.get("published")) for s in sheets.get("sources", [])}
    golds = [dict(g, date=str(g["date"]), found=False) for g in gold.get("events") or []]
    found = []
    for e in sheets.get("events", []):
        text = evaluate.norm(" ".join(str(e.get(k) or "") for k in ("summary", "title", "what", "kind", "description")))
        people = {r.ref(x) for x in e.get("people") or []}
        hit, near = None, []
        for i, g in enumerate(golds):
            d = evaluate._date_match(g["date"], e.get("date"))
            k = any(evaluate.norm(w) in text for w in g.get("keywords", []))
            p = not g.get("people") or bool(set(g["people"]) & people or any(evaluate.norm(n) in text for n in g["people"]))
            if d and k and p:
                hit = i
                if not golds[i]["found"]:
                    break
            elif d + k + p >= 2:
                near.append((i, d, k, p))
        status = "fp" if hit is None else "dup" if golds[hit]["found"] else "tp"
        if status == "tp":
            golds[hit]["found"] = True
        pubs = sorted({published.get(v.get("source")) or "" for v in e.get("evidence", [])})
        found.append({"status": status, "gold": hit, "near": near, "date": e.get("date"), "date_text": e.get("date_text"),
                      "summary": e.get("summary"), "people": [r.ref(x) or x for x in e.get("people") or []], "pub": pubs,
                      "evidence": [v.get("text") for v in e.get("evidence", [])][:2]})
    return golds, found


def _false_class(e: dict) -> str:
    date, pubs = e["date"] or "", [p for p in e["pub"] if p and p != "None"]
    if pubs and date and date[: len(max(pubs))] > max(pubs)[: len(date)]:
        return "after-pub"
    if any(not d and k and p for _, d, k, p in e["near"]):
        return "wrong-date"
    if any(d and k and not p for _, d, k, p in e["near"]):
        return "lacks-person"
    if any(d and not k and p for _, d, k, p in e["near"]):
        return "lacks-keyword"
    return "other"


def _miss_class(i: int, g: dict, found: list[dict]) -> str:
    near = [n for e in found for n in e["near"] if n[0] == i]
    if any(not d and k and p for _, d, k, p in near):
        return "found-wrong-date"
    if any(d and k and not p for _, d, k, p in near):
        return "found-lacks-person"
    if any(d and not k and p for _, d, k, p in near):
        return "same-day-lacks-keyword"
    return "nothing-" + {10: "day", 7: "month"}.get(len(g["date"]), "year")


def main() -> None:
    from generator import evaluate, pipeline

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("sets", nargs="+", choices=sorted(set(SETS) - {"held_out"}))
    parser.add_argument("--json", type=Path, help="also write SET.json here")
    args = parser.parse_args()
    for name in args.sets:
        folder, corpus = SETS[name]
        corpus = ROOT.parent / "shared/corpus" / corpus
        falses, misses, out = Counter(), Counter(), []
        for path in sorted((ROOT / folder).glob("*.yaml")):
            gold = evaluate.read_gold(path)
            work = Path(tempfile.mkdtemp(prefix="explainer-lineup-"))
            try:
                for article in gold.get("articles") or [gold["article"]]:
                    shutil.copy(corpus / article, work / Path(article).name)
                sheets = pipeline.evaluate_sheets(work, gold.get("published"))
            finally:
                shutil.rmtree(work)
            golds, found = _line_up(gold, sheets)
            out.append({"gold_file": path.name, "gold": golds, "pred": found})
            print(f"### {name} {path.stem}")
            for i, g in enumerate(golds):
                cls = "" if g["found"] else _miss_class(i, g, found)
                if cls:
                    misses[cls] += 1
                print(f"  G{i} {'OK  ' if g['found'] else 'MISS'} {g['date']} {g.get('people')} {g.get('keywords')} {cls}")
            for e in found:
                cls = "" if e["status"] == "tp" else "dup" if e["status"] == "dup" else _false_class(e)
                if cls:
                    falses[cls] += 1
                print(f"  {e['status']:3} {e['date']} [{e['date_text']}] {e['summary']!r} {e['people']} {cls}")
        print(f"== {name} false events: {dict(falses.most_common())}")
        print(f"== {name} misses: {dict(misses.most_common())}")
        if args.json:
            args.json.mkdir(parents=True, exist_ok=True)
            (args.json / f"{name}.json").write_text(json.dumps(out, indent=1, default=str), encoding="utf-8")


if __name__ == "__main__":
    main()
