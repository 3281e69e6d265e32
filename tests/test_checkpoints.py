"""A rebuild that takes the merge up from a checkpoint (generator/checkpoints.py) writes the
very bytes a cold build writes, whatever was edited: an article in the middle, the first, the
last, one added, one removed, the corrections. The articles' facts are invented and put in
the extraction cache directly (no NLP): names shared across articles, one-word names and
short forms, organizations under acronyms and aliases, unnamed sources, events, figures."""

from __future__ import annotations

import pickle
import random
import shutil
from pathlib import Path

import pytest

from generator import checkpoints, ingest, merge, pipeline
from generator.cache import CACHE_DIR, ExtractionCache
from generator.records import (
    Addressing,
    Article,
    Event,
    Evidence,
    Facts,
    Figure,
    Organization,
    Person,
    Reaction,
    Relation,
    Role,
)

FULL = ["Ana Velmar", "Tobin Quast", "Maria Marrow Kelbrun", "Pavel Oskin", "Rena Haltby", "Ola Brisk"]
SHORT = ["Velmar", "Quast", "Marrow Kelbrun", "Haltby", "Tessaly"]  # one-word names (one no full name has), a short form
ORGS = [("Tarrow Water Board", ["TWB"]), ("TWB", []), ("Dunmore Council", []), ("Council of Dunmore", []),
        ("Ferrin Rail", ["Ferrin Rail Co."]), ("Grell Party", []), ("Quenby", [])]  # a one-word body, a surname too
TITLES = ["minister", "chair", "spokeswoman", "mayor"]
UNNAMED = ["a senior official", "one aide"]


def _facts(article: Article, rng: random.Random, extra: list[str] = ()) -> Facts:
    """Invented facts for `article`, citing its sentences (`extra`: more full names to name)."""
    sentences = [s for s in article.body.split("\n") if s.strip()]

    def ev() -> list[Evidence]:
        text = rng.choice(sentences)
        start = article.body.index(text)
        return [Evidence(article.id, text, start, start + len(text))]

    names = rng.sample(FULL, 3) + rng.sample(SHORT, 3) + list(extra)
    people = []
    for n, name in enumerate(names):
        roles = [Role(rng.choice(TITLES), rng.choice([None, "Dunmore Council"]), None, ev())] if rng.random() < 0.5 else []
        people.append(Person(f"p{n}", name, [], roles, [], [article.id], ev(), partial=" " not in name,
                             addressed=rng.random() < 0.3))
    orgs = [Organization(f"o{n}", name, list(aliases), [article.id], ev())
            for n, (name, aliases) in enumerate(rng.sample(ORGS, 3))]
    month = rng.choice(["2024-03", "2024-04"])
    events = [Event(f"e{n}", rng.choice([f"{month}-0{rng.randint(1, 3)}", month, None]), "on Monday",
                    rng.choice(["the board met", "the vote was held", "the line reopened", "talks ended"]),
                    rng.sample([p.id for p in people], rng.randint(0, 2)), [rng.choice(orgs).id], ev())
              for n in range(3)]
    reactions = [Reaction(f"r{n}", rng.choice([p.id for p in people] + [orgs[0].id]), rng.choice(["quote", "paraphrase"]),
                          rng.choice(["We will rebuild the line this year", "The vote was fair and open",
                                      "We will rebuild the whole line this year", "Nothing was agreed"]),
                          rng.choice(["supports", None]), [], ev()) for n in range(3)]
    if rng.random() < 0.4:
        reactions.append(Reaction("r9", None, "quote", "Nothing was agreed", None, [], ev(), rng.choice(UNNAMED)))
    figures = [Figure(f"f{n}", rng.choice([12.0, 40.0, 3.5]), "12", rng.choice(["jobs", "new jobs", "stations"]), None, ev())
               for n in range(2)]
    addressings = [Addressing(people[0].id, "letter", [people[1].id], ev())]
    relations = [Relation("x0", people[0].id, "met", people[1].id, None, ev())]
    return Facts([article], people, orgs, events, reactions, figures, [], addressings, relations)


