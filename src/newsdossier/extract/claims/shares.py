"""Units of a figure: shares ("80 percent of homes", "half of the 8,000 inhabitants") and money ("$1.2 million")."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from ...annotate import text_of
from ..numbers import value
from .counted import RELEASED_WORDS, plural_key, released_key, trim_counted
from .circumstances import stayed_away
from .lexicon import GENERIC_NOUNS, measure_from
from .things import last_plural
from .build import Sentence, make_claim
from .source import Source
from .source_relative import resolve_pronoun
from .status import clause, status

if TYPE_CHECKING:
    from ...records import Claim

CURRENCY = re.compile(r"(?P<symbol>[$£€¥₹]|\b(?:USD|EUR|GBP|CHF|JPY|dollars?|euros?|pounds?|rubles?|roubles?|yuan|rupees?|"
                      r"tenge|naira|rand|(?:Swiss )?francs?|yen)\b)", re.IGNORECASE)
CURRENCY_CODES = {"$": "USD", "us$": "USD", "usd": "USD", "dollar": "USD", "£": "GBP", "gbp": "GBP", "pound": "GBP",
                  "€": "EUR", "eur": "EUR", "euro": "EUR", "¥": "JPY", "₹": "INR", "rupee": "INR", "yuan": "CNY",
                  "ruble": "RUB", "rouble": "RUB", "tenge": "KZT", "naira": "NGN", "rand": "ZAR", "chf": "CHF",
                  "franc": "CHF", "swiss franc": "CHF", "jpy": "JPY", "yen": "JPY"}
PERCENT_OF = re.compile(r"^\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?"
                        r"(?:[\w'’]+['’]s\s+)?(?:[\d,.]+\s+)?(?P<counted>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b",
                        re.IGNORECASE)
#: a percentage of a sum of money: "60 percent of the £45 million it collected" (computed with the sum, decision 15)
PERCENT_OF_SUM = re.compile(r"^\s*(?:%|percent|per cent)\s+of\s+(?:the\s+|its\s+|their\s+|a\s+|an\s+)?(?:[$£€¥₹]|US\$)\s?\d",
                            re.IGNORECASE)
#: words before a share that qualify it: "Close to one in three", "just over half", "roughly a quarter"
QUALIFIERS = (r"(?:just |well |slightly )?(?:more than|over)|(?:just |slightly )?(?:under|less than|fewer than)|almost|"
              r"nearly|close to|about|around|approximately|roughly|some|an estimated")
FRACTION_VALUES = {"half": 0.5, "a third": 1 / 3, "one third": 1 / 3, "two thirds": 2 / 3, "a quarter": 0.25,
                   "one quarter": 0.25, "three quarters": 0.75, "a fifth": 0.2, "one fifth": 0.2}
FRACTION = re.compile(
    rf"\b(?:(?P<q>{QUALIFIERS})\s+)?"
    r"(?P<fraction>half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|one fifth|"
    r"(?:one (?:out )?(?:in|of)|(?:two|three|four|five|six|seven|eight|nine) (?:out of|in)) "
    r"(?:two|three|four|five|six|seven|eight|nine|ten|twenty|\d{1,3}))"
    r"(?=\s+of\s+(?:the\s+|all\s+|its\s+|their\s+|those\s+)?(?:[\w'’]+['’]s\s+)?(?:[\d,.]+\s+)?"
    r"(?P<counted>(?:[a-z][\w-]*\s+){0,2}[a-z][\w-]*)\b)", re.IGNORECASE)
#: "One in five residents": a share without "of", only after "one in N" (a rate)
ONE_IN = re.compile(
    rf"\b(?:(?P<q>{QUALIFIERS})\s+)?"
    r"(?P<fraction>(?:one|two|three|four|five|six|seven|eight|nine) (?:out )?in (?:two|three|four|five|six|seven|eight|"
    r"nine|ten|twenty|\d{1,3}))(?=\s+(?!of\b)(?!(?:have|has|had|are|were|is|was|will|would|could|may|might|remain\w*)\b)"
    r"(?P<counted>(?:[a-z][\w-]*\s+){0,2}?(?:[a-z][\w-]*s|children|people|men|women|police))\b)",
    re.IGNORECASE)
FRACTION_QUALIFIERS = {"more than": "more_than", "over": "more_than", "almost": "about", "nearly": "about",
                       "close to": "about", "around": "about", "approximately": "about", "an estimated": "about",
                       "about": "about", "roughly": "about", "some": "about", "less than": "less_than",
                       "fewer than": "less_than", "under": "less_than"}


def fraction_qualifier(words: str | None) -> str:
    """The qualifier of a share from the words before it: "Close to" -> about, "just over" -> more_than."""
    words = re.sub(r"^(?:just|well|slightly)\s+", "", re.sub(r"\s+", " ", (words or "").lower()))
    return FRACTION_QUALIFIERS.get(words, "exact")


def currency_code(symbol: str) -> str:
    """"$" -> "USD", "euros" -> "EUR"; an unknown word is upper-cased."""
    return CURRENCY_CODES.get(symbol.lower().rstrip("s"), symbol.upper())


def fraction_value(words: str) -> float:
    """"two-thirds" -> 0.667, "one in five" -> 0.2."""
    words = re.sub(r"[\s-]+", " ", words.lower())
    one_in = re.fullmatch(r"(\w+) (?:out )?(?:in|of) (\w+)", words)
    if one_in:  # "one in five", "three in ten"
        return (value(one_in.group(1)) or 1) / (value(one_in.group(2)) or 1)
    return FRACTION_VALUES[words]


#: a fraction standing alone as the subject after an opening total: "Of the 960 people detained, nearly half have been
#: freed" (the whole is the figure the sentence opens with)
OPENING_TOTAL = re.compile(r"^\s*(?:of|from|among) (?:the |all |those |these )?(?:\d[\d,.]*|[a-z]+ (?:hundred|thousand))\b",
                           re.IGNORECASE)
BARE_FRACTION = re.compile(
    rf"(?<=\s)(?:(?P<q>{QUALIFIERS})\s+)?"
    r"(?P<fraction>half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|one fifth|"
    # "Of the 48,000 displaced, fewer than one in ten have access to clean water"
    r"(?:one|two|three|four|five|six|seven|eight|nine) (?:out )?in (?:two|three|four|five|six|seven|eight|nine|ten|twenty|"
    r"\d{1,3}))"
    r"(?P<counted>)(?=\s+(?:have|has|had|were|was|are|is|remain\w*|will|would|could|may)\b)", re.IGNORECASE)


#: a fraction that is a part of the figure before, named by a pronoun before it: "from them approximately half – in the
#: Regional Centre", "of them about a third – children" (translated), "among them roughly a quarter, children"
PART_FRACTION = re.compile(
    rf"\b(?:from|of|among) (?:them|whom|those|these),?\s+(?:(?P<q>{QUALIFIERS})\s+)?"
    r"(?P<fraction>half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|one fifth)"
    r"(?P<counted>)(?=\s*[–—:,]|\s+-\s|\s+(?:have|has|had|were|was|are|is|remain\w*|will|would|could|may)\b|\s*$)",
    re.IGNORECASE)


#: a fraction of the figure before that a place or group accounts for: "…, bringing the total to 9,870, with Port
#: Amsel accounting for nearly half", "…, of which the capital makes up about a third"
ACCOUNTS_FOR = re.compile(
    rf"\b(?:account(?:s|ed|ing)? for|mak(?:es|ing) up|made up)\s+(?:(?P<q>{QUALIFIERS})\s+)?"
    r"(?P<fraction>half|a third|one third|two[- ]thirds|a quarter|one quarter|three[- ]quarters|a fifth|one fifth)"
    r"(?P<counted>)(?=\s*[,.;]|\s*$|\s+of (?:them|the total|those)\b)", re.IGNORECASE)


def fraction_matches(text: str) -> list[re.Match[str]]:
    """Shares of a whole in a sentence ("half of the 1,400", "one in five of the stations"), not periods ("the
    second half of the day")."""
    found = [match for match in FRACTION.finditer(text)
             if not re.search(r"\b(?:first|second|last|latter|former|\d+(?:st|nd|rd|th))\s+$", text[:match.start()], re.I)]
    found += [match for match in ONE_IN.finditer(text)
              if not any(f.start() < match.end() and match.start() < f.end() for f in found)]
    found += [match for match in PART_FRACTION.finditer(text)
              if not any(f.start() < match.end() and match.start() < f.end() for f in found)]
    found += [match for match in ACCOUNTS_FOR.finditer(text)
              if not any(f.start() < match.end() and match.start() < f.end() for f in found)]
    if OPENING_TOTAL.match(text):
        found += [match for match in BARE_FRACTION.finditer(text)
                  if not any(f.start() < match.end() and match.start() < f.end() for f in found)]
    return sorted(found, key=lambda match: match.start())


def _participle(after: str, total: "Claim") -> str | None:
    """The participle right after a total's noun that gives the total its measure ("2,700 families displaced in
    Upper Colm" -> "displaced"), or None: then the total counts a population ("8,000 inhabitants")."""
    if not total.counted:
        return None
    found = re.match(rf"\s*{re.escape(total.counted)}\s+(?:(?:who|that) (?:were|have been|had been|are) )?"
                     r"(?P<word>[a-z]+(?:ed|en)|held|hurt|dead|missing)\b", after)
    if found and measure_from(found.group("word")) == total.measure:
        return found.group("word")
    return None


def fraction_claims(s: Sentence) -> list[tuple["Claim", "Claim | None"]]:
    """"half of the town's 8,000 inhabitants" -> 4,000; "a quarter of the buses" (no total) -> 25 percent; each
    with the total it is a share of. A total's measure may be changed in ``s.claims``: it counts a population, not
    the event ("8,000 inhabitants", "1,400 detainees")."""
    found = []
    sent, text, offset, claims = s.sent, s.sent.text, s.offset, s.claims
    for match in fraction_matches(text):
        # the share and its qualifier words, not a pronoun before them ("from them about a third")
        first = match.start("q") if match.group("q") is not None else match.start("fraction")
        start, end = sent.start_char + first, sent.start_char + match.end()
        share = fraction_value(match.group("fraction"))
        qualifier = fraction_qualifier(match.group("q"))
        counted = trim_counted(match.group("counted"))
        of_pronoun = bool(counted) and counted.split()[0].lower() in ("them", "whom")
        # ("a quarter of them men, and that between 30 and 40 …": a pronoun's share has no total after it)
        total = None if of_pronoun else next(
            (c for c in claims if c.start >= offset + end and c.start - (offset + end) < 25), None) or next(
            (c for c in claims if c.start >= offset + end
             and re.search(r"\btotal\b", text_of(sent.doc)[max(0, c.start - offset - 20):c.start - offset])), None)
        own = clause(text, match.start(), match.end())
        of_them = None
        if total is None and (not counted or counted.split()[0].lower() in ("them", "whom")):
            # "some 12,000 people …, and roughly a third of them are sheltering in schools": a share of the figure before
            of_them = next((c for c in reversed(claims) if c.end <= offset + start and c.unit is None
                            and c.value_low), None)
        if of_them is not None:
            low = high = round(share * (of_them.value_low or 0), 6)
            if qualifier == "more_than":
                high = of_them.value_low or high
            elif qualifier == "less_than":
                low = 0.0
            unit = None
            rest = own.replace(match.group(0), " ")
            measure = measure_from(rest) or of_them.measure
            if RELEASED_WORDS.search(rest) and of_them.measure == "arrests":
                # "Of the 960 people detained, nearly half have been freed": released detainees, by their noun
                measure = (released_key(of_them.counted) if of_them.counted else None) or "detainees"
            counted = of_them.counted or counted
        elif total is not None:  # "half of the town's 8,000 inhabitants had been evacuated": 4,000 evacuated
            participle = _participle(text_of(sent.doc)[total.end - offset:], total)
            if total.counted and total.counted.split()[-1].lower() not in GENERIC_NOUNS and participle is None:
                population = measure_from(total.counted) or plural_key(total.counted)
                claims[claims.index(total)] = total = replace(total, measure=population)
            low = high = round(share * (total.value_low or 0), 6)
            if qualifier == "more_than":
                high = total.value_low or high  # "more than half of the 1,400": between 700 and 1,400
            elif qualifier == "less_than":
                low = 0.0  # "fewer than half of the 2,400": between none and 1,200, as "more than half" mirrors
            unit = total.unit
            rest = re.sub(re.escape(total.text), " ", own)
            if participle is not None:
                # "a third of the 2,700 families displaced in Upper Colm have returned home": the total keeps the
                # event of its own participle; the share is counted by what its verb says, else by the noun
                rest = rest.replace(participle, " ", 1)
                noun = plural_key(total.counted)
                measure = measure_from(rest) or (total.measure if noun in GENERIC_NOUNS else noun)
            elif RELEASED_WORDS.search(rest) and total.counted:
                measure = plural_key(total.counted)  # "half of the 1,400 detainees had been released": detainees
            else:
                # ("fewer than half of its 8,000 staff stayed away" in a walkout: participants)
                measure = measure_from(rest) or stayed_away(text) or measure_from(counted) or total.measure
        else:
            low = high = share * 100
            unit = "percent"
            measure = measure_from(" ".join([counted, own]))
            measure = measure or (plural_key(counted) if counted.split()[-1].lower() not in GENERIC_NOUNS
                                  and not of_pronoun else None)  # ("a third of them will …": no noun after "them")
            named = last_plural(s.before[0]) if not measure and of_pronoun and not claims and s.before else None
            if named is not None:  # "… swept through homes … Roughly half of them are no longer habitable": homes
                measure, counted = measure_from(named.text) or named.lower_, named.text
        if not measure:
            continue
        source = resolve_pronoun(s.source, sent, s.before)
        total = total or of_them
        if total is not None and (total.source is None) != (source is None):
            # a share is said in the voice of its total: "…, the council said, and half of the town's 38 schools …"
            source = None if total.source is None else Source(
                text=total.source, start=total.source_start - offset if total.source_start is not None else -1,
                end=total.source_end - offset if total.source_end is not None else -1)
        claim = make_claim(s, start, end, measure=measure, counted=counted, low=low, high=high, qualifier=qualifier,
                           source=source, status=status(own, counted, source.text if source else None), unit=unit)
        found.append((claim, total))
    return found
