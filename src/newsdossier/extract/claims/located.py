"""Counts that say where an event happened ("targeted retirees in four provinces", "marched in at least 40 cities").

Such a figure names the places of the event, not the people or things it befell: a bare figure in the next sentence
("More than 9,000 lost their savings") goes on about the people of the sentence before, not about the places.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...records import Claim

if TYPE_CHECKING:
    from spacy.tokens import Token

#: prepositions of place before a counted noun: "in four provinces", "across 12 districts"
PLACE_PREPOSITIONS = frozenset("in across throughout at around inside".split())


def in_place_phrase(claim: Claim) -> bool:
    """Whether a claim's figure stands in a phrase of place in its sentence: "in four provinces", "across 12 towns"."""
    return bool(claim.sentence and re.search(rf"\b(?:{'|'.join(PLACE_PREPOSITIONS)})\s+(?:at least\s+|some\s+|about\s+)?"
                                             rf"{re.escape(claim.text)}\s+\w", claim.sentence, re.IGNORECASE))


def placed_noun(token: "Token") -> bool:
    """Whether a plural noun is counted in a phrase of place ("in four provinces"): the event's places."""
    return token.dep_ == "pobj" and token.head.lower_ in PLACE_PREPOSITIONS \
        and any(c.dep_ == "nummod" or c.like_num for c in token.children)
