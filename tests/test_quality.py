"""Extraction quality, measured: the seed story's targets, and the development set of BBC
politics articles annotated by hand (tests/dev/; the articles are read from shared/)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, SEED_GOLD, SHARED, shared_scorer

from generator import evaluate, facts, pipeline

SEED_TARGETS = {"people": 0.95, "roles": 0.90, "quotes": 0.95, "quote_speakers": 0.90, "events": 0.80, "figures": 0.85, "organizations": 0.80}
# Floors a little under what the development set measured (README), so a regression fails.
DEV_FLOORS = {
    "bbc-business-013": 0.61, "bbc-business-048": 0.62, "bbc-business-106": 0.87,
    "bbc-business-155": 0.89, "bbc-business-161": 0.64, "bbc-business-193": 0.88,
    "bbc-business-234": 0.95, "bbc-business-304": 0.93, "bbc-business-308": 0.80,
    "bbc-business-309": 0.86, "bbc-business-316": 0.82, "bbc-business-326": 0.93,
    "bbc-business-337": 0.98, "bbc-business-379": 0.69, "bbc-business-384": 0.86,
    "bbc-business-393": 0.92, "bbc-business-412": 0.84, "bbc-business-419": 0.90,
    "bbc-business-423": 0.58, "bbc-business-444": 0.88, "bbc-business-445": 0.89,
    "bbc-business-452": 0.87, "bbc-business-458": 0.92, "bbc-business-460": 0.95,
    "bbc-business-486": 0.50, "bbc-business-489": 0.65, "bbc-politics-001": 0.98,
    "bbc-politics-003": 0.96, "bbc-politics-005": 0.98, "bbc-politics-013": 0.88,
    "bbc-politics-015": 0.48, "bbc-politics-020": 0.98, "bbc-politics-029": 0.86,
    "bbc-politics-039": 0.88, "bbc-politics-040": 0.96, "bbc-politics-041": 0.82,
    "bbc-politics-044": 0.58, "bbc-politics-045": 0.98, "bbc-politics-049": 0.89,
    "bbc-politics-050": 0.92, "bbc-politics-055": 0.96, "bbc-politics-057": 0.98,
    "bbc-politics-060": 0.93, "bbc-politics-062": 0.91, "bbc-politics-063": 0.98,
    "bbc-politics-070": 0.89, "bbc-politics-071": 0.91, "bbc-politics-076": 0.83,
    "bbc-politics-080": 0.80, "bbc-politics-083": 0.90, "bbc-politics-085": 0.88,
    "bbc-politics-089": 0.83, "bbc-politics-090": 0.14, "bbc-politics-094": 0.93,
    "bbc-politics-095": 0.89, "bbc-politics-099": 0.70, "bbc-politics-100": 0.79,
    "bbc-politics-102": 0.72, "bbc-politics-105": 0.80, "bbc-politics-110": 0.96,
    "bbc-politics-112": 0.53, "bbc-politics-115": 0.86, "bbc-politics-116": 0.83,
    "bbc-politics-118": 0.98, "bbc-politics-120": 0.90, "bbc-politics-121": 0.84,
    "bbc-politics-124": 0.84, "bbc-politics-130": 0.83, "bbc-politics-135": 0.88,
    "bbc-politics-140": 0.69, "bbc-politics-143": 0.88, "bbc-politics-145": 0.98,
    "bbc-politics-150": 0.82, "bbc-politics-154": 0.95, "bbc-politics-156": 0.80,
    "bbc-politics-157": 0.88, "bbc-politics-160": 0.83, "bbc-politics-162": 0.84,
    "bbc-politics-163": 0.89, "bbc-politics-166": 0.93, "bbc-politics-170": 0.96,
    "bbc-politics-175": 0.84, "bbc-politics-180": 0.88, "bbc-politics-183": 0.87,
    "bbc-politics-185": 0.92, "bbc-politics-186": 0.91, "bbc-politics-190": 0.70,
    "bbc-politics-191": 0.98, "bbc-politics-192": 0.75, "bbc-politics-196": 0.96,
    "bbc-politics-200": 0.92, "bbc-politics-201": 0.96, "bbc-politics-205": 0.98,
    "bbc-politics-206": 0.89, "bbc-politics-210": 0.80, "bbc-politics-211": 0.90,
    "bbc-politics-212": 0.79, "bbc-politics-215": 0.93, "bbc-politics-216": 0.98,
    "bbc-politics-218": 0.90, "bbc-politics-225": 0.86, "bbc-politics-227": 0.85,
    "bbc-politics-230": 0.93, "bbc-politics-235": 0.84, "bbc-politics-236": 0.56,
    "bbc-politics-240": 0.89, "bbc-politics-241": 0.98, "bbc-politics-242": 0.88,
    "bbc-politics-244": 0.94, "bbc-politics-245": 0.84, "bbc-politics-247": 0.82,
    "bbc-politics-249": 0.92, "bbc-politics-257": 0.89, "bbc-politics-259": 0.71,
    "bbc-politics-261": 0.39, "bbc-politics-262": 0.83, "bbc-politics-263": 0.48,
    "bbc-politics-264": 0.64, "bbc-politics-265": 0.93, "bbc-politics-266": 0.80,
    "bbc-politics-268": 0.91, "bbc-politics-269": 0.34, "bbc-politics-270": 0.95,
    "bbc-politics-271": 0.91, "bbc-politics-272": 0.64, "bbc-politics-273": 0.98,
    "bbc-politics-274": 0.38, "bbc-politics-275": 0.96, "bbc-politics-276": 0.77,
    "bbc-politics-277": 0.98, "bbc-politics-278": 0.85, "bbc-politics-279": 0.86,
    "bbc-politics-280": 0.89, "bbc-politics-281": 0.96, "bbc-politics-282": 0.93,
    "bbc-politics-286": 0.96, "bbc-politics-288": 0.86, "bbc-politics-289": 0.87,
    "bbc-politics-292": 0.80, "bbc-politics-296": 0.96, "bbc-politics-303": 0.89,
    "bbc-politics-306": 0.85, "bbc-politics-307": 0.98, "bbc-politics-315": 0.81,
    "bbc-politics-319": 0.88, "bbc-politics-320": 0.58, "bbc-politics-325": 0.79,
    "bbc-politics-327": 0.91, "bbc-politics-333": 0.88, "bbc-politics-339": 0.91,
    "bbc-politics-346": 0.88, "bbc-politics-361": 0.87, "bbc-politics-363": 0.87,
    "bbc-politics-368": 0.94, "bbc-politics-376": 0.83, "bbc-politics-377": 0.98,
    "bbc-politics-382": 0.92, "bbc-politics-393": 0.84, "bbc-politics-394": 0.96,
    "bbc-politics-395": 0.55, "bbc-politics-398": 0.89, "bbc-politics-399": 0.95,
    "bbc-politics-400": 0.89, "bbc-politics-410": 0.94, "bbc-politics-411": 0.91,
    "bbc-politics-413": 0.88, "bbc-politics-414": 0.96,
}
DEV = sorted((ROOT / "tests/dev").glob("*.yaml"))
CORPUS = SHARED / "corpus" / "bbc"


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold files are not beside the project")
def test_seed_story_meets_its_targets(seed_facts: Path) -> None:
    scores = evaluate.score(evaluate.read_gold(SEED_GOLD), facts.read(seed_facts))
    below = {k: round(scores[k].f1, 3) for k, target in SEED_TARGETS.items() if scores[k].f1 < target}
    assert below == {}


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold files are not beside the project")
def test_evaluate_agrees_with_the_shared_scorer(seed_facts: Path) -> None:
    theirs = shared_scorer().score(SEED_GOLD, seed_facts)
    ours = evaluate.score(evaluate.read_gold(SEED_GOLD), facts.read(seed_facts))
    for name, s in ours.items():
        assert (round(s.precision, 3), round(s.recall, 3)) == (theirs[name]["P"], theirs[name]["R"]), name
    assert round(evaluate.overall(ours), 3) == theirs["overall_F1"]


@pytest.mark.skipif(not CORPUS.exists(), reason="the BBC corpus is not beside the project")
@pytest.mark.parametrize("gold_file", DEV, ids=[p.stem for p in DEV])
def test_development_set(gold_file: Path, tmp_path: Path) -> None:
    gold = evaluate.read_gold(gold_file)
    text = (CORPUS / gold["article"]).read_text(encoding="utf-8")
    if gold.get("published"):  # the corpus has no dates; the gold file gives one to resolve against
        text = f"---\npublished: {gold['published']}\n---\n{text}"
    (tmp_path / Path(gold["article"]).name).write_text(text, encoding="utf-8")
    scores = evaluate.score(gold, pipeline.evaluate_sheets(tmp_path))
    assert evaluate.overall(scores) >= DEV_FLOORS[gold_file.stem]


@pytest.mark.skipif(not SEED_GOLD.exists(), reason="shared gold files are not beside the project")
def test_evaluate_command_prints_scores() -> None:
    out = subprocess.run([sys.executable, "-m", "generator", "evaluate", "--gold", str(SEED_GOLD), str(ROOT / "content/articles")],
                         capture_output=True, text=True, timeout=300)
    assert out.returncode == 0, out.stderr
    lines = out.stdout.splitlines()
    assert lines[0].startswith("people ") and lines[-1].startswith("overall F1 0.9")
