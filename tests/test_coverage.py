"""Coverage: outlets named wherever a source is, who reports each fact and who first, the coverage
page, the editor's outlets file, and evidence sentences marked on their source pages."""

from __future__ import annotations

import shutil
from html.parser import HTMLParser
from pathlib import Path
from typing import Any

import markdown
import pytest
from click.testing import CliRunner
from conftest import ROOT

from generator import cli, facts, outlets, pipeline
from generator.coverage import reports, source_labels
from generator.errors import ExplainerError
from generator.render import render_pages

TEMPLATES = ROOT / "templates"
EXTENSIONS = ["attr_list", "md_in_html", "tables"]
HOSTILE = 'Quake "hits" <script>alert(1)</script> [x](javascript:alert(2)) *bold* \' onmouseover=\'alert(3) )'

# An invented story: two outlets, the first a day earlier, one fact only the second reports.
BODY_1 = "Mayor Lena Tarn closed the old bridge on Monday.\nThe council will vote in June."
BODY_2 = "The old bridge was closed by Mayor Lena Tarn.\nRepairs will cost 4 million euros, officials said."


def ev(source: str, body: str, sentence: str) -> dict[str, Any]:
    start = body.index(sentence)
    return {"source": source, "text": sentence, "start": start, "end": start + len(sentence)}


Sheets = dict[str, list[dict[str, Any]]]


def story(title_2: str = "Bridge shut after inspection", outlet_2: str = "Ruiz Daily", published_2: str = "2024-05-04") -> Sheets:
    closed_1 = ev("s1", BODY_1, "Mayor Lena Tarn closed the old bridge on Monday.")
    closed_2 = ev("s2", BODY_2, "The old bridge was closed by Mayor Lena Tarn.")
    cost = ev("s2", BODY_2, "Repairs will cost 4 million euros, officials said.")
    return {
        "sources": [
            {"id": "s1", "title": "Old bridge closes", "path": "a.txt", "words": 20, "outlet": "Tarn Gazette", "published": "2024-05-03"},
            {"id": "s2", "title": title_2, "path": "b.txt", "words": 20, "outlet": outlet_2, "published": published_2},
        ],
        "people": [{"id": "lena-tarn", "name": "Lena Tarn", "aliases": [], "sources": ["s1", "s2"],
                    "roles": [{"title": "Mayor", "evidence": [closed_1, closed_2]}]}],
        "organizations": [],
        "events": [{"id": "bridge-closed", "date": "2024-05-06", "date_text": "Monday", "summary": "Mayor closes the old bridge",
                    "headline": "Mayor closes the old bridge",
                    "people": ["lena-tarn"], "sources": ["s1", "s2"], "evidence": [closed_1, closed_2]}],
        "reactions": [],
        "figures": [{"id": "repair-cost", "value": 4000000, "text": "4 million euros", "what": "cost of the repairs",
                     "sources": ["s2"], "evidence": [cost]}],
        "discrepancies": [],
    }


TEXTS = {"s1": BODY_1, "s2": BODY_2}


