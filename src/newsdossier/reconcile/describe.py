"""How reconciliation words a claim, a date and a measure for a reader."""

from __future__ import annotations

import datetime as dt
import re

from ..records import Claim

#: statuses whose figure stands (neither hedged, disputed, retracted nor negated): what headlines and voices weigh
FIRM = frozenset({"asserted", "reported"})
#: statuses whose figure no longer stands at all: withdrawn, or denied by its own source
INACTIVE = frozenset({"retracted", "negated"})
#: measures of people harmed (deaths and injuries), which casualty rules and headlines read apart from other counts
HARMED = frozenset({"deaths", "injuries"})
#: extractor of implicit counts of one ("a man was shot": extract/victims.py)
INDIVIDUAL = "rules-victims"

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


def number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def value_words(qualifier: str, low: float | None, high: float | None) -> str:
    """"at least 230", "40–50", "about 200": a value as a reader would say it."""
    first = number(low if low is not None else high)
    return {
        "about": f"about {first}",
        "at_least": f"at least {first}",
        "more_than": f"more than {first}",
        "at_most": f"at most {number(high)}",
        "less_than": f"fewer than {number(high)}",
        "range": f"{number(low)}–{number(high)}",
        "vague": f"{number(low)}–{number(high)} (vague)",
    }.get(qualifier, first)


def short_date(value: str | None) -> str:
    """"2025-01-22" -> "22 Jan 2025", "2025-01" -> "Jan 2025"; anything else as it is."""
    if not value:
        return ""
    try:
        if len(value) == 10:
            day = dt.date.fromisoformat(value)
            return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"
        if len(value) == 7:
            return f"{MONTH_ABBR[int(value[5:7]) - 1]} {value[:4]}"
    except (ValueError, IndexError):
        pass
    return value


def implicit_one(claim: Claim) -> bool:
    """An implicit count of one: a person told of without a figure ("a man was shot", ``INDIVIDUAL``)."""
    return claim.extractor.startswith(INDIVIDUAL) and claim.value_low == 1.0


def is_zero_denial(claim: Claim) -> bool:
    """"No one was killed": a negated zero is a statement that the count is 0."""
    return claim.status == "negated" and claim.value_low == 0 and claim.value_high == 0


#: words of a zero that do not narrow what it counts ("no reported injuries" denies them all)
ZERO_WORDS = frozenset("no none not nobody one single any a an of the reported known confirmed immediate immediately "
                       "actual recorded".split())


def narrowed_zero(claim: Claim) -> bool:
    """A zero of part of what is counted: a word in the figure beside the counted noun narrows it ("no peaceful
    protesters", "no new arrests", "no hunting-related deaths", "no police officers" hurt). It denies that part, not the
    count: there were protesters, earlier arrests, other deaths."""
    if not is_zero_denial(claim):
        return False
    counted = set(re.findall(r"[a-z][\w-]*", (claim.counted or "").lower()))
    return any(w not in ZERO_WORDS and w not in counted for w in re.findall(r"[a-z][\w-]*", claim.text.lower()))


def value_of(claim: Claim) -> str:
    """The claim's value in words: "none" for a zero denial, else as ``value_words`` says it."""
    return "none" if is_zero_denial(claim) else value_words(claim.qualifier, claim.value_low, claim.value_high)


def describe(claim: Claim, voice: str | None = None) -> str:
    """A claim's value, who says it (its source, else the outlet when given), its status and date."""
    text = value_of(claim)
    who = claim.source or voice
    status = None if claim.status in ("asserted", "reported") or text == "none" else claim.status
    notes = [n for n in (who, status) if n]
    if notes:
        text += f" ({', '.join(notes)})"
    if claim.as_of:
        text += f" [{short_date(claim.as_of)}]"
    return text


def label(measure: str, scope: str | None, unit: str | None = None) -> str:
    text = measure.replace("_", " ").capitalize()
    if scope:
        text += f" ({scope})"
    if unit:
        text += f" [{unit}]"
    return text
