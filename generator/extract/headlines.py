"""An event as a reader scans it: a headline, whether it has happened yet, and where.

`headline`: a short complete sentence -- subject, finite verb, what it is done to -- cut from
the parse of the event's own clause, in the source's words: "Defence chief Omar Haddad on
Tuesday fired Navy Secretary Ana Ruiz, citing a loss of trust." -> "Defence chief Omar Haddad
fired Navy Secretary Ana Ruiz". The noun phrases are kept as written, less their appositions,
relative and participle clauses and any date; the verb keeps its auxiliaries and negation; a
clause the parse may have wrong, a passive, a clause someone else reports and a question get
no headline (the site then shows the source's sentence). A pronoun subject becomes a name only
when the pronoun resolver named that person and nobody else the pronoun could mean is named
since the sentence before; otherwise there is no headline.

`status`: "scheduled" for an event that lies ahead of the article's publication: dated after
it, or told under a cue such as "will", "is to", "is due to" (data/scheduled_cues.txt).

`places`: the place names (GPE and LOC entities, as written) in the event's clause.

The behaviours are registered rules, by stage: `event.headline` (the headline),
`event.headline-veto` (clauses that get none), `event.headline-subject` (whom the subject
names), `event.headline-words` (the words a headline keeps), `event.status` and `event.places`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, timedelta

from spacy.tokens import Span, Token

from generator.extract import dates, rules
from generator.extract.lexicon import phrases, words, words_of
from generator.extract.mentions import Mentions
from generator.extract.pronouns import office_another_holds
from generator.extract.rules import rule
from generator.extract.sentences import (
    QUOTATION_MARKS as _QUOTE_MARKS, columns_of, ents_in, per_span, sent_of, start_of_sentence_before,
)

MAX_HEADLINE_WORDS = 24
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
SUBJECT_DEPS = ("nsubj", "nsubjpass")
# the words a noun phrase in a headline leaves out: appositions and the clauses hung on it
_PHRASE_DROPS = ("appos", "relcl", "acl", "advcl", "parataxis")
# what follows the verb in a headline: its object, complement or particle, or the clause it reports
_COMPLEMENTS = ("dobj", "dative", "attr", "acomp", "oprd", "prt", "ccomp", "xcomp")
_HOLDERS = ("dobj", "attr", "acomp", "oprd", "xcomp", "ccomp", "pcomp")
_DASHES = ("-", "–", "—")
_BEFORE_VERB = ("aux", "auxpass", "neg", "advmod")
_ANY_DAY = date(2001, 6, 15)  # a publication date, to ask whether some words are a date at all
_TIME_LABELS = ("DATE", "TIME")
_PLACE_LABELS = ("GPE", "LOC")
_BRACKETS = ("(", ")", "[", "]")
_BRACKETS_SET = frozenset(_BRACKETS)
_EDGE_PUNCT = (",", ";", ":", "-", "–", "—", "(", ")")
PERSON_PRONOUNS = words_of("pronouns_male", "pronouns_female")


@dataclass
class Told:
    """What the reader's pages show of an event besides its summary."""

    headline: str = ""
    status: str = ""  # "scheduled", or "" (happened, or not known to lie ahead)
    places: list[str] = field(default_factory=list)


def describe(anchor: Token, mentions: Mentions, published: date | None, iso: str | None) -> Told:
    """The headline, status and places of the event told by the clause `anchor` heads."""
    return Told(
        rules.first("event.headline", anchor, mentions) or "",
        "scheduled" if rules.first("event.status", anchor, published, iso) is True else "",
        rules.first("event.places", anchor, mentions) or [],
    )


# Stage `event.headline` (a decision): the headline of the clause an event is told in.

@rule("event.headline-svo", stage="event.headline", priority=10, action="add",
      why="'Defence chief Tom Hale on Tuesday fired Navy Secretary Ana Ruiz, citing ...': the clause's subject, "
          "finite verb and object as written ('Defence chief Tom Hale fired Navy Secretary Ana Ruiz').",
      examples=["[2025-03-06] Defence chief Tom Hale on Tuesday fired Navy Secretary Ana Ruiz, citing a loss of trust."],
      counter=["[2025-03-06] Tom Hale was fired by Ana Ruiz on Tuesday."])
