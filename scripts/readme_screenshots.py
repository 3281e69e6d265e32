"""The README's screenshots (docs/screenshot-home.png, docs/screenshot-timeline.png): the built
site in `site/` (run `explainer build` first), in Debian's Chromium at 1280 px, light palette.

    .venv/bin/python scripts/readme_screenshots.py
"""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

from playwright.sync_api import sync_playwright

ROOT = Path(__file__).resolve().parent.parent
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
SHOTS = {"screenshot-home.png": "", "screenshot-timeline.png": "timeline/"}


class _Quiet(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass


def main() -> None:
    site = ROOT / "site"
    if not (site / "index.html").exists():
        raise SystemExit("site/index.html is missing: run `explainer build` first")
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(_Quiet, directory=str(site)))
    threading.Thread(target=server.serve_forever, daemon=True).start()
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=FLAGS)
            page = browser.new_page(viewport={"width": 1280, "height": 1100})
            page.emulate_media(color_scheme="light")
            for name, path in SHOTS.items():
                page.goto(f"http://127.0.0.1:{server.server_address[1]}/{path}")
                page.wait_for_load_state("networkidle")
                page.screenshot(path=str(ROOT / "docs" / name))
                print(f"docs/{name}")
            browser.close()
    finally:
        server.shutdown()


if __name__ == "__main__":
    main()
