"""Token patterns kept as data: `patterns/NAME.json`, compiled once per process into a spaCy
Matcher, each pattern a registered rule.

A file is a list of rules, each with the fields of `rules.Rule` (id, why, priority, action,
examples, counter) and `patterns`, a list of spaCy Matcher patterns
(https://spacy.io/usage/rule-based-matching). A value `"@NAME"` inside a pattern stands for
the word list `data/NAME.txt` (`{"LOWER": {"IN": "@org_nouns"}}`). The rule's stage is
`pattern.NAME`; `matches(NAME, doc)` gives the matches of the enabled rules in document order,
longest first where two start together, with their rule ids.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from generator.extract import rules
from generator.extract.lexicon import words


def _expand(value: Any) -> Any:
    """`"@NAME"` -> the sorted word list NAME, anywhere inside a pattern."""
    if isinstance(value, str) and value.startswith("@"):
        return sorted(words(value[1:]))
    if isinstance(value, dict):
        return {k: _expand(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_expand(v) for v in value]
    return value


@cache
def load(name: str) -> tuple[dict[str, Any], ...]:
    """The rules of `patterns/NAME.json`, registered once."""
    text = resources.files("generator.extract").joinpath("patterns", f"{name}.json").read_text(encoding="utf-8")
    entries = tuple(json.loads(text))
    for entry in entries:
        rules.register_pattern(rules.Rule(
            entry["id"], f"pattern.{name}", entry["priority"], entry.get("action", "add"), entry["why"],
            tuple(entry.get("examples", ())), tuple(entry.get("counter", ())), f"patterns/{name}.json",
        ))
    return entries


@cache
def _matcher(name: str, vocab: Vocab) -> Matcher:
    matcher = Matcher(vocab)
    for entry in load(name):
        matcher.add(entry["id"], _expand(entry["patterns"]), greedy=entry.get("greedy"))
    return matcher


def matches(name: str, doc: Doc) -> list[tuple[str, int, int]]:
    """(rule id, start, end) of every match of the enabled rules of `patterns/NAME.json`."""
    found = []
    for match_id, start, end in _matcher(name, doc.vocab)(doc):
        rule_id = doc.vocab.strings[match_id]
        if rules.enabled(rule_id):
            rules.note(rule_id, doc[start:end])
            found.append((rule_id, start, end))
    return sorted(found, key=lambda m: (m[1], -m[2], m[0]))
