"""Counts told by the name of the shooting: "a quadruple shooting" is four people hit, "a double shooting" two.

US local news names a shooting by how many it hit ("Police investigate triple shooting on East 55th", "four people
arrested in connection with a quadruple shooting") and often gives no figure beside the name. The name counts the hit,
the dead among them included, so the claim is of the hit ("injuries", with the dead taken off by
``reconcile.casualties.dead_among_shot`` where the article counts them). On the Gun Violence Archive development
incidents whose articles name such a shooting, the gold killed plus injured equals the name's number for 33 of 35
quadruple, 10 of 19 triple and 18 of 27 double shootings (a plural "shootings", or a "double homicide", is not read).
With the dead of the whole dossier taken off (``reconcile.casualties.dead_among_shot``), the 81 development incidents
that name such a shooting gain 3 exact injured headlines and lose none (62 -> 65); read without that, against its own
article's dead only, they lost 5 (the dead told by another article).
"""

from __future__ import annotations

import re

from ..records import Article, Claim, stable_id

#: the number a shooting's name gives
MULTIPLES = {"double": 2, "triple": 3, "quadruple": 4, "quintuple": 5}
#: "a quadruple shooting", "Triple-shooting suspect" (not "shootings": several of them; not "double-shooting" of a gun)
MULTIPLE_SHOOTING = re.compile(r"\b(double|triple|quadruple|quintuple)[- ]shooting\b(?![- ]?s\b)", re.IGNORECASE)
#: the counted phrase of such a claim ("people hit in a triple shooting"), whose opening ``NAMED_BY_COUNT`` tells
#: ``reconcile.casualties`` and the victims extractor that it counts the hit, not one person's wound
NAMED_BY_COUNT = "people hit in a "
COUNTED = NAMED_BY_COUNT + "{} shooting"


def multiple_shooting_claims(article: Article, sentences: list[tuple[int, str, str]], name: str) -> list[Claim]:
    """One claim of the hit for the first shooting named by its number in each sentence. ``sentences`` holds each
    sentence's offset in the article's text, its text and its field ("text" or "title")."""
    out: list[Claim] = []
    for offset, sentence, _field in sentences:
        found = MULTIPLE_SHOOTING.search(sentence)
        if found is None:
            continue
        word = found.group(1)
        count = float(MULTIPLES[word.lower()])
        start, end = offset + found.start(), offset + found.end()
        out.append(Claim(
            id=stable_id("claim", article.id, start, end, name, "injuries"), document=article.id, start=start, end=end,
            text=found.group(0), sentence=sentence.strip(), measure="injuries", counted=COUNTED.format(word.lower()),
            value_low=count, value_high=count, qualifier="exact", as_of=article.published, status="asserted",
            extractor=name,
        ))
    return out
