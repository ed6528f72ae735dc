"""Prison terms written in two units: "seven years and six months" (7.5), "6 years 6 months" (6.5, translated), and
ranges across units: "between 18 months and four years" (1.5 to 4), "from 18 months to three years".

The number search reads each number on its own, so the parts come in as two figures; a term is one figure in years
(guideline decision 6), so they are joined here into one claim with one span.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Claim
from ..numbers import value

NUMBER = r"(?:\d+(?:[.,]\d+)?|[a-z]+(?:[ -][a-z]+)?)"
#: years then months of one term: "seven years and six months", "6 years 6 months", "two years, three months"
YEARS_MONTHS = re.compile(rf"\s*(?:-\s*)?years?(?:\s*,)?\s+(?:and\s+)?(?P<months>{NUMBER})\s+months?\b", re.IGNORECASE)
#: a range whose ends are in different units: "between 18 months and four years", "from 18 months to four years"
UNIT_RANGE = re.compile(rf"(?P<open>\b(?:between|from)\s+)?(?P<low>{NUMBER})\s+(?P<lowunit>months?|years?)\s+"
                        rf"(?P<joint>and|to)\s+(?P<high>{NUMBER})\s+(?P<highunit>months?|years?)\b", re.IGNORECASE)
#: what before a range of terms says it is one ("jailed for between …", "terms of …", "sentenced to …")
TERM_BEFORE = re.compile(r"\b(?:terms?|sentences?|sentenced|jailed|imprisoned|received|given|got|faces?|facing|serve|"
                         r"serving|handed|ranging|of)\s+$", re.IGNORECASE)


def _years(number: str, unit: str) -> float | None:
    found = value(number.replace(",", "."))
    if found is None:
        return None
    return found / 12 if unit.lower().startswith("month") else found


def join_terms(claims: list[Claim], text: str, offset: int) -> list[Claim]:
    """The sentence's claims with terms written in two units joined: ``text`` is the paragraph's text and ``offset``
    its place in the article (claim offsets index the article)."""
    out = list(claims)
    drop: set[str] = set()
    for index, claim in enumerate(out):
        if claim.measure != "sentence" or claim.id in drop or claim.value_low is None:
            continue
        start, end = claim.start - offset, claim.end - offset
        tail = YEARS_MONTHS.match(text, end) if not re.search(r"months?\s*$", text[start:end], re.I) else None
        if tail is None and re.search(r"years?\s*$", text[start:end], re.I):
            tail = re.compile(rf"(?:\s*,)?\s+(?:and\s+)?(?P<months>{NUMBER})\s+months?\b", re.I).match(text, end)
        if tail is not None:
            months = value(tail.group("months"))
            if months is not None and 0 < months < 12 and claim.value_low == claim.value_high:
                years = claim.value_low + months / 12
                out[index] = replace(claim, value_low=round(years, 4), value_high=round(years, 4),
                                     end=offset + tail.end(), text=text[start:tail.end()])
                drop.update(c.id for c in out if c.id != claim.id and start <= c.start - offset < tail.end())
            continue
        for match in UNIT_RANGE.finditer(text, max(0, start - 12), min(len(text), end + 60)):
            if not match.start("low") <= start < match.end("low") + 8 or match.group("lowunit").lower()[0] \
                    == match.group("highunit").lower()[0]:
                continue  # only ranges across units; "between three and four years" is read as a range already
            if not match.group("open") and not TERM_BEFORE.search(text[:match.start()]):
                continue
            low, high = _years(match.group("low"), match.group("lowunit")), _years(match.group("high"),
                                                                                 match.group("highunit"))
            if low is None or high is None or low >= high:
                continue
            begin = match.start()
            out[index] = replace(claim, value_low=round(low, 4), value_high=round(high, 4), qualifier="range",
                                 start=offset + begin, end=offset + match.end(), text=text[begin:match.end()])
            drop.update(c.id for c in out if c.id != claim.id and begin <= c.start - offset < match.end())
            break
    return [c for c in out if c.id not in drop]
