"""The source the figure's own words name: a possessive count before it ("the city hall's count of 4,000"), unnamed
"reports of 200", "as X alleged" or "given by X" after it, the nearest of several "according to" cues, or the source of
its own clause (and a party that rejected the figure before and gives its own).

Split out of ``source``: these look only at the words around one figure, where ``find_source`` reads a whole sentence.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from .source import Source, _trimmed, find_source
from .source_cues import ACCORDING, BY_ESTIMATE, SOURCE_CUES

if TYPE_CHECKING:
    from spacy.tokens import Span

#: "Its first figure, 73 injured, …": a pronoun's count (resolved like a pronoun source)
PRONOUN_COUNT = re.compile(r"\b(?P<source>its|their)\s+(?:own\s+|first\s+|latest\s+|initial\s+|new\s+|earlier\s+|"
                           r"revised\s+|official\s+)?(?:counts?|estimates?|tall(?:y|ies)|figures?|tolls?)\b[^.;\d]{0,20}$",
                           re.IGNORECASE)
#: who the figure's own words credit: "the city hall's count of 4,000", "300 students …, as activists alleged"
POSSESSIVE_SOURCE = re.compile(r"(?P<source>(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+?)(?:['’]s|(?<=s)['’])\s+(?:own\s+|latest\s+|"
                               r"official\s+|initial\s+|final\s+)?(?:counts?|estimates?|tall(?:y|ies)|figures?|tolls?|data|"
                               r"census)\b(?:\s+(?:of|at|was|is|were|are|stood at|put at)|[^,;\d]{0,40}?\s+(?:at|of))\s+$",
                               re.IGNORECASE)
#: a count named by who made it, without a possessive: "running instead a police count of 25,000", "an army estimate of"
AGENT_COUNT = re.compile(r"\b(?:a|an|the|their|its)\s+(?P<source>police|army|military|government|ministry|hospital|coroner|"
                         r"union|organi[sz]ers|UN|NGO|city|council|church|party|opposition|monitors|rebel|militia)\s+"
                         r"(?:counts?|estimates?|tall(?:y|ies)|figures?)\s+(?:of|at|was|is|put at|stood at)\s+$")
#: someone's account of the figure: "disputes the sheriff's account that deputies fired only 4 rounds"
POSSESSIVE_ACCOUNT = re.compile(r"(?P<source>(?:the|an?|its|their)\s+(?:[\w-]+\s+){0,2}?[\w-]+?)(?:['’]s|(?<=s)['’])\s+(?:own\s+|"
                                r"official\s+|initial\s+|first\s+|earlier\s+)?(?:account|version|claim|assertion|statement)"
                                r"\s+that\b[^,;\d]{0,60}$", re.IGNORECASE)
AS_ALLEGED = re.compile(r"[^,;]{0,60},?\s+as\s+(?!(?:originally|initially|previously|earlier|first|wrongly|incorrectly|"
                        r"mistakenly|erroneously)\s)(?P<source>(?:the\s+|an?\s+)?[\w'’ -]{2,50}?)\s+(?:had\s+|have\s+|has\s+)?"
                        r"(?:alleged|claimed|said|reported|stated|insisted|suggested|charged|contended)\b", re.IGNORECASE)


def nearest_cue(sent: "Span", start: int) -> Source | None:
    """With two or more "according to" / "by the estimate of" cues in a sentence, the one that governs the figure at
    paragraph offset ``start``: the nearest before it, else the first after it ("by the estimate of the ministry,
    about 3 500 people, by the estimate of organizers — not less than 25 thousand"). None with fewer than two."""
    text = text_of(sent.doc)
    cues = [m for pattern in (ACCORDING, BY_ESTIMATE) for m in pattern.finditer(text, sent.start_char, sent.end_char)
            if m.group("source").strip().lower() not in ("the", "a", "an", "its", "their", "his", "her")]
    if len({m.start() for m in cues}) < 2:
        return None
    right_after = [m for m in cues if m.start() >= start and m.start() - start <= 60
                   and not re.search(r"(?<!\d)[,;:—–]|[,;:—–](?!\d)|\band\b", text[start:m.start()])]
    if right_after:
        # "62,000 people by the organisers' count and no more than 18,000 by the estimate of city police": a cue right
        # after the figure, in its own phrase, is its own
        match = right_after[0]
        return _trimmed(text, match.start("source"), _cue_end(match))
    before = [m for m in cues if _cue_end(m) <= start]
    match = max(before, key=lambda m: m.start()) if before else min(cues, key=lambda m: m.start())
    return _trimmed(text, match.start("source"), _cue_end(match))


def _cue_end(match: re.Match[str]) -> int:
    """Where a cue's source ends: before a verb or a dash ("by the estimate of organizers — not less than …")."""
    # (or before another figure: "according to the parish and no more than 1,500 according to …")
    cut = re.search(r"\s+(?:are|is|were|was|have|has|had|will)\s|\s*[—–]|\s+-\s|\s+(?:and|but|while)\s+(?=(?:[a-z]+\s+){0,3}\d)",
                    match.group("source"))
    return match.start("source") + (cut.start() if cut else len(match.group("source")))


#: a figure "given by", "released by" someone, right after it (over its noun): "a figure of 75 dead given by local officials"
GIVEN_BY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:given|released|issued|published|announced|provided|cited|compiled|"
                      r"supplied|reported|claimed|alleged)\s+by\s+(?P<source>(?:the\s+|an?\s+)?[\w'’ -]{2,50}?)(?=\s+(?:was|were|is|are|has|"
                      r"have|had|on|in|at|last|this|and|but|which|who)\b|\s*[,.;]|$)", re.IGNORECASE)


