"""Extraction cost stays linear in one article's size (no timings here: each test checks
that an index gives exactly what the whole-document scan it replaced gave, or counts the
calls that used to grow with the square of the article)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from generator.extract import events as events_module
from generator.extract import extract_doc, figures, nlp
from generator.extract.textindex import Ranges, occurrences
from generator.records import Article

# texts from a small alphabet, so that phrases occur, overlap and touch hyphens and case
# variants, including the Kelvin sign and the long s, which match k and s when case is ignored
TEXT = st.text(alphabet="abAB -'\n.(K\u212a\u017fs", max_size=60)
PHRASE = st.text(alphabet="abAB -'.(K\u212a\u017fs", min_size=1, max_size=6)


class _Doc:
    """Just what `occurrences` reads from a parsed document."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.user_data: dict = {}


def _scan(text: str, phrase: str, ignore_case: bool) -> list[tuple[int, int]]:
    flags = re.IGNORECASE if ignore_case else 0
    return [m.span() for m in re.finditer(rf"(?<![\w-]){re.escape(phrase)}(?![\w-])", text, flags)]


@settings(max_examples=400, deadline=None)
@given(TEXT, PHRASE, st.booleans())
def test_occurrences_are_what_a_scan_of_the_whole_text_finds(text: str, phrase: str, ignore_case: bool) -> None:
    assert occurrences(_Doc(text), phrase, ignore_case) == _scan(text, phrase, ignore_case)


@pytest.mark.parametrize(
    ("text", "phrase", "ignore_case"),
    [
        ("Acme Bank and Acme Bank's chief; Acme Banker", "Acme Bank", False),
        ("the acme bank, ACME BANK, Acme-Bank", "Acme Bank", True),
        ("a a a a", "a a", False),  # overlapping occurrences: the scan takes every other one
        ("\u212aent and kent", "kent", True),  # the Kelvin sign matches k when case is ignored
        ("(IDF) and IDF", "(IDF)", False),  # a phrase that does not start with a word character
        ("Société Générale and SOCIÉTÉ GÉNÉRALE", "Société Générale", True),
    ],
)
def test_occurrences_in_cases_a_scan_treats_specially(text: str, phrase: str, ignore_case: bool) -> None:
    assert occurrences(_Doc(text), phrase, ignore_case) == _scan(text, phrase, ignore_case)


SPANS = st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=8)


@settings(max_examples=300, deadline=None)
@given(SPANS, st.integers(-2, 45), st.integers(-2, 45))
def test_ranges_answer_as_asking_every_span(spans: list[tuple[int, int]], x: int, y: int) -> None:
    """Ordered spans (quotations) and any others alike."""
    for given_spans in (spans, sorted({(min(a, b), max(a, b)) for a, b in spans})):
        ranges = Ranges(given_spans)
        assert ranges.holding(x) == next(((s, e) for s, e in given_spans if s <= x < e), None)
        assert (x in ranges) == any(s <= x < e for s, e in given_spans)
        assert ranges.starts_within(x, y) == any(x <= s < y for s, _ in given_spans)


NUMBERS = "On 3 May 2004 the council paid £1,204 to 17 firms, 2.5% more than the 1,150 paid on 12 June 2003 and 40 on 1 January 2002, "


def test_a_sentence_of_many_numbers_and_dates_is_read_once(monkeypatch: pytest.MonkeyPatch) -> None:
    """Who gives a sentence's figures is read once per sentence, not once per figure, and
    the clauses its dates hang on are not walked again for each date (each date walked
    its clause: tens of thousands of steps for these 180 dates)."""
    text = "Payments\n\n" + (NUMBERS * 60).rstrip(", ") + ".\n"
    doc = nlp.load()(text)
    sources: list[int] = []
    steps = [0]
    original_source, original_dropped = figures._according_to, events_module._dropped

    def dropped(*args):  # noqa: ANN002, ANN202 - counts the steps of every walk
        steps[0] += 1
        return original_dropped(*args)

    monkeypatch.setattr(figures, "_according_to", lambda sent: sources.append(sent.start) or original_source(sent))
    monkeypatch.setattr(events_module, "_dropped", dropped)
    facts = extract_doc(Article("t", Path("t.txt"), "T", text, published=date(2005, 1, 1)), doc)
    assert len(facts.events) >= 60 and facts.figures
    assert len(sources) == len(set(sources))  # once per sentence
    assert steps[0] <= 5 * len(doc)


