"""The model's attribute ruler and lemmatizer as one pass of look-ups, with the same output.

The attribute ruler gives each token its part of speech, features and some lemmas from its
tag, its lower-case form and its dependency (and a neighbour's, for a few two-word
patterns); the rule lemmatizer then derives the other lemmas from the word, its part of
speech and its features. spaCy runs the ruler as a Matcher trying its 179 patterns at every
token and recomputes every base-form lemma: about a sixth of the whole pipeline's time, more
than the rules that read the results. Here the ruler's own patterns are tested once per
distinct (tag, lower, dependency, space) and the lemmatizer asked once per distinct (word,
part of speech, features); every token then costs a few dict look-ups.
"""

from __future__ import annotations

import re
from collections import OrderedDict
from collections.abc import Mapping
from typing import Any

from spacy.attrs import DEP, IS_SPACE, LOWER, TAG
from spacy.language import Language
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc, Token
from spacy.tokens._retokenize import set_token_attrs

# The token attributes the ruler's patterns test, in the order of a Feature tuple.
FEATURES = ("TAG", "LOWER", "DEP", "IS_SPACE")
OPERATORS = ("IN", "NOT_IN", "REGEX")

Feature = tuple[str, str, str, bool]  # tag_, lower_, dep_, is_space
Row = tuple[int, ...]  # the same as hashes, as Doc.to_array gives them
Test = tuple[int, str, Any]  # (position in Feature, operator, value)
Keyed = tuple[int, tuple[Test, ...]]  # a one-token pattern: (its key, its tests)


def supports(ruler: AttributeRuler) -> bool:
    """Whether every pattern of `ruler` tests only FEATURES, by value, IN, NOT_IN or REGEX,
    and names a token inside it: what `_compile` reproduces. A model whose ruler does more
    keeps spaCy's own components."""
    for pattern in ruler.patterns:
        for alternative in pattern["patterns"]:
            if not -len(alternative) <= pattern.get("index", 0) < len(alternative):
                return False
            for spec in alternative:
                for attr, want in spec.items():
                    if attr not in FEATURES or not isinstance(want, (dict, str, bool)):
                        return False
                    if isinstance(want, dict) and (len(want) != 1 or next(iter(want)) not in OPERATORS):
                        return False
    return True


def _compile(spec: Mapping[str, Any]) -> tuple[Test, ...]:
    """One token of a Matcher pattern as tests on a Feature."""
    tests = []
    for attr, want in spec.items():
        op, value = next(iter(want.items())) if isinstance(want, dict) else ("==", want)
        value = re.compile(value) if op == "REGEX" else frozenset(value) if op in ("IN", "NOT_IN") else value
        tests.append((FEATURES.index(attr), op, value))
    return tuple(tests)


def _holds(tests: tuple[Test, ...], feature: Feature) -> bool:
    """Whether a token with `feature` passes the tests, as the Matcher decides with
    allow_missing (an attribute the parse did not set reads as "")."""
    for n, op, value in tests:
        have = feature[n]
        if op == "==":
            ok = have == value
        elif op == "IN":
            ok = have in value
        elif op == "NOT_IN":
            ok = have not in value
        else:
            ok = value.search(have) is not None
        if not ok:
            return False
    return True


