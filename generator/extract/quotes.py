"""Direct quotations and who said them.

Finding quotations is done on the text (every kind of double quotation mark, curly or
straight, balanced or not, running over paragraphs); attributing them is done on the parse:
the speech verb next to the quotation, its subject, and that subject resolved to a named
person or organization through `Mentions` (pronouns, appositions, "X, who ..., said").
"""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass
from operator import itemgetter

from spacy.tokens import Doc, Span, Token

from generator.extract.lexicon import stances, words
from generator.extract.mentions import Mentions, title_word
from generator.extract.pronouns import SPOKESPEOPLE, unnamed_speaker_before
from generator.extract.roles import QUALIFIERS
from generator.extract.sentences import sent_of, text_of
from generator.extract.textindex import line_start

OPENING = "“„«‟"
CLOSING = "”»"
STRAIGHT = '"″'
ALL_MARKS = OPENING + CLOSING + STRAIGHT


@dataclass
class QuoteSpan:
    start: int  # first character inside the marks
    end: int  # one past the last character inside
    closed: bool = True
    continues: bool = False  # a paragraph of a quotation that began in the paragraph before


def find_quotes(text: str) -> list[QuoteSpan]:
    """Character spans of the text inside quotation marks."""
    spans: list[QuoteSpan] = []
    offset = 0
    carrying = False  # the previous paragraph ended inside an open quotation
    for paragraph in text.split("\n"):
        spans_here, open_at_end = _paragraph_quotes(paragraph, offset)
        if spans_here and carrying and spans_here[0].start == offset + _lead(paragraph) + 1:
            spans_here[0].continues = True
        spans += spans_here
        carrying = open_at_end or (carrying and not paragraph.strip())
        offset += len(paragraph) + 1
    return spans


def _lead(paragraph: str) -> int:
    return len(paragraph) - len(paragraph.lstrip())


def _paragraph_quotes(par: str, offset: int) -> tuple[list[QuoteSpan], bool]:
    spans: list[QuoteSpan] = []
    open_at: int | None = None
    for i, ch in enumerate(par):
        if ch not in ALL_MARKS:
            continue
        if ch in OPENING:
            opening = True
        elif ch in CLOSING:
            opening = False
        else:  # a straight mark: its neighbours tell which way it faces, else it toggles
            before = par[i - 1] if i else " "
            after = par[i + 1] if i + 1 < len(par) else " "
            if (before.isspace() or before in "([{—–-:") and (after.isalnum() or after in "‘'…."):
                opening = True
            elif not before.isspace() and (after.isspace() or not after.isalnum()):
                opening = False
            else:
                opening = open_at is None
        if opening and open_at is None:
            open_at = i + 1
        elif opening:  # an opening mark while open: the previous quotation was never closed
            seg = par[open_at:i]
            cut = seg.rfind(". ")
            fragment = _fragment_end(seg)
            if seg.rstrip().endswith(":") and cut > 0:  # '"... a Muslim. He added: "The ...': it closed at the sentence end
                spans.append(QuoteSpan(offset + open_at, offset + open_at + cut + 1))
            elif fragment:
                spans.append(QuoteSpan(offset + open_at, offset + open_at + fragment))
            else:
                spans.append(QuoteSpan(offset + open_at, offset + i, closed=False))
            open_at = i + 1
        elif open_at is not None:
            if i > open_at:
                spans.append(QuoteSpan(offset + open_at, offset + i))
            open_at = None
    if open_at is not None and len(par) > open_at:
        if fragment := _fragment_end(par[open_at:]):
            spans.append(QuoteSpan(offset + open_at, offset + open_at + fragment))
            return spans, False
        spans.append(QuoteSpan(offset + open_at, offset + len(par.rstrip()), closed=False))
        return spans, True
    return spans, False


def _fragment_end(seg: str) -> int | None:
    """Where a quoted fragment left open ('lists were "only a tenth of the agenda. Dr X said')
    ends: one that starts in lower case, inside a sentence, ends with that sentence."""
    cut = seg.find(". ")
    return cut if seg[:1].islower() and cut > 0 else None


@dataclass
class Quote:
    text: str
    speaker: str | None  # a key of Mentions.entities
    start: int  # char span of the quotation (first part to last part)
    end: int
    sentence: str


def _sentence_span(doc: Doc, start: int, end: int) -> Span:
    first = doc.char_span(start, start + 1, alignment_mode="expand")
    last = doc.char_span(max(start, end - 1), end, alignment_mode="expand")
    s = sent_of(first) if first is not None else sent_of(doc[0])
    e = sent_of(last) if last is not None else s
    return doc[s.start : e.end]


