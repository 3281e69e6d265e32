"""Corrections, fact sheets and ids under careless and hostile edits (issue 17: items 2, 3, 5,
6, 8, 17, 19; issue 24 class 2, ids): every bad correction or hand edit is one line naming
file:line, nothing an editor wrote is lost, and ids hold when sources are added."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator import corrections, facts, ids, pipeline
from generator.errors import ExplainerError

ROOT = Path(__file__).resolve().parent.parent
CACHE = Path(".cache/explainer/articles")


@pytest.fixture
def story(project: Path, seed_facts: Path) -> Path:
    """The seed story project with the seed articles' extraction cache (no NLP needed), its
    sheets made afresh by this code (the committed ones may predate it)."""
    shutil.copytree(ROOT / CACHE, project / CACHE, dirs_exist_ok=True)
    extract(project, force=True)
    return project


def extract(project: Path, **kwargs: object) -> pipeline.Extracted:
    return pipeline.extract(project / "content/articles", project / "content/facts", root=project, **kwargs)


def problems_of(project: Path, text: str) -> list[str]:
    """What extracting with this corrections file reports: a form error, or each unapplied one."""
    (project / "content/corrections.yaml").write_text(text)
    try:
        return [str(p) for p in extract(project).problems]
    except ExplainerError as exc:
        return [str(exc)]


def by_id(items: list[dict]) -> dict[str, dict]:
    return {i["id"]: i for i in items}


# --- one problem per bad correction, naming its line -------------------------------------------

VALID = "- action: verify\n  id: yair-lapid\n"  # line 1, applies: the bad one is on line 3
BAD_CORRECTIONS = {
    "merge of one id with itself": ("- action: merge\n  ids: [yair-lapid, yair-lapid]\n", "needs at least two different ids"),
    "merge naming one id twice": ("- action: merge\n  ids: [yair-lapid, israel-katz, yair-lapid]\n", "'yair-lapid' is given twice"),
    "two renames of one id": ("- action: rename\n  id: yair-lapid\n  name: A\n- action: rename\n  id: yair-lapid\n  name: B\n",
                              "already renamed to 'A' at line 3"),
    "split naming an unknown source": ("- action: split\n  id: yair-lapid\n  sources: [no-such-source]\n  name: Other\n",
                                       "no source with id 'no-such-source'"),
    "added event naming an unknown person": (
        "- action: add\n  sheet: events\n  entry: {date: 2025-03-06, summary: x, people: [no-such-person]}\n",
        "no person with id 'no-such-person'"),
    "added statement by an unknown speaker": (
        "- action: add\n  sheet: reactions\n  entry: {speaker: no-such-person, text: x}\n", "no person or organization"),
    "impossible month in an added event": (
        "- action: add\n  sheet: events\n  entry: {date: 2025-13-01, summary: x}\n", "'2025-13-01' is not a real date"),
    "impossible day in an added event": (
        "- action: add\n  sheet: events\n  entry: {date: 2025-02-30, summary: x}\n", "'2025-02-30' is not a real date"),
    "impossible date on a correction": ("- action: set-role\n  id: yair-lapid\n  title: Leader\n  date: 2025-02-30\n",
                                        "'date' must be a real date"),
    "unknown role status": ("- action: set-role\n  id: yair-lapid\n  title: Leader\n  status: retired\n", "'status' must be one of"),
    "markup as a speaker": ("- action: reattribute\n  id: x\n  speaker: 'jane-doe onclick=alert(1)'\n", "is not a valid id"),
    "markup as a target": ("- action: note\n  id: '<b>x</b>'\n  text: t\n", "is not a valid id"),
    "markup among merged ids": ("- action: merge\n  ids: [yair-lapid, 'a b']\n", "'a b' is not a valid id"),
    "markup as a source": ("- action: split\n  id: yair-lapid\n  sources: ['../x']\n  name: O\n", "is not a valid id"),
    "markup in an added event's people": (
        "- action: add\n  sheet: events\n  entry: {date: '2025', summary: x, people: ['yair-lapid\" onclick=\"x']}\n",
        "is not a valid id"),
    "a gone target": ("- action: drop\n  id: no-such-fact\n", "no fact with id 'no-such-fact'"),
}


@pytest.mark.parametrize("case", sorted(BAD_CORRECTIONS))
def test_each_bad_correction_is_exactly_one_problem_naming_its_line(story: Path, case: str) -> None:
    text, message = BAD_CORRECTIONS[case]
    found = problems_of(story, VALID + text)
    assert len(found) == 1, found
    assert f"corrections.yaml:{3 if 'two renames' not in case else 6}: " in found[0] and message in found[0], found[0]
    assert "Traceback" not in found[0] and "\n" not in found[0]


def test_a_merge_of_one_id_with_itself_loses_no_one(story: Path) -> None:
    """17.2: `ids: [jane-doe, jane-doe]` used to delete her and leave her statements speaking for no one."""
    (story / "content/corrections.yaml").write_text("- action: merge\n  ids: [yair-lapid, yair-lapid]\n")
    with pytest.raises(ExplainerError, match=r"corrections.yaml:1: merge: needs at least two different ids"):
        extract(story)
    assert "yair-lapid" in by_id(facts.read(story / "content/facts")["people"])


# --- dangling references ------------------------------------------------------------------------

def sheets_with(**changes: list[dict]) -> dict[str, list[dict]]:
    """A small consistent story (invented), with some sheets replaced."""
    ev = [{"source": "s1", "text": "Mayor Ann Vole quit."}]
    base = {
        "sources": [{"id": "s1", "title": "T", "path": "s1.txt", "words": 3}],
        "people": [{"id": "ann-vole", "name": "Ann Vole", "aliases": [], "roles": [{"title": "Mayor", "evidence": ev}],
                    "sources": ["s1"], "evidence": ev}],
        "organizations": [{"id": "harbor-board", "name": "Harbor Board", "aliases": [], "sources": ["s1"], "evidence": ev}],
        "events": [{"id": "e1", "date": "2025-03-03", "date_text": "Monday", "summary": "Vole quit",
                    "people": ["ann-vole"], "organizations": ["harbor-board"], "sources": ["s1"], "evidence": ev}],
        "reactions": [{"id": "r1", "speaker": "ann-vole", "kind": "quote", "text": "I leave.", "sources": ["s1"],
                       "variants": [{"source": "s1", "text": "I leave."}], "evidence": ev}],
        "figures": [{"id": "f1", "value": 3, "text": "3", "what": "jobs", "attributed_to": "harbor-board", "evidence": ev}],
        "discrepancies": [{"id": "d1", "what": "w", "values": {"s1": "x"}, "evidence": ev}],
    }
    return base | changes


REFERENCES = [  # (sheet, path to the reference, how to break it)
    ("events", (0, "people", 0), lambda s: s["people"].clear()),
    ("events", (0, "organizations", 0), lambda s: s["organizations"].clear()),
    ("reactions", (0, "speaker"), lambda s: s["people"].clear()),
    ("figures", (0, "attributed_to"), lambda s: s["organizations"].clear()),
    ("discrepancies", (0, "values", "s1"), lambda s: s["sources"][0].update(id="s2")),
    ("people", (0, "roles", 0, "evidence", 0, "source"), lambda s: s["sources"][0].update(id="s2")),
    ("reactions", (0, "variants", 0, "source"), lambda s: s["sources"][0].update(id="s2")),
    ("organizations", (0, "sources", 0), lambda s: s["sources"][0].update(id="s2")),
]


@pytest.mark.parametrize(("sheet", "path", "breaks"), REFERENCES)
def test_every_kind_of_reference_is_checked(sheet: str, path: tuple, breaks) -> None:  # noqa: ANN001
    sheets = sheets_with()
    assert facts.dangling(sheets) == []
    breaks(sheets)
    assert (sheet, path) in {(d.sheet, d.path) for d in facts.dangling(sheets)}


def test_free_text_attribution_is_not_a_reference() -> None:
    sheets = sheets_with(figures=[{"id": "f1", "value": 3, "text": "3", "what": "jobs", "attributed_to": "police", "evidence": []}])
    assert facts.dangling(sheets) == []


def test_check_names_a_dangling_reference_in_a_hand_edited_sheet(story: Path) -> None:
    """17.2: a person deleted by hand while her statements remain: `check` used to find no problem."""
    people = story / "content/facts/people.yaml"
    speaker = facts.read(story / "content/facts")["reactions"][0]["speaker"]
    lines = people.read_text().splitlines(keepends=True)
    start = next(i for i, line in enumerate(lines) if line.startswith(("- id: ", '- id: "')) and speaker in line)
    end = next((i for i in range(start + 1, len(lines)) if lines[i].startswith("- id:")), len(lines))
    people.write_text("".join(lines[:start] + lines[end:]))
    found = [str(p) for p in pipeline.check(story)]
    line = next(i for i, text in enumerate((story / "content/facts/reactions.yaml").read_text().splitlines(), 1)
                if "speaker:" in text and speaker in text)
    assert any(f"reactions.yaml:{line}: invalid reference at " in p and f"no person or organization with id '{speaker}'" in p
               for p in found), found
    result = extract(story)  # the sheets are current: kept as edited, and the problem named on every run
    assert result.sheets is None and result.hand_edited == ["people.yaml"]
    assert any(f"no person or organization with id '{speaker}'" in str(p) for p in result.problems)


# --- hand-edited sheets without a stamp ---------------------------------------------------------

NEW_ARTICLE = "---\npublished: 2025-03-09\n---\nHarbor dues rise\nThe Harbor Board of Port Delling raised its dues on Friday.\n"


@pytest.mark.parametrize("cut", ["stamp line", "whole header"])
def test_a_sheet_whose_stamp_was_deleted_counts_as_edited_by_hand(story: Path, cut: str) -> None:
    """17.3: it used to be regenerated without a backup, exit 0."""
    people = story / "content/facts/people.yaml"
    lines = people.read_text().splitlines(keepends=True)
    keep = [line for line in lines if not line.startswith("#")] if cut == "whole header" else [
        line for line in lines if not line.startswith("# inputs ")]
    edited = "".join(keep).replace("name: Yair Lapid", "name: Yair Lapid (edited)")
    people.write_text(edited)
    assert facts.stamp(people) == facts.Stamp("", True)
    result = extract(story)  # articles unchanged: kept, shown as edited
    assert result.hand_edited == ["people.yaml"] and people.read_text() == edited
    (story / "content/articles/002_new.txt").write_text(NEW_ARTICLE)
    with pytest.raises(ExplainerError, match="people.yaml edited by hand .people.yaml without its stamp line"):
        extract(story)
    assert people.read_text() == edited
    result = extract(story, force=True)
    assert (result.backup / "people.yaml").read_text() == edited and "(edited)" not in people.read_text()


def test_a_sheet_edited_to_look_untouched_is_still_edited(story: Path) -> None:
    """The record of the sheets' files (`facts.stamps`, which spares a rebuild reading them) never
    vouches for an edited sheet: one edited by hand to the same size, its modification time set
    back, or copied over, is read and found edited; a damaged record is ignored."""
    record = story / pipeline.SHEET_STAMPS
    people = story / "content/facts/people.yaml"
    assert json.loads(record.read_text())["sheets"]["people"][1] == facts.stamp(people).inputs
    assert facts.stamps(story / "content/facts", record)["people"] == facts.stamp(people)
    before = people.stat()
    text = people.read_text()
    edited = text.replace("name: Yair Lapid", "name: Yair Lapix", 1)
    assert edited != text and len(edited) == len(text)
    people.write_text(edited)
    os.utime(people, ns=(before.st_atime_ns, before.st_mtime_ns))
    assert facts.stamps(story / "content/facts", record)["people"] == facts.Stamp(facts.stamp(people).inputs, True)
    result = extract(story)
    assert result.hand_edited == ["people.yaml"] and people.read_text() == edited
    copy = story / "people.copy"
    copy.write_text(text)
    os.replace(copy, people)  # the generator's own text back: a new file, read again
    assert facts.stamps(story / "content/facts", record)["people"] == facts.Stamp(facts.stamp(people).inputs, False)
    for damage in ("", "{", '{"format": "explainer-sheet-stamps-v1", "sheets": {"people": [1, 2]}}', "[]"):
        record.write_text(damage)
        assert facts.stamps(story / "content/facts", record) == {
            name: facts.stamp(story / f"content/facts/{name}.yaml") for name in facts.SHEETS}


def test_a_missing_or_empty_sheet_is_not_edited(tmp_path: Path) -> None:
    (tmp_path / "blank.yaml").write_text("\n# nothing here\n")
    (tmp_path / "latin1.yaml").write_bytes("- id: caf\xe9\n".encode("latin-1"))
    assert facts.stamp(tmp_path / "missing.yaml") is None and facts.stamp(tmp_path / "blank.yaml") is None
    assert facts.stamp(tmp_path / "latin1.yaml") == facts.Stamp("", True)


# --- dates ----------------------------------------------------------------------------------------

@pytest.mark.parametrize(("sheet", "key", "value"), [
    ("events", "date", "2025-13-01"), ("events", "date", "2025-02-30"), ("events", "date", "2025-00"),
    ("sources", "published", "2025-02-29"), ("sources", "published", "2023-04-31"),
])
def test_an_impossible_date_in_a_hand_edited_sheet_is_named_with_its_line(story: Path, sheet: str, key: str, value: str) -> None:
    """17.17: `date: 2025-13-01` used to pass `check` and crash the build in render."""
    path = story / f"content/facts/{sheet}.yaml"
    lines = path.read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith(f"  {key}: "))
    lines[n] = f"  {key}: {value}"
    path.write_text("\n".join(lines) + "\n")
    expected = f"{sheet}.yaml:{n + 1}: invalid fact sheet at 0/{key}: '{value}' is not a real date"
    assert any(expected in str(p) for p in pipeline.check(story))
    with pytest.raises(ExplainerError, match=expected):
        pipeline.render(story / "content/facts", story / "templates")


@given(st.dates())
def test_every_real_date_is_accepted(day) -> None:  # noqa: ANN001
    text = day.isoformat().zfill(10)
    assert facts.real_date(text) and facts.real_date(text[:7]) and facts.real_date(text[:4]) == (day.year > 0)


# --- ids --------------------------------------------------------------------------------------------

def test_the_schema_states_the_one_id_pattern() -> None:
    assert facts.schema()["$defs"]["id"]["pattern"] == ids.ID_PATTERN


@given(st.text(max_size=30))
def test_an_id_is_safe_wherever_it_lands(text: str) -> None:
    if ids.is_id(text):
        assert set(text) <= set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789._-")
        assert ".." not in text and not text.startswith(("-", ".", "_"))
        facts.validate("organizations", [{"id": text, "name": "N", "aliases": [], "sources": []}], Path("o.yaml"))
    else:
        with pytest.raises(ExplainerError, match="is not a valid id"):
            facts.validate("organizations", [{"id": text, "name": "N", "aliases": [], "sources": []}], Path("o.yaml"))


def test_markup_as_a_speaker_in_a_hand_edited_sheet_is_named_with_its_line(story: Path) -> None:
    path = story / "content/facts/reactions.yaml"
    lines = path.read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("  speaker: "))
    lines[n] = '  speaker: "jane-doe onclick=alert(1)"'
    path.write_text("\n".join(lines) + "\n")
    assert any(f"reactions.yaml:{n + 1}: invalid fact sheet at 0/speaker: 'jane-doe onclick=alert(1)' is not a valid id" in str(p)
               for p in pipeline.check(story))


# --- the same exit status on every run --------------------------------------------------------------

def test_a_broken_correction_is_reported_on_every_run_while_it_stands(story: Path) -> None:
    """17.8: the second run found the sheets current and forgot the problem (`build --strict` exit 0)."""
    (story / "content/corrections.yaml").write_text(VALID + "- action: drop\n  id: no-such-fact\n")
    first = [str(p) for p in extract(story).problems]
    assert len(first) == 1 and "corrections.yaml:3: drop: no fact with id 'no-such-fact'" in first[0]
    again = extract(story)
    assert again.sheets is None and [str(p) for p in again.problems] == first
    (story / pipeline.CORRECTIONS_RECORD).unlink()  # a cleared cache: worked out again
    assert [str(p) for p in extract(story).problems] == first
    (story / "content/corrections.yaml").write_text(VALID)
    assert extract(story).problems == [] and extract(story).problems == []


# --- corrections after merging: join again, person with organization ---------------------------------

def two_sources() -> dict[str, list[dict]]:
    ev1 = {"source": "s1", "text": '"We will rebuild the harbor wall," Vole said.'}
    ev2 = {"source": "s2", "text": '"We shall rebuild the harbor wall," Ann Vole said.'}
    return sheets_with(
        sources=[{"id": "s1", "title": "T", "path": "s1.txt", "words": 3}, {"id": "s2", "title": "U", "path": "s2.txt", "words": 3}],
        people=[{"id": "ann-vole", "name": "Ann Vole", "aliases": [], "roles": [], "sources": ["s1"], "single_source": True,
                 "evidence": [ev1]},
                {"id": "anne-vole", "name": "Anne Vole", "aliases": [], "roles": [], "sources": ["s2"], "single_source": True,
                 "evidence": [ev2]}],
        organizations=[{"id": "vole-office", "name": "Vole Office", "aliases": ["Mayor's office"], "sources": ["s2"], "evidence": [ev2]}],
        events=[{"id": "e1", "date": "2025-03-03", "date_text": "Monday", "summary": "Vole resigned her post", "people": ["ann-vole"],
                 "sources": ["s1"], "evidence": [ev1]},
                {"id": "e2", "date": "2025-03-03", "date_text": "Monday", "summary": "Anne Vole resigned", "people": ["anne-vole"],
                 "sources": ["s2"], "evidence": [ev2]}],
        reactions=[{"id": "r1", "speaker": "ann-vole", "kind": "quote", "text": "We will rebuild the harbor wall,",
                    "sources": ["s1"], "evidence": [ev1]},
                   {"id": "r2", "speaker": "anne-vole", "kind": "quote", "text": "We shall rebuild the harbor wall,",
                    "sources": ["s2"], "evidence": [ev2]},
                   {"id": "r3", "speaker": "vole-office", "kind": "quote", "text": "We will rebuild the harbor wall,",
                    "sources": ["s2"], "evidence": [ev2]}],
        figures=[], discrepancies=[],
    )


def correct(sheets: dict, text: str, tmp_path: Path, aka: dict | None = None) -> corrections.Applied:
    path = tmp_path / "corrections.yaml"
    path.write_text(text)
    return corrections.apply(sheets, corrections.read(path), path, aka)


def test_after_a_merge_one_statement_and_one_event_are_joined(tmp_path: Path) -> None:
    """17.6: two copies of one statement, and two events of the now-single person, stayed apart."""
    out = correct(two_sources(), "- action: merge\n  ids: [ann-vole, anne-vole]\n", tmp_path)
    assert out.problems == []
    [statement] = [r for r in out.sheets["reactions"] if r["speaker"] == "ann-vole"]
    assert [e["source"] for e in statement["evidence"]] == ["s1", "s2"] and statement["sources"] == ["s1", "s2"]
    assert [v["text"] for v in statement["variants"]] == ["We will rebuild the harbor wall,", "We shall rebuild the harbor wall,"]
    [event] = out.sheets["events"]
    assert event["people"] == ["ann-vole"] and event["sources"] == ["s1", "s2"] and "single_source" not in event
    assert facts.dangling(out.sheets) == []


def test_a_person_and_an_organization_can_be_merged(tmp_path: Path) -> None:
    sheets = two_sources()
    sheets["events"][1]["organizations"] = ["vole-office"]
    out = correct(sheets, "- action: merge\n  ids: [ann-vole, vole-office]\n", tmp_path)
    assert out.problems == [] and out.sheets["organizations"] == []
    person = by_id(out.sheets["people"])["ann-vole"]
    assert {"Vole Office", "Mayor's office"} <= set(person["aliases"]) and person["sources"] == ["s1", "s2"]
    assert [r["speaker"] for r in out.sheets["reactions"]].count("ann-vole") == 1  # r3 joined r1: the same words
    assert "vole-office" not in json.dumps(out.sheets)  # every reference moved
    [event] = out.sheets["events"]  # e2's organization became the person: the same happening as e1 now
    assert event["people"] == ["ann-vole", "anne-vole"] and "organizations" not in event


def test_reattributing_a_copy_of_a_statement_joins_it(tmp_path: Path) -> None:
    out = correct(two_sources(), "- action: reattribute\n  id: r3\n  speaker: ann-vole\n", tmp_path)
    assert [r["id"] for r in out.sheets["reactions"]] == ["r1", "r2"]
    assert by_id(out.sheets["reactions"])["r1"]["corrected"] is True


# --- stable ids, and corrections aimed at an id that moved -------------------------------------------

def test_a_correction_whose_id_moved_is_re_aimed_with_a_notice(tmp_path: Path) -> None:
    """17.5: the fact it meant is the one with an item that would give the old id."""
    out = correct(two_sources(), "- action: drop\n  id: e1-old\n- action: note\n  id: r1-old-2\n  text: t\n", tmp_path,
                  aka={"e1-old": ["e1"], "r1-old": ["r1", "r2"]})
    assert "e1" not in by_id(out.sheets["events"])
    assert [str(n) for n in out.notices] == [
        f"{tmp_path / 'corrections.yaml'}:1: drop: no fact has the id 'e1-old' any more; applied to 'e1', "
        "the same fact under its new id (write that id here)"]
    assert [str(p) for p in out.problems] == [
        f"{tmp_path / 'corrections.yaml'}:3: note: no fact with id 'r1-old-2'; did you mean 'r1' or 'r2'?"]


MAYOR = """---
published: {published}
---
{title}
{body}
"""
FIRST = MAYOR.format(published="2025-03-05", title="Harbor mayor steps down", body=(
    'Mayor Ann Vole of Port Delling resigned on Monday after a budget dispute with the city council. '
    '"I leave with my head high and my books balanced," Vole said. The council said 120 jobs would be cut.'))
RETOLD = (  # the same resignation and statement in other words: joins FIRST's facts
    'Port Delling mayor Ann Vole quit her post on Monday, ending a long fight with the city council over the budget. '
    '"I leave with my head held high and with balanced books," Vole told reporters.')
UNRELATED = "Ferry strike ends\nFerry crews in Lake Ombra returned to work on Friday after a four-day strike, union leader Tom Arkle said."


def story_ids(sheets: dict[str, list[dict]]) -> dict[str, set[str]]:
    return {k: {x["id"] for x in sheets[k]} for k in ("people", "organizations", "events", "reactions", "figures")}


@pytest.mark.parametrize(("name", "text"), [
    ("0_later.txt", MAYOR.format(published="2025-03-06", title="Port Delling mayor quits", body=RETOLD)),
    ("z_later.txt", MAYOR.format(published="2025-03-07", title="Port Delling mayor quits", body=RETOLD)),
    ("0_undated.txt", "Port Delling mayor quits\n" + RETOLD),
    ("0_unrelated.txt", MAYOR.format(published="2025-03-01", title="Ferry strike ends", body=UNRELATED)),
])
def test_ids_hold_when_a_source_is_added(tmp_path: Path, name: str, text: str) -> None:
    """17.5: a later source (whatever its file name sorts as) or an unrelated one changes no id."""
    articles = tmp_path / "content/articles"
    articles.mkdir(parents=True)
    (articles / "a_first.txt").write_text(FIRST)
    before = story_ids(pipeline.extract(articles, tmp_path / "f", root=tmp_path).sheets)
    assert before["events"] and before["reactions"] and before["people"]
    (articles / name).write_text(text)
    after = pipeline.extract(articles, tmp_path / "f", root=tmp_path).sheets
    assert all(before[k] <= story_ids(after)[k] for k in before), (before, story_ids(after))
    if "later" in name:  # the new source joined the facts, under their ids
        assert all(len(x["sources"]) == 2 for x in after["events"] + after["reactions"] if x["id"] in before[
            "events"] | before["reactions"])


def test_ids_of_the_seed_story_hold_when_an_unrelated_article_joins(story: Path) -> None:
    before = story_ids(facts.read(story / "content/facts"))
    (story / "content/articles/0000_ferry.txt").write_text(MAYOR.format(published="2025-01-01", title="Ferry strike ends", body=UNRELATED))
    after = story_ids(extract(story).sheets)
    assert all(before[k] <= after[k] for k in before)


def test_a_drop_holds_when_an_earlier_source_renames_the_event(tmp_path: Path) -> None:
    """17.5: an earlier source now gives the event its id; the drop aimed at the old id still applies."""
    articles = tmp_path / "content/articles"
    articles.mkdir(parents=True)
    (articles / "a_first.txt").write_text(FIRST)
    first = pipeline.extract(articles, tmp_path / "f", root=tmp_path).sheets
    [event] = [e["id"] for e in first["events"]]
    (tmp_path / "content/corrections.yaml").write_text(f"- action: drop\n  id: {event}\n")
    (articles / "b_earlier.txt").write_text(MAYOR.format(published="2025-03-04", title="Port Delling mayor quits", body=RETOLD))
    result = pipeline.extract(articles, tmp_path / "f", root=tmp_path)
    assert result.problems == [] and not any("resign" in e["summary"] or "quit" in e["summary"] for e in result.sheets["events"])
    [notice] = [str(w) for w in result.warnings if "corrections.yaml" in str(w)]
    assert f"corrections.yaml:1: drop: no fact has the id '{event}' any more; applied to '2025-03-03-" in notice


def test_a_correction_that_leaves_a_dangling_reference_is_named(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The safety net after all corrections: should an action ever leave a reference to nothing
    (here, a drop whose reference rewriting is broken on purpose), its line is named and the
    reference removed, so the sheets written stay whole."""
    monkeypatch.setattr(corrections._Story, "replace_refs", lambda self, old, new, kind="people": None)
    out = correct(sheets_with(), "- action: verify\n  id: e1\n- action: drop\n  id: ann-vole\n", tmp_path)
    assert [str(p) for p in out.problems] == [
        f"{tmp_path / 'corrections.yaml'}:3: drop: leaves a reference at 0/people/0: no person with id 'ann-vole' in events (removed)",
        f"{tmp_path / 'corrections.yaml'}:3: drop: leaves a reference at 0/speaker: no person or organization with id 'ann-vole'"
        " in reactions (removed)",
    ]
    assert facts.dangling(out.sheets) == [] and out.sheets["reactions"] == []


def test_sheets_that_all_lost_their_stamps_are_kept_and_the_message_says_why(project: Path) -> None:
    for sheet in (project / "content/facts").glob("*.yaml"):
        sheet.write_text("\n".join(line for line in sheet.read_text().splitlines() if not line.startswith("#")) + "\n")
    before = {p.name: p.read_text() for p in (project / "content/facts").glob("*.yaml")}
    with pytest.raises(ExplainerError, match="no sheet keeps its stamp line to tell whether"):
        pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert {p.name: p.read_text() for p in (project / "content/facts").glob("*.yaml")} == before