class TokenAttributes:
    """Sets what `ruler` and then `lemmatizer` would set, token by token."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self.vocab = ruler.vocab
        self.attrs = ruler.attrs  # per pattern key; the ruler applies them in key order
        self.lemmatizer = _with_word_sets(lemmatizer)
        # (key, index of the target token, tests per token) for each alternative of each pattern
        patterns = [
            (key, p.get("index", 0) % len(alt), tuple(_compile(spec) for spec in alt))
            for key, p in enumerate(ruler.patterns)
            for alt in p["patterns"]
        ]
        self.longer = [pattern for pattern in patterns if len(pattern[2]) > 1]
        # One-token patterns by the tag and word they require (most require one or both).
        self.by_pair: dict[tuple[str, str], list[Keyed]] = {}
        self.by_tag: dict[str, list[Keyed]] = {}
        self.by_lower: dict[str, list[Keyed]] = {}
        self.others: list[Keyed] = []
        for key, _, (tests,) in (p for p in patterns if len(p[2]) == 1):
            exact = {n: value for n, op, value in tests if op == "=="}
            tag, lower = exact.get(0), exact.get(1)
            if tag is not None and lower is not None:
                self.by_pair.setdefault((tag, lower), []).append((key, tests))
            elif tag is not None or lower is not None:
                (self.by_tag.setdefault(tag, []) if tag is not None else self.by_lower.setdefault(lower, [])).append((key, tests))
            else:
                self.others.append((key, tests))
        self._rows: dict[Row, tuple[tuple[int, ...], tuple[int, ...]]] = {}
        self._features: dict[Row, Feature] = {}
        self._folded: dict[tuple[int, ...], dict[int, int]] = {}  # matched keys -> the attributes they set
        self._lemmas: dict[tuple[int, int, int], int] = {}  # (orth, pos, morph) -> lemma hash

    def __call__(self, doc: Doc) -> Doc:
        # Every pattern reads the attributes as they were before this pass, as the ruler's Matcher does.
        rows = [tuple(row) for row in doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()]
        longer: dict[int, list[int]] = {}  # token -> keys of matches of several tokens aimed at it
        for i, row in enumerate(rows):
            keys, firsts = self._rows.get(row) or self._match_row(row)
            for n in firsts:
                key, index, alt = self.longer[n]
                if i + len(alt) <= len(rows) and all(_holds(alt[j], self._feature(rows[i + j])) for j in range(1, len(alt))):
                    longer.setdefault(i + index, []).append(key)
            if i in longer:
                keys = tuple(sorted({*keys, *longer.pop(i)}))
            attrs = self._folded.get(keys)
            if attrs is None:
                attrs = self._folded[keys] = {a: v for key in keys for a, v in self.attrs[key].items()}
            token = doc[i]
            set_token_attrs(token, attrs)
            if token.lemma == 0:
                self._lemmatize(token)
        return doc

    def _match_row(self, row: Row) -> tuple[tuple[int, ...], tuple[int, ...]]:
        """Keys of the one-token patterns a token matches, in the order the ruler applies
        them, and the patterns of several tokens whose first token it matches."""
        feature = self._feature(row)
        tag, lower = feature[0], feature[1]
        candidates = [*self.by_pair.get((tag, lower), ()), *self.by_tag.get(tag, ()), *self.by_lower.get(lower, ()), *self.others]
        keys = tuple(sorted({key for key, tests in candidates if _holds(tests, feature)}))
        firsts = tuple(n for n, (_, _, alt) in enumerate(self.longer) if _holds(alt[0], feature))
        self._rows[row] = (keys, firsts)
        return keys, firsts

    def _feature(self, row: Row) -> Feature:
        feature = self._features.get(row)
        if feature is None:
            strings = self.vocab.strings
            feature = self._features[row] = (strings[row[0]], strings[row[1]], strings[row[2]], bool(row[3]))
        return feature

    def _lemmatize(self, token: Token) -> None:
        """The lemmatizer's answer depends only on the word, its part of speech and features."""
        key = (token.orth, token.pos, token.morph.key)
        lemma = self._lemmas.get(key)
        if lemma is None:
            lemma = self._lemmas[key] = self.vocab.strings.add(self.lemmatizer.lemmatize(token)[0])
        token.lemma = lemma


def _with_word_sets(lemmatizer: Lemmatizer) -> Lemmatizer:
    """`lemmatizer` with its lists of known words as sets: its rules ask `form in index` of
    lists of up to 57,528 words, one scan per candidate form."""
    table = lemmatizer.lookups.get_table("lemma_index", None)
    if table is not None:
        for pos, words in list(table.items()):
            OrderedDict.__setitem__(table, pos, frozenset(words))
    return lemmatizer


@Language.factory("token_attributes")
def make_token_attributes(nlp: Language, name: str) -> TokenAttributes:
    """Built from the model's own `attribute_ruler` and `lemmatizer`, which it replaces."""
    return TokenAttributes(nlp.get_pipe("attribute_ruler"), nlp.get_pipe("lemmatizer"))
