"""Reading input files, tested by class of hostile input (issues 17 and 24): nothing from
outside the project, every YAML read bounded, text as it should be read, and every file
that is refused or passed over named in one line. No spaCy here: these are the readers."""

from __future__ import annotations

import gzip
import json
import os
import re
import shutil
from collections.abc import Callable
from datetime import date
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator import corrections, evaluate, facts, ingest, pipeline, render, yamlio
from generator.errors import ExplainerError
from generator.ids import is_id
from generator.project import default_templates
from generator.text import clean, clean_name, parse_iso_date

SECRET = "Secret-Marker-From-Outside"
GOOD = "Good headline\nThe good article's only paragraph.\n"
# What must never reach an Article: controls but \n and \t, bidi controls, invisible characters.
_BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
_INVISIBLE = "\u200b\u2060\ufeff\u00ad"
_FORBIDDEN_IN_TEXT = re.compile(f"[\x00-\x08\x0b-\x1f\x7f-\x9f{_BIDI}{_INVISIBLE}\ud800-\udfff]")
_FORBIDDEN_IN_NAME = re.compile(f"[\x00-\x1f\x7f-\x9f{_BIDI}{_INVISIBLE}\u200c\u200d\ud800-\udfff]")

DEEP = "[" * 100_000  # LibYAML's composer recursed on these until the process died
DEEP_CLOSED = "[" * 50_000 + "]" * 50_000
BOMB = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{', '.join([f'*{a}'] * 9)}]\n" for a, b in zip("abcdefgh", "bcdefghi", strict=True)
)


@pytest.fixture
def story(tmp_path: Path) -> Path:
    """A minimal project: mkdocs.yml, one good article, and a file outside the project."""
    root = tmp_path / "story"
    (root / "content" / "articles").mkdir(parents=True)
    (root / "mkdocs.yml").write_text("site_name: Test\n")
    (root / "content" / "articles" / "good.txt").write_text(GOOD)
    (tmp_path / "outside").mkdir()
    (tmp_path / "outside" / "secret.txt").write_text(f"{SECRET}\n{SECRET} text.\n")
    return root


def _symlink_out(d: Path) -> str:
    (d / "passwd.txt").symlink_to(d.parents[2] / "outside" / "secret.txt")
    return "passwd.txt"


def _dotdot_symlink(d: Path) -> str:
    (d / "up.txt").symlink_to(Path("../../../outside/secret.txt"))
    return "up.txt"


def _dangling(d: Path) -> str:
    (d / "gone.txt").symlink_to(d / "nowhere.txt")
    return "gone.txt"


def _loop(d: Path) -> str:
    (d / "loop.txt").symlink_to(d / "loop.txt")
    return "loop.txt"


def _folder(d: Path) -> str:
    (d / "drafts.txt").mkdir()
    (d / "drafts.txt" / "inner.txt").write_text(f"{SECRET}\nbody\n")
    return "drafts.txt"


def _fifo(d: Path) -> str:
    os.mkfifo(d / "pipe.txt")  # reading it would block forever
    return "pipe.txt"


def _write(name: str, data: str | bytes) -> Callable[[Path], str]:
    def setup(d: Path) -> str:
        (d / name).write_bytes(data.encode() if isinstance(data, str) else data)
        return name

    return setup


def _bad_name(d: Path) -> str:
    name = os.fsdecode(b"caf\xe9.txt")  # Latin-1 bytes: not UTF-8
    (d / name).write_text(f"{SECRET}\nbody\n")
    return "caf?.txt"


