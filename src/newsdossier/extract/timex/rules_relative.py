"""Rules for relative expressions, durations, clock times, frequencies and vague references.

Each rule takes a regular-expression match and the whole text (for a look at the
words around it) and returns a ``Parse``, or None to reject a lookalike.
"""

from __future__ import annotations

import re

from ...dates import WEEKDAYS
from .parse import NUMBER_WORDS, Parse, duration_value, number_value, unit_of
from .words import AGE_AFTER, NAMED_DAY_BEFORE, PARTS_OF_DAY, UNIT, before_text, capitalised


def read_weekday(match: re.Match[str], text: str) -> Parse | None:
    word = match["wd"]
    if not capitalised(word) or NAMED_DAY_BEFORE.search(before_text(text, match.start(), 12)):
        return None  # "monday" is no weekday name; "Black Monday" is the name of a day, not a date
    weekday = WEEKDAYS[word.lower()]
    part = PARTS_OF_DAY.get((match["part"] or "").lower())
    rel = (match["rel"] or "").lower()
    if match["plural"]:
        if rel:
            return None
        return Parse(kind="set", value=f"XXXX-WXX-{weekday + 1}", type="SET")
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}.get(rel)
    return Parse(kind="weekday", weekday=weekday, offset=offset, part=part, type="TIME" if part else "DATE")


RELATIVE_DAYS = {"today": 0, "tonight": 0, "yesterday": -1, "tomorrow": 1}


def read_relative_day(match: re.Match[str], text: str) -> Parse:
    word = match["word"].lower()
    part = PARTS_OF_DAY.get((match["part"] or "").lower()) or ("NI" if word == "tonight" else None)
    return Parse(kind="relative", unit="day", offset=RELATIVE_DAYS[word], relative_to="anchor", part=part,
                 type="TIME" if part else "DATE")


def read_two_days(match: re.Match[str], text: str) -> Parse:
    return Parse(kind="relative", unit="day", offset=-2 if match["dir"].lower() == "before" else 2,
                 relative_to="anchor")


def read_part_of_day(match: re.Match[str], text: str) -> Parse | None:
    det = match["det"].lower()
    part = PARTS_OF_DAY[match["part"].lower()]
    if det == "this":
        return Parse(kind="relative", unit="day", offset=0, relative_to="anchor", part=part, type="TIME")
    if det == "last":
        if part != "NI":
            return None  # "last evening" is rare; "last morning" of a series is no date
        return Parse(kind="relative", unit="day", offset=-1, relative_to="anchor", part=part, type="TIME")
    if det in ("that", "the same", "the following", "the next", "the previous"):
        offset = {"the following": 1, "the next": 1, "the previous": -1}.get(det, 0)
        return Parse(kind="relative", unit="day", offset=offset, relative_to="reference", part=part, type="TIME")
    # "the night": only after a preposition that makes it a time ("during the night", "early hours of the morning")
    if not re.search(r"\b(?:in|during|through|overnight|over|of|into)\s+$", before_text(text, match.start()), re.I):
        return None
    return Parse(kind="relative", unit="day", offset=0, relative_to="reference", part=part, type="TIME")


def read_relative_unit(match: re.Match[str], text: str) -> Parse | None:
    rel = re.sub(r"\s+", " ", match["rel"].lower())
    unit = match["unit"].lower()
    if rel in ("this", "current", "the current", "earlier this", "later this", "early this", "late this"):
        if unit == "day":
            return None
        return Parse(kind="relative", unit=unit, offset=0, relative_to="anchor")
    if rel in ("earlier in the", "later in the", "early in the", "late in the"):
        return Parse(kind="relative", unit=unit, offset=0, relative_to="reference" if unit == "day" else "anchor")
    if rel in ("last", "past", "previous"):
        if unit == "day":
            return None
        return Parse(kind="relative", unit=unit, offset=-1, relative_to="anchor")
    if rel in ("next", "coming"):
        if unit == "day":
            return None
        return Parse(kind="relative", unit=unit, offset=1, relative_to="anchor")
    if rel in ("the previous", "the prior"):
        return Parse(kind="relative", unit=unit, offset=-1, relative_to="reference")
    if rel in ("the following", "the next"):
        return Parse(kind="relative", unit=unit, offset=1, relative_to="reference")
    if rel == "the coming":
        return Parse(kind="relative", unit=unit, offset=1, relative_to="anchor")
    if rel == "the last" and unit in ("quarter", "year", "month"):
        return Parse(kind="relative", unit=unit, offset=-1, relative_to="anchor")  # "profits rose in the last quarter"
    if rel in ("the past", "the last"):
        if unit in ("day", "weekend"):
            return None
        if unit == "week" and re.match(r"\s+of\b", text[match.end():]):
            return None  # "the last week of March": the grammar does not read it; better nothing than a wrong P1W
        return Parse(kind="duration", value=duration_value(1, unit_of(unit) or unit), type="DURATION")
    return None


