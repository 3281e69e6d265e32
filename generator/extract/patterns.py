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
from generator.extract.sentences import columns_of


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
    matcher, reach = _matcher(name, doc.vocab), _reach(name)
    for begin, end_of in ([(0, len(doc))] if reach is None else reach.windows(doc)):
        for match_id, start, end in matcher(doc[begin:end_of]) if begin or end_of < len(doc) else matcher(doc):
            rule_id = doc.vocab.strings[match_id]
            if rules.enabled(rule_id):
                rules.note(rule_id, doc[begin + start : begin + end])
                found.append((rule_id, begin + start, begin + end))
    return sorted(found, key=lambda m: (m[1], -m[2], m[0]))


# Where a match can be: every token of a match passes one token test of the patterns, and
# every match of a pattern holds a token passing that pattern's anchor (a required token
# test, on a word where it has one). So the Matcher need only run over each run of tokens
# passing some test that holds an anchor: the same matches, the greedy ones chosen within one
# run as in the whole document, at a quarter of the cost (most of a document is in no run
# near an anchor).
_COLUMN = {"ORTH": "text", "LOWER": "lower", "LEMMA": "lemma", "POS": "pos", "TAG": "tag", "DEP": "dep",
           "ENT_TYPE": "ent_type", "IS_TITLE": "is_title", "IS_LOWER": "text"}
_REQUIRED = (None, "1", "+")  # a token test every match of the pattern passes ("?" and "*" may match nothing)
_POSITIVE = (*_REQUIRED, "?", "*")  # a token a test matches passes it ("!" matches one that fails it)


class _Reach:
    def __init__(self, specs: list[dict[str, Any]], anchors: list[dict[str, Any]]) -> None:
        self.tests = [self._compile(spec) for spec in specs]
        self.anchors = [self._compile(spec) for spec in anchors]

    @staticmethod
    def _compile(spec: dict[str, Any]) -> list[tuple[str, str, Any]]:
        tests = []
        for attr, want in spec.items():
            if attr == "OP":
                continue
            op, value = next(iter(want.items())) if isinstance(want, dict) else ("==", want)
            if attr == "IS_LOWER":
                op, value = "islower", value
            tests.append((_COLUMN[attr], op, frozenset(value) if op in ("IN", "NOT_IN") else value))
        return tests

    @staticmethod
    def _holds(tests: list[tuple[str, str, Any]], columns: Any, i: int) -> bool:
        for column, op, value in tests:
            have = getattr(columns, column)[i]
            if op == "islower":
                ok = have.islower() == value
            elif op == "IN":
                ok = have in value
            elif op == "NOT_IN":
                ok = have not in value
            else:
                ok = have == value
            if not ok:
                return False
        return True

    def windows(self, doc: Doc) -> list[tuple[int, int]]:
        """(start, end) of each run of tokens around an anchor, in document order."""
        columns, n, out = columns_of(doc), len(doc), []
        candidates = _anchor_candidates(self.anchors, columns)
        for i in candidates:
            if out and i < out[-1][1] or not any(self._holds(a, columns, i) for a in self.anchors):
                continue
            start, end = i, i + 1
            while start > 0 and any(self._holds(t, columns, start - 1) for t in self.tests):
                start -= 1
            while end < n and any(self._holds(t, columns, end) for t in self.tests):
                end += 1
            out.append((start, end))
        return out


def _anchor_candidates(anchors: list[list[tuple[str, str, Any]]], columns: Any) -> list[int]:
    """Tokens that may pass an anchor: found through a word list where every anchor tests
    one (the usual case), else every token."""
    words: set[str] = set()
    for tests in anchors:
        listed = [value if op == "IN" else {value} for column, op, value in tests if column == "lower" and op in ("IN", "==")]
        if not listed:
            return list(range(len(columns.lower)))
        words.update(listed[0])
    return [i for i, lower in enumerate(columns.lower) if lower in words]


@cache
def _reach(name: str) -> _Reach | None:
    """None where a pattern tests what `_Reach` does not read, or has no required token, or a
    negated or counted one: the Matcher then runs over the whole document."""
    specs, anchors = [], []
    for entry in load(name):
        for pattern in _expand(entry["patterns"]):
            if any(spec.get("OP") not in _POSITIVE for spec in pattern):
                return None
            required = [spec for spec in pattern if spec.get("OP") in _REQUIRED]
            if not required:
                return None
            listed = [spec for spec in required if "LOWER" in spec]  # a word, with the most tests: few tokens pass it
            anchors.append(max(listed, key=len) if listed else required[0])
            specs += pattern
    for spec in specs:
        for attr, want in spec.items():
            if attr == "OP":
                continue
            if attr not in _COLUMN or isinstance(want, dict) and (len(want) != 1 or next(iter(want)) not in ("IN", "NOT_IN")):
                return None
            if attr == "IS_LOWER" and not isinstance(want, bool):
                return None
    return _Reach(specs, anchors)
