"""Paraphrased reactions: a named person or organization as the subject of a reaction verb
("X praised the decision", "Y called on the government to resign"), with its stance."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span

from generator.extract.lexicon import stances
from generator.extract.mentions import Mentions
from generator.extract.sentences import sent_of
from generator.extract.textindex import Ranges

MAX_TOKENS = 40


@dataclass
class Paraphrase:
    speaker: str
    text: str
    stance: str
    sentence: Span


def find_paraphrases(doc: Doc, mentions: Mentions, quotes: list[tuple[int, int]]) -> list[Paraphrase]:
    lexicon = stances()
    out: list[Paraphrase] = []
    quoted = Ranges(quotes)
    for tok in doc:
        stance = lexicon.get(tok.lemma_.lower())
        if stance is None or tok.pos_ != "VERB" or tok.idx in quoted:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        m = mentions.at(subject) or next(
            (mentions.at(c) for c in subject.children if c.dep_ == "appos" and mentions.at(c)), None
        )
        if m is None:
            continue
        sent = sent_of(tok)
        if quoted.starts_within(sent.start_char, sent.end_char):
            continue  # a direct quotation carries this reaction already
        name = mentions.entities[m.key].name
        words = doc[tok.i : min(tok.right_edge.i + 1, tok.i + MAX_TOKENS)].text.rstrip(" .,;")
        out.append(Paraphrase(m.key, f"{name} {words}".strip(), stance, sent))
    return out
