"""The speaker chooser learned from PolNeAR (generator/extract/learned_speakers.py): which
quotations it attributes, to whom, and the weights file and the training script behind it."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path

from extract_helpers import facts_of, speakers

from generator.extract import learned_speakers, nlp
from generator.extract.components import run
from generator.extract.learned_speakers import Candidate, Chooser

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("train_speaker_chooser", ROOT / "scripts/train_speaker_chooser.py")
train = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(train)

WALKOUT = ("The council met on Monday to vote on the harbour plan. Lena Park, the mayor, walked out before the vote.\n\n"
           '"I will not sit in a room where the people of this town are ignored."')


def test_a_whole_sentence_with_no_cue_goes_to_the_one_the_paragraph_before_is_about() -> None:
    said = speakers(facts_of(WALKOUT))
    assert said == {"I will not sit in a room where the people of this town are ignored.": "Lena Park"}


def test_a_fragment_no_rule_attributes_stays_unpublished_though_the_chooser_would_name_someone() -> None:
    text = ("The council met on Monday to vote on the harbour plan. Lena Park, the mayor, walked out before the vote.\n\n"
            '"a waste of good money, and we will not pay for it."')
    doc = nlp.load()(text)
    run(doc, None)
    assert learned_speakers.choose(doc, text.rindex("\n") + 2, text.rindex('"'), None) is not None
    assert [r.text for r in facts_of(text).reactions if r.kind == "quote"] == []


def test_a_rule_s_speaker_is_kept_and_the_chooser_is_not_asked(monkeypatch) -> None:
    def not_asked(*args: object) -> None:
        raise AssertionError("the chooser was asked")

    monkeypatch.setattr(learned_speakers, "choose", not_asked)
    text = ('Lena Park, the mayor, walked out before the vote. "I will not sit in a room where the people of this town '
            'are ignored," said Tom Hale, who chairs the council.')
    assert list(speakers(facts_of(text)).values()) == ["Tom Hale"]


def test_the_candidates_are_the_ones_named_near_and_the_speaker_of_the_statement_before() -> None:
    doc = nlp.load()(WALKOUT)
    run(doc, None)
    start = WALKOUT.index('"') + 1
    nobody, found = learned_speakers.candidates(doc, start, WALKOUT.rindex('"'), None)
    names = {doc._.mentions.entities[c.key].name: c.features for c in found}
    assert list(names) == ["Lena Park"]
    assert names["Lena Park"]["kind_person"] == 1.0 and names["Lena Park"]["near_before_s1"] == 1.0
    assert nobody["null_bias"] == 1.0 and nobody["null_para_start"] == 1.0
    assert nobody["null_prev"] == 0.0


def test_probabilities_follow_the_weights_and_sum_to_one() -> None:
    model = Chooser({"near": 2.0, "far": -1.0, "null_bias": 0.0}, threshold=0.6)
    p = model.probabilities({"null_bias": 1.0}, [Candidate("a", {"far": 1.0}), Candidate("b", {"near": 1.0})])
    assert abs(sum(p) - 1.0) < 1e-9
    assert p[1] > p[2] > p[0]  # the near one, then no one, then the far one


def test_the_weights_file_is_whole_and_weighs_a_subject_of_saying_for() -> None:
    data = json.loads(learned_speakers.WEIGHTS.read_text(encoding="utf-8"))
    assert len(data["features"]) == len(data["weights"]) == len(set(data["features"])) == 48  # as docs/extraction.md says
    assert data["features"] == sorted(data["features"])
    assert 0.5 <= data["threshold"] < 1.0
    assert re.search(r"PolNeAR train \(\d+ statements\)", data["about"])
    weights = dict(zip(data["features"], data["weights"], strict=True))
    assert weights["near_subj_speech"] > 0 and weights["prev_speaker"] > 0 and weights["kind_org"] < weights["kind_person"]


def test_fitting_learns_the_feature_that_marks_the_speaker_and_is_repeatable() -> None:
    groups = [{"features": [{"mark": 1.0, "other": 1.0}, {"other": 1.0}, {"null_bias": 1.0}], "label": 0}] * 5 + \
             [{"features": [{"other": 1.0}, {"null_bias": 1.0}], "label": 1}] * 5
    names, weights = train.fit(groups)
    assert names == ["mark", "null_bias", "other"]
    assert weights[0] > 0.5
    assert train.fit(groups) == (names, weights)


def test_words_in_title_case_are_a_title_not_a_statement() -> None:
    text = ("The council met on Monday to vote on the harbour plan. Lena Park, the mayor, walked out before the vote.\n\n"
            '"Nights of the Long Pier and the Old Harbour Wall"')
    assert [r.text for r in facts_of(text).reactions if r.kind == "quote"] == []


def test_explain_lists_the_learned_rule_under_the_quotation_it_attributed() -> None:
    from generator.extract import explain

    by_fact, _ = explain.rules_by_fact(explain.explain(WALKOUT))
    line, fired = next((line, fired) for line, fired in by_fact if line.startswith("quote:"))
    assert line.startswith("quote: Lena Park: I will not sit")
    assert "quote.speaker-learned" in {f.rule for f in fired}