def _write(project: Path, name: str, day: int, text: str) -> None:
    (project / "content/articles" / name).write_text(f"---\npublished: 2024-05-{day:02d}\n---\n{text}\n", encoding="utf-8")


def _cache_facts(project: Path, seed: int, extra: dict[str, list[str]] | None = None) -> None:
    """Invented facts for every article of `project` not in its extraction cache yet."""
    cache = ExtractionCache(project / CACHE_DIR)
    for article in ingest.read_articles(project / "content/articles").articles:
        if cache.get(article) is None:
            rng = random.Random(f"{seed}-{article.id}-{article.fingerprint}")
            cache.put(article, _facts(article, rng, (extra or {}).get(article.id, [])))


def _sheets(project: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted((project / "content/facts").glob("*.yaml"))}


def _cold(project: Path, tmp: Path) -> dict[str, bytes]:
    """The sheets a cold build of `project` writes: no checkpoint, memo or sheet of any run
    before (the articles' facts from the extraction cache, as they cannot be extracted)."""
    copy = tmp / "cold"
    shutil.rmtree(copy, ignore_errors=True)
    shutil.copytree(project, copy)
    for kept in (copy / CACHE_DIR).iterdir():
        if kept.name != "articles":
            shutil.rmtree(kept) if kept.is_dir() else kept.unlink()
    shutil.rmtree(copy / "content/facts")
    (copy / "content/facts").mkdir()
    pipeline.extract(copy / "content/articles", copy / "content/facts", root=copy)
    return _sheets(copy)


@pytest.fixture
def story(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, list[bool]]:
    """A project of 14 articles (dates apart from the file order), checkpoints after 3, 6, 9
    and 12 of them; and a list that records, for each merge, whether it was taken up."""
    project = tmp_path / "story"
    (project / "content/articles").mkdir(parents=True)
    (project / "content/facts").mkdir()
    for i in range(14):
        lines = [f"Sentence {k} of report {i} about the line and the vote." for k in range(6)]
        _write(project, f"r{i:02d}.txt", 1 + (i * 5) % 14, "\n".join(lines))
    _cache_facts(project, 1)
    monkeypatch.setattr(checkpoints, "marks", lambda n: [m for m in (3, 6, 9, 12) if m < n])
    resumed: list[bool] = []
    plain = merge.merge_resumable

    def spy(per_article, sources, resume=None, marks=()):  # noqa: ANN001, ANN202 - the wrapped function's own
        if project in sources[0].path.parents:  # not the cold copy's
            resumed.append(resume is not None)
        return plain(per_article, sources, resume, marks)

    monkeypatch.setattr(merge, "merge_resumable", spy)
    pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert resumed == [False] and len(list((project / checkpoints.FOLDER).glob("*.pickle"))) == 4
    return project, resumed


def _merge_order(project: Path) -> list[Path]:
    articles = ingest.read_articles(project / "content/articles").articles
    return [a.path for a in sorted(articles, key=merge.article_rank)]


def _edit(path: Path, words: str) -> None:
    path.write_text(path.read_text(encoding="utf-8") + f"\n{words}\n", encoding="utf-8")


@pytest.mark.parametrize("where", ["middle", "first", "last"])
def test_one_article_changed(story: tuple[Path, list[bool]], tmp_path: Path, where: str) -> None:
    project, resumed = story
    order = _merge_order(project)
    changed = {"middle": order[7], "first": order[0], "last": order[-1]}[where]
    for n in range(2):  # changed, then changed again: the second rebuild starts from what the first left
        _edit(changed, f"A sentence added to the report, round {n}.")
        _cache_facts(project, 2 + n)
        pipeline.extract(project / "content/articles", project / "content/facts", root=project)
        assert _sheets(project) == _cold(project, tmp_path)
    assert resumed[1:] == ([False, False] if where == "first" else [True, True])


