"""A fault of ours on one article (a rule that raises) loses that article's facts, said in one
line naming the file, and never the rest of the story; the failure is not cached."""

from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.extract import components, rules
from generator.extract.nlp import load

GOOD = "Mayor Tom Hale of Dunmore said on Monday the bridge would close.\n"
BAD = "Boom. Mayor Ana Ruiz of Tarrow said on Monday the ferry would stop.\n"


@pytest.fixture
def faulty(monkeypatch: pytest.MonkeyPatch) -> None:
    real = components.STAGES[1]

    def mentions_that_fail(doc):  # noqa: ANN001, ANN202 - a stage as components.run calls it
        if doc.text.startswith("Boom"):
            raise IndexError("[E1002] Span index out of range.")
        return real(doc)

    monkeypatch.setattr(components, "STAGES", (components.STAGES[0], mentions_that_fail, *components.STAGES[2:]))


def test_one_articles_fault_leaves_the_others_facts_and_says_so(tmp_path: Path, faulty: None) -> None:
    articles = tmp_path / "content" / "articles"
    articles.mkdir(parents=True)
    (articles / "good.txt").write_text("---\npublished: 2024-05-06\n---\nBridge to close\n" + GOOD)
    (articles / "bad.txt").write_text("---\npublished: 2024-05-06\n---\nFerry to stop\n" + BAD)
    result = pipeline.extract(articles, tmp_path / "content" / "facts", root=tmp_path)
    assert [p["name"] for p in result.sheets["people"]] == ["Tom Hale"]
    assert sorted(s["id"] for s in result.sheets["sources"]) == ["bad", "good"]  # the article is still a source
    [line] = [str(w) for w in result.warnings if "extraction failed" in str(w)]
    assert "bad.txt" in line and "IndexError" in line and "\n" not in line
    again = pipeline.extract(articles, tmp_path / "content" / "facts", root=tmp_path, force=True)
    assert again.parsed == 1  # the failed article is tried again, the good one comes from the cache


def test_a_span_trimmed_to_nothing_ends_the_chain() -> None:
    doc = load()("The Dunmore Water Authority met.")
    calls = []

    @rules.rule("test.empty-then-index", stage="test.fold-empty", priority=1, action="trim", why="(test)")
    def _to_nothing(span):  # noqa: ANN001, ANN202
        return span[:0]

    @rules.rule("test.index-first", stage="test.fold-empty", priority=2, action="extend", why="(test)")
    def _first(span):  # noqa: ANN001, ANN202
        calls.append(span[0].text)
        return None

    try:
        assert rules.fold("test.fold-empty", doc[1:4]) is None and calls == []
    finally:
        for rid in ("test.empty-then-index", "test.index-first"):
            rules.REGISTRY.pop(rid, None)
        rules._state.stages.pop("test.fold-empty", None)
        rules._state.functions.pop("test.fold-empty", None)
