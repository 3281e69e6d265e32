"""The site build and new projects: one build at a time per project, `site/` always a whole
site, and nothing typed into `explainer new` or written by an editor becomes markup."""

from __future__ import annotations

import html
import os
import re
import subprocess
import sys
import tempfile
import threading
from html.parser import HTMLParser
from pathlib import Path
from types import SimpleNamespace
from typing import Any

import pytest
from conftest import ROOT
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from mkdocs.utils.yaml import yaml_load

from generator import pipeline
from generator.errors import ExplainerError
from generator.project import new_project


def site_config(project: Path) -> SimpleNamespace:
    """What build_site reads of a MkDocs config."""
    (project / "mkdocs.yml").touch()
    return SimpleNamespace(site_dir=str(project / "site"), config_file_path=str(project / "mkdocs.yml"))


def write_site(config: Any, marker: str = "new") -> None:
    """A stand-in for `mkdocs build`: a whole site in `config.site_dir`."""
    site = Path(config.site_dir)
    (site / "assets").mkdir(parents=True, exist_ok=True)
    (site / "index.html").write_text(marker)


def temp_folders(project: Path) -> list[str]:
    return sorted(p.name for p in project.iterdir() if p.name.startswith(".site"))


def test_a_second_build_is_refused_while_one_runs(tmp_path: Path) -> None:
    started, release, failures = threading.Event(), threading.Event(), []

    def slow_build(config: Any) -> None:
        write_site(config, "first")
        started.set()
        release.wait(timeout=120)

    def first() -> None:
        try:
            pipeline.build_site(site_config(tmp_path), slow_build)
        except BaseException as exc:  # reported by the main thread
            failures.append(exc)

    thread = threading.Thread(target=first)
    thread.start()
    try:
        assert started.wait(timeout=120)
        with pytest.raises(ExplainerError) as refused:
            pipeline.build_site(site_config(tmp_path), write_site)
    finally:
        release.set()
        thread.join()
    message = str(refused.value)
    assert "another build is running in this project" in message and "build.lock" in message and "\n" not in message
    assert not failures
    assert (tmp_path / "site/index.html").read_text() == "first" and (tmp_path / "site/assets").is_dir()
    assert temp_folders(tmp_path) == []
    pipeline.build_site(site_config(tmp_path), write_site)  # the lock is free again
    assert (tmp_path / "site/index.html").read_text() == "new"


