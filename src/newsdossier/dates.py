"""Calendar dates as the export writes them: "YYYY-MM-DD", "YYYY-MM" or "YYYY".

``normalize_date`` keeps only the parts a date string really states: a parse
with two different defaults shows which parts came from the string and which
from the default, so "January 2025" stays "2025-01" instead of gaining a day.
"""

from __future__ import annotations

import datetime as dt
import re
import warnings
from dataclasses import dataclass

from dateutil import parser as dateutil_parser

ISO_DATE = re.compile(r"^\s*(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?\s*$")

_DEFAULT_A = dt.datetime(1900, 1, 1)
_DEFAULT_B = dt.datetime(1904, 2, 2)


def normalize_date(value: str | None) -> str | None:
    """A date string -> "YYYY-MM-DD" / "YYYY-MM" / "YYYY", or None when it names no date."""
    if not value or not value.strip():
        return None
    match = ISO_DATE.match(value)
    if match:
        year, month, day = match.groups()
        try:
            dt.date(int(year), int(month or 1), int(day or 1))
        except ValueError:
            return None
        return "-".join(part for part in (year, month, day) if part)
    text = value.strip()
    if not re.search(r"\d", text) or len(text) > 80:
        return None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # unknown time-zone names ("EST") are irrelevant to the date
            first = dateutil_parser.parse(text, default=_DEFAULT_A, fuzzy=False)
            second = dateutil_parser.parse(text, default=_DEFAULT_B, fuzzy=False)
    except (ValueError, OverflowError):
        return None
    if first.year != second.year:
        return None
    if first.month != second.month:
        return f"{first.year:04d}"
    if first.day != second.day:
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}-{first.month:02d}-{first.day:02d}"


FOREIGN_LANGUAGES = ("es", "fr", "it", "pt", "de", "nl")
FOREIGN_MONTH = re.compile(
    r"\b(?:enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|noviembre|diciembre|janvier"
    r"|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre|gennaio|febbraio|aprile|maggio|giugno"
    r"|luglio|settembre|ottobre|dicembre|janeiro|fevereiro|março|maio|junho|julho|setembro|outubro|novembro|dezembro"
    r"|januar|februar|märz|juni|juli|oktober|dezember|januari|februari|maart|mei|augustus)\b",
    re.IGNORECASE,
)


def foreign_date(text: str) -> str | None:
    """A date written with a Spanish, French, Italian, Portuguese, German or Dutch month name ("3 mars 2024",
    "17 de abril de 2024"), via dateparser; only as precise as the text."""
    if not FOREIGN_MONTH.search(text) or not re.search(r"\b(?:19|20)\d{2}\b", text) or len(text) > 60:
        return None
    import dateparser

    def parse(prefer: str) -> dt.datetime | None:
        return dateparser.parse(text, languages=list(FOREIGN_LANGUAGES),
                                settings={"PREFER_DAY_OF_MONTH": prefer, "REQUIRE_PARTS": ["month", "year"]})

    first, last = parse("first"), parse("last")
    if first is None or last is None:
        return None
    if first.day != last.day:
        return f"{first.year:04d}-{first.month:02d}"
    return f"{first.year:04d}-{first.month:02d}-{first.day:02d}"


MONTHS = {
    "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
    "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
    "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
}
WEEKDAYS = {"monday": 0, "mon": 0, "tuesday": 1, "tue": 1, "tues": 1, "wednesday": 2, "wed": 2, "thursday": 3,
            "thu": 3, "thurs": 3, "friday": 4, "fri": 4, "saturday": 5, "sat": 5, "sunday": 6, "sun": 6}
_MONTH = r"(?P<month>" + "|".join(sorted(MONTHS, key=len, reverse=True)) + r")\.?"
_WEEKDAY = r"(?:(?P<weekday>" + "|".join(sorted(WEEKDAYS, key=len, reverse=True)) + r")\.?,?\s+(?:the\s+)?)?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d{2})"
DATE_PATTERNS = (
    re.compile(r"\b(?P<year>(?:19|20)\d{2})-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b"),
    re.compile(rf"\b{_WEEKDAY}{_MONTH}\s+{_DAY}\b(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b{_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR}\b)?", re.IGNORECASE),
    re.compile(rf"\b{_MONTH}\s+(?:of\s+)?{_YEAR}\b", re.IGNORECASE),
)


@dataclass(frozen=True, slots=True)
class DateMention:
    """An absolute (or month-and-day) date written in a text."""

    start: int
    end: int
    text: str
    year: int | None
    month: int
    day: int | None
    weekday: int | None  # the weekday the text names beside the date, if any

    @property
    def value(self) -> str | None:
        """"YYYY-MM-DD" or "YYYY-MM"; None without a year."""
        if self.year is None:
            return None
        return f"{self.year:04d}-{self.month:02d}" + (f"-{self.day:02d}" if self.day else "")

    def as_date(self, year: int | None = None) -> dt.date | None:
        try:
            return dt.date(self.year or year or 0, self.month, self.day or 1) if (self.year or year) else None
        except ValueError:
            return None


