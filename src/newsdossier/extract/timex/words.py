"""The vocabulary the grammar reads: month and weekday words, numbers, units, zones, and guards against lookalikes.

Regular-expression pieces (``NUM``, ``UNIT``...) are shared by the patterns in
``grammar.py`` and the rules that build parses from their matches.
"""

from __future__ import annotations

import re

from .parse import NUMBER_WORDS, VAGUE_NUMBERS

FULL_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
FULL_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
               "november", "december")
PARTS_OF_DAY = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI", "overnight": "NI"}
#: words after which a bare month name ("May", "March") is a month and not a verb or a name
MONTH_CONTEXT = re.compile(r"(?:\b(?:in|since|until|till|by|of|from|through|to|during|before|after|early|late|mid|"
                           r"between|and|or|last|next|this|for|on|around|about|until|the|that|each|every)|[,(–-])\s*$",
                           re.IGNORECASE)
NUM = (r"(?:\d+(?:\.\d+)?|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four"
       r"|five|six|seven|eight|nine))?|(?:" + "|".join(re.escape(w) for w in NUMBER_WORDS if w not in ("half", "a half"))
       + r"))(?:(?:\s+and)?\s+a\s+half|-and-a-half)?")
#: adjectives that may stand between a number and its unit ("six straight days", "five trading days")
UNIT_ADJECTIVE = (r"(?:(?:straight|consecutive|successive|full|more|further|additional|trading|business|working"
                  r"|calendar)\s+)?")
VAGUE = "|".join(re.escape(w) for w in sorted(VAGUE_NUMBERS, key=len, reverse=True))
UNIT = (r"(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|nights?|weeks?|fortnights?|weekends?|months?"
        r"|quarters?|seasons?|years?|yrs?|decades?|centuries|century)")
MONTH_WORD = ("(?:" + "|".join(FULL_MONTHS) + r"|jan\.|feb\.|mar\.|apr\.|jun\.|jul\.|aug\.|sept?\.|oct\.|nov\.|dec\.)")
WEEKDAY_WORD = "(?:" + "|".join(FULL_WEEKDAYS) + ")"
ZONE_NAMES = (r"UTC|GMT|Z|ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|BST|CET|CEST|EET|EEST|IST|AEST|AEDT|JST|MSK"
               r"|local time|Greek time")
ZONE = (rf"(?:\s*\(\s*(?P<zone1>{ZONE_NAMES})(?:\s*(?P<off1>[+-]\s*\d{{1,2}}(?::?\d{{2}})?))?\s*\)"
         rf"|\s*(?P<zone2>{ZONE_NAMES})(?:\s*(?P<off2>[+-]\s*\d{{1,2}}(?::?\d{{2}})?))?)?")
AGE_AFTER = re.compile(r"^[\s-]*olds?\b", re.IGNORECASE)
MEASURE_AFTER = re.compile(r"^\s*(?:%|percent|per cent|people|persons|employees|workers|jobs|troops|soldiers|cars"
                           r"|vehicles|units|shares|points|feet|metres|meters|km|miles|tonnes|tons|dollars|euros"
                           r"|pounds|yen|barrels|acres|hectares|votes|seats|homes|houses|users|customers)\b",
                           re.IGNORECASE)
NOT_YEAR_BEFORE = re.compile(r"(?:\b(?:flight|route|no\.?|number|model|room|page|highway|interstate|gate|bus|train"
                             r"|platform|channel|windows|office|version|code|ref|article|resolution|paragraph|section)"
                             r"|[$€£¥#])\s*$", re.IGNORECASE)


def capitalised(word: str) -> bool:
    """A name of a month or weekday is written "May" or "MAY", never "may"."""
    return word[:1].isupper()


def before_text(text: str, start: int, size: int = 40) -> str:
    return text[max(0, start - size):start]
#: a capitalised word before a month or weekday that makes the pair a name ("Black January", "Bloody Sunday")
NAMED_DAY_BEFORE = re.compile(r"\b(?:Black|Bloody|Super|Good|Holy|Ash|Easter|Maundy|Cyber|Red|White|Blue|Great|Manic)"
                              r"\s+$")