def _speech_verb(tokens: list[Token]) -> Token | None:
    return next((tok for tok in tokens if is_speech_verb(tok)), None)


def is_speech_verb(tok: Token) -> bool:
    """"said", "told", ...; "went on" ('He went on: "..."')."""
    if tok.pos_ not in ("VERB", "AUX"):
        return False
    if tok.lemma_.lower() == "go":
        return any(c.dep_ == "prt" and c.lower_ == "on" for c in tok.children) and not any(c.dep_ == "xcomp" for c in tok.children)
    return tok.lemma_.lower() in words("speech_verbs")


def according_to(tokens: list[Token]) -> Token | None:
    """The X of 'according to X' among `tokens`."""
    for tok in tokens:
        if tok.lower_ == "according" and tok.i + 1 < len(tok.doc) and tok.nbor().lower_ == "to":
            objs = [c for c in tok.nbor().children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
    return None


def subject_of(verb: Token) -> Token | None:
    """The subject of a verb, climbing through 'saying', 'adding' and coordinated verbs."""
    tok = verb
    if verb.head.lower_ == "as" and verb.head.head.lemma_.lower() == "quote":  # "the agency quoted X as saying"
        quoted = next((c for c in verb.head.head.children if c.dep_ == "dobj"), None)
        if quoted is not None:
            return quoted
    for _ in range(4):
        subjects = [c for c in tok.children if c.dep_ in ("nsubj", "nsubjpass")]
        subjects = subjects or [s for a in tok.children if a.dep_ == "aux" for s in a.children if s.dep_ == "nsubj"]  # "he did, at last, say"
        if subjects:  # of two, the nearer name: "Acme chief Jo Bloggs added", parsed with two subjects;
            # "Jo May, shadow work secretary, said": May, not "work"
            return max(subjects, key=lambda c: (c.pos_ == "PROPN", c.i < tok.i, c.i if c.i < tok.i else -c.i))
        if tok is verb and (verb.dep_ == "ROOT" or verb.dep_ == "advcl" and verb.tag_ == "VBD"):
            j = verb.i - 1  # '"...," X, 58, said': the parser hangs the name elsewhere
            while j > verb.sent.start and (verb.doc[j].is_punct and verb.doc[j].text == "," or verb.doc[j].like_num):
                j -= 1
            dated = j
            while dated > verb.sent.start and verb.doc[dated].ent_type_ == "DATE":
                dated -= 1  # "as the party's co-chairman, X, on Saturday called him ..."
            if dated < j and verb.doc[dated].lower_ == "on" and verb.doc[dated - 1].text == ",":
                j = dated - 2
            if j < verb.i - 1 and verb.doc[j].pos_ == "PROPN" and verb.doc[j].dep_ not in ("pobj", "dobj", "poss"):
                return verb.doc[j]
            if j == verb.i - 1 and verb.doc[j].pos_ == "PROPN" and verb.doc[j].dep_ != "poss":
                return verb.doc[j]  # "In a speech to the Policy Centre Mr X said", parsed as one object
            clause = next((a for a in verb.doc[j].ancestors if a.dep_ == "relcl" and a.i < verb.i), None)
            who = next((c for c in clause.children if c.tag_ == "WP" and c.dep_ in ("nsubj", "nsubjpass")), None) if clause is not None else None
            named = verb.doc[who.i - 2] if who is not None and who.i >= 2 and verb.doc[who.i - 1].text == "," else None
            if j < verb.i - 1 and named is not None and named.pos_ == "PROPN" and named.dep_ in ("appos", "nsubj", "compound"):
                return named  # "In an article for the paper, Ms X, who chairs the committee, says:"
        agents = [c for c in tok.children if c.dep_ == "agent"]
        if agents:
            objs = [c for c in agents[0].children if c.dep_ == "pobj"]
            if objs:
                return objs[0]
        if tok.dep_ not in ("advcl", "conj", "xcomp", "ccomp", "pcomp", "prep") or tok.head is tok:
            return None
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.lemma_.lower() in PERCEIVING_VERBS:
            seen = next((c for c in tok.head.children if c.dep_ == "dobj"), None)
            if seen is not None:
                return seen  # "The film showed X telling the meeting:"
        if tok.tag_ == "VBG" and tok.dep_ == "advcl" and tok.head.dep_ == "ccomp" and is_speech_verb(tok) and is_speech_verb(tok.head.head):
            tok = tok.head  # "X said Y had lost, adding:", parsed as if Y were adding: the one saying
        tok = tok.head  # "She was quoted as saying": through "as" to "quoted"
    return None


def resolve(token: Token, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    """A subject token -> the entity key it names (a person or an organization)."""
    if token.pos_ == "PRON" and mentions.at(token) is None:
        token = unnamed_speaker_before(token, mentions) or token  # "A ministry spokesman said ... He added"
    key = _named(token, mentions, role_index)
    if key is None and token.lemma_.lower() in SPOKESPEOPLE:
        key = _spokesperson_for(token, mentions, role_index)
    return key


OPINION_VERBS = frozenset({"believe", "think", "feel", "fear", "hope", "argue", "maintain"})


def _reported_before(doc: Doc, sent: Span, inside: set[int], mentions: Mentions, role_index) -> str | None:
    """The speaker of the sentence just before a quotation that stands alone, when that
    sentence reports speech or a view outside quotation marks ("X said the law was clear.")."""
    prev = sent_of(doc[sent.start - 1])
    tokens = [t for t in prev if t.idx not in inside]
    if len(tokens) < len(prev):
        return None  # that sentence quotes too: the quotation-after-quotation rule decides
    holds = prev.root.lemma_.lower() in OPINION_VERBS  # "X believes that suspects should be tried. "My own view ...""
    verb = prev.root if is_speech_verb(prev.root) or holds else None
    subj = subject_of(verb) if verb is not None else None
    return resolve(subj, mentions, role_index) if subj is not None else None


def _named(token: Token, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    m = mentions.at(token)
    if m:
        return m.key
    if token.lower_ in ("who", "which", "that") and token.head.dep_ == "relcl":  # "the UKIP spokesman, who said"
        return _named(token.head.head, mentions, role_index) if token.head.head is not token else None
    # "The head of the party, X," / "Israel's defence minister X": a name inside the subject
    for child in token.children:
        if child.dep_ == "appos":
            m = mentions.at(child)
            if m:
                return m.key
    # the noun phrase without a clause that hangs off it ("the spokesman, who said: ...")
    right = max([token.i] + [c.right_edge.i for c in token.rights if c.dep_ not in ("relcl", "acl", "punct")])
    span = token.doc[token.left_edge.i : right + 1]
    people = mentions.in_span(span.start, span.end, kind="person")
    office = title_word(token) and token.lemma_.lower() not in SPOKESPEOPLE  # a title held, not spoken for another
    if office:  # "his former adviser said": not him
        people = [m for m in people if token.doc[m.end - 1].dep_ != "poss" and not (m.end < len(token.doc) and token.doc[m.end].dep_ == "case")]
    if people:
        return people[-1].key if token.i > people[-1].start else people[0].key
    orgs = mentions.in_span(span.start, span.end, kind="org")
    if orgs and not office:
        return orgs[0].key  # "a Labour spokesman said"; but "the Tory MP said" is a person
    # "the committee said", "an executive spokeswoman said": the body named before whose name
    # ends in that word
    body_words = [token] if token.pos_ == "NOUN" and any(c.lower_ == "the" for c in token.children) else []
    if token.lemma_.lower() in SPOKESPEOPLE:
        body_words += [c for c in token.children if c.dep_ in ("compound", "amod") and c.is_lower]
    for word in body_words:
        key = _body_ending_in(word, mentions)
        if key is not None:
            return key
    # "it said it has "entered a crisis"": the body last named, a sentence or two before
    if token.lower_ == "it" and token.pos_ == "PRON":
        since = sent_of(token.doc[sent_of(token).start - 1]).start if sent_of(token).start else 0
        named = [m for m in mentions.in_span(since, token.i, "org") if not m.in_quote]
        return named[-1].key if named else None
    # "the firm said": the organization last named
    if token.lemma_.lower() in GENERIC_BODIES and any(c.dep_ == "det" and c.lower_ == "the" for c in token.children):
        last = mentions.last_before(token.i, "org")
        return last.key if last is not None else None
    # "the minister said": the person last given that title, or in a news lead written before
    # the name, the first one given it after
    if token.pos_ == "NOUN" or office:  # "The Foreign Secretary told", the title tagged a proper noun
        qualifier = next((c.lower_ for c in token.lefts if c.lower_ in QUALIFIERS), None)
        holders = role_index.get(f"{qualifier} {token.lemma_.lower()}" if qualifier else token.lemma_.lower(), [])  # in token order
        before = bisect_right(holders, token.i, key=itemgetter(0))  # how many are given it at or before the token
        if holders:
            return holders[before - 1][1] if before else holders[0][1]
    return None


def described_subjects(doc: Doc, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> dict[int, str]:
    """Titles standing for someone as a main clause's subject ("The party chairman replied"):
    token index -> the person holding that title."""
    out: dict[int, str] = {}
    for tok in doc:
        if tok.dep_ not in ("nsubj", "nsubjpass") or tok.head.dep_ != "ROOT" or not title_word(tok) or tok.lemma_.lower() in SPOKESPEOPLE:
            continue
        if mentions.at(tok) is not None or mentions.quoted(tok.idx) or not any(c.lower_ == "the" for c in tok.children):
            continue
        key = _named(tok, mentions, role_index)
        if key is not None and mentions.entities[key].kind == "person":
            out[tok.i] = key
    return out


def _said_then_named(after: list[Token], mentions: Mentions) -> str | None:
    """'"...," said shadow local government secretary Jo Sims': the name a few words after a
    speech verb that follows the quotation, with nothing but title words between, whatever
    the parse made of them. `after` holds the sentence's words after the quotation, no
    punctuation."""
    verb = after[0]
    for tok in after[1:7]:
        if tok.i > verb.i + 7:
            return None
        m = mentions.at(tok)
        if m is not None and m.kind == "person" and not m.pronoun:
            between = [t for t in after[1:] if t.i < m.start]
            ok = all(t.is_alpha and (t.pos_ in ("PROPN", "NOUN", "ADJ") or title_word(t) or t.tag_ in ("VB", "VBP", "VBG", "VBN")) for t in between)  # "pipe-smoking"
            return m.key if ok else None
    return None


def _unnamed_person(subj: Token) -> bool:
    """"the man", "a protester", "one witness": someone the article does not name."""
    return subj.pos_ == "NOUN" and subj.lemma_.lower() in UNNAMED_PEOPLE


UNNAMED_PEOPLE = frozenset({
    "man", "woman", "person", "protester", "attacker", "witness", "resident", "voter", "passenger", "neighbour",
    "neighbor", "caller", "viewer", "reader", "onlooker", "bystander", "student", "pupil", "patient", "mother",
    "father", "customer", "worker", "driver", "suspect", "victim", "boy", "girl", "guy", "friend",
    "critic", "opponent", "campaigner", "supporter", "observer", "expert", "analyst", "activist",  # "which opponents say"
})


def _body_ending_in(word: Token, mentions: Mentions) -> str | None:
    """The organization last named before `word` whose name ends in it ("the Northern
    Executive" for "the executive"), if only one such organization is named."""
    keys = {key for key in mentions.keys_ending_in(word.lower_, "org") if mentions.named_before(key, "org", word.i)}
    return keys.pop() if len(keys) == 1 else None


# Verbs whose object is the one doing what a participle after it says ("showed X telling").
PERCEIVING_VERBS = frozenset({"show", "see", "hear", "catch", "film", "record", "watch", "overhear", "capture", "depict"})
GENERIC_BODIES = frozenset({"firm", "company", "group", "bank", "party", "union", "agency", "ministry", "department", "retailer", "airline", "insurer", "lender", "club", "council", "charity"})


def _spokesperson_for(token: Token, mentions: Mentions, role_index: dict[str, list[tuple[int, str]]]) -> str | None:
    """Whom an unnamed spokesperson speaks for: "the spokesman added" is the UKIP spokesman
    of a sentence before; "X defended it, with a spokesperson saying" and "X defended it. A
    spokesman said" speak for X (an organization)."""
    doc = token.doc
    for prev in reversed(doc[max(0, token.i - 300) : token.i]):
        if prev.lemma_.lower() == token.lemma_.lower():
            key = _named(prev, mentions, role_index)
            if key is not None:
                return key
    sent = sent_of(token)
    roots = [sent.root] + ([sent_of(doc[sent.start - 1]).root] if sent.start else [])
    for root in roots:  # this sentence's subject, else the one before: "The Transport Office defended it. A spokesman said:"
        subj = next((c for c in root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        m = mentions.at(subj) if subj is not None and subj.i != token.i else None
        if m is not None:
            return m.key if m.kind == "org" else None
    return None


def attribute(
    doc: Doc,
    spans: list[QuoteSpan],
    mentions: Mentions,
    role_index: dict[str, list[tuple[int, str]]],
) -> list[Quote]:
    inside = set()
    for q in spans:
        inside.update(range(q.start, q.end))
    quotes: list[Quote] = []
    previous_speaker: str | None = None
    previous_end = -1
    i = 0
    while i < len(spans):
        group = [spans[i]]
        sent = _sentence_span(doc, spans[i].start, spans[i].end)
        # a quotation over several paragraphs, each opening with a mark and only the last closed:
        # one statement
        while i + 1 < len(spans) and not group[-1].closed and (
            spans[i + 1].continues or not text_of(doc)[group[-1].end : spans[i + 1].start - 1].strip()
        ):
            group.append(spans[i + 1])
            i += 1
        if len(group) > 1:
            sent = doc[sent.start : _sentence_span(doc, group[-1].start, group[-1].end).end]
        paragraphs = len(group)
        # "I like Rex," Trump said, "but we disagreed." is one statement
        while i + 1 < len(spans):
            nxt = spans[i + 1]
            between = text_of(doc)[group[-1].end + 1 : nxt.start - 1]
            if (
                nxt.start < sent.end_char + 2
                and 0 < len(between.split()) <= 8
                and "\n" not in between and between.rstrip()[-1:] in ",;:—–-"  # "X said, ..." not "X said. ..."
                and _speech_verb([t for t in doc.char_span(group[-1].end, nxt.start, alignment_mode="expand") or []])
                and text_of(doc)[group[-1].end - 1] in ",;:—–-"
            ):
                group.append(nxt)
                i += 1
                sent = doc[sent.start : _sentence_span(doc, nxt.start, nxt.end).end]
            else:
                break
        i += 1
        first, last = group[0], group[-1]
        outside = [t for t in sent if t.idx not in inside and not t.is_punct and not t.is_space]
        after = [t for t in outside if t.idx >= last.end]
        before = [t for t in reversed(outside) if t.idx < first.start]
        between = [t for t in outside if first.start <= t.idx < last.end]
        # speech verbs, nearest first: the first whose subject is someone speaks ("X told MPs the
        # US had agreed to release them after "..."": X, not the US)
        verbs = list(dict.fromkeys(t for t in [*between, *after[:8], *before, *after] if _speech_verb([t]) is not None))
        speaker = _said_then_named(after, mentions) if after and _speech_verb(after[:1]) else None
        if verbs and speaker is None:
            for n, verb in enumerate(verbs):
                subj = subject_of(verb)
                if subj is not None and subj.idx in inside:
                    continue  # 'X told MPs "every economist" had warned the "...": the quoted words are X's
                speaker = resolve(subj, mentions, role_index) if subj is not None else None
                if speaker is not None:
                    break
                if n == 0 and subj is not None and _unnamed_person(subj):
                    break  # 'He said a man shouted: "..."': the man's words, not his
            if speaker is None:
                source = according_to(outside)
                speaker = resolve(source, mentions, role_index) if source is not None else None
        else:
            source = according_to(outside)
            if source is not None:
                speaker = resolve(source, mentions, role_index)
            elif before and (
                text_of(doc)[max(0, first.start - 8) : first.start].rstrip(" \"“”'‘’").endswith(":")
                or sent.root.lemma_.lower() in words("speech_verbs") | stances().keys()
            ):
                # the sentence's subject, when a colon hands it the quotation ('X was more blunt:
                # "..."') or its verb reports a reaction ("Kaplan expressed his appreciation ... “and
                # for the part ...”"); not a phrase quoted from a document ("the power to look
                # into “any matter ...”")
                subj = next((c for c in sent.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
                if subj is not None and subj.idx not in inside:
                    speaker = resolve(subj, mentions, role_index)
        if speaker is None and first.continues:
            speaker = previous_speaker
        if speaker is None and not outside and sent.start > 0:
            speaker = _reported_before(doc, sent, inside, mentions, role_index)  # 'X said the law was clear. "..."'

        gap = text_of(doc)[previous_end + 1 : first.start - 1] if previous_end >= 0 else "x"
        if speaker is None and previous_speaker and "\n" not in gap and not any(c.isalnum() for c in gap):
            speaker = previous_speaker  # "...," she said. "...": quotation after quotation, same voice
        opens_paragraph = not text_of(doc)[line_start(doc, first.start) : first.start - 1].strip()
        if speaker is None and not outside and previous_speaker and (opens_paragraph or "\n" not in gap):
            speaker = previous_speaker  # a paragraph that is only a quotation continues the speaker
            # (not one after a sentence of the narrator's: 'The minutes show it. "The PM said ..."')
        text = " ".join(text_of(doc)[q.start : q.end].strip() for q in group[:paragraphs])
        if len(group) > paragraphs:
            text = " ... ".join([text, *(text_of(doc)[q.start : q.end].strip() for q in group[paragraphs:])])
        quotes.append(Quote(text, speaker, first.start, last.end, sent.text.strip()))
        previous_speaker = speaker or previous_speaker
        previous_end = last.end
    return quotes
