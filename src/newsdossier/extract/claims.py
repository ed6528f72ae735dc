"""Numeric claims: every figure that counts something, with qualifier, measure, scope, source and status.

Per sentence (spaCy parse, one paragraph per ``Doc``):

1. ``numbers.find_numbers`` finds the figures and the qualifier written before
   them; dates, times, ordinals, ages, durations, years, percentages of
   nothing, route and model numbers are dropped.
2. The counted thing is the noun the figure modifies ("227 people", "dozens of
   protesters"); the measure comes from that noun, its verb or adjective
   ("were killed", "dead", "detained"), a "death toll" phrase, the claim it is
   part of ("including 19 members of the security forces"), or, for a figure
   whose counted thing is only named in the previous sentence ("An earlier
   figure of 164 …"), from that sentence.
3. Scope: "in the capital alone", "in the past two weeks", groups named by
   "including" / "of them" / "among them".
4. Source: the subject of a reporting verb ("the prosecutor's office said"),
   "according to X"; the outlet's own voice has none.
5. Status: retracted, disputed, hedged, negated, reported (a source), asserted;
   a retraction in a later sentence ("… was later retracted") reaches back to
   the figure it names.
6. as_of: a date written in the sentence, else the document's date.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from ..config import Settings
from ..dates import MONTHS, WEEKDAYS, find_date_mentions
from ..records import Article, Claim, stable_id
from .numbers import Number, find_numbers

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Part

NAME = "rules-claims/1"

#: words -> measure; a noun, verb, adjective or phrase near the figure decides it
MEASURE_WORDS: tuple[tuple[str, str], ...] = (
    ("cases", r"counts? of|criminal cases?|charges?\b|charged|indict|investigations? (?:opened|launched)|prosecutions?"),
    ("deaths", r"kill|dead|die|died|dying|death|deaths|fatalit|bodies|body|lives|perish|murder|slain|slaughter|"
               r"massacre|toll|lost their lives|shot dead|homicide"),
    ("injuries", r"injur|wound|hurt|hospitali[sz]|treated|maimed|casualt|\bshot\b"),
    ("arrests", r"arrest|detain|detention|custody|apprehend|held|jail|imprison|round(?:ed)? up|taken in"),
    ("missing", r"missing|unaccounted|disappear"),
    ("displaced", r"displac|homeless|fled|flee|refugee|uproot|shelter(?:ing|ed)? in|forced (?:from|out of)|"
                  r"left their homes"),
    ("evacuated", r"evacuat|moved to (?:\w+ )?(?:safety|safer|shelters?|higher ground|camps|accommodation)|relocated"),
    ("cases", r"\bcases?\b|investigations?\b|protocols"),
    ("troops", r"troops|soldiers|personnel|officers deployed|servicemen|peacekeepers|paratroopers|deploy"),
    ("participants", r"protesters|demonstrators|marchers|crowd|rall(?:y|ied)|gathered|took to the streets|turned out|"
                     r"participants|strikers|t(?:ook|aken|ake|aking) part|attended|came to|joined the|meeting|"
                     r"(?-i:march(?:ed|es|ing)?)\b|demonstration"),
    ("sentence", r"years? in prison|years? in jail|sentenced|prison term|jail term|years? behind bars"),
)
MEASURE_PATTERNS = tuple((name, re.compile(rf"\b(?:{words})", re.IGNORECASE)) for name, words in MEASURE_WORDS)
GENERIC_NOUNS = frozenset("people person persons figure figures number numbers toll total count estimate others those "
                          "them they we us you".split())
#: Canonical measures; any other counted noun gives a fallback measure (its lemma).
CANONICAL = frozenset(name for name, _ in MEASURE_WORDS) | {"money"}
NOT_COUNTED = frozenset("percent per cent pc % years year months month weeks week days day hours hour minutes minute "
                        "seconds times time km kilometres kilometers miles metres meters mph degrees am pm".split())
CURRENCY = re.compile(r"(?P<symbol>[$£€¥₹]|\b(?:USD|EUR|GBP|dollars?|euros?|pounds?|rubles?|roubles?|yuan|rupees?|"
                      r"tenge|naira|rand)\b)", re.IGNORECASE)
AGE = re.compile(r"^\s*-?\s*years?\s*-?\s*old|^\s*-year-old|^\s*,?\s*aged\b|^\s*years? of age", re.IGNORECASE)
HYPHEN_UNIT = re.compile(r"^-(?:year|month|week|day|hour|minute|second|storey|story|point|km|mile|metre|meter|page)s?\b",
                         re.IGNORECASE)
CODE_BEFORE = re.compile(r"(?:\b(?:route|highway|hwy|interstate|freeway|road|flight|no\.|number|article|section|page|"
                         r"chapter|room|unit|call|called|calling|dial|dialed|dialled|text|texting|suite|apartment|apt\.?|"
                         r"platform|gate|bus|line|ward|district|precinct|zone|level|phase|stage|tier|category|grade)\b)"
                         r"\s*$", re.IGNORECASE)
SOURCE_CUES = re.compile(
    r"^(?:say|said|tell|told|report|announce|state|confirm|claim|estimate|add|note|put|declare|allege|insist|deny|"
    r"inform|withdraw|retract|correct|revise|predict|expect|warn|raise|lower|update|document|count|register|"
    r"write|tweet|post|publish|give|release|quote|cite|record|tally)", re.IGNORECASE)
ACCORDING = re.compile(r"\b(?:according to|citing|as reported by|attributed to|per|by (?:the )?(?:data|estimates?|"
                       r"figures|count|information) of)\s+(?P<source>[^,.;:]{2,80})", re.IGNORECASE)
RETRACTED = re.compile(r"\b(?:retract\w*|withdr[ae]wn?|withdraw\w*|published in error|rescind\w*|walked back|"
                       r"removed from (?:its|the|their) (?:website|site|page)|taken down|an earlier version|"
                       r"corrected (?:the|its|that) (?:figure|number|toll)|no longer stands|was wrong|in error)\b",
                       re.IGNORECASE)
DISPUTED = re.compile(r"\b(?:without (?:providing |offering |giving |citing |presenting )?(?:any )?(?:evidence|documents?|"
                      r"proof|sources?)|claim(?:s|ed|ing)?\b|could not be (?:independently )?(?:verified|confirmed)|"
                      r"unverified|disput\w+|contest\w+|appears? to have been (?:\w+ )?revised|questioned|"
                      r"rejected (?:the|that) figure|exaggerat\w+|inflated|baseless|is too (?:low|high)|"
                      r"called (?:it |the figure |that |the number )?(?:absurd|false|fabricated|a lie|ridiculous)|absurd)",
                      re.IGNORECASE)
NOT_HEDGE = re.compile(r"\b(?:could|may|might|is expected to|was expected to|are expected to|likely to) "
                       r"(?:rise|increase|grow|climb|go up)\b|neither confirmed nor denied", re.IGNORECASE)
TRAILING_SOURCE = re.compile(
    r",\s*(?:(?P<verb_first>informs?|informed|reports?|reported|says|said|writes|wrote|notes|noted|announced|stated|"
    r"told reporters|confirmed)\s+(?P<after>(?:the\s+)?[A-Z][^,.;]{2,70})|(?P<before>(?:the\s+|a\s+)?[^,;]{3,70}?)\s+"
    r"(?:said|says|estimates?|estimated|reported|reports|added|told reporters|confirmed|announced))\s*\.?\s*$",
    re.IGNORECASE,
)
HEDGED = re.compile(r"\b(?:may|might|could|possibly|perhaps|feared|fear|unconfirmed|likely|believed to|thought to|"
                    r"expected to|reportedly|is said to|are said to)\b", re.IGNORECASE)
NEGATED = re.compile(r"\b(?:no one|nobody|none|no (?:deaths|casualties|injuries|arrests|fatalities|bodies|evacuations|"
                     r"charges)|not a single)\b", re.IGNORECASE)
DENIED = re.compile(r"\b(?:denied|denies|deny|rejected reports|did not|didn't|has not|have not|was not|were not)\b",
                    re.IGNORECASE)
ADDRESS = re.compile(r"^\s+(?:[A-Z][\w.'-]*\s+){1,3}(?:Ave|Avenue|St|Street|Rd|Road|Dr|Drive|Blvd|Boulevard|Ln|Lane|"
                     r"Way|Ct|Court|Pl|Place|Hwy|Highway|Pkwy|Parkway|Terrace|Circle)\b\.?")
PERSON_NOUNS = frozenset(
    "men women children teenagers teens boys girls officers officials policemen civilians students workers residents "
    "members employees journalists activists passengers miners farmers villagers inhabitants migrants victims "
    "defendants suspects fighters sons daughters people persons adults minors pupils staff guards detainees "
    "prisoners inmates patients pilgrims fans spectators tourists".split()
)
TIME_WORDS = re.compile(r"\b(?:(?:19|20)\d{2}|" + "|".join((*MONTHS, *WEEKDAYS)) + r"|days?|weeks?|months?|years?|decades?|"
                        r"centur(?:y|ies)|hours?|"
                        r"minutes?|seconds?|ago|today|yesterday|tomorrow|morning|evening|night|noon|midnight|"
                        r"a\.?m\.?|p\.?m\.?|o'clock|\d{1,2}[:.]\d{2}|\d+s)\b", re.IGNORECASE)
CURRENCY_CODES = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "£": "GBP", "gbp": "GBP", "pound": "GBP",
                  "€": "EUR", "eur": "EUR", "euro": "EUR", "¥": "JPY", "₹": "INR", "rupee": "INR", "yuan": "CNY",
                  "ruble": "RUB", "rouble": "RUB", "tenge": "KZT", "naira": "NGN", "rand": "ZAR"}
PERCENT_OF = re.compile(r"^\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?"
                        r"(?:[\w'’]+['’]s\s+)?(?:[\d,.]+\s+)?(?P<counted>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b",
                        re.IGNORECASE)
FRACTION_VALUES = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25,
                   "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}
FRACTION = re.compile(
    r"\b(?:(?P<q>more than|over|almost|nearly|about|roughly|some|less than|fewer than|under)\s+)?"
    r"(?P<fraction>half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|one fifth)"
    r"(?=\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:[\w'’]+['’]s\s+)?(?:[\d,.]+\s+)?"
    r"(?P<counted>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b)", re.IGNORECASE)
PRISON = re.compile(r"prison|jail|sentenc|imprison|deprivation of (?:freedom|liberty)|behind bars|term of|convicted",
                    re.IGNORECASE)
CLAUSE_BREAK = re.compile(r";|,\s+(?:and|but|while|whereas|saying|adding)\b|\s+but\s+|\s+and now\s+|,\s+with\s+"
                          r"|\s+and\s+(?=(?:[a-z]+\s+){0,2}(?:\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|"
                          r"dozens|hundreds|thousands|several|a few)\b))")
ALONE = re.compile(r"\b(?:in|at|on|across|within)\s+(?P<scope>(?:the\s+)?[\w' -]{2,40}?)\s+alone\b", re.IGNORECASE)
PERIOD = re.compile(r"\b(?:in|over|during|within) the (?:past|last|previous|first)\s+(?:\w+\s+)?(?:days?|weeks?|months?"
                    r"|years?|hours?)\b|\b(?:so far )?this (?:year|month|week)\b|\bsince (?:(?:the start of )?\d{4}|"
                    r"January|February|March|April|May|June|July|August|September|October|November|December)\b"
                    r"|\b(?:for all of|in all of|throughout) \d{4}\b|\bin \d{4}\b", re.IGNORECASE)
PLACE_SCOPE = re.compile(r"^\s*(?P<scope>in (?:the )?(?:\w+\s+){0,2}(?:region|province|capital|city|district|county|state|"
                         r"area|town|village|prefecture|oblast|governorate)(?:\s+of\s+[A-Z][\w-]+)?)", re.IGNORECASE)
SUBSET = re.compile(r"\b(?:including|among them|among whom|of them|of whom|of those|among the (?:dead|injured|victims|"
                    r"detained|arrested)),?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Found:
    """A claim being built: the record and what later sentences need to know about it."""

    claim: Claim
    sentence_index: int


def extract_claims(article: Article, parts: Sequence["Part"], settings: Settings, model: str = "") -> tuple[Claim, ...]:
    found: list[Found] = []
    sentences: list["Span"] = [sent for part in parts for sent in part.doc.sents]
    offsets = [part.offset for part in parts for _ in part.doc.sents]
    for index, (sent, offset) in enumerate(zip(sentences, offsets)):
        previous = sentences[index - 1].text if index else ""
        made = _sentence_claims(article, sent, offset, previous)
        if not made and RETRACTED.search(sent.text) and found:
            # "An earlier figure … was later retracted": the latest figure before reaches back
            last = found[-1]
            if last.sentence_index >= index - 2:
                found[-1] = Found(claim=replace(last.claim, status="retracted"), sentence_index=last.sentence_index)
        found.extend(Found(claim=c, sentence_index=index) for c in made)
    return tuple(f.claim for f in found)


def _sentence_claims(article: Article, sent: "Span", offset: int, previous: str) -> list[Claim]:
    text = sent.text
    doc = sent.doc
    claims: list[Claim] = []
    sentence_source = _source(sent)
    date = _as_of(text, article.published)
    for number in find_numbers(text):
        start, end = sent.start_char + number.start, sent.start_char + number.end
        after, before = doc.text[end:end + 40], doc.text[max(0, start - 40):start]
        if start > 0 and doc.text[start - 1] in "$£€¥₹":
            start -= 1  # the currency sign belongs to the figure: "$1.2 million"
        tokens = [t for t in doc if t.idx >= start and t.idx < end and t.text not in "$£€¥₹"]
        if not tokens:
            continue
        if doc.text[start:end].lower() == "one" and (re.search(r"\bno\s*$", before, re.I) or re.match(r"\s+of\b", after)):
            continue  # "no one" (a negation, handled below), "one of the fields" (not a count)
        counted_tokens = _counted(tokens)
        countable = bool(counted_tokens) and counted_tokens[-1].lower_ not in NOT_COUNTED
        if _excluded(doc, sent.start_char + number.number_start, end, after, before, countable):
            continue
        group = not counted_tokens and claims and _predicate(tokens)
        if group:  # "…; 19 were members of the security forces": a subset of the figure before
            counted_tokens = group
        counted = _phrase(counted_tokens) if counted_tokens else ""
        if counted and counted.split()[0].lower() in NOT_COUNTED and not PERCENT_OF.match(after):
            if not (counted.split()[0].lower() in ("year", "years", "month", "months") and PRISON.search(text)):
                continue
        if re.fullmatch(r"\d{1,3}\.\d{3}", doc.text[sent.start_char + number.number_start:end]) and counted_tokens \
                and counted_tokens[-1].tag_ == "NNS":
            number = replace(number, low=number.low * 1000, high=number.high * 1000)  # "1.318 cases": a thousands dot
        clause = _clause(text, number.start, number.end)
        currency = CURRENCY.search(doc.text[max(0, start - 4):end + 12])
        percent = PERCENT_OF.match(after)
        if percent:  # "80 percent of homes": a share of the counted thing
            counted = _trim_counted(percent.group("counted"))
            measure = _measure_from(" ".join([counted, clause])) if counted.split()[-1].lower() in GENERIC_NOUNS \
                else (_measure_from(counted) or _plural_key(counted))
        else:
            measure = "money" if currency else _measure(tokens, counted_tokens, text, claims, before)
        unit = "percent" if percent else (_currency_code(currency.group("symbol")) if currency else None)
        if group and (measure is None or measure not in {c.measure for c in claims}):
            measure = claims[-1].measure
        if measure is None and (not counted or counted.split()[-1].lower() in GENERIC_NOUNS):
            # "An earlier figure of 164 …", "In Kessary alone, local media counted 230." after a sentence naming it
            if re.search(r"\b(?:figure|toll|number|count|counted|total|tally|estimate|stood at|stands at|put)\b", text, re.I):
                measure = _measure_from(previous)
        if counted_tokens and counted_tokens[0].lower_ in ("year", "years", "month", "months") and PRISON.search(text):
            measure = "sentence"  # prison terms are in years: "18 months" -> 1.5
            if counted_tokens[0].lower_.startswith("month"):
                number = replace(number, low=number.low / 12, high=number.high / 12)
        if measure is None and claims and re.search(r"\b(?:figure|number|total|toll|count)\b", clause, re.I):
            measure = claims[-1].measure  # "… said 45 people were injured; the correct figure is 35"
        if measure is None and counted.lower() in ("them", "those", "whom", "these") and claims:
            measure, counted = claims[-1].measure, claims[-1].counted  # "4,353 homes were damaged, 812 of them …"
        if measure is None:
            noun = counted_tokens[-1] if counted_tokens else None
            if noun is None or noun.lower_ in GENERIC_NOUNS or noun.pos_ != "NOUN" or noun.tag_ != "NNS" \
                    or counted_tokens[0].i < tokens[-1].i:
                continue  # a fallback measure needs a plural noun the figure counts directly ("12 homes")
            measure = noun.lemma_.lower()
        scope = counted if group else _scope(text, number, counted, before)
        source = _clause_source(sent, clause) or sentence_source
        status = _status(clause, counted, source)
        claims.append(Claim(
            id=stable_id("claim", article.id, offset + start, offset + end),
            document=article.id, start=offset + start, end=offset + end, text=doc.text[start:end],
            sentence=text.strip(), measure=measure, counted=counted, value_low=number.low, value_high=number.high,
            qualifier=number.qualifier, scope=scope, as_of=date, source=source, source_entity=None, status=status,
            extractor=NAME, unit=unit,
        ))
    claims.extend(_fractions(article, sent, offset, claims, sentence_source, date))
    for match in NEGATED.finditer(text):
        clause = _clause(text, match.start(), match.end())
        measure = _measure_from(clause)
        overlaps = any(c.start - offset - sent.start_char < match.end() and match.start() < c.end - offset - sent.start_char
                       for c in claims)
        if measure and not overlaps:
            s, e = sent.start_char + match.start(), sent.start_char + match.end()
            claims.append(Claim(
                id=stable_id("claim", article.id, offset + s, offset + e), document=article.id, start=offset + s,
                end=offset + e, text=doc.text[s:e], sentence=text.strip(), measure=measure, counted=match.group(0),
                value_low=0.0, value_high=0.0, qualifier="exact", scope=None, as_of=date, source=sentence_source,
                source_entity=None, status="negated", extractor=NAME))
    return sorted(claims, key=lambda c: c.start)


def _currency_code(symbol: str) -> str:
    return CURRENCY_CODES.get(symbol.lower().rstrip("s"), symbol.upper())


def _trim_counted(words: str) -> str:
    """"homes in the valley" -> "homes", "buses were taken" -> "buses"."""
    return re.split(r"\s+(?:in|on|at|of|from|for|with|were|was|had|have|has|are|is|been|who|that|which|and|or)\b",
                    words.strip())[0]


def _plural_key(counted: str) -> str:
    return counted.split()[-1].lower()


def _fractions(article: Article, sent: "Span", offset: int, claims: list[Claim], source: str | None,
               date: str | None) -> list[Claim]:
    """"half of the town's 8,000 inhabitants" -> 4,000; "a quarter of the buses" (no total) -> 25 percent."""
    found = []
    text = sent.text
    for match in FRACTION.finditer(text):
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        if any(c.start < offset + end and offset + start < c.end for c in claims):
            continue
        if re.search(r"\b(?:first|second|last|latter|former|\d+(?:st|nd|rd|th))\s+$", text[:match.start()], re.I):
            continue  # "the second half of the day": a period, not a share
        share = FRACTION_VALUES[re.sub(r"[\s-]+", " ", match.group("fraction").lower())]
        qualifier = {"more than": "more_than", "over": "more_than", "almost": "about", "nearly": "about", "about": "about",
                     "roughly": "about", "some": "about", "less than": "less_than", "fewer than": "less_than",
                     "under": "less_than"}.get((match.group("q") or "").lower(), "exact")
        counted = _trim_counted(match.group("counted"))
        total = next((c for c in claims if c.start >= offset + end and c.start - (offset + end) < 25), None) or next(
            (c for c in claims if c.start >= offset + end and re.search(r"\btotal\b", sent.doc.text[max(0, c.start - offset - 20):
                                                                                            c.start - offset])), None)
        clause = _clause(text, match.start(), match.end())
        if total is not None:  # "half of the town's 8,000 inhabitants had been evacuated": 4,000 evacuated
            if total.counted and total.counted.split()[-1].lower() not in GENERIC_NOUNS:
                # the total counts the whole population, not the event: 8,000 inhabitants
                claims[claims.index(total)] = total = replace(total, measure=_plural_key(total.counted).rstrip("s"))
            low = high = share * (total.value_low or 0)
            if qualifier == "more_than":
                high = total.value_low or high  # "more than half of the 1,400": between 700 and 1,400
            unit = total.unit
            measure = _measure_from(re.sub(re.escape(total.text), " ", clause)) or _measure_from(counted) or total.measure
        else:
            low = high = share * 100
            unit = "percent"
            measure = _measure_from(" ".join([counted, clause]))
            measure = measure or (_plural_key(counted) if counted.split()[-1].lower() not in GENERIC_NOUNS else None)
        if not measure:
            continue
        found.append(Claim(
            id=stable_id("claim", article.id, offset + start, offset + end), document=article.id, start=offset + start,
            end=offset + end, text=sent.doc.text[start:end], sentence=text.strip(), measure=measure, counted=counted,
            value_low=low, value_high=high, qualifier=qualifier, scope=None, as_of=date, source=source,
            source_entity=None, status=_status(clause, counted, source), extractor=NAME, unit=unit))
    return found


def _excluded(doc, number_start: int, end: int, after: str, before: str, countable: bool) -> bool:
    """Dates, times, ordinals, ages, durations, codes and years are not counts (a figure that counts a noun,
    "between 40 and 50 bodies", stays even where the NER model calls it a date)."""
    for ent in doc.ents:
        if ent.start_char <= number_start < ent.end_char and ent.label_ in ("DATE", "TIME", "ORDINAL") and not countable \
                and (ent.label_ == "ORDINAL" or TIME_WORDS.search(ent.text)):  # a bare "52" tagged DATE is a model error
            if not PRISON.search(doc.text[max(0, ent.start_char - 80):ent.end_char + 60]):
                return True
    if re.search(r"\b(?:aged|ages?)\s+\d+\s*(?:and|to|-|–)\s*$", before, re.I):
        return True  # "aged 15 and 16"
    if AGE.match(after) or (HYPHEN_UNIT.match(after) and not re.match(r"^-year (?:sentence|prison|jail|term)", after, re.I)):
        return True
    if re.match(r"^\s*(?:%|percent|per cent)", after, re.I) and not PERCENT_OF.match(after):
        return True  # "prices rose 12 percent": a share of nothing countable
    if CODE_BEFORE.search(before) and not re.search(r"\b(?:at least|some|about|more than|nearly)\s*$", before, re.I):
        return True
    raw = doc.text[number_start:end]
    if re.fullmatch(r"(?:19|20)\d{2}", raw) and not re.match(r"^\s+(?:people|of|protesters|soldiers|troops)", after):
        return True
    if re.fullmatch(r"\d{5,}", raw):
        return True  # codes, short numbers to text, zip codes: counts this large are written with separators
    if re.match(r"^\s*(?:a\.m\.|p\.m\.|am\b|pm\b|o'clock|:\d|times\b|fold\b|block\b|hundred block|"
                r"(?:freeway|highway|street|st\.|avenue|ave\.|road|rd\.|boulevard|blvd|lane|drive|way)\b)", after, re.I):
        return True  # times of day, "nine times more likely", "the 3300 block", "the 101 Freeway"
    if re.match(r"^-?\d", after) or re.search(r"\d-$", before):
        return True  # phone numbers and codes: "713-967-5810"
    if re.search(r"[A-Z][a-z]+,\s*$", before) and re.match(r"^\s*(?:[,.;)]|$)", after):
        return True  # an age after a name: "Harry Montgomery, 68, of Mohawk", "was Patrick L. Rogers, 24."
    if re.search(r"\(\s*$", before) and re.match(r"^\s*\)", after) and re.search(r"\b(?:call|[A-Z]{3,})\b", before[-30:]):
        return True  # "call 574-LMPD (5673)"
    if ADDRESS.match(after) or (re.search(r"\b[A-Z]{2,5}\s+$", before) and re.match(r"^\s+[A-Z]", after)):
        return True  # "749 Parker Ave.", "ABC 57 News"
    return bool(re.match(r"^\s*(?:st|nd|rd|th)\b", after))


def _counted(tokens: list["Token"]) -> list["Token"]:
    """The noun a figure counts: its head ("227 people"), or the object of "of" ("dozens of protesters")."""
    last = tokens[-1]
    while last.dep_ == "conj" and last.head.like_num:  # "between 40 and 50 bodies": the first number holds the noun
        last = last.head
    for token in (last, *last.children):
        if token.dep_ == "prep" and token.lower_ == "of":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects:
                return _noun_phrase(objects[0])
    head = last.head
    if last.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        return _noun_phrase(head)
    return []


def _predicate(tokens: list["Token"]) -> list["Token"]:
    """The noun after "were" when the figure is the subject: "19 were members of the security forces"."""
    last = tokens[-1]
    if last.dep_ not in ("nsubj", "nsubjpass") or last.head.lemma_ != "be":
        return []
    attributes = [c for c in last.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    return _noun_phrase(attributes[0]) if attributes else []


def _noun_phrase(noun: "Token") -> list["Token"]:
    """The noun with its modifiers and an "of" phrase: "members of the security forces"."""
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and not t.like_num]
    tokens = [*left, noun]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            tokens.extend(child.subtree)
            break
    return sorted(tokens, key=lambda t: t.i)


def _phrase(tokens: list["Token"]) -> str:
    if not tokens:
        return ""
    doc = tokens[0].doc
    return doc.text[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


def _measure(tokens, counted_tokens, text: str, earlier: list[Claim], before: str) -> str | None:
    """The measure from the nearest telling word: the words attached to the counted noun or to the figure
    ("12 people dead", "46 wounded"), the verb above them, the counted noun itself ("227 deaths"), the next
    verb up; then the claim it belongs to."""
    anchor = counted_tokens[-1] if counted_tokens else tokens[-1]
    attached = [c for c in anchor.children if c.dep_ in ("acl", "amod", "relcl", "acomp", "prep")]
    head = anchor.head
    steps = [  # the event word beats the identity noun: "dozens of protesters arrested" counts arrests
        [*attached, *(g for c in attached for g in c.children if g.dep_ in ("pobj", "acomp", "amod"))],
        [head, *(c for c in head.children if c.dep_ in ("acomp", "oprd", "attr", "xcomp", "agent", "dobj"))],
        counted_tokens,
        [head.head],
    ]
    doc = tokens[0].doc
    right = [t for t in doc[anchor.i + 1:anchor.i + 3] if t.pos_ in ("VERB", "ADJ")][:1]
    for step in (right, *steps[:3]):  # "nine people killed and 46 wounded": the word right after the figure first
        measure = _measure_from(" ".join(t.text for t in step if t is not None))
        if measure:
            return measure
    sent = tokens[0].sent
    if counted_tokens and counted_tokens[-1].lower_ not in GENERIC_NOUNS:
        # a specific noun takes a measure word close by ("were Wounded 8 Employees"), and a noun for people also
        # one its verb governs ("Two teenagers … were among those arrested"), not one in a relative clause
        near = doc[max(sent.start, tokens[0].i - 4):min(sent.end, counted_tokens[-1].i + 5)]
        measure = _measure_from(near.text)
        if measure or counted_tokens[-1].lower_ not in PERSON_NOUNS:
            return measure
        return _measure_from(" ".join(t.text for t in _governed(_verb_above(counted_tokens[-1]))))
    clause = _clause(sent.text, tokens[0].idx - sent.start_char, tokens[-1].idx + len(tokens[-1]) - sent.start_char)
    measure = _measure_from(clause) or _measure_from(" ".join(t.text for t in steps[3]))
    if measure:
        return measure
    if earlier and SUBSET.search(before):
        return earlier[-1].measure  # "… including 19 members of the security forces"
    window = text[max(0, tokens[0].idx - tokens[0].sent.start_char - 40):tokens[-1].idx - tokens[0].sent.start_char + 50]
    if re.search(r"\btoll\b", window, re.I):
        return _measure_from(window)
    return None


def _verb_above(token: "Token") -> "Token":
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:  # spaCy makes a new Token on each access
        token = token.head
    return token


def _governed(verb: "Token") -> list["Token"]:
    """The verb and what it governs, without relative, adverbial or reported clauses."""
    out, todo = [], [verb]
    while todo:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "conj", "acl:relcl"))
    return out


def _measure_from(text: str) -> str | None:
    for name, pattern in MEASURE_PATTERNS:
        if pattern.search(text):
            return name
    return None


def _scope(text: str, number: Number, counted: str, before: str) -> str | None:
    tail = re.split(r"[,;:]|\band\b", text[number.end:], maxsplit=1)[0]  # the figure's own clause
    alone = ALONE.search(tail) or ALONE.search(re.split(r"[,;:]", text[max(0, number.start - 60):number.start])[-1])
    if alone:
        return alone.group(0).strip()
    place = PLACE_SCOPE.match(tail[len(counted) + 1:] if counted and tail.lstrip().startswith(counted) else tail)
    if place:
        return place.group("scope").strip()
    if SUBSET.search(before) and counted and counted.split()[-1].lower() not in GENERIC_NOUNS:
        return counted
    period = PERIOD.search(tail) or PERIOD.search(re.split(r"[,;:]", text[max(0, number.start - 60):number.start])[-1])
    return period.group(0) if period else None


def _clause_source(sent: "Span", clause: str) -> str | None:
    """The source named in the figure's own clause ("…, but the opposition said at least 25,000 …")."""
    start = sent.text.find(clause)
    if start < 0 or clause.strip() == sent.text.strip():
        return None
    return _source(sent, sent.start_char + start, sent.start_char + start + len(clause))


