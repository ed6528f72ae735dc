"""Implicit counts of one: "A 25-year-old man was shot and killed", "the child was pronounced dead".

Local news rarely writes a figure for a single victim, so the numeric-claims extractor (which reads figures)
finds nothing, and a dossier of such articles would say that no one died. This extractor reads the
dependency parse for a singular person — a person noun ("a man", "the 17-year-old", "a fellow student") or a
named person — who is the one killed, wounded or arrested, and makes a claim of 1 for that measure. Its
claims carry their own extractor name (``rules-victims/1``) so they can be told apart from stated figures;
they fill the same ``claims`` field and are reconciled like any other figure.

What counts:
- deaths: killed / murdered / slain / shot dead / fatally shot / died / pronounced or found dead / "left X
  dead" / "the fatal shooting of X";
- injuries: wounded / injured / hurt / shot (when the sentence does not also kill that person);
- arrests: arrested / detained / apprehended / taken into custody / "X is in custody" / booked.
A negated predicate ("was not hurt") or a hedged one ("may have been killed") makes no claim; plural and
counted subjects are left to the figures extractor; "the man" after "a man" is the same person, and one
claim per measure and sentence is enough, because a headline takes the largest single count, not a sum.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

from ..config import Settings
from ..records import Article, Claim, stable_id
from .claims.source import find_source

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

    from ..annotate import Part

NAME = "rules-victims/1"

PERSON_NOUNS = frozenset(
    "man woman boy girl teen teenager child baby toddler infant person student victim officer deputy trooper "
    "suspect driver passenger father mother son daughter husband wife brother sister resident youth juvenile adult "
    "motorist pedestrian clerk employee worker customer owner neighbor neighbour friend girlfriend boyfriend "
    "relative cousin uncle aunt nephew niece grandmother grandfather grandson granddaughter homeowner gunman "
    "shooter bystander guard cashier robber intruder burglar sophomore freshman junior senior classmate roommate "
    "veteran soldier teacher mom dad stepfather stepson rapper musician photographer journalist".split()
)
AGE_NOUN = re.compile(r"^\d{1,3}-year-old$|^(?:\w+-)?year-old$", re.IGNORECASE)
DEATH_VERBS = frozenset({"kill", "murder", "slay", "die", "execute", "gun", "strangle", "stab"})
INJURY_VERBS = frozenset({"wound", "injure", "hurt", "graze", "hospitalize", "hospitalise"})
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "book", "jail"})
DEAD = frozenset({"dead", "deceased", "lifeless"})
HEDGES = frozenset({"may", "might", "could", "possibly", "reportedly", "perhaps", "allegedly"})
SUBJECTS = ("nsubjpass", "nsubj")
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "someone", "somebody"})
REFLEXIVE = frozenset({"himself", "herself"})


def extract_victim_counts(article: Article, parts: Sequence["Part"], settings: Settings, model: str = "") -> tuple[Claim, ...]:
    claims: list[Claim] = []
    for part in parts:
        for sent in part.doc.sents:
            seen: set[str] = set()
            source = None
            for measure, person, predicate in _victims(sent):
                if measure in seen:
                    continue
                seen.add(measure)
                start, end = _phrase(person)
                source = source or find_source(sent)
                claims.append(Claim(
                    id=stable_id("claim", article.id, part.offset + start, part.offset + end, NAME),
                    document=article.id, start=part.offset + start, end=part.offset + end,
                    text=part.doc.text[start:end], sentence=sent.text.strip(), measure=measure,
                    counted=f"{part.doc.text[start:end]} {predicate}", value_low=1.0, value_high=1.0, qualifier="exact",
                    as_of=article.published, status="reported" if source else "asserted", extractor=NAME,
                    source=source.text if source else None,
                    source_start=part.offset + source.start if source else None,
                    source_end=part.offset + source.end if source else None,
                ))
    return tuple(_shot_then_died(claims))


def _shot_then_died(claims: list[Claim]) -> list[Claim]:
    """"A girl is dead after being shot. … She was accidentally shot by another child.": when the article counts a
    death, a bare "was shot" of a pronoun or of the same kind of person is how that person died, not an injury."""
    dead = {_kind(c.text) for c in claims if c.measure == "deaths"}
    if not dead:
        return claims
    return [c for c in claims if not (c.measure == "injuries" and c.counted.endswith(" shot")
                                      and (_kind(c.text) in dead or c.text.lower() in SINGULAR_PRONOUNS))]


def _kind(phrase: str) -> str:
    """The head word of a person phrase, lower-cased ("A 4-year-old girl" -> "girl")."""
    words = phrase.lower().split()
    return words[-1] if words else ""


def _victims(sent: "Span") -> list[tuple[str, "Token", str]]:
    """(measure, person token, predicate as written) for each singular person killed, wounded or arrested."""
    found: list[tuple[str, "Token", str]] = []
    killed: set[int] = set()
    for token in sent:
        if _negated_or_hedged(token):
            continue
        lemma = token.lemma_.lower()
        for measure, person in _cases(token, lemma):
            if person is None or not _singular_person(person):
                continue
            if measure == "deaths":
                killed.add(person.i)
            found.append((measure, person, token.text))
    # "A man was shot and killed": the shooting is how he died, not an injury
    return [(m, p, w) for m, p, w in found if not (m == "injuries" and p.i in killed)]


def _cases(token: "Token", lemma: str) -> list[tuple[str, "Token | None"]]:
    children = {c.dep_: c for c in token.children}
    cases: list[tuple[str, "Token | None"]] = []
    fatal = any(c.lower_ in ("fatally", "dead", "mortally") for c in token.children)
    if lemma in DEATH_VERBS or (lemma == "shoot" and fatal):
        cases.append(("deaths", _patient(token, lemma)))
    elif lemma in INJURY_VERBS or lemma == "shoot":
        cases.append(("injuries", _patient(token, lemma)))
    elif lemma in ARREST_VERBS:
        cases.append(("arrests", _patient(token, lemma)))
    elif lemma in ("pronounce", "find", "declare", "leave") and any(c.lower_ in DEAD for c in token.subtree):
        # "was pronounced dead", "was found dead", "left a 17-year-old dead"
        cases.append(("deaths", children.get("nsubjpass") or children.get("dobj") or _inherited_subject(token)))
    elif token.lower_ in DEAD and token.dep_ in ("acomp", "oprd", "attr") and token.head.lemma_ in ("be", "lie", "remain"):
        # "A 4-year-old girl is dead after being shot"
        cases.append(("deaths", next((c for c in token.head.children if c.dep_ == "nsubj"), None)))
    elif token.lower_ == "custody" and token.head.dep_ == "prep":
        verb = token.head.head  # "is in custody", "was taken into custody"
        cases.append(("arrests", next((c for c in verb.children if c.dep_ in SUBJECTS + ("dobj",)), None)))
    elif token.lower_ in ("shooting", "death", "killing", "murder", "slaying") and token.pos_ == "NOUN" and (
            token.lower_ != "shooting" or any(c.lower_ in ("fatal", "deadly") for c in token.children)):
        of = next((c for c in token.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        if of is not None:
            cases.append(("deaths", next((c for c in of.children if c.dep_ == "pobj"), None)))
    return cases


def _patient(verb: "Token", lemma: str) -> "Token | None":
    """Who undergoes it: the passive subject, the object of an active verb, the subject of "die"."""
    children = list(verb.children)
    if lemma == "die":
        return next((c for c in children if c.dep_ == "nsubj"), None) or _inherited_subject(verb)
    passive = next((c for c in children if c.dep_ == "nsubjpass"), None)
    if passive is not None:
        return _antecedent(passive, verb)
    obj = next((c for c in children if c.dep_ == "dobj"), None)
    if obj is not None and obj.lower_ in REFLEXIVE:  # "the boy shot himself in the hand"
        return next((c for c in children if c.dep_ == "nsubj"), None)
    if obj is not None:
        return obj
    if any(c.dep_ == "auxpass" for c in children) or verb.dep_ == "conj":
        return _inherited_subject(verb)
    return None


def _antecedent(subject: "Token", verb: "Token") -> "Token":
    """"a man who was killed": the relative pronoun stands for the noun the clause hangs on."""
    if subject.lower_ in ("who", "that", "whom") and verb.dep_ == "relcl":
        return verb.head
    return subject


def _inherited_subject(verb: "Token") -> "Token | None":
    """"A man was shot and killed": "killed" shares the passive subject of "shot"."""
    head = verb
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
    return None


def _singular_person(token: "Token") -> bool:
    if token.lower_ in SINGULAR_PRONOUNS:
        return True  # "she was shot": one person (counts are not summed, so naming her twice does not count twice)
    if token.tag_ in ("NNS", "NNPS") or token.pos_ == "PRON" or token.lower_ in ("one", "who", "that"):
        return False
    if any(c.dep_ == "nummod" for c in token.children):
        return False  # "two men": a figure, read by the claims extractor
    if token.ent_type_ == "PERSON":
        return True
    return token.lemma_.lower() in PERSON_NOUNS or bool(AGE_NOUN.match(token.text))


def _negated_or_hedged(token: "Token") -> bool:
    return any(c.dep_ == "neg" or c.lower_ in HEDGES for c in token.children)


def _phrase(token: "Token") -> tuple[int, int]:
    """Character offsets (in the paragraph) of the person's noun phrase without relative clauses."""
    left = token.left_edge.idx
    right = token.idx + len(token)
    for child in token.rights:
        if child.dep_ in ("compound", "flat"):
            right = max(right, child.right_edge.idx + len(child.right_edge))
    if token.ent_iob_ != "O" and token.ent_type_ == "PERSON":
        ent = next((e for e in token.doc.ents if e.start <= token.i < e.end), None)
        if ent is not None:
            left, right = min(left, ent.start_char), max(right, ent.end_char)
    return left, right