def test_articles_added_and_removed(story: tuple[Path, list[bool]], tmp_path: Path) -> None:
    project, resumed = story
    _write(project, "r20.txt", 28, "The newest report.\nIt names the board and the vote.")  # last in merge order
    _write(project, "r21.txt", 8, "A report of the eighth.\nThe line reopened.")  # in the middle
    _cache_facts(project, 5)
    pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert _sheets(project) == _cold(project, tmp_path)
    _merge_order(project)[9].unlink()
    pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert _sheets(project) == _cold(project, tmp_path)
    assert resumed[1:] == [True, True]


def test_corrections_edited(story: tuple[Path, list[bool]], tmp_path: Path) -> None:
    project, resumed = story
    person = next(line.split(": ")[1] for line in _sheets(project)["people.yaml"].decode().splitlines()
                  if line.startswith("- id: "))
    for action in (f"- action: verify\n  id: {person}\n", f"- action: rename\n  id: {person}\n  name: Ana Q. Velmar\n"):
        (project / "content/corrections.yaml").write_text(action, encoding="utf-8")
        _edit(_merge_order(project)[10], "One more sentence.")
        _cache_facts(project, 7)
        pipeline.extract(project / "content/articles", project / "content/facts", root=project)
        assert _sheets(project) == _cold(project, tmp_path)
    assert resumed[1:] == [True, True]


def test_a_change_the_whole_story_decides_merges_whole(story: tuple[Path, list[bool]], tmp_path: Path) -> None:
    # a later article names "Maria Marrow Kelbrun" no more alone: "Anna Marrow Kelbrun" makes "Marrow Kelbrun"
    # ambiguous, so the short forms the first articles were merged with no longer hold
    project, resumed = story
    changed = _merge_order(project)[10]
    _edit(changed, "Anna Marrow Kelbrun spoke.")
    _cache_facts(project, 8, {changed.stem: ["Anna Marrow Kelbrun"]})
    pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert _sheets(project) == _cold(project, tmp_path)
    assert resumed[1:3] == [True, False]  # taken up, found stale, merged whole


def test_a_full_name_that_makes_an_earlier_body_a_person_merges_whole(story: tuple[Path, list[bool]], tmp_path: Path) -> None:
    # a later article names "Ada Quenby" in full: the one-word body "Quenby" of the earlier articles is that
    # person (merge._surnames_taken_for_bodies), so the ids the checkpoint's articles were given no longer hold
    project, resumed = story
    assert "name: Quenby\n" in _sheets(project)["organizations.yaml"].decode()
    changed = _merge_order(project)[-1]
    _edit(changed, "Ada Quenby spoke.")
    _cache_facts(project, 9, {changed.stem: ["Ada Quenby"]})
    pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert _sheets(project) == _cold(project, tmp_path)
    assert "name: Quenby\n" not in _sheets(project)["organizations.yaml"].decode()
    assert resumed[1:3] == [True, False]  # taken up, found stale, merged whole


@pytest.mark.parametrize("damage", ["cut", "states"])
def test_damaged_checkpoints_are_passed_over(story: tuple[Path, list[bool]], tmp_path: Path, damage: str) -> None:
    project, resumed = story
    for path in (project / checkpoints.FOLDER).glob("*.pickle"):
        if damage == "cut":
            path.write_bytes(path.read_bytes()[:100])
        else:  # the file whole, the states it holds not
            found = checkpoints.read(path)
            found.states = found.states[: len(found.states) // 2]
            path.write_bytes(checkpoints._MAGIC + pickle.dumps(found))
    _edit(_merge_order(project)[-1], "Late news.")
    _cache_facts(project, 9)
    pipeline.extract(project / "content/articles", project / "content/facts", root=project)
    assert _sheets(project) == _cold(project, tmp_path)
    assert resumed[1:] == ([False] if damage == "cut" else [True, False])
