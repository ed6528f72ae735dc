"""Casualty figures joined to a person or a death told beside them (session 8; used by ``casualties``).

- ``with_others``: "Drive-by shooting wounded an 8-year-old, 2 others" is 3 hurt: the others are beside the person
  named just before them (``casualties.parts_added`` calls it after adding up listed parts).
- ``died_later``: "four victims wounded, two of them already dead" is lowered to 2 by its own sentence; when its
  article counts three dead in all (a third died later), the injured are 4 - 3 (``casualties.dead_among_shot`` asks
  it first).

On the Gun Violence Archive development incidents (claims cached from one build at the session's start), each rule
changed only incidents it made right: ``with_others`` +1 injured on seeds 5, 13 and 41 (one incident in all three
samples), ``died_later`` +1 on seed 11.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ..records import Claim
from .describe import FIRM, HARMED, INDIVIDUAL, implicit_one

#: "others" as the figure's own noun: the rest beside someone ("five others were shot", "two others")
OTHERS = re.compile(r"\bothers?\b", re.IGNORECASE)
#: the words between a person and "N others" joined to them: "an 8-year-old, 2 others", "Teen girl shot along with
#: three others", "a man and two others"
WITH_OTHERS = re.compile(r"[\s,]*(?:(?:was|were|is|are)\s+)?(?:(?:shot|wounded|injured|hurt|killed|hit)\s+)?[\s,]*"
                         r"(?:(?:and|along with|together with|as well as|plus)\s+)?(?:(?:at least|about|some)\s+)?",
                         re.IGNORECASE)


def with_others(claims: list[Claim]) -> list[Claim]:
    """"Drive-by shooting wounded an 8-year-old, 2 others", "A teen girl was shot along with three others": the others
    are beside the person named just before them, so the harmed are the figure and that person (3, 4). The person must
    be an implicit count of one of the same measure in the same sentence (or title), joined to the figure by a comma,
    "and", "along with" and the like; a count that already takes the others in ("a police officer and two others" read
    as 3) adds nothing. The figure's claim carries the sum (its id stays)."""
    people: dict[tuple[str, str, str], list[Claim]] = {}
    for c in claims:
        if implicit_one(c) and c.scope is None and c.status in FIRM:
            people.setdefault((c.document, c.sentence, c.measure), []).append(c)
    out: list[Claim] = []
    for c in claims:
        at = c.sentence.find(c.text) if c.text else -1
        one = None
        if (not c.extractor.startswith(INDIVIDUAL) and c.measure in HARMED and c.scope is None and c.status in FIRM
                and c.value_low is not None and at > 0 and OTHERS.search(c.counted or "")):
            for person in people.get((c.document, c.sentence, c.measure), []):
                end = c.sentence.find(person.text) + len(person.text)
                if len(person.text) <= end <= at and WITH_OTHERS.fullmatch(c.sentence, end, at):
                    one = person
        if one is None:
            out.append(c)
            continue
        high = c.value_high + 1 if c.value_high is not None else None
        out.append(replace(c, value_low=c.value_low + 1, value_high=high,  # type: ignore[operator]
                           counted=f"{c.counted} and {one.text} ({c.value_low:g} + 1)"))
    return out


#: a figure of the hit already split by its own sentence (``claims.injured_only``): "people, not killed: 4 - 2"
SPLIT_IN_SENTENCE = re.compile(r"not killed: (\d+(?:\.\d+)?) - (\d+(?:\.\d+)?)$")


def died_later(c: Claim, dead: list[float]) -> Claim:
    """A figure of the hit that its own sentence lowered by that sentence's dead ("Police found four victims wounded,
    two of them already dead": 2), in an article whose dead (``dead``: its overall death figures) number more than
    the sentence's and fewer than the hit ("Darrel died later at the hospital" beside "killing his three siblings"):
    the injured are the hit less the article's dead (4 - 3). Any other claim comes back as it is."""
    split = SPLIT_IN_SENTENCE.search(c.counted or "")
    if split is None or c.value_low is None:
        return c
    hit, own = float(split.group(1)), float(split.group(2))
    more = [d for d in dead if own < d < hit]
    if not more:
        return c
    toll = max(more)
    return replace(c, value_low=hit - toll, value_high=hit - toll,
                   counted=f"{c.counted}; {toll:g} dead in the article: {hit:g} - {toll:g}")