@given(st.text(alphabet="ab \n", max_size=400), st.integers(min_value=1, max_value=50))
def test_stretches_join_back_into_the_text(text: str, size: int) -> None:
    pieces = nlp.stretches(text, size)
    assert "".join(pieces) == text
    assert all(piece for piece in pieces)
    assert all(piece[-1].isspace() for piece in pieces[:-1])  # every cut is after a line break


def test_a_long_article_parsed_in_stretches_reads_as_one_parse(monkeypatch: pytest.MonkeyPatch) -> None:
    model = nlp.load()
    text = "\n\n".join(
        f'Mayor Ann Lee said on Monday that council {n} would meet in March. "We will vote," she said.' for n in range(60)
    )
    monkeypatch.setattr(nlp, "LONG_TEXT", 1_000)
    monkeypatch.setattr(nlp, "STRETCH", 500)
    docs = list(nlp.parse(model, ["A short one.", text, "Another short one."], batch_size=4))
    assert [d.text for d in docs] == ["A short one.", text, "Another short one."]
    whole = model(text)
    seen = [(t.i, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in docs[1]]
    assert seen == [(t.i, t.tag_, t.dep_, t.head.i, t.ent_iob_, t.ent_type_, t.is_sent_start) for t in whole]


def test_a_blank_token_tagged_as_a_person_names_no_one_and_loses_nothing() -> None:
    """One bad name must never lose a whole article: the model may tag a lone no-break space
    as a person (seen after a dash that signs a letter)."""
    from spacy.tokens import Span

    from generator.extract import mentions

    doc = nlp.load()("Mayor Jane Smith said on Monday the council would meet. \u2015\xa0Then she left the hall.")
    blank = next(t.i for t in doc if not t.text.strip())
    doc.ents = [e for e in doc.ents if e.end <= blank or e.start > blank] + [Span(doc, blank, blank + 1, label="PERSON")]
    index = mentions.build(doc, [])
    assert "Jane Smith" in index.entities and all(key.strip() for key in index.entities)


def _live_docs() -> int:
    import gc

    from spacy.tokens import Doc

    gc.collect()
    return sum(isinstance(o, Doc) for o in gc.get_objects())


def test_extraction_keeps_no_parsed_article_alive_and_the_collector_on() -> None:
    """A story's extraction frees each parsed article once its facts are out (no cache shared
    by every document holds one), and turns the collector's own passes back on when done."""
    import gc

    from generator.extract import extract_articles

    texts = [
        "Ana Ruiz, the chief executive of Tarn Bank, resigned on Tuesday (after the vote).\n\nTom Hale said the board met on Monday.",
        "The Dunmore party said on Monday it would vote. Mr Hale, its leader, agreed.",
    ] * 20  # more than one batch
    articles = [Article(f"a{n}", Path(f"a{n}.txt"), "T", text, published=date(2024, 6, 12)) for n, text in enumerate(texts)]
    nlp.load()
    before = _live_docs()
    facts = extract_articles(articles, workers=1)
    assert [f.failure for f in facts] == [""] * len(texts)
    assert any(p.name == "Ana Ruiz" for f in facts for p in f.people)
    assert gc.isenabled()
    assert _live_docs() <= before


@pytest.mark.parametrize(
    "text",
    [
        "Both the Orvan and Tesh parties oppose the plan, the Varo Tesh party said.",
        "The law firm Dods Harrow said the claim had no merit. Speaking to the Courier, Tom Hale said he would stay.",
        "A Department for Roads and Harbours spokeswoman said the Daily Courier and Dunmore Post were wrong.",
        "Officials from the Varo Tesh security agency met Southern Command on Monday",
        "Party Tarn Bank group Dunmore Rail company",  # matches touching both ends of the document
        "He said nothing at all.",
    ],
)
def test_pattern_matches_near_their_anchors_are_the_whole_documents(text: str) -> None:
    """`patterns.matches` runs the Matcher only over the runs of tokens around a pattern's
    anchor word: it must find exactly what the Matcher finds over the whole document."""
    from generator.extract import patterns

    doc = nlp.load()(text)
    assert patterns._reach("org_nouns") is not None  # the runs are used for these patterns
    matcher = patterns._matcher("org_nouns", doc.vocab)
    whole = sorted(((doc.vocab.strings[m], s, e) for m, s, e in matcher(doc)), key=lambda m: (m[1], -m[2], m[0]))
    assert patterns.matches("org_nouns", doc) == whole
    assert whole or text.startswith("He said")
