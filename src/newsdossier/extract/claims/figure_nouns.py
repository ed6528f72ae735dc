"""The nouns around a figure: whether the noun after it is what it counts ("the 5,000 organisers had promised": not
organisers), what a share of people did ("45 percent of nurses joined the walkout"), whether a noun is a plural the
figure can count, and the group a figure is said to be ("About 90 of the detainees are women").

Split out of ``figures``: small readings of the words next to a figure that ``figure_claim`` asks about.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from .counted import phrase, plural_key, predicate
from .lexicon import GENERIC_NOUNS, measure_from, people_noun
from .scope import AGE_BAND, is_people

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token

#: verbs of a figure foretold or claimed, whose subject may follow the figure in a clause without "that"
FORETOLD = frozenset("promise predict expect forecast hope anticipate claim announce estimate project plan count "
                     "register report".split())


def _subject_of_contact_clause(tokens: list["Token"], noun: "Token") -> bool:
    """Whether the noun after a figure is the subject of a clause about it, not what it counts: "the 5,000 organisers
    had promised", "the 200 police had expected" (the figure counts what they promised, named before)."""
    doc = noun.doc
    if noun.i != tokens[-1].i + 1 or noun.i + 2 >= len(doc) or not any(
            doc[k].lower_ == "the" for k in range(max(0, tokens[0].i - 2), tokens[0].i)):
        return False
    aux, verb = doc[noun.i + 1], doc[noun.i + 2]
    return aux.lower_ in ("had", "have", "has") and verb.tag_ == "VBN" and verb.lemma_.lower() in FORETOLD \
        and not any(c.dep_ == "dobj" or c.dep_ == "ccomp" and c.i > verb.i for c in verb.children)


def _people_share_event(counted: str, own: str) -> str | None:
    """What befell a share of people, told by the verb after them ("45 percent of public-sector nurses joined the
    walkout": participants); a share of things keeps its noun ("80 percent of homes were damaged": homes)."""
    head = plural_key(counted)
    at = own.find(counted)
    if at < 0 or not people_noun(head) or head in GENERIC_NOUNS:
        return None
    # the verb may come first in translated order: "In the strike took part 72 percent of the workers"
    return measure_from(own[at + len(counted):]) or ("participants" if measure_from(own[:at]) == "participants"
                                                     else None)


def _before_finite_verb(doc: "Doc", start: int, stop: int) -> str:
    """The text from ``start`` up to the first finite verb ("public-sector employees| stayed at home"), or to ``stop``."""
    verb = next((t for t in doc if start < t.idx < stop and t.tag_ in ("VBD", "VBZ", "VBP", "MD")), None)
    return text_of(doc)[start:verb.idx if verb is not None else stop]


def _plural_noun(noun: "Token") -> bool:
    """A plural common noun, also one that machine translation capitalises ("27 Schools", tagged a proper noun) as
    long as the NER model does not take it for a name."""
    if noun.pos_ == "NOUN" and noun.tag_ == "NNS":
        return True
    return noun.pos_ == "PROPN" and noun.tag_ == "NNPS" and not noun.ent_type_ and noun.lower_.endswith("s")


def _people_predicate(tokens: list["Token"], counted: list["Token"]) -> str | None:
    """A group the figure is said to be: "About 90 of the detainees are women", "about 40 percent of the 25,000
    displaced were children"."""
    for token in (tokens[-1], *(counted[:1] if counted else [])):
        noun = predicate([token])
        words = phrase(noun)
        if words and is_people(words):
            doc = noun[-1].doc
            band = AGE_BAND.match(text_of(doc), noun[-1].idx + len(noun[-1]) + 1)
            return f"{words} {band.group(0)}" if band and re.match(r" ", text_of(doc)[noun[-1].idx + len(noun[-1]):]) \
                else words  # "are men aged 20 to 40"
    return None
