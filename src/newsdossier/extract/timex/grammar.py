"""Find temporal expressions in text and say what each one means (a ``Parse``).

Three steps, each a plain function over the text:

1. ``atoms``: every pattern in ``PATTERNS`` is matched; its rule (in
   ``rules_calendar.py`` or ``rules_relative.py``) turns a match into a ``Parse`` or rejects it (a lower-case "may" is a verb; "29-year"
   before "-old" is an age; "fall" before "of the" is no season). Where matches
   overlap, the longest wins.
2. ``merge``: a date and a clock time written side by side are one moment
   ("8:30 p.m. Thursday", "May 2, 2013, 1:32 PM"); a relative expression followed
   by the date it stands for in brackets is one expression whose value the
   explicit date gives ("today (14 October 2011)").
3. modifiers: "about", "early", "the end of", "shortly after" join the span
   (TimeML spans include them); the value stays that of the head expression.

The grammar never looks at a reference date: ``normalize.py`` does that.
Absolute dates come from ``dates.find_date_mentions`` so that cleaning, claims
and time read "Jan. 5, 2022" the same way.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace

from ...dates import WEEKDAYS, find_date_mentions
from .parse import Parse, duration_value, join_durations, unit_of
from .rules_calendar import (
    read_century, read_day_month, read_decade, read_holiday, read_month, read_month_year, read_numeric_date,
    read_quarter, read_season, read_two_digit_year, read_year,
)
from .rules_relative import (
    read_clock, read_day_reference, read_duration, read_part_of_day, read_reference, read_relative_day,
    read_relative_unit, read_running_period, read_set, read_shift, read_this_period, read_two_days, read_vague_plural,
    read_weekday,
)
from .words import (
    MEASURE_AFTER, MONTH_WORD, NUM, PARTS_OF_DAY, UNIT, UNIT_ADJECTIVE, VAGUE, WEEKDAY_WORD, ZONE, capitalised,
)


@dataclass(frozen=True, slots=True)
class Found:
    """A temporal expression found in a text: offsets into that text and its meaning."""

    start: int
    end: int
    parse: Parse

    def text(self, source: str) -> str:
        return source[self.start:self.end]


Builder = Callable[[re.Match[str], str], Parse | None]

#: (regular expression, builder): every pattern runs over the whole text; longer matches win over shorter ones
PATTERNS: tuple[tuple[re.Pattern[str], Builder], ...] = tuple(
    (re.compile(source, re.IGNORECASE), builder) for source, builder in (
        (rf"\b(?:(?P<rel>last|next|this|coming|past|previous)\s+)?(?P<wd>{WEEKDAY_WORD})(?P<plural>s)?"
         rf"(?:\s+(?P<part>morning|afternoon|evening|night))?\b", read_weekday),
        (r"\b(?P<word>today|tonight|yesterday|tomorrow)(?:\s+(?P<part>morning|afternoon|evening|night))?\b",
         read_relative_day),
        (r"\bthe\s+day\s+(?P<dir>before\s+yesterday|after\s+tomorrow)\b",
         lambda m, t: read_two_days(re.match(r"(?P<dir>before|after)", m["dir"], re.I), t)),
        (r"\b(?P<det>this|last|that|the\s+same|the\s+following|the\s+next|the\s+previous|the)\s+"
         r"(?P<part>morning|afternoon|evening|night)\b", read_part_of_day),
        (r"\b(?P<rel>this|last|next|past|previous|coming|current|the\s+(?:past|last|previous|prior|following|next"
         r"|coming|current)|earlier\s+this|later\s+this|early\s+this|late\s+this|(?:earlier|later|early|late)\s+in\s+the)"
         r"\s+(?:(?:financial|fiscal|calendar|trading|business)\s+)?(?P<unit>week|weekend|month|year|quarter|decade"
         r"|century|day)\b(?!['’]s?\s+(?:" + UNIT + r"))",
         read_relative_unit),
        (r"\b(?P<det>that|the\s+same|the)\s+day\b", read_day_reference),
        (r"\bthe\s+(?:(?:entire|whole|full|current)\s+)?(?:(?:financial|fiscal|calendar)\s+)?(?P<unit>week|month|year)\b"
         r"(?!\s+(?:before|after|earlier|later|ago|of|in|when|that|to)\b)", read_this_period),
        (r"\b(?:a|the)\s+(?P<ord>second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d+(?:st|nd|rd|th))\s+"
         r"(?:(?:straight|consecutive|successive)\s+)?(?:trading\s+)?(?P<unit>day|week|session)\b(?:\s+in\s+a\s+row)?",
         read_running_period),
        (r"\bthe\s+weekend\b", lambda m, t: Parse(kind="relative", unit="weekend", offset=None, relative_to="anchor")),
        (rf"\b(?:(?P<num>{NUM}|{VAGUE})\s+{UNIT_ADJECTIVE}|(?P<the>the)\s+)(?P<unit>{UNIT})\s+(?P<dir>ago|earlier"
         r"|later|before|after|prior|from\s+now|hence|on)\b(?!\s+(?:yesterday|tomorrow))", read_shift),
        (rf"\b(?:(?P<det>the\s+(?:past|last|next|previous|coming|first|following|final|remaining)|another|(?:an|the)"
         rf"\s+additional)\s+)?(?P<num>{NUM}|{VAGUE})(?:[\s-]+|(?<=\d)){UNIT_ADJECTIVE}(?P<unit>{UNIT})(?:-long)?\b",
         read_duration),
        (r"\b(?P<unit>years|decades|months|weeks|days)\s+ago\b",
         lambda m, t: Parse(kind="ref", value="PAST_REF", type="DATE")),
        (rf"\b(?P<recent>recent\s+)?(?P<unit>years|decades|months|weeks|days|hours|minutes|seconds|centuries)\b",
         read_vague_plural),
        (r"(?:(?<=[Mm]id-)|(?<![\w$€£¥#./,-]))(?:the\s+year\s+)?(?P<year>(?:1[89]|20)\d{2})(?![\w%]|[.,]\d|-\d{2}-|/\d)",
         read_year),
        (r"(?<![\w'’])['’](?P<yy>\d{2})\b(?!['’]?s\b)", read_two_digit_year),
        (r"\b(?:(?P<ymd>(?P<y1>(?:19|20)\d{2})/(?P<m1>\d{1,2})/(?P<d1>\d{1,2}))|(?P<a>\d{1,2})/(?P<b>\d{1,2})/"
         r"(?P<y2>\d{4}|\d{2}))\b", read_numeric_date),
        (r"(?<![\w])(?:(?P<the>the)\s+)?(?:(?P<c>1[89]|20)(?P<d>\d)0['’]?s|['’](?P<d2>\d)0s|(?P<d3>[2-9])0s)\b"
         r"|\b(?:the\s+)?(?:nineteen[\s-])?(?P<word>twenties|thirties|forties|fifties|sixties|seventies|eighties"
         r"|nineties)\b", read_decade),
        (r"\b(?:the\s+)?(?P<n>\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth"
         r"|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth"
         r"|twentieth|twenty[\s-]first)[\s-]+century\b", read_century),
        (r"\b(?:the\s+)?(?P<ord>first|second|third|fourth|final|last|1st|2nd|3rd|4th)[\s-]+(?P<unit>quarter|half)"
         r"(?:\s+of\s+(?P<of>(?:fiscal\s+)?(?:19|20)\d{2}|this\s+year|last\s+year|next\s+year|the\s+(?:previous|prior"
         r"|same|current|last|next)\s+year|the\s+year))?\b"
         r"|\bQ(?P<q>[1-4])(?:[\s/-]*(?P<qy>(?:19|20)\d{2}))?\b", read_quarter),
        (r"\b(?:(?P<rel>this|last|next|past|coming|previous)\s+)?(?P<s>spring|summer|autumn|fall|winter)"
         r"(?:\s+(?:of\s+)?(?P<y>(?:19|20)\d{2})|\s+(?:of\s+)?(?P<oy>this\s+year|last\s+year|next\s+year))?\b", read_season),
        (rf"\b(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:of\s+)?(?P<m>{MONTH_WORD})(?:,?\s+(?P<y>(?:19|20)\d{{2}}))?"
         r"(?:(?<=\.)|\b)", read_day_month),
        # "10 Nov 11.": day, month and a two-digit year closing the clause
        (r"\b(?P<day>[0-3]?\d)\s+(?P<m>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?|(?:January|February"
         r"|March|April|May|June|July|August|September|October|November|December))\s+(?P<yy>\d{2})(?![.,:]?\d)"
         r"(?=\s*(?:[.,;)\]]|$))", read_day_month),
        (rf"\b(?P<m>{MONTH_WORD}),?\s+(?P<y>(?:19|20)\d{{2}})\b", read_month_year),
        (rf"\b(?:(?P<rel>last|next|this|coming|past)\s+)?(?P<m>{MONTH_WORD})(?:\s+(?P<ry>this|last|next)\s+year)?"
         r"(?:(?<=\.)|\b)", read_month),
        (r"\b(?P<h>[01]?\d|2[0-3])(?:[:.](?P<m>[0-5]\d))?\s*(?P<ap>[ap])(?:\.\s?m\.|\.?\s?m\b)" + ZONE, read_clock),
        (r"\b(?P<h>[01]?\d|2[0-3]):(?P<m>[0-5]\d)(?::[0-5]\d)?(?![\d:])(?:\s*(?P<h24>hours|hrs|h)\b)?" + ZONE,
         read_clock),
        (r"\b(?P<hm>[01]\d|2[0-3])(?P<mm>[0-5]\d)(?:\s*(?P<h24>hours|hrs|h)\b)?" + ZONE, read_clock),
        (r"\b(?P<h>[01]?\d|2[0-3])\s+(?P<oclock>o['’]clock)\b", lambda m, t: read_clock(m, t)),
        (r"\b(?P<word>noon|midday|midnight)\b" + ZONE, read_clock),
        (rf"\b(?:every|each)\s+(?:(?P<other>other)\s+|(?P<num>{NUM})\s+)?(?P<unit>{UNIT}|morning|afternoon|evening"
         rf"|night|{WEEKDAY_WORD})\b|\bper\s+(?P<unit2>second|minute|hour|day|week|month|year)\b", 
         lambda m, t: read_set(m, t) if m["unit"] else Parse(kind="set", value=duration_value(1, unit_of(m["unit2"])),
                                                          type="SET")),
        (r"\b(?P<adverb>daily|nightly|weekly|monthly|annually|annual|yearly|hourly|quarterly|biannually)\b", read_set),
        (r"\b(?:nowadays|at\s+present|at\s+the\s+(?:very\s+)?moment|right\s+now|for\s+now"
         r"|until\s+now|by\s+now|as\s+of\s+now|recently|lately|the\s+past|the\s+future)\b", read_reference),
        (r"\b(?P<h>christmas(?:\s+day|\s+eve)?|new\s+year['’]s\s+(?:day|eve)|halloween|valentine['’]s\s+day)"
         r"(?:\s+(?P<hy>(?:19|20)\d{2}))?\b", read_holiday),
    )
)

#: left modifiers that join the span of a quantity (a duration, a clock time, a shift)
QUANTITY_MODIFIER = re.compile(
    r"(?:\b(?:about|around|approximately|roughly|nearly|almost|some|more\s+than|less\s+than|fewer\s+than|over"
    r"|under|just\s+over|just\s+under|just|only|at\s+least|at\s+most|up\s+to|exactly|precisely|a\s+full"
    r"|shortly\s+(?:before|after)|just\s+(?:before|after)|soon\s+after|sometime\s+(?:before|after))\s+)+$",
    re.IGNORECASE)
#: left modifiers that join the span of a date ("early 2009", "the end of this year", "late on Sunday")
DATE_MODIFIER = re.compile(
    r"(?:\b(?:early|late|mid|the\s+(?:early|late|middle)\s+part\s+of|the\s+(?:end|beginning|start|middle|turn|close"
    r"|first\s+days?|first\s+weeks?|last\s+days?|last\s+weeks?|early\s+hours|small\s+hours|wee\s+hours)\s+of"
    r"|sometime\s+in|early\s+on|late\s+on|shortly\s+(?:before|after)|just\s+(?:before|after)|exactly"
    r"|(?:early|late)\s+(?:morning|afternoon|evening|night)\s+(?:on|of))[\s-]+)+$",
    re.IGNORECASE)
#: what may stand between a date and a clock time that together name one moment
JOINT = re.compile(r"^\s*(?:,\s*)?(?:(?:on|at|of|this)\s+)?(?:(?:at\s+)?(?:about|around|approximately|roughly"
                   r"|shortly\s+(?:before|after)|just\s+(?:before|after))\s+)?(?:,\s*)?$", re.IGNORECASE)
OPEN_BRACKET = re.compile(r"^\s*[(\[]\s*$")
#: between the parts of one duration ("1hr 4 mins", "two hours and 20 minutes", "3 years, 2 months")
DURATION_JOINT = re.compile(r"^\s*(?:,\s*)?(?:and\s+)?$")
CLOSE_BRACKET = re.compile(r"^\s*[)\]]")


def atoms(text: str) -> list[Found]:
    """Every pattern's matches that a builder accepts, overlaps resolved (the longest wins, then the earliest)."""
    candidates: list[Found] = []
    for mention in find_date_mentions(text):
        written = re.sub(r"^\s*(?:" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s*", "",
                         text[mention.start:mention.end], flags=re.I)
        month_word = re.search(r"[A-Za-z]{3,}", written)
        if month_word and not capitalised(month_word.group(0)):
            continue  # "5 may", "march 3": lower-case month names are words, not months
        if mention.day is not None and (MEASURE_AFTER.match(text[mention.end:])
                                        or re.match(r"[:.]\d", text[mention.end:mention.end + 2])):
            continue  # "April 3 million", "4 November 02:00": the number after the month is no day
        candidates.append(Found(mention.start, mention.end,
                                Parse(kind="date", year=mention.year, month=mention.month, day=mention.day,
                                      weekday=mention.weekday)))
    for pattern, builder in PATTERNS:
        for match in pattern.finditer(text):
            if match.end() == match.start():
                continue
            parse = builder(match, text)
            if parse is not None:
                start, end = match.start(), match.end()
                while end > start and text[end - 1].isspace():
                    end -= 1
                candidates.append(Found(start, end, parse))
    candidates.sort(key=lambda f: (-(f.end - f.start), f.start))
    chosen: list[Found] = []
    for found in candidates:
        if all(found.end <= other.start or other.end <= found.start for other in chosen):
            chosen.append(found)
    return sorted(chosen, key=lambda f: f.start)


