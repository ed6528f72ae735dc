"""Measures a figure takes from the circumstances its sentence tells, not from its own words.

The sick of an illness are cases, the sick of a harmful event are hurt (guideline decision 17); people who stayed at
home in a strike took part in it; people that tear gas was fired at are a protest's crowd.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Span

#: force used on a crowd, right before the people it was used on: they are a protest's participants
CROWD_CONTROL = re.compile(r"\b(?:(?:tear ?gas|water[- ]cannons?|rubber bullets|pepper spray|stun grenades|"
                           r"batons?|plastic bullets|pellets)\b[^.;]{0,50}?\b(?:at|on|against|into)|"
                           r"(?:dispersed|dispersing|disperse|broke up|breaking up|charged|kettled))\s+(?:a crowd of\s+)?"
                           r"(?:(?:about|some|around|nearly|roughly|at least|more than|over|up to|an estimated|several|"
                           r"a few|the)\s+)?$", re.IGNORECASE)


#: people who stayed at home or away from work, and a strike that explains it
STAYED_AWAY = re.compile(r"\bst(?:ay|ays|ayed|aying)\s+(?:at\s+home|home|away|out|off)\b", re.IGNORECASE)
STRIKE = re.compile(r"\b(?:strikes?|walk-?outs?|stoppages?|shutdowns?|boycotts?)\b", re.IGNORECASE)


def stayed_away(sentence: str) -> str | None:
    """``participants`` for people who stayed at home in a sentence about a strike ("an estimated 70 percent of
    public-sector employees stayed at home" after "the general strike shut 2,300 schools"): they took part by
    staying away, as people who stayed off the job do."""
    return "participants" if STAYED_AWAY.search(sentence) and STRIKE.search(sentence) else None


#: an illness that spreads: its sick are cases (guideline decision 17)
DISEASE = re.compile(r"\b(?:fever|cholera|measles|typhoid|dengue|malaria|ebola|mpox|diphtheria|meningitis|influenza|flu|covid\S*|"
                     r"tuberculosis|hepatitis|virus(?:es)?|infect\w*|(?<!mental )illness\w*|(?<!mental )diseases?|outbreaks?|epidemics?|"
                     r"pandemics?|contagio\w*|tested positive)\b", re.IGNORECASE)
#: an event that harms at once: its sick are hurt (guideline decision 17: fumes, smoke, a gas leak, a poisoned meal,
#: heat, a crush)
HARM_CAUSE = re.compile(r"\b(?:fumes?|smoke|gas|leak\w*|chemicals?|toxic|poison\w*|carbon monoxide|meals?|banquet|dinner|"
                        r"lunch|breakfast|buffet|feast|food|ate|eating|heat\w*|sunstroke|crush\w*|stampede|spill\w*)\b",
                        re.IGNORECASE)
#: how people fell ill, which is not a case word by itself ("charges", "cases of fraud" are)
ILL_WORDS = re.compile(r"\b(?:sicken\w*|f[ae]ll(?:en)? ill|(?:taken|been) ill)\b", re.IGNORECASE)
#: words of a hurt, which keep the sick in hospital hurt whatever else the sentence names
HURT_WORDS = re.compile(r"\b(?:injur\w*|wound\w*|hurt|burn\w*|shot|stabb\w*|crash\w*|blast|explosion|collision|"
                        r"fire|attack\w*|beat(?:en|ing)|gun\w*|assault\w*|accident\w*)\b", re.IGNORECASE)


def illness_or_harm(found: str, sentence: str) -> str:
    """Cases or injuries for people who fell ill or went to hospital (guideline decision 17): ill after a meal, fumes or
    heat ("30 guests fell ill after the wedding banquet") are hurt by an event; in hospital from an illness ("Mystery
    illness sickens dozens; 11 pupils in hospital") they are cases of it."""
    if found == "cases" and ILL_WORDS.search(sentence) and HARM_CAUSE.search(sentence) and not DISEASE.search(sentence) \
            and not re.search(r"\b(?:charge[sd]?|counts?|convict\w*|indict\w*|investigat\w*|trials?|court)\b", sentence,
                              re.IGNORECASE):
        return "injuries"
    if found == "injuries" and DISEASE.search(sentence) and not HURT_WORDS.search(sentence) \
            and not HARM_CAUSE.search(sentence):
        return "cases"
    return found


def with_context(sent: "Span") -> str:
    """The sentence's text, with the sentence before it when the sentence itself names no illness and no harm: the
    outbreak may be named only there ("Cholera has spread through the camps. Its clinics have treated 1,900 patients")."""
    text = sent.text
    if DISEASE.search(text) or HARM_CAUSE.search(text) or HURT_WORDS.search(text) or sent.start == 0:
        return text
    return sent.doc[sent.start - 1].sent.text + " " + text
