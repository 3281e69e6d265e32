"""Organizations in one parsed article: found, cleaned, merged and given their aliases.

`mentions.build` calls these once the people are indexed:
- `_org_noun_spans`: proper names beside organization nouns ("the law firm Dods Harrow");
- `_organizations_named_like_people`: PERSON names used as organizations ("a partner of
  Smith Jones");
- `_named_institutions`, `_parties_named_by_members`: parties and seats of government the
  model leaves untagged or tags as a group ("Labour MPs", "Downing Street said");
- `_add_organizations`: every span cleaned (stage `org.clean`), split where the model ran two
  names together, joined to an organization named before ("Labour" and "Labour Party", "IDF"
  and "Israel Defense Forces") and indexed with its aliases.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING, Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span, Token

from generator.extract import rules
from generator.extract.lexicon import phrases, words, words_of
from generator.extract.name_words import POSSESSIVE, name_text, title_word
from generator.extract.name_words import synonyms as _synonyms
from generator.extract.nlp import DASHES
from generator.extract.rules import VETO, Done, rule
from generator.extract.sentences import text_of
from generator.extract.textindex import occurrences

if TYPE_CHECKING:
    from generator.extract.mentions import Entity, Mentions


@cache
def _synonyms_folded() -> dict[str, frozenset[str]]:
    """Name -> every name of that organization, looked up whatever the case ("Conservative party")."""
    return {name.casefold(): group for name, group in _synonyms().items()}


def _org_noun_spans(doc: Doc) -> list[Span]:
    """Proper names beside organization nouns: 'party X', 'X and Y agencies', 'Southern Command'."""
    nouns = sorted(words("org_nouns"))
    matcher = Matcher(doc.vocab)
    propn = {"POS": "PROPN", "OP": "+", "ENT_TYPE": {"NOT_IN": ["DATE", "GPE", "NORP", "CARDINAL"]}}
    noun = {"LOWER": {"IN": nouns}}
    # "the Daily Courier newspaper": a paper's name may start with a word the model reads as a date
    day = {"LOWER": {"IN": ["daily", "sunday", "weekly", "evening"]}, "IS_TITLE": True, "OP": "?"}
    outlet = {"LOWER": {"IN": sorted(words("outlet_words"))}, "IS_TITLE": True}
    kind = {"POS": "NOUN", "IS_LOWER": True, "OP": "?"}  # "the Tal Dor security agency"
    matcher.add("AFTER", [[day, propn, kind, noun], [day, propn, outlet], [{k: v for k, v in day.items() if k != "OP"}, outlet]], greedy="LONGEST")  # "Sunday Courier"
    matcher.add("PAPER", [[{"LOWER": "the"}, {**outlet, "ENT_TYPE": {"NOT_IN": ["PERSON"]}}]])  # "told the Observer"
    # after a lowercase noun, a capitalized word is a name even when tagged as a verb: "the law firm Dods Harrow"
    named = {**propn, "POS": {"IN": ["PROPN", "VERB", "NOUN"]}, "IS_TITLE": True}
    matcher.add("BEFORE", [[{**noun, "IS_LOWER": True}, named]], greedy="LONGEST")
    matcher.add("PAIR", [[propn, {"LOWER": "and"}, propn, {**noun, "IS_LOWER": True}]], greedy="LONGEST")
    # "Department for Work and Pensions", "Ministry of Defence", "Committee on Standards"
    capital = {"IS_TITLE": True, "POS": "PROPN"}
    matcher.add("OF", [[{**noun, "IS_TITLE": True}, {"LOWER": {"IN": ["of", "for", "on"]}}, {"LOWER": "the", "OP": "?"}, capital, {"LOWER": {"IN": ["and", "&"]}}, capital],
                       [{**noun, "IS_TITLE": True}, {"LOWER": {"IN": ["of", "for", "on"]}}, {**capital, "OP": "+"}]], greedy="LONGEST")
    titles = words_of("titles", "ranks")
    spans: list[Span] = []
    matches = matcher(doc)
    named_after = {start + 1 for match_id, start, _ in matches if doc.vocab.strings[match_id] == "BEFORE"}
    for match_id, start, end in matches:
        label = doc.vocab.strings[match_id]
        if label == "AFTER" and end in named_after:
            continue  # "Civil Rights group Fairplay": a description of the body named after the noun
        if label in ("BEFORE", "PAPER"):
            start += 1
        else:
            while end > start + 1 and doc[end - 1].is_lower:
                end -= 1  # "X party", "X security agency": the name is X; "Southern Command": the noun is part of it
        if label == "PAIR":
            mid = next(i for i in range(start, end) if doc[i].lower_ == "and")
            spans += [doc[start:mid], doc[mid + 1 : end]]
        else:
            spans.append(doc[start:end])
    return [s for s in spans if s.text.strip() and not any(t.lower_ in titles for t in s)]


def _organizations_named_like_people(doc: Doc, honored: set[str]) -> set[str]:
    """PERSON names used as organizations: "Smith Jones, which has a client ...",
    "executive partner of Smith Jones", "a director at Smith Jones", "shares in Smith Jones",
    "Smith Jones, the football club," (never "Mr Jones")."""
    titles = words("titles")
    out = set()
    for ent in doc.ents:
        if len(ent) < 2 or ent[-1].text in honored:
            continue
        prep = ent.root.head
        if ent.root.dep_ == "pobj" and prep.lower_ == "in" and prep.head.lemma_.lower() in ("share", "stake"):
            out.add(ent.text)  # "shares in Hale Rovers", whatever the model tagged it
        # "Hale Rovers, the city's football club," / "the football club and former champion Hale Rovers"
        bodies = [c for c in ent.root.children if c.dep_ == "appos"] + ([ent.root.head] if ent.root.dep_ == "conj" else [])
        if any(b.pos_ == "NOUN" and b.lower_ in words("org_nouns") for b in bodies):
            out.add(ent.text)
        if ent.label_ != "PERSON" or any(c.dep_ == "compound" and c.i < ent.start for c in ent.root.children):
            continue  # "the Housing Agency Mark Bell": a name the parse ran together with more
        after = doc[ent.end : ent.end + 2]
        if any(t.lower_ == "which" for t in after):
            out.add(ent.text)
        if ent.root.dep_ == "pobj" and prep.lower_ in ("of", "at") and prep.head.lower_ in titles | {"partner", "member", "client"}:
            out.add(ent.text)
    return out


def _named_institutions(doc: Doc) -> list[Span]:
    """Parties named by an adjective before "party" ("the Conservative party") or a title
    ("Conservative leader"), and seats of government that stand for it ("Downing Street said")."""
    out = [
        doc[t.i : t.i + 2] for t in doc[:-1]
        if t.is_title and t.lower_ in words("party_adjectives") and doc[t.i + 1].lower_ == "party"
    ]
    # "Former Conservative leader X", "Labour MPs": the party, which the model tags as a group
    out += [doc[t.i : t.i + 1] for t in doc[:-1] if t.is_title and t.ent_type_ in ("NORP", "") and t.lower_ in words("party_adjectives") and title_word(doc[t.i + 1])]
    out += [doc[t.i : t.i + 2] for t in doc[:-2] if t.is_title and doc[t.i : t.i + 2].text in _synonyms() and title_word(doc[t.i + 2])]  # "Liberal Democrat leader"
    # "Conservative health spokesman": a portfolio in lower case between the party and the title
    out += [
        doc[t.i : t.i + 1] for t in doc[:-2]
        if t.is_title and t.ent_type_ in ("NORP", "") and t.lower_ in words("party_adjectives")
        and any(title_word(doc[k]) and all(doc[j].is_lower and doc[j].pos_ in ("NOUN", "ADJ") for j in range(t.i + 1, k)) for k in range(t.i + 2, min(t.i + 4, len(doc))))
    ]
    # party names of more than one word, or acronyms, which the model may leave untagged (a two-word party name)
    for name in _synonyms():
        if len(name.split()) > 1 or name.isupper():
            for start, end in occurrences(doc, name):
                span = doc.char_span(start, end)
                if span is not None and not any(t.ent_type_ == "ORG" for t in span):
                    out.append(span)
    # "the Northern Executive": a governing body, though "executive" is also a title
    for t in doc:
        if t.text == "Executive" and t.i >= 2 and doc[t.i - 1].is_title and doc[t.i - 1].lower_ not in words("titles"):
            start = t.i - 1
            while start > 0 and (doc[start - 1].is_title or doc[start - 1].lower_ == "and") and doc[start - 1].lower_ not in words("titles"):
                start -= 1
            if start > 0 and doc[start - 1].lower_ == "the" and doc[start].is_title:
                out.append(doc[start : t.i + 1])
    for phrase in phrases("government_seats") + phrases("legislatures"):
        for start, end in occurrences(doc, phrase):
            span = doc.char_span(start, end)
            modifier = span is not None and _modifies_next(span)
            if span is not None and not (modifier and phrase in phrases("legislatures")):
                out.append(span)  # but "their Commons clashes" names no body
    return out


def _modifies_next(span: Span) -> bool:
    """"the Commons work and pensions committee", "the Commons' home affairs committee": a name
    modifying the noun after it."""
    doc = span.doc
    nxt = doc[span.end] if span.end < len(doc) else None
    if nxt is not None and nxt.text in POSSESSIVE and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
    return nxt is not None and nxt.pos_ in ("NOUN", "ADJ", "PROPN")


def _parties_named_by_members(doc: Doc) -> list[Span]:
    """"the Liberal Democrats said", "Republicans", "the Lib Dems": parties named by their
    members, which the model tags as a group (NORP) or leaves untagged."""
    out = []
    for tok in doc:
        if not tok.is_title or tok.lower_ not in words("party_words") or tok.ent_type_ not in ("", "NORP"):
            continue
        if tok.i + 1 < len(doc) and doc[tok.i + 1].is_title and doc[tok.i + 1].ent_type_ == tok.ent_type_ != "":
            continue  # the party word is not the last of the name
        start = tok.i
        while start > 0 and doc[start - 1].pos_ == "PROPN" and doc[start - 1].is_title and doc[start - 1].ent_type_ in ("", "NORP"):
            start -= 1
        out.append(doc[start : tok.i + 1])
    return out


def _acronyms(name: str) -> set[str]:
    """"Israel Defense Forces" -> {"IDF"}; "UK Independence Party" -> {"UIP", "UKIP"};
    "Department of Justice" -> {"DJ", "DOJ"}."""
    words_ = [w for w in name.split() if w[0].isupper()]
    every = [w for w in name.split() if w.lower() not in ("and", "&", "the")]
    return {"".join(w[0] for w in words_), "".join(w if w.isupper() else w[0] for w in words_), "".join(w[0] for w in every).upper()}


def _inverted(name: str) -> str | None:
    """"Justice Department" <-> "Department of Justice", "Defence Ministry" <-> "Ministry of Defence"."""
    parts = name.split()
    if len(parts) == 2 and parts[1].lower() in ("department", "ministry", "office", "committee", "commission"):
        return f"{parts[1]} of {parts[0]}"
    if len(parts) == 3 and parts[1] == "of" and parts[0].lower() in ("department", "ministry", "office", "committee", "commission"):
        return f"{parts[2]} {parts[0]}"
    return None


def _named_elsewhere(span: Span) -> bool:
    """An organization written before a title ("Acme Bank chief", "Labour MP") that is named
    as one: by an organization noun, as an acronym, or elsewhere without a title after it."""
    if any(t.lower_ in words("org_nouns") for t in span) or (len(span) == 1 and span.text.isupper() and len(span.text) > 1):
        return True
    if len(span) > 1 and span[-1].lower_ in words("outlet_words"):
        return True  # "an Evening Courier journalist": the paper
    if len(span) == 1 and span[0].is_title and span[0].lower_ in words("party_adjectives"):
        return True  # "Labour leader", "a Labour spokesperson": the party
    titles = words_of("titles", "ranks")
    for start, end in occurrences(span.doc, span.text):
        other = span.doc.char_span(start, end, alignment_mode="expand")
        if other is None or other.start == span.start:
            continue
        before = span.doc[other.start - 1] if other.start else None
        after = span.doc[other.end] if other.end < len(span.doc) else None
        inside = before is not None and (before.lower_ in ("of", "for", "and", "&") or before.pos_ == "PROPN")
        inside = inside or after is not None and after.is_title and after.pos_ in ("PROPN", "NOUN")  # "Defense Department"
        inside = inside or after is not None and after.is_lower and other.end + 1 < len(span.doc) and title_word(span.doc[other.end + 1])  # "Home affairs spokesman"
        if not inside and (other.end >= len(span.doc) or span.doc[other.end].lower_ not in titles):
            return True  # standalone, not part of a longer name like "Department for X"
    return False


def _possessive_name(span: Span) -> bool:
    """"Wendy's", "Claire's": a name with its "'s", when the article writes it so at least
    twice and never without."""
    text = text_of(span.doc)
    found = [end for _, end in occurrences(span.doc, span.text)]
    return len(found) >= 2 and all(text[e : e + 2] in ("'s", "’s") for e in found)


def _clean_org(span: Span) -> Span | None:
    """An organization's name as the model tagged it, trimmed, extended or vetoed by the
    rules of stage `org.clean`, in order."""
    return rules.fold("org.clean", span)


@rule("org.seat-is-a-name", stage="org.clean", priority=0, action="keep",
      why="A seat of government written with a number is a name, not a determiner and a number.",
      examples=["Officials at No 10 said the plan was ready."])
def _seat_is_a_name(span: Span) -> Done | None:
    return Done(span) if span.text in phrases("government_seats") else None


@rule("org.acronym-spelled-out-in-lower-case", stage="org.clean", priority=10, action="veto",
      why="An acronym the text spells out in lower case is a common noun: 'an annual general meeting (AGM)'.",
      examples=["Shareholders met at the annual general meeting (AGM) of Dorvale Mining. The AGM voted to sell."])
def _acronym_spelled_out(span: Span) -> Any:
    return VETO if len(span) == 1 and _common_noun_acronym(span[0]) else None


@rule("org.owner-before-possessive", stage="org.clean", priority=20, action="trim",
      why="'Ruritania's Southern Command': the body is after the possessive (but 'the U.S. Attorney's Office' is one name).",
      examples=["The cost is likely to be higher, said Tom Hale, economist with Marlow's Analytics."])
def _owner_before_possessive(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.end - 1, span.start - 1, -1):
        if doc[i].text in ("'s", "’s") and i < span.end - 1 and doc[i - 1].lower_ not in words("titles"):
            return doc[i + 1 : span.end]
    return None


@rule("org.place-after-in", stage="org.clean", priority=30, action="trim",
      why="'Glen High School in Elmton': the body, then where it is.",
      examples=["Talks were held at Dunmore High School in Carlow, attended by pupils."])
def _place_after_in(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 1, span.end - 1):
        after = doc[i + 1 : span.end]
        if doc[i].lower_ == "in" and doc[i - 1].lower_ in words("org_nouns") and all(t.is_title and t.pos_ == "PROPN" for t in after):
            return doc[span.start : i]
    return None


@rule("org.place-after-of", stage="org.clean", priority=40, action="extend",
      why="'the Attorney's Office for the District of' + 'New Jersey': the model cut the name at the place.",
      examples=["The U.S. Attorney's Office for the Southern District of New York declined to comment."])
def _place_after_of(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if doc[end - 1].pos_ == "ADP" and end < len(doc) and doc[end].ent_type_ in ("GPE", "LOC") and doc[end].ent_iob_ == "B":
        return doc[span.start : next((k for k in range(end + 1, len(doc)) if doc[k].ent_iob_ != "I"), len(doc))]
    return None


@rule("org.no-trailing-preposition", stage="org.clean", priority=50, action="trim",
      why="'the Flood Management Centre at': a name does not end with a preposition or conjunction.",
      examples=["Bankers at Tarley's Capital and Sumitomo Mitsui backed the plan."])
def _no_trailing_preposition(span: Span) -> Span | None:
    end = span.end
    while end > span.start + 1 and span.doc[end - 1].pos_ in ("ADP", "CCONJ"):
        end -= 1
    return span.doc[span.start : end] if end != span.end else None


@rule("org.no-leading-determiner", stage="org.clean", priority=60, action="trim",
      why="'the', a bracket or 'Ex-' before a name is not part of it: 'Ex-Harbour Board chief'.",
      examples=["The session opened on the Dunmore Stock Exchange."])
def _no_leading_determiner(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    while start < end and (
        doc[start].pos_ == "DET"
        or doc[start].is_punct
        or doc[start].lower_ in ("ex", "former") and doc[start + 1].text == "-"
    ):
        start += 1
    return doc[start:end] if start != span.start else None


@rule("org.new-before-title", stage="org.clean", priority=70, action="trim",
      why="'New Harbour Police Commissioner X' at a sentence's start: the new commissioner of the force.",
      examples=["New Harbour Police Commissioner Dana Holt took office today."])
def _new_before_title(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    if (
        end - start > 1
        and doc[start].text == "New"
        and doc[start].is_sent_start
        and doc[start + 1].text not in phrases("names_after_new")
        and end < len(doc)
        and title_word(doc[end])
    ):
        return doc[start + 1 : end]
    return None


@rule("org.two-words-joined-by-and", stage="org.clean", priority=80, action="extend",
      why="'The Rules and Privileges Committee', of which the model tags only the end.",
      examples=["The Tarrow and Dunmore Committee met."])
def _two_words_joined_by_and(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    lone = start >= 2 and doc[start - 2].ent_type_ == "ORG" and doc[start - 2].ent_iob_ == "B" and doc[start - 1].ent_iob_ != "I"
    if (
        start >= 2
        and doc[start - 1].lower_ == "and"
        and doc[start - 2].is_title
        and (not doc[start - 2].ent_type_ or lone)
        and (start == 2 or doc[start - 3].pos_ == "DET" or doc[start - 2].is_sent_start)
    ):
        return doc[start - 2 : span.end]
    return None


@rule("org.and-after-of", stage="org.clean", priority=90, action="extend",
      why="'the Group on Trade' + 'and Tariffs': a name with 'of/on/for' cut short at its 'and'.",
      examples=["Dr. Ana Ruiz of the Dunmore Institute of Public Works and Policy said she had concerns."])
def _and_after_of(span: Span) -> Span | None:
    doc, start, end = span.doc, span.start, span.end
    joined = end + 1 < len(doc) and doc[end].lower_ in ("and", "&") and doc[end + 1].is_title and doc[end + 1].pos_ == "PROPN"
    if not joined:
        return None
    another = doc[end + 1].text == doc[start].text or end + 2 < len(doc) and doc[end + 2].lower_ == "of"  # "Duchy of X and Duchy of Y"
    words_in = {t.lower_ for t in doc[start:end]}
    if not another and doc[end + 1].ent_type_ in ("", "ORG", "GPE") and words_in & {"of", "on", "for"} and not words_in & {"and", "&"}:
        return doc[start : end + 2]
    return None


@rule("org.ends-at-dash-or-bracket", stage="org.clean", priority=100, action="trim",
      why="'Veritas - Latin for truth', 'the Federal Bureau of Inquiry (FBI': a name ends at a spaced dash or a bracket.",
      examples=["The Dunmore Times - News reported the vote was close."])
def _ends_at_dash_or_bracket(span: Span) -> Span | None:
    doc = span.doc
    for i in range(span.start + 1, span.end):
        if doc[i].text in ("(", *DASHES) and (doc[i - 1].whitespace_ or doc[i].text == "("):
            return doc[span.start : i]
    return None


@rule("org.channel-number", stage="org.clean", priority=110, action="extend",
      why="'BBC' + 'One', 'Radio' + '4': a broadcaster's channel the model cut short.",
      examples=["She told BBC One viewers the plan was safe."])
def _channel_number(span: Span) -> Span | None:
    doc, end = span.doc, span.end
    if end < len(doc) and doc[end].text in phrases("channel_numbers") and (
        doc[end - 1].text.isupper() or doc[end - 1].text in ("Radio", "Channel")
    ):
        return doc[span.start : end + 1]
    return None


@rule("org.no-trailing-possessive", stage="org.clean", priority=120, action="trim",
      why="A name ends before its possessive or punctuation: 'Acme's'.",
      examples=["Voices from the Dunmore National Convention: What would bring the party together?"])
def _no_trailing_possessive(span: Span) -> Span | None:
    end = span.end
    while end > span.start and (span.doc[end - 1].text in POSSESSIVE or span.doc[end - 1].is_punct):
        end -= 1
    return span.doc[span.start : end] if end != span.end else None


@rule("org.starts-capitalized", stage="org.clean", priority=130, action="veto",
      why="Nothing left, or a lowercase word first: not a name.",
      examples=["The film took £2m in its first three days at the UK box office."])
def _starts_capitalized(span: Span) -> Any:
    return VETO if len(span) == 0 or span[0].is_lower else None


@rule("org.name-before-possessive-noun", stage="org.clean", priority=140, action="extend",
      why="'Guy's Hospital': a name cannot start with the organization noun after a possessive.",
      examples=["Staff at Marlow's Hospital Medical School went on strike."])
def _name_before_possessive_noun(span: Span) -> Span | None:
    doc, start = span.doc, span.start
    if start >= 2 and doc[start].lower_ in words("org_nouns") and doc[start - 1].text in ("'s", "’s") and doc[start - 2].pos_ == "PROPN":
        return doc[start - 2 : span.end]
    return None


@rule("org.noun-alone-before-title", stage="org.clean", priority=150, action="veto",
      why="'Party leader X' at a sentence's start: an organization noun and a title name no body.",
      examples=["Party strategists believe winning over women voters is key."])
def _noun_alone_before_title(span: Span) -> Any:
    doc, end = span.doc, span.end
    if len(span) == 1 and span[0].lower_ in words("org_nouns") and end < len(doc) and title_word(doc[end]):
        return VETO
    return None


@rule("org.only-titles", stage="org.clean", priority=160, action="veto",
      why="'Major General', 'MPs': titles and ranks alone are not a body.",
      examples=["There were rare cases of pets on the roll, the MPs heard."])
def _only_titles(span: Span) -> Any:
    titles = words_of("titles", "ranks")
    return VETO if all(t.lower_ in titles or title_word(t) for t in span) else None


@rule("org.title-of-place", stage="org.clean", priority=170, action="veto",
      why="'the Prince of Wales', 'Archbishop of Canterbury': a title, not a body.",
      examples=["Lord Dunmore said there were many heirs after the Prince of Wales."])
def _title_of_place(span: Span) -> Any:
    titles = words_of("titles", "ranks")
    if len(span) >= 3 and span[0].lower_ in titles and span[1].lower_ == "of" and not any(t.lower_ in words("org_nouns") for t in span):
        return VETO
    return None


@rule("org.portfolio-before-title", stage="org.clean", priority=180, action="veto",
      why="'Defense' in 'Defense Minister', 'Cabinet ministers': a portfolio before a title, unless named as a body elsewhere.",
      examples=["Education Secretary Ruth Kell said the plan would work."])
def _portfolio_before_title(span: Span) -> Any:
    doc, end = span.doc, span.end
    titles = words_of("titles", "ranks")
    before_title = end < len(doc) and (doc[end].lower_ in titles or title_word(doc[end]))
    if before_title and not _named_elsewhere(span) and span.text not in _synonyms():
        return VETO
    return None


@rule("org.portfolio-after-of", stage="org.clean", priority=190, action="veto",
      why="'State' in 'Secretary of State', 'Minister of Defence': a portfolio; but not 'chief executive of Tarrowind'.",
      examples=["Echoing the new US Secretary of State Ana Ruiz, the minister spoke."])
def _portfolio_after_of(span: Span) -> Any:
    doc, start = span.doc, span.start
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in words_of("titles", "ranks"):
        return None
    portfolio = doc[start - 2].lower_ in words("portfolio_titles")
    if len(span) == 1 and portfolio or doc[start - 2 : start + 1].text.lower() in words_of("titles", "ranks"):
        return VETO
    return None


@rule("org.portfolio-after-for", stage="org.clean", priority=200, action="veto",
      why="'health minister for Wales': a portfolio's place (but 'a spokesman for Amnesty' names a body).",
      examples=["The health minister for Wales, Tom Hale, said it was wrong."])
def _portfolio_after_for(span: Span) -> Any:
    doc, start = span.doc, span.start
    if len(span) == 1 and start >= 2 and doc[start - 1].lower_ == "for" and doc[start - 2].lower_ in ("minister", "secretary", "commissioner"):
        return VETO
    return None


@rule("org.not-a-body-head", stage="org.clean", priority=210, action="veto",
      why="'General Election', 'the Crime and Police Bill': a thing, not a body; but 'the Office of Planning and Budget'.",
      examples=["The General Election will be held in May."])
def _not_a_body_head(span: Span) -> Any:
    last = span[-1].lower_
    if last in words("not_org_heads") and (last in ("act", "bill") or not any(t.lower_ in words("org_nouns") for t in span[:-1])):
        return VETO
    return None


@rule("org.text-not-body", stage="org.clean", priority=220, action="veto",
      why="'the European Convention on Human Rights', 'the Treaty of Rome': a text, not a body.",
      examples=["The Dunmore Convention on Fishing Rights was signed by both states."])
def _text_not_body(span: Span) -> Any:
    doc = span.doc
    texts = any(t.lower_ in words("not_org_heads") and t.is_title and t.i + 1 < span.end and doc[t.i + 1].lower_ in ("on", "of", "for") for t in span[:-1])
    if texts and not any(t.lower_ in words("org_nouns") for t in span):
        return VETO
    return None


@rule("org.party-before-member-title", stage="org.clean", priority=230, action="trim",
      why="'The Mid-Vale MP' describes a person; 'Labour MP': the party, when it is named as one elsewhere.",
      examples=["Ana Ruiz, chief investment officer of Harbour Investment Managers, told Reuters."])
def _party_before_member_title(span: Span) -> Any:
    body = len(span) > 1 and span[-1].text == "Executive" and span[-2].lower_ not in words_of("titles", "ranks")  # "the Food Executive", not "Acme Chief Executive"
    if len(span) > 1 and title_word(span[-1]) and span[-2].pos_ == "PROPN" and not body and not any(t.lower_ in words("org_nouns") for t in span):
        return span[:-1] if _named_elsewhere(span[:-1]) else VETO
    return None


@rule("org.place-after-party", stage="org.clean", priority=240, action="trim",
      why="'the National Party Holyrood leader': a place after the party is no part of its name.",
      examples=["The Conservative Party Co-Chairman said the choice was clear."])
def _place_after_party(span: Span) -> Span | None:
    party = next((t.i for t in span[:-1] if t.lower_ == "party"), None)
    if party is not None and all(t.pos_ == "PROPN" for t in span.doc[party + 1 : span.end]):
        return span.doc[span.start : party + 1]
    return None


def _common_noun_acronym(tok: Token) -> bool:
    """"an annual general meeting (AGM)": an acronym the text spells out in lower case."""
    if not tok.text.isupper() or len(tok.text) < 2:
        return False
    doc, n = tok.doc, len(tok.text)
    for i in _bracketed(doc).get(tok.text, ()):
        if i >= n + 1:
            words_ = doc[i - 1 - n : i - 1]
            if all(w.is_lower for w in words_) and "".join(w.text[0] for w in words_).upper() == tok.text:
                return True
    return False


def _bracketed(doc: Doc) -> dict[str, list[int]]:
    """Token text -> where it follows an opening bracket, in order: built once per document."""
    found = doc.user_data.get(_BRACKETED)
    if found is None:
        found = doc.user_data[_BRACKETED] = {}
        for t in doc[1:]:
            if doc[t.i - 1].text == "(":
                found.setdefault(t.text, []).append(t.i)
    return found


_BRACKETED = "explainer.bracketed"


def _split_lists(span: Span) -> list[Span]:
    """Organizations the model ran together across a comma ("X Medical School, University
    of Y") or a "the" ("told the Independent the Tories' plans") -> both."""
    doc, parts, start = span.doc, [], span.start
    for i in range(span.start, span.end + 1):
        if 0 < i - span.start and i < span.end and doc[i].lower_ == "the" and doc[i].is_lower and doc[i - 1].lower_ not in ("of", "for", "and", "on", "&"):
            return [doc[span.start : i], doc[i + 1 : span.end]]  # "the Independent the Tories' plans": two names run together
        if i == span.end or doc[i].text == ",":
            parts.append(doc[start:i])
            start = i + 1
    # "the Duchy of Elm and Duchy of Ash": two bodies of one kind, named alike
    first = span.start + 1 if span[0].pos_ == "DET" else span.start
    same_kind = next((i for i in range(first + 3, span.end - 2) if doc[i - 1].lower_ == "and" and doc[i].text == doc[first].text and doc[i + 1].lower_ == "of"), None)
    if same_kind is not None and doc[first + 1].lower_ == "of":
        return [doc[span.start : same_kind - 1], doc[same_kind : span.end]]
    named = [p[1:] if len(p) and p[0].pos_ == "DET" else p for p in parts]
    # each part after the first must name a body itself: not "Department of the Environment, Food
    # and Rural Affairs"
    if len(parts) > 1 and all(len(p) >= 2 and p[0].is_title for p in named) and all(
        any(t.lower_ in words("org_nouns") for t in p) for p in named[1:]
    ):
        return parts
    return [span]


def _same_org(name: str, index: Mentions, orgs: _Orgs | None = None) -> str | None:
    """An organization already named that `name` is another form of: "Labour Party" and
    "Labour"; "Suffolk UKIP" (a branch named by its place) and "UKIP"; "Tories" and
    "Conservatives" (data/org_synonyms.txt); "the Lords" and "the House of Lords".
    The first such in the order they were named; `orgs`, if given, says which may be."""
    synonyms = _synonyms_folded().get(name.casefold(), frozenset())
    for key in index.entities if orgs is None else orgs.forms_of(name, synonyms):
        entity = index.entities[key]
        if entity.kind == "org" and _form_of(name, key, entity, synonyms):
            return key
    return None


def _form_of(name: str, key: str, entity: Entity, synonyms: frozenset[str]) -> bool:
    """Whether `name` is another form of the organization `key` (see `_same_org`)."""
    if synonyms & {key, *entity.aliases} or _inverted(name) in (key, *entity.aliases):
        return True
    if " of " in key and key.split()[-1] == name and name.lower() not in words("org_nouns"):
        return True
    a, b = name.lower(), key.lower()
    if a != b and (a.removesuffix(" party") == b.removesuffix(" party") or a.removesuffix(" party") == b.removesuffix("s") or b.removesuffix(" party") == a.removesuffix("s")):
        return True  # "Labour Party" and "Labour"; "Conservative party" and "Conservatives"
    for known in (key, *entity.aliases, *(_acronyms(key) if len(key.split()) > 1 else ())):
        if name.endswith(" " + known) and known[0].isupper() and not name.split()[0].isupper():
            return True  # "London UKIP", "Scottish Labour"; not "BBC Wales" (a body of its own)
    if _short_form(name) == key or _short_form(key) == name:
        return True  # "Trade Office" for "Trade and Industry Office"
    rest = key[len(name) + 1 :].lower().split() if key.startswith(name + " ") else []
    if rest and all(w in words("org_nouns") | NAME_TAILS for w in rest):
        return True  # "the Hale inquiry" for "the Hale Inquiry"; "Oxfam" for "Oxfam International"; "Fedco" for "Fedco Department Stores"
    head, _, tail = name.rpartition(" ")
    if head.isupper() and " " not in head and key.endswith(" " + tail) and head in _acronyms(key[: -len(tail) - 1]):
        return True  # "the PTS Union" for "the Public and Transport Services Union"
    if _fuller_form(name, key) or _fuller_form(key, name):
        return True  # "Elm Health Board" for "Elm Local Health Board"
    first, _, last = key.partition(" ")
    return " " not in name and last == name and first.lower() in words_of("first_names_male", "first_names_female")  # "Rennie" for "James Rennie", a company named after its founder


def _ends(name: str) -> tuple[str, str] | None:
    words_ = [w.lower().removesuffix("s") for w in name.split()]
    return (words_[0], words_[-1]) if words_ else None


class _Orgs:
    """The organizations named so far, by every part of their names that `_form_of` and the
    acronym rule compare, so that a new name is compared only with those it may match, not
    with every organization of a long article. Lookups give keys in the order named."""

    def __init__(self) -> None:
        self.order: dict[str, int] = {}
        self._by: dict[str, dict[str, set[str]]] = {}

    def _put(self, table: str, value: str, key: str) -> None:
        self._by.setdefault(table, {}).setdefault(value, set()).add(key)

    def _get(self, table: str, value: str | None) -> set[str]:
        return self._by.get(table, {}).get(value, set()) if value is not None else set()

    def add(self, key: str) -> None:
        if key in self.order:
            return
        self.order[key] = len(self.order)
        self.add_name(key, key)
        lowered = key.lower()
        self._put("no party", lowered.removesuffix(" party"), key)
        self._put("no s", lowered.removesuffix("s"), key)
        if " of " in key:
            self._put("of tail", key.split()[-1], key)
        if len(key.split()) > 1:
            for acronym in _acronyms(key):
                self._put("acronym", acronym, key)
        for acronym in _acronyms(key):
            self._put("any acronym", acronym, key)
        self._put("short form", _short_form(key) or "", key)
        for j, ch in enumerate(key):
            if ch == " ":
                self._put("prefix", key[:j], key)
        if " " in key:
            self._put("last word", key.rpartition(" ")[2], key)
        if (ends := _ends(key)) is not None:
            self._put("ends", "\0".join(ends), key)
        self._put("after first", key.partition(" ")[2], key)

    def add_name(self, key: str, name: str) -> None:
        """`key` is also written `name` (its own name or an alias)."""
        if key in self.order:
            self._put("name", name, key)

    def _ordered(self, keys: set[str]) -> list[str]:
        return sorted(keys, key=self.order.__getitem__)

    def forms_of(self, name: str, synonyms: frozenset[str]) -> list[str]:
        """Every organization `_form_of(name, ...)` may hold for, in the order named."""
        found: set[str] = set()
        for other in (*synonyms, _inverted(name)):
            found |= self._get("name", other)
        found |= self._get("of tail", name)
        lowered = name.lower()
        found |= self._get("no party", lowered.removesuffix(" party")) | self._get("no s", lowered.removesuffix(" party"))
        found |= self._get("no party", lowered.removesuffix("s"))
        for j, ch in enumerate(name):
            if ch == " ":  # "London UKIP": a known name or acronym after a space
                found |= self._get("name", name[j + 1 :]) | self._get("acronym", name[j + 1 :])
        found |= self._get("name", _short_form(name)) | self._get("short form", name)
        found |= self._get("prefix", name)
        if " " in name:
            found |= self._get("last word", name.rpartition(" ")[2])
        if (ends := _ends(name)) is not None:
            found |= self._get("ends", "\0".join(ends))
        found |= self._get("after first", name)
        return self._ordered(found)

    def acronym_candidates(self, name: str) -> list[str]:
        """Every organization the acronym rule may join `name` to, in the order named."""
        found = set(self._get("any acronym", name.upper()))
        found |= {a for a in _acronyms(name) if a in self.order}
        return self._ordered(found)


# words a full name may add after its short form ("Oxfam International", "Fedco Department Stores")
NAME_TAILS = frozenset({"inquiry", "international", "stores", "department", "holdings", "inc", "plc", "corp", "corporation", "ltd", "limited", "co", "industries"})


def _fuller_form(short: str, full: str) -> bool:
    """"Elm Hospital Trust" and "Elm Hospitals NHS Trust": a name of three words or more whose
    words, first and last in place, are all in a longer one."""
    a, b = [w.lower().removesuffix("s") for w in short.split()], [w.lower().removesuffix("s") for w in full.split()]
    return 3 <= len(a) < len(b) and a[0] == b[0] and a[-1] == b[-1] and set(a) <= set(b)


def _short_form(name: str) -> str | None:
    """"Trade and Industry Office" -> "Trade Office": a name whose second part after
    "and" is one word, left out in its short form."""
    words_ = name.split()
    if len(words_) == 4 and words_[1] == "and" and all(w[0].isupper() for w in words_[::2] + words_[3:]):
        return f"{words_[0]} {words_[3]}"
    return None


def _add_organizations(doc: Doc, index: Mentions, spans: list[Span], mention) -> None:
    from generator.extract.mentions import Entity  # mentions imports this module

    cleaned = [c for s in spans for part in _split_lists(s) if (c := _clean_org(part)) is not None]
    cleaned.sort(key=lambda s: (s.start, -len(s)))
    person_words = {w for k, e in index.entities.items() if e.kind == "person" for w in k.split()}
    acronyms: dict[str, str] = {}
    orgs = _Orgs()
    for key, entity in index.entities.items():
        if entity.kind == "org":
            orgs.add(key)
            for alias in entity.aliases:
                orgs.add_name(key, alias)
    for span in cleaned:
        if index.taken(span.start, span.end):
            continue
        name = name_text(span)
        if name in person_words or name in index.entities and index.entities[name].kind == "person":
            continue
        if _possessive_name(span):
            name += doc[span.end].text  # "Wendy's"
        key = acronyms.get(name, name)
        if key not in index.entities:
            key = _same_org(name, index, orgs) or key
        if key not in index.entities:
            # An acronym of an organization already named joins it: IDF = Israel Defense Forces.
            spoken = " " not in name and len(name) >= 3 and name.istitle()  # "Nato", "Unicef": an acronym written as a word
            for other in orgs.acronym_candidates(name):
                entity = index.entities[other]
                if entity.kind == "org" and len(name) >= 2 and (name.isupper() or spoken) and name.upper() in _acronyms(other):
                    key = other
                    break
                if entity.kind == "org" and len(other) >= 2 and other.isupper() and len(name.split()) > 1 and other in _acronyms(name):
                    key = other  # the acronym came first: "the NEC ... the National Executive Committee"
                    break
        entity = index.entities.setdefault(key, Entity("org", key))
        if entity.kind == "org":
            orgs.add(key)
        if key != name:
            entity.aliases.add(name)
            orgs.add_name(key, name)
        mention(span, key, "org")
        # "the Israel Defense Forces (IDF)"
        if span.end + 2 < len(doc) and doc[span.end].text == "(" and doc[span.end + 2].text == ")":
            abbr = doc[span.end + 1]
            if abbr.text.isupper() and len(abbr.text) >= 2:
                entity.aliases.add(abbr.text)
                orgs.add_name(key, abbr.text)
                acronyms[abbr.text] = key
                mention(doc[abbr.i : abbr.i + 1], key, "org")
    # "the Commons standards and privileges committee said": a name of several words written in
    # lower case is still that organization
    for key, entity in list(index.entities.items()):
        if entity.kind != "org" or len(key.split()) < 2:
            continue
        for start, end in occurrences(doc, key, ignore_case=True):
            span = doc.char_span(start, end)
            if span is not None and not index.taken(span.start, span.end):
                mention(span, key, "org")
