"""Rules for calendar expressions: years, decades, centuries, quarters, halves, seasons, months, holidays.

Each rule takes a regular-expression match and the whole text and returns a
``Parse``, or None to reject a lookalike ("the fall of the regime", "Flight 2009").
"""

from __future__ import annotations

import re

from ...dates import MONTHS
from .parse import Parse
from .words import MEASURE_AFTER, MONTH_CONTEXT, NAMED_DAY_BEFORE, NOT_YEAR_BEFORE, before_text, capitalised


def read_year(match: re.Match[str], text: str) -> Parse | None:
    if NOT_YEAR_BEFORE.search(before_text(text, match.start(), 20)) or MEASURE_AFTER.match(text[match.end():]):
        return None
    return Parse(kind="date", year=int(match["year"]))


def read_two_digit_year(match: re.Match[str], text: str) -> Parse | None:
    before = before_text(text, match.start(), 12)
    if not re.search(r"(?:\b(?:in|since|of|from|until|by|the|class|summer|winter|spring|autumn|fall)\s*|^\s*)$",
                     before, re.I):
        return None
    short = int(match["yy"])
    return Parse(kind="date", year=(2000 if short <= 30 else 1900) + short)


def read_numeric_date(match: re.Match[str], text: str) -> Parse | None:
    if text[match.start() - 1:match.start()] in "/-" and match.start() > 0:
        return None
    if text[match.end():match.end() + 1] in ("/", "-"):
        return None
    if match["ymd"]:
        year, month, day = int(match["y1"]), int(match["m1"]), int(match["d1"])
    else:
        first, second, year = int(match["a"]), int(match["b"]), int(match["y2"])
        if year < 100:
            year += 2000 if year <= 30 else 1900
        month, day = (first, second) if first <= 12 else (second, first)  # American order unless impossible
    if not (1 <= month <= 12 and 1 <= day <= 31 and 1900 <= year <= 2099):
        return None
    return Parse(kind="date", year=year, month=month, day=day)


def read_decade(match: re.Match[str], text: str) -> Parse | None:
    before = before_text(text, match.start(), 30)
    if re.search(r"\b(?:his|her|their|its|my|your|our|in (?:his|her|their))\s+(?:early|mid|late)?[\s-]*$", before, re.I):
        return None  # "in his 50s": an age
    if match["word"]:
        tens = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7,
                "eighties": 8, "nineties": 9}[match["word"].lower()]
        return Parse(kind="decade", value=f"19{tens}", type="DATE")
    if match["c"]:
        return Parse(kind="decade", value=f"{match['c']}{match['d']}")
    digit = match["d2"] or match["d3"]
    if match["d3"] and not match["the"]:
        return None  # a bare "90s" is as often a temperature or a score
    return Parse(kind="decade", value=f"19{digit}" if int(digit) >= 3 else f"20{digit}")


ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14,
            "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19,
            "twentieth": 20, "twenty-first": 21, "twenty first": 21, "final": 4, "last": 4, "1st": 1, "2nd": 2,
            "3rd": 3, "4th": 4}


def read_century(match: re.Match[str], text: str) -> Parse | None:
    word = match["n"].lower()
    number = ORDINALS.get(word) or (int(re.sub(r"\D", "", word)) if re.search(r"\d", word) else None)
    if not number:
        return None
    return Parse(kind="century", value=f"{number - 1:02d}")


def read_year_rule(words: str | None) -> tuple[int | None, int | None]:
    """"2009" -> (2009, None); "last year" -> (None, -1); "this year" / "the year" -> (None, 0)."""
    if not words:
        return None, None
    words = re.sub(r"\s+", " ", words.lower())
    found = re.search(r"(?:19|20)\d{2}", words)
    if found:
        return int(found.group(0)), None
    if re.search(r"\b(?:last|previous|prior)\b", words):
        return None, -1
    if re.search(r"\bnext\b", words):
        return None, 1
    return None, 0


def read_quarter(match: re.Match[str], text: str) -> Parse | None:
    if match["q"]:
        number, year, year_offset = int(match["q"]), (int(match["qy"]) if match["qy"] else None), None
        return Parse(kind="period", period=f"Q{number}", year=year)
    word = match["ord"].lower()
    unit = match["unit"].lower()
    size = 4 if unit.startswith("quarter") else 2
    number = ORDINALS.get(word)
    if number is None or number > size:
        return None
    year, year_offset = read_year_rule(match["of"])
    letter = "Q" if size == 4 else "H"
    if word == "last" and not match["of"]:
        if size == 2:
            return None
        return Parse(kind="relative", unit="quarter", offset=-1, relative_to="anchor")
    if word in ("final", "last"):
        number = size
    return Parse(kind="period", period=f"{letter}{number}", year=year, year_offset=year_offset)


