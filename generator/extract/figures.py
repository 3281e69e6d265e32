"""Numbers the story reports: the number as written, its value, what it counts, and who
gives it ("according to Palestinian health authorities")."""

from __future__ import annotations

import re
from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from generator.extract.dates import MONTH_NAMES
from generator.extract.lexicon import phrases
from generator.extract.quotes import according_to, subject_of
from generator.extract.sentences import sent_of, text_of
from generator.extract.textindex import Ranges
from generator.textsim import content_words

LABELS = ("CARDINAL", "MONEY", "PERCENT", "QUANTITY")
_WORD_VALUES = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90, "hundred": 100, "dozen": 12,
}
_SCALES = {"thousand": 1e3, "million": 1e6, "m": 1e6, "mn": 1e6, "billion": 1e9, "bn": 1e9, "trillion": 1e12}
_PENCE = re.compile(r"\d+(?:\.\d+)?p")
_SCALED = re.compile(r"\d+(?:\.\d+)?(?:bn|m|tn)")
_AMOUNT_NOUNS = frozenset({"average", "total", "maximum", "minimum"})  # "rise by an average of 4%": the rise, not the average
CURRENCY_WORDS = frozenset({"euros", "euro", "pounds", "dollars", "rupees", "yen", "francs", "marks"})
_NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?|\.\d+")


@dataclass
class FoundFigure:
    value: float
    text: str
    what: str
    attributed_to: str | None
    sentence: Span


def parse_value(text: str) -> float | None:
    """'at least 1,139' -> 1139; '$2.5bn' -> 2.5e9; 'Three' -> 3; 'hundreds' -> None."""
    lowered = text.lower()
    m = _NUMBER.search(lowered)
    if m:
        value = float(m.group().replace(",", ""))
        rest = lowered[m.end() :].split()
        tail = re.match(r"[a-z]+", lowered[m.end() :].strip())
        scale = tail.group() if tail else (rest[0] if rest else "")
        return value * _SCALES.get(scale, _SCALES.get(scale.removesuffix("s"), 1) if len(scale) > 4 else 1)  # "£22 billions"
    tokens = re.findall(r"[a-z]+", lowered)
    if not tokens or tokens[-1] in ("hundreds", "thousands", "millions", "dozens", "billions"):
        return None
    if "point" in tokens[1:]:  # "two point four per cent": 2.4
        at = tokens.index("point")
        whole = parse_value(" ".join(tokens[:at]))
        digits = [_WORD_VALUES.get(t) for t in tokens[at + 1 :] if t not in ("per", "cent", "percent")]
        if whole is None or not digits or any(d is None or d > 9 for d in digits):
            return None
        return whole + float("0." + "".join(str(d) for d in digits))
    value = 0.0
    found = False
    for tok in tokens:
        if tok in _WORD_VALUES:
            n = _WORD_VALUES[tok]
            value = value * n if n in (100,) and value else value + n
            found = True
        elif tok in _SCALES and found:
            value *= _SCALES[tok]
    return value if found else None


