"""Publication date from internal evidence, when no header or metadata states it.

The evidence, strongest first:

1. "As of <full date>" — the text says when it stands: that day.
2. The latest full date the body reports as past (not "will", "scheduled",
   "until", "next"…). An article is written on or after the latest event it
   reports, usually within days: day granularity when a weekday written beside
   that date agrees with the calendar, or the text says "today"/"on <that
   weekday>"; month granularity otherwise. A written weekday that disagrees
   with the calendar voids that date.
   A weekday named after that date in the text ("on Sunday, June 25 … on
   Tuesday") moves the day forward to that weekday (within six days).
3. "last month's <event>" / "last year's <event>" where the body dates the
   event ("the floods in November 2023") — the month (or year) after it; and
   "earlier this month" confirms the month of the latest date.

No evidence: None. A wrong date is worse than an honest null, so every rule
can only narrow down to what the text supports.
"""

from __future__ import annotations

import datetime as dt
import re

from ..dates import WEEKDAYS, DateMention, find_date_mentions

AS_OF = re.compile(r"\bas (?:of|at)\s+$", re.IGNORECASE)
FUTURE = re.compile(
    r"\b(?:will|would|shall|scheduled|due|next|until|till|expected|plans?|planned|set to|deadline|by the end of|before"
    r"|postponed to|adjourned (?:until|to)|starting|from)\b[^.!?]{0,60}$",
    re.IGNORECASE,
)
TODAY = re.compile(r"\b(?:today|this morning|this afternoon|this evening|tonight|earlier today)\b", re.IGNORECASE)
WEEKDAY_WORD = re.compile(r"\b(?:on|last|this|late|early)\s+(?P<day>" + "|".join(w for w in WEEKDAYS if len(w) > 4) + r")\b",
                          re.IGNORECASE)
LAST_PERIOD = re.compile(r"\blast (?P<unit>month|year)['’]s\s+(?P<noun>[a-z]+)", re.IGNORECASE)
EARLIER_THIS_MONTH = re.compile(r"\b(?:earlier|later|late|early) this month\b|\bthis month['’]s\b", re.IGNORECASE)


def infer_published(text: str) -> str | None:
    """"YYYY-MM-DD" or "YYYY-MM" from the body's own evidence, or None."""
    mentions = _resolved(find_date_mentions(text))
    for mention in mentions:
        if mention.day and mention.year and AS_OF.search(text[max(0, mention.start - 12):mention.start]):
            return mention.value

    past_days = [m for m in mentions if m.day and m.year and not _future(text, m) and _weekday_agrees(m)]
    latest_day = max(past_days, key=lambda m: m.as_date(), default=None)
    month_floor = _anchored_period(text, mentions)

    if latest_day is not None:
        date = latest_day.as_date()
        assert date is not None
        if month_floor and month_floor > date.strftime("%Y-%m"):
            return month_floor  # "last month's floods" places the article after the latest dated day
        if later := _weekday_after(text, latest_day, date):
            return later.isoformat()
        if latest_day.weekday is not None or _recent_marker(text, date):
            return date.isoformat()
        return date.strftime("%Y-%m")
    if month_floor:
        return month_floor
    months = [m for m in mentions if m.year and not m.day and not _future(text, m)]
    if months and EARLIER_THIS_MONTH.search(text):
        latest = max(months, key=lambda m: (m.year, m.month))
        return f"{latest.year:04d}-{latest.month:02d}"
    return None


def _resolved(mentions: list[DateMention]) -> list[DateMention]:
    """Give yearless dates ("January 5") the year of the nearest dated mention before them, if any."""
    out: list[DateMention] = []
    year: int | None = None
    for mention in mentions:
        if mention.year is not None:
            year = mention.year
            out.append(mention)
        elif year is not None:
            out.append(DateMention(start=mention.start, end=mention.end, text=mention.text, year=year,
                                   month=mention.month, day=mention.day, weekday=mention.weekday))
    return out


def _future(text: str, mention: DateMention) -> bool:
    return _future_at(text, mention.start)


def _future_at(text: str, position: int) -> bool:
    """The sentence before ``position`` speaks of the future ("will meet … on Tuesday", "scheduled for")."""
    sentence_start = max(text.rfind(".", 0, position), text.rfind("\n", 0, position)) + 1
    return bool(FUTURE.search(text[sentence_start:position]))


def _weekday_agrees(mention: DateMention) -> bool:
    date = mention.as_date()
    return date is not None and (mention.weekday is None or date.weekday() == mention.weekday)


def _recent_marker(text: str, date: dt.date) -> bool:
    """The text says "today", or names the weekday of ``date`` ("on Tuesday")."""
    if TODAY.search(text):
        return True
    return any(WEEKDAYS[m.group("day").lower()] == date.weekday() for m in WEEKDAY_WORD.finditer(text))


def _weekday_after(text: str, mention: DateMention, date: dt.date) -> dt.date | None:
    """"the attack on Sunday, June 25 … the governor, visiting on Tuesday": a weekday named after the dated
    anchor, with no other date between, is the next such day (within six days) — the latest one named."""
    later: dt.date | None = None
    for match in WEEKDAY_WORD.finditer(text, mention.end):
        if _future_at(text, match.start()):
            continue
        offset = (WEEKDAYS[match.group("day").lower()] - date.weekday()) % 7
        if offset and (later is None or date + dt.timedelta(days=offset) > later):
            later = date + dt.timedelta(days=offset)
    return later


def _anchored_period(text: str, mentions: list[DateMention]) -> str | None:
    """"last month's floods" with "the floods in November 2023" dated in the text -> "2023-12"."""
    for match in LAST_PERIOD.finditer(text):
        noun = match.group("noun").lower().rstrip("s")
        for mention in mentions:
            if mention.year is None:
                continue
            window = text[max(0, mention.start - 80):mention.end + 80].lower()
            if noun in window and abs(mention.start - match.start()) > 0:
                if match.group("unit").lower() == "year":
                    return f"{mention.year + 1:04d}"
                month = mention.month % 12 + 1
                year = mention.year + (1 if mention.month == 12 else 0)
                return f"{year:04d}-{month:02d}"
    return None
