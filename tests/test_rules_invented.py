"""Rules are general, with invented examples: no run of six words of an article that a test or
gold file names (the development and held-out sets, the seed story, PolNeAR dev) may appear in
a rule's examples or counter-examples, nor on any line of the generator's code and data."""

from __future__ import annotations

import re
from functools import cache

import pytest
import yaml
from conftest import ROOT, SHARED

from generator.extract import rules

N = 6
# Runs every English news text shares and no rule could avoid: an office's own name, an idiom.
COMMON = {"the u s attorney's office for", "u s attorney's office for the", "the same time a year ago",
          "by the end of the month", "who asked not to be named", "said in a joint statement the",
          "the european convention on human rights", "up to two years in jail"}  # stock phrases of news writing, a treaty's name
SETS = {"dev": "bbc", "dev_modern": "allsides", "dev_modern_b": "allsides", "dev_modern_c": "allsides", "dev_modern_d": "allsides",
        "dev_modern_e": "allsides", "dev_modern_f": "allsides", "dev_modern_g": "allsides",
        "dev_modern_h": "allsides", "dev_modern_i": "allsides", "dev_modern_j": "allsides", "dev_modern_k": "allsides",
        "dev_modern_l": "allsides", "dev_modern_m": "allsides", "dev_modern_n": "allsides", "dev_modern_o": "allsides",
        "dev_modern_p": "allsides", "dev_modern_q": "allsides", "dev_modern_r": "allsides", "dev_modern_s": "allsides",
        "dev_modern_t": "allsides", "dev_modern_u": "allsides", "dev_modern_v": "allsides",
        "held_out": "allsides"}


def runs(text: str) -> set[str]:
    words = [w.strip("'") for w in re.findall(r"[a-z0-9']+", text.lower().replace("’", "'").replace("‘", "'"))]
    words = [w for w in words if w]  # "'pointed to ... 1917'": a quote mark at a word's end is no part of it
    return {" ".join(words[i : i + N]) for i in range(len(words) - N + 1)} - COMMON


@cache
def article_runs() -> frozenset[str]:
    paths = list((SHARED / "articles" / "halevi-resignation").glob("*"))
    paths += list((SHARED / "corpus" / "polnear" / "data" / "dev" / "text").glob("*"))
    for folder, corpus in SETS.items():
        for gold in sorted((ROOT / "tests" / folder).glob("*.yaml")):
            sheet = yaml.safe_load(gold.read_text(encoding="utf-8"))
            for name in sheet.get("articles") or [sheet.get("article")]:
                paths.append(SHARED / "corpus" / corpus / name)
    found: set[str] = set()
    for path in paths:
        if path.is_file():
            found |= runs(path.read_text(encoding="utf-8", errors="ignore"))
    return frozenset(found)


def test_the_articles_are_there() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    assert len(article_runs()) > 100_000


def test_rule_examples_are_invented() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    shared = [
        f"{rule.id}: {sorted(runs(text) & article_runs())[0]!r}"
        for rule in rules.REGISTRY.values()
        for text in (*rule.examples, *rule.counter)
        if runs(text) & article_runs()
    ]
    assert not shared, "rule examples with an article's words:\n" + "\n".join(shared)


def test_code_and_data_quote_no_article() -> None:
    if not SHARED.is_dir():
        pytest.skip("../shared is not beside the project")
    files = [p for p in sorted((ROOT / "generator").rglob("*")) if p.suffix in {".py", ".txt", ".json", ".yaml"}]
    shared = [
        f"{path.relative_to(ROOT)}:{number}"
        for path in files
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if runs(line) & article_runs()
    ]
    assert not shared, "lines with an article's words:\n" + "\n".join(shared)
