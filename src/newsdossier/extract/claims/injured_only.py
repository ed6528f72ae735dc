"""Injured and not killed: "Five people were shot, three fatally" counts five hit and three dead, so two injured.

A figure of people shot or wounded usually includes those who died of it when the same sentence goes on to say how
many of them died ("one fatally", "two of whom died", "and one was killed"). Casualty counts elsewhere (the Gun
Violence Archive, most police tallies) keep the injured apart from the dead, and so do the other outlets' figures
("one dead and two wounded"), so the injuries claim is made for the injured only: N - M, with the arithmetic written
in its ``counted`` ("people, not killed: 5 - 3") so a reader sees where the number came from.
"""

from __future__ import annotations

import re
from dataclasses import replace

from ...records import Claim

#: what a death figure counts when it is a part of the figure before: nothing of its own ("three fatally", "and one
#: was killed") or a pronoun ("two of whom died", "one of them")
SUBSET_COUNTED = frozenset({"", "them", "whom", "those", "these", "victims"})  # "one of the victims died"


#: words that name a figure as a whole count, not a part of the one before ("putting the toll at 11")
WHOLE_COUNT = re.compile(r"\b(?:toll|figures?|numbers?|count|tally|total|homicides|murders|killings|deaths|fatalities)\b",
                         re.IGNORECASE)  # (a death figure with its own noun: "…, while homicides rose to 52")


#: a figure added to the ones before, not a part of them: "… five of them teenagers, and a further four killed"
FURTHER = re.compile(r"\b(?:a further|another|an additional|further)\s*$", re.IGNORECASE)


def _between(first: Claim, second: Claim) -> str:
    """The words of the sentence between two of its claims (empty when they cannot be placed)."""
    at = first.sentence.find(first.text)
    to = first.sentence.find(second.text, at + len(first.text)) if at >= 0 else -1
    return first.sentence[at + len(first.text):to] if to >= 0 else ""


def injured_only(claims: list[Claim]) -> tuple[list[Claim], list[tuple[str, str]]]:
    """The sentence's claims (in text order) with each injuries figure followed by a death figure of its own people
    lowered by that figure, and the (injuries id, deaths id) pairs so paired: the death figure is a part of the
    other and shares its scope ("five children have been shot this year, two fatally"). "Two killed and three others wounded" (the dead first, the injured "others") and "four
    wounded and two people killed" (a death figure with its own noun) are left alone."""
    out = list(claims)
    pairs: list[tuple[str, str]] = []
    for index, dead in enumerate(out):
        if dead.measure != "deaths" or dead.status == "negated" \
                or dead.counted.lower().removeprefix("the ") not in SUBSET_COUNTED:
            continue
        hit_index = next((k for k in range(index - 1, -1, -1) if out[k].measure in ("injuries", "deaths")
                          and out[k].status != "retracted"), None)  # not "five as first announced"
        if hit_index is None or out[hit_index].measure != "injuries":
            continue
        hit = out[hit_index]
        if hit.status == "negated" or hit.unit or hit.value_low is None or dead.value_high is None \
                or not dead.value_high < hit.value_low or hit.source and dead.source and hit.source != dead.source \
                or WHOLE_COUNT.search(_between(hit, dead)) or FURTHER.search(_between(hit, dead)):
            # (a part told in another voice, or named as a toll of its own, is another count: "… 1,400 wounded,
            # figures the ministry called fantasy while putting the toll at 11")
            continue
        low = hit.value_low - dead.value_high
        high = hit.value_high - dead.value_high if hit.value_high is not None else None
        counted = f"{hit.counted or 'people'}, not killed: {hit.value_low:g} - {dead.value_high:g}"
        out[hit_index] = replace(hit, value_low=low, value_high=high, counted=counted)
        pairs.append((hit.id, dead.id))
    return out, pairs


#: the verb of a figure of people hit, which counts the dead among them ("Eight people were shot")
SHOT = re.compile(r"\b(?:were|was|been|are|got|get) shot\b|\bpeople shot\b|\bshot (?:and|or) (?:wounded|injured)\b|"
                  r"\b(?:were|was|been|are|got|get) (?:hit|struck) by (?:gunfire|bullets)\b", re.IGNORECASE)
#: words that make a figure of the injured alone
INJURED_ONLY = re.compile(r"\b(?:others?|wounded|injur\w*|hurt|hospitali[sz]ed|survived|surviving|not killed)\b",
                          re.IGNORECASE)


def article_injured_only(claims: list[Claim]) -> list[Claim]:
    """Across the article: "Eight people were shot Wednesday night. … Two of the victims died." — an overall figure
    of people shot, in a sentence that neither counts the dead nor says "wounded", counts the dead the article
    gives elsewhere too; the injured are the difference (the largest overall death figure of the article, when
    smaller). Figures with a scope (another period, place or group) are left alone."""
    deaths = [c.value_high for c in claims if c.measure == "deaths" and c.scope is None and c.unit is None
              and c.status in ("asserted", "reported") and c.value_high]
    if not deaths:
        return claims
    dead = max(deaths)
    out = []
    for claim in claims:
        if claim.measure == "injuries" and claim.scope is None and claim.unit is None \
                and claim.status in ("asserted", "reported") and claim.value_low is not None \
                and dead < claim.value_low and SHOT.search(claim.sentence) and not INJURED_ONLY.search(claim.sentence) \
                and not any(c.measure == "deaths" and c.sentence == claim.sentence for c in claims):
            high = claim.value_high - dead if claim.value_high is not None else None
            claim = replace(claim, value_low=claim.value_low - dead, value_high=high,
                            counted=f"{claim.counted or 'people'}, not killed: {claim.value_low:g} - {dead:g} "
                                    "(the article's death toll)")
        out.append(claim)
    return out
