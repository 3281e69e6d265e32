"""Extract: one article -> the facts it states, as records keyed by name.

The stages are spaCy components (`components.py`) run in order over each parsed article:
quotations (text) -> mentions (who is named where) -> roles -> quote speakers -> paraphrased
reactions, events, figures, addressings, relations; each behaviour in them is a registered rule
(`rules.py`). `extract_doc` turns their results into the pipeline's records. Merging
articles into one story is `generator.merge`.
"""

from __future__ import annotations

import ctypes
import gc
import multiprocessing
import os
import signal
import threading
import time
from collections.abc import Callable, Iterable

from spacy.tokens import Doc, Span

from generator.collector import collector_paused
from generator.extract import components, nlp
from generator.extract.sentences import sent_of, span_text
from generator.ids import slugify
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


class _Evidence:
    """Evidence from one article, each sentence's text joined once: a sentence with hundreds
    of figures and dates is not joined again for each."""

    def __init__(self, article: Article) -> None:
        self.article = article
        self._texts: dict[tuple[int, int], str] = {}

    def __call__(self, span: Span) -> Evidence:
        text = self._texts.get((span.start, span.end))
        if text is None:
            text = self._texts[(span.start, span.end)] = " ".join(span_text(span).split())
        return Evidence(self.article.id, text, span.start_char, span.end_char)


def extract_doc(article: Article, doc: Doc) -> Facts:
    """The facts of one parsed article. Ids are slugs of names; merge makes them unique."""
    components.run(doc, article.published, own=not article.published_assumed)
    evidence = _Evidence(article)
    index = doc._.mentions

    def ident(key: str) -> str:
        return slugify(index.entities[key].name)

    facts = Facts(sources=[article])
    facts.people, facts.organizations = _named(doc, article, evidence, ident)
    facts.reactions = _quotes(doc, article, evidence, ident) + [
        Reaction(slugify(p.text[:60]), ident(p.speaker), "paraphrase", p.text, p.stance, evidence=[evidence(p.sentence)])
        for p in doc._.paraphrases
    ]
    facts.events = [
        Event(slugify(e.summary[:60]), e.date, e.date_text, e.summary, [ident(k) for k in e.people],
              [ident(k) for k in e.organizations], [evidence(e.sentence)],
              e.told.headline, e.told.status, list(e.told.places))
        for e in doc._.events
    ]
    facts.figures = [
        Figure(slugify(f"{f.text} {f.what}"[:60]), f.value, f.text, f.what, f.attributed_to, [evidence(f.sentence)])
        for f in doc._.figures
    ]
    facts.addressings = [
        Addressing(ident(a.author), a.item, [ident(r) if r in index.entities else r for r in a.recipients], [evidence(a.sentence)])
        for a in doc._.addressings
    ]
    facts.relations = _relations(doc, evidence, ident)
    return facts


def _relations(doc: Doc, evidence: _Evidence, ident: Callable[[str], str]) -> list[Relation]:
    """The relations of `doc`, each dated by its sentence's event when the sentence has one date."""
    dates: dict[int, set[str]] = {}
    for e in doc._.events:
        dates.setdefault(e.sentence.start, set()).add(e.date or "")
    out = []
    for r in doc._.relations:
        subject, obj = ident(r.subject), ident(r.object)
        when = dates.get(r.sentence.start, set())
        date = next(iter(when)) if len(when) == 1 and "" not in when else None
        out.append(Relation(slugify(f"{subject} {r.relation} {obj}"), subject, r.relation, obj, date, [evidence(r.sentence)]))
    return out


def _named(
    doc: Doc, article: Article, evidence: _Evidence, ident: Callable[[str], str]
) -> tuple[list[Person], list[Organization]]:
    """The people and organizations of `doc`, each with up to three sentences naming it, and
    the offices each person holds."""
    index = doc._.mentions
    people: dict[str, Person] = {}
    orgs: dict[str, Organization] = {}
    for m in index.mentions:
        entity = index.entities[m.key]
        if entity.kind == "person":
            if m.key not in people:
                people[m.key] = Person(
                    ident(m.key), entity.name, sorted(entity.aliases), ranks=list(entity.ranks),
                    sources=[article.id], partial=entity.partial, addressed=entity.addressed,
                )
            named: Person | Organization | None = people[m.key] if not m.pronoun else None
        else:
            if m.key not in orgs:
                orgs[m.key] = Organization(ident(m.key), entity.name, sorted(entity.aliases), sources=[article.id])
            named = orgs[m.key]
        if named is not None and len(named.evidence) < 3:
            ev = evidence(sent_of(doc[m.start]))
            if ev not in named.evidence:
                named.evidence.append(ev)
    for r in doc._.roles:
        held = people[r.person].roles if r.person in people else None
        if held is not None and not any((h.title, h.organization, h.status) == (r.title, r.organization, r.status) for h in held):
            held.append(Role(r.title, r.organization, r.status, [evidence(r.sentence)]))
    _bodies_of_offices(doc, orgs, evidence)
    return list(people.values()), list(orgs.values())


