"""`explainer evaluate`: score fact sheets against a hand-made gold file.

The gold format and matching rules are those of the shared gold scorer (gold/README.md):
people by normalized full name (a second entry for one person is a false positive); roles
when a predicted title + organization contains one of the person's gold phrases; quotes of
four words or more when 70% of the shorter text's words are in the other, and speakers
through the people's ids and names; events by date (at the gold precision), a keyword in
the summary and the gold person; figures by value and a keyword; organizations by name or
alias. `overall` is the mean F1.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from generator import yamlio
from generator.errors import ExplainerError

Item = dict[str, Any]


def norm(text: Any) -> str:
    text = unicodedata.normalize("NFKD", str(text))
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold().replace("’", "'").replace("‘", "'")
    return re.sub(r"\s+", " ", re.sub(r"[^\w' ]+", " ", text)).strip()


@dataclass
class Score:
    tp_pred: int  # predictions that are right (precision's numerator)
    pred: int
    tp_gold: int  # gold items found (recall's numerator)
    gold: int

    @property
    def precision(self) -> float:
        return self.tp_pred / self.pred if self.pred else 0.0

    @property
    def recall(self) -> float:
        return self.tp_gold / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        p, r = round(self.precision, 3), round(self.recall, 3)
        return 2 * p * r / (p + r) if p + r else 0.0


def overlap(a: str, b: str) -> float:
    """Share of the shorter text's words found in the longer one."""
    ta, tb = norm(a).split(), norm(b).split()
    if not ta or not tb:
        return 0.0
    short, long_ = (ta, tb) if len(ta) <= len(tb) else (tb, ta)
    pool = Counter(long_)
    hit = 0
    for word in short:
        if pool[word]:
            pool[word] -= 1
            hit += 1
    return hit / len(short)


class _Resolver:
    """Predicted ids, names and organizations -> gold names. A gold person's `aliases` are other
    full spellings it accepts (the only name an article gives: "Obama")."""

    def __init__(self, gold: Item, people: list[Item], orgs: list[Item]) -> None:
        self.gold_names = {norm(g["name"]): g["name"] for g in gold.get("people", [])}
        aliases = {norm(a): g["name"] for g in gold.get("people", []) for a in g.get("aliases") or []}
        self.gold_names = aliases | self.gold_names  # a gold name wins over another's alias
        self.pred = {norm(k): p for p in people for k in (p.get("id"), p.get("name")) if k}
        self.org_alias = {norm(a): g["name"] for g in gold.get("organizations", []) for a in [g["name"], *(g.get("aliases") or [])]}
        self.pred_org = {norm(k): o for o in orgs for k in (o.get("id"), o.get("name")) if k}

    def person(self, p: Item) -> str | None:
        return self.gold_names.get(norm(p.get("name", "")))

    def ref(self, ref: Any) -> str | None:
        if isinstance(ref, dict):
            ref = ref.get("id") or ref.get("name") or ""
        if not ref:
            return None
        if norm(ref) in self.pred:
            return self.person(self.pred[norm(ref)])
        if norm(ref) in self.gold_names:
            return self.gold_names[norm(ref)]
        org = self.pred_org.get(norm(ref))
        names = [org.get("name", ""), *(org.get("aliases") or [])] if org else [ref]
        return next((self.org_alias[norm(n)] for n in names if norm(n) in self.org_alias), None)


def _people_and_roles(gold: Item, people: list[Item], r: _Resolver) -> tuple[Score, Score]:
    seen: set[str] = set()
    for p in people:
        g = r.person(p)
        if g:
            seen.add(g)
    gold_people = {g["name"]: g for g in gold.get("people", [])}
    found: set[tuple[str, int]] = set()
    pred_roles = right = 0
    for p in people:
        spellings = _role_spellings(p)
        pred_roles += len(spellings)
        g = r.person(p)
        if not g:
            continue
        for forms in spellings:
            ok = False
            for i, alternatives in enumerate(gold_people[g].get("roles") or []):
                if any(norm(a) in s for a in alternatives for s in forms):
                    found.add((g, i))
                    ok = True
            right += ok or any(norm(a) in s for a in gold_people[g].get("allowed") or [] for s in forms)
    n_roles = sum(len(g.get("roles") or []) for g in gold_people.values())
    return Score(len(seen), len(people), len(seen), len(gold_people)), Score(right, pred_roles, len(found), n_roles)


def _role_spellings(person: Item) -> list[list[str]]:
    """Each predicted role as its accepted spellings: 'director' + 'CIA' reads as 'director CIA',
    'director of (the) CIA' and 'CIA director'."""
    out = []
    for role in person.get("roles") or []:
        if isinstance(role, dict):
            title, org = str(role.get("title") or role.get("role") or ""), str(role.get("organization") or "")
            forms = [f"{title} {org}", f"{title} of {org}", f"{title} of the {org}", f"{org} {title}"] if org else [title]
        elif isinstance(role, str):
            forms = [role]
        else:
            continue
        if forms := [norm(f) for f in forms if norm(f)]:
            out.append(forms)
    return out


def _texts(x: Item) -> list[str]:
    """A statement's text and the other sources' wordings of it."""
    variants = [v.get("text", "") if isinstance(v, dict) else str(v) for v in x.get("variants") or []]
    return [t for t in [x.get("text") or "", *variants] if t]