def find_date_mentions(text: str) -> list[DateMention]:
    """Absolute dates in a text, in order: "January 5, 2024", "5 Jan 2024", "2024-01-05", "March 2024", "Jan. 5"."""
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text):
            if any(match.start() < end and start < match.end() for start, end in taken):
                continue
            groups = match.groupdict()
            month_text = groups["month"].lower()
            month = int(month_text) if month_text.isdigit() else MONTHS[month_text]
            day = int(groups["day"]) if groups.get("day") else None
            year = int(groups["year"]) if groups.get("year") else None
            if month_text == "may" and day is None and year is None:
                continue  # the verb "may"
            try:
                dt.date(year or 2000, month, day or 1)
            except ValueError:
                continue
            weekday = WEEKDAYS.get((groups.get("weekday") or "").lower())
            taken.append((match.start(), match.end()))
            found.append(DateMention(start=match.start(), end=match.end(), text=match.group(0), year=year, month=month,
                                     day=day, weekday=weekday))
    return sorted(found, key=lambda d: d.start)


def find_dates(text: str) -> list[str]:
    """The normalised values of the dates with a year in a text, in order."""
    return [d.value for d in find_date_mentions(text) if d.value]


# --- Calendar arithmetic for TIMEX3 values (used by extract/timex and timeline) ---------------------------------
#
# A TIMEX3 date value names a stretch of the calendar: "2022" a year, "2022-01" a month, "2022-W02" an ISO week,
# "2022-W02-WE" its weekend, "2022-Q1" a quarter, "2022-H1" a half, "2022-SP" a season, "199" a decade, "19" a
# century, "2022-01-07T14:30" a moment of a day. ``timex_range`` turns any of them into the first and last day it
# covers, so that two values of different granularity can be compared ("2022-01" contains "2022-01-07").

TIMEX_DATE = re.compile(
    r"^(?P<year>\d{4})(?:-(?:(?P<month>\d{2})(?:-(?P<day>\d{2})(?P<time>T.*)?)?|W(?P<week>\d{2})(?P<weekend>-WE)?"
    r"|Q(?P<quarter>[1-4])|H(?P<half>[12])|(?P<season>SP|SU|FA|WI)))?$"
)
TIMEX_DECADE = re.compile(r"^(?P<decade>\d{3})$")
TIMEX_CENTURY = re.compile(r"^(?P<century>\d{2})$")
#: first and last month of each season (northern hemisphere; winter starts in December of the named year)
SEASON_MONTHS = {"SP": (3, 5), "SU": (6, 8), "FA": (9, 11), "WI": (12, 14)}


def iso_week(day: dt.date) -> str:
    """The ISO week a day falls in, as a TIMEX3 value: 2022-01-12 -> "2022-W02"."""
    year, week, _ = day.isocalendar()
    return f"{year:04d}-W{week:02d}"


def shift_months(day: dt.date, months: int) -> dt.date:
    """The same day ``months`` months later (earlier if negative), clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    month += 1
    last = (dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)).day
    return dt.date(year, month, min(day.day, last))


def weekday_near(day: dt.date, weekday: int, direction: int) -> dt.date:
    """The ``weekday`` (0 = Monday) on or before ``day`` (direction -1) or on or after it (direction +1)."""
    if direction < 0:
        return day - dt.timedelta(days=(day.weekday() - weekday) % 7)
    return day + dt.timedelta(days=(weekday - day.weekday()) % 7)


def _month_end(year: int, month: int) -> dt.date:
    year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
    return shift_months(dt.date(year, month, 1), 1) - dt.timedelta(days=1)


def timex_range(value: str | None) -> tuple[dt.date, dt.date] | None:
    """The first and last day a TIMEX3 date value covers; None for durations, sets, "PAST_REF" or unparsable values."""
    if not value:
        return None
    try:
        match = TIMEX_DATE.match(value)
        if match:
            parts = match.groupdict()
            year = int(parts["year"])
            if parts["day"]:
                day = dt.date(year, int(parts["month"]), int(parts["day"]))
                return day, day
            if parts["month"]:
                month = int(parts["month"])
                return dt.date(year, month, 1), _month_end(year, month)
            if parts["week"]:
                monday = dt.date.fromisocalendar(year, int(parts["week"]), 1)
                if parts["weekend"]:
                    return monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
                return monday, monday + dt.timedelta(days=6)
            if parts["quarter"]:
                first = 3 * int(parts["quarter"]) - 2
                return dt.date(year, first, 1), _month_end(year, first + 2)
            if parts["half"]:
                first = 6 * int(parts["half"]) - 5
                return dt.date(year, first, 1), _month_end(year, first + 5)
            if parts["season"]:
                first, last = SEASON_MONTHS[parts["season"]]
                return dt.date(year, first, 1), _month_end(year, last)
            return dt.date(year, 1, 1), dt.date(year, 12, 31)
        match = TIMEX_DECADE.match(value)
        if match:
            start = int(match["decade"]) * 10
            return dt.date(max(start, 1), 1, 1), dt.date(start + 9, 12, 31)
        match = TIMEX_CENTURY.match(value)
        if match:
            start = int(match["century"]) * 100
            return dt.date(max(start, 1), 1, 1), dt.date(start + 99, 12, 31)
    except ValueError:
        return None
    return None


def timex_granularity(value: str | None) -> str | None:
    """The granularity a TIMEX3 value is written at: "day", "week", "month", "quarter", "half", "season", "year",
    "decade", "century", "time" (a moment of a day), "duration" (P...), or None."""
    if not value:
        return None
    if re.match(r"^PT?[\dX.]", value):
        return "duration"
    match = TIMEX_DATE.match(value)
    if match:
        parts = match.groupdict()
        for name in ("time", "day", "month", "week", "quarter", "half", "season"):
            if parts[name]:
                return name
        return "year"
    if TIMEX_DECADE.match(value):
        return "decade"
    if TIMEX_CENTURY.match(value):
        return "century"
    return None
