"""What a figure counts, as words: the noun phrase it counts ("227 people", "dozens of protesters", "14 of the 60
wounded"), its head, and the plain key of a counted phrase ("polling stations" -> "stations").

Split out of ``measure``: these read the counted words and make no measure decision, and ``figures``, ``shares`` and
``extract`` use them on their own. Released people are counted by the noun of those they were among
(``released_key``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from .lexicon import GENERIC_NOUNS, TIME_UNITS

if TYPE_CHECKING:
    from spacy.tokens import Token


def counted_tokens(tokens: list["Token"]) -> list["Token"]:
    """The noun a figure counts: its head ("227 people"), or the object of "of" ("dozens of protesters")."""
    last = tokens[-1]
    while last.dep_ == "conj" and last.head.like_num:  # "between 40 and 50 bodies": the first number holds the noun
        last = last.head
    for token in (last, *last.children):
        if token.dep_ == "prep" and token.lower_ == "of":
            objects = [c for c in token.children if c.dep_ == "pobj"]
            if objects and objects[0].like_num and any(c.lower_ in ("the", "those", "these") for c in objects[0].lefts):
                # "14 of the 60 wounded": what the total counts
                return counted_tokens([objects[0]])
            if objects:
                return noun_phrase(objects[0])
    head = last.head
    if last.dep_ == "quantmod" and head.like_num and head.i > last.i and head.dep_ == "nummod" \
            and any(t.lower_ == "of" for t in last.doc[last.i + 1:head.i]):
        # "With 412 of 430 polling stations counted": a part of the total, counted by the total's noun
        return [t for t in noun_phrase(head.head) if t.i > head.i]
    if last.dep_ == "pobj" and head.lower_ in ("of", "from", "among"):
        # translated order, the noun after the figure's participle: "From 312 detained on the past week Persons 140 are
        # released" (the preposition's second object is what the first counts)
        nouns = [c for c in head.children if c.dep_ == "pobj" and c.i > last.i + 1 and c.tag_ in ("NNS", "NNPS")
                 and any(t.pos_ == "VERB" and t.tag_ == "VBN" for t in last.children)]
        if nouns:
            return noun_phrase(nouns[0])
    if any(c.lower_ in ("last", "this", "next", "previous", "same") for c in head.lefts if c.i > last.i) or (
            head.lower_ in TIME_UNITS and head.i > last.i + 1 and head.i + 1 < len(head.doc)
            and head.doc[head.i + 1].lower_ in ("earlier", "later", "ago", "before", "after")):
        return []  # "fell to 640 last year": a time phrase the parser hung the figure on, not what it counts
    if re.search(r"\s[-–—]\s", text_of(last.doc)[last.idx:head.idx]):
        return []  # "toll rises to 18 - ministry": a spaced dash separates, it does not join
    if last.dep_ in ("nummod", "quantmod", "amod", "compound") and head.pos_ in ("NOUN", "PROPN") and head.i > last.i:
        head = _hyphen_head(head)  # "two co-defendants" split by the parser: the noun is the word after the hyphen
        return [t for t in noun_phrase(head) if t.i > tokens[-1].i]  # not "more" of "more than 4,000 rounds"
    following = tokens[-1].doc[tokens[-1].i + 1] if tokens[-1].i + 1 < len(tokens[-1].doc) else None
    if following is not None and following.tag_ == "NNS" and following.pos_ == "NOUN" and last.dep_ in ("pobj", "conj"):
        return [following]  # "between 15,000 and 20,000 farmers" parsed as the object of "between"
    return []


def _hyphen_head(noun: "Token") -> "Token":
    """The last part of a hyphenated noun the parser split ("co-defendants": "defendants"), else the noun."""
    doc = noun.doc
    if noun.i + 2 < len(doc) and not noun.whitespace_ and doc[noun.i + 1].text == "-" and not doc[noun.i + 1].whitespace_ \
            and doc[noun.i + 2].is_alpha and doc[noun.i + 2].tag_ in ("NNS", "NN"):
        return doc[noun.i + 2]
    return noun


def head_of(tokens: list["Token"]) -> "Token":
    """The head of a phrase: the token whose syntactic head lies outside it ("members" of "members of the
    security forces", "trucks" of "trucks of food aid")."""
    indices = {t.i for t in tokens}
    return next((t for t in tokens if t.head.i not in indices or t.head.i == t.i), tokens[-1])


def predicate(tokens: list["Token"]) -> list["Token"]:
    """The noun after "were" when the figure is the subject: "19 were members of the security forces"."""
    last = tokens[-1]
    if last.dep_ not in ("nsubj", "nsubjpass") or last.head.lemma_ != "be":
        return []
    attributes = [c for c in last.head.children if c.dep_ == "attr" and c.pos_ in ("NOUN", "PROPN")]
    return noun_phrase(attributes[0]) if attributes else []


def noun_phrase(noun: "Token") -> list["Token"]:
    """The noun with its modifiers and an "of" phrase: "members of the security forces"."""
    left = [t for t in noun.lefts if t.dep_ in ("amod", "compound") and not t.like_num]
    tokens = [*left, noun]
    for child in noun.rights:
        if child.dep_ == "prep" and child.lower_ in ("of", "for"):
            tokens.extend(child.subtree)
            break
    return sorted(tokens, key=lambda t: t.i)


def phrase(tokens: list["Token"]) -> str:
    """The text the tokens cover, as written."""
    if not tokens:
        return ""
    doc = tokens[0].doc
    return text_of(doc)[tokens[0].idx:tokens[-1].idx + len(tokens[-1])]


#: verbs that end a measure: released detainees are counted by their noun ("Two of the five suspects were released")
RELEASED = re.compile(r"^(?:released|freed|let|set|bailed|discharged|liberated)$", re.IGNORECASE)
RELEASED_WORDS = re.compile(r"\b(?:released|freed|let go|set free|bailed|discharged|liberated)\b", re.IGNORECASE)


#: plain nouns for people, which name released people as a noun of their own does ("Of the 41 people arrested …, 29
#: have been released": people); pronouns and figure words do not
PLAIN_PEOPLE = frozenset({"people", "persons"})


def released_key(counted: str) -> str | None:
    """The measure of released people counted by the noun of those they were among ("suspects", "people"), or None
    when that noun names nobody ("them", "others", "the total")."""
    key = plural_key(trim_counted(counted))
    return key if key not in GENERIC_NOUNS or key in PLAIN_PEOPLE else None


def trim_counted(words: str) -> str:
    """"homes in the valley" -> "homes", "buses were taken" -> "buses"."""
    # "households without power" -> "households"; "precincts reporting" -> "precincts"
    return re.split(r"\s+(?:in|on|at|of|from|for|with|without|were|was|had|have|has|are|is|been|who|that|which|and|or|"
                    r"[a-z]+ing)\b", words.strip())[0]


def plural_key(counted: str) -> str:
    """The fallback measure of a counted phrase: its head noun, lower case ("polling stations" -> "stations"; "residents
    of the Keld floodplain" -> "residents": an "of" phrase after the head names whose they are, not what is counted)."""
    head = re.split(r"\s+of\s+", counted.strip(), maxsplit=1)[0] or counted
    # a phrase after the noun says where or why ("prisoners released under the amnesty" -> prisoners)
    head = re.split(r"\s+(?:who|that|which|in|on|at|under|from|with|by|during|since|after|into|across)\s", head,
                    maxsplit=1)[0] or head
    words = head.split()
    while len(words) > 1 and re.fullmatch(r"[a-z]+ed", words[-1]):
        words.pop()  # "precincts counted" -> "precincts": a participle after the noun says what was done to it
    return words[-1].lower()
