"""Who a message went to: "a letter sent to X and Y", "his letter addressed to X",
"Z sent a letter to X". Sources that name different addressees for the same author's
message are a discrepancy worth showing.

The message is found by the rules of stage `addressing.find`; its author is the first rule
of stage `addressing.author` that names someone."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import words
from generator.extract.mentions import Mentions
from generator.extract.quotes import resolve
from generator.extract.rules import rule
from generator.extract.sentences import columns_of, sent_of, tokens_of


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
    verbs = words("sending_verbs")
    out: list[Addressing] = []
    tokens, column = tokens_of(doc), columns_of(doc)
    for i, lemma in enumerate(column.lemma_lower):
        if lemma not in verbs or column.pos[i] != "VERB":
            continue
        verb = tokens[i]
        recipients = _recipients(verb, mentions)
        if not recipients:
            continue
        item = rules.first("addressing.find", verb)
        if item is None:
            continue
        author = rules.first("addressing.author", verb, item, mentions)
        if author is not None:
            out.append(Addressing(author, item.lemma_.lower(), recipients, sent_of(verb)))
    return out


@rule("addressing.find-message-sent", stage="addressing.find", priority=10, action="add",
      why="'a letter sent to Tom Hale': the message the sending verb describes.",
      examples=["Tom Hale wrote a letter sent to Kerrin Voss on Monday."])
def _message_sent(verb: Token) -> Token | None:
    return verb.head if verb.dep_ == "acl" and verb.head.lemma_.lower() in words("message_nouns") else None


@rule("addressing.find-message-object", stage="addressing.find", priority=20, action="add",
      why="'Ana Ruiz sent a letter to Tom Hale': the message the verb has as its object.",
      examples=["Tom Hale sent a letter to Kerrin Voss on Monday."])
def _message_object(verb: Token) -> Token | None:
    if verb.dep_ == "acl" and verb.head.lemma_.lower() in words("message_nouns"):
        return None  # the message sent, above
    return next((c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in words("message_nouns")), None)


@rule("addressing.author-owner", stage="addressing.author", priority=10, action="attribute-speaker",
      why="'Ana Ruiz's letter addressed to Tom Hale': the message's owner wrote it.",
      examples=["Tom Hale's letter, addressed to Kerrin Voss, was read out in Dunmore."])
def _owner(verb: Token, item: Token, mentions: Mentions) -> str | None:
    owner = next((c for c in item.children if c.dep_ == "poss"), None)
    return resolve(owner, mentions, {}) if owner is not None else None


@rule("addressing.author-sender", stage="addressing.author", priority=20, action="attribute-speaker",
      why="'Ana Ruiz sent a letter to Tom Hale': the sending verb's subject.",
      examples=["Kerrin Voss said Tom Hale sent a letter to Ana Ruiz."])
def _sender(verb: Token, item: Token, mentions: Mentions) -> str | None:
    if verb.dep_ == "acl":
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return resolve(subject, mentions, {}) if subject is not None else None


@rule("addressing.author-sentence-subject", stage="addressing.author", priority=30, action="attribute-speaker",
      why="'In a letter sent to Tom Hale, Ana Ruiz said ...': the writer is the subject of the sentence.",
      examples=["In a letter sent to Kerrin Voss, Tom Hale said the Dunmore bridge was late."])
def _sentence_subject(verb: Token, item: Token, mentions: Mentions) -> str | None:
    subject = next((c for c in sent_of(verb).root.children if c.dep_ == "nsubj"), None)
    return resolve(subject, mentions, {}) if subject is not None else None