def _bodies_of_offices(doc: Doc, orgs: dict[str, Organization], evidence: _Evidence) -> None:
    """The body of an office a person holds, named by no organization of the article and by no
    person, added as an organization when rule `org.body-of-an-office` holds."""
    from generator.extract.organizations import _body_of_an_office

    index = doc._.mentions
    known = {n.casefold() for k, e in index.entities.items() for n in (k, e.name, *e.aliases)}
    for r in doc._.roles:
        name = r.organization
        if r.person in index.entities and name and name.casefold() not in known and _body_of_an_office(name, r.sentence):
            known.add(name.casefold())
            orgs[name] = Organization(slugify(name), name, [], sources=[evidence.article.id], evidence=[evidence(r.sentence)])


def _quotes(doc: Doc, article: Article, evidence: _Evidence, ident: Callable[[str], str]) -> list[Reaction]:
    """The quotations with a speaker, or with an unnamed source the text gives ("a senior
    official said": no speaker, `speaker_text`), each with the sentences it spans; a single
    quoted word is a term, not a statement."""
    found = []
    for q in doc._.quotes:
        named = q.speaker is not None and q.speaker in doc._.mentions.entities
        if not (named or q.speaker is None and q.speaker_text) or len(q.text.split()) < 2:
            continue
        span = doc.char_span(q.start, q.end, alignment_mode="expand")
        sent_span = doc[sent_of(span[0]).start : sent_of(span[-1]).end] if span is not None and len(span) else None
        ev = evidence(sent_span) if sent_span is not None else Evidence(article.id, q.sentence)
        speaker, teller = (ident(q.speaker), None) if named else (None, q.speaker_text)
        found.append(Reaction(slugify(q.text[:60]), speaker, "quote", q.text, evidence=[ev], speaker_text=teller))
    return found


BATCH = 16
PARALLEL_FROM = 4 * BATCH  # fewer articles than this are not worth a second process
_PR_SET_PDEATHSIG = 1  # Linux prctl option: a signal for this process when its parent dies


def _extract_batch(articles: list[Article]) -> list[Facts]:
    model = nlp.load()
    docs: Iterable[Doc] = nlp.parse(model, (a.body for a in articles), batch_size=BATCH)
    return [_extract_one(article, doc) for article, doc in zip(articles, docs, strict=True)]


def _extract_one(article: Article, doc: Doc) -> Facts:
    """`extract_doc`, contained: a fault of a rule on one article leaves that article's facts
    out (its failure said) and never loses the rest of the story."""
    try:
        return extract_doc(article, doc)
    except Exception as exc:  # noqa: BLE001 - any fault of ours; reported by the pipeline, one line
        return Facts(sources=[article], failure=f"{type(exc).__name__}: {exc}")
    finally:
        doc.user_data.clear()  # the stages' results and indexes point back at the document: freed now, not by the collector


def _worker_init() -> None:
    """A worker lives only as long as its parent: Ctrl-C is the parent's to report (the
    worker ignores it and is terminated), and the worker ends when the parent is killed."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    parent = os.getppid()
    try:
        ctypes.CDLL(None, use_errno=True).prctl(_PR_SET_PDEATHSIG, signal.SIGTERM)
    except (AttributeError, OSError):  # not Linux: watch the parent instead
        threading.Thread(target=_exit_with, args=(parent,), daemon=True).start()
    if os.getppid() != parent:  # the parent died before the death signal was armed
        os._exit(1)


def _exit_with(parent: int) -> None:
    while os.getppid() == parent:
        time.sleep(1)
    os._exit(1)


def _settle() -> None:
    """After each batch, while the collector's own passes are paused: a young collection for
    any cycle the batch left (each parsed article is freed as its facts are out). The facts
    so far survive into the oldest generation, which no pass walks again during the run:
    otherwise the collector's full passes walk every earlier article's facts again as the
    story grows (1.3 CPU-s of 58 at 800 articles)."""
    gc.collect(1)


def extract_articles(
    articles: list[Article],
    progress: Callable[[Article], None] | None = None,
    workers: int | None = None,
) -> list[Facts]:
    """Parse every article (batched through spaCy) and extract its facts. Large runs use
    one process per core, each with its own model; results keep the articles' order."""
    workers = workers if workers is not None else min(os.cpu_count() or 1, 4)
    batches = [articles[i : i + BATCH] for i in range(0, len(articles), BATCH)]
    out: list[Facts] = []
    pool = None
    if workers < 2 or len(articles) < PARALLEL_FROM:
        results: Iterable[list[Facts]] = map(_extract_batch, batches)
    else:
        pool = multiprocessing.get_context("fork").Pool(workers, initializer=_worker_init)
        results = pool.imap(_extract_batch, batches)
    try:
        with collector_paused():
            for batch, facts in zip(batches, results, strict=True):
                out += facts
                _settle()
                for article in batch:
                    if progress:
                        progress(article)
    finally:
        if pool is not None:
            pool.terminate()  # done, or interrupted: no worker outlives the run
            pool.join()
    return out
