"""Who a message went to: "a letter sent to X and Y", "his letter addressed to X",
"Z sent a letter to X". Sources that name different addressees for the same author's
message are a discrepancy worth showing."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import words
from generator.extract.mentions import Mentions
from generator.extract.quotes import resolve
from generator.extract.sentences import sent_of


@dataclass
class Addressing:
    author: str  # entity key
    item: str  # "letter"
    recipients: list[str]  # entity keys, or the noun phrase when no entity is named
    sentence: Span


def _recipients(verb: Token, mentions: Mentions) -> list[str]:
    out: list[str] = []
    for prep in verb.children:
        if prep.dep_ in ("prep", "dative") and prep.lower_ == "to":
            for obj in prep.children:
                if obj.dep_ != "pobj":
                    continue
                named = mentions.in_span(obj.left_edge.i, obj.right_edge.i + 1)
                if named:
                    out += [m.key for m in named if m.key not in out]
                else:
                    out += [tok.doc[tok.left_edge.i : tok.i + 1].text for tok in [obj, *obj.conjuncts]]
    return out


def find_addressings(doc: Doc, mentions: Mentions) -> list[Addressing]:
    nouns, verbs = words("message_nouns"), words("sending_verbs")
    out: list[Addressing] = []
    for verb in doc:
        if verb.lemma_.lower() not in verbs or verb.pos_ != "VERB":
            continue
        recipients = _recipients(verb, mentions)
        if not recipients:
            continue
        if verb.dep_ == "acl" and verb.head.lemma_.lower() in nouns:
            item = verb.head
        else:
            item = next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in nouns), None)
        if item is None:
            continue
        candidates = [next((c for c in item.children if c.dep_ == "poss"), None)]
        if verb.dep_ != "acl":
            candidates.append(next((c for c in verb.children if c.dep_ == "nsubj"), None))
        # "In a letter sent to X, Levin said ...": the writer is the subject of the sentence
        candidates.append(next((c for c in sent_of(verb).root.children if c.dep_ == "nsubj"), None))
        author = next((a for c in candidates if c is not None and (a := resolve(c, mentions, {}))), None)
        if author is not None:
            out.append(Addressing(author, item.lemma_.lower(), recipients, sent_of(verb)))
    return out
