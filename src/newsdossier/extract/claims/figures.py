"""Figures written as numbers ("227", "more than 1,000", "dozens", "3 thousand 400") and zero figures ("no one was
killed", "not a single shop"): each becomes a claim with its scope words."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...annotate import text_of
from ..numbers import Number
from . import measure as m
from .build import Sentence, make_claim
from .exclude import NOT_COUNTED, TURNOUT_BEFORE, excluded
from .scope import Parts, context_parts, find_parts, is_people, merge
from .shares import CURRENCY, PERCENT_OF, currency_code
from .source import (OWN_VOICE, SOURCE_CUES, Source, clause_source, figure_source, find_source, relative_source,
                     resolve_pronoun, statement_source)
from .status import ABOUT_THE_FIGURE, NEGATED, WOULD_AFTER, clause, clause_span, status

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
#: a figure a source gave before: "which had earlier reported 11 dead"
EARLIER_REPORT = re.compile(r"\b(?:earlier|initially|previously|first|originally)\s+(?:\w+\s+){0,2}$|\b(?:had|has) "
                            r"(?:reported|said|given|put|counted)\s+$", re.IGNORECASE)
#: the new value of a corrected figure: "corrected its figure of 58 deaths to 38"
CORRECTED_TO = re.compile(r"\b(?:corrected|revised|changed|amended|lowered|raised|updated|cut)\b[^.;]*\bto\s+(?:\w+\s+)?$",
                          re.IGNORECASE)
#: a later figure with a relative clause of its own: its words are not the status of the figures before it
LATER_RELATIVE = re.compile(r"\b(?:the\s+)?\d[\d,.]*\s+(?:[a-z]+\s+)?(?:that|which|who)\b")
#: a figure that adds to the one before: "another 600", "a further 40", "an additional 12"
ANOTHER = re.compile(r"\b(?:another|a further|an additional|further|the other|the remaining)\s+"
                     r"(?:(?:about|some|around|nearly|roughly|at least|more than|over|up to|almost)\s+)?$", re.IGNORECASE)
#: "several hundred more": more of the thing the figure before counts
MORE_AFTER = re.compile(r"\s+more\b(?!\s+than)", re.IGNORECASE)
ELECTION = re.compile(r"\b(?:vot(?:e|es|ers|ing)|elections?|ballots?|polls?|polling)\b", re.IGNORECASE)


def figure_claim(s: Sentence, number: Number) -> tuple["Claim", Parts] | None:
    """The claim of one number of the sentence, or None when it counts nothing (a date, an age, a code …)."""
    sent, doc, text = s.sent, s.sent.doc, s.sent.text
    start, end = sent.start_char + number.start, sent.start_char + number.end
    after, before = text_of(doc)[end:end + 40], text_of(doc)[max(0, start - 40):start]
    if start > 0 and text_of(doc)[start - 1] in "$£€¥₹":
        start -= 1  # the currency sign belongs to the figure: "$1.2 million"
    tokens = [t for t in doc if start <= t.idx < end and t.text not in "$£€¥₹"]
    if not tokens:
        return None
    if text_of(doc)[start:end].lower() == "one" and (re.search(r"\bno\s*$", before, re.I) or re.match(r"\s+of\b", after)
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
    if not counted and (COMPARED.search(before) or EARLIER_REPORT.search(before)) and tokens[-1].i + 1 < len(doc) \
            and doc[tokens[-1].i + 1].pos_ == "ADJ":
        # "up from 9 dead", "which had earlier reported 11 dead": an earlier count, never a part of the one before
        counted = doc[tokens[-1].i + 1].text
    prison = m.PRISON.search(text) or any(m.PRISON.search(b.text) for b in s.before[:1])
    turnout = TURNOUT_BEFORE.search(before) and re.match(r"\s*(?:%|percent|per cent)\b", after, re.I)
    if counted and (counted.split()[0].lower() in NOT_COUNTED or noun is not None and noun.lower_ in NOT_COUNTED) \
            and not PERCENT_OF.match(after) and not turnout:
        if not (counted.split()[0].lower() in ("year", "years", "month", "months") and prison) \
                or re.match(r"\s+\w+\s+(?:ago|earlier|later|before|after|since)\b", after):
            return None  # a duration, or a time ago: "three months ago, was sentenced to 46 years"
    if re.fullmatch(r"\d{1,3}\.\d{3}", text_of(doc)[sent.start_char + number.number_start:end]) and noun is not None \
            and noun.tag_ == "NNS":
        number = replace(number, low=number.low * 1000, high=number.high * 1000)  # "1.318 cases": a thousands dot
    own = clause(text, number.start, number.end)
    stop = clause_span(text, number.start, number.end)[1]
    # status words may sit in a clause about the figure: "Officials put it at 60,000, although that number appears
    # to have been quietly revised upwards"
    status_words = own + " " + text[stop:] if ABOUT_THE_FIGURE.match(text[stop:]) else own
    at = own.find(text[number.start:number.end])
    later = LATER_RELATIVE.search(status_words, at + len(text[number.start:number.end])) if at >= 0 else None
    if later:  # "48 dead is far below the 120 that opposition groups claim": the claim is the 120's
        status_words = status_words[:later.start()]
    currency = CURRENCY.search(text_of(doc)[max(0, start - 4):end + 12])
    percent = PERCENT_OF.match(after)
    context: Span | None = None  # a sentence before that names what the figure counts
    if turnout:  # "Turnout was 61 percent": a share of the voters
        counted, measure = "turnout", "voters"
    elif percent:  # "80 percent of homes": a share of the counted thing
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
    unit = "percent" if percent or turnout else (currency_code(currency.group("symbol")) if currency else None)
    if group and (measure is None or measure not in {c.measure for c in earlier}):
        measure = earlier[-1].measure
    if FATALLY.match(after) or (SUBSET_PRONOUN.match(after) and m.measure_from(own[own.find(text_of(doc)[start:end]):])
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
        if noun is None or noun.lower_ in m.GENERIC_NOUNS or not _plural_noun(noun) \
                or counted_tokens[0].i < tokens[-1].i:
            return None  # a fallback measure needs a plural noun the figure counts directly ("12 homes")
        measure = noun.lower_  # the guideline's key: the plural head noun ("homes")
    source = relative_source([*tokens, *([noun] if noun is not None else [])]) or figure_source(sent, start, end) \
        or statement_source(tokens[-1]) \
        or clause_source(sent, own) or _sentence_source(s, number, bool(group))
    if source is None and context is not None and m.FIGURE_WORDS.search(text) and not SUBSET_OPENING.search(text):
        # "The figure has since been revised to 212." after "X said 180 …": the same count, from the same source
        named = find_source(context)
        if named is not None:
            source = named if context.doc is sent.doc else Source(text=named.text, start=-1, end=-1)
    said = source  # a pronoun ("He said …") attributes the figure even where it cannot be resolved
    source = resolve_pronoun(source, sent, s.before, s.source)  # "He said 12 …" after "Police chief Ana Roe …"
    if source is not None and OWN_VOICE.search(source.text):
        said = source = None  # "An earlier version of this report said 48 …": the outlet's own voice
    found_status = status(status_words, counted, said.text if said else None)
    if found_status in ("reported", "asserted") and WOULD_AFTER.match(text, number.end, stop):
        found_status = "hedged"  # "a further two battalions would arrive by the end of the month"
    if found_status == "retracted" and CORRECTED_TO.search(text, 0, number.start):
        found_status = "reported" if said else "asserted"  # "corrected its figure of 58 deaths to 38": 38 stands
    if found_status == "asserted" and re.match(r"an? estimated\b", text[number.start:], re.I):
        found_status = "hedged"  # "An estimated 600 protesters gathered": an estimate nobody is named for
    claim = make_claim(s, start, end, measure=measure, counted=counted, low=number.low, high=number.high,
                       qualifier=number.qualifier, source=source, status=found_status, unit=unit)
    subset = counted if group else _people_predicate(tokens, counted_tokens)
    parts = find_parts(sent, number.start, number.end, counted, measure, subset)
    if context is not None:
        parts = merge(parts, context_parts(context))
    return claim, parts


def _plural_noun(noun: "Token") -> bool:
    """A plural common noun, also one that machine translation capitalises ("27 Schools", tagged a proper noun) as
    long as the NER model does not take it for a name."""
    if noun.pos_ == "NOUN" and noun.tag_ == "NNS":
        return True
    return noun.pos_ == "PROPN" and noun.tag_ == "NNPS" and not noun.ent_type_ and noun.lower_.endswith("s")


def _sentence_source(s: Sentence, number: Number, breakdown: bool) -> Source | None:
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
    if source.start >= end and re.search(r";|,\s+(?:and|but|while)\b|\s+but\s+", text[end:source.start]) \
            and re.match(r"\s+(?:\w+\s+)?(?:believes?|says?|said|fears?|feared|estimates?|estimated|thinks?|reported|"
                         r"claims?|claimed|told \w+)\s+(?:that\s+)?(?!(?:on|in|at|late|early|last|this|yesterday|today|"
                         r"overnight)\b)\w", text[source.end:s.sent.end_char]):
        return None  # "64 people have been rescued, and rescuers believe another 20 …": the cue governs what follows
    return source


def _elided(s: Sentence, tokens: list["Token"], own: str) -> tuple[str | None, "Span | None"]:
    """The measure of a figure whose counted thing is not in its clause, and the sentence that names it:
    "police said 4,000" after "organisers put the turnout at 15,000" (the same sentence); "An earlier figure of
    164 …", "In Olvasi alone, 630.", "Of them, eight were police officers." (a sentence before, up to two back)."""
    doc_text = text_of(s.sent.doc)
    if s.claims and (ANOTHER.search(doc_text, max(0, tokens[0].idx - 30), tokens[0].idx)
                     or MORE_AFTER.match(doc_text, tokens[-1].idx + len(tokens[-1]))
                     or re.search(r"\(\s*(?:[\w-]+\s+){0,2}$", doc_text[max(0, tokens[0].idx - 30):tokens[0].idx])):
        # "2,400 officers on the streets and another 600 on standby", "Dozens of families …, and several hundred more
        # are staying with relatives", "1,146 households (roughly 4,300 people)": more of the same, or the same
        # figure in other words; "the other two" are of the last figure that counts no unit (years, money)
        alike = [c for c in s.claims if c.measure not in ("sentence", "money") and not c.unit] or s.claims
        return alike[-1].measure, None
    if s.claims and (_clause_ends(tokens[-1]) or COMPARED.search(text_of(s.sent.doc), 0, tokens[0].idx)):
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


def _single_noun_key(sent: "Span", after: int) -> str | None:
    """The plural key of the noun after "not a single" (sentence offset ``after``): its head, over compounds."""
    token = next((t for t in sent if t.idx - sent.start_char > after and t.is_alpha), None)
    if token is None or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    while token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    word = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
    return word if word.endswith("s") else word + ("es" if re.search(r"(?:x|ch|sh|ss)$", word) else "s")


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
            measure = _single_noun_key(sent, match.end())  # "not a single shop": shops; "ballot box": boxes
        if QUALIFIED_ZERO.search(text[match.end():stop]):
            continue  # "No one was seriously hurt", "no one else was injured": not a denial of every injury
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        overlaps = any(c.start - s.offset < end and start < c.end - s.offset for c in s.claims)
        if measure and not overlaps:
            found.append(make_claim(s, start, end, measure=measure, counted=match.group(0), low=0.0, high=0.0,
                                    qualifier="exact", source=resolve_pronoun(s.source, sent, s.before),
                                    status="negated"))
    return found
