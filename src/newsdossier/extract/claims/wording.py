"""Word families round 10 of the claim rules added: wire copy's and machine translation's ways of naming what a figure
counts that the general lexicon does not read.

* a death told as an "outcome" before the figure: "with lethal outcome – 6", "fatal outcomes: 3" (the outcome after
  the figure, "27 with lethal outcome", is ``figures.FATALLY``);
* "voices" for votes in a share: "receives 54,3% of voices" (Russian and Ukrainian use one word for both);
* a share compared with an earlier one: "stood at 61.4 percent, up from 57 percent" (the same share, earlier);
* people who got away, counted by the noun of those taken: "abducted 27 passengers …, adding that 5 had escaped";
* people still where a figure before put them: "Thirty-four were admitted to hospital …, and nine remain there";
* a part of the figure of the sentence before, told by the same source: "… informs the press service. From them 27 –
  minors." (a sentence that opens with the part and names no source of its own);
* points of a scale, which count nothing: "the index closed at 4,812 points", "a lead of 6 percentage points".
"""

from __future__ import annotations

import re

#: a fatal outcome named before its figure: "with lethal outcome – 6", "with a fatal outcome: 2", "fatal outcomes — 4"
FATAL_OUTCOME_BEFORE = re.compile(r"\b(?:with\s+(?:a\s+|an\s+)?)?(?:lethal|fatal|deadly)\s+(?:outcomes?|results?|ends?)"
                                  r"\s*(?:[–—:-]|is|are|was|were)?\s*$", re.IGNORECASE)
#: a share set against an earlier or another value of the same share: "up from 57 percent", "compared with 48 percent"
COMPARED_SHARE = re.compile(r"(?:\b(?:up|down|rising|falling|rose|fell|higher|lower|compared|against|versus|vs\.?)\s+"
                            r"(?:from|than|with|to)?\s*|\b(?:against|versus|vs\.?)\s+)"
                            r"(?:(?:about|some|around|nearly|roughly|almost|just|only)\s+)?$", re.IGNORECASE)
#: a verb of getting away right after a figure with no noun: "5 had escaped", "three later managed to flee"
GOT_AWAY_AFTER = re.compile(r"^\s+(?:(?:had|have|has|were|was|later|since|reportedly|also|then)\s+)*(?:escaped|got away|"
                            r"managed to (?:escape|flee|get away|break free)|broke free|fled (?:their|the) (?:captors|kidnappers|"
                            r"abductors))\b", re.IGNORECASE)
#: a verb of taking people before the figure they got away from: "abducted", "kidnapped", "seized", "taken hostage"
TAKEN = re.compile(r"\b(?:abduct\w*|kidnapp?\w*|seiz\w*|taken (?:hostage|captive)|held (?:hostage|captive)|captur\w*)\b",
                   re.IGNORECASE)
#: a figure with no noun still where the one before put them: "nine remain there", "several are still in hospital"
STILL_THERE_AFTER = re.compile(r"^\s+(?:(?:still|also)\s+)?(?:remain|remains|remained|stay|stays|are still|is still|were "
                               r"still)\s+(?:there|in (?:the )?(?:hospital|care|intensive care))\b", re.IGNORECASE)
#: a sentence opening with a part of the figure before: "From them 27 – minors.", "Of them, 12 are children."
PART_OPENING = re.compile(r"^\s*(?:(?:of|from|among) (?:them|these|those|whom)|among them)\b", re.IGNORECASE)
#: a share of "voices": "54,3% of voices", "31 percent of the voices"
VOICES = re.compile(r"^(?:the\s+)?voices$", re.IGNORECASE)
#: what a scale's points are read in: a market index, a poll's lead, a game's score
POINT_SCALE = re.compile(r"\b(?:index|indices|indexes|benchmark|stocks?|shares|markets?|exchange|closed|opened|percentage|"
                         r"lead|led|trails?|trailing|scored?|scoring|rating|ratings|scale|average)\b", re.IGNORECASE)


def fatal_outcome_before(before: str) -> bool:
    """Whether the words right before a figure name deaths as outcomes ("with lethal outcome – 6")."""
    return bool(FATAL_OUTCOME_BEFORE.search(before))


def compared_share(before: str) -> bool:
    """Whether a percentage is set against the one before as its earlier or other value ("up from 57 percent")."""
    return bool(COMPARED_SHARE.search(before))


def got_away_from(after: str, claims: list) -> "object | None":
    """The claim of the people taken that a noun-less figure got away from ("abducted 27 passengers …, adding that 5
    had escaped": 5 passengers), or None."""
    if not GOT_AWAY_AFTER.match(after):
        return None
    return next((c for c in reversed(claims) if c.counted and c.unit is None and TAKEN.search(c.sentence)), None)


def still_there(after: str, claims: list) -> "object | None":
    """The figure before that a noun-less "N remain there" is part of, or None."""
    return claims[-1] if claims and STILL_THERE_AFTER.match(after) else None


def source_of_the_whole(sentence: str, claims: list, earlier: list) -> str | None:
    """The source of the figure before when this sentence opens with a part of it and has no figure before this one
    ("… informs the press service of the police. From them 27 – minors."), else None."""
    if claims or not earlier or not earlier[-1].source or not PART_OPENING.match(sentence):
        return None
    return earlier[-1].source


def voices_are_votes(counted: str) -> bool:
    """Whether a share's counted noun is "voices", the translated word for votes."""
    return bool(VOICES.match(counted.strip()))


def points_of_a_scale(noun: str | None, sentence: str) -> bool:
    """Whether the figure's noun is "points" on a scale (an index, a lead, a score), which count nothing; points
    somewhere ("command points", "distribution points") are places and stay counted."""
    return noun is not None and noun.lower() == "points" and bool(POINT_SCALE.search(sentence))
