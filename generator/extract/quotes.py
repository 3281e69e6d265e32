"""Direct quotations and who said them.

Finding quotations is done on the text (every kind of double quotation mark, curly or
straight, balanced or not, running over paragraphs); attributing them is done on the parse:
the speech verb next to the quotation, its subject, and that subject resolved to a named
person or organization through `Mentions` (pronouns, appositions, "X, who ..., said").

The speaker of a quotation is decided by the rules of stage `quote.speaker` (from its own
sentence) and, when they find nobody, of `quote.speaker-before` (from what came before); a
subject token names someone by the first rule of `quote.named` that answers; a speech
verb's subject is found by the rules of `quote.subject`.
"""

from __future__ import annotations

import functools
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import cached_property
from itertools import islice
from operator import itemgetter

from spacy.tokens import Doc, Span, Token

from generator.extract import learned_speakers, rules
from generator.extract.lexicon import pairs, phrases, stances, words, words_of
from generator.extract.mentions import Mention, Mentions, title_word
from generator.extract.name_words import PERSON_NOUNS, POSSESSIVE, fronted_speech_verb
from generator.extract.names import same_surname, surname
from generator.extract.negation import negated
from generator.extract.nlp import ALL_MARKS, CLOSING, OPENING
from generator.extract.pronouns import PERSON_PRONOUNS, PRONOUN_GENDERS, SPOKESPEOPLE, SUBJECT_DEPS, unnamed_speaker_before
from generator.extract.roles import QUALIFIERS
from generator.extract.rules import rule
from generator.extract.sentences import columns_of, marked_infinitive, sent_of, start_of_sentence_before, text_of, tokens_of
from generator.extract.textindex import line_start

_A_MARK = re.compile(f"[{re.escape(ALL_MARKS)}]")
BEFORE_OPENING = "([{—–-:"  # a straight mark after one of these opens a quotation ...
OPENING_NEXT = "‘'…."  # ... when a letter or one of these follows it
DOUBLED_APOSTROPHES = re.compile("(?<!['‘’])['‘’]['‘’](?!['‘’])")  # an old archive's double mark: '' (or ’’, ‘‘)
JOINING = ",;:—–-"  # punctuation that carries a sentence on ('"...," Hale said, "..."')
CLIMBING_DEPS = ("advcl", "conj", "xcomp", "ccomp", "pcomp", "prep")  # 'saying', 'adding', 'as saying'
NOBODY = ""  # a speaker rule's answer when it decides there is no speaker it can name
TITLE_NAMED_AFTER_WITHIN = 3  # sentences: a title no one holds before stands for the first named after only this near
LEAD_SENTENCES = 5  # the headline, a standfirst and the lead: who the story is about
RoleIndex = dict[str, list[tuple[int, str]]]


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    closed: bool = True
    continues: bool = False  # a paragraph of a quotation that began in the paragraph before


def find_quotes(text: str) -> list[QuoteSpan]:
    """Character spans of the text inside quotation marks."""
    spans: list[QuoteSpan] = []
    offset = 0
    carrying = False  # the previous paragraph ended inside an open quotation
    for line in text.split("\n"):
        for paragraph in rules.first("quote.paragraphs", line) or [line]:
            spans_here, open_at_end = _paragraph_quotes(paragraph, offset)
            if spans_here and carrying and spans_here[0].start == offset + _lead(paragraph) + 1:
                spans_here[0].continues = True
            spans += spans_here
            carrying = open_at_end or (carrying and not paragraph.strip())
            offset += len(paragraph)
        offset += 1
    return spans


_GLUED_MARK = re.compile(r"(?<=[a-z]{2}[.?!])[\"”](?=[A-Z][a-z])")  # 'them."When': no space on either side


@rule("quote.paragraphs-run-together", stage="quote.paragraphs", priority=10, action="resolve",
      why="'... targeting them.\"When you have ...,\" he added.': a page that ran its paragraphs together, with no "
          "break or space around a mark after a full stop, hides where one paragraph ends and the next begins; the "
          "line is read as paragraphs cut at each such mark, the mark going with the side that leaves every stretch's "
          "marks opening and closing in turn (a closing mark ends a quotation; an opening one starts a quotation's next "
          "paragraph, its previous one left open as print does), the fewest marks out of turn when no way does.",
      examples=['The fair opened on Friday.Vicar Ben Voss spoke first: "The roof needs mending and the bells are '
                'cracked.\"We will raise the money by the summer if the whole parish helps," he said.The fair closed '
                'at dusk.',
                'Vicar Ben Voss spoke at the fair.He thanked the choir."The roof needs mending and the bells are '
                'cracked.\"We will raise the money by the summer if the whole parish helps," he added.Voss also thanked '
                'the bakers for the cakes.\"The fair raised more than it did last year, and the hall is full '
                'of people.\"Next year we will need a bigger hall and more tables for all of them."The fair closed at dusk.'],
      counter=['The fair opened on Friday. Vicar Ben Voss spoke first: "The roof needs mending and the bells are '
               'cracked." He said the parish would raise the money by the summer.'])
def _paragraphs_run_together(line: str) -> list[str] | None:
    marks = [m.start() for m in _GLUED_MARK.finditer(line)]
    if not marks:
        return None
    parity: list[bool] = []  # each mark's side by the pairs of marks after it (the first reading), from the end
    end = len(line)
    for i in reversed(marks):
        parity.append(len(_A_MARK.findall(line, i, end)) % 2 == 0)  # the mark with the stretch after it: in pairs
        end = i if parity[-1] else i + 1
    parity.reverse()
    opening = _marks_in_turn(line, marks, parity)
    cuts = [i if o else i + 1 for i, o in zip(marks, opening)]
    bounds = [0, *cuts, len(line)]
    return [line[a:b] for a, b in zip(bounds, bounds[1:]) if b > a]


def _out_of_turn(par: str, next_opens: bool) -> int:
    """How many marks of a stretch are out of turn: a closing one with none open, an opening one
    with one open, one left open at its end that the next stretch does not go on with."""
    wrong, open_ = 0, False
    for mark in _A_MARK.finditer(par):
        opening = _opens(par, mark.start(), not open_)
        wrong += opening == open_
        open_ = opening
    return wrong + (open_ and not next_opens)


def _marks_in_turn(line: str, marks: list[int], first: list[bool]) -> list[bool]:
    """Whether each glued mark opens the stretch after it: the sides that put the fewest marks out of
    turn (`_out_of_turn`), and of those the ones nearest the first reading `first`."""
    n = len(marks)
    cut = [(i + 1, i) for i in marks]  # where the stretch after mark k starts: closing, opening
    # best[k][o]: (marks out of turn, sides unlike `first`) of the stretches before mark k, mark k opening if o
    best: list[list[tuple[int, int]]] = [[(0, 0), (0, 0)] for _ in range(n)]
    back: list[list[int]] = [[0, 0] for _ in range(n)]
    for o in (0, 1):
        best[0][o] = (_out_of_turn(line[: cut[0][o]], bool(o)), int(bool(o) != first[0]))
    for k in range(1, n):
        for o in (0, 1):
            options = []
            for prev in (0, 1):
                wrong = _out_of_turn(line[cut[k - 1][prev] : cut[k][o]], bool(o))
                options.append(((best[k - 1][prev][0] + wrong, best[k - 1][prev][1] + int(bool(o) != first[k])), prev))
            best[k][o], back[k][o] = min(options)
    last = [(best[n - 1][o][0] + _out_of_turn(line[cut[n - 1][o] :], True), best[n - 1][o][1]) for o in (0, 1)]
    o = 0 if last[0] <= last[1] else 1
    out = [False] * n
    for k in range(n - 1, -1, -1):
        out[k] = bool(o)
        o = back[k][o]
    return out


_SAID_AFTER = re.compile(r"\s+(?:said|says)\b")


@rule("quote.unopened-paragraph", stage="quote.unopened", priority=10, action="add",
      why="'We will build it,\" said Ana Ruiz.': a paragraph whose first mark closes a quotation, straight before 'said', "
          "lost its opening mark: the quotation runs from the paragraph's start.",
      examples=['The bridge opened on Monday.\n\nThis bridge is vitally important to the town, and we are proud of it," said '
                'Ana Ruiz, the mayor.'],
      counter=['Tom Hale said the plan was "a mess," said Ana Ruiz.'])
def _unopened_paragraph(par: str, i: int) -> int | None:
    lead = _lead(par)
    before = par[lead:i]
    if not before[:1].isupper() or before[-1:] not in ",.?!" or len(before.split()) < 6 or not _SAID_AFTER.match(par, i + 1):
        return None
    return lead if not _A_MARK.search(before) else None


def _lead(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip())


def _paragraph_quotes(par: str, offset: int) -> tuple[list[QuoteSpan], bool]:
    """The quotations of one paragraph, and whether one is still open at its end."""
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    par = rules.fold("quote.marks", par)
    for mark in _A_MARK.finditer(par):
        i = mark.start()
        opening = _opens(par, i, open_at is None)
        if opening and open_at is None:
            open_at = i + 1
        elif opening:  # an opening mark while open: the previous quotation was never closed
            assert open_at is not None
            spans.append(_never_closed(par[open_at:i], offset + open_at, offset + i))
            open_at = i + 1
        elif open_at is not None:
            if i > open_at:
                spans.append(QuoteSpan(offset + open_at, offset + i))
            open_at = None
        elif not spans and (lost := rules.first("quote.unopened", par, i)) is not None:
            spans.append(QuoteSpan(offset + lost, offset + i))
    if open_at is None or len(par) <= open_at:
        return spans, False
    if fragment := _fragment_closed(par[open_at:], offset + open_at):
        return [*spans, fragment], False
    spans.append(QuoteSpan(offset + open_at, offset + len(par.rstrip()), closed=False))
    return spans, True


@rule("quote.marks-doubled-apostrophes", stage="quote.marks", priority=10, action="extend",
      why="Old archives write a double quotation mark as two apostrophes (''We will appeal,'' said Ruiz), and some pages"
          " as two curly single marks (“We will appeal,’’ said Ruiz).",
      examples=["''We will appeal the ruling,'' said Ana Ruiz, the mayor of Dunmore.",
                "Harbour master Tom Hale wrote to the crews on Monday. “The new quay opens to every boat in Tarrow"
                " next week,’’ he said."])
def _doubled_apostrophes(par: str) -> str | None:
    """The paragraph with each pair of apostrophes read as one straight mark, kept the same
    length: the mark on the side of the words, a space on the other."""
    if not DOUBLED_APOSTROPHES.search(par):
        return None
    return DOUBLED_APOSTROPHES.sub(lambda m: ' "' if _words_follow(par, m.end()) else '" ', par)


TRIPLED_APOSTROPHES = re.compile("(?<!')'''(?!')")  # an old archive's double mark beside a single one


@rule("quote.marks-tripled-apostrophes", stage="quote.marks", priority=5, action="extend",
      why="Old archives close a quotation that ends in a quoted phrase with three apostrophes (''He said 'we will appeal,''' Ruiz said): "
          "the single mark, then the double one; opening, the other way round.",
      examples=["''The board told us: 'We will appeal the ruling,''' Ana Ruiz, the mayor of Dunmore, said on Monday."])
def _tripled_apostrophes(par: str) -> str | None:
    """The paragraph with each run of three apostrophes read as a single mark and a straight
    double one, kept the same length: the double mark outside the single one."""
    if "'''" not in par:
        return None
    return TRIPLED_APOSTROPHES.sub(lambda m: " \"'" if _words_follow(par, m.end()) else "'\" ", par)


DOUBLED_OPENING = re.compile(r'[“"](?=[“"]\w)')  # an opening mark right before another


@rule("quote.marks-doubled-opening", stage="quote.marks", priority=15, action="extend",
      why="'saying “\"Outside groups are ...”': a page that prints two opening marks for one; the first is read as "
          "a space, so the quotation opens once and closes at its one closing mark.",
      examples=['Senator Tom Hale said, “"Outside groups are spending millions of dollars to take this seat.”'])
def _doubled_opening(par: str) -> str | None:
    return DOUBLED_OPENING.sub(" ", par) if DOUBLED_OPENING.search(par) else None


_CURLY_INSIDE = re.compile("[^“”\"]*(?:“[^“”\"]*”[^“”\"]*)+")  # words with whole curly quotations in them
_STRAIGHT_INSIDE = re.compile('[^“”"]*(?:"[^“”"]*"[^“”"]*)+')  # the same with straight ones


@rule("quote.marks-inner-quotation-of-the-other-style", stage="quote.marks", priority=20, action="extend",
      why="'\"The council is not about “Fair Rules For All” anymore. It is ...\"': a quotation inside a quotation written "
          "with the other kind of double mark (curly in straight, straight in curly) is read as a quotation inside it, "
          "like single marks, so the outer quotation stays whole; both pairs must open and close cleanly.",
      examples=['Dr. Kerrin Voss is running for mayor in Elmton.\n\nVoss stated:\n\n"The city council is not about '
                '“Fair Rules For All” anymore. It is about the mayor and his vision of the town, and the rights of the people."',
                'Dr. Kerrin Voss is running for mayor in Elmton.\n\nVoss stated:\n\n"The city council is not about '
                '“Fair Rules For All” anymore. It is about the mayor and his vision of the town.\n\n"The rights of the '
                'people come first, and the council has forgotten that."',
                'Tom Hale spoke in Elmton on Monday.\n\n“The board told us "no bridge this year" and we said we would build it '
                'anyway,” Hale said.'],
      counter=['Tom Hale spoke in Elmton on Monday.\n\n“The bakery on the square was shut all week, you know" Hale said on '
               'Monday. "In truth, hardly anyone in the street missed the bread. I did, though.”'])
def _inner_other_style(par: str) -> str | None:
    if '"' not in par or "“" not in par:
        return None
    out = list(par)
    straight = [i for i, c in enumerate(par) if c == '"']
    pairs = [(a, b, _CURLY_INSIDE) for a, b in zip(straight[::2], straight[1::2])]
    if len(straight) % 2 and par.rstrip()[-1:] not in "“”\"":  # the last one left open: a quotation going on in the next paragraph
        pairs.append((straight[-1], len(par.rstrip()), _CURLY_INSIDE))
    pairs += [(a, b - 1, _STRAIGHT_INSIDE) for a, b in (m.span() for m in re.finditer("“[^“”]*”", par))]
    for a, b, inside in pairs:
        closes = b == len(par.rstrip()) or not _opens(par, b, True)
        if not (_opens(par, a, False) and closes and inside.fullmatch(par, a + 1, b)):
            continue  # the outer pair must open and close as such, the inner marks be whole pairs
        inner = [k for k in range(a + 1, b) if par[k] in "“”\""]
        if any(_opens(par, k, n % 2 == 1) != (n % 2 == 0) for n, k in enumerate(inner)):
            continue  # '“As a builder, he was hard, too" Hale said. "In fact ...”': marks of both kinds mixed, no nesting
        for n, k in enumerate(inner):
            out[k] = "‘" if n % 2 == 0 else "’"
    folded = "".join(out)
    return folded if folded != par else None


def _words_follow(par: str, i: int) -> bool:
    return i < len(par) and (par[i].isalnum() or par[i] in OPENING_NEXT)


def _between(text: str, span: QuoteSpan, nxt: QuoteSpan) -> str:
    """The text between the closing mark of `span` and the opening mark of `nxt` (a mark of
    two apostrophes left out whole)."""
    start = span.end + (2 if DOUBLED_APOSTROPHES.match(text, span.end) else 1)
    end = nxt.start - (2 if DOUBLED_APOSTROPHES.match(text, max(nxt.start - 2, 0)) else 1)
    return text[start:end]


def _opens(par: str, i: int, closed: bool) -> bool:
    """Whether the mark at `i` opens a quotation. A straight mark: its neighbours tell which
    way it faces, else it toggles (opens when none is open)."""
    if par[i] in OPENING:
        return True
    if par[i] in CLOSING:
        return False
    before = par[i - 1] if i else " "
    after = par[i + 1] if i + 1 < len(par) else " "
    if (before.isspace() or before in BEFORE_OPENING) and (after.isalnum() or after in OPENING_NEXT):
        return True
    if not before.isspace() and (after.isspace() or not after.isalnum()):
        return False
    return closed


def _never_closed(seg: str, start: int, end: int) -> QuoteSpan:
    """A quotation `seg` (from `start`) that another opening mark at `end` interrupts."""
    return rules.first("quote.unclosed", seg, start) or QuoteSpan(start, end, closed=False)


@rule("quote.unclosed-ends-before-colon", stage="quote.unclosed", priority=10, action="trim",
      why="'\"... a farmer. He added: \"The ...': an unclosed quotation ends at the sentence before the colon.",
      examples=['Tom Hale spoke in Dunmore. "We will build it. We have the money. He added: "The bridge is late," Hale said.'])
def _closed_before_colon(seg: str, start: int) -> QuoteSpan | None:
    cut = seg.rfind(". ")
    return QuoteSpan(start, start + cut + 1) if seg.rstrip().endswith(":") and cut > 0 else None


@rule("quote.unclosed-fragment-ends-with-sentence", stage="quote.unclosed", priority=20, action="trim",
      why="'lists were \"only a tenth of the agenda. Dr Voss said': a lower-case fragment left open ends with its sentence.",
      examples=['Tom Hale said the lists were "only a tenth of the agenda. Ana Ruiz said "the rest" was late.'])
def _fragment_closed(seg: str, start: int) -> QuoteSpan | None:
    fragment = _fragment_end(seg)
    return QuoteSpan(start, start + fragment) if fragment else None


def _fragment_end(seg: str) -> int | None:
    """Where a quoted fragment left open ('lists were "only a tenth of the agenda. Dr X said')
    ends: one that starts in lower case, inside a sentence, ends with that sentence."""
    cut = seg.find(". ")
    return cut if seg[:1].islower() and cut > 0 else None


@dataclass
class Quote:
    text: str
    speaker: str | None  # a key of Mentions.entities
    start: int  # char span of the quotation (first part to last part)
    end: int
    sentence: str
    speaker_text: str | None = None  # no speaker named: the unnamed source as the text gives it ("a senior official")


def _sentence_span(doc: Doc, start: int, end: int) -> Span:
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    s = sent_of(first) if first is not None else sent_of(doc[0])
    e = sent_of(last) if last is not None else s
    return doc[s.start : e.end]


def _speech_verb(tokens: list[Token]) -> Token | None:
    return next((tok for tok in tokens if is_speech_verb(tok)), None)


def is_speech_verb(tok: Token) -> bool:
    """"said", "told", ...; "went on" ('He went on: "..."')."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children) and not any(c.dep_ == "xcomp" for c in tok.children)
    if tok.lemma_.lower() in words("speech_verbs"):
        return not _going_on_doing(tok)
    return tok.lemma_.lower() in _looked_at_for_more() and bool(rules.first("quote.speech-verb", tok))


@rule("quote.speech-verb-not-going-on-doing", stage="quote.speech-verb-veto", priority=10, action="veto",
      why="'Ruiz will continue to be \"a voice for the farms\"' / 'began to build': a verb of going on or starting "
          "(`extract/data/aspect_verbs.txt`) with an infinitive after it tells what someone keeps doing, not that they speak; "
          "the quotation is the one's who reports it.",
      examples=['Kerrin Voss quit the race for mayor of Dunmore on Friday.\n\nTom Hale told the local paper he was sure Voss '
                'would continue to be "a loud voice for every farm in the valley."'],
      counter=['Tom Hale spoke to the farmers of Dunmore. "The bridge is late," he continued. "We are sorry."'])
def _going_on_doing(tok: Token) -> bool | None:
    return tok.lemma_.lower() in words("aspect_verbs") and any(c.dep_ == "xcomp" for c in tok.children) or None


@functools.cache
def _looked_at_for_more() -> frozenset[str]:
    """The verbs that report speech only with a particle or an object ("point out", "put it")."""
    return frozenset(v.split()[0] for v in words("speech_verbs_with_particle")) | {"put"} | words("issuing_verbs") | words("finding_verbs")


@rule("quote.speech-verb-with-particle", stage="quote.speech-verb", priority=10, action="classify",
      why="'\"...,\" Hale pointed out' / 'Hale shot back': a verb and particle that report speech together "
          "(`extract/data/speech_verbs_with_particle.txt`), though the verb alone does not.",
      examples=['“The bridge has not been built and the money is gone,” Tom Hale pointed out.',
                'Kerrin Voss called the plan late. “The plan is late because you cut the money for it,” Tom Hale shot back.'],
      counter=['Tom Hale pointed out the bridge to visitors. “It was built in 1902,” the guide on the tour boat added.'])
def _with_particle(tok: Token) -> bool | None:
    return any(c.dep_ in ("prt", "advmod") and f"{tok.lemma_.lower()} {c.lower_}" in words("speech_verbs_with_particle") for c in tok.children) or None


@rule("quote.speech-verb-put-it", stage="quote.speech-verb", priority=20, action="classify",
      why="'As Hale put it, \"...\"': 'put it' reports words as the one quoted said them.",
      examples=['As Tom Hale, a Dunmore farmer, put it, “The bridge will be late because nobody paid for the steel.”'])
def _put_it(tok: Token) -> bool | None:
    return (tok.lemma_.lower() == "put" and any(c.dep_ == "dobj" and c.lower_ == "it" for c in tok.children)) or None


@rule("quote.speech-verb-issued-in-a-writing", stage="quote.speech-verb", priority=30, action="classify",
      why="'\"...,\" Hale released in a statement', 'Ruiz posted in a tweet': a verb of issuing (data/issuing_verbs.txt)"
          " with no object of its own, 'in' and a writing (data/document_nouns.txt) reports the words the writing gives.",
      examples=['Tom Hale will chair the Dunmore board. “The decision to close the pier is unlawful and a threat to the'
                ' town,” Hale released in statement.'],
      counter=['Tom Hale released the prisoners in Dunmore. “They are free,” the guard said.'])
def _issued_in_a_writing(tok: Token) -> bool | None:
    if tok.lemma_.lower() not in words("issuing_verbs") or any(c.dep_ == "dobj" for c in tok.children):
        return None
    return _done_in_a_writing(tok) or None


def _done_in_a_writing(word: Token) -> bool:
    """Whether `word` has 'in' and a writing after it (data/document_nouns.txt): 'released in a statement'."""
    objects = (o for p in word.children if p.dep_ == "prep" and p.lower_ == "in" for o in p.children if o.dep_ == "pobj")
    return any(o.lemma_.lower() in words("document_nouns") for o in objects)


@rule("quote.speech-verb-a-court-finds", stage="quote.speech-verb", priority=40, action="classify",
      why="'The court found that \"...\"', 'the panel concluded: \"...\"': a verb of finding (data/finding_verbs.txt) whose "
          "subject is a court or those who judge in it (data/judging_nouns.txt) reports the words of its ruling, as 'said' "
          "does; another subject's finding is no speech ('the survey found').",
      examples=['The Tarrow appeals court ruled against the mayor on Thursday. The court found that “the city has not shown'
                ' a pause is needed to avoid lasting harm to the port.”'],
      counter=['The Tarrow audit ran for a year. Its authors found that “the city has not shown a pause is needed to avoid'
               ' lasting harm to the port.”'])
def _a_court_finds(tok: Token) -> bool | None:
    if tok.lemma_.lower() not in words("finding_verbs"):
        return None
    subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
    return (subj is not None and subj.lemma_.lower() in words("judging_nouns")) or None


def according_to(tokens: list[Token]) -> Token | None:
    """The X of 'according to X' among `tokens`."""
    for tok in tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


# ---------------------------------------------------------------------------------------
# The subject of a speech verb (stage quote.subject)


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through 'saying', 'adding' and coordinated verbs."""
    quoted = _quoted_as_saying(verb)
    if quoted is not None:
        return quoted
    tok = verb
    for _ in range(4):
        found = rules.first("quote.subject", tok, verb)
        if found is not None:
            return found
        if tok.head.i == tok.i or tok.dep_ not in CLIMBING_DEPS and not (
                _past_the_quotation(tok) or _unlabelled_verb(tok) or _verb_as_predicate(tok) or _participle_on_a_scene_seen(tok)):
            return None
        tok = _climb(tok)
    return None


@rule("quote.subject-climb-unlabelled-verb", stage="quote.subject-climb", priority=30, action="attribute-speaker",
      why="'Hale gestured to the crowd, then leaned in and boomed: \"...\"', parsed with 'leaned' hung on 'gestured' with no "
          "label: a verb hung on another verb that way shares its subject.",
      examples=['Bridge row\n\nTom Hale gestured as if to stop the noise, then leaned in and boomed: “Let’s build it in November.”'])
def _unlabelled_verb(tok: Token) -> bool | None:
    return (tok.dep_ == "dep" and tok.pos_ == "VERB" and tok.head.pos_ == "VERB" and tok.head.i < tok.i) or None


@rule("quote.subject-climb-verb-parsed-as-predicate", stage="quote.subject-climb", priority=35, action="attribute-speaker",
      why="'At last he seemed say so: \"...\"' (a word left out): a verb of speech the parse hung as a predicate on the verb "
          "before it ('seemed', 'appeared') shares that verb's subject.",
      examples=['Bridge row\n\nTom Hale spoke at the hall on Monday.\n\nAt last he seemed say so: “I do not think the council '
                'would have moved on the bridge, and it would not have won a vote."'])
def _verb_as_predicate(tok: Token) -> bool | None:
    return (tok.dep_ == "oprd" and tok.pos_ == "VERB" and tok.head.pos_ in ("VERB", "AUX") and tok.head.i < tok.i) or None


@rule("quote.subject-climb-participle-on-a-scene-seen", stage="quote.subject-climb", priority=25, action="attribute-speaker",
      why="'Hale is shown in the video saying \"...\"', parsed with 'saying' hung on 'video': a participle hung on the "
          "noun of a recording or of the occasion (data/scene_nouns.txt: 'during his speech declaring') after a passive verb "
          "of seeing or hearing (data/perceiving_verbs.txt) climbs to that verb, whose subject is the one seen saying it "
          "(not 'heard beside a protester saying').",
      examples=['Tom Hale is shown in the footage saying "This town needs the ferry."'],
      counter=['The crowd watched footage of Tom Hale saying "This town needs the ferry."',
               'Tom Hale is heard on the tape beside a protester saying "We will shut the harbor down."'])
def _participle_on_a_scene_seen(tok: Token) -> Token | None:
    noun = tok.head
    if tok.tag_ != "VBG" or tok.dep_ != "acl" or noun.dep_ != "pobj" or noun.head.dep_ != "prep":
        return None
    if noun.lemma_.lower() not in words("scene_nouns"):
        return None  # "heard on the tape beside a protester saying ...": the protester's words
    verb = noun.head.head
    passive = any(c.dep_ in ("nsubjpass", "auxpass") for c in verb.children)
    return verb if passive and verb.lemma_.lower() in words("perceiving_verbs") and verb.i < tok.i else None


def _climb(tok: Token) -> Token:
    """The verb whose subject is `tok`'s too: "She was quoted as saying", through "as" to
    "quoted"; "X said Y had lost, adding:", parsed as if Y were adding, to the one saying."""
    if _adding_after_said(tok) or _conjoined_after_said(tok):
        tok = tok.head
    elif (said := _telling_after_a_reported_clause(tok)) is not None:
        return said
    return _past_the_quotation(tok) or _participle_on_a_scene_seen(tok) or tok.head


def _quoted(tok: Token) -> bool:
    index = tok.doc._.mentions
    return index is not None and index.quoted(tok.idx)


@rule("quote.subject-climb-past-the-quotation", stage="quote.subject-climb", priority=20, action="attribute-speaker",
      why="'Ruiz shared the news, writing \"Feels great ...\"' / 'Hale hardly answered, asserting, \"...\"': where the parse hangs "
          "a participle of speech on a word inside the quotation, the climb goes on to the reporting clause's verb outside the "
          "marks, never to the quoted words' own subject.",
      examples=["Band row\n\nBand member Ruiz shared the news on social media last week, writing “Feels great to support someone I "
                "believe in. The band offered to give him the money.”",
                "Tax row\n\nAt the town hall, Ana Ruiz said that Tom Hale ''would rather the town never saw what he pays.''\n\n"
                "Mr. Hale hardly cleared up the matter, taking Mrs. Ruiz's jibe first as praise -- ''That shows I am clever'' -- and, "
                "when pressed later, insisting, ''Naturally, I pay every tax I owe.''"])
def _past_the_quotation(tok: Token) -> Token | None:
    """The verb outside quotation marks that a participle `tok` ('telling', 'asserting') climbs to
    when the parse's head of `tok` is inside them: the first ancestor outside, else the first verb before `tok` in its sentence
    that the parse hung on the quotation ("X hardly answered, treating it -- ''...'' -- and
    asserting, ''...''")."""
    head = tok.head
    if head.i == tok.i or tok.tag_ != "VBG" or not _quoted(head) or _quoted(tok):
        return None
    outside = next((a for a in head.ancestors if not _quoted(a)), None)
    if outside is not None:
        return outside
    sent = tok.sent
    return next((t for t in tok.doc[sent.start : tok.i] if t.pos_ in ("VERB", "AUX") and not _quoted(t) and _quoted(t.head)), None)


@rule("quote.subject-quoted-as-saying", stage="quote.subject-before", priority=10, action="attribute-speaker",
      why="'The Dunmore Herald quoted Hale as saying ...', 'the wire service cited him as saying ...': the one quoted "
          "(data/quoting_verbs.txt), not the paper.",
      examples=['The Dunmore Herald quoted Tom Hale as saying: "The bridge is late."',
                'When Tom Hale visited Dunmore last month, local radio cited him as saying the bridge could be '
                'built, as long as the council agrees to “careful and step-by-step work on the bridge”.'])
def _quoted_as_saying(verb: Token) -> Token | None:
    if verb.head.lower_ != "as" or verb.head.head.lemma_.lower() not in words("quoting_verbs"):
        return None
    return next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)


@rule("quote.subject-it-reported-by-a-name", stage="quote.subject", priority=5, action="attribute-speaker",
      why="'Hale said it would tell a story \"of hope\"': words reported by a named sayer are the sayer's, not those of the 'it' they describe.",
      examples=['Mayor Tom Hale, opening the Dunmore Museum of Local History at noon, said it would tell a story "of loss, but also of courage and of home."'],
      counter=['Tarrow Mining closed the mine. Tom Hale said the company would tell staff "the pits are not safe any more."'])
