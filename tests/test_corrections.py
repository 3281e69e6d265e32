"""Editors in the loop: corrections survive regeneration, hand edits are never lost, a run
killed midway leaves the previous output whole, and bad input is reported clearly."""

from __future__ import annotations

import re
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator import facts, pipeline
from generator.errors import ExplainerError

NEW_ARTICLE = (
    "---\npublished: 2025-01-23\n---\nIsrael names new army chief\n"
    "Defense Minister Israel Katz said on Thursday that Eyal Zamir would replace Herzi Halevi as chief of staff. "
    "\"Zamir is the right man to lead the army at this time,\" Katz said.\n"
)

CORRECTIONS = """\
- action: rename
  id: herzi-halevi
  name: Herzi HaLevi
- action: merge
  ids: [israel-defense-forces, southern-command]
- action: split
  id: israel-katz
  sources: [001_628b2c49be68cc05]
  name: Yisrael Katz
- action: set-role
  id: yaron-finkelman
  title: Head of Southern Command
  organization: Israel Defense Forces
  status: outgoing
  replace: true
- action: drop
  id: 2023-10-07-keeping-with-his-promise-since-oct-7-2023
- action: reattribute
  id: herzi-halevi-significant-achievements
  speaker: israel-katz
- action: add
  sheet: events
  entry: {date: 2025-03-06, date_text: March 6, summary: Halevi leaves office, people: [herzi-halevi]}
- action: add
  sheet: figures
  entry: {value: 15, text: 15 months, what: months of war in Gaza}
- action: add
  sheet: reactions
  entry: {speaker: benjamin-netanyahu, kind: paraphrase, text: Netanyahu thanked Halevi for his service}
- action: verify
  id: avigdor-liberman
- action: note
  id: itamar-ben-gvir
  text: Party name checked against the Knesset website.
"""


def load(project: Path) -> dict[str, list[dict]]:
    return facts.read(project / "content/facts", validate_all=True)


def by_id(items: list[dict]) -> dict[str, dict]:
    return {i["id"]: i for i in items}


def assert_corrections_hold(s: dict[str, list[dict]]) -> None:
    people, orgs = by_id(s["people"]), by_id(s["organizations"])
    assert people["herzi-halevi"]["name"] == "Herzi HaLevi" and "Herzi Halevi" in people["herzi-halevi"]["aliases"]
    assert "southern-command" not in orgs and "Southern Command" in orgs["israel-defense-forces"]["aliases"]
    assert people["yisrael-katz"]["sources"] == ["001_628b2c49be68cc05"]
    assert "001_628b2c49be68cc05" not in people["israel-katz"]["sources"]
    assert [(r["title"], r["organization"], r["status"]) for r in people["yaron-finkelman"]["roles"]] == [
        ("Head of Southern Command", "Israel Defense Forces", "outgoing")]
    assert "2023-10-07-keeping-with-his-promise-since-oct-7-2023" not in by_id(s["events"])
    assert by_id(s["reactions"])["herzi-halevi-significant-achievements"]["speaker"] == "israel-katz"
    assert any(e["summary"] == "Halevi leaves office" and e["date"] == "2025-03-06" for e in s["events"])
    assert any(f["what"] == "months of war in Gaza" and f["value"] == 15 for f in s["figures"])
    assert any(r["text"] == "Netanyahu thanked Halevi for his service" for r in s["reactions"])
    assert people["avigdor-liberman"]["verified"] is True
    assert people["itamar-ben-gvir"]["note"] == "Party name checked against the Knesset website."


def test_every_kind_of_correction_survives_a_new_article(project: Path) -> None:
    (project / "content/corrections.yaml").write_text(CORRECTIONS)
    before = (project / "content/corrections.yaml").read_bytes()
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert result.problems == []
    assert_corrections_hold(load(project))
    (project / "content/articles/002_new.txt").write_text(NEW_ARTICLE)
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert result.problems == [] and result.parsed == 1  # only the new article went through the NLP
    sheets = load(project)
    assert_corrections_hold(sheets)
    assert "Eyal Zamir" in {p["name"] for p in sheets["people"]}
    assert (project / "content/corrections.yaml").read_bytes() == before  # never written by the tool


