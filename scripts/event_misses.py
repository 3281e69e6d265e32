"""Where the events of a development set go wrong: per gold file, each gold event no predicted
event matches (with the predicted events that meet two of its three conditions: D date, K a
keyword, P the person) and each predicted event that matches none (FP) or one already matched
(DUP), with its date, date text, people and the sentences it comes from.

    .venv/bin/python scripts/event_misses.py [--set SET] [--classes] [--right] [NAME ...]

SET is a development set of `benchmarks/dev_scores.py` (bbc, modern ... modern_w; never held_out); `--right` also lists every right event.

Matching is `generator.evaluate`'s (the shared scorer's): same date at the gold precision, a
gold keyword in the summary, the gold person among the people or named in the summary. The
articles are read from ../shared at run time; nothing is copied into the project. Counts of
the kinds of miss (person missing, keyword missing, date wrong, not found) close the report,
then a finer tally of classes over misses and false events (`--classes`): a miss's date shape
or precision, whether a missing person or keyword is in the event's sentence (or in another
sentence, of the same outlet or another, joined to it), whether a gold event never found has a
sentence with its keyword and a date; a false event a duplicate (of the same outlet or of
another: one happening two outlets tell, not joined), a near miss, a noun phrase without a
finite verb, a date ahead, a year before publication.
"""

from __future__ import annotations

import argparse
import re
import shutil
import sys
import tempfile
from collections import Counter
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from benchmarks.dev_scores import SETS as _ALL_SETS  # noqa: E402

SETS = {name: where for name, where in _ALL_SETS.items() if name != "held_out"}  # the held-out set is never read


def conditions(r, g: dict, e: dict) -> tuple[bool, bool, bool]:
    """Whether predicted event `e` has gold event `g`'s date, one of its keywords, its person."""
    from generator.evaluate import _date_match, norm

    text = norm(e.get("summary") or "")
    people = {r.ref(x) for x in e.get("people") or []}
    person = not g.get("people") or bool(set(g["people"]) & people or any(norm(n) in text for n in g["people"]))
    return _date_match(g["date"], e.get("date")), any(norm(k) in text for k in g.get("keywords", [])), person


_WEEKDAY = re.compile(r"(?i)\b(mon|tues|wednes|thurs|fri|satur|sun)day\b")
_MONTH = re.compile(r"(?i)\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\b")
_RELATIVE = re.compile(r"(?i)\b(last|this|next|ago|earlier|later|today|tonight|tomorrow|yesterday)\b")
_YEAR = re.compile(r"\b(1[89]|20)\d\d\b")
_PERIOD = r"(?:week|weekend|month|year|spring|summer|autumn|fall|winter|(?:mon|tues|wednes|thurs|fri|satur|sun)day)"
_DATED = re.compile(r"\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d"
                    r"|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b(?!\s+[A-Z])"
                    r"|\b(?:[Ll]ast|[Tt]his|[Nn]ext|[Ee]arlier this)\s+" + _PERIOD + r"\b|\b(?:today|tonight|yesterday|tomorrow|ago)\b"
                    r"|\b(?:1[89]|20)\d\d\b")
_PRONOUN = re.compile(r"(?i)\b(he|she|his|her|they|their)\b")


def date_shape(text: str) -> str:
    """The shape of a date expression: relative, weekday, month and day, month, year."""
    text = text or ""
    if _RELATIVE.search(text):
        return "relative"
    if _WEEKDAY.search(text):
        return "weekday"
    if _MONTH.search(text):
        return "month-day" if re.search(r"\d", text.replace(_YEAR.search(text).group(0), "") if _YEAR.search(text) else text) else "month"
    return "year" if _YEAR.search(text) else "other"


def miss_class(g: dict, near: list, articles) -> str:
    """The finer class of a missed gold event from its near events and the articles' sentences."""
    from generator.evaluate import norm

    by = {s: e for s, e in reversed(near)}
    if "DK-" in by:
        text = " ".join(ev.get("text") or "" for ev in by["DK-"].get("evidence") or [])
        surnames = [n.split()[-1] for n in g.get("people") or []]
        if any(norm(s) in norm(text) for s in surnames):
            return "person missing (named in the sentence)"
        return "person missing (pronoun)" if _PRONOUN.search(text) else "person missing (title or unnamed)"
    if "D-P" in by:
        firsts = [norm((e.get("evidence") or [{}])[0].get("text")) for s, e in near if s == "D-P"]
        others = [(norm(ev.get("text")), ev.get("source") != (e.get("evidence") or [{}])[0].get("source"))
                  for s, e in near if s == "D-P" for ev in (e.get("evidence") or [])[1:]]
        if any(norm(k) in t for t in firsts for k in g.get("keywords", [])):
            return "keyword missing (summary trimmed)"
        joined = [outlet for t, outlet in others if any(norm(k) in t for k in g.get("keywords", []))]
        if joined:
            return f"keyword missing (joined: {'another outlet' if any(joined) else 'another sentence'}'s summary)"
        return "keyword missing (another sentence)"
    if "-KP" in by:
        e = by["-KP"]
        g_d, p_d = str(g["date"]), str(e.get("date"))
        if p_d.startswith(g_d) or g_d.startswith(p_d):
            return f"date precision ({date_shape(e.get('date_text'))})"
        return f"date wrong ({date_shape(e.get('date_text'))})"
    hits = sentences_of(g, articles)
    if not hits:
        return "not found (no sentence with keyword and person)"
    return "not found (dated sentence)" if any(_DATED.search(s) for s in hits) else "not found (undated sentence)"


