"""The verbs over a figure's noun: the climb to the nearest verb, what a verb governs (without relative, adverbial or
reported clauses), and the measure those words give.

Split out of ``measure``: the event-word reading (``measure_words``), the role rules (``measure``) and ``figures`` all
climb from a noun to its verb the same way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import harm
from .lexicon import measure_from

if TYPE_CHECKING:
    from spacy.tokens import Token

#: verbs of a clause that says what someone is suspected of, not what befell them: "two women accused of murdering"
ACCUSED = frozenset({"accuse", "suspect", "charge", "want", "indict", "convict", "sought", "seek", "wanted", "accused",
                     "suspected", "charged"})


def _accusation(token: "Token") -> bool:
    """Whether ``token`` opens a clause about a noun's suspected deed: "accused of murdering", "wanted for"."""
    return token.dep_ in ("acl", "relcl") and (token.lemma_.lower() in ACCUSED or token.lower_ in ACCUSED)


def _verbs_above(noun: "Token") -> str | None:
    """The measure the verb governing a noun for people gives, or the next verb up when the nearest one tells
    nothing: "Were evacuated from the Zone of flooding 1 043 Residents" (translated word order: "flooding" governs
    the noun, "evacuated" the sentence). Relative, adverbial and reported clauses stop the climb."""
    if noun.dep_ == "pobj" and noun.head.lower_ != "of" and noun.head.head.pos_ in ("NOUN", "PROPN") \
            and noun.head.head.dep_ in ("nsubj", "nsubjpass"):
        return None  # "the search for two attackers continued …": the noun belongs to another noun's phrase
    verb = verb_above(noun)
    for _ in range(2):
        found = measure_from(" ".join(t.text for t in sorted(governed(verb, noun), key=lambda t: t.i))) \
            or _true_predicate(verb)
        if found or verb.dep_ in ("relcl", "advcl", "ccomp", "acl", "conj", "parataxis") or verb.head.i == verb.i:
            return found
        verb = verb_above(verb.head)
    return None


def _true_predicate(verb: "Token") -> str | None:
    """The measure of the verb the parser joined to a participle it took for the main verb: in "All 11 skiers swept
    away by the avalanche were dug out alive" "swept" heads the sentence and "were dug out alive", which has no
    subject of its own, hangs on it as a conjunct; that conjunct is what befell the skiers."""
    if verb.tag_ not in ("VBD", "VBN") or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return None
    for conj in verb.children:
        if conj.dep_ == "conj" and conj.pos_ == "VERB" and any(c.dep_ in ("aux", "auxpass") for c in conj.children) \
                and not any(c.dep_ in ("nsubj", "nsubjpass") for c in conj.children) \
                and not any(c.dep_ == "cc" for c in verb.children if c.i < conj.i):
            words = [*governed(conj), *(c for c in conj.children if c.dep_ == "advcl" and c.pos_ == "ADJ")]  # "alive"
            return measure_from(" ".join(t.text for t in sorted(words, key=lambda t: t.i)))
    return None


def _killed_by_its_verb(anchor: "Token") -> bool:
    """Whether the verb the figure's noun hangs on says they were killed (``harm.killed_in_clause``)."""
    verb = verb_above(anchor)
    return verb.i != anchor.i and harm.killed_in_clause(anchor, governed(verb, anchor))


def verb_above(token: "Token") -> "Token":
    while token.pos_ not in ("VERB", "AUX") and token.head.i != token.i:  # spaCy makes a new Token on each access
        token = token.head
    return token


def governed(verb: "Token", noun: "Token | None" = None) -> list["Token"]:
    """The verb and what it governs, without relative, adverbial or reported clauses, nor a clause saying what
    ``noun`` is accused of ("two women accused of murdering a man appeared in court": their deed, not their fate)."""
    out, todo = [], [verb]
    while todo:
        token = todo.pop()
        out.append(token)
        todo.extend(c for c in token.children if (c.dep_ not in ("relcl", "advcl", "ccomp", "parataxis", "conj", "acl:relcl")
                                                  # "made it to shore", "sent … to hospital": the parser's clause
                                                  # headed by a noun is a place the verb takes them to
                                                  or c.dep_ == "advcl" and c.pos_ in ("NOUN", "PROPN"))
                    and not (noun is not None and c.head.i == noun.i and _accusation(c)))
    return out
