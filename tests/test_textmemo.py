"""The merge's text work kept between runs (generator/textmemo.py): the same values as worked
out afresh, a file only when worth it, nothing kept outside the block, damage ignored."""

from pathlib import Path

from generator import textmemo
from generator.ids import slugify
from generator.merge import merge_story, person_key
from generator.records import Article, Evidence, Facts, Person, Reaction
from generator.textsim import content_words, norm

TEXTS = ["Ana M. Ruiz", "Ben-Tal’s", "The ministers resigned on Tuesday", "Élodie Brant", "", "--", "Zoë Quill-Hart"]


def _values() -> list:
    return [(norm(t), content_words(t), slugify(t), slugify(t, "x"), person_key(t)) for t in TEXTS]


def _story(n: int) -> list[Facts]:
    out = []
    for i in range(n):
        ev = Evidence(f"s{i}", f"Mayor Tom Quill-Hart said the dam was safe, report {i}.")
        out.append(Facts(
            sources=[Article(f"s{i}", Path(f"s{i}.txt"), f"Title {i}", "The dam is safe.")],
            people=[Person("p1", "Tom Quill-Hart", evidence=[ev], sources=[f"s{i}"]), Person("p2", f"Ria Vosk{i % 3}", evidence=[ev])],
            reactions=[Reaction("r1", "p1", "quote", f"The dam is safe and sound, number {i}", evidence=[ev])],
        ))
    return out


def test_values_are_the_same_inside_and_outside(tmp_path):
    plain = _values()
    path = tmp_path / "memo"
    for _ in range(2):  # first without a file, then from the file the first block wrote
        with textmemo.kept(path):
            assert textmemo.on
            assert _values() == plain
            assert _values() == plain
        assert not textmemo.on
    assert _values() == plain


def test_the_merge_is_the_same_with_the_tables(tmp_path):
    plain = merge_story(_story(120))
    path = tmp_path / "memo"
    with textmemo.kept(path):
        first = merge_story(_story(120))
    assert path.exists()  # more than a few texts were new
    with textmemo.kept(path):
        second = merge_story(_story(120))
    assert repr(plain) == repr(first) == repr(second)


def test_tables_are_emptied_and_a_damaged_file_ignored(tmp_path):
    path = tmp_path / "memo"
    with textmemo.kept(path):
        merge_story(_story(120))
    assert all(not t and not t.known for t in textmemo._TABLES.values())
    path.write_bytes(path.read_bytes()[:200])  # cut short
    with textmemo.kept(path):
        assert _values()[0][0] == "ana m ruiz"
    path.write_bytes(b"garbage")
    with textmemo.kept(path):
        assert norm("Ben-Tal’s") == "ben tal s"


def test_a_file_made_by_other_code_reads_as_nothing(tmp_path, monkeypatch):
    path = tmp_path / "memo"
    with textmemo.kept(path):
        merge_story(_story(120))
    monkeypatch.setattr(textmemo, "_head", lambda: b"explainer-text-memo-v1\nother code......")
    assert textmemo._read(path, textmemo._head()) == {}


def test_a_kept_file_is_written_again_only_when_more_than_a_few_entries_changed():
    from generator.kept import worth_writing

    known = {n: n for n in range(1000)}
    assert worth_writing({1: 1}, {})  # no file yet
    assert not worth_writing({}, {})
    assert not worth_writing(dict(known), known)
    assert not worth_writing({**known, -1: -1}, known)  # one new: made again next time
    assert worth_writing({**known, **{-n: n for n in range(1, 52)}}, known)  # more than 50 and a hundredth
    assert worth_writing({n: n for n in range(900)}, known)  # a hundred gone


def test_a_partial_block_starts_from_the_files_values_and_keeps_them_with_the_new(tmp_path):
    """A merge taken up from a checkpoint (`partial`): each table holds the file's values from the
    start (looked up as its own), counts only the values it makes, and the file it writes holds
    the old texts and the new ones; a few new texts leave the file as it was."""
    path = tmp_path / "memo"
    with textmemo.kept(path):
        merge_story(_story(120))
    before, raw = textmemo._read(path, textmemo._head()), path.read_bytes()
    with textmemo.kept(path, partial=True):
        table = textmemo._TABLES["norm"]
        assert set(before["norm"]) <= set(table) and table.new == 0
        assert norm("Tom Quill-Hart") == "tom quill hart" and table.new == 0  # known: not made again
        assert norm("A text no story had") == "a text no story had" and table.new == 1
    assert path.read_bytes() == raw  # one new text: not written
    with textmemo.kept(path, partial=True):
        fresh = [norm(f"Quay number {n} reopened") for n in range(200)]
    after = textmemo._read(path, textmemo._head())
    assert set(before["norm"]) < set(after["norm"]) and fresh[0] == after["norm"]["Quay number 0 reopened"]
    assert all(not t and not t.known and not t.new for t in textmemo._TABLES.values())
