"""Whether a verb is negated: the one test the extractors share before they take a verb as an
act ("did not resign"), a relation ("never fired"), a reaction ("Nor did he praise"), an office
held ("is no longer chairman") or a statement made ("never said").

Each extractor adds what is its own on top (events: a comparison, "did not do as well as";
quotes: a verb of denying above the verb)."""

from __future__ import annotations

from spacy.tokens import Token

from generator.extract.lexicon import words

_SUBJECT_DEPS = ("nsubj", "nsubjpass")
_AUXILIARY_DEPS = ("aux", "auxpass")


def negated(verb: Token) -> bool:
    """Whether `verb` is negated (data/negating_words.txt): a negation on the verb ("did not
    praise", "never said") or on one of its auxiliaries, "no longer" ("is no longer chairman"),
    or a subject negated as a whole ("Neither Hale nor Ruiz praised", "No member said")."""
    negating = words("negating_words")
    for child in verb.children:
        if child.dep_ == "neg" or child.lower_ in negating:
            return True
        if child.dep_ in _AUXILIARY_DEPS and any(c.dep_ == "neg" for c in child.children):
            return True
        if child.dep_ == "advmod" and child.lower_ == "longer" and any(c.dep_ == "neg" for c in child.children):
            return True
        if child.dep_ in _SUBJECT_DEPS and any(c.dep_ == "neg" or c.lower_ in negating for c in child.children):
            return True
    return False