SEASONS = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}


def read_season(match: re.Match[str], text: str) -> Parse | None:
    word = match["s"]
    rel = (match["rel"] or "").lower()
    before = before_text(text, match.start(), 25)
    after = text[match.end():match.end() + 20]
    if not rel and not match["y"]:
        if word[0].isupper() and re.search(r"[A-Z][a-z]+\s+$", before):
            return None  # "Arab Spring", "Prague Spring"
        if not re.search(r"\b(?:in|the|during|by|since|until|till|early|late|mid|through|over|last|this|next)[\s-]*$",
                         before, re.I):
            return None
        if word.lower() == "fall" and not re.search(r"\b(?:in|this|last|next|the|early|late|by|until)\s+$", before,
                                                    re.I):
            return None
        if re.match(r"\s+of\s+(?!(?:19|20)\d{2})", after, re.I):
            return None  # "the fall of the regime"
    year, year_offset = read_year_rule(match["y"] or match["oy"])
    offset = {"last": -1, "past": -1, "previous": -1, "next": 1, "coming": 1, "this": 0}.get(rel)
    if match["y"] or match["oy"]:
        offset = None
    return Parse(kind="period", period=SEASONS[word.lower()], year=year, year_offset=year_offset if (match["y"] or
                 match["oy"]) else None, offset=offset)


def read_month(match: re.Match[str], text: str) -> Parse | None:
    word = match["m"]
    if not capitalised(word) or NAMED_DAY_BEFORE.search(before_text(text, match.start(), 12)):
        return None  # "Black January": a name
    month = MONTHS[word.lower().rstrip(".")]
    rel = (match["rel"] or "").lower()
    if word.lower().rstrip(".") in ("may", "march") and not rel and not match["ry"]:
        if not MONTH_CONTEXT.search(before_text(text, match.start(), 20)):
            return None
        if re.match(r"\s+(?:be|have|not|also|still|well|need|face|lead|result|take|make|help|cause|affect|say)\b",
                    text[match.end():], re.I):
            return None  # "... and May said", "may be"
        if match.start() > 0 and re.search(r"(?:Theresa|Prime Minister|Mrs\.?|Ms\.?|Mr\.?)\s+$",
                                           before_text(text, match.start(), 20)):
            return None
    offset = {"last": -1, "past": -1, "next": 1, "coming": 1, "this": 0}.get(rel)
    _, year_offset = read_year_rule(match["ry"])
    return Parse(kind="month", month=month, offset=offset, year_offset=year_offset if match["ry"] else None)


def read_day_month(match: re.Match[str], text: str) -> Parse | None:
    """"4 November" when find_date_mentions read the digits after it as the day ("4 November 02:00 GMT"), and the
    day-month-year order with a two-digit year that ends a sentence or clause ("on 10 Nov 11." is 10 November 2011)."""
    if not capitalised(match["m"]) or not 1 <= int(match["day"]) <= 31:
        return None
    groups = match.groupdict()
    year = int(groups["y"]) if groups.get("y") else None
    if groups.get("yy"):
        year = int(groups["yy"]) + (2000 if int(groups["yy"]) < 50 else 1900)  # "10 Nov 11", "5 Jan 99"
    return Parse(kind="date", year=year, month=MONTHS[match["m"].lower().rstrip(".")], day=int(match["day"]))


def read_month_year(match: re.Match[str], text: str) -> Parse | None:
    if not capitalised(match["m"]):
        return None
    return Parse(kind="date", year=int(match["y"]), month=MONTHS[match["m"].lower().rstrip(".")])


HOLIDAYS = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24), "new year's day": (1, 1),
            "new year's eve": (12, 31), "halloween": (10, 31), "valentine's day": (2, 14)}


def read_holiday(match: re.Match[str], text: str) -> Parse | None:
    key = re.sub(r"\s+", " ", match["h"].lower().replace("’", "'"))
    month, day = HOLIDAYS[key]
    year = int(match["hy"]) if match["hy"] else None
    return Parse(kind="date", year=year, month=month, day=day)
