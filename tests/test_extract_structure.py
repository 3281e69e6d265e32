"""The extractor's shape, as issue "rules as data" asks: short functions, and every word
list defined once, as data."""

from __future__ import annotations

import ast
from itertools import combinations
from pathlib import Path

import pytest
from spacy.attrs import IDS
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc

from generator.extract import components, lexicon, nlp  # noqa: F401 - components registers the Doc._ names

EXTRACT = Path(__file__).resolve().parent.parent / "generator/extract"
MODULES = sorted(EXTRACT.glob("*.py"))
MATCHER_OPERATORS = frozenset({"IN", "NOT_IN", "REGEX", "IS_SUBSET", "IS_SUPERSET", "INTERSECTS"})


def _functions(path: Path) -> list[tuple[str, int]]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        (f"{path.name}:{node.lineno} {node.name}", node.end_lineno - node.lineno + 1)  # type: ignore[operator]
        for node in ast.walk(tree)
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]


def test_no_function_in_the_extractor_is_longer_than_60_lines() -> None:
    long = [f"{name} ({lines} lines)" for path in MODULES for name, lines in _functions(path) if lines > 60]
    assert not long, "functions over 60 lines: " + ", ".join(long)


@pytest.fixture(scope="module")
def spacy_labels() -> frozenset[str]:
    """Every label the model's components use (tags, dependencies, entity types, parts of
    speech): a set of these in code is grammar, not a word list."""
    model = nlp.load()
    labels = {label for _, pipe in model.pipeline for label in getattr(pipe, "labels", ()) if isinstance(label, str)}
    pos = "ADJ ADP ADV AUX CCONJ DET INTJ NOUN NUM PART PRON PROPN PUNCT SCONJ SYM VERB X SPACE".split()
    return frozenset(labels | set(pos) | {"", "ROOT"})


def _word_literals(path: Path, labels: frozenset[str]) -> list[str]:
    """Set, tuple, list and dict literals of three or more words (keys for a dict), not all of
    them function words ("of", "the", "last": grammar, kept beside the code that reads it)
    and not a type (`Literal["add", "trim", "veto"]`)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    typed = {id(n) for node in ast.walk(tree) if isinstance(node, ast.Subscript) for n in ast.walk(node.slice)}
    found = []
    for node in ast.walk(tree):
        if id(node) in typed:
            continue
        items = node.keys if isinstance(node, ast.Dict) else node.elts if isinstance(node, (ast.Set, ast.Tuple, ast.List)) else None
        if items is None or len(items) < 3:
            continue
        strings = [i.value for i in items if isinstance(i, ast.Constant) and isinstance(i.value, str)]
        if all(Doc.has_extension(s) for s in strings):
            continue  # the names of the stages' results on Doc._
        if all(s.lower() in STOP_WORDS or s in labels or s.upper() in IDS or s in MATCHER_OPERATORS for s in strings):
            continue
        if len(strings) == len(items) and any(s.strip(".'’").isalpha() for s in strings):
            found.append(f"{path.name}:{node.lineno} {strings[:4]}")
    return found


def test_word_lists_are_data_not_code(spacy_labels: frozenset[str]) -> None:
    found = [hit for path in MODULES for hit in _word_literals(path, spacy_labels)]
    assert not found, "word lists in code (move them to generator/extract/data/): " + "; ".join(found)


def test_no_word_list_is_defined_twice() -> None:
    files = sorted((EXTRACT / "data").glob("*.txt"))
    lists = {f.stem: lexicon.words(f.stem) for f in files}
    same = [f"{a} = {b}" for a, b in combinations(sorted(lists), 2) if lists[a] == lists[b]]
    assert not same, "the same word list twice: " + ", ".join(same)


def _whole_text_reads(path: Path) -> list[str]:
    """`x.text` where `x` is a document (`doc`, `span.doc`, `ent.doc`): spaCy joins every token
    again on each read, so a rule reading it per item costs the square of the article."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        f"{path.name}:{node.lineno}"
        for node in ast.walk(tree)
        if isinstance(node, ast.Attribute) and node.attr == "text"
        and (isinstance(node.value, ast.Name) and node.value.id == "doc"
             or isinstance(node.value, ast.Attribute) and node.value.attr == "doc")
    ]


def test_the_document_text_is_joined_once() -> None:
    """Only `sentences.text_of` reads `doc.text` (and keeps it); every rule asks it."""
    reads = [r for path in MODULES for r in _whole_text_reads(path)]
    assert reads == ["sentences.py:" + str(next(
        n for n, line in enumerate((EXTRACT / "sentences.py").read_text(encoding="utf-8").splitlines(), 1)
        if "= doc.text" in line))], reads
