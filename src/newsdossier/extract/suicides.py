"""A killer among the dead: "shot his daughter before turning the gun on himself", "killed his wife, then himself".

The Gun Violence Archive, like a reader, counts a shooter who killed himself among the dead of the incident. Local
news tells it in the same sentence as the killing ("A man shot and killed his 3-year-old daughter before turning the
gun on himself"), where the victims extractor finds the daughter (1) and nothing else says the man died. This module
finds the verbs of such a suicide in a sentence so the extractor can add the doer to the count of the others killed
there (``victims._victims``); "killed his wife and himself", where the reflexive is one of the objects, is already
counted by ``victim_people.group_size`` and is not found here.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from .victim_people import REFLEXIVE, person_like

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

#: verbs whose direct object "himself" / "herself" means the doer died ("killed himself"); not "shot himself",
#: which a child who died of an accident did as often ("a boy died after he accidentally shot himself")
SELF_HARM = frozenset({"kill"})
#: a doer said to live after turning the gun on himself: then nobody is added
LIVED = re.compile(r"\b(?:survived?|surviving|critical condition|serious condition|stable condition|hospitali[sz]ed|"
                   r"expected to (?:recover|survive|live)|in custody|arrested|charged)\b", re.IGNORECASE)


def suicide_verbs(sent: "Span") -> set[int]:
    """Indices of the verbs in ``sent`` that tell a suicide: "killed himself", "turned the gun on
    himself", "took his own life", "committed suicide". Empty when the sentence says the doer lived."""
    if LIVED.search(sent.text):
        return set()
    found: set[int] = set()
    for token in sent:
        lemma = token.lemma_.lower()
        children = list(token.children)
        if lemma in SELF_HARM and any(c.dep_ == "dobj" and c.lower_ in REFLEXIVE for c in children):
            found.add(token.i)
        elif lemma == "turn" and any(_on_self(c) for c in children):
            found.add(token.i)
        elif lemma == "take" and any(c.dep_ == "dobj" and c.lower_ == "life" and any(g.lower_ == "own" for g in c.children)
                                     for c in children):
            found.add(token.i)
        elif lemma == "commit" and any(c.dep_ == "dobj" and c.lower_ == "suicide" for c in children):
            found.add(token.i)
        elif _murder_suicide(token) and not any(t.lower_ in REFLEXIVE for t in sent) and any(
                person_like(sent.doc[i]) for i in doers(sent, {token.i})):
            found.add(token.i)  # "Man kills daughter in murder-suicide": the word stands for his death
    return found


def _murder_suicide(token: "Token") -> bool:
    """"suicide" in "murder-suicide" (one token or three), not "attempted murder-suicide", where the doer lived. Its
    doer is found from it as from a verb: "in murder-suicide" hangs on the killing, whose subject killed himself.
    A sentence with "himself" is left to the verbs above ("killed his wife and himself" counts him already), and so is
    one whose killing has no person for its subject ("the deaths of a woman and her grandson were declared a
    murder-suicide", "Police called it a murder-suicide": the killer may be one of the dead it names)."""
    if token.lower_ not in ("suicide", "murder-suicide") or token.pos_ not in ("NOUN", "PROPN"):
        return False
    if token.lower_ == "suicide":
        doc = token.doc
        if token.i < 2 or doc[token.i - 1].text != "-" or doc[token.i - 2].lower_ != "murder":
            return False
    start = token.i - (2 if token.lower_ == "suicide" else 0)
    return not any(t.lower_ in ("attempted", "attempt", "failed") for t in token.doc[max(0, start - 2):start])


def doers(sent: "Span", verbs: set[int]) -> set[int]:
    """Indices of the subjects of the suicide ``verbs`` ("the 14-year-old turned the gun on herself and died": the
    14-year-old), followed up conjoined and subordinate verbs: that person is the one dead, not one more."""
    found: set[int] = set()
    for i in verbs:
        verb = sent.doc[i]
        for _ in range(4):
            subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
            if subject is not None:
                found.add(subject.i)
                break
            if verb.head.i == verb.i:
                break
            verb = verb.head
    return found


def _on_self(prep: "Token") -> bool:
    """"on himself" under "turned the gun …"."""
    return prep.dep_ == "prep" and prep.lower_ == "on" and any(g.lower_ in REFLEXIVE for g in prep.children)
