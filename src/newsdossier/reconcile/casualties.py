"""Casualty figures read in the light of the rest of their article, before a headline is chosen.

Each article's figures are extracted sentence by sentence; some only make sense beside the others the same article
(or the dossier) gives. These rules rewrite or set aside such figures for the headline of the overall count; the
claims themselves, and the findings, keep every figure as written.

- ``dead_among_shot``: "Durham was one of five people shot" in an article that counts one dead: a figure of people
  shot counts the dead among the hit, so the injured are the difference (as ``claims.injured_only`` does when the
  death figure is in the same sentence or the article states one).
- ``contradicted_zero``: "none of the injured were intended targets" read as "no one was injured", in an article
  that itself counts injured people: the zero is of something else and does not lead.
- ``bare_outliers``: a number of 10 or more that counts no one ("ages 7 to 12", "Glock 19", "the 400 block") and
  that nothing else in the dossier repeats: on the Gun Violence Archive development sample, 3 of 106 such figures
  were the incident's count.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import replace

from ..records import Claim
from .describe import FIRM, is_zero_denial
from .intervals import interval

#: "were shot", "people shot", "one of five people shot", "shot five people": a count of the hit, dead included
SHOT = re.compile(r"\b(?:shot|struck by gunfire|hit by gunfire|gunshot victims|gunshot wounds?)\b", re.IGNORECASE)
#: words that make a figure one of the injured alone ("others", "wounded", "survived", "not killed")
INJURED_ONLY = re.compile(r"\b(?:others?|wounded|injur\w*|hurt|hospitali[sz]ed|survived|surviving|not killed|"
                          r"non-?fatal\w*|recovering|condition)\b", re.IGNORECASE)
#: a figure that is a count of the dead itself ("shot dead", "shot and killed", "fatally shot")
FATAL = re.compile(r"\b(?:fatal\w*|dead|killed|killing|died|death|murdered|slain)\b", re.IGNORECASE)
#: measures of people harmed, where a zero beside a count in the same article is of someone else
HARMED = frozenset({"deaths", "injuries"})
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them"})
SELF = re.compile(r"\b(?:himself|herself)\b", re.IGNORECASE)
#: the smallest bare number (no counted noun) set aside when uncorroborated
BARE_AT_LEAST = 10.0


def dead_among_shot(claims: Iterable[Claim]) -> list[Claim]:
    """Lower a figure of people shot ("Five people were shot", "Durham was one of five people shot") by the death
    count its own article gives elsewhere: the shot include the dead, and the injured are the rest. The death count
    is the article's largest overall death figure below the shot figure (a city's homicide toll for the year is
    not); a death figure equal to it means the sentence counts the dead alone ("the son shot the two" who died),
    and then the injuries figure is dropped (also when the sentence says they died: "The two were shot and died at
    the scene", "All four were found with gunshot wounds"). Left alone: figures already lowered (``counted`` says "not
    killed"), figures worded as injured only ("five others were shot", "were shot and wounded"), a larger figure in a
    sentence that counts deaths itself ("shot three, killing one": ``injured_only`` has read it), scoped figures and
    titles (a headline's "3 shot" is read on its own by the title reader)."""
    claims = list(claims)
    deaths: dict[str, list[float]] = {}
    sentence_deaths: dict[tuple[str, str], list[float]] = {}
    for c in claims:
        if c.measure == "deaths" and c.scope is None and c.unit is None and c.status in FIRM and c.value_high:
            deaths.setdefault(c.document, []).append(c.value_high)
            sentence_deaths.setdefault((c.document, c.sentence), []).append(c.value_high)
    out: list[Claim] = []
    for c in claims:
        dead = deaths.get(c.document)
        if (not dead or c.measure != "injuries" or c.scope or c.unit or c.status not in FIRM
                or getattr(c, "field", "text") != "text" or c.value_low is None or c.value_low < 2
                or "not killed" in (c.counted or "") or not SHOT.search(c.sentence)
                or INJURED_ONLY.search(c.sentence)):
            out.append(c)
            continue
        below = [d for d in dead if d <= c.value_low]
        if not below:
            out.append(c)
            continue
        own = [d for d in sentence_deaths.get((c.document, c.sentence), []) if d <= c.value_low]
        if own and SELF.search(c.sentence):
            out.append(c)  # "three victims were found shot, and the gunman fatally shot himself": he is not one of them
            continue
        toll = max(own or below)  # "All five men were shot; Mackey and Haywood died": the sentence's own dead
        if toll >= c.value_low:
            continue  # the shot are the dead: "The two were shot multiple times and died at the scene"
        high = c.value_high - toll if c.value_high is not None else None
        out.append(replace(c, value_low=c.value_low - toll, value_high=high,
                           counted=f"{c.counted or 'people'}, not killed: {c.value_low:g} - {toll:g} (the article's dead)"))
    return out


def contradicted_zero(claims: Iterable[Claim]) -> list[Claim]:
    """Drop a zero denial ("no one was hurt", or a misread "none of the injured were …") from an article that
    itself counts someone injured (or dead) overall: one article does not say both, so the zero is of
    someone else ("no officers were hurt") and is no count of the event. Deaths and injuries only: "no arrests have
    been made" beside an arrest in another case is still this case's count. A person named only by a pronoun ("she
    didn't die", "would never hurt her" misread) is too weak to outweigh the zero."""
    claims = list(claims)
    counted = {(c.document, c.measure) for c in claims
               if c.scope is None and c.status in FIRM and (c.value_low or 0) > 0 and c.text.lower() not in PRONOUNS}
    return [c for c in claims if not (is_zero_denial(c) and c.scope is None and c.measure in HARMED
                                      and (c.document, c.measure) in counted)]


def bare_outliers(claims: Iterable[Claim]) -> list[Claim]:
    """Set aside a figure of ``BARE_AT_LEAST`` or more that counts no one (an empty ``counted``: "ages 7 to 12",
    "a Glock 19", "a town of 3,500") unless another sentence of the dossier gives a figure that overlaps it."""
    claims = list(claims)

    def bare(c: Claim) -> bool:
        return (not (c.counted or "").strip() and c.value_low is not None and c.value_low >= BARE_AT_LEAST
                and c.extractor.startswith("rules-claims"))

    def corroborated(c: Claim) -> bool:
        span = interval(c)
        return span is not None and any(
            o.measure == c.measure and (o.document, o.sentence) != (c.document, c.sentence)
            and (s := interval(o)) is not None and span.overlaps(s) for o in claims)

    return [c for c in claims if not (bare(c) and not corroborated(c))]


#: a sentence that sums up several incidents: "16 wounded in seven separate shootings", "shootings across the city"
ROUNDUP = re.compile(r"\b(?:separate|different|unrelated|several|multiple|other|\d+|two|three|four|five|six|seven|eight|"
                     r"nine|ten|\w+teen|twenty|thirty|dozens? of)\s+(?:\w+\s+)?(?:shootings|incidents|attacks|homicides)\b|"
                     r"\bshootings\s+(?:across|around|throughout|citywide|city-wide|over the weekend|this weekend|"
                     r"since|so far|this year|last year)\b|"
                     r"\b(?:across|throughout|around) (?:the|this) city\b|\bcity-?wide\b|\bacross (?:chicago|detroit)\b",
                     re.IGNORECASE)


def roundups(claims: Iterable[Claim]) -> list[Claim]:
    """Scope a figure of a sentence that sums up several incidents ("Three people were killed and at least 12 more
    were wounded in shootings across the city", "16 were wounded in seven separate shootings") to that round-up:
    it is not the count of any one of them, nor is "one person is dead and another hurt after two shootings"."""
    return [replace(c, scope="round-up of several incidents")
            if c.scope is None and getattr(c, "field", "text") == "text" and (c.value_low or 0) >= 1
            and ROUNDUP.search(c.sentence) else c for c in claims]


def prepare(claims: Sequence[Claim]) -> list[Claim]:
    """All of the above, in order."""
    return dead_among_shot(bare_outliers(contradicted_zero(roundups(claims))))
