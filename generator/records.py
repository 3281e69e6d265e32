"""Plain typed records that flow through the pipeline: ingest -> extract -> merge -> facts.

Each stage takes and returns these; none of them knows about spaCy, YAML or MkDocs.
Field names follow the fact-sheet contract (shared/FACTSHEETS.md).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path


@dataclass(frozen=True)
class Evidence:
    """The sentence a fact came from, with its character offsets in the article body."""

    source: str
    text: str
    start: int | None = None
    end: int | None = None


@dataclass
class Article:
    """One input article, read and validated by ingest."""

    id: str
    path: Path
    title: str
    body: str
    outlet: str | None = None
    published: date | None = None
    url: str | None = None
    author: str | None = None
    fingerprint: str = ""  # sha256 of the file's bytes: tells whether the fact sheets are current
    # `published` was assumed by an evaluation for an article that gives no date (to resolve "on
    # Tuesday" as its gold does), not the article's own: nothing is dated by it alone
    published_assumed: bool = False

    @property
    def words(self) -> int:
        return len(self.body.split())


@dataclass
class Role:
    title: str
    organization: str | None = None
    status: str | None = None  # current / former / outgoing, only where the text says
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Person:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    ranks: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    # only a single name was seen; merge links it to a full name, keeps it if it holds a role,
    # speaks or is addressed, or drops it
    partial: bool = False
    addressed: bool = False  # named with an honorific ("Lord X", "Ms X"): a person by the writer's word


@dataclass
class Organization:
    id: str
    name: str
    aliases: list[str] = field(default_factory=list)
    sources: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Event:
    id: str
    date: str | None  # ISO YYYY-MM-DD, YYYY-MM or YYYY; None when unresolved
    date_text: str
    summary: str
    people: list[str] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    headline: str = ""  # a short complete sentence in the source's words, or "" (generator/extract/headlines.py)
    status: str = ""  # "scheduled" when it lies ahead of every report, else ""
    places: list[str] = field(default_factory=list)  # place names in its clause, as written


@dataclass
class Variant:
    source: str
    text: str


@dataclass
class Reaction:
    id: str
    speaker: str | None  # a person or organization id; None: the text gives the source without a name
    kind: str  # "quote" or "paraphrase"
    text: str
    stance: str | None = None
    variants: list[Variant] = field(default_factory=list)
    evidence: list[Evidence] = field(default_factory=list)
    speaker_text: str | None = None  # with no speaker: the unnamed source in the text's words ("a senior official")


@dataclass
class Figure:
    id: str
    value: float
    text: str
    what: str
    attributed_to: str | None = None
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Discrepancy:
    id: str
    what: str
    values: dict[str, str]
    evidence: list[Evidence] = field(default_factory=list)
    # number, date, place, role, account (a real disagreement) or wording (partial quote,
    # compatible titles, spelling): see discrepancies.py
    kind: str = "wording"
    statement: str = ""  # one line saying what the sources disagree on, naming the outlets


@dataclass
class Addressing:
    """A message and who it went to, as one source reports it ("a letter sent to X and Y").
    Not a fact sheet of its own: merge compares sources' addressees for discrepancies."""

    author: str  # person or organization id
    item: str  # "letter"
    recipients: list[str]  # ids, or a noun phrase where no one is named
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Relation:
    """A labelled relation the text states between two people or organizations: `subject`
    fired / replaced / met ... `object` (ids)."""

    id: str
    subject: str
    relation: str  # "fired", "resigned from", ...
    object: str
    date: str | None = None  # ISO, when the sentence's one event is dated
    evidence: list[Evidence] = field(default_factory=list)


@dataclass
class Facts:
    """Everything known about one story (or, before merging, one article)."""

    sources: list[Article] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    organizations: list[Organization] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    reactions: list[Reaction] = field(default_factory=list)
    figures: list[Figure] = field(default_factory=list)
    discrepancies: list[Discrepancy] = field(default_factory=list)
    addressings: list[Addressing] = field(default_factory=list)
    relations: list[Relation] = field(default_factory=list)
    failure: str = ""  # why extracting this article failed (a fault of ours), else ""
