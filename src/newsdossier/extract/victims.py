"""Implicit counts of one: "A 25-year-old man was shot and killed", "the child was pronounced dead".

Local news rarely writes a figure for a single victim, so the numeric-claims extractor (which reads figures)
finds nothing, and a dossier of such articles would say that no one died. This extractor reads the
dependency parse for a singular person — a person noun ("a man", "the 17-year-old", "a fellow student") or a
named person — who is the one killed, wounded or arrested, and makes a claim of 1 for that measure. Its
claims carry their own extractor name (``rules-victims/1``) so they can be told apart from stated figures;
they fill the same ``claims`` field and are reconciled like any other figure.

What counts:
- deaths: killed / murdered / slain / shot dead / shot to death / fatally shot or wounded / died / pronounced or
  found dead / "left X dead" / "the fatal shooting of X" / "suffered a fatal gunshot wound";
- injuries: wounded / injured / hurt / shot / hit or struck by gunfire / "suffering from a gunshot wound" /
  "left X in critical condition" (when the sentence does not also kill that person);
- arrests: arrested / detained / apprehended / taken into custody / "X is in custody" / booked / charged with or
  in an offence (a person charged is held or was arrested, as police tallies and the Gun Violence Archive count).
A bare "was shot" (or "suffered a gunshot wound") in an article that counts a death is taken to be that death
unless the person is told apart ("another man") or said to survive (``_shot_then_died``).
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
NOT_PEOPLE = frozenset({"GPE", "LOC", "FAC", "NORP", "PRODUCT", "EVENT", "WORK_OF_ART", "LAW", "DATE", "TIME"})
#: heads of organisation and place names: "the Police Department was …"
PLACE_WORDS = frozenset("department office county city police school university college church street avenue road "
                        "center centre hospital court state company bank club park".split())
GENERIC_KINDS = frozenset("victim person child teen teenager youth juvenile baby toddler infant kid old".split())
FEMALE = frozenset("woman girl mother daughter wife sister girlfriend grandmother granddaughter aunt niece mom "
                   "stepdaughter her she".split())
MALE = frozenset("man boy father son husband brother boyfriend grandfather grandson uncle nephew dad stepfather stepson "
                 "gunman him he".split())
AGE_NOUN = re.compile(r"^\d{1,3}-year-old$|^(?:\w+-)?year-old$", re.IGNORECASE)
DEATH_VERBS = frozenset({"kill", "murder", "slay", "die", "execute", "gun", "strangle", "stab"})
INJURY_VERBS = frozenset({"wound", "injure", "hurt", "graze", "hospitalize", "hospitalise"})
ARREST_VERBS = frozenset({"arrest", "detain", "apprehend", "book", "jail"})
DEAD = frozenset({"dead", "deceased", "lifeless"})
WOUNDS = frozenset({"wound", "injury", "gunshot"})
#: predicates that say a person was hit, not whether they lived: the dead were shot too
BARE_INJURY = frozenset({"shot", "shooting", "hit", "struck", "suffering", "suffered", "suffers", "suffer"})
#: an article that counts a death (in a figure or of one person)
DEATH_WORDS = re.compile(r"\b(?:killed|killing|kills|dead|died|dies|death|fatal(?:ly)?|shot to death|slain|murdered)\b",
                         re.IGNORECASE)
#: a person told apart from the dead: "another man", "a second victim", "the other woman"
OTHER_PERSON = re.compile(r"\b(?:another|other|second|third|fourth|fifth|sixth|also)\b", re.IGNORECASE)
#: a shot person said to live
SURVIVED = re.compile(r"\b(?:survive[sd]?|surviving|stable|non-?\s?life[- ]threatening|not life[- ]threatening|"
                      r"expected to (?:recover|survive|live)|recovering|treated and released|minor injur(?:y|ies)|"
                      r"critical condition|serious condition|good condition|fair condition)\b", re.IGNORECASE)
HEDGES = frozenset({"may", "might", "could", "possibly", "reportedly", "perhaps", "allegedly"})
SUBJECTS = ("nsubjpass", "nsubj")
CONDITIONS = frozenset({"critical", "serious", "stable", "fair", "good", "grave"})
ATTEMPTS = frozenset({"try", "attempt", "want", "plan", "seek", "hope", "threaten", "vow"})
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
                    id=stable_id("claim", article.id, part.offset + start, part.offset + end, NAME, measure),
                    document=article.id, start=part.offset + start, end=part.offset + end,
                    text=part.doc.text[start:end], sentence=sent.text.strip(), measure=measure,
                    counted=f"{part.doc.text[start:end]} {predicate}", value_low=1.0, value_high=1.0, qualifier="exact",
                    as_of=article.published, status="reported" if source else "asserted", extractor=NAME,
                    source=source.text if source else None,
                    source_start=part.offset + source.start if source else None,
                    source_end=part.offset + source.end if source else None,
                ))
    return tuple(_shot_then_died(claims, f"{article.title or ''}\n{article.text}"))


def _shot_then_died(claims: list[Claim], text: str) -> list[Claim]:
    """"A girl is dead after being shot. … She was accidentally shot by another child.": when the article counts a
    death, a bare "was shot" (or "suffered a gunshot wound") of one person is how that person died, not an injury —
    local news names its dead victim's wounds far more often than a second victim it does not tell apart. A person
    marked as someone else ("another man", "a fourth person was also shot") or as surviving ("is in stable
    condition", "non-life-threatening") stays injured."""
    dead = {_kind(c.text) for c in claims if c.measure == "deaths"}
    if not dead and not DEATH_WORDS.search(text):
        return claims
    return [c for c in claims if not (c.measure == "injuries" and c.counted.rsplit(" ", 1)[-1].lower() in BARE_INJURY
                                      and not OTHER_PERSON.search(c.text) and not SURVIVED.search(c.sentence)
                                      and _same_as_dead(c.text, dead))]


def _same_as_dead(phrase: str, dead: set[str]) -> bool:
    """Whether the shot person may be one the article counts dead: any person when the death is only in a figure or
    in words ("one person was killed"); else a pronoun, a name, or the same kind of person ("the girl")."""
    kind = _kind(phrase)
    if not dead or kind in dead or phrase.lower() in SINGULAR_PRONOUNS:
        return True
    if kind in PERSON_NOUNS or AGE_NOUN.match(kind):
        # "his daughter" may be "the girl" who died, "a man" is not: the same sex, or one of them unmarked
        return any(_gender(kind) and _gender(kind) == _gender(d) or _generic(kind) or _generic(d) for d in dead)
    return kind not in PERSON_NOUNS and not AGE_NOUN.match(kind)  # a name: "Antian Hardmon was shot in the back"


def _generic(kind: str) -> bool:
    """A word for anyone ("the victim", "the child", "the 17-year-old"), as against a role ("the officer")."""
    return kind in GENERIC_KINDS or bool(AGE_NOUN.match(kind)) or kind in SINGULAR_PRONOUNS


def _gender(kind: str) -> str:
    """"f", "m" or "" for a person noun ("daughter" -> "f", "victim" -> "")."""
    return "f" if kind in FEMALE else "m" if kind in MALE else ""


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
    fatal = any(c.lower_ in ("fatally", "dead", "mortally") for c in token.children) or any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children) for c in token.children)
    # "shot to death" kills as "shot dead" does
    if lemma in DEATH_VERBS or (lemma in INJURY_VERBS | {"shoot"} and fatal):  # "was fatally wounded"
        cases.append(("deaths", _patient(token, lemma)))
    elif lemma in INJURY_VERBS or lemma == "shoot" or (lemma in ("hit", "strike") and _by_gunfire(token)):
        cases.append(("injuries", _patient(token, lemma)))
    elif lemma == "leave" and any(c.dep_ == "prep" and c.lower_ == "in" and any(
            g.lower_ == "condition" and any(a.lower_ in CONDITIONS for a in g.children) for g in c.children)
            for c in token.children):
        cases.append(("injuries", children.get("dobj")))  # "a shooting leaves one boy in critical condition"
    elif lemma == "suffer" and _wound(token) is not None:
        # "a man was found suffering from a gunshot wound", "the victim suffered a fatal gunshot wound"
        wound = _wound(token)
        fatal_wound = any(c.lower_ in ("fatal", "mortal", "deadly") for c in wound.children)  # type: ignore[union-attr]
        cases.append(("deaths" if fatal_wound else "injuries", _sufferer(token)))
    elif lemma in ARREST_VERBS or (lemma in ("charge", "indict") and _with_offence(token)):
        # "A 21-year-old suspect was charged in the shooting death": a suspect charged is held (or was arrested) —
        # the way local news most often reports an arrest
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


