"""How far a source reaches: which figures of a sentence the sentence's source states, and which are the writer's.

A cue set off by commas covers its own clause ("…, the town council said, and half of the schools were closed": the
schools are the writer's); a cue that opens a later clause does not reach back ("64 were rescued, and rescuers believe
another 20 …"); a relative clause hanging on the cue is an aside ("said of the shooting, which left five people
wounded"); the circumstances of a statement are told in the writer's voice ("… withdrew his figure after rescuers found
38 of them alive"); those who demand act, and a figure under another of their acts is the writer's.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from ..numbers import Number
from .build import Sentence
from .source import Source
from .source_cues import SOURCE_CUES

if TYPE_CHECKING:
    from spacy.tokens import Span, Token


def aside_of_the_cue(token: "Token", source: Source, sent: "Span") -> bool:
    """Whether the figure ``token`` stands in a relative clause that hangs on the source phrase or on the words around
    its reporting verb, not on what is reported: "Lt. Beale said of the shooting, which left five people wounded",
    "told reporters in Uvarin, where some 6,000 people remain cut off", "police, who had 2,500 officers on duty, put
    the crowd at …" (the writer's voice, as a relative clause is)."""
    relative = next((a for a in token.ancestors if a.dep_ in ("relcl", "acl:relcl")
                     or a.dep_ == "acl" and any(c.lower_ in ("where", "which", "who") for c in a.children)), None)
    if relative is None or SOURCE_CUES.match(relative.lemma_) or relative.left_edge.i == 0 \
            or token.doc[relative.left_edge.i - 1].text != "," \
            or relative.left_edge.lower_ not in ("which", "who", "whom", "whose", "where", "when"):
        return False  # a clause that reports the figure itself ("State television, which reported 9 deaths"), or a
        # restrictive one ("the number of people who have disappeared … at 86")
    node = relative.head
    if source.start <= node.idx < source.end:
        return True  # on the source phrase itself
    while node.head.i != node.i:
        if node.dep_ in ("ccomp", "xcomp", "parataxis"):
            return False  # inside what is reported: "police said the protesters, who numbered 4,000, …"
        verb = node.head
        if verb.pos_ in ("VERB", "AUX") and SOURCE_CUES.match(verb.lemma_) and any(
                c.dep_ == "nsubj" and source.start <= c.idx < source.end for c in verb.children):
            return node.dep_ in ("prep", "dative", "npadvmod") or node.dep_ == "dobj" and verb.lemma_.lower() == "tell"
        node = verb
    return False


def circumstance_of_the_cue(token: "Token", source: Source, sent: "Span") -> tuple[int, int] | None:
    """The paragraph offsets of an adverbial clause with a subject of its own ("after rescuers found 38 of them alive")
    that holds the figure ``token`` and hangs on the source's reporting verb itself, not on what it reports: the
    circumstances of the statement, in the writer's voice. None otherwise."""
    clause = next((a for a in token.ancestors if a.dep_ == "advcl"), None)
    if clause is None or clause.pos_ not in ("VERB", "AUX") or SOURCE_CUES.match(clause.lemma_) \
            or clause.i < clause.head.i or not any(c.dep_ == "mark" for c in clause.children):
        return None  # (not "Possibly 20 people are buried under the rubble, rescuers fear": what is feared)
    verb = clause.head
    own = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
    if not own or own[0].pos_ == "PRON" or source.start <= own[0].idx < source.end \
            or not (verb.pos_ in ("VERB", "AUX") and SOURCE_CUES.match(verb.lemma_)
                    and any(c.dep_ == "nsubj" and source.start <= c.idx < source.end for c in verb.children)):
        return None
    words = list(clause.subtree)
    return words[0].idx, words[-1].idx + len(words[-1])


DEMANDS = frozenset({"seek", "demand", "ask", "request"})


def outside_a_demand(token: "Token", source: Source, sent: "Span") -> bool:
    """Whether the source's only cue is a demand and the figure ``token`` stands outside it, under another verb of
    theirs: "Prosecutors have charged 8 people with looting and are seeking prison terms of up to five years" (those
    who charge act; the 8 is the writer's). Figures inside the demand stay theirs ("… asked for life sentences for three
    of the defendants", "seeking … fines totalling €2.4 million"), as do figures under a cue of their own."""
    demands = [t for t in sent if t.lemma_.lower() in DEMANDS and t.pos_ == "VERB" and any(
        c.dep_ == "nsubj" and source.start <= c.idx < source.end for c in (*t.children, *(
            t.head.children if t.dep_ == "conj" else ())))]
    if not demands or any(a.pos_ == "VERB" and SOURCE_CUES.match(a.lemma_) and a.lemma_.lower() not in DEMANDS
                          for a in token.ancestors):
        return False
    demanded = {t.i for verb in demands for c in verb.children if c.dep_ not in ("conj", "cc", "nsubj")
                for t in c.subtree}
    return token.i not in demanded


def sentence_source(s: Sentence, number: Number, breakdown: bool, measure: str | None = None) -> Source | None:
    """The sentence's source, unless it is named before a semicolon and the figure stands in an independent clause
    after it: "Relatives say as many as 70 …; only 19 have been found alive" (the 19 is the writer's), or it opens a
    later clause that reports figures of its own ("64 have been rescued, and rescuers believe another 20 …"). A
    breakdown of the figure before ("…; 17 were members of the security forces") keeps it."""
    source = s.source
    if source is None or breakdown:
        return source
    start, end = s.sent.start_char + number.start, s.sent.start_char + number.end
    text = text_of(s.sent.doc)
    if source.end <= start and ";" in text[source.end:start]:
        return None
    if source.end <= start and re.search(r"[,\"”’]\s*$", text[max(0, source.start - 3):source.start]) \
            and re.search(r",\s*(?:and|but)\b", text[source.end:start]) \
            and not any(c.measure == measure and c.end <= s.offset + source.start for c in s.claims):
        # "…, the town council said, and half of the town's 38 schools were closed": a cue set off by commas covers
        # its own clause, not an independent one joined after it (a breakdown of a figure before it is covered)
        return None
    if source.start >= end and re.search(r";|,\s+(?:and|but|while|though|although|whereas)\b|\s+but\s+",
                                         text[end:source.start]) \
            and re.match(r"\s+(?:\w+\s+){0,3}?(?:believes?|says?|said|fears?|feared|estimates?|estimated|thinks?|reported|"
                         r"forecasts?|speaks? of|spoke of|talks? of|talked of|"
                         r"claims?|claimed|warns?|warned|expects?|expected|predicts?|predicted|confirms?|confirmed|"
                         r"counts?|counted|puts?|adds?|added|told \w+)\s+(?:that\s+)?(?!(?:on|in|at|late|early|last|this|"
                         r"yesterday|today|overnight)\b)\w", text[source.end:s.sent.end_char]) \
            and len(re.findall(r"\w+", text[source.end:s.sent.end_char])) >= 4:
        # "64 people have been rescued, and rescuers believe another 20 …", "…, though the ministry has so far
        # confirmed fewer than 20", "…, and aid groups warn the figure may double": the cue governs what follows it
        # (not "…, a source close to the investigation told the Ledger.": a cue that ends the sentence)
        return None
    return source
