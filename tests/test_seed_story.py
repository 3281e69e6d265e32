"""The seed story end to end: fact sheets valid, scored, deterministic, and committed as made."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from conftest import ROOT, SEED_GOLD, SEED_PEOPLE, shared_scorer

from generator import facts, pipeline


def test_fact_sheets_validate_against_schema(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts, validate_all=True)  # raises on any schema violation
    assert {s["id"] for s in sheets["sources"]} == {"000_52fbf2a74c2c8dc0", "001_628b2c49be68cc05"}
    assert all(s["published"] == "2025-01-21" and "outlet" not in s for s in sheets["sources"])


def test_people_and_roles(seed_facts: Path) -> None:
    people = {p["name"]: p for p in facts.read(seed_facts)["people"]}
    assert sorted(people) == sorted(SEED_PEOPLE)
    titles = {name: " ".join(f"{r['title']} {r.get('organization') or ''}".lower() for r in p["roles"]) for name, p in people.items()}
    assert "defense minister" in titles["Israel Katz"]
    assert "chief of staff" in titles["Herzi Halevi"]
    assert "yisrael beitenu" in titles["Avigdor Liberman"]
    assert "southern command" in titles["Yaron Finkelman"]
    assert "Halevi" in people["Herzi Halevi"]["aliases"]


def test_quotes_have_their_speakers(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts)
    names = {p["id"]: p["name"] for p in sheets["people"]}
    said = {r["text"]: names[r["speaker"]] for r in sheets["reactions"] if r["kind"] == "quote"}

    def speaker_of(start: str) -> str:
        return next(name for text, name in said.items() if text.startswith(start))

    assert speaker_of("Now it is time for the prime minister") == "Yair Lapid"
    assert speaker_of("The goals of the war have not") == "Herzi Halevi"  # "he stated"
    assert speaker_of("to take responsibility and follow") == "Avigdor Liberman"


def test_events_resolved_against_publication_date(seed_facts: Path) -> None:
    events = facts.read(seed_facts)["events"]

    def summaries(day: str) -> str:
        return " | ".join(e["summary"] for e in events if e["date"] == day)

    assert "resign" in summaries("2025-03-06")
    assert "resign" in summaries("2025-01-21")
    assert "quit" in summaries("2024-04")
    assert "freed" in summaries("2025-01-19")
    assert "attack" in summaries("2023-10-07")
    for e in events:
        assert e["evidence"] and all(ev["text"] for ev in e["evidence"])


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold files are not beside the project")
def test_gold_scores(seed_facts: Path) -> None:
    result = shared_scorer().score(SEED_GOLD, seed_facts)
    assert result["overall_F1"] >= 0.9
    assert result["people"]["F1"] >= 0.95
    assert result["quotes"]["F1"] >= 0.95
    assert result["quote_speakers"]["F1"] >= 0.9


def test_extraction_is_deterministic_and_committed_sheets_are_current(seed_facts: Path, tmp_path: Path) -> None:
    pipeline.extract(ROOT / "content/articles", tmp_path, root=ROOT)
    for name in facts.SHEETS:
        again = (tmp_path / f"{name}.yaml").read_bytes()
        assert again == (seed_facts / f"{name}.yaml").read_bytes(), name
        assert again == (ROOT / "content/facts" / f"{name}.yaml").read_bytes(), f"content/facts/{name}.yaml is stale: run explainer extract"


def test_invalid_fact_sheet_is_reported_with_file(tmp_path: Path) -> None:
    (tmp_path / "people.yaml").write_text("- id: x\n  name: X\n  aliases: []\n  roles: nope\n  sources: []\n")
    with pytest.raises(Exception) as info:
        facts.read(tmp_path)
    assert "people.yaml" in str(info.value) and "roles" in str(info.value)
    (tmp_path / "people.yaml").write_text("- id: [unclosed\n")
    with pytest.raises(Exception, match=r"people.yaml:\d+: invalid YAML"):
        facts.read(tmp_path)


def test_sheet_under_its_own_name_is_accepted(seed_facts: Path, tmp_path: Path) -> None:
    data = yaml.safe_load((seed_facts / "figures.yaml").read_text())
    (tmp_path / "figures.yaml").write_text(yaml.safe_dump({"figures": data}))
    assert facts.read(tmp_path)["figures"] == data


def test_seed_statement_aligned_and_letter_discrepancy(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts)
    halevi = [r for r in sheets["reactions"] if r["speaker"] == "herzi-halevi" and r.get("variants")]
    assert len(halevi) == 1
    wordings = {v["source"]: v["text"] for v in halevi[0]["variants"]}
    assert wordings["000_52fbf2a74c2c8dc0"].startswith("My responsibility for this terrible failure accompanies me")
    assert wordings["001_628b2c49be68cc05"].startswith("My responsibility for the severe failure follows me")
    differ = {d["what"]: d["values"] for d in sheets["discrepancies"]}
    assert differ["addressees of Herzi Halevi's letter"] == {
        "000_52fbf2a74c2c8dc0": "Benjamin Netanyahu and Israel Katz",
        "001_628b2c49be68cc05": "Israel Katz",
    }
    assert "wording of Herzi Halevi's statement" in differ


def test_every_fact_lists_its_sources(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts)
    for name in ("people", "organizations", "events", "reactions", "figures"):
        for item in sheets[name]:
            assert item["sources"], (name, item["id"])
            assert item.get("single_source", False) == (len(item["sources"]) == 1)


def test_yaml_writer_round_trips(seed_facts: Path) -> None:
    from generator import yamlio

    tricky = ["", " ", "yes", "No", "null", "~", "2025-01-21", "12", "1e3", "0x1F", "- a", "a: b", "a #b", "#x", "'q'", '"q"',
              "tab\there", "line\nbreak", "crlf\r\n", "\u2028sep", "nel\x85", "ctl\x01\x7f", "emoji 🎉", "x  y", "ünï",
              "{a}", "[1]", "&anchor", "*alias", "!tag", "%dir", "@at", "`tick", "|", ">", "?", ",", "a,", "trailing ", " lead",
              "O'Brien", "Ben-Gvir’s", "Lt. Gen.", "3 hostages", "end."]
    data = [{"id": "x", "texts": tricky, "nested": [{"a": t, "n": [1, 2.5, True, None, [], {}]} for t in tricky], "empty": []}]
    assert yaml.safe_load(yamlio.dump(data)) == data
    for name in facts.SHEETS:
        sheet = facts.read(seed_facts)[name]
        assert yaml.safe_load(yamlio.dump(sheet)) == (sheet or [])
