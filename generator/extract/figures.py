"""Numbers the story reports: the number as written, its value, what it counts, and who
gives it ("according to Palestinian health authorities").

The machinery is `find_figures`; the behaviours are rules, stage by stage:
`figure.find` (numbers the model left untagged), `figure.span` (a scale word run on),
`figure.value` (what a number is worth), `figure.veto` (numbers that are no figure: in a
name, a date, an age, a quotation), `figure.number` (which word of a phrase is the number),
`figure.per`, `figure.counted`, `figure.counted-noun`, `figure.counted-words` (what a number
counts), `figure.veto-spelled` (small counts in words), `figure.what` (the words that say it),
`figure.source` (who gives it) and `figure.dedupe` (a number given twice).
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.dates import MONTH_NAMES
from generator.extract.lexicon import pairs, phrases, words, words_of
from generator.extract.name_words import is_page_note
from generator.extract.quotes import according_to, subject_of
from generator.extract.rules import VETO, Done, rule
from generator.extract.sentences import columns_of, ents_of, line_of, sent_of, text_of, tokens_of
from generator.extract.textindex import Ranges
from generator.textsim import content_words

LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
_WORD_VALUES = {word: int(value) for word, value in pairs("number_word_values").items()}
_SCALES = {word: float(value) for word, value in pairs("number_scales").items()}
_SPACED_SCALES = frozenset(w for w in _SCALES if len(w) <= 2)  # "£35 bn": m, mn, bn
CURRENCY_WORDS = words("currency_words")
_PENCE = re.compile(r"\d+(?:\.\d+)?p")
_SCALED = re.compile(r"\d+(?:\.\d+)?(?:bn|m|tn)")
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_THOUSANDS = re.compile(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?")
_JOINED_DIGITS = re.compile(r"\d+[:/]\d+(?:[:/]\d+)*")
_SPAN_OF_YEARS = re.compile(r"(?:1[89]|20)\d\d\s*[-–]\s*(?:(?:1[89]|20)\d\d|\d\d)")
SHORT_QUOTE = 10  # words

_NOUNS = ("NOUN", "PROPN")
_MODIFIER_DEPS = ("nummod", "quantmod", "compound", "nmod")
_SUBJECT_OBJECT_DEPS = ("nsubj", "nsubjpass", "dobj", "pobj", "attr")
_NOUN_MODIFIER_DEPS = ("compound", "amod")
_VERB_PHRASE_DEPS = ("prt", "oprd", "acomp", "dobj", "xcomp", "prep")
_CONVERSION_GLUE = frozenset(("(", ";", ",")) | words("currency_signs")  # "40m euros ($52m; £28m)"


@dataclass
class FoundFigure:
    value: float
    text: str
    what: str
    attributed_to: str | None
    sentence: Span


@dataclass(frozen=True)
class Counted:
    """What a number counts, settled: the words that say it and the verb it goes with."""

    words: list[Token]
    verb: Token | None


def find_figures(doc: Doc, quotes: list[tuple[int, int]]) -> list[FoundFigure]:
    """The figures of `doc` (`quotes`: the character ranges of its quotations), each number
    read, vetoed, counted and worded by the rules of the stages above, in text order."""
    out: list[FoundFigure] = []
    last: tuple[Span, str] | None = None
    in_quotes = Ranges(quotes)
    sources: dict[int, str | None] = {}  # sentence start -> who gives its figures ("according to ...")
    for ent in _candidates(doc):
        ent = rules.fold("figure.span", ent)
        value = parse_value(ent.text)
        if value is None or rules.first("figure.veto", ent, value, in_quotes):
            continue
        number = rules.fold("figure.number", next((t for t in reversed(ent) if _numeral(t)), ent.root), ent)
        noun_words, verb = _counted(number, ent)
        if _spelled_small(ent, value) and rules.first("figure.veto-spelled", ent, value, noun_words):
            continue
        what = _what(ent, number, noun_words, verb, last)
        if not what:
            continue
        sent = sent_of(ent)
        if sent.start not in sources:
            sources[sent.start] = _according_to(sent)
        text = " ".join(ent.text.split())
        if ent[-1].lower_.rstrip(".") in _SCALES:
            text = text.removesuffix(".")  # "£20m." at a sentence's end
        for each in _range_values(ent, value) or [value]:
            out.append(FoundFigure(each, text, what, sources[sent.start], sent))
        last = (ent, what)
    return _once_each(out) or out


def _candidates(doc: Doc) -> list[Span]:
    """The numbers the model tagged, and those the rules of `figure.find` add (each given the
    whole text as a span), in text order."""
    tagged = [e for e in ents_of(doc) if e.label_ in LABELS]
    return sorted(tagged + rules.fold("figure.find", [], doc[:]), key=lambda e: e.start)


def _numeral(tok: Token) -> bool:
    """A number as written: "1,139", "£2.5" or one with its scale or unit run on ("11bn", "10.75p")."""
    return tok.like_num or bool(_SCALED.fullmatch(tok.text) or _PENCE.fullmatch(tok.text))


# --- figure.find: numbers the model left untagged -------------------------------------------


@rule("figure.find-run-on-sum", stage="figure.find", priority=10, action="add",
      why="A sum with its scale or unit run on ('10.75p', '11bn euros') the model leaves untagged or calls a date.",
      examples=["Bus fares in Tarrow rose to 85p this week."])
def _run_on_sums(found: list[Span], text: Span) -> list[Span] | None:
    doc = text.doc
    new = []
    tokens = tokens_of(doc)
    for i, word in enumerate(columns_of(doc).text):
        if not (_SCALED.fullmatch(word) or _PENCE.fullmatch(word)):  # what `_numeral` adds to `like_num`
            continue
        t = tokens[i]
        if t.ent_type_ in LABELS or t.like_num or not _numeral(t):
            continue
        end = t.i + 2 if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in CURRENCY_WORDS else t.i + 1
        new.append(Span(doc, t.i, end, label="MONEY"))
    return found + new if new else None


@rule("figure.find-sum-after-currency-sign", stage="figure.find", priority=20, action="add",
      why="'the £5,000 damages': a currency sign before a number the model left untagged.",
      examples=["The £5,000 fine was paid by Tom Hale."],
      counter=["Tom Hale was fined £135,00 by Dunmore magistrates."])
def _sums_after_currency_sign(found: list[Span], text: Span) -> list[Span] | None:
    doc = text.doc
    new = []
    for t in tokens_of(doc)[1:]:
        if not t.like_num:
            continue
        well_formed = "," not in t.text or _THOUSANDS.fullmatch(t.text)  # not a typo "£135,00"
        if doc[t.i - 1].is_currency and well_formed and not t.ent_type_ and not doc[t.i - 1].ent_type_:
            run_on = t.i + 1 < len(doc) and doc[t.i + 1].lower_.rstrip(".") in _SCALES and not t.whitespace_
            new.append(Span(doc, t.i - 1, t.i + 2 if run_on else t.i + 1, label="MONEY"))
    return found + new if new else None


@rule("figure.find-count-run-into-year", stage="figure.find", priority=30, action="add",
      why="'Since 1990 12 branches have closed': a count the model ran into the year before it.",
      examples=["Since 1990 12 branches have closed in Tarrow."])
def _counts_run_into_year(found: list[Span], text: Span) -> list[Span] | None:
    doc = text.doc
    new = [
        Span(doc, ent.end - 1, ent.end, label="CARDINAL")
        for ent in ents_of(doc)
        if ent.label_ == "DATE"
        and len(ent) >= 2
        and _YEAR.fullmatch(ent[-2].text)
        and ent[-1].is_digit
        and len(ent[-1]) <= 3
    ]
    return found + new if new else None


@rule("figure.find-prison-term", stage="figure.find", priority=40, action="add",
      why="'could get up to 35 years in jail', 'sentenced to 12 years': a prison term, which the model tags a date, is a key figure.",
      examples=["Tom Hale could get up to 35 years in jail if found guilty.", "A Dunmore judge sentenced Ana Ruiz to 12 years on Monday."],
      counter=["Tom Hale spent 45 years in Dunmore."])
def _prison_terms(found: list[Span], text: Span) -> list[Span] | None:
    doc = text.doc
    new = []
    for ent in ents_of(doc):
        if ent.label_ != "DATE" or ent[-1].lower_ not in words("time_unit_plurals") or not any(t.like_num for t in ent):
            continue
        after = doc[ent.end : ent.end + 2]
        served = len(after) == 2 and after[0].lower_ == "in" and after[1].lower_ in words("custody_words")
        sentenced = any(t.lower_ in words("sentencing_words") for t in doc[max(ent.start - 4, 0) : ent.start])
        if served or sentenced:
            first = next(t.i for t in ent if t.like_num)
            start = ent.start if all(t.is_lower for t in doc[ent.start : first]) else first  # not "Ruiz to 12 years"
            new.append(Span(doc, start, ent.end, label="CARDINAL"))  # a count of years: small ones in words go through figure.veto-spelled
    return found + new if new else None


# --- figure.span: the scale word after a number -------------------------------------------


@rule("figure.span-run-on-scale-word", stage="figure.span", priority=10, action="extend",
      why="'£2.5' + 'm': the scale word the tokenizer split off is part of the sum.",
      examples=["Tarrow has 2.5m people."])
def _run_on_scale_word(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in _SCALES and not doc[ent.end - 1].whitespace_:
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return None


@rule("figure.span-spaced-scale-word", stage="figure.span", priority=20, action="extend",
      why="'£35 bn': a sum with its short scale word written apart.",
      examples=["The Tarrow fund lost £35 bn last year."],
      counter=["Tarrow has 35 bn reasons to worry."])
def _spaced_scale_word(ent: Span) -> Span | None:
    doc = ent.doc
    if ent.label_ == "MONEY" and ent.end < len(doc) and doc[ent.end].lower_ in _SPACED_SCALES:
        return Span(doc, ent.start, ent.end + 1, label=ent.label_)
    return None


@rule("figure.span-currency-sign-before", stage="figure.span", priority=30, action="extend",
      why="'$4,300' tagged a sum without its sign: the currency sign just before a sum is part of it (the reader must see "
          "dollars, not a bare number).",
      examples=["Tom Hale gave the campaign $4,300 in all."])
def _currency_sign_before(ent: Span) -> Span | None:
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if ent.label_ != "MONEY" or before is None or not before.is_currency or before.ent_type_ or ent[0].is_currency:
        return None
    return Span(doc, ent.start - 1, ent.end, label=ent.label_)


# --- figure.value: what a number is worth ---------------------------------------------------


def parse_value(text: str) -> float | None:
    """'at least 1,139' -> 1139; '$2.5bn' -> 2.5e9; 'Three' -> 3; 'hundreds' -> None."""
    lowered = text.lower()
    value = rules.first("figure.value", lowered, re.findall(r"[a-z]+", lowered))
    return None if value is None or value is VETO else value


@rule("figure.value-digits", stage="figure.value", priority=10, action="resolve",
      why="A number in digits, times the scale word after it: '$2.5bn' is 2.5 billion.",
      examples=["Dunmore council will spend £2.5bn on roads."])
def _digits(lowered: str, tokens: list[str]) -> float | None:
    m = _NUMBER.search(lowered)
    if not m:
        return None
    rest = lowered[m.end() :].split()
    tail = re.match(r"[a-z]+", lowered[m.end() :].strip())
    scale = tail.group() if tail else (rest[0] if rest else "")
    return float(m.group().replace(",", "")) * (_SCALES.get(scale) or _plural_scale(scale) or 1)


@rule("figure.value-plural-scale-word", stage="figure.scale", priority=10, action="resolve",
      why="'£22 billions': a scale word written in the plural is still a scale.",
      examples=["The Tarrow fund is worth £22 billions."])
def _plural_scale(scale: str) -> float | None:
    return _SCALES.get(scale.removesuffix("s")) if len(scale) > 4 else None


@rule("figure.value-vague-plural", stage="figure.value", priority=20, action="veto",
      why="'hundreds of people', 'dozens were hurt': a plural number word gives no number.",
      examples=["Ten thousands of people marched in Dunmore."])
def _vague_plural(lowered: str, tokens: list[str]) -> object:
    return VETO if tokens and tokens[-1] in words("vague_number_plurals") else None


@rule("figure.value-vague-multiple", stage="figure.value", priority=22, action="veto",
      why="'a few dozen hives', 'several hundred beekeepers': a number word after a vague quantifier "
          "(data/vague_number_quantifiers.txt) gives no number ('a few dozen' is not twelve).",
      examples=["Several hundred Elmshire beekeepers will meet at the spring show."],
      counter=["Three hundred Elmshire beekeepers will meet at the spring show."])
def _vague_multiple(lowered: str, tokens: list[str]) -> object:
    return VETO if any(t in words("vague_number_quantifiers") for t in tokens) else None


@rule("figure.value-spoken-decimal", stage="figure.value", priority=30, action="resolve",
      why="'two point four per cent': a decimal said in words.",
      examples=["Tarrow's economy grew by two point four per cent and Dunmore's by 3%."])
def _spoken_decimal(lowered: str, tokens: list[str]) -> object:
    if "point" not in tokens[1:]:
        return None
    at = tokens.index("point")
    whole = parse_value(" ".join(tokens[:at]))
    digits = [_WORD_VALUES.get(t) for t in tokens[at + 1 :] if t not in words("percent_words")]
    if whole is None or not digits or any(d is None or d > 9 for d in digits):
        return VETO
    return whole + float("0." + "".join(str(d) for d in digits))


@rule("figure.value-a-scale-word", stage="figure.value", priority=35, action="resolve",
      why="'more than a million dollars': 'a' before a scale word is one of it.",
      examples=["Tarrow council lost more than a million dollars on the Dunmore bridge."])
def _a_scale_word(lowered: str, tokens: list[str]) -> float | None:
    at = next((n for n, t in enumerate(tokens[1:], 1) if t in _SCALES and tokens[n - 1] == "a"), None)
    return _SCALES[tokens[at]] if at is not None and not any(t in _WORD_VALUES for t in tokens) else None


@rule("figure.value-number-words", stage="figure.value", priority=40, action="resolve",
      why="'forty five', 'two hundred', 'three million': numbers in words add up, 'hundred', 'dozen' and scale words "
          "multiply ('two dozen' is 24).",
      examples=["Tarrow council hired forty nurses last year.", "The Elmshire show gave prizes to two dozen pigs.",
                "The Tarrow plan cuts the number of council wards from seven to three."])
def _number_words(lowered: str, tokens: list[str]) -> float | None:
    value = 0.0
    found = False
    for tok in tokens:
        if tok in ("to", "or"):
            break  # "from seven to three": the first end of a range (rule figure.value-both-ends-of-range reads the other)
        if tok in _WORD_VALUES:
            n = _WORD_VALUES[tok]
            value = value * n if (n == 100 or tok == "dozen") and value else value + n  # "two dozen": 24
            found = True
        elif tok in _SCALES and found:
            value *= _SCALES[tok]
    return value if found else None


@rule("figure.value-both-ends-of-range", stage="figure.range", priority=10, action="add",
      why="'between £21,000 and £27,000', '10-12': a range gives both ends (but 'up to £27,000' is one value).",
      examples=["Porters in Tarrow earn between £21,000 and £29,000."],
      counter=["Nurses in Tarrow earn up to £35,000."])
def _range_values(ent: Span, first: float) -> list[float] | None:
    doc = ent.doc
    joins = [t for t in ent if t.i > ent.start and (t.lower_ in ("and", "to") or _dash_between_digits(t))]
    if not joins or ent[0].lower_ == "up":  # "up to £35,000" is one value
        return None
    second = parse_value(doc[joins[-1].i + 1 : ent.end].text)
    return None if second is None or second == first else [first, second]


def _dash_between_digits(t: Token) -> bool:
    """"10-12", not "Forty-three"."""
    doc = t.doc
    return t.text in ("-", "–") and doc[t.i - 1].is_digit and t.i + 1 < len(doc) and doc[t.i + 1].is_digit


# --- figure.veto: numbers that are no figure ------------------------------------------------


@rule("figure.veto-speakers-own-figure", stage="figure.veto", priority=10, action="veto",
      why="A number inside a quotation of ten words or more is the speaker's, not one the story reports.",
      examples=['"We have cut 400 jobs this year and we will cut more before the winter," said Tom Hale.'],
      counter=['Tom Hale said jobs at Dunmore Mills had "fallen by 400" this year.'])
def _speakers_own(ent: Span, value: float, in_quotes: Ranges) -> bool:
    quoted = in_quotes.holding(ent.start_char)
    return quoted is not None and len(text_of(ent.doc)[slice(*quoted)].split()) >= SHORT_QUOTE


@rule("figure.veto-spelled-in-short-quote", stage="figure.veto", priority=20, action="veto",
      why="A short quoted phrase reports a figure in digits ('had \"risen by 20%\"'), not one in words.",
      examples=['Tom Hale said the Dunmore plan had "nine good points" in all.'])
def _spelled_in_short_quote(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return in_quotes.holding(ent.start_char) is not None and not any(t.is_digit for t in ent)


@rule("figure.veto-government-seat", stage="figure.veto", priority=30, action="veto",
      why="'the doors of Number 10': a seat of government written with a number is a name.",
      examples=["Number 10 said Tom Hale would stay."])
def _government_seat(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return ent.text in phrases("government_seats")


@rule("figure.veto-number-in-a-name", stage="figure.veto", priority=40, action="veto",
      why="'the Tarrow 100 index', 'section 5': a number after a noun is part of a name or reference (not 'In May 30 people').",
      examples=["Tarrow Mills has left the Dunmore 250 index."])
def _number_in_a_name(ent: Span, value: float, in_quotes: Ranges) -> bool:
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.pos_ in _NOUNS and before.ent_type_ != "DATE" and ent[0].like_num


@rule("figure.veto-day-of-month", stage="figure.veto", priority=50, action="veto",
      why="'on 5 May', the day tagged a number: a date.",
      examples=["Dunmore Mills missed a 9 March deadline."])
def _day_of_month(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    return (
        ent.label_ == "CARDINAL"
        and ent.end < len(doc)
        and doc[ent.end].is_title
        and doc[ent.end].lower_ in MONTH_NAMES
        and ent[-1].is_digit
        and int(ent[-1].text) <= 31
    )


@rule("figure.veto-fraction", stage="figure.veto", priority=60, action="veto",
      why="'nearly two-thirds of voters': a share written in words, not the number two.",
      examples=["Nearly seven-tenths of Tarrow's land is farmed."])
def _fraction(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc, fractions = ent.doc, words("fraction_words")
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "-" else None
    return any(t.lower_ in fractions for t in ent) or after is not None and after.lower_ in fractions


@rule("figure.veto-age-after-aged", stage="figure.veto", priority=70, action="veto",
      why="'aged over 19', 'a man aged 45': an age, not a key figure.",
      examples=["Women aged over 60 in Tarrow get free travel."])
def _aged(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return "aged" in (t.lower_ for t in ent.doc[max(0, ent.start - 3) : ent.start])


@rule("figure.veto-age-after-age-of", stage="figure.veto", priority=80, action="veto",
      why="'at the age of 62': an age, not a key figure.",
      examples=["Students at Dunmore can vote from the age of 16 onwards."])
def _age_of(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return [t.lower_ for t in ent.doc[max(0, ent.start - 2) : ent.start]] == ["age", "of"]


@rule("figure.veto-age-after-a-name", stage="figure.veto", priority=85, action="veto",
      why="'said Ana Lind, 26.': a bare whole number between commas, or a comma and the sentence's end, right after a person's "
          "name is their age, whatever label the model gave it, not a key figure.",
      examples=["“We have waited long enough for the ferry,” said Lucia Ferrand, 26. “We are tired of waiting.”"],
      counter=["“We have waited long enough for the ferry,” said Lucia Ferrand. About 26 people were on board."])
def _age_after_a_name(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    if len(ent) != 1 or not ent[0].text.isdigit() or not 1 <= value <= 120 or ent.start < 2:
        return False
    after = doc[ent.end].text if ent.end < len(doc) else "."
    return doc[ent.start - 1].text == "," and doc[ent.start - 2].ent_type_ == "PERSON" and after in (",", ".", ";")


@rule("figure.veto-bare-number-after-at", stage="figure.veto", priority=90, action="veto",
      why="'left school at 15': a bare small number after 'at', counting nothing, is an age.",
      examples=["Tom Hale left school at 15 and joined the Dunmore Mills."],
      counter=["Tarrow council set the rate at 15% on Monday."])
def _bare_number_after_at(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    after = doc[ent.end] if ent.end < len(doc) else None
    return (
        ent.start > 0
        and doc[ent.start - 1].lower_ == "at"
        and ent.label_ == "CARDINAL"
        and ent.text.isdigit()
        and int(ent.text) < 120
        and not (after is not None and (after.pos_ in _NOUNS or _percent_sign(after)))
    )


@rule("figure.veto-digits-joined-by-colon-or-slash", stage="figure.veto", priority=100, action="veto",
      why="'1:34', '2/3': digits joined by a colon or slash are a time, a score or a date, not a count.",
      examples=["Refugees admitted to Tarrow (2/3 -2/11) came from 7 towns."])
def _digits_joined(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return any(_JOINED_DIGITS.fullmatch(t.text) for t in ent)


@rule("figure.veto-media-count-in-brackets", stage="figure.veto", priority=110, action="veto",
      why="'Slideshow (3 Images)': a bracketed count of a gallery's pictures is page furniture.",
      examples=["Tarrow floods in pictures Slideshow (4 Images) Ana Ruiz visited Dunmore."])
def _media_count(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    if ent.start < 1 or ent.end + 1 >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end + 1].text != ")":
        return False
    return doc[ent.end].lower_ in words("media_nouns")


@rule("figure.veto-part-of-a-code", stage="figure.veto", priority=120, action="veto",
      why="'18-cv-02231', a docket or serial number: digits run on by a hyphen into letters and digits are a code, not a count.",
      examples=["The case is Tarnia v. Dunmore, 18-cv-02231, in the district court."],
      counter=["The 17-year-old was one of 40 pupils."])
def _part_of_a_code(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc, end = ent.doc, ent.end
    if end + 1 >= len(doc) or ent[-1].whitespace_ or doc[end].text != "-" or doc[end].whitespace_:
        return False
    code = doc[end + 1].text
    return any(c.isdigit() for c in code) and any(c.isalpha() for c in code)


@rule("figure.veto-number-glued-to-a-bracket", stage="figure.veto", priority=122, action="veto",
      why="'401(k) accounts', '501(c)(3) groups': digits run on into a bracket name a section of a code, and the thing it "
          "names, not a count.",
      examples=["Savers in Dunmore put more into 401(k)s last year."],
      counter=["Savers in Dunmore put 401 pounds (each) into the fund."])
def _number_glued_to_a_bracket(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return re.search(r"\d\(", ent.text) is not None


@rule("figure.veto-number-glued-to-a-capital", stage="figure.veto", priority=125, action="veto",
      why="'5G towers', '4G network', '3D printers': a number written run on into one capital letter is a name"
          " of a kind of thing, not a count (the scales of data/number_scale_letters.txt excepted: '5K', '2M').",
      examples=["Tom Hale said protesters burned 5G towers in Dunmore."],
      counter=["Tom Hale said Dunmore Mills would spend 5M on new towers."])
def _number_glued_to_a_capital(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc, end = ent.doc, ent.end
    last = ent[-1]
    if last.whitespace_ or end >= len(doc):
        return False
    glued = doc[end].text
    return len(glued) == 1 and glued.isupper() and glued not in phrases("number_scale_letters") and last.text.isdigit()


@rule("figure.veto-span-of-years", stage="figure.veto", priority=130, action="veto",
      why="'the 30 years from 1985–2015', 'in 2009-12': two years joined by a dash are a span of time, not a count.",
      examples=["A Dunmore Institute study of fires in Tarrow over the 30 years from 1985–2015 found no pattern."],
      counter=["Tarrow sold 1200-1500 tickets a day."])
def _span_of_years(ent: Span, value: float, in_quotes: Ranges) -> bool:
    return _SPAN_OF_YEARS.fullmatch(ent.text) is not None


@rule("figure.veto-year-before-a-noun", stage="figure.veto", priority=135, action="veto",
      why="'her 2011 harbour plan', 'the other 2020 primary elections': four digits from 1800 to 2100, "
          "without a thousands comma, before a word that is no plural noun are a year naming the thing, not a count.",
      examples=["The official had already moved the vote, like the other 2020 primary elections in Tarrow."],
      counter=["Dunmore Mills cut 1500 jobs in Tarrow last year."])
def _year_before_a_noun(ent: Span, value: float, in_quotes: Ranges) -> bool:
    first = ent[0]
    if not (len(first.text) == 4 and first.text.isdigit() and 1800 <= value <= 2100) or first.i + 1 >= len(ent.doc):
        return False
    after = ent.doc[first.i + 1]
    return after.tag_ in ("NN", "NNP", "JJ") and after.is_alpha


@rule("figure.veto-out-of-a-number", stage="figure.veto", priority=138, action="veto",
      why="'4 out of 10 voters': 10, 100 or 1,000 after 'out of' another number is the base of a rate, not a count"
          " ('68 out of 97 seats': 97 is one).",
      examples=["About 4 out of 10 voters in Dunmore said they felt strongly about the changes."],
      counter=["Tom Hale took 68 out of 97 seats in Dunmore."])
def _out_of_a_number(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    after = ent.start >= 3 and doc[ent.start - 1].lower_ == "of" and doc[ent.start - 2].lower_ == "out" and doc[ent.start - 3].like_num
    return after and value in (10, 100, 1000)


@rule("figure.veto-in-a-page-note", stage="figure.veto", priority=140, action="veto",
      why="'Hide Caption 3 of 12', 'Photos: ...', 'JUST WATCHED ... Replay More Videos': a number on a line of page "
          "furniture (name_words.is_page_note) or about a gallery's pictures (data/picture_note_starts.txt) is not the story's.",
      examples=["Tom Hale said the bridge would close.\nHide Caption 3 of 12 Photos: Crowds fill the square in Dunmore\n"
                "Hide Caption 4 of 12\nThe council met on Monday."],
      counter=["Tom Hale said the bridge would close.\n12 people were hurt when the crowd filled the square in Dunmore."])
def _in_a_page_note(ent: Span, value: float, in_quotes: Ranges) -> bool:
    line = line_of(ent)
    return is_page_note(line) or line.strip().casefold().startswith(phrases("picture_note_starts"))


_GALLERY_COUNTER = re.compile(r"\s*(\d{1,2}) of (\d{1,2})\s")  # "1 of 2 In this photo ..."


@rule("figure.veto-gallery-counter", stage="figure.veto", priority=142, action="veto",
      why="'1 of 2 In this 2008 photo, Tom Hale poses': the 'N of M' opening a picture's caption (a line naming a"
          " photo, data/photo_nouns.txt) counts a gallery's pictures, not anything in the story.",
      examples=["Tom Hale said the bridge would close.\n1 of 2 In this 2008 photo, Tom Hale poses in Dunmore.\n"
                "The council met on Monday."],
      counter=["Tom Hale said the bridge would close.\n2 of 3 voters in Dunmore backed the plan, a poll found."])
def _gallery_counter(ent: Span, value: float, in_quotes: Ranges) -> bool:
    line = line_of(ent)
    counter = _GALLERY_COUNTER.match(line)
    if counter is None or not any(w.strip(",.:").lower() in words("photo_nouns") for w in line.split()):
        return False
    text = text_of(ent.doc)
    return ent.start_char - (text.rfind("\n", 0, ent.start_char) + 1) < counter.end()


_LIST_MARKER = re.compile(r"\s*\d{1,2}[.)]\s")  # "3. Think big", "2) The vote"


@rule("figure.veto-list-item-number", stage="figure.veto", priority=144, action="veto",
      why="'3. Go big or get it done?': a number with a full stop or a bracket opening a line numbers a list's "
          "items or a story's sections, it counts nothing in the story.",
      examples=["Five things we saw\n\nThe debate ran late on Thursday.\n\n3. Go big or get it done?\n\n"
                "The two split most on money."],
      counter=["Five things we saw\n\nThe debate ran late on Thursday.\n\n3 people were hurt when the stage fell.\n\n"
               "The two split most on money."])
def _list_item_number(ent: Span, value: float, in_quotes: Ranges) -> bool:
    text = text_of(ent.doc)
    start = text.rfind("\n", 0, ent.start_char) + 1
    marker = _LIST_MARKER.match(text, start)
    return marker is not None and ent.start_char < start + marker.end()


@rule("figure.veto-a-list-articles-own-count", stage="figure.veto", priority=146, action="veto",
      why="'Six takeaways from the debate', 'Here are five things we saw': in the headline or after 'here are', a "
          "number of the nouns a list article counts its sections by (data/list_article_nouns.txt) counts the article's "
          "own parts, not anything in the story.",
      examples=["Six takeaways from the debate\n\nThe debate ran late on Thursday. Here are five things we saw."],
      counter=["Debate runs late\n\nThe debate ran late on Thursday. Thieves took five things from the stage."])
def _a_list_articles_own_count(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    counted = doc[ent.end] if ent.end < len(doc) else None
    if counted is None or counted.lemma_.lower() not in words("list_article_nouns"):
        return False
    before = text_of(doc)[: ent.start_char].strip()
    if "\n" not in before:
        return True  # on the headline, the first line
    sent = sent_of(ent[0])
    return [t.lower_ for t in sent[:2]] == ["here", "are"] and ent.start <= sent.start + 3


@rule("figure.veto-a-rank-after-number", stage="figure.veto", priority=148, action="veto",
      why="'Number Nine was for the Herald', 'the No. 3 Democrat': a number after 'Number' or 'No.' is a place in a ranking, "
          "it counts nothing.",
      examples=["The prizes went out on Monday. Number Nine was for the Tarrow Herald."],
      counter=["The prizes went out on Monday. Nine prizes went to the Tarrow Herald."])
def _a_rank_after_number(ent: Span, value: float, in_quotes: Ranges) -> bool:
    doc = ent.doc
    before = doc[ent.start - 1] if ent.start else None
    if ent[0].text in ("Number", "No.") and len(ent) > 1:  # the model's span may hold the word
        before, ent = ent[0], ent[1:]
    spelled = ent[0].is_alpha  # 'Number Nine'; 'Number 10' is a seat of government (rule figure.veto-government-seat)
    return before is not None and (before.text in ("No.", "#") or before.text == "Number" and spelled)


# --- figure.number: which word of the phrase is the number ---------------------------------


@rule("figure.number-head-of-scaled-phrase", stage="figure.number", priority=10, action="resolve",
      why="'2.5' of '£2.5m': the phrase's head stands for the number.",
      examples=["The Tarrow scheme will cost £2.5m a year."])
def _head_of_scaled_phrase(number: Token, ent: Span) -> Token | None:
    return ent.root if ent.start <= number.head.i < ent.end and number.head.lower_ in _SCALES else None


@rule("figure.number-first-of-range", stage="figure.number", priority=20, action="resolve",
      why="'between £21,000 and £27,000': the range's first number says what it counts.",
      examples=["Porters in Tarrow earn between £21,000 and £29,000 a year."])
def _first_of_range(number: Token, ent: Span) -> Token | None:
    start = number
    while number.dep_ == "conj" and ent.start <= number.head.i < ent.end:
        number = number.head
    return number if number is not start else None


# --- figure.per, figure.counted, figure.counted-noun, figure.counted-words: what it counts --


def _counted(number: Token, ent: Span) -> tuple[list[Token], Token | None]:
    """The noun a number counts and the verb it is the subject or object of: the noun the
    rules of `figure.counted` find, moved by those of `figure.counted-noun`, with its
    modifiers and the words `figure.counted-words` add."""
    per = rules.fold("figure.per", [], number)
    noun = rules.first("figure.counted", number, ent, per)
    if noun is None:
        return [], None
    if not isinstance(noun, Counted):
        noun = rules.fold("figure.counted-noun", noun, ent, per)
    if isinstance(noun, Counted):
        return noun.words, noun.verb
    found = per + [t for t in noun.lefts if t.dep_ in _NOUN_MODIFIER_DEPS and not (ent.start <= t.i < ent.end)]
    found, noun = rules.fold("figure.counted-words", (found + [noun], noun), ent)
    return found, _verb_of(noun)


def _percent_sign(tok: Token) -> bool:
    """"%", or a word for it: "percent", "pct", the "cent" of "per cent" (US news writes the word)."""
    return tok.text == "%" or tok.lower_ in ("percent", "pct") or tok.lower_ == "cent" and tok.i > 0 and tok.nbor(-1).lower_ == "per"


def _bare_percent_sign(tok: Token) -> bool:
    """A percent sign that says nothing of what is counted: not one with its "of" ("48 percent of
    the vote" keeps "percent of vote", never "of vote")."""
    return _percent_sign(tok) and not (tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "of")


def _modified(noun: Token) -> list[Token]:
    """A noun with the compounds and adjectives before it: "total debts"."""
    return [t for t in noun.lefts if t.dep_ in _NOUN_MODIFIER_DEPS] + [noun]


@rule("figure.per-period", stage="figure.per", priority=10, action="extend",
      why="'£300 a week': the period a sum is per is part of what it counts.",
      examples=["The £60 a week paid to carers in Tarrow will rise."])
def _per_period(per: list[Token], number: Token) -> list[Token] | None:
    new = [t for c in number.children if c.dep_ == "npadvmod" for t in c.subtree if not t.is_punct]
    return per + new if new else None


@rule("figure.per-adjective-after-number", stage="figure.per", priority=20, action="extend",
      why="'its 280 members were 12 short of the number': an adjective after the number says what it is.",
      examples=["Its 280 members were 12 short of the number needed to win in Dunmore."])
def _adjective_after_number(per: list[Token], number: Token) -> list[Token] | None:
    new = [
        t
        for c in number.children
        if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > number.i and any(p.dep_ == "prep" for p in c.children)
        for t in list(c.subtree)[:5]
        if not t.is_punct
    ]
    return per + new if new else None


@rule("figure.what-a-share-said", stage="figure.counted", priority=2, action="resolve",
      why="'Some 64% said Ana Ruiz had handled the flood well', '41% who felt it was rash': a share (or bare number)"
          " that says or thinks something counts those who hold that view: the verb and the first words of the view.",
      examples=["Some 64% said Ana Ruiz had handled the Dunmore flood well, while 37% backed her plan.",
                "In the Dunmore survey 37% backed the plan, against 41% who felt it was rash.",
                "A total of 58% of those asked said they liked Ms Ruiz, with 33% saying they did not."],
      counter=["Dunmore Mills said 400 jobs would go.", "Some 72% of pupils admitted to Dunmore school are from Tarrow."])
def _share_that_said(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    share = number.head if number.dep_ == "nummod" and not number.head.like_num else number  # the "%" or "per cent"
    if share is not number and share.pos_ == "NOUN" and share.i >= ent.end:
        return None  # "400 jobs": a count of things, which say nothing
    of = next((c for c in share.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    if of is not None and any(c.dep_ == "pobj" and c.pos_ in _NOUNS for c in of.children):
        return None  # "72% of refugees admitted ...": a share of things named (not "of those polled")
    if share.dep_ == "pobj" and share.head.lower_ == "of" and share.head.head.lower_ in words("amount_nouns"):
        share = share.head.head  # "a total of 58% (of those asked) said"
    verb = share.head if share.dep_ == "nsubj" else next((c for c in share.children if c.dep_ == "relcl" and _holder_is_who(c)), None)
    if verb is None or verb.lemma_ not in words_of("speech_verbs", "opinion_verbs"):
        return None
    view = next((c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i), None)
    if view is None:
        return None
    span = number.doc[view.left_edge.i : view.right_edge.i + 1]
    said = list(itertools.takewhile(lambda t: not t.is_punct, span))[:7]  # to the first comma: "..., with 40% saying"
    return Counted(per + [verb] + said, None)


def _holder_is_who(clause: Token) -> bool:
    """"41% who felt ...": the relative pronoun is the clause's subject (not "$7m which it suspects ...")."""
    return any(c.dep_ == "nsubj" and c.tag_ in ("WP", "WDT") for c in clause.children)


@rule("figure.what-bracketed-share", stage="figure.counted", priority=0, action="resolve",
      why="'the Tarrow council (15%)': a share in brackets after a name is that holder's.",
      examples=["The mill is owned by private investors and the Tarrow council (15%)."])
def _bracketed_share(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    doc = ent.doc
    bracketed = (
        ent.label_ == "PERCENT"
        and ent.start >= 2
        and ent.end < len(doc)
        and doc[ent.start - 1].text == "("
        and doc[ent.end].text == ")"
    )
    holder = doc[ent.start - 2] if bracketed else None
    if holder is None or holder.pos_ not in _NOUNS:
        return None
    named = [t for t in holder.subtree if t.i <= holder.i and not t.is_punct and t.pos_ != "DET" and t.dep_ != "case"]
    return Counted(named, None)


@rule("figure.what-plural-after-spaced-scale", stage="figure.counted", priority=10, action="resolve",
      why="'£20 bn cuts', the parse broken by the spaced scale word: the plural noun after the sum.",
      examples=["Tarrow council made £20 bn cuts last year."])
def _plural_after_spaced_scale(number: Token, ent: Span, per: list[Token]) -> Token | None:
    doc = ent.doc
    if ent[-1].lower_ in _SCALES and ent[-1].whitespace_ and ent.end < len(doc) and doc[ent.end].tag_ == "NNS":
        return doc[ent.end]
    return None


@rule("figure.what-noun-after-strong", stage="figure.counted", priority=20, action="resolve",
      why="'a 12-strong panel': the panel.",
      examples=["A 12-strong panel will run Dunmore council."])
def _noun_after_strong(number: Token, ent: Span, per: list[Token]) -> Token | None:
    doc, i = number.doc, number.i
    if i + 3 < len(doc) and doc[i + 1].text == "-" and doc[i + 2].lower_ == "strong" and doc[i + 3].pos_ == "NOUN":
        return doc[i + 3]
    return None


@rule("figure.what-plural-after-day-of-month", stage="figure.counted", priority=30, action="resolve",
      why="'In March 30 people', parsed as a day of March: the plural noun after the number.",
      examples=["In March 30 people left the Dunmore clinic."])
def _plural_after_day(number: Token, ent: Span, per: list[Token]) -> Token | Counted | None:
    doc = number.doc
    if number.head.ent_type_ != "DATE" or number.dep_ != "nummod" or number.i + 1 >= len(doc) or doc[number.i + 1].tag_ != "NNS":
        return None
    after = doc[number.i + 1]
    return after if after.pos_ in _NOUNS else Counted([], None)


@rule("figure.what-noun-before-worth", stage="figure.counted", priority=32, action="resolve",
      why="'tax breaks worth £2bn': the breaks (before a clause the parse hangs on the sum says otherwise:"
          " 'loans worth $7m which it suspects were mis-sold').",
      examples=["Dunmore Mills won contracts worth $40m last year.",
                "Tarrow Bank is reviewing four loans worth $7m which it suspects were mis-sold."])
def _noun_before_worth(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    return head.head if number.dep_ == "npadvmod" and head.lower_ == "worth" and head.head.pos_ == "NOUN" else None


@rule("figure.what-clause-on-the-sum", stage="figure.counted", priority=34, action="resolve",
      why="'far short of the $5.7bn he requested': a relative clause on the number itself says what it is (not one"
          " set off by a comma, which adds a fact about it: '$8m in pledges, which came from abroad').",
      examples=["Dunmore council was given $2 million, short of the $9 million it had asked for."],
      counter=["The Tarrow appeal raised $8 million in pledges, which mostly came from abroad."])
def _clause_on_the_sum(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    clause = next((c for c in number.children if c.dep_ == "relcl" and c.pos_ == "VERB" and c.i >= ent.end), None)
    if clause is None or clause.left_edge.i > 0 and ent.doc[clause.left_edge.i - 1].text == ",":
        return None
    said = [t for t in clause.subtree if not (t.is_punct or t.pos_ == "PRON" or t.dep_ == "aux")][:5]
    return Counted(per + said, None)


@rule("figure.what-noun-in-apposition", stage="figure.counted", priority=36, action="resolve",
      why="'little income tax — $5.3m — but': a sum set beside a noun is that noun's.",
      examples=["Dunmore Mills paid little income tax — $5.3m — last year."])
def _noun_in_apposition(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    return head if number.dep_ == "appos" and head.pos_ == "NOUN" and head.lower_ not in CURRENCY_WORDS else None


@rule("figure.what-participle-after-number", stage="figure.counted", priority=38, action="resolve",
      why="'about 240 drivers injured and 12 killed': a number with a participle of its own counts what the participle"
          " says (of the noun it is listed beside).",
      examples=["Dunmore police recorded about 240 drivers injured and 12 killed on the coast road last year."])
def _participle_after_number(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    participle = next((c for c in number.rights if c.dep_ == "acl" and c.tag_ == "VBN" and c.i == ent.end), None)
    if participle is None:
        return None
    listed = [number.head] if number.dep_ == "conj" and number.head.pos_ == "NOUN" else []
    return Counted(per + listed + [participle], None)


@rule("figure.what-noun-it-modifies", stage="figure.counted", priority=40, action="resolve",
      why="'400 jobs', 'a £5m grant': the noun a number modifies is what it counts.",
      examples=["Dunmore Mills will cut 400 jobs."])
def _noun_it_modifies(number: Token, ent: Span, per: list[Token]) -> Token | None:
    return number.head if number.dep_ in _MODIFIER_DEPS and number.head.pos_ in _NOUNS else None


@rule("figure.what-noun-after-run-on-scale", stage="figure.counted", priority=50, action="resolve",
      why="'11bn euros', parsed as an adjective: the noun after it.",
      examples=["Tarrow Bank has lent 11bn euros to farmers."])
def _noun_after_run_on_scale(number: Token, ent: Span, per: list[Token]) -> Token | None:
    scaled = number.dep_ == "amod" and _SCALED.fullmatch(number.text)
    return number.head if scaled and number.head.pos_ in _NOUNS else None


@rule("figure.what-plural-parsed-as-verb", stage="figure.counted", priority=60, action="resolve",
      why="'Seven branches will be closed', parsed as 'Seven' the subject of a verb 'branches': a plural takes no verb in -s.",
      examples=["Five consulates in Tarrow will close."])
def _plural_parsed_as_verb(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    misparsed = number.dep_ == "nsubj" and head.i == number.i + 1 and head.tag_ == "VBZ" and number.lower_ not in ("one", "1")
    return head if misparsed else None


@rule("figure.what-noun-before-of", stage="figure.counted", priority=80, action="resolve",
      why="'a salary of £25,000', 'a workforce of 75,000': the noun before 'of' (not 'a grandfather of four').",
      examples=["Dunmore Mills has a workforce of 75,000."],
      counter=["Tom Hale is a grandfather of four."])
def _noun_before_of(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    sum_or_digits = ent.label_ in ("MONEY", "PERCENT", "QUANTITY") or any(ch.isdigit() for ch in ent.text)
    return head.head if number.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and sum_or_digits else None


@rule("figure.what-noun-a-participle-puts-at", stage="figure.counted", priority=85, action="resolve",
      why="'fines amounting to $3 million', 'a house valued at $2 million': a sum a participle puts a noun at is that noun's.",
      examples=["Tom Hale paid fines amounting to $3 million last year.", "Tarrow Bank owns a house valued at $2 million."],
      counter=["Tom Hale raised the parking charge to $3 a day."])
def _noun_a_participle_puts_at(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    prep = number.head
    if number.dep_ != "pobj" or prep.lower_ not in ("to", "at"):
        return None
    verb, noun = prep.head, prep.head.head
    participle = verb.dep_ == "acl" and verb.tag_ in ("VBG", "VBN") and verb.i < prep.i
    if not participle or noun.pos_ != "NOUN" or noun.lower_ in CURRENCY_WORDS:
        return None
    return Counted(per + _modified(noun), _verb_of(noun))  # the noun alone: its clause holds the sum


@rule("figure.what-level-changed-from-or-to", stage="figure.counted", priority=90, action="resolve",
      why="'lift the toll exemption limit from £45,000': the threshold.",
      examples=["Tarrow council will raise the parking charge from £60 next year."])
def _level_changed(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    return _changed(head.head) if number.dep_ == "pobj" and head.lower_ in ("from", "to") else None


@rule("figure.what-noun-valued-at", stage="figure.counted", priority=95, action="resolve",
      why="'estimates the damage at $9m': the noun a sum is put at (or the object of the verb it follows).",
      examples=["Tarrow council put the cost of the flood at $9 million."],
      counter=["Tom Hale left school at 15 and joined the Dunmore Mills."])
def _noun_valued_at(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    return _changed(head.head) if number.dep_ == "pobj" and head.lower_ == "at" else None


@rule("figure.what-subject-of-be", stage="figure.counted", priority=100, action="resolve",
      why="'Dunmore Mills' yearly sales are $9.2bn': the sales.",
      examples=["Dunmore Mills' yearly sales are $9.2bn."])
def _subject_of_be(number: Token, ent: Span, per: list[Token]) -> Token | None:
    head = number.head
    return _subject_noun(head) if number.dep_ == "attr" and head.lemma_ == "be" and not per else None


@rule("figure.what-subject-set-at-or-to", stage="figure.counted", priority=110, action="resolve",
      why="'the target has been set at 3.5 million': the target, and the verb.",
      examples=["The annual Tarrow housing target has been set at 3.5 million."])
def _subject_set_at(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    head = number.head
    if number.dep_ == "pobj" and head.lower_ in ("at", "to"):
        moved = _subject_and_verb(head.head)
        return Counted(per + moved, None) if moved else None
    return None


@rule("figure.what-made-in", stage="figure.counted", priority=120, action="resolve",
      why="'made £5m in profits': what the sum is in (not 'earned $10m in the third quarter').",
      examples=["Dunmore Mills made £5m in profits."],
      counter=["Dunmore Mills earned $10m in the third quarter."])
def _made_in(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    doc, head = number.doc, number.head
    after = doc[ent.end] if ent.end < len(doc) else None
    if number.dep_ not in _SUBJECT_OBJECT_DEPS or head.pos_ not in ("VERB", "AUX") or ent.label_ != "MONEY":
        return None
    if after is None or after.lower_ != "in" or after.head not in (head, number):
        return None
    counted = next((c for c in after.children if c.dep_ == "pobj"), None)
    if counted is None or counted.ent_type_:
        return None
    return Counted(per + _modified(counted), head)


@rule("figure.what-noun-after-number-of", stage="figure.counted", priority=125, action="resolve",
      why="'took seven of the past ten races', '175 out of 291 seats': the noun after 'of' is what the number counts.",
      examples=["Ana Ruiz won eight of the ten Dunmore races."],
      counter=["Tom Hale said four of them had left Dunmore."])
def _noun_after_number_of(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    holder = number.head if number.dep_ == "npadvmod" and number.head.lower_ == "out" else number  # "175 out of"
    of = next((c for c in holder.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    noun = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    if noun is None or noun.pos_ != "NOUN" or noun.lower_ in CURRENCY_WORDS:
        return None
    verb = holder.head if holder.head.pos_ in ("VERB", "AUX") else None
    return Counted(per + _modified(noun), verb)


@rule("figure.what-things-a-number-of-counts", stage="figure.counted", priority=126, action="resolve",
      why="'cuts the number of licences the board can issue from 900 to 400', 'the total number of wardens now"
          " exceeds 1,200': a number told of 'the number of' things (data/count_nouns.txt) counts those things.",
      examples=["The law cuts the number of licences the board can issue from 900 to 400.",
                "Officials say the total number of unpaid wardens in Tarrow now exceeds 1,200."],
      counter=["The number of permits rose after the council hired 40 clerks."])
def _things_a_number_of_counts(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    holder = number.head
    if number.dep_ in ("dobj", "attr") and holder.pos_ in ("VERB", "AUX"):  # "the number of X exceeds 1,200"
        things = _things_counted(_subject_noun(holder))
        return Counted(per + _modified(things), None) if things is not None else None
    if number.dep_ != "pobj" or holder.lower_ not in ("from", "to"):
        return None
    for _ in range(3):  # "the number of X [the board can issue] from 900": up through the clause on the noun
        holder = holder.head
        if holder.dep_ == "relcl":
            things = _things_counted(holder.head)
            return Counted(per + _modified(things), None) if things is not None else None
    return None


def _things_counted(noun: Token | None) -> Token | None:
    """"permits" of "the number of permits"."""
    if noun is None or noun.lemma_.lower() not in words("count_nouns"):
        return None
    of = next((c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    things = next((c for c in of.children if c.dep_ == "pobj"), None) if of is not None else None
    return things if things is not None and things.pos_ == "NOUN" else None


@rule("figure.what-subject-a-tally-verb-counts", stage="figure.counted", priority=127, action="resolve",
      why="'the protesters numbered about 5,000', 'losses totalled $5 million', 'marchers, put by organisers to number more"
          " than 4,000': the subject (or the noun the clause describes) is what the number counts.",
      examples=["The protesters numbered about 5,000 on Sunday.", "Losses at Tarrow Bank totalled $5 million last year.",
                "The marchers, once put by organisers to number more than 4,000, plan to reach Dunmore by Sunday."])
def _subject_a_tally_verb_counts(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    verb = number.head
    if number.dep_ != "dobj" or verb.pos_ != "VERB" or verb.lemma_ not in words("tally_verbs"):
        return None
    holder = verb
    for _ in range(3):  # "estimated ... to number": up the clauses to the noun they describe
        subject = _subject_noun(holder, passive=True)
        if subject is not None:
            return Counted(per + _modified(subject) + [verb], None)
        if holder.dep_ == "acl" and holder.head.pos_ == "NOUN":
            return Counted(per + _modified(holder.head) + [verb], None)
        if holder.dep_ != "xcomp":
            return None
        holder = holder.head
    return None


@rule("figure.what-noun-the-same-verb-counted", stage="figure.counted", priority=128, action="resolve",
      why="'Ana Ruiz won 175 votes, while Tom Hale won 106': a bare number a verb takes counts what the same verb's"
          " count before it in the sentence counted (not 'The club has 300 members and its chairman turned 70').",
      examples=["Ana Ruiz won 175 votes in Dunmore, while Tom Hale won 106."],
      counter=["The Dunmore club has 300 members, and its chairman turned 70 last week."])
def _noun_the_same_verb_counted(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    verb = number.head
    if number.dep_ != "dobj" or verb.pos_ != "VERB":
        return None
    for tok in reversed(number.doc[sent_of(number).start : ent.start]):
        noun = tok.head
        if tok.dep_ == "nummod" and noun.i > tok.i and noun.pos_ == "NOUN" and noun.dep_ == "dobj" and noun.head.lemma_ == verb.lemma_:
            return Counted(per + _modified(noun), verb)
    return None


@rule("figure.what-subject-or-object-of-verb", stage="figure.counted", priority=130, action="resolve",
      why="A number that is a verb's subject or object counts what the verb says: 'earned $10m'.",
      examples=["Dunmore Mills earned $10m last year."])
def _subject_or_object(number: Token, ent: Span, per: list[Token]) -> Counted | None:
    if number.dep_ not in _SUBJECT_OBJECT_DEPS:
        return None
    return Counted(per, number.head if number.head.pos_ in ("VERB", "AUX") else None)


@rule("figure.what-head-of-compound", stage="figure.counted-noun", priority=5, action="resolve",
      why="'a 35% chance', '3,000 misdemeanor convictions': a counted word that modifies a noun after it counts that noun.",
      examples=["Tom Hale has a 35% chance of keeping his Dunmore seat."],
      counter=["Ana Ruiz won Dunmore with a 6,000-vote majority."])
def _head_of_compound(noun: Token, ent: Span, per: list[Token]) -> Token | None:
    start, doc = noun, noun.doc
    while noun.dep_ == "compound" and noun.head.pos_ == "NOUN" and noun.head.i > noun.i and doc[noun.i - 1].text != "-":
        noun = noun.head
    return noun if noun is not start else None


@rule("figure.what-noun-before-percent-of", stage="figure.counted-noun", priority=10, action="resolve",
      why="'economic growth of 7.1%': the growth (but 'rise by an average of 4%' is the rise).",
      examples=["Tarrow reported economic growth of 7.1% last year."],
      counter=["Prices in Tarrow will rise by an average of 4%."])
def _noun_before_percent_of(noun: Token, ent: Span, per: list[Token]) -> Token | None:
    head = noun.head
    if _percent_sign(noun) and noun.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN":
        return head.head if head.head.lower_ not in words("amount_nouns") else None
    return None


@rule("figure.what-object-moved-by-percent", stage="figure.counted-noun", priority=20, action="resolve",
      why="'to raise road spending by 12%': the spending, expanded.",
      examples=["Tarrow council plans to raise road spending by 12%."])
def _object_moved_by_percent(noun: Token, ent: Span, per: list[Token]) -> Done | None:
    verb = noun.head.head
    if not _percent_sign(noun) or noun.dep_ != "pobj" or noun.head.lower_ != "by" or verb.pos_ != "VERB":
        return None
    moved = next((c for c in verb.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return Done(Counted(per + _modified(moved), verb)) if moved is not None else None


@rule("figure.what-noun-of-relative-clause", stage="figure.counted-noun", priority=30, action="resolve",
      why="'the rate of unemployment, which is now 4.3%': the rate of inflation.",
      examples=["Tarrow watches the rate of unemployment, which is now 4.3%."])
def _noun_of_relative_clause(noun: Token, ent: Span, per: list[Token]) -> Token | None:
    be = noun.head if _percent_sign(noun) and noun.dep_ == "attr" else None
    if be is not None and be.lemma_ == "be" and be.dep_ == "relcl" and be.head.pos_ == "NOUN":
        return be.head
    return None


@rule("figure.what-subject-moved-to-currency", stage="figure.counted-noun", priority=40, action="resolve",
      why="'shares dropped to 3.10 euros', 'debts will increase to 90m euros': the subject and its verb.",
      examples=["Shares in Tarrow Bank dropped to 3.10 euros."])
def _subject_moved_to_currency(noun: Token, ent: Span, per: list[Token]) -> Done | None:
    if noun.lower_ not in CURRENCY_WORDS or noun.dep_ != "pobj" or noun.head.lower_ not in ("to", "from"):
        return None
    moved = _subject_and_verb(noun.head.head)
    return Done(Counted(per + moved, None)) if moved else None


@rule("figure.what-noun-before-currency-of", stage="figure.counted-noun", priority=50, action="resolve",
      why="'debts of 14bn euros': the debts.",
      examples=["Tarrow Bank has debts of 14bn euros."])
def _noun_before_currency_of(noun: Token, ent: Span, per: list[Token]) -> Token | None:
    head = noun.head
    if noun.lower_ not in CURRENCY_WORDS or noun.dep_ != "pobj" or head.lower_ != "of" or head.head.pos_ != "NOUN":
        return None
    return head.head if not any(c.dep_ == "prep" and c.lower_ == "of" for c in noun.children) else None


Words = tuple[list[Token], Token]  # the words that say what is counted, and the noun they end at


@rule("figure.what-noun-after-number-dash", stage="figure.counted-words", priority=10, action="extend",
      why="'a 6,000-vote majority': the majority, in votes.",
      examples=["Ana Ruiz won Dunmore with a 6,000-vote majority."])
def _noun_after_number_dash(found: Words, ent: Span) -> Words | None:
    words_, noun = found
    doc = noun.doc
    if noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.i == ent.end + 1 and doc[ent.end].text == "-":
        return words_ + [noun.head], noun.head
    return None


@rule("figure.what-hyphenated-noun", stage="figure.counted-words", priority=20, action="extend",
      why="'Six mini-markets', parsed apart: the whole hyphenated noun.",
      examples=["Dunmore Mills will open six mini-markets."])
def _hyphenated_noun(found: Words, ent: Span) -> Words | None:
    words_, noun = found
    doc, start = noun.doc, noun
    while noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ and not doc[noun.i + 1].whitespace_:
        words_ = words_ + [doc[noun.i + 1], doc[noun.i + 2]]
        noun = doc[noun.i + 2]
    return (words_, noun) if noun is not start else None


@rule("figure.what-verb-after-noun", stage="figure.counted-words", priority=30, action="extend",
      why="'400 patients waiting for operations', '60 people arrested': the -ing or -ed clause right after the noun.",
      examples=["Dunmore hospital has 400 patients waiting for operations.", "Police said 60 people arrested after the Dunmore march were freed."])
def _verb_after_noun(found: Words, ent: Span) -> Done | None:
    words_, noun = found
    right = next(noun.rights, None)
    if right is None or right.dep_ != "acl" or right.tag_ not in ("VBG", "VBN") or right.i != noun.i + 1:
        return None
    clause = [t for t in right.subtree if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct][:5]
    while clause[-1].pos_ in ("ADP", "CCONJ", "DET"):
        clause.pop()  # "released as part of a": not a dangling "of a"
    return Done((words_ + clause, noun))


@rule("figure.what-of-or-in-after-noun", stage="figure.counted-words", priority=40, action="extend",
      why="'hostages in captivity', 'of the state's corporate holdings': what the noun is of or in.",
      examples=["Tarrow will sell 15% of the state's corporate holdings."])
def _of_or_in_after_noun(found: Words, ent: Span) -> Words | None:
    words_, noun = found
    prep = next((r for r in noun.rights if r.dep_ == "prep" and r.lower_ in ("of", "in")), None)
    if prep is None:
        return None
    kept = [t for t in prep.subtree if not _left_out_of_what(t, ent)]  # "of the state's holdings": of state holdings
    one_of = [t for n, t in enumerate(kept) if not (t.pos_ == "ADP" and n + 1 < len(kept) and kept[n + 1].pos_ == "ADP")]
    words_ = words_ + one_of[:5]  # "sale of [15%] of": one "of"
    while words_ and words_[-1].pos_ in ("ADP", "CCONJ", "DET"):
        words_.pop()  # "salary of [£25,000]": not a dangling "of"
    return words_, noun


def _left_out_of_what(t: Token, ent: Span) -> bool:
    """The number itself, currencies, punctuation, other numbers, determiners."""
    return (
        ent.start <= t.i < ent.end
        or t.is_currency
        or t.is_punct
        or _numeral(t)
        or t.lower_ in CURRENCY_WORDS
        or t.dep_ in ("det", "case")
    )


@rule("figure.what-verb-of-counted-noun", stage="figure.what", priority=10, action="extend",
      why="'Seven branches will be closed': the verb the counted noun is the subject or object of; not 'have' or 'be', "
          "which tell nothing of it ('the choir has 40 singers' counts singers, not 'has singers').",
      examples=["Dunmore Mills closed 400 shops."],
      counter=["The Elmshire choir has 40 singers and a harpist."])
def _verb_of(noun: Token) -> Token | None:
    anchor = noun
    while anchor.dep_ == "conj":
        anchor = anchor.head
    if anchor.dep_ not in ("nsubj", "nsubjpass", "dobj") or anchor.head.lemma_.lower() in ("have", "be"):
        return None
    return anchor.head


def _subject_noun(verb: Token, passive: bool = False) -> Token | None:
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"), None)


def _subject_and_verb(verb: Token) -> list[Token]:
    """"total debts" + "increase" for a sum a verb moves something to: the noun subject (with its
    modifiers) and the verb, or nothing."""
    subject = _subject_noun(verb, passive=True) if verb.pos_ == "VERB" else None
    return [] if subject is None else _modified(subject) + [verb]


def _changed(head: Token) -> Token | None:
    """What a sum "from" or "to" is the level of: the noun it follows ("a threshold of £X" aside),
    or the object of the verb it follows ("raise the threshold to £X")."""
    if head.pos_ == "NOUN" and head.lower_ not in CURRENCY_WORDS:
        return head
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None


# --- figure.veto-spelled: small counts in words (only these go through the stage) ----------


def _spelled_small(ent: Span, value: float) -> bool:
    """A count below ten written in words: "four", "Seven"."""
    return not any(ch.isdigit() for ch in ent.text) and ent.label_ == "CARDINAL" and value < 10


@rule("figure.veto-spelled-counting-nothing", stage="figure.veto-spelled", priority=10, action="veto",
      why="'one', 'four' counting nothing named: not a key figure.",
      examples=["Tom Hale said four of them had left Dunmore."])
def _spelled_counting_nothing(ent: Span, value: float, noun_words: list[Token]) -> bool:
    return not noun_words


@rule("figure.veto-spelled-one", stage="figure.veto-spelled", priority=20, action="veto",
      why="'one pupil asked': one of something is not a key figure.",
      examples=["One pupil asked Ana Ruiz about the Dunmore plan."])
def _spelled_one(ent: Span, value: float, noun_words: list[Token]) -> bool:
    return value == 1


@rule("figure.veto-spelled-before-hyphen", stage="figure.veto-spelled", priority=30, action="veto",
      why="'one-man shows', 'a five-year plan': a small number in words joined to a noun is a description.",
      examples=["Ana Ruiz sold her six-bed house in Tarrow for £2m."])
def _spelled_before_hyphen(ent: Span, value: float, noun_words: list[Token]) -> bool:
    doc = ent.doc
    return ent.end + 1 < len(doc) and doc[ent.end].text == "-"


@rule("figure.veto-spelled-two-or-three", stage="figure.veto-spelled", priority=40, action="veto",
      why="'two firms signed', 'three top bosses stood down': not a key figure (but 'Three hostages and 90 prisoners').",
      examples=["Three top bosses at Dunmore Mills stood down."],
      counter=["Three guards and 75 inmates were freed in Tarrow."])
def _spelled_two_or_three(ent: Span, value: float, noun_words: list[Token]) -> bool:
    return value in (2, 3) and not _beside_a_count(ent)


@rule("figure.veto-spelled-span-of-time", stage="figure.veto-spelled", priority=50, action="veto",
      why="'jailed for five years', 'up to two years in jail': a short span written in words is a detail, not a key"
          " figure (a term in digits, '35 years in jail', is kept).",
      examples=["Tom Hale, who ran a Dunmore scam, was jailed for five years."],
      counter=["Tom Hale could get up to 35 years in jail if found guilty."])
def _spelled_span_of_time(ent: Span, value: float, noun_words: list[Token]) -> bool:
    return ent[-1].lower_ in words("time_unit_plurals")


def _beside_a_count(ent: Span) -> bool:
    """Whether a small spelled count stands in a list of counts ("Three hostages and 90
    prisoners were freed"): another number in the same noun phrase list."""
    doc, sent = ent.doc, sent_of(ent[0])
    after = doc[ent.end : min(sent.end, ent.end + 6)]
    return any(t.lower_ == "and" for t in after) and any(t.like_num and t.i > ent.end for t in after)


# --- figure.what: the words that say what a figure counts ----------------------------------


def _what(ent: Span, number: Token, noun_words: list[Token], verb: Token | None, last: tuple[Span, str] | None) -> str:
    own_sign = range(ent.start, ent.end + 1)  # the figure's own sign, not another share's ("45 percent ..., while 35 percent")
    noun_words = [t for t in noun_words if not (_bare_percent_sign(t) and t.i in own_sign)]  # "22 percent" counts no percents
    parts = [t.text for t in noun_words]
    counted_at = {t.i for t in noun_words}
    if verb is not None:
        phrase = [t.text for t in _verb_phrase(verb)
                  if not (t.like_num or t.is_currency or t.lower_ in _SCALES or t.is_punct or ent.start <= t.i < ent.end
                          or _bare_percent_sign(t) and t.i in own_sign or t.i in counted_at)]  # not the counted words again
        if noun_words and verb.i < noun_words[0].i:
            parts = phrase[:1] + parts  # "claimed ... lives"
        else:
            parts += phrase  # "earned $10m (£19.2m)": the verb, not the sums again
    if verb is not None and not noun_words and parts == [verb.text]:
        parts += _phrase_after_the_sum(verb, ent) or []
    if not any(len(p) >= 3 and p.isalpha() for p in parts):
        parts = _clause_what(ent) or []
    paid = _paid_for(ent, number) or []
    if " ".join(paid) not in " ".join(parts):  # "got for roads": not "for roads" twice
        parts += paid
    parts = [p for p in parts if p.lower().rstrip(".") not in _SCALES]  # not the "m" of "£20m" (nor "m." at an end)
    while len(parts) > 1 and parts[-1].lower() in words("dangling_words"):
        parts.pop()  # "arrived at a hospital in the": a phrase cut short ends at a word that says something
    while len(parts) > 1 and parts[0] in ("’s", "'s"):
        parts.pop(0)  # "the owner’s $5bn fortune", its owner parsed apart: not "’s fortune"
    return _conversion_of(ent, last) or _CLITIC_SPACE.sub("", " ".join(parts)).strip()


_CLITIC_SPACE = re.compile(r" (?=(?:'|’)s\b|n't\b|n’t\b)")  # "Tom Hale 's plan" -> "Tom Hale's plan"


def _verb_phrase(verb: Token) -> list[Token]:
    out = [verb]
    for child in verb.rights:
        if child.dep_ in _VERB_PHRASE_DEPS:
            phrase = [t for t in child.subtree if not t.is_punct and not _another_item(t, child)][:6]
            while phrase and phrase[-1].dep_ == "compound" and phrase[-1].head not in phrase:
                phrase.pop()  # "in San [Diego]": a name cut short goes
            out += phrase
            break
    return out


def _another_item(tok: Token, top: Token) -> bool:
    """Whether `tok` is in another item of a list hung on `top` ("cost $2.9 million, one in X that
    cost $1.2 million and another ...": not "one in X")."""
    while tok.i != top.i and tok.head.i != tok.i:
        if tok.dep_ in ("appos", "conj", "cc"):
            return True
        tok = tok.head
    return False


@rule("figure.what-clause", stage="figure.what", priority=20, action="extend",
      why="When no noun is counted, the clause says what a number measures: its verb and subject ('Pay is to go up by £1,250');"
          " not a bare form of 'be' ('There have been 58 closures, with 31 still in force').",
      examples=["Child benefit in Tarrow is to rise by £1,250."],
      counter=["There have been 58 closures in Dunmore, with 31 still in force."])
def _clause_what(ent: Span) -> list[str] | None:
    tok = ent.root
    if tok.lower_.rstrip(".") in _SCALES:  # "£138m": the number, not its scale word
        tok = next((t for t in ent if t.like_num), tok)
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") and tok.lower_ not in _SCALES or tok.head.i == tok.i:
            break
        tok = tok.head  # past a scale word the model calls a verb ("£20m")
    if tok.pos_ not in ("VERB", "AUX"):
        return None
    found: list[str] = []
    subject = subject_of(tok)
    if subject is not None and subject.pos_ in _NOUNS:
        found += [t.text for t in subject.subtree if t.i <= subject.i and not t.is_punct and t.pos_ != "DET"][-3:]
    if not found and tok.lemma_ == "be" and not _comparative(ent):
        return None  # 'There have been 58 X, with 31 still in force': a bare 'been' says nothing of what is counted
    found.append(tok.text)
    if len(found) == 1:
        found += _phrase_after_the_sum(tok, ent) or []
    return found + [w for w in _comparative(ent) or [] if w not in found]  # "15 million fewer people have": "fewer" once


@rule("figure.what-verb-and-its-phrase", stage="figure.what", priority=25, action="extend",
      why="'it is spending $100,000 in the last five days before the vote': a verb alone says little of what a sum is;"
          " the verb's phrase right after the sum, in the source's words up to a comma, says more.",
      examples=["The Dunmore Fund said it is spending $100,000 in the last five days before the vote."],
      counter=["Child benefit in Tarrow is to rise by £1,250."])
def _phrase_after_the_sum(verb: Token, ent: Span) -> list[str] | None:
    doc = ent.doc
    prep = next((c for c in verb.children if c.dep_ == "prep" and c.i == ent.end), None)
    if prep is None or prep.lower_ == "for":
        return None  # what a sum is for: figure.what-paid-for
    words_: list[str] = []
    for t in doc[prep.i : prep.right_edge.i + 1]:
        if t.is_punct or len(words_) == 8:
            break
        words_.append(t.text)
    return words_ if len(words_) >= 2 else None


@rule("figure.what-comparative-after-number", stage="figure.what", priority=30, action="extend",
      why="'Women earn 19% less', 'is worth $17bn': the comparative after the number says which way.",
      examples=["Women in Tarrow earn 19% less than men."])
def _comparative(ent: Span) -> list[str] | None:
    modifier = ent.root.head
    if modifier.pos_ in ("ADJ", "ADV") and (modifier.i > ent.end - 1 or modifier.lower_ == "worth"):
        return [modifier.text]
    return None


@rule("figure.what-paid-for", stage="figure.what", priority=40, action="extend",
      why="'£5,000 for presenting the show': what a sum is for.",
      examples=["Tom Hale was paid £5,000 for presenting the show in Dunmore."])
def _paid_for(ent: Span, number: Token) -> list[str] | None:
    for node in (number, number.head):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "for" and child.i == ent.end:
                return [t.text for t in child.subtree][:4]
    return None


@rule("figure.what-conversion-in-brackets", stage="figure.what", priority=50, action="alias",
      why="'$17bn (£9.1bn; 745bn rupees)': the same sum in other money counts what the figure before it counts.",
      examples=["Tarrow Bank will pay 40m euros ($52m; £28m) in fines."],
      counter=["Dunmore Mills earned $10m last year and paid £2m in tax."])
def _conversion_of(ent: Span, last: tuple[Span, str] | None) -> str | None:
    if last is None or ent.label_ != "MONEY":
        return None
    doc, (prev, what) = ent.doc, last
    between = doc[prev.end : ent.start]
    opened = any(t.text == "(" for t in doc[max(prev.start - 2, 0) : prev.start]) or any(t.text == "(" for t in between[:2])
    if len(between) and opened and all(_conversion_glue(t) for t in between):
        return what
    return None


def _conversion_glue(t: Token) -> bool:
    """What stands between a sum and its conversions: brackets, currency, other sums."""
    return t.text in _CONVERSION_GLUE or t.ent_type_ == "MONEY" or bool(_SCALED.fullmatch(t.text)) or t.lower_ in CURRENCY_WORDS


# --- figure.source, figure.dedupe ------------------------------------------------------------


@rule("figure.source-according-to", stage="figure.source", priority=10, action="attribute-speaker",
      why="'according to Tarrow health officials': who gives the figures of that sentence.",
      examples=["At least 40 people died, according to Tarrow health officials."])
def _according_to(sent: Span) -> str | None:
    source = according_to(list(sent))
    if source is None:
        return None
    span = sent.doc[source.left_edge.i : source.right_edge.i + 1]
    return " ".join(span.text.split()).strip(" ,")


@rule("figure.dedupe-same-number-same-thing", stage="figure.dedupe", priority=10, action="veto",
      why="A number the article gives twice for the same thing is one figure, as first given.",
      examples=["Dunmore Mills may restate earnings by up to $7bn. It was obliged to restate $7bn in earnings."])
def _once_each(figures: list[FoundFigure]) -> list[FoundFigure] | None:
    out: list[FoundFigure] = []
    kept: dict[float, list[set[str]]] = {}  # value -> the words of each figure kept with it
    for f in figures:
        found = content_words(f.what)
        if not any(found & other for other in kept.get(f.value, [])):
            out.append(f)
            kept.setdefault(f.value, []).append(found)
    return out if len(out) < len(figures) else None
