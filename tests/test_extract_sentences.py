"""Sentence boundaries the extractors rely on: paragraph breaks and wire-story datelines."""

from __future__ import annotations

from generator.extract import nlp


def test_datelines_and_paragraphs_end_sentences() -> None:
    doc = nlp.load()("Lead headline with no full stop\n\nWASHINGTON (AP) — The minister quit on Tuesday. Re-elected - he said.")
    assert [s.text.strip() for s in doc.sents] == [
        "Lead headline with no full stop", "WASHINGTON (AP) —", "The minister quit on Tuesday.", "Re-elected - he said.",
    ]


def test_a_hyphenated_number_opening_a_paragraph_is_no_dateline() -> None:
    doc = nlp.load()("The plan failed.\n\nThirty-six ferries sail from Dunmore.\n\nDUNMORE—The mayor quit.")
    assert [s.text.strip() for s in doc.sents] == [
        "The plan failed.", "Thirty-six ferries sail from Dunmore.", "DUNMORE—", "The mayor quit.",
    ]


def test_a_dateline_in_title_case_with_its_outlet_ends_a_sentence() -> None:
    doc = nlp.load()("Dunmore, Tarrow (DNN) -- Saying it was time, the mayor quit.\n\n"
                     "Rep. Tom Hale (D-Elm) -- who chairs the panel -- said no.")
    assert [s.text.strip() for s in doc.sents] == [
        "Dunmore, Tarrow (DNN) --", "Saying it was time, the mayor quit.", "Rep. Tom Hale (D-Elm) -- who chairs the panel -- said no.",
    ]


def test_a_dateline_with_a_region_abbreviated_ends_a_sentence() -> None:
    # "TARROW, Fla. (AP) —": the region's abbreviation keeps its full stop; without the split, the
    # place became the subject of the story's first verb ("TARROW voted").
    doc = nlp.load()("TARROW, Fla. (AP) — The city council voted on Friday to close the pier.")
    assert [s.text.strip() for s in doc.sents] == [
        "TARROW, Fla. (AP) —", "The city council voted on Friday to close the pier.",
    ]