def _subject_verb_object(verb: Token, mentions: Mentions) -> str | None:
    if verb.pos_ not in ("VERB", "AUX") or rules.first("event.headline-veto", verb, mentions):
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if any(c.tag_ in ("WDT", "WP") and c.dep_ not in SUBJECT_DEPS for c in verb.children):
        return None  # 'which the U.S. deployed': what was done is the noun the clause hangs on
    if subj is None or subj.i > verb.i or not _finite(verb):
        return None  # a subject after its verb ('said Tom Hale'): a clause to keep whole
    named = rules.first("event.headline-subject", subj, mentions)
    if not named:
        return None
    group = [c for c in verb.children if c.dep_ in _BEFORE_VERB and subj.i < c.i < verb.i and not _timely(c)]
    after = [c for c in verb.children if c.i > verb.i and (c.dep_ in _COMPLEMENTS or c.dep_ == "advmod" and c.i == verb.i + 1)]
    after = [c for c in after if (not _timely(c) or c.dep_ in _HOLDERS) and not _after_dash(c)]  # 'backed away', not 'left yesterday'
    conjunction = min((c.i for c in verb.children if c.dep_ == "cc" and c.i > verb.i), default=None)
    if conjunction is not None:  # 'won the election [but] the mayor's inability ...' misparsed as two objects
        after = [c for c in after if c.i < conjunction]
    if verb.pos_ == "AUX" and (not after or any(t.ent_type_ in _TIME_LABELS for c in after for t in c.subtree)):
        return None  # 'The deadline is [next Thursday]', 'The primary is April [19]': a copula with its date
    if not any(c.dep_ != "prt" for c in after):
        after += _plain_preposition(verb)
    if any(c.pos_ == "PRON" and c.dep_ in ("dobj", "dative") for c in after):
        return None  # 'fired him': names no one a reader can see
    if verb.lemma_.lower() in words("speech_verbs") and not _says_what(verb, after, mentions):
        return None  # 'X said on Sunday', '"...," X told the agency': what was said is in a quotation
    toks = [t for c in group for t in _phrase(c)] + [verb] + [t for c in after for t in _phrase(c, mentions)]
    if _unsure_phrase([subj, *after]):
        return None
    rest = _text(sorted(toks, key=lambda t: t.i))
    if rest is None:
        return None
    out = f"{named} {rest}"
    return out[:1].upper() + out[1:] if len(out.split()) <= MAX_HEADLINE_WORDS else None


def _after_dash(tok: Token) -> bool:
    """Whether the words under `tok` open with a dash: an aside ('37,000 files - up 22,000')."""
    return tok.left_edge.i > 0 and tok.doc[tok.left_edge.i - 1].text in _DASHES


def _unsure_phrase(heads: list[Token]) -> bool:
    """Whether a phrase's parse is unsure: an apposition not set off by punctuation ('The city
    Medical Examiner's office'), or one opening with an adverb ('Formerly one of X's aides, Y')."""
    for head in heads:
        if head.left_edge.pos_ == "ADV" and head.dep_ in SUBJECT_DEPS:
            return True
        for t in head.subtree:
            if t.dep_ == "appos" and t.left_edge.i > 0 and t.doc[t.left_edge.i - 1].text not in _EDGE_PUNCT:
                return True
    return False


def _says_what(verb: Token, after: list[Token], mentions: Mentions) -> bool:
    """Whether a verb of saying keeps what was said: a clause, or an object ('denied the
    report'), in a sentence that quotes nobody."""
    sent = sent_of(verb)
    if any(t.text in _QUOTE_MARKS or mentions.quoted(t.idx) for t in sent):
        return False  # a sentence that quotes: what was said is the quotation, kept whole
    return any(c.dep_ in ("ccomp", "xcomp", "dobj") for c in after)


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ('fired', 'has fired', 'will visit')."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _timely(tok: Token) -> bool:
    """Whether the words under `tok` hold a date or a time ('on Tuesday', 'yesterday'), not
    a name the model calls a date."""
    times = _time_tokens(sent_of(tok))
    return bool(times) and any(t.i in times for t in tok.subtree)


