"""Who states a figure: "according to X", "X said", "…, informs the Ministry of Defence."; None for the outlet's voice.

A source is returned with its character offsets in the paragraph ``Doc`` so that the claim can point at
the words (and the lead can link them to an entity mention).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

SOURCE_CUES = re.compile(
    r"^(?:say|said|tell|told|report|announce|state|confirm|claim|estimate|add|note|put|declare|allege|insist|deny|"
    r"inform|withdraw|retract|correct|revise|predict|expect|warn|raise|lower|update|document|count|register|"
    r"write|tweet|post|publish|give|release|quote|cite|record|tally|suggest|indicate|seek|demand|fear|believe)",
    re.IGNORECASE)
ACCORDING = re.compile(r"\b(?:according to|(?<!without )citing|as reported by|attributed to|per|by (?:the )?(?:data|estimates?|"
                       r"figures|count|information) of)\s+(?P<source>[^,.;:]{2,80})", re.IGNORECASE)
TRAILING_SOURCE = re.compile(
    r",\s*(?:(?P<verb_first>informs?|informed|reports?|reported|says|said|writes|wrote|notes|noted|announced|stated|"
    r"told reporters|confirmed)\s+(?P<after>(?:the\s+)?[A-Z][^,.;]{2,70})|(?P<before>(?:the\s+|a\s+)?[^,;]{3,70}?)"
    r"(?<!\bnot)(?<!n't)(?<!never)\s+"
    r"(?:said|says|estimates?|estimated|reported|reports|added|told reporters|confirmed|announced|fear|fears|feared|"
    r"believe|believes|warned|warn|warns)(?:\s+(?:on|late on|early on|last|this)\s+\w+|\s+in a statement)?)"
    r"\s*\.?\s*$",
    re.IGNORECASE,
)
#: a reporting verb first, as machine translation writes it: "Informs the Ministry of Internal Affairs: …"
VERB_FIRST = re.compile(r"\s*(?i:informs?|reports?|says|said|announced|stated|told)\s+(?P<source>(?:the\s+)?[A-Z][^:;,.]{2,70}):")
#: unnamed reports as the source: "reports that …", "Unconfirmed reports suggest …"
REPORTS = re.compile(r"\b(?P<source>(?:(?:unconfirmed|local|media|press|earlier|initial|some|other)\s+)?reports)\s+"
                     r"(?:that|suggest\w*|say|said|indicate\w*)\b", re.IGNORECASE)
#: subjects of a reporting verb that are the figure, not who states it ("the figure was revised")
NOT_SOURCES = frozenset(("figure", "toll", "number", "death", "correction", "damage", "document"))


@dataclass(frozen=True, slots=True)
class Source:
    """A source phrase and its offsets in the paragraph text."""

    text: str
    start: int
    end: int


def _trimmed(text: str, start: int, end: int, strip: str = "") -> Source:
    """The phrase text[start:end] without blanks (and the ``strip`` characters) around it."""
    while start < end and (text[start].isspace() or text[start] in strip):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in strip):
        end -= 1
    return Source(text=text[start:end], start=start, end=end)


def find_source(sent: "Span", lo: int | None = None, hi: int | None = None) -> Source | None:
    """Who states the figures between paragraph offsets lo and hi (the sentence by default): "according to X",
    a trailing "…, X said.", or the active subject of a reporting verb."""
    lo = sent.start_char if lo is None else lo
    hi = sent.end_char if hi is None else hi
    text = sent.doc.text
    match = ACCORDING.search(text, lo, hi)
    if match:
        return _trimmed(text, match.start("source"), match.end("source"))
    trailing = TRAILING_SOURCE.search(text, lo, hi) if hi == sent.end_char else None
    if trailing:  # "…, informs the Ministry of Defence." / "…, the regional relief office estimates."
        group = "after" if trailing.group("after") else "before"
        found = _trimmed(text, trailing.start(group), trailing.end(group))
        if not re.search(r"\d", found.text) and len(found.text.split()) <= 10:
            return found
    opening = VERB_FIRST.match(text, lo, hi) if lo == sent.start_char else None
    if opening:  # "Informs the Ministry of Internal Affairs: …"
        return _trimmed(text, opening.start("source"), opening.end("source"))
    for token in sent:
        if not lo <= token.idx < hi:
            continue
        if token.dep_ in ("relcl", "acl") and lo == sent.start_char and hi == sent.end_char:
            antecedent = _antecedent(token)
            if antecedent:  # "State television, which on Sunday reported 9 deaths, …"
                return antecedent
            continue  # "a 10-year sentence, which her lawyers said they would appeal": not the figure's source
        if token.pos_ in ("VERB", "NOUN") and token.dep_ in ("ROOT", "ccomp", "conj", "parataxis", "advcl", "relcl") \
                and SOURCE_CUES.match(token.lemma_) and token.lemma_.lower() not in ("give",):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ not in ("it", "there", "which", "that", "who"):
                subtree = list(subjects[0].subtree)
                if any(t.like_num for t in subtree) or subjects[0].lemma_.lower() in NOT_SOURCES:
                    continue  # "the figure was …", "A further 21 deaths were recorded": the figure, not a source
                return _trimmed(text, subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")
    reports = REPORTS.search(text, lo, hi)
    if reports:  # "despite reports that dozens of buildings had cracked", "Unconfirmed reports suggest …"
        return _trimmed(text, reports.start("source"), reports.end("source"))
    return None


def clause_source(sent: "Span", clause_text: str) -> Source | None:
    """The source named in the figure's own clause ("…, but the opposition said at least 25,000 …")."""
    start = sent.text.find(clause_text)
    if start < 0 or clause_text.strip() == sent.text.strip():
        return None
    return find_source(sent, sent.start_char + start, sent.start_char + start + len(clause_text))


def _antecedent(verb: "Token") -> Source | None:
    """The noun a relative reporting clause hangs on, when the clause's subject is "which" or "who": "State
    television, which on Sunday reported 9 deaths" -> "State television"."""
    if not SOURCE_CUES.match(verb.lemma_):
        return None
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if not subjects or subjects[0].lower_ not in ("which", "who", "that"):
        return None
    noun = verb.head
    tokens = [t for t in noun.subtree if t.i <= noun.i]
    return _trimmed(noun.doc.text, tokens[0].idx, noun.idx + len(noun), ",")


def relative_source(tokens: list["Token"]) -> Source | None:
    """The source of a figure a reporting clause describes: "the 10,000 the organisers had predicted"."""
    for token in tokens:
        for clause_verb in token.children:
            if clause_verb.dep_ == "relcl" and SOURCE_CUES.match(clause_verb.lemma_):
                subjects = [c for c in clause_verb.children if c.dep_ == "nsubj" and c.lower_ not in ("which", "who",
                                                                                                    "that")]
                if subjects:
                    subtree = list(subjects[0].subtree)
                    return _trimmed(token.doc.text, subtree[0].idx, subtree[-1].idx + len(subtree[-1]), ",")
    return None