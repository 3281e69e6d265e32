"""Sentence boundaries the extractors rely on: paragraph breaks and wire-story datelines."""

from __future__ import annotations

from generator.extract import nlp


def test_datelines_and_paragraphs_end_sentences() -> None:
    doc = nlp.load()("Lead headline with no full stop\n\nWASHINGTON (AP) — The minister quit on Tuesday. Re-elected - he said.")
    assert [s.text.strip() for s in doc.sents] == [
        "Lead headline with no full stop", "WASHINGTON (AP) —", "The minister quit on Tuesday.", "Re-elected - he said.",
    ]