PAGE = f"<html><head><title>{SECRET}</title></head><body><article><p>{'word ' * 80}</p></article></body></html>"
# (case, setup returning the name the message must show, "error" or "warning", what it says)
HOSTILE_FILES = [
    ("symlink out of the project", _symlink_out, "error", "outside the project"),
    ("symlink through ..", _dotdot_symlink, "error", "outside the project"),
    ("dangling symlink", _dangling, "warning", "dangling symlink"),
    ("symlink loop", _loop, "warning", "dangling symlink"),
    ("subfolder", _folder, "warning", "a folder"),
    ("..txt", _write("..txt", f"{SECRET}\nbody\n"), "warning", "hidden file"),
    ("not an article", _write("notes.csv", SECRET), "warning", "not an article"),
    ("fifo", _fifo, "warning", "not a regular file"),
    ("non-UTF-8 file name", _bad_name, "error", "not valid UTF-8"),
    ("gzip .html", _write("page.html", gzip.compress(PAGE.encode())), "error", "not a web page"),
    ("binary .html", _write("page.html", bytes(range(256)) * 8), "error", "not a web page"),
    ("control bytes .html", _write("page.html", b"\x01\x02\x03\x04\x05" * 400), "error", "not a web page"),
    ("duplicate key", _write("dup.txt", f"---\ntitle: A\nauthor: B\ntitle: {SECRET}\n---\nBody.\n"), "error", "'title' given twice"),
    ("unclosed front matter", _write("open.txt", f"---\ntitle: {SECRET}\n\nBody.\n"), "error", "never closed"),
    ("deep nesting in front matter", _write("deep.txt", f"---\ntitle: {DEEP}\n---\n{SECRET}\n"), "error", "nested more than"),
    ("closed deep nesting", _write("deep.txt", f"---\ntitle: {DEEP_CLOSED}\n---\n{SECRET}\n"), "error", "nested more than"),
    ("alias bomb in front matter", _write("bomb.txt", f"---\n{BOMB}---\n{SECRET}\nbody\n"), "error", "aliases expand"),
    ("impossible date", _write("date.txt", f"---\npublished: 2025-02-30\n---\n{SECRET}\nbody\n"), "error", "must be a date"),
    ("date not YYYY-MM-DD", _write("date.txt", f"---\npublished: '20250101'\n---\n{SECRET}\nbody\n"), "error", "must be a date"),
]


@pytest.mark.parametrize(("case", "setup", "kind", "message"), HOSTILE_FILES, ids=[c[0] for c in HOSTILE_FILES])
def test_each_hostile_file_is_named_once_and_nothing_leaks(
    story: Path, case: str, setup: Callable[[Path], str], kind: str, message: str
) -> None:
    articles = story / "content" / "articles"
    name = setup(articles)
    result = ingest.read_articles(articles)
    reported = result.errors if kind == "error" else result.warnings
    other = result.warnings if kind == "error" else result.errors
    assert len(reported) == 1 and not other, (result.errors, result.warnings)
    line = str(reported[0])
    assert name in line and message in line and "\n" not in line
    line.encode("utf-8")  # printable: never a UnicodeEncodeError
    assert [a.id for a in result.articles] == ["good"]
    assert SECRET not in repr(result.articles)
    for path in ingest.article_paths(articles):  # as `pipeline.render` reads the source texts
        try:
            assert SECRET not in ingest.read_article(path).body
        except ExplainerError:
            continue


def test_what_is_inside_the_project_is_read(story: Path) -> None:
    articles = story / "content" / "articles"
    (story / "notes").mkdir()
    (story / "notes" / "shared.txt").write_text("Shared headline\nShared body.\n")
    (articles / "linked.txt").symlink_to(Path("../../notes/shared.txt"))
    os.link(story / "notes" / "shared.txt", articles / "hard.txt")
    (articles / ".DS_Store").write_bytes(b"\x00\x01")  # hidden: passed over without a word
    result = ingest.read_articles(story / "content" / ".." / "content" / "articles")
    assert sorted(a.id for a in result.articles) == ["good", "hard", "linked"]
    assert result.errors == [] and result.warnings == []


def test_explicit_root_bounds_a_loose_folder(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text(GOOD)
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "y.txt").symlink_to(tmp_path / "a" / "x.txt")
    assert [a.id for a in ingest.read_articles(tmp_path / "b", root=tmp_path).articles] == ["y"]
    refused = ingest.read_articles(tmp_path / "b")  # a loose folder is its own root
    assert refused.articles == [] and "outside the project" in str(refused.errors[0])


def test_template_symlinked_outside_is_refused(story: Path) -> None:
    templates = story / "templates"
    shutil.copytree(default_templates(), templates)
    (templates / "tags.md.j2").unlink()
    (templates / "tags.md.j2").symlink_to(story.parent / "outside" / "secret.txt")
    with pytest.raises(ExplainerError, match="outside the project") as info:
        pipeline.render_empty(templates)
    assert "tags.md.j2" in str(info.value)
    (templates / "tags.md.j2").unlink()
    (templates / "more").symlink_to(story.parent / "outside", target_is_directory=True)
    with pytest.raises(ExplainerError, match="more: resolves outside the project"):
        render.environment(templates)


def test_template_symlinked_inside_the_project_is_fine(story: Path) -> None:
    templates = story / "templates"
    shutil.copytree(default_templates(), story / "shared")
    templates.mkdir()
    for template in (story / "shared").iterdir():
        (templates / template.name).symlink_to(template)
    assert "index.md" in pipeline.render_empty(templates)