def read_day_reference(match: re.Match[str], text: str) -> Parse | None:
    det = match["det"].lower()
    if det == "the" and not re.search(r"\b(?:on|for|of|during|throughout|over|that|end|ends|ended|ending|finish"
                                      r"|finished|finishing|close|closed|closing|start|started|starting)\s+$",
                                      before_text(text, match.start()), re.I):
        return None
    if det == "the" and re.match(r"\s+(?:when|that|after|before|of)\b", text[match.end():], re.I):
        return None  # "the day the protests began": the clause names it, the words alone do not
    return Parse(kind="relative", unit="day", offset=0, relative_to="reference")


def read_this_period(match: re.Match[str], text: str) -> Parse | None:
    """"the end of the year", "profits for the year", "during the month": the anchor's year, month or week."""
    if not re.search(r"\b(?:of|for|during|throughout|over)\s+$", before_text(text, match.start(), 15), re.I):
        return None
    return Parse(kind="relative", unit=match["unit"].lower(), offset=0, relative_to="anchor")


def read_running_period(match: re.Match[str], text: str) -> Parse:
    """"for a third straight day", "the seventh consecutive session": the day (or week) being reported."""
    unit = "week" if match["unit"].lower() == "week" else "day"
    return Parse(kind="relative", unit=unit, offset=0, relative_to="anchor")


def read_shift(match: re.Match[str], text: str) -> Parse | None:
    unit = unit_of(match["unit"])
    if unit is None or unit in ("weekend",):
        return None
    signal = match["dir"].lower()
    if match["the"] and (match["unit"].lower() != "day" or signal in ("ago", "from now", "hence", "on")):
        return None  # only "the day before/after" reads without a number
    if signal == "on" and not re.match(r"\s*[,.;]", text[match.end():]):
        return None  # "a year on," (British "later"), not "two days on the road"
    amount = number_value(match["num"]) if match["num"] else 1.0
    sign = -1 if signal in ("ago", "earlier", "before", "prior") else 1
    relative_to = "anchor" if signal in ("ago", "from now", "hence") else "object"
    timed = unit in ("second", "minute", "hour")
    return Parse(kind="shift", unit=unit, amount=amount, offset=sign, relative_to=relative_to,
                 type="TIME" if timed else "DATE")


def read_duration(match: re.Match[str], text: str) -> Parse | None:
    unit = unit_of(match["unit"])
    if unit is None:
        return None
    if AGE_AFTER.match(text[match.end():]):
        return None  # "a 29-year-old", "29 years old": an age
    number = match["num"]
    if re.fullmatch(r"an?", number.strip(), re.IGNORECASE) and not match["det"]:
        before = before_text(text, match.start(), 30)
        if re.search(r"(?:\d|\b(?:million|billion|bn|m|thousand|percent|once|twice|times|dollars|euros))\W*$",
                     before, re.I) and unit in ("day", "week", "month", "year", "hour"):
            return Parse(kind="set", value=duration_value(1, unit), type="SET")
        if unit in ("second", "minute"):
            return None  # "a minute's silence", "a second time"
    if unit == "weekend" or (unit in ("quarter", "half") and re.match(r"\s+of\b", text[match.end():], re.I)):
        return None  # "a quarter of the dealers": a fraction
    amount = number_value(number)
    return Parse(kind="duration", value=duration_value(amount, unit), type="DURATION")


