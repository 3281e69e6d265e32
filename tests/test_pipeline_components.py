"""The spaCy pipeline runs only what the rules read, and the rules still get all of it."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.language import Language

from generator.extract import extract_doc, nlp, token_attributes
from generator.records import Article

# Words that reach the attribute ruler's special patterns: two-token ones ("gon na", "Let 's",
# "y' all", "ai n't"), "There" + "is", pronouns by dependency, "did" as a main verb, "got".
TRICKY = (
    "I told them we're gonna win, and y'all know it. Let's go, she said; there is no doubt. "
    "He ain't done and she did it herself. It got worse, and you can't blame us. "
    "The ministers' meetings were being held since those talks began; nobody had seen anything."
)


@pytest.fixture(scope="module")
def spacy_own() -> Language:
    """The project's pipeline with spaCy's attribute_ruler and lemmatizer left in."""
    real = token_attributes.supports
    token_attributes.supports = lambda ruler: False
    try:
        return nlp.load.__wrapped__()
    finally:
        token_attributes.supports = real


def test_pipeline_runs_one_lookup_pass_instead_of_ruler_and_lemmatizer() -> None:
    assert nlp.load().pipe_names == [
        "tok2vec", "tagger", "news_sentence_starts", "parser", "token_attributes", "ner", "counts_after_months",
    ]


def test_lookup_pass_sets_what_ruler_and_lemmatizer_set(spacy_own: Language) -> None:
    ours, theirs = nlp.load()(TRICKY), spacy_own(TRICKY)
    def annotations(doc):  # noqa: ANN001, ANN202
        return [(t.text, t.tag_, t.pos_, str(t.morph), t.lemma_, t.dep_, t.head.i) for t in doc]
    assert annotations(ours) == annotations(theirs)
    lemmas = {t.text: t.lemma_ for t in ours}
    assert (lemmas["gon"], lemmas["na"], lemmas["'s"], lemmas["ai"], lemmas["meetings"]) == ("go", "to", "us", "be", "meeting")


def test_lemmatizer_is_asked_once_per_distinct_word(spacy_own: Language) -> None:
    asked: list[str] = []
    lemmatizer = spacy_own.get_pipe("lemmatizer")
    real = lemmatizer.lemmatize
    lemmatizer.lemmatize = lambda token: asked.append(token.text) or real(token)
    try:
        once = token_attributes.TokenAttributes(spacy_own.get_pipe("attribute_ruler"), lemmatizer)
        with spacy_own.select_pipes(disable=["attribute_ruler", "lemmatizer", "ner", "counts_after_months"]):
            doc = spacy_own("The voters chose. " * 40)
        once(doc)
    finally:
        lemmatizer.lemmatize = real
    assert [t.lemma_ for t in doc[:4]] == ["the", "voter", "choose", "."]
    assert sorted(asked) == [".", "The", "chose", "voters"]  # not 160 calls: one per (word, tag, features)


def test_rules_still_read_tags_parse_entities_and_lemmas() -> None:
    text = (
        "Jane Smith was appointed finance minister on 3 March 2024. "
        '"We are going to cut taxes for every working family," Ms Smith told reporters. '
        "Opposition leader Tom Baker criticised the plan."
    )
    facts = extract_doc(Article("t", Path("t.txt"), "T", text, published=date(2024, 6, 12)), nlp.load()(text))
    roles = {p.name: [r.title for r in p.roles] for p in facts.people}
    assert roles == {"Jane Smith": ["finance minister"], "Tom Baker": ["Opposition leader"]}
    said = {(r.kind, r.speaker, r.text, r.stance) for r in facts.reactions}
    assert ("quote", "jane-smith", "We are going to cut taxes for every working family,", None) in said
    assert ("paraphrase", "tom-baker", "Tom Baker criticised the plan", "criticizes") in said  # lemma "criticise"
    assert [e.date for e in facts.events] == ["2024-03-03"]
