"""Every extraction rule's own examples, run: the rule fires on each of its examples and the
facts differ with it turned off (an ablation that catches dead and shadowed rules; the learned
speaker fallback is off on both sides when it would stand in for the rule); on each of its
counter-examples it changes nothing."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.extract import explain, rules

RULES = sorted(rules.REGISTRY.values(), key=lambda r: r.id)
EXAMPLES = [(r.id, text) for r in RULES for text in r.examples]
COUNTER = [(r.id, text) for r in RULES for text in r.counter]
# A learned fallback (the speaker chooser) names the speaker a rule turned off would have named on a short example;
# a rule matters when the facts differ without it, that fallback off on both sides.
LEARNED = frozenset({"quote.speaker-learned"})


def _facts(text: str, off: frozenset[str] = frozenset()) -> list[str]:
    with rules.disabled(off):
        return explain.facts_lines(explain.extract_text(text))


def test_every_rule_is_named_explained_and_has_an_example() -> None:
    for found in RULES:
        assert re.fullmatch(r"[a-z]+(\.[a-z0-9]+(-[a-z0-9]+)*)+", found.id), found.id
        assert found.why.strip() and found.stage, found.id
        assert found.examples, f"{found.id} has no example"


def test_the_registry_holds_the_listed_rules() -> None:
    """A rule deleted by mistake takes its own examples with it; the committed list (`tests/rule_ids.txt`) makes every
    rule added or removed show in the change. Regenerate it after adding or removing a rule on purpose."""
    listed = set((Path(__file__).parent / "rule_ids.txt").read_text(encoding="utf-8").split())
    registered = {r.id for r in RULES}
    again = ("if on purpose: .venv/bin/python -c \"from generator.extract import explain, rules; "
             "print(*sorted(rules.REGISTRY), sep=chr(10))\" > tests/rule_ids.txt")
    assert not listed - registered, f"rules listed but no longer registered: {sorted(listed - registered)}; {again}"
    assert not registered - listed, f"rules registered but not in tests/rule_ids.txt: {sorted(registered - listed)}; {again}"


def test_priorities_are_explicit_within_a_stage() -> None:
    stages: dict[str, list[int]] = {}
    for found in RULES:
        stages.setdefault(found.stage, []).append(found.priority)
    for stage, priorities in stages.items():
        assert len(priorities) == len(set(priorities)), f"two rules of {stage} share a priority"


@pytest.mark.parametrize(("rule_id", "text"), EXAMPLES, ids=[f"{r}:{t[:30]}" for r, t in EXAMPLES])
def test_rule_fires_on_its_example_and_matters(rule_id: str, text: str) -> None:
    found = explain.explain(text)
    assert any(f.rule == rule_id and f.outcome != "shadowed" for f in found.fired), f"{rule_id} did not fire"
    if _facts(text, frozenset({rule_id})) == found.lines:  # the learned speaker may stand in for a speaker rule
        fallback = LEARNED - {rule_id}
        assert fallback and _facts(text, fallback | {rule_id}) != _facts(text, fallback), f"{rule_id} changes nothing here"


@pytest.mark.parametrize(("rule_id", "text"), COUNTER, ids=[f"{r}:{t[:30]}" for r, t in COUNTER])
def test_rule_changes_nothing_on_its_counter_example(rule_id: str, text: str) -> None:
    assert _facts(text, frozenset({rule_id})) == _facts(text)


def test_a_disabled_rule_is_skipped_and_the_registry_restored() -> None:
    stage_rule = next(r for r in RULES if rules.rules_of(r.stage))
    with rules.disabled({stage_rule.id}):
        assert not rules.enabled(stage_rule.id)
    assert rules.enabled(stage_rule.id)
    with pytest.raises(KeyError):
        with rules.disabled({"no.such-rule"}):
            pass