@per_span
def _time_tokens(sent: Span) -> frozenset[int]:
    """The tokens of the sentence's dates and times that read as one."""
    return frozenset(
        t.i for e in ents_in(sent) if e.label_ in _TIME_LABELS
        and (e.label_ == "TIME" or dates.is_relative_day(e.text) or dates.resolve(e.text, _ANY_DAY).iso is not None)
        for t in e
    )


def _plain_preposition(verb: Token) -> list[Token]:
    """'resigned from the board', 'moved to Lisbon': the first phrase after a verb without an
    object that is not a date."""
    for c in verb.children:
        if c.i > verb.i and c.dep_ == "prep" and not _timely(c):
            return [c]
    return []


def _phrase(tok: Token, mentions: Mentions | None = None) -> list[Token]:
    """`tok`'s words less the appositions (but a name: rule event.headline-apposition), clauses
    and dates hung on it, at any depth."""
    out = [tok]
    bracketed = not _BRACKETS_SET.isdisjoint(columns_of(tok.doc).words)  # no bracket in the article: none in a phrase
    for c in tok.children:
        named = c.dep_ == "appos" and mentions is not None and rules.first("event.headline-apposition", c, mentions)
        if c.dep_ in _PHRASE_DROPS and not named:
            continue  # a clause
        parenthesis = bracketed and any(t.text in _BRACKETS for t in c.subtree)
        parenthesis = parenthesis or c.dep_ == "advmod" and any(t.dep_ == "advcl" for t in c.subtree)  # 'as long [as ...]'
        parenthesis = parenthesis or _after_dash(c) and c.i > tok.i and not named  # 'files - up 22,000 on ...'
        if parenthesis or c.i in _time_tokens(sent_of(c)) or _timely(c) and c.dep_ not in _HOLDERS:
            continue  # a noun holding a date keeps its words, less the date ('due to file X [on Monday]')
        out += _phrase(c, mentions)
    return out


# Stage `event.headline-apposition` (a decision): an apposition a headline keeps.

@rule("event.headline-apposition.a-name", stage="event.headline-apposition", priority=10, action="keep",
      why="'The mine's chief, Tom Hale, resigned': a name in apposition (a person's, a body's) is whom the phrase means, and stays "
          "(a description in apposition goes).",
      examples=["[2025-03-06] The Dunmore mine's chief, Tom Hale, resigned on Tuesday."],
      counter=["[2025-03-06] Tom Hale, a former admiral, resigned from Dunmore Mining on Tuesday."])
def _apposed_name(appos: Token, mentions: Mentions) -> bool:
    m = mentions.at(appos)
    return m is not None and not m.pronoun and appos.right_edge.i < m.end + 1


def whole_words(toks: list[Token]) -> list[Token] | None:
    """`toks` with the rest of each hyphenated word one of them is part of ("re-elected", which
    the tokenizer splits as "re", "-", "elected"), in order; None when no word was cut."""
    doc, kept = toks[0].doc if toks else None, {t.i for t in toks}
    if doc is None:
        return None

    def joined(left: int) -> bool:  # doc[left] and doc[left + 2] one word across a hyphen
        return (0 <= left and left + 2 < len(doc) and doc[left + 1].text == "-" and not doc[left].whitespace_
                and not doc[left + 1].whitespace_ and doc[left].is_alpha and doc[left + 2].is_alpha)

    more: set[int] = set()
    for i in kept:
        left = i
        while joined(left - 2):
            left -= 2
        right = i
        while joined(right):
            right += 2
        more.update(j for j in range(left, right + 1) if j not in kept)
    return sorted([*toks, *(doc[j] for j in more)], key=lambda t: t.i) if more else None


@rule("event.headline-words.whole-hyphenated-word", stage="event.headline-words", priority=10, action="extend",
      why="'The mother-in-law of Tom Hale arrived on Monday', 'Tom Hale was re-elected in 2019': the tokenizer splits a "
          "hyphenated word in three and the parse may hang its parts apart; a headline keeping one part keeps the "
          "whole word, not 'The mother of Tom Hale arrived' or 'Tom Hale was re', which say another thing.",
      examples=["[2025-03-06] The mother-in-law of Tom Hale arrived in Elmton on Monday."])
