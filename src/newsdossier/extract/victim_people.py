"""Who a victim is: person phrases, whether two phrases may name the same person, and how many people a phrase
joined with "and" (or, in a headline, with commas) counts.

Used by the implicit-count extractor (``victims.py``) and by the headline rule that keeps a dead victim out of the
injured (``reconcile/headlines.py``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Token

PERSON_NOUNS = frozenset(
    "man woman boy girl teen teenager child baby toddler infant person student victim officer deputy trooper "
    "suspect driver passenger father mother son daughter husband wife brother sister resident youth juvenile adult "
    "motorist pedestrian clerk employee worker customer owner neighbor neighbour friend girlfriend boyfriend "
    "relative cousin uncle aunt nephew niece grandmother grandfather grandson granddaughter homeowner gunman "
    "shooter bystander guard cashier robber intruder burglar sophomore freshman junior senior classmate roommate "
    "veteran soldier teacher mom dad stepfather stepson rapper musician photographer journalist grandchild "
    "stepdaughter fiancee fiance female male firefighter".split()
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
#: children and grown-ups: "the boy" who was shot is not "the man" who died
CHILDREN = frozenset("boy girl child baby toddler infant kid".split())
GROWN = frozenset("man woman adult husband wife father mother grandmother grandfather mom dad".split())
AGE_NOUN = re.compile(r"^\d{1,3}-year-old$|^(?:\w+-)?year-old$", re.IGNORECASE)
#: a person told apart from the dead: "another man", "a second victim", "the other woman"
OTHER_PERSON = re.compile(r"\b(?:another|other|second|third|fourth|fifth|sixth|also)\b", re.IGNORECASE)
SINGULAR_PRONOUNS = frozenset({"he", "she", "him", "her", "someone", "somebody"})
REFLEXIVE = frozenset({"himself", "herself"})
#: what divides a headline from the site name pasted after it
SEPARATORS = frozenset({"«", "»", "|", "::", "–", "—"})
SMALL = {w: i for i, w in enumerate("zero one two three four five six seven eight nine ten eleven twelve".split())}


def may_be_dead(phrase: str, dead: set[str]) -> bool:
    """Whether a person phrase ("the boy", "he", "Ana Ruiz") may name one of the dead, given the head words of the
    dead (``kind``); an empty ``dead`` means a death counted only in a figure, which anyone may be."""
    return not OTHER_PERSON.search(phrase) and same_as_dead(phrase, dead)


def kind(phrase: str) -> str:
    """The head word of a person phrase, lower-cased ("A 4-year-old girl" -> "girl")."""
    return _kind(phrase)


def described(phrase: str) -> bool:
    """Whether a person phrase names a kind of person ("the girl", "a 17-year-old"), not a name or a pronoun."""
    head = _kind(phrase)
    return head in PERSON_NOUNS or bool(AGE_NOUN.match(head))


def same_as_dead(phrase: str, dead: set[str]) -> bool:
    """Whether the shot person may be one the article counts dead: any person when the death is only in a figure or
    in words ("one person was killed"); else a pronoun, a name, or the same kind of person ("the girl")."""
    kind = _kind(phrase)
    if not dead or kind in dead or phrase.lower() in SINGULAR_PRONOUNS:
        return True
    if all({kind, d} & CHILDREN and {kind, d} & GROWN for d in dead):
        return False  # a child and a grown-up are two people
    if kind in PERSON_NOUNS or AGE_NOUN.match(kind):
        # "his daughter" may be "the girl" who died, "a man" is not: the same sex, or one of them unmarked; a dead
        # person known only by name ("Colin Fraley died") may be "the 10-year-old boy" who was shot
        return any(_gender(kind) and _gender(kind) == _gender(d) or _generic(kind) or _generic(d) or _named(d)
                   for d in dead)
    return kind not in PERSON_NOUNS and not AGE_NOUN.match(kind)  # a name: "Antian Hardmon was shot in the back"


def _generic(kind: str) -> bool:
    """A word for anyone ("the victim", "the child", "the 17-year-old"), as against a role ("the officer")."""
    return kind in GENERIC_KINDS or bool(AGE_NOUN.match(kind)) or kind in SINGULAR_PRONOUNS


def _named(kind: str) -> bool:
    """A head word that is a name, not a kind of person or a pronoun ("fraley" of "Colin Fraley")."""
    return bool(kind) and kind not in PERSON_NOUNS and not AGE_NOUN.match(kind) and kind not in SINGULAR_PRONOUNS \
        and kind not in REFLEXIVE and kind.isalpha()


def _gender(kind: str) -> str:
    """"f", "m" or "" for a person noun ("daughter" -> "f", "victim" -> "")."""
    return "f" if kind in FEMALE else "m" if kind in MALE else ""


#: what follows a surname: "Anthony Hughes Junior" is a name, not a school junior
NAME_SUFFIXES = frozenset({"junior", "jr", "jr.", "senior", "sr", "sr.", "ii", "iii", "iv"})


def _kind(phrase: str) -> str:
    """The head word of a person phrase, lower-cased ("A 4-year-old girl" -> "girl"); of a name with a suffix, the
    surname ("Anthony Hughes Junior" -> "hughes")."""
    words = phrase.split()
    if len(words) >= 3 and words[-1].lower().rstrip(",") in NAME_SUFFIXES and words[-2][:1].isupper() \
            and words[-3][:1].isupper():
        return words[-2].lower().rstrip(",")
    return words[-1].lower() if words else ""


def group_size(verb: "Token", person: "Token", title: bool) -> int | None:
    """How many people a coordinated group counts when it names a singular person beside others: "a man and a
    teenager" (2), "his girlfriend and her son" (2), "a man and two women" (3), "two men and a boy" (3), "himself
    and a juvenile" (2), "killed his wife and himself" (2: the doer is among the dead, as the Gun Violence Archive
    counts); in a headline the comma joins too: "Man, 3 girls shot" (4), "Boy, 2 men injured" (3).
    None for a single person or a group with a member that is not a counted or singular person."""
    links = ("conj", "appos", "nmod", "intj") if title else ("conj",)
    root = person
    while root.dep_ in links and root.head.i != root.i and person_like(root.head):
        root = root.head
    members: dict[int, "Token"] = {}

    def collect(token: "Token") -> None:
        members[token.i] = token
        for child in token.children:
            if child.i not in members and (child.dep_ in links and (
                    child.dep_ == "conj" or person_like(child) or child.lower_ in REFLEXIVE) or _listed_apposition(child)):
                collect(child)

    collect(root)
    if title:  # "4 teens hurt in Brentwood « CBS San Francisco": nothing after the site's name separator counts
        cut = next((t.i for t in verb.sent if t.text in SEPARATORS), None)
        if cut is not None:
            members = {i: m for i, m in members.items() if i < cut}
    for child in verb.children:  # "injured himself and a juvenile": the reflexive's companions
        if child.dep_ == "dobj" and child.lower_ in REFLEXIVE:
            members.update({c.i: c for c in child.conjuncts})
            members[person.i] = person
    if title:  # "Girl killed, grandmother injured": each person has a fate of her own, and neither is the other's
        members = {i: m for i, m in members.items() if i == person.i or not _own_predicate(m, verb)}
    if len(members) < 2:
        return None
    total = 0
    single = False
    for member in members.values():
        figure = next((c for c in member.children if c.dep_ == "nummod"), None)
        if figure is not None and member.tag_ in ("NNS", "NNPS") and person_like(member):
            value = _small_number(figure.lower_)
            if value is None:
                return None
            total += value
        elif singular_person(member) and member.lower_ not in SINGULAR_PRONOUNS:
            total += 1
            single = True
        elif member.lower_ in REFLEXIVE or member.lower_ in SINGULAR_PRONOUNS:
            total += 1
        else:
            return None
    return total if single and total >= 2 else None


#: an adjective that tells a headline's person's fate ("Toddler dead, adult injured")
FATE_ADJECTIVES = frozenset({"dead", "killed", "injured", "wounded", "hurt", "shot", "hospitalized", "missing"})


def _own_predicate(member: "Token", verb: "Token") -> bool:
    """A headline's person with a participle of their own that is not ``verb`` ("girl killed" beside "grandmother
    injured", "Toddler dead, adult injured"): a comma there separates two clauses of the headline, not two people of
    one."""
    return any(c.i != verb.i and (c.dep_ in ("acl", "relcl") and c.pos_ in ("VERB", "AUX")
                                  or c.dep_ == "amod" and c.lower_ in FATE_ADJECTIVES) for c in member.children)


def _listed_apposition(token: "Token") -> bool:
    """"killed his wife, son and daughter": the parser hangs "son and daughter" on "wife" as an apposition; a person
    noun in apposition that opens a list of its own ("son and daughter") is one more member, where an apposition
    that names or describes ("his wife, Ana", "the victim, a 25-year-old man") is the same person, and so is a list in
    apposition to a plural ("two victims, a man and a woman")."""
    if token.head.tag_ in ("NNS", "NNPS"):
        return False  # "Two victims, a man and a woman, were wounded": the apposition names the two, it adds no one
    return (token.dep_ == "appos" and token.pos_ == "NOUN" and token.lemma_.lower() in PERSON_NOUNS
            and any(c.dep_ == "conj" and person_like(c) for c in token.children))


def _small_number(word: str) -> int | None:
    """"3" or "three" as an int (a group's part is a small count), else None."""
    if word.isdigit() and len(word) <= 2:
        return int(word)
    return SMALL.get(word)


def person_like(token: "Token") -> bool:
    """A person noun, singular or plural ("girls", "adults", "men"), a counted "others" ("two others"), or a singular
    person."""
    return (token.lemma_.lower() in PERSON_NOUNS | {"people", "person", "adult", "kid"} or singular_person(token)
            or token.lower_ == "others" and any(c.dep_ == "nummod" for c in token.children))  # "his cousin and two others"


def singular_person(token: "Token") -> bool:
    if token.lower_ in SINGULAR_PRONOUNS:
        return True  # "she was shot": one person (counts are not summed, so naming her twice does not count twice)
    if token.is_upper and len(token) > 1 and any(t.is_lower for t in token.sent):
        return False  # "MARENTA (Steppe Wire) - …": a dateline or label in capitals, whatever the tagger calls it
    if token.ent_type_ == "PERSON" and token.tag_ == "NNPS":
        return True  # "Keith Flowers": a name that looks plural
    if token.tag_ in ("NNS", "NNPS") or token.pos_ == "PRON" or token.lower_ in ("one", "who", "that"):
        return False
    if token.lower_ == "old" and token.i >= 2 and "year" in (token.doc[token.i - 2].lower_, token.doc[token.i - 1].lower_):
        return True  # "the 10-year-old" (tokenised 10 - year - old), "a 17 year old"
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
