"""Casualty wording that decides whether counted people were killed, hurt, or neither.

Beside the measure words (``lexicon``), a casualty figure's fate can hang on a phrase the lexicon cannot weigh: a
killing told by the verb the noun hangs on ("fatally shot his two neighbours"), shooting only aimed at people ("when
the car was shot at"), a relative clause that denies the harm ("three customers who were not hurt"), a hospital where
they died, and figures that count wounds or idioms rather than people. ``measure.measure`` asks these after its own
reading.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from ...annotate import text_of
from .lexicon import measure_from

if TYPE_CHECKING:
    from spacy.tokens import Token


#: the words of a killing in the clause of the verb a figure hangs on: "fatally shot his two neighbours", "were found
#: shot dead" (however far the figure stands from it: "Four members of a family, including two children, were …")
KILLING_VERB = re.compile(r"\b(?:fatally|mortally)\s+(?:shot|shoots?|shooting|wounded|wounding|stabbed|stabbing|injured)\b|"
                          r"\b(?:shot|stabbed|beaten)\s+(?:dead|to death)\b", re.IGNORECASE)
#: a figure without a noun that counts no person: "several gunshot wounds, including one to the head" (a wound), "the
#: loss of our loved one" (an idiom)
NOT_A_PERSON_BEFORE = re.compile(r"\b(?:wounds?|shots|bullets|rounds)\b[^.;]{0,20}\b(?:including|includes|included)\s*$|"
                                 r"\bloved\s*$", re.IGNORECASE)


#: shooting aimed at someone or something, which says nothing of anyone hit
AIMED_AT = re.compile(r"\b(?:shot|fired)\s+(?:at|on|upon)(?=\s*(?:[.,;:!?)]|$|(?:and|by|while|when|as|but)\b))|"
                      r"\b(?:shot|shooting|fired|firing)\s+(?:at|into|on|upon)\s+(?:(?:the|a|an|their|his|her|a passing|"
                      r"several|two|three)\s+)?(?:cars?|vehicles?|house|homes?|apartments?|buildings?|trucks?|vans?|suvs?|"
                      r"windows?|crowd|residence)\b", re.IGNORECASE)
#: any word of a hurt or hit person
HURT_WORDS = re.compile(r"\b(?:injur\w*|wound\w*|hurt|hit|struck|shot|hospitali[sz]ed|graze[ds]?)\b", re.IGNORECASE)
#: the figure's own word of harm right after it: "five others injured", "six wounded"
OWN_HURT_AFTER = re.compile(r"^\s*(?:(?:were|was|are|is|have been|had been)\s+)?(?:injured|wounded|hurt)\b",
                            re.IGNORECASE)
#: the counted people taken to a hospital where they died, said of them all (no subject, or a plural one): "taken to
#: the hospital, where they were pronounced dead"; not "All three were taken to the hospital, where the woman died"
DIED_AT_HOSPITAL = re.compile(r"^[^.;]{0,80}?\b(?:hospitals?|medical cent(?:er|re)|trauma cent(?:er|re)|clinic|infirmary)\b"
                              r"[\s,]+where\s+(?:(?:both|all|they|each|they both|they all|all (?:\w+ )?of them|the (?:two|"
                              r"three|four|five|six|pair|victims|men|women|teens|boys|girls|children))\s+)?(?:(?:was|were)\s+"
                              r"(?:later\s+)?(?:pronounced|declared)\s+dead|(?:later\s+)?(?:died|succumbed))\b", re.IGNORECASE)


def only_aimed_at(sentence: str) -> bool:
    """Whether the sentence's only word of harm is shooting aimed at ("when it was shot at", "fired into the house"):
    people there were shot at, and a figure of them counts no one hit."""
    return bool(AIMED_AT.search(sentence)) and not HURT_WORDS.search(AIMED_AT.sub(" ", sentence))


def spared(noun: "Token", found: str) -> bool:
    """Whether the figure's measure comes from a negated relative clause on its noun ("three customers who were not
    hurt", "two others who weren't injured"), and the rest of the clause tells no harm: they are the spared."""
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        negated = any(c.dep_ == "neg" or c.dep_ in ("aux", "auxpass") and any(g.dep_ == "neg" for g in c.children)
                      for c in clause.children)  # "who were not hurt", "who weren't injured" ("n't" on "were")
        if negated and \
                measure_from(" ".join(t.text for t in clause.subtree)) == found:
            rest = [t for t in noun.sent if not (clause.left_edge.i <= t.i <= clause.right_edge.i)]
            return measure_from(" ".join(t.text for t in rest)) != found
    return in_a_victims_company(noun)