def _with_offence(verb: "Token") -> bool:
    """"charged with murder", "charged in the death of": a criminal charge, not "charged at the officer"."""
    return any(c.dep_ == "prep" and c.lower_ in ("with", "in") for c in verb.children) or \
        any(c.dep_ == "auxpass" for c in verb.children)


def _by_gunfire(verb: "Token") -> bool:
    """"was hit twice in the leg", "struck by a stray bullet": a person hit by gunfire, not by a car or a fist."""
    words = {t.lower_ for t in verb.subtree}
    return bool(words & {"bullet", "bullets", "gunfire", "round", "rounds", "twice", "times", "shot", "shots"})


def _wound(verb: "Token") -> "Token | None":
    """The wound or injury suffered: the object of "suffer" or of its "from"."""
    for child in verb.children:
        if child.dep_ == "dobj" and child.lemma_.lower() in WOUNDS:
            return child
        if child.dep_ == "prep" and child.lower_ == "from":
            found = next((g for g in child.children if g.dep_ == "pobj" and g.lemma_.lower() in WOUNDS), None)
            if found is not None:
                return found
    return None


def _sufferer(verb: "Token") -> "Token | None":
    """Who suffers: the subject, or the subject of the verb it complements ("a man was found suffering …")."""
    subject = next((c for c in verb.children if c.dep_ in SUBJECTS), None)
    if subject is not None:
        return subject
    if verb.dep_ in ("xcomp", "advcl", "acl") and verb.head.i != verb.i:
        head = verb.head
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            return head  # "a man suffering from a gunshot wound"
        return next((c for c in head.children if c.dep_ in ("nsubjpass", "dobj", "nsubj")), None)
    return _inherited_subject(verb)


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
        subjects = [c for c in children if c.dep_ == "nsubj"]  # the nearest: "BIRMINGHAM, Ala: A child shot himself"
        return max(subjects, key=lambda c: c.i) if subjects else _outer_subject(verb)
    if obj is not None:
        return obj
    if any(c.dep_ == "auxpass" for c in children) or verb.dep_ == "conj":
        return _inherited_subject(verb)
    return None


