"""Conservative repairs of machine-translation and scraping artifacts.

Three kinds, each recorded as a ``Repair`` (offsets into the repaired text):

- ``drop_cap``: the first word of the body with its initial doubled by a
  scraped drop cap ("TThe", "UUnprecedented", "DUnprecedented");
- ``stray_capital``: a capital inside a word ("proTesters", "ResCuers"), unless
  the word is a capitalised compound ("YouTube": "Tube" is a word itself) or
  starts with a name prefix ("McDonald", "DeVries");
- ``doubled_verb``: a reporting verb written twice ("said said").

A word is only changed into a common English word (wordfreq Zipf frequency
≥ 3) that the artifact is not already; names, acronyms, camel-case brands
("iPhone", "eBay", "McDonald") and numbers never match the patterns.
"""

from __future__ import annotations

import re
from functools import lru_cache

from ..records import Repair

COMMON = 2.5
DROP_CAP = re.compile(r"(?:^|(?<=\n\n))[^\w\n]*(?P<word>[A-Z](?P<rest>[A-Z][a-z]+))\b")
STRAY_CAPITAL = re.compile(r"\b(?P<head>[A-Za-z][a-z]+)(?P<tail>[A-Z][a-z]+)\b")
#: Name prefixes before an internal capital: McDonald, MacKenzie, DeVries, DiMarco, VanDyke, LaGuardia, O'Neil.
NAME_PREFIXES = frozenset({"mc", "mac", "de", "di", "da", "du", "la", "le", "van", "von", "st", "fitz"})
REPORTING_VERBS = (
    "said|says|say|told|tells|added|adds|stated|states|reported|reports|announced|announces|claimed|claims|noted"
    "|notes|declared|declares|explained|explains|warned|warns|insisted|insists|confirmed|confirms|denied|denies"
    "|asked|asks|wrote|writes|stressed|stresses|argued|argues|alleged|alleges"
)
DOUBLED_VERB = re.compile(rf"\b(?P<verb>{REPORTING_VERBS})(?P<gap>\s+)(?P=verb)\b")  # case-sensitive: "said Said Haddou" stays


@lru_cache(maxsize=65536)
def is_common_word(word: str) -> bool:
    from wordfreq import zipf_frequency  # imported on first use: its tables take a moment to load

    return zipf_frequency(word.lower(), "en") >= COMMON


def repair(text: str) -> tuple[str, tuple[Repair, ...]]:
    """Repair the artifacts in ``text``; return the new text and what was changed where."""
    edits: list[tuple[int, int, str, str]] = []  # (start, end, replacement, kind) in the input text
    for drop in DROP_CAP.finditer(text):
        word, rest = drop.group("word"), drop.group("rest")  # "TThe" -> "The", "DUnprecedented" -> "Unprecedented"
        doubled = word[0] == rest[0]  # "AAt", "OOn": a doubled initial is an artifact even when short
        first = drop.start() == 0
        # any paragraph may open with a doubled initial; two different capitals only at the very start
        if is_common_word(rest) and (doubled or (first and not is_common_word(word))):
            edits.append((drop.start("word"), drop.end("word"), rest, "drop_cap"))
    for match in STRAY_CAPITAL.finditer(text):
        word, head, tail = match.group(0), match.group("head"), match.group("tail")
        if not is_common_word(word.lower()):
            continue
        if head[0].isupper() and (head.lower() in NAME_PREFIXES or is_common_word(tail)):
            continue  # "YouTube", "WhatsApp", "McDonald": a capitalised compound or a name, not an artifact
        edits.append((match.start(), match.end(), head + tail.lower(), "stray_capital"))
    for match in DOUBLED_VERB.finditer(text):
        edits.append((match.start(), match.end(), match.group("verb"), "doubled_verb"))
    return _apply(text, edits)


def _apply(text: str, edits: list[tuple[int, int, str, str]]) -> tuple[str, tuple[Repair, ...]]:
    pieces: list[str] = []
    repairs: list[Repair] = []
    position = 0
    length = 0
    for start, end, replacement, kind in sorted(edits):
        if start < position:
            continue  # overlaps an earlier edit
        pieces.append(text[position:start])
        length += start - position
        pieces.append(replacement)
        repairs.append(Repair(start=length, end=length + len(replacement), original=text[start:end],
                              replacement=replacement, kind=kind))
        length += len(replacement)
        position = end
    pieces.append(text[position:])
    return "".join(pieces), tuple(repairs)