#: prepositions of company: people "with", "alongside" or "beside" the one who was hit
COMPANY = frozenset({"with", "alongside", "beside"})
#: plural pronouns as the subject of the harm: "walking with two friends when they were shot" takes the friends in
PLURAL_SUBJECTS = frozenset({"they", "we", "you", "both", "all"})


def in_a_victims_company(noun: "Token") -> bool:
    """Whether the counted people are only company of someone else who was hit: "She was sitting in a car with two
    other children when she was shot" (the two were with her; one person was shot). The figure's noun (or the first of
    a list it ends) is the object of "with" on a word that is no harm ("sitting", "a car"), not "along with" or "together
    with" (which joins them to the harm: "shot along with two others"), and a harm verb of the sentence has a subject of
    one person outside that phrase ("she", "the boy"), not "they"."""
    head = noun
    while head.dep_ == "conj" and head.head.i != head.i:
        head = head.head  # "with an uncle and two other children": the list hangs on its first member
    if head.dep_ != "pobj" or head.head.lower_ not in COMPANY:
        return False
    preposition = head.head
    if preposition.i > 0 and noun.doc[preposition.i - 1].lower_ in ("along", "together", "and"):
        return False  # "was shot along with two others": hit with them
    holder = preposition.head
    if HURT_WORDS.fullmatch(holder.text) or holder.lemma_.lower() in ("kill", "injure", "wound", "hurt", "shoot", "die"):
        return False  # "injured with two others"
    for verb in noun.sent:
        if verb.pos_ not in ("VERB", "AUX") or not (HURT_WORDS.fullmatch(verb.text) or verb.lemma_.lower() in (
                "kill", "injure", "wound", "shoot")):
            continue
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is None or preposition.left_edge.i <= subject.i <= preposition.right_edge.i:
            continue
        if subject.lower_ in PLURAL_SUBJECTS or subject.tag_ in ("NNS", "NNPS", "CD") \
                or any(c.dep_ in ("conj", "nummod") for c in subject.children):
            return False  # "when they were shot", "two men were shot": the harm may take in the company
        if subject.tag_ in ("PRP", "NN", "NNP"):
            return True
    return False


def killed_in_clause(anchor: "Token", clause: list["Token"]) -> bool:
    """Whether the words of the clause the figure's noun hangs on (``clause``: its verb and what that verb governs,
    without relative, adverbial or joined clauses) say they were killed: "He fatally shot his two neighbours" counts the
    dead, not the wounded."""
    if OWN_HURT_AFTER.match(text_of(anchor.doc)[anchor.idx + len(anchor):anchor.idx + 60]):
        return False  # "the owner was shot dead and five others injured": the figure's own word says they were hurt
    return bool(KILLING_VERB.search(" ".join(t.text for t in sorted(clause, key=lambda t: t.i))))


def died_at_hospital(noun: "Token") -> bool:
    """Whether the words after the counted noun take them to a hospital where they died ("The two men were rushed to
    Mercy Hospital, where both were pronounced dead")."""
    return bool(DIED_AT_HOSPITAL.match(text_of(noun.doc)[noun.idx + len(noun):min(noun.sent.end_char, noun.idx + 160)]))
