"""The YAML of each run of sheet items kept between runs (generator/itemtext.py): the sheets
written with it are byte for byte the sheets a cold build writes, whatever changed; only the
runs of changed items are made again; a damaged record or another YAML writer starts afresh."""

from __future__ import annotations

import gc
import shutil
import sys
from pathlib import Path

import pytest
from conftest import ROOT

from generator import facts, itemtext, pipeline, yamlio
from generator.itemtext import ItemTexts
from generator.project import new_project

BBC = ROOT.parent / "shared/corpus/bbc/politics"
CHANGE = "\nThe committee said the report would be published on Friday.\n"


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every item `yamlio.dump` is asked to write from now on."""
    made: list[object] = []
    dump = yamlio.dump

    def counted(data):  # noqa: ANN001, ANN202
        made.extend(data)
        return dump(data)

    monkeypatch.setattr(itemtext.yamlio, "dump", counted)
    return made


def test_the_text_is_the_whole_sheets_dump_and_only_new_items_are_made(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    sheets = facts.read(ROOT / "content/facts")
    record = tmp_path / "item-texts.pickle"
    first = ItemTexts.load(record)  # no file yet
    for name in facts.SHEETS:
        assert first.dump(sheets[name]) == yamlio.dump(sheets[name]), name
    first.save(record)
    people = [dict(p) for p in sheets["people"]]
    people[0]["name"] += " Jr"
    expected = yamlio.dump(people)
    made = _counting(monkeypatch)
    assert ItemTexts.load(record).dump(people) == expected
    run = next(r for r in itemtext._runs(people) if r[0] is people[0])
    assert made == run  # only the changed item's run was written anew


def test_an_item_added_or_removed_leaves_the_other_runs_as_they_were(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = [{"id": f"item-{n}", "value": n} for n in range(400)]
    runs = list(itemtext._runs(items))
    assert 4 < len(runs) < 40 and [i for r in runs for i in r] == items  # cut by the ids, about one in 32
    record = tmp_path / "record"
    first = ItemTexts.load(record)
    first.dump(items)
    first.save(record)
    for changed in (items[:150] + [{"id": "new", "value": -1}] + items[150:], items[:150] + items[151:]):
        expected = yamlio.dump(changed)
        made = _counting(monkeypatch)
        assert ItemTexts.load(record).dump(changed) == expected
        assert 0 < len(made) < 120  # the one run around the change (and the next, when the item ended a run)
        monkeypatch.undo()


def test_items_told_apart_by_value_type_and_key_order(tmp_path: Path) -> None:
    items = [{"value": 1}, {"value": 1.0}, {"value": True}, {"value": "1"}, {"a": 1, "b": 2}, {"b": 2, "a": 1}, {}]
    texts = ItemTexts.load(tmp_path / "none")
    assert texts.dump(items) == yamlio.dump(items)
    texts.save(tmp_path / "record")
    assert ItemTexts.load(tmp_path / "record").dump(list(reversed(items))) == yamlio.dump(list(reversed(items)))
    assert ItemTexts.load(tmp_path / "record").dump([]) == yamlio.dump([])


def test_equal_items_share_their_text_however_their_values_are_held(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An item is known by its value, not by how its objects are held: a name interned or
    made at run time, one list shared twice or two equal lists."""
    record = tmp_path / "record"
    shared = ["Tarn Bank"]
    first = ItemTexts.load(record)
    first.dump([{"name": sys.intern("Ana Ruiz"), "orgs": [shared, shared], "value": 2.5}])
    first.save(record)
    again = [{"name": "".join(["Ana", " ", "Ruiz"]), "orgs": [["Tarn Bank"], ["Tarn Bank"]], "value": 5 / 2}]
    expected = yamlio.dump(again)
    made = _counting(monkeypatch)
    assert ItemTexts.load(record).dump(again) == expected
    assert made == []  # found, not made again