def _whole_hyphenated_word(toks: list[Token]) -> list[Token] | None:
    return whole_words(toks)


def _text(toks: list[Token]) -> str | None:
    """The words as written, the punctuation beside a word left out dropped; None when the
    words are no clean run (unbalanced quotation marks)."""
    toks = rules.fold("event.headline-words", toks) or []
    bracketed = _bracketed(sent_of(toks[0])) if toks else frozenset()
    toks = [t for t in toks if t.i not in bracketed]  # '(CNN) President X ...': an aside in brackets
    kept = [t for n, t in enumerate(toks) if not (t.text in _EDGE_PUNCT and _beside_gap(toks, n))]
    while kept and (kept[-1].is_punct and kept[-1].text not in _QUOTE_MARKS or kept[-1].dep_ == "cc"):
        kept.pop()  # nor a trailing 'and' whose other half held only a date
    if not kept or sum(t.text in _QUOTE_MARKS and t.is_punct for t in kept) % 2 or any(t.text in _BRACKETS for t in kept):
        return None
    parts = []
    for prev, tok in zip([None, *kept], kept):
        if prev is not None and (prev.i + 1 != tok.i or prev.whitespace_):
            parts.append(" ")
        parts.append(tok.text)
    return "".join(parts)


@per_span
def _bracketed(sent: Span) -> frozenset[int]:
    """The tokens of a sentence inside brackets, the brackets too."""
    out, depth = set(), 0
    for t in sent:
        depth += t.text in ("(", "[")
        if depth:
            out.add(t.i)
        depth = max(0, depth - (t.text in (")", "]")))
    return frozenset(out)


def _beside_gap(toks: list[Token], n: int) -> bool:
    """Whether the token at `n` is first or last, or has left-out words on either side."""
    if n == 0 or n == len(toks) - 1:
        return True
    return toks[n - 1].i + 1 != toks[n].i or toks[n + 1].i - 1 != toks[n].i


# Stage `event.headline-veto` (a decision): clauses that get no headline.

@rule("event.headline-veto.passive", stage="event.headline-veto", priority=10, action="veto",
      why="'Tom Hale was fired by Ana Ruiz': a passive is kept as the source wrote it, whole.",
      examples=["[2025-03-06] Tom Hale was fired by Ana Ruiz on Tuesday."])
def _passive(verb: Token, mentions: Mentions) -> bool:
    if verb.lemma_.lower() in words("scheduling_lemmas") and any(c.dep_ == "xcomp" for c in verb.children):
        return False  # 'is expected to name X': what lies ahead, told actively
    return any(c.dep_ in ("auxpass", "nsubjpass") for c in verb.children)


@rule("event.headline-veto.reported", stage="event.headline-veto", priority=20, action="veto",
      why="'Ana Ruiz said Tom Hale resigned on Tuesday', 'a jury ruled that Tom Hale lied in 1987': what someone "
          "reports, finds or believes is no headline of its own (it would state as fact what one side says).",
      examples=["[2025-03-06] Ana Ruiz said Tom Hale resigned from Dunmore Mining on Tuesday."])
def _reported(verb: Token, mentions: Mentions) -> bool:
    if any(t.dep_ == "ccomp" for t in [verb, *verb.ancestors]):
        return True  # under a clause someone reports, at any depth ('X said Y told Z at a meeting that he ...')
    tok = verb
    for _ in range(3):
        if tok.dep_ not in ("ccomp", "xcomp", "conj", "advcl") or tok.head.i == tok.i:
            return False
        if tok.dep_ == "ccomp":
            return True  # 'a jury ruled that X lied': the clause a ruling, a finding, a belief holds
        tok = tok.head
        if tok.lemma_.lower() in words("speech_verbs"):
            return True
    return False


@rule("event.headline-veto.clause-read-as-reported", stage="event.headline-veto", priority=25, action="veto",
      why="'the panel chief rebuked Tom Hale for dishonouring the badge Hale wore for years': a clause with no 'that' right "
          "after a noun of a phrase on the verb, read by the parse as what the verb reports, most often describes that noun; "
          "a headline of the verb, its object and that clause ('rebuked Hale Hale wore for years') would say what no source "
          "says, so the sentence is kept as written.",
      examples=["[2025-03-06] At a tribunal in 2011, the panel chief rebuked Tom Hale for dishonouring the badge Hale wore "
                "for three decades."],
      counter=["[2025-03-06] At a tribunal in 2011, the panel chief rebuked Tom Hale for dishonouring the badge of the police."])
