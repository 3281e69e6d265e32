"""Articles as parsed in the last run (generator/articlecache.py): reading through the cache
gives the very articles and warnings a plain read gives; only files whose bytes or name
changed are parsed again; a bad file is never kept; a damaged record or other parsing code
starts afresh."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import articlecache, ingest
from generator.articlecache import ParsedArticles

PARAGRAPH = ("Ana Ruiz told the Tarn Bank board on Monday that the plan would go ahead. The board "
             "agreed after a long debate about the cost of the new offices in the north.")


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "articles"
    folder.mkdir()
    (folder / "a.txt").write_text("---\ntitle: Tarn Bank plan\npublished: 2025-03-01\n---\nThe plan goes ahead.\n")
    (folder / "b.md").write_text("# Board meets\n\nThe board met on Monday.\n")
    (folder / "c.txt").write_text(PARAGRAPH + "\n\nA second paragraph follows.\n")  # headline in doubt: a warning
    (folder / "d.txt").write_text("---\npublished: 2025-13-45\n---\nBad date.\n")  # an error
    return folder


def _plain(folder: Path) -> tuple[list, list[str], list[str]]:
    read = ingest.read_articles(folder, root=folder)
    return read.articles, [str(w) for w in read.warnings], [str(e) for e in read.errors]


def _cached(folder: Path, record: Path) -> tuple[list, list[str], list[str]]:
    parsed = ParsedArticles.load(record)
    read = ingest.read_articles(folder, root=folder, parsed=parsed)
    parsed.save(record)
    return read.articles, [str(w) for w in read.warnings], [str(e) for e in read.errors]


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    names: list[str] = []
    parse = ingest.parse_article

    def counted(path, *args, **kwargs):  # noqa: ANN001, ANN002, ANN003, ANN202
        names.append(path.name)
        return parse(path, *args, **kwargs)

    monkeypatch.setattr(ingest, "parse_article", counted)
    return names


def test_the_cache_gives_what_a_plain_read_gives_and_parses_only_changed_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, record = _folder(tmp_path), tmp_path / "parsed.pickle"
    plain = _plain(folder)
    assert plain[1] and plain[2]  # the doubtful headline warned, the bad date refused
    assert _cached(folder, record) == plain
    parsed = _counting(monkeypatch)
    assert _cached(folder, record) == plain
    assert parsed == ["d.txt"]  # the file in error is parsed each time; the others come from the cache
    (folder / "a.txt").write_text((folder / "a.txt").read_text() + "It costs more.\n")
    (folder / "b.md").rename(folder / "e.md")  # the same bytes under another name: another article
    expected = _plain(folder)
    parsed.clear()
    assert _cached(folder, record) == expected
    assert sorted(parsed) == ["a.txt", "d.txt", "e.md"]
    assert [a.path for a in _cached(folder, record)[0]] == [folder / "a.txt", folder / "c.txt", folder / "e.md"]


def test_damaged_record_or_other_parsing_code_starts_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder, record = _folder(tmp_path), tmp_path / "parsed.pickle"
    _cached(folder, record)
    assert ParsedArticles.load(record).known
    monkeypatch.setattr(articlecache, "_code_version", lambda: b"other code......")
    assert ParsedArticles.load(record).known == {}
    monkeypatch.undo()
    record.write_bytes(record.read_bytes()[:50])
    assert ParsedArticles.load(record).known == {}
    assert _cached(folder, record) == _plain(folder)