def test_damaged_record_or_another_writer_starts_afresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    items = [{"id": "a", "name": "Ana Ruiz"}, {"id": "b", "name": "Tarn Bank"}]
    record = tmp_path / "record"
    ItemTexts.load(record).dump(items)
    texts = ItemTexts.load(record)
    texts.dump(items)
    texts.save(record)
    assert ItemTexts.load(record).known
    record.write_bytes(record.read_bytes()[:60])  # cut short
    assert ItemTexts.load(record).known == {}
    texts.known = {}
    texts.save(record)
    monkeypatch.setattr(itemtext, "_writer_version", lambda: b"another writer..")
    assert ItemTexts.load(record).known == {}  # made by other YAML code: not trusted
    assert ItemTexts.load(record).dump(items) == yamlio.dump(items)


def _story(where: Path, names: list[str]) -> Path:
    new_project(where, sample=False)
    for name in names:
        text = (BBC / name).read_text(encoding="utf-8")
        (where / "content/articles" / name).write_text("---\npublished: 2005-01-01\n---\n" + text, encoding="utf-8")
    return where


def _sheets(project: Path) -> dict[str, bytes]:
    return {name: (project / f"content/facts/{name}.yaml").read_bytes() for name in facts.SHEETS}


def _extract(project: Path) -> pipeline.Extracted:
    return pipeline.extract(project / "content/articles", project / "content/facts", root=project)


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/corpus/bbc")
def test_sheets_after_a_change_are_a_cold_builds_byte_for_byte(tmp_path: Path) -> None:
    names = sorted(p.name for p in BBC.glob("*.txt"))[:7]
    kept, spare = names[1:6], [names[0], names[6]]  # five in the story; one sorts before them, one after
    story = _story(tmp_path / "story", kept)
    _extract(story)
    articles = story / "content/articles"

    def change(name: str) -> None:
        (articles / name).write_text((articles / name).read_text(encoding="utf-8") + CHANGE, encoding="utf-8")

    def add(name: str) -> None:
        text = (BBC / name).read_text(encoding="utf-8")
        (articles / name).write_text("---\npublished: 2005-01-01\n---\n" + text, encoding="utf-8")

    corrections = story / "content/corrections.yaml"
    person = facts.read(story / "content/facts")["people"][0]["id"]

    def correct(name: str) -> None:
        corrections.write_text(f"- action: rename\n  id: {person}\n  name: Renamed {name}\n", encoding="utf-8")

    steps = [
        ("change the first", lambda: change(kept[0])), ("change the middle", lambda: change(kept[2])),
        ("change the last", lambda: change(kept[-1])), ("add at the start", lambda: add(spare[0])),
        ("add at the end", lambda: add(spare[1])), ("remove from the middle", lambda: (articles / kept[2]).unlink()),
        ("remove the first", lambda: (articles / spare[0]).unlink()), ("remove the last", lambda: (articles / spare[1]).unlink()),
        ("add in the middle", lambda: add(kept[2])),
        ("add a correction", lambda: correct("A")), ("edit the correction", lambda: correct("B")),
        ("remove the correction", lambda: corrections.unlink()),
    ]
    for n, (what, step) in enumerate(steps):
        step()
        assert _extract(story).sheets is not None, what
        assert (story / pipeline.ITEM_TEXTS).exists()
        cold = tmp_path / f"cold-{n}"
        _story(cold, [])
        for path in articles.iterdir():
            shutil.copy(path, cold / "content/articles" / path.name)
        shutil.copytree(story / ".cache/explainer/articles", cold / ".cache/explainer/articles")  # the NLP's output, as tested elsewhere
        if corrections.exists():
            shutil.copy(corrections, cold / "content/corrections.yaml")
        _extract(cold)
        assert _sheets(story) == _sheets(cold), what
        assert (b"name: Renamed " in _sheets(story)["people"]) == corrections.exists(), what


@pytest.mark.skipif(not BBC.is_dir(), reason="needs ../shared/corpus/bbc")
def test_sheets_written_with_the_collector_paused_and_on_again_after(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    story = _story(tmp_path / "story", sorted(p.name for p in BBC.glob("*.txt"))[:2])
    seen: list[bool] = []
    write = facts.write_sheets

    def recording(*a, **k):  # noqa: ANN002, ANN003, ANN202
        seen.append(gc.isenabled())
        return write(*a, **k)

    monkeypatch.setattr(pipeline.facts, "write_sheets", recording)
    assert gc.isenabled()
    _extract(story)
    assert seen == [False]
    assert gc.isenabled()
