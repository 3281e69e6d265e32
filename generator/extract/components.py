"""The extraction stages as spaCy pipeline components, each one pass over a parsed article
with its results on `Doc._`.

They run after the parse, in `STAGES` order, because each needs the one before:

    explainer_quotes     doc._.quote_spans   quotations, from the text alone
    explainer_mentions   doc._.mentions      who is named where (people, organizations, pronouns)
    explainer_roles      doc._.roles         offices held, and doc._.titles (who holds which title where)
    explainer_speakers   doc._.quotes        each quotation with its speaker
    explainer_reactions  doc._.paraphrases   reported speech without quotation marks
    explainer_events     doc._.events        what happened when (doc._.published dates "on Tuesday")
    explainer_figures    doc._.figures       the numbers and what they count
    explainer_addressees doc._.addressings   letters and messages, who sent them to whom
    explainer_relations  doc._.relations     who fired, replaced, met ... whom

They are not added to the model's pipeline: a long article is parsed in stretches that are
joined before extraction (`nlp.parse`), and the stages read the whole article. `run(doc)`
applies them; `nlp.load().create_pipe(name)` gives any one of them.
"""

from __future__ import annotations

from datetime import date

from spacy.language import Language
from spacy.tokens import Doc

from generator.extract import addressees, events, figures, mentions, quotes, reactions, relations, roles
from generator.extract.sentences import text_of

for _name in ("published", "published_own", "quote_spans", "quote_chars", "mentions", "roles", "titles", "quotes",
              "paraphrases", "events", "figures", "addressings", "relations"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@Language.component("explainer_quotes")
def find_quotes(doc: Doc) -> Doc:
    doc._.quote_spans = quotes.find_quotes(text_of(doc))
    doc._.quote_chars = [(q.start, q.end) for q in doc._.quote_spans]
    return doc


@Language.component("explainer_mentions")
def find_mentions(doc: Doc) -> Doc:
    doc._.mentions = mentions.build(doc, doc._.quote_chars)
    return doc


@Language.component("explainer_roles")
def find_roles(doc: Doc) -> Doc:
    """Offices, found once; found again only when a pronoun after a title standing for
    someone ("The party chairman replied ... He added") now means that person."""
    index = doc._.mentions
    found = roles.find_roles(doc, index)
    titles = roles.role_index(found)
    described = quotes.described_subjects(doc, index, titles)
    if described and index.reresolve_pronouns(described):
        found = roles.find_roles(doc, index)
        titles = roles.role_index(found)
    doc._.roles, doc._.titles = found, titles
    return doc


@Language.component("explainer_speakers")
def find_speakers(doc: Doc) -> Doc:
    doc._.quotes = quotes.attribute(doc, doc._.quote_spans, doc._.mentions, doc._.titles)
    return doc


@Language.component("explainer_reactions")
def find_reactions(doc: Doc) -> Doc:
    doc._.paraphrases = reactions.find_paraphrases(doc, doc._.mentions, doc._.quote_chars)
    return doc


@Language.component("explainer_events")
def find_events(doc: Doc) -> Doc:
    doc._.events = events.find_events(doc, doc._.mentions, doc._.published, doc._.quote_chars, doc._.titles)
    return doc


@Language.component("explainer_figures")
def find_figures(doc: Doc) -> Doc:
    doc._.figures = figures.find_figures(doc, doc._.quote_chars)
    return doc


@Language.component("explainer_addressees")
def find_addressees(doc: Doc) -> Doc:
    doc._.addressings = addressees.find_addressings(doc, doc._.mentions)
    return doc


@Language.component("explainer_relations")
def find_relations(doc: Doc) -> Doc:
    doc._.relations = relations.find_relations(doc, doc._.mentions, doc._.quote_chars)
    return doc


STAGES = (find_quotes, find_mentions, find_roles, find_speakers, find_reactions, find_events, find_figures, find_addressees,
          find_relations)


def run(doc: Doc, published: date | None, own: bool = True) -> Doc:
    """Every stage over `doc`, an article published on `published` (None: unknown; `own`: a
    date the article gives, not one an evaluation assumed for it)."""
    doc._.published = published
    doc._.published_own = own and published is not None
    for stage in STAGES:
        doc = stage(doc)
    return doc
