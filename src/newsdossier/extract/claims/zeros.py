"""Zero figures written as "no" before a plural noun: "no pupils were hurt", "no counter-protesters were seen", "found
no irregularities".

``figures.zero_claims`` reads the fixed zero phrases ("no one", "nobody", "no deaths", "not a single …"). A zero can
also be said of any group of people ("no pupils were hurt": no injuries among the pupils) or of any thing a finding
counts ("monitors found no irregularities": zero irregularities). A plural noun for people gives a zero when its own
word or its clause tells what did not happen to them; a noun for things only as the object of a verb of finding or
recording, and not an abstract noun ("found no signs of …", "saw no reason"), which counts nothing in the world.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from . import measure as m
from .build import Sentence, make_claim
from .source import resolve_pronoun
from .status import clause_span

if TYPE_CHECKING:
    from ...records import Claim

#: "no" before a plural noun, possibly hyphenated ("no counter-protesters", "no fishermen")
#: with up to two words before the noun, kept in the span ("No new infections", "no aid workers"); words that narrow
#: or compare ("no other", "no more than", "no such") are read by NARROWED and by the figures' own rules
NO_NOUN = re.compile(r"\bno\s+(?P<mods>(?:(?!(?:more|less|fewer|longer|other|further|such|sooner|matter|doubt|one|"
                     r"serious|major|significant|immediate)\b)[a-z][a-z-]*\s+){0,2}?)"
                     r"(?P<noun>(?:[a-z]+-)*(?:[a-z]+s|[a-z]*men|children))\b", re.IGNORECASE)
#: a verb of finding or recording right before "no": its object is a count of things
FINDING = re.compile(r"\b(?:found|finds?|finding|recorded|records?|registered|detected|detects?|observed|documented|"
                     r"identified|counted|logged)\s+(?:(?:had|have|has|been|so|far|yet)\s+)*$", re.IGNORECASE)
#: nouns after "no" that count nothing: "no signs of", "no plans", "no details"
ABSTRACT = frozenset("signs traces details plans reasons problems issues changes comments results means news "
                     "indications hopes doubts questions answers words terms grounds thanks regrets conditions "
                     "concessions guarantees lessons options alternatives limits".split())
#: a zero narrowed to part of the count: "no pupils were seriously hurt", "no other pupils"
NARROWED = re.compile(r"^\s*(?:else|other|more|further|longer|less|fewer)\b|^\s*(?:\w+\s+){0,3}?(?:seriously|critically|"
                      r"badly|severely|gravely)\b", re.IGNORECASE)


#: "no" before a singular noun for a person and its verb: "no patient had died", "no soldier was killed"
NO_SINGULAR = re.compile(r"\bno\s+(?P<mods>)(?P<noun>[a-z]+(?:-[a-z]+)*)(?=\s+(?:had|has|was|is|could|would|will|did)\b)",
                         re.IGNORECASE)
IRREGULAR = {"man": "men", "woman": "women", "child": "children", "person": "people"}


def _person(noun: str) -> bool:
    """Whether a singular noun names a person: its plural is a noun for people ("patient" -> "patients")."""
    lower = noun.lower()
    return lower not in ("one", "body") and m.people_noun(IRREGULAR.get(lower, lower + "s"))


def no_noun_zeros(s: Sentence) -> list["Claim"]:
    """Zero figures "no <plural noun>" of the sentence that no other claim covers yet (``s.claims``), and "no <person>"
    before its verb ("no patient had died")."""
    found = []
    sent, text = s.sent, s.sent.text
    singular = [z for z in NO_SINGULAR.finditer(text) if _person(z.group("noun"))]
    for match in [*NO_NOUN.finditer(text), *singular]:
        noun = match.group("noun")
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        if any(c.start - s.offset < end and start < c.end - s.offset for c in s.claims):
            continue  # "no deaths", "no charges": a zero already read
        lower = noun.lower()
        if lower in m.GENERIC_NOUNS or lower in ABSTRACT or lower.endswith("ss") or NARROWED.match(text, match.end()) \
                or NARROWED.match(text[match.start() + 2:match.start("noun")]):
            continue
        begin, stop = clause_span(text, match.start(), match.end())
        if m.people_noun(noun) or _person(noun):
            # what its clause says befell them ("no pupils were hurt", "no protesters were arrested"), else the noun's
            # own word ("no counter-protesters were seen")
            rest = text[begin:match.start()] + " " * (match.end() - match.start()) + text[match.end():stop]
            measure = m.measure_from(rest, (match.start() - begin, match.end() - begin)) or m.measure_from(noun)
        elif lower in m.EVENT_NOUNS or m.measure_from(noun) in ("cases", "arrests", "deaths", "injuries", "evacuated"):
            measure = m.measure_from(noun)  # an event noun names its own key: "no prosecutions", "no detentions"
        elif FINDING.search(text[begin:match.start()]):
            measure = lower  # "found no irregularities": the thing's own plural key
        else:
            measure = None
        if not measure:
            continue
        source = s.source
        if source is not None and source.start >= 0 and ";" in text_of(sent.doc)[min(source.end, start):max(source.start, end)]:
            source = None  # "…, the education office said; no pupils were hurt": a cue does not cross a semicolon
        found.append(make_claim(s, start, end, measure=measure, counted=noun, low=0.0, high=0.0, qualifier="exact",
                                source=resolve_pronoun(source, sent, s.before), status="negated"))
    return found
