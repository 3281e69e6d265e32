"""Learn the weights of the speaker chooser (`generator/extract/learned_speakers.py`) from
PolNeAR's training split, and write them to `generator/extract/data/speaker_chooser.json`.

    .venv/bin/python scripts/train_speaker_chooser.py [--split train] [--check dev] [--processes 2]

For every quotation of four words or more that this project finds in a training article (the
speaker chooser itself switched off), it lists the candidates the chooser would weigh and labels
the one PolNeAR's annotators marked as the source: the candidate our parse names at the source
span's head word (or the title standing for someone there). A quotation PolNeAR gives no
attribution is labelled "no one"; one whose source our parse names nowhere near is labelled
"no one" as well (the chooser cannot pick it), and one whose source we cannot tell (a source
span that names nobody our parse knows) is left out. The weights are fitted by gradient descent
on the conditional log-likelihood (L2 penalty), so the same articles give the same file.

`--check SPLIT` prints, for the quotations the rules leave without a speaker in that split, how
many the chooser would attribute and how many of those match the annotated source. PolNeAR is
read from ../shared at run time; nothing is copied into the project.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from concurrent.futures import ProcessPoolExecutor
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_GOLD = ROOT.parent / "shared" / "gold"
sys.path.insert(0, str(ROOT))

THRESHOLD = 0.6  # the least probability at which the chooser publishes a speaker
L2, EPOCHS, RATE = 1.0, 500, 0.5
MIN_COUNT = 3  # a feature seen fewer times in training gets no weight


def _polnear():
    sys.path.insert(0, str(SHARED_GOLD))
    import polnear_eval

    return polnear_eval


def examples(split: str, part: int, parts: int) -> list[dict]:
    """Candidate groups of the quotations of one share of a PolNeAR split."""
    from generator import ingest
    from generator.extract import components, learned_speakers, nlp, rules
    from generator.extract.sentences import text_of

    pe = _polnear()
    repo = pe.Repo(pe.POLNEAR)
    model = nlp.load()
    out = []
    for art in pe.articles_of(repo, split)[part::parts]:
        if not art["ann"]:
            continue
        text = repo.read(art["text_path"])
        work = Path(tempfile.mkdtemp())
        (work / f"{art['name']}.txt").write_text(pe.front_matter(art) + text, encoding="utf-8")
        articles = ingest.read_articles(work).articles
        shutil.rmtree(work)
        if not articles:
            continue
        with rules.disabled({"quote.speaker-learned"}):
            doc = next(iter(nlp.parse(model, [articles[0].body], batch_size=1)))
            components.run(doc, articles[0].published, own=True)
        body = text_of(doc)
        offset = text.find(body[:300])
        if offset < 0 or text[offset : offset + len(body)] != body:
            continue  # the body is not the file's text from some point on: the annotation's offsets would not hold
        golds = _attributions(pe, repo, art, text, offset)
        previous = None
        for q in _statements(doc._.quotes):
            if len(q.text.split()) >= 4:
                gold = next((g for g in golds if any(min(b, q.end) > max(a, q.start) for a, b in g["pieces"])), None)
                keys = _source_keys(doc, gold["source"]) if gold else []
                nobody, found = learned_speakers.candidates(doc, q.start, q.end, previous)
                if found and (gold is None or keys):
                    label = next((i for i, c in enumerate(found) if c.key in keys), len(found))
                    out.append({"article": art["name"], "dropped": q.speaker is None and not q.speaker_text,
                                "features": [c.features for c in found] + [nobody], "label": label})
            if q.speaker and q.speaker in doc._.mentions.entities:
                previous = q.speaker
        doc.user_data.clear()
    return out


def _statements(quotes: list) -> list:
    """The article's statements, as the speaker rules see them: the quotations of one statement (its paragraphs,
    the parts an attribution interrupts) share their sentences and speaker; each statement spans its parts."""
    out = []
    for q in quotes:
        if out and q.sentence == out[-1].sentence and q.speaker == out[-1].speaker and q.speaker_text == out[-1].speaker_text:
            out[-1] = replace(out[-1], text=f"{out[-1].text} {q.text}", end=q.end)
        else:
            out.append(q)
    return out


def _attributions(pe, repo, art: dict, text: str, offset: int) -> list[dict]:
    """PolNeAR's attributions of an article holding a quotation: its pieces and source spans,
    as character offsets of the article's body."""
    tb, events = pe.parse_ann(repo.read(art["ann"]))
    segs = pe.quote_segments(text)
    out = []
    for ev in events:
        content = pe.merge_spans([sp for t in ev["roles"].get("Content", []) if t in tb for sp in tb[t]["spans"]], text)
        source = [sp for t in ev["roles"].get("Source", []) if t in tb for sp in tb[t]["spans"]]
        cue = [sp for t in ev["roles"].get("Cue", []) if t in tb for sp in tb[t]["spans"]]
        if source and cue and pe.norm(" ".join(text[a:b] for a, b in source)) in pe.SPEECH_VERBS:
            source = cue  # source and cue swapped by the annotator, as the scorer reads them
        pieces = [(a, b) for a, b, _ in pe.clip(segs, content) if len(pe.words(text[a:b])) >= pe.MIN_WORDS]
        if pieces:
            out.append({"pieces": [(a - offset, b - offset) for a, b in pieces],
                        "source": [(a - offset, b - offset) for a, b in source]})
    return out


