"""Relations between the story's people and organizations, as the text states them: "X fired
Y", "Y was ousted by X" (X fired Y), "X resigned from Z", "X met with Y".

A relation verb (data/relation_verbs.txt: lemma -> label) gives its two parties by the first
rule of stage `relation.parties` that finds them (active subject and object, a passive's
agent, an object after a preposition). Each party is a person or organization the article
names, by the first rule of stage `relation.party` (a name, the name beside a title, a
pronoun only where nobody else could be meant). A relation is dropped when a rule of stage
`relation.veto` says the sentence does not assert it (negated, hypothetical, quoted, not the
clause's own verb)."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import pairs, phrases, words, words_of
from generator.extract.mentions import Mentions
from generator.extract.negation import negated
from generator.extract.rules import rule
from generator.extract.sentences import columns_of, sent_of, tokens_of
from generator.extract.textindex import Ranges

PASSIVE_SUBJECTS = ("nsubjpass",)
ACTIVE_SUBJECTS = ("nsubj",)
OBJECTS = ("dobj",)
# the deps of a verb that is not a clause of its own with its own subject ("wanted to fire X")
NOT_A_CLAUSE = ("xcomp", "acl", "amod", "pcomp", "csubj", "advmod", "compound")


@dataclass
class Relation:
    subject: str  # entity key
    relation: str  # label: "fired"
    object: str  # entity key
    sentence: Span


def find_relations(doc: Doc, mentions: Mentions, quotes: list[tuple[int, int]]) -> list[Relation]:
    labels = pairs("relation_verbs")
    quoted = Ranges(quotes)
    out: list[Relation] = []
    seen: set[tuple[str, str, str, int]] = set()
    tokens, column = tokens_of(doc), columns_of(doc)
    for i, lemma in enumerate(column.lemma_lower):
        label = labels.get(lemma)
        if label is None or column.pos[i] != "VERB":
            continue
        verb = tokens[i]
        found = rules.first("relation.parties", verb)
        if not found or rules.first("relation.veto", verb, quoted):
            continue
        subject_toks, object_toks = found
        sent = sent_of(verb)
        for subject, obj in _pairs(_parties(subject_toks, mentions), _parties(object_toks, mentions)):
            key = (subject, label, obj, sent.start)
            if key not in seen:
                seen.add(key)
                out.append(Relation(subject, label, obj, sent))
    return out


def _parties(toks: list[Token], mentions: Mentions) -> list[str]:
    """Who the joined tokens name. "X and Y" joins two of a kind: a person and an organization
    beside it are a misparse, so only those of the first one's kind count."""
    keys = [rules.first("relation.party", tok, mentions) or None for tok in toks]
    kinds = {mentions.entities[k].kind for k in keys[:1] if k}
    return [k for k in keys if k and mentions.entities[k].kind in kinds]


def _pairs(subjects: list[str], objects: list[str]) -> list[tuple[str, str]]:
    return [(s, o) for s in subjects for o in objects if s != o]


def _child(verb: Token, deps: tuple[str, ...]) -> Token | None:
    return next((c for c in verb.children if c.dep_ in deps), None)


def _with_conjuncts(tok: Token) -> list[Token]:
    return [tok, *tok.conjuncts]


def _subject_of(verb: Token) -> Token | None:
    """The verb's own subject, or for a relation verb joined to another ("X met Y and praised
    Z") the first one's subject."""
    subject = _child(verb, ACTIVE_SUBJECTS)
    joined = verb.dep_ == "conj" and verb.head.lemma_.lower() in pairs("relation_verbs")
    if subject is None and joined and _child(verb, PASSIVE_SUBJECTS) is None:
        subject = _child(verb.head, ACTIVE_SUBJECTS)
    return subject


# ---------------------------------------------------------------------------------------
# The two parties of a relation verb


@rule("relation.parties-active-subject-object", stage="relation.parties", priority=10, action="add",
      why="'Tom Hale fired Maria Lund': the verb's subject did it to its object.",
      examples=["Tom Hale fired Maria Lund on Monday.", "The Tarrow Council sued Maria Lund and Tom Hale.",
                "Both Tom Hale and Kerrin Voss praised Maria Lund for her work."],
      counter=["Tom Hale fired the coach on Monday."])
