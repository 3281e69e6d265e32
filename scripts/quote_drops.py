"""Quotations a development set's articles hold that are never published because no rule found
their speaker (none found an unnamed source the text gives, and the learned chooser of
`learned_speakers.py` picked no one), each set against the gold:

- `gold-none`: a gold quotation with no speaker (the annotator found none named either);
- `previous-right` / `previous-wrong`: a gold quotation with a speaker, and the speaker of the
  statement before it in the same article is / is not that speaker;
- `no-previous`: a gold quotation with a speaker, and no statement with a speaker before it;
- `not-gold`: no gold quotation shares 70% of its words (a title, a slogan, a term).

    .venv/bin/python scripts/quote_drops.py [--set SET] [--list] [NAME ...]

It prints the counts per class (with `--list`, each quotation, its class and its sentence). This
is what a fallback for unattributed quotations would have to sort out: publishing them all with
no speaker raises the quotes measure on every set but lowers quote+speaker wherever the gold
has the speaker (docs/quality.md, "Twenty-seventh session"). The held-out set is never read.
The articles are read from ../shared at run time; nothing is copied into the project.
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

from benchmarks.dev_scores import SETS  # noqa: E402

DEV_SETS = {name: where for name, where in SETS.items() if name != "held_out"}


def drops(doc) -> list[tuple[object, str | None]]:
    """The quotations of a processed `doc` no rule gave a speaker or an unnamed source (four
    words or more), each with the name of the speaker of the statement before it, if any."""
    out, previous = [], None
    entities = doc._.mentions.entities
    for q in doc._.quotes:
        if q.speaker is None and not q.speaker_text and len(q.text.split()) >= 4:
            out.append((q, previous))
        elif q.speaker and q.speaker in entities:
            previous = entities[q.speaker].name
    return out


def classify(text: str, previous: str | None, gold: dict) -> tuple[str, str | None]:
    """The class of a dropped quotation (see the module's doc) and its gold speaker."""
    from generator.evaluate import norm, overlap

    best = max(gold.get("quotes") or [], key=lambda g: overlap(g["text"], text), default=None)
    if best is None or overlap(best["text"], text) < 0.7:
        return "not-gold", None
    speaker = best.get("speaker")
    if speaker is None:
        return "gold-none", None
    if previous is None:
        return "no-previous", speaker
    person = next((p for p in gold.get("people") or [] if p["name"] == speaker), {"name": speaker})
    names = {norm(n) for n in [person["name"], *(person.get("aliases") or [])]}
    said = norm(previous)
    right = said in names or any(said.split()[-1:] == n.split()[-1:] for n in names)
    return ("previous-right" if right else "previous-wrong"), speaker


def main() -> None:
    from generator import evaluate, ingest
    from generator.extract import components, nlp

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--set", dest="dev_set", choices=sorted(DEV_SETS), default="modern")
    parser.add_argument("--list", action="store_true", help="also list each quotation with its class and sentence")
    parser.add_argument("names", nargs="*", help="only gold files whose name contains one of these")
    args = parser.parse_args()
    folder, corpus = DEV_SETS[args.dev_set]
    shared = ROOT.parent / "shared" / "corpus" / corpus
    model = nlp.load()
    counts: Counter[str] = Counter()
    for path in sorted((ROOT / folder).glob("*.yaml")):
        if args.names and not any(n in path.stem for n in args.names):
            continue
        gold = evaluate.read_gold(path)
        work = Path(tempfile.mkdtemp(prefix="explainer-drops-"))
        try:
            for name in gold.get("articles") or [gold["article"]]:
                shutil.copy(shared / name, work / Path(name).name)
            articles = ingest.read_articles(work).articles
        finally:
            shutil.rmtree(work)
        published = date.fromisoformat(str(gold["published"])) if gold.get("published") else None
        for article in articles:
            doc = next(iter(nlp.parse(model, [article.body], batch_size=1)))
            components.run(doc, article.published or published, own=article.published is not None)
            for q, previous in drops(doc):
                kind, speaker = classify(q.text, previous, gold)
                counts[kind] += 1
                if args.list:
                    print(f"{kind:<15} {path.stem}  gold: {speaker}  before: {previous}\n    {q.sentence[:240]!r}")
            doc.user_data.clear()
    print("  ".join(f"{k} {counts[k]}" for k in ("gold-none", "previous-right", "previous-wrong", "no-previous", "not-gold")))


if __name__ == "__main__":
    main()