def test_correction_whose_target_is_gone_is_reported(project: Path) -> None:
    (project / "content/corrections.yaml").write_text(
        "- action: verify\n  id: avigdor-liberman\n- action: rename\n  id: nobody-at-all\n  name: X\n")
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert [str(p) for p in result.problems] == [
        f"{project / 'content/corrections.yaml'}:3: rename: no person or organization with id 'nobody-at-all' "
        "(after regeneration it may have a new id; see content/facts/)"]
    assert by_id(load(project)["people"])["avigdor-liberman"]["verified"] is True  # the rest applied
    out = subprocess.run([sys.executable, "-m", "generator", "check", "--project", str(project)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1 and "corrections.yaml:3: rename: no person" in out.stdout


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("- action: rename\n  id: [unclosed\n", "corrections.yaml:3: invalid YAML"),
        ("action: rename\n", "corrections.yaml:1: corrections must be a list"),
        ("- action: paint\n  id: x\n", "corrections.yaml:1: unknown action 'paint'"),
        ("- action: rename\n  id: herzi-halevi\n", "corrections.yaml:1: rename: missing name"),
        ("- action: merge\n  ids: herzi-halevi\n", "corrections.yaml:1: merge: 'ids' must be a list of ids"),
    ],
)
def test_bad_corrections_file_is_a_clear_error(project: Path, text: str, message: str) -> None:
    (project / "content/corrections.yaml").write_text(text)
    with pytest.raises(ExplainerError) as info:
        pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert message in str(info.value)


def test_invalid_added_entry_is_reported_with_its_line(project: Path) -> None:
    (project / "content/corrections.yaml").write_text(
        "- action: verify\n  id: avigdor-liberman\n- action: add\n  sheet: events\n  entry: {summary: x, date: someday}\n")
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert len(result.problems) == 1
    assert "corrections.yaml:3: add: the entry is not a valid events entry: 'someday' does not match" in str(result.problems[0])


def test_hand_edits_are_kept_and_never_lost(project: Path) -> None:
    people = project / "content/facts/people.yaml"
    edited = people.read_text().replace("name: Yair Lapid", "name: Yair Lapid (edited)")
    people.write_text(edited)
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert result.hand_edited == ["people.yaml"] and people.read_text() == edited  # shown as edited
    (project / "content/articles/002_new.txt").write_text(NEW_ARTICLE)
    with pytest.raises(ExplainerError, match="people.yaml edited by hand"):
        pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert people.read_text() == edited
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project, force=True)
    assert (result.backup / "people.yaml").read_text() == edited
    assert "Yair Lapid (edited)" not in people.read_text()


def test_output_is_deterministic(project: Path, tmp_path: Path) -> None:
    pages = [pipeline.render(project / "content/facts", project / "templates", project / "content/articles") for _ in range(2)]
    assert pages[0] == pages[1]
    for out in ("a", "b"):
        pipeline.extract(project / "content/articles", tmp_path / out, root=project, force=True)
    for name in facts.SHEETS:
        assert (tmp_path / "a" / f"{name}.yaml").read_bytes() == (tmp_path / "b" / f"{name}.yaml").read_bytes()