#: a time after "by", not who gave the figure: "29 were released by Friday", "by the end of the week"
TIME_WORDS = re.compile(r"(?:the\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|"
                        r"april|may|june|july|august|september|october|november|december|noon|midday|midnight|dawn|dusk|"
                        r"nightfall|evening|morning|afternoon|tonight|today|tomorrow|then|now|end|close|start|time|"
                        r"\d)\b", re.IGNORECASE)


#: unnamed reports of the figure: "calling reports of 200 captured troops 'enemy propaganda'"
REPORTS_OF = re.compile(r"\b(?P<source>(?:(?:unconfirmed|unverified|local|media|press|earlier|initial|first|some|other|"
                        r"social media|online)\s+)?reports)\s+of\s+(?:(?:up to|about|some|around|nearly|almost|at least|"
                        r"more than|over|as many as|roughly)\s+)?$", re.IGNORECASE)


def figure_source(sent: "Span", start: int, end: int) -> Source | None:
    """A source the words right around the figure at paragraph offsets start:end name: a possessive count before it
    ("the city hall's count of 4,000"), unnamed "reports of 200" (decision 9: source "reports"), or an "as X alleged"
    after it."""
    text = text_of(sent.doc)
    before = POSSESSIVE_SOURCE.search(text, max(sent.start_char, start - 80), start) \
        or PRONOUN_COUNT.search(text, max(sent.start_char, start - 60), start) \
        or REPORTS_OF.search(text, max(sent.start_char, start - 60), start) \
        or POSSESSIVE_ACCOUNT.search(text, max(sent.start_char, start - 100), start) \
        or AGENT_COUNT.search(text, max(sent.start_char, start - 60), start)
    verbs = [t for t in sent if before and t.pos_ in ("VERB", "AUX", "ADV")
             and before.start("source") <= t.idx < before.end("source")]
    if verbs and before.re is POSSESSIVE_SOURCE and not any(SOURCE_CUES.match(v.lemma_) for v in verbs):
        # (a counting verb's subject gives the figure: "now puts the union's tally there at 9,150" is the commission's)
        # "The ministry called the opposition's tally of 20,000 …": the owner starts after the verb
        before = POSSESSIVE_SOURCE.search(text, verbs[-1].idx + len(verbs[-1]), start)
    if before and not any(t.pos_ in ("VERB", "AUX", "ADV") for t in sent
                          if before.start("source") <= t.idx < before.end("source")):
        # (not "now puts the union's tally there at 9,150": the union is what is tallied, the verb's subject tallies)
        return _trimmed(text, before.start("source"), before.end("source"))
    after = AS_ALLEGED.match(text, end, sent.end_char)
    if after:
        return _trimmed(text, after.start("source"), after.end("source"))
    given = GIVEN_BY.match(text, end, sent.end_char)
    if given and not TIME_WORDS.match(given.group("source")):  # "A figure of 75 dead given by local officials was rejected …"
        return _trimmed(text, given.start("source"), given.end("source"))
    return None


#: a party that rejects the figure before and gives its own in a participle: "…, a figure the insurgents' spokesman called
#: 'fantasy', saying only 12 …", "…, a claim the port authority rejected, putting the figure at fewer than 2,000"
REBUTTAL = re.compile(r",\s*(?:a|the|that|this|which)\s+(?:[\w-]+\s+){0,2}?(?:figure|claim|number|toll|count|estimate|tally|"
                      r"account|deployment|report|version|total)s?\s+(?:that\s+|which\s+)?(?P<who>(?:the\s+|an?\s+)?"
                      r"[^,;\d]{2,60}?)\s+(?:(?:has|have|had)\s+)?(?:called|calls|rejected|rejects|disputed|disputes|dismissed|"
                      r"dismisses|denied|denies|branded|brands|described|contested|contests|challenged|challenges|"
                      r"questioned|questions|labell?ed|termed)\b[^,;]{0,60},\s*(?:saying|putting|insisting|adding|arguing|"
                      r"countering|claiming|estimating|noting|stating)\s*$", re.IGNORECASE)
PARTICIPLE = re.compile(r"\s*(?:saying|putting|insisting|adding|arguing|countering|claiming|estimating|noting|stating)\b",
                        re.IGNORECASE)


def clause_source(sent: "Span", clause_text: str) -> Source | None:
    """The source named in the figure's own clause ("…, but the opposition said at least 25,000 …"), or the party
    that rejected the figure before it and gives its own after a participle ("…, a figure the insurgents' spokesman
    called 'fantasy', saying only 12 of his fighters had died")."""
    start = sent.text.find(clause_text)
    if start < 0 or clause_text.strip() == sent.text.strip():
        return None
    participle = PARTICIPLE.match(clause_text)
    rebuttal = REBUTTAL.search(sent.text, 0, start + (participle.end() if participle else 0))
    if rebuttal:
        return _trimmed(text_of(sent.doc), sent.start_char + rebuttal.start("who"), sent.start_char + rebuttal.end("who"))
    return find_source(sent, sent.start_char + start, sent.start_char + start + len(clause_text))