class Links(HTMLParser):
    """Every element's attributes, by tag."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, {k: v or "" for k, v in attrs}))


def parsed(page: str) -> list[tuple[str, dict[str, str]]]:
    parser = Links()
    parser.feed(markdown.markdown(page.split("---\n", 2)[-1], extensions=EXTENSIONS))
    return parser.tags


def test_sources_are_named_by_outlet_with_the_headline_as_title() -> None:
    pages = render_pages(story(), TEMPLATES, TEXTS)
    links = [a for tag, a in parsed(pages["people/lena-tarn.md"]) if tag == "a" and "sources/" in a.get("href", "")]
    assert {"href": "../sources/s1.md#ev-0", "title": "Old bridge closes"} in links
    assert {"href": "../sources/s2.md", "title": "Bridge shut after inspection"} in links
    person = pages["people/lena-tarn.md"]
    assert "[Tarn Gazette](../sources/s1.md#ev-0 " in person and "[Ruiz Daily](../sources/s2.md " in person
    assert "[Old bridge closes](" not in person  # the headline is the title, not the text
    assert "# Old bridge closes" in pages["sources/s1.md"]  # and heads the source page


def test_two_sources_of_one_outlet_stay_distinct() -> None:
    sources = story(outlet_2="Tarn Gazette")["sources"] + [
        {"id": "s3", "title": "T", "path": "c.txt", "words": 1, "outlet": "Tarn Gazette", "published": "2024-05-04"},
        {"id": "s4", "title": "U", "path": "d.txt", "words": 1, "url": "https://www.ruiz-daily.example/x"}]
    assert source_labels(sources) == {
        "s1": "Tarn Gazette, 3 May 2024", "s2": "Tarn Gazette, 4 May 2024 (1)", "s3": "Tarn Gazette, 4 May 2024 (2)",
        "s4": "ruiz-daily.example"}


def test_a_hostile_headline_stays_inert_in_the_title() -> None:
    pages = render_pages(story(title_2=HOSTILE), TEMPLATES, TEXTS)
    plain = render_pages(story(), TEMPLATES, TEXTS)
    for path in ("people/lena-tarn.md", "timeline.md", "figures.md", "coverage.md", "sources/s2.md"):
        tags = parsed(pages[path])
        shape = [(t, sorted(a)) for t, a in tags]
        assert shape == [(t, sorted(a)) for t, a in parsed(plain[path])], path  # the same elements and attributes
        titled = [a for t, a in tags if t == "a" and "s2.md" in a.get("href", "")]
        assert titled or path == "sources/s2.md", path
        for attrs in titled:
            assert set(attrs) == {"href", "title"}, (path, attrs)
            assert attrs["title"] == HOSTILE and not attrs["href"].startswith("javascript"), (path, attrs)
        assert not any("javascript" in a.get("href", "") for _, a in tags), path


def test_coverage_says_who_reports_a_fact_and_who_first() -> None:
    pages = render_pages(story(), TEMPLATES, TEXTS)
    assert ("*Reported by [Tarn Gazette](sources/s1.md#ev-0 \"Old bridge closes\") (first, 3 May 2024), "
            "[Ruiz Daily](sources/s2.md#ev-0 \"Bridge shut after inspection\").*") in pages["timeline.md"]
    sheets = story(published_2="2024-05-03")  # the same day: listed by id, neither is first
    by_id = {s["id"]: s for s in sheets["sources"]}
    assert [(r.outlet, r.first) for r in reports(sheets["events"][0], by_id)] == [("Tarn Gazette", False), ("Ruiz Daily", False)]
    sheets = story(published_2="2024-05-01")
    by_id = {s["id"]: s for s in sheets["sources"]}
    assert [(r.outlet, r.first) for r in reports(sheets["events"][0], by_id)] == [("Ruiz Daily", True), ("Tarn Gazette", False)]


def test_coverage_of_a_single_outlet_fact_names_it() -> None:
    pages = render_pages(story(), TEMPLATES, TEXTS)
    assert "*Reported by [Ruiz Daily](../sources/s2.md#ev-" not in pages["people/lena-tarn.md"]
    page = pages["coverage.md"]
    table, single = page.split("## Reported by one outlet only")
    assert "| Fact | Ruiz Daily | Tarn Gazette |" in table
    row = next(line for line in table.splitlines() if "Mayor" in line and line.startswith("| ["))
    assert row.count("[✓]") == 2 and "first" in row
    cost = next(line for line in table.splitlines() if "4 million euros" in line)
    assert cost.count("[✓]") == 1 and f"(sources/s2.md#ev-{BODY_2.index('Repairs')} " in cost
    assert "### Ruiz Daily" in single and "Tarn Gazette" not in single.split("### Ruiz Daily")[0]
    item = single.split("### Ruiz Daily")[1]
    assert "[4 million euros cost of the repairs](figures.md)" in item and "Mayor closes" not in item


def test_coverage_page_is_bounded() -> None:
    sheets = story()
    body = "\n".join(f"Lena Tarn opened road {n}." for n in range(80))
    sheets["events"] = [
        {"id": f"road-{n:02d}", "date": "2024-05-07", "date_text": "", "summary": f"Road {n} opens", "people": [], "sources": ["s1"],
         "evidence": [ev("s1", body, f"Lena Tarn opened road {n}.")]} for n in range(80)]
    page = render_pages(sheets, TEMPLATES, {"s1": body, "s2": BODY_2})["coverage.md"]
    table, single = page.split("## Reported by one outlet only")
    assert table.count("\n| [") == 15 + 1  # 15 events, 1 figure
    assert "*The 16 key facts" in table and "of 81" in table
    assert "*The first 20 of 80.*" in single and single.count("\n- [") == 21  # 20 of one outlet, 1 of the other


def test_outlets_file_is_shown_and_nothing_is_guessed(tmp_path: Path) -> None:
    assert "## Outlets" not in render_pages(story(), TEMPLATES, TEXTS)["sources/index.md"]
    path = tmp_path / "outlets.yaml"
    path.write_text("- name: Tarn Gazette\n  owner: Tarn Media <Group>\n  lean: centre-left\n  url: https://tarn.example/\n")
    described = outlets.read(path)
    pages = render_pages(story(), TEMPLATES, TEXTS, outlets=described)
    index = pages["sources/index.md"]
    assert "- **Tarn Gazette** — owned by Tarn Media &#60;Group&#62; · lean: centre&#45;left · [web site](https://tarn.example/)" in index
    assert "Ruiz Daily** —" not in index  # not described: nothing said about it
    assert "**About Tarn Gazette** (from the editors): owned by Tarn Media" in pages["sources/s1.md"]
    assert "About" not in pages["sources/s2.md"]
    path.write_text("ruiz daily:\n  name: The Ruiz Daily\n  lean: right\n")
    assert "**About Ruiz Daily** (from the editors): The Ruiz Daily · lean: right" in render_pages(
        story(), TEMPLATES, TEXTS, outlets=outlets.read(path))["sources/s2.md"]


@pytest.mark.parametrize(("text", "line", "problem"), [
    ("just a name\n", 1, "outlets must be a list of outlets"),
    ("- name: Tarn Gazette\n  bias: left\n", 1, "unknown field 'bias' for an outlet"),
    ("- name: A\n- owner: B\n", 2, "an outlet without a name"),
    ("- name: A\n  url: javascript:alert(1)\n", 1, "url must start with http"),
    ("- name: A\n- name: a\n", 2, "outlet 'a' is described twice"),
    ("- name: [unclosed\n", 2, "invalid YAML"),
])
def test_a_wrong_outlets_file_is_one_line_naming_it(tmp_path: Path, text: str, line: int, problem: str) -> None:
    path = tmp_path / "outlets.yaml"
    path.write_text(text)
    with pytest.raises(ExplainerError) as caught:
        outlets.read(path)
    message = str(caught.value)
    assert message.startswith(f"{path}:{line}: ") and problem in message and "\n" not in message


def test_the_cli_reports_a_wrong_outlets_file_in_one_line(tmp_path: Path, seed_facts: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shutil.copytree(seed_facts, tmp_path / "content/facts")
    before = "- name: Tarn\n  lean: [left, right]\n"
    (tmp_path / "content/outlets.yaml").write_text(before)
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli.main, ["render", "--templates", str(TEMPLATES), "--out", str(tmp_path / "out")])
    assert result.exit_code == 1
    assert result.output == "error: content/outlets.yaml:1: outlet 'Tarn': lean must be text\n"
    assert (tmp_path / "content/outlets.yaml").read_text() == before  # never written
    found = [str(p) for p in pipeline.check(tmp_path)]
    assert f"{tmp_path / 'content/outlets.yaml'}:1: outlet 'Tarn': lean must be text" in found


def test_evidence_sentences_are_marked_and_link_back() -> None:
    pages = render_pages(story(), TEMPLATES, TEXTS)
    source = pages["sources/s2.md"]
    html_page = markdown.markdown(source.split("---\n", 2)[-1], extensions=EXTENSIONS)
    assert '<span id="ev-0" class="evidence">The old bridge was closed by Mayor Lena Tarn&#46;</span>\n' in source
    repairs = BODY_2.index("Repairs")
    assert f'<span id="ev-{repairs}" class="evidence">Repairs will cost 4 million euros, officials said&#46;</span>' in source
    supports = [line for line in source.splitlines() if line.startswith("*Supports:*")]
    assert supports[0] == ("*Supports:* [Lena Tarn](../people/lena-tarn.md) · [Mayor closes the old bridge](../timeline.md)")
    assert supports[1] == "*Supports:* [4 million euros cost of the repairs](../figures.md)"
    assert '<p class="evidence-supports">' in html_page
    hostile = story()
    hostile["people"][0]["name"] = "<img src=x onerror=alert(1)>"
    page = render_pages(hostile, TEMPLATES, TEXTS)["sources/s1.md"]
    assert "<img" not in markdown.markdown(page, extensions=EXTENSIONS) and "[&#60;img src&#61;x" in page


def test_seed_story_source_pages_mark_every_cited_sentence(seed_facts: Path) -> None:
    sheets = facts.read(seed_facts)
    pages = pipeline.render(seed_facts, TEMPLATES, ROOT / "content/articles")
    cited = {(e["source"], e["start"]) for p in sheets["people"] for r in p["roles"] for e in r.get("evidence") or []}
    assert cited
    for source, start in cited:
        assert f'<span id="ev-{start}" class="evidence">' in pages[f"sources/{source}.md"]
    assert "coverage.md" in pages and "- [Coverage](coverage.md)" in pages["index.md"]


def test_coverage_page_is_bounded_with_many_outlets() -> None:
    """Articles without an outlet or URL are named by headline: one outlet each. The table keeps
    20 columns and the single-outlet list 40 outlets, and says so."""
    sheets = story()
    sheets["sources"] = [{"id": f"a{n:02d}", "title": f"Headline {n:02d}", "path": f"{n}.txt", "words": 5} for n in range(60)]
    sheets["events"] = [
        {"id": f"e{n:02d}", "date": "2024-05-07", "date_text": "", "summary": f"Road {n} opens", "people": [],
         "sources": [f"a{n:02d}", f"a{(n + 1) % 60:02d}"] if n < 5 else [f"a{n:02d}"], "evidence": []} for n in range(60)]
    sheets["figures"], sheets["people"] = [], []
    page = render_pages(sheets, TEMPLATES, {})["coverage.md"]
    table, single = page.split("## Reported by one outlet only")
    header = next(line for line in table.splitlines() if line.startswith("| Fact |"))
    assert header.count("|") == 22 and "| Headline 00 |" in header and "| Headline 05 |" in header  # the best-reporting first
    assert "the table shows the 20 outlets that report the most of them" in table
    assert "listed here for the first 40 of 55 outlets, by name" in single and single.count("\n### ") == 40
    assert len(page) < 20_000


def test_overlapping_sentences_each_get_their_own_span() -> None:
    from generator.coverage import Mark
    from generator.render import _source_body

    text = "One two three. Four five six.\nSeven <b>eight</b>."
    marks = {0: Mark(14, [("A", "people/a.md")]), 4: Mark(29, [("B", "figures.md")]), 30: Mark(None, [("A", "people/a.md")])}
    first, supports, second, again = _source_body(text, marks)
    assert first == '<span id="ev-0" class="evidence">One </span><span id="ev-4" class="evidence">two three&#46; Four five six&#46;</span>'
    assert supports == "*Supports:* [A](../people/a.md) · [B](../figures.md)\n{: .evidence-supports }"
    assert second == '<a id="ev-30"></a>Seven &#60;b&#62;eight&#60;/b&#62;&#46;' and again.startswith("*Supports:* [A](")
