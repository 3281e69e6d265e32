"""Benchmark: the rebuild after one article changed, at one story size, without the rest of
run.py (whose `--sizes all` takes most of an hour). Run on demand, niced; never in tests.

    nice -n 10 .venv/bin/python benchmarks/rebuild.py                 # all 2,223 BBC articles
    nice -n 10 .venv/bin/python benchmarks/rebuild.py --size 800 --repeat 3

The story is built and extracted once (every core) into `--keep` (default: a folder in the
system's temp dir named for the size), and kept there for later runs: delete it after
changing the extractor. Each round then does what run.py's "rebuild after one article
changed" line does, with run.py's own functions, each side a fresh process: the story as it
was, all cached (the build before the change, untimed); the sentence run.py adds, added to
the middle article, whose new version the cache does not have; `pipeline.extract` timed (spaCy
import and model load included), against a cold extraction of a story of that article alone.
Also a rebuild with nothing changed. CPU seconds, as in run.py. `--article last` changes the
last article in the merge's order instead (a newsroom's usual case: the newest article added
or corrected), `--article first` the first.
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import run  # noqa: E402 - benchmarks/run.py, beside this file


def middle(project: Path) -> Path:
    articles = sorted((project / "content/articles").glob("*.txt"))
    return articles[len(articles) // 2]


def chosen(project: Path, which: str) -> Path:
    """The article to change: the middle one (run.py's), or the first or last in the merge's
    order (the story's articles share one publication date, so that order is by file name, an
    article's id being its file stem): the last is a newsroom's usual case, the newest article
    added or corrected."""
    if which == "middle":
        return middle(project)
    articles = sorted((project / "content/articles").glob("*.txt"))
    return articles[0] if which == "first" else articles[-1]


def prepare(corpus: Path, n: int, keep: Path) -> Path:
    """The story of `n` articles in `keep`, extracted once; the middle article's text as it
    was is kept beside it."""
    project = keep / f"story-{n}"
    if (keep / "original.txt").exists():
        return project
    shutil.rmtree(keep, ignore_errors=True)
    keep.mkdir(parents=True)
    run.story(corpus, n, keep)
    run.cold(project)
    print(f"extracting {n} articles once into {project} ...", file=sys.stderr, flush=True)
    run.run_stage("extract", project)
    shutil.copy(middle(project), keep / "original.txt")
    return project


def forget(project: Path, name: str, text: str) -> None:
    """Remove the extraction cache's entry for an article `name` with `text`: it is parsed again."""
    from generator import cache, ingest

    probe = Path(tempfile.mkdtemp())
    try:
        (probe / name).write_text(text, encoding="utf-8")
        article = ingest.read_articles(probe).articles[0]
        (project / cache.CACHE_DIR / "articles" / f"{cache.key(article)}.pickle").unlink(missing_ok=True)
    finally:
        shutil.rmtree(probe)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/bbc")
    parser.add_argument("--size", default="all", help="articles in the story ('all': every BBC article, 2,223)")
    parser.add_argument("--repeat", type=int, default=2)
    parser.add_argument("--keep", type=Path, help="where the extracted story is kept between runs")
    parser.add_argument("--article", choices=("middle", "first", "last"), default="middle",
                        help="which article gains the sentence: run.py's middle one (default), or the first or last in merge order")
    args = parser.parse_args()
    available = sum(1 for c in run.CATEGORIES for _ in (args.corpus / c).glob("*.txt"))
    n = available if args.size == "all" else int(args.size)
    keep = args.keep or Path(tempfile.gettempdir()) / f"explainer-rebuild-{n}"
    project = prepare(args.corpus, n, keep)
    changed = chosen(project, args.article)
    kept_text = keep / ("original.txt" if args.article == "middle" else f"original-{changed.name}")
    if not kept_text.exists():  # first use of this article: its file is as extracted (each round restores it)
        shutil.copy(changed, kept_text)
    original = kept_text.read_text(encoding="utf-8")
    alone = keep / ("alone" if args.article == "middle" else f"alone-{changed.stem}") / "story-0"
    if not alone.exists():
        run.story(args.corpus, 0, alone.parent)
        (alone / "content/articles" / changed.name).write_text(original + run.CHANGE, encoding="utf-8")
    print(f"{n} articles; the changed article: {changed.name}")
    for _ in range(args.repeat):
        changed.write_text(original, encoding="utf-8")
        run.run_stage("warm", project)  # the build before the change
        forget(project, changed.name, original + run.CHANGE)
        changed.write_text(original + run.CHANGE, encoding="utf-8")
        rebuild = run.run_stage("warm", project)
        unchanged = run.run_stage("warm", project)
        run.cold(alone)
        own = run.run_stage("own", alone)
        print(f"rebuild after one article changed: {rebuild['cpu']:.2f} CPU-s (articles parsed: {rebuild['parsed']}) "
              f"against that article's own extraction {own['cpu']:.2f} CPU-s: {rebuild['cpu'] / own['cpu']:.2f}×  "
              f"{run.verdict('changed_vs_own', rebuild['cpu'] / own['cpu'])}; "
              f"nothing changed: {unchanged['cpu']:.2f} CPU-s", flush=True)
    changed.write_text(original, encoding="utf-8")


if __name__ == "__main__":
    main()
