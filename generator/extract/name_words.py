"""Small helpers that both the person-name and the organization code of `mentions` use."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import phrases, words, words_of
from generator.extract.sentences import columns_of, span_text
from generator.extract.textindex import occurrences

POSSESSIVE = phrases("possessive_endings")  # in this order: "'s" before "'"


@cache
def synonyms() -> dict[str, frozenset[str]]:
    """Name -> every name of that organization (data/org_synonyms.txt)."""
    groups = [frozenset(line.split("|")) for line in phrases("org_synonyms")]
    return {name: group for group in groups for name in group}


def fronted_speech_verb(tok: Token) -> bool:
    """A speech verb in the past written with a capital, as one opening a sentence before its
    subject ("Added Hale, ...", "Countered Ruiz: ..."), whatever the parse tagged it."""
    low = tok.lower_
    if not tok.text[:1].isupper() or not tok.is_alpha:
        return False
    if low in ("said", "wrote"):
        return True
    lemmas = words("speech_verbs")
    return low.endswith("ed") and any(low[:-k] in lemmas for k in (1, 2, 3))


# Nouns for people ("his lawyer", "her brother", "an official"), besides titles.
PERSON_NOUNS = words_of("kin_nouns", "unnamed_people", "spokespeople", "unnamed_sources", "staff_nouns", "epithet_nouns")


def title_word(tok: Token) -> bool:
    """A title word or its plural ("MP", "MPs", "secretaries")."""
    titles = words("titles")
    return tok.lower_ in titles or tok.lower_.removesuffix("s") in titles or tok.tag_ == "NNS" and tok.lemma_.lower() in titles


@lru_cache(maxsize=1024)  # asked for every name on a line, and a line holds many
def _title_case_words(line: str) -> list[str] | None:
    """The words of `line` when it is written in title case: each capitalized but for the short words title
    case leaves small (data/title_case_small_words.txt: 'for', 'in', 'the'), and not mostly in capitals (page
    furniture, 'LISTEN TO ARTICLE ...': rule name.in-a-line-of-capitals); else None."""
    words_on = [w for w in line.split() if w[:1].isalpha()]
    small = words("title_case_small_words")
    if not words_on or not words_on[0][0].isupper() or not all(w[0].isupper() or w in small for w in words_on[1:]):
        return None
    return None if 2 * sum(len(w) > 1 and w.isupper() for w in words_on) >= len(words_on) else words_on


def is_title_case_headline(line: str) -> bool:
    """A line of five words or more in title case, at least one capitalized common word past the first ('Tarn
    Bank Hires Staff To Fix Sales', 'Ana Ruiz Calls Out the Board for Its Silence'): a headline, whose capitals
    say nothing of names. Not a line mostly in capitals nor a name alone."""
    words_on = _title_case_words(line)
    if words_on is None or len(words_on) < 5:
        return False
    return any(w[0].isupper() and w.lower() in words("stop_words") and len(w) > 1 for w in words_on[1:])


def is_short_title_line(line: str) -> bool:
    """A line of two to six words in title case with no full stop at its end ('Pier Tolls Rise Again', 'Seven
    Days in Tarrow', '4. Harbour Rules'): a subheading or a short headline, where capitals say nothing of names.
    Not a line mostly in capitals."""
    words_on = _title_case_words(line)
    return words_on is not None and 2 <= len(words_on) <= 6 and not line.rstrip().endswith((".", ":", ","))


_SPACES = re.compile(r"\s+")


def name_text(span: Span) -> str:
    text = span_text(span)
    if text.endswith(")") and "(" not in text:  # 'Tarrow Times)' of '(as reported by the Tarrow Times)…'
        text = text[:-1]
    if text.find(" (") > 0:  # 'Ana Ruiz (@anaruiz' of a post's signature: a name ends before a bracket
        text = text[: text.find(" (")]
    for p in POSSESSIVE:
        if text.endswith(p) and len(text) > len(p) + 1:
            text = text[: -len(p)]
    text = re.sub(r"(?<=\w)\] ", " ", text)  # 'told [Speaker Tom] Hale': an editor's square bracket inside a quotation
    return _SPACES.sub(" ", text).strip()


def leader_before_what_they_lead(span: Span) -> bool:
    """'the Hale administration', 'the Vale campaign', 'the Vale presidential campaign': one capitalized word, not a
    party's, before what a person leads and is named for (data/led_by_a_person.txt), with a lowercase adjective or two
    between — the surname of the leader."""
    doc = span.doc
    end = span.end
    while end < len(doc) and end < span.end + 2 and doc[end].is_lower and doc[end].pos_ == "ADJ":
        end += 1  # "the Vale presidential campaign", "the Hale reelection campaign"
    return (
        len(span) == 1 and end < len(doc) and span[0].is_title
        and span[0].lower_ not in words("party_adjectives") and doc[end].lower_ in words("led_by_a_person")
    )


def after_patronymic(name: str) -> bool:
    """'Khalid bin Nasser': a name whose last word follows a lowercase "son of" (data/patronymic_particles.txt),
    the parent's name, which alone names the parent, not them."""
    parts = name.split()
    return len(parts) >= 3 and parts[-2] in words("patronymic_particles")


def after_lowercase_prefix(word: str) -> str | None:
    """'Rashid' of 'al-Rashid': a name's part after a lowercase prefix and a hyphen, else None."""
    prefix, dash, rest = word.partition("-")
    return rest if dash and prefix.isalpha() and prefix.islower() and rest[:1].isupper() else None


_AGENCY_CREDIT = re.compile(r"(?:^|\s)[A-Z]{2,}(?: [A-Z]{2,})?/ ?[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}$")  # "REUTERS/Jo Orme", "REUTERS/ Jo Orme"


_LABELLED_CREDIT = re.compile(r"[.!?”\"’')]\s+(\w+)(?: (?:credit|source))?:\s+[^.:!?“”\"]{2,80}$", re.IGNORECASE)
# "... on Monday. Photograph: Tom Hale/Tarrow Wire": a picture's noun (data/photo_nouns.txt) and a colon after the
# caption's last sentence, then the credit


def is_photo_caption(line: str) -> bool:
    """`line` (a line of the article, as written) is a picture's caption, page furniture: it ends in the
    picture's credit (`photo_credit_start`) or opens with the photographer's (`opening_photo_credit_end`)."""
    return photo_credit_start(line) is not None or opening_photo_credit_end(line) is not None


def photo_credit_start(line: str) -> int | None:
    """Where the picture's credit that ends `line` (a line of the article, as written) begins, else None: a credit in
    brackets, with 'photo' or a slash ('... on Monday. (Tarrow Wire Photo/Tom Hale)'), an agency's name in capitals
    and a slash before the photographer's ('... on Monday. DUNMORE WIRE/Tom Hale', also with a space after the
    slash), or a picture's noun and a colon before the credit ('... on Monday. Photograph: Tom Hale/Tarrow Wire')."""
    line = line.rstrip()
    if agency := _AGENCY_CREDIT.search(line):
        return agency.start()
    labelled = _LABELLED_CREDIT.search(line)
    if labelled is not None and labelled.group(1).lower() in words("photo_nouns"):
        return labelled.start(1)
    opened = line.rfind("(")
    if not line.endswith(")") or opened < 0:
        return None
    credit = line[opened + 1 : -1]
    if len(credit) > 100 or "://" in credit or "(" in credit:
        return None
    return opened if "photo" in credit.casefold() or "/" in credit else None


_PICTURE_LABEL = re.compile(r"\s*(?:\w+\s+)?(\w+)\s*:")  # "PHOTO:", "FILE PHOTO:"
_OPENING_CREDIT = re.compile(
    r"\s*(?!The )(?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w'’-]+(?: and (?:[A-Z][\w.'’-]* ){1,3}[A-Z][\w'’-]+)?/"
)  # "Kim Tarrant/", "Kim Tarrant and Jo Hale/": the names of those who made the picture


def opening_photo_credit_end(line: str) -> int | None:
    """Where the photographer's credit that opens `line` ends, the rest of the line being the picture's caption: a
    name, a slash and outlets joined by slashes, each an outlet's name ('The Dunmore Monitor', data/outlet_words.txt),
    an agency (data/picture_agencies.txt, or in capitals) or a word of credits ('Staff', 'File';
    data/picture_credit_words.txt): 'Kim Tarrant/The Dunmore Monitor Tom Hale speaks in Tarrow.', 'Kim
    Tarrant/AP/File Tom Hale ...'; or the whole line, a graphic's credit ('Kim Tarrant and Jo Hale/Staff')."""
    name = _OPENING_CREDIT.match(line)
    if name is None:
        return None
    at = name.end()
    while True:
        segment = _credit_segment(line, at)
        if segment is None:
            return None
        at = segment
        if line.startswith("/", at):
            at += 1
            continue
        if not line[at:].strip():
            return at  # "Kim Tarrant and Jo Hale/Staff", a credit line of its own (a graphic's)
        return at if line.startswith(" ", at) and line[at + 1 : at + 2].isupper() else None


def _credit_segment(line: str, at: int) -> int | None:
    """The end of one outlet of a credit that starts at `at`, else None."""
    words_ = re.match(r"[\w.&'’-]+(?: [\w.&'’-]+){0,5}", line[at:])
    if words_ is None:
        return None
    parts = words_.group().split(" ")
    first = parts[0].lower().rstrip(".")
    if parts[0] == "The":  # "The Dunmore Monitor": up to the outlet's last word
        ends = [k for k, w in enumerate(parts) if k and w.lower() in words("outlet_words")]
        return at + len(" ".join(parts[: ends[0] + 1])) if ends else None
    credit_words = words("picture_credit_words")
    if first in words("picture_agencies") or first in credit_words or parts[0].isupper() and len(parts[0]) > 1:
        taken = 2 if len(parts) > 1 and parts[1].lower() in credit_words else 1  # "Getty Images"
        return at + len(" ".join(parts[:taken]))
    return None


def opens_with_picture_label(line: str) -> bool:
    """`line` (the start of a line of the article, as written) opens with a picture's label and a
    colon ('FILE PHOTO: Tom Hale speaks ...', data/photo_nouns.txt): the picture's caption."""
    label = _PICTURE_LABEL.match(line)
    return label is not None and label.group(1).lower() in words("photo_nouns")


_FOLDED_BOX = re.compile(r"^.{0,120}?\S Show Hide \S")  # a box's title, then its two buttons as the page wrote them


_HANDLE_AT_END = re.compile(r"\(@\w+\)\s*$")
HANDLE = re.compile(r"\(@\w+\)")
SIGNATURE_DATE = re.compile(r"[\s)]*\w+\.? \d{1,2},? \d{4}\s*")  # "(@tomhale) March 3, 2025": a post's signed date


def post_signature(line: str) -> tuple[str, int] | None:
    """'Thank you! — Tom Hale (@tomhale)': the post's text and where the author's name starts,
    for a line ending in a handle with a name between the last dash and it. A linear scan: a
    paragraph-long line must not cost the square of its length."""
    handle = _HANDLE_AT_END.search(line)
    if handle is None:
        return None
    dash = max(line.rfind("—", 0, handle.start()), line.rfind("–", 0, handle.start()))
    name = line[dash + 1 : handle.start()]
    text = line[:dash].strip() if dash >= 0 else ""
    if not text or not name.strip() or any(c in name for c in "()"):
        return None
    return text, dash + 1 + len(name) - len(name.lstrip())


_FOLLOW_NAME_ON = re.compile(r"(?:^|[.!?]\s+)Follow (?:[A-Z][\w.'-]* ){1,3}on [A-Z]")  # "Follow Lena Park on Chatterly", a sentence


def is_page_note(line: str) -> bool:
    """`line` (a line of the article, as written) is a note of the page, not of the story: 'Image
    source: ...', '... Follow her on ...' or '... Follow Lena on Chatterly', 'Why the ferry failed Read more',
    a box folded shut ('Quick guide Why did the ferry stop? Show Hide ...') (data/page_note_starts.txt,
    page_note_phrases.txt, page_note_ends.txt; page_note_marks.txt, as written)."""
    if line.strip(" (").split(" ", 1)[0] in phrases("page_note_marks"):
        return True  # "CLOSE Ana Ruiz speaks in Tarrow": a video's caption, not "Close to 200 ..."
    if _FOLDED_BOX.search(line):
        return True  # "Q&A Why did the ferry stop? Show Hide ...": the outlet's explainer box, folded, and its writer
    if _FOLLOW_NAME_ON.search(line):
        return True  # "... Follow Lena on Chatterly: @lenapark": the writer's own line
    line = line.strip(" (").casefold()
    if line.split(" ", 1)[0] in words("page_note_first_words"):
        return True
    if line.rstrip(" .").endswith(phrases("page_note_ends")):
        return True
    return line.startswith(phrases("page_note_starts")) or any(p in line for p in phrases("page_note_phrases"))


def past_party_tag(doc: Doc, i: int) -> int:
    """Past a US party-and-state tag after a name ("X, R-Miss., the chairman", "X (D-N.Y.)",
    "X (D–Ore.)" with an en dash); `i` itself when there is none."""
    j = i + (1 if i < len(doc) and doc[i].text == "(" else 0)
    if j + 2 < len(doc) and doc[j].text in phrases("party_letters") and doc[j + 1].text in ("-", "–"):
        for k in range(j + 2, min(j + 8, len(doc))):
            if doc[k].text in (",", ")"):
                return k + 1 + (1 if doc[k].text == ")" and k + 1 < len(doc) and doc[k + 1].text == "," else 0)
    return i


def bracketed_party_tag_at(doc: Doc, i: int) -> bool:
    """Whether a US party-and-state tag in brackets opens at token `i` ("(D–Ore.)")."""
    return i < len(doc) and doc[i].text == "(" and past_party_tag(doc, i) > i


def told_at_clause_end(doc: Doc, start: int, end: int) -> bool:
    """The words `start`..`end` stand right after 'told' (or 'told the') and end the clause at a full stop or a colon:
    '..., she told Quillfeather.', 'he told Quillfeather: "..."', where news names the outlet it was told to."""
    before = start - 1 if start > 0 and doc[start - 1].lower_ == "the" else start
    if before == 0 or doc[before - 1].lower_ != "told" or end >= len(doc) or doc[end].text not in (".", ":"):
        return False
    return all(t.is_title or t.is_upper for t in doc[start:end])


def used_as_a_body(doc: Doc, name: str) -> bool:
    """'Laurel Pruitt, which ...', 'Laurel Pruitt said it ...', 'Laurel Pruitt's profits ... its': the article refers to
    the name as a thing somewhere."""
    column = columns_of(doc).lower
    for start, end in occurrences(doc, name):
        span = doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            continue
        nxt = column[span.end : span.end + 5]
        if "which" in nxt[:2] or "its" in nxt or "it" in nxt[:3]:
            return True
    return False