def _source(sent: "Span", lo: int | None = None, hi: int | None = None) -> str | None:
    """Who states the sentence's figures: "according to X", or the active subject of a reporting verb."""
    lo = sent.start_char if lo is None else lo
    hi = sent.end_char if hi is None else hi
    match = ACCORDING.search(sent.doc.text, lo, hi)
    if match:
        return match.group("source").strip()
    trailing = TRAILING_SOURCE.search(sent.doc.text, lo, hi) if hi == sent.end_char else None
    if trailing:  # "…, informs the Ministry of Defence." / "…, the regional relief office estimates."
        found = (trailing.group("after") or trailing.group("before")).strip()
        if not re.search(r"\d", found) and len(found.split()) <= 10:
            return found
    for token in sent:
        if not lo <= token.idx < hi:
            continue
        if token.pos_ in ("VERB", "NOUN") and token.dep_ in ("ROOT", "ccomp", "conj", "parataxis", "advcl", "relcl") \
                and SOURCE_CUES.match(token.lemma_) and token.lemma_.lower() not in ("give",):
            subjects = [c for c in token.children if c.dep_ == "nsubj"]
            if subjects and subjects[0].lower_ not in ("it", "there", "which", "that", "who"):
                subtree = list(subjects[0].subtree)
                if any(t.like_num for t in subtree) or subjects[0].lemma_.lower() in ("figure", "toll", "number", "death",
                                                                                      "correction", "damage", "document"):
                    continue  # "the figure was …", "A further 21 deaths were recorded": the figure, not a source
                return sent.doc.text[subtree[0].idx:subtree[-1].idx + len(subtree[-1])].strip(" ,")
    return None