def _outer_subject(verb: "Token") -> "Token | None":
    """The subject of the clause a subordinate verb hangs on: "a man is in critical condition after accidentally
    shooting himself" (the man shot himself)."""
    head = verb
    for _ in range(3):
        if head.dep_ not in ("pcomp", "advcl", "xcomp", "pobj", "prep") or head.head.i == head.i:
            return None
        head = head.head
        subject = next((c for c in head.children if c.dep_ in SUBJECTS), None)
        if subject is not None:
            return subject
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
            return _antecedent(subject, head)  # "a girl who was shot and killed": the girl
    return None


def _singular_person(token: "Token") -> bool:
    if token.lower_ in SINGULAR_PRONOUNS:
        return True  # "she was shot": one person (counts are not summed, so naming her twice does not count twice)
    if token.is_upper and len(token) > 1 and any(t.is_lower for t in token.sent):
        return False  # "MARENTA (Steppe Wire) - …": a dateline or label in capitals, whatever the tagger calls it
    if token.ent_type_ == "PERSON" and token.tag_ == "NNPS":
        return True  # "Keith Flowers": a name that looks plural
    if token.tag_ in ("NNS", "NNPS") or token.pos_ == "PRON" or token.lower_ in ("one", "who", "that"):
        return False
    if token.lower_ == "old" and token.i >= 2 and token.doc[token.i - 2].lower_ in ("year", "years"):
        return True  # "the 10-year-old" (tokenised 10 - year - old)
    if any(c.dep_ == "nummod" for c in token.children) and not _left_in_condition(token):
        return False  # "two men": a figure, read by the claims extractor
    if token.ent_type_ == "PERSON":
        return True
    if token.tag_ == "NNP" and token.ent_type_ not in NOT_PEOPLE and token.lower_ not in PLACE_WORDS and any(
            c.dep_ == "compound" and c.tag_ == "NNP" for c in token.children):
        return True  # a name the NER model missed or took for an organisation: "Jarrett Thigpen", "Picott-Cleveland"
    return token.lemma_.lower() in PERSON_NOUNS or bool(AGE_NOUN.match(token.text))


def _left_in_condition(token: "Token") -> bool:
    """"leaves one boy in critical condition": a figure of one the figures extractor has no measure word beside."""
    return token.head.lemma_.lower() == "leave" and any(c.lower_ in ("one", "1") for c in token.children) and any(
        t.lower_ == "condition" for t in token.head.subtree)


def _negated_or_hedged(token: "Token") -> bool:
    """"was not hurt", "may have been killed", "police tried to arrest the father" (an attempt, not an arrest)."""
    if token.dep_ == "xcomp" and token.head.lemma_.lower() in ATTEMPTS:
        return True
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
