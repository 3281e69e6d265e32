"""Benchmark: how a big story's site behaves in the browser (issue 18): every page's HTML
size and how long it takes to be ready, and how long search takes to answer.

    nice -n 10 .venv/bin/python benchmarks/browser.py                  # a synthetic story of 2,000 articles
    nice -n 10 .venv/bin/python benchmarks/browser.py --site site/     # any site already built
    nice -n 10 .venv/bin/python benchmarks/browser.py --all            # every page, not the largest of each folder

The synthetic story (`tests/big_story.py`: 2,000 articles, 2,500 people, 1,200 events,
3,000 statements) is rendered by `render_pages` and built by `mkdocs build` into a temporary
folder. The site is served on 127.0.0.1 and opened in Debian's Chromium (headless, the flags
of the browser tests) at 1280×900, one page at a time, with nothing cached between pages.

A page is **ready** when the DOM is loaded (`domContentLoadedEventEnd`) and the last long task
of the main thread (Long Tasks API, over 50 ms: parsing, layout, Mermaid drawing) has ended,
measured from the start of navigation; the target is 2 s. The pages measured are every page
at the top of the site, every index page, and the largest HTML page of each folder (with
`--all`, every page). **Search** is timed from the last key typed into the search box to the
first result shown, for a surname typed at once after the home page loads (the index is still
being fetched and built) and again after the search index has been built.

Run on demand, never in the tests; the figures are one run's on a shared machine.
"""

from __future__ import annotations

import argparse
import functools
import http.server
import json
import sys
import tempfile
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

CHROMIUM = "/usr/bin/chromium"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
READY_TARGET_MS = 2000
HTML_TARGET_BYTES = 1_000_000
QUIET_MS = 1000  # no new long task for this long: the page has settled
LONG_TASKS = """
window.__longTasksEnd = 0;
new PerformanceObserver(list => {
  for (const e of list.getEntries()) window.__longTasksEnd = Math.max(window.__longTasksEnd, e.startTime + e.duration);
}).observe({type: "longtask", buffered: true});
"""


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


@contextmanager
def served(site: Path) -> Iterator[str]:
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        server.shutdown()


def synthetic_site(where: Path) -> tuple[Path, str]:
    """The synthetic big story built into `where`; its site and a surname to search for."""
    from big_story import big_story, build_site

    from generator.render import render_pages

    sheets, texts = big_story()
    pages = render_pages(sheets, ROOT / "templates", texts)
    started = time.perf_counter()
    site = build_site(pages, where / "story")
    print(f"synthetic story: {len(sheets['sources']):,} articles, {len(pages):,} pages, built in "
          f"{time.perf_counter() - started:.0f} s wall", flush=True)
    return site, sheets["people"][len(sheets["people"]) // 2]["name"].split()[-1]


def pages_to_measure(site: Path, every: bool) -> list[Path]:
    """Every page, or: those at the top, every index page, and the largest page of each folder."""
    pages = sorted(site.rglob("index.html"))
    if every:
        return pages
    chosen = {p for p in pages if len(p.relative_to(site).parts) <= 2}  # the home page and /timeline/, /tags/, ...
    chosen |= {p for p in pages if p.parent.name in ("people", "organizations", "sources", "timeline", "reactions", "tags")}
    largest: dict[Path, Path] = {}
    for p in pages:
        folder = p.parent.parent
        if folder not in largest or p.stat().st_size > largest[folder].stat().st_size:
            largest[folder] = p
    return sorted(chosen | set(largest.values()))


def ready_ms(browser: Any, url: str) -> dict[str, float]:
    """Milliseconds from navigation to DOMContentLoaded, to the last long task's end, and the
    later of the two (ready)."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_init_script(LONG_TASKS)
    page = context.new_page()
    page.goto(url, wait_until="load", timeout=120_000)
    last, settled = -1.0, time.perf_counter()
    while time.perf_counter() - settled < QUIET_MS / 1000:  # wait until the long tasks stop
        end = page.evaluate("window.__longTasksEnd")
        if end != last:
            last, settled = end, time.perf_counter()
        page.wait_for_timeout(100)
    dcl = page.evaluate("performance.getEntriesByType('navigation')[0].domContentLoadedEventEnd")
    context.close()
    return {"dcl": dcl, "long_tasks_end": last, "ready": max(dcl, last)}


def search_ms(browser: Any, url: str, query: str, wait_first_ms: int) -> float:
    """Milliseconds from the last key of `query` typed into the search box to the first result
    shown; typing starts `wait_first_ms` after the home page has loaded."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(url, wait_until="load", timeout=120_000)
    page.wait_for_timeout(wait_first_ms)
    page.locator("input.md-search__input").click()
    page.keyboard.type(query)
    typed = time.perf_counter()
    page.locator(".md-search-result__item").first.wait_for(timeout=120_000)
    elapsed = 1000 * (time.perf_counter() - typed)
    context.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--site", type=Path, help="a built site to measure (default: build the synthetic big story)")
    parser.add_argument("--query", help="what to search for (default: a surname of the synthetic story)")
    parser.add_argument("--all", action="store_true", help="measure every page")
    parser.add_argument("--json", type=Path, help="also write every figure to this file")
    args = parser.parse_args()
    from playwright.sync_api import sync_playwright

    with tempfile.TemporaryDirectory() as tmp:
        site, query = (args.site, args.query) if args.site else synthetic_site(Path(tmp))
        if not query:
            raise SystemExit("--query is needed with --site")
        index = site / "search/search_index.json"
        results: dict[str, Any] = {"search_index_bytes": index.stat().st_size if index.exists() else None, "pages": {}}
        with served(site) as base, sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS)
            for page in pages_to_measure(site, args.all):
                folder = page.parent.relative_to(site)
                path = "" if folder == Path(".") else folder.as_posix() + "/"
                timing = ready_ms(browser, base + path)
                results["pages"][path] = {"html_bytes": page.stat().st_size, **timing}
                ok = timing["ready"] <= READY_TARGET_MS and page.stat().st_size <= HTML_TARGET_BYTES
                print(f"{'' if ok else 'MISSED '}{'/' + path:40} {page.stat().st_size / 1e6:6.2f} MB  DOM {timing['dcl']:6.0f} ms  "
                      f"ready {timing['ready']:6.0f} ms", flush=True)
            results["search_at_once_ms"] = search_ms(browser, base, query, 0)
            results["search_after_index_ms"] = search_ms(browser, base, query, 5000)
            browser.close()
    worst = max(results["pages"].items(), key=lambda kv: kv[1]["ready"])
    biggest = max(results["pages"].items(), key=lambda kv: kv[1]["html_bytes"])
    print(f"\n{len(results['pages'])} pages; slowest to be ready: {worst[0]} {worst[1]['ready']:.0f} ms "
          f"(target ≤ {READY_TARGET_MS} ms: {'met' if worst[1]['ready'] <= READY_TARGET_MS else 'MISSED'}); largest HTML: "
          f"{biggest[0]} {biggest[1]['html_bytes'] / 1e6:.2f} MB (target ≤ 1 MB: "
          f"{'met' if biggest[1]['html_bytes'] <= HTML_TARGET_BYTES else 'MISSED'})")
    if results["search_index_bytes"] is not None:
        print(f"search index: {results['search_index_bytes'] / 1e6:.1f} MB")
    print(f"search for {query!r}: first result {results['search_at_once_ms']:.0f} ms after typing at once on load, "
          f"{results['search_after_index_ms']:.0f} ms once the index is built")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
