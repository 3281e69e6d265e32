"""The extraction cache: nothing changed, no NLP (no model loaded); one article changed, only
that article; a corrupt entry is recomputed."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from conftest import ROOT

from generator import pipeline

PROBE = """
import sys
from pathlib import Path
from generator import pipeline
project = Path(sys.argv[1])
result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
print(result.parsed, "spacy" in sys.modules)
"""


def run_probe(project: Path) -> str:
    out = subprocess.run([sys.executable, "-c", PROBE, str(project)], capture_output=True, text=True, timeout=300, cwd=ROOT)
    assert out.returncode == 0, out.stderr
    return out.stdout.strip()


def test_rebuilds_parse_only_what_changed(project: Path) -> None:
    assert run_probe(project) == "0 False"  # committed fact sheets are current: nothing to do
    (project / "content/corrections.yaml").write_text("- action: verify\n  id: yair-lapid\n")
    assert run_probe(project) == "2 True"  # the cache of this copy is empty: both articles analysed
    (project / "content/corrections.yaml").write_text("- action: verify\n  id: bezalel-smotrich\n")
    assert run_probe(project) == "0 False"  # only the corrections changed: no NLP, spaCy not even imported
    article = project / "content/articles/001_628b2c49be68cc05.txt"
    article.write_text(article.read_text() + "\nThe cabinet met on Wednesday.\n")
    assert run_probe(project) == "1 True"


def test_corrupt_cache_entry_is_recomputed(project: Path) -> None:
    pipeline.extract(project / "content/articles", project / "content/facts", root=project, force=True)
    entries = sorted((project / ".cache/explainer/articles").glob("*.pickle"))
    assert len(entries) == 2
    entries[0].write_bytes(entries[0].read_bytes()[:40])  # a crash mid-write elsewhere, a full disk...
    entries[1].write_bytes(b"garbage")
    before = (project / "content/facts/people.yaml").read_bytes()
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project, force=True)
    assert result.parsed == 2
    assert (project / "content/facts/people.yaml").read_bytes() == before


def test_the_sheets_stamp_covers_the_code_that_merges_them(monkeypatch, tmp_path: Path) -> None:
    # a new merge rule must rewrite sheets an unchanged corpus made: the stamp reads its code
    stamp = pipeline._inputs([], tmp_path / "corrections.yaml")
    monkeypatch.setattr(pipeline, "STORY_MODULES", tuple(m for m in pipeline.STORY_MODULES if m != "merge.py"))
    assert "merge.py" not in pipeline.STORY_MODULES and pipeline._inputs([], tmp_path / "corrections.yaml") != stamp


def test_the_cache_key_covers_every_file_extraction_reads(tmp_path: Path) -> None:
    """A change to a word list or a Matcher pattern alone invalidates cached facts, as a change to code does."""
    from generator import cache

    package = tmp_path / "generator"
    shutil.copytree(ROOT / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    before = cache.code_digest(package)
    assert before == cache.extractor_version()  # the digest of the package as installed
    for changed in (package / "extract/patterns/org_nouns.json", package / "extract/data/titles.txt"):
        changed.write_text(changed.read_text(encoding="utf-8") + "\n", encoding="utf-8")
        after = cache.code_digest(package)
        assert after != before, changed.name
        before = after


def test_entries_no_article_has_are_removed_when_something_was_extracted(project: Path) -> None:
    pipeline.extract(project / "content/articles", project / "content/facts", root=project, force=True)
    folder = project / ".cache/explainer/articles"
    first = sorted(p.name for p in folder.glob("*.pickle"))
    assert len(first) == 2
    stale = folder / ("0" * 32 + ".pickle")  # an entry an older extractor wrote
    stale.write_bytes(b"old")
    other = folder / "notes.pickle"  # not a name the cache gives: never touched
    other.write_bytes(b"mine")
    article = project / "content/articles/001_628b2c49be68cc05.txt"
    article.write_text(article.read_text() + "\nThe cabinet met on Wednesday.\n")
    result = pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert result.parsed == 1
    now = sorted(p.name for p in folder.glob("*.pickle") if p != other)
    assert len(now) == 2 and not stale.exists() and other.read_bytes() == b"mine"
    assert len(set(now) & set(first)) == 1  # the unchanged article's entry kept, the changed one's old entry gone


def test_an_entry_keeps_facts_equal_with_evidence_shared_and_no_article(tmp_path: Path) -> None:
    from generator import cache
    from generator.records import Article, Evidence, Facts, Person, Role

    article = Article("a1", tmp_path / "a1.txt", "Dam report", "Mayor Tom Quill said the dam was safe.")
    said = [Evidence("a1", "Mayor Tom Quill said the dam was safe.", 0, 38) for _ in range(3)]
    facts = Facts(sources=[article], people=[Person("p1", "Tom Quill", roles=[Role("Mayor", evidence=[said[0]])], evidence=said[1:])])
    store = cache.ExtractionCache(tmp_path)
    store.put(article, facts)
    entry = (tmp_path / "articles" / f"{cache.key(article)}.pickle").read_bytes()
    assert b"dam was safe" in entry and b"Dam report" not in entry  # the article itself is not kept
    again = store.get(article)
    assert again == facts and again.sources == [article]
    person = again.people[0]
    assert person.evidence[0] is person.evidence[1] is person.roles[0].evidence[0]  # one object for one sentence
