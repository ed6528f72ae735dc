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
