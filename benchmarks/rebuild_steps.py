"""Benchmark: where a rebuild after one article changed spends its CPU time, step by step. Run on
demand, niced; never in tests.

    nice -n 10 .venv/bin/python benchmarks/rebuild_steps.py --keep /tmp/story-2223            # the middle article
    nice -n 10 .venv/bin/python benchmarks/rebuild_steps.py --keep /tmp/story-2223 --article last --repeat 3

`--keep`: a story kept by `rebuild.py` (made there first: this script extracts nothing whole).
Each round is `rebuild.py`'s: the story as it was, built in a fresh process (untimed); run.py's
sentence added to the article, whose new version the extraction cache does not have; then
`pipeline.extract` in another fresh process, with a CPU timer around each step. spaCy and the
extractor are imported before the timers start (their import is printed apart: `rebuild.py`
counts it inside the rebuild, as the article's own extraction does) and frozen out of the
collector's sight, as the model is once loaded. "Later articles": those after the checkpoint
the merge is taken up from (without one, every article but the changed one). A step's figure includes
the steps printed under it (indented); the wrappers cost well under 0.01 CPU-s in all. The
article's file is put back as it was after each round.
"""

from __future__ import annotations

import argparse
import functools
import gc
import importlib
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

# (depth, label, module, attribute): each timed where the pipeline calls it (a module's or a
# class's attribute, looked up at each call); depth: printed under the step above it
STEPS = (
    (0, "the parsed articles' file (read)", "generator.articlecache", "ParsedArticles.load"),
    (0, "reading the articles", "generator.ingest", "read_articles"),
    (0, "the inputs' digest", "generator.pipeline", "_inputs"),
    (0, "the sheets' stamps", "generator.facts", "stamps"),
    (0, "the checkpoint's file (read)", "generator.checkpoints", "read"),
    (0, "the facts, the checkpoint (if any), the parse", "generator.pipeline", "_extract_cached"),
    (1, "the later articles' facts (extraction cache)", "generator.cache", "ExtractionCache.get_all"),
    (1, "the checkpoint's states (unpickled)", "generator.merge", "Checkpoint.open"),
    (1, "the changed article's parse", "generator.extract", "extract_articles"),
    (0, "the text memo's file (read)", "generator.textmemo", "_read"),
    (0, "merge_story (from the checkpoint, if any)", "generator.merge", "_merge_story"),
    (1, "the people fold (first pass)", "generator.merge", "_PeopleFold.feed"),
    (1, "the organizations fold", "generator.merge", "_OrgFold.feed"),
    (1, "the people's second pass", "generator.merge", "_PeopleFold.finish"),
    (1, "surnames taken for bodies", "generator.merge", "_surnames_taken_for_bodies"),
    (1, "those articles' ids mapped", "generator.merge", "_mapped"),
    (1, "events, statements, figures, relations folds", "generator.merge", "_Folds.feed"),
    (1, "statements' finish", "generator.merge", "_StatementFold.finish"),
    (1, "events' finish", "generator.merge", "_EventFold.finish"),
    (1, "discrepancies", "generator.discrepancies", "find"),
    (2, "contradicting accounts", "generator.discrepancies", "_accounts"),
    (1, "the ids' aliases (_aka)", "generator.merge", "_aka"),
    (1, "the checkpoints' states pickled (a whole merge)", "generator.merge", "_States.dump"),
    (0, "the checkpoints' files written", "generator.checkpoints", "write"),
    (0, "to_sheets", "generator.facts", "to_sheets"),
    (0, "corrections applied", "generator.corrections", "apply"),
    (0, "writing the sheets", "generator.facts", "write_sheets"),
    (1, "their runs' texts (keyed by marshal bytes)", "generator.itemtext", "ItemTexts.dump"),
    (1, "the files", "generator.facts", "write_atomic"),
    (0, "the sheet texts' file (read)", "generator.itemtext", "ItemTexts.load"),
)


def _timed(spent: dict[str, list[float]], label: str, fn):  # noqa: ANN001, ANN202 - any callable
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        start = time.process_time()
        try:
            return fn(*args, **kwargs)
        finally:
            spent.setdefault(label, [0.0, 0])
            spent[label][0] += time.process_time() - start
            spent[label][1] += 1

    return wrapper


def inner(project: Path) -> None:
    """The rebuild, timed step by step, in this process (a fresh one)."""
    start = time.process_time()
    import spacy  # noqa: F401 - imported before the timers, as said above

    import generator.extract  # noqa: F401

    imports = time.process_time() - start
    # out of the collector's sight, as the extraction's own model is once loaded (extract/nlp.py):
    # else the full collection `pipeline._extract_cached` makes before loading the facts walks
    # every object of spaCy's import, which the rebuild itself makes only afterwards (0.045 CPU-s)
    gc.freeze()
    from generator import pipeline

    spent: dict[str, list[float]] = {}
    for _, _label, module, attribute in STEPS:
        owner = importlib.import_module(module)
        *path, name = attribute.split(".")
        for part in path:
            owner = getattr(owner, part)
        setattr(owner, name, _timed(spent, f"{module}.{attribute}", getattr(owner, name)))
    start = time.process_time()
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    total = time.process_time() - start
    print(f"  {'imports of spaCy and the extractor (before the timers)':55s} {imports:6.3f}")
    print(f"  {'pipeline.extract, in all':55s} {total:6.3f}  (articles parsed: {result.parsed})")
    for depth, label, module, attribute in STEPS:
        seconds, calls = spent.get(f"{module}.{attribute}", [0.0, 0])
        print(f"  {'  ' * (depth + 1)}{label:{53 - 2 * depth}s} {seconds:6.3f}  x{calls}")
    outside = total - sum(spent.get(f"{m}.{a}", [0.0])[0] for depth, _, m, a in STEPS if depth == 0)
    print(f"    {'the rest (not timed above)':53s} {outside:6.3f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--keep", type=Path, help="a story kept by rebuild.py (required)")
    parser.add_argument("--article", choices=("middle", "first", "last"), default="middle")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--inner", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.inner:
        inner(args.inner)
        return
    if args.keep is None:
        parser.error("--keep is required")
    import rebuild
    import run

    projects = sorted(args.keep.glob("story-*"))
    if not projects:
        raise SystemExit(f"no story in {args.keep}: make it with rebuild.py --keep {args.keep}")
    project = projects[0]
    changed = rebuild.chosen(project, args.article)
    kept_text = args.keep / ("original.txt" if args.article == "middle" else f"original-{changed.name}")
    if not kept_text.exists():
        raise SystemExit(f"{kept_text} is missing: run rebuild.py --keep {args.keep} --article {args.article} once first")
    original = kept_text.read_text(encoding="utf-8")
    print(f"{project.name}; the changed article: {changed.name}")
    try:
        for _ in range(args.repeat):
            changed.write_text(original, encoding="utf-8")
            run.run_stage("warm", project)  # the build before the change
            rebuild.forget(project, changed.name, original + run.CHANGE)
            changed.write_text(original + run.CHANGE, encoding="utf-8")
            with open("/proc/loadavg", encoding="ascii") as f:
                load = f.read().split()[0]
            print(f"round (load average {load}):", flush=True)
            subprocess.run([sys.executable, __file__, "--inner", str(project)], check=True)
    finally:
        changed.write_text(original, encoding="utf-8")


if __name__ == "__main__":
    main()