def _is_dated(parse: Parse) -> bool:
    """A day a clock time can be set on: "Thursday", "May 2, 2013", "this morning" (not "this year")."""
    if parse.clock is not None:
        return False
    return parse.kind == "weekday" or (parse.kind == "date" and parse.day is not None) or \
        (parse.kind == "relative" and parse.unit == "day")


def merge(text: str, found: list[Found]) -> list[Found]:
    """Join a date and a clock time written together, and an expression with the bracketed date that explains it."""
    result: list[Found] = []
    for item in found:
        if result:
            last = result[-1]
            gap = text[last.end:item.start]
            if JOINT.match(gap) and len(gap) <= 24:
                if last.parse.kind == "clock" and _is_dated(item.parse):
                    result[-1] = Found(last.start, item.end, item.parse.with_time(last.parse))
                    continue
                if item.parse.kind == "clock" and _is_dated(last.parse):
                    result[-1] = Found(last.start, item.end, last.parse.with_time(item.parse))
                    continue
            joined = join_durations(last.parse.value, item.parse.value) if last.parse.kind == item.parse.kind == \
                "duration" and DURATION_JOINT.match(gap) else None
            if joined:  # "1hr 4 mins", "two years and three months"
                result[-1] = Found(last.start, item.end, replace(item.parse, value=joined))
                continue
            if OPEN_BRACKET.match(gap) and last.parse.kind == "clock" and item.parse.kind == "clock" and item.parse.zone:
                close = CLOSE_BRACKET.match(text[item.end:])  # "3 p.m. (1200 GMT)": the zoned time says it in UTC
                restated = replace(item.parse, local_clock=last.parse.clock)  # whose day the text gives
                result[-1] = Found(last.start, item.end + close.end() if close else item.end, restated)
                continue
            if OPEN_BRACKET.match(gap) and item.parse.kind == "date" and item.parse.day is not None \
                    and last.parse.kind in ("relative", "weekday", "clock") and item.parse.clock is None:
                close = CLOSE_BRACKET.match(text[item.end:])
                end = item.end + close.end() if close else item.end
                explicit = item.parse
                if last.parse.clock or last.parse.part:
                    explicit = explicit.with_time(last.parse)
                result[-1] = Found(last.start, end, explicit)
                continue
        result.append(item)
    return result


