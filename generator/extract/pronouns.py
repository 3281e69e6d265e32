"""Whom a pronoun means: he / she / his / her, a relative "who", "the 71-year-old".

A person pronoun means the person last named as a subject, outside quotations and within a
few sentences, never one whose name or honorific says another gender ("she" is not "Mr X").
Which resolution a pronoun gets is stage `coref.pronoun` (a decision); how a candidate
named before it is judged is stage `coref.antecedent` (a decision per candidate); the
look-backs around them are rules called directly. `mentions.build` and
`Mentions.reresolve_pronouns` call `_genders` and `_resolve_pronouns`; `Mentions.antecedent`
delegates here.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Literal

from spacy.tokens import Doc, Span, Token

# imported as a module: mentions.py imports this one while it is loading
from generator.extract import mentions as _mentions
from generator.extract import rules
from generator.extract.lexicon import pairs, words, words_of
from generator.extract.name_words import PERSON_NOUNS
from generator.extract.rules import rule
from generator.extract.sentences import columns_of, sent_of, start_of_sentence_before, text_of, tokens_of
from generator.extract.textindex import line_start

if TYPE_CHECKING:
    from generator.extract.mentions import Mention, Mentions

SUBJECT_DEPS = frozenset({"nsubj", "nsubjpass"})
PERSON_PRONOUNS = words_of("pronouns_male", "pronouns_female")
RELATIVE_PRONOUNS = words("relative_pronouns")
PRONOUN_GENDERS = {w: "m" for w in words("pronouns_male")} | {w: "f" for w in words("pronouns_female")}
# Nouns for someone who speaks for a body, never named ("a Transport Office spokesman said").
SPOKESPEOPLE = words_of("spokespeople", "unnamed_sources")
UNNAMED_PEOPLE = words("unnamed_people")  # "one old man says ... he said"
FINITE_TAGS = ("VBD", "VBZ", "VBP", "MD")
DASH_TEXTS = ("-", "–", "—")
LOOK_BACK = 250  # tokens a pronoun's antecedent may be before it
RESOLVED_WORDS = PERSON_PRONOUNS | RELATIVE_PRONOUNS | {"old"}  # "old": "the 71-year-old"
UNRESOLVED = ""  # what a `coref.pronoun` rule answers to leave a pronoun unresolved

# ---------------------------------------------------------------------------------------
# Genders


def _genders(doc: Doc, index: Mentions, told: dict[str, str] | None = None) -> dict[str, str]:
    """A person's gender where the article shows it (`told`, `_told_genders`), else a given name
    that is almost always one or the other (data/first_names_*.txt)."""
    out = dict(_told_genders(index) if told is None else told)
    for key, gender in (_gender_from_given_name(index) or {}).items():
        out.setdefault(key, gender)
    for key, gender in (_gender_from_own_clauses(index) or {}).items():
        out.setdefault(key, gender)
    return out


def _told_genders(index: Mentions) -> dict[str, str]:
    """A person's gender where the article itself says it: an honorific before the name ("Ms X"),
    else a kinship noun before it ("his sister, Lucy"); not guessed from a list of given names."""
    out = dict(_gender_from_honorific(index) or {})
    for key, gender in (_gender_from_kin_noun(index) or {}).items():
        out.setdefault(key, gender)
    return out


@rule("coref.gender-from-kin-noun", stage="coref.gender", priority=15, action="classify",
      why="'his sister, Lucy', 'her son Tom': a person named right after a kinship noun that tells a gender"
          " (data/kin_noun_genders.txt) has it, though named by one word.",
      examples=['Kerrin Voss was away in Tarrow that week. But the owner said his sister, Lucy, had stayed behind.\n\n'
                'She reportedly closed the shop early on Wednesday and sent the staff home before the storm.'])
def _gender_from_kin_noun(index: Mentions) -> dict[str, str] | None:
    doc, kin = index.doc, pairs("kin_noun_genders")
    out: dict[str, str] = {}
    for m in index.mentions:
        if m.kind != "person" or m.pronoun or m.start == 0 or not m.key.strip():
            continue
        before = doc[m.start - 2] if doc[m.start - 1].text == "," and m.start >= 2 else doc[m.start - 1]
        if before.lower_ in kin:
            out.setdefault(m.key, kin[before.lower_])
    return out or None


@rule("coref.gender-from-honorific", stage="coref.gender", priority=10, action="classify",
      why="'Ms Voss' is a woman and 'Mr Tarrow' a man: a pronoun of the other gender means someone else.",
      examples=['Ms Dalby Voss met Kerrin Tarrow. "We disagreed," he said.'])
def _gender_from_honorific(index: Mentions) -> dict[str, str] | None:
    doc = index.doc
    male, female = words("honorifics_male"), words("honorifics_female")
    out: dict[str, str] = {}
    for m in index.mentions:
        if m.kind != "person" or m.pronoun or m.start == 0 or not m.key.strip():
            continue
        before = doc[m.start - 1].lower_
        if before in male or before in female:
            out.setdefault(m.key, "m" if before in male else "f")
    return out or None


@rule("coref.gender-from-given-name", stage="coref.gender", priority=20, action="classify",
      why="A given name borne almost only by men or by women is a hint for 'he' and 'she' (data/first_names_*.txt, "
          "then the census lists of data/given_name_genders.txt).",
      examples=['Tom Hale met Ana Ruiz in Dunmore. "We disagreed," she said.',
                'Tom Hale met Adelaida Vane in Dunmore. "We disagreed," she said.'])
def _gender_from_given_name(index: Mentions) -> dict[str, str] | None:
    out: dict[str, str] = {}
    for key, entity in index.entities.items():
        parts = key.split()  # an empty or blank key (a bad name) is skipped, never a crash
        if entity.kind != "person" or len(parts) < 2:
            continue
        first = parts[0].lower()
        if first in words("first_names_male"):
            out[key] = "m"
        elif first in words("first_names_female"):
            out[key] = "f"
        elif first in pairs("given_name_genders"):
            out[key] = pairs("given_name_genders")[first]
    return out or None


@rule("coref.gender-from-own-clauses", stage="coref.gender", priority=30, action="classify",
      why="'In his speech, Hale said ...', 'Ruiz said she was let down': where no honorific, kin noun or given name tells, "
          "'his' / 'her' and the subject 'he' / 'she' of what they say in clauses whose subject the person is, with nobody "
          "else named in them, tell the person's gender, when every such clause agrees (not an object: 'Hale pushed him'). "
          "A pronoun inside the words reported votes only when nobody else was named since the sentence before: "
          "'Voss clashed with Tarrant. Voss said he had misled the board' tells nothing of Voss.",
      examples=['Kerrin Voss said the vote was lost.\n\nIn his reply, Remy Tarrant said the count was fair.\n\n'
                '"We will try again next year," she said.'],
      counter=['Kerrin Voss said the vote was lost.\n\nIn his reply, Remy Tarrant thanked her aides.\n\n'
               '"We will try again next year," she said.',
               'Senator Voss clashed with Remy Tarrant on Monday.\n\nVoss said he had misled the board.\n\n'
               '"It is over," she said.'])
def _gender_from_own_clauses(index: Mentions) -> dict[str, str] | None:
    doc, votes = index.doc, {}
    for m in index.mentions:
        if m.kind != "person" or m.pronoun or m.in_quote or not m.key.strip():
            continue
        subj = doc[m.end - 1]
        if subj.dep_ not in ("nsubj", "nsubjpass") or subj.head.pos_ not in ("VERB", "AUX"):
            continue
        clause = [t for t in subj.head.subtree if not index.quoted(t.idx)]
        if any(o.key != m.key and not o.pronoun for o in index.in_span(clause[0].i, clause[-1].i + 1, "person")):
            continue  # someone else named in the clause: the pronoun may be theirs
        verb, alone = subj.head, None
        for t in clause:
            if t.lower_ not in PRONOUN_GENDERS:
                continue
            reported = any(a.dep_ == "ccomp" and a.head.i == verb.i for a in t.ancestors)
            if reported:
                alone = not _someone_else_named_lately(index, m) if alone is None else alone
                if not alone:
                    continue  # 'Voss clashed with Tarrant. Voss said he had misled ...': the reported 'he' may be Tarrant
            said = reported and t.dep_ == "nsubj" and t.head.dep_ == "ccomp" and verb.lemma_.lower() in words("speech_verbs")
            if t.tag_ == "PRP$" or said:  # 'his reply', 'Ruiz said she was let down'; not an object ('Hale pushed him')
                votes.setdefault(m.key, set()).add(PRONOUN_GENDERS[t.lower_])
    return {key: genders.pop() for key, genders in votes.items() if len(genders) == 1} or None


def _someone_else_named_lately(index: Mentions, m: Mention) -> bool:
    """Whether a person other than `m`'s is named (not by a pronoun) from the start of the sentence before `m`'s up to `m`."""
    doc = index.doc
    k = sent_of(doc[m.start]).start - 1
    while k >= 0 and doc[k].is_space:
        k -= 1  # the paragraph break
    since = sent_of(doc[k]).start if k >= 0 else 0
    return any(o.key != m.key and not o.pronoun for o in index.in_span(since, m.start, "person"))


# ---------------------------------------------------------------------------------------
# Which resolution a pronoun gets (stage coref.pronoun)


def _resolve_pronouns(doc: Doc, index: Mentions, in_quote) -> None:
    """Every pronoun outside quotations that no mention covers yet, resolved by the first
    rule of stage `coref.pronoun` that answers."""
    tokens = tokens_of(doc)
    for i, lower in enumerate(columns_of(doc).lower):
        if lower not in RESOLVED_WORDS:
            continue
        tok = tokens[i]
        if in_quote(tok.idx) or index.at(tok):
            continue
        found = rules.first("coref.pronoun", tok, index)
        if found:
            index.add(found)


def _pronoun_mention(tok: Token, key: str | None, start: int | None = None) -> Mention | str:
    if not key:
        return UNRESOLVED
    return _mentions.Mention(tok.i if start is None else start, tok.i + 1, key, "person", pronoun=True)


def _person_pronoun(tok: Token) -> bool:
    return tok.lower_ in PERSON_PRONOUNS and tok.pos_ == "PRON"


@rule("coref.pronoun-after-unnamed-person", stage="coref.pronoun", priority=10, action="veto",
      why="'A ministry spokesman said ... He added', 'One old man, who would not give his name, says ... He said': he "
          "is the spokesman or the one the text does not name (data/unnamed_people.txt), not the person named before; "
          "not where a word tells the other gender ('a woman ... He said'), nor where the unnamed person spoke to or of "
          "someone as 'him' or 'her' ('A resident shouted at him. He said': he may be the one shouted at).",
      examples=['Tom Hale chairs the Tarrow board. A Tarrow spokesman said the plan was ready. He added: "It is late."',
                '"The pier will reopen soon," Mayor Tom Hale said.\n\nOne old man, who would not give his name, says he '
                'has waited on the quay since dawn. He said the boats were late.\n\n"There is no hope left," he said.',
                'Tom Hale chairs the Tarrow board.\n\nA Tarrow Rail spokesman said Hale had read out the bankers\' notes.\n\n'
                '"But what do the pier accounts show?" he asked. "The plan would sink the harbour fund."'],
      counter=['Tom Hale toured the Tarrow docks on Monday. Tarrow officials are wary of the plan.\n\n'
               '"We will build the new quay here," he said.',
               'Mayor Tom Hale visited the pier on Monday.\n\nA woman asked him about the new tax. He said it was fair. '
               '"Every boat will pay the same," he said.',
               'Mayor Tom Hale visited the pier on Monday.\n\nA resident shouted at him from the crowd. He smiled and said '
               'the tax was fair. "Every boat will pay the same," he said.'])
def _after_unnamed_person(tok: Token, index: Mentions) -> str | None:
    if _person_pronoun(tok) and unnamed_speaker_before(tok, index) is not None:
        return UNRESOLVED
    return None


@rule("coref.pronoun-subject-of-fronted-clause", stage="coref.pronoun", priority=20, action="resolve",
      why="'Before he resigned, Tom Hale had been ...': at a paragraph's start, the person its main clause names next.",
      examples=["Before he resigned in May, Tom Hale had led the Dunmore council for ten years."])
def _subject_of_fronted_clause(tok: Token, index: Mentions) -> Mention | None:
    if not _person_pronoun(tok):
        return None
    key = _named_after(tok, index, PRONOUN_GENDERS[tok.lower_])
    return _pronoun_mention(tok, key) if key else None


@rule("coref.possessive-unsure-past-a-later-name", stage="coref.pronoun", priority=25, action="veto",
      why="'Ben Orme will open the fair. It will honour the teacher who trained Tom Hale's choir. There was his tour "
          "of the north. His prize in 2008 ...': a possessive 'his' or 'her' whose best antecedent (the last subject) was "
          "last named sentences before another person of that gender named since is unsure: it stays unresolved, so a "
          "chain of such pronouns never carries the guess on (coref.unsure-someone-else-named-nearer judges only the "
          "sentence before) and no summary rewrites it to a name that may be the wrong one.",
      examples=["[2025-05-02] Ben Orme will open the fair on Friday.\n\nThe fair will honour the teacher who trained "
                "Tom Hale's choir.\n\nIn the good years, there was his tour of the north. His prize in the Tarrow contest "
                "in 2008 came later."],
      counter=["[2025-05-02] Ben Orme will open the fair on Friday.\n\nThe fair will honour the teacher who trained "
               "Ana Ruiz's choir.\n\nIn the good years, there was his tour of the north. His prize in the Tarrow contest "
               "in 2008 came later."])
def _possessive_unsure_past_a_later_name(tok: Token, index: Mentions) -> str | None:
    if not _person_pronoun(tok) or tok.tag_ != "PRP$":
        return None
    gender = PRONOUN_GENDERS[tok.lower_]
    key = antecedent(index, tok.i, gender)
    if not key:
        return None
    doc = tok.doc
    earlier = [m for m in index.in_span(max(0, tok.i - LOOK_BACK), tok.i, "person") if not m.in_quote]
    last = max((m.start for m in earlier if m.key == key), default=None)
    if last is None:
        return None
    since = sent_of(doc[last]).end
    later = [m for m in earlier if m.start >= since and not m.pronoun and m.key != key and not _other_gender(m, gender, index)]
    return UNRESOLVED if later else None


@rule("coref.pronoun-antecedent", stage="coref.pronoun", priority=30, action="resolve",
      why="He / she / his / her: the person last named as a subject before it (see stage coref.antecedent).",
      examples=['Tom Hale opened the Dunmore bridge on Monday. "It is late," he said.'])
def _person_pronoun_antecedent(tok: Token, index: Mentions) -> Mention | str | None:
    if not _person_pronoun(tok):
        return None
    return _pronoun_mention(tok, antecedent(index, tok.i, PRONOUN_GENDERS[tok.lower_]))


@rule("coref.relative-pronoun", stage="coref.pronoun", priority=40, action="resolve",
      why="'Ana Ruiz, who said ...': the person the relative clause hangs from, or the name beside it.",
      examples=["The plan was opposed by Ana Ruiz, who is the Dunmore finance minister."])
def _relative_pronoun(tok: Token, index: Mentions) -> Mention | str | None:
    if tok.lower_ not in RELATIVE_PRONOUNS or tok.head.dep_ != "relcl":
        return None
    noun = tok.head.head
    m = index.at(noun)
    if m is None:
        m = _relative_named_beside(tok, noun, index)
    return _pronoun_mention(tok, m.key if m and m.kind == "person" else None)


@rule("coref.relative-pronoun-name-beside", stage="coref.relative", priority=10, action="resolve",
      why="'one of its two members, Ana Ruiz, who is now deputy leader': the name in apposition; 'as well as Ana "
          "Ruiz, a retired senator who ran ...': the name a noun is set beside, whatever place the parse gives that "
          "name in its sentence (joined by 'as well as', an object, a subject).",
      examples=["His son Tom, a Dunmore vicar, who praised the plan, spoke first.",
                "[2025-08-12] The leaked files also included emails from dozens of Republican donors, as well as "
                "Republican Ana Ruiz, a retired senator who ran for governor in 2012."])
def _relative_named_beside(tok: Token, noun: Token, index: Mentions) -> Mention | None:
    named = [c for c in noun.children if c.dep_ == "appos" and c.i < tok.i and index.at(c)]
    if not named and noun.dep_ == "appos":  # "his son Theo, a trainee vicar, who praised": Theo, the vicar
        named = [
            c for c in [noun.head, *noun.head.children]  # the name itself, whatever the parse calls its place
            if (c == noun.head or c.dep_ in ("appos", "pobj", "nsubj", "dobj")) and c.i < noun.i and index.at(c)
        ]
    return index.at(named[-1]) if named else None


@rule("coref.whose", stage="coref.pronoun", priority=50, action="resolve",
      why="'Tom Hale, whose retirement was announced': the person the clause hangs from.",
      examples=["The board thanked Tom Hale, whose retirement was announced on Monday."])
def _whose(tok: Token, index: Mentions) -> Mention | str | None:
    if tok.lower_ != "whose" or tok.head.head.dep_ != "relcl":
        return None
    m = index.at(tok.head.head.head)
    return _pronoun_mention(tok, m.key if m and m.kind == "person" else None)


@rule("coref.age-description", stage="coref.pronoun", priority=60, action="resolve",
      why="'the 71-year-old said': the person named before, the whole description a mention of them.",
      examples=['Tom Hale won the Dunmore race. "I am tired," the 71-year-old said.'])
def _age_description_person(tok: Token, index: Mentions) -> Mention | str | None:
    if tok.lower_ != "old" or (start := _age_description(tok)) is None:
        return None
    return _pronoun_mention(tok, antecedent(index, start), start)


def _age_description(old: Token) -> int | None:
    """Where "the 71-year-old" starts, when it stands for a person (followed by a verb or a
    comma), else None."""
    doc, i = old.doc, old.i
    if i < 5 or "".join(t.text for t in doc[i - 3 : i]) != "-year-" or not doc[i - 4].like_num or doc[i - 5].lower_ != "the":
        return None
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return i - 5 if nxt is not None and (nxt.pos_ in ("VERB", "AUX") or nxt.text == ",") else None


def unnamed_speaker_before(pronoun: Token, index: Mentions) -> Token | None:
    """"A Transport Office spokesman said ... He added", "One old man says ... He said": the unnamed
    spokesperson or person the sentence before has as its subject, whom a pronoun subject of this
    sentence's main verb means."""
    sent = sent_of(pronoun)
    if pronoun.dep_ not in SUBJECT_DEPS or pronoun.head != sent.root or sent.start == 0:
        return None
    prev = sent_of(pronoun.doc[sent.start - 1])
    while prev.start and all(t.is_punct or t.is_space or index.quoted(t.idx) for t in prev):
        prev = sent_of(pronoun.doc[prev.start - 1])  # '"What does it show?" he asked.': the quotation's own sentence, passed
    subj = next((c for c in prev.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is not None and index.quoted(subj.idx):
        return None  # '"No other official was involved." He suggested': the quotation's words
    if subj is not None and subj.lower_ in PERSON_PRONOUNS and index.at(subj) is None:
        return unnamed_speaker_before(subj, index)  # "A spokesman said ... He said ... he added"
    # the spokesperson, or a subject the parse hangs one under ("A Department for Roads spokeswoman")
    if subj is None:
        return None
    spokesperson = any(t.lemma_.lower() in SPOKESPEOPLE and t.pos_ == "NOUN" for t in subj.subtree)
    brought_in = any(c.dep_ in ("det", "nummod") and c.lower_ in words("indefinite_words") for c in subj.children)
    if not spokesperson and not (subj.pos_ == "NOUN" and subj.lemma_.lower() in UNNAMED_PEOPLE and brought_in):
        return None  # not 'the migrant deal' ('migrant' only tells what deal), nor 'the local resident' (one named before)
    if subj.tag_ == "NNS":
        return None  # "Tarrow officials are wary ... he said": "he" is no one of several officials
    told = {pairs("gendered_words").get(t.lower_) for t in subj.subtree} - {None}
    if told and PRONOUN_GENDERS.get(pronoun.lower_) not in (None, *told):
        return None  # "A woman asked him about it. He said": not the woman
    if not spokesperson and any(not m.pronoun and not m.in_quote for m in index.in_span(prev.start, prev.end, "person")):
        return None  # 'the owner said his sister, Lucy, stayed. She ...': one named beside the unnamed person
    inside = {t.i for t in subj.subtree}
    if not spokesperson and any(t.lower_ in ("him", "her") and t.dep_ in ("dobj", "pobj", "dative") and t.i not in inside
                                for t in prev):
        return None  # 'A resident shouted at him. He said': 'he' may well be the one shouted at, named before
    if (
        any(not m.pronoun for m in index.in_span(subj.left_edge.i, subj.right_edge.i + 1, "person"))
        or any(not m.in_quote for m in index.in_span(sent.start, pronoun.i, "person"))
    ):
        return None  # "A spokesman, Jo Bloggs, said"; "X said ... He" (not 'a man, who gave his name, said')
    return subj


def _named_after(pronoun: Token, index: Mentions, gender: str | None) -> str | None:
    """"Before he resigned ..., Jo Bloggs had been": the subject of a clause fronted at the start
    of a paragraph is the person its main clause names next (nobody is named before it there)."""
    clause = pronoun.head
    sent = sent_of(pronoun)
    if (
        pronoun.dep_ not in SUBJECT_DEPS
        or clause.dep_ != "advcl"
        or clause.head != sent.root
        or sent.start and "\n" not in pronoun.doc[sent.start - 1].text_with_ws
    ):
        return None
    subj = next((c for c in sent.root.children if c.dep_ in SUBJECT_DEPS and c.i > clause.right_edge.i), None)
    m = index.at(subj) if subj is not None else None
    if m is None or m.kind != "person" or m.pronoun or index.in_span(sent.start, pronoun.i, "person"):
        return None
    return m.key if gender is None or index.genders.get(m.key, gender) == gender else None


# ---------------------------------------------------------------------------------------
# The antecedent: a look-back over the people named before (stage coref.antecedent)

Verdict = Literal["take", "hold", "pass"]


@dataclass(frozen=True)
class _Pronoun:
    """The pronoun an antecedent is sought for, as the verdict rules need it."""

    token: Token | None
    main: bool  # the subject of its sentence's main verb
    own: Span | None  # its sentence
    index: Mentions | None = None


def antecedent(index: Mentions, before: int, gender: str | None = None) -> str | None:
    """The person a pronoun at token `before` most likely means: the last one named as
    a subject, else the last one named, outside quotations and within a few sentences;
    never one whose name or honorific says another gender ("she" is not "Mr X")."""
    doc = index.doc
    token = doc[before] if before < len(doc) else None
    main = token is not None and token.dep_ in SUBJECT_DEPS and token.head.dep_ == "ROOT"
    pronoun = _Pronoun(token, main, sent_of(token) if token is not None else None, index)
    fallback = None
    subject: Mention | None = None  # the last subject of a subordinate clause
    passed: set[str] = set()  # "X would lead the campaign, he said": he is not X
    for m in reversed(_named_before(index, max(0, before - LOOK_BACK), before)):
        if subject is not None and m.start < sent_of(doc[subject.start]).start:
            return subject.key  # nobody named as a main subject in that sentence
        if m.kind != "person" or m.in_quote or m.key in passed:
            continue
        if gender is not None and (_other_gender(m, gender, index) or _meant_by_the_other_gender(m.key, gender, before, index)):
            continue
        if _name_beside_another_name(m, index):
            continue
        verdict = _verdict(m, pronoun, index)
        if verdict == "take":
            return m.key
        if verdict == "pass":
            passed.add(m.key)
            continue
        if verdict == "hold":
            subject = subject or m
        fallback = fallback or m.key
    return subject.key if subject is not None else fallback


def _named_before(index: Mentions, limit: int, before: int) -> list[Mention]:
    """The mentions starting at tokens limit <= i < before, in order, with the titles
    standing for someone among them."""
    earlier = index.in_span(limit, before)
    titled = _titles_standing_for_people(index, limit, before) if index.described else None
    return sorted(earlier + titled, key=lambda m: m.start) if titled else earlier


@rule("coref.antecedent-title-standing-for-someone", stage="coref.lookback", priority=10, action="resolve",
      why="'The party chairman replied ... He added': a title standing for someone is a mention of them.",
      examples=['Tom Hale is the Dunmore Party chairman. On Monday Kerrin Voss spoke first. The party chairman replied at once. "The vote was lost," he said.'])
def _titles_standing_for_people(index: Mentions, limit: int, before: int) -> list[Mention] | None:
    titled = index._described_between(limit, before)
    return [_mentions.Mention(i, i + 1, key, "person", True, False) for i, key in titled] or None


@rule("coref.antecedent-other-gender", stage="coref.lookback", priority=20, action="veto",
      why="'she' is not 'Mr Tarrow': a person whose honorific or given name says another gender is passed over.",
      examples=['Tom Hale met Ana Ruiz in Dunmore. "We disagreed," she said.'])
def _other_gender(m: Mention, gender: str, index: Mentions) -> bool | None:
    return index.genders.get(m.key, gender) != gender or None


@rule("coref.antecedent-meant-by-a-pronoun-of-the-other-gender", stage="coref.lookback", priority=25, action="veto",
      why="'Voss said he would stay. He thanked ... \"...,\" she said': a person whom two subject pronouns of one gender "
          "shortly before meant, and none of the other, is passed over by a pronoun of the other gender.",
      examples=['Dariel Voss and Ana Ruiz spoke on Monday.\n\nVoss won the seat. He thanked the staff for their '
                'work. He then left.\n\n“We lost the vote,” she said.'],
      counter=['Dariel Voss and Ana Ruiz spoke on Monday.\n\nVoss said she would stay on. She thanked the staff for their '
               'work.\n\n“We lost the vote,” she said.',
               'Dariel Voss and Ana Ruiz spoke on Monday.\n\nVoss said he would stay on. Voss thanked the staff for their '
               'work.\n\n“We lost the vote,” she said.',
               'Dariel Voss and Ana Ruiz spoke on Monday.\n\nVoss said he would stay on. She thanked the staff for their '
               'work.\n\n“We lost the vote,” she said.'])
def _meant_by_the_other_gender(key: str, gender: str, before: int, index: Mentions) -> bool | None:
    doc = index.doc
    told = [PRONOUN_GENDERS.get(doc[m.start].lower_) for m in index.in_span(max(0, before - LOOK_BACK), before, "person")
            if m.pronoun and m.key == key and m.end - m.start == 1 and doc[m.start].dep_ in SUBJECT_DEPS]
    other = sum(1 for g in told if g is not None and g != gender)
    return True if other >= 2 and gender not in told else None  # one stray guess is no evidence


@rule("coref.antecedent-name-set-beside-another-name", stage="coref.lookback", priority=27, action="veto",
      why="'Ana Ruiz, a teacher at Tarrow College (TC), Dunmore, said ... she said': a one-word name written only there, "
          "with no honorific, that the parse set in apposition to another person's name after a description (a place or "
          "campus) is not someone a later pronoun means; the name it stands beside is.",
      examples=['Ana Ruiz, a teacher of music at the College of Tarrow (CT), Dunmore, said that the choir had won.\n\n'
                '“Singers are committed to harmony,” she said.'],
      counter=['Ana Ruiz, a teacher of music at the College of Tarrow, said that the choir had won.\n\n'
               '“Singers are committed to harmony,” she said.'])
def _name_beside_another_name(m: Mention, index: Mentions) -> bool | None:
    if m.pronoun or m.end - m.start != 1:
        return None
    tok, entity = index.doc[m.start], index.entities.get(m.key)
    if tok.dep_ != "appos" or tok.head.i >= tok.i - 3 or entity is None or not entity.partial or entity.addressed:
        return None  # a name given in full or with an honorific elsewhere ("Mr. Hale") is someone
    if sum(1 for x in index.in_span(0, len(index.doc), "person") if x.key == m.key and not x.pronoun) > 1:
        return None
    other = index.at(tok.head)
    return other is not None and other.kind == "person" and not other.pronoun and other.key != m.key or None


def _verdict(m: Mention, pronoun: _Pronoun, index: Mentions) -> Verdict | None:
    """What a person named before the pronoun is to it: the one it means (take), a subject of
    a subordinate clause, taken if nobody better is named in that sentence (hold), the one
    whose words it reports (pass), or else (None) only a fallback."""
    root = _clause_role(index.doc[m.start : m.end].root, m)
    if not _subject(root) and root.dep_ not in ("pobj", "dobj", "poss"):
        return None
    return rules.first("coref.antecedent", m, root, pronoun)


def _clause_role(root: Token, m: Mention) -> Token:
    """The token whose place in the clause is the mention's: the name itself, or the noun it
    stands beside."""
    if root.dep_ == "appos" or root.dep_ == "compound":
        root = _through_apposition(root) or root
    if root.dep_ == "compound":
        root = _through_dash(root, m) or root
    if root.dep_ == "conj":
        root = _joined_to_a_title_subject(root) or root
    return root


@rule("coref.antecedent-name-joined-to-a-title-subject", stage="coref.lookback", priority=35, action="resolve",
      why="'\"...,\" flood victim and campaigner Tom Hale said', parsed with the name joined by 'and' to the first title "
          "noun as if a second subject: the name is the subject, the one a later pronoun means.",
      examples=['Mayor Ben Orme landed on Sunday.\n\n"I think it is causing a lot of pain," flood victim and campaigner '
                'Tom Hale said of the visit.\n\n"Healing will take a long, long time," he told the agency.'],
      counter=['Mayor Ben Orme landed on Sunday.\n\n"I think it is causing a lot of pain," flood victim Tom Hale said of the '
               'visit.\n\n"Healing will take a long, long time," he told the agency.'])
def _joined_to_a_title_subject(root: Token) -> Token | None:
    head = root.head
    if root.pos_ != "PROPN" or head.pos_ != "NOUN" or head.dep_ not in SUBJECT_DEPS or head.i > root.i:
        return None
    if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ == "PERSON" for t in head.subtree if t.i < root.i and t.i not in
           {c.i for c in root.subtree}):
        return None  # "the mayor of Dunmore and Tom Hale": a second person or place named first
    return head


@rule("coref.antecedent-through-apposition", stage="coref.lookback", priority=30, action="resolve",
      why="'Tom Hale, the minister, said' and 'Dunmore frontbencher Tom Hale MP said': the name's clause role is its head's.",
      examples=['Dunmore frontbencher Tom Hale MP demanded a vote after Kerrin Voss spoke. "It is late," he said.'])
def _through_apposition(root: Token) -> Token | None:
    if root.dep_ == "appos" or root.dep_ == "compound" and _mentions.title_word(root.head):
        return root.head
    return None


@rule("coref.antecedent-name-before-dash", stage="coref.lookback", priority=40, action="resolve",
      why="'Tom Hale - Rovers owner - said', parsed with the owner as the subject: the name is.",
      examples=['Kerrin Voss left early. Tom Hale - Rovers owner - said it was over. "We are sorry," he said.'])
def _through_dash(root: Token, m: Mention) -> Token | None:
    doc = root.doc
    if m.end >= len(doc) or doc[m.end].text not in DASH_TEXTS:
        return None
    head = root
    while head.dep_ in ("compound", "poss") and head.head.i != head.i:
        head = head.head
    return head if head.dep_ in SUBJECT_DEPS else None


def _subject(root: Token) -> bool:
    """Whether the token stands as a clause's subject (or as one parsed as a compound of its verb)."""
    return (
        root.dep_ in SUBJECT_DEPS or _compound_of_verb(root) is True or _modifier_of_verb(root) is True
        or _head_of_its_verb(root) is True or _named_by_a_copula(root) is True
    )


@rule("coref.antecedent-name-parsed-as-head-of-its-verb", stage="coref.lookback", priority=60, action="resolve",
      why="'Tom Hale, a historian, called on the board to quit', parsed with the name heading its clause and the verb after "
          "its description hung on it as a modifier: the name is that verb's subject, the one a later pronoun means.",
      examples=['Ben Orme spoke first. Tom Hale, a historian, called on the board to quit.\n\n"We were lied to," he wrote.'],
      counter=['Ben Orme spoke first. Tom Hale, a historian, wrote to the board on Monday.\n\n"We were lied to," he wrote.'])
def _head_of_its_verb(root: Token) -> bool | None:
    if root.dep_ not in ("ROOT", "conj") or root.pos_ != "PROPN" or root.dep_ == "conj" and root.head.pos_ not in ("VERB", "AUX"):
        return None
    described = next((c for c in root.children if c.dep_ == "appos" and c.i > root.i), None)
    verb = next((c for c in root.children if c.dep_ == "acl" and c.tag_ in ("VBD", "VBN")), None)
    if described is None or verb is None or verb.i < described.i or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    return root.doc[verb.i - 1].text == "," or None


@rule("coref.antecedent-name-a-copula-brings-in", stage="coref.lookback", priority=65, action="resolve",
      why="'One critic is Ben Tarrow, a bus driver. \"...,\" he says': a name after 'is' whose subject is a noun describing a "
          "role in the story ('one opponent', 'another critic') brings that person in as the sentence's subject would, and a "
          "pronoun after it means that person, not a subject named further back.",
      examples=['Tom Orme, head of the Dunmore Road Club, backs the toll.\n\nBut critics worry about the cost. One critic is '
                'Ben Tarrow, a bus driver in Dunmore.\n\n"The toll will hit the poorest drivers first," he says, "and they '
                'have no other road."'],
      counter=['Tom Orme, head of the Dunmore Road Club, backs the toll.\n\nBut critics worry about the cost. One reason is '
               'the price.\n\n"The toll will hit the poorest drivers first," he says, "and they have no other road."'])
def _named_by_a_copula(root: Token) -> bool | None:
    head = root.head
    if root.dep_ != "attr" or root.pos_ != "PROPN" or head.lemma_ != "be":
        return None
    subj = next((c for c in head.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.pos_ == "NOUN" and subj.i < head.i < root.i) or None


@rule("coref.antecedent-name-parsed-as-compound-of-verb", stage="coref.lookback", priority=50, action="resolve",
      why="'Tarrow bristles at the idea', parsed with the name a compound of the finite verb right after it: the name is its subject.",
      examples=['Ben Tarrow is running for the seat in Dunmore.\n\n"He has no money," said Tom Hale, a professor.\n\nTarrow bristles at the claim that he is not ready. "I have raised all I need," he said.'])
def _compound_of_verb(root: Token) -> bool | None:
    head = root.head
    return (
        root.dep_ == "compound"
        and head.i == root.i + 1
        and head.tag_ in ("VBZ", "VBD")
        and not any(c.dep_ in SUBJECT_DEPS for c in head.children)
    ) or None


@rule("coref.antecedent-name-parsed-as-modifier-of-verb", stage="coref.lookback", priority=55, action="resolve",
      why="'Long on Wednesday said the loan was repaid', parsed with a surname opening the sentence as an adverb of the"
          " verb after it, which has no subject: the name is its subject, not a name said before.",
      examples=['Ralf Long lent money to Ian Moss and his wife.\n\nProsecutors said Moss had concealed the loan.\n\n'
                'Long on Wednesday said the loan was made in full before Moss’s arrest. “I then asked for the funds back,'
                ' but no one has replied,” he said.'])
def _modifier_of_verb(root: Token) -> bool | None:
    head = root.head
    return (
        root.dep_ in ("advmod", "npadvmod")
        and root.i == sent_of(root).start
        and 0 < head.i - root.i <= 4
        and head.tag_ in ("VBZ", "VBD")
        and not any(c.dep_ in SUBJECT_DEPS for c in head.children)
    ) or None


@rule("coref.antecedent-owner-of-a-whose-clause", stage="coref.antecedent", priority=5, action="resolve",
      why="'could be swayed by Tom Hale, whose staff said he would be abroad': a pronoun inside a clause opened by "
          "'whose' is the person the clause hangs on, not someone named sentences before.",
      examples=['Ben Tarrow will face a ballot on Saturday. The result could be swayed by Senator Tom Hale, whose staff '
                'said on Thursday that he told them: "I will be at a wedding that day."'])
def _owner_of_whose_clause(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok = pronoun.token
    clause = next((c for c in root.children if c.dep_ == "relcl"), None)
    if tok is None or clause is None or not clause.is_ancestor(tok):
        return None
    opened = any(t.lower_ == "whose" and t.i < tok.i for t in clause.subtree)
    return "take" if opened else None


@rule("coref.antecedent-object-of-for-before-said", stage="coref.antecedent", priority=10, action="resolve",
      why="'For the party Tom Hale said: ...', parsed with the name the object of 'for': the speaker.",
      examples=['Kerrin Voss arrived. In a speech to the Dunmore Centre Tom Hale said the vote was lost. He added: "It is over."'],
      counter=['Tom Hale chairs the board. Those who have worked with Ben Orme say the vote was lost. "It is over," he said.'])
def _object_before_said(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    doc = root.doc
    verb = doc[m.end] if m.end < len(doc) else None
    said = verb is not None and verb.dep_ == "ROOT" and verb.lemma_.lower() in words("speech_verbs")
    return "take" if said and root.dep_ == "pobj" and not _verb_between(root, verb) else None


def _verb_between(tok: Token, verb: Token) -> bool:
    """Whether a verb of its own stands between `tok` and `verb` it hangs under ('Those who worked
    with Hale say': Hale is the object of 'worked', in the subject's clause, not misparsed)."""
    head = tok.head
    while head.i != verb.i and head.head.i != head.i:
        if head.pos_ in ("VERB", "AUX"):
            return True
        head = head.head
    return False


@rule("coref.antecedent-not-the-one-a-teller-reports", stage="coref.antecedent", priority=15, action="veto",
      why="'If the vote is held, Hale said, Orme would lead it. \"...,\" he said': the subject of a main clause that a named "
          "teller's verb of saying, set inside it, reports is not the one a later pronoun subject of a verb of saying means; "
          "the teller, who spoke, is.",
      examples=['Ben Orme runs the board. If the vote is held, Tom Hale said, Orme would be the best man to lead it.\n\n'
                '"I will not stand in his way," he said.'],
      counter=['Ben Orme runs the board. If the vote is held, Tom Hale said, Orme would be the best man to lead it.\n\n'
               'Later he left the room.'])
def _not_the_one_a_teller_reports(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, index = pronoun.token, pronoun.index
    if tok is None or index is None or not pronoun.main or pronoun.own is None or m.start >= pronoun.own.start:
        return None
    if root.dep_ not in SUBJECT_DEPS or tok.head.lemma_.lower() not in words("speech_verbs"):
        return None
    said = next((c for c in root.head.children if c.dep_ == "parataxis" and c.lemma_.lower() in words("speech_verbs")), None)
    teller = next((c for c in said.children if c.dep_ in SUBJECT_DEPS), None) if said is not None else None
    told = index.at(teller) if teller is not None else None
    return "pass" if told is not None and told.kind == "person" and told.key != m.key and not told.in_quote else None


@rule("coref.antecedent-not-one-its-quotation-names", stage="coref.antecedent", priority=12, action="veto",
      why="'A backer said he thought Ben Orme was wrong.\n\n\"Councillor Orme has changed his mind,\" he said.': one the "
          "quotation a pronoun's verb of saying attributes names by name, outside the first person, is talked about, not "
          "the speaker.",
      examples=['The mayor’s allies held their fire. On Tarrow Radio, one harbour backer said he thought Ben Orme was the '
                'real culprit.\n\n“Councillor Orme has apparently switched sides on the pier,” he said.'],
      counter=['The mayor’s allies held their fire. On Tarrow Radio, one harbour backer said he thought Ben Orme was the '
               'real culprit.\n\n“The council has apparently switched sides on the pier,” he said.'])
def _not_one_its_quotation_names(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, index, own = pronoun.token, pronoun.index, pronoun.own
    if tok is None or index is None or own is None or tok.dep_ not in SUBJECT_DEPS or tok.head.lemma_.lower() not in words("speech_verbs"):
        return None
    doc = tok.doc
    quoted = [(a, b) for a, b in doc._.quote_chars or [] if own.start_char <= a and b <= own.end_char]
    named = any(
        o.key == m.key and not o.pronoun and any(a <= doc[o.start].idx < b for a, b in quoted)
        for o in index.in_span(own.start, own.end, "person"))
    return "pass" if named else None


@rule("coref.antecedent-main-clause-subject", stage="coref.antecedent", priority=20, action="resolve",
      why="'Tom Hale said Ana Ruiz had considered it. He added ...': the main clause's subject.",
      examples=['Tom Hale said Kerrin Voss had considered it. "It is late," he added.'])
def _main_clause_subject(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    return "take" if _subject(root) and root.head.dep_ == "ROOT" else None


@rule("coref.antecedent-the-voice-of-the-paragraph-before", stage="coref.antecedent", priority=8, action="resolve",
      why="'For critics like Mr. Hale, the plan is a mistake.\\n\\n\"...,\" he writes.': a pronoun subject with no one named "
          "before it in its own paragraph means the one person the paragraph before names (outside quotations), when that "
          "person has already spoken (a speech verb's subject) in the story, rather than someone named as a subject further back.",
      examples=['Ben Tarrow said the pier would close in May.\n\n“The pier costs more than it earns,” wrote Tom Hale, a '
                'harbour board member, in a letter. “Close it now.”\n\nTarrow said the vote was set for Monday.\n\n'
                'For critics like Mr. Hale, the closure is a loss for the town.\n\n“We are poorer for it in every way,” he writes.'],
      counter=['Ben Tarrow said the pier would close in May.\n\nTom Hale, a harbour board member, runs a cafe there.\n\n'
               'Tarrow said the vote was set for Monday.\n\nFor cafe owners like Mr. Hale, the closure is a loss.\n\n'
               '“We are poorer for it in every way,” he said.'])
def _voice_of_the_paragraph_before(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, index = pronoun.token, pronoun.index
    if tok is None or index is None or not pronoun.main or _subject(root):
        return None  # a subject is taken by the rules after
    doc = tok.doc
    bounds = _paragraph_before(tok)
    if bounds is None:
        return None
    before, end, here = bounds
    people = _people_named_between(index, before, tok.idx)
    if not before <= doc[m.start].idx < end or {o.key for o in people} != {m.key} or any(doc[o.start].idx >= here for o in people):
        return None  # the one person named in the paragraph before, no one named in the pronoun's own before it
    return "take" if _spoke_before(m.key, m.start, index.mentions, doc) else None


def _people_named_between(index: Mentions, start: int, end: int) -> list[Mention]:
    """The people named outside quotations from character `start` to `end`."""
    doc = index.doc
    return [o for o in index.mentions if o.kind == "person" and not o.in_quote and start <= doc[o.start].idx < end]


def _spoke_before(key: str, before: int, mentions: list[Mention], doc: Doc) -> bool:
    """Whether one of `mentions` names `key`, before token `before` and outside quotations, as a speech verb's subject."""
    return any(
        o.key == key and o.start < before and not o.in_quote and (name := doc[o.start : o.end].root).dep_ == "nsubj"
        and name.head.lemma_.lower() in words("speech_verbs")
        for o in mentions)


def _paragraph_before(tok: Token) -> tuple[int, int, int] | None:
    """Where the paragraph before `tok`'s begins and ends, and where `tok`'s own begins (character offsets)."""
    doc = tok.doc
    text = text_of(doc)
    here = line_start(doc, tok.idx)
    end = here - 1
    while end > 0 and text[end - 1] == "\n":
        end -= 1
    return (line_start(doc, end - 1), end, here) if end > 0 else None


@rule("coref.antecedent-named-alone-in-a-verbless-sentence-before", stage="coref.antecedent", priority=9, action="resolve",
      why="'Her aides had nothing to worry about. At least not from Marr.\n\n\"...,\" he told the crowd.': a pronoun subject "
          "opening its paragraph, where the paragraph before ends in a sentence without a verb that names one person (a "
          "fragment that turns the story to them), means that person, not someone named as a subject further back.",
      examples=['Campaign manager Tom Hale said the rally had gone well.\n\nRuiz’s aides had nothing to worry about. At '
                'least not from Ben Marr.\n\n“I am proud to stand with her,” he told the crowd.'],
      counter=['Campaign manager Tom Hale said the rally had gone well.\n\nRuiz’s aides had nothing to worry about from '
               'Ben Marr.\n\n“I am proud to stand with her,” he told the crowd.'])
def _named_alone_in_a_verbless_sentence_before(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, index = pronoun.token, pronoun.index
    if tok is None or index is None or not pronoun.main or (bounds := _paragraph_before(tok)) is None:
        return None
    doc = tok.doc
    before, end, here = bounds
    last = sent_of(doc[m.start])
    if not before <= last.start_char or text_of(doc)[last.end_char : end].strip() or any(t.pos_ in ("VERB", "AUX") for t in last):
        return None  # the name is not in a sentence without a verb that closes the paragraph before
    named = _people_named_between(index, last.start_char, tok.idx)
    return "take" if {o.key for o in named} == {m.key} else None


@rule("coref.antecedent-not-a-title-inside-anothers-account", stage="coref.antecedent", priority=7, action="veto",
      why="'But referee Tom Hale said the ban stands. He said ... Besides, the coach may still train the squad.\n\n"
          "\"...,\" he concluded.': a bare title ('the coach') in the paragraph before, in a paragraph whose one "
          "named person tells it with a verb of saying, is part of that account, not the one the pronoun means; a pronoun "
          "that opens its paragraph's telling means the teller.",
      examples=['Coach Dan Orme said on Friday that he will fight the ban the league handed his club.\n\nBut referee Tom Hale '
                'said the ban stands. He said the rulebook lets the league act on any report it gets. Besides, the coach may '
                'still train the squad.\n\n“No rule was bent in this case,” he concluded.'],
      counter=['Judge Tom Hale ruled on the levy on Monday.\n\nMayor Dan Orme read the ruling. Later the mayor spoke to the '
               'press.\n\n“We will appeal this ruling,” he said.'])
def _not_a_title_inside_anothers_account(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, index = pronoun.token, pronoun.index
    if tok is None or index is None or not pronoun.main or not m.pronoun:
        return None
    doc = tok.doc
    if not _mentions.title_word(doc[m.start]) or (bounds := _paragraph_before(tok)) is None:
        return None  # a bare title standing for someone (rule coref.antecedent-title-standing-for-someone)
    before, end, here = bounds
    if not before <= doc[m.start].idx < end:
        return None
    named = _people_named_between(index, before, tok.idx)
    if any(doc[o.start].idx >= here for o in named) or len({o.key for o in named} - {m.key}) != 1:
        return None  # no one named in the pronoun's own paragraph before it; one other person in the paragraph before
    teller = next(o for o in named if o.key != m.key)
    return "pass" if _spoke_before(teller.key, m.start, named, doc) else None


@rule("coref.antecedent-agent-of-a-passive", stage="coref.antecedent", priority=25, action="resolve",
      why="'The ruling was praised by Tom Hale, a professor at Dunmore. \"...,\" he said': the person after 'by' of a passive "
          "main verb whose subject is a thing, not a person, is the one who acts (hails, praises), for a pronoun subject of a "
          "later sentence, not someone named as a subject further back.",
      examples=['The farmers will appeal, Ben Tarrow told the paper.\n\nThe ruling was praised by Tom Hale, head of the Centre '
                'for School Data at the University of Dunmore at Tarrow.\n\n“I was struck by how firm it was,” he said.'],
      counter=['The farmers will appeal, Ben Tarrow told the paper.\n\nBen Tarrow was praised by Tom Hale, head of the Centre '
               'for School Data at the University of Dunmore at Tarrow.\n\n“I was struck by how firm it was,” he said.'])
def _agent_of_a_passive(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    if root.dep_ != "pobj" or root.head.dep_ != "agent" or not pronoun.main or pronoun.own is None or m.start >= pronoun.own.start:
        return None
    verb = root.head.head
    if verb.dep_ != "ROOT":
        return None
    passive = next((c for c in verb.children if c.dep_ == "nsubjpass"), None)
    if passive is None or passive.pos_ in ("PRON", "PROPN") or _mentions.title_word(passive) or passive.ent_type_ == "PERSON":
        return None  # 'Hale was hailed by Voss ... he said': he may be either
    return "take"


@rule("coref.antecedent-subject-of-enclosing-clause", stage="coref.antecedent", priority=30, action="resolve",
      why="'it alleges that Hale told Voss he would step down': the subject whose clause holds the pronoun's (not 'Hale made him leader').",
      examples=["The report says Tom Hale told the board that after Kerrin Voss had left he praised the plan."])
def _subject_of_enclosing_clause(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok = pronoun.token
    if not _subject(root) or tok is None or pronoun.main:
        return None
    return "take" if root.head.is_ancestor(tok) and not _bound_locally(tok, root.head) else None


@rule("coref.antecedent-fronted-clause-subject", stage="coref.antecedent", priority=35, action="resolve",
      why="'Though the judge, Tom Hale, declined the motion, he said ...': the subject of a clause fronted before the pronoun's own verb "
          "(with its 'though', 'after', 'when'), which names nobody else by a pronoun.",
      examples=['Ben Tarrow asked for mercy. Though the judge, Colonel Tom Hale, declined to dismiss the case, he said on Tuesday, "We shall read every letter."'],
      counter=['Tom Hale spoke first. When Lena Park asked him, she said: "We will wait."'])
def _fronted_clause_subject(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, clause = pronoun.token, root.head
    if tok is None or not pronoun.main or not _subject(root) or clause.dep_ != "advcl" or clause.head != tok.head:
        return None
    if clause.i > tok.i or not any(c.dep_ == "mark" for c in clause.children) or not _finite(clause):
        return None
    others = any(t.lower_ in PRONOUN_GENDERS for t in clause.subtree)  # 'When Ruiz asked him, he said': he is not Ruiz
    return "take" if not others else None


@rule("coref.antecedent-owner-of-a-fronted-clause-subject", stage="coref.antecedent", priority=36, action="resolve",
      why="'Although Hale's firm lost the case, he ...': the one whose body or thing is the subject of a clause fronted "
          "before the pronoun's own verb (with its 'although', 'after', 'because') is the one the pronoun means, not "
          "someone named as a subject sentences before; not when what is owned is a person ('After Hale's lawyer filed the appeal, he ...': "
          "'he' may be the lawyer).",
      examples=['Ben Orme runs the ferry board. “The boats are old,” he said in March.\n\nAlthough Tom Hale’s government lost '
                'the harbour vote, he said on Monday that the board had “broken every promise it ever gave us.”'],
      counter=['Ben Orme runs the ferry board. “The boats are old,” he said in March.\n\nAlthough Tom Hale’s government told '
               'him about the harbour vote, he said on Monday that the board had “broken every promise it ever gave us.”',
               'Ben Orme runs the ferry board. “The boats are old,” he said in March.\n\nAlthough Tom Hale’s lawyer lost '
               'the harbour case, he said on Monday that the board had “broken every promise it ever gave us.”'])
def _owner_of_a_fronted_clause_subject(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok, owned = pronoun.token, root.head
    if tok is None or not pronoun.main or root.dep_ != "poss" or owned.dep_ not in ("nsubj", "nsubjpass"):
        return None
    if _mentions.title_word(owned) or owned.lemma_.lower() in PERSON_NOUNS:
        return None  # 'After Hale's lawyer filed the appeal, he said': the lawyer may be the one who said it
    clause = owned.head
    if clause.dep_ != "advcl" or clause.head != tok.head or clause.i > tok.i or not _finite(clause):
        return None
    if not any(c.dep_ == "mark" for c in clause.children):
        return None
    others = any(t.lower_ in PRONOUN_GENDERS for t in clause.subtree)  # 'Although Hale's aides told him, he ...'
    return "take" if not others else None


@rule("coref.antecedent-subordinate-subject", stage="coref.antecedent", priority=40, action="resolve",
      why="'Asked if Hale could return, he replied': the subject of a subordinate clause, if no main subject is named in its sentence (not 'could picture Hale walking').",
      examples=["Ana Ruiz was in Dunmore. When Tom Hale arrived, Ruiz's aides left. In May he resigned."])
def _subordinate_subject(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    if not _subject(root) or pronoun.main and pronoun.own is not None and pronoun.own.start <= m.start:
        return None
    return "hold" if _finite(root.head) else None


@rule("coref.antecedent-object-before-a-clause-of-its-verb", stage="coref.antecedent", priority=45, action="resolve",
      why="'The officers stopped Tom Hale because he was asleep at the wheel': the subject of a clause hung on a verb "
          "(because, when, after ...) whose object is a person named and whose subject is no one ('the officers', "
          "'they', a body) is that object, not the last person named as a subject sentences before.",
      examples=["[2025-03-06] Ben Tarrow praised the Dunmore police at the hearing. The officers stopped Tom Hale because "
                "he was asleep at the wheel of a truck on Friday."],
      counter=["[2025-03-06] Ana Ruiz praised the Dunmore police at the hearing. Judge Kerrin Voss freed Tom Hale "
               "because he found no case against him on Friday."])
def _object_before_its_clause(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok = pronoun.token
    if tok is None or pronoun.main or root.dep_ != "dobj" or tok.dep_ not in SUBJECT_DEPS:
        return None
    verb, clause = root.head, tok.head
    if clause.dep_ != "advcl" or clause.head != verb or clause.i < root.i or not _finite(clause):
        return None
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None:
        return None
    no_one = subj.lower_ in ("they", "we") or subj.tag_ == "NNS" or subj.pos_ == "NOUN" and not _mentions.title_word(subj)
    return "take" if no_one and subj.ent_type_ in ("", "ORG", "NORP", "GPE") else None


@rule("coref.antecedent-speaker-before-run-on-quote", stage="coref.antecedent", priority=50, action="resolve",
      why="A sentence run on after a quotation: 'Hale said \"...\" Asked, he said': the one who spoke.",
      examples=['Tom Hale said "the plan is late" Asked about Kerrin Voss, he said: "No comment."'])
def _speaker_before_run_on(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    if not _reports_into_own_sentence(m, root, pronoun):
        return None
    return "take" if root.head.lemma_.lower() in words("speech_verbs") else None


@rule("coref.antecedent-subject-before-a-colon", stage="coref.antecedent", priority=55, action="resolve",
      why="'The councillor had a worry of his own: he said on Friday that ...': a pronoun subject right after a colon or a "
          "semicolon goes on about the subject of the clause before it, in its own sentence (that clause is not one "
          "the pronoun's verb reports, as in 'Hale would lead the campaign, he said'); not when that clause names "
          "another person too ('Hale listened to Voss for an hour: he said ...': either may speak).",
      examples=['Warden Tom Hale closed the lake path. He gave no reason.\n\nWalkers were cross. Councillor Ben Tarrow had '
                'a worry of his own: he said on Friday that the old dam was "far too low for a wet spring."'],
      counter=['Warden Tom Hale closed the lake path. He gave no reason.\n\nWalkers were cross. Councillor Ben Tarrow '
               'would check the dam, he said on Friday, adding: "It will take a week."',
               'Warden Tom Hale met the farmer Ben Tarrow on Friday. Hale listened to Tarrow for an hour: he said the new '
               'dam would "flood the lower fields for good."'])
def _subject_before_a_colon(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    tok = pronoun.token
    if tok is None or not tok.i or not pronoun.main or pronoun.own is None or m.start < pronoun.own.start:
        return None
    colon, verb = tok.doc[tok.i - 1], root.head
    if colon.text not in (":", ";") or not _subject(root) or verb.i > colon.i or not _finite(verb):
        return None
    index = pronoun.index
    if index is not None and any(o.key != m.key for o in index.in_span(pronoun.own.start, colon.i, "person")):
        return None  # "Hale listened to Voss for an hour: he said": either may speak
    return "take" if verb.head.i in (tok.head.i, verb.i) else None


@rule("coref.antecedent-not-the-one-reported", stage="coref.antecedent", priority=60, action="veto",
      why="'Hale would lead the campaign, he said': he is not Hale, whose deed he reports.",
      examples=['The board met Tom Hale. Kerrin Voss would lead the campaign, he said, adding: "It is time."'])
def _not_the_one_reported(m: Mention, root: Token, pronoun: _Pronoun) -> Verdict | None:
    return "pass" if _reports_into_own_sentence(m, root, pronoun) else None


def _reports_into_own_sentence(m: Mention, root: Token, pronoun: _Pronoun) -> bool:
    """A subject in the pronoun's own sentence, of a clause its verb reports."""
    return (
        _subject(root)
        and pronoun.main
        and pronoun.own is not None
        and pronoun.own.start <= m.start
        and root.head.dep_ == "ccomp"
        and pronoun.token is not None
        and root.head.head == pronoun.token.head
    )


def _finite(verb: Token) -> bool:
    """A verb with a tense of its own ("said", "would be"), not "X walking", "Y to go"."""
    return verb.tag_ in FINITE_TAGS or any(c.dep_ in ("aux", "auxpass") and c.tag_ in FINITE_TAGS for c in verb.children)


def _bound_locally(pronoun: Token, verb: Token) -> bool:
    """Whether `pronoun` is an argument of `verb` itself ("X met him", "X made him leader"),
    so it cannot mean the verb's subject."""
    accusative = pronoun.lower_ in ("him", "her") and pronoun.dep_ != "poss"
    return pronoun.head == verb or accusative and pronoun.head.head == verb


# ---------------------------------------------------------------------------------------
# Whether a resolved pronoun is sure enough to be written as a name (stage coref.unsure)


def unsure(tok: Token, m: Mention, index: Mentions) -> bool:
    """Whether the person pronoun `tok` was resolved to (`m`) is too weakly attested to be
    written out or listed: the first rule of stage `coref.unsure` that answers says so."""
    return tok.lower_ in PERSON_PRONOUNS and bool(rules.first("coref.unsure", tok, m, index))


def _gender_of(m: Mention, index: Mentions) -> str | None:
    if m.pronoun and m.end - m.start == 1 and index.doc[m.start].lower_ in PRONOUN_GENDERS:
        return PRONOUN_GENDERS[index.doc[m.start].lower_]
    return index.genders.get(m.key)


def _could_mean(m: Mention, gender: str | None, index: Mentions) -> bool:
    """Whether a person named (or a pronoun) could be the one a pronoun of `gender` means."""
    if m.kind != "person" or m.in_quote:
        return False
    other = _gender_of(m, index)
    return gender is None or other is None or other == gender


@rule("coref.unsure-named-in-its-own-clause", stage="coref.unsure", priority=5, action="keep",
      why="'He traveled instead of Ward to the forum': a clause does not name its own subject again by name after it,"
          " so a subject pronoun taken to mean a person its own clause names later is a wrong guess; a summary keeps the"
          " pronoun and lists no one for it (not 'Ian Ward traveled instead of Ward').",
      examples=["[2018-02-07] Ian Ward is chief of staff. Jo Orme is the staff secretary.\n\nInstead, Ward and others"
                " oversaw a rise in Orme’s standing. He drafted last week’s address. He traveled instead of Ward to the"
                " forum in Dunmore last month."])
def _named_in_its_own_clause(tok: Token, m: Mention, index: Mentions) -> bool | None:
    if tok.dep_ not in ("nsubj", "nsubjpass"):
        return None
    clause = tok.head  # the subject's own clause, after it ("Hale said he would go" names Hale before, outside it)
    later = index.in_span(tok.i + 1, clause.right_edge.i + 1, "person")
    return any(x.key == m.key and not x.pronoun and clause.is_ancestor(index.doc[x.start]) for x in later) or None


@rule("coref.unsure-someone-else-named-nearer", stage="coref.unsure", priority=10, action="keep",
      why="'Hale met the board. Ana Ruiz's plan ... was read out. He said ...' or 'for Voss to win, for him to be "
          "confirmed': where the last person named before a pronoun is someone else who could be meant, named in its "
          "own sentence, or in the sentence before while the one it was taken to mean is not, its antecedent is a "
          "guess; a summary keeps the pronoun and lists no one for it.",
      examples=["[2025-03-06] Tom Hale chairs the Dunmore board. The meeting of Ben Tarrow with the board marked the "
                "start of the talks. He holds closed-door meetings on Friday with the Dunmore council.",
                "[2019-11-15] Tom Varnell lost his appeal on Friday.\n\nLawyers said Varnell misled the board about his"
                " letters to the gallery owner Peter Credd — who sold a painting to the collector John Haddan in 2016,"
                " when he was hiding from his creditors in a villa in Tarrow."],
      counter=["[2025-03-06] Tom Hale chairs the Dunmore board. He holds closed-door meetings on Friday with the "
               "Dunmore council."])
def _someone_else_nearer(tok: Token, m: Mention, index: Mentions) -> bool | None:
    sent = sent_of(tok)
    start = start_of_sentence_before(index.doc, sent.start)
    gender = PRONOUN_GENDERS.get(tok.lower_)
    before = _named_before(index, start, tok.i)
    named = [o for o in before if _could_mean(o, gender, index) and not _described_with(o, m.key, before, index, tok)]
    if not named or named[-1].key == m.key:
        return None
    if named[-1].start >= sent.start:
        return True  # someone else named in its own sentence, before it
    return not any(o.key == m.key for o in named) or None  # the one it means not named in the sentence before


def _described_with(other: Mention, key: str, named: list[Mention], index: Mentions, pronoun: Token) -> bool:
    """Whether `other` is named inside the words describing a mention of `key` ("Hale -- a 2014 appointee
    of Ana Ruiz -- said he") or inside a clause whose subject it is ("When he refused to back Ana Ruiz, he
    said"; for a subject pronoun, "X criticized Y, and said he", also a clause holding it): no rival for a
    pronoun that means `key`."""
    doc = index.doc
    for m in named:
        if m.key != key or m.in_quote or m.start >= other.start:
            continue
        head = doc[m.start : m.end].root
        if head.left_edge.i <= other.start and other.end - 1 <= head.right_edge.i:
            return True
        clause = head.head
        inside = clause.left_edge.i <= pronoun.i <= clause.right_edge.i
        if head.dep_ not in SUBJECT_DEPS or inside and pronoun.dep_ not in SUBJECT_DEPS:
            continue  # "Ruiz said she would vote against Hale, citing his conduct": Hale is a rival
        if inside and _in_a_noun_clause(pronoun, clause):
            continue  # "Hale lied about his talks with Credd, who met Haddan when he hid": in a clause of a noun, Haddan is a rival
        if clause.left_edge.i <= other.start and other.end - 1 <= clause.right_edge.i:
            return True
    return False


def _in_a_noun_clause(tok: Token, clause: Token) -> bool:
    """Whether `tok` is in a clause describing a noun ("who ...", "whose ...") below `clause`."""
    while tok.i != clause.i and tok.head.i != tok.i:
        if tok.dep_ in ("relcl", "acl"):
            return True
        tok = tok.head
    return False


@rule("coref.unsure-before-another-subject", stage="coref.unsure", priority=20, action="keep",
      why="'At his rally in Dunmore on Friday, Tom Hale said': a pronoun before its sentence's subject, a person "
          "named there, may well mean that person; resolved to someone else, it is a guess.",
      examples=["[2025-03-06] Tom Hale chairs the Dunmore board. Following his return on Friday, Ben Tarrow met "
                "the Dunmore council."],
      counter=["[2025-03-06] Tom Hale chairs the Dunmore board. Following his return on Friday, Hale met the "
               "Dunmore council."])
def _before_another_subject(tok: Token, m: Mention, index: Mentions) -> bool | None:
    root = sent_of(tok).root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS and c.i > tok.i), None)
    other = index.at(subj) if subj is not None else None
    if other is None or other.key == m.key or not _could_mean(other, PRONOUN_GENDERS.get(tok.lower_), index):
        return None
    return True


@rule("coref.unsure-one-of-its-gender-named-nearer", stage="coref.unsure", priority=25, action="keep",
      why="'But the owner said his sister, Lucy, had stayed behind. She closed the shop': a pronoun taken to mean someone whose"
          " gender nothing tells, while the sentence before or its own names someone the article itself gives the"
          " pronoun's gender (an honorific, a kin noun: not a list of given names), is a guess; a summary or paraphrase"
          " keeps the pronoun and lists no one.",
      examples=['[2018-11-08] Kerrin Voss was away in Tarrow that week. But the owner said his sister, Lucy, had stayed'
                ' behind.\n\nShe reportedly closed the shop early on Wednesday and sent the staff home before the storm.'],
      counter=['[2018-11-08] Kerrin Voss was away in Tarrow that week. But the owner said his sister, Lucy, had stayed'
               ' behind.\n\nHe reportedly closed the shop early on Wednesday and sent the staff home before the storm.'])
def _one_of_its_gender_named_nearer(tok: Token, m: Mention, index: Mentions) -> bool | None:
    gender = PRONOUN_GENDERS.get(tok.lower_)
    if gender is None or m.key in index.genders:
        return None
    sent = sent_of(tok)
    start = start_of_sentence_before(index.doc, sent.start)
    named = [o for o in _named_before(index, start, tok.i) if o.kind == "person" and not o.pronoun and not o.in_quote]
    return any(o.key != m.key and index.told_genders.get(o.key) == gender for o in named) or None


@rule("coref.unsure-title-named-nearer", stage="coref.unsure", priority=30, action="keep",
      why="'Opponents of the Dunmore congresswoman heckled her': a title for someone (the subject of no rule that "
          "names its holder) between a pronoun and the person it was taken to mean, in its own sentence, may be the "
          "one it means.",
      examples=["[2025-03-06] Ana Ruiz backed Lena Park for the Dunmore seat. Critics of the Tarrow congresswoman "
                "jeered her at a town hall on Monday."],
      counter=["[2025-03-06] Ana Ruiz backed Lena Park for the Dunmore seat. Critics of the plan jeered her at a "
               "town hall on Monday."])
def _title_named_nearer(tok: Token, m: Mention, index: Mentions) -> bool | None:
    sent = sent_of(tok)
    last = [o.end for o in index.in_span(sent.start, tok.i, "person") if o.key == m.key]
    lo = max([sent.start, *last])
    for t in index.doc[lo : tok.i]:
        head = t
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head  # "attorney" -> "general"
        if t.pos_ != "NOUN" or head.tag_ != "NN" or index.at(t) is not None or not _mentions.title_word(head):
            continue
        if head.dep_ == "appos" or _beside_a_name(head, index) or tok.dep_ in SUBJECT_DEPS and head.dep_ in SUBJECT_DEPS:
            continue  # "Hale, the attorney general, ... his"; a subject pronoun below a title subject is rule
            # event.render.pronoun-under-a-title-subject's
        if any(c.lower_ == "the" for c in head.children):
            return True
    return None


@rule("coref.unsure-office-another-holds", stage="coref.unsure", priority=35, action="keep",
      why="'The case went to Judge Tom Hale after Kerrin Voss filed it. He has been a judge since 2006': a pronoun that"
          " is the subject of an office ('has been a judge') while the sentence before or its own sets that office"
          " before the name of someone else ('Judge Tom Hale') may well mean that one; taken to mean another, it is a"
          " guess, and neither the office nor a summary names that other.",
      examples=["[2025-03-06] The ferry case went to Judge Tom Hale after Kerrin Voss filed it last year. He has been "
                "a judge since 2006."],
      counter=["[2025-03-06] The ferry case went to Tom Hale after Kerrin Voss filed it last year. He has been "
               "a judge since 2006."])
def office_another_holds(tok: Token, m: Mention, index: Mentions) -> bool | None:
    if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.lemma_.lower() not in words("role_predicate_verbs"):
        return None
    offices = {c.lemma_.lower() for c in tok.head.subtree if c.dep_ in ("attr", "pobj", "oprd") and _mentions.title_word(c)}
    if not offices:
        return None
    sent = sent_of(tok)
    start = start_of_sentence_before(index.doc, sent.start)
    for o in index.in_span(start, tok.i, "person"):
        if o.key == m.key or o.pronoun or o.in_quote or o.start == 0:
            continue
        if any(t.lemma_.lower() in offices for t in index.doc[max(start, o.start - 3) : o.start]):
            return True
    return None


def _beside_a_name(title: Token, index: Mentions) -> bool:
    """"Hale, the former attorney general,": a title set beside a name (however parsed) describes that person."""
    lo = title.left_edge.i
    if lo >= 2 and index.doc[lo - 1].text == "," and index.at(index.doc[lo - 2]) is not None:
        return True
    return any(c.dep_ == "appos" and index.at(c) is not None for c in title.children)