def _source_keys(doc, spans: list[tuple[int, int]]) -> list[str]:
    """The entities our parse names at the head word of a source span."""
    mentions = doc._.mentions
    keys = set()
    for a, b in spans:
        span = doc.char_span(max(0, a), min(len(doc.text), b), alignment_mode="expand")
        if span is None or not len(span):
            continue
        m = mentions.at(span.root)
        if m is not None and not m.in_quote and m.key in mentions.entities:
            keys.add(m.key)
        elif span.root.i in mentions.described:
            keys.add(mentions.described[span.root.i])
    return sorted(keys)


def fit(groups: list[dict]) -> tuple[list[str], list[float]]:
    import numpy

    counts: dict[str, int] = {}
    for g in groups:
        for f in g["features"]:
            for k in f:
                counts[k] = counts.get(k, 0) + 1
    names = sorted(k for k, n in counts.items() if n >= MIN_COUNT)
    index = {k: i for i, k in enumerate(names)}
    data = []
    for g in groups:
        x = numpy.zeros((len(g["features"]), len(names)))
        for row, f in enumerate(g["features"]):
            for k, v in f.items():
                if k in index:
                    x[row, index[k]] = v
        data.append((x, g["label"]))
    w = numpy.zeros(len(names))
    for _ in range(EPOCHS):
        grad = L2 * w / len(data)
        for x, y in data:
            s = x @ w
            p = numpy.exp(s - s.max())
            p /= p.sum()
            grad += (x.T @ p - x[y]) / len(data)
        w -= RATE * grad
    return names, [round(float(v), 4) for v in w]


def check(groups: list[dict], names: list[str], weights: list[float]) -> str:
    from generator.extract.learned_speakers import Candidate, Chooser

    model = Chooser(dict(zip(names, weights, strict=True)), THRESHOLD)
    attributed = right = 0
    dropped = [g for g in groups if g["dropped"]]
    for g in dropped:
        best = model.pick(g["features"][-1], [Candidate(str(i), f) for i, f in enumerate(g["features"][:-1])])
        if best is not None:
            attributed += 1
            right += best == g["label"]
    return (f"{len(dropped)} quotations the rules leave without a speaker; the chooser attributes {attributed}, "
            f"{right} to the annotated source")


def gather(split: str, processes: int) -> list[dict]:
    with ProcessPoolExecutor(processes) as pool:
        shares = pool.map(examples, [split] * processes, range(processes), [processes] * processes)
    return sorted((g for share in shares for g in share), key=lambda g: g["article"])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--split", default="train")
    parser.add_argument("--check", help="also report the chooser on the quotations the rules drop in this split")
    parser.add_argument("--processes", type=int, default=2)
    parser.add_argument("--halves", action="store_true",
                        help="only report: fit on every other article and check on the rest, both ways (nothing written)")
    args = parser.parse_args()
    groups = gather(args.split, args.processes)
    if args.halves:
        articles = sorted({g["article"] for g in groups})
        first = set(articles[::2])
        for name, fit_on, check_on in (("first half -> second", True, False), ("second half -> first", False, True)):
            names, weights = fit([g for g in groups if (g["article"] in first) == fit_on])
            print(f"{name}: {check([g for g in groups if (g['article'] in first) == check_on], names, weights)}")
        return
    names, weights = fit(groups)
    from generator.extract.learned_speakers import WEIGHTS

    WEIGHTS.write_text(json.dumps({
        "about": f"speaker chooser weights, learned by scripts/train_speaker_chooser.py from PolNeAR {args.split} "
                 f"({len(groups)} statements)",
        "threshold": THRESHOLD, "features": names, "weights": weights}, indent=1) + "\n", encoding="utf-8")
    print(f"{len(groups)} statements, {len(names)} features -> {WEIGHTS.relative_to(ROOT)}")
    print(f"{args.split}: {check(groups, names, weights)}")
    if args.check:
        print(f"{args.check}: {check(gather(args.check, args.processes), names, weights)}")


if __name__ == "__main__":
    main()