def test_extra_page_symlinked_outside_is_refused(story: Path) -> None:
    from mkdocs.config import load_config
    from mkdocs.exceptions import PluginError

    from generator.site import ExplainerPlugin

    pages = story / "content" / "pages"
    pages.mkdir()
    (pages / "about.md").write_text("# About\n")
    (pages / "passwd.md").symlink_to(story.parent / "outside" / "secret.txt")
    (story / "mkdocs.yml").write_text("site_name: Test\ndocs_dir: content/pages\n")
    config = load_config(str(story / "mkdocs.yml"))
    plugin = ExplainerPlugin()
    plugin.load_config({})
    with pytest.raises(PluginError, match="passwd.md: resolves outside the project"):
        plugin.on_config(config)  # before anything is generated into build/docs
    assert not (story / "build/docs/about.md").exists()


# -- bounded YAML, in every file the tool reads -------------------------------------------------

def _front_matter(tmp: Path, text: str) -> Callable[[], object]:
    path = tmp / "a.txt"
    path.write_text(f"---\n{text}---\nHeadline\nBody.\n")
    return lambda: ingest.read_article(path)


def _corrections(tmp: Path, text: str) -> Callable[[], object]:
    path = tmp / "corrections.yaml"
    path.write_text(text)
    return lambda: corrections.read(path)


def _fact_sheet(tmp: Path, text: str) -> Callable[[], object]:
    (tmp / "people.yaml").write_text(text)
    return lambda: facts.read(tmp)


def _gold(tmp: Path, text: str) -> Callable[[], object]:
    path = tmp / "gold.yaml"
    path.write_text(text)
    return lambda: evaluate.read_gold(path)


READERS = {"front matter": ("a.txt:", _front_matter), "corrections": ("corrections.yaml:", _corrections),
           "fact sheet": ("people.yaml:", _fact_sheet), "gold file": ("gold.yaml:", _gold)}
HOSTILE_YAML = {
    "deep nesting": (f"people: {DEEP}\n", "nested more than 100 levels deep"),
    "deep block nesting": ("people:\n" + "- " * 20_000 + "x\n", "nested more than 100 levels deep"),
    "alias bomb": (BOMB, "aliases expand to more than"),
    "duplicate key": ("- id: jane-doe\n  name: Jane\n  id: john-doe\n", "'id' given twice"),
}


@pytest.mark.parametrize("reader", list(READERS))
@pytest.mark.parametrize("hostile", list(HOSTILE_YAML))
def test_every_yaml_read_is_bounded(tmp_path: Path, reader: str, hostile: str) -> None:
    name, make = READERS[reader]
    text, message = HOSTILE_YAML[hostile]
    with pytest.raises(ExplainerError) as info:
        make(tmp_path, text)()
    assert name in str(info.value) and message in str(info.value) and "\n" not in str(info.value)
    if hostile == "duplicate key" and reader != "gold file":  # the line of the second `id`
        assert info.value.line == (4 if reader == "front matter" else 3)


def test_bounded_yaml_keeps_ordinary_files_as_they_were() -> None:
    text = "a: &x {k: 1}\nb:\n  <<: *x\n  m: 2\nc: [*x, 2025-02-30]\n"
    assert yamlio.load(text) == {"a": {"k": 1}, "b": {"k": 1, "m": 2}, "c": [{"k": 1}, "2025-02-30"]}
    assert yamlio.line_of("a: 1\nb:\n  - x\n  - y\n", ["b", 1]) == 4
    assert yamlio.line_of(f"a: {DEEP}", ["a"]) is None  # a line number is never worth a crash
    with pytest.raises(yaml.YAMLError):
        yamlio.load("a: 1\n'a': 2\n")  # the same key, however it is quoted


# -- text as it should be read ----------------------------------------------------------------

CHARS = {"NUL": "\x00", "escape": "\x1b", "C1": "\x9b", "RLO": "\u202e", "isolate": "\u2067",
         "LRM": "\u200e", "zero-width space": "\u200b", "BOM": "\ufeff", "soft hyphen": "\u00ad",
         "ZWJ": "\u200d", "word joiner": "\u2060"}


