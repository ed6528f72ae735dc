"""Words at the end of a sentence that cover every figure of verb phrases joined by "and" under one subject.

"Security forces have killed at least 64 protesters and detained more than 2,300 since the demonstrations began,
figures the government calls 'grossly exaggerated'": the period window and the contest after the last figure are said
of both (blind-8 decision 13 for the contest; decision 10's period windows). The parse hangs them on the last verb
only, so they are shared here: a window ("since …", "over the past 24 hours", "in the past two weeks"), not a short
period of the same day, and a contest set off by a comma ("…, a claim that could not be independently verified").
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Claim
from .scope import Parts, merge

#: a period window, which a short period of the day ("overnight", "on Monday") is not
WINDOW = re.compile(r"^\s*(?:since|over the (?:past|last)|in the (?:past|last)|during the (?:past|last)|within|"
                    r"so far this|throughout)\b", re.IGNORECASE)
#: what joins two verb phrases with figures: "… 64 protesters and detained more than …"
JOINED = re.compile(r"^[^,;:.]*?\band\s+(?:[a-z]+ly\s+)?(?:have\s+|has\s+|had\s+)?[a-z]+(?:ed|en|t)\b[^,;:.]*$", re.IGNORECASE)
#: a contest set off by a comma after the last figure, said of the figures before it
CONTEST = re.compile(r",\s+(?:(?:a|the|both|these|those|all)\s+)?(?:claims?|figures?|numbers?|tolls?|counts?|tallies|"
                     r"estimates?)\b[^;]*?\b(?:could not|cannot|can ?not|couldn't|has not been|have not been)\s+(?:be\s+)?"
                     r"(?:independently\s+)?(?:verified|confirmed)|,\s+(?:(?:a|the|both|these|those)\s+)?(?:claims?|figures?|"
                     r"numbers?|tolls?|counts?|tallies|estimates?)\s+(?:that\s+|which\s+)?(?:the\s+)?[\w\s'’-]{0,40}?"
                     r"\b(?:calls?|called|dismissed|dismisses|rejects?|rejected|disputes?|disputed|denies|denied|branded|"
                     r"brands)\b", re.IGNORECASE)


def share_trailing(claims: list[Claim], scopes: dict[str, Parts], doc_text: str, offset: int) -> list[Claim]:
    """The claims, with the window and the contest after the last of figures in joined verb phrases given to the
    earlier ones too (``scopes`` is changed in place)."""
    out = list(claims)
    for index in range(len(out) - 1, 0, -1):
        last, earlier = out[index], out[index - 1]
        between = doc_text[earlier.end - offset:last.start - offset]
        if not JOINED.match(between) or (earlier.source or "") != (last.source or ""):
            continue
        period = scopes[last.id].period
        if period and WINDOW.match(period) and not scopes[earlier.id].period:
            scopes[earlier.id] = merge(scopes[earlier.id], Parts(period=period))
        tail = doc_text[last.end - offset:]
        tail = tail[:min((k for k in (tail.find(". "), tail.find(";"), len(tail)) if k >= 0))]
        if last.status == "disputed" and earlier.status in ("reported", "asserted") and CONTEST.search(tail):
            out[index - 1] = replace(earlier, status="disputed")
    return out