def _quotes(gold: Item, reactions: list[Item], r: _Resolver) -> tuple[Score, Score]:
    gold_q = gold.get("quotes", [])
    # quoted fragments shorter than four words in every wording (scare quotes, terms) are not scored
    pred = [x for x in reactions if (x.get("kind") or "quote") == "quote" and any(len(norm(t).split()) >= 4 for t in _texts(x))]
    used: dict[int, str] = {}
    found = attributed = 0
    for n, g in enumerate(gold_q):
        label = g.get("same_as") or f"#{n}"
        # the best overlap; a tie goes to a statement not matched yet, then to the one sharing more
        # words (a short fragment overlaps every longer wording fully and must not take them all)
        best, best_i, best_key = 0.0, None, None
        for i, x in enumerate(pred):
            if i in used and used[i] != label:
                continue
            o, shared = max((overlap(g["text"], t), len(set(norm(g["text"]).split()) & set(norm(t).split()))) for t in _texts(x))
            key = (o, i not in used, shared)
            if o > 0 and (best_key is None or key > best_key):
                best, best_i, best_key = o, i, key
        if best_i is not None and best >= 0.7:
            used[best_i] = label
            found += 1
            attributed += r.ref(pred[best_i].get("speaker")) == g["speaker"]
    right_speaker = sum(
        1 for i in used
        if any(r.ref(pred[i].get("speaker")) == g["speaker"] and max(overlap(g["text"], t) for t in _texts(pred[i])) >= 0.7 for g in gold_q)
    )
    return Score(len(used), len(pred), found, len(gold_q)), Score(right_speaker, len(pred), attributed, len(gold_q))


def _date_match(gold_date: Any, pred_date: Any) -> bool:
    if pred_date is None:
        return False
    g, p = str(gold_date), str(pred_date)
    return p == g or (p.startswith(g + "-") and len(g) < 10)


def _events(gold: Item, events: list[Item], r: _Resolver) -> Score:
    gold_e = gold.get("events", [])
    matched: set[int] = set()
    for e in events:
        text = norm(" ".join(str(e.get(k) or "") for k in ("summary", "title", "what", "kind", "description")))
        people = {r.ref(x) for x in e.get("people") or e.get("participants") or []}
        hit = None
        for i, g in enumerate(gold_e):
            if not _date_match(g["date"], e.get("date")) or not any(norm(k) in text for k in g.get("keywords", [])):
                continue
            if g.get("people") and not (set(g["people"]) & people or any(norm(n) in text for n in g["people"])):
                continue
            hit = i
            if i not in matched:
                break
        if hit is not None and hit not in matched:
            matched.add(hit)
    return Score(len(matched), len(events), len(matched), len(gold_e))


def _figures(gold: Item, figures: list[Item]) -> Score:
    gold_f = gold.get("figures", [])
    matched: set[int] = set()
    for f in figures:
        try:
            value = float(f.get("value"))
        except (TypeError, ValueError):
            continue
        text = norm(" ".join(str(f.get(k) or "") for k in ("what", "text", "label", "description")))
        for i, g in enumerate(gold_f):
            if i not in matched and abs(value - float(g["value"])) <= 1e-9 and any(norm(k) in text for k in g.get("keywords", [])):
                matched.add(i)
                break
    return Score(len(matched), len(figures), len(matched), len(gold_f))


def _organizations(gold: Item, orgs: list[Item]) -> Score:
    names = {norm(n) for o in orgs for n in [o.get("name", ""), *(o.get("aliases") or [])]}
    gold_o = gold.get("organizations", [])
    tp = sum(1 for g in gold_o if {norm(g["name"]), *map(norm, g.get("aliases", []))} & names)
    return Score(tp, len(orgs), tp, len(gold_o))


def read_gold(path: Path) -> Item:
    try:
        gold = yamlio.load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError) as exc:
        raise ExplainerError(f"cannot read gold file ({exc})", path) from None
    except yaml.YAMLError as exc:
        raise ExplainerError(f"invalid YAML: {getattr(exc, 'problem', None) or exc}", path) from None
    if not isinstance(gold, dict) or not isinstance(gold.get("people", []), list):
        raise ExplainerError("a gold file is a mapping with people, quotes, events, figures, organizations", path)
    return gold


def score(gold: Item, sheets: dict[str, list[Item]]) -> dict[str, Score]:
    r = _Resolver(gold, sheets.get("people", []), sheets.get("organizations", []))
    out: dict[str, Score] = {}
    out["people"], out["roles"] = _people_and_roles(gold, sheets.get("people", []), r)
    out["quotes"], out["quote_speakers"] = _quotes(gold, sheets.get("reactions", []), r)
    if gold.get("events"):
        out["events"] = _events(gold, sheets.get("events", []), r)
    if gold.get("figures"):
        out["figures"] = _figures(gold, sheets.get("figures", []))
    if gold.get("organizations"):
        out["organizations"] = _organizations(gold, sheets.get("organizations", []))
    return out


def score_gold_file(gold: Item, sheets: dict[str, list[Item]], path: Path) -> dict[str, Score]:
    """`score`, with a gold file that does not follow the gold format named as the problem."""
    try:
        return score(gold, sheets)
    except (AttributeError, KeyError, TypeError, ValueError) as exc:
        raise ExplainerError(f"not in the gold format (see ../shared/gold/README.md): {type(exc).__name__}: {exc}", path) from None


def overall(scores: dict[str, Score]) -> float:
    return sum(round(s.f1, 3) for s in scores.values()) / len(scores) if scores else 0.0