@pytest.mark.parametrize("char", list(CHARS.values()), ids=list(CHARS))
def test_invisible_and_control_characters_never_reach_an_article(tmp_path: Path, char: str) -> None:
    path = tmp_path / "a.txt"
    text = (f"---\noutlet: The{char} Times\nauthor: \"Jane{char} Doe\"\nurl: https://example.org/{char}a\n---\n"
            f"Mayor{char} resigns\n" + "Plain words here. " * 40 + f"The mayor{char} resigned{char}.\n")
    path.write_text(text, encoding="utf-8")
    result = ingest.read_articles(tmp_path)
    assert result.errors == [] and result.warnings == []
    a = result.articles[0]
    assert (a.title, a.outlet, a.author) == ("Mayor resigns", "The Times", "Jane Doe")
    assert a.body.endswith("The mayor resigned.") and not _FORBIDDEN_IN_TEXT.search(a.body)
    assert a.url in ("https://example.org/a", None) or not _FORBIDDEN_IN_NAME.search(a.url)


def test_joiners_stay_where_a_script_needs_them() -> None:
    assert clean("\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f468\u200d\U0001f469") == (
        "\u0645\u06cc\u200c\u062e\u0648\u0627\u0647\u0645 \U0001f468\u200d\U0001f469"
    )
    assert clean("Jane\u200dDoe \u200cx") == "JaneDoe x"
    assert clean_name("\u0645\u200c\u0627") == "\u0645\u0627"


@pytest.mark.parametrize(
    ("written", "read"),
    [
        ("Tom Haleâ€™s plan", "Tom Hale’s plan"),  # UTF-8 read as Windows-1252 once
        ("Tom HaleÃ¢â‚¬â„¢s plan", "Tom Hale’s plan"),  # and twice
        ("CafÃ© owners in Dunmore", "Café owners in Dunmore"),
        ("São Paulo’s mayor", "São Paulo’s mayor"),  # right as written
        ("Ã© stays: São", "Ã© stays: São"),  # a line that is not all read wrongly is left alone
    ],
)
def test_text_read_with_the_wrong_encoding_is_read_again(written: str, read: str, tmp_path: Path) -> None:
    assert clean(written) == read
    assert clean_name(written) == read
    (tmp_path / "a.txt").write_text(f"---\ntitle: \"{written}\"\n---\n{written}\n\nBody about {written}.\n", encoding="utf-8")
    article = ingest.read_articles(tmp_path).articles[0]
    assert article.title == read and read in article.body


def test_web_page_fields_are_cleaned(tmp_path: Path) -> None:
    page = (f"<html><head><title>Mayor\u202e resigns</title></head><body><article>"
            f"<p>{'Plain words here. ' * 30}The mayor\u200b resigned\u2066 today.</p></article></body></html>")
    (tmp_path / "page.html").write_text(page, encoding="utf-8")
    article = ingest.read_article(tmp_path / "page.html")
    assert article.title == "Mayor resigns"
    assert "The mayor resigned today." in article.body and not _FORBIDDEN_IN_TEXT.search(article.body)


_HOSTILE = st.sampled_from(list(CHARS.values()) + ["\r", "\u2028", "\ud800", "\udcff", "\u200c", "---", ":", "\n", "[", "&a", "*a", '"'])
_TEXT = st.lists(st.one_of(st.characters(), _HOSTILE), max_size=30).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(fields=st.dictionaries(st.sampled_from(ingest.FRONT_MATTER_KEYS), st.tuples(_TEXT, st.booleans())), body=_TEXT,
       suffix=st.sampled_from([".txt", ".md"]))
def test_any_text_in_any_field_is_an_article_or_one_error(
    tmp_path: Path, fields: dict[str, tuple[str, bool]], body: str, suffix: str
) -> None:
    lines = [f"{key}: {json.dumps(value) if quoted else value}" for key, (value, quoted) in fields.items()]
    text = ("---\n" + "\n".join(lines) + "\n---\n" if fields else "") + body
    path = tmp_path / f"story{suffix}"
    warnings: list[ExplainerError] = []
    try:
        article = ingest.parse_article(path, text, warnings=warnings)
    except ExplainerError as exc:
        assert str(path) in str(exc)
        return
    for value in (article.title, article.outlet, article.author, article.url):
        assert value is None or (value and not _FORBIDDEN_IN_NAME.search(value) and value == value.strip())
    assert not _FORBIDDEN_IN_TEXT.search(article.body) and article.body
    assert is_id(article.id)


@settings(max_examples=200, deadline=None)
@given(st.text(min_size=1).filter(lambda s: "/" not in s and "\x00" not in s and s not in (".", "..")))
def test_any_file_name_gives_a_valid_stable_id(name: str) -> None:
    first = ingest.article_id(Path(name + ".txt"))
    assert is_id(first) and first == ingest.article_id(Path(name + ".txt"))


