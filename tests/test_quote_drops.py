"""scripts/quote_drops.py: how a quotation no rule attributed is classed against a gold file."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_SPEC = importlib.util.spec_from_file_location("quote_drops", Path(__file__).resolve().parent.parent / "scripts/quote_drops.py")
quote_drops = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(quote_drops)

GOLD = {
    "people": [{"name": "Ana Ruiz", "aliases": ["Ruiz"]}],
    "quotes": [
        {"speaker": "Ana Ruiz", "text": "We will rebuild the bridge before the winter comes."},
        {"speaker": None, "text": "a bridge too far for the county"},
    ],
}


def test_a_gold_quotation_without_a_speaker_is_gold_none() -> None:
    assert quote_drops.classify("a bridge too far for the county", "Tom Hale", GOLD) == ("gold-none", None)


def test_the_statement_before_by_the_gold_speaker_is_previous_right() -> None:
    text = "We will rebuild the bridge before the winter comes."
    assert quote_drops.classify(text, "Ana Ruiz", GOLD) == ("previous-right", "Ana Ruiz")
    assert quote_drops.classify(text, "Tom Hale", GOLD) == ("previous-wrong", "Ana Ruiz")
    assert quote_drops.classify(text, None, GOLD) == ("no-previous", "Ana Ruiz")


def test_words_no_gold_quotation_shares_are_not_gold() -> None:
    assert quote_drops.classify("Make the Harbour Great Again", "Ana Ruiz", GOLD) == ("not-gold", None)


def test_the_held_out_set_is_never_offered() -> None:
    assert "held_out" not in quote_drops.DEV_SETS and "modern" in quote_drops.DEV_SETS