def _clause_read_as_reported(verb: Token, mentions: Mentions) -> bool:
    doc = verb.doc
    for c in verb.children:
        if c.dep_ != "ccomp" or c.i < verb.i or any(m.dep_ == "mark" for m in c.children):
            continue
        before = doc[c.left_edge.i - 1] if c.left_edge.i > verb.i + 1 else None
        phrase = before is not None and before.pos_ in ("NOUN", "PROPN") and any(
            before.i in range(o.left_edge.i, o.right_edge.i + 1) for o in verb.children if o.dep_ == "prep" and verb.i < o.i < c.i)
        if phrase:
            return True
    return False


@rule("event.headline-veto.quotation", stage="event.headline-veto", priority=30, action="veto",
      why="'Tom Hale “walked out of the talks” on Tuesday': a clause inside a quotation is the speaker's words, no headline "
          "of the source's own (a question asks no happening at all: event.find.direct-question).",
      examples=["[2025-03-06] Tom Hale “walked out of the talks” on Tuesday."])
def _quotation(verb: Token, mentions: Mentions) -> bool:
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), verb)
    return mentions.quoted(verb.idx) or mentions.quoted(subj.idx)


@rule("event.headline-veto.preposition-without-object", stage="event.headline-veto", priority=40, action="veto",
      why="'Shortly after Tom Hale's announcement, the head ..., Ben Cole, also announced', parsed with 'after' bare "
          "(or as the main verb's subordinator) and the announcement as the subject: a preposition before the verb "
          "left without its object means the parse of the clause is unsure.",
      examples=["Shortly after Tom Hale's announcement, the head of the mine's southern unit, Ben Cole, also "
                "announced his resignation on Tuesday.",
                "[2025-03-06] Shortly after Hale's announcement, the head of the mine's southern unit, Ben Cole, also "
                "announced his resignation on Tuesday."])
def _bare_preposition(verb: Token, mentions: Mentions) -> bool:
    sent = sent_of(verb)
    if verb.dep_ == "ROOT" and any(c.dep_ == "mark" for c in verb.children):
        return True  # 'after' hung on the main verb: a subordinate clause with no main clause
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    before = subj.doc[subj.left_edge.i - 1] if subj is not None and subj.left_edge.i > sent.start else None
    if before is not None and before.dep_ == "cc" and before.head.pos_ in ("NOUN", "PROPN"):
        return True  # 'an inquiry and takedown announced Wednesday': a noun taken from a list as the subject
    return any(
        t.dep_ == "prep" and t.pos_ == "ADP" and not any(c.dep_ in ("pobj", "pcomp") for c in t.children)
        for t in sent.doc[sent.start : verb.i]
    )


@rule("event.headline-veto.date-as-subject", stage="event.headline-veto", priority=50, action="veto",
      why="'July 14 is a national holiday': a subject that is itself a date would lose its words with the date a "
          "headline leaves out ('July is a national holiday', which no source says); the clause is kept whole.",
      examples=["[2025-03-06] The parade went ahead on Friday. March 9 is a public holiday in Dunmore."])
def _date_as_subject(verb: Token, mentions: Mentions) -> bool:
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return subj is not None and any(t.i in _time_tokens(sent_of(verb)) for t in subj.subtree)


# Stage `event.headline-subject` (a decision): the words a headline names its subject with.

@rule("event.headline-subject.as-written", stage="event.headline-subject", priority=10, action="keep",
      why="'Defence chief Tom Hale, a former admiral,': the subject's noun phrase as written, less its apposition.",
      examples=["[2025-03-06] Tom Hale, a former admiral, resigned from Dunmore Mining on Tuesday."])
