"""What a temporal expression says, before any reference date is applied.

The grammar (``grammar.py``) turns a span of text into a ``Parse``: "last
Friday" is a weekday with direction -1, "two years ago" a shift of -2 years
from the document date, "the next day" a shift of +1 day from the narrative's
current date. ``normalize.py`` then computes the TIMEX3 value against the
document date. Keeping the two apart lets the same parse be resolved against
different anchors (a claim's paragraph, a test's date) and keeps the rules
testable one by one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

#: kinds of parse
#:   date      a calendar date, possibly partial (year, month, day; a missing year is inferred)
#:   relative  ``offset`` ``unit``s from the document date ("yesterday", "last week", "this year")
#:   weekday   a named weekday; ``offset`` -1 "last", +1 "next", 0 "this", None bare
#:   month     a month without a year; ``offset`` as for weekday, ``year_offset`` for "March last year"
#:   shift     ``amount`` ``unit``s before (sign -1) or after (+1) something: the document date ("ago"),
#:             the narrative's current date ("later"), or an event named after it ("before the protests")
#:   period    a quarter, half or season (``period`` "Q3", "H1", "SU"), with a year or a year rule
#:   decade, century, clock (a time of day with no date of its own), duration, set, ref
KINDS = frozenset({"date", "relative", "weekday", "month", "shift", "period", "decade", "century", "clock",
                   "duration", "set", "ref"})


@dataclass(frozen=True, slots=True)
class Parse:
    """The meaning of one temporal expression, independent of any reference date."""

    kind: str
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None
    #: "day" | "week" | "weekend" | "month" | "quarter" | "half" | "year" | "decade" | "century" | "hour" | ...
    unit: str | None = None
    offset: int | None = None
    #: years relative to the document's year ("March last year" -> -1), for months and periods
    year_offset: int | None = None
    #: durations and shifts: how many units; None when vague ("several years", "a few days")
    amount: float | None = None
    #: shifts: "anchor" (the document date), "reference" (the narrative's date), "object" (a named event)
    relative_to: str | None = None
    #: "Q1".."Q4", "H1", "H2", "SP", "SU", "FA", "WI"
    period: str | None = None
    #: part of the day: "MO", "AF", "EV", "NI"
    part: str | None = None
    #: (hour, minute) of a clock time
    clock: tuple[int, int] | None = None
    #: the zone a clock time was written in ("UTC", "ET", "+08:00"); None when local and unstated
    zone: str | None = None
    #: the local clock time a bracketed zoned time restates ("4:30 a.m. local time (11.30 p.m. ET)"): the zoned
    #: time gives the moment, the local one the day it falls on
    local_clock: tuple[int, int] | None = None
    #: a value fixed by the words alone (durations, sets, "PRESENT_REF", decades)
    value: str | None = None
    #: TIMEX3 type
    type: str = "DATE"
    #: the text states that the expression only dates the article ("Published", "Updated")
    publication: bool = False

    def with_time(self, other: "Parse") -> "Parse":
        """This date with the clock time or part of day of ``other`` (a clock or a part-of-day parse)."""
        return replace(self, clock=other.clock or self.clock, zone=other.zone or self.zone,
                       local_clock=other.local_clock or self.local_clock,
                       part=other.part or self.part, type="TIME")


SMALL_NUMBERS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "a": 1, "an": 1, "single": 1, "a single": 1, "one single": 1,
    "a couple of": 2, "a couple": 2, "couple of": 2,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
VAGUE_NUMBERS = ("a few", "few", "several", "some", "many", "a number of",
                 "dozens of", "hundreds of", "a matter of")
#: the words a number can be written with, longest first (for regular expressions)
NUMBER_WORDS = sorted([*SMALL_NUMBERS, *TENS, "a dozen", "dozen", "hundred", "half", "a half"], key=len, reverse=True)
_TENS_UNITS = re.compile(r"^(?P<tens>" + "|".join(TENS) + r")(?:[- ](?P<unit>one|two|three|four|five|six|seven|eight"
                         r"|nine))?$")


def number_value(text: str) -> float | None:
    """A written amount -> its value: "two" 2, "twenty-five" 25, "2.5" 2.5, "two and a half" 2.5, "a dozen" 12;
    None when vague ("several", "a few") or not a number."""
    words = re.sub(r"\s+", " ", text.strip().lower().replace("-", " ")).strip()
    half = 0.0
    found = re.search(r"\s*(?:and )?a half$", words)
    if found and found.start() > 0:
        half, words = 0.5, words[:found.start()].strip()
    elif words in ("half", "a half", "half a", "half an"):
        return 0.5
    if words in VAGUE_NUMBERS or words in ("dozens", "hundreds", "years", "days"):
        return None
    if re.fullmatch(r"\d+(?:\.\d+)?", words.replace(",", "")):
        return float(words.replace(",", "")) + half
    if words in SMALL_NUMBERS:
        return SMALL_NUMBERS[words] + half
    if words in ("a dozen", "dozen"):
        return 12 + half
    if words in ("a hundred", "one hundred", "hundred"):
        return 100 + half
    match = _TENS_UNITS.match(words.replace(" ", " "))
    if match:
        return TENS[match["tens"]] + (SMALL_NUMBERS[match["unit"]] if match["unit"] else 0) + half
    return None


#: unit word -> (canonical unit, TIMEX3 duration letter, whether the letter goes after "T")
UNITS = {
    "second": ("second", "S", True), "sec": ("second", "S", True), "minute": ("minute", "M", True),
    "min": ("minute", "M", True), "hour": ("hour", "H", True), "hr": ("hour", "H", True), "day": ("day", "D", False),
    "night": ("day", "D", False), "week": ("week", "W", False), "fortnight": ("fortnight", "W", False),
    "weekend": ("weekend", "WE", False), "month": ("month", "M", False), "quarter": ("quarter", "Q", False),
    #: "three seasons" of a league or a show are years (as EventStoryLine reads them)
    "season": ("season", "Y", False), "year": ("year", "Y", False), "yr": ("year", "Y", False),
    "decade": ("decade", "DE", False), "century": ("century", "CE", False), "centurie": ("century", "CE", False),
}


def unit_of(word: str) -> str | None:
    """A unit word in any number ("Years", "centuries", "mins") -> its canonical unit, or None."""
    word = word.lower().rstrip(".")
    for candidate in (word, word[:-1] if word.endswith("s") else word, word[:-3] + "y" if word.endswith("ies") else word):
        if candidate in UNITS:
            return UNITS[candidate][0]
    return None


def duration_value(amount: float | None, unit: str) -> str:
    """A TIMEX3 duration: (3, "day") -> "P3D", (None, "year") -> "PXY", (2.5, "hour") -> "PT2.5H",
    a fortnight counts as two weeks."""
    _, letter, timed = UNITS[unit]
    if unit == "fortnight":
        amount = None if amount is None else amount * 2
    if unit in ("decade", "century") and amount is not None:
        amount, letter = amount * (10 if unit == "decade" else 100), "Y"  # "the past decade" is written P10Y
    if amount is None:
        number = "X"
    elif float(amount).is_integer():
        number = str(int(amount))
    else:
        number = f"{amount:g}"
    return f"P{'T' if timed else ''}{number}{letter}"


_DURATION_PART = re.compile(r"^P(?:(?P<n>\d+(?:\.\d+)?)(?P<d>[YMD])|T(?P<tn>\d+(?:\.\d+)?)(?P<t>[HMS]))$")
_DURATION_RANK = ("Y", "M", "D", "TH", "TM", "TS")


def join_durations(first: str | None, second: str | None) -> str | None:
    """One duration from two written in a row, the larger unit first ("1hr 4 mins": "PT1H" + "PT4M" -> "PT1H4M",
    "two years and three months" -> "P2Y3M"); None when they do not combine (vague, weeks, wrong order)."""
    parts = []
    for value in (first, second):
        found = _DURATION_PART.match(value or "")
        if found is None:
            return None
        parts.append((found["n"], found["d"]) if found["d"] else (found["tn"], "T" + found["t"]))
    (amount1, unit1), (amount2, unit2) = parts
    if _DURATION_RANK.index(unit1) >= _DURATION_RANK.index(unit2):
        return None
    date = "".join(f"{a}{u}" for a, u in parts if not u.startswith("T"))
    time = "".join(f"{a}{u[1]}" for a, u in parts if u.startswith("T"))
    return "P" + date + ("T" + time if time else "")

