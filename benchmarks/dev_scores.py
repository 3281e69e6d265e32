"""Development-set scores: every hand-annotated article or story of a development set, scored afresh.

    .venv/bin/python benchmarks/dev_scores.py [--set SET] [--micro] [--corpus DIR] [NAME ...]

SET is one of bbc, modern, modern_b, modern_c, modern_d, modern_e, modern_f, modern_g, modern_h, modern_i, modern_j, modern_k,
modern_l, modern_m, modern_n, modern_o, modern_p, modern_q, modern_r, modern_s, modern_t, modern_u, modern_v, modern_w, modern_x,
modern_y, modern_z, modern_aa, held_out.

`--set bbc` (the default): tests/dev/, BBC articles of 2004-05; each gold file names its
article in the BBC corpus (`article: politics/001.txt`) and may give an assumed `published`
date. `--set modern`: tests/dev_modern/, AllSides articles of 2012-2020 with their own
publication dates; a gold file names one article (`article:`) or a story told by several
outlets (`articles: [...]`), extracted together as one story; `--set modern_b`: tests/dev_modern_b/, a second
such set, annotated blind in 2026-12; `--set modern_c`: tests/dev_modern_c/, a third (fifteen
articles of 2013-2020, three stories of three outlets), annotated blind and first scored on
2026-12-05; `--set modern_d`: tests/dev_modern_d/, a fourth (fifteen articles of 2013-2020),
annotated blind and first scored on 2026-12-05 (fifth session); `--set modern_e`: tests/dev_modern_e/, a fifth
(seventeen articles of 2012-2020, two stories of three outlets, eight singles), annotated blind and first scored
on 2026-12-05 (seventh session); `--set modern_f`: tests/dev_modern_f/, a sixth
(fourteen articles of 2012-2020, two stories of three outlets, eight singles), annotated blind in the
eighth session (two of its articles had been read before: the CBN one of 2015-12-10 in an
organizations helper's sample, the CSM one of 2017-03-04 in a reader's check that gave one role
rule its example); `--set modern_g`: tests/dev_modern_g/, a seventh (fourteen articles of 2012-2020, two
stories of three outlets, eight singles), annotated blind in the ninth session; `--set modern_h`: tests/dev_modern_h/,
an eighth (fourteen articles of 2012-2020, two stories of three outlets, eight singles), annotated blind in the
tenth session; `--set modern_i`: tests/dev_modern_i/, a ninth (fourteen articles of 2013-2019, two stories of
three outlets, eight singles), annotated blind in the eleventh session and a development set from its end;
`--set modern_j`: tests/dev_modern_j/, a tenth (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the twelfth session and a development set from its end;
`--set modern_k`: tests/dev_modern_k/, an eleventh (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the thirteenth session and a development set from its end;
`--set modern_l`: tests/dev_modern_l/, a twelfth (twelve articles of 2013-2019, two stories of three outlets, six
singles), annotated blind in the fourteenth session and a development set from its end;
`--set modern_m`: tests/dev_modern_m/, a thirteenth (twelve articles of 2013-2020, two stories of three outlets, six
singles), annotated blind in the fifteenth session and a development set from its end;
`--set modern_n`: tests/dev_modern_n/, a fourteenth (twelve articles of 2013-2019, two stories of three outlets, six
singles), annotated blind in the sixteenth session and a development set from its end;
`--set modern_o`: tests/dev_modern_o/, a fifteenth (twelve articles of 2012-2020, two stories of three outlets, six
singles), annotated blind in the seventeenth session and a development set from its end;
`--set modern_p`: tests/dev_modern_p/, a sixteenth (twelve articles of 2012-2020, two stories of three outlets, six
singles), annotated blind in the eighteenth session and a development set from its end;
`--set modern_q`: tests/dev_modern_q/, a seventeenth (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the nineteenth session and a development set from its end;
`--set modern_r`: tests/dev_modern_r/, an eighteenth (twelve articles of 2013-2020, two stories of three outlets, six
singles), annotated blind in the twentieth session and a development set from its end;
`--set modern_s`: tests/dev_modern_s/, a nineteenth (twelve articles of 2013-2019, two stories of three outlets, six
singles), annotated blind in the twenty-first session and a development set from its end;
`--set modern_t`: tests/dev_modern_t/, a twentieth (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the twenty-second session and a development set from its end;
`--set modern_u`: tests/dev_modern_u/, a twenty-first (twelve articles of 2015-2020, two stories of three outlets, six
singles), annotated blind in the twenty-third session;
`--set modern_v`: tests/dev_modern_v/, a twenty-second (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the twenty-eighth session of issue 22 and a development set from its end;
`--set modern_w`: tests/dev_modern_w/, a twenty-third (twelve articles of 2014-2020, two stories of three outlets, six
singles), annotated blind in the thirtieth session of issue 22 and a development set from its end;
`--set modern_x`: tests/dev_modern_x/, a twenty-fourth (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the thirty-first session of issue 22 and a development set from its end;
`--set modern_y`: tests/dev_modern_y/, a twenty-fifth (twelve articles of 2012-2019, two stories of three outlets, six
singles), annotated blind in the thirty-second session of issue 22 and a development set from its end;
`--set modern_z`: tests/dev_modern_z/, a twenty-sixth (twelve articles of 2013-2020, two stories of three outlets, six
singles), annotated blind in the thirty-third session of issue 22 and a development set from its end;
`--set modern_aa`: tests/dev_modern_aa/, a twenty-seventh (articles of 2012-2020, two stories of three outlets and
single articles), annotated blind in the thirty-fourth session of issue 22 and a development set from its end;
`--set held_out`: tests/held_out/, fifteen more AllSides
articles (three stories of three outlets, six single articles) annotated blind in 2026-12 and
never tuned on: no floors in the tests, no rule written from its misses; it is scored at the end
of a session to tell how that session's rules do on unseen news. Prints F1 per measure and article, then the means over
the articles whose gold has items of that kind (an article with no quotation is left out of
the quote means, one with no office out of the role means, though the scorer gives an empty
measure F1 0). This is the table in the README's "Measured quality"; on demand, never part
of the test suite (tests/test_quality.py holds each set to micro-averaged floors per measure).
`--micro` adds precision, recall and F1 of the counts summed over the set (micro-averaged, as the
floors are).
"""