def _clause(text: str, start: int, end: int) -> str:
    """The clause holding text[start:end]: status words elsewhere in the sentence ("No one was killed, and 14 were
    treated…", "Police withdrew their estimate of 50,000 and now say about 20,000…") do not reach it."""
    begin = 0
    for match in CLAUSE_BREAK.finditer(text):
        if match.end() <= start:
            begin = match.end()
        elif match.start() >= end:
            return text[begin:match.start()]
    return text[begin:]


def _status(clause: str, counted: str, source: str | None) -> str:
    if RETRACTED.search(clause):
        return "retracted"
    if re.search(r"neither confirmed nor denied", clause, re.I):
        return "hedged"
    if DENIED.search(clause) and re.search(r"\b(?:denied|denies|deny)\b", clause, re.I):
        return "negated"  # "Police denied detaining 120 people"
    if DISPUTED.search(clause) or (counted and re.search(rf"[\"“‘']{re.escape(counted.split()[-1])}[\"”’']", clause)):
        return "disputed"
    if NEGATED.search(re.sub(r"\bnone of the\b", " ", clause, flags=re.I)) \
            or re.search(r"\b(?:not|never|n't) (?:\w+ ){0,2}(?:kill|arrest|detain|injur|evacuat)", clause):
        return "negated"  # "None of the 18 passengers was hurt": the 18 is no negation, the zero figure is
    if HEDGED.search(NOT_HEDGE.sub(" ", clause)):
        return "hedged"
    return "reported" if source else "asserted"


def _as_of(text: str, published: str | None) -> str | None:
    dated = [m for m in find_date_mentions(text) if m.year]
    if dated:
        return dated[-1].value
    return published
