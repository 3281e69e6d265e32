"""Who is mentioned where: people and organizations in one parsed article.

Built from spaCy's NER and the parse, then repaired the way news text needs:
- titles, ranks and honorifics are stripped from names ("Lt. Gen. Avi Levin"), and what each
  name the model tagged is decided by the rules in names.py;
- a surname alone is linked to the full name given earlier ("Levin" -> Avi Levin), also
  where the model tagged the surname as an organization or missed it;
- a proper name beside an organization noun is an organization ("the opposition party X");
- "Tarrow Defence Forces (TDF)" makes TDF an alias, and an acronym of a known name joins it;
- he / she / his / her and a relative "who" resolve to the person last named as a subject.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import phrases, words, words_of
from generator.extract.name_words import (
    HANDLE,
    SIGNATURE_DATE,
    is_page_note,
    is_photo_caption,
    leader_before_what_they_lead,
    opens_with_picture_label,
    post_signature,
)
from generator.extract.names import (  # noqa: F401 (shared with the organization and pronoun code, and other modules)
    POSSESSIVE,
    SEAT_HOLDERS,
    Article,
    Found,
    Single,
    Singles,
    Surnames,
    after_kin,
    _clean_text,
    _honored_surnames,
    titled_surnames,
    _synonyms,
    _untagged_appositive_names,
    cut_at_name_given_elsewhere,
    full_name_after_honorific,
    full_name_after_lowercase_title,
    full_name_after_title,
    name_text,
    nicknames_of,
    one_person_two_spellings,
    one_person_with_and_without_a_generation,
    seat_tokens,
    surname_after_honorific,
    another_given_name_before,
    surname_alone,
    surname_before_a_junior,
    surname_before_its_namesakes,
    surname_keeps_its_person,
    one_word_name_again,
    one_word_person_tagged_elsewhere,
    title_word,
)
from generator.extract.pronouns import SUBJECT_DEPS, _genders, _resolve_pronouns, _told_genders, antecedent  # noqa: F401 (SUBJECT_DEPS: for roles.py)
from generator.extract.organizations import (
    _add_organizations,
    _cited_outlets,
    _named_institutions,
    _names_spelled_by_acronyms,
    _org_noun_spans,
    _organizations_named_like_people,
    _parties_named_by_members,
    _stations,
)
from generator.extract.rules import rule
from generator.extract.sentences import columns_of, ents_of, line_of, span_text, text_of, tokens_of
from generator.extract.textindex import occurrences



@dataclass
class Entity:
    kind: str  # "person" or "org"
    name: str
    aliases: set[str] = field(default_factory=set)
    ranks: list[str] = field(default_factory=list)
    partial: bool = False  # a single name never given in full in this article
    addressed: bool = False  # written after an honorific at least once ("Lord X")


@dataclass(frozen=True)
class Mention:
    start: int  # token index
    end: int
    key: str
    kind: str
    pronoun: bool = False
    in_quote: bool = False


class Mentions:
    """Entities of one article and the token spans that mention them."""

    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.entities: dict[str, Entity] = {}
        self._by_token: dict[int, Mention] = {}
        self._sorted: list[Mention] = []
        self._starts: list[int] = []
        self.genders: dict[str, str] = {}  # person key -> "m" or "f", where the text tells
        self.told_genders: dict[str, str] = {}  # the same where the text says it (honorific, kin noun), not a name list
        self.quoted: Callable[[int], bool] = lambda char: False  # whether a character offset is inside a quotation
        self.described: dict[int, str] = {}  # token of a title standing for someone ("The Tory leader said") -> person
        self._first: dict[tuple[str, str, bool], int] = {}  # (key, kind, pronoun) -> where it is first mentioned so
        self._of_kind: dict[str, tuple[list[int], list[Mention]]] = {}  # kind -> its mentions' starts, and them
        self._last_words: dict[str, dict[str, set[str]]] = {}  # kind -> last word -> keys
        self._described_sorted: tuple[dict[int, str], list[int], list[tuple[int, str]]] | None = None

    def _reindex(self, kept: list[Mention]) -> None:
        """The index rebuilt from `kept` alone."""
        self._by_token, self._sorted, self._starts, self._first = {}, [], [], {}
        self._of_kind.clear()
        self._last_words.clear()
        for m in kept:
            self.add(m)

    def reresolve_pronouns(self, described: dict[int, str]) -> bool:
        """Resolve pronouns again, now also after titles standing for someone; whether any
        pronoun now means someone else."""
        before = {m.start: m.key for m in self._sorted if m.pronoun}
        self.described = described
        kept = [m for m in self._sorted if not m.pronoun]
        self._reindex(kept)
        _resolve_pronouns(self.doc, self, self.quoted)
        return before != {m.start: m.key for m in self._sorted if m.pronoun}

    def _described_between(self, lo: int, hi: int) -> list[tuple[int, str]]:
        """The titles standing for someone at tokens lo <= i < hi, in token order."""
        cached = self._described_sorted
        if cached is None or cached[0] is not self.described:
            items = sorted(self.described.items())
            cached = self._described_sorted = (self.described, [i for i, _ in items], items)
        _, at, items = cached
        return items[bisect_left(at, lo) : bisect_left(at, hi)]

    def rekey(self, keys: dict[str, str], kind: str) -> None:
        """Every mention of `kind` of a key in `keys` now of the key it maps to (one body named
        two ways, joined after every name is indexed)."""
        kept = [replace(m, key=keys[m.key]) if m.kind == kind and m.key in keys else m for m in self._sorted]
        self._reindex(kept)

    def drop(self, keys: set[str]) -> None:
        """The entities of `keys` gone, and every mention of them (people named only in a picture's caption)."""
        kept = [m for m in self._sorted if m.key not in keys]
        for key in keys:
            self.entities.pop(key, None)
        self._reindex(kept)

    def taken(self, start: int, end: int) -> bool:
        return any(i in self._by_token for i in range(start, end))

    def add(self, mention: Mention) -> None:
        if self.taken(mention.start, mention.end):
            return
        for i in range(mention.start, mention.end):
            self._by_token[i] = mention
        at = bisect_left(self._starts, mention.start)
        self._starts.insert(at, mention.start)
        self._sorted.insert(at, mention)
        first = (mention.key, mention.kind, mention.pronoun)
        self._first[first] = min(self._first.get(first, mention.start), mention.start)
        self._of_kind.clear()
        self._last_words.clear()

    @property
    def mentions(self) -> list[Mention]:
        return self._sorted

    def at(self, token: Token) -> Mention | None:
        return self._by_token.get(token.i)

    def in_span(self, start: int, end: int, kind: str | None = None) -> list[Mention]:
        found = self._sorted[bisect_left(self._starts, start) : bisect_left(self._starts, end)]
        return found if kind is None else [m for m in found if m.kind == kind]

    def named_before(self, key: str, kind: str, before: int, pronouns: bool = True) -> bool:
        """Whether `key` has a mention of `kind` starting before token `before` (a pronoun's
        too, unless `pronouns` is false): `any(m.key == key for m in in_span(0, before, kind))`."""
        starts = [self._first.get((key, kind, False)), self._first.get((key, kind, True)) if pronouns else None]
        return any(s is not None and s < before for s in starts)

    def keys_ending_in(self, word: str, kind: str) -> set[str]:
        """Keys of several words mentioned as `kind` whose last word, lower case, is `word`."""
        table = self._last_words.get(kind)
        if table is None:  # built when first asked after a change
            table = self._last_words[kind] = {}
            for key, kind_, _ in self._first:
                if kind_ == kind and len(key.split()) > 1:
                    table.setdefault(key.split()[-1].lower(), set()).add(key)
        return table.get(word, set())

    def last_before(self, before: int, kind: str) -> Mention | None:
        """The last mention of `kind` starting before token `before`."""
        of_kind = self._of_kind.get(kind)
        if of_kind is None:  # built when first asked after a change
            found = [m for m in self._sorted if m.kind == kind]
            of_kind = self._of_kind[kind] = ([m.start for m in found], found)
        n = bisect_left(of_kind[0], before)
        return of_kind[1][n - 1] if n else None

    def antecedent(self, before: int, gender: str | None = None) -> str | None:
        """The person a pronoun at token `before` most likely means (see pronouns.py)."""
        return antecedent(self, before, gender)

    def only_the_teller(self, key: str, start: int, end: int) -> bool:
        """Whether tokens `start`..`end` name `key` only as the one who tells what another person
        did ("Tom Hale watched the hearing, Sarah Voss said"), by name or pronoun: a source, not
        someone the story is about (not '"We owe them a debt," he said': his own words)."""
        told = [m for m in self.in_span(start, end) if m.key == key and not m.in_quote]
        for m in told:
            name = self.doc[m.start : m.end].root
            verb = name.head
            if name.dep_ != "nsubj" or verb.lemma_.lower() not in words("speech_verbs"):
                return False
            reported = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
            subjects = [s for c in reported for s in c.children if s.dep_ in ("nsubj", "nsubjpass")]
            others = [o for s in subjects if (o := self.at(s)) is not None and o.kind == "person" and o.key != key]
            if not others or any(self.quoted(s.idx) for s in subjects):
                return False  # what someone else did, told outside quotation marks
        return bool(told)


SENTENCE_ENDS = (".", "?", "!")
FINITE_VERB_TAGS = ("VBD", "VBZ", "VBP", "MD")
DASHES_AND_BULLETS = "-–—•* \t"


def _line_sentences(doc: Doc) -> list[Span]:
    """The sentences of `doc`, a sentence the model split inside a line without a full stop
    ("Dunmore" + "Post writer Lena Park contributed ...") joined again."""
    joined: list[Span] = []
    for sent in doc.sents:
        last = doc[sent.start - 1] if joined else None
        if last is not None and last.text not in SENTENCE_ENDS and "\n" not in last.text_with_ws:
            joined[-1] = doc[joined[-1].start : sent.end]
        else:
            joined.append(sent)
    return joined


@rule("name.credit-line", stage="name.pass", priority=30, action="veto",
      why="A staff credit line ('Lena Park contributed to this report.', 'Reporting by Jo Hale; Editing by Ana Ruiz', "
          "a video's 'Interview by Lena Park.' and 'Camera by Kim Tarrant.') names those who made the story, not people in it.",
      examples=["Tom Hale said the vote was close.\nLena Park contributed to this report.",
                "Tom Hale said the vote was close.\nInterview by Lena Park. Camera by Kim Tarrant.",
                "Tom Hale said the vote was close.\n\nKim Tarrant contributed.",
                "Tom Hale said the vote was close.\nReporting by Ana Ruiz; Editing by Lena Park",
                "Tom Hale said the vote was close.\n—With additional reporting by Ana Ruiz and Lena Park.",
                "Tom Hale said the vote was close.\nWith Tarrow Herald wires"],
      counter=["Reporting by the Dunmore Post showed that Tom Hale had lied.",
               "Tom Hale said the vote was close. Kim Tarrant contributed.",
               "Tom Hale said the vote was close.\nWith Tarrow Herald reporters on strike, the paper ran wires."])
def credit_line(sent: Span) -> int | None:
    """Where the credit in `sent` ends (a token index), else None."""
    text = span_text(sent).lower()
    if _CONTRIBUTED.fullmatch(text.strip(DASHES_AND_BULLETS + ".")) and _whole_line(sent):
        return sent.end  # "Kim Tarrant contributed.", a line of its own
    if text.lstrip(DASHES_AND_BULLETS).startswith(phrases("credit_line_starts")):
        end = sent.end
        while end < len(sent.doc) and "\n" not in sent.doc[end - 1].whitespace_ and "\n" not in sent.doc[end - 1].text:
            end += 1  # the credit runs to the end of the line ("Reporting by Jo Hale;" + "Editing by ...")
        told = any(t.tag_ in FINITE_VERB_TAGS for t in sent.doc[sent.start : end])  # "Reporting by X showed that ..."
        return None if told else end
    if _WIRES_CREDIT.fullmatch(text.strip(DASHES_AND_BULLETS + ".")):
        return sent.end  # "With Tarrow Herald wires": the outlet's own wire copy, no body of the story
    return sent.end if any(p in text for p in phrases("credit_line_ends")) else None


_WIRES_CREDIT = re.compile(r"with (?:[\w.’'&-]+ ){1,4}wires")
_CONTRIBUTED = re.compile(r"(?:[\w.’'-]+ ){1,3}(?:and (?:[\w.’'-]+ ){1,3})?contributed")


def _whole_line(sent: Span) -> bool:
    """Whether `sent` is a line of its own: a line break (or the text's edge) on either side."""
    doc = sent.doc
    before = sent.start == 0 or "\n" in doc[sent.start - 1].text_with_ws
    after = sent.end == len(doc) or "\n" in doc[sent.end - 1].text_with_ws or doc[sent.end].is_space and "\n" in doc[sent.end].text
    return before and after


@rule("name.credit-paragraph", stage="name.pass", priority=34, action="veto",
      why="'The Post's Lena Park reported from Tarrow. Jo Hale wrote from Dunmore. Kim Tarrant contributed to this "
          "report.': in the paragraph a credit line ends, a sentence before it that says no more than that someone "
          "reported or wrote from somewhere (data/credit_verbs.txt) names the story's writers too.",
      examples=["Tom Hale said the vote was close.\nThe Dunmore Post's Lena Park reported from Tarrow and Jo Marr from "
                "Elmton. Kim Tarrant contributed to this report."],
      counter=["Tom Hale said the vote was close.\nLena Park reported from Tarrow that the count was wrong. Kim "
               "Tarrant contributed to this report."])
def credit_paragraph(sent: Span) -> bool:
    """`sent`, in a paragraph a credit line ends, only says where a writer reported from."""
    root = sent.root
    said = any(c.dep_ in ("dobj", "ccomp", "xcomp", "advcl") for c in root.children)
    return root.lemma_ in words("credit_verbs") and not said and any(c.lower_ == "from" for c in root.subtree)


@rule("name.photo-credit", stage="name.pass", priority=31, action="veto",
      why="'REUTERS/Kim Tarrant' (or 'REUTERS/ Kim Tarrant'), 'Lena Park/Tarrow Post', '(Photo: Kim Tarrant, Tarrow Post)', 'Photo by Kim Tarrant': "
          "a name joined by a slash to an outlet (not before a lowercase word: 'a Tarrow/Elmco poll'), or after a photo noun "
          "and a colon or 'by', or on a line that credits a picture ('toggle caption Kim Tarrant for Tarrow Radio', "
          "data/photo_credit_line_starts.txt), is a photo credit, not a person or a body in the story (data/photo_nouns.txt).",
      examples=["Tom Hale speaks in Tarrow on Monday. REUTERS/Kim Tarrant The council met on Monday.",  # a caption run into the story
                "Tom Hale speaks in Tarrow on Monday. REUTERS/ Kim Tarrant The council met on Monday.",
                "Tom Hale speaks in Tarrow on Monday. (Photo: Kim Tarrant, Tarrow Post) Voters queued in Elmton.",
                "Tom Hale speaks in Tarrow on Monday. (Tarrow Wire Photo/Juan Carlos Quenby, File) Voters queued in Elmton.",
                "Tom Hale speaks in Tarrow on Monday.\ntoggle caption Kim Tarrant for Dunmore Radio\nThe vote is on Friday."],
      counter=["Tom Hale showed a photo of Kim Tarrant on Monday.",
               "If both win, a Dunmore Herald/Marlow national opinion poll shows Ana Ruiz ahead.",
               "Most farmers back the plan, a new TBC/Hale Radio Hour/Marlow survey says.",
               "Most farmers back the plan, according to a Dunmore Today/Elm Research Center poll."])
def photo_credit(span: Span) -> bool:
    doc, start, end = span.doc, span.start, span.end
    k = end
    while k < len(doc):
        if "/" in (doc[k].text, doc[k - 1].text) and not doc[k - 1].whitespace_:
            k += 1
            continue
        j = k
        while j < len(doc) and _chained_word(doc, j):
            j += 1  # 'Elm Radio Hour' of 'Tarrow/Elm Radio Hour/Marlow', crossed only up to a slash
        if j == k or j == len(doc) or doc[j].text != "/" or doc[j - 1].whitespace_:
            if j < len(doc) and doc[j].is_lower and doc[j].lemma_ in words("poll_words"):
                k = j  # past the chain's last name: 'Tarrow/Elm Research Center poll'
            break
        k = j
    if k < len(doc) and doc[k].is_lower and doc[k].pos_ in ("NOUN", "ADJ"):
        return False  # 'a Tarrow/Elmco opinion poll', 'a Tarrow/Elm Radio/Marlow poll': bodies joined by slashes before what they made
    inside = any(t.text == "/" and not t.whitespace_ and not doc[t.i - 1].whitespace_ for t in span[1:-1])
    first = start
    while first > max(0, start - 2) and doc[first - 1].is_title and doc[first - 1].is_alpha and doc[first - 1].whitespace_:
        first -= 1  # "Photo/Ana Luisa Ruiz" when the model tagged "Luisa Ruiz"
    prev = doc[first - 1].text if first > 0 else ""
    before = prev == "/" and not doc[first - 1].whitespace_ or len(prev) > 2 and prev[-1] == "/" and prev[:-1].isupper()  # "REUTERS/ X"
    after = end < len(doc) and doc[end].text == "/" and not doc[end - 1].whitespace_
    credited = start > 1 and doc[start - 1].lower_ in (":", "by") and doc[start - 2].lower_ in words("photo_nouns")
    line = line_of(span).casefold()
    credit_line = line.lstrip().startswith(phrases("photo_credit_line_starts"))
    return inside or before or after or credited or credit_line


def _chained_word(doc: Doc, k: int) -> bool:
    """A capitalized word inside a chain of names joined by slashes ('Elm Radio' of 'Tarrow/Elm Radio/Marlow')."""
    return doc[k].text[:1].isupper() and doc[k - 1].text != "/" and doc[k - 1].text[:1].isupper()


@rule("name.byline", stage="name.pass", priority=32, action="veto",
      why="A line of nothing but names ('Ana Ruiz and Tom Hale', 'By Lena Park', '— Lena Park' signing an item of a "
          "running story, 'By Lena Park, for the Tarrow Herald' with the outlet written for) is the story's byline: those who wrote it, not people in it.",
      examples=["Ana Ruiz and Tom Hale\nThe Dunmore council voted on Monday to close the pier.",
                "Lena Park\nThe Dunmore council voted on Monday to close the pier.",
                "Ruth DiMarco\nThe Dunmore council voted on Monday to close the pier.",
                "Tom Hale won the seat on Monday, his rival said. Hale thanked his voters.\n— Lena Park",
                "By Lena Park, for the Tarrow Herald\n\nThe Dunmore council voted on Monday to close the pier."],
      counter=["Ana Ruiz and Tom Hale voted on Monday to close the pier."])
def byline(line: Span) -> bool:
    """`line` (a whole line of the article) is a byline."""
    toks = [t for t in line if not t.is_space]
    while toks and toks[0].text in DASHES_AND_BULLETS:
        toks = toks[1:]  # "— Lena Park": an item's writer, signed at its end
    named = sum(t.ent_type_ == "PERSON" for t in toks) >= 2
    given = len(toks) in (2, 3) and toks[0].lower_ in words_of("first_names_male", "first_names_female")  # "Lena Park" untagged
    if toks and toks[0].lower_ == "by" and len(toks) > 3 and (comma := next((k for k, t in enumerate(toks) if t.text == ","), 0)):
        if toks[comma + 1 : comma + 2] and toks[comma + 1].lower_ == "for":
            toks = toks[: comma]  # "By Lena Park, for the Tarrow Herald": the writer, then the outlet written for
            given = len(toks) in (3, 4) and toks[1].lower_ in words_of("first_names_male", "first_names_female")
    capitalized = all(t.text[:1].isupper() and t.pos_ == "PROPN" or t.lower_ in ("and", ",", "by") for t in toks)
    return (named or given) and capitalized  # "Lena DiMarco" too


@rule("name.page-note", stage="name.pass", priority=33, action="veto",
      why="'Lena Park is a reporter for the Tarrow Herald. Follow her on ...', 'Image source: Kim Tarrant', 'NOW WATCH: ...' (a "
          "video's teaser): a line of "
          "page furniture (data/page_note_starts.txt, page_note_phrases.txt) names the writer or a credit, not a "
          "person in the story; nor does a surname of someone in the story there ('CLOSE Ana Ruiz faced candidate "
          "Tom Hale ...': no 'candidate' title for Hale); nor the writer's name ending an explainer box folded shut "
          "('Q&A Why did the ferry stop? Show Hide ... Lena Park').",
      examples=["Ana Ruiz said the ferry would run.\nLena Park is a reporter for the Tarrow Herald. Follow her on Chatterly.",
                "Ana Ruiz said the ferry would run.\nCLOSE Lena Park speaks to the crew in Tarrow on Monday.",
                "CLOSE Ana Ruiz refused to concede in a tight race with candidate Tom Hale for governor.\n\nAs Tom Hale"
                " began his move into the governor's office, Ana Ruiz's campaign pressed on.",
                "Ana Ruiz said the ferry would run.\nQuick guide Why did the Tarrow ferry stop? Show Hide The ferry's owners"
                " ran out of money in May. Lena Park",
                "Ana Ruiz said the ferry would run.\nNOW WATCH: Lena Park speaks to the crew in Tarrow",
                "Ana Ruiz said the ferry would run.\nThe Ledger is a reported column by Lena Park, a reporter who covers the port.",
                "Ana Ruiz said the ferry would run.\nLena Park is a politics reporter for the Tarrow Herald based in Dunmore. "
                "Follow Lena on Chatterly: @lenapark"],
      counter=["Ana Ruiz said the ferry would run.\nLena Park, a reporter for the Tarrow Herald, was detained.",
               "Ana Ruiz said the ferry would run.\nLena Park said the show hides nothing about the Tarrow ferry."])
def page_note(line: str) -> bool:
    """`line` (a line of the article, as written) is a note of the page, not of the story."""
    return is_page_note(line)


@rule("name.photo-caption", stage="name.pass", priority=35, action="veto",
      why="'Tom Hale greets Lena Park at the pier on Monday. (Tarrow Wire Photo/Kim Tarrant)', '... Photograph: Kim "
          "Tarrant/Tarrow Wire', 'FILE PHOTO: ...', 'Kim Tarrant/The Elmton Monitor Lena Park greets ...': a line ending in "
          "a picture's credit, in brackets or after a picture's noun and a colon, or opening with a picture's label or "
          "with the photographer's name and outlets joined by slashes, is the picture's caption, "
          "page furniture: a person named only there is not the story's (one named in the story too keeps what the "
          "caption says of them, a title; rule org.in-photo-caption reads bodies the same way).",
      examples=["Tom Hale greets Lena Park at the pier on Monday. (Tarrow Wire Photo/Kim Tarrant)\n"
                "Tom Hale won the seat on Monday.",
                "Judge Tom B. Hale greets Lena Park at the pier on Monday. (Tarrow Wire Photo/Kim Tarrant)\n"
                "Tom Hale won the seat on Monday.",
                "Tom Hale won the seat on Monday.\nFILE PHOTO: Tom Hale greets Lena Park at the pier in Elmton, May 2, 2018.",
                "Tom Hale won the seat on Monday.\nLena Park greets the crowd at the pier in Elmton. Photograph: Kim "
                "Tarrant/Tarrow Wire",
                "Tom Hale won the seat on Monday.\nKim Tarrant/The Elmton Monitor Lena Park and her husband, Jo, wait "
                "in line at the pier in Elmton."],
      counter=["Tom Hale greeted Lena Park at the pier on Monday (the crowd cheered).\nTom Hale won the seat.",
               "Tom Hale won the seat on Monday.\nLena Park kept one thing from the day, a photograph: her pier at dawn",
               "Tom Hale won the seat on Monday.\nFILE: Tom Hale greets Lena Park at the pier in Elmton."])
def photo_caption(line: str) -> bool:
    """`line` (a line of the article, as written) is a picture's caption."""
    return is_photo_caption(line) or opens_with_picture_label(line)


def _lines(doc: Doc) -> list[tuple[str, Span]]:
    """The article's lines that hold a word: as written, and as spans."""
    found, start = [], 0
    for line in text_of(doc).split("\n"):
        span = doc.char_span(start, start + len(line), alignment_mode="expand") if line.strip() else None
        if span is not None:
            found.append((line, span))
        start += len(line) + 1
    return found


def _credit_tokens(doc: Doc, lines: list[tuple[str, Span]]) -> set[int]:
    """The tokens of the article's staff credit lines (rules `name.credit-line`, `name.byline`)."""
    found: set[int] = set()
    paragraph: list[Span] = []  # the sentences of the paragraph so far
    for sent in _line_sentences(doc):
        if sent.start and "\n" in doc[sent.start - 1].text_with_ws:
            paragraph = []
        end = credit_line(sent)
        if end:
            found.update(range(sent.start, end))
            for earlier in paragraph:  # rule `name.credit-paragraph`
                if credit_paragraph(earlier):
                    found.update(range(earlier.start, earlier.end))
        paragraph.append(sent)
    for _, line in lines:
        if len(line) <= 12 and byline(line):
            found.update(range(line.start, line.end))
    return found


def _page_note_tokens(lines: list[tuple[str, Span]]) -> set[int]:
    """The tokens of the article's page notes (rule `name.page-note`; organizations have their own, `org.in-page-note`)."""
    return {i for text, span in lines if page_note(text) for i in range(span.start, span.end)}


def _named_only_in_captions(index: Mentions, lines: list[tuple[str, Span]]) -> set[str]:
    """The people every name of whom stands in a picture's caption (rule `name.photo-caption`)."""
    return _named_only_within(index, {i for text, span in lines if photo_caption(text) for i in range(span.start, span.end)})


def _named_only_within(index: Mentions, tokens: set[int]) -> set[str]:
    """The people every name of whom starts at one of `tokens` (a caption's, a post's signature): one named elsewhere by
    the same surname is the same person ('Judge Tom B. Hale' in a caption, 'Tom Hale' in the story)."""
    if not tokens:
        return set()
    outside = {m.key for m in index.mentions if m.kind == "person" and not m.pronoun and m.start not in tokens}
    surnames = {k.split()[-1] for k in outside}
    return {k for k, e in index.entities.items() if e.kind == "person" and k not in outside and k.split()[-1] not in surnames}


@rule("name.post-signature", stage="name.pass", priority=36, action="veto",
      why="'Thank you, Tarrow! — Lena Park (@lenapark) May 9, 2024': the name signing a post the page embeds is the "
          "post's author, page furniture like a caption's: one named nowhere else is not a person in the story.",
      examples=["Tom Hale, the mayor, won the seat on Monday.\n\nThank you, Tarrow! We did it together. — Lena Park "
                "(@lenapark) May 9, 2024"],
      counter=["Tom Hale, the mayor, won the seat on Monday. His rival, Lena Park, conceded.\n\nThank you, Tarrow! We did "
               "it together. — Lena Park (@lenapark) May 9, 2024"])
def post_signature_name(line: str) -> tuple[int, int] | None:
    """Where, in `line` (a line of the article as written), the name signing an embedded post stands
    (its first and its end character), for a line ending in a dash, a name, a handle and a date; else None."""
    handles = list(HANDLE.finditer(line))
    if not handles or SIGNATURE_DATE.fullmatch(line[handles[-1].end() :]) is None:
        return None
    signed = post_signature(line[: handles[-1].end()])
    return None if signed is None else (signed[1], handles[-1].start())


def _named_only_in_post_signatures(index: Mentions, lines: list[tuple[str, Span]]) -> set[str]:
    """The people every name of whom signs an embedded post (rule `name.post-signature`)."""
    doc, signing = index.doc, set()
    for text, span in lines:
        if (found := post_signature_name(text)) is not None:
            line_start = span.start_char - (len(text) - len(text.lstrip()))
            name = doc.char_span(line_start + found[0], line_start + found[1], alignment_mode="expand")
            signing.update(range(name.start, name.end) if name is not None else ())
    return _named_only_within(index, signing)


def build(doc: Doc, quotes: list[tuple[int, int]]) -> Mentions:
    """Index the people and organizations of `doc`; `quotes` are quotation char spans."""
    index = Mentions(doc)
    quote_starts = [q[0] for q in quotes]

    def in_quote(char: int) -> bool:
        i = bisect_left(quote_starts, char + 1) - 1
        return i >= 0 and quotes[i][0] <= char < quotes[i][1]

    def mention(span: Span, key: str, kind: str, pronoun: bool = False) -> None:
        index.add(Mention(span.start, span.end, key, kind, pronoun, in_quote(span.start_char)))

    seen, org_spans, people, singles = _names_and_orgs(doc)
    org_spans += _parties_named_by_members(doc) + _named_institutions(doc)
    honorific, tokens, column = words("honorifics"), tokens_of(doc), columns_of(doc)
    cued = [tokens[i] for i, lower in enumerate(column.lower[:-1]) if lower in honorific]
    titled = (full_name_after_honorific(t, seen.org_tokens) for t in cued)
    people += [(span, []) for span in titled if span is not None]
    given = words_of("first_names_male", "first_names_female")  # the rule's first test: a given name next
    capitalized = (
        tokens[i] for i, title in enumerate(column.is_title[:-1])
        if title and column.lower[i + 1] in given and column.lower[i] not in honorific
    )
    after_title = (full_name_after_title(t, seen.org_tokens) for t in capitalized)
    people += [(span, []) for span in after_title if span is not None]
    lower_titled = (tokens[i] for i, title in enumerate(column.is_title[:-1]) if not title and column.is_title[i + 1])
    after_lower_title = (full_name_after_lowercase_title(t, seen.org_tokens) for t in lower_titled)
    people += [(span, []) for span in after_lower_title if span is not None]
    found = (surname_after_honorific(t, seen.org_tokens) for t in cued)
    singles += [span for span in found if span is not None]
    lines = _lines(doc)
    credits = _credit_tokens(doc, lines)
    not_people = credits | _page_note_tokens(lines)  # organizations have their own page-note rule
    people = [(s, r) for s, r in people if not not_people.intersection(range(s.start, s.end)) and not photo_credit(s)]
    singles = [s for s in singles if not not_people.intersection(range(s.start, s.end)) and not photo_credit(s)]
    org_spans = [s for s in org_spans if not credits.intersection(range(s.start, s.end)) and not photo_credit(s)]
    _index_people(index, people, mention)

    def mention_in_story(span: Span, key: str, kind: str, pronoun: bool = False) -> None:
        if not not_people.intersection(range(span.start, span.end)):  # a credit or page note names no one again
            mention(span, key, kind, pronoun)

    _index_surnames(doc, index, mention_in_story)
    _index_singles(doc, index, singles, mention_in_story)
    addressed = {k for k, e in index.entities.items() if e.kind == "person" and (k in seen.titled or e.addressed)}
    _index_surnames(doc, index, mention_in_story, addressed)  # "President Lind", "Ms Lind": surely a person's name
    _index_words_tagged_elsewhere(doc, index, mention_in_story, addressed)  # "Lind said" where "Lind" is tagged a person elsewhere
    index.drop(_named_only_in_captions(index, lines) | _named_only_in_post_signatures(index, lines))

    seats = seen.seats
    _add_organizations(doc, index, [s for s in org_spans if not seats.intersection(range(s.start, s.end))], mention)
    index.quoted = in_quote
    index.told_genders = _told_genders(index)
    index.genders = _genders(doc, index, index.told_genders)
    _resolve_pronouns(doc, index, in_quote)
    return index


def _names_and_orgs(doc: Doc) -> tuple[Article, list[Span], list[tuple[Span, list[str]]], list[Span]]:
    """Each entity the model tagged, decided by the rules of stage `name.entity`: the article's
    facts about names, organization spans, full names (with ranks) and one-word names."""
    # Organizations named beside an organization noun win over the model's PERSON guess.
    seats = seat_tokens(doc)
    org_spans: list[Span] = list(_org_noun_spans(doc)) + _cited_outlets(doc) + _names_spelled_by_acronyms(doc) + _stations(doc)
    org_tokens = {i for s in org_spans for i in range(s.start, s.end)}
    honored = _honored_surnames(doc)
    org_names = {ent.text for ent in ents_of(doc) if ent.label_ == "ORG" and not leader_before_what_they_lead(ent)}
    # "the law firm Smith Jones" once makes every "Smith Jones" the firm
    not_people = _organizations_named_like_people(doc, honored) | {s.text for s in org_spans}
    singles: list[Span] = []
    seen = Article(doc, seats, org_tokens, honored, titled_surnames(doc), org_names, not_people, nicknames_of(doc))
    # names the model left untagged beside a title are decided as the persons it tagged
    untagged = [Span(doc, span.start, span.end, label="PERSON") for span in _untagged_appositive_names(doc)
                if not (org_tokens | seats).intersection(range(span.start, span.end))]
    people: list[tuple[Span, list[str]]] = []
    for ent in [*untagged, *ents_of(doc)]:
        found: Found | None = rules.first("name.entity", ent, seen)
        if found is not None:
            org_spans += found.orgs
            people += found.people
            singles += found.singles
            org_tokens.difference_update(found.freed)
    return seen, org_spans, people, singles


def _index_people(index: Mentions, people: list[tuple[Span, list[str]]], mention: Callable[..., None]) -> None:
    """Full names, each cut back to a name given elsewhere where it runs on, with its ranks."""
    plain = {name_text(s) for s, _ in people}
    people = [(cut_at_name_given_elsewhere(span, plain) or span, ranks) for span, ranks in people]
    doc = index.doc
    names = {name_text(s) for s, _ in people}
    spelt = one_person_two_spellings(names, lambda word: len(occurrences(doc, word))) or {}
    generations = one_person_with_and_without_a_generation(names, doc) or {}
    spelt |= {plain: full for plain, full in generations.items() if plain not in spelt}
    for span, ranks in people:
        name = name_text(span)
        if spelt and name in spelt:
            index.entities.setdefault(spelt[name], Entity("person", spelt[name])).aliases.add(name)
            name = spelt[name]
        entity = index.entities.setdefault(name, Entity("person", name))
        rank = " ".join(ranks)
        if rank and rank not in entity.ranks:
            entity.ranks.append(rank)
        mention(span, name, "person")


def _index_surnames(doc: Doc, index: Mentions, mention: Callable[..., None], one_word: set[str] | None = None) -> None:
    """Surname mentions: wherever the surname of a person named occurs as a word, tagged or not;
    with `one_word`, wherever the name of a person named by one word occurs again."""
    surnames = Surnames(index)
    decide = surname_alone if one_word is None else one_word_name_again
    for word in sorted(surnames.named if one_word is None else one_word & surnames.named.keys()):
        for start, end in occurrences(doc, word):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or index.taken(span.start, span.end):
                continue
            if (
                one_word is None
                and not index.taken(span.start - 1, span.start)
                and (full := another_given_name_before(span, word, surnames)) is not None
            ):
                index.entities.setdefault(full, Entity("person", full))
                mention(doc[span.start - 1 : span.end], full, "person")
                continue
            key = (
                (
                    surname_before_its_namesakes(span, word, surnames)
                    or surname_before_a_junior(span, word, surnames)
                    or surname_keeps_its_person(span, word, surnames)
                )
                if one_word is None
                else None
            ) or decide(span, word, surnames)
            if not key:
                continue
            if key == word and key not in index.entities:
                index.entities[key] = Entity("person", key, partial=True)  # named by the surname alone
            if one_word is None:
                surnames.said.setdefault(word, (span.start, key))
            if key != word:
                index.entities[key].aliases.add(word)
            mention(span, key, "person")


def _index_words_tagged_elsewhere(doc: Doc, index: Mentions, mention: Callable[..., None], addressed: set[str]) -> None:
    """One word the model tags a person by itself somewhere, where it names one person of the
    article, is that person where it stands again untagged (rule `name.one-word-person-tagged-elsewhere`;
    a person written after a title or Mr/Ms, `addressed`, is rule `name.one-word-name-again`'s)."""
    keys: dict[str, set[str]] = {}
    for ent in ents_of(doc):
        if ent.label_ == "PERSON" and len(ent) == 1 and (m := index.at(ent[0])) is not None and m.kind == "person" and not m.pronoun:
            keys.setdefault(ent.text, set()).add(m.key)
    for word, found in sorted(keys.items()):
        if len(found) != 1 or found & addressed:
            continue
        key = next(iter(found))
        for start, end in occurrences(doc, word):
            span = doc.char_span(start, end, alignment_mode="expand")
            if span is None or len(span) != 1 or index.taken(span.start, span.end) or not one_word_person_tagged_elsewhere(span, key):
                continue
            if key != word:
                index.entities[key].aliases.add(word)
            mention(span, key, "person")


def _index_singles(doc: Doc, index: Mentions, singles: list[Span], mention: Callable[..., None]) -> None:
    """One-word names, each decided by the rules of stage `name.single`."""
    seen = Singles(index)
    for key, entity in index.entities.items():
        if entity.kind == "person" and len(key.split()) >= 2:
            seen.by_first_name.setdefault(key.split()[0], []).append(key)
            seen.spellings.add(key)
    for span in singles:
        if index.taken(span.start, span.end):
            continue
        found: Single | None = rules.first("name.single", span, seen)
        if found is None or found.key is None:
            continue
        key = found.key
        if found.alias:
            index.entities[key].aliases.add(name_text(span))
        if found.new:
            if key not in index.entities and len(key.split()) >= 2:
                seen.spellings.add(key)  # "Van der Berg", a surname with its particle
            entity = index.entities.setdefault(key, Entity("person", key, partial=True))
            if after_kin(span):
                entity.partial = False  # "his brother Kiran", "wife Elin": named, if by one name
            if span.start > 0 and doc[span.start - 1].lower_ in words("honorifics"):
                entity.addressed = True
        mention(span, key, "person")