from __future__ import annotations

import argparse
import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SETS = {
    "bbc": ("tests/dev", "bbc"), "modern": ("tests/dev_modern", "allsides"), "modern_b": ("tests/dev_modern_b", "allsides"),
    "modern_c": ("tests/dev_modern_c", "allsides"),
    "modern_d": ("tests/dev_modern_d", "allsides"), "modern_e": ("tests/dev_modern_e", "allsides"),
    "modern_f": ("tests/dev_modern_f", "allsides"), "modern_g": ("tests/dev_modern_g", "allsides"),
    "modern_h": ("tests/dev_modern_h", "allsides"), "modern_i": ("tests/dev_modern_i", "allsides"),
    "modern_j": ("tests/dev_modern_j", "allsides"),
    "modern_k": ("tests/dev_modern_k", "allsides"),
    "modern_l": ("tests/dev_modern_l", "allsides"), "modern_m": ("tests/dev_modern_m", "allsides"),
    "modern_n": ("tests/dev_modern_n", "allsides"), "modern_o": ("tests/dev_modern_o", "allsides"),
    "modern_p": ("tests/dev_modern_p", "allsides"), "modern_q": ("tests/dev_modern_q", "allsides"),
    "modern_r": ("tests/dev_modern_r", "allsides"), "modern_s": ("tests/dev_modern_s", "allsides"),
    "modern_t": ("tests/dev_modern_t", "allsides"), "modern_u": ("tests/dev_modern_u", "allsides"),
    "modern_v": ("tests/dev_modern_v", "allsides"),
    "modern_w": ("tests/dev_modern_w", "allsides"),
    "modern_x": ("tests/dev_modern_x", "allsides"),
    "modern_y": ("tests/dev_modern_y", "allsides"),
    "modern_z": ("tests/dev_modern_z", "allsides"),
    "modern_aa": ("tests/dev_modern_aa", "allsides"),
    "held_out": ("tests/held_out", "allsides"),
}
MEASURES = ("people", "roles", "quotes", "quote_speakers", "events", "figures", "organizations")
HAS_ITEMS = {
    "people": "people", "roles": "people", "quotes": "quotes", "quote_speakers": "quotes",
    "events": "events", "figures": "figures", "organizations": "organizations",
}


def main() -> None:
    from generator import evaluate, pipeline

    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--set", dest="dev_set", choices=sorted(SETS), default="bbc")
    parser.add_argument("--micro", action="store_true", help="also P/R/F1 of the counts summed over the set")
    parser.add_argument("--corpus", type=Path, help="where the set's articles are (default: its corpus in ../shared)")
    parser.add_argument("names", nargs="*", help="only gold files whose name contains one of these")
    args = parser.parse_args()
    folder, corpus = SETS[args.dev_set]
    corpus = args.corpus or ROOT.parent / "shared/corpus" / corpus

    golds = [p for p in sorted((ROOT / folder).glob("*.yaml")) if not args.names or any(n in p.stem for n in args.names)]
    print(f"{'article':<20}" + "".join(f"{m[:8]:>9}" for m in MEASURES) + "  overall")
    sums: dict[str, list[float]] = {m: [] for m in MEASURES}
    overall: list[float] = []
    summed = {m: evaluate.Score(0, 0, 0, 0) for m in MEASURES}
    for path in golds:
        gold = evaluate.read_gold(path)
        work = Path(tempfile.mkdtemp(prefix="explainer-dev-"))
        try:
            for article in gold.get("articles") or [gold["article"]]:
                shutil.copy(corpus / article, work / Path(article).name)
            scores = evaluate.score(gold, pipeline.evaluate_sheets(work, gold.get("published")))
        finally:
            shutil.rmtree(work)
        for m, part in scores.items():
            t = summed[m]
            summed[m] = evaluate.Score(t.tp_pred + part.tp_pred, t.pred + part.pred, t.tp_gold + part.tp_gold, t.gold + part.gold)
        row = []
        for m in MEASURES:
            counted = m in scores and (m not in HAS_ITEMS or gold.get(HAS_ITEMS[m]))
            if m == "roles":  # an article naming people but no office is left out of the role means
                counted = counted and any(p.get("roles") for p in gold["people"])
            row.append(f"{scores[m].f1:>9.3f}" if counted else f"{'-':>9}")
            if counted:
                sums[m].append(scores[m].f1)
        overall.append(evaluate.overall(scores))
        print(f"{path.stem:<20}" + "".join(row) + f"  {overall[-1]:.3f}")
    means = "".join(f"{sum(v) / len(v):>9.3f}" if v else f"{'-':>9}" for v in sums.values())
    print(f"{'mean':<20}" + means + f"  {sum(overall) / max(len(overall), 1):.3f}")
    if args.micro:
        for m, score in summed.items():
            print(f"micro {m:<16} P {score.precision:.3f}  R {score.recall:.3f}  F1 {score.f1:.3f}")


if __name__ == "__main__":
    main()