def _active(verb: Token) -> tuple[list[Token], list[Token]] | None:
    obj = _child(verb, OBJECTS)
    subject = _subject_of(verb)
    if obj is None or subject is None or _child(verb, PASSIVE_SUBJECTS) is not None:
        return None
    return _with_conjuncts(subject), _with_conjuncts(obj)


@rule("relation.parties-passive-agent", stage="relation.parties", priority=20, action="add",
      why="'Maria Lund was fired by Tom Hale': the agent after 'by' did it to the passive subject.",
      examples=["Maria Lund was fired by Tom Hale on Monday."],
      counter=["Maria Lund was fired on Monday."])
def _passive(verb: Token) -> tuple[list[Token], list[Token]] | None:
    patient = _child(verb, PASSIVE_SUBJECTS)
    agent = next((c for c in verb.children if c.dep_ == "agent"), None)
    by = _child(agent, ("pobj",)) if agent is not None else None
    if patient is None or by is None:
        return None
    return _with_conjuncts(by), _with_conjuncts(patient)


@rule("relation.parties-object-after-preposition", stage="relation.parties", priority=30, action="add",
      why="'Tom Hale resigned from the Tarrow Council', 'met with Maria Lund': the party after the verb's preposition.",
      examples=["Tom Hale resigned from the Tarrow Council on Monday.", "Tom Hale met with Maria Lund on Monday."],
      counter=["Tom Hale resigned on Monday."])
def _after_preposition(verb: Token) -> tuple[list[Token], list[Token]] | None:
    wanted = pairs("relation_prepositions").get(verb.lemma_.lower())
    subject = _subject_of(verb)
    if wanted is None or subject is None:
        return None
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.lower_ == wanted), None)
    obj = _child(prep, ("pobj",)) if prep is not None else None
    return (_with_conjuncts(subject), _with_conjuncts(obj)) if obj is not None else None


# ---------------------------------------------------------------------------------------
# Who a party is


@rule("relation.party-not-an-owner", stage="relation.party", priority=5, action="veto",
      why="'Tom Hale hailed Maria Lund's resignation': an owner parsed as the object is not the one acted on.",
      examples=["Maria Lund quit. Tarrow Party head Tom Hale hailed Lund’s exit on Monday."])
def _owner(tok: Token, mentions: Mentions) -> str | None:
    return "" if any(c.tag_ == "POS" for c in tok.children) else None


@rule("relation.party-not-a-shared-surname", stage="relation.party", priority=7, action="veto",
      why="'Tom Lund ... Maria Lund ... Tom Hale fired Lund': a surname two people of the article share names neither for sure.",
      examples=["Tom Lund spoke. Maria Lund spoke. Tom Hale fired Lund on Monday."],
      counter=["Maria Lund spoke. Tom Hale fired Lund on Monday."])
def _shared_surname(tok: Token, mentions: Mentions) -> str | None:
    m = mentions.at(tok)
    if m is None or m.pronoun or m.end - m.start != 1 or m.kind != "person" or len(m.key.split()) < 2:
        return None
    return "" if len(mentions.keys_ending_in(tok.lower_, "person")) > 1 else None


@rule("relation.party-named", stage="relation.party", priority=10, action="resolve",
      why="A party that is a name (not a pronoun) of a person or organization the article names.",
      examples=["Tom Hale praised Maria Lund on Monday."])
def _named(tok: Token, mentions: Mentions) -> str | None:
    m = mentions.at(tok)
    return m.key if m is not None and not m.pronoun else None


@rule("relation.party-name-in-apposition", stage="relation.party", priority=20, action="resolve",
      why="'The council's chair, Tom Hale, fired Maria Lund': the name beside the party's title.",
      examples=["The council's chair, Tom Hale, fired Maria Lund on Monday."])
def _apposition(tok: Token, mentions: Mentions) -> str | None:
    for c in tok.children:
        m = mentions.at(c) if c.dep_ == "appos" else None
        if m is not None and not m.pronoun:
            return m.key
    return None


@rule("relation.party-relative-pronoun", stage="relation.party", priority=30, action="resolve",
      why="'Tom Hale, who fired Maria Lund, ...': 'who' is the name its clause hangs from.",
      examples=["Tom Hale, who fired Maria Lund last year, spoke in Dunmore on Monday."])
def _relative(tok: Token, mentions: Mentions) -> str | None:
    if tok.lower_ not in words("relative_pronouns") or tok.head.dep_ != "relcl":
        return None
    m = mentions.at(tok.head.head)
    return m.key if m is not None and not m.pronoun else None