def _subject_as_written(subj: Token, mentions: Mentions) -> str | None:
    if subj.pos_ == "PRON" or subj.tag_ in ("WP", "WDT", "EX"):
        return None  # a pronoun: rule event.headline-subject.pronoun-named-with-certainty
    toks = sorted(_phrase(subj, mentions), key=lambda t: t.i)
    if any(t.tag_ == "WP$" for t in toks):
        return None  # 'whose term': rule event.headline-subject.whose-of-a-name, else no headline
    text = _text(toks)
    closes = toks[-1].text == "," and "," in (text or "")
    return f"{text}," if text and closes else text  # 'The chief, Tom Hale, resigned'; 'X, like Y from Z, won'


@rule("event.headline-subject.relative-of-a-name", stage="event.headline-subject", priority=15, action="resolve",
      why="'... was Tom Hale, who quit his post last April': 'who' hung on a person's name is that person.",
      examples=["[2025-03-06] The first to go was the mine's chief Tom Hale, who quit his post last April."])
def _relative_of_a_name(subj: Token, mentions: Mentions) -> str | None:
    if subj.tag_ != "WP" or subj.head.dep_ != "relcl":
        return None
    m, named = mentions.at(subj), mentions.at(subj.head.head)
    if m is None or named is None or named.pronoun or named.kind != "person" or m.key != named.key:
        return None
    return mentions.entities[m.key].name


@rule("event.headline-subject.whose-of-a-name", stage="event.headline-subject", priority=5, action="resolve",
      why="'the coach, Tom Hale, whose lease runs out on June 30': a subject owned by 'whose' hung on a person's name is"
          " that person's ('Tom Hale's lease runs out'), never 'Whose lease runs out'.",
      examples=["[2025-03-06] The board thanked the coach, Tom Hale, whose lease on the club ground runs out on June 30."],
      counter=["[2025-03-06] Ana Ruiz met the wife of Tom Hale, whose contract ends on Jan. 31."])
def _whose_of_a_name(subj: Token, mentions: Mentions) -> str | None:
    whose = next((c for c in subj.children if c.tag_ == "WP$"), None)
    if whose is None or subj.head.dep_ != "relcl":
        return None
    owner = subj.head.head
    if owner.dep_ == "pobj" and owner.head.lower_ == "of" and owner.head.head.pos_ == "NOUN":
        return None  # "the wife of Tom Hale, whose contract ...": whose may be the wife's
    named = mentions.at(owner)
    if named is None or named.pronoun or named.kind != "person":
        return None
    rest = _text(sorted((t for t in _phrase(subj, mentions) if t.i != whose.i), key=lambda t: t.i))
    return f"{mentions.entities[named.key].name}'s {rest}" if rest else None


@rule("event.headline-subject.pronoun-named-with-certainty", stage="event.headline-subject", priority=20,
      action="resolve",
      why="'Ana Ruiz ... She fired Tom Hale on Tuesday': a pronoun subject is written as the name the resolver gave it "
          "only when that person is named as a subject since the sentence before and nobody else it could mean is.",
      examples=["[2025-03-06] Tom Hale runs a mining firm. He fired the plant manager on Tuesday."],
      counter=["[2025-03-06] Tom Hale met Ben Cole in Lisbon. He fired the plant manager on Tuesday.",
               "[2025-03-06] Ana Ruiz met Maria Lopez in Lisbon. She fired the plant manager on Tuesday."])
def _pronoun_named(subj: Token, mentions: Mentions) -> str | None:
    m = mentions.at(subj)
    if m is None or not m.pronoun or m.kind != "person" or subj.lower_ not in PERSON_PRONOUNS:
        return None
    sent = sent_of(subj)
    since = start_of_sentence_before(subj.doc, sent.start)
    named = [x for x in mentions.in_span(since, subj.i, "person") if not x.pronoun and not x.in_quote]
    own = [x for x in named if x.key == m.key]
    if not own or not _a_subject(subj.doc[own[-1].start : own[-1].end].root):
        return None  # named further back, or not as a subject: not certain
    gender = mentions.genders.get(m.key)
    rivals = {x.key for x in named if x.key != m.key and mentions.genders.get(x.key, gender) == gender}
    if rivals or office_another_holds(subj, m, mentions):
        return None  # "Judge X ... He has been a judge": he may be X (rule coref.unsure-office-another-holds)
    return mentions.entities[m.key].name


