"""Rendering from the records in memory, and from the cache of parsed sheets: a build after an
extraction does not read the fact sheets it has just written, a build with the sheets current
does not parse their YAML again, and a sheet changed on disk is read (and checked) from disk."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from mkdocs.config import load_config
from mkdocs.exceptions import PluginError

from generator import facts, generate, pipeline, yamlio
from generator.project import new_project


@pytest.fixture(scope="module")
def extracted_story(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The sample story of `explainer new`, extracted once (its extraction cache kept)."""
    story = tmp_path_factory.mktemp("memory") / "story"
    new_project(story)
    pipeline.extract(story / pipeline.ARTICLES, story / pipeline.FACTS, root=story)
    return story


@pytest.fixture
def story(extracted_story: Path, tmp_path: Path) -> Path:
    target = tmp_path / "story"
    shutil.copytree(extracted_story, target)
    return target


def sheets_unreadable(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Make parsing a fact sheet's YAML fail (front matter still loads); returns the sheets tried."""
    tried: list[str] = []
    load: Callable[[str], Any] = yamlio.load

    def refuse(text: str) -> Any:
        if text.startswith(facts.HEADER):
            tried.append(text.splitlines()[2])
            raise AssertionError("a fact sheet was parsed")
        return load(text)

    monkeypatch.setattr(yamlio, "load", refuse)
    return tried


def plugin_pages(story: Path, extracted: pipeline.Extracted | None = None) -> dict[str, str]:
    """The pages the MkDocs plugin generates into build/docs for a build, as `explainer build`
    (which passes its extraction) or plain `mkdocs build` (which extracts itself) has it render
    them."""
    config = load_config(config_file=str(story / "mkdocs.yml"))
    plugin = config.plugins["explainer"]
    if extracted is not None:
        plugin.extracted, plugin.standalone = extracted, False
    plugin.on_config(config)
    out = story / generate.GENERATED
    return {p.relative_to(out).as_posix(): p.read_text(encoding="utf-8") for p in sorted(out.rglob("*.md"))}


def from_files(story: Path) -> dict[str, str]:
    """The pages rendered from the sheets on disk, parsed afresh (no cache)."""
    return pipeline.render(story / pipeline.FACTS, story / pipeline.TEMPLATES, story / pipeline.ARTICLES)


def test_build_after_extraction_renders_the_sheets_in_memory(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    result = pipeline.extract(story / pipeline.ARTICLES, story / pipeline.FACTS, root=story, force=True)
    assert result.sheets is not None
    expected = from_files(story)
    tried = sheets_unreadable(monkeypatch)
    pages = plugin_pages(story, result)
    assert not tried
    assert pages == expected  # byte for byte
    assert any(p["name"] in pages["people/index.md"] for p in result.sheets["people"])


def test_build_with_current_sheets_loads_them_from_the_cache(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    expected = from_files(story)
    assert pipeline.extract(story / pipeline.ARTICLES, story / pipeline.FACTS, root=story).sheets is None
    assert plugin_pages(story) == expected  # parses the sheets once and records them
    assert (story / pipeline.SHEETS_RECORD).is_file()
    tried = sheets_unreadable(monkeypatch)
    assert plugin_pages(story) == expected
    assert not tried


def test_a_sheet_edited_by_hand_is_read_from_disk_not_the_cache(story: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    people = story / pipeline.FACTS / "people.yaml"
    name = facts.read(story / pipeline.FACTS)["people"][0]["name"]
    plugin_pages(story)  # records the parsed sheets
    tried = sheets_unreadable(monkeypatch)
    assert name in plugin_pages(story)["people/index.md"]  # from the cache
    assert not tried
    monkeypatch.undo()
    people.write_text(people.read_text(encoding="utf-8").replace(name, "Zelda Byhand"), encoding="utf-8")
    assert facts.stamp(people).edited
    page = plugin_pages(story)["people/index.md"]
    assert "Zelda Byhand" in page and name not in page
    articles = pipeline.ingest.read_articles(story / pipeline.ARTICLES).articles
    tried = sheets_unreadable(monkeypatch)
    with pytest.raises(AssertionError, match="parsed"):  # an edited sheet is never taken from the cache
        pipeline.render(story / pipeline.FACTS, story / pipeline.TEMPLATES, articles=articles, root=story)
    assert tried == [people.read_text(encoding="utf-8").splitlines()[2]]  # the others are
    monkeypatch.undo()
    events = story / pipeline.FACTS / "events.yaml"  # recorded, then edited: checked as it now is
    events.write_text(events.read_text(encoding="utf-8").replace("date: ", "date: 2025-02-30 #", 1), encoding="utf-8")
    with pytest.raises(PluginError, match="not a real date"):  # mkdocs prints it as one line
        plugin_pages(story)


def test_a_damaged_cache_is_passed_over(story: Path) -> None:
    expected = from_files(story)
    plugin_pages(story)
    (story / pipeline.SHEETS_RECORD).write_bytes(b"explainer-sheets-v1\nnot a pickle")
    assert plugin_pages(story) == expected
    assert plugin_pages(story) == expected  # recorded again, whole
