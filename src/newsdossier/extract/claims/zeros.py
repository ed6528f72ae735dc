"""Zero figures: the fixed zero phrases ("no one", "nobody", "no deaths", "not a single …"), and "no" before a plural
noun: "no pupils were hurt", "no counter-protesters were seen", "found no irregularities".

``zero_claims`` reads the fixed zero phrases (moved here from ``figures``, which reads figures written as numbers);
``no_noun_zeros`` reads "no" before a noun. A zero can also be said of any group of people ("no pupils were hurt": no
injuries among the pupils) or of any thing a finding counts ("monitors found no irregularities": zero irregularities).
A plural noun for people gives a zero when its own word or its clause tells what did not happen to them; a noun for
things only as the object of a verb of finding or recording, and not an abstract noun ("found no signs of …", "saw no
reason"), which counts nothing in the world.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from .build import Sentence, make_claim
from .lexicon import GENERIC_NOUNS, MILITARY_NOUNS, SECURITY_NOUNS, measure_from, people_noun
from .measure_words import EVENT_NOUNS
from .source_relative import resolve_pronoun
from .status import NEGATED, clause_span

if TYPE_CHECKING:
    from spacy.tokens import Span

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
    return lower not in ("one", "body") and people_noun(IRREGULAR.get(lower, lower + "s"))


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
        if lower in GENERIC_NOUNS or lower in ABSTRACT or lower.endswith("ss") or NARROWED.match(text, match.end()) \
                or NARROWED.match(text[match.start() + 2:match.start("noun")]):
            continue
        begin, stop = clause_span(text, match.start(), match.end())
        if people_noun(noun) or _person(noun):
            # what its clause says befell them ("no pupils were hurt", "no protesters were arrested"), else the noun's
            # own word ("no counter-protesters were seen")
            rest = text[begin:match.start()] + " " * (match.end() - match.start()) + text[match.end():stop]
            measure = measure_from(rest, (match.start() - begin, match.end() - begin)) or measure_from(noun)
        elif lower in EVENT_NOUNS or measure_from(noun) in ("cases", "arrests", "deaths", "injuries", "evacuated"):
            measure = measure_from(noun)  # an event noun names its own key: "no prosecutions", "no detentions"
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


#: "not one soldier had left his post": a zero like "not a single" ("not one of the 40" is a total's zero, read there)
NOT_ONE = re.compile(r"\bnot one\b(?=\s+(?:single\s+)?(?!of\b)[a-z])", re.IGNORECASE)
#: "not one of the 40 border posts …": a zero of the total's things (the total is a figure of its own)
NOT_ONE_OF = re.compile(r"\bnot (?:a single )?one\b(?=\s+of\s+(?:the|its|their|all)\s)", re.IGNORECASE)
#: verbs of people sought, which a zero of a total turns into a count of the missing
SOUGHT = re.compile(r"\b(?:found|located|traced|recovered|accounted for|rescued|identified|reached)\b", re.IGNORECASE)
#: the total a zero is "of", up to its noun: "of the 40 border posts"
TOTAL_AFTER = re.compile(r"\s+of\s+(?:the|its|their|all)\s+(?:[\w'’-]+\s+){0,2}?(?:\d[\d,.]*|two|three|four|five|six|seven|"
                         r"eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|hundred)\s+", re.IGNORECASE)
#: what narrows a zero to part of the count: "No one was seriously hurt", "no one else", "none of the other …",
#: "None of the injuries are life-threatening"
QUALIFIED_ZERO = re.compile(r"^\s*(?:else\b|of the (?:other|remaining)\b|(?:\w+\s+){0,4}?(?:seriously|critically|"
                            r"badly|severely|gravely|life[- ]threatening|serious|critical)\b)", re.IGNORECASE)
#: nouns for soldiers, which say who was counted, not what befell them
MILITARY_WORDS = re.compile(r"\b(?:soldiers?|troops?|servicem[ae]n|personnel|conscripts?|recruits?|reservists?|"
                            r"paratroopers?|peacekeepers?)\b", re.IGNORECASE)


def _single_noun_key(sent: "Span", after: int) -> str | None:
    """The plural key of the noun after "not a single" (sentence offset ``after``): its head, over compounds."""
    token = next((t for t in sent if t.idx - sent.start_char > after and t.is_alpha), None)
    if token is None or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
        return None
    while token.dep_ in ("compound", "amod") and token.head.i > token.i:
        token = token.head
    word = token.lemma_.lower() if token.pos_ == "NOUN" else token.lower_
    return word if word.endswith("s") else word + ("es" if re.search(r"(?:x|ch|sh|ss)$", word) else "s")


def zero_claims(s: Sentence) -> list["Claim"]:
    """Zero figures: "No one was killed", "no charges", "not a single shop had been looted" (not overlapping a
    figure)."""
    found = []
    sent, text = s.sent, s.sent.text
    matches = list(NEGATED.finditer(text))
    matches += [z for z in (*NOT_ONE.finditer(text), *NOT_ONE_OF.finditer(text))
                if not any(n.start() < z.end() and z.start() < n.end() for n in matches)]
    for match in matches:
        begin, stop = clause_span(text, match.start(), match.end())
        # "no arrests" names its measure; "nobody was missing" takes the measure word nearest in its clause
        measure = measure_from(match.group(0)) or measure_from(text[begin:stop], (match.start() - begin,
                                                                                  match.end() - begin))
        total = TOTAL_AFTER.match(text, match.end()) if match.group(0).lower() in ("none", "not one", "not a single one") \
            else None
        if total is not None and SOUGHT.search(text[begin:stop]):
            # "Not one of the 14 crew has yet been located", "None of the 9 suspects has been found guilty": read with
            # the total (the 14 are missing), no zero
            continue
        if not measure and total is not None:
            # "not one of the 40 border posts had been abandoned": none of the total's things (its noun is the key)
            measure = _single_noun_key(sent, total.end() - 1)
        elif not measure and match.group(0).lower() in ("not a single", "not one"):
            measure = _single_noun_key(sent, match.end())  # "not a single shop": shops; "ballot box": boxes
            if measure is not None and (measure in MILITARY_NOUNS or measure in SECURITY_NOUNS):
                measure = "troops"  # "not one border guard had abandoned his post": a force
        if measure == "troops":
            # "not a single soldier had been taken prisoner": the soldier says who, the verb what befell them
            event = measure_from(MILITARY_WORDS.sub(lambda w: " " * len(w.group(0)), text[begin:stop]),
                                 (match.start() - begin, match.end() - begin))
            measure = event or measure
        if QUALIFIED_ZERO.search(text[match.end():stop]):
            continue  # "No one was seriously hurt", "no one else was injured": not a denial of every injury
        start, end = sent.start_char + match.start(), sent.start_char + match.end()
        overlaps = any(c.start - s.offset < end and start < c.end - s.offset for c in s.claims)
        if measure and not overlaps:
            found.append(make_claim(s, start, end, measure=measure, counted=match.group(0), low=0.0, high=0.0,
                                    qualifier="exact", source=resolve_pronoun(s.source, sent, s.before),
                                    status="negated"))
    return found
