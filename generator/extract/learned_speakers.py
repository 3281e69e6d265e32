"""Who said a quotation no rule attributes: a small chooser learned from PolNeAR.

The speaker rules (`quotes.py`) read cues: a verb of saying and its subject, a colon after a
name, a writing that speaks. Some quotations have none in their own sentence ("Ruiz was
furious. \"We were lied to.\""), and no rule may guess. For those only, this chooser weighs the
people and bodies named near the quotation (in its sentence, the three before and the one after)
and the speaker of the statement before, and picks the one most likely to have said it, or no
one.

It is a conditional logit: each candidate gets a score, the sum of the weights of its features
(where it is named, how far from the quotation, whether it is the subject of a verb of saying,
whether it said the statement before ...), and "no one" gets a score of its own from features of
the quotation; a softmax turns the scores into probabilities. The weights are data
(`data/speaker_chooser.json`), learned by `scripts/train_speaker_chooser.py` from PolNeAR's
training split (840 US news articles whose attributions were annotated by hand; the features
and the labels come from this project's own parse of them). Nothing here names a person.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from spacy.tokens import Doc, Token

from generator.extract.lexicon import words
from generator.extract.pronouns import SUBJECT_DEPS
from generator.extract.sentences import sentence_number, sentences_of, text_of

WEIGHTS = Path(__file__).parent / "data" / "speaker_chooser.json"
BEFORE, AFTER = 3, 1  # sentences looked at before and after the quotation's own


@dataclass(frozen=True)
class Candidate:
    key: str  # a key of Mentions.entities
    features: dict[str, float]


@dataclass(frozen=True)
class Chooser:
    weights: dict[str, float]
    threshold: float  # the least probability at which a candidate is published as the speaker

    def probabilities(self, nobody: dict[str, float], candidates: list[Candidate]) -> list[float]:
        """The probability of each candidate, then of no one, in that order."""
        scores = [sum(self.weights.get(k, 0.0) * v for k, v in f.items()) for f in [c.features for c in candidates] + [nobody]]
        top = max(scores)
        exps = [math.exp(s - top) for s in scores]
        total = sum(exps)
        return [e / total for e in exps]

    def pick(self, nobody: dict[str, float], candidates: list[Candidate]) -> int | None:
        """Which candidate is the speaker: the likeliest, when at least the threshold likely and likelier than no one."""
        if not candidates:
            return None
        p = self.probabilities(nobody, candidates)
        best = max(range(len(candidates)), key=lambda i: (p[i], -i))
        return best if p[best] >= self.threshold and p[best] > p[-1] else None


@cache
def chooser() -> Chooser:
    data = json.loads(WEIGHTS.read_text(encoding="utf-8"))
    return Chooser(dict(zip(data["features"], data["weights"], strict=True)), float(data["threshold"]))


def choose(doc: Doc, start: int, end: int, previous: str | None) -> str | None:
    """The speaker of the quotation at characters `start`-`end` of `doc`, when the chooser gives
    one candidate at least its threshold's probability; `previous`: the speaker of the statement
    before, if any."""
    nobody, found = candidates(doc, start, end, previous)
    best = chooser().pick(nobody, found)
    return None if best is None else found[best].key


def candidates(doc: Doc, start: int, end: int, previous: str | None) -> tuple[dict[str, float], list[Candidate]]:
    """The features of "no one" and of each person or body named near the quotation at
    characters `start`-`end` (not inside a quotation), and of `previous` wherever it was named."""
    mentions = doc._.mentions
    text = text_of(doc)
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    if first is None or last is None:
        return {}, []
    sents = sentences_of(doc)
    s0, s1 = sentence_number(doc[first.start]), sentence_number(doc[last.end - 1])
    lo, hi = max(0, s0 - BEFORE), min(len(sents) - 1, s1 + AFTER)
    para_start = text.rfind("\n", 0, start) + 1
    para_end = text.find("\n", end)
    para_end = len(text) if para_end < 0 else para_end
    outside = [t for t in doc[sents[s0].start : sents[s1].end] if not start <= t.idx < end and t.is_alpha]
    nobody = {
        "null_bias": 1.0,
        "null_whole_sentence": float(len(outside) <= 1),
        "null_words_outside_" + _bucket(len(outside), (0, 2, 5, 10)): 1.0,
        "null_para_start": float(not text[para_start:start].strip(" \"“'‘")),
        "null_prev": float(previous is not None),
    }
    near = _named_near(doc, lo, hi, first.start, last.end)
    if previous is not None and previous in mentions.entities:
        near.setdefault(previous, [])
    counts: dict[str, int] = {}
    for m in mentions.mentions:
        if not m.in_quote:
            counts[m.key] = counts.get(m.key, 0) + 1
    most = max(counts, key=lambda k: (counts[k], k), default=None)
    nearest_before = min(
        ((first.start - tok.i, key) for key, found in near.items() for _, tok, _ in found if tok.i < first.start),
        default=(0, None))[1]
    out = []
    for key, found in sorted(near.items()):
        f = {"kind_" + mentions.entities[key].kind: 1.0, "prev_speaker": float(key == previous),
             "count_" + _bucket(counts.get(key, 0), (1, 2, 4, 8)): 1.0, "most_mentioned": float(key == most)}
        if not found:
            f["only_prev"] = 1.0
            out.append(Candidate(key, f))
            continue
        f.update(_nearest(found, first.start, last.end, s0, s1, para_start, para_end))
        f["in_sent"] = float(any(s0 <= k <= s1 for k, _, _ in found))
        f["in_sent_subj"] = float(any(s0 <= k <= s1 and tok.dep_ in SUBJECT_DEPS for k, tok, _ in found))
        f["in_window_subj"] = float(any(tok.dep_ in SUBJECT_DEPS for _, tok, _ in found))
        f["n_window_" + _bucket(len(found), (1, 2, 4))] = 1.0
        if key == nearest_before:
            f["last_before"] = 1.0
            if mentions.entities[key].kind == "person":
                f["last_before_person"] = 1.0
        out.append(Candidate(key, f))
    return nobody, out


def _named_near(doc: Doc, lo: int, hi: int, q_start: int, q_end: int) -> dict[str, list[tuple[int, Token, bool]]]:
    """Each person or body named outside quotation marks in sentences `lo` to `hi` (not in the quotation at tokens
    `q_start`-`q_end`): where, as (sentence, its word, whether a pronoun)."""
    mentions, sents = doc._.mentions, sentences_of(doc)
    near: dict[str, list[tuple[int, Token, bool]]] = {}
    for k in range(lo, hi + 1):
        for m in mentions.in_span(sents[k].start, sents[k].end):
            if not m.in_quote and m.key in mentions.entities and not q_start <= m.start < q_end:
                near.setdefault(m.key, []).append((k, doc[m.start : m.end].root, m.pronoun))
    for i, key in mentions.described.items():  # "the senator said": a title standing for someone
        if key in mentions.entities and lo <= sentence_number(doc[i]) <= hi and not mentions.quoted(doc[i].idx) \
                and not q_start <= i < q_end:
            near.setdefault(key, []).append((sentence_number(doc[i]), doc[i], False))
    return near


def _nearest(found: list[tuple[int, Token, bool]], q_start: int, q_end: int, s0: int, s1: int,
             para_start: int, para_end: int) -> dict[str, float]:
    """Features of the mention nearest the quotation (fewest sentences away, then fewest words)."""
    def away(item: tuple[int, Token, bool]) -> tuple[int, int]:  # sentences and words between it and the quotation
        k, tok, _ = item
        return (s0 - k, q_start - tok.i - 1) if tok.i < q_start else (k - s1, tok.i - q_end)

    k, tok, pronoun = min(found, key=lambda item: (*map(abs, away(item)), item[1].i))
    sentences, gap = away((k, tok, pronoun))
    side = "before" if tok.i < q_start else "after"
    return {
        f"near_{side}_s{min(max(sentences, 0), 3)}": 1.0,
        "tokdist_" + _bucket(max(gap, 0), (2, 5, 10, 20, 40)): 1.0,
        "near_pronoun": float(pronoun),
        "near_subj": float(tok.dep_ in SUBJECT_DEPS),
        "near_poss": float(tok.dep_ == "poss" or (tok.i + 1 < len(tok.doc) and tok.doc[tok.i + 1].tag_ == "POS")),
        "near_pobj": float(tok.dep_ == "pobj"),
        "near_dobj": float(tok.dep_ == "dobj"),
        "near_compound": float(tok.dep_ == "compound"),
        "near_same_para": float(para_start <= tok.idx < para_end),
        # the word list alone, not quotes.is_speech_verb (quotes imports this module); a change here means retraining
        "near_subj_speech": float(tok.dep_ in SUBJECT_DEPS and tok.head.lemma_.lower() in words("speech_verbs")),
    }


def _bucket(n: int, cuts: tuple[int, ...]) -> str:
    return next((str(c) for c in cuts if n <= c), "more")
