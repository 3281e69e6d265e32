"""`mkdocs serve` and `explainer serve` rebuild and reload when content or templates change."""

from __future__ import annotations

import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    with urllib.request.urlopen(url, timeout=5) as response:
        return response.read().decode()


def wait_for(url: str, needle: str, seconds: float = 90) -> str:
    deadline = time.monotonic() + seconds
    last = ""
    while time.monotonic() < deadline:
        try:
            last = fetch(url)
            if needle in last:
                return last
        except OSError:
            pass
        time.sleep(0.5)
    raise AssertionError(f"{needle!r} never appeared at {url}")


@pytest.mark.parametrize("command", ["mkdocs", "explainer"])
def test_serve_reloads_on_template_and_article_change(project: Path, command: str) -> None:
    port = free_port()
    args = (
        [sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}"]
        if command == "mkdocs"
        else [sys.executable, "-m", "generator", "serve", "-a", f"127.0.0.1:{port}"]
    )
    server = subprocess.Popen(args, cwd=project, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        base = f"http://127.0.0.1:{port}/"
        page = wait_for(base + "people/", "Herzi Halevi")
        assert "livereload" in page  # the browser is told to reload
        template = project / "templates/people.md.j2"
        template.write_text(template.read_text().replace("# Who's who", "# Who's who now"))
        wait_for(base + "people/", "now")
        (project / "content/articles/002_new.txt").write_text(
            "---\npublished: 2025-01-22\n---\nA new article\nGeneral Eyal Zamir was named the new chief of staff on Wednesday.\n"
        )
        wait_for(base + "people/", "Eyal Zamir")
    finally:
        server.terminate()
        server.wait(timeout=20)
