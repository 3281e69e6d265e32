"""Titles and offices of people, from the shapes news uses:

- before the name: "Defence Minister Tom Hale", "Tarrow First party head X";
- after the name, in apposition: "X, head of the opposition party Y,";
- the name in apposition to the title: "the Tarrow navy's chief of staff, X,";
- said of the person: "X became party leader", "was named chief", "resigned as chairman";
- a title standing for a person named before or, in a lead, after it ("the minister").

A phrase only counts when a title word (data/titles.txt) heads it; ranks ("Lt. Gen.") are
kept apart, and an organization inside the phrase is split off from the title.

Each way of finding a title is a rule of stage `role.find` (beside a name), `role.predicate`
(said of a person) or `role.describe` (a title standing for someone); a phrase is trimmed by
the rules of `role.split` and dropped by those of `role.veto`; `role.status` tells whether
the title is still held.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import pairs, phrases, words, words_of
from generator.extract.mentions import SEAT_HOLDERS, SUBJECT_DEPS, Mention, Mentions, title_word
from generator.extract.negation import negated
from generator.extract.pronouns import PRONOUN_GENDERS, office_another_holds
from generator.extract.rules import rule
from generator.extract.name_words import opens_with_picture_label, past_party_tag
from generator.extract.names import given_name
from generator.extract.sentences import columns_of, ents_of, line_of, sent_of, text_of, tokens_of
from generator.extract.textindex import next_line_start

SPOKESPERSON_TITLES = words("spokespeople")
QUALIFIERS = words("title_qualifiers")  # a different office: "deputy prime minister" (quotes.py reads it too)
STATUS_WORDS = pairs("role_status_words")
# spaCy's labels of named things: "head of [Tarrow]'s army" names a body
NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})
POSSESSIVE = ("'s", "’s")
DASHES = ("-", "–", "—")
# parts of speech that end a title phrase read leftwards from a name
NOT_IN_TITLE = ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "PART", "NUM")


@dataclass
class FoundRole:
    person: str
    title: str
    organization: str | None
    status: str | None
    sentence: Span
    token: int  # where the title was found, for "the minister said"


def _titles() -> frozenset[str]:
    return words("titles")


@cache
def _multiword_titles() -> tuple[list[str], ...]:
    return tuple(parts for title in _titles() if len(parts := title.split()) > 1)


def _multiword_title(tokens: list[Token]) -> int:
    """Length of the longest multiword title at the start of `tokens` (0 if none)."""
    best = 0
    lowered = [t.lower_ for t in tokens]
    for parts in _multiword_titles():
        if lowered[: len(parts)] == parts:
            best = max(best, len(parts))
    return best


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    for det in phrases("title_determiners"):
        if text.startswith(det + " "):
            text = text[len(det) + 1 :]
    return text


def _status(tokens: list[Token]) -> str | None:
    for t in tokens:
        word = t.lower_.rstrip("-")
        if word in STATUS_WORDS:
            return STATUS_WORDS[word]
    return None


def _split_phrase(tokens: list[Token], mentions: Mentions, whole: bool = False) -> tuple[str, str | None] | None:
    """A title phrase (no determiner) -> (title, organization), or None if no title heads it.
    With `whole` (a phrase written before the name) the title runs to the phrase's end:
    "chief executive", "permanent secretary"."""
    if not tokens:
        return None
    phrase = tokens[0].doc[tokens[0].i : tokens[-1].i + 1]  # what `explain` shows the rules looked at
    tokens = rules.fold("role.split", tokens, phrase, mentions)
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    first_title = next((i for i, t in enumerate(tokens) if title_word(t) or _multiword_title(tokens[i:])), None)
    if first_title is None:
        return None
    org, tokens = _possessor_is_the_body(tokens[:first_title], tokens, mentions) or (None, tokens)
    # the title's head: the first title word; "of ..." after it names the organization
    i = next(i for i, t in enumerate(tokens) if title_word(t) or _multiword_title(tokens[i:]))
    end = _title_end(tokens, i, mentions, whole)
    title_tokens, org = _title_and_body(tokens, end, org, mentions)
    if org is None:  # kept in the title as written: "Trade and Industry Secretary"
        org = _body_inside_title(title_tokens, mentions)
    abbreviations = pairs("title_abbreviations")
    title = _clean("".join(abbreviations.get(t.lower_, t.text) + t.whitespace_ for t in title_tokens))
    if not title or rules.first("role.veto", title, title_tokens):
        return None
    return title, org or None


def _title_end(tokens: list[Token], i: int, mentions: Mentions, whole: bool) -> int:
    """Where the title that starts at `tokens[i]` ends: through the last title word ("Deputy
    Prime Minister"), or, `whole`, to the phrase's end, but not past a preposition before a name."""
    titles = _titles()
    end = i + (_multiword_title(tokens[i:]) or 1)
    for j in range(end, len(tokens)):
        if tokens[j].pos_ == "ADP" and (not whole or _proper(tokens[j + 1 :], mentions)):
            break
        if _spaced_dash_ends_title(tokens, j):
            break
        if tokens[j].lower_ in titles or whole:
            end = j + 1
    return end


def _title_and_body(tokens: list[Token], end: int, org: str | None, mentions: Mentions) -> tuple[list[Token], str | None]:
    """The title's words and its organization, from what follows the title: "head of the Child
    Support Agency" names an organization; "professor of child health" is a common noun
    phrase, part of the title; "MP for Kensington" a seat, part of it too."""
    title_tokens, rest = tokens[:end], tokens[end:]
    if _seat_in_title(title_tokens, rest, mentions):
        return tokens, org
    if len(rest) < 2 or rest[0].lower_ not in words("body_prepositions"):
        return title_tokens, org
    if _portfolio_after_of(title_tokens, rest):
        return tokens, org or ""  # "" : the portfolio is no body inside the title either
    if _person_after_of(rest, mentions):
        return title_tokens, org
    if _proper(rest[1:], mentions):
        return title_tokens, org if org is not None else _body_after_of(rest, mentions)
    if _common_noun_after_of(rest):
        return tokens, org
    return title_tokens, org


@rule("role.split.no-dash-after-status", stage="role.split", priority=10, action="trim",
      why="'ex-minister': the dash belongs to the status word, not to the title.",
      examples=["Dunmore Rail ex-director Tom Hale said fares would rise."])
def _no_dash_after_status(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    kept = [t for n, t in enumerate(tokens) if not (t.text == "-" and (n == 0 or tokens[n - 1].lower_ in STATUS_WORDS))]
    return kept if len(kept) < len(tokens) else None


@rule("role.split.ordinal-only-in-a-title", stage="role.split", priority=20, action="trim",
      why="'the third minister' counts ministers; an ordinal stays only where a title starts with it ('First Minister') "
          "or a rank's grade ends with it ('Petty Officer 3rd Class').",
      examples=["Voters praised the first black governor of Dunmore, Tom Hale."],
      counter=["Navy Petty Officer 2nd Class Kerrin Voss told reporters the crew was safe."])
def _ordinal_only_in_a_title(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    kept = [t for n, t in enumerate(tokens) if t.ent_type_ != "ORDINAL" or _multiword_title(tokens[n:])
            or n + 1 < len(tokens) and tokens[n + 1].text == "Class"]
    return kept if len(kept) < len(tokens) else None


@rule("role.split.no-status-word", stage="role.split", priority=30, action="trim",
      why="'former chairman', 'acting head': the status is kept apart from the title.",
      examples=["Former chairman Tom Hale said the board had failed."])
def _no_status_word(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    kept = [t for t in tokens if t.lower_.rstrip("-") not in STATUS_WORDS]
    return kept if len(kept) < len(tokens) else None


@rule("role.split.no-descriptor", stage="role.split", priority=40, action="trim",
      why="'veteran Labour MP': a word describing the person is not part of the title, nor the words that grade it "
          "('most respected'); a superlative's scope before it goes too ('one of the valley's most respected brass "
          "teachers' is a brass teacher, not 'valley's most brass teacher').",
      examples=["Veteran Tarrow MP Tom Hale said he would stand again.",
                "Kerrin Voss, one of the valley's most respected brass teachers, will judge the band contest."])
def _no_descriptor(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    descriptors = words("descriptors")
    gone = {t.i for t in tokens if t.lower_ in descriptors}
    if not gone:
        return None
    graded = [t for t in tokens if t.i in gone and any(c.dep_ == "advmod" for c in t.children)]
    gone |= {c.i for t in graded for c in t.children if c.dep_ == "advmod"}
    for t in graded:
        if any(c.lower_ in ("most", "least") for c in t.children):  # "the valley's most respected": its scope
            gone |= {x.i for c in t.head.children if c.dep_ == "poss" and c.i < t.i for x in c.subtree}
    kept = [t for t in tokens if t.i not in gone]
    return kept if kept else None


@rule("role.split.no-emphasis-word", stage="role.split", priority=45, action="trim",
      why="'even his own treasurer', 'also the club's coach': a word stressing who holds the title "
          "(data/emphasis_words.txt) is not part of it.",
      examples=["The mayor spoke on Monday. Kerrin Voss, his own chief of staff, said there was hope.",
                "The mayor spoke on Monday. Even the party's treasurer, Kerrin Voss, said there was hope."])
def _no_emphasis_word(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    emphasis = words("emphasis_words")
    kept = [t for t in tokens if not (t.lower_ in emphasis and t.pos_ in ("ADV", "ADJ"))]
    return kept if len(kept) < len(tokens) else None


@rule("role.split.no-clause-adverb-first", stage="role.split", priority=46, action="trim",
      why="'..., so Mayor X will not attend', 'and thus Governor X signed it': a lower-case adverb before the title that "
          "modifies the clause's verb links the clauses; it is not part of the title (a status word such as 'then' or "
          "'now' is read by role.split.no-status-word).",
      examples=["The council refused to meet, so Mayor Tom Hale will not attend the summit.",
                "The bill passed on Friday, and thus Governor Ana Ruiz signed it."],
      counter=["The law was signed by then Governor Ana Ruiz in 2009."])
def _no_clause_adverb_first(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    n = 0
    while n < len(tokens) - 1 and _clause_adverb(tokens[n], tokens):
        n += 1
    return tokens[n:] if n else None


def _clause_adverb(t: Token, tokens: list[Token]) -> bool:
    return (t.pos_ == "ADV" and t.is_lower and t.lower_ not in STATUS_WORDS and t.head not in tokens
            and t.head.pos_ in ("VERB", "AUX"))


@rule("role.split.starts-after-a-measure-of-amount", stage="role.split", priority=47, action="trim",
      why="'how many hours former Mayor X spent': a title begins after a word measuring an amount ('much', "
          "'many', 'how') and the noun it measures; neither is part of it.",
      examples=["Voters noticed how many hours former Mayor Tom Hale spent at the Tarrow depot."])
def _starts_after_a_measure(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    at = [n for n, t in enumerate(tokens) if t.lower_ in ("much", "many", "how") and t.pos_ in ("ADJ", "ADV", "SCONJ")]
    if not at:
        return None
    rest = tokens[at[-1] + 1 :]
    while rest and rest[0].is_lower and rest[0].pos_ == "NOUN":
        rest = rest[1:]  # "much energy": the noun measured
    return rest or None


@rule("role.split.no-new-or-other", stage="role.split", priority=50, action="trim",
      why="'the new chairman', 'other directors' ('Other directors, such as ...' opening a sentence): news about the title, not part of it.",
      examples=["The board said its new chairman Tom Hale would start in May.",
                "Other party candidates, such as Sarah Ferrand and Tom Hale, have also said they would back the plan."])
def _no_new_or_other(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    kept = [t for t in tokens if t.text != "new" and t.lower_ != "other"]  # "Other candidates" opening a sentence too
    return kept if len(kept) < len(tokens) else None


@rule("role.split.no-age", stage="role.split", priority=60, action="trim",
      why="'a 41-year-old nurse': the age is not part of the title.",
      examples=["Ana Ruiz, a 41-year-old nurse, said the ward was closed."])
def _no_age(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    kept = [t for t in tokens if t.ent_type_ != "DATE"]
    return kept if len(kept) < len(tokens) else None


@rule("role.split.after-quoted-word", stage="role.split", priority=70, action="trim",
      why="'show how \"childish\" the minister is': the title starts after the quoted word (a possessive's mark is no quote).",
      examples=['Critics called the "reckless" minister, Tom Hale, a danger.'])
def _after_quoted_word(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    marks = [n for n, t in enumerate(tokens) if t.is_quote and t.dep_ != "case"]
    return tokens[marks[-1] + 1 :] if marks else None


@rule("role.split.fused-with-a-name", stage="role.split", priority=75, action="veto",
      why="'Richard HaleEmbracing President ...': a person's name run together with the next word is link text pasted"
          " into the sentence; no title or organization is read from it.",
      examples=["Tom Hale visited the border with Vice President Ana Ruiz Ana Maria RuizPraising President Ana Ruiz says plan works."])
def _fused_with_a_name(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    named = {w for key, e in mentions.entities.items() if e.kind == "person" for w in key.split()}
    fused = (re.fullmatch(r"([A-Z][a-z]+)([A-Z][a-z]{2,})", t.text) for t in tokens)
    return [] if any(m is not None and m.group(1) in named for m in fused) else None


@rule("role.split.word-fused-before-it", stage="role.split", priority=77, action="trim",
      why="'wasDunmore Mayor Tom Hale': a lower-case word run into a capitalized one lost its space where a link"
          " was cut from the page; the title starts after it (a brand such as 'eBay' has one lower-case letter;"
          " a speech verb run in, 'saidDunmore', the tokenizer splits already).",
      examples=["Among those at the opening wasDunmore Mayor Tom Hale, a Democrat."],
      counter=["Tarrow eBay manager Tom Hale said sales rose."])
def _word_fused_before_it(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    fused = [n for n, t in enumerate(tokens) if re.fullmatch(r"[a-z]{3,}[A-Z][a-z]+", t.text)]
    return tokens[fused[-1] + 1 :] if fused else None


@rule("role.split.title-starts-at-party", stage="role.split", priority=80, action="trim",
      why="'[at their] rally launch Tory vice-chairman X': lower-case nouns before a name are not the title (but 'shadow Chancellor X' is).",
      examples=["Speaking at the rally launch Tarrow Party vice-chairman Tom Hale said the vote was close."],
      counter=["Tarrow shadow Chancellor Tom Hale said taxes would rise."])
def _title_starts_at_party(tokens: list[Token], phrase: Span, mentions: Mentions) -> list[Token] | None:
    propn = next((n for n, t in enumerate(tokens) if t.pos_ == "PROPN"), None)
    if propn and all(t.pos_ == "NOUN" and t.is_lower and not title_word(t) and t.lower_ not in QUALIFIERS for t in tokens[:propn]):
        return tokens[propn:]
    return None


@rule("role.body.possessor", stage="role.body", priority=10, action="extend",
      why="'the Tarrow navy's chief of staff': the possessor is the organization (not 'children's commissioner'); a"
          " person's ('Ana Ruiz's campaign chairman') is whom the title serves, no body: the title alone.",
      examples=["The Dunmore Housing Agency's chief executive, Tom Hale, said rents would rise.",
                "Hackers broke into the email account of Joan Baxter’s campaign chairman, Tom Hale, in 2016."],
      counter=["The children's commissioner Tom Hale said schools must change."])
def _possessor_is_the_body(before_title: list[Token], tokens: list[Token], mentions: Mentions) -> tuple[str, list[Token]] | None:
    for i, t in enumerate(before_title):
        if t.text in POSSESSIVE and (_proper(tokens[:i], mentions) or i and tokens[i - 1].lower_ in words("org_nouns")):
            if any(not m.pronoun for m in mentions.in_span(tokens[0].i, t.i, "person")):
                return "", tokens[i + 1 :]  # a person's: no body
            return _clean(tokens[0].doc[tokens[0].i : t.i].text), tokens[i + 1 :]
    return None


@rule("role.title.spaced-dash-ends-it", stage="role.title", priority=10, action="trim",
      why="'the party's campaign chief - and deputy leader X': a spaced dash (or comma) ends the title.",
      examples=["Tom Hale, the party's campaign chief - and deputy leader since May - said the vote was close."])
def _spaced_dash_ends_title(tokens: list[Token], j: int) -> bool:
    return tokens[j].text in (*DASHES, ",") and bool(tokens[j - 1].whitespace_)


@rule("role.title.seat-is-part-of-it", stage="role.title", priority=20, action="extend",
      why="'MP for Kensington and Chelsea': a seat, not an organization, is part of the title.",
      examples=["Tom Hale, MP for Dunmore North, said the bridge must be rebuilt."])
def _seat_in_title(title_tokens: list[Token], rest: list[Token], mentions: Mentions) -> bool:
    if not rest or rest[0].lower_ not in ("for", "from") or title_tokens[-1].lower_ not in SEAT_HOLDERS:
        return False
    seat = rest[1:]
    return bool(seat) and not mentions.in_span(seat[0].i, seat[-1].i + 1, "org")


@rule("role.body.name-after-of", stage="role.body", priority=20, action="extend",
      why="'head of the troubled Housing Agency': the name after 'of' (or 'at', 'for', 'in') is the organization.",
      examples=["Tom Hale, head of the Dunmore Housing Agency, said rents would rise."])
def _body_after_of(rest: list[Token], mentions: Mentions) -> str:
    named = mentions.in_span(rest[1].i, rest[-1].i + 1, "org")
    if len(named) == 1:
        return mentions.entities[named[0].key].name
    return _clean(rest[0].doc[rest[1].i : rest[-1].i + 1].text)


@rule("role.body.a-person-is-no-body", stage="role.body", priority=15, action="veto",
      why="'X, an associate of Mayor Ana Ruiz's lawyer Ian Moss': a person named after 'of' (or 'for', 'to') is whom"
          " the title serves, not its organization; the title stands alone.",
      examples=["A lender said he gave money to Tom Hale, an associate of Tarrow Mayor Ana Ruiz’s personal lawyer Ian"
                " Moss, and his wife."],
      counter=["Tom Hale, head of the Dunmore Housing Agency, said rents would rise.",
               "Tom Hale is chairman of Orme Holdings, which manages the estate of the banker Jo Orme."])
def _person_after_of(rest: list[Token], mentions: Mentions) -> bool:
    doc = rest[0].doc
    people = [
        m for m in mentions.in_span(rest[1].i, rest[-1].i + 1, "person")
        if not m.pronoun and not (m.end < len(doc) and doc[m.end].pos_ == "PROPN")  # "Orme Holdings": a body's name
    ]
    bodies = mentions.in_span(rest[1].i, rest[-1].i + 1, "org")
    return bool(people) and not any(b.start <= people[0].start for b in bodies)  # "chairman of Orme Holdings, ... Jo Orme"


@rule("role.title.portfolio-after-of", stage="role.title", priority=25, action="extend",
      why="'Secretary of the Navy', 'former secretary of labor': one word after a portfolio title's 'of' is its portfolio, part of the title, not a body.",
      examples=["Tom Hale, the secretary of the Navy, said the ships were ready."])
def _portfolio_after_of(title_tokens: list[Token], rest: list[Token]) -> bool:
    named = rest[2:] if len(rest) > 2 and rest[1].pos_ == "DET" else rest[1:]
    return rest[0].lower_ == "of" and title_tokens[-1].lower_ in words("portfolio_titles") and len(named) == 1 and named[0].is_alpha


@rule("role.title.common-noun-after-of", stage="role.title", priority=30, action="extend",
      why="'professor of child health': a common noun phrase after 'of' or 'for' is part of the title.",
      examples=["Ana Ruiz, professor of child health, said the study was small."])
def _common_noun_after_of(rest: list[Token]) -> bool:
    return rest[0].lower_ in ("of", "for") and all(not t.is_punct for t in rest)


@rule("role.body.inside-title", stage="role.body", priority=30, action="extend",
      why="'Tarrow First party head X', 'Trade and Industry Secretary': an organization named inside the title is its body.",
      examples=["Dunmore Council leader Tom Hale said the budget was set."])
def _body_inside_title(title_tokens: list[Token], mentions: Mentions) -> str | None:
    """The body named inside a title ("Labour leader"), not its head word ("top Republican": a party's member)."""
    inner = [m for m in mentions.in_span(title_tokens[0].i, title_tokens[-1].i + 1, "org") if m.end <= title_tokens[-1].i]
    return mentions.entities[inner[0].key].name if inner else None


@rule("role.veto.a-rank", stage="role.veto", priority=10, action="veto",
      why="A rank ('general', 'colonel') is recorded as the person's rank, not as a role.",
      examples=["Tom Hale, a general, said the base would close."])
def _a_rank(title: str, title_tokens: list[Token]) -> bool:
    return title.lower() in words("ranks")


@rule("role.veto.only-adjectives", stage="role.veto", priority=20, action="veto",
      why="'official' in 'the minister's official Kent house' is an adjective, not a title (but 'presidential hopeful"
          " X', tagged as adjectives too, describes the person named).",
      examples=["Tom Hale stayed at the minister's official Dunmore house on Monday."],
      counter=["The law is co-sponsored by presidential hopeful Sarah Ferrand and Tom Hale."])
def _only_adjectives(title: str, title_tokens: list[Token]) -> bool:
    head = title_tokens[-1].head
    return all(t.pos_ == "ADJ" for t in title_tokens) and not (head.pos_ == "PROPN" and head.ent_type_ == "PERSON")


@rule("role.veto.in-a-link-teaser", stage="role.veto", priority=40, action="veto",
      why="'see also Dunmore drops its toll plan Former mayor Tom Hale said ...': a line pointing to another story "
          "(data/link_teaser_starts.txt) runs that story's headline into its text; a title read there is run on, not "
          "one the story gives.",
      examples=["Tom Hale spoke in Tarrow on Monday.\n\nsee also Dunmore drops its bridge toll plan Former mayor Tom Hale "
                "said on Sunday...\n\nThe talks went on."],
      counter=["Tom Hale spoke in Tarrow on Monday.\n\nFormer mayor Tom Hale said on Sunday that the talks went on."])
def _in_a_link_teaser(title: str, title_tokens: list[Token]) -> bool:
    first = title_tokens[0]
    line = line_of(first.doc[first.i : first.i + 1])
    return line.lstrip().casefold().startswith(phrases("link_teaser_starts"))


@rule("role.veto.a-word-of-blame", stage="role.veto", priority=30, action="veto",
      why="'X was a bad campaigner', 'a lousy manager': a title under a word of blame"
          " (data/blaming_adjectives.txt) is an opinion of the person, not an office.",
      examples=["Ana Ruiz said voters never saw that Tom Hale was a bad campaigner."])
def _a_word_of_blame(title: str, title_tokens: list[Token]) -> bool:
    return any(t.lower_ in words("blaming_adjectives") for t in title_tokens)


def _proper(tokens: list[Token], mentions: Mentions) -> bool:
    """Whether a phrase after "of" names something: "the Housing Agency", "Tarrow's army"."""
    return any(
        t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES or t.text in POSSESSIVE or (m := mentions.at(t)) is not None and not m.pronoun
        for t in tokens
    )


def _phrase_tokens(head: Token, exclude: Span | None = None) -> list[Token]:
    """The title phrase headed by `head`, without clauses, asides or the excluded span."""
    keep: list[Token] = []
    subject = {t.i for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}  # "made [him] leader"
    for tok in head.subtree:
        if exclude is not None and exclude.start <= tok.i < exclude.end or tok.i in subject:
            continue
        keep.append(tok)
    # cut at the first clause or aside that hangs off the phrase
    clauses = [t.left_edge.i for t in head.subtree if t.i > head.i and t.dep_ in ("relcl", "acl", "advcl")]
    asides = [t.i for t in keep if t.i > head.i and t.text in (",", "(", ";", "—", "–")]
    asides += [t.i for t in keep if t.i > head.i and t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children)]
    asides += [
        t.i for t in keep
        if t.i > head.i
        and t.dep_ == "cc"
        and any(c.dep_ == "conj" and c.i > t.i and title_word(c) for c in t.head.children)
    ]
    cut = min(clauses + asides, default=None)  # "members who defected": not "who"; "minister in May": not "May"
    keep = [t for t in keep if cut is None or t.i < cut]
    keep = _hyphenated_word_rejoined(keep, head) or keep
    if exclude is not None:  # only the part on one side of the name
        keep = [t for t in keep if t.i < exclude.start] if head.i < exclude.start else keep
    return keep


@rule("role.title.hyphenated-word-rejoined", stage="role.title", priority=120, action="extend",
      why="'co-head', 'vice-chairman': the parser splits the word at the hyphen; the phrase takes the first part back.",
      examples=["Tom Hale became co-head of Dunmore Rail in May."])
def _hyphenated_word_rejoined(keep: list[Token], head: Token) -> list[Token] | None:
    doc, k = head.doc, min(t.i for t in keep) if keep else head.i
    start = k
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].is_alpha:
        k -= 2
    return [*doc[k:start], *keep] if k < start else None


def _prenominal(doc: Doc, m: Mention, mentions: Mentions, before: int | None = None) -> list[Token]:
    """The title phrase written just before the name (or before token `before`)."""
    run: list[Token] = []
    i = (m.start if before is None else before) - 1
    while i >= 0:
        t = doc[i]
        if _title_across_of(t, run) or _determiner_after_title_of(t):
            run.insert(0, t)  # "Chief Secretary to the Treasury X", "head of the Child Support Agency X"
            i -= 1
            continue
        kept = _and_between_titles(t, run) or _title_read_as_verb(t, run) or _title_prefix(t, run)
        if not kept and (t.is_punct and t.text != "-" or t.pos_ in NOT_IN_TITLE):
            break
        if _ends_title_run(doc, m, t, mentions):
            break
        run.insert(0, t)
        i -= 1
    while run and run[0].pos_ == "CCONJ":
        run.pop(0)
    _no_adverb_opening_title(run)
    _group_before_title(run)
    _no_honorific_before_name(run)
    _ranks_kept_apart(run, mentions.entities[m.key])
    return run


@rule("role.title.across-of-before-name", stage="role.title", priority=40, action="extend",
      why="'spokeswoman for women X', 'Chief Secretary to the Treasury X', 'the party's nominee for mayor X': a title before "
          "a name runs across 'of', 'for' or 'to' (not 'spokesman for Mr X', nor 'spokesman for Senate Leader X', nor 'agent "
          "of gas oligarch X': data/epithet_nouns.txt); after a race's noun (data/race_nouns.txt) the title is the office "
          "sought, not one held.",
      examples=["Chief Secretary to the Treasury Tom Hale said taxes would rise.",
                "Counselor to the President Ana Ruiz defended the plan on Sunday.",
                "Last week the Tarrow Party nominee for mayor Tom Hale said he would have shut the Dunmore mine."],
      counter=["The spokesman for Mr Tom Hale said he was abroad.",
               "Ana Ruiz, a spokeswoman for Senate Majority Whip Tom Hale, said the bill would pass.",
               "The spokeswoman for First Lady Ana Hale declined to comment on Monday.",
               "The complaint describes Ben Orme as an agent of Tarrowan gas oligarch Tom Hale, who Ana Ruiz accuses of fraud."])
def _title_across_of(t: Token, run: list[Token]) -> bool:
    doc, i = t.doc, t.i
    titled = [r for r in run if r.lower_ not in words("honorifics")]
    the_title = bool(run) and run[0].pos_ == "DET" and len(titled) == 2  # "Counselor to the President X"
    next_to_name = titled and (
        title_word(titled[-1]) or _multiword_title(run[-2:]) == 2 or titled[-1].lower_ in words("epithet_nouns")
    )  # "Whip", "First Lady"; "an agent of gas oligarch X": X is the oligarch
    race = doc[i].lower_ == "for" and i > 0 and doc[i - 1].lower_ in words("race_nouns")  # "nominee for mayor X"
    if doc[i].lower_ not in ("of", "for", "to") or not titled or next_to_name and not the_title and not race:
        return False  # "a spokeswoman for Senate Majority Whip X": X holds the title next to the name
    after_title = i > 0 and doc[i - 1].lower_ in _titles()
    return after_title or i >= 3 and _multiword_title(list(doc[i - 3 : i])) == 3  # "secretary of state for"


@rule("role.title.determiner-after-of-before-name", stage="role.title", priority=50, action="extend",
      why="'head of [the] Child Support Agency X': the determiner of the body inside a title before a name.",
      examples=["Sarah Ferrand met head of the Dunmore Housing Agency Tom Hale on Monday."])
def _determiner_after_title_of(t: Token) -> bool:
    doc, i = t.doc, t.i
    return doc[i].pos_ == "DET" and i > 1 and doc[i - 1].lower_ in ("of", "to") and doc[i - 2].lower_ in _titles()


@rule("role.title.and-between-titles", stage="role.title", priority=60, action="extend",
      why="'Trade and Industry Secretary X': 'and' between two capitalized words of one title (not between two names the model"
          " tagged apart: 'went to Congress and World Bank Director X' are two recipients; nor after a person's name: "
          "'Ana Ruiz and Reps. X' is two people, and so is 'Ruiz and Reps. X', a title after 'and' with no title's word "
          "before it).",
      examples=["Trade and Industry Secretary Tom Hale said exports fell."],
      counter=["The drafts went to Congress and World Bank Director Sarah Voss, who read them on Sunday.",
               "Senator Tom Hale of Ohio and Representative Ana Ruiz of Maine wrote the bill.",
               "Ana Ruiz and Reps. Lena Cole of Ohio, Tom Hale of Utah and Ben Orme of Illinois met on Monday.",
               "Ruiz and Reps. Lena Cole of Ohio, Tom Hale of Utah and Ben Orme of Illinois met on Monday."])
def _and_between_titles(t: Token, run: list[Token]) -> bool:
    doc, i = t.doc, t.i
    if not (t.lower_ in ("and", "&") and bool(run) and run[0].is_title and i > 0 and doc[i - 1].is_title):
        return False
    if doc[i - 1].ent_type_ == "PERSON" or i >= 2 and given_name(doc[i - 2]):
        return False  # "Ana Ruiz and Reps. X": a person's name before, not a word of the title
    if title_word(run[0]) and not title_word(doc[i - 1]):
        return False  # "Ruiz and Reps. X": a title begins after "and", and the word before it is no title's
    two_names = doc[i - 1].ent_type_ and t.ent_iob_ == "O" and i + 1 < len(doc) and doc[i + 1].ent_iob_ == "B"
    return not two_names and not _home_place_before(doc[i - 1])


def _home_place_before(tok: Token) -> bool:
    """Whether `tok` ends a place after a person's name and 'of' ('Senator X of Tarrow and ...'):
    where the person before is from, not a word of the next one's title."""
    place = next((e for e in ents_of(tok.doc) if e.start <= tok.i < e.end and e.label_ in ("GPE", "LOC")), None)
    return place is not None and place.end == tok.i + 1 and place.start >= 2 \
        and tok.doc[place.start - 1].lower_ == "of" and tok.doc[place.start - 2].ent_type_ == "PERSON"


@rule("role.title.title-read-as-verb", stage="role.title", priority=70, action="extend",
      why="'Acme head X': 'head' tagged as a verb; 'Tory shadow local government secretary X': 'shadow' too.",
      examples=["The Dunmore Rail boss and acting head Tom Hale quit."])
def _title_read_as_verb(t: Token, run: list[Token]) -> bool:
    return t.pos_ == "VERB" and (not run and title_word(t) or bool(run) and t.lower_ in QUALIFIERS)


@rule("role.title.capitalized-prefix", stage="role.title", priority=72, action="extend",
      why="'Under Secretary of the Navy X': a capitalized word that makes one office with the title word after it "
          "(data/title_prefixes.txt, pairs), read as a preposition by the parse, is the title's first word; not 'Under Mayor X, "
          "the town grew'.",
      examples=["Under Secretary of the Navy Tom Hale told reporters the fleet would grow by next spring."],
      counter=["Under Mayor Tom Hale, the town grew by a third in ten years."])
def _title_prefix(t: Token, run: list[Token]) -> bool:
    return bool(run) and t.is_title and f"{t.lower_}\t{run[0].lower_}" in phrases("title_prefixes")


@rule("role.title.group-before-title", stage="role.title", priority=75, action="trim",
      why="'fellow Republicans Sen. X', 'two Democrats Rep. X', 'rival presidential candidates Sen. X': a party or people "
          "named in the plural, or a title in the plural, before a title is the group the person is one of, not a word of the title.",
      examples=["Tom Hale, joined by fellow Republicans Senator Ana Ruiz, spoke in Dunmore on Monday.",
                "Tom Hale pressed rival presidential candidates Senator Ana Ruiz and Mayor Ben Orme on farm policy on Tuesday."],
      counter=["Veterans Affairs Secretary Ana Ruiz spoke in Dunmore on Monday.",
               "Foreign affairs minister Ana Ruiz spoke in Dunmore on Monday."])
def _group_before_title(run: list[Token]) -> bool:
    cut = max((k for k, t in enumerate(run[:-1]) if t.tag_ in ("NNS", "NNPS") and (
        t.ent_type_ == "NORP" or t.is_lower and title_word(t))), default=None)
    if cut is None or not any(title_word(t) for t in run[cut + 1 :]):
        return False
    del run[: cut + 1]
    return True


@rule("role.title.no-adverb-opening-title", stage="role.title", priority=82, action="trim",
      why="'town heads, particularly Governor Tom Hale': an adverb in -ly before a title ('particularly', "
          "'especially', 'notably') picks the person out of a list; it is no part of the title (not one of an "
          "earlier time, data/words_of_an_earlier_time.txt: 'formerly Governor' is no Governor now).",
      examples=["Several town heads, particularly Governor Tom Hale, voted against the pier plan on Monday."],
      counter=["Several town heads, formerly Governor Tom Hale, voted against the pier plan on Monday."])
def _no_adverb_opening_title(run: list[Token]) -> bool:
    popped, earlier = False, words("words_of_an_earlier_time")
    while len(run) > 1 and run[0].pos_ == "ADV" and run[0].is_lower and run[0].lower_.endswith("ly") and run[0].lower_ not in earlier:
        run.pop(0)
        popped = True
    return popped


@rule("role.title.no-honorific-before-name", stage="role.title", priority=80, action="trim",
      why="'chief executive Mr X': the honorific is not part of the title.",
      examples=["The chief executive Mr Tom Hale said sales fell."])
def _no_honorific_before_name(run: list[Token]) -> bool:
    popped = False
    while run and run[-1].lower_ in words("honorifics"):
        run.pop()
        popped = True
    return popped


def _ends_title_run(doc: Doc, m: Mention, t: Token, mentions: Mentions) -> bool:
    """Not across a date, a paragraph, a sentence, a spaced dash ("three MPs - X, Y and Z") or
    another person's name."""
    if t.ent_type_ == "DATE" or t.is_space or t.i < sent_of(doc[m.start]).start:
        return True
    if t.text in DASHES and t.whitespace_ and t.i and doc[t.i - 1].whitespace_:
        return True
    other = mentions.at(t)
    return other is not None and other.kind == "person"


@rule("role.title.rank-kept-apart", stage="role.title", priority=90, action="trim",
      why="Ranks adjacent to the name ('Lt. Gen. X') are the person's rank, not a role; 'director-general X' is a title.",
      examples=["Army General Tom Hale said the base would close.", "Dunmore police commander Tom Hale said crime fell."])
def _ranks_kept_apart(run: list[Token], entity: Any) -> bool:
    ranks: list[str] = []
    while run and run[-1].lower_ in words("ranks") and not (len(run) > 1 and _multiword_title(run[-2:]) == 2):
        if len(run) > 2 and run[-2].text == "-" and not run[-2].whitespace_ and not run[-3].whitespace_:
            break
        ranks.insert(0, run.pop().text)
    if ranks and " ".join(ranks) not in entity.ranks:
        entity.ranks.append(" ".join(ranks))
    return bool(ranks)


@rule("role.title.both-means-two-people", stage="role.title", priority=100, action="trim",
      why="'Both the Bishop and Archdeacon X': 'both' before the titles makes them two people's, X has the last.",
      examples=["Both the Chancellor and Home Secretary Tom Hale backed the plan."])
def _after_both(start: Token) -> bool:
    """Whether "both" opens the phrase at token `start` ("Both the X and Y Z"): two people, not one."""
    doc, i = start.doc, start.i
    return any(t.lower_ == "both" for t in doc[max(0, i - 2) : i + 1])


def _postnominal_office(tok: Token) -> bool:
    """"Tom Hale MP": letters after a name for an office, written in capitals."""
    return tok.text.isupper() and tok.lower_ in words("postnominal_offices")


def _title_governor(name_root: Token) -> Token | None:
    """For a name in apposition ("the head of the party X, NAME,"), the title it stands beside;
    the parser often hangs the name on the nearest noun, so climb the noun phrase."""
    tok = name_root.head
    for _ in range(6):
        if tok.pos_ in ("NOUN", "PROPN") and (title_word(tok) or _multiword_title(list(tok.doc[tok.i : tok.i + 4]))):
            return tok  # also a plural: "one of its three city council members, X,"
        if tok.dep_ not in ("pobj", "prep", "appos", "compound", "poss") or tok.head.i == tok.i:
            return None
        tok = tok.head
    return None


def _predicates(name: Token) -> list[Token]:
    """Title nouns said of a person: "X is the party's leader", "X was named chief of staff",
    "X, who served as defence minister", "the mayor named X as interim commissioner" (the
    one appointed, never the one appointing): the rules of stage `role.predicate`, in order,
    then only title nouns."""
    titles = _titles()
    return [
        t for t in rules.fold("role.predicate", [], name)
        if (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "acomp")
        and (t.lower_ in titles or any(c.lower_ in titles for c in t.children if c.dep_ == "compound"))
    ]


@rule("role.predicate.appointment-as", stage="role.predicate", priority=10, action="add",
      why="'his appointment as chairman': the office a noun of the person's gives them (not 'his predecessor as').",
      examples=["Tom Hale said his appointment as chairman of Dunmore Rail was an honour."],
      counter=["Sarah Ferrand said her predecessor as chairman had cut jobs."])
def _appointment_as(out: list[Token], name: Token) -> list[Token] | None:
    head = name.head
    if name.dep_ != "poss" or head.pos_ != "NOUN" or head.lemma_.lower() in ("predecessor", "successor"):
        return None
    if name.pos_ == "PRON" and _fronting_subject(head) is not None:
        return None  # "Besides his role as X, Tom Hale ...": the subject's (role.predicate.own-office-fronted)
    return out + [c for a in head.children if a.dep_ == "prep" and a.lower_ == "as" for c in a.children if c.dep_ == "pobj"] or None


@rule("role.predicate.made-him-title", stage="role.predicate", priority=20, action="add",
      why="'X had made him deputy leader': the parser's small clause after an appointing verb.",
      examples=["Tom Hale thanked Sarah Ferrand. She had made him deputy leader in 2019."])
def _made_him_title(out: list[Token], name: Token) -> list[Token] | None:
    head = name.head
    if (
        name.dep_ == "nsubj"
        and head.pos_ == "NOUN"
        and head.dep_ in ("ccomp", "xcomp", "oprd")
        and head.head.lemma_.lower() in words("appointing_verbs")
    ):
        return out + [head]
    return None


@rule("role.predicate.fronted-as", stage="role.predicate", priority=30, action="add",
      why="'As harbour minister she angered the unions', 'who as a judge never did': an office fronting the clause.",
      examples=["As agriculture minister he cut the farm budget, Tom Hale said."])
def _fronted_as(out: list[Token], name: Token) -> list[Token] | None:
    if name.dep_ != "nsubj":
        return None
    head = name.head
    fronted = [c for c in head.children if c.dep_ in ("prep", "mark") and c.lower_ == "as" and (c.i < name.i or name.tag_ == "WP" and c.i < head.i)]
    if head.dep_ == "ccomp":  # "X said as health minister she cut ...": the office fronts this clause
        fronted += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.right_edge.i + 1 == name.i]
    return out + [c for a in fronted for c in a.children if c.dep_ == "pobj"] or None


def _fronting_subject(noun: Token) -> Token | None:
    """The named subject of the clause a phrase fronts ("Besides his role as X, Tom Hale is ..."): the
    subject, a proper name after the phrase, of the verb the phrase's preposition hangs on."""
    prep = noun.head
    if noun.dep_ != "pobj" or prep.dep_ != "prep":
        return None
    verb = prep.head
    subject = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS and c.i > noun.i), None)
    return subject if subject is not None and subject.pos_ == "PROPN" and verb.i > subject.i else None


@rule("role.predicate.own-office-fronted", stage="role.predicate", priority=35, action="add",
      why="'Besides his role as an independent counsel, X is ...', 'After her appointment as harbour master, X moved':"
          " an office the possessive pronoun of a phrase fronting the clause holds is the subject's, named after it.",
      examples=["Tom Hale met Omar Reyes. Besides his role as an independent counsel, Omar Reyes is also a judge."])
def _own_office_fronted(out: list[Token], name: Token) -> list[Token] | None:
    if name.dep_ not in SUBJECT_DEPS:
        return None
    found = [
        office
        for prep in name.head.children if prep.dep_ == "prep" and prep.i < name.i
        for noun in prep.children if noun.dep_ == "pobj" and _fronting_subject(noun) == name
        and any(c.dep_ == "poss" and c.pos_ == "PRON" for c in noun.children)
        for as_ in noun.children if as_.dep_ == "prep" and as_.lower_ == "as"
        for office in as_.children if office.dep_ == "pobj"
    ]
    return out + found if found else None


@rule("role.predicate.verb-tells-office", stage="role.predicate", priority=40, action="add",
      why="'X is the leader', 'X was named chief', 'X spoke as chairman', 'fired X as Y': an office said of the person by a verb, or a verb sharing its subject.",
      examples=["Tom Hale became chairman of Dunmore Rail in 2019."],
      counter=["Tom Hale described Sarah Ferrand as a liar."])
def _verb_tells_office(out: list[Token], name: Token) -> list[Token] | None:
    found = [t for verb in [name.head, *_shared_verbs(name)] for t in _offices_told_by(verb, name)]
    return out + found if found else None


@rule("role.predicate.title-is-the-name", stage="role.predicate", priority=45, action="add",
      why="'The judge in question is X', 'The new chairman is X': a title with 'the' that is the subject of 'be', the name"
          " its complement, is that person's.",
      examples=["Sarah Ferrand spoke first. The judge in question is Tom Hale, a native of Dunmore."],
      counter=["The question for the judge is Ana Ruiz's health."])
def _title_is_the_name(out: list[Token], name: Token) -> list[Token] | None:
    head = name.head
    if name.dep_ not in ("attr", "nsubj") or head.lemma_.lower() != "be":
        return None
    found = [
        c for c in head.children
        if c.dep_ == "nsubj" and c.i < name.i and c.pos_ == "NOUN" and any(d.dep_ == "det" and d.lower_ == "the" for d in c.children)
    ]
    return out + found if found else None


@rule("role.predicate.coordinated-titles", stage="role.predicate", priority=50, action="add",
      why="'became chief financial officer and treasurer': every title coordinated with one found.",
      examples=["Tom Hale became chief financial officer and president of Dunmore Rail."])
def _coordinated_titles(out: list[Token], name: Token) -> list[Token] | None:
    added = [c for t in out for c in t.children if c.dep_ == "conj" and title_word(c)]
    return out + added if added else None


@rule("role.predicate.not-a-superlative", stage="role.predicate", priority=60, action="veto",
      why="'the highest-ranking official', 'the third MP to ...': a superlative or ordinal describes, it is no office.",
      examples=["Tom Hale became the highest-ranking official to resign."])
def _not_a_superlative(out: list[Token], name: Token) -> list[Token] | None:
    kept = [t for t in out if not any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" for c in t.subtree)]
    return kept if len(kept) < len(out) else None


def _shared_verbs(name: Token) -> list[Token]:
    """Verbs sharing the name's subject: "X quit in 1999 and has served as chairman", "X is to
    stand down as an MP", "nominated to serve as" (not "considering becoming"), "After serving
    as a junior minister, he became ..."."""
    if name.dep_ not in SUBJECT_DEPS:
        return []
    head = name.head
    shared = [v for v in head.conjuncts if v.i > head.i and not any(c.dep_ in SUBJECT_DEPS for c in v.children)]
    wishing = words("wishing_verbs")
    if head.lemma_.lower() not in wishing and head.lower_.removesuffix("s") not in wishing:  # the model lemmatizes "hopes" as "hop"
        shared += [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    shared += [
        c for c in head.children
        if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i < name.i and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]
    shared += [g for c in head.children if c.dep_ == "prep" and c.i < name.i for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    shared += rules.fold("role.shared-verb", [], head)
    return shared


@rule("role.shared-verb.infinitive-of-becoming", stage="role.shared-verb", priority=10, action="add",
      why="'X, who resigned to become the mayor's housing secretary', 'X is awaiting confirmation to become harbour"
          " director': an infinitive of holding an office after the verb shares its subject.",
      examples=["The winner will succeed Tom Hale, who resigned to become the mayor's housing secretary."],
      counter=["The winner will succeed Tom Hale, who resigned to spend more time with his family.",
               "Tom Hale has tapped a former harbour official to serve as his housing secretary.",
               "Tom Hale was running to become mayor of the harbour town."])
def _infinitive_of_becoming(out: list[Token], head: Token) -> list[Token] | None:
    if head.lemma_.lower() in words_of("attempting_verbs", "appointing_verbs") or any(
        c.dep_ in ("dobj", "dative") and (c.pos_ in ("PRON", "PROPN") or title_word(c)) for c in head.children
    ):
        return None  # "was running to become mayor"; "tapped an official to serve as": the official's
    found = [
        c for c in head.children
        if c.dep_ == "advcl" and c.i > head.i and c.lemma_.lower() in _holding_verbs()
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
    ]
    return out + found if found else None


def _offices_told_by(verb: Token, name: Token) -> list[Token]:
    """The title nouns `verb` says of `name`: its attribute or object complement when it says
    what the person is, is made, or leaves ("X became chief"); any verb's "as" phrase when the
    person acts ("X spoke as chairman")."""
    lemma = verb.lemma_.lower()
    said_of = (name.dep_ == "nsubj" or verb.i != name.head.i) and lemma in _holding_verbs()
    attempted = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in words("attempting_verbs")  # "tried to hire him as an adviser"
    # "fired X as Y": Y was held; "Named foreign secretary in 1998, X had": the participle's
    appointed = (
        (name.dep_ in ("nsubjpass", "dobj") or verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < name.i)
        and lemma in _appointing_verbs()
        and not attempted
    )
    # "X makes his money as a consultant", "X spoke as chairman": any verb, unless "as" describes
    # its object ("X described Y as a liar", "sees himself as a leader")
    acting = (
        name.dep_ == "nsubj"
        and verb.pos_ == "VERB"
        and not any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PRON", "PROPN") for c in verb.children)
    )
    if not (said_of or appointed or acting) or rules.first("role.unheld", verb):
        return []
    out: list[Token] = []
    for child in verb.children:
        if not (said_of or appointed) and not (child.dep_ == "prep" and child.lower_ == "as"):
            continue  # any other verb tells an office only through "as"
        out += _office_in(child, appointed)
    return out


def _office_in(child: Token, appointed: bool) -> list[Token]:
    """The office a verb's dependent names."""
    if child.dep_ == "attr" and child.lower_ == "one":  # "X was one of Britain's EU commissioners"
        return [c for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj" and _plural(c)]
    if child.dep_ in ("attr", "oprd", "xcomp") or child.dep_ == "acomp" and child.lower_ in _titles():
        return [child]  # the parser calls "chief" in "became chief of staff" an adjective
    if child.dep_ == "prep" and (child.lower_ == "as" or appointed and child.lower_ == "to"):
        # "promoted to deputy director"; not "X said as health minister she cut ...", where
        # the office fronts the reported clause and is its subject's
        return [c for c in child.children if c.dep_ == "pobj" and not _fronts_clause(c)]
    if child.dep_ == "dobj" and child.lemma_.lower() in words("post_nouns"):  # "will take up the role of treasurer"
        return [c for p in child.children if p.dep_ == "prep" and p.lower_ in ("of", "as") for c in p.children if c.dep_ == "pobj"]
    return []


def _holding_verbs() -> frozenset[str]:
    return words_of("role_predicate_verbs", "leaving_verbs")


def _appointing_verbs() -> frozenset[str]:
    return words_of("appointing_verbs", "removing_verbs")


@rule("role.unheld.headline-verb", stage="role.unheld", priority=10, action="veto",
      why="A verb in title case mid-sentence is a headline ('X Becomes Highest Official'): a description, not an office held.",
      examples=["Sarah Ferrand: Tom Hale Is Chairman Of Dunmore Rail Now\n\nHale spoke in Dunmore on Monday."])
def _headline_verb(verb: Token) -> bool:
    return verb.is_title and not verb.is_sent_start


@rule("role.unheld.negated", stage="role.unheld", priority=20, action="veto",
      why="'she is not port minister', 'he is no longer a listed candidate', 'he is no ordinary party candidate': no "
          "office held.",
      examples=["Tom Hale is no longer chairman of Dunmore Rail.",
                "Tom Hale spoke on Monday. But Hale is no ordinary Dunmore Party candidate."])
def _negated(verb: Token) -> bool:
    return negated(verb) or any(c.dep_ in ("attr", "oprd") and any(d.dep_ == "det" and d.lower_ == "no" for d in c.children)
                                for c in verb.children)


@rule("role.unheld.hypothetical", stage="role.unheld", priority=30, action="veto",
      why="'he hoped X would be premier': a hypothetical office is not held.",
      examples=["Ana Ruiz said Tom Hale would be chairman of Dunmore Rail."])
def _hypothetical(verb: Token) -> bool:
    return any(c.dep_ == "aux" and c.lower_ in words("hypothetical_auxiliaries") for c in verb.children)


@rule("role.unheld.aimed-at", stage="role.unheld", priority=40, action="veto",
      why="'running to be chosen as deputy chair', 'asked if she would serve as mayor': an office in what someone"
          " tries, runs or bids for (data/attempting_verbs.txt) or in a clause of 'if' or 'whether' is aimed at or asked"
          " about, not held.",
      examples=["The host asked Carla Fenn if she was really just running to be chosen as deputy chair of the board.",
                "Tom Hale is running to serve as mayor of Dunmore."],
      counter=["Tom Hale was appointed to serve as mayor of Dunmore."])
def _aimed_at(verb: Token) -> bool:
    tok = verb
    for _ in range(4):
        if tok.lemma_.lower() in words("attempting_verbs") and tok.i != verb.i:
            return True
        if any(c.dep_ == "mark" and c.lower_ in ("if", "whether") for c in tok.children):
            return True
        if tok.dep_ not in ("xcomp", "advcl", "ccomp", "conj") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


@rule("role.unheld.imagined", stage="role.unheld", priority=45, action="veto",
      why="'the possibility of Hale becoming the party's nominee': an office in the 'of' phrase of a noun of what "
          "may come to be (data/possibility_nouns.txt) is imagined, not held.",
      examples=["Speaker Tom Hale spoke on Monday. The possibility of Hale becoming the Tarn Party nominee “keeps me up "
                "at night,” said Ana Ruiz."])
def _imagined(verb: Token) -> bool:
    return _under_a_possibility(verb)


def _under_a_possibility(tok: Token) -> bool:
    """Whether `tok` is in the 'of' phrase of a noun of what may come to be ('the prospect of X becoming ...')."""
    for _ in range(4):
        if tok.dep_ not in ("pobj", "pcomp", "acl", "prep", "compound", "appos") or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in words("possibility_nouns"):
            return True
    return False


def _fronts_clause(pobj: Token) -> bool:
    """Whether the phrase ends just before the subject of a reported clause ("said as home
    secretary he gave the impression")."""
    nxt = pobj.right_edge.i + 1
    return nxt < len(pobj.doc) and pobj.doc[nxt].dep_ in SUBJECT_DEPS and pobj.doc[nxt].head.dep_ == "ccomp"


def _plural(tok: Token) -> bool:
    plural = tok.tag_ in ("NNS", "NNPS") or tok.text.endswith("s") and tok.text[:-1].lower() in _titles()
    return plural or tok.lower_ in words("plural_title_abbreviations")


def _singular(tok: Token) -> str:
    """"members" -> "member", "MPs" -> "MP", "Sens." -> "Sen."."""
    if tok.lower_ in words("plural_title_abbreviations"):
        return pairs("title_abbreviations").get(tok.lower_[:-2] + ".", tok.text[:-2] + ".")
    if tok.lemma_.lower() != tok.lower_:
        return tok.lemma_
    return tok.text[:-1] if tok.text.endswith("s") and tok.text[:-1].lower() in _titles() else tok.text


@rule("role.title.coordinated-titles-apart", stage="role.title", priority=110, action="add",
      why="'director and vice-chairman' is two titles; 'Trade and Industry Secretary' stays one.",
      examples=["Tom Hale, director and vice-chairman of Dunmore Rail, said fares would rise."],
      counter=["Trade and Industry Secretary Tom Hale said exports fell."])
def _coordinated(title: str) -> list[str] | None:
    parts = title.split(" and ")
    titles = _titles()
    if len(parts) > 1 and all(any(w.lower().split("-")[-1] in titles for w in p.split()) for p in parts):
        return parts
    return None


@rule("role.status.word-in-phrase", stage="role.status", priority=10, action="classify",
      why="'former chairman', 'acting head', 'ex-minister': a status word in the title phrase.",
      examples=["Former chairman Tom Hale said the board had failed."])
def _status_word(tokens: list[Token], *_: Any) -> str | None:
    return _status(tokens)


@rule("role.status.left-by-verb", stage="role.status", priority=20, action="classify",
      why="'X resigned as chairman', 'X was fired as Y', 'Z replaced X as Y': former; 'X will step down as chairman': outgoing.",
      examples=["Tom Hale resigned as chairman of Dunmore Rail on Monday.", "Tom Hale will step down as chairman of Dunmore Rail."])
def _left(tokens: list[Token], title: Token, name: Token, m: Mention) -> str | None:
    if title.dep_ != "pobj" or title.head.lower_ not in ("as", "of"):
        return None
    verb = title.head.head
    if title.head.lower_ == "of":  # "X resigned the post of chairman"
        if verb.lemma_.lower() not in words("post_nouns") or verb.dep_ != "dobj":
            return None
        verb = verb.head
    lemma = verb.lemma_.lower()
    removed = lemma in words("removing_verbs") and (name.dep_ in ("dobj", "nsubjpass") or lemma not in ("replace", "succeed"))
    if lemma not in words_of("leaving_verbs", "leaving_nouns") and not removed or name.dep_ == "nsubj" and lemma in ("replace", "succeed"):
        return None
    future = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in words("future_auxiliaries") for c in verb.children)
    return "outgoing" if future else "former"


@rule("role.status.predecessor-held-it", stage="role.status", priority=30, action="classify",
      why="'his predecessor as CEO, X': an office X has left.",
      examples=["Ana Ruiz said her predecessor as chief executive, Tom Hale, had cut jobs."])
def _predecessor_held_it(tokens: list[Token], title: Token, name: Token, m: Mention) -> str | None:
    doc = title.doc
    if title.i + 1 < m.start and tokens[0].i >= 2 and doc[tokens[0].i - 2].lemma_.lower() == "predecessor":
        return "former"
    return None


Candidate = tuple[list[Token], int, bool]  # a title phrase, where its title is, whether written before the name


def _beside_name(doc: Doc, m: Mention, mentions: Mentions) -> list[Candidate]:
    """Title phrases written next to a name: before it, in apposition after it, or as the
    title the name stands in apposition to: the rules of stage `role.find`, in order."""
    return rules.fold("role.find", [], doc[m.start : m.end], m, mentions)


@rule("role.find.title-before-name", stage="role.find", priority=10, action="add",
      why="'Defense Minister X': the title phrase written just before the name.",
      examples=["Defence Minister Tom Hale said the base would close."])
def _title_before_name(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    run = _prenominal(doc, m, mentions)
    if run and rules.first("role.before-name", run):
        return None
    return found + [(run, run[-1].i, True)] if run else None


@rule("role.before-name.ends-in-a-common-noun", stage="role.before-name", priority=10, action="veto",
      why="'spared under an executive order Mr. X signed': words before a name that end in a lower-case noun which is"
          " no title word are a thing the person acts on, not their title (not a title's '-elect': 'Congresswoman-elect X').",
      examples=["The mill will be spared under an executive order Mr. Tom Hale signed in May."],
      counter=["Congresswoman-elect Kim Vane says her staff will open an office in Tarrow."])
def _ends_in_a_common_noun(run: list[Token]) -> bool:
    last = run[-1]  # not a title run across a preposition: "spokeswoman for women", "chief of staff"
    if last.lower_ == "elect" and len(run) > 2 and run[-2].text == "-" and title_word(run[-3]):
        return False  # "Congresswoman-elect": a title to be held
    return last.pos_ == "NOUN" and last.is_lower and not title_word(last) and not any(t.pos_ == "ADP" for t in run)


@rule("role.before-name.imagined-holder", stage="role.before-name", priority=20, action="veto",
      why="'the possibility of a President Hale': a title and a name after 'a', in the 'of' phrase of a noun of what may "
          "come to be (data/possibility_nouns.txt), is an office imagined for the person, not held.",
      examples=["Ana Ruiz spoke on Monday. Critics fear the prospect of a President Tom Hale."],
      counter=["Ana Ruiz spoke on Monday. Critics fear the prospect of President Tom Hale's veto."])
def _imagined_holder(run: list[Token]) -> bool:
    first = run[0]
    article = first.doc[first.i - 1] if first.i else None
    return article is not None and article.lower_ in ("a", "an") and _under_a_possibility(run[-1].head if run[-1].dep_ == "compound" else run[-1])


@rule("role.find.race-before-a-title", stage="role.find", priority=15, action="add",
      why="'presidential hopeful Sen. X', 'vice presidential candidate Gov. X': a noun for someone running "
          "(data/race_nouns.txt) before a title word ends one role, the race, and the words after it are another, "
          "the title held ('Senator', not 'hopeful Senator'); not a word an adverb makes an adjective ('the ever "
          "hopeful Senator X' is no race).",
      examples=["Presidential hopeful Senator Ana Ruiz will speak in Dunmore next week.",
                "Tarrow Party contender Mayor Tom Hale spoke in Dunmore on Monday."],
      counter=["Presidential candidate Ana Ruiz will speak in Dunmore next week.",
               "The ever hopeful Senator Ana Ruiz said on Monday that the ferry bill would pass."])
def _race_before_a_title(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    split: list[Candidate] = []
    for run, at, before in found:
        cut = max((k for k, t in enumerate(run[:-1]) if t.lower_ in words("race_nouns") and run[k + 1].lower_ != "for"
                   and not any(c.dep_ == "advmod" and c.pos_ == "ADV" for c in t.children)), default=None) if before else None
        if cut is None or not any(title_word(t) for t in run[cut + 1 :]):
            split.append((run, at, before))
            continue
        split += [(run[cut + 1 :], at, True), (run[: cut + 1], run[cut].i, True)]
    return split if len(split) > len(found) else None


@rule("role.find.second-title-before-name", stage="role.find", priority=20, action="add",
      why="'Tarrow MP and former health minister X': two titles before one name (not 'Both the first minister and Treasurer X',"
          " nor a list's item before it: 'the mayor, chief of staff X').",
      examples=["Tarrow MP and former Cabinet minister Tom Hale said the vote was close."],
      counter=["In response to a question from a Tarrow lawmaker, Health Director Tom Hale said the virus had spread.",
               "Tom Hale won.\n\n“It was close,” said Jo Orme, a Tarrow strategist and former Hale campaign aide.",
               "The guests were the bishop, harbour master Tom Hale and a poet."])
def _second_title_before_name(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    before = [c for c in found if c[2] and c[1] < m.start]
    if not before:
        return None
    root = doc[m.start : m.end].root
    if root.dep_ == "compound" and root.head.i >= m.end:
        return None  # 'a party strategist and former Hale campaign aide': the name only tells whose campaign
    added: list[Candidate] = []
    run = before[0][0]
    while True:
        k = run[0].i
        if k < 2 or doc[k - 1].lower_ not in ("and", ",") or doc[k - 2].lower_ not in _titles():
            break
        if doc[k - 1].text == "," and any(c.dep_ == "det" for c in doc[k - 2].children):
            break  # "a question from a Democratic lawmaker, CDC Director X said", "the mayor, chief of staff X": someone else, then X
        if _the_bare_title_and(doc, k):
            break  # "the president and first lady X": the president, and X
        run = _prenominal(doc, m, mentions, before=k - 1)
        if not run or _after_both(run[0]):
            break  # "Both the mayor and Treasurer X": two people
        added.append((run, run[-1].i, True))
    return found + added if added else None


@rule("role.find.not-the-bare-title-and-another-before-name", stage="role.find-and", priority=10, action="veto",
      why="'the president and first lady Kerrin Voss': 'the' and a title standing alone, then 'and' and a second title "
          "before a name, are two people (the one the text calls 'the president', and the one named), not two titles "
          "of one ('Tarrow MP and former minister X').",
      examples=["President Tom Hale spoke on Monday. Aides said the president and first lady Kerrin Voss would visit "
                "the Dunmore school."],
      counter=["Tarrow MP and former minister Tom Hale said the vote was close."])
def _the_bare_title_and(doc, k: int) -> bool | None:
    return (doc[k - 1].lower_ == "and" and k >= 3 and doc[k - 3].lower_ == "the" and doc[k - 3].head.i == doc[k - 2].i) or None


@rule("role.find.office-letters-after-name", stage="role.find", priority=30, action="add",
      why="'Tom Hale MP': an office written as capital letters after the name.",
      examples=["Tom Hale MP said the bridge must be rebuilt."])
def _office_letters_after_name(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    return found + [([doc[m.end]], m.end, False)] if m.end < len(doc) and _postnominal_office(doc[m.end]) else None


@rule("role.find.plural-title-before-a-list", stage="role.find", priority=40, action="add",
      why="'shadow cabinet members A, B and C', 'Sens. A and B': a plural title (or its abbreviation, "
          "data/plural_title_abbreviations.txt) before a list gives each name in it the title.",
      examples=["Directors Sarah Ferrand, Tom Hale and Jo Orme resigned on Monday.",
                "Tarrow MPs Sarah Ferrand, Tom Hale and Jo Orme voted against the bill.",
                "Sens. Sarah Ferrand and Jo Orme voted against the bill."])
def _plural_title_before_a_list(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    if found:
        return None
    first, k = m, m.start - 1
    while k > 0 and doc[k].text in (",", "and") and (prev := mentions.at(doc[_before_home(doc, k - 1, mentions)])) is not None and prev.kind == "person" and not prev.pronoun:
        first, k = prev, prev.start - 1
    run = _prenominal(doc, first, mentions) if first is not m else []
    if run and _plural(run[-1]) and title_word(run[-1]):
        return found + [(run, run[-1].i, True)]
    return None


def _before_home(doc: Doc, i: int, mentions: Mentions) -> int:
    """Token i, or the last token of the name before it when i ends that name's home ("A of
    Dunmore, B of Kettleby"): the rules of stage `role.list-home`."""
    return rules.first("role.list-home", doc, i, mentions) or i


@rule("role.list-home.of-place-after-name", stage="role.list-home", priority=10, action="classify",
      why="'Senators A of Dunmore, B of Kettleby and C of Brandon': a listed name's 'of' and place do not end the list.",
      examples=["Four Republicans joined them: Senators Thomas Hale of Vermont, Susan Reed of Maine and Lisa Tarrant of Alaska."])
def _of_place_after_name(doc: Doc, i: int, mentions: Mentions) -> int | None:
    of = doc[i].head
    name = mentions.at(doc[of.i - 1]) if doc[i].dep_ == "pobj" and of.lower_ == "of" and of.i >= 1 else None
    if name is not None and name.kind == "person" and of.head.i == of.i - 1:
        return of.i - 1
    return None


@rule("role.list-home.of-place-tagged-after-name", stage="role.list-home", priority=15, action="classify",
      why="'Senators A of New Hampshire and B of Dunmore': a listed name's 'of' and a place the model tags as one "
          "(two words or more) do not end the list, though the parse hangs the place's last word elsewhere.",
      examples=["Hale and Reps. Ana Ruiz of Connecticut, Ben Ray Orme of New Mexico, Rashid Varga of New York and Cheri Vale "
                "of Illinois signed the letter."])
def _of_place_tagged_after_name(doc: Doc, i: int, mentions: Mentions) -> int | None:
    place = next((e for e in ents_of(doc) if e.end == i + 1 and e.label_ in ("GPE", "LOC")), None)
    if place is None or len(place) < 2 or place.start < 2 or doc[place.start - 1].lower_ != "of":
        return None
    name = mentions.at(doc[place.start - 2])
    return place.start - 2 if name is not None and name.kind == "person" else None


@rule("role.list-home.party-tag-after-name", stage="role.list-home", priority=20, action="classify",
      why="'Sens. A (R-Ore.) and B (D-Ind.)': a listed name's party-and-state tag in brackets does not end the list.",
      examples=["But Sens. Ana Ruiz (R-Ore.) and Ida Moss (D-Ind.) remain undecided."])
def _party_tag_after_name(doc: Doc, i: int, mentions: Mentions) -> int | None:
    if doc[i].text != ")":
        return None
    opening = next((k for k in range(i - 1, max(0, i - 8), -1) if doc[k].text == "("), None)
    if opening is None or opening == 0 or past_party_tag(doc, opening) not in (i + 1, i + 2):
        return None
    name = mentions.at(doc[opening - 1])
    return opening - 1 if name is not None and name.kind == "person" else None


@rule("role.find.apposition-after-name", stage="role.find", priority=50, action="add",
      why="'X, head of the party,' (no one else named in between); 'X, a director of the bank and head of a charity' (both); "
          "'X, the harbour board's ranking Democrat,' (a title of two words or more, data/titles.txt).",
      examples=["Tom Hale, the well-liked and long-serving director of Dunmore Rail, said fares would rise.",
                "Tom Hale, the harbour board's ranking Democrat, voted against the levy."])
def _apposition_after_name(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    added: list[Candidate] = []
    for child in _appositions_after(doc, m):
        if (child.lower_ in _titles() | {"head"} or _ends_a_multiword_title(child)) and not mentions.in_span(m.end, child.left_edge.i, "person") and not _next_names_title(child, mentions):
            added.append((_phrase_tokens(child), child.i, False))
            added += [(_phrase_tokens(c), c.i, False) for c in child.children if c.dep_ == "conj" and title_word(c)]
            added += [(_phrase_tokens(c), c.i, False) for c in _titles_joined_to_the_body(child, m, mentions) or []]
    return found + added if added else None


@rule("role.find.one-of-plural-title-in-apposition", stage="role.find", priority=52, action="add",
      why="'X, one of the bank's directors,': the plural title after 'one of' in apposition is X's, singular"
          " (not 'one of the directors' friends').",
      examples=["Tom Hale, one of the bank's directors, said the loan was safe.",
                "Tom Hale, one of Jo Orme's lawyers, said the appeal would fail."],
      counter=["Tom Hale, one of the directors' friends, said the loan was safe."])
def _one_of_plural_title(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    added: list[Candidate] = []
    for child in _appositions_after(name.doc, m):
        if child.lower_ != "one":
            continue
        titles = [t for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for t in p.children
                  if t.dep_ == "pobj" and _plural(t) and title_word(t)]
        for t in titles:
            tokens = _phrase_tokens(t)
            owner = max((k for k, tok in enumerate(tokens) if tok.text in POSSESSIVE), default=-1)
            if mentions.in_span(m.end, tokens[owner].i if owner >= 0 else t.i, "person"):
                tokens = tokens[owner + 1 :]  # a person's: "one of Ana Ruiz's lawyers" is a lawyer
            if tokens and not mentions.in_span(tokens[0].i, t.i, "person"):
                added.append((tokens, t.i, False))
    return found + added if added else None


@rule("role.find.second-title-joined-to-the-body", stage="role.find-conj", priority=10, action="add",
      why="'X, a professor at Dunmore Law School and former prosecutor in Kettleby,': the parse joins the second title"
          " to the named body of the first; it is X's second title.",
      examples=["Ana Ruiz, a professor of law at Dunmore Law School and former deputy district attorney in Kettleby, said the case was weak."],
      counter=["Ana Ruiz, a professor at Dunmore Law School and the Kettleby Institute, said the case was weak."])
def _titles_joined_to_the_body(child: Token, m: Mention, mentions: Mentions) -> list[Token] | None:
    bodies = [p for prep in child.children if prep.dep_ == "prep" for p in prep.children if p.dep_ == "pobj" and p.pos_ == "PROPN"]
    joined = [c for b in bodies for c in b.children
              if c.dep_ == "conj" and title_word(c) and not mentions.in_span(m.end, c.i, "person")]
    return joined or None


@rule("role.find.plural-apposition-after-names", stage="role.find", priority=55, action="add",
      why="'A and B, the top members of the Roads Committee,': a plural title in apposition after names joined by 'and' is each one's title.",
      examples=["The report was written by Joseph Hale and Susan Reed, the top members of the Rural Roads Committee."])
def _plural_apposition_after_names(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    root = name.root
    first = root.head if root.dep_ == "conj" else root
    group = [first, *(c for c in first.children if c.dep_ == "conj")]
    if root not in group or len(group) < 2 or any((n := mentions.at(t)) is None or n.kind != "person" or n.pronoun for t in group):
        return None
    last = max(t.i for t in group)
    added = [(_phrase_tokens(c), c.i, False) for c in first.children if c.dep_ == "appos" and c.i > last and _plural(c) and title_word(c)]
    return found + added if added else None


@rule("role.find.plural-title-including-the-name", stage="role.find", priority=56, action="add",
      why="'Tarrow board members, including A and B,', 'other candidates, such as A and B,': names listed after a plural "
          "title and 'including' or 'such as' (data/inclusion_words.txt) are some of its holders: each holds the title "
          "(not a word for unnamed sources, data/unnamed_sources.txt: 'administration officials, including A').",
      examples=["Tarrow board members, including Sarah Ferrand and Tom Hale, voted against the plan.",
                "Other party candidates, such as Sarah Ferrand and Tom Hale, have also said they would back the plan."],
      counter=["Tarrow board members met many people, including Sarah Ferrand and Tom Hale, on Monday.",
               "Tarrow officials, including Sarah Ferrand and Tom Hale, voted against the plan."])
def _plural_title_including_the_name(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    first = name.root
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head  # "including A and B": B's list opens at A
    prep = first.head
    if first.dep_ != "pobj" or prep.lower_ not in words("inclusion_words") or prep.dep_ != "prep":
        return None
    if prep.lower_ == "as" and not any(c.lower_ == "such" for c in prep.children):
        return None  # "as" only in "such as"
    group = prep.head
    if not (_plural(group) and title_word(group)) or group.lemma_.lower() in words("unnamed_sources"):
        return None  # "administration officials, including A": a word for unnamed sources, no office of its own
    return found + [(_phrase_tokens(group), group.i, False)]


@rule("role.find.appointed-as-in-apposition", stage="role.find", priority=60, action="add",
      why="'X, the specialist appointed by the government as its chief executive': the office the apposition was given.",
      examples=["The plan was drawn up by Ana Ruiz, the economist appointed by the government as its chief adviser."])
def _appointed_as_in_apposition(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    added: list[Candidate] = []
    for child in _appositions_after(doc, m):
        for acl in (c for c in child.children if c.dep_ == "acl" and c.lemma_.lower() in words("appointing_verbs")):
            offices = [t for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for t in p.children if t.dep_ == "pobj"]
            added += [(_phrase_tokens(t), t.i, False) for t in offices]
    return found + added if added else None


def _ends_a_multiword_title(word: Token) -> bool:
    """'the harbour board's ranking Democrat', 'the panel's top Republican': the word ends a title of two words
    or more (data/titles.txt), not one of two paired with two names ('the top Republican and Democrat on it')."""
    doc = word.doc
    return not any(c.dep_ == "conj" for c in word.children) and any(
        _multiword_title(list(doc[k : word.i + 1])) == word.i + 1 - k for k in range(max(0, word.i - 3), word.i))


def _appositions_after(doc: Doc, m: Mention) -> list[Token]:
    return [c for c in doc[m.start : m.end].root.children if c.dep_ == "appos" and c.i >= m.end]


@rule("role.find.title-between-commas", stage="role.find", priority=70, action="add",
      why="'X, Tarrow shadow transport and roads secretary, said', the parse broken: the words between the commas, when they end in a title and tell nothing else (not 'X, a friend of the party leader,').",
      examples=["Tom Hale, Tarrow shadow transport and roads secretary, said the scheme had failed."])
def _title_between_commas(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    if any(where >= m.end for _, where, _ in found) or m.end + 2 >= len(doc) or doc[m.end].text != ",":
        return None
    close = next((k for k in range(m.end + 1, min(m.end + 10, len(doc))) if doc[k].text == ","), None)
    between = list(doc[m.end + 1 : close]) if close is not None else []
    if len(between) < 2 or not title_word(between[-1]):
        return None
    if any(t.pos_ in ("VERB", "AUX", "ADP") or (other := mentions.at(t)) and other.kind == "person" for t in between):
        return None
    return found + [(between, between[-1].i, True)]


@rule("role.find.predecessor-as", stage="role.find", priority=80, action="add",
      why="'his predecessor as CEO, X,': whatever the parse, X held the title.",
      examples=["Ana Ruiz said her predecessor as chief executive, Tom Hale, had cut jobs."])
def _predecessor_as(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    if m.start < 4 or doc[m.start - 1].text != ",":
        return None
    k = next((k for k in range(m.start - 2, max(m.start - 7, 0), -1) if doc[k].lower_ == "as"), None)
    if k is not None and doc[k - 1].lemma_.lower() in ("predecessor", "successor") and any(title_word(t) for t in doc[k + 1 : m.start - 1]):
        return found + [(list(doc[k + 1 : m.start - 1]), m.start - 2, True)]
    return None


@rule("role.find.name-beside-title", stage="role.find", priority=90, action="add",
      why="'the Tarrow navy's chief of staff, X,': the name in apposition to a title before it (without the words that count a"
          " plural title's holders: 'several lawmakers - A, B and C', data/quantity_words.txt); not a second name the parse"
          " hung on the same title after another person's ('the first mayor, X, assailed Y').",
      examples=["The agency's chief of staff, Tom Hale, said the plan was ready.",
                "Several Tarrow lawmakers who remain undecided — most notably Sarah Voss, Jo Orme and Tom Hale — said they want to hear more.",
                "The law gives chief executive Ana Ruiz wide powers.\n\nTarrow’s first mayor, Tom Hale, assailed Ruiz over the "
                "curfew on Sunday, saying it would fail."])
def _name_beside_title(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    governor = _governing_title(doc[m.start : m.end].root)
    if governor is None or governor.i >= m.start or any(governor.i == t.i for c in found for t in c[0]):
        return None  # after the name, or inside the title already read before it ("Counselor to the President X")
    if not _plural(governor) and any(c.dep_ == "appos" and c.i < m.start and (o := mentions.at(c)) is not None
                                     and o.key != m.key and o.kind == "person" for c in governor.children):
        return None  # "Tarrow's last governor, Tom Hale, assailed Ruiz", Ruiz parsed as a second apposition: Hale's title
    if _joined_past_another_name(governor, m, mentions):
        return None  # "the president and Speaker Ruiz and Senate leader Hale": three people
    phrase = _phrase_tokens(governor, exclude=doc[m.start : m.end])
    counted = words("quantity_words")  # "several lawmakers - A, B and C": each a lawmaker
    own = min((t.i for c in found for t in c[0] if c[1] < m.start), default=m.start)  # "candidates [Sen.] X": her own title is read
    others = {  # "candidates Sen. Y and Mayor X": Y's title and name are not X's
        t.i for o in mentions.in_span(governor.i, m.start, "person") if o.key != m.key and not o.pronoun
        for t in doc[o.start : o.end].root.subtree
    }
    kept = [t for t in phrase if t.i < own and t.i not in others and t.dep_ != "nummod" and t.lower_ not in counted]
    return found + [(kept, governor.i, False)]


@rule("role.find.beside-title-not-past-and-another-name", stage="role.find-and", priority=20, action="veto",
      why="'the mayor and deputy mayor Kerrin Voss and council leader Tom Hale argued': a title joined by 'and' to what "
          "follows is not the title of a name the parse hung on it when another person is named between them, or when "
          "the title stands alone after 'the' and no comma sets the name beside it: a list of people ('the president and "
          "CEO, Tom Hale,' is one).",
      examples=["Before the vote, the mayor and deputy mayor Kerrin Voss and council leader Tom Hale argued for an hour."],
      counter=["The agency's chief of staff, Tom Hale, said the plan was ready.",
               "The president and chief executive of Dunmore Rail, Tom Hale, said the line would reopen."])
def _joined_past_another_name(governor: Token, m: Mention, mentions: Mentions) -> bool | None:
    doc = governor.doc
    if not any(c.dep_ == "cc" and c.i < m.start for c in governor.children):
        return None
    if any(o.key != m.key and not o.pronoun and o.end < m.start and doc[o.end].lower_ in ("and", ",")
           for o in mentions.in_span(governor.i + 1, m.start, "person")):
        return True  # another item of the list ('Speaker Voss and'), not a name inside the title ('fellow Tarrow aide X')
    the = governor.i > 0 and doc[governor.i - 1].lower_ == "the" and doc[governor.i - 1].head.i == governor.i
    return the and governor.i + 1 < len(doc) and doc[governor.i + 1].lower_ == "and" and doc[m.start - 1].text != "," or None


@rule("role.find.title-just-after-name", stage="role.find", priority=100, action="add",
      why="'X, a former FBI official, ...': a title in the few words after the name, whatever the parse attached it to.",
      examples=['"We are encouraged that the announcement signals a new direction," Mark Orme, DRA director said.',
                "Their call for Vikram Rao - another DRC board member blamed for the split - to be removed went unheeded."],
      counter=["Tom Hale is the Dunmore governor.\n\nLike Kerrin Voss, the Dunmore governor wants the toll plan dropped."])
def _title_just_after_name(found: list[Candidate], name: Span, m: Mention, mentions: Mentions) -> list[Candidate] | None:
    doc = name.doc
    root = doc[m.start : m.end].root
    if root.dep_ == "pobj" and root.head.lower_ in words("comparison_prepositions"):
        return None  # "Like Voss, the governor has ...": the one compared with is not the subject after the comma
    governor = _governing_title(root)
    if governor is not None and governor.i < m.start:
        return None  # the name stands beside a title before it
    after = m.end + 1 if m.end < len(doc) and doc[m.end].text in (",", *DASHES) else m.end  # "X, a former ...", "X - another board member"
    after = past_party_tag(doc, after)
    if after == m.end or any(where > m.end for _, where, _ in found):
        return None
    added = _title_after(doc, m, mentions, after)
    return found + added if added else None

def _governing_title(root: Token) -> Token | None:
    """The title a name stands in apposition to ("the head of the party, X,"), also for the later
    names of a list ("three MPs - A, B and C"), but not one reached through another noun
    ("two of her cousins and former treasurer X")."""
    if root.dep_ == "compound" and root.head.i > root.i and _postnominal_office(root.head):
        root = root.head  # "Finance Minister, Jo Orme MSP, said": the parse hangs the name on "MSP"
    first = root
    while first.dep_ == "conj" and first.head.i != first.i and first.head.pos_ == "PROPN":
        first = first.head
    governor = _title_governor(first) if first.dep_ == "appos" else None
    if governor is None or first is not root and not _plural(governor):
        return None
    if _plural(governor) and first.head.pos_ == "NOUN" and not title_word(first.head):
        return None
    return governor


def _title_after(doc: Doc, m: Mention, mentions: Mentions, after: int) -> list[Candidate]:
    """"X, a former FBI official, ...": a title in the few words after the name, whatever the
    parse attached it to, unless it is the next name's ("chairman X, director-general Y and ...")."""
    titles = _titles()
    for j in range(after, min(after + 5, len(doc))):
        if doc[j].lower_ in titles or _multiword_title(list(doc[j : j + 4])):
            end = j + max(_multiword_title(list(doc[j : j + 4])), 1)
            if _possessors_title(doc, end):
                continue
            if _next_clause_subject(doc[j], end, doc[m.start : m.end].root) or _next_names_title(doc[j], mentions):
                return []
            return [([t for t in _phrase_tokens(doc[j]) if t.i >= after], j, False)]
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"):
            return []
    return []


@rule("role.find.not-the-next-clause-subject", stage="role.after-name", priority=10, action="veto",
      why="'Echoing X, the chairman said': a title after an object's name may be the next clause's subject, not its title.",
      examples=["Thanking Tom Hale, the chairman said the year was good.", "After meeting Tom Hale, the minister said talks went well."])
def _next_clause_subject(title: Token, end: int, name_root: Token) -> bool:
    doc = title.doc
    if title.dep_ not in ("nsubj", "nsubjpass") or end >= len(doc):
        return False
    return doc[end].pos_ in ("VERB", "AUX") and doc[end] == title.head and name_root.dep_ in ("dobj", "pobj")


@rule("role.find.not-a-possessors-title", stage="role.after-name", priority=15, action="veto",
      why="'X, the chairman's wife, said': a title with a possessive mark is another person's; X is the wife, not the chairman.",
      examples=["Ana Ruiz, the chairman's wife, said the plan was sound.",
                "Ana Ruiz, the mayor's pick for police chief, said the plan was sound."])
def _possessors_title(doc: Doc, end: int) -> bool:
    return end < len(doc) and doc[end].text in POSSESSIVE


@rule("role.find.not-the-next-names-title", stage="role.after-name", priority=20, action="veto",
      why="'chairman X, director-general Y and ...', 'X, chief of staff Y': a title just before the next name is that name's.",
      examples=["The board includes Sarah Ferrand, chairman Tom Hale and director Jo Orme.",
                "There are six defendants: Sarah Voss, chief of staff Tom Ferrand, press secretary Jo Orme, and the officer.",
                "The panel has four members: Ben Tarrow, press officer Ana Ruiz, deputy head of staff for planning Tom "
                "Voss, and a clerk.",
                "The gala's cast included Kerrin Voss, assistant director of music for schools Ben Tarrow, and a choir.",
                "Present were Ana Ruiz, Secretary of State Ben Voss and Treasurer Jo Orme."],
      counter=["The ferry firm hired Tom Hale, a lawyer for Ben Voss, to draft the lease.",
               "Kerrin Voss, a press aide for Governor Lena Park, would not comment on the vote."])
def _next_names_title(title: Token, mentions: Mentions) -> bool:
    doc, j = title.doc, title.i
    nxt = [m for m in mentions.in_span(j + 1, min(j + 8, len(doc)), "person") if not m.pronoun]
    if not nxt or nxt[0].end < len(doc) and doc[nxt[0].end].text in POSSESSIVE:
        return False  # 'head of Tom Hale's firm': the name owns the body, it is not the title's holder
    between = doc[j + 1 : nxt[0].start]
    if any(t.lower_ in ("of", "for") and (t.i + 1 == nxt[0].start or any(title_word(x) for x in doc[t.i + 1 : nxt[0].start]))
           for t in between):
        return False  # 'an attorney for Ben Voss', 'a spokesman for Prime Minister X': the name is the title's object
    return all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.tag_ == "VBG" or t.text == "-" or t.lower_ in ("of", "for")
               for t in between)


def find_roles(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    found: list[FoundRole] = []
    for m in mentions.mentions:
        if m.kind != "person" or m.in_quote:
            continue
        # a pronoun ("he was chief of staff", "X, who became party leader") has only predicates
        if m.pronoun and m.end - m.start == 1 and office_another_holds(doc[m.start], m, mentions):
            continue  # "Judge X ... He has been a judge": a guess at whom it means, no office (coref.unsure-office-another-holds)
        candidates = [] if m.pronoun else _beside_name(doc, m, mentions)
        candidates += [(_phrase_tokens(t), t.i, False) for t in _predicates(doc[m.start : m.end].root)]
        for tokens, where, whole in candidates:
            found += _roles_of(doc, m, mentions, tokens, where, whole)
    found += _offices_told_by_verbs(doc, mentions)
    found += _picks(doc, mentions)
    found += _descriptions(doc, mentions, found)
    found += _affiliations(doc, mentions, {r.person for r in found})
    titles, tokens = _titles(), tokens_of(doc)
    for i, tag in enumerate(columns_of(doc).tag):
        if tag != "NNS":
            continue
        tok = tokens[i]
        if tok.lemma_.lower() in titles and tok.i + 1 < len(doc):
            found += _counted_group(tok, mentions) or _group_that_includes_a_list(tok, mentions) or []
    return found


def _roles_of(doc: Doc, m: Mention, mentions: Mentions, tokens: list[Token], where: int, whole: bool) -> list[FoundRole]:
    """The roles a title phrase found for mention `m` gives: one for each title coordinated in it."""
    split = _split_phrase(tokens, mentions, whole)
    if not split:
        return []
    title, org = split
    if _plural(doc[where]) and title_word(doc[where]) and title.endswith(doc[where].text):
        title = title[: -len(doc[where].text)] + _singular(doc[where])  # "one of its London Assembly members, X"
    span = doc[m.start : m.end]
    status = rules.first("role.status", tokens, doc[where], span.root, m)
    each_title = _coordinated(title) or [title]
    if _after_both(tokens[0]):
        each_title = each_title[-1:]  # "Both the Bishop and Archdeacon X": two people, X the archdeacon
    return [FoundRole(m.key, each, org, status, sent_of(span), where) for each in each_title]


def _affiliations(doc: Doc, mentions: Mentions, titled: set[str]) -> list[FoundRole]:
    """The organization a person is written with, for a person given no title in the article
    ("Ana Ruiz of the Dunmore Institute"): that organization, as the title and the organization
    both (the rules of stage `role.affiliation`); once a person."""
    out: list[FoundRole] = []
    for m in mentions.mentions:
        if m.kind != "person" or m.pronoun or m.in_quote or m.key in titled:
            continue
        org = rules.first("role.affiliation", doc[m.start : m.end], m, mentions)
        if org:
            out.append(FoundRole(m.key, org, org, None, sent_of(doc[m.start : m.end]), m.start))
            titled.add(m.key)
    return out


def _org_ending_at(doc: Doc, i: int, mentions: Mentions) -> str | None:
    """The name of the organization whose mention ends at token i, if one does."""
    m = mentions.at(doc[i]) if 0 <= i < len(doc) else None
    return mentions.entities[m.key].name if m is not None and m.kind == "org" and m.end == i + 1 else None


@rule("role.affiliation.of-organization-after-name", stage="role.affiliation", priority=20, action="add",
      why="'Ana Ruiz of the Dunmore Institute says': the organization after 'of' is the person's (not a place, a"
          " party, or 'of the Tarn Bank board'); an owner before the name ('Tarn Radio's Ana Ruiz') is not one: it"
          " is mostly a journalist's outlet, which the gold sets leave out.",
      examples=["Schools must act now, says Jo Orme of the Dunmore Reading Institute, a charity."],
      counter=["Schools must act now, says Jo Orme of the Dunmore Reading Institute board."])
def _of_organization(name: Span, m: Mention, mentions: Mentions) -> str | None:
    doc = name.doc
    i = m.end + 1 + (m.end + 1 < len(doc) and doc[m.end + 1].pos_ == "DET")
    if m.end + 1 >= len(doc) or doc[m.end].lower_ != "of" or doc[m.end].head.i not in range(m.start, m.end):
        return None
    org = mentions.at(doc[i]) if i < len(doc) else None
    if org is None or org.kind != "org" or org.start != i or doc[org.end - 1].lower_ in words("party_adjectives"):
        return None  # a party is a membership, not a post ("Ana Ruiz of Labour")
    after = doc[org.end] if org.end < len(doc) else None
    return None if after is not None and (after.pos_ in ("NOUN", "PROPN") or after.text in POSSESSIVE) else mentions.entities[org.key].name


def _offices_told_by_verbs(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    """An office told by a verb: "X, who chairs the trade committee," -> chair of it; "Y,
    headed by X," -> head of Y."""
    out: list[FoundRole] = []
    verb_titles, tokens = pairs("verb_titles"), tokens_of(doc)
    for i, lemma in enumerate(columns_of(doc).lemma_lower):
        if lemma not in verb_titles:
            continue
        verb = tokens[i]
        if verb.dep_ == "acl" and verb.tag_ == "VBN":
            found = _body_headed_by(verb, mentions)
        else:
            found = _person_chairs_body(verb, mentions) if verb.pos_ == "VERB" else None
        if found is not None:
            out.append(found)
    return out


def _picks(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    """An office someone is picked for and does not hold yet, in the source's words from the
    pick on: "X, the mayor's pick for police chief," -> "pick for police chief" (the rules
    of stage `role.pick`)."""
    out: list[FoundRole] = []
    for m in mentions.mentions:
        if m.kind != "person" or m.pronoun or m.in_quote:
            continue
        name = doc[m.start : m.end]
        told = rules.first("role.pick", name, m)
        if told is not None:
            out.append(FoundRole(m.key, _clean("".join(t.text_with_ws for t in told)), None, None, sent_of(name), told[0].i))
    return out


def _office_picked_for(head: Token) -> list[Token] | None:
    """"for police chief" after a pick noun or verb, when a title heads it."""
    for prep in head.children:
        if prep.dep_ == "prep" and prep.lower_ == "for":
            office = next((c for c in prep.children if c.dep_ == "pobj" and _titled(c)), None)
            if office is not None:
                return [prep, *(t for t in office.subtree if not t.is_punct and t.pos_ != "DET")]
    return None


def _titled(noun: Token) -> bool:
    """A title heads the noun's phrase: "finance minister", "chief of staff"."""
    words_before = list(noun.doc[noun.left_edge.i : noun.i + 1])
    return title_word(noun) or any(_multiword_title(words_before[i:]) for i in range(len(words_before)))


@rule("role.pick.for-a-title-in-apposition", stage="role.pick", priority=10, action="add",
      why="'X, the mayor's pick for police chief,': the office someone is picked for (data/pick_nouns.txt), told "
          "with the pick, since it is not held yet ('the obvious pick for the job' names no office).",
      examples=["Ana Ruiz, the mayor's pick for police chief, also hinted at more deals."],
      counter=["Ana Ruiz, the obvious pick for the job, smiled."])
def _pick_for_a_title(name: Span, m: Mention) -> list[Token] | None:
    for child in name.root.children:
        if child.dep_ == "appos" and child.i >= name.end and child.lemma_.lower() in words("pick_nouns"):
            office = _office_picked_for(child)
            if office is not None:
                return [child, *office]
    return None


@rule("role.pick.named-for-a-title", stage="role.pick", priority=20, action="add",
      why="'The mayor named X for police chief': the one a verb of choosing (data/appointing_verbs.txt) takes, for "
          "an office, is picked for it; the verb and the office are kept as written.",
      examples=["Tom Hale picked Kerrin Voss for police chief on Friday."],
      counter=["Tom Hale thanked Kerrin Voss for her work on Friday."])
def _named_for_a_title(name: Span, m: Mention) -> list[Token] | None:
    verb = name.root.head
    if name.root.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_.lower() not in words("appointing_verbs"):
        return None
    office = _office_picked_for(name.root) or _office_picked_for(verb)
    return [verb, *office] if office is not None else None


@rule("role.pick.chosen-to-lead-a-body", stage="role.pick", priority=30, action="add",
      why="'X was chosen to lead the Tarrow Rail Board': the body someone is picked to lead (a verb of data/verb_titles.txt "
          "after a verb of choosing), told in the source's words, since it is not led yet.",
      examples=["Also, Kerrin Voss, a Dunmore banker, was chosen to lead the Tarrow Rail Board."],
      counter=["Also, Kerrin Voss, a Dunmore banker, was chosen to speak at the Tarrow Rail Board."])
def _chosen_to_lead(name: Span, m: Mention) -> list[Token] | None:
    verb = name.root.head
    if name.root.dep_ != "nsubjpass" or verb.lemma_.lower() not in words("appointing_verbs"):
        return None
    lead = next((c for c in verb.children if c.dep_ == "xcomp" and c.lemma_.lower() in pairs("verb_titles")), None)
    body = next((c for c in lead.children if c.dep_ == "dobj" and c.ent_type_ == "ORG"), None) if lead is not None else None
    if body is None:
        return None
    return [verb, *(t for t in verb.doc[verb.i + 1 : body.i + 1] if t.pos_ != "DET")]


@rule("role.verb.body-headed-by", stage="role.verb", priority=10, action="add",
      why="'Vantor Energy, headed by X, jumped': the body a participle hangs on, led by its agent.",
      examples=["Shares in Dunmore Rail, headed by Tom Hale, fell sharply."])
def _body_headed_by(verb: Token, mentions: Mentions) -> FoundRole | None:
    agent = next((c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None)
    led = mentions.at(agent) if agent is not None else None
    body = mentions.at(verb.head)
    if led is None or led.kind != "person" or body is None or body.kind != "org":
        return None
    title = pairs("verb_titles")[verb.lemma_.lower()]
    return FoundRole(led.key, title, mentions.entities[body.key].name, None, sent_of(verb), verb.i)


@rule("role.verb.person-chairs-body", stage="role.verb", priority=20, action="add",
      why="'X, who chairs the trade committee,', 'is chairing the Fairness Inquiry', 'has led the bank since 2018': chair, head or leader of it (not 'leads the field').",
      examples=["Tom Hale, who chairs the Dunmore trade committee, said exports fell."],
      counter=["Tom Hale leads the field after two rounds."])
def _person_chairs_body(verb: Token, mentions: Mentions) -> FoundRole | None:
    perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)
    going = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)
    if verb.tag_ not in ("VBZ", "VBD", "VBP") and not perfect and not going:
        return None
    subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    body = next((c for c in verb.children if c.dep_ == "dobj"), None)
    m = mentions.at(subject) if subject is not None else None
    if m is None or m.kind != "person" or body is None:
        return None
    named_body = body.lower_ in words("chaired_bodies") and body.is_title  # "the Fairness Inquiry", not "an inquiry into it"
    if body.lower_ not in words("org_nouns") and not named_body:
        return None
    org = " ".join(t.text for t in body.subtree if t.pos_ != "DET" and not t.is_punct)
    return FoundRole(m.key, pairs("verb_titles")[verb.lemma_.lower()], org, None, sent_of(verb), verb.i)


def _descriptions(doc: Doc, mentions: Mentions, known: list[FoundRole]) -> list[FoundRole]:
    """A title standing for a person, when no one named so far holds it: the person just
    named ("X quit on Friday. The Scottish party leader had insisted ..."), or, in a lead,
    the person named next ("..., the Trade Secretary has said. X said ...")."""
    out: list[FoundRole] = []
    before, so_far = _RoleLog(known), _RoleLog(known)  # the roles known before, and those and `out`
    bodies = _bodies_by_last_word(mentions)
    tokens, column, titles = tokens_of(doc), columns_of(doc), _titles()
    for i, lower in enumerate(column.lower):
        if lower not in titles or column.pos[i] not in ("NOUN", "PROPN"):
            continue  # what `_description` asks before anything else
        tok = tokens[i]
        found = _description(tok, mentions, so_far, bodies)
        if found is None:
            continue
        key = _described_person(doc, mentions, tok, found, before, so_far)
        split = _split_phrase(found.phrase, mentions) if key is not None else None
        if split:
            left = "former" if found.news is not None and found.news.lemma_.lower() in words("leaving_nouns") else None
            out.append(FoundRole(key, *split, _status(found.phrase) or left, sent_of(tok), tok.i))
            so_far.add(out[-1])
    return out




class _RoleLog:
    """Roles found, by person and by title, so that a title in a long article is checked
    against them without reading every role."""

    def __init__(self, roles: list[FoundRole]) -> None:
        self._first: dict[str, int] = {}  # person -> the first token given a title
        self._tokens: dict[str, list[int]] = {}  # person -> every such token
        self._words: dict[str, dict[frozenset[str], int]] = {}  # title word -> its qualifiers -> first token
        self._holders: dict[str, dict[str, int]] = {}  # title -> person -> last token
        self._bare_holders: dict[str, dict[str, int]] = {}  # the same for titles given with no body or place of their own
        self._sorted: dict[str, list[int]] = {}  # person -> every such token, in order
        for r in roles:
            self.add(r)

    def add(self, r: FoundRole) -> None:
        self._first[r.person] = min(self._first.get(r.person, r.token), r.token)
        self._tokens.setdefault(r.person, []).append(r.token)
        self._sorted.pop(r.person, None)
        words_ = r.title.lower().split()
        qualifiers = frozenset(QUALIFIERS & set(words_))
        for word in words_:
            by = self._words.setdefault(word, {})
            by[qualifiers] = min(by.get(qualifiers, r.token), r.token)
        holders = self._holders.setdefault(r.title.lower(), {})
        holders[r.person] = max(holders.get(r.person, r.token), r.token)
        if r.organization is None:
            bare = self._bare_holders.setdefault(r.title.lower(), {})
            bare[r.person] = max(bare.get(r.person, r.token), r.token)

    def titles_before(self, person: str, before: int) -> list[str]:
        """The titles `person` is given before token `before`, lower case."""
        return [title for title, holders in self._holders.items() if holders.get(person, before) < before]

    def titled_before(self, person: str, before: int) -> bool:
        """Whether `person` is given a title before token `before`."""
        return self._first.get(person, before) < before

    def titled_within(self, person: str, start: int, end: int) -> bool:
        """Whether `person` is given a title at a token start <= i < end."""
        tokens = self._sorted.get(person)
        if tokens is None:
            tokens = self._sorted[person] = sorted(self._tokens.get(person, ()))
        n = bisect_left(tokens, start)
        return n < len(tokens) and tokens[n] < end

    def holds_word(self, word: str, before: int, words_before: set[str]) -> bool:
        """Whether a title given before token `before` has `word`, its qualifiers (if any) all
        among `words_before` ("shadow foreign secretary" is not "the foreign secretary")."""
        return any(token < before and not qualifiers - words_before for qualifiers, token in self._words.get(word, {}).items())

    def held_after(self, title: str, after: int, other_than: str, until: int) -> bool:
        """Whether someone but `other_than` is given `title` (lower case) after token `after`: before token `until`, or
        anywhere after it with no body or place of their own ('Home Secretary X', not 'the mayor of Elmton, X')."""
        near = any(after < token < until for person, token in self._holders.get(title, {}).items() if person != other_than)
        return near or any(after < token for person, token in self._bare_holders.get(title, {}).items() if person != other_than)


def _bodies_by_last_word(mentions: Mentions) -> dict[str, int]:
    """The last word (lower case) of each organization of several words -> the first token
    mentioning one so named."""
    out: dict[str, int] = {}
    for m in mentions.mentions:
        if m.kind == "org" and len(m.key.split()) > 1:
            last = m.key.split()[-1].lower()
            out[last] = min(out.get(last, m.start), m.start)
    return out


@dataclass
class Description:
    """A title written without a name, as the parse places it."""

    first: Token  # the title, or the noun it is coordinated with ("a US banker and former IMF director")
    news: Token | None  # "the exit of the firm's finance head": the exit
    sourced: bool  # "according to his former adviser": the title sources a statement
    dep: str  # its role in the clause ("dobj" for a lead's object, a departure or a source)
    det: str  # "the", "a" or "an"
    phrase: list[Token]


def _description(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> Description | None:
    """`tok` as a title standing for someone unnamed here, or None: not a title noun, inside a
    quotation, a title someone already holds, a spokesperson, or a phrase that names its
    holder itself."""
    first = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" else tok
    news = _news_noun(first)
    sourced = _according_to(first)
    dep = "dobj" if news is not None or sourced else first.dep_  # "the exit of the firm's finance head" leads like an object
    if dep == "pobj" and first.head.dep_ == "agent":
        dep = "nsubj"  # "were unveiled by the harbour master": the one who acts
    if dep not in (*SUBJECT_DEPS, "poss", "dobj") or tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in _titles():
        return None  # "The party leader had insisted", "the foreign secretary's house", "suspended a candidate"
    if rules.first("role.undescribed", tok, mentions, known, bodies):
        return None
    det = _determiner(tok, first, news is not None or sourced)
    if det not in ("the", "a", "an") or det != "the" and dep == "poss" or det == "the" and dep == "dobj":
        return None  # an object only introduces someone: "UKIP suspended a candidate. X, 54, ..."
    phrase = _phrase_tokens(tok)
    if _phrase_names_its_holder(tok, phrase, mentions):
        return None
    return Description(first, news, sourced, dep, det, phrase)


def _determiner(tok: Token, first: Token, news_or_source: bool) -> str | None:
    """The description's determiner ("the", "a"); the news of someone leaving or a source
    introduces them, as "a" does."""
    owners = [c for c in tok.children if c.dep_ == "poss"]  # "The first children's commissioner"
    det = next((c.lower_ for t in [tok, *owners, first] for c in t.children if c.dep_ == "det"), None)
    if det is None and owners and owners[0].pos_ == "PROPN" and owners[0].ent_type_ == "ORG":
        det = "the"  # "Relief International's chief has said": the body's one chief
    if news_or_source:
        det = "a" if det is not None or any(c.lower_ in words("possessive_determiners") for c in first.children) else None
    return det


@rule("role.undescribed.quoted", stage="role.undescribed", priority=10, action="veto",
      why="A title inside a quotation is the speaker's words, not a description of someone in the story.",
      examples=['Tom Hale quit on Monday. "The chairman has resigned," Ana Ruiz said.'])
def _quoted_title(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return mentions.quoted(tok.idx)


@rule("role.undescribed.the-body-named-before", stage="role.undescribed", priority=20, action="veto",
      why="'the executive' after 'the Northern Executive': the body named before, not a person.",
      examples=["Tom Hale spoke to the Dunmore Executive on Monday. The executive said it would reply."])
def _the_body_named_before(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return bodies.get(tok.lower_, tok.i) < tok.i


@rule("role.undescribed.title-someone-holds", stage="role.undescribed", priority=30, action="veto",
      why="A title someone named so far holds stands for them, not for a new person ('shadow foreign secretary' is not 'the foreign secretary').",
      examples=["Treasurer Ana Ruiz met Tom Hale on Monday. The treasurer said the talks went well."])
def _title_someone_holds(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return known.holds_word(tok.lower_, tok.i, {t.lower_ for t in tok.lefts})


@rule("role.undescribed.a-spokesperson", stage="role.undescribed", priority=40, action="veto",
      why="A spokesman speaks for the person named, and is someone else.",
      examples=["Tom Hale was not available. The spokesman said he was abroad."])
def _a_spokesperson(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return tok.lower_ in SPOKESPERSON_TITLES


def _qualifiers(title: Token) -> set[str]:
    """The words that make a title the one it is ("prime" of "prime minister"), lower case."""
    return {c.lower_ for c in title.children if c.dep_ in ("compound", "amod") and c.lower_ in QUALIFIERS or c.dep_ == "compound"}


@rule("role.undescribed.unnamed-holder-met-before", stage="role.undescribed", priority=44, action="veto",
      why="'A police officer who fired the shot ... An aunt, Ana Ruiz, said ... the officer is on leave': a title the"
          " article brought in with 'a' or 'an' for someone it does not name (no name beside it) is the one 'the'"
          " points back to, not the person named last; so is one brought in with 'the' and a clause of its own that"
          " names another person, no comma before it ('the clerk who kept Hale's cap', there or here).",
      examples=["A police officer who shot a woman in her home did not warn her, a lawyer for the family said.\n\nAn"
                " aunt, Maria Lopez, said the family does not understand why she was killed. “There is no answer,”"
                " Lopez said.\n\nPolice Lt. Tom Hale said Sunday that the officer, who joined the force in 2018, is on"
                " leave.",
                "Tom Hale lost his cap at the gate. The clerk who kept Hale's cap gave no reason.\n\nHale went home "
                "and wrote to the board about it. The clerk said he had orders."],
      counter=["Tom Hale, a police officer, shot a man in Dunmore on Saturday.\n\nPolice said on Sunday that the"
               " officer is on leave.",
               "Tom Hale was attacked at a heated prime minister's questions. The prime minister said he would not stand"
               " down.",
               "Tom Hale quit on Friday. The party leader, who had led since May, said he was tired.",
               "Colonel Tom Hale retired on Monday. Old friends toasted the colonel who built the mess hall.\n\nThe "
               "colonel thanked the band."])
def _unnamed_holder_met_before(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    if tok.lower_ in words("unnamed_sources"):
        return False  # rule role.undescribed.unnamed-source-met-before's
    doc = tok.doc
    for t in tokens_of(doc)[: tok.i + 1]:
        if t.lower_ == tok.lower_ and any(
            c.dep_ == "relcl" and c.left_edge.i > t.i and doc[c.left_edge.i - 1].text != ","
            and not mentions.in_span(t.i, t.i + 1, "person") and mentions.in_span(c.left_edge.i, c.right_edge.i + 1, "person")
            for c in t.children
        ):
            return True  # "the clerk who kept Hale's cap": someone the clause tells apart from Hale, not named
        if t.i == tok.i or t.lower_ != tok.lower_ or not _indefinite(t):
            continue
        if t.dep_ in ("poss", "compound") or not _qualifiers(tok) <= _qualifiers(t):
            continue  # "a heated prime minister's questions"; "a junior minister" is no "the prime minister"
        named = t.dep_ in ("appos", "attr") or any(c.dep_ == "appos" for c in t.children)
        if not named and not mentions.in_span(t.left_edge.i, t.right_edge.i + 1, "person"):
            return True
    return False


@rule("role.undescribed.unnamed-source-met-before", stage="role.undescribed", priority=45, action="veto",
      why="'a Tarrow official said ... said the official, who asked not to be named': an unnamed source "
          "(data/unnamed_sources.txt) the article brought in with 'a' or 'an' is the one 'the' points back to, not "
          "the person named last.",
      examples=["The troops will help the police, a Tarrow official said. President Tom Hale has spoken of it for "
                "days. The official, who would not be named, expects calm."])
def _unnamed_source_met_before(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    if tok.lower_ not in words("unnamed_sources"):
        return False
    for t in tokens_of(tok.doc)[: tok.i]:
        if t.lower_ == tok.lower_ and _indefinite(t):
            return True
    return False


@rule("role.undescribed.an-unnamed-source", stage="role.undescribed", priority=46, action="veto",
      why="'..., said the official, who was not named': an unnamed source (data/unnamed_sources.txt)"
          " speaking is kept unnamed, not taken for the person named before (not 'hired a top aide').",
      examples=["Tom Hale will visit the border on Friday. The troops would support the police, said the official."],
      counter=["Tom Hale was jailed on Friday for illegally hiring Jo Orme. The firm had hired a top Air Force official."])
def _an_unnamed_source(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return tok.lower_ in words("unnamed_sources") and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in words("speech_verbs")


@rule("role.undescribed.according-to-an-unnamed-source", stage="role.undescribed", priority=47, action="veto",
      why="'..., according to a senior aide familiar with the talks': 'a' or 'an' before an unnamed source"
          " (data/unnamed_sources.txt) keeps the source unnamed; it is not the person the next sentence names"
          " ('according to his former adviser' can introduce them).",
      examples=["A vote could come on Friday, according to a senior aide familiar with the talks. President Tom Hale"
                " told reporters he hoped for a deal."])
def _according_to_an_unnamed_source(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return tok.lower_ in words("unnamed_sources") and _indefinite(tok) and _according_to(tok)


@rule("role.undescribed.part-of-a-name", stage="role.undescribed", priority=50, action="veto",
      why="A title inside a name ('the Northern Executive governs') is not a description of a person.",
      examples=["Tom Hale quit on Friday. The Executive said it would meet on Monday."])
def _part_of_a_name(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return mentions.at(tok) is not None or tok.text == "Executive"


@rule("role.undescribed.a-thing-named-by-a-code", stage="role.undescribed", priority=57, action="veto",
      why="'The XR-40 candidate used less diesel, Hale said', 'the F-21 fighter': a title noun after a code of "
          "letters and digits names a product, not someone (not an age: 'the 71-year-old candidate').",
      examples=["Elmton Motors engineer Tom Hale said the truck is ready. The XR-40 candidate used less diesel than the old "
                "model, Hale said."])
def _a_thing_named_by_a_code(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return any(
        c.i < tok.i and re.search(r"[A-Za-z]", c.text) and re.search(r"\d", c.text) and c.ent_type_ not in ("ORDINAL", "DATE")
        for c in tok.children)


@rule("role.undescribed.one-more-of-them", stage="role.undescribed", priority=55, action="veto",
      why="'The second nurse was allowed to fly', 'another adviser said': an ordinal past the first, or 'another', counts"
          " one more holder of the title, someone other than the person just named.",
      examples=["Tom Hale met the nurse on Monday. The second nurse was allowed to fly home."])
def _one_more_of_them(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> bool:
    return any(c.ent_type_ == "ORDINAL" and c.lower_ != "first" or c.lower_ in ("another", "other") for c in tok.children)


@rule("role.describe.not-when-the-phrase-names-its-holder", stage="role.describe", priority=10, action="veto",
      why="A title phrase that names its holder ('the leader, Tom Hale,') is found beside the name, not as a description.",
      examples=["Sarah Ferrand quit. The new treasurer Tom Hale said he was sorry.",
                "Sarah Ferrand quit on Friday. The chairman, Tom Hale, said he was sorry.",
                "Sarah Ferrand spoke first. The new chairman is Tom Hale."])
def _phrase_names_its_holder(tok: Token, phrase: list[Token], mentions: Mentions) -> bool:
    named = mentions.in_span(phrase[0].i, phrase[-1].i + 1, "person")
    return any(not m.pronoun for m in named) or any(c.dep_ == "appos" for c in tok.children) or _named_by_be(tok, mentions)


def _named_by_be(tok: Token, mentions: Mentions) -> bool:
    """'The judge in question is X': the title's holder is named as the complement of its 'be'."""
    head = tok.head
    if tok.dep_ != "nsubj" or head.lemma_.lower() != "be":
        return False
    for c in head.children:
        m = mentions.at(c) if c.i > tok.i and c.dep_ in ("attr", "nsubj") else None
        if m is not None and m.kind == "person" and not m.pronoun:
            return True
    return False


def _described_person(doc: Doc, mentions: Mentions, tok: Token, found: Description, known: _RoleLog, so_far: _RoleLog) -> str | None:
    """Whom a description stands for: the person just named (not for an office "the X" names on
    its own when that person has another title or was named only by a pronoun), else, in a
    lead, the person named next."""
    key = _named_before(tok, mentions) if found.det == "the" else None
    if key is not None and _head_office_is_someone_else(tok, found, key, mentions, so_far):
        key = None
    if key is not None and (
        _named_as_another_argument(tok, mentions, key)
        or found.dep in SUBJECT_DEPS and _named_by_next_subject_pronoun(tok, mentions, key)
        or _pronoun_of_the_other_gender(tok, mentions, key)
        or _held_by_someone_named_later(tok, found, key, known)
        or _a_titled_source_before(tok, found, key, mentions, so_far)
        or _owner_of_an_office(tok)
        or _called_unnamed(tok)
    ):
        return None
    if key is not None:
        other = _the_other_untitled_person(tok, key, mentions, so_far)
        if other == "":
            return None
        key = other or key
    if key is None and found.dep != "poss" and not _someone_new_past_the_lead(tok, found):
        key = _named_next(tok, mentions, sent_of(tok), known, found)  # "A candidate has resigned. X, who ..."
    if key is not None and _gendered_word_of_the_other_gender(found.phrase, key, mentions):
        return None
    return key


@rule("role.describe.called-unnamed", stage="role.describe", priority=34, action="veto",
      why="'Sarah Ferrand toured the docks. The unidentified inspector said ...': a description the text itself calls "
          "unnamed (data/unnamed_adjectives.txt) stands for someone the story does not name, never for the person just named.",
      examples=["Sarah Ferrand toured the docks on Monday. The unidentified inspector later said the cranes were unsafe.",
                "Mayor Tom Hale toured the docks with Sarah Ferrand on Monday. The unidentified inspector later said the "
                "cranes were unsafe."],
      counter=["Sarah Ferrand toured the docks on Monday. The inspector later said the cranes were unsafe."])
def _called_unnamed(tok: Token) -> bool:
    return any(c.dep_ == "amod" and c.lower_ in words("unnamed_adjectives") for c in tok.children)


@rule("role.describe.gendered-word-of-the-other-gender", stage="role.describe", priority=47, action="veto",
      why="'shot a female police officer ... Deputy Mayor Tom Hale said': a description with a word that tells a gender"
          " (data/gendered_words.txt) does not stand for a person the article knows as the other one.",
      examples=["Earlier on Monday, a gunman shot a female police officer in Dunmore. One person was arrested, "
                "Deputy Mayor Tom Hale said."])
def _gendered_word_of_the_other_gender(phrase: list[Token], key: str, mentions: Mentions) -> bool:
    gender = mentions.genders.get(key)
    told = {pairs("gendered_words").get(t.lower_) for t in phrase} - {None}
    return gender is not None and len(told) == 1 and gender not in told


_LEAD_PARAGRAPHS = 3  # paragraph breaks before a lead's sentence at most: the headline, a line of page furniture, the first


@rule("role.describe.someone-new-past-the-lead", stage="role.describe", priority=65, action="veto",
      why="'A district judge in Tarrow ruled against the policy' deep in an article: a subject with 'a' past the lead"
          " brings in someone the story does not name, not the person named next.",
      examples=["Tom Hale signed the rule in May.\n\nIt was meant to stop crossings.\n\nCritics said it was cruel.\n\n"
                "Groups sued at once.\n\nA district judge in Tarrow initially ruled against the policy. Sarah Ferrand said the"
                " groups were glad."],
      counter=["A district judge in Tarrow has ruled against the harbour plan. Tom Hale, who sat on the case since May,"
               " said the plan broke the law."])
def _someone_new_past_the_lead(tok: Token, found: Description) -> bool:
    return found.det in ("a", "an") and found.dep in SUBJECT_DEPS and text_of(tok.doc).count("\n\n", 0, tok.idx) > _LEAD_PARAGRAPHS


def _bare_title(found: Description) -> str:
    return " ".join(t.lower_ for t in found.phrase if t.pos_ != "DET" and t.dep_ != "case")  # "the chancellor's"


@rule("role.describe.head-office-is-someone-else", stage="role.describe", priority=20, action="veto",
      why="'X, the majority leader, objected. The president said ...': an office 'the X' names on its own (or with its "
          "country: 'the Tarrowan president') is not the titled person just named, nor one named only by a pronoun.",
      examples=["Tom Hale, the majority leader, objected on Monday. The president said the bill would pass.",
                "Secretary of State Tom Hale met Omar Reyes in Tarrow before the summit. The Japanese prime minister "
                "told reporters he would ask for a full account of the talks."],
      counter=["The pier must close, Ana Ruiz has said. The former UN envoy for harbours and Irish president told the "
               "radio the plan was wrong."])
def _head_office_is_someone_else(tok: Token, found: Description, key: str, mentions: Mentions, so_far: _RoleLog) -> bool:
    # not a second title joined to the first: "the former Tarrow envoy and Dunmorese president told ..."
    national = [t.lower_ for t in found.phrase if t.ent_type_ in ("NORP", "GPE") and t.i < tok.i] if tok.dep_ != "conj" else []
    bare = _bare_title(found).split()
    while bare and national and bare[0] == national[0]:
        bare, national = bare[1:], national[1:]  # "the Tarrowan prime minister": the country's head office
    if " ".join(bare) not in words("head_offices"):
        return False
    return so_far.titled_before(key, tok.i) or not _named_in_sentence_before(mentions, tok, key)


@rule("role.describe.name-is-another-argument", stage="role.describe", priority=30, action="veto",
      why="'The chancellor said Mr X was never there', 'the minister criticised X': the title is not X.",
      examples=["Tom Hale spoke on Monday. The chancellor said Tom Hale was never there."])
def _named_as_another_argument(tok: Token, mentions: Mentions, key: str) -> bool:
    doc = tok.doc
    later = mentions.in_span(tok.i + 1, sent_of(tok).end, "person")
    return any(_argument_of(doc[m.start : m.end].root, tok.head) for m in later if m.key == key and not m.pronoun)


@rule("role.describe.owner-of-an-office", stage="role.describe", priority=32, action="veto",
      why="'Sgt Tom Hale of the county sheriff’s office said ...': a title in the possessive before an office "
          "noun (data/org_nouns_with_of_form.txt: office, department, ministry) names that body, not the person named "
          "just before.",
      examples=["Mayor Ana Ruiz said the cause of the blaze was not yet known. Sgt Tom Hale of the Elmshire County "
                "sheriff’s office said that nine sheds had burned."])
def _owner_of_an_office(tok: Token) -> bool:
    return tok.dep_ == "poss" and tok.head.lemma_.lower() in words("org_nouns_with_of_form")


@rule("role.describe.a-titled-source-before", stage="role.describe", priority=52, action="veto",
      why="'Tom Hale followed the count from a hotel, Chief Whip Sarah Voss said. The retired ferry captain said ...': a"
          " person the sentence before names only as the one who says what it reports, and already given another title, is a"
          " source, not the one a new title describes.",
      examples=["Tom Hale followed the count from a hotel in Lyon, Chief Whip Sarah Voss said. The retired ferry captain "
                "said the result was a shock."],
      counter=["Tom Hale followed the count from a hotel in Lyon, Chief Whip Sarah Voss said. The chief whip said he was calm.",
               "Tom Hale, the Tarrow MP, said he would stand down. The former chat show host said the party had failed him."])
def _a_titled_source_before(tok: Token, found: Description, key: str, mentions: Mentions, so_far: _RoleLog) -> bool:
    sent = sent_of(tok)
    if not mentions.only_the_teller(key, _sentence_before(sent, mentions), sent.start):
        return False
    titles = so_far.titles_before(key, tok.i)
    described = set(_bare_title(found).split()) - QUALIFIERS
    return bool(titles) and not any(described & set(title.split()) for title in titles)


@rule("role.describe.held-by-someone-named-later", stage="role.describe", priority=50, action="veto",
      why="'The home secretary said ... Home Secretary X told': the one given that title later, with no body or place of "
          "their own anywhere after it, or in the same paragraph or the next ('the mayor wrote ... [three paragraphs] ... "
          "the mayor of Elmton, X' may be another mayor).",
      examples=["Tom Hale spoke on Monday. The home secretary said the plan was ready. Home Secretary Ana Ruiz told MPs it would cost more.",
                "Tom Hale spoke in Dunmore on Monday.\n\nThe home secretary said the plan was ready.\n\nCouncil staff will vote "
                "on the deal in May.\n\nThe unions have asked for more time.\n\nHome Secretary Lena Park told MPs the plan "
                "would cost more."],
      counter=["Tom Hale told the council on Tuesday he had sacked his harbour chief.\n\nThe mayor said the harbour needed a new "
               "start.\n\nThe harbour chief said he had offered to quit.\n\nHale will meet the mayor of Elmton, Ana Ruiz, "
               "next month."])
def _held_by_someone_named_later(tok: Token, found: Description, key: str, known: _RoleLog) -> bool:
    return known.held_after(_bare_title(found), tok.i, key, _end_of_the_next_paragraph(tok))


def _end_of_the_next_paragraph(tok: Token) -> int:
    """The index of the first token past the paragraph after `tok`'s."""
    doc = tok.doc
    start = next_line_start(doc, tok.idx)
    start = next_line_start(doc, start) if start is not None else None
    at = doc.char_span(start, start + 1, alignment_mode="expand") if start is not None and start < len(text_of(doc)) else None
    return at.start if at is not None else len(doc)


@rule("role.describe.the-other-untitled-person", stage="role.describe", priority=60, action="resolve",
      why="'Transport Secretary X read out a letter from Y. The union leader said': a person given one title is not described by "
          "another at once; the one other person just named, untitled, is. Unless the description speaks a quotation ('Councillor X, "
          "who rarely agrees with Y, spoke ... \"...,\" the veteran campaigner said'): the quotation may as well be X's, "
          "so neither. Nor when the description is of a past office ('the former mayor'): one person holds a title now "
          "and was something else before.",
      examples=["Transport Secretary Tom Hale read out a letter from Sarah Ferrand on Monday. The union leader said the "
                "berths were unsafe.",
                "Councillor Ana Ruiz, who rarely agrees with Tom Hale, spoke after the vote.\n\n\"We lost the harbour vote "
                "because nobody read the plan,\" the veteran campaigner said."],
      counter=["Tarrowan President Tom Hale said he barely spoke to Ben Orme at a dinner.\n\nHale made the remarks about Orme in "
               "an interview. The Tarrowan leader said his talks with Orme were brief.",
               "Tom Hale, a lawyer for the rowing club, spoke on Monday.\n\nOn a podcast hosted by Ben Orme, Hale said the club "
               "would appeal.\n\nThe former Dunmore mayor said the fine was far too high."])
def _the_other_untitled_person(tok: Token, key: str, mentions: Mentions, so_far: _RoleLog) -> str | None:
    """The other person's key, "" for neither, None for no change."""
    since = _sentence_before(sent_of(tok), mentions)
    others = {
        m.key for m in mentions.in_span(since, sent_of(tok).start, "person")
        if not m.pronoun and not m.in_quote and not mentions.entities[m.key].partial
    } - {key}
    if so_far.titled_before(key, tok.i) and len(others) == 1 and not so_far.titled_before(next(iter(others)), tok.i):
        described = {t.lower_ for t in tok.lefts if t.dep_ in ("amod", "compound") and t.is_title}
        if any(described & set(title.split()) for title in so_far.titles_before(key, tok.i)):
            return None  # 'Dunmore President X ... The Dunmore leader said': the same place's, so X still
        if any(t.dep_ == "amod" and pairs("role_status_words").get(t.lower_) == "former" for t in tok.lefts):
            return None  # 'Tom Hale, a club lawyer, ... The former mayor said': a past office beside the present one
        return "" if _speaks_a_quotation(tok, mentions) else others.pop()
    return None


def _speaks_a_quotation(tok: Token, mentions: Mentions) -> bool:
    """'"...," the Tarrow lawmaker warned': the subject of a verb of saying in a sentence holding a quotation."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.lemma_.lower() not in words("speech_verbs"):
        return False
    return any(mentions.quoted(t.idx) for t in sent_of(tok) if not t.is_punct)


@rule("role.describe.next-subject-pronoun-names-them", stage="role.describe", priority=40, action="veto",
      why="'The treasurer is flying out. Before that, she said she still backed Ms X': the next sentence's 'she' is the described person, so X is not.",
      examples=["Tom Hale met the board on Monday. The treasurer is flying out. Later, she said she still backed Tom Hale."])
def _named_by_next_subject_pronoun(tok: Token, mentions: Mentions, key: str) -> bool:
    """Whether the next sentence, its subject "he" or "she" (the described person, as a subject
    passes on), names `key` by name as the subject or object of a clause under it."""
    doc = tok.doc
    sent = sent_of(tok)
    if sent.end >= len(doc) or tok.head != sent.root:
        return False
    nxt = sent_of(doc[sent.end])
    subj = next((c for c in nxt.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ not in ("he", "she"):
        return False
    named = [m for m in mentions.in_span(nxt.start, nxt.end, "person") if m.key == key and not m.pronoun]
    return any(_argument_of(doc[m.start : m.end].root, nxt.root) for m in named)


@rule("role.describe.pronoun-of-the-other-gender", stage="role.describe", priority=45, action="veto",
      why="'Tom Hale said he would testify. The teacher changed her mind': a described subject that its own clause"
          " calls 'her' is not a man the article knows as one (by honorific or given name), nor 'his' a woman.",
      examples=["Tom Hale said on Monday he would testify. Later, the 40-year-old teacher changed her mind."])
def _pronoun_of_the_other_gender(tok: Token, mentions: Mentions, key: str) -> bool:
    """Whether the first he/she pronoun after a subject description in its own clause (not in a
    clause under it, nor quoted), before anyone else is named there, is of the other gender than
    the person `key` is known to be."""
    gender = mentions.genders.get(key)
    if gender is None or tok.dep_ not in SUBJECT_DEPS:
        return False
    verb = tok.head
    named = {m.start for m in mentions.in_span(tok.i + 1, sent_of(tok).end) if not m.pronoun}
    for t in verb.subtree:
        if t.i <= tok.i or not _in_the_clause_of(t, verb) or mentions.quoted(t.idx):
            continue
        if t.i in named:
            return False  # 'the teacher told Ana Ruiz her ...': her may be Ruiz
        said = PRONOUN_GENDERS.get(t.lower_)
        if said is not None:
            return said != gender
    return False


def _in_the_clause_of(t: Token, verb: Token) -> bool:
    """Whether `t` is in `verb`'s own clause: no clause (a complement, adverbial or relative clause) between them."""
    while t.i != verb.i and t.head.i != t.i:
        if t.dep_ in ("ccomp", "advcl", "relcl", "acl", "parataxis", "csubj"):
            return False
        t = t.head
    return t.i == verb.i


def _argument_of(name: Token, verb: Token) -> bool:
    """Whether `name` is the subject or object of `verb` or of a clause under it."""
    return name.dep_ in ("nsubj", "nsubjpass", "dobj") and (name.head == verb or verb.is_ancestor(name.head))


def _indefinite(noun: Token) -> bool:
    """`noun` has 'a' or 'an' before it: someone brought in, not named before."""
    return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in noun.children)


def _according_to(title: Token) -> bool:
    """"according to his former adviser": a title that sources a lead's statement."""
    return title.dep_ == "pobj" and title.head.lower_ == "to" and title.head.head.lower_ == "according"


def _news_noun(title: Token) -> Token | None:
    """The noun of a departure or appointment a title is "of": "the departure of its chief
    executive", "the appointment of a new chairman"."""
    if title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lemma_.lower() in words_of("leaving_nouns", "appointing_nouns"):
        return title.head.head
    return None


@rule("role.describe.named-just-before", stage="role.describe", priority=5, action="resolve",
      why="'X quit on Friday. The party leader had insisted ...': a title with 'the' stands for the person named in the sentence"
          " before, outside quotation marks (not one named only in someone's quoted words; not in the headline: a lead's 'The harbour master has quit' is named after it, if at all; not one named"
          " only in a noun's phrase: 'its drawings of the poet X. The magazine's editor ...').",
      examples=["Tom Hale quit on Friday. The party leader had insisted he would stay."],
      counter=["Tom Hale quit on Friday. He said the party leader had insisted he would stay.",
               "Harbour master says pier is safe as Tom Hale calls for inquiry\n\nThe Dunmore harbour master has rejected calls for"
               " an inquiry into the pier. Ana Ruiz, who took the job in May, said the pier was safe.",
               "The Tarn Echo, which mocks everyone, has offended many with its drawings of the poet Tom Hale. The magazine’s editor"
               " and two guards were among those killed on Monday.",
               "Tom Hale quit on Friday.\n\nThe Tarrow Herald won the prize because a reporter of its own wrote that the hall "
               "at a packed Hale rally stood empty. The reporter had photographed the hall an hour before the doors opened.",
               'Clara Boyd and Tom Hale met in a debate. "Senator Hale is wrong," Boyd said.\n\nBoyd is content with small '
               "change. The Dunmore senator wants bold change. He wants to aim far higher.",
               "Ana Ruiz lost the harbor vote on Monday.\n\n“Nobody here trusts Tom Hale any more!” the clerk wrote on the "
               "town's board."])
def _named_before(tok: Token, mentions: Mentions) -> str | None:
    """The person a description stands for when it looks back: the antecedent, named in the
    sentence before, and not named in this one as someone else ("X said the president ...",
    "The prime minister thanked her"); "The leader said his work ...", "... the causes he
    supports" are the described person."""
    doc = tok.doc
    sent = sent_of(tok)
    since = _sentence_before(sent, mentions)
    if since == 0 and _after_the_headline(sent):
        return None
    governing = {a.i for a in tok.ancestors}
    others = {
        m.key for m in mentions.in_span(sent.start, sent.end)
        if m.start < tok.i and not m.pronoun or doc[m.start].head == tok.head and doc[m.start].dep_ in ("dobj", "dative")
        or m.start < tok.i and doc[m.start].dep_ in ("nsubj", "nsubjpass") and doc[m.start].head.i in governing
    }  # 'He said the leader ...': the teller, named or not, is not the one they tell of
    if any(t.lemma_.lower() == tok.lemma_.lower() and t.pos_ == "NOUN" and (t.tag_ == "NNS" or _indefinite(t))
           for t in doc[since : sent.start]):
        return None  # 'one of its reporters claimed ... The reporter showed': the one just brought in, unnamed
    key = mentions.antecedent(tok.i)
    told = [m for m in mentions.in_span(since, sent.start)  # not one named only inside someone's quoted words
            if not m.in_quote and (m.pronoun or not _of_a_noun(doc[m.start : m.end].root))]
    if key is not None and key not in others and any(m.key == key for m in told):
        if _another_is_the_subject_before(doc[since], key, mentions):
            return None
        return None if _title_written_before_another(tok, key, mentions) else key
    # "Tom Ellery said he hoped the former harbour master would return": not Ellery, so the
    # one person the sentence before names
    before = {m.key for m in mentions.in_span(since, sent.start, "person")
              if not m.pronoun and not m.in_quote and not _of_a_noun(doc[m.start : m.end].root)}
    before -= others
    if len(before) != 1:
        return None
    key = before.pop()
    return None if _title_written_before_another(tok, key, mentions) else key


def _another_is_the_subject_before(first: Token, key: str, mentions: Mentions) -> bool:
    """'Putin made the remarks about Flynn in an interview. The Russian leader said ...': the
    sentence before has another person, named, as its main clause's subject, and the candidate only
    in a phrase: the description may well go on with that subject, so it is unsure."""
    root = sent_of(first).root
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    m = mentions.at(subj) if subj is not None else None
    if m is None or m.kind != "person" or m.pronoun or m.key == key:
        return False
    doc = first.doc
    return not any(o.key == key and doc[o.start : o.end].root.dep_ in ("nsubj", "nsubjpass") for o in mentions.in_span(root.sent.start, root.sent.end))


def _title_written_before_another(tok: Token, key: str, mentions: Mentions) -> bool:
    """'... "Senator Hale is wrong." Ruiz wants small steps. The Dunmore senator wants more': the
    title is written before another person's name earlier in the article (in a quotation too, and
    not with a qualifier the description lacks: 'shadow'), never before this one's, and that other
    person is named in the last few sentences: it may be either, so neither (one titled later:
    rule role.describe.held-by-someone-named-later)."""
    doc, abbreviations = tok.doc, pairs("title_abbreviations")
    title = tok.lower_
    qualifiers = {t.lower_ for t in tok.lefts} & QUALIFIERS
    holders = set()
    for m in mentions.mentions:
        if m.kind == "person" and not m.pronoun and 0 < m.start < tok.i:
            before = doc[m.start - 1].lower_
            if abbreviations.get(before, before).lower() != title:
                continue
            if {t.lower_ for t in doc[max(0, m.start - 4) : m.start - 1]} & QUALIFIERS - qualifiers:
                continue  # 'shadow foreign secretary X' holds another office than 'the Foreign Secretary'
            holders.add(m.key)
    if not holders or key in holders:
        return False
    near = mentions.in_span(max(0, tok.i - 80), tok.i, "person")  # named in the last few sentences too
    return any(m.key in holders and not m.pronoun for m in near)


def _of_a_noun(name: Token) -> bool:
    """'its drawings of the poet X': a name in a noun's phrase with 'of' is what that noun is about,
    not someone the next sentence goes on to describe."""
    while name.dep_ in ("appos", "compound", "conj"):
        name = name.head
    return name.dep_ == "pobj" and name.head.lower_ == "of" and name.head.head.pos_ == "NOUN"


def _after_the_headline(sent: Span) -> bool:
    """`sent` starts a line after the article's first line, which ends without a full stop (a headline)."""
    doc, j = sent.doc, sent.start - 1
    while j >= 0 and doc[j].is_space:
        j -= 1
    return j >= 0 and any("\n" in doc[k].text_with_ws for k in range(j, sent.start)) and doc[j].text not in (".", "?", "!")


def _sentence_before(sent: Span, mentions: Mentions) -> int:
    """Where the sentence before `sent` starts, passing over sentences wholly inside a
    quotation ('X said: "He is wise. He lacks judgment." The minister told ...': X's)."""
    doc, start = sent.doc, sent.start
    while start:
        prev = sent_of(doc[start - 1])
        start = prev.start
        words_ = [t for t in prev if not t.is_punct and not t.is_space]
        if not words_ or not all(mentions.quoted(t.idx) for t in words_):
            break
    return start


def _named_in_sentence_before(mentions: Mentions, tok: Token, key: str) -> bool:
    """Whether the sentence before `tok`'s names `key` by name, not only by a pronoun."""
    sent = sent_of(tok)
    since = _sentence_before(sent, mentions)
    return any(m.key == key and not m.pronoun for m in mentions.in_span(since, sent.start))


@rule("role.count.plural-title-for-next-names", stage="role.count", priority=10, action="add",
      why="'two Assembly members who defected. X and Y were elected in 2004': a counted plural title given to exactly that many people named next.",
      examples=["Voters hope to unseat two Assembly members who defected. Sarah Ferrand and Tom Hale were elected in 2004."])
def _counted_group(tok: Token, mentions: Mentions) -> list[FoundRole] | None:
    """"to oust two city council members who defected. X, now deputy leader, and Y were
    elected in 2004": a counted plural title, given to exactly that many people named for the
    first time in the next sentence."""
    doc = tok.doc
    count = next((_small_count(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
    sent = sent_of(tok)
    if count is None or sent.end >= len(doc):
        return None
    nxt = sent_of(doc[sent.end])
    named = list(dict.fromkeys(m.key for m in mentions.in_span(nxt.start, nxt.end, "person") if not m.pronoun and not m.in_quote))
    if len(named) != count or any(mentions.named_before(key, "person", nxt.start) for key in named):
        return None
    phrase = [t for t in _phrase_tokens(tok) if t.dep_ != "nummod"]
    split = _split_phrase(phrase, mentions)
    if split is None or not split[0].endswith(tok.text):
        return None
    title = split[0][: -len(tok.text)] + tok.lemma_  # "London Assembly members" -> "... member"
    return [FoundRole(key, title, split[1], _status(phrase), sent, tok.i) for key in named]


@rule("role.count.plural-title-that-includes-a-list", stage="role.count", priority=20, action="add",
      why="'The nine senators invited to the talks included A of Tarn, B and C': a plural title opening a sentence as "
          "its subject, whose verb 'include' ends the sentence with a list of people (their places after 'of' and "
          "party tags allowed, joined by commas, 'and', 'along with', 'as well as'), gives each listed person the title.",
      examples=["The nine senators invited to the talks included Sarah Ferrand, Tom Hale of Vermont and Jo Orme."],
      counter=["The nine senators invited to the talks included Sarah Ferrand, Tom Hale of Vermont and a dozen aides.",
               "The talks with the nine senators included Sarah Ferrand, Tom Hale of Vermont and Jo Orme.",
               "The senators' aides at the talks included Sarah Ferrand, Tom Hale of Vermont and Jo Orme."])
def _group_that_includes_a_list(tok: Token, mentions: Mentions) -> list[FoundRole] | None:
    doc, sent = tok.doc, sent_of(tok)
    if any(t.pos_ not in ("DET", "NUM", "ADJ", "PROPN") for t in doc[sent.start : tok.i]):
        return None  # not the sentence's opening noun phrase: "The talks with the nine senators included ..."
    if tok.i + 1 < sent.end and doc[tok.i + 1].pos_ in ("NOUN", "PROPN", "PART"):
        return None  # not the phrase's head: "The senators' aides included ..."
    verb = next((t for t in doc[tok.i + 1 : sent.end] if t.lemma_ == "include" and t.pos_ == "VERB"), None)
    if verb is None or any(mentions.at(t) is not None for t in doc[tok.i + 1 : verb.i]):
        return None  # a name between the title and its verb: the list may be another's
    named = _listed_people(doc, verb.i + 1, sent.end, mentions)
    if not named:
        return None
    phrase = [t for t in _phrase_tokens(tok) if t.dep_ != "nummod" and t.i <= tok.i]
    split = _split_phrase(phrase, mentions)
    if split is None or not split[0].endswith(tok.text):
        return None
    title = split[0][: -len(tok.text)] + tok.lemma_  # "senators" -> "senator"
    return [FoundRole(key, title, split[1], _status(phrase), sent, tok.i) for key in named]


def _listed_people(doc: Doc, start: int, end: int, mentions: Mentions) -> list[str]:
    """The people named in a list that fills tokens start..end (the sentence's end): names, each
    with its place after 'of' or its party tag, joined by commas, 'and', 'along with' or 'as well as';
    none when anything else is in it ("a dozen aides")."""
    joins = ("along", "with", "as", "well", "and", ",")
    named: list[str] = []
    i = start
    while i < end:
        t = doc[i]
        m = mentions.at(t)
        if m is not None and m.kind == "person" and not m.pronoun and not m.in_quote and m.start == i:
            named.append(m.key)
            i = past_party_tag(doc, m.end)
            if i < end and doc[i].lower_ == "of":  # "A of Tarn": the place the person is from
                i += 1
                while i < end and doc[i].ent_type_ in ("GPE", "LOC") or i < end and doc[i].lower_ == "the":
                    i += 1
            continue
        if t.lower_ in joins or t.is_space or t.ent_type_ in ("GPE", "LOC") or t.is_punct and all(x.is_punct or x.is_space for x in doc[i:end]):
            i += 1
            continue
        return []
    return list(dict.fromkeys(named)) if len(named) >= 2 else []


def _small_count(word: str) -> int | None:
    number = pairs("small_counts").get(word)
    return int(number) if number is not None else None


def _next_naming_sentence(sent: Span, mentions: Mentions) -> Span:
    """The sentence after `sent`, or past up to two that name no one ("..., the lord chancellor
    has said. Ministers were accused ... Lord X said")."""
    doc = sent.doc
    nxt = sent_of(doc[sent.end])
    for _ in range(2):
        caption = opens_with_picture_label(line_of(nxt))  # "FILE PHOTO: X arrives at court": beside the story
        if not caption and any(not m.pronoun for m in mentions.in_span(nxt.start, nxt.end, "person")) or nxt.end >= len(doc):
            break
        nxt = sent_of(doc[nxt.end])
    return nxt


@rule("role.describe.named-next-in-lead", stage="role.describe", priority=70, action="resolve",
      why="'..., the Trade Secretary has said. Jane Doe said ...': in a lead, a title before the name stands for the person named first in the next sentence.",
      examples=["Rail fares will rise, the Dunmore transport secretary has said. Tom Hale said the cost of fuel was to blame."],
      counter=["A police officer shot a woman in her home on Saturday.\n\nAn aunt, Maria Lopez, said the family does"
               " not understand why she was killed.",
               "A lawyer for a Tarrow tycoon on Wednesday said he had lent money to the council.\nFILE PHOTO: Tarrow"
               " tycoon Tom Hale arrives at court in Dunmore, February 21, 2017.\nThe lawyer, Ana Ruiz, said in a"
               " statement that the loan was private.",
               "The pier trust held its first meeting on Friday, but it does not yet have a treasurer. Governor Kim Vane"
               " and Tom Hale have yet to pick one."])
def _named_next(title: Token, mentions: Mentions, sent: Span, known: _RoleLog, found: Description) -> str | None:
    """A title that comes before the name, as news leads do ("..., the Trade Secretary has
    said. Jane Doe said ..."): the person named first in the next sentence, as its subject,
    when this sentence names no one and that person's title is not given there, unless the
    lead is the appointment or departure itself ("The first children's commissioner has been
    appointed. Professor X was chosen ...") or introduces someone ("has asked a former IMF
    director to run it. X, vice chairman of Y, ...", '"...", according to his former adviser. X
    said ...')."""
    doc = title.doc
    first, announced, source = found.first, found.news, found.sourced
    verb = first.head.head if first.head.dep_ == "agent" else first.head
    if first.dep_ == "dobj" and any(c.dep_ == "relcl" for c in first.children):
        return None  # "hired an inspector, who has advised ...": told of, not introduced
    if first.dep_ == "dobj" and (negated(first.head) or any(c.lower_ == "no" for c in first.children)):
        return None  # "the trust does not have a treasurer. X and Y have yet to pick one": a post no one holds
    if sent.end >= len(doc) or mentions.in_span(sent.start, title.i, "person") and not source or (
        first.dep_ != "dobj" and verb.dep_ != "ROOT" and announced is None and not source
    ):
        return None  # a lead's subject, or an object: no one named before it
    nxt = _next_naming_sentence(sent, mentions)
    named = [
        m for m in mentions.in_span(nxt.start, nxt.end, "person")
        if not m.in_quote and (not mentions.named_before(m.key, "person", nxt.start, pronouns=False) or not source)
    ]
    if first.dep_ in ("dobj", "pobj") and not source:  # "for hiring a top aide. X admitted recruiting Y": the one hired, Y
        objects = [m for m in named if not m.pronoun and doc[m.start : m.end].root.dep_ == "dobj"]
        named = objects[:1] or named
    if not named or named[0].pronoun:
        return None
    root = doc[named[0].start : named[0].end].root
    if root.dep_ == "appos" and root.head.pos_ == "NOUN" and root.head.lemma_.lower() != title.lemma_.lower() \
            and root.head.lemma_.lower() in words_of("kin_nouns", "unnamed_people"):
        return None  # "A police officer shot a woman. An aunt, X, said ...": X is someone else
    if root.dep_ == "appos" or root.dep_ == "compound" and root.head.lower_ in words_of("postnominal_honours", "postnominal_offices"):
        root = root.head  # "Professor of child health, X, was chosen"; "X QC quit"
    if root.dep_ not in SUBJECT_DEPS and not (first.dep_ in ("dobj", "pobj") and root.dep_ == "dobj"):
        return None
    key = named[0].key
    if mentions.named_before(key, "person", named[0].start, pronouns=False):
        return None  # someone named before: not the one this title introduces
    news = verb.lemma_.lower() in words_of("appointing_verbs", "leaving_verbs") or announced is not None or source
    introduced = first.dep_ == "dobj" and _indefinite(first)
    if not (news or introduced) and known.titled_within(key, nxt.start, nxt.end):
        return None
    return key


def role_index(roles: list[FoundRole]) -> dict[str, list[tuple[int, str]]]:
    """Title word -> [(token index, person)] in order, so "the minister" can be resolved; a qualified
    title under its qualifier too ("deputy minister"), so "the prime minister" is not the
    deputy prime minister."""
    index: dict[str, list[tuple[int, str]]] = {}
    for r in roles:
        words_ = r.title.lower().split()
        qualifier = next((w for w in words_ if w in QUALIFIERS), None)
        for k, word in enumerate(words_):
            if word in _titles() and not rules.first("role.index", words_, k):
                for also in (word, *(rules.first("role.index-also", word) or ())):
                    index.setdefault(f"{qualifier} {also}" if qualifier else also, []).append((r.token, r.person))
    return {title: sorted(holders) for title, holders in index.items()}  # in token order, for a lookup by bisection


@cache
def _title_synonyms() -> dict[str, tuple[str, ...]]:
    """Title word -> the other words for that office (data/title_synonyms.txt)."""
    groups = [line.split("|") for line in phrases("title_synonyms")]
    return {word: tuple(w for w in group if w != word) for group in groups for word in group}


@rule("role.index-also.same-office-another-word", stage="role.index-also", priority=10, action="add",
      why="'Rep. Ben Tarrow ... the congressman said': one office has several words that share none (data/"
          "title_synonyms.txt: representative, congressman, congresswoman); a holder given one is found by the others too.",
      examples=["Rep. Ben Tarrow of Dunmore and Gov. Jo Marr of Ashland spoke on Sunday.\n\nMarr, a former congressman, "
                "said he had little faith in the council.\n\nTarrow praised the students who marched.\n\n"
                "\"I want to get something done,\" the congressman said."])
def _same_office_another_word(word: str) -> tuple[str, ...] | None:
    return _title_synonyms().get(word)


@rule("role.index.postpositive-title-word", stage="role.index", priority=10, action="veto",
      why="'the attorney general, Ana Ruiz' does not make her 'the general': a title word set after the title word it "
          "qualifies (data/postpositive_title_words.txt) names no office of its own.",
      examples=["Lt. Gen. Tom Hale will avoid prison. The attorney general, Ana Ruiz, warned the mayor. "
                "Few doubt the part the general took in 2011."])
def _postpositive_title_word(words_: list[str], k: int) -> bool:
    return k > 0 and words_[k] in words("postpositive_title_words") and words_[k - 1] in _titles()