def test_names_in_other_scripts_get_distinct_ids(story: Path) -> None:
    articles = story / "content" / "articles"
    for name in ("Москва.txt", "Киев.txt", "北京.txt", "Crème brûlée.txt"):
        (articles / name).write_text(GOOD)
    result = ingest.read_articles(articles)
    assert result.errors == []
    ids = sorted(a.id for a in result.articles)
    assert len(set(ids)) == 5 and all(is_id(i) for i in ids) and "creme-brulee" in ids
    assert sum(i.startswith("article-") for i in ids) == 3


# -- the headline of a .txt article ----------------------------------------------------------

def test_front_matter_title_keeps_the_first_paragraph(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("---\ntitle: The headline\n---\nFirst paragraph, which is news.\n\nSecond paragraph.\n")
    a = ingest.read_article(path)
    assert a.title == "The headline" and a.body.startswith("First paragraph, which is news.")


@pytest.mark.parametrize("repeated", ["The Mayor's Headline", "the mayor’s headline", "The  Mayor's Headline."])
def test_a_first_line_repeating_the_front_matter_title_is_the_headline_not_the_body(repeated: str, tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"---\ntitle: \"The Mayor's Headline\"\n---\n{repeated}\n\nFirst paragraph, which is news.\n")
    a = ingest.read_article(path)
    assert a.title == "The Mayor's Headline" and a.body == "First paragraph, which is news."


def test_first_line_that_reads_like_a_paragraph_is_a_warning(story: Path) -> None:
    articles = story / "content" / "articles"
    paragraph = "The council met on Tuesday to discuss the budget. Members voted to delay the decision until spring."
    (articles / "para.txt").write_text(f"---\noutlet: The Times\n---\n\n{paragraph}\nMore text.\n")
    (articles / "drafts").mkdir()
    result = ingest.read_articles(articles)
    doubt = [w for w in result.warnings if "para.txt" in str(w)]
    assert len(doubt) == 1 and doubt[0].line == 5 and "reads like a paragraph" in str(doubt[0])
    problems = [str(p) for p in pipeline.check(story)]
    assert any("para.txt:5: warning: the first line" in p for p in problems)
    assert any("drafts: warning: skipped: a folder" in p for p in problems)


@pytest.mark.parametrize("headline", ["Mayor resigns.", "Mr. Smith resigns after a long and difficult week", "U.S. Army chief resigns"])
def test_a_headline_is_not_a_paragraph(headline: str) -> None:
    assert not ingest.reads_like_paragraph(headline)


# -- dates -------------------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["2025-13-01", "2025-02-30", "0000-01-01", "20250101", "2025-W01-1", "2025-1-1", "someday"])
def test_impossible_or_other_dates_are_refused(value: str) -> None:
    with pytest.raises(ValueError):
        parse_iso_date(value)


@pytest.mark.parametrize(("value", "expected"), [("0001-01-01", date(1, 1, 1)), ("9999-12-31", date(9999, 12, 31)),
                                                 (" 2024-02-29 ", date(2024, 2, 29)), (date(2025, 1, 2), date(2025, 1, 2))])
def test_dates_at_the_edge_of_the_calendar_are_dates(value: object, expected: date) -> None:
    assert parse_iso_date(value) == expected


def test_md_heading_is_never_body_text(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_text("---\ntitle: Front matter title\n---\n# The heading\n\nFirst paragraph.\n")
    a = ingest.read_article(path)
    assert (a.title, a.body) == ("Front matter title", "First paragraph.")


@pytest.mark.parametrize("folder", ["content/articles", "content/pages", "templates"])
def test_a_project_folder_linked_outside_the_project_is_refused_whole(folder: str, project: Path, tmp_path: Path) -> None:
    """Not only a file: a whole folder of the story that is a symlink to somewhere else."""
    import shutil
    import subprocess
    import sys

    elsewhere = tmp_path / "elsewhere"
    shutil.copytree(project / folder, elsewhere) if (project / folder).exists() else elsewhere.mkdir()
    (elsewhere / "leak.md").write_text("# Leak\nsecret text outside the project\n")
    shutil.rmtree(project / folder, ignore_errors=True)
    (project / folder).symlink_to(elsewhere, target_is_directory=True)
    result = subprocess.run([sys.executable, "-m", "generator", "-q", "build", "--project", str(project)],
                            capture_output=True, text=True, timeout=300)
    assert result.returncode == 1, result.stderr
    assert "resolves outside the project" in result.stderr and "Traceback" not in result.stderr
    assert not any("secret text" in page.read_text(errors="ignore") for page in (project / "site").rglob("*.html"))
