from __future__ import annotations

import codecs
from datetime import date
from pathlib import Path

import pytest

from generator.errors import ExplainerError
from generator.ingest import read_article, read_articles


def write(path: Path, data: str | bytes) -> Path:
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def test_txt_with_front_matter(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "a.txt", "---\npublished: 2025-01-21\noutlet: The Times\nurl: https://x.org/a\n---\n\n"
                                               "Headline here\nBody text.\nMore text.\n"))
    assert (a.id, a.title, a.outlet, a.published, a.url) == ("a", "Headline here", "The Times", date(2025, 1, 21), "https://x.org/a")
    assert a.body == "Body text.\nMore text."
    assert a.words == 4


def test_md_title_from_heading_and_no_front_matter(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "b.md", "# The title\n\nThe body.\n"))
    assert (a.title, a.body, a.published, a.outlet) == ("The title", "The body.", None, None)


def test_utf16_with_bom_is_read(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "u.txt", codecs.BOM_UTF16_LE + "Título\nCafé text.".encode("utf-16-le")))
    assert a.title == "Título" and a.body == "Café text."


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty file"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary file"),
        ("Caf\u00e9 au lait\nText".encode("cp1252"), "not UTF-8"),
        ("---\n- a\n- b\n---\nTitle\nBody", "front matter must be a mapping"),
        ("---\npublished: 2025-02-30\n---\nTitle\nBody", "'published' must be a date"),
        ("---\npublished: [\n---\nTitle\nBody", "invalid front matter"),
        ("---\ncolour: red\n---\nTitle\nBody", "unknown front matter key"),
        ("---\nurl: javascript:alert(1)\n---\nTitle\nBody", "http(s) URL"),
        ("Only a headline\n", "no text"),
    ],
)
def test_bad_articles_name_the_file_and_problem(tmp_path: Path, content: str | bytes, message: str) -> None:
    path = write(tmp_path / "bad.txt", content)
    with pytest.raises(ExplainerError) as info:
        read_article(path)
    assert message in str(info.value)
    assert str(path) in str(info.value)


def test_folder_errors(tmp_path: Path) -> None:
    with pytest.raises(ExplainerError, match="does not exist"):
        read_articles(tmp_path / "missing")
    with pytest.raises(ExplainerError, match="no articles found"):
        read_articles(tmp_path)


def test_bad_file_does_not_stop_the_others(tmp_path: Path) -> None:
    write(tmp_path / "good.txt", "Title\nBody.")
    write(tmp_path / "empty.txt", "")
    write(tmp_path / "notes.csv", "ignored")
    result = read_articles(tmp_path)
    assert [a.id for a in result.articles] == ["good"]
    assert len(result.errors) == 1 and "empty.txt: empty file" in str(result.errors[0])


def test_unsafe_file_names_get_safe_ids(tmp_path: Path) -> None:
    a = read_article(write(tmp_path / "Naïve story .. one.txt", "Title\nBody."))
    assert a.id == "naive-story-one"