@rule("relation.party-certain-pronoun", stage="relation.party", priority=40, action="resolve",
      why="'Tom Hale spoke on Monday. He fired Maria Lund': a pronoun only where its sentence up to it "
          "and the sentence before name one person and no one else.",
      examples=["Tom Hale spoke on Monday. He fired Maria Lund."],
      counter=["Tom Hale met Kerrin Voss on Monday. He fired Maria Lund."])
def _certain_pronoun(tok: Token, mentions: Mentions) -> str | None:
    m = mentions.at(tok)
    if m is None or not m.pronoun or m.in_quote or tok.lower_ not in words_of("pronouns_male", "pronouns_female"):
        return None
    sent = sent_of(tok)
    before = sent_of(tok.doc[sent.start - 1]) if sent.start > 0 else sent
    named = {n.key for n in mentions.in_span(before.start, tok.i, "person") if not n.pronoun}
    return m.key if named == {m.key} else None


# ---------------------------------------------------------------------------------------
# What the sentence does not assert


@rule("relation.veto-negated", stage="relation.veto", priority=10, action="veto",
      why="'Tom Hale did not fire Maria Lund': a negated verb states no relation.",
      examples=["Tom Hale did not fire Maria Lund on Monday.", "Neither Tom Hale nor Kerrin Voss has endorsed Maria Lund."],
      counter=["Tom Hale fired Maria Lund on Monday."])
def _negated(verb: Token, quoted: Ranges) -> bool:
    return negated(verb)


@rule("relation.veto-conditional", stage="relation.veto", priority=15, action="veto",
      why="'if Tom Hale fires Maria Lund': a verb inside a condition states nothing that happened.",
      examples=["Kerrin Voss will quit if Tom Hale fires Maria Lund."],
      counter=["Tom Hale fired Maria Lund after Kerrin Voss quit."])
def _conditional(verb: Token, quoted: Ranges) -> bool:
    return any(c.dep_ == "mark" and c.lower_ in ("if", "unless") for v in (verb, *verb.ancestors) for c in v.children)


@rule("relation.veto-hedged", stage="relation.veto", priority=17, action="veto",
      why="'Tom Hale all but endorsed Maria Lund', 'nearly fired': the words before the verb say it did not happen.",
      examples=["Tom Hale all but endorsed Maria Lund in January."],
      counter=["Tom Hale formally endorsed Maria Lund in January."])
def _hedged(verb: Token, quoted: Ranges) -> bool:
    before = verb.doc[max(0, verb.i - 2) : verb.i]
    return any(before.text.lower().endswith(h) and (len(before.text) == len(h) or before.text[-len(h) - 1] == " ")
               for h in phrases("relation_hedges"))


@rule("relation.veto-not-asserted", stage="relation.veto", priority=20, action="veto",
      why="'Tom Hale could fire Maria Lund', 'wants to fire': a possible, future or wished act is not a relation.",
      examples=["Tom Hale could fire Maria Lund next week.", "Tom Hale will meet Maria Lund in Dunmore."],
      counter=["Tom Hale has fired Maria Lund."])
def _not_asserted(verb: Token, quoted: Ranges) -> bool:
    modal = words_of("hypothetical_auxiliaries", "future_auxiliaries")
    return any(c.dep_ == "aux" and c.lower_ in modal for c in verb.children)


@rule("relation.veto-not-the-clause-verb", stage="relation.veto", priority=30, action="veto",
      why="'Tom Hale expects the council to sue Maria Lund': an infinitive, or a verb hanging from another, "
          "is not what its clause states.",
      examples=["Tom Hale expects the Tarrow Council to sue Maria Lund."],
      counter=["Tom Hale fired Maria Lund on Monday."])
def _not_the_clause_verb(verb: Token, quoted: Ranges) -> bool:
    return verb.dep_ in NOT_A_CLAUSE or any(c.dep_ == "aux" and c.tag_ == "TO" for c in verb.children)


@rule("relation.veto-inside-quotation", stage="relation.veto", priority=40, action="veto",
      why="A quotation is its speaker's claim, kept as the quotation, not stated as a relation.",
      examples=['Kerrin Voss said: "Tom Hale fired Maria Lund for nothing."'])
def _inside_quotation(verb: Token, quoted: Ranges) -> bool:
    return verb.idx in quoted
