"""What befell people, read from the role the sentence gives them rather than from their noun.

* fighters a communique says were destroyed or eliminated are dead ("destroyed 3 tanks and up to 40 militaries"),
  whatever their noun says (``militaries``, ``servicemen`` would otherwise be counted as a force);
* a side's own losses put at a number of men are its dead ("put their own losses at 'a few men'");
* people for whom a prison term is sought or given are defendants, counted as cases ("seeking 15 years for each of
  the four executives"; guideline decision 2);
* people a verb brings out of danger alive are survivors, also when the phrase that names them says they were trapped
  ("brought 12 of the 31 miners trapped by the blast to the surface": the 31 are missing, the 12 survivors).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from .lexicon import MILITARY_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of a war communique that count enemy fighters killed
DESTROYING = frozenset("destroy eliminate liquidate neutralise neutralize annihilate wipe".split())
#: nouns for fighters besides MILITARY_NOUNS (translated "militaries", "personnel of the enemy")
FIGHTER_NOUNS = MILITARY_NOUNS | {"militaries", "personnel", "militants", "insurgents", "mercenaries", "gunmen",
                                  "terrorists", "bandits", "men", "enemies"}
#: a side's losses given as a count of men: "put their own losses at", "losses of"
LOSSES_BEFORE = re.compile(r"\blosses\b[^.;]{0,30}?\b(?:at|of|as|to)\s+(?:only\s+|just\s+)?['‘\"“]?(?:\w+\s+)?$",
                           re.IGNORECASE)
#: a prison term sought or given "for each of" the people counted: "seeking 15 years for each of the four executives"
TERM_FOR = re.compile(r"\b(?:years?|months?|terms?|sentences?|life)\b(?:\s+(?:in prison|in jail|behind bars|of prison))?"
                      r"\s+(?:each\s+)?for\s+(?:each\s+of\s+|all\s+|both\s+)?(?:the\s+|its\s+|their\s+)?$", re.IGNORECASE)
#: verbs that bring people out of a place of danger, and where they bring them
BRINGING = frozenset("bring haul lift winch pull carry dig airlift rescue get lead".split())
OUT_ALIVE = re.compile(r"\b(?:to the surface|to safety|(?:out )?alive|ashore|to shore)\b", re.IGNORECASE)


#: verbs that take people somewhere, and a police station as where: "took about 40 protesters to the police station"
TAKING = frozenset("take bring escort deliver drive march lead carry haul".split())
POLICE_PLACE = re.compile(r"\bpolice (?:stations?|departments?|precincts?|headquarters|cells|vans?)\b", re.IGNORECASE)


def taken_to_police(noun: "Token") -> bool:
    """Whether people are taken to a police station by the verb that has them as object ("Officers took about 40
    protesters to the nearest police station"): arrested, whatever their noun."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "nsubjpass") or verb.lemma_.lower() not in TAKING:
        return False
    return any(c.dep_ == "prep" and c.lower_ in ("to", "into", "in")
               and POLICE_PLACE.search(" ".join(t.text for t in c.subtree)) for c in verb.children)


def destroyed_fighters(noun: "Token") -> bool:
    """Whether fighters are the object of a verb of destroying ("destroyed 3 tanks and up to 40 militaries")."""
    if noun.lower_ not in FIGHTER_NOUNS:
        return False
    node = noun
    while node.dep_ == "conj" and node.head.i != node.i:  # "3 tanks and up to 40 militaries": the first object's verb
        node = node.head
    return node.dep_ in ("dobj", "nsubjpass") and node.head.lemma_.lower() in DESTROYING


def lost_men(noun: "Token", before: str) -> bool:
    """Whether the figure is a side's losses given as men: "the rebels put their own losses at 'a few men'"."""
    return noun.lower_ in FIGHTER_NOUNS and bool(LOSSES_BEFORE.search(before))


def term_sought_for(before: str) -> bool:
    """Whether the people counted are those a prison term is sought or given for ("12 years for each of the three")."""
    return bool(TERM_FOR.search(before))


def brought_out_alive(anchor: "Token") -> bool:
    """Whether the verb governing the figure brings people out of danger alive, said after them up to the next comma:
    "Rescuers have brought 12 of the 31 miners trapped by a gas explosion … to the surface"."""
    verb = anchor.head
    if verb.pos_ != "VERB" or verb.i > anchor.i or verb.lemma_.lower() not in BRINGING:
        return False
    text = text_of(anchor.doc)
    stop = text.find(",", anchor.idx)
    stop = min(stop if stop >= 0 else len(text), anchor.idx + 160, anchor.sent.end_char)
    return bool(OUT_ALIVE.search(text, anchor.idx, stop))
