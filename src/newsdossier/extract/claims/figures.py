"""Figures written as numbers ("227", "more than 1,000", "dozens", "3 thousand 400") and zero figures ("no one was
killed", "not a single shop"): each becomes a claim with its scope words."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ..numbers import Number
from . import measure as m
from .build import Sentence, make_claim
from .exclude import NOT_COUNTED, excluded
from .scope import Parts, context_parts, find_parts, is_people, merge
from .shares import CURRENCY, PERCENT_OF, currency_code
from .source import SOURCE_CUES, Source, clause_source, relative_source
from .status import ABOUT_THE_FIGURE, NEGATED, clause, clause_span, status

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ...records import Claim

#: a sentence that goes on about the figures of the one before: "Of them, eight were police officers."
SUBSET_OPENING = re.compile(r"^\s*(?:of (?:them|these|those|whom)|among them|in \w+(?: \w+)? alone)\b", re.IGNORECASE)
#: an opening total: "Of the 112 people arrested, 23 were foreign nationals"
#: and a total inside a zero: "None of the 18 passengers was hurt" (the 18 are passengers)
PARTITIVE_TOTAL = re.compile(r"(?:(?:^|[,;:.!?]\s*)of|\b(?:none|neither|not one|no one) of) (?:the|all|those|these|its|their)"
                             r"\s+$", re.IGNORECASE)
#: a figure compared with the one before: it counts the same thing
COMPARED = re.compile(r"\b(?:than|from|with|against|versus|vs\.?)\s+(?:the\s+|an?\s+)?(?:estimated\s+)?$", re.IGNORECASE)
#: a figure of the people just counted who died: "Five people were shot, three fatally"
FATALLY = re.compile(r"^\s*(?:of (?:them|whom|those)\s+)?(?:(?:were|was)\s+)?(?:fatally|mortally)\b", re.IGNORECASE)
#: "one of them", "two of whom": a part of the figure before, not "one of the fields"
SUBSET_PRONOUN = re.compile(r"^\s+of\s+(?:them|whom|those|these)\b", re.IGNORECASE)
#: what narrows a zero to part of the count: "No one was seriously hurt", "no one else", "none of the other …",
#: "None of the injuries are life-threatening"
QUALIFIED_ZERO = re.compile(r"^\s*(?:else\b|of the (?:other|remaining)\b|(?:\w+\s+){0,4}?(?:seriously|critically|"
                            r"badly|severely|gravely|life[- ]threatening|serious|critical)\b)", re.IGNORECASE)
ELECTION = re.compile(r"\b(?:vot(?:e|es|ers|ing)|elections?|ballots?|polls?|polling)\b", re.IGNORECASE)


def figure_claim(s: Sentence, number: Number) -> tuple["Claim", Parts] | None:
    """The claim of one number of the sentence, or None when it counts nothing (a date, an age, a code …)."""
    sent, doc, text = s.sent, s.sent.doc, s.sent.text
    start, end = sent.start_char + number.start, sent.start_char + number.end
    after, before = doc.text[end:end + 40], doc.text[max(0, start - 40):start]
    if start > 0 and doc.text[start - 1] in "$£€¥₹":
        start -= 1  # the currency sign belongs to the figure: "$1.2 million"
    tokens = [t for t in doc if start <= t.idx < end and t.text not in "$£€¥₹"]
    if not tokens:
        return None
    if doc.text[start:end].lower() == "one" and (re.search(r"\bno\s*$", before, re.I) or re.match(r"\s+of\b", after)
                                                 and not SUBSET_PRONOUN.match(after)):
        return None  # "no one" (a negation, found by ``zero_claims``), "one of the fields" (not a count)
    counted_tokens = m.counted_tokens(tokens)
    noun = m.head_of(counted_tokens) if counted_tokens else None
    if excluded(doc, sent.start_char + number.number_start, end, after, before,
                noun is not None and noun.lower_ not in NOT_COUNTED):
        return None
    earlier = s.claims or s.earlier  # the figures this one may be part of
    group = [] if counted_tokens or not earlier else m.predicate(tokens)
    if group:  # "…; 19 were members of the security forces": a subset of the figure before
        counted_tokens, noun = group, m.head_of(group)
    counted = m.phrase(counted_tokens)
    prison = m.PRISON.search(text) or any(m.PRISON.search(b.text) for b in s.before[:1])
    if counted and (counted.split()[0].lower() in NOT_COUNTED or noun is not None and noun.lower_ in NOT_COUNTED) \
            and not PERCENT_OF.match(after):
        if not (counted.split()[0].lower() in ("year", "years", "month", "months") and prison):
            return None
    if re.fullmatch(r"\d{1,3}\.\d{3}", doc.text[sent.start_char + number.number_start:end]) and noun is not None \
            and noun.tag_ == "NNS":
        number = replace(number, low=number.low * 1000, high=number.high * 1000)  # "1.318 cases": a thousands dot
    own = clause(text, number.start, number.end)
    stop = clause_span(text, number.start, number.end)[1]
    # status words may sit in a clause about the figure: "Officials put it at 60,000, although that number appears
    # to have been quietly revised upwards"
    status_words = own + " " + text[stop:] if ABOUT_THE_FIGURE.match(text[stop:]) else own
    currency = CURRENCY.search(doc.text[max(0, start - 4):end + 12])
    percent = PERCENT_OF.match(after)
    context: Span | None = None  # a sentence before that names what the figure counts
    if percent:  # "80 percent of homes": a share of the counted thing
        counted = m.trim_counted(percent.group("counted"))
        measure = m.measure_from(" ".join([counted, own])) if counted.split()[-1].lower() in m.GENERIC_NOUNS \
            else (m.measure_from(counted) or m.plural_key(counted))
    elif currency:
        measure = "money"
    elif PARTITIVE_TOTAL.search(before) and noun is not None:
        # "Of the 260 passengers on board, 14 are …": the total is counted by its own words, not the clause's
        measure = m.measure(tokens, counted_tokens, [], "", own_words_only=True)
    else:
        measure = m.measure(tokens, counted_tokens, earlier, before)
    unit = "percent" if percent else (currency_code(currency.group("symbol")) if currency else None)
    if group and (measure is None or measure not in {c.measure for c in earlier}):
        measure = earlier[-1].measure
    if FATALLY.match(after) or (SUBSET_PRONOUN.match(after) and m.measure_from(own[own.find(doc.text[start:end]):])
                                == "deaths"):
        measure = "deaths"  # "Five people were shot, three fatally"; "one of them died": how many of them died
    if counted_tokens and counted_tokens[0].lower_ in ("year", "years", "month", "months") and prison:
        measure = "sentence"  # prison terms are in years: "18 months" -> 1.5
        if counted_tokens[0].lower_.startswith("month"):
            number = replace(number, low=number.low / 12, high=number.high / 12)
    if measure is None and (not counted or counted.split()[-1].lower() in m.GENERIC_NOUNS):
        measure, context = _elided(s, tokens, own)
    if measure is None and counted.lower() in ("them", "those", "whom", "these") and s.claims:
        measure, counted = s.claims[-1].measure, s.claims[-1].counted  # "4,353 homes were damaged, 812 of them …"
    if measure == "participants" and re.search(r"\bturnout\b", own, re.I) and ELECTION.search(text):
        measure = "voters"  # an election's turnout, not a crowd's
    if measure is None:
        if noun is None or noun.lower_ in m.GENERIC_NOUNS or noun.pos_ != "NOUN" or noun.tag_ != "NNS" \
                or counted_tokens[0].i < tokens[-1].i:
            return None  # a fallback measure needs a plural noun the figure counts directly ("12 homes")
        measure = noun.lower_  # the guideline's key: the plural head noun ("homes")
    source = relative_source([*tokens, *([noun] if noun is not None else [])]) or clause_source(sent, own) \
        or _sentence_source(s, number, bool(group))
    claim = make_claim(s, start, end, measure=measure, counted=counted, low=number.low, high=number.high,
                       qualifier=number.qualifier, source=source,
                       status=status(status_words, counted, source.text if source else None), unit=unit)
    subset = counted if group else _people_predicate(tokens, counted_tokens)
    parts = find_parts(sent, number.start, number.end, counted, measure, subset)
    if context is not None:
        parts = merge(parts, context_parts(context))
    return claim, parts


def _sentence_source(s: Sentence, number: Number, breakdown: bool) -> Source | None:
    """The sentence's source, unless it is named before a semicolon and the figure stands in an independent clause
    after it: "Relatives say as many as 70 …; only 19 have been found alive" (the 19 is the writer's). A breakdown
    of the figure before ("…; 17 were members of the security forces") keeps it."""
    source = s.source
    if source is None or breakdown:
        return source
    start = s.sent.start_char + number.start
    if source.end <= start and ";" in s.sent.doc.text[source.end:start]:
        return None
    return source


def _elided(s: Sentence, tokens: list["Token"], own: str) -> tuple[str | None, "Span | None"]:
    """The measure of a figure whose counted thing is not in its clause, and the sentence that names it:
    "police said 4,000" after "organisers put the turnout at 15,000" (the same sentence); "An earlier figure of
    164 …", "In Olvasi alone, 630.", "Of them, eight were police officers." (a sentence before, up to two back)."""
    if s.claims and (_clause_ends(tokens[-1]) or COMPARED.search(s.sent.doc.text, 0, tokens[0].idx)):
        # "He received seven years, and his deputy three.", "far fewer than the 10,000 the organisers predicted"
        return s.claims[-1].measure, None
    text = s.sent.text
    if s.earlier and s.before and (SUBSET_OPENING.search(text) or not _has_verb(s.sent, s.sent.text)):
        return s.earlier[-1].measure, s.before[0]  # a sentence without a verb goes on about the figure before
    if m.FIGURE_WORDS.search(text):  # "By Tuesday the number had reached 480."
        for previous in s.before:
            found = m.measure_from(previous.text)
            if found:
                return found, previous
    return None, None


def _clause_ends(token: "Token") -> bool:
    """Whether the figure ends its clause: "…; police said 4,000." (nothing it counts follows)."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return following is None or following.text in (".", ";", ",", ")", "!", "?")


def _has_verb(sent: "Span", own: str) -> bool:
    """Whether the figure's clause has a verb of its own (not a reporting one): "In Olvasi alone, 630." has none."""
    begin = sent.start_char + max(0, sent.text.find(own))
    return any(t.pos_ == "VERB" and begin <= t.idx < begin + len(own) and t.lower_ != "according"
               and not SOURCE_CUES.match(t.lemma_) for t in sent)


def _people_predicate(tokens: list["Token"], counted: list["Token"]) -> str | None:
    """A group the figure is said to be: "About 90 of the detainees are women", "about 40 percent of the 25,000
    displaced were children"."""
    for token in (tokens[-1], *(counted[:1] if counted else [])):
        words = m.phrase(m.predicate([token]))
        if words and is_people(words):
            return words
    return None


def zero_claims(s: Sentence) -> list["Claim"]:
    """Zero figures: "No one was killed", "no charges", "not a single shop had been looted" (not overlapping a
    figure)."""
    found = []
    sent, text = s.sent, s.sent.text
    for match in NEGATED.finditer(text):
        begin, stop = clause_span(text, match.start(), match.end())
        # "no arrests" names its measure; "nobody was missing" takes the measure word nearest in its clause
        measure = m.measure_from(match.group(0)) or m.measure_from(text[begin:stop], (match.start() - begin,
                                                                                    match.end() - begin))
        if not measure and match.group(0).lower() == "not a single":
            noun = re.match(r"\s+([a-z][\w-]*)", text[match.end():])
            measure = (noun.group(1).lower().rstrip("s") + "s") if noun else None  # "not a single shop": shops
        if QUALIFIED_ZERO.search(text[match.end():stop]):
            continue  # "No one was seriously hurt", "no one else was injured": not a denial of every injury
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        overlaps = any(c.start - s.offset < end and start < c.end - s.offset for c in s.claims)
        if measure and not overlaps:
            found.append(make_claim(s, start, end, measure=measure, counted=match.group(0), low=0.0, high=0.0,
                                    qualifier="exact", source=s.source, status="negated"))
    return found