def _counted(number: Token, ent: Span) -> tuple[list[Token], Token | None]:
    """The noun a number counts and the verb it is the subject or object of."""
    head = number.head
    per = [t for c in number.children if c.dep_ == "npadvmod" for t in c.subtree if not t.is_punct]  # "a week"
    # "its 280 MPs were 12 short of the number": an adjective after the number says what it is
    per += [
        t for c in number.children if c.dep_ == "amod" and c.pos_ == "ADJ" and c.i > number.i and any(p.dep_ == "prep" for p in c.children)
        for t in list(c.subtree)[:5] if not t.is_punct
    ]
    scaled = number.dep_ == "amod" and bool(_SCALED.fullmatch(number.text))  # "11bn euros", parsed as an adjective
    # "Seven branches will be closed", parsed as "Seven" the subject of a verb "branches": a
    # count above one never takes a verb in -s, so it is a plural noun
    misparsed = number.dep_ == "nsubj" and head.i == number.i + 1 and head.tag_ == "VBZ" and number.lower_ not in ("one", "1")
    doc = number.doc
    if head.ent_type_ == "DATE" and number.dep_ == "nummod" and number.i + 1 < len(doc) and doc[number.i + 1].tag_ == "NNS":
        head = doc[number.i + 1]  # "In March 30 people", parsed as a day of March
    strong = number.i + 3 < len(doc) and doc[number.i + 1].text == "-" and doc[number.i + 2].lower_ == "strong" and doc[number.i + 3].pos_ == "NOUN"
    if strong:
        head = doc[number.i + 3]  # "a 12-strong panel": the panel
    # "£20 bn cuts", the parse broken by the spaced scale word: the plural noun after the sum
    before_noun = ent[-1].lower_ in _SCALES and ent[-1].whitespace_ and ent.end < len(doc) and doc[ent.end].tag_ == "NNS"
    if before_noun:
        head, strong = doc[ent.end], True
    if (number.dep_ in ("nummod", "quantmod", "compound", "nmod") or scaled) and head.pos_ in ("NOUN", "PROPN") or misparsed or strong:
        noun = head
    elif number.dep_ == "npadvmod" and head.lower_ == "worth" and head.head.pos_ == "NOUN":
        noun = head.head  # "tax breaks worth £2bn": the breaks
    elif number.dep_ == "pobj" and head.lower_ == "of" and head.head.pos_ == "NOUN" and (
        ent.label_ in ("MONEY", "PERCENT", "QUANTITY") or any(ch.isdigit() for ch in ent.text)
    ):
        noun = head.head  # "a salary of £25,000", "a workforce of 75,000" (not "a grandfather of four")
    elif number.dep_ == "pobj" and head.lower_ in ("from", "to") and _changed(head.head) is not None:
        noun = _changed(head.head)  # "raise the stamp duty threshold from £60,000": the threshold
    elif number.dep_ == "attr" and head.lemma_ == "be" and _subject_noun(head) is not None and not per:
        noun = _subject_noun(head)  # "Maybury's yearly sales are $9.2bn": the sales
    elif number.dep_ == "pobj" and head.lower_ in ("at", "to") and _subject_and_verb(head.head):
        return per + _subject_and_verb(head.head), None  # "the target has been set at 3.5 million"
    elif number.dep_ in ("nsubj", "nsubjpass", "dobj", "pobj", "attr"):
        verb = head if head.pos_ in ("VERB", "AUX") else None
        after = doc[ent.end] if ent.end < len(doc) else None
        if after is not None and after.lower_ == "in" and ent.label_ == "MONEY" and verb is not None and after.head in (verb, number):
            counted = next((c for c in after.children if c.dep_ == "pobj"), None)  # "made £5m in profits"
            if counted is not None and not counted.ent_type_:  # not "earned $10m in the third quarter"
                return per + [t for t in counted.lefts if t.dep_ in ("compound", "amod")] + [counted], verb
        return per, verb
    else:
        return [], None
    if noun.text == "%" and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and noun.head.head.lower_ not in _AMOUNT_NOUNS:
        noun = noun.head.head  # "economic growth of 7.1%": the growth
    elif noun.text == "%" and noun.dep_ == "pobj" and noun.head.lower_ == "by" and noun.head.head.pos_ == "VERB":
        moved = next((c for c in noun.head.head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
        if moved is not None:  # "to expand public spending by 30%": the spending, expanded
            return per + [t for t in moved.lefts if t.dep_ in ("compound", "amod")] + [moved], noun.head.head
    be = noun.head if noun.text == "%" and noun.dep_ == "attr" else None
    if be is not None and be.lemma_ == "be" and be.dep_ == "relcl" and be.head.pos_ == "NOUN":
        noun = be.head  # "the rate of inflation, which is now 2.1%": the rate of inflation
    moved = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ in ("to", "from") else None
    if noun.lower_ in CURRENCY_WORDS and moved is not None and _subject_and_verb(moved):
        return per + _subject_and_verb(moved), None  # "shares dropped to 3.10 euros", "debts will increase to 90m euros"
    if noun.lower_ in CURRENCY_WORDS and noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.pos_ == "NOUN" and not any(
        c.dep_ == "prep" and c.lower_ == "of" for c in noun.children
    ):
        noun = noun.head.head  # "debts of 14bn euros": the debts
    words = per + [t for t in noun.lefts if t.dep_ in ("compound", "amod") and not (ent.start <= t.i < ent.end)]
    words.append(noun)
    if noun.dep_ == "compound" and noun.head.i == noun.i + 1 and noun.i == ent.end + 1 and doc[ent.end].text == "-":
        noun = noun.head  # "a 6,000-vote majority": the majority, in votes
        words.append(noun)
    while noun.i + 2 < len(doc) and doc[noun.i + 1].text == "-" and not noun.whitespace_ and not doc[noun.i + 1].whitespace_:
        words += [doc[noun.i + 1], doc[noun.i + 2]]  # "Six mini-markets", parsed apart
        noun = doc[noun.i + 2]
    for right in noun.rights:  # "hostages in captivity", "people of Gaza", "patients waiting for operations"
        if right.dep_ == "acl" and right.tag_ == "VBG" and right.i == noun.i + 1:
            words += [t for t in right.subtree if t.ent_type_ not in ("DATE", "TIME") and not t.is_punct][:5]
            break
        if right.dep_ == "prep" and right.lower_ in ("of", "in"):
            kept = [
                t for t in right.subtree
                if not (ent.start <= t.i < ent.end or t.is_currency or t.is_punct or _numeral(t) or t.lower_ in CURRENCY_WORDS or t.dep_ in ("det", "case"))
            ]  # "of the state's corporate holdings": of state corporate holdings
            words += [t for n, t in enumerate(kept) if not (t.pos_ == "ADP" and n + 1 < len(kept) and kept[n + 1].pos_ == "ADP")][:5]  # "sale of [15%] of": one "of"
            while words and words[-1].pos_ in ("ADP", "CCONJ", "DET"):
                words.pop()  # "salary of [£25,000]": not a dangling "of"
            break
    anchor = noun
    while anchor.dep_ == "conj":
        anchor = anchor.head
    verb = anchor.head if anchor.dep_ in ("nsubj", "nsubjpass", "dobj") else None
    return words, verb


def _subject_noun(verb: Token, passive: bool = False) -> Token | None:
    deps = ("nsubj", "nsubjpass") if passive else ("nsubj",)
    return next((c for c in verb.children if c.dep_ in deps and c.pos_ == "NOUN"), None)


def _subject_and_verb(verb: Token) -> list[Token]:
    """"total debts" + "increase" for a sum a verb moves something to: the noun subject (with its
    modifiers) and the verb, or nothing."""
    subject = _subject_noun(verb, passive=True) if verb.pos_ == "VERB" else None
    if subject is None:
        return []
    return [t for t in subject.lefts if t.dep_ in ("compound", "amod")] + [subject, verb]


def _changed(head: Token) -> Token | None:
    """What a sum "from" or "to" is the level of: the noun it follows ("a threshold of £X" aside),
    or the object of the verb it follows ("raise the threshold to £X")."""
    if head.pos_ == "NOUN" and head.lower_ not in CURRENCY_WORDS:
        return head
    if head.pos_ == "VERB":
        return next((c for c in head.children if c.dep_ == "dobj" and c.pos_ == "NOUN"), None)
    return None


def _bracketed_share(ent: Span) -> list[Token] | None:
    """"the French government (15%)": a share in brackets after a name is that holder's."""
    doc = ent.doc
    if ent.label_ != "PERCENT" or ent.start < 2 or ent.end >= len(doc) or doc[ent.start - 1].text != "(" or doc[ent.end].text != ")":
        return None
    holder = doc[ent.start - 2]
    if holder.pos_ not in ("NOUN", "PROPN"):
        return None
    return [t for t in holder.subtree if t.i <= holder.i and not t.is_punct and t.pos_ != "DET" and t.dep_ != "case"]


def _verb_phrase(verb: Token) -> list[Token]:
    out = [verb]
    for child in verb.rights:
        if child.dep_ in ("prt", "oprd", "acomp", "dobj", "xcomp", "prep") and child.dep_ != "punct":
            out += [t for t in child.subtree if not t.is_punct][:6]
            break
    return out


def _according_to(sent: Span) -> str | None:
    source = according_to(list(sent))
    if source is None:
        return None
    span = sent.doc[source.left_edge.i : source.right_edge.i + 1]
    return " ".join(span.text.split()).strip(" ,")


def _clause_what(ent: Span) -> list[str]:
    """When no noun is counted, what the number measures is the clause it sits in: the verb,
    its subject, and a comparative after the number ("Women ... earn 19% less" -> "Women earn
    less"; "Maternity pay ... is to rise by £1,400" -> "Maternity pay rise")."""
    tok = ent.root
    if tok.lower_.rstrip(".") in _SCALES:  # "£138m": the number, not its scale word
        tok = next((t for t in ent if t.like_num), tok)
    for _ in range(5):
        if tok.pos_ in ("VERB", "AUX") and tok.lower_ not in _SCALES or tok.head is tok:
            break
        tok = tok.head  # past a scale word the model calls a verb ("£20m")
    if tok.pos_ not in ("VERB", "AUX"):
        return []
    words: list[str] = []
    subject = subject_of(tok)
    if subject is not None and subject.pos_ in ("NOUN", "PROPN"):
        words += [t.text for t in subject.subtree if t.i <= subject.i and not t.is_punct and t.pos_ != "DET"][-3:]
    words.append(tok.text)
    modifier = ent.root.head
    if modifier.pos_ in ("ADJ", "ADV") and (modifier.i > ent.end - 1 or modifier.lower_ == "worth"):  # "is worth $17bn"
        words.append(modifier.text)
    return words


def _names_something(ent: Span) -> bool:
    """A number that is part of a name or reference, not a count: "FTSE 100", "section 5"."""
    if ent.text in phrases("government_seats"):
        return True  # "the doors of Number 10"
    before = ent.doc[ent.start - 1] if ent.start else None
    return before is not None and before.pos_ in ("NOUN", "PROPN") and before.ent_type_ != "DATE" and ent[0].like_num  # not "In May 30 people"


def find_figures(doc: Doc, quotes: list[tuple[int, int]]) -> list[FoundFigure]:
    out: list[FoundFigure] = []
    last: tuple[Span, str] | None = None
    in_quotes = Ranges(quotes)
    sources: dict[int, str | None] = {}  # sentence start -> who gives its figures ("according to ...")
    for ent in sorted([e for e in doc.ents if e.label_ in LABELS] + _untagged_sums(doc), key=lambda e: e.start):
        quoted = in_quotes.holding(ent.start_char)
        if quoted and (len(text_of(doc)[slice(*quoted)].split()) >= SHORT_QUOTE or not any(t.is_digit for t in ent)):
            continue  # a speaker's own figures; but a short quoted phrase ('had "risen by 20%"') reports one
        spaced = ent.label_ == "MONEY" and ent.end < len(doc) and doc[ent.end].lower_ in ("bn", "m", "mn")  # "£35 bn"
        if ent.end < len(doc) and doc[ent.end].lower_.rstrip(".") in _SCALES and (not doc[ent.end - 1].whitespace_ or spaced):
            ent = Span(doc, ent.start, ent.end + 1, label=ent.label_)  # "£2.5" + "m"
        value = parse_value(ent.text)
        if value is None or _names_something(ent) or _day_of_month(ent) or _fraction(ent) or _age(ent):
            continue
        number = next((t for t in reversed(ent) if _numeral(t)), ent.root)
        if ent.start <= number.head.i < ent.end and number.head.lower_ in _SCALES:
            number = ent.root  # "2.5" of "£2.5m": the phrase's head stands for the number
        while number.dep_ == "conj" and ent.start <= number.head.i < ent.end:
            number = number.head  # "between £25,000 and £35,000": the range's first number
        share = _bracketed_share(ent)
        noun_words, verb = (share, None) if share else _counted(number, ent)
        spelled = not any(ch.isdigit() for ch in ent.text) and ent.label_ == "CARDINAL" and value < 10
        if spelled and (not noun_words or value == 1 or ent.end + 1 < len(ent.doc) and ent.doc[ent.end].text == "-"):
            continue  # "one", "four" counting nothing named, "one pupil asked", or "one-man shows": not a key figure
        if spelled and value in (2, 3) and not _beside_a_count(ent):
            continue  # "two firms signed", "three top bosses stood down": not a key figure (but "Three hostages and 90 prisoners")
        parts = [t.text for t in noun_words]
        if verb is not None:
            phrase = [t.text for t in _verb_phrase(verb) if not (t.like_num or t.is_currency or t.lower_ in _SCALES or t.is_punct)]
            if noun_words and verb.i < noun_words[0].i:
                parts = phrase[:1] + parts  # "claimed ... lives"
            else:
                parts += phrase  # "earned $10m (£19.2m)": the verb, not the sums again
        parts = [p for p in parts if p != "%"]
        if not any(len(p) >= 3 and p.isalpha() for p in parts):
            parts = _clause_what(ent)
        parts += _paid_for(ent, number)
        parts = [p for p in parts if p.lower().rstrip(".") not in _SCALES]  # not the "m" of "£20m" (nor "m." at an end)
        what = " ".join(parts).strip()
        converted = _conversion_of(ent, last)
        if converted is not None:
            what = converted  # "$17bn (£9.1bn; 745bn Indian rupees)": the same sum in other money
        if not what:
            continue
        text = " ".join(ent.text.split()).removesuffix(".") if ent[-1].lower_.rstrip(".") in _SCALES else " ".join(ent.text.split())
        sent = sent_of(ent)
        if sent.start not in sources:
            sources[sent.start] = _according_to(sent)
        for each in _range_values(ent, value):  # "between £25,000 and £35,000": both ends
            out.append(FoundFigure(each, text, what, sources[sent.start], sent))
        last = (ent, what)
    return _once_each(out)


def _beside_a_count(ent: Span) -> bool:
    """Whether a small spelled count stands in a list of counts ("Three hostages and 90
    prisoners were freed"): another number in the same noun phrase list."""
    doc, sent = ent.doc, sent_of(ent[0])
    after = doc[ent.end : min(sent.end, ent.end + 6)]
    return any(t.lower_ == "and" for t in after) and any(t.like_num and t.i > ent.end for t in after)


def _conversion_of(ent: Span, last: tuple[Span, str] | None) -> str | None:
    """What the figure before counts, when this one is its conversion in brackets right after it."""
    if last is None or ent.label_ != "MONEY":
        return None
    doc, (prev, what) = ent.doc, last
    between = doc[prev.end : ent.start]
    opened = any(t.text == "(" for t in doc[max(prev.start - 2, 0) : prev.start]) or any(t.text == "(" for t in between[:2])
    if len(between) and opened and all(
        t.text in ("(", ";", ",", "$", "£", "€") or t.ent_type_ == "MONEY" or _SCALED.fullmatch(t.text) or t.lower_ in CURRENCY_WORDS for t in between
    ):  # "40m euros ($52m; £28m)"
        return what
    return None


def _numeral(tok: Token) -> bool:
    """A number as written: "1,139", "£2.5" or one with its scale or unit run on ("11bn", "10.75p")."""
    return tok.like_num or bool(_SCALED.fullmatch(tok.text) or _PENCE.fullmatch(tok.text))


SHORT_QUOTE = 10  # words


FRACTIONS = frozenset({"half", "halves", "third", "thirds", "quarter", "quarters", "fifth", "fifths", "tenth", "tenths"})


def _age(ent: Span) -> bool:
    """"aged over 19", "at the age of 62", "left school at 15": an age, not a key figure."""
    doc = ent.doc
    before = [t.lower_ for t in doc[max(0, ent.start - 3) : ent.start]]
    # "left school at 15": a bare small number after "at", counting nothing
    bare_at = before[-1:] == ["at"] and ent.label_ == "CARDINAL" and ent.text.isdigit() and int(ent.text) < 120 and not (
        ent.end < len(doc) and doc[ent.end].pos_ in ("NOUN", "PROPN") or ent.end < len(doc) and doc[ent.end].text == "%"
    )
    return "aged" in before or before[-2:] == ["age", "of"] or bare_at


def _fraction(ent: Span) -> bool:
    """"nearly two-thirds of people": a share written in words, not the number two."""
    doc = ent.doc
    after = doc[ent.end + 1] if ent.end + 1 < len(doc) and doc[ent.end].text == "-" else None
    return any(t.lower_ in FRACTIONS for t in ent) or after is not None and after.lower_ in FRACTIONS


def _day_of_month(ent: Span) -> bool:
    """"on 5 May", the day tagged a number: a date."""
    doc = ent.doc
    return ent.label_ == "CARDINAL" and ent.end < len(doc) and doc[ent.end].is_title and doc[ent.end].lower_ in MONTH_NAMES and ent[-1].is_digit and int(ent[-1].text) <= 31



def _untagged_sums(doc: Doc) -> list[Span]:
    """Sums the model leaves untagged or calls a date, an ordinal or a product: "10.75p",
    "200p", "11bn euros", "4bn"."""
    out = []
    for t in doc:
        if t.ent_type_ in LABELS or t.like_num or not _numeral(t):
            continue
        end = t.i + 2 if t.i + 1 < len(doc) and doc[t.i + 1].lower_ in CURRENCY_WORDS else t.i + 1
        out.append(Span(doc, t.i, end, label="MONEY"))
    for t in doc[1:]:  # "the £5,000 damages": a currency sign before a number the model left untagged
        well_formed = "," not in t.text or re.fullmatch(r"\d{1,3}(?:,\d{3})+(?:\.\d+)?", t.text)  # not a typo "£135,00"
        if doc[t.i - 1].is_currency and t.like_num and well_formed and not t.ent_type_ and not doc[t.i - 1].ent_type_:
            end = t.i + 2 if t.i + 1 < len(doc) and doc[t.i + 1].lower_.rstrip(".") in _SCALES and not t.whitespace_ else t.i + 1
            out.append(Span(doc, t.i - 1, end, label="MONEY"))
    for ent in doc.ents:  # "Since 1990 12 branches have closed": a count the model ran into a year
        if ent.label_ == "DATE" and len(ent) >= 2 and re.fullmatch(r"(?:1[89]|20)\d\d", ent[-2].text) and ent[-1].is_digit and len(ent[-1]) <= 3:
            out.append(Span(doc, ent.end - 1, ent.end, label="CARDINAL"))
    return out


def _once_each(figures: list[FoundFigure]) -> list[FoundFigure]:
    """A number the article gives twice for the same thing is one figure, as first given:
    "could restate earnings by up to $9bn ... forced to restate $9bn in earnings"."""
    out: list[FoundFigure] = []
    kept: dict[float, list[set[str]]] = {}  # value -> the words of each figure kept with it
    for f in figures:
        words = content_words(f.what)
        if not any(words & other for other in kept.get(f.value, [])):
            out.append(f)
            kept.setdefault(f.value, []).append(words)
    return out


def _range_values(ent: Span, first: float) -> list[float]:
    """The values a figure gives: one, or both ends of a range written in one expression."""
    doc = ent.doc
    joins = [
        t for t in ent
        if t.i > ent.start and (t.lower_ in ("and", "to") or t.text in ("-", "–") and doc[t.i - 1].is_digit and t.i + 1 < len(doc) and doc[t.i + 1].is_digit)
    ]  # "between 5 and 10", "10-12"; not "Forty-three"
    if not joins or ent[0].lower_ == "up":  # "up to £35,000" is one value
        return [first]
    second = parse_value(doc[joins[-1].i + 1 : ent.end].text)
    return [first] if second is None or second == first else [first, second]


def _paid_for(ent: Span, number: Token) -> list[str]:
    """What a sum is for: "£5,000 for presenting the show" -> ["for", "presenting", "the", "show"]."""
    for node in (number, number.head):
        for child in node.children:
            if child.dep_ == "prep" and child.lower_ == "for" and child.i == ent.end:
                return [t.text for t in child.subtree][:4]
    return []