def test_killed_run_leaves_previous_output_whole(project: Path) -> None:
    build = [sys.executable, "-m", "generator", "-q", "build", "--project", str(project)]
    assert subprocess.run(build, capture_output=True, timeout=300).returncode == 0
    sheets = {p.name: p.read_bytes() for p in (project / "content/facts").glob("*.yaml")}
    site = {p.relative_to(project / "site"): p.read_bytes() for p in (project / "site").rglob("*") if p.is_file()}
    (project / "content/articles/002_new.txt").write_text(NEW_ARTICLE)
    for delay in (0.5, 2.0, 4.0, 6.0):
        run = subprocess.Popen(build, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        time.sleep(delay)
        run.send_signal(signal.SIGKILL)
        run.wait()
        for path in (project / "content/facts").glob("*.yaml"):
            text = path.read_bytes()
            assert text == sheets[path.name] or facts.stamp(path) is not None and not facts.stamp(path).edited
        facts.read(project / "content/facts", validate_all=True)  # every sheet whole and valid
        index = project / "site/index.html"
        assert index.exists() and index.read_text().rstrip().endswith("</html>")
        now = {p.relative_to(project / "site") for p in (project / "site").rglob("*") if p.is_file()}
        assert now == set(site) or (project / "site/sources/002_new/index.html").exists()
    assert subprocess.run(build, capture_output=True, timeout=300).returncode == 0
    assert (project / "site/sources/002_new/index.html").exists()


def test_bad_articles_are_reported_and_the_rest_builds(project: Path) -> None:
    arts = project / "content/articles"
    (arts / "empty.txt").write_text("")
    (arts / "binary.txt").write_bytes(b"\x00\x01\x02PNG")
    (arts / "latin1.txt").write_bytes("Caf\xe9 crisis\nThe caf\xe9 closed.".encode("latin-1"))
    (arts / "utf16.txt").write_bytes("Mayor quits\nMayor Tom Reed resigned on Monday.".encode("utf-16"))
    (arts / "huge.txt").write_text("Huge\n" + "word " * 1_100_000)
    (arts / "list.md").write_text("---\n- a\n---\n# T\nBody")
    (arts / "date.md").write_text("---\npublished: 2025-02-30\n---\n# T\nBody")
    (arts / "000_52fbf2a74c2c8dc0.md").write_text("# Same id\nAn article with the same id as another.")
    (arts / "spaces and ünïcode .. name.txt").write_text("Odd name\nSenator Ann Lee spoke on Monday.")
    out = subprocess.run([sys.executable, "-m", "generator", "build", "--project", str(project)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1 and "Traceback" not in out.stderr
    for expected in ("empty.txt: empty file", "binary.txt: binary file", "latin1.txt: not UTF-8",
                     "huge.txt: file is 5.5 MB, over the 1 MB limit", "list.md:2: front matter must be a mapping",
                     "date.md: front matter 'published' must be a date", "duplicate article id '000_52fbf2a74c2c8dc0'"):
        assert expected in out.stderr, expected
    ids = {s["id"] for s in load(project)["sources"]}
    assert {"utf16", "spaces-and-unicode-name", "000_52fbf2a74c2c8dc0"} <= ids
    assert (project / "site/sources/spaces-and-unicode-name/index.html").exists()


def test_broken_fact_sheet_is_reported_with_line(project: Path) -> None:
    sources = project / "content/facts/sources.yaml"
    lines = sources.read_text().splitlines()
    n = next(i for i, line in enumerate(lines) if line.startswith("  words:"))
    lines[n] = "  words: many"
    sources.write_text("\n".join(lines) + "\n")
    out = subprocess.run([sys.executable, "-m", "generator", "check", "--project", str(project)],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 1
    assert f"sources.yaml:{n + 1}: invalid fact sheet at 0/words: 'many' is not of type 'integer'" in out.stdout
    with pytest.raises(ExplainerError, match=rf"sources.yaml:{n + 1}: invalid fact sheet"):
        pipeline.render(project / "content/facts", project / "templates")
    people = project / "content/facts/people.yaml"
    people.write_text(people.read_text() + "  - [unclosed\n")
    out = subprocess.run([sys.executable, "-m", "generator", "check", "--project", str(project)],
                         capture_output=True, text=True, timeout=300)
    assert re.search(r"people.yaml:\d+: invalid YAML", out.stdout)
    assert "words: many" in sources.read_text()  # the user's files are left as they wrote them


def test_an_unnamed_sources_statement_can_be_addressed_and_given_to_a_speaker() -> None:
    """A statement with no speaker (an unnamed source, `speaker_text`) is kept through
    corrections (no dangling speaker), verified by its id, and reattributed to a named one."""
    from generator import corrections

    said = {"source": "a", "text": '"The bridge will not open before May," a senior official said.'}
    sheets = {
        "sources": [{"id": "a", "title": "A", "path": "a.txt", "words": 10}],
        "people": [{"id": "tom-hale", "name": "Tom Hale", "aliases": [], "roles": [], "sources": ["a"], "evidence": [said]}],
        "organizations": [], "events": [], "figures": [], "discrepancies": [],
        "reactions": [
            {"id": "bridge", "speaker": None, "speaker_text": "a senior official", "kind": "quote",
             "text": "The bridge will not open before May,", "sources": ["a"], "evidence": [said]},
            {"id": "ferry", "speaker": None, "speaker_text": "one passenger", "kind": "quote",
             "text": "We waited for hours in the rain,", "sources": ["a"], "evidence": [said]},
        ],
    }
    fixes = [corrections.Correction("verify", {"action": "verify", "id": "ferry"}, 1),
             corrections.Correction("reattribute", {"action": "reattribute", "id": "bridge", "speaker": "tom-hale"}, 3)]
    done = corrections.apply(sheets, fixes, Path("corrections.yaml"))
    assert not done.problems
    bridge, ferry = done.sheets["reactions"]
    assert (bridge["speaker"], "speaker_text" in bridge) == ("tom-hale", False)
    assert (ferry["speaker"], ferry["speaker_text"], ferry.get("verified")) == (None, "one passenger", True)
