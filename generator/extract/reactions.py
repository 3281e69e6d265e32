"""Paraphrased reactions: a named person or organization as the subject of a reaction verb
("X praised the decision", "Y called on the government to resign"), with its stance.

Who reacted is the first rule of stage `reaction.paraphrase` that names someone."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import stances, words
from generator.extract.mentions import Mention, Mentions
from generator.extract.negation import negated
from generator.extract.pronouns import unsure
from generator.extract.rules import rule
from generator.extract.sentences import columns_of, sent_of, tokens_of
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
    tokens, column = tokens_of(doc), columns_of(doc)
    for i, lemma in enumerate(column.lemma_lower):
        stance = lexicon.get(lemma)
        if stance is None or column.pos[i] != "VERB":
            continue
        tok = tokens[i]
        if tok.idx in quoted:
            continue
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subject is None:
            continue
        m = rules.first("reaction.paraphrase", subject, mentions)
        if m is None:
            continue
        sent = sent_of(tok)
        if _quoted_already(sent, quoted) or _negated(tok) or _in_a_question(tok) or _object_written_before(tok):
            continue
        name = mentions.entities[m.key].name
        start = rules.first("reaction.paraphrase-start", tok, subject) or tok.i
        words = doc[start : min(tok.right_edge.i + 1, tok.i + MAX_TOKENS)].text.rstrip(" .,;")
        out.append(Paraphrase(m.key, f"{name} {words}".strip(), stance, sent))
    return out


@rule("reaction.paraphrase-subject-named", stage="reaction.paraphrase", priority=10, action="attribute-speaker",
      why="'Tom Hale praised the decision': the reaction verb's subject, when it names someone.",
      examples=["Tom Hale praised the Dunmore bridge plan on Monday."])
def _subject_named(subject: Token, mentions: Mentions) -> Mention | None:
    m = mentions.at(subject)
    return None if m is not None and m.pronoun and unsure(subject, m, mentions) else m  # a guess: no one's reaction


@rule("reaction.paraphrase-name-in-apposition", stage="reaction.paraphrase", priority=20, action="attribute-speaker",
      why="'The head of the party, Tom Hale, praised the decision': the name beside the subject.",
      examples=["Dunmore's transport minister, Tom Hale, praised the plan."])
def _name_in_apposition(subject: Token, mentions: Mentions) -> Mention | None:
    return next((mentions.at(c) for c in subject.children if c.dep_ == "appos" and mentions.at(c)), None)


@rule("reaction.paraphrase-not-beside-a-quotation", stage="reaction.paraphrase-veto", priority=10, action="veto",
      why="A sentence that quotes the speaker carries the reaction already, as a quotation.",
      examples=['Tom Hale praised the plan, calling it "a fine day for Dunmore".'])
def _quoted_already(sent: Span, quoted: Ranges) -> bool | None:
    return quoted.starts_within(sent.start_char, sent.end_char) or None


@rule("reaction.paraphrase-not-negated", stage="reaction.paraphrase-veto", priority=20, action="veto",
      why="'Tom Hale did not praise the plan', 'would never criticize': a negated reaction verb is no reaction of its "
          "stance, and the verb without its negation would state the opposite of the source.",
      examples=["Tom Hale did not praise the Dunmore bridge plan on Monday.",
                "Ana Ruiz was silent. Nor did Tom Hale praise the Dunmore bridge plan.",
                "Neither Tom Hale nor Ana Ruiz praised the Dunmore bridge plan."],
      counter=["Tom Hale praised the Dunmore bridge plan on Monday."])
def _negated(verb: Token) -> bool | None:
    return negated(verb) or None


@rule("reaction.paraphrase-in-a-question", stage="reaction.paraphrase-veto", priority=25, action="veto",
      why="'the host pressed her on why Hale would back the mill owners': a reaction verb in a clause that asks "
          "(data/question_words.txt: 'why', 'whether', 'if', 'how') states no stance; the words from its subject on "
          "would assert what was only asked.",
      examples=["Spokeswoman Sarah Lind spoke on the radio. The host pressed her on why Tom Hale would back the mill "
                "owners against the council."],
      counter=["Spokeswoman Sarah Lind spoke on the radio. Tom Hale backed the mill owners against the council on "
               "Monday."])
def _in_a_question(verb: Token) -> bool | None:
    return any(c.dep_ in ("advmod", "mark") and c.lower_ in words("question_words") for c in verb.children) or None


@rule("reaction.paraphrase-object-written-before", stage="reaction.paraphrase-veto", priority=30, action="veto",
      why="'the coach, Tom Hale, whom the chairman Ana Ruiz praised for ...', 'the audit that Ana Ruiz has called for': a"
          " reaction verb whose object (or its preposition's) is a relative pronoun before its subject; the words from the"
          " subject on would drop what was praised ('Ana Ruiz praised for ...' reads as if she were praised).",
      examples=["The club was led by its coach, Tom Hale, whom the chairman Ana Ruiz praised for steering it through the flood.",
                "Leaders will wait until the council agrees to the rules for the audit that the Tarrow Greens have called for."],
      counter=["The chairman Ana Ruiz praised the coach, Tom Hale, for steering the club through the flood."])
def _object_written_before(verb: Token) -> bool | None:
    if any(c.dep_ in ("dobj", "dative") and c.tag_ in ("WP", "WDT") and c.i < verb.i for c in verb.children):
        return True
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)  # "the audit that X has called for"
    if verb.dep_ != "relcl" or subject is None or any(c.dep_ in ("dobj", "ccomp", "xcomp") for c in verb.children):
        return None
    return any(t.lower_ in words("relativizers") for t in verb.doc[verb.head.i + 1 : subject.i]) or None


@rule("reaction.paraphrase-start.auxiliaries", stage="reaction.paraphrase-start", priority=10, action="extend",
      why="'he did acknowledge the error', 'she would welcome talks': the verb's auxiliaries after its subject stay "
          "in the paraphrase ('Tom Hale would welcome talks', not 'Tom Hale welcome talks').",
      examples=["Tom Hale would welcome talks with the Dunmore council, his office said."],
      counter=["Tom Hale welcomed talks with the Dunmore council on Monday.",
               "Dunmore vote\n\nRepresentative Ana Ruiz of Tarrow said the plan was wrong.\n\nBut Ruiz, who’s called on Hale to "
               "resign, said the row would not stop work on the bridge."])
def _auxiliaries(verb: Token, subject: Token) -> int | None:
    auxiliaries = [c.i for c in verb.children if c.dep_ in ("aux", "auxpass") and subject.i < c.i < verb.i
                   and not (verb.tag_ == "VBN" and c.text[0] in "’'")]  # "who’s praised": 'Ruiz praised', not 'Ruiz ’s praised'
    return min(auxiliaries) if auxiliaries else None

