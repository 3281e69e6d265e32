"""The command line and the MkDocs site, through the real commands."""

from __future__ import annotations

import html as html_module
import re
import subprocess
import sys
from pathlib import Path

from conftest import ROOT, SEED_PEOPLE


def explainer(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def mkdocs(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "mkdocs", *args], cwd=cwd, capture_output=True, text=True, timeout=300)


def text_of(page: str) -> str:
    return re.sub(r"\s+", " ", html_module.unescape(re.sub(r"<[^>]+>", " ", page)))


def test_plain_mkdocs_build_strict_names_everyone_with_roles(project: Path) -> None:
    result = mkdocs("build", "--strict", cwd=project)
    assert result.returncode == 0, result.stderr
    people = text_of((project / "site/people/index.html").read_text())
    assert "Defense Minister" in text_of((project / "site/people/israel-katz/index.html").read_text())
    for name in SEED_PEOPLE:
        assert name in people
    for role in ("Defense Minister", "Prime Minister", "Finance Minister", "Chief of Staff"):
        assert role in people
    home = text_of((project / "site/index.html").read_text())
    assert "Herzi Halevi" in home and "21 January 2025" in home
    assert (project / "site/search/search_index.json").exists()
    assert not (project / "content/pages/index.md").exists()  # pages stay in memory
    drawn = {p.parent.name for p in (project / "site").rglob("index.html") if 'class="mermaid"' in p.read_text()}
    scripted = {p.parent.name for p in (project / "site").rglob("index.html") if "mermaid.min.js" in p.read_text()}
    assert drawn == scripted == {"timeline"}  # Mermaid's script only where a diagram is drawn (the seed story states no relation to draw)


def test_untrusted_article_renders_as_text(project: Path) -> None:
    evil = (
        "---\npublished: 2025-01-22\n---\nA <b>bold</b> headline {{ config }}\n"
        'Mayor Jane Smith said "<script>alert(1)</script> and <img src=x onerror=alert(1)> are here" on Monday. '
        "See [this](javascript:alert(1)) and {% raw %} --8<-- \"/etc/passwd\".\n"
    )
    (project / "content/articles/evil.txt").write_text(evil)
    result = explainer("build", "--strict", "--project", str(project))
    assert result.returncode == 0, result.stderr
    for page in (project / "site").rglob("*.html"):
        html = page.read_text()
        assert "<script>alert" not in html and "<img src=x" not in html and 'href="javascript:' not in html
    source = (project / "site/sources/evil/index.html").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in source or "&#60;script&#62;" in source
    assert "{{ config }}" in text_of(source)


def test_new_project_builds_with_sample_and_empty(tmp_path: Path) -> None:
    for name, flags in (("sample", []), ("empty", ["--empty"])):
        target = tmp_path / name
        assert explainer("new", str(target), *flags).returncode == 0
        result = explainer("build", "--strict", "--project", str(target))
        assert result.returncode == 0, result.stderr
        assert (target / "site/index.html").exists()
    assert "Jane Doe" in (tmp_path / "sample/site/people/index.html").read_text()
    assert explainer("new", str(tmp_path / "sample")).returncode == 1  # never over a user's folder


def test_bad_input_gives_one_line_error(tmp_path: Path) -> None:
    missing = explainer("extract", str(tmp_path / "nope"), "--out", str(tmp_path / "f"))
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    assert "nope: articles folder does not exist" in missing.stderr
    (tmp_path / "empty").mkdir()
    empty = explainer("extract", str(tmp_path / "empty"), "--out", str(tmp_path / "f"))
    assert empty.returncode == 1 and "no articles found" in empty.stderr
    (tmp_path / "arts").mkdir()
    (tmp_path / "arts/good.txt").write_text("Title\nMinister Ann Lee spoke on Monday.")
    (tmp_path / "arts/bad.txt").write_text("---\npublished: someday\n---\nT\nBody")
    partial = explainer("-q", "extract", str(tmp_path / "arts"), "--out", str(tmp_path / "f"))
    assert partial.returncode == 1 and "bad.txt: front matter 'published' must be a date" in partial.stderr
    assert "Traceback" not in partial.stderr
    assert (tmp_path / "f/sources.yaml").read_text().count("id: good") == 1  # the rest still extracted


def test_render_writes_pages_inside_out(tmp_path: Path) -> None:
    result = explainer("-q", "render", "--facts", str(ROOT / "content/facts"), "--templates", str(ROOT / "templates"),
                       "--articles", str(ROOT / "content/articles"), "--out", str(tmp_path))
    assert result.returncode == 0, result.stderr
    assert "Yair Lapid" in (tmp_path / "people/index.md").read_text()
    page = (tmp_path / "people/yair-lapid.md").read_text()
    assert "Opposition leader" in page or "opposition leader" in page