def test_the_lock_holds_across_processes(tmp_path: Path) -> None:
    holder = (
        "import sys\nfrom pathlib import Path\nfrom generator import pipeline\n"
        "with pipeline.build_lock(Path(sys.argv[1])):\n    print('locked', flush=True)\n    sys.stdin.read()\n"
    )
    child = subprocess.Popen([sys.executable, "-c", holder, str(tmp_path)], cwd=ROOT, stdin=subprocess.PIPE,
                             stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout is not None and child.stdout.readline().strip() == "locked"
        with pytest.raises(ExplainerError, match="another build is running"):
            pipeline.build_site(site_config(tmp_path), write_site)
        assert not (tmp_path / "site").exists() and temp_folders(tmp_path) == []
    finally:
        assert child.stdin is not None
        child.stdin.close()
        child.wait(timeout=60)
    pipeline.build_site(site_config(tmp_path), write_site)
    assert (tmp_path / "site/index.html").read_text() == "new"


def test_a_command_may_hold_the_lock_around_build_site(tmp_path: Path) -> None:
    """`explainer build` can lock before it extracts; its own build_site then goes ahead."""
    with pipeline.build_lock(tmp_path) as lock:
        pipeline.build_site(site_config(tmp_path), write_site)
        assert lock == (tmp_path / ".cache/explainer/build.lock").resolve()
    assert (tmp_path / "site/index.html").read_text() == "new"


def test_a_killed_build_is_undone_and_only_our_folders_are_removed(tmp_path: Path) -> None:
    """Killed between its two renames, a build left the previous site as `.site.old-…` and no
    `site/`: the next build puts it back before anything else, even if it then fails itself."""
    for age, (name, text) in enumerate(((".site.old", "older"), (".site.old-0123abcd", "previous"), (".site.building-89abcdef", "partial"),
                                        (".site.older", "mine"), (".site.building-notes", "mine"))):
        (tmp_path / name).mkdir()
        (tmp_path / name / "index.html").write_text(text)
        os.utime(tmp_path / name, (1_700_000_000 + age, 1_700_000_000 + age))  # the newest previous site wins

    def failing_build(config: Any) -> None:
        write_site(config, "half")
        raise RuntimeError("mkdocs failed")

    with pytest.raises(RuntimeError):
        pipeline.build_site(site_config(tmp_path), failing_build)
    assert (tmp_path / "site/index.html").read_text() == "previous"
    assert temp_folders(tmp_path) == [".site.building-notes", ".site.older"]  # the user's own folders stay
    pipeline.build_site(site_config(tmp_path), write_site)
    assert (tmp_path / "site/index.html").read_text() == "new"
    assert temp_folders(tmp_path) == [".site.building-notes", ".site.older"]


# --- explainer new: nothing typed becomes YAML or markup -----------------------------------

PLAIN_KEYS = set(yaml_load((Path(__file__).parent / "../mkdocs.yml").read_text()))  # noqa: B008 - the repo's own config


@pytest.mark.parametrize("name", [
    "story\ncopyright: <img src=x onerror=alert(1)>", "a\rb", "tab\there", "nul\x1fx", "del\x7fx",
    "line\u2028sep", "para\u2029sep", "rtl\u202eevil", "iso\u2066late",
])
def test_new_refuses_a_folder_name_with_control_characters(tmp_path: Path, name: str) -> None:
    with pytest.raises(ExplainerError) as refused:
        new_project(tmp_path / name)
    message = str(refused.value)
    assert "control character" in message and "\n" not in message and "\r" not in message and "\u2028" not in message
    assert list(tmp_path.iterdir()) == []


FOLDER_NAMES = st.text(st.characters(blacklist_categories=("Cs",), blacklist_characters="/\x00"), min_size=1, max_size=24).filter(
    lambda n: n not in (".", "..")
)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(FOLDER_NAMES, st.sampled_from(['<img src=x onerror=alert(1)>', 'a" b: c', "x}{y", "&amp;", "# not a comment", "'q'"])))
def test_any_folder_name_gives_a_plain_mkdocs_yml_or_one_line(name: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        try:
            new_project(Path(tmp) / name, sample=False)
        except ExplainerError as exc:
            assert "\n" not in str(exc) and "control character" in str(exc)
            return
        text = (Path(tmp) / name / "mkdocs.yml").read_text(encoding="utf-8")
    config = yaml_load(text)
    assert set(config) == PLAIN_KEYS  # no key injected, none lost
    assert config["site_name"] and not re.search(r"[<>&\"'`]", config["site_name"])
    site_url = [line for line in text.splitlines() if line.startswith("site_url")]  # no repository: the root's form
    assert site_url == ['site_url: !ENV [SITE_URL, "http://127.0.0.1:8000/"]']


class Executable(HTMLParser):
    """Anything in a built page that a browser would run or treat as markup from the payload."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.found: list[str] = []
        self._tag = ""

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self._tag = tag
        if tag in ("img", "iframe", "object", "embed"):  # Material's own icons are inline <svg>
            self.found.append(f"<{tag}>")
        for name, value in attrs:  # a link's title (a source's headline) is shown as text: it may say anything
            payload = "alert(" in (value or "") and not (tag == "a" and name == "title")
            if name.startswith("on") or payload or (value or "").strip().lower().startswith("javascript:"):
                self.found.append(f"<{tag} {name}={value!r}>")

    def handle_endtag(self, tag: str) -> None:
        self._tag = ""

    def handle_data(self, data: str) -> None:
        if self._tag in ("script", "style") and "alert(" in data:
            self.found.append(f"<{self._tag}>{data[:80]}")


def test_hostile_project_name_and_editor_text_build_an_inert_site(tmp_path: Path) -> None:
    """End to end: `explainer new` on a hostile folder name, an article with a hostile headline,
    an editor's hostile rename (a name lands in headings, the table of contents, tags, titles
    and diagrams), note and added event, then the real MkDocs build: no payload becomes markup anywhere in the site or
    its search index, and the editors' marks and note are shown."""
    from mkdocs.commands.build import build as mkdocs_build
    from mkdocs.config import load_config

    project = tmp_path / "<img src=x onerror=alert(1)>"
    new_project(project)
    note = "Checked </title><svg onload=alert(2)> <script>alert(3)</script> {{ config }}"
    (project / "content/corrections.yaml").write_text(
        "- action: rename\n  id: jane-doe\n  name: 'Jane </a><img src=x onerror=alert(8)> {: onclick=x } Doe'\n"
        "- action: verify\n  id: jane-doe\n"
        f"- action: note\n  id: jane-doe\n  text: '{note}'\n"
        "- action: add\n  sheet: events\n"
        "  entry: {date: 2025-03-05, date_text: March 5, summary: 'Library <img src=x onerror=alert(4)> opens', people: [jane-doe]}\n",
        encoding="utf-8",
    )
    (project / "content/articles/hostile.txt").write_text(
        "---\npublished: 2025-03-06\n---\nHeadline </title><img src=x onerror=alert(5)> {: onclick=alert(6) }\n"
        "Mayor Jane Doe said \"<script>alert(7)</script>\" on Wednesday.\n",
        encoding="utf-8",
    )
    config = load_config(config_file=str(project / "mkdocs.yml"), strict=True)
    pipeline.build_site(config, mkdocs_build)

    pages = sorted((project / "site").rglob("*.html"))
    assert (project / "site/index.html") in pages and (project / "site/assets").is_dir()
    for page in pages:
        parser = Executable()
        parser.feed(page.read_text(encoding="utf-8"))
        assert not parser.found, f"{page}: {parser.found}"
    index = (project / "site/search/search_index.json").read_text(encoding="utf-8")
    assert not re.search(r"(?i)<\s*(img|svg|script)", index)
    assert "Img Src X Onerror Alert(1)" in (project / "site/index.html").read_text(encoding="utf-8")
    person = (project / "site/people/jane-doe/index.html").read_text(encoding="utf-8")
    assert "Verified by the editors" in person and note in html.unescape(re.sub(r"<[^>]+>", "", person))
    assert "Added by the editors" in (project / "site/timeline/index.html").read_text(encoding="utf-8")
    source = (project / "site/sources/hostile/index.html").read_text(encoding="utf-8")
    assert "<title>Headline &lt;/title&gt;&lt;img src=x onerror=alert(5)&gt;" in source  # Material's <title>, escaped
