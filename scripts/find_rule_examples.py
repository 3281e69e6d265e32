"""Where a rule matters in real text: sentences of a corpus whose facts change when the rule
is turned off. A developer models a rule's invented examples on them (never copies them: the
registry's examples are invented sentences).

    .venv/bin/python scripts/find_rule_examples.py RULE_ID [RULE_ID ...] [--articles N] [--corpus DIR ...]

Reads up to N articles (default 300) from the corpora in ../shared (BBC, AllSides, PolNeAR
train), in a fixed shuffled order, and prints for each rule up to three sentences on which,
extracted alone, the facts differ with the rule on and off, with the lines that differ.
"""

from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
SHARED = ROOT.parent / "shared/corpus"
CORPORA = [SHARED / "bbc", SHARED / "allsides", SHARED / "polnear/data/train/text"]


def main() -> None:
    from generator.extract import explain, nlp, rules

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("rule_ids", nargs="+")
    parser.add_argument("--articles", type=int, default=300)
    parser.add_argument("--corpus", type=Path, action="append")
    args = parser.parse_args()
    unknown = [r for r in args.rule_ids if r not in rules.REGISTRY]
    if unknown:
        sys.exit(f"no such rule: {', '.join(unknown)}")
    files = sorted(f for c in (args.corpus or CORPORA) for f in c.rglob("*") if f.suffix in (".txt", ".md"))
    random.Random(1).shuffle(files)
    found: dict[str, list[tuple[str, list[str]]]] = {r: [] for r in args.rule_ids}

    def facts(text: str, off: set[str]) -> list[str]:
        with rules.disabled(off):
            return explain.facts_lines(explain.extract_text(text))

    for path in files[: args.articles]:
        wanted = [r for r in args.rule_ids if len(found[r]) < 3]
        if not wanted:
            break
        text = path.read_text(encoding="utf-8", errors="replace")
        whole = facts(text, set())
        for rule_id in wanted:
            if facts(text, {rule_id}) == whole:
                continue
            for sent in next(nlp.parse(nlp.load(), [text], batch_size=1)).sents:
                alone = " ".join(sent.text.split())
                on, off = facts(alone, set()), facts(alone, {rule_id})
                if on != off and len(found[rule_id]) < 3:
                    found[rule_id].append((alone, [f"- {x}" for x in on if x not in off] + [f"+ {x}" for x in off if x not in on]))
    for rule_id, hits in found.items():
        print(f"== {rule_id}: {len(hits)} sentence(s)")
        for sentence, diff in hits:
            print(f"   {sentence[:300]}")
            for line in diff[:6]:
                print(f"      {line[:200]}")


if __name__ == "__main__":
    main()
