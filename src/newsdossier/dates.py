"""Calendar dates as the export writes them: "YYYY-MM-DD", "YYYY-MM" or "YYYY".

``normalize_date`` keeps only the parts a date string really states: a parse
with two different defaults shows which parts came from the string and which
from the default, so "January 2025" stays "2025-01" instead of gaining a day.
"""

from __future__ import annotations

import datetime as dt
import re

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