def read_vague_plural(match: re.Match[str], text: str) -> Parse | None:
    unit = unit_of(match["unit"])
    before = before_text(text, match.start(), 20)
    after = text[match.end():match.end() + 12]
    if match["recent"]:
        return Parse(kind="duration", value=duration_value(None, unit), type="DURATION")
    if re.match(r"\s+(?:later|earlier|ago)\b", after, re.I):
        return None  # the shift pattern reads these
    if not re.search(r"\b(?:for|within|over|in|after|lasting|took|takes|spent|spend)\s+$", before, re.I):
        return None
    if unit in ("day", "week", "month") and re.search(r"\bin\s+$", before, re.I):
        return None  # "in days" is rare and "in weeks" often "in weeks of talks"
    return Parse(kind="duration", value=duration_value(None, unit), type="DURATION")


def read_clock(match: re.Match[str], text: str) -> Parse | None:
    groups = match.groupdict()
    zone = groups.get("zone1") or groups.get("zone2")
    offset = groups.get("off1") or groups.get("off2")
    if groups.get("word"):
        word = groups["word"].lower()
        hour, minute = (24, 0) if word == "midnight" else (12, 0)
    elif groups.get("hm"):
        hour, minute = int(groups["hm"]), int(groups["mm"])
        if not (zone or groups.get("h24")):
            return None
    else:
        hour, minute = int(groups["h"]), int(groups.get("m") or 0)  # "at 3 o'clock" has no minutes group
        meridiem = (groups.get("ap") or "").lower()
        if meridiem:
            if not 1 <= hour <= 12:
                return None
            if meridiem == "p" and hour != 12:
                hour += 12
            elif meridiem == "a" and hour == 12:
                hour = 0
        elif groups.get("oclock"):
            pass
        elif groups.get("m") is None:
            return None
    if zone and offset:
        zone = zone + re.sub(r"\s+", "", offset)
    return Parse(kind="clock", clock=(hour, minute), zone=zone, type="TIME")


def read_set(match: re.Match[str], text: str) -> Parse | None:
    groups = match.groupdict()
    if groups.get("adverb"):
        word = groups["adverb"].lower()
        unit = {"daily": "day", "nightly": "day", "weekly": "week", "monthly": "month", "annually": "year",
                "annual": "year", "yearly": "year", "hourly": "hour", "quarterly": "quarter",
                "biannually": "half"}[word]
        if word == "daily" and re.match(r"\s+[a-z]", text[match.end():]):
            return None  # "a daily newspaper": an adjective, not a frequency
        if groups["adverb"][0].isupper() and re.match(r"\s+[A-Z]", text[match.end():]):
            return None  # "Daily Mail", "Weekly Standard": a name
        if unit == "half":
            return Parse(kind="set", value="P6M", type="SET")
        return Parse(kind="set", value=duration_value(1, unit), type="SET")
    word = groups["unit"].lower()
    if word in WEEKDAYS:
        if not capitalised(groups["unit"]):
            return None
        return Parse(kind="set", value=f"XXXX-WXX-{WEEKDAYS[word] + 1}", type="SET")
    if word in PARTS_OF_DAY:
        return Parse(kind="set", value=f"T{PARTS_OF_DAY[word]}", type="SET")
    unit = unit_of(word)
    if unit is None or unit == "weekend":
        return None
    amount = number_value(groups["num"]) if groups.get("num") else 1
    if groups.get("other"):
        amount = 2
    return Parse(kind="set", value=duration_value(amount, unit), type="SET")


REFERENCES = {
    "nowadays": "PRESENT_REF", "at present": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "right now": "PRESENT_REF", "for now": "PRESENT_REF", "until now": "PRESENT_REF",
    "by now": "PRESENT_REF", "as of now": "PRESENT_REF", "at the very moment": "PRESENT_REF",
    "recently": "PAST_REF", "lately": "PAST_REF", "the past": "PAST_REF", "the future": "FUTURE_REF",
}


def read_reference(match: re.Match[str], text: str) -> Parse | None:
    word = re.sub(r"\s+", " ", match.group(0).lower())
    if word in ("the past", "the future") and not re.search(r"\b(?:in|into|for|near|distant|recent)\s+$",
                                                             before_text(text, match.start(), 12), re.I):
        return None
    if word == "the past" and re.match(r"\s+(?:" + UNIT + r"|few|several|\d|" + "|".join(NUMBER_WORDS) + r")\b",
                                       text[match.end():], re.I):
        return None
    return Parse(kind="ref", value=REFERENCES[word], type="DATE")
