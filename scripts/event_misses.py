"""Where the events of a development set go wrong: per gold file, each gold event no predicted
event matches (with the predicted events that meet two of its three conditions: D date, K a
keyword, P the person) and each predicted event that matches none (FP) or one already matched
(DUP), with its date, date text, people and the sentences it comes from.

    .venv/bin/python scripts/event_misses.py [--set modern|modern_b|modern_c|modern_d|bbc] [NAME ...]

Matching is `generator.evaluate`'s (the shared scorer's): same date at the gold precision, a
gold keyword in the summary, the gold person among the people or named in the summary. The
articles are read from ../shared at run time; nothing is copied into the project. Counts of
the kinds of miss (person missing, keyword missing, date wrong, not found) close the report.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = {"bbc": ("tests/dev", "bbc"), "modern": ("tests/dev_modern", "allsides"), "modern_b": ("tests/dev_modern_b", "allsides"),
        "modern_c": ("tests/dev_modern_c", "allsides"),
        "modern_d": ("tests/dev_modern_d", "allsides")}


def conditions(r, g: dict, e: dict) -> tuple[bool, bool, bool]:
    """Whether predicted event `e` has gold event `g`'s date, one of its keywords, its person."""
    from generator.evaluate import _date_match, norm

    text = norm(e.get("summary") or "")
    people = {r.ref(x) for x in e.get("people") or []}
    person = not g.get("people") or bool(set(g["people"]) & people or any(norm(n) in text for n in g["people"]))
    return _date_match(g["date"], e.get("date")), any(norm(k) in text for k in g.get("keywords", [])), person


def main() -> None:
    from generator import evaluate, facts, ingest
    from generator.evaluate import _Resolver
    from generator.extract import extract_articles
    from generator.merge import merge

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=SETS, default="modern")
    parser.add_argument("names", nargs="*", help="gold file names (stems) to report; all by default")
    args = parser.parse_args()
    folder, corpus = SETS[args.set]
    shared = ROOT.parent / "shared" / "corpus" / corpus
    work = Path(tempfile.mkdtemp())
    groups, articles = [], []
    for path in sorted((ROOT / folder).glob("*.yaml")):
        if args.names and path.stem not in args.names:
            continue
        gold = evaluate.read_gold(path)
        (work / path.stem).mkdir()
        for name in gold.get("articles") or [gold["article"]]:
            shutil.copy(shared / name, work / path.stem / Path(name).name)
        read = ingest.read_articles(work / path.stem).articles
        published = date.fromisoformat(str(gold["published"])) if gold.get("published") else None
        for article in read:
            article.published = article.published or published
        groups.append((path.stem, gold, read))
        articles += read
    extracted = extract_articles(articles, workers=2)
    kinds: Counter[str] = Counter()
    totals = Counter()
    start = 0
    for stem, gold, read in groups:
        sheets = facts.to_sheets(merge(extracted[start : start + len(read)]))
        start += len(read)
        gold_e = gold.get("events") or []
        if not gold_e:
            continue
        r = _Resolver(gold, sheets.get("people", []), sheets.get("organizations", []))
        predicted = sheets.get("events", [])

        matched: dict[int, int] = {}
        status = []
        for n, e in enumerate(predicted):
            hit = None
            for i, g in enumerate(gold_e):
                if all(conditions(r, g, e)):
                    hit = i
                    if i not in matched:
                        break
            if hit is not None and hit not in matched:
                matched[hit] = n
                status.append(("TP", hit))
            else:
                status.append(("DUP" if hit is not None else "FP", hit))
        totals.update(tp=len(matched), pred=len(predicted), gold=len(gold_e))
        print(f"\n=== {stem}  right {len(matched)} predicted {len(predicted)} gold {len(gold_e)}  "
              f"published {', '.join(str(a.published) for a in read)}")
        for i, g in enumerate(gold_e):
            if i in matched:
                continue
            near = []
            for e in predicted:
                d, k, p = conditions(r, g, e)
                if d + k + p >= 2:
                    near.append((("D" if d else "-") + ("K" if k else "-") + ("P" if p else "-"), e))
            shapes = {s for s, _ in near}
            kind = ("person missing" if "DK-" in shapes else "keyword missing" if "D-P" in shapes
                    else "date wrong" if "-KP" in shapes else "not found")
            kinds[kind] += 1
            print(f"  MISS ({kind}) {g['date']} keywords {g.get('keywords')} people {g.get('people')}")
            for shape, e in near[:4]:
                print(f"      near [{shape}] {e.get('date')} | {e.get('summary')} | {[r.ref(x) or x for x in e.get('people') or []]}")
        for e, (st, hit) in zip(predicted, status, strict=True):
            if st == "TP":
                continue
            gold_of = "" if hit is None else f" (gold {gold_e[hit]['date']} {gold_e[hit].get('keywords', [])[:2]})"
            print(f"  {st}{gold_of} {e.get('date')} ({e.get('date_text')}) | {e.get('summary')} | "
                  f"{[r.ref(x) or x for x in e.get('people') or []]}")
            for ev in (e.get("evidence") or [])[:2]:
                print(f"       {ev.get('source')}: {(ev.get('text') or '')[:200]}")
    tp, pred, n_gold = totals["tp"], totals["pred"], totals["gold"]
    if pred and n_gold:
        print(f"\nevents P {tp / pred:.4f} R {tp / n_gold:.4f} F1 {2 * tp / (pred + n_gold):.4f} "
              f"(right {tp}, predicted {pred}, gold {n_gold})")
    print("missed gold events by kind:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))


if __name__ == "__main__":
    main()
