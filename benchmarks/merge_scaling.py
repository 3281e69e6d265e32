"""Benchmark: how merge + fact sheets grow with the story (issue 18: exponent <= 1.1).

    .venv/bin/python benchmarks/merge_scaling.py [--corpus ../shared/corpus/bbc]
        [--sizes 200 415 800 all] [--repeat 3] [--cache DIR]

Stories are made of BBC articles, each given `published: 2005-01-01` as benchmarks/run.py
does: 415 is the politics folder; `all` is every readable article (2,223 of the corpus's
files); any other N takes every (total/N)-th article in file-name order, so a sample
spreads over the five categories. Every article is extracted ONCE (several CPU-minutes for
the whole corpus, on every core) and its facts are kept in a pickle in --cache (default:
a folder in the system's temp dir), reused by later runs: delete it after changing the
extractor. Then for each size a fresh process loads only that story's per-article facts,
so the heap holds what a build's would, and times `merge.merge_story` (discrepancies
included) + `facts.to_sheets` in CPU seconds (time.process_time), the best of --repeat.

Prints CPU seconds and ms per article at each size, then the growth exponent: the
least-squares slope of log(CPU s) against log(articles), against the target 1.1 (1.0 is
linear). Run on demand, niced; never part of the test suite.
"""

from __future__ import annotations

import argparse
import math
import pickle
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

TARGET = 1.1


def extracted(corpus: Path, cache: Path) -> Path:
    """The pickle of every article's facts, extracted once and kept in `cache`."""
    done = cache / "facts.pkl"
    if done.exists():
        return done
    from generator import ingest
    from generator.extract import extract_articles

    articles = cache / "articles"
    articles.mkdir(parents=True, exist_ok=True)
    for folder in sorted(p for p in corpus.iterdir() if p.is_dir()):
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (articles / f"{folder.name}-{path.stem}.txt").write_text("---\npublished: 2005-01-01\n---\n" + text)
    read = ingest.read_articles(articles)
    print(f"extracting {len(read.articles)} articles once (cached in {cache}) ...", flush=True)
    facts = extract_articles(read.articles)
    done.write_bytes(pickle.dumps(facts))
    return done


def story(facts: list, size: str) -> list:
    """The per-article facts of one story: `politics` (also `415`), `all`, or N spread evenly."""
    if size in ("415", "politics"):
        return [f for f in facts if f.sources[0].id.startswith("politics-")]
    if size == "all":
        return list(facts)
    n = int(size)
    return [facts[i * len(facts) // n] for i in range(n)]


def time_story(path: Path, repeat: int) -> float:
    """Best CPU seconds of merge + sheets on the story pickled at `path` (in this process)."""
    import gc

    from generator import facts
    from generator.merge import merge_story

    best = math.inf
    for _ in range(repeat):
        per_article = pickle.loads(path.read_bytes())
        gc.collect()
        start = time.process_time()
        facts.to_sheets(merge_story(per_article)[0])
        best = min(best, time.process_time() - start)
        del per_article
    return best


def exponent(points: list[tuple[int, float]]) -> float:
    """Least-squares slope of log(time) against log(articles)."""
    xs = [math.log(n) for n, _ in points]
    ys = [math.log(t) for _, t in points]
    mx, my = sum(xs) / len(xs), sum(ys) / len(ys)
    return sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sum((x - mx) ** 2 for x in xs)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/bbc")
    parser.add_argument("--sizes", nargs="+", default=["200", "415", "800", "all"])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--cache", type=Path, default=Path(tempfile.gettempdir()) / "explainer-merge-scaling")
    parser.add_argument("--time-story", type=Path, help=argparse.SUPPRESS)  # internal: one size, in a fresh process
    args = parser.parse_args()
    if args.time_story:
        print(time_story(args.time_story, args.repeat))
        return

    facts = pickle.loads(extracted(args.corpus, args.cache).read_bytes())
    points: list[tuple[int, float]] = []
    print(f"{'articles':>9} {'CPU s':>8} {'ms/article':>11}")
    for size in args.sizes:
        chosen = story(facts, size)
        path = args.cache / f"story-{size}.pkl"
        path.write_bytes(pickle.dumps(chosen))
        run = [sys.executable, __file__, "--time-story", str(path), "--repeat", str(args.repeat)]
        seconds = float(subprocess.run(run, check=True, capture_output=True, text=True).stdout)
        points.append((len(chosen), seconds))
        print(f"{len(chosen):>9} {seconds:>8.3f} {1000 * seconds / len(chosen):>11.2f}", flush=True)
    if len(points) > 1:
        slope = exponent(points)
        verdict = "meets" if slope <= TARGET else "misses"
        print(f"growth exponent {slope:.2f} ({points[0][0]} to {points[-1][0]} articles): {verdict} the target {TARGET}")


if __name__ == "__main__":
    main()