def _a_subject(root: Token) -> bool:
    """Whether a name is its clause's subject ('Tom Hale, the minister, said'; 'Minister Tom Hale said')."""
    for _ in range(3):
        if root.dep_ not in ("compound", "appos") or root.head.i == root.i:
            break
        root = root.head
    return root.dep_ in SUBJECT_DEPS


# Stage `event.status` (a decision): whether an event lies ahead of publication.

@rule("event.status.told-as-done-the-day-after", stage="event.status", priority=5, action="classify",
      why="'Tom Hale resigned on Monday' in an article dated a Sunday: a clause in the simple past dated the day after "
          "publication tells what had happened when the text was written (updated after the date it carries), so it "
          "is not scheduled, though dated after publication (answers 'done', which is not a status).",
      examples=["[2025-03-09] Tom Hale resigned from the Tarrow council on Monday."],
      counter=["[2025-03-09] Tom Hale will resign from the Tarrow council on Monday."])
def _told_as_done_the_day_after(anchor: Token, published: date | None, iso: str | None) -> str | None:
    if published is None or not iso or len(iso) != 10 or anchor.tag_ != "VBD":
        return None
    return "done" if iso == (published + timedelta(days=1)).isoformat() else None


@rule("event.status.dated-after-publication", stage="event.status", priority=10, action="classify",
      why="An event dated after the article's publication has not happened yet when it was written.",
      examples=["[2025-03-06] Ana Ruiz visits Lisbon on 20 March."])
def _after_publication(anchor: Token, published: date | None, iso: str | None) -> bool:
    if published is None or not iso:
        return False
    return iso > published.isoformat()[: len(iso)]


@rule("event.status.scheduled-cue", stage="event.status", priority=20, action="classify",
      why="'will visit', 'is to visit', 'is due to', 'plans to', 'is expected to' (data/scheduled_cues.txt): "
          "an event that lies ahead, whatever its date.",
      examples=["[2025-03-06] Ana Ruiz will visit Tarrow in March.",
                "[2025-03-06] Tom Hale is expected to name Ana Ruiz as his deputy in March."],
      counter=["[2025-03-06] Tom Hale resigned on Tuesday."])
def _scheduled_cue(anchor: Token, published: date | None, iso: str | None) -> bool:
    """The cue before the anchor, before a clause it governs ('is expected [to name]'), or
    before a clause it is part of."""
    ups = [anchor]
    while len(ups) < 3 and ups[-1].dep_ in ("xcomp", "conj") and ups[-1].head.i != ups[-1].i:
        ups.append(ups[-1].head)
    downs = [c for c in anchor.children if c.dep_ == "xcomp"]
    return any(_cue_before(tok) for tok in [*ups, *downs])


def _cue_before(tok: Token) -> bool:
    """Whether the words right before `tok` (adverbs aside) end in a cue of what lies ahead."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 6) : tok.i] if t.tag_ not in ("RB", "RBR", "RBS")]
    said = " " + " ".join(before[-4:])
    return any(said.endswith(" " + cue) for cue in phrases("scheduled_cues"))


# Stage `event.places` (a decision): the places named in an event's clause.

@rule("event.places.in-the-clause", stage="event.places", priority=10, action="add",
      why="'Ana Ruiz visited Tarrow on Tuesday': the place names (GPE, LOC) in the event's clause but its subject, "
          "as written, for where it happened (not a name the mentions give a person or a body).",
      examples=["[2025-03-06] Ana Ruiz opened a mine in Lisbon on Tuesday."])
def _places(anchor: Token, mentions: Mentions) -> list[str] | None:
    clause = {t.i for t in _phrase(anchor)} if anchor.pos_ in ("VERB", "AUX") else {t.i for t in anchor.subtree}
    for subj in (c for c in anchor.children if c.dep_ in SUBJECT_DEPS):
        clause -= {t.i for t in subj.subtree}  # 'the Lisbon mayor resigned': whose, not where
    found = sorted({
        e.text for e in ents_in(sent_of(anchor))
        if e.label_ in _PLACE_LABELS and e.root.i in clause and mentions.at(e.root) is None  # not a name found for someone
    })
    return found or None
