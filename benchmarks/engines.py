"""Benchmark: what each site engine costs per page, on the same generated pages in the same run.

    nice -n 10 .venv/bin/python benchmarks/engines.py                   # the seed story (this repository's)
    nice -n 10 .venv/bin/python benchmarks/engines.py --project DIR     # any story project
    nice -n 10 .venv/bin/python benchmarks/engines.py --runs 5

The story is copied to a temporary folder and its pages generated once (`generator.generate`:
extraction, render, build/docs). Then each engine builds that same folder into a site, `--runs`
times, each build a fresh process (`python -m <engine> build`, the explainer plugin told the
pages are ready, so only the engine is timed). A figure is the child processes' **CPU
milliseconds** (user + system) per Markdown page, the median of the runs. Zensical runs with
`--clean` (no cache from the previous run: a cold build, like the others'). Run on demand,
never in the tests; the figures are one run's on a shared machine.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator import engines, generate  # noqa: E402
from generator.site import READY  # noqa: E402

ENGINES = ("mkdocs", "properdocs", "zensical")


def copy(project: Path, target: Path) -> Path:
    for name in ("content", "templates"):
        shutil.copytree(project / name, target / name)
    shutil.copy(project / "mkdocs.yml", target / "mkdocs.yml")
    return target


def children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def build_once(engine: str, project: Path, docs: Path) -> float:
    """CPU seconds of one build of `docs` by `engine` into a fresh folder."""
    site = project / f".bench-site-{engine}"
    shutil.rmtree(site, ignore_errors=True)
    config = project / "mkdocs.yml"
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", READY: str(docs), "PYTHONPATH": str(ROOT)}
    before = children_cpu()
    if engine == "zensical":
        with engines.inheriting_config(config, site_dir=site.name) as temporary:
            args = ["build", "--clean", "-f", str(temporary)]
            result = subprocess.run([sys.executable, "-m", engine, *args], cwd=project, capture_output=True, text=True, env=env)
    else:
        args = ["build", "-q", "-f", str(config), "-d", str(site)]
        result = subprocess.run([sys.executable, "-m", engine, *args], cwd=project, capture_output=True, text=True, env=env)
    spent = children_cpu() - before
    if result.returncode != 0:
        raise SystemExit(f"{engine} failed: {result.stderr[-2000:]}")
    if not (site / "index.html").is_file():
        raise SystemExit(f"{engine} built no site in {site}")
    return spent


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--project", type=Path, default=ROOT, help="story project (default: this repository's seed story)")
    parser.add_argument("--runs", type=int, default=3)
    args = parser.parse_args()
    missing = [e for e in ENGINES if importlib.util.find_spec(e) is None]
    if missing:
        raise SystemExit(f"not installed: {', '.join(missing)}; pip install '.[engines]'")
    with tempfile.TemporaryDirectory() as tmp:
        project = copy(args.project.resolve(), Path(tmp) / "story")
        made = generate.generate(project)
        pages = sum(1 for _ in made.folder.rglob("*.md"))
        print(f"{args.project}: {pages} Markdown pages generated into build/docs ({made.files} files); "
              f"median of {args.runs} cold builds per engine, CPU ms (user + system)")
        print(f"{'engine':12} {'build CPU ms':>13} {'CPU ms / page':>14}")
        for engine in ENGINES:
            spent = statistics.median(build_once(engine, project, made.folder) for _ in range(args.runs))
            print(f"{engine:12} {spent * 1000:13.0f} {spent * 1000 / pages:14.1f}")


if __name__ == "__main__":
    main()
