"""Titles and offices of people, from the shapes news uses:

- before the name: "Defense Minister Dan Kaplan", "Jewish Power party head X";
- after the name, in apposition: "X, head of the opposition party Y,";
- the name in apposition to the title: "the Israeli military's chief of staff, X,";
- said of the person: "X became party leader", "was named chief", "resigned as chairman";
- a title standing for a person named before or, in a lead, after it ("the minister").

A phrase only counts when a title word (data/titles.txt) heads it; ranks ("Lt. Gen.") are
kept apart, and an organization inside the phrase is split off from the title.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import words
from generator.extract.mentions import SEAT_HOLDERS, SUBJECT_DEPS, Mention, Mentions, title_word
from generator.extract.sentences import sent_of

SPOKESPERSON_TITLES = frozenset({"spokesman", "spokeswoman", "spokesperson"})

ABBREVIATIONS = {"sen.": "Senator", "rep.": "Representative", "gov.": "Governor", "pres.": "President", "amb.": "Ambassador", "atty.": "Attorney", "supt.": "Superintendent"}
STATUS_WORDS = {"former": "former", "ex": "former", "then": "former", "outgoing": "outgoing", "acting": "current", "incumbent": "current", "current": "current", "now": "current", "currently": "current", "presently": "current"}


@dataclass
class FoundRole:
    person: str
    title: str
    organization: str | None
    status: str | None
    sentence: Span
    token: int  # where the title was found, for "the minister said"


def _titles() -> frozenset[str]:
    return words("titles")


@cache
def _multiword_titles() -> tuple[list[str], ...]:
    return tuple(parts for title in _titles() if len(parts := title.split()) > 1)


def _multiword_title(tokens: list[Token]) -> int:
    """Length of the longest multiword title at the start of `tokens` (0 if none)."""
    best = 0
    lowered = [t.lower_ for t in tokens]
    for parts in _multiword_titles():
        if lowered[: len(parts)] == parts:
            best = max(best, len(parts))
    return best


def _clean(text: str) -> str:
    text = " ".join(text.split()).strip(" ,;:")
    for det in ("the ", "The ", "a ", "an ", "A ", "An ", "his ", "His ", "her ", "Her ", "their ", "Their ", "its ", "Its "):
        if text.startswith(det):
            text = text[len(det) :]
    return text


def _status(tokens: list[Token]) -> str | None:
    for t in tokens:
        word = t.lower_.rstrip("-")
        if word in STATUS_WORDS:
            return STATUS_WORDS[word]
    return None


def _split_phrase(tokens: list[Token], mentions: Mentions, whole: bool = False) -> tuple[str, str | None] | None:
    """A title phrase (no determiner) -> (title, organization), or None if no title heads it.
    With `whole` (a phrase written before the name) the title runs to the phrase's end:
    "chief executive", "permanent secretary"."""
    tokens = [
        t for n, t in enumerate(tokens)
        if t.lower_.rstrip("-") not in STATUS_WORDS and t.lower_ not in words("descriptors") and t.text not in ("new", "other") and (t.ent_type_ != "ORDINAL" or _multiword_title(tokens[n:]))
        and t.ent_type_ != "DATE"  # "a 41-year-old nurse": an age
        and not (t.text == "-" and (n == 0 or tokens[n - 1].lower_ in STATUS_WORDS))
    ]
    marks = [n for n, t in enumerate(tokens) if t.is_quote and t.dep_ != "case"]  # not "the Conservatives' director"
    if marks:
        tokens = tokens[marks[-1] + 1 :]  # 'show how "childish" the minister': after the quoted word
    propn = next((n for n, t in enumerate(tokens) if t.pos_ == "PROPN"), None)
    if propn and all(t.pos_ == "NOUN" and t.is_lower and not title_word(t) and t.lower_ not in QUALIFIERS for t in tokens[:propn]):
        tokens = tokens[propn:]  # "[at their] rally launch Tory vice-chairman X": the title starts at the party (not "shadow Chancellor X")
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].is_punct):
        tokens = tokens[1:]
    while tokens and tokens[-1].is_punct:
        tokens = tokens[:-1]
    if not tokens:
        return None
    titles = _titles()
    first_title = next(
        (i for i, t in enumerate(tokens) if title_word(t) or _multiword_title(tokens[i:])), None
    )
    if first_title is None:
        return None
    org = None
    for i, t in enumerate(tokens[:first_title]):  # possessor: "the Israeli military's chief of staff"
        if t.text in ("'s", "’s") and (_proper(tokens[:i], mentions) or i and tokens[i - 1].lower_ in words("org_nouns")):  # not "children's commissioner"
            org = _clean(tokens[0].doc[tokens[0].i : t.i].text)
            tokens = tokens[i + 1 :]
            break
    # the title's head: the first title word; "of ..." after it names the organization
    for i, t in enumerate(tokens):
        multi = _multiword_title(tokens[i:])
        if multi or title_word(t):
            end = i + (multi or 1)
            for j in range(end, len(tokens)):  # "Deputy Prime Minister": through the last title word
                if tokens[j].pos_ == "ADP" and (not whole or _proper(tokens[j + 1 :], mentions)):
                    break
                if tokens[j].text in ("-", "–", "—", ",") and tokens[j - 1].whitespace_:
                    break  # "the party's election supremo - and deputy leader X": a spaced dash ends it
                if tokens[j].lower_ in titles or whole:
                    end = j + 1
            title_tokens = tokens[:end]
            rest = tokens[end:]
            # "head of the Child Support Agency": an organization; "professor of child health":
            # a common noun phrase, part of the title
            seat = rest[1:] if rest and rest[0].lower_ in ("for", "from") and title_tokens[-1].lower_ in SEAT_HOLDERS else []
            if seat and not mentions.in_span(seat[0].i, seat[-1].i + 1, "org"):
                title_tokens = tokens  # "MP for Kensington and Chelsea": the seat is part of the title
            elif rest and rest[0].lower_ in ("of", "at", "for", "in") and len(rest) > 1:
                if _proper(rest[1:], mentions):
                    named = mentions.in_span(rest[1].i, rest[-1].i + 1, "org")
                    if org is None and len(named) == 1:  # "of the troubled Housing Agency"
                        org = mentions.entities[named[0].key].name
                    elif org is None:
                        org = _clean(rest[0].doc[rest[1].i : rest[-1].i + 1].text)
                elif rest[0].lower_ in ("of", "for") and all(not t.is_punct for t in rest):
                    title_tokens = tokens
            # an organization named inside the title phrase: "Jewish Power party head"
            inner = [m for m in mentions.in_span(title_tokens[0].i, title_tokens[-1].i + 1, "org")]
            if inner and org is None:  # kept in the title as written: "Trade and Industry Secretary"
                org = mentions.entities[inner[0].key].name
            title = _clean("".join(ABBREVIATIONS.get(t.lower_, t.text) + t.whitespace_ for t in title_tokens))
            if not title or title.lower() in words("ranks") or all(t.pos_ == "ADJ" for t in title_tokens):
                return None  # a rank; "official" in "the minister's official Kent house"
            return title, org or None
    return None


def _proper(tokens: list[Token], mentions: Mentions) -> bool:
    """Whether a phrase after "of" names something: "the Housing Agency", "Israel's army"."""
    return any(
        t.pos_ == "PROPN" or t.ent_type_ in NAMED_TYPES or t.text in ("'s", "’s") or (m := mentions.at(t)) is not None and not m.pronoun
        for t in tokens
    )


NAMED_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC", "EVENT", "LAW", "WORK_OF_ART", "PRODUCT", "LANGUAGE"})


def _phrase_tokens(head: Token, exclude: Span | None = None) -> list[Token]:
    """The title phrase headed by `head`, without clauses, asides or the excluded span."""
    keep: list[Token] = []
    subject = {t.i for c in head.children if c.dep_ in SUBJECT_DEPS for t in c.subtree}  # "made [him] leader"
    for tok in head.subtree:
        if exclude is not None and exclude.start <= tok.i < exclude.end or tok.i in subject:
            continue
        keep.append(tok)
    # cut at the first clause or aside that hangs off the phrase
    clauses = [t.left_edge.i for t in head.subtree if t.i > head.i and t.dep_ in ("relcl", "acl", "advcl")]
    asides = [t.i for t in keep if t.i > head.i and t.text in (",", "(", ";", "—", "–")]
    asides += [t.i for t in keep if t.i > head.i and t.dep_ == "prep" and any(c.ent_type_ in ("DATE", "TIME") for c in t.children)]
    asides += [t.i for t in keep if t.i > head.i and t.dep_ == "cc" and any(c.dep_ == "conj" and c.i > t.i and title_word(c) for c in t.head.children)]
    cut = min(clauses + asides, default=None)  # "members who defected": not "who"; "minister in May": not "May"
    keep = [t for t in keep if cut is None or t.i < cut]
    doc, k = head.doc, min(t.i for t in keep) if keep else head.i
    while k >= 2 and doc[k - 1].text == "-" and not doc[k - 1].whitespace_ and not doc[k - 2].whitespace_ and doc[k - 2].is_alpha:
        keep = [doc[k - 2], doc[k - 1], *keep]  # "co-head", "vice-chairman", which the parser splits
        k -= 2
    if exclude is not None:  # only the part on one side of the name
        keep = [t for t in keep if t.i < exclude.start] if head.i < exclude.start else keep
    return keep


def _prenominal(doc: Doc, m: Mention, mentions: Mentions, before: int | None = None) -> list[Token]:
    """The title phrase written just before the name (or before token `before`)."""
    titles = _titles()
    run: list[Token] = []
    i = (m.start if before is None else before) - 1
    while i >= 0:
        t = doc[i]
        after_title = i > 0 and doc[i - 1].lower_ in titles or i >= 3 and _multiword_title(list(doc[i - 3 : i])) == 3  # "secretary of state for"
        if t.lower_ in ("of", "for", "to") and any(r.lower_ not in words("honorifics") for r in run) and after_title:
            # "spokeswoman for women X", "Chief Secretary to the Treasury X", not "spokesman for (Mr) X"
            run.insert(0, t)
            i -= 1
            continue
        joins_titles = t.lower_ in ("and", "&") and run and run[0].is_title and i > 0 and doc[i - 1].is_title
        if t.pos_ == "DET" and i > 1 and doc[i - 1].lower_ in ("of", "to") and doc[i - 2].lower_ in titles:
            run.insert(0, t)  # "head of the Child Support Agency X", "Chief Secretary to the Treasury X"
            i -= 1
            continue
        # "Acme head X": "head" read as a verb; "Tory shadow local government secretary X": "shadow"
        tagged_verb = t.pos_ == "VERB" and (not run and title_word(t) or run and t.lower_ in ("shadow", "acting", "deputy"))
        if not joins_titles and not tagged_verb and (t.is_punct and t.text != "-" or t.pos_ in ("DET", "VERB", "AUX", "ADP", "CCONJ", "PRON", "SCONJ", "PART", "NUM")):
            break
        if t.ent_type_ == "DATE" or t.is_space or t.i < sent_of(doc[m.start]).start or t.text in ("-", "–", "—") and t.whitespace_ and t.i and doc[t.i - 1].whitespace_:
            break  # not across a date, a paragraph, a sentence or a spaced dash ("three MPs - X, Y and Z")
        other = mentions.at(t)
        if other is not None and other.kind == "person":
            break
        run.insert(0, t)
        i -= 1
    while run and run[0].pos_ == "CCONJ":
        run.pop(0)
    while run and run[-1].lower_ in words("honorifics"):
        run.pop()  # "chief executive Mr X"
    # ranks adjacent to the name are not roles: they are the person's rank
    ranks: list[str] = []
    while run and run[-1].lower_ in words("ranks") and not (len(run) > 1 and _multiword_title(run[-2:]) == 2):
        if len(run) > 2 and run[-2].text == "-" and not run[-2].whitespace_ and not run[-3].whitespace_:
            break  # "director-general X": the rank is part of the title
        ranks.insert(0, run.pop().text)
    entity = mentions.entities[m.key]
    if ranks and " ".join(ranks) not in entity.ranks:
        entity.ranks.append(" ".join(ranks))
    return run


def _after_both(doc: Doc, i: int) -> bool:
    """Whether "both" opens the phrase at token `i` ("Both the X and Y Z"): two people, not one."""
    return any(t.lower_ == "both" for t in doc[max(0, i - 2) : i + 1])


POSTNOMINAL_OFFICES = frozenset({"MP", "MEP", "MSP", "AM", "MLA"})  # "Tom Hale MP"


def _title_governor(name_root: Token) -> Token | None:
    """For a name in apposition ("the head of the party X, NAME,"), the title it stands beside;
    the parser often hangs the name on the nearest noun, so climb the noun phrase."""
    tok = name_root.head
    for _ in range(6):
        if tok.pos_ in ("NOUN", "PROPN") and (title_word(tok) or _multiword_title(list(tok.doc[tok.i : tok.i + 4]))):
            return tok  # also a plural: "one of its two London Assembly members, X,"
        if tok.dep_ not in ("pobj", "prep", "appos", "compound", "poss") or tok.head is tok:
            return None
        tok = tok.head
    return None


PREDICATE_VERBS = frozenset({"be", "become", "remain", "serve", "work", "act", "succeed", "replace", "take", "return", "continue", "stay", "join", "hold", "assume"})
APPOINTING_VERBS = frozenset({"appoint", "name", "elect", "nominate", "make", "install", "confirm", "choose", "pick", "tap", "swear", "promote", "hire", "reappoint", "designate", "recruit"})
LEAVING_VERBS = frozenset({"resign", "quit", "retire", "step", "stand", "leave"})
POST_NOUNS = frozenset({"role", "post", "position", "job", "office", "title"})
WISHING_VERBS = frozenset({"consider", "hope", "want", "wish", "plan", "seek", "aim", "intend", "try", "like", "love", "aspire", "refuse", "decline", "deny", "dream", "expect", "bid", "hate"})
HYPOTHETICAL = frozenset({"would", "could", "might", "may", "should", "must", "'d"})
REMOVING_VERBS = frozenset({"fire", "sack", "oust", "dismiss", "remove", "depose", "axe", "unseat", "replace", "succeed"})
LEAVING_NOUNS = frozenset({"resignation", "departure", "retirement", "exit", "dismissal", "sacking", "removal"})
APPOINTING_NOUNS = frozenset({"appointment", "nomination", "election", "promotion", "selection"})


def _predicates(name: Token) -> list[Token]:
    """Title nouns said of a person: "X is the party's leader", "X was named chief of staff",
    "X, who served as defence minister", "the mayor named X as interim commissioner" (the
    one appointed, never the one appointing)."""
    out = []
    head = name.head
    if name.dep_ == "poss" and head.pos_ == "NOUN" and head.lemma_.lower() not in ("predecessor", "successor"):
        out += [c for a in head.children if a.dep_ == "prep" and a.lower_ == "as" for c in a.children if c.dep_ == "pobj"]  # "his appointment as chairman"
    if name.dep_ == "nsubj" and head.pos_ == "NOUN" and head.dep_ in ("ccomp", "xcomp", "oprd") and head.head.lemma_.lower() in APPOINTING_VERBS:
        out.append(head)  # "X had made him deputy leader": the parser's small clause
    if name.dep_ == "nsubj":  # "As agriculture minister he caused controversy"
        fronted = [
            c for c in head.children if c.dep_ in ("prep", "mark") and c.lower_ == "as" and (c.i < name.i or name.tag_ == "WP" and c.i < head.i)
        ]  # "As agriculture minister he caused"; "who as a law lord did not"
        if head.dep_ == "ccomp":  # "X said as health minister she cut ...": the office fronts this clause
            fronted += [c for c in head.head.children if c.dep_ == "prep" and c.lower_ == "as" and c.right_edge.i + 1 == name.i]
        out += [c for a in fronted for c in a.children if c.dep_ == "pobj"]
    # verbs sharing the subject: "X quit in 1999 and has served as chairman", "X is to stand down as an MP"
    shared = [v for v in head.conjuncts if v.i > head.i and not any(c.dep_ in SUBJECT_DEPS for c in v.children)] if name.dep_ in SUBJECT_DEPS else []
    wishing = head.lemma_.lower() in WISHING_VERBS or head.lower_.removesuffix("s") in WISHING_VERBS  # the model lemmatizes "hopes" as "hop"
    if name.dep_ in SUBJECT_DEPS and not wishing:  # "nominated to serve as"; not "considering becoming"
        shared += [c for c in head.children if c.dep_ == "xcomp" and c.pos_ == "VERB"]
    if name.dep_ in SUBJECT_DEPS:  # "After serving as a junior minister, he became ..."
        shared += [
            c for c in head.children
            if c.dep_ == "advcl" and c.tag_ in ("VBG", "VBN") and c.i < name.i and not any(g.dep_ in SUBJECT_DEPS for g in c.children)
        ]
        shared += [g for c in head.children if c.dep_ == "prep" and c.i < name.i for g in c.children if g.dep_ == "pcomp" and g.tag_ == "VBG"]
    for verb in [head, *shared]:
        lemma = verb.lemma_.lower()
        said_of = (name.dep_ == "nsubj" or verb is not head) and lemma in PREDICATE_VERBS | LEAVING_VERBS
        attempted = verb.dep_ == "xcomp" and verb.head.lemma_.lower() in ("try", "attempt", "seek")  # "tried to hire him as an adviser"
        # "fired X as Y": Y was held; "Named foreign secretary in 1998, X had": the participle's
        appointed = (name.dep_ in ("nsubjpass", "dobj") or verb.dep_ == "advcl" and verb.tag_ == "VBN" and verb.i < name.i) and lemma in APPOINTING_VERBS | REMOVING_VERBS and not attempted
        # "X makes his money as a consultant", "X spoke as chairman": any verb, unless "as" describes
        # its object ("X described Y as a liar", "sees himself as a leader")
        acting = name.dep_ == "nsubj" and verb.pos_ == "VERB" and not any(c.dep_ in ("dobj", "dative") and c.pos_ in ("PRON", "PROPN") for c in verb.children)
        if not (said_of or appointed or acting) or verb.is_title and not verb.is_sent_start or any(_negates(c) or c.dep_ == "aux" and c.lower_ in HYPOTHETICAL for c in verb.children):
            continue  # a headline in title case ("X Becomes Highest-Ranking Official ..."): a description;
            # "he is not home secretary", "he hoped X would be premier": no office held
        for child in verb.children:
            if not (said_of or appointed) and not (child.dep_ == "prep" and child.lower_ == "as"):
                continue  # any other verb tells an office only through "as"
            if child.dep_ == "attr" and child.lower_ == "one":  # "X was one of Britain's EU commissioners"
                out += [c for p in child.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children if c.dep_ == "pobj" and _plural(c)]
            elif child.dep_ in ("attr", "oprd", "xcomp") or child.dep_ == "acomp" and child.lower_ in _titles():
                out.append(child)  # the parser calls "chief" in "became chief of staff" an adjective
            elif child.dep_ == "prep" and (child.lower_ == "as" or appointed and child.lower_ == "to"):
                # "promoted to deputy director"; not "X said as health minister she cut ...", where
                # the office fronts the reported clause and is its subject's
                out += [c for c in child.children if c.dep_ == "pobj" and not _fronts_clause(c)]
            elif child.dep_ == "dobj" and child.lemma_.lower() in POST_NOUNS:  # "will take on the role of CEO"
                out += [c for p in child.children if p.dep_ == "prep" and p.lower_ in ("of", "as") for c in p.children if c.dep_ == "pobj"]
    out += [c for t in out for c in t.children if c.dep_ == "conj" and title_word(c)]  # "became chief operating officer and president"
    titles = _titles()
    return [
        t for t in out
        if (t.pos_ in ("NOUN", "PROPN") or t.dep_ == "acomp")
        and (t.lower_ in titles or any(c.lower_ in titles for c in t.children if c.dep_ == "compound"))
        and not any(c.tag_ in ("JJS", "RBS") or c.ent_type_ == "ORDINAL" for c in t.subtree)  # "the highest-ranking official", "the third MP to ...": a description
    ]


def _fronts_clause(pobj: Token) -> bool:
    """Whether the phrase ends just before the subject of a reported clause ("said as home
    secretary he gave the impression")."""
    nxt = pobj.right_edge.i + 1
    return nxt < len(pobj.doc) and pobj.doc[nxt].dep_ in SUBJECT_DEPS and pobj.doc[nxt].head.dep_ == "ccomp"


def _negates(child: Token) -> bool:
    """"not", or "no longer" ("he is no longer an approved candidate")."""
    return child.dep_ == "neg" or child.dep_ == "advmod" and child.lower_ == "longer" and any(g.dep_ == "neg" for g in child.children)


def _plural(tok: Token) -> bool:
    return tok.tag_ in ("NNS", "NNPS") or tok.text.endswith("s") and tok.text[:-1].lower() in _titles()


def _singular(tok: Token) -> str:
    """"members" -> "member", "MPs" -> "MP"."""
    if tok.lemma_.lower() != tok.lower_:
        return tok.lemma_
    return tok.text[:-1] if tok.text.endswith("s") and tok.text[:-1].lower() in _titles() else tok.text


def _coordinated(title: str) -> list[str]:
    """"director and vice-chairman" -> both; "Trade and Industry Secretary" stays one."""
    parts = title.split(" and ")
    titles = _titles()
    if len(parts) > 1 and all(any(w.lower().split("-")[-1] in titles for w in p.split()) for p in parts):
        return parts
    return [title]


def _left(title: Token, name: Token) -> str | None:
    """"former" for a title the person has left ("X resigned as party chairman", "X was fired
    as Y", "Z replaced X as Y"), "outgoing" for one they are to leave ("X will step down as
    chairman", "is to stand down as an MP", "Z will succeed X as Y")."""
    if title.dep_ != "pobj" or title.head.lower_ not in ("as", "of"):
        return None
    verb = title.head.head
    if title.head.lower_ == "of":  # "X resigned the post of chairman"
        if verb.lemma_.lower() not in POST_NOUNS or verb.dep_ != "dobj":
            return None
        verb = verb.head
    lemma = verb.lemma_.lower()
    removed = lemma in REMOVING_VERBS and (name.dep_ in ("dobj", "nsubjpass") or lemma not in ("replace", "succeed"))
    if lemma not in LEAVING_VERBS | LEAVING_NOUNS and not removed or name.dep_ == "nsubj" and lemma in ("replace", "succeed"):
        return None
    future = verb.dep_ == "xcomp" or any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    return "outgoing" if future else "former"


Candidate = tuple[list[Token], int, bool]  # a title phrase, where its title is, whether written before the name


def _beside_name(doc: Doc, m: Mention, mentions: Mentions) -> list[Candidate]:
    """Title phrases written next to a name: before it, in apposition after it, or as the
    title the name stands in apposition to."""
    candidates = _titles_before(doc, m, mentions) + _appositions(doc, m, mentions) + _predecessor_as(doc, m)
    governor = _governing_title(doc[m.start : m.end].root)
    after = m.end + 1 if m.end < len(doc) and doc[m.end].text in (",", "-", "–", "—") else m.end  # "X, a former ...", "X - another board member"
    after = _past_party_tag(doc, after)
    if governor is not None and governor.i < m.start:
        phrase = _phrase_tokens(governor, exclude=doc[m.start : m.end])
        candidates.append(([t for t in phrase if t.i < m.start and t.dep_ != "nummod"], governor.i, False))
    elif after > m.end and not any(c[1] > m.end for c in candidates):
        candidates += _title_after(doc, m, mentions, after)
    return candidates


def _titles_before(doc: Doc, m: Mention, mentions: Mentions) -> list[Candidate]:
    """"Defense Minister X"; "Labour MP and former Cabinet minister X" (two titles before one
    name); "X MP" (the one title written after)."""
    titles = _titles()
    candidates: list[Candidate] = []
    run = _prenominal(doc, m, mentions)
    while run:
        candidates.append((run, run[-1].i, True))
        k = run[0].i
        if k < 2 or doc[k - 1].lower_ not in ("and", ",") or doc[k - 2].lower_ not in titles:
            break
        run = _prenominal(doc, m, mentions, before=k - 1)
        if run and _after_both(doc, run[0].i):
            break  # "Both the prime minister and Chancellor X": two people
    if m.end < len(doc) and doc[m.end].text in POSTNOMINAL_OFFICES:
        candidates.append(([doc[m.end]], m.end, False))  # "Tom Hale MP"
    if not candidates:  # "shadow cabinet members A, B and C": a later name of the list
        first, k = m, m.start - 1
        while k > 0 and doc[k].text in (",", "and") and (prev := mentions.at(doc[k - 1])) is not None and prev.kind == "person" and not prev.pronoun:
            first, k = prev, prev.start - 1
        run = _prenominal(doc, first, mentions) if first is not m else []
        if run and _plural(run[-1]) and title_word(run[-1]):
            candidates.append((run, run[-1].i, True))
    return candidates


def _appositions(doc: Doc, m: Mention, mentions: Mentions) -> list[Candidate]:
    """"X, head of the party," (no one else named in between); "X, a director of the company
    and head of a retailer" (both); "X, the specialist appointed by the government as its chief
    executive"."""
    titles = _titles()
    candidates: list[Candidate] = []
    for child in doc[m.start : m.end].root.children:
        if child.dep_ != "appos" or child.i < m.end:
            continue
        if child.lower_ in titles | {"head"} and not mentions.in_span(m.end, child.left_edge.i, "person"):
            candidates.append((_phrase_tokens(child), child.i, False))
            candidates += [(_phrase_tokens(c), c.i, False) for c in child.children if c.dep_ == "conj" and title_word(c)]
        for acl in (c for c in child.children if c.dep_ == "acl" and c.lemma_.lower() in APPOINTING_VERBS):
            candidates += [(_phrase_tokens(t), t.i, False) for p in acl.children if p.dep_ == "prep" and p.lower_ == "as" for t in p.children if t.dep_ == "pobj"]
    if not candidates and m.end + 2 < len(doc) and doc[m.end].text == ",":
        # "X, Tory shadow work and pensions secretary, said", the parse broken: the words
        # between the commas, when they end in a title and tell nothing else
        close = next((k for k in range(m.end + 1, min(m.end + 10, len(doc))) if doc[k].text == ","), None)
        between = list(doc[m.end + 1 : close]) if close is not None else []
        if len(between) >= 2 and title_word(between[-1]) and not any(
            t.pos_ in ("VERB", "AUX", "ADP") or mentions.at(t) and mentions.at(t).kind == "person" for t in between
        ):  # not "X, a friend of the party leader,"
            candidates.append((between, between[-1].i, True))
    return candidates


def _predecessor_as(doc: Doc, m: Mention) -> list[Candidate]:
    """"his predecessor as CEO, X,": whatever the parse, X held the title."""
    if m.start < 4 or doc[m.start - 1].text != ",":
        return []
    k = next((k for k in range(m.start - 2, max(m.start - 7, 0), -1) if doc[k].lower_ == "as"), None)
    if k is not None and doc[k - 1].lemma_.lower() in ("predecessor", "successor") and any(title_word(t) for t in doc[k + 1 : m.start - 1]):
        return [(list(doc[k + 1 : m.start - 1]), m.start - 2, True)]
    return []


def _governing_title(root: Token) -> Token | None:
    """The title a name stands in apposition to ("the head of the party, X,"), also for the later
    names of a list ("three MPs - A, B and C"), but not one reached through another noun
    ("several members of his family and former CFO X")."""
    if root.dep_ == "compound" and root.head.i > root.i and root.head.text in POSTNOMINAL_OFFICES:
        root = root.head  # "Finance Minister, Jo Bell MSP, said": the parse hangs the name on "MSP"
    first = root
    while first.dep_ == "conj" and first.head is not first and first.head.pos_ == "PROPN":
        first = first.head
    governor = _title_governor(first) if first.dep_ == "appos" else None
    if governor is None or first is not root and not _plural(governor):
        return None
    if _plural(governor) and first.head.pos_ == "NOUN" and not title_word(first.head):
        return None
    return governor


def _title_after(doc: Doc, m: Mention, mentions: Mentions, after: int) -> list[Candidate]:
    """"X, a former FBI official, ...": a title in the few words after the name, whatever the
    parse attached it to, unless it is the next name's ("chairman X, director-general Y and ...")."""
    titles = _titles()
    for j in range(after, min(after + 5, len(doc))):
        if doc[j].lower_ in titles or _multiword_title(list(doc[j : j + 4])):
            end = j + max(_multiword_title(list(doc[j : j + 4])), 1)
            subject_next = doc[j].dep_ in ("nsubj", "nsubjpass") and end < len(doc) and doc[end].pos_ in ("VERB", "AUX") and doc[end] == doc[j].head
            if subject_next and doc[m.start : m.end].root.dep_ in ("dobj", "pobj"):
                return []  # "Echoing X, the prime minister said": the next clause's subject, not X's title
            nxt = mentions.in_span(j, min(j + 6, len(doc)), "person")
            if nxt and all(t.pos_ in ("PROPN", "NOUN", "ADJ") or t.text == "-" for t in doc[j + 1 : nxt[0].start]):
                return []
            return [([t for t in _phrase_tokens(doc[j]) if t.i >= after], j, False)]
        if doc[j].is_punct or doc[j].pos_ in ("VERB", "AUX", "ADP", "PRON", "SCONJ", "CCONJ"):
            return []
    return []


def _past_party_tag(doc: Doc, i: int) -> int:
    """Past a US party-and-state tag after a name ("X, R-Miss., the chairman", "X (D-N.Y.)")."""
    j = i + (1 if i < len(doc) and doc[i].text == "(" else 0)
    if j + 2 < len(doc) and doc[j].text in ("R", "D", "I") and doc[j + 1].text == "-":
        for k in range(j + 2, min(j + 8, len(doc))):
            if doc[k].text in (",", ")"):
                return k + 1 + (1 if doc[k].text == ")" and k + 1 < len(doc) and doc[k + 1].text == "," else 0)
    return i


def find_roles(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    found: list[FoundRole] = []
    for m in mentions.mentions:
        if m.kind != "person" or m.in_quote:
            continue
        span = doc[m.start : m.end]
        # a pronoun ("he was chief of staff", "X, who became party leader") has only predicates
        candidates = [] if m.pronoun else _beside_name(doc, m, mentions)
        candidates += [(_phrase_tokens(t), t.i, False) for t in _predicates(span.root)]
        for tokens, where, whole in candidates:
            split = _split_phrase(tokens, mentions, whole)
            if split:
                title, org = split
                if _plural(doc[where]) and title_word(doc[where]) and title.endswith(doc[where].text):
                    title = title[: -len(doc[where].text)] + _singular(doc[where])  # "one of its London Assembly members, X"
                # "his predecessor as CEO, X": an office X has left
                predecessor = where + 1 < m.start and tokens[0].i >= 2 and doc[tokens[0].i - 2].lemma_.lower() == "predecessor"
                status = _status(tokens) or _left(doc[where], span.root) or ("former" if predecessor else None)
                each_title = _coordinated(title)
                if _after_both(doc, tokens[0].i):
                    each_title = each_title[-1:]  # "Both the Bishop and Archdeacon X": two people, X the archdeacon
                for each in each_title:
                    found.append(FoundRole(m.key, each, org, status, sent_of(span), where))
    found += _chairs(doc, mentions)
    found += _descriptions(doc, mentions, found)
    found += _counted_group(doc, mentions)
    return found


VERB_TITLES = {"chair": "chair", "head": "head", "lead": "leader"}
CHAIRED_BODIES = frozenset({"inquiry", "commission", "review", "panel", "taskforce", "board"})


def _chairs(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    """An office told by a verb: "X, who chairs the trade committee," -> chair of it; "Y,
    headed by X," -> head of Y."""
    out = []
    for verb in doc:
        perfect = verb.tag_ == "VBN" and any(c.dep_ == "aux" and c.lemma_ == "have" for c in verb.children)  # "has led the bank since 2018"
        going = verb.tag_ == "VBG" and any(c.dep_ == "aux" and c.lemma_ == "be" for c in verb.children)  # "is chairing the inquiry"
        title = VERB_TITLES.get(verb.lemma_.lower()) if verb.pos_ == "VERB" and (verb.tag_ in ("VBZ", "VBD", "VBP") or perfect or going) else None
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        body = next((c for c in verb.children if c.dep_ == "dobj"), None)
        m = mentions.at(subject) if subject is not None else None
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and VERB_TITLES.get(verb.lemma_.lower()):
            # "Vantor Energy, headed by X, jumped": the body it hangs on, led by the agent
            agent = next((c for a in verb.children if a.dep_ == "agent" for c in a.children if c.dep_ == "pobj"), None)
            led = mentions.at(agent) if agent is not None else None
            body_m = mentions.at(verb.head)
            if led is not None and led.kind == "person" and body_m is not None and body_m.kind == "org":
                out.append(FoundRole(led.key, VERB_TITLES[verb.lemma_.lower()], mentions.entities[body_m.key].name, None, sent_of(verb), verb.i))
            continue
        named_body = body is not None and body.lower_ in CHAIRED_BODIES and body.is_title  # "the Fairness Inquiry", not "an inquiry into it"
        if title is None or m is None or m.kind != "person" or body is None or body.lower_ not in words("org_nouns") and not named_body:
            continue  # "leads the party", "chairs the committee", "is chairing the Fairness Inquiry"; not "leads the field"
        org = " ".join(t.text for t in body.subtree if t.pos_ != "DET" and not t.is_punct)
        out.append(FoundRole(m.key, title, org, None, sent_of(verb), verb.i))
    return out


def _descriptions(doc: Doc, mentions: Mentions, known: list[FoundRole]) -> list[FoundRole]:
    """A title standing for a person, when no one named so far holds it: the person just
    named ("X quit on Friday. The Scottish party leader had insisted ..."), or, in a lead,
    the person named next ("..., the Trade Secretary has said. X said ...")."""
    out: list[FoundRole] = []
    before, so_far = _RoleLog(known), _RoleLog(known)  # the roles known before, and those and `out`
    bodies = _bodies_by_last_word(mentions)
    for tok in doc:
        found = _description(tok, mentions, so_far, bodies)
        if found is None:
            continue
        key = _described_person(doc, mentions, tok, found, before, so_far)
        split = _split_phrase(found.phrase, mentions) if key is not None else None
        if split:
            left = "former" if found.news is not None and found.news.lemma_.lower() in LEAVING_NOUNS else None
            out.append(FoundRole(key, *split, _status(found.phrase) or left, sent_of(tok), tok.i))
            so_far.add(out[-1])
    return out


class _RoleLog:
    """Roles found, by person and by title, so that a title in a long article is checked
    against them without reading every role."""

    def __init__(self, roles: list[FoundRole]) -> None:
        self._first: dict[str, int] = {}  # person -> the first token given a title
        self._tokens: dict[str, list[int]] = {}  # person -> every such token
        self._words: dict[str, dict[frozenset[str], int]] = {}  # title word -> its qualifiers -> first token
        self._holders: dict[str, dict[str, int]] = {}  # title -> person -> last token
        self._sorted: dict[str, list[int]] = {}  # person -> every such token, in order
        for r in roles:
            self.add(r)

    def add(self, r: FoundRole) -> None:
        self._first[r.person] = min(self._first.get(r.person, r.token), r.token)
        self._tokens.setdefault(r.person, []).append(r.token)
        self._sorted.pop(r.person, None)
        words_ = r.title.lower().split()
        qualifiers = frozenset(QUALIFIERS & set(words_))
        for word in words_:
            by = self._words.setdefault(word, {})
            by[qualifiers] = min(by.get(qualifiers, r.token), r.token)
        holders = self._holders.setdefault(r.title.lower(), {})
        holders[r.person] = max(holders.get(r.person, r.token), r.token)

    def titled_before(self, person: str, before: int) -> bool:
        """Whether `person` is given a title before token `before`."""
        return self._first.get(person, before) < before

    def titled_within(self, person: str, start: int, end: int) -> bool:
        """Whether `person` is given a title at a token start <= i < end."""
        tokens = self._sorted.get(person)
        if tokens is None:
            tokens = self._sorted[person] = sorted(self._tokens.get(person, ()))
        n = bisect_left(tokens, start)
        return n < len(tokens) and tokens[n] < end

    def holds_word(self, word: str, before: int, words_before: set[str]) -> bool:
        """Whether a title given before token `before` has `word`, its qualifiers (if any) all
        among `words_before` ("shadow foreign secretary" is not "the foreign secretary")."""
        return any(token < before and not qualifiers - words_before for qualifiers, token in self._words.get(word, {}).items())

    def held_after(self, title: str, after: int, other_than: str) -> bool:
        """Whether someone but `other_than` is given `title` (lower case) after token `after`."""
        return any(token > after for person, token in self._holders.get(title, {}).items() if person != other_than)


def _bodies_by_last_word(mentions: Mentions) -> dict[str, int]:
    """The last word (lower case) of each organization of several words -> the first token
    mentioning one so named."""
    out: dict[str, int] = {}
    for m in mentions.mentions:
        if m.kind == "org" and len(m.key.split()) > 1:
            last = m.key.split()[-1].lower()
            out[last] = min(out.get(last, m.start), m.start)
    return out


@dataclass
class Description:
    """A title written without a name, as the parse places it."""

    first: Token  # the title, or the noun it is coordinated with ("a US banker and former IMF director")
    news: Token | None  # "the departure of its chief executive": the departure
    sourced: bool  # "according to his former adviser": the title sources a statement
    dep: str  # its role in the clause ("dobj" for a lead's object, a departure or a source)
    det: str  # "the", "a" or "an"
    phrase: list[Token]


def _description(tok: Token, mentions: Mentions, known: _RoleLog, bodies: dict[str, int]) -> Description | None:
    """`tok` as a title standing for someone unnamed here, or None: not a title noun, inside a
    quotation, a title someone already holds, a spokesperson, or a phrase that names its
    holder itself."""
    first = tok.head if tok.dep_ == "conj" and tok.head.pos_ == "NOUN" else tok
    news = _news_noun(first)
    sourced = _according_to(first)
    dep = "dobj" if news is not None or sourced else first.dep_  # "the departure of its chief executive" leads like an object
    if dep == "pobj" and first.head.dep_ == "agent":
        dep = "nsubj"  # "have been announced by the lord chancellor": the one who acts
    if dep not in (*SUBJECT_DEPS, "poss", "dobj") or tok.pos_ not in ("NOUN", "PROPN") or tok.lower_ not in _titles():
        return None  # "The party leader had insisted", "the foreign secretary's house", "suspended a candidate"
    if mentions.quoted(tok.idx):
        return None  # '"A previous Labour chancellor resigned ..." Tom Hale resigned': the speaker's words
    # a title someone holds; "shadow foreign secretary" is not "the Foreign Secretary"
    words_before = {t.lower_ for t in tok.lefts}
    if bodies.get(tok.lower_, tok.i) < tok.i:
        return None  # "the executive" after "the Northern Executive": the body
    if known.holds_word(tok.lower_, tok.i, words_before) or tok.lower_ in SPOKESPERSON_TITLES or mentions.at(tok) is not None or tok.text == "Executive":
        return None  # a spokesman speaks for the person named, and is someone else; "the Northern Executive" governs
    owners = [c for c in tok.children if c.dep_ == "poss"]  # "The first children's commissioner"
    det = next((c.lower_ for t in [tok, *owners, first] for c in t.children if c.dep_ == "det"), None)
    if det is None and owners and owners[0].pos_ == "PROPN" and owners[0].ent_type_ == "ORG":
        det = "the"  # "Relief International's chief has said": the body's one chief
    if news is not None or sourced:
        det = "a" if det is not None or any(c.lower_ in ("its", "their", "his", "her") for c in first.children) else None
    if det not in ("the", "a", "an") or det != "the" and dep == "poss" or det == "the" and dep == "dobj":
        return None  # an object only introduces someone: "UKIP suspended a candidate. X, 54, ..."
    phrase = _phrase_tokens(tok)
    if any(not m.pronoun for m in mentions.in_span(phrase[0].i, phrase[-1].i + 1, "person")) or any(c.dep_ == "appos" for c in tok.children):
        return None
    return Description(first, news, sourced, dep, det, phrase)


def _described_person(doc: Doc, mentions: Mentions, tok: Token, found: Description, known: _RoleLog, so_far: _RoleLog) -> str | None:
    """Whom a description stands for: the person just named (not for an office "the X" names on
    its own when that person has another title or was named only by a pronoun), else, in a
    lead, the person named next."""
    key = _named_before(doc, mentions, tok) if found.det == "the" else None
    bare = " ".join(t.lower_ for t in found.phrase if t.pos_ != "DET" and t.dep_ != "case")  # "the chancellor's"
    if key is not None and bare in HEAD_OFFICES and (
        so_far.titled_before(key, tok.i) or not _named_in_sentence_before(mentions, tok, key)
    ):
        key = None  # "X, the majority leader, objected. The president said ...", '"...," he said. The prime minister has said': someone else
    if key is not None and any(_argument_of(doc[m.start : m.end].root, tok.head) for m in mentions.in_span(tok.i + 1, sent_of(tok).end, "person") if m.key == key and not m.pronoun):
        return None  # "The chancellor said Mr X was never there", "the minister criticised X": not X
    if key is not None and found.dep in SUBJECT_DEPS and _named_by_next_subject_pronoun(doc, mentions, tok, key):
        return None  # "The treasurer is flying out. Before that, she said she still backed Ms X": not X
    if key is not None and known.held_after(bare, tok.i, key):
        return None  # "The home secretary said ... Home Secretary X told": the one given that title later
    if key is not None:
        # "New Home Secretary X ... a call from Y. The party leader said": a person given one
        # title is not described by another at once; the one other person just named, untitled, is
        since = _sentence_before(sent_of(tok), mentions)
        others = {
            m.key for m in mentions.in_span(since, sent_of(tok).start, "person") if not m.pronoun and not m.in_quote and not mentions.entities[m.key].partial
        } - {key}
        if so_far.titled_before(key, tok.i) and len(others) == 1 and not so_far.titled_before(next(iter(others)), tok.i):
            key = others.pop()
    if key is None and found.dep != "poss":
        key = _named_next(doc, mentions, sent_of(tok), known, tok, found)  # "A candidate has resigned. X, who ..."
    return key


def _named_by_next_subject_pronoun(doc: Doc, mentions: Mentions, tok: Token, key: str) -> bool:
    """Whether the next sentence, its subject "he" or "she" (the described person, as a subject
    passes on), names `key` by name as the subject or object of a clause under it."""
    sent = sent_of(tok)
    if sent.end >= len(doc) or tok.head != sent.root:
        return False
    nxt = sent_of(doc[sent.end])
    subj = next((c for c in nxt.root.children if c.dep_ in SUBJECT_DEPS), None)
    if subj is None or subj.lower_ not in ("he", "she"):
        return False
    return any(_argument_of(doc[m.start : m.end].root, nxt.root) for m in mentions.in_span(nxt.start, nxt.end, "person") if m.key == key and not m.pronoun)


def _argument_of(name: Token, verb: Token) -> bool:
    """Whether `name` is the subject or object of `verb` or of a clause under it."""
    return name.dep_ in ("nsubj", "nsubjpass", "dobj") and (name.head == verb or verb.is_ancestor(name.head))


def _according_to(title: Token) -> bool:
    """"according to his former adviser": a title that sources a lead's statement."""
    return title.dep_ == "pobj" and title.head.lower_ == "to" and title.head.head.lower_ == "according"


def _news_noun(title: Token) -> Token | None:
    """The noun of a departure or appointment a title is "of": "the departure of its chief
    executive", "the appointment of a new chairman"."""
    if title.dep_ == "pobj" and title.head.lower_ == "of" and title.head.head.lemma_.lower() in LEAVING_NOUNS | APPOINTING_NOUNS:
        return title.head.head
    return None


# Offices "the X" names on its own, whoever was named last: a person already given another
# title is not "the president" of the next sentence.
HEAD_OFFICES = frozenset({"president", "prime minister", "premier", "chancellor", "king", "queen", "pope", "governor", "mayor", "first minister"})
POSTNOMINAL_HEADS = frozenset({"qc", "kc", "mp", "msp", "mep"})
QUALIFIERS = frozenset({"shadow", "deputy", "vice", "assistant", "junior", "acting"})  # a different office: "deputy prime minister"
SMALL_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "2": 2, "3": 3, "4": 4, "5": 5}


def _named_before(doc: Doc, mentions: Mentions, tok: Token) -> str | None:
    """The person a description stands for when it looks back: the antecedent, named in the
    sentence before, and not named in this one as someone else ("X said the president ...",
    "The prime minister thanked her"); "The leader said his work ...", "... the causes he
    supports" are the described person."""
    sent = sent_of(tok)
    since = _sentence_before(sent, mentions)
    others = {
        m.key for m in mentions.in_span(sent.start, sent.end)
        if m.start < tok.i and not m.pronoun or doc[m.start].head == tok.head and doc[m.start].dep_ in ("dobj", "dative")
    }
    key = mentions.antecedent(tok.i)
    if key is not None and key not in others and any(m.key == key for m in mentions.in_span(since, sent.start)):
        return key
    # "Tom Bell said he hoped the former home secretary would serve again": not Bell, so the
    # one person the sentence before names
    before = {m.key for m in mentions.in_span(since, sent.start, "person") if not m.pronoun} - others
    return before.pop() if len(before) == 1 else None


def _sentence_before(sent: Span, mentions: Mentions) -> int:
    """Where the sentence before `sent` starts, passing over sentences wholly inside a
    quotation ('X said: "He is wise. He lacks judgment." The minister told ...': X's)."""
    doc, start = sent.doc, sent.start
    while start:
        prev = sent_of(doc[start - 1])
        start = prev.start
        words_ = [t for t in prev if not t.is_punct and not t.is_space]
        if not words_ or not all(mentions.quoted(t.idx) for t in words_):
            break
    return start


def _named_in_sentence_before(mentions: Mentions, tok: Token, key: str) -> bool:
    """Whether the sentence before `tok`'s names `key` by name, not only by a pronoun."""
    sent = sent_of(tok)
    since = _sentence_before(sent, mentions)
    return any(m.key == key and not m.pronoun for m in mentions.in_span(since, sent.start))


def _counted_group(doc: Doc, mentions: Mentions) -> list[FoundRole]:
    """"to unseat two London Assembly members who defected. X, now deputy leader, and Y were
    elected in 2004": a counted plural title, given to exactly that many people named for the
    first time in the next sentence."""
    out: list[FoundRole] = []
    for tok in doc:
        if tok.tag_ != "NNS" or tok.lemma_.lower() not in _titles() or tok.i + 1 >= len(doc):
            continue
        count = next((SMALL_COUNTS.get(c.lower_) for c in tok.children if c.dep_ == "nummod"), None)
        sent = sent_of(tok)
        if count is None or sent.end >= len(doc):
            continue
        nxt = sent_of(doc[sent.end])
        named = list(dict.fromkeys(m.key for m in mentions.in_span(nxt.start, nxt.end, "person") if not m.pronoun and not m.in_quote))
        if len(named) != count or any(mentions.named_before(key, "person", nxt.start) for key in named):
            continue
        phrase = [t for t in _phrase_tokens(tok) if t.dep_ != "nummod"]
        split = _split_phrase(phrase, mentions)
        if split is None or not split[0].endswith(tok.text):
            continue
        title = split[0][: -len(tok.text)] + tok.lemma_  # "London Assembly members" -> "... member"
        out += [FoundRole(key, title, split[1], _status(phrase), sent, tok.i) for key in named]
    return out


def _named_next(doc: Doc, mentions: Mentions, sent: Span, known: _RoleLog, title: Token, found: Description) -> str | None:
    """A title that comes before the name, as news leads do ("..., the Trade Secretary has
    said. Jane Doe said ..."): the person named first in the next sentence, as its subject,
    when this sentence names no one and that person's title is not given there, unless the
    lead is the appointment or departure itself ("The first children's commissioner has been
    appointed. Professor X was chosen ...") or introduces someone ("has asked a former IMF
    director to run it. X, vice chairman of Y, ...", '"...", according to his former adviser. X
    said ...')."""
    first, announced, source = found.first, found.news, found.sourced
    verb = first.head.head if first.head.dep_ == "agent" else first.head
    if first.dep_ == "dobj" and any(c.dep_ == "relcl" for c in first.children):
        return None  # "appointed an auditor, who has recommended ...": told of, not introduced
    if sent.end >= len(doc) or mentions.in_span(sent.start, title.i, "person") and not source or (
        first.dep_ != "dobj" and verb.dep_ != "ROOT" and announced is None and not source
    ):
        return None  # a lead's subject, or an object: no one named before it
    nxt = sent_of(doc[sent.end])
    for _ in range(2):  # "..., the lord chancellor has said. Ministers were accused ... Lord X said": past unnamed sentences
        if any(not m.pronoun for m in mentions.in_span(nxt.start, nxt.end, "person")) or nxt.end >= len(doc):
            break
        nxt = sent_of(doc[nxt.end])
    named = [
        m for m in mentions.in_span(nxt.start, nxt.end, "person")
        if not m.in_quote and (not mentions.named_before(m.key, "person", nxt.start, pronouns=False) or not source)
    ]
    if first.dep_ in ("dobj", "pobj") and not source:  # "for hiring a top aide. X admitted recruiting Y": the one hired, Y
        objects = [m for m in named if not m.pronoun and doc[m.start : m.end].root.dep_ == "dobj"]
        named = objects[:1] or named
    if not named or named[0].pronoun:
        return None
    root = doc[named[0].start : named[0].end].root
    if root.dep_ == "appos" or root.dep_ == "compound" and root.head.lower_ in POSTNOMINAL_HEADS:
        root = root.head  # "Professor of child health, X, was chosen"; "X QC quit"
    if root.dep_ not in SUBJECT_DEPS and not (first.dep_ in ("dobj", "pobj") and root.dep_ == "dobj"):
        return None
    key = named[0].key
    if mentions.named_before(key, "person", named[0].start, pronouns=False):
        return None  # someone named before: not the one this title introduces
    news = verb.lemma_.lower() in APPOINTING_VERBS | LEAVING_VERBS or announced is not None or source
    introduced = first.dep_ == "dobj" and any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in first.children)
    if not (news or introduced) and known.titled_within(key, nxt.start, nxt.end):
        return None
    return key


def role_index(roles: list[FoundRole]) -> dict[str, list[tuple[int, str]]]:
    """Title word -> [(token index, person)] in order, so "the minister" can be resolved; a qualified
    title under its qualifier too ("deputy minister"), so "the prime minister" is not the
    deputy prime minister."""
    index: dict[str, list[tuple[int, str]]] = {}
    for r in roles:
        words_ = r.title.lower().split()
        qualifier = next((w for w in words_ if w in QUALIFIERS), None)
        for word in words_:
            if word in _titles():
                index.setdefault(f"{qualifier} {word}" if qualifier else word, []).append((r.token, r.person))
    return {title: sorted(holders) for title, holders in index.items()}  # in token order, for a lookup by bisection