def extend(text: str, found: list[Found]) -> list[Found]:
    """Take the modifiers on the left into each span ("about 6am", "early 2009", "the early hours of Monday")."""
    result: list[Found] = []
    floor = 0
    for item in found:
        start = item.start
        parse = item.parse
        window = text[max(floor, start - 40):start]
        modifier = (QUANTITY_MODIFIER if parse.kind in ("duration", "clock", "shift") or parse.clock
                    else DATE_MODIFIER).search(window)
        if parse.kind in ("date", "relative", "weekday", "month", "period", "decade", "century", "clock") \
                and modifier is None:
            modifier = DATE_MODIFIER.search(window)
        if modifier:
            words = modifier.group(0).lower()
            start -= len(window) - modifier.start()
            if re.search(r"(?:early|small|wee) hours", words) and parse.part is None and parse.clock is None:
                parse = replace(parse, part="MO", type="TIME")
            named = re.search(r"(?:early|late)\s+(morning|afternoon|evening|night)\s+(?:on|of)", words)
            if named and parse.part is None and parse.clock is None:
                parse = replace(parse, part=PARTS_OF_DAY[named.group(1)], type="TIME")
        result.append(Found(start, item.end, parse))
        floor = item.end
    return result


def find(text: str) -> list[Found]:
    """All temporal expressions in a text, in order, with their parses."""
    return extend(text, merge(text, atoms(text)))


def parse_expression(text: str) -> Parse | None:
    """The meaning of a whole expression ("last Friday", "Jan. 5, 2022"); None unless one expression covers it."""
    stripped = text.strip()
    found = find(stripped)
    if len(found) != 1:
        return None
    only = found[0]
    leftover = stripped[:only.start] + stripped[only.end:]
    if re.search(r"[A-Za-z0-9]", re.sub(r"\b(?:on|in|at|of|by|since|until|from|during|the)\b", "", leftover,
                                        flags=re.I)):
        return None
    return only.parse