def _it_reported_by_name(tok: Token, verb: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    if tok is not verb or tok.dep_ != "ccomp" or [s.lower_ for s in subjects] != ["it"] or not is_speech_verb(tok.head):
        return None
    sayer = next((c for c in tok.head.children if c.dep_ in SUBJECT_DEPS), None)
    return sayer if sayer is not None and sayer.pos_ == "PROPN" else None


@rule("quote.subject-object-of-a-causing-verb", stage="quote.subject", priority=6, action="attribute-speaker",
      why="'That prompted the mayor to fire back that Voss was \"...\"': a speech verb in the infinitive after a verb of "
          "causing (data/causing_verbs.txt) and its object has that object for subject: the one caused to speak spoke.",
      examples=['Voss called the mayor a liar on Monday.\n\nThat prompted Mayor Tom Hale to fire back that his rival was '
                '“lying in order to win the vote.”'],
      counter=['Voss called the mayor a liar on Monday.\n\nThat pushed Mayor Tom Hale to call for a vote, and Voss said '
               'the mayor was “lying in order to win the vote.”'])
def _object_of_causing_verb(tok: Token, verb: Token) -> Token | None:
    head = tok.head
    if tok.tag_ != "VB" or tok.dep_ != "xcomp" or head.i == tok.i or head.lemma_.lower() not in words("causing_verbs"):
        return None
    if not marked_infinitive(tok):
        return None
    return next((c for c in head.children if c.dep_ == "dobj" and c.i < tok.i), None)


@rule("quote.subject-outside-the-marks", stage="quote.subject", priority=9, action="attribute-speaker",
      why="'\"Tarrowans who ... sought to stop me,\" former US envoy to Peru Tom Hale said', parsed with two "
          "subjects for 'said', one inside the quotation: the quoted words are what was said, so the subject outside the "
          "marks is the speaker's (of several, the one `quote.subject-nearest-name` would take).",
      examples=['"Tarrowans who prefer to build by the old planning rules sought to stop me," former US envoy to Peru '
                'Tom Hale said at the hearings.'],
      counter=['"Tarrowans who prefer to build by the old planning rules tried to stop me," former councillor '
               'Ana Ruiz said.'])
def _subject_outside_marks(tok: Token, verb: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    inside = [s for s in subjects if _in_marks(s)]
    outside = [s for s in subjects if not _in_marks(s)]
    if not inside or not outside:
        return None
    return max(outside, key=lambda c: (c.pos_ == "PROPN", c.i < tok.i, c.i if c.i < tok.i else -c.i))


def _in_marks(tok: Token) -> bool:
    return any(a <= tok.idx < b for a, b in tok.doc._.quote_chars or ())


@rule("quote.subject-nearest-name", stage="quote.subject", priority=10, action="attribute-speaker",
      why="The verb's subject; of two, the nearer name ('Tarrow chief Tom Hale added'; 'Ana Ruiz, shadow work secretary, said': Ruiz); "
          "never the stop of 'Sr.' or 'Jr.' that the parse split off the name as a second subject.",
      examples=['Tom Hale then told the Dunmore council: "The bridge is late."',
                'Pier row\n\n“We will rebuild every plank of it,” Ben Orme Sr., a cousin of Ana Ruiz, told the Courier.'])
def _nearest_subject(tok: Token, verb: Token) -> Token | None:
    subjects = [c for c in tok.children if c.dep_ in SUBJECT_DEPS]
    subjects = subjects or [s for a in tok.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"]  # "he did, at last, say"
    if not subjects:
        return None
    return max(subjects, key=lambda c: (c.text != ".", c.pos_ == "PROPN", c.i < tok.i, c.i if c.i < tok.i else -c.i))


def _word_before(verb: Token) -> int | None:
    """For a main verb whose subject the parse hung elsewhere ('"...," X, 58, said'), the
    index of the word before it, past commas, ages and "on <date>"."""
    if not (verb.dep_ == "ROOT" or verb.dep_ == "advcl" and verb.tag_ == "VBD"):
        return None
    doc, start = verb.doc, verb.sent.start
    j = verb.i - 1
    while j > start and (doc[j].is_punct and doc[j].text == "," or doc[j].like_num):
        j -= 1
    dated = j
    while dated > start and doc[dated].ent_type_ == "DATE":
        dated -= 1  # "as the party's co-chairman, X, on Saturday called him ..."
    if 1 < dated < j and doc[dated].lower_ == "on" and doc[dated - 1].text == ",":
        j = dated - 2
    return j


@rule("quote.subject-name-just-before-verb", stage="quote.subject", priority=20, action="attribute-speaker",
      why="'\"...,\" Hale, 58, said' and 'In a speech to the Dunmore Centre Mr Hale said', parsed with the name elsewhere.",
      examples=['In a speech to the Dunmore Centre Mr Hale said: "The bridge is late."'])
def _name_just_before(tok: Token, verb: Token) -> Token | None:
    j = _word_before(verb) if tok is verb else None
    if j is None:
        return None
    word = verb.doc[j]
    if word.pos_ != "PROPN" or word.dep_ == "poss":
        return None
    return word if j == verb.i - 1 or word.dep_ not in ("pobj", "dobj") else None


@rule("quote.subject-name-before-participle", stage="quote.subject", priority=45, action="attribute-speaker",
      why="'footage of Hale asking, \"...\"' / 'ends with Hale telling a crowd that \"...\"': a name after 'of' or 'with' "
          "right before a speech verb's '-ing' form that has no subject of its own is the one speaking.",
      examples=['The bridge is late again.\n\nThe ad uses footage of Tom Hale asking, “Why is the bridge in our town not built yet?”',
                'The bridge is late again.\n\nThe clip ends with Tom Hale telling a crowd that “the bridge in our town will never be built.”'],
      counter=['The bridge is late again.\n\nTom Hale sided with Ana Ruiz saying “the bridge in our town will never be built.”'])
def _name_before_participle(tok: Token, verb: Token) -> Token | None:
    if tok is not verb or verb.tag_ != "VBG" or verb.i == 0:
        return None
    word = verb.doc[verb.i - 1]
    if word.pos_ != "PROPN" or word.dep_ != "pobj" or word.head.lower_ not in ("of", "with"):
        return None
    told = [c for c in verb.head.children if c.dep_ in SUBJECT_DEPS] if verb.head.i != verb.i else []
    return None if any(c.pos_ in ("PRON", "PROPN") for c in told) else word  # 'Hale sided with Ruiz saying ...': Hale's


@rule("quote.subject-name-before-participle-of-a-thing", stage="quote.subject", priority=8, action="attribute-speaker",
      why="'a video surfaced of Hale saying, \"...\"', parsed with the thing ('video') as the subject of 'saying': the "
          "name right before the speech verb's '-ing' form, after 'of' or 'with', is the one speaking, not the recording.",
      examples=['Tom Hale ran for mayor of Dunmore last year. Then a video surfaced of Hale saying, "there is a lot '
                'of work to do on the bridge and I am the one to do it."'],
      counter=['Tom Hale ran for mayor of Dunmore last year. Then a video surfaced of Hale, saying, "there is a lot '
               'of work to do on the bridge and I am the one to do it."'])
def _name_before_participle_of_a_thing(tok: Token, verb: Token) -> Token | None:
    if tok is not verb or verb.tag_ != "VBG" or verb.i == 0:
        return None
    subjects = [c for c in verb.children if c.dep_ in SUBJECT_DEPS]
    if not subjects or any(c.pos_ != "NOUN" or c.ent_type_ for c in subjects):
        return None
    word = verb.doc[verb.i - 1]
    if word.pos_ != "PROPN" or word.dep_ != "pobj" or word.head.lower_ not in ("of", "with"):
        return None
    return word


@rule("quote.subject-opening-name-before-long-apposition", stage="quote.subject", priority=25, action="attribute-speaker",
      why="'Ana Ruiz, a spokeswoman for the Tarn Group, the parent company for the Voss family’s hotels, said:' — a long apposition with a "
          "possessive the parse read as a verb: the name the sentence opens with, when the verb has no subject.",
      examples=['Dunmore Bank was in the news.\n\nAna Ruiz, a spokeswoman for the Tarn Organization, the parent company for the '
                'Voss family’s many hotels and shops, said: “We know of no ‘suspect’ payments to Dunmore Bank.”'])
def _opening_name_before_apposition(tok: Token, verb: Token) -> Token | None:
    if tok is not verb or verb.dep_ != "ROOT" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    first = doc[sent.start]
    if first.pos_ != "PROPN" or verb.i < 2 or doc[verb.i - 1].text != ",":
        return None
    name_end = first.i
    while name_end + 1 < verb.i and doc[name_end + 1].pos_ == "PROPN":
        name_end += 1
    if doc[name_end + 1].text != ",":
        return None
    between = doc[name_end + 2 : verb.i - 1]
    if any(t.text in ALL_MARKS or t.tag_ in ("VBD", "VBZ", "VBP", "MD") and not _possessive(t) for t in between):
        return None
    return doc[name_end]


@rule("quote.subject-name-ending-an-inverted-tag", stage="quote.subject", priority=27, action="attribute-speaker",
      why="'\"...,\" said party strategist and Hale surrogate Ben Orme.': a speech verb right after the closing mark, given no "
          "subject because the parse read a title noun as a verb, speaks for the name that ends its sentence after a "
          "run of title words (no comma, pronoun or other verb of its own between).",
      examples=['“We will win the county vote,” said party strategist and Hale surrogate Ben Orme.'],
      counter=['“We will win the county,” said Green strategist Tom Hale.',
               '“We will win the county,” said the mayor, who backs Tom Hale.'])
def _name_ending_an_inverted_tag(tok: Token, verb: Token) -> Token | None:
    if tok.i != verb.i or verb.i < 1 or verb.doc[verb.i - 1].text not in (*CLOSING, "\""):
        return None
    if any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    doc, sent = verb.doc, verb.sent
    end = sent.end
    while end > verb.i + 1 and doc[end - 1].is_punct:
        end -= 1
    run = doc[verb.i + 1 : end]
    if not 3 <= len(run) <= 10 or run[-1].pos_ != "PROPN" or run[-1].ent_type_ != "PERSON" or run[0].pos_ not in ("ADJ", "NOUN", "PROPN"):
        return None
    if any(t.is_punct or t.pos_ in ("PRON", "AUX", "DET") or t.pos_ == "ADP" and t.lower_ != "of"
           or t.tag_ in ("VBD", "VBZ", "VBN", "VBG", "MD") for t in run):
        return None
    return run[-1]


@rule("quote.subject-named-before-who-clause", stage="quote.subject", priority=30, action="attribute-speaker",
      why="'In an article for the paper, Ms Voss, who chairs the committee, says:': the name before the clause.",
      examples=['In an article for the Dunmore Herald, Ms Dalby Voss, who chairs the council, says: "The bridge is late."'])
def _named_before_who_clause(tok: Token, verb: Token) -> Token | None:
    j = _word_before(verb) if tok is verb else None
    if j is None or j >= verb.i - 1:
        return None
    doc = verb.doc
    clause = next((a for a in doc[j].ancestors if a.dep_ == "relcl" and a.i < verb.i), None)
    who = next((c for c in clause.children if c.tag_ == "WP" and c.dep_ in SUBJECT_DEPS), None) if clause is not None else None
    named = doc[who.i - 2] if who is not None and who.i >= 2 and doc[who.i - 1].text == "," else None
    if named is not None and named.pos_ == "PROPN" and named.dep_ in ("appos", "nsubj", "compound"):
        return named
    return None


@rule("quote.subject-opening-participle", stage="quote.subject", priority=35, action="attribute-speaker",
      why="'Saying \"...,\" Governor Hale signaled that ...': a participle of speech opening its sentence, parsed as the root "
          "with the main clause hung on it, speaks for the subject of the first verb after the quotation.",
      examples=['Saying “the fault for this flood in the valley lies with one firm alone: the dam company,” Governor Tom Vesey '
                'signaled on Tuesday that the state was ready to act.'],
      counter=['Saying “the fault for this flood in the valley lies with one firm alone: the dam company” is easy, '
               'and the governor knew it.'])
def _opening_participle(tok: Token, verb: Token) -> Token | None:
    if tok is not verb or verb.tag_ != "VBG" or verb.dep_ != "ROOT" or verb.i != verb.sent.start or any(
        c.dep_ in SUBJECT_DEPS for c in verb.children
    ):
        return None
    after = [t for t in verb.doc[verb.i + 1 : verb.sent.end] if not _quoted(t) and not t.is_punct]
    if not after or after[0].i == verb.i + 1:
        return None  # the quotation must follow the participle at once
    main = next((t for t in after if t.pos_ in ("VERB", "AUX") and t.tag_ in ("VBD", "VBZ", "VBP")), None)
    if main is None or main.head != verb:
        return None
    subject = next((c for c in main.children if c.dep_ in ("nsubj",) and not _quoted(c)), None)
    return subject if subject is not None and subject.i < main.i else None


@rule("quote.subject-named-agent-of-a-passive", stage="quote.subject", priority=7, action="attribute-speaker",
      why="'Hale was asked by host Ana Ruiz whether the plan would risk \"...\"': the words are the named agent's (who asked), "
          "not those of the one the passive speech verb has for its subject.",
      examples=['Tom Hale went on the Dunmore Radio morning show on Friday. Hale was asked by host Kerrin Voss whether his plan '
                'for the bridge would risk "adding another costly mistake to a long list of them."'])
def _named_agent_of_passive(tok: Token, verb: Token) -> Token | None:
    if tok is not verb or not is_speech_verb(tok) or not any(c.dep_ == "nsubjpass" for c in tok.children):
        return None
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    named = next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None
    return named if named is not None and named.pos_ == "PROPN" else None


@rule("quote.subject-passive-agent", stage="quote.subject", priority=40, action="attribute-speaker",
      why="'it was said by Hale': the agent of a passive verb.",
      examples=['The words "the bridge is late", said by Tom Hale on Monday, angered the council.'])
def _passive_agent(tok: Token, verb: Token) -> Token | None:
    agent = next((c for c in tok.children if c.dep_ == "agent"), None)
    return next((c for c in agent.children if c.dep_ == "pobj"), None) if agent is not None else None


@rule("quote.subject-seen-telling", stage="quote.subject", priority=50, action="attribute-speaker",
      why="'The film showed Hale telling the meeting:': the one seen doing the telling (not after a comma: 'Hale "
          "recorded a video, saying' is Hale saying it).",
      examples=['Cameras caught Tom Hale saying: "The bridge is late."'],
      counter=['Senator Tom Hale recorded a video, saying "Outside groups are spending millions to take this seat."'])
def _seen_telling(tok: Token, verb: Token) -> Token | None:
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.lemma_.lower() not in words("perceiving_verbs"):
        return None
    if tok.i > 0 and tok.doc[tok.i - 1].text == ",":
        return None
    return next((c for c in tok.head.children if c.dep_ == "dobj"), None)


@rule("quote.subject-telling-after-a-reported-clause", stage="quote.subject-climb", priority=15, action="attribute-speaker",
      why="'He said it was hard to believe Voss would win, telling the crowd: \"...\"', parsed with 'telling' hung on a verb "
          "deep in what he said (Voss's): a participle of speech after a comma climbs past the verbs of the reported clause "
          "to the speech verb that reports it, whose subject speaks.",
      examples=['Kerrin Voss won the vote in Dunmore.\n\nTom Hale said it was hard to believe Voss would end up winning the '
                'seat, telling the crowd: “We still have many weeks of hard work ahead of us.”'])
def _telling_after_a_reported_clause(tok: Token) -> Token | None:
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or not is_speech_verb(tok) or not tok.i or tok.doc[tok.i - 1].text != ",":
        return None
    if is_speech_verb(tok.head) or tok.head.dep_ not in ("ccomp", "xcomp"):
        return None  # 'X said, adding' / 'X said Y had lost, adding': the rules of the climb before
    for steps, walk in enumerate(tok.ancestors):
        if _quoted(walk) or steps > 6:
            return None
        if is_speech_verb(walk):
            return walk if steps >= 2 else None  # one step: rule quote.subject-adding-after-said
    return None


@rule("quote.subject-adding-after-said", stage="quote.subject-climb", priority=10, action="attribute-speaker",
      why="'Hale said Voss had lost, adding:', parsed as if Voss were adding: the one saying.",
      examples=['Tom Hale said Kerrin Voss had lost the vote, adding: "The bridge is late."'])
def _adding_after_said(tok: Token) -> bool | None:
    return (
        tok.tag_ == "VBG"
        and tok.dep_ == "advcl"
        and tok.head.dep_ == "ccomp"
        and is_speech_verb(tok)
        and is_speech_verb(tok.head.head)
        and not _quoted(tok.head.head)  # "X seemed unmoved, telling reporters, "A lot of people said ..."": not the quoted "said"
    ) or None


@rule("quote.subject-conjoined-after-said", stage="quote.subject-climb", priority=12, action="attribute-speaker",
      why="'Hale said that the plan was the “worst” and claimed “...”', parsed with 'claimed' joined to the reported "
          "'was' rather than to 'said': a speech verb with no subject of its own joined to the verb of a clause that "
          "another speech verb reports shares that verb's subject, not the reported clause's (who said nothing).",
      examples=['Dunmore radio host Tom Hale declared that Kerrin Voss is the “opposite” of what the town board wants and stated '
                '“there is no question that Kerrin Voss … works for the bridge builders.”'])
def _conjoined_after_said(tok: Token) -> bool | None:
    return (
        tok.dep_ == "conj"
        and tok.pos_ == "VERB"
        and tok.head.dep_ == "ccomp"
        and tok.head.i < tok.i
        and is_speech_verb(tok)
        and not is_speech_verb(tok.head)
        and not any(c.dep_ in SUBJECT_DEPS for c in tok.children)
        and is_speech_verb(tok.head.head)
        and not _quoted(tok.head.head)
    ) or None


# ---------------------------------------------------------------------------------------
# Whom a subject names (stage quote.named)


def resolve(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    """A subject token -> the entity key it names (a person or an organization)."""
    if token.pos_ == "PRON" and mentions.at(token) is None:
        token = _unnamed_spokesperson_meant(token, mentions) or token
    found = rules.first("quote.named", token, mentions, role_index)
    key = found or None
    if found is None and token.lemma_.lower() in SPOKESPEOPLE:  # not when a rule decided it names no one
        key = rules.first("quote.spokesperson", token, mentions, role_index) or None
    return key


@rule("quote.pronoun-means-unnamed-spokesperson", stage="quote.pronoun", priority=10, action="resolve",
      why="'A ministry spokesman said ... He added': he is the spokesman, who speaks for the ministry.",
      examples=['Tom Hale runs the Tarrow Ministry. A Tarrow Ministry spokesman said it was late. He added: "We are sorry."'])
def _unnamed_spokesperson_meant(token: Token, mentions: Mentions) -> Token | None:
    return unnamed_speaker_before(token, mentions)


def _named(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    return rules.first("quote.named", token, mentions, role_index) or None


@rule("quote.named-no-one-for-several-named-together", stage="quote.named", priority=5, action="attribute-speaker",
      why="'Tom Hale, Jo Orme and Dan Tarrant said in a joint statement': words several people said together are no one "
          "person's; the statement is published with the names as the source (rule quote.unnamed-source-several-named-together).",
      examples=['The families met the council on Monday.\n\n“We called for answers from the very start. The town owes us the '
                'truth,” Tom Hale, Jo Orme and Dan Tarrant said in a joint statement.'],
      counter=['The families met the council on Monday.\n\n“We called for answers from the very start,” Tom Hale said, with Ana '
               'Ruiz beside him.'])
def _several_named_together(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    return NOBODY if _named_together(token, mentions) else None


def _named_together(token: Token, mentions: Mentions) -> list[Token]:
    """The people a subject names together with it ('Hale, Ruiz and Orme said'), itself first; [] for one."""
    m = mentions.at(token)
    if m is None or m.kind != "person" or m.pronoun or token.dep_ not in SUBJECT_DEPS:
        return []
    names, others = {token.i}, []
    for t in token.subtree:  # a list of names: each one set beside or joined to a name before it
        o = mentions.at(t)
        if t.i > token.i and t.dep_ in ("conj", "appos") and t.head.i in names and o is not None and o.kind == "person" \
                and not o.pronoun and o.key != m.key:
            names.add(t.i)
            others.append(t)
    joined = any(t.dep_ == "cc" and t.lower_ in ("and", "&") and t.head.i in names for t in token.subtree)
    return [token, *others] if others and joined else []


@rule("quote.named-person-titled-after-a-body", stage="quote.named", priority=8, action="attribute-speaker",
      why="'National Institute of Mines and Metals director Dana Roe said', 'said Guardians of Tarrow chief Ana Ruiz': a "
          "body's name with 'and' or 'of' inside it, parsed as the subject with the titled name after it set beside, joined "
          "to it or hung on its 'of'; the person named last in the subject, after a title word, speaks, not the body whose "
          "title it is.",
      examples=['National Institute of Mines and Metals director Dana Roe said he would want the town to begin “a slow return '
                'to daily life as it was,” starting in May.',
                '"The vote was a disgrace to us all," said Guardians of Tarrow chief Ana Ruiz.'],
      counter=['National Institute of Mines and Metals and Dana Roe said they would want the town to begin “a slow return '
               'to daily life as it was,” starting in May.',
               '"The vote was a disgrace to us all," said Guardians of Tarrow and Ana Ruiz.',
               '"The vote was a disgrace to us all," said Friends of Mayor Tom Hale.'])
def _person_titled_after_body(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    m = mentions.at(token)
    if m is None or m.kind != "org" or token.dep_ not in SUBJECT_DEPS:
        return None
    doc, verb = token.doc, token.head
    after_verb = verb.i < token.i
    inside = [c for c in token.children if c.dep_ in ("appos", "conj")]
    inside += [o for c in token.children if c.dep_ == "prep" and c.lower_ == "of" for o in c.children if o.dep_ == "pobj"]
    for c in inside:
        p = mentions.at(c)
        if p is None or p.kind != "person" or p.pronoun or p.start < 1:
            continue
        if not (p.end == verb.i or after_verb and (p.end >= len(doc) or doc[p.end].is_punct)):
            continue  # the person named last in the subject: right before its verb, or ending the words after it
        between = doc[m.end : p.start]
        if c.dep_ == "pobj" and p.start - c.head.i < 3:
            continue  # 'said Friends of Mayor Tom Hale': a body named after the person, no body's name before the title
        if len(between) and title_word(between[-1]) and not any(t.is_punct for t in between):
            return p.key
    return None


@rule("quote.named-pronoun-of-no-told-gender-beside-another", stage="quote.named", priority=9, action="attribute-speaker",
      why="'Host Dan Orme asked her why Hale would back the mill. \"...,\" she said': a pronoun resolved to someone "
          "whose gender nothing tells, while the sentence before holds another pronoun of its gender (outside quotations, "
          "not a possessive) taken to mean someone else, is a guess; no one named speaks rather than the wrong one.",
      examples=['President Hale and the mill owners agree that Joe Voss is “not fit to run a bake sale,” said spokeswoman '
                'Sarah Lind.\n\n“I think they share a view of Joe Voss and his record,” Lind said on the radio.\n\nBut host '
                'Dan Orme pressed her on why Hale would back the mill owners against a candidate for mayor.\n\n“The president '
                'can judge Joe Voss for himself, and he has done so many times,” she said.'])
def _pronoun_of_no_told_gender(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    gender = PRONOUN_GENDERS.get(token.lower_)
    m = mentions.at(token)
    if gender is None or m is None or not m.pronoun or m.key in mentions.genders:
        return None
    sent = sent_of(token)
    if not sent.start:
        return None
    before = sent_of(token.doc[sent.start - 1])
    others = [t for t in before if PRONOUN_GENDERS.get(t.lower_) == gender and t.dep_ != "poss" and not mentions.quoted(t.idx)]
    return NOBODY if any(mentions.at(t) is not None and mentions.at(t).key != m.key for t in others) else None


@rule("quote.named-mention", stage="quote.named", priority=10, action="attribute-speaker",
      why="A subject that is a mention (a name, or a pronoun resolved to one) names that person or body.",
      examples=['Tom Hale\'s Tarrow Mining said: "We are sorry."'])
def _named_mention(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    m = mentions.at(token)
    return m.key if m else None


@rule("quote.named-relative-pronoun", stage="quote.named", priority=20, action="attribute-speaker",
      why="'the Dunmore spokesman, who said': whom the clause hangs from.",
      examples=['The plan was criticised by a Dunmore Party spokesman, who said: "It is late."'])
def _named_by_relative(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lower_ not in words("relativizers") or token.head.dep_ != "relcl":
        return None
    return (_named(token.head.head, mentions, role_index) if token.head.head.i != token.i else None) or NOBODY


@rule("quote.named-in-apposition", stage="quote.named", priority=30, action="attribute-speaker",
      why="'The head of the party, Tom Hale,' / 'Dunmore's defence minister Tom Hale': a name inside the subject. The "
          "parse may set the name beside the object of 'of', 'for' or 'to' instead ('One of Mayor Ana Ruiz's old aides, "
          "Tom Marr,' / 'A former aide of Mayor Ana Ruiz, Tom Marr,'): where that object is several people or a person "
          "named, the name set after it between commas is the subject's, not another name of theirs.",
      examples=['Kerrin Voss\'s old friend, Tom Hale, said: "The bridge is late."',
                'Hale has critics. One of Mayor Ana Ruiz’s former harbour aides, Tom Marr, has been telling anyone who '
                'will listen, “The council was fooled by Hale: it paid for a pier it never got.”',
                'Hale has critics. A former aide of Mayor Ana Ruiz, Tom Marr, said, “The council was fooled by Hale.”'])
def _named_in_apposition(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    direct = next((m.key for c in token.children if c.dep_ == "appos" and (m := mentions.at(c))), None)
    if direct is not None or mentions.at(token) is not None:
        return direct
    doc = token.doc
    for prep in (c for c in token.children if c.dep_ == "prep" and c.lower_ in ("of", "for", "to")):
        for obj in (c for c in prep.children if c.dep_ == "pobj"):
            owner = mentions.at(obj)
            named = owner is not None and owner.kind == "person" and not owner.pronoun
            if not (named or obj.tag_ == "NNS"):
                continue  # "a friend of the victim, Tom Hale,": the victim's name, perhaps
            for c in obj.children:
                m = mentions.at(c) if c.dep_ == "appos" and c.i > obj.i and doc[c.left_edge.i - 1].text == "," else None
                if m is not None and m.kind == "person" and not m.pronoun and not (named and m.key == owner.key):
                    return m.key
    return None


def _phrase(token: Token) -> Span:
    """The noun phrase without a clause that hangs off it ("the spokesman, who said: ...")."""
    right = max([token.i] + [c.right_edge.i for c in token.rights if c.dep_ not in ("relcl", "acl", "punct")])
    return token.doc[token.left_edge.i : right + 1]


def hyphenated_title(token: Token) -> str | None:
    """'the president-elect': the title written with a hyphen (data/titles.txt) whose last part `token` is, which
    the model splits in three ('president', '-', 'elect')."""
    doc, i = token.doc, token.i
    if i < 2 or doc[i - 1].text != "-" or doc[i - 1].whitespace_ or doc[i - 2].whitespace_ or doc[i - 2].head.i != i:
        return None
    title = f"{doc[i - 2].lower_}-{token.lower_}"
    return title if title in words("titles") else None


def _holds_office(token: Token) -> bool:
    """A title held, not spoken for another ("the Tory MP"; not "a Tory spokesman")."""
    return title_word(token) and token.lemma_.lower() not in SPOKESPEOPLE


@rule("quote.named-no-one-for-an-unnamed-one-of-a-name", stage="quote.named", priority=35, action="attribute-speaker",
      why="'claimed one Hale supporter' / 'a Ruiz ally said': a person's noun with 'a', 'an', 'one' or 'another' whose only "
          "name is a word set before it names someone unnamed of that person's side, not the person named; a spokesperson "
          "speaks for whom they are named with (rule quote.spokesperson-named-before).",
      examples=['Tom Hale lost the vote for mayor of Dunmore on Tuesday.\n\n“I think the count was rigged from the start. The '
                'fraud is now plain to all of us,” claimed one Hale supporter.'],
      counter=['Tom Hale lost the vote for mayor of Dunmore on Tuesday.\n\n“I think the count was rigged from the start,” '
               'claimed one supporter, Hale.'])
def _unnamed_one_of_a_name(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.pos_ != "NOUN" or not token.is_lower or token.lemma_.lower() in SPOKESPEOPLE or not _unnamed_determiner(token):
        return None
    span = _phrase(token)
    people = mentions.in_span(span.start, span.end, kind="person")
    if not people or any(m.pronoun or m.end > token.i for m in people):
        return None
    return NOBODY


@rule("quote.named-no-one-for-several-of-a-name", stage="quote.named", priority=37, action="attribute-speaker",
      why="'aides to Hale said' / 'Hale's lawyers said' / 'said Hale critics': a plural noun of people (a title, "
          "data/unnamed_sources.txt, data/unnamed_people.txt) whose only person is named after a preposition, as its owner "
          "or as a word set before it is several unnamed "
          "people of that person's side, not the person ('comments by Hale' are Hale's).",
      examples=['Mayor Tom Hale spoke on Monday. Two weeks later, advisers to Hale told the Tarrow Post the mayor was "ready '
                'to walk away from the whole deal" after the vote.',
                'Mayor Tom Hale won the vote on Monday. "He sold the harbor to his friends," Hale critics said.'],
      counter=['Mayor Tom Hale spoke on Monday. Two weeks later, Hale told the Tarrow Post he was "ready to walk away from the '
               'whole deal" after the vote.'])
def _several_of_a_name(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if not _people_of_a_name(token) or mentions.at(token) is not None:
        return None  # "calculations by X", "comments by X": X's own, not other people's
    span = _phrase(token)
    people = mentions.in_span(span.start, span.end, kind="person")
    doc = token.doc
    if not people or any(m.pronoun or m.in_quote or doc[m.end - 1].dep_ not in ("pobj", "poss", "compound") for m in people):
        return None
    return NOBODY


def _people_of_a_name(token: Token) -> bool:
    """'critics', 'aides', 'senators': a plural noun of people (a title, data/unnamed_sources.txt, unnamed_people.txt)."""
    return token.tag_ == "NNS" and token.is_lower and (
        title_word(token) or token.lemma_.lower() in words_of("unnamed_sources", "unnamed_people"))


@rule("quote.named-no-one-for-one-speaking-for-a-person", stage="quote.named", priority=38, action="attribute-speaker",
      why="'A spokesman for Tom Hale said' / 'a Hale aide said' / 'one of Hale's lawyers said': someone who speaks for a "
          "person (data/speakers_for_a_person.txt) and is not named speaks in their own words, not the person's; the "
          "person named in the phrase is not the speaker (the statement goes to the unnamed source as the text gives it).",
      examples=['Tom Hale lost the vote on Monday.\n\n“The count was wrong and we will ask for another,” a spokesman for '
                'Hale said.'],
      counter=['Tom Hale lost the vote on Monday.\n\n“The count was wrong and we will ask for another,” his spokesman, '
               'Dan Orme, said.'])
def _no_one_for_one_speaking_for_a_person(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    doc = token.doc
    if token.tag_ in ("NNS", "NNPS"):
        return None  # 'aides to Hale said': several (rule quote.named-no-one-for-several-of-a-name)
    head = token
    if token.lower_ in ("one", "some") and (of := next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)):
        head = next((c for c in of.children if c.dep_ == "pobj"), token)  # 'one of Hale's lawyers'
    if head.lemma_.lower() not in words("speakers_for_a_person") or mentions.at(token) is not None:
        return None
    if any(c.dep_ == "appos" for c in head.children) or any(c.dep_ == "appos" for c in token.children):
        return None  # 'his spokesman, Dan Orme, said': named (rule quote.named-in-apposition)
    span = _phrase(token)
    people = [m for m in mentions.in_span(span.start, span.end, kind="person") if not m.pronoun and not m.in_quote]
    if not people or any(doc[m.start : m.end].root.i == token.i for m in people):
        return None
    return NOBODY


@rule("quote.named-person-in-phrase", stage="quote.named", priority=40, action="attribute-speaker",
      why="A person named in the subject's phrase; not the owner of a title ('his former adviser said': not him), nor a "
          "name written as a noun's modifier ('the Tarrow Media founder and Hale confidante wrote': not Hale).",
      examples=['"It is late," acting director of the Dunmore Port Authority Tom Hale said.'],
      counter=['Kerrin Voss, founder of Tarrow Media and a friend of Mayor Tom Hale, spoke on Sunday.\n\nThe Tarrow Media '
               'founder and Hale confidante later wrote online, “Good talk with Ana today about the harbour. Well done!”'])
def _person_in_phrase(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    span = _phrase(token)
    people = mentions.in_span(span.start, span.end, kind="person")
    if _holds_office(token):  # "his former adviser said": not him; "the founder and Hale confidante": not Hale
        doc = token.doc
        people = [m for m in people if doc[m.end - 1].dep_ != "poss" and not (m.end < len(doc) and doc[m.end].dep_ == "case")
                  and not _modifies_a_noun(doc[m.start : m.end].root)]
    if not people:
        return None
    return people[-1].key if token.i > people[-1].start else people[0].key


def _modifies_a_noun(name: Token) -> bool:
    """'Hale confidante', 'a Hale ally': a name written as a modifier of a noun after it."""
    return name.dep_ == "compound" and name.head.pos_ == "NOUN" and name.head.i > name.i


@rule("quote.named-body-in-phrase", stage="quote.named", priority=50, action="attribute-speaker",
      why="'a Dunmore Party spokesman said': the body named in the phrase; but 'the Dunmore MP said' is a person, and so "
          "is 'a senior GOP operative' or 'a Republican aide': a US party named by its member's word "
          "(data/party_member_words.txt) speaks only through a spokesperson (data/spokespeople.txt).",
      examples=['"It is late," a Dunmore Party spokesman said.', '"It is late and the money is gone," a Republican spokeswoman said.'],
      counter=['"It is late and the money is gone," a senior Republican operative on the floor told reporters.'])
def _body_in_phrase(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if _holds_office(token):
        return None
    span = _phrase(token)
    orgs = mentions.in_span(span.start, span.end, kind="org")
    named = token.doc[orgs[0].start : orgs[0].end].text.lower() if orgs else ""
    if named in pairs("party_member_words") and token.lemma_.lower() not in words("spokespeople"):
        return None  # "a senior GOP operative said": a member of the party, not the party
    return orgs[0].key if orgs else None


@rule("quote.named-body-ending-in-noun", stage="quote.named", priority=60, action="attribute-speaker",
      why="'the committee said', 'an executive spokeswoman said': the one body named before whose name ends in that word.",
      examples=['The Dunmore Planning Committee met on Monday. "It is late," the committee said.'])
def _body_ending_in_noun(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    body_words = [token] if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children) else []
    if token.lemma_.lower() in SPOKESPEOPLE:
        body_words += [c for c in token.children if c.dep_ in ("compound", "amod") and c.is_lower]
    return next((key for word in body_words if (key := _body_ending_in(word, mentions)) is not None), None)


@rule("quote.named-capitalized-body-noun", stage="quote.named", priority=62, action="attribute-speaker",
      why="'the Court wrote', 'the Agency said': a body's noun written with a capital after 'the' (data/unnamed_body_nouns.txt), "
          "which names no body itself, stands for the one body named before whose name ends in it.",
      examples=['The Tarrow Supreme Court ruled on Monday.\n\n“We grant the city’s request to pause the order while the case goes on,” '
                'the Court wrote.'],
      counter=['The Tarrow Supreme Court and the Dunmore Appeals Court ruled on Monday.\n\n“We grant the city’s request to pause '
               'the order while the case goes on,” the Court wrote.'])
def _capitalized_body_noun(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.pos_ != "PROPN" or not token.is_title or token.lower_ not in words("unnamed_body_nouns"):
        return None
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children) or any(c.dep_ == "compound" for c in token.children):
        return None
    return _body_ending_in(token, mentions)


@rule("quote.named-publisher-the-outlet-named-last", stage="quote.named", priority=64, action="attribute-speaker",
      why="'The Dunmore Gazette ran the story ... the newspaper stood by it, saying it was \"...\"': 'the' and a publisher's "
          "noun as a speaker is the news outlet last named before it (quote.document-owner-publisher-the-outlet-named-last "
          "where the publisher's noun is the subject of the speech verb itself).",
      examples=['The Dunmore Gazette said the mayor had hidden the report. Tom Hale called the story false.\n\n'
                'Hours later the newspaper stood by its story, saying it was “sure of every word we printed.”'],
      counter=['Tom Hale called the story false.\n\n'
               'Hours later the newspaper stood by its story, saying it was “sure of every word we printed.”'])
def _publisher_named_last(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    return outlet_named_last(token, mentions)


@rule("quote.named-it-the-publisher-before", stage="quote.named", priority=66, action="attribute-speaker",
      why="'The network issued a statement. \"...,\" it said': 'it' after a sentence whose subject is 'the' and a "
          "publisher's noun ('the newspaper', 'the network'), with no body named since, is that publisher: the news outlet "
          "last named before it.",
      examples=['Tarrow News aired the tape on Friday. Tom Hale asked for it to be taken down.\n\nThe network issued a '
                'short statement. “Nothing in the tape was cut or changed,” it said.'],
      counter=['Tarrow News aired the tape on Friday. Tom Hale asked for it to be taken down.\n\nThe council issued a '
               'short statement. “Nothing in the tape was cut or changed,” it said.',
               'Ana Ruiz read the Tarrow Herald on Monday. She later spoke to a network in Dunmore.\n\nThe network issued a '
               'short statement. “Nothing was cut,” it said.'])
def _it_the_publisher_before(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lower_ != "it" or token.pos_ != "PRON":
        return None
    start = sent_of(token).start
    before = sent_of(token.doc[start - 1]) if start else None
    if before is None or mentions.in_span(before.start, token.i, "org"):
        return None
    subj = next((t for t in before if t.dep_ in SUBJECT_DEPS and t.head.i == before.root.i), None)
    return outlet_named_last(subj, mentions) if subj is not None else None


@rule("quote.named-it-the-writing-subject", stage="quote.named", priority=68, action="attribute-speaker",
      why="'the story opened with the claim and set it against what it called \"a curt reply\"': 'it' in a "
          "sentence whose main subject is a writing (data/document_nouns.txt) is that writing, which names no speaker, "
          "not the body named last.",
      examples=['The Tarrow Water Board said no pipes were cut.\n\nThe story opened with the claim and set it against what '
                'it called “a curt reply from the board”.'])
def _it_the_writing_subject(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lower_ != "it" or token.pos_ != "PRON":
        return None
    root = sent_of(token).root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), root if root.pos_ == "NOUN" else None)  # or misread as the root
    if subj is None or subj.i > token.i or subj.pos_ != "NOUN" or subj.lemma_.lower() not in words("document_nouns"):
        return None
    return NOBODY if mentions.at(subj) is None else None


@rule("quote.named-it-the-main-clause-subject", stage="quote.named", priority=69, action="attribute-speaker",
      why="'The Hale government backed the suit in May, after it argued that ... \"...\"': 'it' as the subject of a "
          "clause inside a sentence whose main clause has a thing for its subject, before it, naming no one, means that "
          "subject, no one named (not a body named in an earlier sentence); with a person or body named before it in "
          "the sentence, the rules after decide.",
      examples=['The Dunmore Supreme Court upheld the rule in 2016.\n\nThe Hale government backed the suit last spring, after '
                'it argued in court papers that the port’s hiring was “rigged against local crews from the start.”'],
      counter=['The Dunmore Supreme Court upheld the rule in 2016.\n\nLater that year it argued in court papers that the '
               'port’s hiring was “rigged against local crews from the start.”'])
def _it_the_main_clause_subject(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lower_ != "it" or token.pos_ != "PRON" or token.dep_ not in SUBJECT_DEPS:
        return None
    root = sent_of(token).root
    if token.head.i == root.i or is_speech_verb(root):
        return None  # the main clause's own subject; 'X said it would ...' (quote.subject-it-reported-by-a-name)
    subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass") and c.i < token.i), None)
    if subj is None or subj.tag_ not in ("NN", "NNP") or mentions.quoted(subj.idx) or subj.lemma_.lower() in words("document_nouns"):
        return None  # 'it' means no plural ('The firm's shares fell after it said'); a writing is quote.named-it-the-writing-subject's
    if mentions.in_span(sent_of(token).start, token.i):
        return None  # a person or body named in the sentence before 'it' ('X fined Y after it said'): the rules after decide
    return NOBODY


@rule("quote.named-it-last-body", stage="quote.named", priority=70, action="attribute-speaker",
      why="'it said it had \"run out of road\"': the body last named, a sentence or two before (sentences of the "
          "quotation itself left out: '\"... Our staff did not ...,\" it said.' looks back past them), not one a verb of "
          "telling speaks to ('X told Dunmore News that ...': the outlet listens).",
      examples=['Tarrow Mining cut 200 jobs. It said it had "entered a crisis".',
                'The Tarrow Water Board, one of the bodies sent by the state, told Dunmore Radio that no pipes were cut.\n\n'
                '“All our work is on public record. Our staff did not cut or close any of the pipes,” it said in a statement.',
                'Tarrow Video told Dunmore News that Tom Hale had been barred from the site.\n\n"We take down any channel '
                'that breaks our code three times in one season," it said in a statement.'])
def _it_last_body(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lower_ != "it" or token.pos_ != "PRON":
        return None
    start = sent_of(token).start
    while start and all(mentions.quoted(t.idx) for t in sent_of(token.doc[start - 1]) if not t.is_punct and not t.is_space):
        start = sent_of(token.doc[start - 1]).start  # a sentence of the quotation: look back past it
    since = start_of_sentence_before(token.doc, start)
    named = [m for m in mentions.in_span(since, token.i, "org") if not m.in_quote]
    if start < sent_of(token).start:  # past the quotation: the body a clause had for its subject, before one it only told
        named = [m for m in named if any(t.dep_ in SUBJECT_DEPS for t in token.doc[m.start : m.end])] or named
    named = [m for m in named if not _told(token.doc[m.start : m.end])] or named  # 'X told Dunmore Radio': X tells
    return named[-1].key if named else NOBODY


def _told(name: Span) -> bool:
    """Whether a name is the one a verb of telling speaks to ('told Dunmore Radio', 'said to the Herald')."""
    for t in name:
        verb = t.head.head if t.dep_ == "pobj" and t.head.lower_ == "to" else t.head
        if t.dep_ in ("dobj", "dative", "pobj") and verb.i != t.i and is_speech_verb(verb):
            return True
    return False


GENERIC_BODY_LOOKBACK = 200  # tokens back to the organization a "the firm said" means


@rule("quote.named-generic-body-last-subject", stage="quote.named", priority=55, action="attribute-speaker",
      why="'Tarrow Mining said it would sue Dunmore Council. \"...,\" the firm said': of the organizations named before, "
          "the one last named as a clause's subject, not the last named; unless a body whose name ends in that word "
          "('the Tarrow Mining Agency' for 'the agency') is named after it.",
      examples=['Tarrow Mining said on Monday it would sue Dunmore Council over the pits.\n\n"It is a sad day for the town," the firm said.'],
      counter=['Tarrow Mining said it was to blame. Staff of the Dunmore Water Agency found the leak.\n\n'
               '"It is a sad day for the town," the agency said.'])
def _generic_body_last_subject(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lemma_.lower() not in words("generic_bodies") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    named = [m for m in mentions.in_span(max(0, token.i - GENERIC_BODY_LOOKBACK), token.i, "org") if not m.in_quote and not m.pronoun]
    for n in range(len(named) - 1, -1, -1):
        m = named[n]
        if any(t.dep_ in ("nsubj", "nsubjpass") for t in token.doc[m.start : m.end]):
            ending = mentions.keys_ending_in(token.lower_, "org")
            return None if any(later.key in ending for later in named[n + 1 :]) else m.key
    return None


@rule("quote.named-generic-body", stage="quote.named", priority=80, action="attribute-speaker",
      why="'the firm said': the organization last named.",
      examples=['Two hundred jobs were lost at Tarrow Mining in Dunmore. "It is a sad day," the firm said.'],
      counter=['Tarrow Mining cut 200 jobs in Dunmore. "It is a sad day," a firm said.'])
def _generic_body(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.lemma_.lower() not in words("generic_bodies") or not any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        return None
    last = mentions.last_before(token.i, "org")
    return last.key if last is not None else NOBODY


@rule("quote.named-surname-spelt-another-way", stage="quote.named", priority=75, action="attribute-speaker",
      why="'Tom Hale filmed the crowd ... \"...,\" Hales told the radio': a capitalized word the model left untagged, as a "
          "speech verb's subject, spelt one letter apart from the surname of one person named in full (a letter more, less "
          "or other, or two side by side swapped), is that person.",
      examples=['Tom Hale walked down to the pier at noon and saw a crowd.\n\n“By the time we got there nobody knew what '
                'was happening,” Hales told the radio.'],
      counter=['Tom Hale walked down to the pier at noon and saw a crowd.\n\n“By the time we got there nobody knew what '
               'was happening,” Hull told the radio.'])
def _surname_spelt_another_way(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.pos_ != "PROPN" or not token.is_title or not token.is_alpha or token.ent_type_ or mentions.at(token) is not None:
        return None
    if any(c.dep_ in ("compound", "amod", "det", "poss") for c in token.children):
        return None
    keys = {key for key, entity in mentions.entities.items()
            if entity.kind == "person" and len(key.split()) >= 2 and _spelt_another_way(key, token.text)}
    return keys.pop() if len(keys) == 1 else None


def _spelt_another_way(full: str, word: str) -> bool:
    """Whether `word` is the surname of `full` spelt one letter apart, or a short one with an "s" more ("Hale", "Hales")."""
    last = surname(full)
    return same_surname(full, word) or len(last) == 4 and word == last + "s"


@rule("quote.named-no-holder-for-an-unnamed-title", stage="quote.named", priority=85, action="veto",
      why="'said a Dunmore Party senator, who would only talk if unnamed' / 'the two senators said': a title after 'a', 'an', "
          "'another' or 'one', or in the plural, is someone the text leaves unnamed (or several), never the one named holder "
          "of that title named before (a lead's 'a senator joked' may be the one named next); nor is 'the senator' who speaks after such an unnamed one was brought in, with no holder named since (nor 'the lawmaker' after 'a senator', where no holder is named before it).",
      examples=['Vote row\n\nSenator Tom Hale of Dunmore won the vote on Tuesday.\n\n“Some of us are worried about where the party is going,” '
                'said a Dunmore Party senator, who would only talk if unnamed.',
                'Vote row\n\nSenator Tom Hale of Dunmore won the vote on Tuesday.\n\nOn Wednesday the two senators said they would “work '
                'together on the bridge for as long as it takes.”',
                'Tom Hale, a former aide to the mayor, filed the case. Aides referred to such claims as “Hale facts and figures.”',
                'Vote row\n\nSenator Tom Hale of Dunmore won the vote on Tuesday.\n\n“Some of us are worried about where the party is going,” '
                'said a Dunmore Party senator, who would only talk if unnamed.\n\nThe bill is due in May.\n\n“We all feel we '
                'have to stand by him for now,” the senator said.'],
      counter=['Ana Ruiz joked about the vote\n\nAt a rally on Tuesday, a Dunmore Party senator joked about the bridge being “a '
               'toll for the rich.”\n\nSenator Tom Hale of Dunmore opened his remarks by thanking the crowd.',
               'Vote row\n\nSenator Tom Hale of Dunmore won the vote on Tuesday.\n\n“Some of us are worried about where the party is going,” '
               'the senator said.'])
def _no_holder_for_unnamed_title(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    several = token.tag_ in ("NNS", "NNPS") and title_word(token)  # 'Aides referred to it as': spokespeople too
    if token.pos_ not in ("NOUN", "PROPN") or not (token.is_lower or several and token.is_sent_start):
        return None  # "the senator", at times tagged a proper noun; not "Senator Hale"
    if not (_holds_office(token) or several):
        return None
    lemma, doc = token.lemma_.lower(), token.doc
    holders = role_index.get(lemma, [])
    last = max((i for i, _ in holders if i < token.i), default=-1)
    if token.tag_ in ("NNS", "NNPS") or _unnamed_determiner(token) and last >= 0:
        return NOBODY  # (a lead's 'a Dunmore senator joked ...' before the holder is named: rule quote.named-title-holder)
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
        return None
    # an unnamed one brought in as a subject ('said a senator'; not 'Hale -- a retired senator --'): of that title
    # after its last holder, or, where no holder is named before, any person so brought in ('the lawmaker' after 'a senator')
    people = words_of("titles", "unnamed_people", "spokespeople", "unnamed_sources")
    brought_in = any(
        (t.lemma_.lower() == lemma if last >= 0 else t.lemma_.lower() in people) and t.is_lower and t.tag_ in ("NN", "NNP")
        and t.dep_ in SUBJECT_DEPS and _unnamed_determiner(t) and not mentions.quoted(t.idx)
        for t in doc[last + 1 : token.i])
    return NOBODY if brought_in else None


def _unnamed_determiner(token: Token) -> bool:
    """'a senator', 'another senator', 'one senator' (no name beside it: 'a senator, Tom Hale,' names one)."""
    if any(c.dep_ == "appos" for c in token.children):
        return False
    return any(c.dep_ in ("det", "nummod") and c.lower_ in ("a", "an", "another", "one") for c in token.children)


@rule("quote.named-title-holder-not-a-bodys", stage="quote.named", priority=86, action="attribute-speaker",
      why="'President Tom Hale ... Tarrow Bank President Lena Park ... \"...,\" the president said': a bare title stands "
          "for the one holder named before with it bare, not for one whose title was written after a body's name, when "
          "each other holder is of that kind and none of them is named in the sentence or the one before.",
      examples=['Port row\n\nPresident Tom Hale met the harbour board on Monday. Tarrow Bank President Lena Park said the '
                'loans for the port were safe, and she would not sell them.\n\nThe town hall shut early on Monday.\n\n'
                'The president said that “we have a plan for the port and we will keep to it.”'],
      counter=['Port row\n\nPresident Tom Hale met the harbour board on Monday. Tarrow Bank President Lena Park said the '
               'loans for the port were safe, and she would not sell them.\n\nThe president said that “we have a plan for '
               'the port and we will keep to it.”',
               'Port row\n\nPresident Tom Hale met the harbour board on Monday. Tarrow Bank President Lena Park said the '
               'loans for the port were safe, and she would not sell them.\n\nThe town hall shut early on Monday.\n\n'
               'The bank president said that “we have a plan for the port and we will keep to it.”'])
def _title_holder_not_a_bodys(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    doc = token.doc
    return _the_one_holder_not_set_apart(
        token, mentions, role_index, lambda i: i > 0 and _a_bodys_title(doc, i, mentions))


def _a_bodys_title(doc: Doc, i: int, mentions: Mentions) -> bool:
    """Whether the title at token `i` is a body's, written after its name ("Tarrow Bank President") or
    before it ("president of Tarrow Bank")."""
    m = mentions.at(doc[i - 1])
    if m is None and doc[i - 1].tag_ == "POS" and i > 1:
        m = mentions.at(doc[i - 2])  # "Tarrow Bank's President"
    if m is None and i + 1 < len(doc) and doc[i + 1].lower_ in ("of", "at"):
        m = next((x for x in mentions.in_span(i + 2, min(i + 7, len(doc)), "org") if not x.pronoun), None)  # "president of Tarrow Bank"
    return m is not None and m.kind == "org" and not m.pronoun


@rule("quote.named-title-holder-not-a-past-one", stage="quote.named", priority=87, action="attribute-speaker",
      why="'Bishop Tom Hale ... under the late Bishop Ben Voss ... the bishop said': a bare title stands for the one holder "
          "named before with it who still holds it, not one written with a word of a past holder before the title "
          "('predecessor', 'former', 'the late'; data/past_holder_words.txt), unless that one is named in the sentence or "
          "the one before.",
      examples=['[2025-03-09] Choir fund\n\nBishop Tom Hale blessed the new organ at Elmton on Sunday.\n\nThe old organ '
                'was bought in 1961 by the late Bishop Ben Voss.\n\nOrganists from three towns played at the service.\n\n'
                '“Music keeps a parish alive,” the bishop told the choir.'],
      counter=['[2025-03-09] Choir fund\n\nBishop Tom Hale blessed the new organ at Elmton on Sunday.\n\nThe old organ '
               'was bought in 1961 by Bishop Ben Voss.\n\nOrganists from three towns played at the service.\n\n'
               '“Music keeps a parish alive,” the bishop told the choir.'])
def _title_holder_not_a_past_one(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    doc = token.doc
    return _the_one_holder_not_set_apart(
        token, mentions, role_index, lambda i: i > 0 and doc[i - 1].lower_ in words("past_holder_words"))


def _the_one_holder_not_set_apart(token: Token, mentions: Mentions, role_index: RoleIndex,
                                  set_apart: Callable[[int], bool]) -> str | None:
    """'the TITLE', bare: the one holder named before whose title `set_apart` (given the title's token) does not mark,
    where others it marks hold the title too; none when one of those is named (not a pronoun's guess) in the sentence
    or the one before (rules quote.named-title-holder-not-a-bodys, quote.named-title-holder-not-a-past-one,
    quote.named-title-holder-bare-title)."""
    if token.pos_ != "NOUN" and not _holds_office(token):
        return None
    if [c.lower_ for c in token.lefts] != ["the"] or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.rights):
        return None  # "the former bishop", "the bank president", "the bishop of Tarrow": told apart otherwise
    plain, apart = set(), set()
    for i, key in role_index.get(token.lemma_.lower(), []):
        if i < token.i:
            (apart if set_apart(i) else plain).add(key)
    if len(plain) != 1 or not apart - plain:
        return None
    doc, sent = token.doc, sent_of(token)
    prev = start_of_sentence_before(doc, sent.start)
    if any(m.key in apart - plain and not m.pronoun for m in mentions.in_span(prev, sent.end, "person")):
        return None  # "his predecessor Bishop Ben Voss spoke. The bishop said": him, as likely as not
    return plain.pop()


@rule("quote.named-title-holder-the-story-follows", stage="quote.named", priority=88, action="attribute-speaker",
      why="'President Tom Hale met Tarrow's President Ana Ruiz ... Hale went on to the port ... \"...,\" the president told "
          "staff': where two people named before hold that title, 'the president' is the one the story follows (the one a "
          "pronoun there would mean), not merely the one given the title last; 'the Tarrowan president' is the one written "
          "'Tarrowan President X' (no one, if several are).",
      examples=['Talks in Tarrow\n\nPresident Tom Hale and Tarrowan President Ana Ruiz took questions on Monday.\n\nAt noon, '
                'Hale went on to the port for a meeting with Tarrowan President Ana Ruiz.\n\nWhile he does not expect a deal '
                'soon, he knows trade has grown.\n\n“It is a fine chance for both our towns to trade more,” the '
                'president told staff at the Dunmore mission.',
                'Talks in Tarrow\n\nPresident Tom Hale and Tarrowan President Ana Ruiz took questions on Monday.\n\nAt noon, '
                'Ruiz went on to the port for a meeting with President Tom Hale.\n\nWhile she does not expect a deal soon, '
                'she knows trade has grown.\n\n“It is a fine chance for both our towns to trade more,” the president '
                'told staff at the Tarrow mission.',
                'Talks in Tarrow\n\nPresident Tom Hale and Tarrowan President Ana Ruiz took questions on Monday.\n\nAt noon, '
                'Ruiz went on to the port for a meeting with President Tom Hale.\n\n“It is a fine chance for both our towns '
                'to trade more,” the Tarrowan president told staff.'],
      counter=['Talks in Tarrow\n\nPresident Tom Hale and Tarrowan President Ana Ruiz took questions on Monday.\n\nAt noon, '
               'Ben Voss went on to the port for a meeting with President Tom Hale.\n\n“It is a fine chance for both our towns to '
               'trade more,” the president told staff at the Tarrow mission.'])
def _title_holder_the_story_follows(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.pos_ != "NOUN" and not _holds_office(token):
        return None
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
        return None
    qualifier = next((c.lower_ for c in token.lefts if c.lower_ in QUALIFIERS), None)
    holders = role_index.get(f"{qualifier} {token.lemma_.lower()}" if qualifier else token.lemma_.lower(), [])
    before = {key for i, key in holders if i < token.i}
    if len(before) < 2:
        return None
    places = {c.lower_ for c in token.lefts if c.dep_ in ("compound", "amod") and (c.pos_ == "PROPN" or c.ent_type_ in ("NORP", "GPE"))}
    doc = token.doc
    owners = {key for i, key in holders if i < token.i and any(doc[j].lower_ in places for j in range(max(i - 3, 0), i))}
    if owners:  # "the Dunmore president" where one is written "Dunmore President X": that one, else no one
        return owners.pop() if len(owners) == 1 else NOBODY
    key = mentions.antecedent(token.i)
    return key if key in before else None


@rule("quote.named-title-holder-bare-title", stage="quote.named", priority=89, action="attribute-speaker",
      why="'President Tom Hale ... French President Ana Ruiz ... \"...,\" the president said': where several people named "
          "before hold that title and the story does not tell which one is meant, a bare 'the president' is the one "
          "holder whose title was written bare, not one whose title was set after a country's or a people's name, "
          "unless that one is named in the sentence or the one before.",
      examples=['Port talks\n\nPresident Tom Hale met French President Ana Ruiz on Monday.\n\nBen Voss, a trade aide, '
                'said the talks ran late.\n\n“We have a deal on the port and we will sign it next week,” the president said.'],
      counter=['Port talks\n\nPresident Tom Hale met French President Ana Ruiz on Monday.\n\nBen Voss, a trade aide, '
               'said the talks ran late.\n\n“We have a deal on the port and we will sign it next week,” the French '
               'president said.',
               'Port talks\n\nPresident Tom Hale met French President Ana Ruiz on Monday.\n\nBen Voss, a trade aide, '
               'said Ruiz stayed late.\n\n“We have a deal on the port and we will sign it next week,” the president said.'])
def _title_holder_bare_title(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    doc = token.doc
    return _the_one_holder_not_set_apart(token, mentions, role_index, lambda i: _title_after_a_place(doc, i))


def _title_after_a_place(doc: Doc, i: int) -> bool:
    """Whether the title at token `i` is set after a country's or a people's name ("French President", "France's President")."""
    j = i - 2 if i > 1 and doc[i - 1].tag_ == "POS" else i - 1
    return j >= 0 and doc[j].ent_type_ in ("NORP", "GPE")


@rule("quote.named-title-holder", stage="quote.named", priority=90, action="attribute-speaker",
      why="'the minister said': the person last given that title, or in a news lead written before the name, the first given it "
          "after within the next three sentences, or else one named (by surname) in the headline or lead and given it later (not "
          "another named only much later: 'the president tweeted' at the top is not a foreign president named at the "
          "foot); a title written with a hyphen ('the president-elect', data/titles.txt), which the model splits in three, is "
          "looked up whole.",
      examples=['Tom Hale is the Dunmore finance minister. "It is late," the minister said.',
                'President-elect Tom Hale toured the Dunmore docks on Monday.\n\n"The cranes are unsafe," the president-elect said.',
                '"The cranes are unsafe," the minister said on Monday. Tom Hale, the Dunmore port minister, toured the docks.',
                'Ana Ruiz met Tom Hale on Monday.\n\nThe plan has cost the town dearly. Critics call it a folly. Crews began '
                'work in May.\n\n"The ferry will run," the president said.\n\nIn Elmton the mood is grim. Shops are shut. '
                'Buses are few. Nobody expects a change.\n\nPresident Tom Hale took office in 2019.'])
def _title_holder(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    hyphenated = hyphenated_title(token)
    if token.pos_ != "NOUN" and not _holds_office(token) and hyphenated is None:  # "The Foreign Secretary told": a proper noun
        return None
    qualifier = next((c.lower_ for c in token.lefts if c.lower_ in QUALIFIERS), None)
    title = hyphenated or token.lemma_.lower()
    holders = role_index.get(f"{qualifier} {title}" if qualifier else title, [])  # in token order
    before = bisect_right(holders, token.i, key=itemgetter(0))  # how many are given it at or before the token
    if before:
        return holders[before - 1][1]
    if holders and _sentences_between(token, holders[0][0]) <= TITLE_NAMED_AFTER_WITHIN:
        return holders[0][1]  # a lead's "the president said", named in the next sentences
    lead = {m.key.split()[-1] for m in mentions.in_span(0, _end_of_lead(token.doc), "person") if not m.pronoun}
    return next((key for _, key in holders if key.split()[-1] in lead), None)  # "Tom Hale" in the lead, "Tom B. Hale" later


def _end_of_lead(doc: Doc) -> int:
    """The token index where the article's first sentences (its headline and lead) end."""
    starts = islice((t.i for t in doc if t.is_sent_start), LEAD_SENTENCES, LEAD_SENTENCES + 1)
    return next(starts, len(doc))


def _sentences_between(token: Token, later: int) -> int:
    """How many sentences begin after `token` up to the token at `later`."""
    return sum(1 for t in token.doc[token.i + 1 : later + 1] if t.is_sent_start)


@rule("quote.named-epithet", stage="quote.named", priority=95, action="attribute-speaker",
      why="'Tom Hale charged that ... The Dunmore businessman says, \"...\"' / 'Hale's former campaign adviser said': a title or a "
          "word for a person (`extract/data/epithet_nouns.txt`) with a word that tells them apart (a proper name, 'former', "
          "'retired', a possessive) and no name, where nobody holds that title, stands for the person last named as a subject.",
      examples=['Tax row\n\nTom Hale charges that firms which stand to gain gave money to the Voss Fund.\n\n'
                'The Dunmore businessman says of Voss, “Given half a chance, she would sell off the town hall.”',
                'Tax row\n\nKerrin Voss on Wednesday called on Ben Tarrow to apologize to Tom Hale.\n\n'
                '“Frankly, that was a disgrace,” Hale’s former campaign strategist told reporters.'],
      counter=['Tax row\n\nTom Hale charges that firms which stand to gain gave money to the Voss Fund.\n\n'
               '“Given half a chance, she would sell off the town hall,” the businessman in the front row shouted.',
               'Tax row\n\nTom Hale charges that firms which stand to gain gave money to the Voss Fund.\n\n'
               '“Given half a chance, she would sell off the town hall,” the Dunmore ad says.'])
def _epithet(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") or mentions.quoted(token.idx):
        return None
    if token.lemma_.lower() in SPOKESPEOPLE or not (_holds_office(token) or token.lower_ in words("epithet_nouns")):
        return None
    if any(c.dep_ in ("prep", "relcl", "acl", "appos") and _appositive_age(c) is None for c in token.rights):
        return None  # "the businessman in the front row": someone else, told apart by what follows
    owner = next((mentions.at(c) for c in token.lefts if c.dep_ == "poss"), None)
    if owner is not None and owner.pronoun:
        return None
    marked = any(
        c.dep_ in ("amod", "compound", "nmod") and (c.text[:1].isupper() or c.lower_ in words("epithet_words"))
        for c in token.lefts) or _aged(token)
    if not marked or not (owner is not None or any(c.lower_ == "the" for c in token.lefts)):
        return None
    after = token.doc[token.i + 1 : min(token.i + 9, token.sent.end)]
    verb = next((t.i for t in after if t.pos_ in ("VERB", "AUX")), after.end)
    if any(not m.in_quote for m in mentions.in_span(token.i + 1, verb, "person")):
        return None  # "wrote the ambassador at the time, Ana Ruiz": the name follows
    key = _one_just_named(token, mentions, owner.key if owner is not None else None)
    if key is not None and _aged(token) and _another_age_given(key, _age_of(token), mentions):
        return None  # "Tom Hale, 30, ... the 64-year-old organizer": someone else
    return None if key is not None and _a_titled_teller(token, key, mentions, role_index) else key


@rule("quote.named-bare-epithet-of-the-one-named-before", stage="quote.named", priority=96, action="attribute-speaker",
      why="'Tom Hale toured the mill. \"...,\" the tycoon said': a lower-case word for a person (data/bare_epithet_nouns.txt) "
          "with 'the' alone, in a sentence that names no one outside its quotation, stands for the one person the sentence "
          "before has as its subject (past sentences wholly quoted); with two subjects there, or a word telling the one "
          "meant, no one.",
      examples=['Tom Hale toured the old Dunmore mill on Monday.\n\n"We will hire four hundred people by the spring," the '
                'tycoon said.',
                'On Monday, Tom Hale mocked Kerrin Voss’s plan for the mill.\n\n"She has never run a business in her life," '
                'the tycoon said.'],
      counter=['Tom Hale and Kerrin Voss toured the old Dunmore mill on Monday.\n\n"We will hire four hundred people by '
               'the spring," the tycoon said.',
               'Tom Hale toured the old Dunmore mill on Monday.\n\n"We will hire four hundred people by the spring," the '
               'tycoon in the front row said.'])
def _bare_epithet(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.tag_ != "NN" or not token.text.islower() or token.lower_ not in words("bare_epithet_nouns") or mentions.quoted(token.idx):
        return None
    if [c.lower_ for c in token.lefts] != ["the"] or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.rights):
        return None  # 'the tycoon in the front row', 'the young tycoon': someone the words tell apart
    doc, sent = token.doc, sent_of(token)
    if not sent.start or any(not m.in_quote for m in mentions.in_span(sent.start, sent.end, "person")):
        return None
    prev = _sentence_before_the_quotation(sent, mentions) or sent_of(doc[sent.start - 1])
    named = {m.key for m in mentions.in_span(prev.start, prev.end, "person") if not m.in_quote and _a_subject(doc[m.end - 1])}
    return named.pop() if len(named) == 1 else None


def _a_subject(tok: Token) -> bool:
    """A clause's subject, or one joined to it ('Hale and Voss toured')."""
    return tok.dep_ in SUBJECT_DEPS or tok.dep_ == "conj" and tok.head.dep_ in SUBJECT_DEPS


@rule("quote.named-state-and-party-of-one-person", stage="quote.named", priority=92, action="attribute-speaker",
      why="'\"...,\" the Ohio Republican said': a state and a party word (`extract/data/us_states.txt`, "
          "`party_member_words.txt`) stand for the one person named before whom the text gave that party and no other state "
          "('Tom Hale, R-Ohio', 'Democratic leader Ana Ruiz', 'Tom Hale, a Vermont Republican,', 'Ana Ruiz, a Democrat "
          "from Ohio,'); where two fit, or none, or the text gives someone a party in other words ('the party's Republican "
          "leadership'), no one is chosen this way.",
      examples=['Budget row\n\nKerrin Voss spoke first. Sen. Tom Hale, R-Ohio, called the bill a gift to the banks.\n\n'
                'Ana Ruiz runs the budget office.\n\n“It rewards the people who caused the mess,” the Ohio Republican said.',
                'Budget row\n\nThe cuts drew a sharp reply from Senate Democratic leader Ana Ruiz on Tuesday.\n\n'
                'Tom Hale, the budget chief, had asked for them.\n\n“These cuts fall on the families who can least bear them,” '
                'the Vermont Democrat said.',
                'Budget row\n\nSen. Tom Hale, a Vermont Republican, called the bill a gift to the banks. Rep. Ana Ruiz of '
                'Ohio spoke later.\n\n“It rewards the people who caused the mess,” the Vermont Republican said.'],
      counter=['Budget row\n\nKerrin Voss spoke first. Sen. Tom Hale, R-Utah, called the bill a gift to the banks.\n\n'
               'Ana Ruiz runs the budget office.\n\n“It rewards the people who caused the mess,” the Ohio Republican said.',
               'Budget row\n\nSen. Tom Hale, R-Ohio, and Rep. Kerrin Voss, R-Ohio, called the bill a gift to the banks.\n\n'
               'Ana Ruiz runs the budget office.\n\n“It rewards the people who caused the mess,” the Ohio Republican said.',
               'Budget row\n\nSen. Tom Hale, R-Ohio, called the bill a gift to the banks. Kerrin Voss, a Republican from '
               'Ohio, spoke later.\n\n“It rewards the people who caused the mess,” the Ohio Republican said.'])
def _state_and_party_of_one(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    letters = pairs("party_member_words")
    party = letters.get(token.lower_)
    if party is None or token.pos_ not in ("NOUN", "PROPN") or token.tag_ in ("NNS", "NNPS") or mentions.quoted(token.idx):
        return None
    lefts = list(token.lefts)
    if not lefts or lefts[0].lower_ != "the" or any(c.dep_ in ("prep", "relcl", "acl", "appos") for c in token.rights):
        return None
    state = _state_named(token.doc[lefts[0].i + 1 : token.i].text)  # "the New York Democrat": "New" hangs on "York"
    if state is None:
        return None  # "the Dunmore Republican": a town, told of no one in a tag
    told = parties_told_before(token.doc, lefts[0].i, mentions, letters)
    if told is None:
        return None
    fits = {key for key, tags in told.items()
            if any(p == party for p, _ in tags) and all(s in (None, state) for p, s in tags)}
    return fits.pop() if len(fits) == 1 else None


PARTY_TAG = re.compile(r"\s*[,(]\s*([RDI])\s*[-–]\s*([A-Z][A-Za-z.]*(?: ?[A-Z][A-Za-z.]*)?)")  # ", R-Ohio", " (D-N.Y.)"
# ", a Kentucky Republican,", ", a Democrat from New York,": a party, and a state, told of a person between commas
_PARTY_IN_APPOSITION = re.compile(
    r",\s+an?\s+((?:[A-Z][a-z.]+\s){1,2})?([A-Z][a-z]+)(?:\s+(?:from|of)\s+([A-Z][a-z.]+(?:\s[A-Z][a-z.]+)?))?\s*[,.;]"
)


def _state_named(text: str) -> str | None:
    """The state a phrase names ("Ohio", "N.Y."), as named in data/us_states.txt."""
    states = pairs("us_states")
    return states.get(text) or states.get(text.rstrip(".") + ".") or states.get(text.rstrip("."))


def parties_told_before(
    doc: Doc, before: int, mentions: Mentions, letters: dict[str, str]
) -> dict[str, set[tuple[str, str | None]]] | None:
    """The (party letter, state or None) the text gives each person named before token `before`,
    outside quotations, for "the Ohio Republican said"; None when it gives someone a party in words
    these rules do not read ("a Democrat from Dunmore spoke", "the party's Republican leadership"):
    who is meant is then unsure."""
    told: dict[str, set[tuple[str, str | None]]] = {}
    read: list[tuple[int, int]] = []  # where a party in apposition was read ("Tom Hale, a Kentucky Republican,")
    for m in mentions.mentions:
        if m.kind == "person" and not m.pronoun and not m.in_quote and m.end <= before:
            tags, described = _party_told(doc, m, letters)
            told.setdefault(m.key, set()).update(tags)
            if described is not None:
                read.append(described)
    if any(t.lower_ in letters and t.tag_ in ("NN", "NNP") and any(c.dep_ == "det" for c in t.children)
           and not any(lo <= t.idx < hi for lo, hi in read)
           for t in doc[:before] if not mentions.quoted(t.idx)):
        return None
    return told


def _party_told(
    doc: Doc, m: Mention, letters: dict[str, str]
) -> tuple[set[tuple[str, str | None]], tuple[int, int] | None]:
    """The (party letter, state or None) the text gives a person at one mention: a tag after the
    name ("Tom Hale, R-Ohio", "(D-N.Y.)"), words in apposition ("Tom Hale, a Vermont Republican,")
    or capitalized words just before it ("Ohio Republican Sen. Tom Hale", "Senate Democratic leader
    Ana Ruiz"); and where words in apposition were read, if any."""
    out: set[tuple[str, str | None]] = set()
    text = text_of(doc)
    tag = PARTY_TAG.match(text, doc[m.end - 1].idx + len(doc[m.end - 1].text))
    if tag is not None:
        state = _state_named(tag.group(2))
        out.add((tag.group(1), state))
    described = _PARTY_IN_APPOSITION.match(text, doc[m.end - 1].idx + len(doc[m.end - 1].text))
    if described is not None and described.group(2).lower() in letters:
        where = described.group(1) or described.group(3)
        out.add((letters[described.group(2).lower()], _state_named(where.strip()) if where else None))
    words_before, i = [], m.start - 1
    while i >= max(0, m.start - 6) and (doc[i].is_title or doc[i].text == "." or doc[i].lower_ in words("titles")):
        words_before.insert(0, doc[i])
        i -= 1
    for j, t in enumerate(words_before):
        if t.lower_ in letters and t.is_title:
            state = _state_named(" ".join(w.text for w in words_before[max(0, j - 2) : j]).split(" ", 1)[-1]) \
                or _state_named(" ".join(w.text for w in words_before[max(0, j - 2) : j]))
            out.add((letters[t.lower_], state))
    return out, described.span() if described is not None else None


@rule("quote.named-epithet-with-an-age", stage="quote.epithet-marker", priority=10, action="attribute-speaker",
      why="'\"...,\" the 64-year-old union veteran said' / 'the union veteran, 64, said': an age before the noun or "
          "between commas after it tells the person apart as a proper name does ('the Dunmore businessman'), so the "
          "description stands for the person last named as a subject, unless the article gave that person another age "
          "('Tom Hale, 30,').",
      examples=['Bridge vote\n\nWhile the count went on, Tom Hale thought the vote would turn his way.\n\n'
                '“He knows us and he listens to us,” the 64-year-old union veteran said.',
                'Bridge vote\n\nWhile the count went on, Tom Hale thought the vote would turn his way.\n\n'
                'The union veteran, 64, said: “He knows us and he listens to us.”'],
      counter=['Bridge vote\n\nWhile the count went on, Tom Hale, 30, thought the vote would turn his way.\n\n'
               '“He knows us and he listens to us,” the 64-year-old union veteran said.'])
def _aged(token: Token) -> bool | None:
    return True if _age_of(token) is not None else None


def _age_of(token: Token) -> str | None:
    """The age in "the 64-year-old organizer" or "the organizer, 64,", as written ("64")."""
    doc = token.doc
    for c in token.lefts:
        i = c.i
        if c.lower_ == "old" and i >= 4 and "".join(t.text for t in doc[i - 3 : i]) == "-year-" and doc[i - 4].like_num:
            return doc[i - 4].text
    return next((age for c in token.rights if (age := _appositive_age(c)) is not None), None)


def _appositive_age(tok: Token) -> str | None:
    """'the organizer, 64,': a number of two digits set beside a noun between commas, an age."""
    doc, i = tok.doc, tok.i
    if tok.dep_ != "appos" or not tok.like_num or not re.fullmatch(r"\d{2}", tok.text) or any(True for _ in tok.children):
        return None
    return tok.text if 0 < i < len(doc) - 1 and doc[i - 1].text == "," and doc[i + 1].text == "," else None


def _another_age_given(key: str, age: str | None, mentions: Mentions) -> bool:
    """Whether the article gives `key` an age other than `age` where it names them ("Tom Hale, 30,")."""
    doc = mentions.doc
    return any(m.key == key and not m.pronoun and m.end + 2 < len(doc) and doc[m.end].text == "," and doc[m.end + 1].like_num
               and doc[m.end + 2].text == "," and doc[m.end + 1].text != age for m in mentions.mentions)


def _a_titled_teller(token: Token, key: str, mentions: Mentions, role_index: RoleIndex) -> bool:
    """'..., Press Secretary Sarah Voss said. The Tarrow psychology professor said': the one the
    sentence before names only as its teller, and titled otherwise, is not the one described
    (as rule role.describe.a-titled-source-before)."""
    sent = sent_of(token)
    before = start_of_sentence_before(token.doc, sent.start)
    if not mentions.only_the_teller(key, before, sent.start):
        return False
    titles = {title.split()[-1] for title, holders in role_index.items() if any(k == key and i < token.i for i, k in holders)}
    described = {token.lower_} | {c.lower_ for c in token.lefts if c.dep_ in ("amod", "compound")}
    return bool(titles) and not described & titles


def _one_just_named(token: Token, mentions: Mentions, other: str | None) -> str | None:
    """The person a description `token` stands for: of the people named before it in its sentence
    as the subject of a clause its own verb holds ("As Hale sensed anger, the senator said"; not
    "Hale left after the senator said"), else of those named in the sentence before (never
    `other`, the owner of the description), the one a pronoun there would mean, else the only one."""
    doc, start = mentions.doc, token.left_edge.i
    sent = sent_of(doc[start])
    here = [m for m in mentions.in_span(sent.start, start, "person") if not m.in_quote and m.key != other]
    named = {m.key for m in here if token.head.is_ancestor(doc[m.end - 1]) and doc[m.end - 1].dep_ in SUBJECT_DEPS}
    if here and not named:
        return None  # "Hale took on Voss after the senator had said": either of them
    if not named and sent.start:
        prev = _sentence_before_the_quotation(sent, mentions) or sent_of(doc[sent.start - 1])
        named = {m.key for m in mentions.in_span(prev.start, prev.end, "person") if not m.in_quote} - {other}
    key = mentions.antecedent(start)
    return key if key in named else next(iter(named)) if len(named) == 1 else None


@rule("quote.epithet-named-before-the-quotation", stage="quote.epithet-look-back", priority=10, action="resolve",
      why="'\"We asked. They said no,\" the Ohio Democrat said': a quotation of several sentences puts its own sentences "
          "between a description and the sentence before it, so the person the description stands for is looked for in the "
          "sentence before the quotation, not in the quoted one.",
      examples=['Tax row\n\nTom Hale said on Monday that the talks had failed.\n\n"We asked them for a deal. They said no '
                'to it, again," the Ohio Democrat said.'],
      counter=['Tax row\n\nTom Hale said on Monday that the talks had failed.\n\n"We asked them for a deal again and '
               'again," the Ohio Democrat said.'])
def _sentence_before_the_quotation(sent: Span, mentions: Mentions) -> Span | None:
    """The sentence before `sent` past those wholly inside quotation marks, where the one just before is such a sentence."""
    doc, i, passed = sent.doc, sent.start - 1, False
    while i >= 0:
        prev = sent_of(doc[i])
        if not all(t.is_punct or t.is_space or mentions.quoted(t.idx) for t in prev):
            return prev if passed else None
        i, passed = prev.start - 1, True
    return None


BODY_NAME_LINKS = ("of", "on", "for")  # "Commission on X", "Department of Y": the word before is the body's head noun


@rule("quote.named-body-headed-by-noun", stage="quote.named", priority=65, action="attribute-speaker",
      why="'The Commission on Dunmore Elections ... The commission told reporters': the one body named before whose name's head noun "
          "(the word before its 'of' / 'on' / 'for') is that word.",
      examples=['Election row\n\nThe Commission on Dunmore Elections said there was a problem on Monday.\n\n'
                'The commission told reporters that "the microphones failed twice during the evening".'])
def _body_headed_by_noun(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.pos_ != "NOUN" or not any(c.lower_ == "the" for c in token.children):
        return None
    word, keys = token.lower_, set()
    for key, entity in mentions.entities.items():
        names = entity.name.split()
        heads = [names[i - 1].lower() for i, w in enumerate(names) if i and w.lower() in BODY_NAME_LINKS]
        if entity.kind == "org" and heads[:1] == [word] and mentions.named_before(key, "org", token.i):
            keys.add(key)
    return keys.pop() if len(keys) == 1 else None


def _body_ending_in(word: Token, mentions: Mentions) -> str | None:
    """The organization last named before `word` whose name ends in it ("the Northern
    Executive" for "the executive"), if only one such organization is named."""
    keys = {key for key in mentions.keys_ending_in(word.lower_, "org") if mentions.named_before(key, "org", word.i)}
    return keys.pop() if len(keys) == 1 else None


def described_subjects(doc: Doc, mentions: Mentions, role_index: RoleIndex) -> dict[int, str]:
    """Titles standing for someone as a main clause's subject ("The party chairman replied"):
    token index -> the person holding that title."""
    out: dict[int, str] = {}
    tokens, column = tokens_of(doc), columns_of(doc)
    for i, dep in enumerate(column.dep):
        if dep not in SUBJECT_DEPS or column.dep[column.head[i]] != "ROOT":
            continue
        tok = tokens[i]
        if (
            tok.dep_ not in SUBJECT_DEPS
            or tok.head.dep_ != "ROOT"
            or not title_word(tok)
            or tok.lemma_.lower() in SPOKESPEOPLE
            or mentions.at(tok) is not None
            or mentions.quoted(tok.idx)
            or not any(c.lower_ == "the" for c in tok.children)
        ):
            continue
        key = _title_standing_for_holder(tok, mentions, role_index)
        if key is not None:
            out[tok.i] = key
    return out


@rule("quote.title-stands-for-holder", stage="quote.described", priority=10, action="resolve",
      why="'The party chairman replied': a title as a main clause's subject stands for its holder (and 'He added' after it means them).",
      examples=['Tom Hale is the Dunmore Party chairman. On Monday Kerrin Voss spoke first. The party chairman replied at once. "The vote was lost," he said.'])
def _title_standing_for_holder(tok: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    key = _named(tok, mentions, role_index)
    return key if key is not None and mentions.entities[key].kind == "person" else None


# Whom an unnamed spokesperson speaks for (stage quote.spokesperson)


@rule("quote.spokesperson-unnamed-one-brought-in", stage="quote.spokesperson", priority=5, action="veto",
      why="'Dunmore Mining officials met ... another unnamed official said ... \"...,\" the official said': the nearest one of "
          "that noun before, brought in with 'a', 'an', 'another' or 'one' and no body named beside it, is the one meant, and "
          "the text names no one for them; not a body named with that noun further back, nor a plural ('officials').",
      examples=['Tarrow talks\n\nThe note was sent between senior Dunmore Mining Company officials on Monday.\n\nAnother unnamed '
                'official says the plan is late. “We do not know when they will start the work on the mine,” the official said.'],
      counter=['Tarrow talks\n\nThe note was sent between senior Dunmore Mining Company officials on Monday.\n\nA Dunmore Mining Company '
               'official says the plan is late. “We do not know when they will start the work on the mine,” the official said.'])
def _spokesperson_unnamed_one_brought_in(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    lemma = token.lemma_.lower()
    if token.tag_ not in ("NN", "NNP"):
        return None
    if _said_unnamed(token):
        return NOBODY  # "another unnamed official says": the text itself leaves them unnamed
    if not any(c.lower_ == "the" and c.dep_ == "det" for c in token.children):
        return None
    for prev in reversed(token.doc[max(0, token.i - 300) : token.i]):
        if prev.lemma_.lower() != lemma or prev.tag_ not in ("NN", "NNP") or mentions.quoted(prev.idx):
            continue  # not a plural ("senior Dunmore Mining officials"): a group, not the one who speaks
        if _named(prev, mentions, role_index) is not None:
            return None
        if _unnamed_determiner(prev) or _said_unnamed(prev):
            return NOBODY
        if not any(c.lower_ == "the" and c.dep_ == "det" for c in prev.children):
            return None  # "the official" again: look further back for the one brought in
    return None


def _said_unnamed(token: Token) -> bool:
    """'an unnamed official', 'an anonymous aide' (data/unnamed_adjectives.txt)."""
    return any(c.dep_ == "amod" and c.lower_ in words("unnamed_adjectives") for c in token.children)


@rule("quote.spokesperson-named-before", stage="quote.spokesperson", priority=10, action="attribute-speaker",
      why="'the spokesman added' is the Dunmore Party spokesman of a sentence before.",
      examples=['"It is late," a Dunmore Party spokesman said. Tom Hale left. "We are sorry," the spokesman added.'],
      counter=['Tom Hale, a former aide to the mayor, filed the case. Aides referred to such claims as “Hale facts and '
               'figures.”'])
def _spokesperson_named_before(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    if token.tag_ in ("NNS", "NNPS"):
        return None  # 'Aides referred to it as ...': several people, not the one aide named before
    lemma = token.lemma_.lower()
    for prev in reversed(token.doc[max(0, token.i - 300) : token.i]):
        if prev.lemma_.lower() == lemma:
            key = _named(prev, mentions, role_index)
            if key is not None:
                return key
    return None


@rule("quote.spokesperson-for-subject-body", stage="quote.spokesperson", priority=20, action="attribute-speaker",
      why="'Tarrow Mining defended it, with a spokesperson saying' and 'Tarrow Mining defended it. A spokesman said': they speak for that body.",
      examples=['The Dunmore Transport Office defended the plan. A spokesman said: "It is safe."'])
def _spokesperson_for_subject_body(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    doc, sent = token.doc, sent_of(token)
    roots = [sent.root] + ([sent_of(doc[sent.start - 1]).root] if sent.start else [])
    for root in roots:  # this sentence's subject, else the one before
        subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
        m = mentions.at(subj) if subj is not None and subj.i != token.i else None
        if m is not None:
            return m.key if m.kind == "org" else NOBODY
    return None


@rule("quote.spokesperson-for-body-in-subject-phrase", stage="quote.spokesperson", priority=30, action="attribute-speaker",
      why="'The Save Dunmore Bridge Trust campaigners were angry. A spokesman said': the one body named inside the subject "
          "('campaigners', 'members', 'staff') of the sentence before speaks through its spokesman.",
      examples=['Bridge row\n\nThe plan was unveiled on Monday.\n\nThe Save Dunmore Bridge Trust campaigners were so angry they threatened to sue. '
                'Speaking on Tuesday, a spokesman said: "The council has tricked the town for four months."'])
def _spokesperson_for_body_in_subject(token: Token, mentions: Mentions, role_index: RoleIndex) -> str | None:
    doc, sent = token.doc, sent_of(token)
    if not sent.start:
        return None
    root = sent_of(doc[sent.start - 1]).root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or mentions.at(subj) is not None or subj.pos_ != "NOUN":
        return None
    bodies = {m.key for m in mentions.in_span(subj.left_edge.i, subj.i, "org") if not m.in_quote}
    return bodies.pop() if len(bodies) == 1 else None


# ---------------------------------------------------------------------------------------
# Who said a quotation (stages quote.speaker and quote.speaker-before)


@dataclass
class _Quoted:
    """One statement (one or more quotation spans) and its sentences, as the speaker rules
    see it."""

    group: list[QuoteSpan]
    sent: Span
    inside: set[int]  # characters inside any quotation
    mentions: Mentions
    role_index: RoleIndex
    previous: str | None  # the speaker of the statement before
    previous_end: int  # where it ended (-1: none)
    previous_teller: str | None = None  # the unnamed source of the statement before, when it had no speaker

    @cached_property
    def outside(self) -> list[Token]:
        """The sentence's words outside quotation marks."""
        return [t for t in self.sent if t.idx not in self.inside and not t.is_punct and not t.is_space]

    @cached_property
    def after(self) -> list[Token]:
        return [t for t in self.outside if t.idx >= self.group[-1].end]

    @cached_property
    def before(self) -> list[Token]:
        """Nearest first."""
        return [t for t in reversed(self.outside) if t.idx < self.group[0].start]

    @cached_property
    def verbs(self) -> list[Token]:
        """Speech verbs, nearest first: between the parts, just after, before, after."""
        between = [t for t in self.outside if self.group[0].start <= t.idx < self.group[-1].end]
        far = [t for t in self.after[8:] if not _far_verb_of_another_clause(t, self)]
        found = (t for t in [*between, *self.after[:8], *self.before, *far] if is_speech_verb(t))
        return list(dict.fromkeys(
            t for t in found
            if not _infinitive_of_the_quoted_words(t, self) and not _describes_a_noun_outside(t, self)
            and not _inside_the_reported_words(t, self)))

    @cached_property
    def said_then_named(self) -> str | None:
        return _said_then_named(self.after, self.mentions) if self.after and is_speech_verb(self.after[0]) else None

    @property
    def verb_subject_sought(self) -> bool:
        """Whether the speaker is sought as a speech verb's subject (there is one, and no
        name right after a verb after the quotation)."""
        return bool(self.verbs) and self.said_then_named is None

    @cached_property
    def gap(self) -> str:
        """The text between the statement before and this one."""
        return text_of(self.sent.doc)[self.previous_end + 1 : self.group[0].start - 1] if self.previous_end >= 0 else "x"


def attribute(doc: Doc, spans: list[QuoteSpan], mentions: Mentions, role_index: RoleIndex) -> list[Quote]:
    """The statements of `spans`, each with its speaker where the rules find one."""
    inside = set()
    for q in spans:
        inside.update(range(q.start, q.end))
    quotes: list[Quote] = []
    previous: str | None = None
    previous_end = -1
    teller: str | None = None
    i = 0
    while i < len(spans):
        group, paragraphs, sent, i = _statement(doc, spans, i)
        if len(group) == 1 and rules.first("quote.not-a-statement", doc, group[0]):
            continue  # a show's title: nobody's words, and no speaker to carry on
        quoted = _Quoted(group, sent, inside, mentions, role_index, previous, previous_end, teller)
        own = rules.first("quote.speaker", sent, quoted)  # NOBODY: its own words say it is no one's we can name
        before = rules.first("quote.speaker-before", sent, quoted) if own is None else None
        speaker = (own if own is not None else before) or None
        teller = rules.first("quote.unnamed-source", sent, quoted) if speaker is None else None
        unattributed = own is None and before is None and teller is None  # no rule named anyone, nor decided no one
        learned = rules.first("quote.speaker-learned", sent, quoted) if unattributed else None
        for text, start, end in _statement_parts(doc, group, paragraphs):
            quotes.append(Quote(text, speaker or learned, start, end, sent.text.strip(), teller))
        kept = rules.first("quote.previous", own, speaker, quoted)
        previous = kept if kept is not None else speaker or previous
        previous_end = group[-1].end
        teller = teller if previous == NOBODY else None
    return quotes


@rule("quote.speaker-learned", stage="quote.speaker-learned", priority=10, action="attribute-speaker",
      why="A whole sentence quoted with no cue any rule reads ('Ruiz was furious. \"We were lied to.\"'): the speaker "
          "chooser learned from PolNeAR (learned_speakers.py, data/speaker_chooser.json) weighs the people and bodies "
          "named near it and the speaker of the statement before, and its choice is published when it is likely enough. "
          "A fragment ('called it \"a bridge too far\"') or words in title case ('\"Nights of the Long Pier\"') are left "
          "to the rules: they are as often a phrase, a title or a slogan; so is a line set after a noun of a citation "
          "('that line from the poem, \"...\"': data/citation_nouns.txt). The choice is not carried on to the next quotation.",
      examples=['The council met on Monday to vote on the harbour plan. Tom Hale, the mayor, walked out before the vote.\n\n'
                '"I will not sit in a room where the people of this town are ignored."'],
      counter=['The council met on Monday to vote on the harbour plan. Tom Hale, the mayor, walked out before the vote.\n\n'
               '"a waste of good money, and we will not pay for it."',
               'The council met on Monday to vote on the harbour plan. Tom Hale, the mayor, walked out before the vote.\n\n'
               '"Nights of the Long Pier and the Old Harbour Wall"',
               'Tom Hale walked out before the vote. His stand gave new weight to that old line from the poem, "A town is '
               'only as good as its harbour."'])
def _learned_speaker(sent: Span, q: _Quoted) -> str | None:
    text = text_of(sent.doc)[q.group[0].start : q.group[-1].end].lstrip(" \"'“‘([….")
    inner = sent.doc.char_span(q.group[0].start, q.group[-1].end, alignment_mode="expand")
    if not text[:1].isupper() or inner is None or _in_title_case(inner) or _after_a_citation_noun(inner):
        return None
    previous = q.previous if q.previous in q.mentions.entities else None
    return learned_speakers.choose(sent.doc, q.group[0].start, q.group[-1].end, previous)


def _after_a_citation_noun(inner: Span) -> bool:
    """The quotation is set after a noun of a line cited (data/citation_nouns.txt), with no verb between: "gave new
    meaning to that line from the poem, '...'"; not one a noun before it makes someone's own ("the message line: '...'")."""
    doc = inner.doc
    for k in range(inner.start - 1, max(-1, inner.start - 8), -1):
        tok = doc[k]
        if tok.pos_ in ("VERB", "AUX"):
            return False
        if tok.pos_ == "NOUN" and tok.lemma_.lower() in words("citation_nouns"):
            return not any(c.dep_ == "compound" for c in tok.children)  # "the message line", "his campaign slogan": his own
    return False


@rule("quote.title-of-a-show", stage="quote.not-a-statement", priority=10, action="veto",
      why="'said on Dunmore Radio’s “Morning Show of the Week.”' / 'On “Meet the Town,” Hale ...': words in title capitals right after 'on', 'of', 'told' or a possessive name a show, a book or a song — nobody's statement, and no speaker to carry on to the next quotation.",
      examples=['"The bridge is late and costs far too much," Tom Hale said on Dunmore Radio’s “Morning Show of the Week.”',
                "“I think the plan will work,” Ana Ruiz, counselor to the mayor, told Tarrow News' “Morning & Friends.”"],
      counter=['Tom Hale went on: “We Will Build The Bridge.”'])
def _title_of_a_show(doc: Doc, span: QuoteSpan) -> bool | None:
    inner, cue = _title_cue(doc, span)
    if cue is None or not (cue.lower_ in ("on", "of") and cue.dep_ != "prt" or _possessive(cue) or cue.lemma_.lower() == "tell"):
        return None
    return _in_title_capitals(inner) or None


@rule("quote.title-of-a-work-after-a-noun-and-in", stage="quote.not-a-statement", priority=20, action="veto",
      why="'a character in \"The Long Road: Part Two\"', 'a scene in \"Harbour Lights\"': words in title capitals after "
          "'in' hung on a noun name the work the thing is part of — nobody's statement.",
      examples=['Tom Hale said he liked old films, and that he felt like a character in "The Long Road: Part Two" every day.'],
      counter=['Tom Hale said the old mill was in "Very Poor Shape" after the storm.'])
def _title_of_a_work(doc: Doc, span: QuoteSpan) -> bool | None:
    inner, cue = _title_cue(doc, span)
    if cue is None or cue.lower_ != "in" or cue.head.pos_ not in ("NOUN", "PROPN") or cue.head.i >= cue.i:
        return None
    return _in_title_capitals(inner) or None


def _title_cue(doc: Doc, span: QuoteSpan) -> tuple[Span | None, Token | None]:
    """The words of `span` and the word before its opening mark (None past a sentence end)."""
    inner = doc.char_span(span.start, span.end, alignment_mode="expand")
    if inner is None or not len(inner):
        return None, None
    j = inner.start - 1
    while j >= 0 and (doc[j].is_punct or doc[j].is_space) and not _possessive(doc[j]):
        if rules.first("quote.show-cue-stop", doc[j]):
            return inner, None
        j -= 1
    return (inner, doc[j]) if j >= 0 else (inner, None)


def _in_title_case(inner: Span) -> bool:
    """Every word capitalized but short function words, and some capital after the first word other than "I" ("Days
    of Our Lives", "Sources: No Signs of the Ship"; not "We did it."): a title or a headline, however long."""
    titled = _titled_words(inner)
    return titled is not None and any(t.text[0].isupper() and t.text != "I" for t in titled[1:])


def _in_title_capitals(inner: Span) -> bool:
    titled = _titled_words(inner)
    return titled is not None and 2 <= len(titled) <= 8


def _titled_words(inner: Span) -> list[Token] | None:
    """The words of `inner` when each is capitalized or, after the first, a short function word."""
    words_ = [t for t in inner if t.is_alpha]
    return words_ if all(t.text[0].isupper() or (k > 0 and t.is_stop and len(t) <= 4) for k, t in enumerate(words_)) else None


@rule("quote.show-cue-not-across-a-sentence-end", stage="quote.show-cue-stop", priority=10, action="keep",
      why="'... two for her sister's.\\n\\n\"I do well,\" said ...': the cue of a show's title ('on', 'of', a possessive) "
          "is in the quotation's own sentence; one before a full stop or a paragraph break names no title.",
      examples=['Lena Park paid for the school run, and later for her brother\'s.\n\n"I do well," said Park, who runs a bakery. '
                '"But most people without a loan would have two cars and a house by now."'],
      counter=['"The bridge is late and costs far too much," Tom Hale said on Dunmore Radio’s “Morning Show of the Week.”'])
def _sentence_end_before(tok: Token) -> bool | None:
    return (tok.text in (".", "!", "?") or "\n" in tok.text) or None


def _possessive(tok: Token) -> bool:
    """"'s", or a bare apostrophe right after a word ending in s ('Tarrow News' “Morning Show”')."""
    if tok.text in ("'", "’") and tok.i and tok.doc[tok.i - 1].text.endswith("s") and not tok.doc[tok.i - 1].whitespace_:
        return True
    return tok.tag_ == "POS" or tok.dep_ == "case" or tok.lower_ in ("'s", "’s")


def _statement(doc: Doc, spans: list[QuoteSpan], i: int) -> tuple[list[QuoteSpan], int, Span, int]:
    """The spans from `spans[i]` that make one statement, how many of them are paragraphs of
    it, the sentences they are in, and the index of the next span."""
    group = [spans[i]]
    sent = _sentence_span(doc, spans[i].start, spans[i].end)
    while i + 1 < len(spans) and _paragraphs_of_one_statement(sent, group[-1], spans[i + 1]):
        group.append(spans[i + 1])
        i += 1
    if len(group) > 1:
        sent = doc[sent.start : _sentence_span(doc, group[-1].start, group[-1].end).end]
    paragraphs = len(group)
    if len(group) == 1:
        sent = rules.first("quote.sentence-end", sent, group[0]) or sent
    while i + 1 < len(spans) and _split_by_said(sent, group[-1], spans[i + 1]):
        nxt = spans[i + 1]
        group.append(nxt)
        i += 1
        sent = doc[sent.start : _sentence_span(doc, nxt.start, nxt.end).end]
    return group, paragraphs, sent, i + 1


TRAILING_ELLIPSIS = ("…", "...")


@rule("quote.sentence-ends-after-trailing-ellipsis", stage="quote.sentence-end", priority=10, action="trim",
      why="'“... I would never have let the ferry sail…into that fog…” Hale did not name the pilots.': a "
          "quotation ending in an ellipsis inside its closing mark, followed by a capital, ends its sentence even where the "
          "parse runs on; the words after are a new sentence, not its tag, unless their first verb is one of speech "
          "('…” Hale said').",
      examples=['Harbour row\n\nTom Hale spoke at the pier on Monday.\n\nHale was asked about the crossing. “Had I known then '
                'what the pilots knew, I would never have let the old ferry sail…into that fog…” Hale did not name the pilots.'],
      counter=['Harbour row\n\nTom Hale spoke at the pier on Monday.\n\nHale was asked about the crossing. “Had I known then '
               'what the pilots knew, I would never have let the old ferry sail…into that fog…” Ana Ruiz said of the crossing '
               'on Tuesday.'])
def _ends_after_trailing_ellipsis(sent: Span, span: QuoteSpan) -> Span | None:
    doc = sent.doc
    text = text_of(doc)
    if not span.closed or not text[span.start : span.end].rstrip().endswith(TRAILING_ELLIPSIS):
        return None
    rest = text[span.end + 1 : span.end + 3]
    if not rest.startswith(" ") or not rest[1:2].isupper():
        return None
    nxt = _token_at(doc, span.end + 2)
    if nxt is None or nxt.i <= sent.start or nxt.i >= sent.end:
        return None
    verb = next((t for t in doc[nxt.i : sent.end] if t.pos_ in ("VERB", "AUX")), None)
    if verb is None or is_speech_verb(verb):
        return None
    return doc[sent.start : nxt.i]


def _statement_parts(doc: Doc, group: list[QuoteSpan], paragraphs: int) -> list[tuple[str, int, int]]:
    """A statement's quotations, each with its character span: one for each of its paragraphs (rule
    quote.paragraphs-of-one-statement; paragraphs flattened into one line with a space between them stay
    one), the last joined with the parts after an interrupting 'she said' by ' ... '."""
    full = text_of(doc)
    parts: list[tuple[str, int, int]] = []
    for q in group[:paragraphs]:
        end = parts[-1][2] if parts else 0
        if not parts or "\n" in full[end : q.start] or not full[end - 1].isspace():  # its own line, or run on ('them."When')
            parts.append((full[q.start : q.end].strip(), q.start, q.end))
        else:  # '... anything. "We would ...': paragraphs a corpus flattened into one line stay one quotation
            text, start, _ = parts[-1]
            parts[-1] = (f"{text} {full[q.start : q.end].strip()}", start, q.end)
    if len(group) > paragraphs:
        last, start, _ = parts[-1]
        parts[-1] = (" ... ".join([last, *(full[q.start : q.end].strip() for q in group[paragraphs:])]), start, group[-1].end)
    label = _turn_label(full, group[0])  # a transcript's "HALE:" names the speaker, it is not said
    first, start, end = parts[0]
    if label and first.startswith(label + ":"):
        parts[0] = (first[len(label) + 1 :].strip(), start, end)
    return [part for part in parts if part[0]]


@rule("quote.paragraphs-of-one-statement", stage="quote.find", priority=10, action="extend",
      why="A quotation over several paragraphs, each opening with a mark and only the last closed, is one statement: "
          "one speaker for every paragraph, each paragraph (on a line of its own, or run on with no space) a quotation of "
          "its own, as the golds count them; paragraphs a corpus flattened into one line with spaces stay one quotation.",
      examples=['"The bridge is late and the cost keeps rising.\n\n"We are sorry for it, and we will pay," Tom Hale said.',
                'Sir Tom Hale added: "I doubt he will. Calm is what matters here. "We would tell him: keep the money. '
                '"The town can wait a year for its new hall."'])
def _paragraphs_of_one_statement(sent: Span, span: QuoteSpan, nxt: QuoteSpan) -> bool | None:
    text = text_of(sent.doc)
    joined = not span.closed and (nxt.continues or not text[span.end : nxt.start - 1].strip().rstrip("'"))
    return joined and _turn_label(text, nxt) is None or None


TURN_LABEL = re.compile(r"([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+)?):\s")  # '"HALE: We will ...': a transcript's turn


@rule("quote.transcript-turn", stage="quote.turn", priority=10, action="extend",
      why="A transcript quoted paragraph by paragraph ('\"HOST: ...' / '\"HALE: ...'): each turn is a statement of its own.",
      examples=['Tom Hale spoke to Kerrin Voss on the radio. Part of the transcript:\n"VOSS: Why is the bridge in Dunmore so late?\n"HALE: We ran out of money for the steel.\n"VOSS: Who will pay for it now?"'])
def _turn_label(text: str, span: QuoteSpan) -> str | None:
    label = TURN_LABEL.match(text, span.start)
    return label.group(1) if label else None


@rule("quote.split-by-said", stage="quote.find", priority=20, action="extend",
      why="'\"I like the plan,\" Hale said, \"but we disagreed.\"' is one statement.",
      examples=['"I like the plan," Tom Hale said, "but the bridge is late."'])
def _split_by_said(sent: Span, span: QuoteSpan, nxt: QuoteSpan) -> bool | None:
    doc, text = sent.doc, text_of(sent.doc)
    between = _between(text, span, nxt)
    return (
        nxt.start < sent.end_char + 2
        and 0 < len(between.split()) <= 8
        and "\n" not in between
        and between.rstrip()[-1:] in JOINING  # "X said, ..." not "X said. ..."
        and _speech_verb(list(doc.char_span(span.end, nxt.start, alignment_mode="expand") or [])) is not None
        and text[span.end - 1] in JOINING
    ) or None


@rule("quote.speaker-document-says", stage="quote.speaker", priority=5, action="attribute-speaker",
      why="'\"...,\" the statement said' / 'reads the letter': a writing speaks for the one its phrase names ('the council's letter'), else for nobody the sentence names.",
      examples=['Tom Hale said: "I am proud of my work." "He served the city with honour," reads the letter.',
                'Tom Hale said: "I am proud of my work." "He served the city with honour," the statement said.',
                'Tom Hale said: "I am proud of my work." "He has lost the trust of the city," the newspaper wrote.',
                'Ana Ruiz spoke on Friday. "This is a naked seizure of power by a mayor who ignores the law," read a joint statement from Tom Hale and Lena Park.',
                'Tarrow Bank changed its fees in May. "From today, every customer who opens an account will pay nothing for '
                'the first year," reads the Tarrow Bank blog.',
                'Ana Ruiz lost the pier vote on Monday. “Pier plan sinks without a trace,” reads the Dunmore Gazette’s '
                'headline.'],
      counter=['Tom Hale wrote to the council. "We regret the delay," he said.',
               'Tom Hale spoke on Friday. "Lena called about a delicate matter with her staff," reads a telephone memo to Mr Hale.'])
def _document_says(sent: Span, q: _Quoted) -> str | None:
    for verb in [*q.after[:4], *q.before[:4]]:
        if not (is_speech_verb(verb) or verb.lemma_.lower() in words("document_verbs")):
            continue
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None and verb.lemma_.lower() in words("document_verbs"):  # '"...," read a statement': parsed as its object
            if (read := _document_read(verb, q)) is not None:
                return read
            continue
        if subj is None or subj.lemma_.lower() not in words_of("document_nouns", "publisher_nouns") or subj.idx in q.inside:
            continue
        phrase = _phrase(subj)
        named = [m for m in q.mentions.in_span(phrase.start, phrase.end) if not m.in_quote]
        return named[0].key if named else rules.first("quote.document-owner", subj, q) or document_author(subj, q)
    return None


@rule("quote.document-of-a-title-holder", stage="quote.document-owner", priority=10, action="attribute-speaker",
      why="'\"...,\" said the governor's letter': a writing owned by a title ('the governor's', 'the bishop's') speaks for "
          "the person the text gave that title, as 'the governor said' would.",
      examples=['Governor Dana Whitcomb acted on Monday. “The weight of the decision falls on every family in the state,” '
                'said the governor’s letter.'],
      counter=['Governor Dana Whitcomb acted on Monday. “The weight of the decision falls on every family in the state,” '
               'said the lawyer’s letter.'])
def _document_of_a_title_holder(writing: Token, q: _Quoted) -> str | None:
    owner = next((c for c in writing.children if c.dep_ == "poss"), None)
    if owner is None or owner.pos_ != "NOUN" or owner.tag_ != "NN" or not _holds_office(owner) or q.mentions.at(owner) is not None:
        return None
    if any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in owner.children):
        return None  # "the new governor's letter": the title alone does not tell which
    holders = {key for i, key in q.role_index.get(owner.lemma_.lower(), []) if i < owner.i}  # given that title before
    key = holders.pop() if len(holders) == 1 else None  # two holders named: a guess
    return key if key and q.mentions.entities[key].kind == "person" else None


@rule("quote.document-owner-publisher-the-outlet-named-last", stage="quote.document-owner", priority=20, action="attribute-speaker",
      why="'The Dunmore Gazette ran the story ... \"...,\" the newspaper said': 'the' and a publisher's noun "
          "(data/publisher_nouns.txt) is the news outlet last named before it (data/outlet_names.txt, or a name ending in "
          "an outlet's word: 'Gazette', 'News'), not a body of another kind named after it.",
      examples=['The Dunmore Gazette said the mayor had hidden the report. Tom Hale called the story false.\n\n'
                '“We stand by every word we printed,” the newspaper said.',
                'Tarrow News aired the tape on Friday. The Dunmore Council asked for it to be taken down.\n\n'
                '“Nothing in the tape was cut or changed,” the network said on Sunday.'],
      counter=['Tom Hale spoke to reporters on Friday about the tape.\n\n'
               '“Nothing in the tape was cut or changed,” the network said on Sunday.'])
def _publisher_the_outlet_named_last(writing: Token, q: _Quoted) -> str | None:
    return outlet_named_last(writing, q.mentions)


@rule("quote.document-owner-body-by-the-start-of-its-name", stage="quote.document-owner", priority=30,
      action="attribute-speaker",
      why="'The Tarrow Water Board raised prices ... \"...,\" read the Tarrow Water statement': two capitalized words or "
          "more before a writing that begin the name of one body named before it (and of no other), and are not a place, are "
          "that body, shortened ('the Tarrow statement' may be the town's).",
      examples=['The Tarrow Water Board raised its prices on Monday. Tom Hale was angry.\n\n"Every home will still pay less '
                'than it did in the spring," read the Tarrow Water statement.'],
      counter=['The Tarrow Water Board and the Tarrow Water Trust met on Monday. Tom Hale was angry.\n\n"Every home will '
               'still pay less than it did in the spring," read the Tarrow Water statement.',
               'The Tarrow Water Board raised its prices on Monday. Tom Hale, the mayor of Tarrow, was angry.\n\n"Every home '
               'will still pay less than it did in the spring," read the Tarrow statement.'])
def _body_by_the_start_of_its_name(writing: Token, q: _Quoted) -> str | None:
    doc, i = writing.doc, writing.i
    while i > 0 and doc[i - 1].pos_ == "PROPN" and doc[i - 1].dep_ == "compound" and i <= doc[i - 1].head.i <= writing.i:
        i -= 1
    if writing.i - i < 2 or all(t.ent_type_ in ("GPE", "NORP", "LOC") for t in doc[i : writing.i]) or q.mentions.in_span(i, writing.i):
        return None  # not one word ('the Tarrow statement'), nor a place: the town's or the country's own, as likely
    start = doc[i : writing.i].text.casefold() + " "
    bodies = {m.key for m in q.mentions.in_span(0, i, "org") if not m.pronoun and not m.in_quote
              and q.mentions.entities[m.key].name.casefold().startswith(start)}
    return bodies.pop() if len(bodies) == 1 else None


def outlet_named_last(noun: Token, mentions: Mentions) -> str | None:
    """The news outlet named last before `noun`, 'the' and a publisher's noun ("the newspaper"), within
    DOCUMENT_LOOKBACK tokens (an outlet is often named once, far above); None for another noun, no outlet named, or a
    publisher brought in unnamed since ('... spoke to a rival network. The network said': that one, not the outlet)."""
    if noun.lemma_.lower() not in words("publisher_nouns") or not any(c.dep_ == "det" and c.lower_ == "the" for c in noun.children):
        return None
    for m in reversed(mentions.in_span(max(0, noun.i - DOCUMENT_LOOKBACK), noun.i, "org")):
        if not m.pronoun and _an_outlet(mentions.entities[m.key].name):  # "The Gazette lied," Hale said: named in his words too
            return None if _publisher_brought_in_unnamed(noun.doc[m.end : noun.i]) else m.key
    return None


def _publisher_brought_in_unnamed(between: Span) -> bool:
    """Whether `between` brings in a publisher by 'a' or 'another' and its noun ('a rival newspaper', 'another network')."""
    return any(t.lemma_.lower() in words("publisher_nouns") and any(c.dep_ == "det" and c.lower_ in ("a", "an", "another")
               for c in t.children) for t in between)


def _an_outlet(name: str) -> bool:
    """Whether a body's name is a news outlet's: listed (data/outlet_names*.txt) or ending in an outlet's word."""
    bare = re.sub(r"^the\s+", "", name, flags=re.IGNORECASE)
    last = bare.split()[-1].lower() if bare.split() else ""
    return bare in phrases("outlet_names") or bare in phrases("outlet_names_common_words") or last in words_of(
        "outlet_words", "outlet_name_ends")


def _document_read(verb: Token, q: _Quoted) -> str | None:
    """'"...," read a joint statement from Hale and Ruiz': the writing, parsed as the verb's
    object, speaks for the one its author's preposition names (not 'a memo for Mr Hale')."""
    doc = verb.doc
    writing = next((c for c in verb.rights if c.dep_ == "dobj"), None)
    if writing is None or writing.lemma_.lower() not in words_of("document_nouns", "publisher_nouns"):
        return None
    for prep in [*writing.rights, *verb.rights]:
        if prep.dep_ == "prep" and prep.lower_ in words("document_authors"):
            span = doc[prep.i : max(t.i for t in prep.subtree) + 1]
            named = [m for m in q.mentions.in_span(span.start, span.end) if not m.in_quote]
            return named[0].key if named else NOBODY
    owner = [m for m in q.mentions.in_span(writing.left_edge.i, writing.i) if not m.in_quote]  # 'the Gazette's headline'
    if owner:
        return owner[0].key
    return rules.first("quote.document-owner", writing, q) or document_author(writing, q)


# Who issued a writing its own phrase names no one for (stage quote.document-author)


def document_author(writing: Token, q: _Quoted) -> str:
    """The one who issued `writing` ("the report", "the letter"), where the text before names
    them; else nobody (a writing's words are never a person's named elsewhere)."""
    here = _issued_here(writing, q)
    if here is not None:
        return here
    if _fresh_writing(writing):
        return NOBODY
    return rules.first("quote.document-author", writing, q) or NOBODY


@rule("quote.document-author-issued-here", stage="quote.document-author-here", priority=10, action="attribute-speaker",
      why="'The Dunmore Board issued a statement that called the vote \"...\"': the subject of the verb that issued the "
          "writing, where the quotation's sentence tells it.",
      examples=['Bridge row\n\nAfter a late meeting, the Dunmore Board issued a statement calling the vote '
                '"a clear breach of the rules of the town".'])
def _issued_here(writing: Token, q: _Quoted) -> str | None:
    return _issuing_subject(writing, q.mentions)


@rule("quote.document-author-only-of-a-writing-told-of", stage="quote.document-author-veto", priority=10, action="veto",
      why="'A council statement said ...' is a new writing, with an author of its own ('council') not named: no body named "
          "before issued it. Only 'the / this report' is one the text told of.",
      examples=['Bridge row in Dunmore\n\nTom Hale resigned on Monday. The Dunmore Herald reported that he "had lied to the council for '
                'years". A council statement said the bridge "is safe and will open in May as planned".'])
def _fresh_writing(writing: Token) -> bool | None:
    dets = [c.lower_ for c in writing.children if c.dep_ == "det"]
    return (not dets or dets[0] not in ("the", "this", "that") or any(c.dep_ in ("compound", "poss") for c in writing.children)) or None


DOCUMENT_LOOKBACK = 400  # tokens back to an earlier mention of the same writing


@rule("quote.document-author-named-earlier", stage="quote.document-author", priority=10, action="attribute-speaker",
      why="'The council released a letter on Monday. ... \"...,\" the letter said': the writing as first introduced names "
          "who issued it (the subject of 'released', 'sent', 'issued', or 'a letter from / by X', 'X\'s letter').",
      examples=['Bridge row\n\nThe Dunmore Planning Committee released a letter to the mayor on Monday.\n\n'
                'Its chairman, Tom Hale, has said the bridge is unsafe.\n\n"We believe the bridge must close at once," said the letter.',
                'Bridge row\n\nTom Hale warned in a statement late on Monday that the bridge had failed its checks.\n\nKerrin Voss '
                'called for calm.\n\n"The bridge will stay shut until the spring," the statement said.'],
      counter=['Bridge row\n\nTom Hale read a letter to Kerrin Voss on Monday.\n\n"We believe the bridge is unsafe and must close," the letter said.'])
def _author_named_earlier(writing: Token, q: _Quoted) -> str | None:
    doc, lemma = writing.doc, writing.lemma_.lower()
    for tok in doc[max(0, writing.i - DOCUMENT_LOOKBACK) : writing.i]:  # as first introduced, not as last signed
        if tok.lemma_.lower() != lemma or tok.pos_ != "NOUN" or q.mentions.quoted(tok.idx):
            continue
        if (author := _issuer_of(tok, q)) is not None:
            return author
    return None


def _issuer_of(writing: Token, q: _Quoted) -> str | None:
    """Who `writing` (a mention of a letter, a report) is said to be by, if anyone: its
    possessor or a name before it ('the council's letter', 'a Tarn Bank statement'), 'from X' /
    'by X' after it, or the subject of the verb that issued it ('X released a report')."""
    mentions = q.mentions
    before = [m for m in mentions.in_span(writing.left_edge.i, writing.i) if not m.pronoun and not m.in_quote]
    if before:
        return before[0].key  # the first: "the Tarn Bank Dunmore report" is Tarn Bank's
    for child in writing.rights:
        issued = child.dep_ == "acl" and child.lemma_.lower() in words("issuing_verbs")  # "a letter signed by X", not "obtained by X"
        preps = [child] if child.dep_ == "prep" else [c for c in child.children if c.dep_ == "agent"] if issued else []
        for prep in preps:
            if prep.lower_ not in words("document_authors"):
                continue
            obj = next((c for c in prep.children if c.dep_ == "pobj"), None)
            m = mentions.at(obj) if obj is not None else None
            if m is None and obj is not None:
                m = rules.first("quote.issuer-in-prep-object", obj, mentions)
            if m is not None and not m.pronoun:
                return m.key
    return _issuing_subject(writing, mentions)


@rule("quote.issuer-owner-of-a-persons-office", stage="quote.issuer-in-prep-object", priority=10, action="attribute-speaker",
      why="'A statement from Hale's office said ... \"...,\" the statement said': a writing from a named person's office "
          "or campaign (data/org_nouns.txt, led_by_a_person.txt) speaks for that person, as 'Hale's office said' does.",
      examples=['Bridge row\n\nA statement from Senator Ana Ruiz’s office on Monday called the delay "a scandal". Tom Hale '
                'said nothing.\n\n"The county will pay for the repairs itself," the statement said.'],
      counter=['Bridge row\n\nA statement from Senator Ana Ruiz’s lawyer on Monday called the delay "a scandal". Tom Hale '
               'said nothing.\n\n"The county will pay for the repairs itself," the statement said.'])
def _owner_of_a_persons_office(obj: Token, mentions: Mentions) -> Mention | None:
    if obj.pos_ != "NOUN" or obj.lemma_.lower() not in words_of("org_nouns", "led_by_a_person"):
        return None
    owner = next((c for c in obj.children if c.dep_ == "poss"), None)
    m = mentions.at(owner) if owner is not None else None
    return m if m is not None and m.kind == "person" and not m.pronoun and not m.in_quote else None


def _issuing_subject(writing: Token, mentions: Mentions) -> str | None:
    """The one named as the subject of the verb that issued `writing` ('X released a report'), or
    of the verb told in it ('X said in a statement', 'X praised the move in a tweet')."""
    verb = writing.head
    told_in = writing.dep_ == "pobj" and verb.lower_ == "in" and verb.head.pos_ == "VERB" and not _fresh_in(writing)
    if told_in:
        verb = verb.head
    if told_in or writing.dep_ == "dobj" and verb.lemma_.lower() in words("issuing_verbs"):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = mentions.at(subj) if subj is not None else None
        if m is None and subj is not None:
            m = rules.first("quote.issuer-in-subject", subj, mentions)
        if m is None and subj is not None:
            m = next((x for x in mentions.in_span(subj.left_edge.i, subj.i + 1) if not x.pronoun), None)
        if m is not None and not m.in_quote:
            return m.key
    return None


@rule("quote.issuer-apposition-of-subject", stage="quote.issuer-in-subject", priority=10, action="attribute-speaker",
      why="'Hale's deputy, Jo Orme, released a statement calling ...': the name in apposition to the issuing verb's "
          "subject is the one who issued the writing, not the owner of a possessive before it.",
      examples=['Bridge row\n\nTom Hale quit on Monday. Hale’s deputy, Jo Orme, released a statement calling the new '
                'chief "a fine engineer. I wish him well on the bridge."'])
def _issuer_apposition(subj: Token, mentions: Mentions):
    for c in subj.children:
        if c.dep_ == "appos" and c.i > subj.i:
            m = mentions.at(c)
            if m is not None and not m.pronoun:
                return m
    return None


def _fresh_in(writing: Token) -> bool:
    """'in the statement', 'in his letter': a writing told of before, not issued here ('in a statement')."""
    return any(c.dep_ in ("det", "poss") and c.lower_ not in ("a", "an") for c in writing.children)


@rule("quote.document-author-body-that-reported", stage="quote.document-author", priority=15, action="attribute-speaker",
      why="'The Dunmore Herald reported on Friday that the school ... The school was \"...,\" the report states': the report "
          "is the one of the body its paragraph has as the subject of the verb of the same word ('reported'), before it, "
          "not another body named there.",
      examples=['Bridge row\n\nTom Hale spoke first. The Dunmore Herald reported on Friday that the Dunmore Trust had a '
                'long past. The Dunmore Trust was one of the bodies set up for "families who wanted to keep the old mill '
                'open," the report states.'],
      counter=['Bridge row\n\nTom Hale spoke first. The Dunmore Herald said on Friday that the Dunmore Trust had a '
               'long past. The Dunmore Trust was one of the bodies set up for "families who wanted to keep the old mill '
               'open," the report states.'])
def _body_that_reported(writing: Token, q: _Quoted) -> str | None:
    doc, lemma = writing.doc, writing.lemma_.lower()
    first = _token_at(doc, line_start(doc, q.group[0].start))
    if first is None:
        return None
    found = set()
    for verb in doc[first.i : writing.i]:
        if verb.pos_ != "VERB" or verb.lemma_.lower() != lemma or q.mentions.quoted(verb.idx):
            continue
        for subj in (c for c in verb.children if c.dep_ == "nsubj"):
            m = q.mentions.at(subj)
            if m is not None and m.kind == "org" and not m.in_quote and not m.pronoun:
                found.add(m.key)
    return found.pop() if len(found) == 1 else None


@rule("quote.document-author-body-of-paragraph", stage="quote.document-author", priority=20, action="attribute-speaker",
      why="'Tarn Bank defended its loans. \"...,\" the statement said': a writing whose paragraph has one organization as "
          "a clause's subject, before it, is that body's.",
      examples=['Bridge row\n\nTom Hale spoke first. The Dunmore Transport Office said on Monday that the bridge would shut. '
                '"The bridge is unsafe and must close at once," the report said.'],
      counter=['Bridge row\n\nTom Hale spoke first. The Dunmore Transport Office said on Monday that the bridge would shut, and Kerrin Voss said so '
               'too. "The bridge is unsafe and must close at once," the report said.',
               "Bridge row\n\nThe Dunmore Transport Office ''only checks the bridges that carry trains, and never the old ones,'' the report says."])
def _body_of_paragraph(writing: Token, q: _Quoted) -> str | None:
    doc = writing.doc
    first = _token_at(doc, line_start(doc, q.group[0].start))
    if first is None:
        return None
    bodies, others = _subjects_named(doc[first.i : writing.i], q.mentions)
    return bodies.pop() if len(bodies) == 1 and not others else None


@rule("quote.document-author-body-of-paragraph-before", stage="quote.document-author", priority=30, action="attribute-speaker",
      why="'Tarn Bank said it would look into the loans.\\n\\n\"...,\" the report said.': a writing whose own paragraph names "
          "no one as a subject is the body the paragraph before has as its one subject (and no person speaking there).",
      examples=['Tom Hale spoke first.\n\nThe Dunmore Transport Office said on Monday that the bridge would shut.\n\n'
                '"The bridge is unsafe and must close at once," the report said.'],
      counter=['Tom Hale spoke first.\n\nThe Dunmore Transport Office said on Monday that the bridge would shut.\n\n'
               'Ana Ruiz disagreed. "The bridge is unsafe and must close at once," the report said.'])
def _body_of_paragraph_before(writing: Token, q: _Quoted) -> str | None:
    doc, text = writing.doc, text_of(writing.doc)
    start = line_start(doc, q.group[0].start)
    first = _token_at(doc, start)
    if first is None or any(t.dep_ in SUBJECT_DEPS for t in doc[first.i : writing.i] if not q.mentions.quoted(t.idx)):
        return None
    end = start - 1
    while end > 0 and not text[line_start(doc, end - 1) : end].strip():
        end = line_start(doc, end - 1) - 1  # past blank lines
    if end <= 0:
        return None
    before = _token_at(doc, line_start(doc, end - 1))
    if before is None or before.i >= first.i:
        return None
    bodies, others = _subjects_named(doc[before.i : first.i], q.mentions)
    return bodies.pop() if len(bodies) == 1 and not others else None


def _token_at(doc: Doc, char: int) -> Token | None:
    span = doc.char_span(char, char + 1, alignment_mode="expand")
    return span[0] if span is not None and len(span) else None


def _subjects_named(span: Span, mentions: Mentions) -> tuple[set[str], set[str]]:
    """The organizations named as a clause's subject in `span`, outside quotation marks, and
    the people named as the subject of a speech verb there (the writing may be theirs)."""
    bodies, speakers = set(), set()
    for tok in span:
        m = mentions.at(tok) if tok.dep_ in ("nsubj", "nsubjpass") else None
        if m is None or m.in_quote or m.pronoun or mentions.quoted(tok.head.idx):
            continue  # "Tarn Bank ''only lends to ...'', the report says": the subject of quoted words
        if m.kind == "org":
            bodies.add(m.key)
        elif is_speech_verb(tok.head):
            speakers.add(m.key)
    return bodies, speakers


@rule("quote.speaker-transcript-label", stage="quote.speaker", priority=3, action="attribute-speaker",
      why="'\"HALE: We ran out of money.': a transcript's turn is the one its label names (a surname in capitals), else no one we can name.",
      examples=['Tom Hale spoke to Kerrin Voss on the radio. Part of the transcript:\n"VOSS: Why is the bridge in Dunmore so late?\n"HALE: We ran out of money for the steel.\n"VOSS: Who will pay for it now?"'])
def _transcript_label(sent: Span, q: _Quoted) -> str | None:
    label = _turn_label(text_of(sent.doc), q.group[0])
    if label is None:
        return None
    said = label.casefold()
    return next((key for key, e in q.mentions.entities.items()
                 if e.kind == "person" and any(n.split()[-1].casefold() == said for n in [e.name, *e.aliases] if n)), NOBODY)


BYLINE_DASH = re.compile(r"[\"”″']?[.,]?[^\S\n]*[―—–][^\S\n]*")  # '"...” ― Ana Ruiz': the closing mark, a dash, the name


@rule("quote.speaker-named-after-dash", stage="quote.speaker", priority=7, action="attribute-speaker",
      why="'“We need a new mayor.” ― Ana Ruiz': a quotation signed, like an epigraph, with a dash and the speaker's name.",
      examples=['Voters in Dunmore told us what they think.\n“The bridge is late and nobody will say why it costs so much.” ― Ana Ruiz\n“We need a mayor who builds things.” ― Tom Hale'],
      counter=['“The bridge is late,” Ana Ruiz said ― and Tom Hale agreed with her.'])
def _named_after_dash(sent: Span, q: _Quoted) -> str | None:
    doc, end = sent.doc, q.group[-1].end
    dash = BYLINE_DASH.match(text_of(doc), end)
    if dash is None or dash.end() == end:
        return None
    named = doc.char_span(dash.end(), dash.end() + 1, alignment_mode="expand")
    if named is None or not len(named):
        return None
    m = q.mentions.at(named[0])
    if m is None or m.pronoun or m.in_quote or m.kind != "person" or m.start != named[0].i:
        return NOBODY if _signature_line(named[0]) else None  # signed by a name we do not know: not the speaker before
    after = doc[m.end] if m.end < len(doc) else None
    return m.key if after is None or after.is_punct or after.is_space or "\n" in after.whitespace_ else None


SOURCE_IN_BRACKETS = re.compile(r"[\"”″']?[.,]?[^\S\n]*\(([^()\n]{2,60})\)[.,]?[^\S\n]*(?=\n|$)")  # '..." (The Dunmore Times)'


@rule("quote.speaker-source-in-brackets-after", stage="quote.speaker", priority=2, action="attribute-speaker",
      why="'-- \"The vote poses a test for the leadership ...\" (The Dunmore Times)': a roundup's quotation that ends its paragraph "
          "with only a name in brackets after it is the words of the outlet, body or person named there.",
      examples=['What the papers say today:\n\n-- “A vote on the bridge plan, set for Thursday, poses a '
                'real test for the mayor’s team.” (The Dunmore Times)\n\n-- “Council members are wary of voting for the toll.” '
                '(Tarrow Radio)'],
      counter=['Tom Hale spoke at noon. “The vote poses a real test for the mayor’s team,” he said (in Dunmore).',
               'What the papers say today:\n\n-- “A vote on the bridge plan, set for Thursday, poses a '
               'real test for the mayor’s team.” (Tarrow Images)'])
def _source_in_brackets_after(sent: Span, q: _Quoted) -> str | None:
    doc, end = sent.doc, q.group[-1].end
    found = SOURCE_IN_BRACKETS.match(text_of(doc), end)
    if found is None:
        return None
    named = doc.char_span(found.start(1), found.end(1), alignment_mode="expand")
    if named is None or not len(named):
        return None
    if any(t.lower_ in words("photo_nouns") or t.lower_.removesuffix("s") in words("photo_nouns") for t in named):
        return None  # "(Tarrow Images)": a picture's credit, not the words' source
    start = named.start + (1 if named[0].lower_ == "the" else 0)
    inside = [m for m in q.mentions.in_span(named.start, named.end) if not m.pronoun]
    if len(inside) != 1 or inside[0].start != start or inside[0].end < named.end - 1:
        return None  # the brackets hold a name and nothing else ('The Dunmore Times')
    m = inside[0]
    if m.kind == "person" and len(m.key.split()) < 2:
        return None  # one word taken for a person ('(Tarrowpost)'): most likely an outlet the model misread, no one to list
    return m.key


SIGNED_BELOW = re.compile(r"[\"”″']?[.,]?[^\S\n]*\n\s*[-―—–][^\S\n]*(?=\w)")  # '"..."' / '- Ana Ruiz.': a line of its own


@rule("quote.speaker-signed-on-the-line-below", stage="quote.speaker", priority=8, action="attribute-speaker",
      why="'\"We need a new mayor.\"' and, on the line below, '- Ana Ruiz.': a quotation that ends its paragraph, signed "
          "with a dash and a name on a line of its own.",
      examples=['What the two candidates for mayor said at the Dunmore debate.\n\n"The bridge is late and nobody will say why it '
                'costs so much."\n\n- Tom Hale.\n\n"We need a mayor who builds things and pays for them."\n\n- Kerrin Voss.'],
      counter=['What the candidates said in Dunmore.\n\n"The bridge is late and nobody will say why it costs so much," '
               'Ana Ruiz said.\n\n- Tom Hale spoke next.'])
def _signed_below(sent: Span, q: _Quoted) -> str | None:
    doc, end = sent.doc, q.group[-1].end
    dash = SIGNED_BELOW.match(text_of(doc), end)
    if dash is None or q.after and q.after[0].idx < dash.start():
        return None
    named = doc.char_span(dash.end(), dash.end() + 1, alignment_mode="expand")
    if named is None or not len(named) or not _signature_line(named[0]):
        return None
    m = q.mentions.at(named[0])
    if m is None or m.pronoun or m.in_quote or m.kind != "person" or m.start != named[0].i:
        return NOBODY  # signed by a name we do not know: not the speaker before
    return m.key


def _signature_line(first: Token) -> bool:
    """Whether the line from `first` on is a signature: a few capitalised words to its end."""
    line = []
    for tok in first.doc[first.i : first.i + 7]:
        if "\n" in tok.text or not tok.text.strip():
            break
        line.append(tok)
        if "\n" in tok.whitespace_:
            break
    return 0 < len(line) <= 6 and all(t.is_punct or t.text[:1].isupper() for t in line) and line[0].pos_ == "PROPN"


@rule("quote.speaker-said-before-a-body-reports", stage="quote.speaker", priority=4, action="attribute-speaker",
      why="'Tarrow Relief said its clinics saw 900 patients with burns \"...,\" the Dunmore Times reports': when a body only reports"
          " the quotation after it and a speech verb before it has a subject that names someone, that someone speaks; the paper"
          " relays (not '\"...,\" Tom Hale reported': a person reporting speaks).",
      examples=['The charity Tarrow Relief said its clinics saw 900 patients with burns "far worse than anything we have seen '
                'before," the Dunmore Times reports.'],
      counter=['Tarrow Relief saw 900 patients, the Dunmore Times reports: "Most of them were children."',
               'Critics argued that the plan hurt the crews who searched for him, including a pilot who is now unable to '
               '"fly a plane or drive a car," reported the Dunmore Times.'])
def _said_before_a_body_reports(sent: Span, q: _Quoted) -> str | None:
    reports = next((t for t in q.after[:8] if is_speech_verb(t)), None)
    if reports is None or reports.lemma_.lower() != "report":
        return None
    reporter = subject_of(reports)
    m = q.mentions.at(reporter) if reporter is not None else None
    if m is None or m.kind == "person":
        return None  # '"...," Tom Hale reported': a person reporting speaks
    quoted = sent.doc.char_span(q.group[0].start, q.group[0].end, alignment_mode="expand")
    for verb in (t for t in q.before if is_speech_verb(t)):
        if quoted is None or not len(quoted) or _in_a_relative_clause_under(quoted[0], verb):
            continue  # "argued that X hurt Y, who is now unable to '...', reported the Times": the Times' words
        subj = subject_of(verb)
        speaker = resolve(subj, q.mentions, q.role_index) if subj is not None else None
        if speaker is not None and speaker not in (m.key, NOBODY):
            return speaker
    return None


def _in_a_relative_clause_under(tok: Token, verb: Token) -> bool:
    """Whether `tok` hangs from `verb` through a relative clause (one describing someone else)."""
    while tok.i != verb.i and tok.head.i != tok.i:
        if tok.dep_ == "relcl":
            return True
        tok = tok.head
    return False


@rule("quote.speaker-words-its-subject-is-accused-of", stage="quote.speaker", priority=1, action="attribute-speaker",
      why="'Hale praised the fares (which he is often accused of treating as \"proof the plan works\")': words quoted under "
          "a verb of accusing in the passive (data/accusing_verbs.txt) are the unnamed accusers', not the words of its "
          "subject or of a speech verb further out.",
      examples=["Tom Hale went on to praise the fall in ferry fares (which he is often accused of treating as “proof that "
                "the harbour plan works”), and his budget."])
def _words_its_subject_is_accused_of(sent: Span, q: _Quoted) -> str | None:
    for tok in _heads_above_the_quotation(sent, q):
        if tok.lemma_.lower() in words("accusing_verbs") and any(c.dep_ == "auxpass" for c in tok.children):
            return NOBODY
        if is_speech_verb(tok):
            return None
    return None


def _heads_above_the_quotation(sent: Span, q: _Quoted) -> Iterator[Token]:
    """The words the quotation hangs on, from its head up to the root, outside its marks."""
    inside = [t for t in sent if q.group[0].start <= t.idx < q.group[-1].end]
    tok = next((t for t in inside if not (q.group[0].start <= t.head.idx < q.group[-1].end) or t.head.i == t.i), None)
    while tok is not None and tok.head.i != tok.i:
        tok = tok.head
        if tok.idx not in q.inside:
            yield tok


@rule("quote.speaker-words-one-is-accused-of-saying", stage="quote.speaker", priority=0, action="attribute-speaker",
      why="'Hale accused Ruiz of calling the plan \"a scam\"' / 'faulted Ruiz for saying it was \"...\"': words quoted "
          "in a saying that a verb of accusing (data/accusing_verbs.txt) charges its object with are not the accuser's, "
          "and the charge does not assert that the one charged said them: nobody's we can name (not 'accused Ruiz of "
          "running a \"shrinking campaign\"': words of the accuser's own).",
      examples=['Tom Hale accused Ana Ruiz of calling the new ferry plan "a scam for the rich."',
                'Tom Hale faulted Ana Ruiz for saying the new ferry was "a boat for the rich and nobody else."'],
      counter=['Tom Hale accused Ana Ruiz of delay and called the new ferry plan "a scam for the rich."',
               'Tom Hale accused Ana Ruiz of running "a ferry for the rich and nobody else."'])
def _words_one_is_accused_of_saying(sent: Span, q: _Quoted) -> str | None:
    for tok in _heads_above_the_quotation(sent, q):
        prep = tok.head
        saying = is_speech_verb(tok) or tok.lemma_.lower() in words("characterizing_verbs")
        if saying and tok.tag_ == "VBG" and tok.dep_ == "pcomp" and prep.lower_ in ("of", "for") and prep.head.i != prep.i:
            accuser = prep.head
            if (accuser.lemma_.lower() in words("accusing_verbs") and any(c.dep_ == "dobj" for c in accuser.children)
                    and not any(c.dep_ == "auxpass" for c in accuser.children)):
                return NOBODY
        if is_speech_verb(tok) or tok.pos_ in ("VERB", "AUX") and tok.dep_ in ("ROOT", "conj"):
            return None
    return None


@rule("quote.speaker-subject-of-speech-verb", stage="quote.speaker", priority=10, action="attribute-speaker",
      why="The subject of the nearest speech verb that names someone ('Hale told MPs the firm had agreed \"...\"': Hale).",
      examples=['"The bridge is late," Tom Hale told the Dunmore council.'])
def _speaker_of_speech_verb(sent: Span, q: _Quoted) -> str | None:
    if not q.verb_subject_sought:
        return None
    unnamed_nearest = False
    for n, verb in enumerate(q.verbs):
        subj = subject_of(verb)
        if subj is not None and _quoted_subject(subj, q):
            continue
        if n == 0 and subj is None and rules.first("quote.speech-verb-of-a-writing", verb, q):
            return None
        speaker = resolve(subj, q.mentions, q.role_index) if subj is not None else None
        if speaker is not None:
            return NOBODY if unnamed_nearest and speaker != NOBODY else speaker
        if n == 0 and subj is not None and _unnamed_person(subj):
            return None
        if n == 0 and subj is not None and _nearest_subject_names_no_one(subj, verb, q):
            unnamed_nearest = True  # "Despite Hale saying ..., the board said it was '...'": not the farther verb's subject
        if subj is not None and (_said_unnamed(subj) or n == 0 and _unnamed_spokesperson(subj)) and subj.idx not in q.inside:
            return NOBODY  # "the official said", "an unnamed official says that": nobody we can name, not a further verb's subject
        if n == 0 and subj is not None and subj.idx not in q.inside and rules.first("quote.speaker-described-no-one", subj):
            return NOBODY
    return None


@rule("quote.speaker-described-no-one", stage="quote.speaker-described-no-one", priority=10, action="veto",
      why="'Ana Ruiz said the school would close, the Tarrow Herald reported. \"...,\" the teacher wrote.': the words of a "
          "person the speech verb names only by a description ('the clerk', 'the officer') that stands for no one the story names are that "
          "unnamed person's; they are not handed on to whoever spoke in the sentence before.",
      examples=['Ana Ruiz said the school would close in June, the Tarrow Herald reported.\n\n“Our children deserve better '
                'than this!” the teacher wrote.'],
      counter=['Tom Hale said the law was clear.\n\n“We will appeal,” Hale wrote.'])
def _described_no_one(subj: Token) -> bool:
    person = title_word(subj) or subj.lemma_.lower() in words_of("unnamed_people", "spokespeople")
    the = any(c.dep_ == "det" and c.lower_ == "the" for c in subj.children)  # one person ('two members': another rule's)
    return subj.tag_ == "NN" and the and subj.is_lower and person and subj.lemma_.lower() not in words("document_nouns")


@rule("quote.speaker-verb-the-quotation-hangs-on", stage="quote.speaker", priority=6, action="attribute-speaker",
      why="'The board asks whether Hale misled it when he said the quay had passed \"...\",\" two members said': words "
          "quoted inside what a named person said before them are that person's, not those of the tag after the sentence, "
          "which reports the whole; not when that saying is denied or negated ('Ruiz denied that Hale ever said'). So too "
          "where the nearest speech verb after the words is another clause's that does not govern them and the verb "
          "that does has a subject of its own ('Hale called the vicar's cake a “soggy brick,” while the vicar called "
          "Hale ...': Hale's).",
      examples=['The port board wants to know whether harbour chief Tom Hale misled it in May when he said the new quay had '
                'passed "every test the inspectors could set for it," two board sources said.',
                'At the village show, Tom Hale called the vicar\'s cake a “soggy brick with icing,” while Vicar Ben Voss '
                'called Hale\'s marrow “a sad little thing.”'],
      counter=['The port board wants to know whether harbour chief Tom Hale misled it in May about "every test the '
               'inspectors could set for it," two board sources said.',
               'Ana Ruiz denied that harbour chief Tom Hale ever said the new quay had passed "every test the inspectors '
               'could set for it," two board sources said.'])
def _verb_the_quotation_hangs_on(sent: Span, q: _Quoted) -> str | None:
    if not q.verb_subject_sought or q.verbs[0].idx < q.group[-1].end:
        return None  # only where the nearest speech verb comes after the quotation
    doc = sent.doc
    first = _token_at(doc, q.group[0].start)
    nearest = q.verbs[0]
    tag = nearest.dep_ == "ROOT"
    if first is None or not tag and (nearest.is_ancestor(first) or nearest.dep_ not in ("advcl", "conj") or nearest.tag_ in ("VB", "VBG")):
        return None  # the sentence's tag, or another clause's finite verb ('while Voss called ...') that does not govern the words
    for verb in first.ancestors:  # nearest first: the tag itself, when it governs the words nearer, decides
        if verb.idx in q.inside or not is_speech_verb(verb):
            continue
        if verb.idx > q.group[0].start or _denied_or_negated(verb):
            return None  # "Ruiz denied that Hale ever said ...": whether he said the words is what is in doubt
        if not tag and not any(c.dep_ in SUBJECT_DEPS for c in verb.children):
            return None  # "angry at the board calling her plan '...'": whose words, the parse does not tell
        subj = subject_of(verb)
        if subj is None or _quoted_subject(subj, q):
            return None
        key = resolve(subj, q.mentions, q.role_index)
        return key if key and q.mentions.entities[key].kind == "person" else None
    return None


def _denied_or_negated(verb: Token) -> bool:
    """Whether a verb is negated ('never said') or under a verb of denying ('denied that X said')."""
    return negated(verb) or any(a.lemma_.lower() in words("denying_verbs") for a in verb.ancestors)


@rule("quote.speaker-named-right-after-quotation", stage="quote.speaker", priority=15, action="attribute-speaker",
      why="'\"...,\" Hale, a top Ruiz ally, said on Dunmore Radio’s “Morning Show.”': the person named right after the closing mark, with only an apposition before the speech verb, when the parse gave that verb no subject, or took a quoted title after it for one.",
      examples=['Retired Gen. Tom Hale backed Ana Ruiz for mayor on Monday.\n\n“She is absolutely right. There is a severe gap between this council and frankly the mayor and our city,” Hale, a top Ruiz ally, said Thursday morning on Dunmore News’s “Dunmore and Friends.”'],
      counter=['“The bridge is late and costs far too much,” Hale’s aide Kerrin Voss said on Dunmore News’s “Dunmore and Friends.”'])
def _named_right_after_quotation(sent: Span, q: _Quoted) -> str | None:
    if not q.after or not q.verbs:
        return None
    doc, first = sent.doc, q.after[0]
    if text_of(doc)[q.group[-1].end : first.idx].strip(" ,\n" + ALL_MARKS):
        return None
    m = q.mentions.at(first)
    if m is None or m.pronoun or m.in_quote or m.kind != "person" or m.start != first.i:
        return None
    verb = next((t for t in q.after if is_speech_verb(t)), None)
    if verb is None or not m.end <= verb.i <= m.end + 8:
        return None
    subj = subject_of(verb)
    if subj is not None and subj.idx not in q.inside:
        return None  # only where the parse gave the verb no subject, or a quoted title for one
    between = doc[m.end : verb.i]
    if len(between) and between[0].text != ",":
        return None  # "Hale’s aide Kerrin Voss said": the name only modifies the speaker
    return None if any(t.pos_ in ("VERB", "AUX") or t.text in ALL_MARKS for t in between) else m.key


@rule("quote.speaker-named-before-verb-unparsed", stage="quote.speaker", priority=16, action="attribute-speaker",
      why="'\"...,\" Representative Tom Hale, Democrat of Tarrow, told Chen' / 'On Monday, Col. Tom Hale, a spokesman, said, \"...\"': "
          "the person named just before the speech verb, after title words and with at most an apposition between, when the parse "
          "gave that verb no subject outside the quotation.",
      examples=['“That was a fine plan you showed us last week, Mr. Mayor,” Representative Tom Hale, Democrat of Tarrow, told Mr. Chen as he left the hall.',
                '“If the board had sided with Voss, I would have lost my farm for a long time,” Mr. Hale, now 80 and retired in Tarrow, Mass., said by telephone on Monday.',
                'In a call with reporters on Dec. 4, Col. Tom Hale, an army spokesman in Tarrow, said, “I mean, a patrol is a risky job. There is no other way to put it.”',
                'In a talk this week in Dunmore, Tom R. Hale, the chief executive of the Tarrow Farmers League, forcefully told a man who said that some farmers may not vote that "hard years come and go, and staying home is no answer.'],
      counter=['“We will build the bridge and we will pay for it,” Tom Hale’s lawyer, a former judge, said Monday.'])
def _named_before_verb_unparsed(sent: Span, q: _Quoted) -> str | None:
    for verb in q.verbs:
        if verb.idx in q.inside:
            continue
        subj = subject_of(verb)
        if subj is not None and subj.idx not in q.inside:
            continue
        named = _named_before_apposition(verb, q)
        if named is not None:
            return named
    return None


def _named_before_apposition(verb: Token, q: _Quoted) -> str | None:
    """The person named right before `verb`, or before an apposition set off by commas that
    ends right before it ("Hale, now 61 and retired, said"), with only title words before the
    name back to a comma, a quotation mark or the sentence's start. A bare name first after the
    quotation is left to `quote.speaker-named-right-after-quotation`."""
    doc = verb.doc
    start = max(verb.sent.start, verb.i - 16)
    for j in range(verb.i - 1, start - 1, -1):
        tok = doc[j]
        if tok.idx in q.inside or tok.text in ALL_MARKS or tok.is_quote or "\n" in tok.text or is_speech_verb(tok):
            return None
        m = q.mentions.at(tok)
        if m is None or m.end - 1 != j or m.kind == "org" and tok.dep_ in ("pobj", "amod", "compound", "poss", "nmod"):
            continue  # "Hale, the head of the Tarn League, said", "Hale, the 2012 Tarn Party nominee, said": a body inside the apposition
        if m.pronoun or m.in_quote or m.kind != "person":
            return None
        after = doc[m.end : verb.i]
        while len(after) > 1 and after[-1].pos_ == "ADV":
            after = after[:-1]  # "Hale, the head of ..., forcefully told"
        if len(after) and (after[0].text != "," or after[-1].text != ","):
            return None  # "Hale’s lawyer said", "Hale and his lawyer said": not an apposition
        if any(t.pos_ == "PROPN" and t.dep_ == "poss" or t.tag_ == "POS" for t in doc[m.end - 1 : m.end + 1]):
            return None
        k = m.start - 1
        while k >= verb.sent.start and not (doc[k].is_punct and doc[k].text != ".") and doc[k].idx not in q.inside:
            if not (_title_word_between(doc[k]) or title_word(doc[k]) or doc[k].text == "." or doc[k].text.endswith(".") and doc[k].text[:1].isupper()):
                return None
            k -= 1
        if k == m.start - 1 and q.after and m.start == q.after[0].i:
            return None
        return m.key
    return None


@rule("quote.speaker-not-a-quoted-subject", stage="quote.speaker-verb", priority=10, action="veto",
      why="'Hale told MPs \"every economist\" had warned the \"...\"': a subject inside the quotation marks is not the speaker.",
      examples=['Tom Hale told MPs "Kerrin Voss" had said the bridge was "very late".'])
def _quoted_subject(subj: Token, q: _Quoted) -> bool | None:
    return subj.idx in q.inside or None


@rule("quote.speaker-unnamed-person", stage="quote.speaker-verb", priority=20, action="veto",
      why="'He said a man shouted: \"...\"': the words of someone not named, not of the one who reports them.",
      examples=['Tom Hale was in Dunmore. He said a man shouted: "Go home!"'])
def _unnamed_person(subj: Token) -> bool | None:
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in words("unnamed_people") or None


def _unnamed_spokesperson(subj: Token) -> bool:
    """'the official said', 'a spokeswoman said' whom no body or person was found for (not a writing: 'the
    statement said' is quote.speaker-document-says's)."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in SPOKESPEOPLE and subj.lemma_.lower() not in words("document_nouns")


@rule("quote.speaker-not-an-infinitive-of-the-quoted-words", stage="quote.speaker-verb", priority=30, action="veto",
      why="'Hale said any mayor \"has a duty to the town\" to answer letters': a speech verb in the infinitive that the "
          "parse hangs on a word inside the quotation belongs to the quoted words (who must answer), not to the one "
          "who reports them; the reporting verb is another.",
      examples=['Kerrin Voss is a candidate for mayor of Dunmore.\n\nSpeaking on local radio, Tom Hale said any candidate who '
                'hopes to lead the town "has a duty to the farmers" of the valley to answer their letters.'])
def _infinitive_of_the_quoted_words(verb: Token, q: _Quoted) -> bool | None:
    if verb.idx in q.inside or verb.tag_ != "VB" or verb.head.i == verb.i or verb.head.idx not in q.inside:
        return None
    return marked_infinitive(verb) or None


@rule("quote.speaker-not-a-clause-describing-a-noun", stage="quote.speaker-verb", priority=40, action="veto",
      why="'Boyd called the errors \"slips of a tired mind,\" not the lies Hale admitted': a speech verb in a "
          "clause that describes a noun outside the quotation ('the lies [that] Hale admitted') tells what was said of that "
          "noun, not who said the quoted words.",
      examples=['Tom Hale faces a hearing next week.\n\nCalling the errors “slips of a tired mind on a long night,” not '
                'the outright lies Hale admitted, Clara Boyd asked the board to wait.'])
def _describes_a_noun_outside(verb: Token, q: _Quoted) -> bool | None:
    noun = verb.head
    if verb.dep_ != "relcl" or verb.idx in q.inside or noun.idx < q.group[-1].end or noun.pos_ != "NOUN":
        return None  # a noun after the quotation ('"...," rather than falsehoods X conceded'), not 'signs that said "..."'
    if any(a.idx in q.inside for a in noun.ancestors):
        return None  # hung by the parse on a quoted word: the attribution misread ('"...," a crestfallen X confided')

    span = verb.subtree
    first = next(span, verb)
    return (first.idx > q.group[-1].end or verb.right_edge.idx < q.group[0].start) or None


@rule("quote.speaker-far-verb-governs-the-quotation", stage="quote.speaker-verb", priority=50, action="veto",
      why="'a claim that Ruiz kept \"stolen files\" ..., and a claim that Hale would deny saying ...': a speech verb "
          "more than eight words after the quotation, and not the sentence's main verb, speaks it only when the quotation "
          "is inside its own clause or it is reached from the clause holding the quotation without a noun between ('quoted X "
          "as saying'); one in a clause about another noun tells what someone else said.",
      examples=['The memo cited a wrong story that Tom Hale had kept “stolen files from the council office” and a '
                'story that the former police chief Clara Boyd would deny saying the mayor faced an inquiry.'])
def _far_verb_of_another_clause(verb: Token, q: _Quoted) -> bool | None:
    if not is_speech_verb(verb) or verb.dep_ == "ROOT" or any(a.idx in q.inside for a in verb.ancestors):
        return None  # a main verb, or one the parse hung on a quoted word: the parse of the quotation is unsure
    if verb.sent.start_char > q.group[0].start:
        return None  # '"...," the agency quoted X as saying': the parse set the quotation in a sentence of its own
    for tok in [verb, *verb.ancestors]:
        left, right = tok.left_edge.idx, tok.right_edge.idx + len(tok.right_edge)
        if left <= q.group[0].start and q.group[-1].end <= right:  # the nearest clause holding both
            return None  # the verb is reached from it without a noun between: 'quoted X as saying'
        if tok is not verb and tok.pos_ in ("NOUN", "PROPN"):
            return True  # 'a report that X would deny saying': a clause about a noun, away from the quotation
    return True


@rule("quote.speaker-verb-inside-the-reported-words", stage="quote.speaker-verb", priority=60, action="veto",
      why="'Voss said it would be \"a grave mistake\" for Greens to insist on a vote': a speech verb after the quotation, "
          "in the infinitive or a participle, that hangs, through its heads, on a speech verb whose clause holds the "
          "quotation (before it, or a tag after it: '... and cleared its clerks to comment, Boyd said') is part of the words "
          "reported (who would demand), not who said them.",
      examples=['Kerrin Voss runs the Dunmore harbour board.\n\nShe also said it would be “a grave and costly mistake” for '
                'Greens to insist on a vote before the spring.',
                'Tarrow Rowing Club spokeswoman Clara Boyd spoke on Monday.\n\nThe club has handed the auditors “every ledger '
                'in the vault” and has cleared its clerks to comment, she said.'])
def _inside_the_reported_words(verb: Token, q: _Quoted) -> bool | None:
    if verb.idx in q.inside or verb.idx < q.group[-1].end or verb.tag_ not in ("VB", "VBG", "VBN") or verb.dep_ == "relcl":
        return None  # a finite verb with a subject of its own ('..., the Times reports') may attribute the words
    for head in verb.ancestors:
        if head.idx in q.inside:
            return None  # hung on a quoted word: quote.speaker-not-an-infinitive-of-the-quoted-words decides
        if is_speech_verb(head):
            left, right = head.left_edge.idx, head.right_edge.idx + len(head.right_edge)
            return (left <= q.group[0].start and q.group[-1].end <= right) or None
    return None


@rule("quote.speaker-nearest-verb-decides-when-it-names-no-one", stage="quote.speaker-verb", priority=70, action="veto",
      why="'Despite Hale saying he would stay, the board said it was \"...\"' / 'Hale said the quay was safe, but it was "
          "\"...,\" two board members said': when the nearest speech verb's subject is a noun phrase outside the quotation "
          "that names no person, the words are that unnamed source's, not those of a farther speech verb's subject; the "
          "farther verb goes on deciding only when the nearest one hangs from it ('Hale said the board told him \"...\"'), and "
          "'the former mayor and senator said' (one titled person, maybe named before) is left to the other rules.",
      examples=['Tom Hale ran the port for ten years. Tom Hale said the new quay was safe, but it was "never once tested in '
                'a real winter storm," two board members said.'],
      counter=['Tom Hale ran the port for ten years. Tom Hale said the board told him the new quay was "never once tested '
               'in a real winter storm."'])
def _nearest_subject_names_no_one(subj: Token, verb: Token, q: _Quoted) -> bool | None:
    if subj.idx in q.inside or not (subj.pos_ in ("NOUN", "NUM") or subj.pos_ == "PROPN" and subj.is_lower) or subj.dep_ == "nsubjpass":
        return None  # a name, a pronoun, a quoted word, 'was told': other rules decide
    if subj.tag_ == "NN" and any(c.dep_ == "poss" or c.lower_ == "the" for c in subj.children) and any(
            title_word(t) or t.lemma_.lower() in words("kin_nouns") for t in [subj, *subj.conjuncts]):
        return None  # "the former first lady and senator said": one person the text named before, maybe
    phrase = subj.doc[subj.left_edge.i : subj.right_edge.i + 1]
    if any(m.kind == "person" or not m.in_quote and m.start <= subj.i < m.end for m in q.mentions.in_span(phrase.start, phrase.end)):
        return None  # "Hale's lawyer said", "the Tarrow Port Authority said": the phrase names someone
    farther, tok = set(q.verbs[1:]), verb
    while tok.head.i != tok.i and tok.dep_ == "conj":
        tok = tok.head  # "Hale said ..., but ... two members said": joined to it, not inside what it reports
    if any(a in farther for a in tok.ancestors):
        return None  # "Hale said the board told him '...'": inside what a farther verb reports
    return True


def _writing_speaks_for(writing: Token, q: _Quoted) -> str:
    """The one a writing ('the report', 'the committee's report') speaks for: whom its own
    phrase names, else its issuer named before (`document_author`), else nobody."""
    phrase = _phrase(writing)
    named = [m for m in q.mentions.in_span(phrase.start, phrase.end) if not m.in_quote and not m.pronoun]
    return named[0].key if named else document_author(writing, q)


def _is_writing(tok: Token | None, q: _Quoted) -> bool:
    return tok is not None and tok.lemma_.lower() in words("document_nouns") and tok.pos_ == "NOUN" and tok.idx not in q.inside


@rule("quote.speaker-according-to-a-writing", stage="quote.speaker", priority=19, action="attribute-speaker",
      why="'no \"extra money for repairs\" were approved, according to the report': a writing speaks for whom its phrase names, "
          "else for its issuer named before ('The Dunmore Audit Office published a report'), else for nobody.",
      examples=['Bridge row\n\nThe Dunmore Audit Office published a report on the bridge on Monday.\n\n'
                'Tom Hale has said the bridge is safe. But no "new funds for the works" were approved, according to the report.'])
def _according_to_writing(sent: Span, q: _Quoted) -> str | None:
    source = according_to(q.outside)
    return _writing_speaks_for(source, q) if source is not None and _is_writing(source, q) else None


@rule("quote.speaker-writing-before-colon", stage="quote.speaker", priority=9, action="attribute-speaker",
      why="'The Herald reported that the office passed on a letter Tom Hale wrote in May: \"...\"': a writing whose phrase"
          " the colon ends gives the words of its author, named in a clause of its own ('Hale issued', 'Hale wrote'), in"
          " its phrase ('a letter from Hale') or as the subject that issued it ('Hale released a statement:'); not of the"
          " subject of the sentence's 'said'. Only when the author is named.",
      examples=['The Dunmore Herald said on Monday that the harbour office sent out a statement Tom Hale issued in May: '
                '“The bridge was never safe and everyone at the office knew it.”'],
      counter=['Tom Hale spoke to reporters at the harbour. In a short note, the mayor then added: “The bridge was never '
               'safe and everyone at the office knew it.”'])
def _writing_before_colon(sent: Span, q: _Quoted) -> str | None:
    doc, first = sent.doc, q.group[0].start
    colon = _colon_before(sent, first)
    if colon is None or colon.i == sent.start or text_of(doc)[colon.idx + 1 : first].strip(" \"“”'‘’"):
        return None
    tok = doc[colon.i - 1]
    for _ in range(4):  # up from the phrase's last word ('... issued last week:') to its writing
        if _is_writing(tok, q):
            break
        if tok.head.i == tok.i or is_speech_verb(tok):
            return None
        if tok.dep_ == "prep" and tok.head.pos_ in ("NOUN", "PROPN") and tok.lower_ not in words("document_authors"):
            return None  # not 'a report on the tax returns:' (the quotation is no words of that report)
        tok = tok.head
    else:
        return None
    if not _is_writing(tok, q) or tok.dep_ == "pobj":
        return None  # 'responds to the report:' quotes the response, not the report
    for clause in (c for c in tok.children if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in words("issuing_verbs")):
        subj = next((c for c in clause.children if c.dep_ == "nsubj"), None)
        m = q.mentions.at(subj) if subj is not None else None
        if m is not None and not m.in_quote and not m.pronoun:
            return m.key
    author = _writing_speaks_for(tok, q)
    return author or None


@rule("quote.speaker-writing-saying", stage="quote.speaker", priority=17, action="attribute-speaker",
      why="'a statement calling the vote \"...\"' / 'a letter saying \"...\"': a speech verb hung on a writing gives the "
          "writing's words, which speak for its issuer.",
      examples=['Bridge row\n\nAfter a late meeting, the Dunmore Board issued a statement calling the vote '
                '"a clear breach of the rules of the town".'])
def _writing_saying(sent: Span, q: _Quoted) -> str | None:
    verb = next((v for v in q.verbs if v.dep_ == "acl" and _is_writing(v.head, q)), None)
    return _writing_speaks_for(verb.head, q) if verb is not None else None


@rule("quote.speaker-writing-saying-nearest", stage="quote.speech-verb-of-a-writing", priority=10, action="veto",
      why="'X claimed the win in a statement, while the Y Committee put out a note reaffirming that the count is "
          "\"...\"': where the speech verb nearest the quotation hangs on a writing, the writing speaks (rule "
          "quote.speaker-writing-saying), not the subject of a speech verb further off in another clause.",
      examples=['Vote count\n\nThe Elm Party campaign office declared victory for Ruiz in a statement well before the absentee '
                'votes were tallied, while the Tarrow Party Election Committee issued a cautious statement reaffirming that '
                'the tally is "far too tight to call this evening."'])
def _writing_saying_nearest(verb: Token, q: _Quoted) -> bool | None:
    return (verb.dep_ == "acl" and _is_writing(verb.head, q)) or None


@rule("quote.speaker-writing-finds", stage="quote.speaker", priority=18, action="attribute-speaker",
      why="'The report found a \"great deal of proof\"' / '..., the report concluded': a writing as the subject of a "
          "verb of finding or saying in the quotation's sentence speaks for its issuer.",
      examples=['Bridge row\n\nThe Dunmore Audit Office published a report on the bridge on Monday.\n\n'
                'Tom Hale has said the bridge is safe. The report found a "great deal of proof" that the bridge was unsafe.',
                'Dunmore University asked 800 voters about the pier.\n\nBy two to one, voters oppose "closing the old pier for the '
                'whole summer" to pay for repairs, the survey from Dunmore University found.'],
      counter=['Bridge row\n\nThe Dunmore Audit Office published a report on the bridge on Monday.\n\n'
               'The report found that Tom Hale had called the bridge "a danger to the whole town".'])
def _writing_finds(sent: Span, q: _Quoted) -> str | None:
    near = {t.i for t in [*q.after[:4], *q.before[:4]]}  # a speech verb there: the document-says rule decides
    for verb in q.outside:
        if verb.pos_ != "VERB" or not (is_speech_verb(verb) and verb.i not in near or verb.lemma_.lower() in words("finding_verbs")):
            continue
        subj = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if _is_writing(subj, q):
            return _writing_speaks_for(subj, q)
    return None


@rule("quote.speaker-it-the-writing-before", stage="quote.speaker", priority=11, action="attribute-speaker",
      why="'The council's report said: \"...\" It added: \"...\"' / '..., according to the harbour notice. It adds ...': 'it' as "
          "the speech verb's subject, with a writing that spoke (a subject, 'according to') the last thing named before it "
          "in the sentence before, is that writing: it speaks for its issuer, else for nobody.",
      examples=['Bridge row\n\nTom Hale’s report on the bridge came out on Monday. It said the bridge was "unsafe for heavy '
                'traffic and for buses".'],
      counter=['Bridge row\n\nThe report said the bridge was unsafe. Tarrow Mining denied it. It said the claims were '
               '"false from start to finish".'])
def _it_the_writing_before(sent: Span, q: _Quoted) -> str | None:
    writing = _writing_it_means(q)
    if writing is None:
        return None
    author = _writing_speaks_for(writing, q)
    return author if author != NOBODY or _spoke(writing) else None


@rule("quote.unnamed-source-it-the-writing-before", stage="quote.unnamed-source", priority=16, action="attribute-speaker",
      why="'..., according to the harbour notice. It adds \"...\"': 'it' meaning a writing no one is named as issuing is "
          "that writing, an unnamed source as the text gives it.",
      examples=['Bridge row\n\nFerries will stop in May, according to the harbour notice. It adds that fares have grown '
                '"far too low to pay for the crew".'])
def _unnamed_it_the_writing_before(sent: Span, q: _Quoted) -> str | None:
    writing = _writing_it_means(q)
    return _teller_text(writing, q) if writing is not None and _spoke(writing) else None


def _spoke(writing: Token) -> bool:
    """A writing that speaks in its clause: the subject, or the X of 'according to X'."""
    return writing.dep_ in SUBJECT_DEPS or writing.dep_ == "pobj" and writing.head.lower_ == "to" and (
        writing.head.i > 0 and writing.doc[writing.head.i - 1].lower_ == "according")


def _writing_it_means(q: _Quoted) -> Token | None:
    """The writing an 'it' subject of the nearest speech verb means: the last writing that
    spoke or was issued ('X released a report') in the sentence before, with no body and no
    other subject named after it."""
    if not q.verb_subject_sought:
        return None
    it = subject_of(q.verbs[0])
    if it is None or it.lower_ != "it" or it.pos_ != "PRON" or it.idx in q.inside:
        return None
    doc = it.doc
    start = sent_of(it).start
    while start and all(q.mentions.quoted(t.idx) for t in sent_of(doc[start - 1]) if not t.is_punct and not t.is_space):
        start = sent_of(doc[start - 1]).start  # a sentence of a quotation: look back past it
    since = start_of_sentence_before(doc, start)
    for tok in reversed(doc[since:start]):  # one in the sentence of 'it': rule quote.named-it-the-writing-subject
        if q.mentions.quoted(tok.idx) or not _is_writing(tok, q):
            continue
        if not (_spoke(tok) or tok.dep_ == "dobj" and tok.head.lemma_.lower() in words("issuing_verbs")):
            return None
        clause = {t.i for t in next((a for a in tok.ancestors if a.pos_ in ("VERB", "AUX")), tok).subtree}
        after = doc[tok.right_edge.i + 1 : it.i]
        named = [m for m in q.mentions.in_span(after.start, after.end) if not m.in_quote and m.kind != "person"]
        subjects = [t for t in after if t.dep_ in SUBJECT_DEPS and t.pos_ in ("NOUN", "PROPN") and t.i not in clause
                    and not q.mentions.quoted(t.idx)]  # 'The report said the bridge was unsafe': its own words' subjects
        return None if named or subjects else tok
    return None


@rule("quote.speaker-owner-of-a-speech-noun", stage="quote.speaker", priority=21, action="attribute-speaker",
      why="'backed the Dunmore Council's claim that the bridge was \"a danger to the town\"': a quotation in the 'that' "
          "clause of a noun of saying (data/speech_nouns.txt) is the words of the noun's owner; with no owner found, no one "
          "named speaks (not the one who rejects or backs the claim). Not a quotation a colon right after the noun "
          "opens ('toured the county for a year with one pledge: \"...\"'): it is the pledge itself, and the rules "
          "after find who gives it.",
      examples=["Critics backed the Dunmore Council's claim that the bridge was “a danger to the whole town” last year.",
                "Critics recalled Tom Hale’s claim that the bridge was “a danger to the whole town.”",
                "Vicar Ben Voss rejected the promise to “ring the new bells at every wedding in the parish.”"],
      counter=['Tom Hale toured the county for a year with one pledge: "I will mend every bridge in this valley, and '
               'the mill owners will pay for it."'])
def _owner_of_a_speech_noun(sent: Span, q: _Quoted) -> str | None:
    start, end = q.group[0].start, q.group[-1].end
    before_colon = _speech_noun_before_colon(sent, start)
    for noun in q.outside:
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in words("speech_nouns") or noun.idx > start:
            continue
        if before_colon is not None and noun.i == before_colon.i:
            continue  # "with one pledge: “...”": the pledge itself, whose giver the rules after find
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl")), None) or _that_clause_after(noun)
        owner = next((c for c in noun.children if c.dep_ in ("poss", "compound") and c.pos_ == "PROPN"), None)
        if owner is None:
            owner = rules.first("quote.speech-noun-owner", noun)
        if clause is None:
            continue
        sub = clause.doc[clause.left_edge.i : clause.right_edge.i + 1]
        last = [t for t in sent if t.idx < end and not t.is_punct]
        if sub.start_char <= start and last and last[-1].idx < sub.end_char:
            if owner is None:
                return NOBODY  # "Voss rejected the promise to “...”": someone's, not the one who rejects it
            if owner.pos_ == "NOUN" and any(c.dep_ in ("amod", "compound", "nmod", "poss") for c in owner.children):
                return NOBODY  # "the new mayor's claim": which mayor the words say, the title alone does not tell
            return resolve(owner, q.mentions, q.role_index) or (NOBODY if owner.dep_ == "poss" else None)
    return None


def _speech_noun_before_colon(sent: Span, start: int) -> Token | None:
    """The noun of saying right before the colon that a quotation opening at character `start` follows
    ("with one pledge: “...”")."""
    doc = sent.doc
    colon = _colon_before(sent, start)
    if colon is None or colon.i == sent.start or text_of(doc)[colon.idx + 1 : start].strip(" \"“‘'") != "":
        return None
    noun = doc[colon.i - 1]
    return noun if noun.pos_ == "NOUN" and noun.lemma_.lower() in words("speech_nouns") else None


@rule("quote.speaker-subject-of-characterizing-verb", stage="quote.speaker", priority=22, action="attribute-speaker",
      why="'Hale mocked Voss for “having a tough night”' / 'Hale dismissed the town as sitting on the “edge of a "
          "bigger city”': a quoted fragment in what a verb of labelling, mocking or praising (data/characterizing_verbs.txt) "
          "says of its object is its subject's words, when no clause with a subject of its own comes between.",
      examples=['Tom Hale mocked Kerrin Voss for “having a tough night at the polls” after the vote.',
                'In July, Tom Hale dismissed the village as sitting on the “edge of a far larger town” in a speech.',
                'Mayor Tom Hale, for his part, is labeling the council’s actions “a blatant abuse of power.”'],
      counter=['Tom Hale mocked the councillor who had called the plan “a total waste of time and money”.',
               'Ana Ruiz mocked the new toll, the harbour board’s “fair share for every driver”, in her column.',
               'Tom Hale mocked the plan. The paper called it “a total waste of time and money”.'])
def _subject_of_characterizing_verb(sent: Span, q: _Quoted) -> str | None:
    verb = _characterizing_verb(sent, q)
    subj = subject_of(verb) if verb is not None else None
    if subj is None or _quoted_subject(subj, q):
        return None
    return resolve(subj, q.mentions, q.role_index)


@rule("quote.speaker-subject-speaking-of-a-fragment", stage="quote.speaker", priority=23, action="attribute-speaker",
      why="'Hale spoke of “a summer of hard choices”' / 'Ruiz talked about a “fairer deal for every tenant”': a quoted "
          "fragment in the object of the preposition of a verb of speaking of a thing (data/speaking_of_verbs.txt) is "
          "that verb's subject's words; not a title in capitals, nor words naming the noun right after them.",
      examples=['At the fair on Sunday, Tom Hale spoke of “a long summer of hard choices for the town” ahead.',
                'Ana Ruiz, the tenants’ leader, talked about a “fairer deal for every family that rents” in her speech.'],
      counter=['At the fair on Sunday, Tom Hale spoke of the “Keep the Pier Open” campaign.',
               'At the fair on Sunday, Tom Hale spoke of the “no cars on the pier” rule.',
               'Tom Hale spoke to the farmers who called the plan “a long summer of hard choices for the town”.'])
def _subject_speaking_of(sent: Span, q: _Quoted) -> str | None:
    doc = sent.doc
    quoted = doc.char_span(q.group[0].start, q.group[-1].end, alignment_mode="expand")
    if quoted is None or not len(quoted) or len(q.group) > 1 or _in_title_capitals(quoted):
        return None
    closing = doc.char_span(q.group[-1].end, q.group[-1].end + 1, alignment_mode="expand")
    if closing is not None and closing.end < len(doc) and doc[closing.end].pos_ in ("NOUN", "PROPN"):
        return None  # 'spoke of the “no cars” rule': words naming the thing after them
    tok, prep = quoted.root, None
    for _ in range(3):  # the fragment (or the noun it is in), the preposition, the verb
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "acl", "appos"):
            return None
        tok = tok.head
        if tok.idx in q.inside:
            continue
        if tok.dep_ == "prep":
            prep = tok
            continue
        break
    if prep is None or prep.head.i != tok.i or tok.pos_ != "VERB":
        return None
    if f"{tok.lemma_.lower()} {prep.lower_}" not in words("speaking_of_verbs") or negated(tok):
        return None
    subj = subject_of(tok)
    if subj is None or _quoted_subject(subj, q):
        return None
    return resolve(subj, q.mentions, q.role_index)


@rule("quote.speaker-subject-of-main-clause", stage="quote.speaker", priority=50, action="attribute-speaker",
      why="'Hale groused to a crowd that the paper “doesn’t treat me fairly”' / 'Ruiz pondered who might “speak for us "
          "in this season of blame”': a quoted clause (its head a verb) that no speech verb introduces, hung in the sentence's main clause "
          "(through no relative clause and no other verb with a subject of its own), is the main clause's named subject's "
          "(nsubj, active). The last resort of the stage: every other rule has passed.",
      examples=['On Monday, Tom Hale groused to a crowd in Dunmore that the Tarrow Herald “doesn’t treat me fairly at all” '
                'before leaving.',
                'Dr. Kerrin Voss pondered who, without the old mayor, might “speak up for us in this season of blame.”'],
      counter=['Tom Hale doubted whether Kerrin Voss would have come to the fair “if it were held in the city.”',
               'Tom Hale signed the bill that “gives every town a new bridge by next year.”',
               'Tom Hale and Kerrin Voss wore a campaign hat reading, “Make the Town Great Again Also” on Friday.',
               'Born in Dunmore, Tom Hale attended Tarrow Boys’ School, known then as the “pride of the whole valley”.',
               'Tom Hale and Kerrin Voss wore a campaign hat reading “Make the Town Great Again Also” on Friday.',
               'Tom Hale and Kerrin Voss wear "Make the Town Great Again Also" hats before the speech.',
               'Tom Hale has hired Kerrin Voss of the Tarrow Herald, a paper that has run stories with headlines such as '
               '“Bridges make towns poorer and sadder” and “Would you rather your town had a bridge or a future?”',
               'Tarrow Mining said it would sue. It is the pull of the mayor’s “if you like your house, you can keep it” pledge.'])
def _subject_of_main_clause(sent: Span, q: _Quoted) -> str | None:
    doc = sent.doc
    quoted = doc.char_span(q.group[0].start, q.group[-1].end, alignment_mode="expand")
    if quoted is None or not len(quoted) or len(q.group) > 1 or not q.before or q.before[-1].i != sent.start:
        return None  # a fragment the sentence's own words open, in one piece
    if any(t.dep_ == "relcl" for t in quoted) or text_of(doc)[: q.group[0].start].rstrip(" " + ALL_MARKS)[-1:] in (",", ":"):
        return None  # set off by a comma or a colon: words shown, not a fragment of the clause
    tok = quoted.root
    if tok.pos_ not in ("VERB", "AUX") or tok.dep_ not in ("ccomp", "xcomp", "advcl", "conj", "pcomp"):
        return None  # a quoted name or phrase ('known as the “pride of the town”', 'his “we can do it” promise'): a label
    opening = doc.char_span(q.group[0].start - 1, q.group[0].start, alignment_mode="expand")
    if opening is not None and opening.start and doc[opening.start - 1].pos_ in ("NOUN", "ADP", "CCONJ"):
        return None  # 'the line “...”', 'headlines such as “...” and “...”': the words of a thing the clause names
    closing = doc.char_span(q.group[-1].end, q.group[-1].end + 1, alignment_mode="expand")
    if closing is not None and closing.end < len(doc) and doc[closing.end].pos_ == "NOUN":
        return None  # 'they wear “Make the Town Great” hats': words naming the thing after them
    head = tok.head
    if head.tag_ == "VBG" and head.i and doc[head.i - 1].pos_ == "NOUN":
        return None  # 'a hat reading “...”', 'a sign saying “...”': the thing's words
    for _ in range(8):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.dep_ == "relcl" or tok.dep_ == "acl" and tok.tag_ == "VBG":
            return None
        if tok.idx in q.inside or tok.pos_ not in ("VERB", "AUX"):
            continue
        subj = next((c for c in tok.children if c.dep_ in SUBJECT_DEPS), None)
        if subj is None:
            continue
        if tok.dep_ != "ROOT" or subj.dep_ != "nsubj" or subj.i > tok.i or subj.idx in q.inside or subj.pos_ not in ("PROPN", "PRON"):
            return None
        if subj.lower_ in ("it", "this", "that", "there"):
            return None  # 'It is the pull of Hale’s “...” promise': no one speaking
        return resolve(subj, q.mentions, q.role_index)
    return None


@rule("quote.speaker-phrase-in-a-reckoning-clause", stage="quote.speaker", priority=52, action="attribute-speaker",
      why="'Ruiz worried that the tax would leave “every family a little poorer”' / 'Voss reckoned that there were “far "
          "too few nurses”': a quoted phrase of four words or more in the that-clause of a verb of "
          "view, reckoning or ruling (data/reckoning_verbs.txt), the clause's own verb not one of telling, is the words of that verb's "
          "named subject; not words naming the noun right after them ('a “closed all week” sign'), nor a title "
          "in capitals ('the “Fair Pay for Every Worker Act”'). After every other rule of the stage.",
      examples=['Harbour tax\n\nTom Hale worried that the harbour tax would leave “every fishing family in Dunmore a little poorer.”',
                'By Friday, Kerrin Voss reckoned that there were “far too few nurses for a town of this size.”',
                'After the vote, Kerrin Voss signaled that the council may sell the old mill “to the first buyer with a fair offer.”',
                'The Dunmore High Court ruled on Friday that the mill may reopen once its owners "have paid every worker the '
                'wages owed to them."'],
      counter=['Harbour tax\n\nTom Hale worried that Kerrin Voss had called the harbour tax “a gift to every fishing family in Dunmore.”',
               'Harbour tax\n\nTom Hale worried that the harbour tax was “far too high.”',
               'Tom Hale built a pier that the paper called “a trap for the small towns of the valley.”',
               'The Dunmore council expects that most shops will hang a “closed for the whole of August” sign this summer.',
               'Tom Hale expects that the court will strike down the “Fair Pay for Every Worker Act.”'])
def _phrase_in_a_reckoning_clause(sent: Span, q: _Quoted) -> str | None:
    doc = sent.doc
    quoted = doc.char_span(q.group[0].start, q.group[-1].end, alignment_mode="expand")
    if quoted is None or len(q.group) > 1 or sum(t.is_alpha for t in quoted) < 4 or _in_title_capitals(quoted):
        return None  # 'expects the court to strike down the “Fair Pay for Every Worker Act”': a title, nobody's words
    closing = doc.char_span(q.group[-1].end, q.group[-1].end + 1, alignment_mode="expand")
    if closing is not None and closing.end < len(doc) and doc[closing.end].pos_ in ("NOUN", "PROPN"):
        return None  # 'under a “do not swim here” order': words naming the thing after them
    tok = next((t for t in quoted if not t.is_punct and not quoted.start <= t.head.i < quoted.end), None)
    if tok is None:
        return None  # (not the span's root: a full stop inside the marks may hang on the main verb)
    for _ in range(8):  # up to the first verb outside the quotation with a subject of its own: the clause's
        if tok.head.i == tok.i or tok.dep_ in ("relcl", "acl", "appos"):
            return None
        tok = tok.head
        if tok.idx not in q.inside and tok.pos_ in ("VERB", "AUX") and any(c.dep_ in (*SUBJECT_DEPS, "expl") for c in tok.children):
            break  # 'there are “...”': the clause's verb too
    else:
        return None
    if tok.idx in q.inside or tok.dep_ != "ccomp" or is_speech_verb(tok) or tok.lemma_.lower() in words("characterizing_verbs"):
        return None
    verb = tok.head
    if verb.lemma_.lower() not in words("reckoning_verbs") or verb.idx in q.inside or negated(verb):
        return None
    subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
    if subj is None or subj.idx in q.inside or subj.pos_ not in ("PROPN", "PRON", "NOUN"):
        return None
    return resolve(subj, q.mentions, q.role_index)


@rule("quote.characterizing-verb-names-a-thing", stage="quote.characterizing-verb-names-a-thing", priority=10,
      action="veto",
      why="'Tom Hale proposed a levy on hotel rooms, often referred to as “the pillow penny,” and ...': a past "
          "participle of labelling (the parse may tag it a past tense, never an -ing form: 'voted no, referring to') set off "
          "by a comma (or hung on a noun), with no subject, auxiliary, object or 'by' of its own, tells what a thing is "
          "called, by no one in particular (the parse may join it to the main verb); the quoted words are the thing's name, "
          "not the words of the sentence's subject.",
      examples=['Tom Hale proposed a levy on hotel rooms, often referred to as “the pillow penny of the coast,” and the '
                'council voted it down.'],
      counter=['Tom Hale proposed a levy on hotel rooms and has dubbed it “the pillow penny of the coast,” but the council '
               'voted it down.',
               'Mayor Tom Hale voted against the sale on Monday, referring to “the great pier folly of our time.”'])
def _names_a_thing(verb: Token) -> bool:
    if verb.tag_ == "VBG" or any(c.dep_ in ("nsubj", "nsubjpass", "aux", "auxpass", "dobj", "agent") for c in verb.children):
        return False  # not 'voted no, referring to “...”': the subject's own act
    before = verb.i - 1
    while before > 0 and verb.doc[before].pos_ == "ADV":
        before -= 1  # ', sometimes referred to as'
    return verb.dep_ == "acl" or verb.doc[before].text == ","


def _characterizing_verb(sent: Span, q: _Quoted) -> Token | None:
    """The verb of data/characterizing_verbs.txt the quotation hangs from, climbing from its
    head through words outside it and no verb with a subject of its own."""
    quoted = sent.doc.char_span(q.group[0].start, q.group[-1].end, alignment_mode="expand")
    if quoted is None or not len(quoted):
        return None
    tok = quoted.root
    if any(c.dep_ == "poss" and c.idx not in q.inside for c in tok.children):
        return None  # 'panned the plan, the mayor's “plan B”': the owner's name for the thing, not the verb's subject's words
    for _ in range(6):
        if tok.head.i == tok.i:
            return None
        tok = tok.head
        if tok.idx in q.inside or tok.pos_ not in ("VERB", "AUX"):
            continue
        if tok.lemma_.lower() in words("characterizing_verbs"):
            return None if rules.first("quote.characterizing-verb-names-a-thing", tok) else tok
        if any(c.dep_ in SUBJECT_DEPS for c in tok.children) or tok.dep_ == "relcl":
            return None
    return None


def _that_clause_after(noun: Token) -> Token | None:
    """The clause that 'that' right after `noun` opens, where the parse hung it on the verb."""
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    return nxt.head if nxt is not None and nxt.lower_ == "that" and nxt.dep_ == "mark" and nxt.head.i > noun.i else None


@rule("quote.speech-noun-owner-pronoun", stage="quote.speech-noun-owner", priority=10, action="resolve",
      why="'Hale has used the row to bolster his warnings that lorries are “pouring across the bridge”': a possessive "
          "pronoun owns the noun of saying as a name would, and stands for whom it refers to.",
      examples=['Tom Hale spoke in Dunmore on Monday.\n\nHale has used the row to bolster his warnings that the town is '
                'being flooded by lorries “pouring across the old bridge,” which he has painted darkly.'],
      counter=['Tom Hale spoke in Dunmore on Monday.\n\nHale has used the row to bolster the warnings that the town is '
               'being flooded by lorries “pouring across the old bridge,” which he has painted darkly.'])
def _pronoun_owner(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "PRON"), None)


@rule("quote.speech-noun-owner-title", stage="quote.speech-noun-owner", priority=20, action="resolve",
      why="'Voss dismissed the mayor’s claim that \"nobody needs\" a bridge': a title in the possessive owns the "
          "noun of saying and stands for whom it names; the one rejecting the claim did not say its words. Unresolved, "
          "no one named speaks.",
      examples=['Mayor Tom Hale spoke to reporters on Monday.\n\nKerrin Voss dismissed the mayor’s claim that “nobody in '
                'Dunmore needs” a second bridge.'],
      counter=['Mayor Tom Hale spoke to reporters on Monday.\n\nKerrin Voss dismissed the claim that “nobody in '
               'Dunmore needs” a second bridge.'])
def _title_owner(noun: Token) -> Token | None:
    return next((c for c in noun.children if c.dep_ == "poss" and c.pos_ == "NOUN"), None)


@rule("quote.speech-noun-owner-who-gives-it", stage="quote.speech-noun-owner", priority=30, action="resolve",
      why="'Hale made a promise to “...”', 'Hale ended the sermon with a warning that “...”': a noun of saying with "
          "no owner written is the subject's who gives it (data/speech_noun_giving_verbs.txt: made, issued, voiced) or "
          "who ends or opens a spoken piece with it (data/talk_nouns.txt); not the subject's who takes up another's "
          "('rejected the claim that').",
      examples=["Vicar Ben Voss ended the Easter sermon with a warning that “the old bell tower will not last another "
                "hard winter.”",
                "Vicar Ben Voss made a promise to “ring the new bells at every wedding in the parish.”"],
      counter=["Vicar Ben Voss doubted the promise to “ring the new bells at every wedding in the parish.”"])
def _giver_owner(noun: Token) -> Token | None:
    verb = noun.head
    if noun.dep_ == "dobj" and verb.lemma_.lower() in words("speech_noun_giving_verbs"):
        return subject_of(verb)
    if noun.dep_ != "pobj" or verb.lower_ != "with" or verb.head.pos_ != "VERB":
        return None
    verb = verb.head  # "closed the speech with a pledge"
    if any(c.dep_ == "dobj" and c.lemma_.lower() in words("talk_nouns") for c in verb.children):
        return subject_of(verb)
    return None


@rule("quote.speaker-unnamed-before-according-to", stage="quote.speaker", priority=14, action="attribute-speaker",
      why="'\"...,\" one Hale ally said, according to the Dunmore Herald': the speech verb's subject is someone unnamed ('a', "
          "'one', 'another' before a person's noun); the source after 'according to' only reports the words, so no one named speaks.",
      examples=['Tom Hale lost the vote.\n\n“It is causing the distraction nobody wanted at the count,” one Hale ally said, '
                'according to the Dunmore Herald.'],
      counter=['Tom Hale lost the vote.\n\n“It is causing the distraction nobody wanted at the count,” Hale said, according to '
               'the Dunmore Herald.'])
def _unnamed_before_according_to(sent: Span, q: _Quoted) -> str | None:
    source = according_to(q.outside)
    if source is None or not q.verbs:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.i > source.i or subj.pos_ != "NOUN" or not subj.is_lower or not _unnamed_determiner(subj):
        return None
    return NOBODY if subj.lemma_.lower() not in SPOKESPEOPLE else None


@rule("quote.speaker-according-to", stage="quote.speaker", priority=20, action="attribute-speaker",
      why="'\"...\", according to Hale': the source named after 'according to' (not 'According to the Post, Hale objected: \"...\"':"
          " a person named after the source as a clause's subject, before the quotation, is who speaks; the source reports it).",
      examples=['The bridge is "very late", according to Tom Hale.'],
      counter=['According to the Tarrow Post, the plan was cut after Sarah Voss objected: “We do not want to prejudice the case.”'])
def _according_to_speaker(sent: Span, q: _Quoted) -> str | None:
    source = according_to(q.outside)
    if source is None:
        return None
    for t in q.outside:
        if source.i < t.i and t.idx < q.group[0].start and t.dep_ == "nsubj":
            m = q.mentions.at(t)
            if m is not None and m.kind == "person" and not m.pronoun and not m.in_quote:
                return None  # "According to the Post, Hale objected: ...": Hale's words, the Post's report
    return resolve(source, q.mentions, q.role_index) or NOBODY


@rule("quote.speaker-label-before-colon", stage="quote.speaker", priority=25, action="attribute-speaker",
      why="'POLLS MISSED THE SHIFT - Tom Hale: “...”' / 'More from Hale: “...”': a name alone before the colon that opens "
          "the quotation, at the start of its line or after a dash, 'from' or a speech verb ('Said Hale:'; `extract/data/quotation_label_openers.txt`), "
          "labels whose words they are.",
      examples=['The council met in Dunmore on Monday.\nPOLLS MISSED THE LATE SHIFT IN DUNMORE - Tom Hale: “The polls in Dunmore stopped a week before the vote, and the shift came late.”',
                'Tax row\n\nTom Hale, a tax adviser in Dunmore, said the plan was late.\n\nThe council has shelved tax reform for years.\n\n'
                'Continued Hale: “I doubt she cares one jot about tax reform.”'],
      counter=['The council met in Dunmore on Monday.\nThe note was left for Tom Hale: “The bridge in Dunmore will cost twice what the council was told.”'])
def _label_before_colon(sent: Span, q: _Quoted) -> str | None:
    doc, text = sent.doc, text_of(sent.doc)
    first = q.group[0].start
    line = line_start(doc, first)
    before = text[line : first - 1].rstrip()
    if not before.endswith(":"):
        return None
    colon = doc.char_span(line + len(before) - 1, line + len(before), alignment_mode="expand")
    if colon is None or not len(colon) or colon[0].i == 0:
        return None
    m = q.mentions.at(doc[colon[0].i - 1])
    if m is None or m.pronoun or m.in_quote or m.end != colon[0].i:
        return None
    opener = doc[m.start - 1] if m.start else None
    at_line_start = opener is None or "\n" in opener.text_with_ws or opener.is_space
    if not at_line_start and opener.lower_ not in words("quotation_label_openers"):
        return rules.first("quote.label-titled", doc, line, m)
    return m.key


@rule("quote.speaker-label-with-title-before-colon", stage="quote.label-titled", priority=10, action="attribute-speaker",
      why="'New river board chief Dana Roe: \"...\"': a line that is only a person's name with its title words before the "
          "colon that opens the quotation labels whose words they are, as a bare name does.",
      examples=['The flood hit Dunmore on Monday.\n\nNew river board chief Dana Roe: "We say to all of you be calm, you '
                'will see the water go down across the valley."'],
      counter=['The flood hit Dunmore on Monday.\n\nQuestions for river board chief Dana Roe: "Why did you say to all of us be '
               'calm, when the water did not go down across the valley?"'])
def _label_titled(doc: Doc, line: int, m: Mention) -> str | None:
    first = _token_at(doc, line)
    if first is None or m.kind != "person" or not 0 < m.start - first.i <= 6:
        return None
    words_before = doc[first.i : m.start]
    ok = all(t.pos_ in ("PROPN", "NOUN", "ADJ") and not t.is_punct for t in words_before)
    return m.key if ok and any(title_word(t) for t in words_before) else None


@rule("quote.speaker-after-fronted-speech-verb", stage="quote.speaker", priority=26, action="attribute-speaker",
      why="'Added Tom Hale, the head of the Dunmore Trust: \"...\"' / 'Countered Hale, \"...\"': a line opening with a speech "
          "verb in the past, then a name (after title words), an apposition at most, and a comma or colon right before the "
          "quotation: the one named speaks, whatever the parse made of the inverted order.",
      examples=['Tom Hale chairs the Dunmore fund.\n\nAdded Kerrin Voss, the head of the Dunmore Trust for Farms and Fields: '
                '"Must every farmer pay for a bridge that serves the town alone?"',
                'Tom Hale chairs the Dunmore fund.\n\nCountered Hale, "The bridge was never going to be cheap."'],
      counter=['Tom Hale chairs the Dunmore fund.\n\nAdded to the bill for Kerrin Voss: "a bridge that serves the town alone."'])
def _named_after_fronted_speech_verb(sent: Span, q: _Quoted) -> str | None:
    doc, first = sent.doc, q.group[0].start
    line = line_start(doc, first)
    verb = _token_at(doc, line)
    if verb is None or verb.idx != line or not fronted_speech_verb(verb):
        return None
    named = None
    for tok in doc[verb.i + 1 : verb.i + 6]:
        m = q.mentions.at(tok)
        if m is not None:
            named = m if m.kind == "person" and not m.pronoun and not m.in_quote and m.start == tok.i else None
            break
        if not tok.is_alpha or not title_word(tok) and tok.pos_ not in ("PROPN", "ADJ"):
            return None
    if named is None:
        return None
    rest = [t for t in doc[named.end :] if t.idx < first - 1 and not t.is_space]
    if not rest or rest[-1].text not in (",", ":"):
        return None
    between = rest[:-1]
    if not between and rest[-1].text == ":":
        return None  # 'Continued Hale: "..."': rule quote.speaker-label-before-colon
    if between and (between[0].text != "," or len(between) > 16
                    or any(t.pos_ in ("VERB", "AUX") or t.text in ALL_MARKS or t.text in (".", ";") for t in between)):
        return None  # an apposition at most ("Added Voss, the head of the trust:")
    return named.key


@rule("quote.speaker-handed-the-quotation", stage="quote.speaker", priority=30, action="attribute-speaker",
      why="The subject of a sentence a colon hands a quotation ('Hale was more blunt: \"...\"') or whose verb reports a reaction.",
      examples=['Tom Hale had one message for the council: "Build the bridge."'],
      counter=['Tom Hale has the right to inspect "any ledger he chooses".'])
def _speaker_handed_the_quotation(sent: Span, q: _Quoted) -> str | None:
    if q.verb_subject_sought or not q.before:
        return None
    doc, first = sent.doc, q.group[0].start
    colon = text_of(doc)[max(0, first - 8) : first].rstrip(" \"“”'‘’").endswith(":")
    if not colon and sent.root.lemma_.lower() not in words("speech_verbs") | stances().keys():
        return None  # not a phrase quoted from a document ('the right to inspect "any ledger ..."')
    root = _clause_before_colon(sent, first) if colon else sent.root
    subj = next((c for c in root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.idx in q.inside:
        return None
    return resolve(subj, q.mentions, q.role_index) or NOBODY


@rule("quote.clause-before-colon", stage="quote.colon-clause", priority=10, action="attribute-speaker",
      why="'That made no sense, and indeed his adviser Ana Ruiz was more blunt: \"...\"': the clause the colon ends "
          "hands the quotation, not the sentence's first clause.",
      examples=['That excuse made no sense, and indeed, after the vote, his adviser Ana Ruiz was more blunt: "He is not going to release the plans. People did not care."'])
def _colon_clause(sent: Span, first: int) -> Token | None:
    doc = sent.doc
    colon = _colon_before(sent, first)
    if colon is None or colon.i == sent.start:
        return None
    verb = doc[colon.i - 1]
    while verb.pos_ not in ("VERB", "AUX") and verb.head != verb:
        verb = verb.head
    return verb if verb != sent.root and verb.pos_ in ("VERB", "AUX") and sent.start <= verb.i < sent.end else None


def _colon_before(sent: Span, first: int) -> Token | None:
    """The last colon of `sent` before the character `first` (where a quotation opens)."""
    return next((t for t in reversed(sent) if t.text == ":" and t.idx < first), None)


def _clause_before_colon(sent: Span, first: int) -> Token:
    return _colon_clause(sent, first) or sent.root


@rule("quote.speaker-named-after-said", stage="quote.speaker", priority=12, action="attribute-speaker",
      why="'\"...,\" said shadow local government secretary Ana Ruiz': the name a few title words after the verb ('said"
          " Tom Hale's sister, Ana Hale': the one set after the owner's noun, or no one named; 'said Hale critics': no one named); it comes before 'according to X' in the same sentence, which names who reported the words ('\"...,\" said Hale on the stand, according to the Herald').",
      examples=['"The bridge is late," said shadow Dunmore transport secretary Tom Hale.',
                '“It is another one of those cases,” said Tom Hale’s sister, Ana Hale. “We want answers.”',
                'Tom Hale took the stand on Monday. “I own that I got the bridge badly wrong,” said Hale in the dock, according to the Dunmore Herald.'],
      counter=['Mayor Tom Hale won the vote on Monday. "He sold the harbor to his friends," said Hale critics.'])
def _speaker_named_after_said(sent: Span, q: _Quoted) -> str | None:
    return q.said_then_named


@rule("quote.speaker-title-after-asked", stage="quote.speaker", priority=13, action="attribute-speaker",
      why="'\"...?\" asked the senator': a speech verb right after the quotation, then 'the' and one noun, parsed as the "
          "verb's object since the subject follows it, is the speaker: the title stands for its holder.",
      examples=['The hearing was tense. Senator Mark Dean questioned the nominee, Tom Hale.\n\n'
                '"Have you ever run a trial on your own?" queried the senator, pointing to the nominee\'s short career.'],
      counter=['The hearing was tense. Senator Mark Dean questioned the nominee, Tom Hale.\n\n'
               '"Have you ever run a trial on your own?" asked the senator\'s aide, pointing to a short career.'])
def _title_after_asked(sent: Span, q: _Quoted) -> str | None:
    after = q.after or _tag_words(sent, q)
    if len(after) < 3 or not is_speech_verb(after[0]) or after[1].lower_ != "the" or after[0].i + 1 != after[1].i:
        return None
    verb, noun = after[0], after[2]
    if noun.pos_ != "NOUN" or noun.head.i != verb.i or noun.dep_ != "dobj" or any(c.dep_ in SUBJECT_DEPS for c in verb.children):
        return None
    nxt = noun.doc[noun.i + 1] if noun.i + 1 < len(noun.doc) else None
    if nxt is not None and not nxt.is_punct:
        return None
    return resolve(noun, q.mentions, q.role_index)


def _tag_words(sent: Span, q: _Quoted) -> list[Token]:
    """The words of the sentence right after a quotation that ends its own sentence, on the same
    line ('"Why?" asked the senator.', split at the question mark by the parse)."""
    doc = sent.doc
    if sent.end >= len(doc):
        return []
    tag = sent_of(doc[sent.end])
    if "\n" in text_of(doc)[q.group[-1].end : tag.start_char] or tag.start_char - q.group[-1].end > 3:
        return []
    return [t for t in tag if not t.is_punct and not t.is_space]


def _said_then_named(after: list[Token], mentions: Mentions) -> str | None:
    """'"...," said shadow local government secretary Jo Sims': the name a few words after a
    speech verb that follows the quotation, with nothing but title words between, whatever
    the parse made of them. `after` holds the sentence's words after the quotation, no
    punctuation."""
    verb = after[0]
    for tok in after[1:7]:
        if tok.i > verb.i + 7:
            return None
        m = mentions.at(tok)
        if m is not None and m.kind == "person" and not m.pronoun:
            between = [t for t in after[1:] if t.i < m.start]
            if not all(_title_word_between(t) for t in between):
                return None
            doc = verb.doc
            if m.end < len(doc) and doc[m.end].text in POSSESSIVE:
                return _named_after_owner(doc, m.end, mentions)  # "said Tom Hale's sister, Ana Hale": the sister
            if m.end < len(doc) and _people_of_a_name(doc[m.end]):
                return NOBODY  # "said Hale critics": several unnamed people of Hale's side (quote.named-no-one-for-several-of-a-name)
            return _named_after_owning_name_and_title(doc, m, mentions) or m.key
    return None


@rule("quote.speaker-named-after-a-name-and-title", stage="quote.said-then-named", priority=10, action="attribute-speaker",
      why="'\"...,\" said Hale campaign spokeswoman Ana Ruiz': a name, then title words and another name, with no comma "
          "between: the first name owns the title (a campaign, an office) and the one named after it is the speaker.",
      examples=['Senator Tom Hale is running for governor.\n\n“The count is not over and we will win,” said Hale national press '
                'secretary Julia Reeve.'],
      counter=['Senator Tom Hale is running for governor.\n\n“The count is not over and we will win,” said Hale on Monday as '
               'Julia Reeve looked on.'])
def _named_after_owning_name_and_title(doc: Doc, m: Mention, mentions: Mentions) -> str | None:
    titled = False
    for tok in doc[m.end : m.end + 6]:
        other = mentions.at(tok)
        if other is not None and other.key != m.key:
            return other.key if titled and other.kind == "person" and not other.pronoun and other.start == tok.i else None
        if not tok.is_alpha or not (title_word(tok) or tok.pos_ in ("NOUN", "ADJ", "PROPN")):
            return None
        titled = titled or title_word(tok)
    return None


def _named_after_owner(doc: Doc, mark: int, mentions: Mentions) -> str | None:
    """'said Tom Hale's sister, Ana Hale': the person set after the owner's noun and a comma;
    None when no one is ('said Tom Hale's sister': someone unnamed, not Hale)."""
    for tok in doc[mark + 1 : mark + 8]:
        if tok.text in (".", ";") or mentions.quoted(tok.idx):
            break
        m = mentions.at(tok)
        if m is not None and m.kind == "person" and not m.pronoun and doc[m.start - 1].text == ",":
            return m.key
    return NOBODY


def _title_word_between(t: Token) -> bool:
    return t.is_alpha and (
        t.pos_ in ("PROPN", "NOUN", "ADJ") or title_word(t) or t.tag_ in ("VB", "VBP", "VBG", "VBN")  # "pipe-smoking"
    )


@rule("quote.speaker-in-tag-sentence-after", stage="quote.speaker", priority=45, action="attribute-speaker",
      why="'\"Why is it late?\" Ruiz asked.': the parse ends the sentence at the question mark, and the short sentence after (up to 24 words, or 40 when its verb is no bare participle and no second verb is joined to it), on the same line, names who spoke"
          " (after a closing '' of a newspaper archive too; also 'Ruiz said, laughing.', a manner set off by a comma, and 'X, a friend of Y, told Dunmore Radio’s “Morning Desk.”', the one"
          " told or asked (data/audience_nouns.txt: 'told the jury', 'asked a crowd') and a show's title after the verb, and where it was told: '... said to a crowd of ferry workers on the quay').",
      examples=['Tom Hale met the press in Dunmore.\n"Why is the bridge so late and so costly?" Kerrin Voss asked. "Nobody will tell us."',
                'Tom Hale met the press in Dunmore.\n"I have not read it. Which letter do you mean?" Kerrin Voss said when asked about the bridge.',
                '"We will win this fight. Are you sure?" Tom Hale said, laughing.',
                'Tom Hale met the press in Dunmore.\n“Where is the plan for the bridge?” former Tarrow Mayor Kerrin Voss, a Hale '
                'friend, told Dunmore Radio’s “Morning Desk” show.',
                "Tom Hale met the press in Dunmore.\n''Why is the bridge so late and so costly?'' Mr. Voss asked. ''Nobody will say.''",
                "The ferry vote was close.\n\n“Nobody in this harbour will forget what the crews did today. Bless them all!” "
                "Councillor Ana Ruiz of the Dunmore ward said to a crowd of ferry workers on the quay at dawn.",
                'The trial ended on Monday.\n"The money is gone. So who took it?" prosecutor Ana Ruiz had told the jury.',
                'The ferry vote was close.\n\n"Who will pay for the new quay now?" Tom Hale asked a crowd of ferry workers.',
                "Ana Ruiz lost the ferry vote on Monday.\n\n“The pier will stay open for as long as this town has a single boat "
                "left in it!” Tom Hale wrote under a picture of the harbor on his campaign page late on Sunday night, hours before "
                "the polls opened in Dunmore."],
      counter=['Tom Hale spoke first.\n\n"We have to fix the roof first." Councillor Ana Ruiz, asked about the leaking roof by '
               'parents at the school gates on Tuesday, said it was only fair for the town to pay for the repairs before the winter.',
               'Tom Hale met the press in Dunmore.\n"Why is the bridge so late and so costly?" Kerrin Voss asked the mayor why the money went to the new stadium.',
               'Tom Hale met the press in Dunmore.\n"Why is the bridge so late and so costly?" Kerrin Voss asked the question again.',
               'Tom Hale met the press in Dunmore.\n"Who will pay for the bridge in the end?" Kerrin Voss told a joke instead.'])
def _tag_sentence_after(sent: Span, q: _Quoted) -> str | None:
    doc = sent.doc
    if q.after or sent.end >= len(doc):
        return None
    tag = sent_of(doc[sent.end])
    gap = text_of(doc)[q.group[-1].end : tag.start_char]
    if "\n" in gap or len(gap) > 3 or gap.strip(" '" + ALL_MARKS):  # "'": the closing '' of an archive's quotation
        return None  # '"...". However, X warned ...': a full stop after the closing mark ends the quotation's sentence
    root = tag.root
    words_ = [t for t in tag if not t.is_punct and not t.is_space and t.tag_ != "POS"]
    if not 2 <= len(words_) <= 40 or sum(t.i < root.i for t in words_) > 11 or not is_speech_verb(root):
        return None
    if len(words_) > 24 and (any(c.dep_ in ("conj", "dep") and c.pos_ in ("VERB", "AUX") for c in root.children)
                             or root.tag_ == "VBN" and not any(c.dep_ in ("aux", "auxpass") for c in root.children)):
        return None  # a long sentence of its own ('X, asked about ..., said it was ...'), not a tag ending in where it was told
    if any(t.text in ALL_MARKS for t in tag if t.i < root.i):
        return None  # a quotation of its own before the verb
    if any(c.dep_ in ("ccomp", "xcomp") and not _manner_after_comma(c) or c.dep_ == "dobj" and not _one_told(c) for c in root.children):
        return None  # "Voss asked the mayor why ...": a question of her own, not the tag of this one
    subj = subject_of(root)
    if subj is None:
        return _said_then_named(words_, q.mentions)
    key = resolve(subj, q.mentions, q.role_index)
    return NOBODY if key is None and rules.first("quote.speaker-described-no-one", subj) else key


def _manner_after_comma(tok: Token) -> bool:
    """'said, laughing': a participle set off by a comma after the verb tells how, not what, was said."""
    return tok.tag_ == "VBG" and tok.i > tok.head.i and tok.doc[tok.i - 1].text == "," and not any(
        c.dep_ in ("ccomp", "dobj", "xcomp") for c in tok.children)


def _one_told(tok: Token) -> bool:
    """'told Dunmore Radio', 'told reporters', 'told Dunmore Radio's show', 'asked the crowd': the one
    spoken to, not a question or a thing asked ('asked the question again'), nor a thing told ('told a joke')."""
    if tok.head.lemma_.lower() == "ask":  # 'asked a crowd', 'asked Ruiz' (not 'asked the question')
        return tok.pos_ == "PROPN" and tok.ent_type_ == "PERSON" or tok.lemma_.lower() in words_of("unnamed_people", "audience_nouns")
    if tok.head.lemma_.lower() != "tell":
        return False
    named = any(t.pos_ == "PROPN" for t in tok.subtree)  # 'Dunmore Radio', 'Dunmore Radio’s show'
    return named or tok.lemma_.lower() in words_of("unnamed_people", "audience_nouns")


@rule("quote.previous-nobody-by-its-own-words", stage="quote.previous", priority=10, action="attribute-speaker",
      why="A quotation going on one whose own words give it to nobody we can name ('the statement said') is nobody's too, not an earlier speaker's.",
      examples=['Tom Hale said: "I am proud of my work." "He served the city with honour," the statement said. "We wish him well."'])
def _previous_nobody(own: str | None, speaker: str | None, q: _Quoted) -> str | None:
    return NOBODY if own == NOBODY else None


@rule("quote.previous-nobody-after-an-unnamed-teller", stage="quote.previous", priority=20, action="attribute-speaker",
      why="'\"...,\" said one of the members. \"...\"' / 'a voter said': a statement told by someone unnamed (an indefinite "
          "or an unnamed person's noun as its speech verb's subject) is that person's; the quotation after it goes on that "
          "voice, not the one named before it.",
      examples=['Lena Park opened the hearing. “We have a plan,” Park said.\n\n“The council is so angry that it now blames the '
                'mayor for every delay it can find,” said one of the members of the board. “They are burning money '
                'to keep this story in the papers.”'],
      counter=['Lena Park opened the hearing. “We have a plan,” Park said.\n\nThe bridge has been “a very long and costly '
               'mistake for the town” for years.\n\n“We will finish it by May, whatever the council thinks of it.”'])
def _previous_unnamed_teller(own: str | None, speaker: str | None, q: _Quoted) -> str | None:
    if speaker is not None or own is not None or not q.verbs:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.idx in q.inside or q.mentions.at(subj) is not None:
        return None
    indefinite = subj.lower_ in words("indefinite_words") or _indefinite(subj)
    unnamed = subj.pos_ == "NOUN" and subj.lemma_.lower() in words_of("unnamed_people", "unnamed_sources")
    return NOBODY if indefinite or unnamed else None


@rule("quote.previous-nobody-after-a-teller-not-found", stage="quote.previous", priority=30, action="attribute-speaker",
      why="'\"...,\" Woods told the radio. \"...\"' where the rules know no one by that name, '\"...,\" the rep said', or "
          "'put out a note that says: \"...\"': a "
          "statement whose own speech verb has a subject outside the quotation (a name or a noun, not a pronoun) that names "
          "no one found is someone else's than the speaker before it; the quotation after it does not go on that earlier voice.",
      examples=['Lena Park opened the hearing. “We have a plan,” Park said.\n\n“The council is so angry that it now blames the '
                'mayor for every delay it can find,” the rep said. “They are burning money to keep this story in the papers.”',
                'Lena Park spoke at noon: “We have a plan for the pier, and it will work.”\n\nLater the board put out a '
                'note that says: “The board is watching the pier. We thank Lena Park for her long work there”.\n\n“We urge '
                'calm on all sides and a quick end to the strike at the harbour.”'],
      counter=['Lena Park opened the hearing. “We have a plan,” Park said.\n\n“The council is so angry that it now blames the '
               'mayor for every delay it can find,” Park said. “They are burning money to keep this story in the papers.”'])
def _previous_nobody_after_teller_not_found(own: str | None, speaker: str | None, q: _Quoted) -> str | None:
    if speaker is not None or own is not None or not q.verbs:
        return None
    subj = subject_of(q.verbs[0])
    if subj is not None and subj.tag_ in ("WDT", "WP") and subj.head.dep_ == "relcl":
        subj = subj.head.head  # 'released a statement that says: "..."': the statement
    if subj is None or subj.idx in q.inside or subj.pos_ not in ("PROPN", "NOUN") or q.mentions.at(subj) is not None:
        return None
    return NOBODY


@rule("quote.previous-nobody-after-an-it-not-found", stage="quote.previous", priority=35, action="attribute-speaker",
      why="'Tom Hale spoke first. The board put out a reply. \"...,\" it said. \"...\"': a statement whose speech verb's "
          "subject is 'it' and which the rules give to no one is a thing's (a body's, a writing's), never the person quoted "
          "before; the quotation after it does not go on that person's voice.",
      examples=['Tarrow pier\n\n“We have a plan for the pier,” Lena Park said on Monday.\n\nThe board wrote a short reply of '
                'its own.\n\n“We have watched the pier for years and we will go on doing so,” it said. “The repairs will '
                'start in the spring.”'],
      counter=['Tarrow pier\n\n“We have a plan for the pier,” Lena Park said on Monday.\n\nThe board wrote a short reply of '
               'its own.\n\n“We have watched the pier for years and we will go on doing so,” she said. “The repairs will '
               'start in the spring.”'])
def _previous_nobody_after_it_not_found(own: str | None, speaker: str | None, q: _Quoted) -> str | None:
    subj = _teller_given_to_no_one(own, speaker, q)
    return NOBODY if subj is not None and subj.lower_ == "it" else None


def _teller_given_to_no_one(own: str | None, speaker: str | None, q: _Quoted) -> Token | None:
    """The subject, outside the quotation, of the speech verb of a quotation the rules give to no one, when the
    quotation before it went on a person (the voice the quotation after it would otherwise carry on)."""
    if speaker is not None or own is not None or not q.verbs or not q.previous:
        return None
    before = q.mentions.entities.get(q.previous)
    subj = subject_of(q.verbs[0])
    if subj is None or subj.idx in q.inside or before is None or before.kind != "person":
        return None
    return subj


@rule("quote.previous-nobody-after-a-pronoun-not-found", stage="quote.previous", priority=37, action="attribute-speaker",
      why="'\"...,\" she said. \"...\"' (or 'they said') where the rules give the pronoun to no one (an unnamed woman, "
          "two who could be meant, a group): the voice is someone we cannot name, so the quotation after it does not go "
          "on the person quoted before; a wrong speaker is worse than none.",
      examples=['Tom Hale runs the pier café. “Trade is slow this year,” Hale said.\n\nA woman who sells bait on the pier '
                'would not give her name. She and another seller lost their stalls in a storm. Rain fell on '
                'Governor Tom Vane and his staff.\n\n'
                '“I cannot pay the rent on the stall,” she said. “Where will all that money come from?”',
                'The harbour master, Tom Hale, opened the meeting. “The quay is safe,” Hale said.\n\nSeveral boat owners '
                'sat at the back of the hall.\n\n“We have waited two years for repairs,” they said. “Nobody answers our '
                'letters.”'],
      counter=['Tom Hale runs the pier café. “Trade is slow this year,” Hale said.\n\nHe has lost two customers to the '
               'new stall.\n\n“I cannot pay the rent on the café,” he said. “Where will all that money come from?”'])
def _previous_nobody_after_pronoun_not_found(own: str | None, speaker: str | None, q: _Quoted) -> str | None:
    subj = _teller_given_to_no_one(own, speaker, q)
    pronoun = subj is not None and (subj.lower_ in PERSON_PRONOUNS or subj.lower_ in ("they", "we"))
    return NOBODY if pronoun and subj.dep_ in SUBJECT_DEPS else None


@rule("quote.speaker-continues-paragraph-before", stage="quote.speaker-before", priority=10, action="attribute-speaker",
      why="A paragraph that goes on a quotation left open in the paragraph before is the same speaker's.",
      examples=['"The bridge is late," Tom Hale said, "and we are sorry.\n\n"We will build it," the statement ends.'])
def _continues_paragraph_before(sent: Span, q: _Quoted) -> str | None:
    return q.previous if q.group[0].continues else None


def _colon_ending_the_paragraph_before(sent: Span, q: _Quoted) -> Token | None:
    """The colon, outside quotation marks, that ends the paragraph before a quotation opening
    its own paragraph ('... sent the Herald this reply:', 'Per the Post:'), or None; not for a
    quotation after other words of its paragraph ('"...," Hale said. "..."')."""
    doc, text = sent.doc, text_of(sent.doc)
    start = line_start(doc, q.group[0].start)
    if q.outside and q.outside[0].idx < q.group[0].start or start == 0:
        return None
    if text[start : q.group[0].start].strip(" \"“”'‘’"):
        return None
    before = text[:start].rstrip()  # past blank lines
    if not before.endswith(":"):
        return None
    colon = _token_at(doc, len(before) - 1)
    return None if colon is None or colon.text != ":" or q.mentions.quoted(colon.idx) else colon


@rule("quote.speaker-handed-by-colon-paragraph", stage="quote.speaker-before", priority=15, action="attribute-speaker",
      why="'Hale’s spokeswoman Kerrin Voss sent the Herald this reply:' and the quotation as the next paragraph: the "
          "subject of the clause the colon ends, when its verb is not one of speech (those: the sentence-before rule); "
          "when that clause names no one or asks how or why ('The Gazette looks into why Hale has split ...:'), the main "
          "clause's subject.",
      examples=['Bridge row in Dunmore\n\nTom Hale spoke to the Herald on Monday. “The bridge is late,” he said.\n\n'
                'Later, council spokeswoman Kerrin Voss gave the Dunmore Herald this reply:\n\n'
                '“The council has always said we must build the bridge, and we will build it this year.”',
                'Ana Ruiz of the Elmton Courier writes that the ferry vote is near. She adds that:\n\n"The levy will pass, '
                'but only just, and the harbour boards are not happy about it."\n\nThe Dunmore Gazette looks into why the '
                'ferry plan has split the two councils:\n\n"Nobody on the quay remembers a season like it, with each town '
                'blaming the other for every late boat."'],
      counter=['Bridge row in Dunmore\n\nEvery councillor had something to say about how bad it was:\n\n'
               'The Dunmore Council and the mayor panned the plan. “It is late,” Tom Hale said. '
               '“The bridge plan fails this test because it cannot pass the council at all.”'])
def _handed_by_colon_paragraph(sent: Span, q: _Quoted) -> str | None:
    colon = _colon_ending_the_paragraph_before(sent, q)
    if colon is None:
        return None
    root = sent_of(colon).root
    clause = _colon_clause(sent_of(colon), colon.idx + 1) or root
    if is_speech_verb(clause) or rules.first("quote.speaker-view", clause):
        return None  # 'Hale said:': the rule of the sentence before decides
    below = clause != root and root.is_ancestor(clause) and not is_speech_verb(root)
    if below and any(c.tag_ in ("WRB", "WP", "WDT") and c.dep_ not in SUBJECT_DEPS for c in clause.children):
        return _own_subject_named(root, q)  # 'The Gazette looks into why Hale split ...:': the one who looks, not Hale
    named = _own_subject_named(clause, q)
    if named is None and below:
        named = _own_subject_named(root, q)  # 'The Gazette looks into why the plan has split ...:': the one who looks
    return named


@rule("quote.speaker-speech-clause-ending-colon-paragraph", stage="quote.speaker-before", priority=16, action="attribute-speaker",
      why="'The Herald called the plan reckless, and the Valley Gazette replied:' or '..., as the show's own website "
          "notes:' and the quotation as the next paragraph: the subject of the speech verb of the clause the colon ends "
          "gives the words, when that verb is not the sentence's main verb (the sentence-before rule reads that one). "
          "A clause with 'as' counts after the main verb ('..., as the website notes:'), not before it ('As Voss "
          "noted, the mayor is refusing:': the words may be the main clause's subject's).",
      examples=['The Dunmore Herald called the new bridge reckless in May, and the Valley Gazette replied:\n\n'
                '"If there are drivers in this town who fear the river, the answer is not to close the road for every '
                'one of the careful ones."',
                'The fair has grown every year, as the Elmshire Farmers Union website notes:\n\n"Our first show, in a borrowed '
                'field, had eleven sheep, two tents and a brass band that played in the rain."'],
      counter=['The Dunmore Herald called the new bridge reckless in May, and the river kept rising:\n\n'
               '"If there are drivers in this town who fear the river, the answer is not to close the road for every '
               'one of the careful ones."'])
def _speech_clause_ending_colon_paragraph(sent: Span, q: _Quoted) -> str | None:
    colon = _colon_ending_the_paragraph_before(sent, q)
    if colon is None:
        return None
    before = sent_of(colon)
    clause = _colon_clause(before, colon.idx + 1)
    verbs = [clause] if clause is not None and clause != before.root and is_speech_verb(clause) else []
    verbs += [t for t in before if t.dep_ == "advcl" and is_speech_verb(t) and before.root.i < t.i < colon.i
              and any(c.dep_ == "mark" and c.lower_ == "as" for c in t.children)]  # "..., as the website notes:"
    return next((found for verb in verbs if (found := _own_subject_named(verb, q)) is not None), None)


def _own_subject_named(verb: Token, q: _Quoted) -> str | None:
    """Whom the verb's own subject (outside any quotation) names, or None."""
    subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
    return None if subj is None or q.mentions.quoted(subj.idx) else resolve(subj, q.mentions, q.role_index)


@rule("quote.speaker-per-source-before-colon", stage="quote.speaker-before", priority=17, action="attribute-speaker",
      why="'... according to a Tarrow Post tally. Per the Post:' and the quotation as the next paragraph: the source"
          " named after 'per' or 'according to' just before the colon gives the words.",
      examples=['The mayor has more offices in the city, according to a Tarrow Post tally. Per the Post:\n\n'
                '"The gap shows how differently the two camps are run, and it puts the old way of running a race on trial."'],
      counter=['Tarrowland has no doubt who fired, according to Quillfeather:\n\n'
               '"We are clear that the regime fired," Foreign Secretary Tom Hale said in a statement. "The accounts all point to it."'])
def _per_source_before_colon(sent: Span, q: _Quoted) -> str | None:
    for t in reversed(_per_source_tokens(sent, q) or []):
        m = q.mentions.at(t)
        if m is not None and not m.pronoun:
            return m.key
    return None


def _per_source_tokens(sent: Span, q: _Quoted) -> list[Token] | None:
    """The source named after 'per' or 'according to' right before the colon that ends the
    paragraph before a quotation standing alone ('Per the Post:'), or None."""
    colon = _colon_ending_the_paragraph_before(sent, q)
    if colon is None:
        return None
    tokens = [t for t in sent_of(colon) if t.i < colon.i]
    per = next((k for k, t in enumerate(tokens) if t.lower_ == "per"), None)
    source = tokens[per + 1 :] if per is not None else None
    if source is None:
        obj = according_to(tokens)
        source = [t for t in tokens if t.i >= obj.left_edge.i] if obj is not None else None
    if not source or len(source) > 6 or tokens[-1].i != source[-1].i:
        return None  # the source must close the sentence, right before the colon
    return source


@rule("quote.speaker-reported-in-sentence-before", stage="quote.speaker-before", priority=20, action="attribute-speaker",
      why="'Hale said the law was clear. \"...\"': a quotation standing alone is the one's who spoke in the sentence before "
          "(also by a verb of saying joined to its main verb: 'Ruiz stayed away from the vote but on her blog said ...').",
      examples=['Tom Hale said the Dunmore bridge was late.\n"We are sorry for it."',
                'Tom Hale chairs the Elmton ferry board.\n\nMs. Ruiz stayed away from the vote on the fares but on her blog said '
                'the rise was unfair.\n\n“Every family on the island will pay for this.”',
                'Kerrin Voss wrote to the council. Tom Hale said:\n\n"Let me be plain. The bridge was never funded. We are sorry for it."'])
def _reported_in_sentence_before(sent: Span, q: _Quoted) -> str | None:
    if q.outside or sent.start == 0:
        return None
    return _reported_before(sent.doc, sent, q.inside, q.mentions, q.role_index)


def _reported_before(doc: Doc, sent: Span, inside: set[int], mentions: Mentions, role_index: RoleIndex) -> str | None:
    """The speaker of the sentence just before a quotation that stands alone, when that
    sentence reports speech or a view outside quotation marks ("X said the law was clear.")."""
    prev = sent_of(doc[sent.start - 1])
    while prev.start and all(t.is_punct or t.is_space for t in prev):  # the parse's sentence of a lone opening mark
        prev = sent_of(doc[prev.start - 1])
    tokens = [t for t in prev if t.idx not in inside]
    if len(tokens) < len(prev):
        return None  # that sentence quotes too: the quotation-after-quotation rule decides
    verb = prev.root if is_speech_verb(prev.root) or rules.first("quote.speaker-view", prev.root) or _says_too(prev.root) else None
    if verb is not None and is_speech_verb(verb) and _did_not_speak(verb):  # 'Hale would not say ... .': not his words
        verb = next((c for c in verb.children if c.dep_ == "conj" and is_speech_verb(c) and not _denied_or_negated(c)
                     and any(g.dep_ in SUBJECT_DEPS for g in c.children)), None)  # '..., but his lawyer said ...'
    subj = subject_of(verb) if verb is not None else None
    return resolve(subj, mentions, role_index) if subj is not None else None


@rule("quote.speaker-not-one-who-did-not-speak", stage="quote.speaker-before-negated", priority=10, action="veto",
      why="'Hale did not comment on the ruling.' or 'Hale would not say why.' before a quotation standing alone: one who "
          "is said not to have spoken does not give the words; when a second subject speaks in the same sentence ('..., "
          "but his lawyer Ana Ruiz said ...'), the words are that one's, else nobody's we can name.",
      examples=['Tom Hale did not comment on the ruling on the ferry.\n\n"We will win this case in the end, and the boats '
                'will run again."',
                'Tom Hale would not say if an appeal was planned, but his lawyer Ana Ruiz said the fight was not over.\n\n'
                '"We will win this case in the end, and the boats will run again."'],
      counter=['Tom Hale said he would appeal the ruling on the ferry.\n\n"We will win this case in the end, and the boats '
               'will run again."'])
def _did_not_speak(verb: Token) -> bool | None:
    return _denied_or_negated(verb) or None


def _says_too(verb: Token) -> bool:
    """'X stayed away from the vote but on her blog said ...': a verb of saying joined to `verb`, sharing its subject."""
    return any(c.dep_ == "conj" and is_speech_verb(c) and not any(g.dep_ in SUBJECT_DEPS for g in c.children) for c in verb.children)


@rule("quote.view-before-quotation", stage="quote.speaker-view", priority=10, action="attribute-speaker",
      why="'Voss believes that suspects should be tried. \"My own view ...\"': a view held, like speech, gives the speaker.",
      examples=['Tom Hale believes the Dunmore bridge should be closed. "It is not safe."'])
def _holds_a_view(root: Token) -> bool | None:
    return root.lemma_.lower() in words("opinion_verbs") or None


@rule("quote.trying-to-speak-before-quotation", stage="quote.speaker-view", priority=12, action="attribute-speaker",
      why="'Then Hale tried to argue the fog was no excuse. \"...\"': a sentence whose main verb is one of trying "
          "(data/attempting_verbs.txt) with a verb of speech in the infinitive after it gives the speaker, like speech.",
      examples=['Ferry row\n\nAna Ruiz spoke first.\n\nThen Tom Hale tried to argue the fog was no excuse for delay. “We have the '
                'boats and the crews, and the new ferry will sail in April.”'],
      counter=['Ferry row\n\nAna Ruiz spoke first.\n\nThen Tom Hale tried to find an excuse for delay. “We have the boats and '
               'the crews, and the new ferry will sail in April.”'])
def _trying_to_speak(root: Token) -> bool | None:
    if root.lemma_.lower() not in words("attempting_verbs"):
        return None
    return any(c.dep_ == "xcomp" and is_speech_verb(c) and marked_infinitive(c) and c.lemma_.lower() not in ("tell", "ask")
               for c in root.children) or None  # 'tried to tell Hale that ...': the lone quotation may be his reply


@rule("quote.issued-before-quotation", stage="quote.speaker-view", priority=15, action="attribute-speaker",
      why="'Mayor Ana Ruiz signed the harbour levy on a wet Thursday. \"...\"': one who signs, issues or releases something"
          " (data/issuing_verbs.txt) in the sentence before a quotation that stands alone gives the words that go with"
          " it, like speech.",
      examples=['"The levy is unfair," said Tom Hale, who runs the Dunmore ferry.\n\nMayor Ana Ruiz signed the harbour'
                ' levy on a wet Thursday in June.\n\n"Every boat that uses this port will now pay its share of the'
                ' dredging."'])
def _issued_before(root: Token) -> bool | None:
    return root.lemma_.lower() in words("issuing_verbs") or None


@rule("quote.acted-in-a-writing-before-quotation", stage="quote.speaker-view", priority=17, action="attribute-speaker",
      why="'Ana Ruiz, the chair of the Dunmore Party, celebrated the ruling in a statement. \"...\"': one whose act the sentence "
          "before tells as done in a writing ('in a statement', 'in a tweet': data/document_nouns.txt) gives the words of "
          "that writing, in a quotation that stands alone right after, like speech.",
      examples=['The decision set off a storm. Ana Ruiz, the chair of the Dunmore Party, celebrated the ruling in a statement. '
                '“This is a heavy blow to the mayor. That is what the town stands for.”\n\nTom Hale, the Tarrow attorney '
                'general who brought the suit, said it was a great day.'],
      counter=['The decision set off a storm. Ana Ruiz read about the ruling in a newspaper. “This is a heavy blow to the '
               'mayor. That is what the town stands for.”\n\nTom Hale, the Tarrow attorney general who brought the suit, '
               'said it was a great day.'])
def _acted_in_a_writing(root: Token) -> bool | None:
    heads = [root, *(c for c in root.children if c.dep_ == "dobj")]  # "celebrated [the decision in a statement]": parsed on the object
    return any(_done_in_a_writing(h) for h in heads) or None


@rule("quote.described-speaking-before-quotation", stage="quote.speaker-view", priority=20, action="attribute-speaker",
      why="'The former mayor, who has often criticised the plan, was equally blunt. \"...\"': a sentence that says only "
          "how someone spoke (be + a word of manner, data/speaking_manners.txt) gives the speaker, like speech.",
      examples=['Ana Ruiz spoke first. The former mayor Tom Hale, who has often criticised the plan, was equally '
                'blunt. “There is no way back for you now, your plan has failed and the pier is lost.”'],
      counter=['Ana Ruiz spoke first. The former mayor Tom Hale was equally tired. “There is no way back for you '
               'now, your plan has failed and the pier is lost.”'])
def _described_speaking(root: Token) -> bool | None:
    manners = words("speaking_manners")
    return root.lemma_ == "be" and any(c.dep_ == "acomp" and c.lemma_.lower() in manners for c in root.children) or None


@rule("quote.speaking-participle-before-quotation", stage="quote.speaker-view", priority=30, action="attribute-speaker",
      why="'Hale distanced himself from the group by saying he would help. \"...\"': a sentence whose main verb speaks "
          "through a participle of speech hung on it ('by saying', ', adding') gives the speaker, like speech, when its subject is a name.",
      examples=['Tom Hale distanced himself from the protest group by saying he would help the council if asked. '
                '“I will back them, and back them fully, since I think their plan for the harbour is sound.”'],
      counter=['Tom Hale distanced himself from the protest group, which is saying the council must go. '
               '“I will back them, and back them fully, since I think their plan for the harbour is sound.”',
               'Tom Hale spoke on Monday. The Tarrow Party, he said, can cut crime without asking the town for a penny more. '
               '“The town can grow and still keep what makes it a fine place to live, and it will.”'])
def _speaking_participle(root: Token) -> bool | None:
    if not any(c.dep_ == "nsubj" and c.pos_ == "PROPN" for c in root.children):
        return None  # a name, not a pronoun the parse may have resolved to someone else
    if any(is_speech_verb(t) and any(c.dep_ in SUBJECT_DEPS for c in t.children) for t in root.subtree if t.i != root.i):
        return None  # 'The Greens, he said, could lower fares without asking ...': another teller speaks there
    for tok in root.subtree:
        if tok.tag_ != "VBG" or not is_speech_verb(tok) or tok.i == root.i:
            continue
        if tok.head.dep_ == "prep" and tok.head.lower_ != "by" or not tok.i or tok.head.dep_ != "prep" and tok.doc[tok.i - 1].text != ",":
            continue  # 'by saying' or ', saying' speak; 'without asking' does not
        walk = tok
        while walk.i != root.i and walk.dep_ in CLIMBING_DEPS:
            walk = walk.head
        if walk.i == root.i:
            return True
    return None


@rule("quote.speaker-they-the-body-just-quoted", stage="quote.speaker", priority=61, action="attribute-speaker",
      why="'\"...,\" the Tarrow Harbour Board said. \"...,\" they said in a statement.': 'they' as the subject of a "
          "quotation's verb of saying, right after a body's words (in that paragraph or the one before) with no person "
          "named since, is that body, spoken of in the plural as news often does; not after a person's words.",
      examples=['“The ferry will run again once the pier is safe,” the Tarrow Harbour Board said on Monday.\n\n'
                '“Divers will inspect the piles as the tide allows,” they said in a statement.'],
      counter=['“The ferry will run again once the pier is safe,” the Tarrow Harbour Board said on Monday. Ana Ruiz and '
               'Tom Hale, two of its divers, spoke next.\n\n“We will inspect the piles as the tide allows,” they said.'])
def _they_the_body_just_quoted(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or not q.verbs or q.gap.count("\n\n") > 1 or q.previous_end < 0:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.lower_ != "they" or subj.idx in q.inside:
        return None
    before = q.mentions.entities.get(q.previous)
    if before is None or before.kind != "org":
        return None
    doc = subj.doc
    since = next((t.i for t in doc[: subj.i] if t.idx >= q.previous_end), subj.i)
    if any(not m.in_quote for m in q.mentions.in_span(since, subj.i, "person")):
        return None  # people named since: 'they' may be them
    return q.previous


@rule("quote.speaker-after-quotation-same-voice", stage="quote.speaker-before", priority=30, action="attribute-speaker",
      why="'\"...,\" she said. \"...\"': a quotation right after another, in the same paragraph, is the same voice "
          "(not when its own speech verb's subject is an unnamed source of its own: '\"...,\" the front pages blared').",
      examples=['"The bridge is late," Tom Hale said, "and it costs too much." "We are sorry," the voice on the tape says.'],
      counter=['Tom Hale said the strike would end. "We will print every day of the week," he said.\n\n'
               'The strike ended on Monday. "Back at last." "The presses roll again in the valley," the front pages blared.'])
def _after_quotation_same_voice(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or "\n" in q.gap or any(c.isalnum() for c in q.gap):
        return None
    subj = subject_of(q.verbs[0]) if q.verbs else None
    if subj is not None and subj.lemma_.lower() not in words_of("document_nouns", "publisher_nouns") and _unnamed_subject(sent, q):
        return None  # its own verb names a source of its own the text does not name (a writing: quote.speaker-document-says)
    return q.previous


@rule("quote.speaker-and-that-after-quotation", stage="quote.speaker-before", priority=32, action="attribute-speaker",
      why="'X tweeted that \"...!\" and that \"...\"': a quotation that only 'and that' (or 'but', 'or') parts from the one "
          "before it, in one paragraph, goes on the same voice (the first quotation's '!' or '?' had ended the sentence).",
      examples=['Tom Hale said little, only tweeting on Friday that "the harbour never lost a fight!" and that "the council '
                'was both weak and slow on the bridge."'],
      counter=['Tom Hale tweeted on Friday that "the harbour never lost a fight!" Kerrin Voss replied that "the council was '
               'both weak and slow on the bridge."'])
def _and_that_after_quotation(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or q.previous_end < 0 or "\n" in q.gap:
        return None
    words = q.gap.replace(",", " ").lower().split()
    return q.previous if len(words) == 2 and words[0] in ("and", "but", "or") and words[1] == "that" else None


@rule("quote.speaker-subjectless-verb-after-quotation", stage="quote.speaker-before", priority=35, action="attribute-speaker",
      why="'\"...?\" then added as the lights went out: \"...\"': a speech verb with no subject of its own between two "
          "quotations of one paragraph, naming no one, carries the speaker of the first on, when the paragraph's last subject named them.",
      examples=['Bridge row in Dunmore\n\nAsked about the bridge, Tom Hale answered: "Maybe next year. Who can say?" then added as the lights went out: "I am only teasing you all."'],
      counter=['Bridge row in Dunmore\n\nAsked about the bridge, Tom Hale answered: "Maybe next year. Who can say?" Then Kerrin Voss added: "I am only teasing you all."',
               "Tax row\n\nAt the town hall, Ana Ruiz said that Tom Hale ''would rather the town never saw what he pays.''\n\n"
               "Mr. Hale barely answered, taking Mrs. Ruiz's jibe at first as praise -- ''That shows I am clever'' -- and later, "
               "when pressed by reporters, insisting, ''Of course I pay every tax I owe.''"])
def _subjectless_verb_after_quotation(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or q.previous_end < 0 or "\n" in q.gap:
        return None
    doc = sent.doc
    gap = doc.char_span(q.previous_end + 1, q.group[0].start - 1, alignment_mode="contract")
    if gap is None or not len(gap) or any(t.text in ALL_MARKS for t in gap):
        return None
    if q.mentions.in_span(gap.start, gap.end) or any(t.pos_ in ("PROPN", "PRON") for t in gap):
        return None
    verbs = [t for t in gap if is_speech_verb(t)]
    if not verbs or any(c.dep_ in SUBJECT_DEPS for v in verbs for c in v.children):
        return None
    first = _token_at(doc, line_start(doc, q.previous_end))
    subjects = [m for t in doc[first.i if first is not None else gap.start : gap.start]
                if t.dep_ in SUBJECT_DEPS and (m := q.mentions.at(t)) is not None and not m.in_quote]
    return q.previous if subjects and subjects[-1].key == q.previous else None  # the paragraph's last subject is who goes on


@rule("quote.speaker-answer-after-a-question", stage="quote.speaker-before", priority=18, action="attribute-speaker",
      why="'\"So, will you say sorry to them?\" the host asked.' then a paragraph of quotation alone: it answers the "
          "question, so it is not the asker's words going on; whoever answers is not named there, so nobody we can name.",
      examples=['Tom Hale and Clara Boyd met in a debate on Thursday.\n\n"I voted against it because of the farms," Boyd said.'
                '\n\n"So, Mayor, will you say sorry to the families?" Hale asked.\n\n"No, I see no reason to say '
                'sorry. They will have their day before a judge."'],
      counter=['Tom Hale and Clara Boyd met in a debate on Thursday.\n\n"I voted against it because of the farms," Boyd said.'
               '\n\n"So I say to the families: we will fight on," Boyd added.\n\n"No, I see no reason to say '
               'sorry. They will have their day before a judge."'])
def _answer_after_a_question(sent: Span, q: _Quoted) -> str | None:
    if q.outside or not q.previous or q.previous_end < 0 or "\n" not in q.gap:
        return None
    asked = text_of(sent.doc)[max(0, q.previous_end - 3) : q.previous_end + 1]
    return NOBODY if "?" in asked else None


@rule("quote.speaker-paragraph-of-quotation-only", stage="quote.speaker-before", priority=40, action="attribute-speaker",
      why="A paragraph that is only a quotation continues the speaker (not one after a sentence of the narrator's: 'The"
          " minutes show it. \"The PM said ...\"'; nor after a paragraph whose subject is someone else: 'Mayor Ana Ruiz"
          " toured the quay on a wet Thursday.\n\"...\"' is not the one quoted before).",
      examples=['"The bridge is late," Tom Hale said.\n"We are sorry for it."'],
      counter=['"The levy is unfair," said Tom Hale, who runs the Dunmore ferry.\n\nMayor Ana Ruiz toured the harbour'
               ' quay on a wet Thursday in June.\n\n"Every boat that uses this port will now pay its share of the dredging."'])
def _paragraph_of_quotation_only(sent: Span, q: _Quoted) -> str | None:
    if q.outside or not q.previous:
        return None
    first = q.group[0].start
    opens_paragraph = not text_of(sent.doc)[line_start(sent.doc, first) : first - 1].strip()
    if "\n" in q.gap and _someone_else_acts_between(q):
        return None
    return q.previous if opens_paragraph or "\n" not in q.gap else None


def _someone_else_acts_between(q: _Quoted) -> bool:
    """A person other than the one quoted before is a clause's subject, outside quotation marks,
    in a paragraph between that statement's and this one."""
    doc, text = q.sent.doc, text_of(q.sent.doc)
    after = text.find("\n", q.previous_end)  # the paragraphs between, not the rest of the one quoted before
    gap = doc.char_span(after, q.group[0].start - 1, alignment_mode="contract") if 0 <= after < q.group[0].start else None
    if gap is None:
        return False
    return any(
        not m.pronoun and m.key != q.previous and doc[m.start].idx not in q.inside
        and doc[m.start : m.end].root.dep_ in ("nsubj", "nsubjpass")
        for m in q.mentions.in_span(gap.start, gap.end, "person")
    )


@rule("quote.speaker-unattributed-sentence-after-quotation", stage="quote.speaker-before", priority=45, action="attribute-speaker",
      why="'\"...,\" Hale said by phone. The judge's ruling \"misreads the facts.\"': a sentence with quoted words and no "
          "attribution of its own (no speech verb, no 'according to', no person as its subject, named or new: 'an "
          "official'), right after the sentence of a quotation in the same paragraph, goes on that speaker's words.",
      examples=['Ana Ruiz ruled for the town on Monday.\n\n“We expect the judges to throw this out on appeal,” Tom Hale, a '
                'lawyer for the farmers, said by phone. The ruling “ignores every fact that shows the old rules work.”'],
      counter=['Ana Ruiz ruled for the town on Monday.\n\n“We expect the judges to throw this out on appeal,” Tom Hale, a '
               'lawyer for the farmers, said by phone.\n\nThe ruling “ignores every fact that shows the old rules work.”',
               'Ana Ruiz ruled for the town on Monday.\n\n"We will keep the ferry running all winter," Tom Hale said at the '
               'quay. A harbour board member "wants the service cut to three days a week from March."'])
def _unattributed_sentence_after_quotation(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or q.previous_end < 0 or "\n" in q.gap or q.verbs or according_to(q.outside) is not None:
        return None
    if sent.start == 0 or not q.outside or q.outside[0].idx > q.group[0].start:
        return None  # the quotation must come after some words of the narrator's ('The ruling "..."')
    if not _quoted_in_the_sentence_before(sent, q):
        return None  # the quotation before ended in the sentence just before this one
    subjects = [t for t in q.outside if t.dep_ in SUBJECT_DEPS]
    if not subjects or any((m := q.mentions.at(t)) is not None and m.kind == "person" for t in subjects):
        return None  # 'Voss "will not back down"': another's words, or words about another; "and that '...'": rule and-that
    if any((title_word(t) or t.lemma_.lower() in PERSON_NOUNS) and _indefinite(t) for t in subjects):
        return None  # 'An official at the meeting "set out a plan"': someone else's, though unnamed ('The mayor' may be the one quoted)
    return q.previous


def _indefinite(noun: Token) -> bool:
    """Whether `noun` is written as someone not met before: 'a', 'an', 'another', 'one', 'some' before it
    (data/indefinite_words.txt)."""
    some = words("indefinite_words")
    return any(c.dep_ in ("det", "nummod") and c.lower_ in some for c in noun.children)


@rule("quote.speaker-quotation-finished-by-the-narrator", stage="quote.speaker-before", priority=46,
      action="attribute-speaker",
      why="'\"...,\" Hale said. \"There is a way for voters to share their view\" without being named.': a sentence that "
          "opens with a quotation, right after the sentence of a quotation in the same paragraph, whose words after the "
          "closing mark only finish it (no subject, no finite verb, no speech verb; the first hung on a verb inside the "
          "quotation) goes on that speaker's words; not when a verb of its own follows ('\"...\" became the town's "
          "slogan') nor when the words after name it ('\"A bad law\" in the words of the judge').",
      examples=['Ana Ruiz ruled for the town on Monday.\n\n“We expect the judges to throw this out,” Tom Hale said. '
                '“There is a way for every farmer in the valley to be heard” without waiting for the court.'],
      counter=['Ana Ruiz ruled for the town on Monday.\n\n“We expect the judges to throw this out,” Tom Hale said. '
               '“There is a way for every farmer in the valley to be heard” became the slogan of the march.',
               'Ana Ruiz ruled for the town on Monday.\n\n“We expect the judges to throw this out,” Tom Hale said. '
               '“A bad law for every farmer in the valley” in the words of the Tarrow judge.'])
def _quotation_finished_by_the_narrator(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or q.previous_end < 0 or "\n" in q.gap or q.verbs or not q.after or q.before:
        return None
    if any(t.dep_ in SUBJECT_DEPS or t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in q.after):
        return None
    first, doc = q.after[0], sent.doc
    if doc[first.i - 1].text not in ALL_MARKS or first.head.idx not in q.inside or first.head.pos_ not in ("VERB", "AUX"):
        return None  # '"A bad law" in the words of the judge', '"Never again" – the slogan of the march': no clause finished
    return q.previous if _quoted_in_the_sentence_before(sent, q) else None


def _quoted_in_the_sentence_before(sent: Span, q: _Quoted) -> bool:
    """The statement before this one ended in the sentence just before `sent`."""
    before = sent_of(sent.doc[sent.start - 1]) if sent.start else None
    return before is not None and before.start_char <= q.previous_end <= before.end_char


# ---------------------------------------------------------------------------------------
@rule("quote.speaker-the-one-just-quoted", stage="quote.speaker", priority=60, action="attribute-speaker",
      why="'\"...,\" Tom Hale said. The cleric added: \"...\"': a speech verb's subject written 'the' and a noun for a "
          "person ('the cleric', 'the senator'), naming no one the rules know, is the one whose words came just before, in "
          "that paragraph or the one before.",
      examples=['Tom Hale, an adviser to the mayor, spoke at the harbour. "The bridge will stay shut," he said. '
                'The cleric added: "We will pray for the town and for the men who build the bridge."'],
      counter=['Tom Hale, an adviser to the mayor, spoke at the harbour. "The bridge will stay shut," he said. '
               'A cleric added: "We will pray for the town and for the men who build the bridge."',
               'Tom Hale, an adviser to the mayor, spoke at the harbour. "The bridge will stay shut," he said. '
               'The clerics added: "We will pray for the town and for the men who build the bridge."',
               'Tom Hale spoke at the harbour. "The bridge will stay shut," he said.\n\nA senior Ruiz campaign adviser said '
               'the mayor had lost the town. "Not worried," the adviser said.',
               'Vote row\n\nA reporter asked Mayor Tom Hale about the bridge. "It will be late," Hale said.\n\nLater the journalist '
               'asked him, "Did you tell the council about the cost of the new bridge?"'])
def _the_one_just_quoted(sent: Span, q: _Quoted) -> str | None:
    if not q.previous or not q.verbs or q.gap.count("\n\n") > 1:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.idx in q.inside or q.mentions.at(subj) is not None or subj.pos_ != "NOUN" or subj.tag_ == "NNS":
        return None  # 'the researchers noted': several, not the one just quoted
    lemma = subj.lemma_.lower()
    if any(t.idx >= q.previous_end and t.lemma_.lower() == lemma and t.tag_ in ("NN", "NNP") and not q.mentions.quoted(t.idx)
           and (_unnamed_determiner(t) or _said_unnamed(t)) for t in subj.doc[max(0, subj.i - 120) : subj.i]):
        return None  # 'a senior Ruiz campaign adviser said ... the adviser said': the unnamed one brought in since
    if _no_holder_for_unnamed_title(subj, q.mentions, q.role_index) == NOBODY:
        return None  # 'a reporter asked him ... the journalist asked': someone unnamed brought in, no holder named
    det = next((c for c in subj.children if c.dep_ == "det"), None)
    if det is None or det.lower_ != "the" or any(c.dep_ in ("compound", "amod", "poss", "prep") for c in subj.children):
        return None  # 'the Tarn Bank official', 'the other senator': someone else
    person = subj.lemma_.lower() in words_of("unnamed_people", "titles", "spokespeople", "kin_nouns")
    before = q.mentions.entities.get(q.previous)
    return q.previous if person and before is not None and before.kind == "person" else None


# An unnamed source (stage quote.unnamed-source): where the rules name no speaker, the source
# the attribution gives all the same ("a senior official said", "the indictment reads"), in
# the text's own words; a statement with it is published with no speaker (`speaker_text`).

MAX_TELLER_TOKENS = 10


def _teller_text(tok: Token | None, q: _Quoted) -> str | None:
    """The noun phrase of an unnamed source headed by `tok`, without a clause, an apposition
    or quoted words; None when it is no unnamed source (a pronoun, a name, a word quoted)."""
    if tok is None:
        return None
    if tok.tag_ in ("WP", "WDT") and tok.head.dep_ == "relcl":  # "a voter who said": the voter
        tok = tok.head.head
    if tok.idx in q.inside or q.mentions.at(tok) is not None or not _unnamed_head(tok):
        return None
    doc = tok.doc
    right = max([tok.i] + [c.right_edge.i for c in tok.rights if c.dep_ in ("prep", "amod", "compound", "nummod")])
    left = tok.left_edge.i
    while left < tok.i and doc[left].tag_ in ("WDT", "WP"):
        left += 1  # "which a rival councillor derided as ...": the councillor
    if right - left + 1 > MAX_TELLER_TOKENS:
        right = tok.i
    inside = [t.i for t in doc[left : right + 1] if t.idx in q.inside or t.text in ALL_MARKS]
    if inside:
        if max(inside) >= tok.i:
            return None
        left = max(inside) + 1
    span = doc[left : right + 1]
    text = " ".join(span.text.split()).strip(" ,;:-–—")
    if not text or any(m.pronoun for m in q.mentions.in_span(span.start, span.end)) or _named_body(tok, span):
        return None
    # "A senior official said", "Legal experts said" (not "Section 5 of the order")
    opening = span[0].pos_ == "DET" or span[0].is_sent_start and len(span) > 1 and span[1].text[:1].islower()
    return text[0].lower() + text[1:] if opening else text


def _named_body(head: Token, span: Span) -> bool:
    """'Tarrow's foreign ministry' / 'the Tarrowan army': a body the phrase names (a name or
    capitalized word before its noun), which the text does not leave unnamed."""
    return head.lemma_.lower() in words_of("org_nouns", "generic_bodies") and any(
        t.i < head.i and (t.pos_ == "PROPN" or t.text[:1].isupper() and t.i > span.start) for t in span)


def _unnamed_head(tok: Token) -> bool:
    """A common noun ("the official"), a part of a group ("one of the members", "some of
    them") or a name with an indefinite before it ("a Tarrow Democrat")."""
    if tok.pos_ == "NOUN" or tok.pos_ == "PROPN" and tok.is_lower:  # ("the senator", at times tagged a proper noun) one who can speak: a person's noun or title, a body, a writing ('a taste' tells no one)
        return tok.lemma_.lower() in words_of(
            "unnamed_people", "teller_nouns", "titles", "spokespeople", "kin_nouns",
            "document_nouns", "publisher_nouns", "org_nouns", "generic_bodies")
    if tok.pos_ in ("NUM", "PRON", "DET", "ADJ") and any(c.dep_ == "prep" and c.lower_ == "of" for c in tok.children):
        return True
    return tok.pos_ in ("PROPN", "NUM") and _indefinite(tok)


@rule("quote.unnamed-source-subject-of-characterizing-verb", stage="quote.unnamed-source", priority=8,
      action="attribute-speaker",
      why="'..., but one visiting coach mocked it as \"a car park with seats\"': where the quoted words hang on a verb "
          "of labelling, mocking or praising (data/characterizing_verbs.txt, rule quote.speaker-subject-of-characterizing-verb) "
          "whose subject names no one, that subject is the source as the text gives it, not a speech verb's subject "
          "elsewhere in the sentence (the statement is published with no speaker).",
      examples=['Fans have praised the new stadium as "a home fit for champions", but one visiting coach mocked it as "a car '
                'park with seats and a roof".',
                'The mayor\'s aides call the tram line "the future of the whole city", and a rival councillor has derided it '
                'as "a toy train for the rich".'],
      counter=['Fans have praised the new stadium as "a home fit for champions", and they also hailed the pitch as "the '
               'finest turf in the league".'])
def _unnamed_subject_of_characterizing_verb(sent: Span, q: _Quoted) -> str | None:
    verb = _characterizing_verb(sent, q)
    return _teller_text(subject_of(verb), q) if verb is not None else None


@rule("quote.unnamed-source-subject-of-speech-verb", stage="quote.unnamed-source", priority=10, action="attribute-speaker",
      why="'\"...,\" a senior official said' / 'said one of the members' / 'the indictment reads': the nearest speech verb's "
          "subject, when it names no one, is the source as the text gives it (the statement is published with no speaker).",
      examples=['Tom Hale spoke first. "The bridge will not open this year," a senior transport official said.',
                'Tom Hale spoke first. "We waited for hours in the rain," said one of the passengers.'],
      counter=['Tom Hale spoke first. "We waited for hours in the rain," he said.',
               'Tom Hale spoke first. The strikes were "a plain breach of the law," Tarrow’s foreign ministry said.',
               'Tom Hale spoke first. The crew was told "to stay on board until the engine is mended."'])
def _unnamed_subject(sent: Span, q: _Quoted) -> str | None:
    if not q.verbs:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.idx in q.inside or subj.dep_ == "nsubjpass":  # 'the crew was told "..."': no teller
        return None
    return _teller_text(subj, q)


@rule("quote.unnamed-source-said-unnamed", stage="quote.unnamed-source", priority=11, action="attribute-speaker",
      why="'Another unnamed official says that the planners claim the dam is \"very big\"': where the nearest "
          "speech verb's subject is no teller, a further one's subject the text calls unnamed (data/unnamed_adjectives.txt) "
          "is the source, as the text gives it (the statement is published with no speaker).",
      examples=['Tom Hale spoke first.\n\nAnother unnamed official says that the planners claim the new dam is “going to be '
                'very big.”'],
      counter=['Tom Hale spoke first.\n\nAnother official says that the planners claim the new dam is “going to be very big.”'])
def _said_unnamed_source(sent: Span, q: _Quoted) -> str | None:
    for verb in q.verbs[1:]:
        subj = subject_of(verb)
        if subj is not None and subj.idx not in q.inside and _said_unnamed(subj):
            return _teller_text(subj, q)
    return None


@rule("quote.unnamed-source-several-named-together", stage="quote.unnamed-source", priority=5, action="attribute-speaker",
      why="'\"...,\" Tom Hale, Jo Orme and Dan Tarrant said in a joint statement': the names together, as the text gives them, "
          "are the source of words no one of them said alone (published with no speaker).",
      examples=['The families met the council on Monday.\n\n“We called for answers from the very start. The town owes us the '
                'truth,” Tom Hale, Jo Orme and Dan Tarrant said in a joint statement.'])
def _several_named_source(sent: Span, q: _Quoted) -> str | None:
    if not q.verbs:
        return None
    subj = subject_of(q.verbs[0])
    together = _named_together(subj, q.mentions) if subj is not None and subj.idx not in q.inside else []
    if not together:
        return None
    doc = subj.doc
    last = max(together, key=lambda t: t.i)
    end = q.mentions.at(last).end
    return " ".join(doc[subj.left_edge.i : end].text.split()).strip(" ,;:")


@rule("quote.unnamed-source-pronoun-for-one-unnamed", stage="quote.unnamed-source", priority=12, action="attribute-speaker",
      why="'The woman told the paper she \"...\". \"...,\" she said.': a pronoun no one named is found for, whose "
          "sentence follows one with an unnamed person as its subject and no one named since, is that unnamed source; "
          "so is the one a chain of such pronouns goes back to, across paragraphs (rule coref.pronoun-after-unnamed-person).",
      examples=['Tom Hale denies the claims.\n\nThe woman told the Dunmore Herald she "was pushed out of the office" over '
                'the matter. "There was no one I could turn to," she said.',
                'Tom Hale spoke first.\n\nA spokesman said the plan was ready. He said it had cost more than planned.\n\n'
                '"It is very late now," he added.'],
      counter=['Tom Hale denies the claims.\n\nThe woman met Alice Brandt on Monday. "There was no one I could turn to," '
               'she said.'])
def _pronoun_for_one_unnamed(sent: Span, q: _Quoted) -> str | None:
    if not q.verbs:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.lower_ not in PERSON_PRONOUNS or subj.idx in q.inside or q.mentions.at(subj) is not None:
        return None
    chained = unnamed_speaker_before(subj, q.mentions)
    if chained is not None:
        return _teller_text(chained, q)  # '... one old man says ... He said ... "...," he said'
    doc = subj.doc
    if sent.start == 0:
        return None
    before = sent_of(doc[sent.start - 1])
    if "\n\n" in text_of(doc)[before.end_char : sent.start_char]:
        return None  # only within its paragraph
    unnamed = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    if unnamed is None or unnamed.pos_ != "NOUN" or unnamed.lemma_.lower() not in words("unnamed_people"):
        return None
    if any(not m.in_quote for m in q.mentions.in_span(before.start, subj.i, "person")):
        return None  # someone named since
    return _teller_text(unnamed, q)


@rule("quote.unnamed-source-they-for-several-named-together", stage="quote.unnamed-source", priority=13, action="attribute-speaker",
      why="'Tom Hale, Jo Orme and Dan Tarrant said on Monday they felt ... \"...,\" they said.': 'they' right after a "
          "sentence whose subject names several people together, with no one named since, is those people together, as the "
          "text gives them (published with no speaker: no one of them said it alone).",
      examples=['Tom Hale, Jo Orme and Dan Tarrant, three Dunmore councillors, said together on Monday they felt '
                '"delighted."\n\n"We have all seen the harm the old pier did, and we must now do what we can for the town," they said.'],
      counter=['Tom Hale, Jo Orme and Dan Tarrant, three Dunmore councillors, said together on Monday they felt '
               '"delighted." Ana Ruiz met them.\n\n"We have all seen the harm the old pier did, and we must now do what we can for the town," they said.',
               'Tom Hale, Jo Orme and Dan Tarrant met the miners in Dunmore on Monday.\n\n"We want our pay now, and we want it '
               'for every shift we worked," they said.'])
def _they_for_several_named_together(sent: Span, q: _Quoted) -> str | None:
    if not q.verbs or sent.start == 0:
        return None
    subj = subject_of(q.verbs[0])
    if subj is None or subj.lower_ != "they" or subj.idx in q.inside or q.mentions.at(subj) is not None:
        return None
    doc = subj.doc
    before = sent_of(doc[sent.start - 1])
    named = next((c for c in before.root.children if c.dep_ in SUBJECT_DEPS), None)
    together = _named_together(named, q.mentions) if named is not None else []
    if not together or any(not m.in_quote for m in q.mentions.in_span(before.end, subj.i, "person")):
        return None  # someone named since
    phrase = range(named.left_edge.i, named.right_edge.i + 1)
    if any(t.tag_ in ("NNS", "NNPS") and t.pos_ == "NOUN" and t.i not in phrase and not q.mentions.quoted(t.idx) for t in before):
        return None  # 'X, Y and Z met the miners': 'they' may be the others brought in
    end = q.mentions.at(max(together, key=lambda t: t.i)).end
    return " ".join(doc[named.left_edge.i : end].text.split()).strip(" ,;:")


@rule("quote.unnamed-source-writing-read", stage="quote.unnamed-source", priority=15, action="attribute-speaker",
      why="'\"...,\" read a notice posted at the gate' / 'the letter reads': a writing that is the subject of 'read', or its "
          "object when it has no subject, speaks, unnamed, when no one is named as its author.",
      examples=['Tom Hale spoke first. "The bridge is closed until further notice," read a notice posted at the gate.',
                'Tom Hale spoke first. "We see the harbour towns losing hope," the letter reads.'])
def _unnamed_writing_read(sent: Span, q: _Quoted) -> str | None:
    for verb in [*q.after[:4], *q.before[:4]]:
        if verb.lemma_.lower() not in words("document_verbs"):
            continue
        subj = next((c for c in verb.children if c.dep_ in SUBJECT_DEPS), None)
        writing = subj if subj is not None else next((c for c in verb.rights if c.dep_ == "dobj"), None)
        if writing is not None and writing.lemma_.lower() in words_of("document_nouns", "publisher_nouns"):
            return _teller_text(writing, q)
        thing = rules.first("quote.unnamed-source-thing-read", writing, q) if writing is not None and (
            writing.tag_ not in ("WDT", "WP") or verb.dep_ == "relcl") else None
        if thing is not None:
            return thing
    return None


@rule("quote.unnamed-source-thing-that-read", stage="quote.unnamed-source-thing-read", priority=10, action="attribute-speaker",
      why="'\"...,\" the sign read' / 'hats that read \"...\"': a thing that bears words (a sign, a banner, a sticker; "
          "data/teller_nouns.txt) as the subject of 'read', or the noun a 'that read' clause hangs on, is the source of "
          "the words, which no one is named as saying.",
      examples=['Tom Hale spoke first. “No more tolls on our old bridge,” the sign read.',
                'Tom Hale spoke first. “The old bridge is closed until further notice,” read the sign.',
                'Tom Hale spoke first. Fans wore red hats that read “No more tolls on our old bridge.”'],
      counter=['Tom Hale spoke first. “No more tolls on our old bridge,” the mayor read.'])
def _thing_that_read(subj: Token, q: _Quoted) -> str | None:
    thing = subj.head.head if subj.tag_ in ("WDT", "WP") else subj
    if thing.pos_ != "NOUN" or thing.lemma_.lower() not in words("teller_nouns") or q.mentions.at(thing) is not None:
        return None
    return _teller_text(thing, q)


@rule("quote.unnamed-source-according-to", stage="quote.unnamed-source", priority=20, action="attribute-speaker",
      why="'the plan was \"dead on arrival,\" according to a senior aide': the source after 'according to', when it names no one.",
      examples=['Tom Hale spoke first. The bridge plan is "dead and buried for this year," according to a senior council aide.'],
      counter=['Tom Hale vowed "to fight the toll all the way," according to a transcript of the meeting.'])
def _unnamed_according_to(sent: Span, q: _Quoted) -> str | None:
    first = next((t for t in sent if t.idx >= q.group[0].start), None)
    for verb in first.ancestors if first is not None else ():
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        m = q.mentions.at(subj) if subj is not None else None
        if m is not None and m.kind == "person":
            return None  # 'X threatened "to fight", according to transcripts': X's words, as the transcripts tell
    return _teller_text(according_to(q.outside), q)


@rule("quote.unnamed-source-per-before-colon", stage="quote.unnamed-source", priority=25, action="attribute-speaker",
      why="'Per Nightly:' and the quotation as the next paragraph, where the source is a name the rules do not know as a"
          " person or body: its words are the source's, as the text names it.",
      examples=['The mayor has three times as many offices, according to a tally by Tarrow Nightly. Per Nightly:\n\n'
                '"The gap shows how differently the two camps are run, and it puts the old way of running a race on trial."'],
      counter=['Tarrowland has no doubt who fired, according to Quillfeather:\n\n'
               '"We are clear that the regime fired," Foreign Secretary Tom Hale said in a statement. "The accounts all point to it."'])
def _unnamed_per_before_colon(sent: Span, q: _Quoted) -> str | None:
    source = _per_source_tokens(sent, q)
    if not source or not all(t.pos_ == "PROPN" or t.lower_ == "the" for t in source) or source[-1].pos_ != "PROPN":
        return None
    return " ".join(t.text for t in source)


@rule("quote.unnamed-source-goes-on", stage="quote.unnamed-source", priority=30, action="attribute-speaker",
      why="'\"...,\" one voter said. \"...\"': a quotation standing alone right after an unnamed source's goes on that "
          "source's words.",
      examples=['Tom Hale spoke first. "We waited for hours in the rain," said one of the passengers. "Nobody told us anything at all."'])
def _unnamed_goes_on(sent: Span, q: _Quoted) -> str | None:
    if not q.previous_teller or q.outside and not q.group[0].continues:
        return None
    first = q.group[0].start
    opens_paragraph = not text_of(sent.doc)[line_start(sent.doc, first) : first - 1].strip()
    return q.previous_teller if q.group[0].continues or opens_paragraph or "\n" not in q.gap else None