def sentences_of(g: dict, articles) -> list[str]:
    """The articles' sentences holding one of a gold event's keywords and its person's surname."""
    from generator.evaluate import norm

    sentences = [s for a in articles for s in re.split(r"(?<=[.!?])\s+|\n+", a.body)]
    surnames = [norm(n.split()[-1]) for n in g.get("people") or []]
    return [s for s in sentences if any(norm(k) in norm(s) for k in g.get("keywords", []))
            and (not surnames or any(n in norm(s) for n in surnames))]


def duplicate(e: dict, first: dict) -> str:
    """A duplicate's class: of another outlet (no source of the event the gold event matched
    first tells it) or of the same outlet."""
    sources = {ev.get("source") for ev in e.get("evidence") or []}
    if sources.isdisjoint(ev.get("source") for ev in first.get("evidence") or []):
        return "duplicate (another outlet's)"
    return "duplicate (same outlet)"


def fp_class(e: dict, nlp, latest) -> str:
    """The finer class of a false event: a noun phrase, a date ahead, a year gone, or the rest."""
    doc = nlp(e.get("summary") or "")
    if not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in doc):
        return "noun phrase or non-finite"
    d = e.get("date")
    if not d:
        return "undated article"
    if latest and d > str(latest)[: len(d)]:
        return "date ahead"
    if latest and int(d[:4]) < latest.year:
        return "year before publication"
    return "same year, not in gold"


def main() -> None:
    from generator import evaluate, facts, ingest
    from generator.evaluate import _Resolver
    from generator.extract import extract_articles
    from generator.merge import merge

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", choices=SETS, default="modern")
    parser.add_argument("--classes", action="store_true", help="also tally finer classes of misses and false events")
    parser.add_argument("--right", action="store_true", help="also list every right event, with its evidence")
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
            article.published_assumed = article.published is None and published is not None
            article.published = article.published or published
        groups.append((path.stem, gold, read))
        articles += read
    extracted = extract_articles(articles, workers=2)
    kinds: Counter[str] = Counter()
    classes: Counter[str] = Counter()
    fp_classes: Counter[str] = Counter()
    nlp = None
    if args.classes:
        from generator.extract import nlp as nlp_module

        nlp = nlp_module.load()
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
            if args.classes:
                fine = miss_class(g, near, read)
                classes[fine] += 1
                kind = fine
                sentences = sentences_of(g, read)[:2] if fine.startswith("not found") else []
            print(f"  MISS ({kind}) {g['date']} keywords {g.get('keywords')} people {g.get('people')}")
            for sentence in sentences if args.classes else []:
                print(f"      sentence: {sentence[:220]}")
            for shape, e in near[:4]:
                print(f"      near [{shape}] {e.get('date')} | {e.get('summary')} | {[r.ref(x) or x for x in e.get('people') or []]}")
        for e, (st, hit) in zip(predicted, status, strict=True):
            if st == "TP":
                if args.classes and fp_class(e, nlp, None) == "noun phrase or non-finite":
                    fp_classes["(right ones that are noun phrases)"] += 1
                    print(f"  TP [noun phrase] {e.get('date')} ({e.get('date_text')}) | {e.get('summary')}")
                elif args.right:
                    print(f"  TP {e.get('date')} ({e.get('date_text')}) | {e.get('summary')}")
                for ev in (e.get("evidence") or [])[:2] if args.right else []:
                    print(f"       {ev.get('source')}: {(ev.get('text') or '')[:200]}")
                continue
            gold_of = "" if hit is None else f" (gold {gold_e[hit]['date']} {gold_e[hit].get('keywords', [])[:2]})"
            if args.classes:
                near_miss = any(sum(conditions(r, g, e)) >= 2 for i, g in enumerate(gold_e) if i not in matched)
                fine = duplicate(e, predicted[matched[hit]]) if st == "DUP" else "near miss" if near_miss else fp_class(
                    e, nlp, max((a.published for a in read if a.published), default=None))
                fp_classes[fine] += 1
                st = f"{st} [{fine}]"
            print(f"  {st}{gold_of} {e.get('date')} ({e.get('date_text')}) | {e.get('summary')} | "
                  f"{[r.ref(x) or x for x in e.get('people') or []]}")
            for ev in (e.get("evidence") or [])[:2]:
                print(f"       {ev.get('source')}: {(ev.get('text') or '')[:200]}")
    tp, pred, n_gold = totals["tp"], totals["pred"], totals["gold"]
    if pred and n_gold:
        print(f"\nevents P {tp / pred:.4f} R {tp / n_gold:.4f} F1 {2 * tp / (pred + n_gold):.4f} "
              f"(right {tp}, predicted {pred}, gold {n_gold})")
    print("missed gold events by kind:", ", ".join(f"{k} {v}" for k, v in kinds.most_common()))
    if args.classes:
        print("missed gold events by class:", "; ".join(f"{k} {v}" for k, v in classes.most_common()))
        print("false events by class:", "; ".join(f"{k} {v}" for k, v in fp_classes.most_common()))


if __name__ == "__main__":
    main()
