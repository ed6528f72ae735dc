"""Short forms within one document, over ``Mention`` records alone (no spaCy), and the label vote.

- A surname alone, or an initial and a surname ("Tarkhal", "T. Oskarbaev"), refers to the person in the
  document whose name has that surname (the initial agreeing): the nearest one before it, else the first
  one after it. A name the model gave without its first part ("Jomart Tokayev") refers to the fuller one
  ("Kassym-Jomart Tokayev"). The short form may carry a wrong label (a surname tagged ORG after "adviser
  to"), but never a place's: "Washington" beside "George Washington" stays the place.
- An organisation's name cut short ("Open Hands" of "Open Hands Human Rights Centre") refers to the full
  name, but a place is never the short form of its region ("Orvash" / "Orvash Region").
- An acronym that no parenthesis defined refers to the one name in the document whose initials it spells.
- Then every group of mentions that name one thing (same folded text, or linked) takes the labels' vote,
  so a person tagged ORG once stays a person.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from collections import Counter, defaultdict
from dataclasses import replace

from ...records import Mention
from .names import (LABEL_PRIORITY, acronym_letters, first_names_agree, fold, initials, is_acronym, is_initial, is_region_of, is_short_form,
                    person_parts, strip_titles, words)

#: labels a mislabelled person may carry
PERSON_LIKE = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART"})


def link_short_forms(mentions: list[Mention]) -> list[Mention]:
    """Set ``refers_to`` on the short forms of one document's mentions (mentions that have one keep it)."""
    people = [m for m in mentions if m.label == "PERSON" and _full_person(m.text)]
    organisations = [m for m in mentions if m.label not in ("PERSON",) and len(words(m.text)) >= 2]
    # "Ford" tagged ORG beside "Ford Motor Company" and "William Clay Ford Jr.": the company, not the man
    firsts = {words(o.text)[0] for o in organisations if o.label in ("ORG", "FAC", "GPE", "LOC")}
    places = {fold(m.text) for m in mentions if m.label in ("GPE", "LOC")}
    out = []
    for m in mentions:
        if m.refers_to is None:
            ambiguous = m.label != "PERSON" and fold(m.text) in firsts
            target = ((None if ambiguous else _person_target(m, people)) or _organisation_target(m, organisations, places)
                      or _acronym_target(m, organisations))
            if target is not None and fold(target) != fold(m.text):
                m = replace(m, refers_to=target)
        out.append(m)
    return out


def _full_person(text: str) -> bool:
    first, surname = person_parts(text)
    return bool(first and surname and not is_initial(first))


def _person_target(m: Mention, people: list[Mention]) -> str | None:
    if is_acronym(m.text) or not (m.label in PERSON_LIKE or (m.label == "NORP" and " " not in m.text and _uncommon(fold(m.text)))):
        return None  # a nationality word is no surname, but "Ormanov's" tagged NORP is
    tokens = strip_titles(words(m.text))
    if not tokens or len(tokens) > 3:
        return None
    first, surname = person_parts(m.text)
    if len(tokens) > 1 and first and not is_initial(first) and m.label == "PERSON":
        # a full name: only a fuller version of it ("Jomart Tokayev" -> "Kassym-Jomart Tokayev") is a target
        candidates = [p for p in people if fold(person_parts(p.text)[1]) == fold(surname) and len(p.text) > len(m.text)
                      and fold(person_parts(p.text)[0] or "") != fold(first) and first_names_agree(first, person_parts(p.text)[0])]
    elif m.label != "PERSON" and len(tokens) > 1:
        return None
    else:
        candidates = [p for p in people if fold(person_parts(p.text)[1]) == fold(surname)
                      and first_names_agree(first, person_parts(p.text)[0]) and fold(p.text) != fold(m.text)]
    if len({fold(p.text) for p in candidates}) > 1 and len(tokens) == 1:
        return None  # two people share the surname here: a surname alone is ambiguous
    if not candidates:
        return None
    before = [p for p in candidates if p.start < m.start]
    chosen = max(before, key=lambda p: p.start) if before else min(candidates, key=lambda p: p.start)
    return chosen.text


def _organisation_target(m: Mention, organisations: list[Mention], places: set[str]) -> str | None:
    """"Open Hands" -> "Open Hands Human Rights Centre" (the first words: two or more, or one uncommon word
    of an organisation: "Lockheed" -> "Lockheed Martin"); "Colts" ->
    "Indianapolis Colts" (the last words, when the words left out are a place named in the document)."""
    if m.label not in ("ORG", "WORK_OF_ART", "PRODUCT", "FAC") or is_acronym(m.text):
        return None
    own = words(m.text)
    distinctive = len(own) >= 2 or (m.label == "ORG" and _uncommon(own[0]))  # "Lockheed" of "Lockheed Martin", not "United"
    candidates = [o for o in organisations if o.label in ("ORG", "FAC") and len(words(o.text)) > len(own)
                  and ((distinctive and words(o.text)[:len(own)] == own and not is_region_of(o.text, m.text))
                       or (words(o.text)[-len(own):] == own and " ".join(words(o.text)[:-len(own)]) in places))]
    if len({fold(o.text) for o in candidates}) != 1:
        return None
    return min(candidates, key=lambda o: o.start).text


def _uncommon(word: str) -> bool:
    from .spans import common

    return common(word) < 4.0


def _acronym_target(m: Mention, organisations: list[Mention]) -> str | None:
    if not is_acronym(m.text):
        return None
    letters = acronym_letters(m.text)
    candidates = [o for o in organisations if not is_acronym(o.text) and o.label != "PERSON" and letters in initials(o.text)]
    if len({fold(o.text) for o in candidates}) != 1:
        return None
    return min(candidates, key=lambda o: o.start).text


def _shortens(m: Mention) -> bool:
    return bool(m.refers_to) and fold(m.refers_to) != fold(m.text) and is_short_form(m.text, m.refers_to)


def linked_names(mentions: Iterable[Mention]) -> Callable[[str], str]:
    """``find(folded name)`` -> the representative of its group: names joined by any mention's ``refers_to``."""
    parent: dict[str, str] = {}

    def find(key: str) -> str:
        parent.setdefault(key, key)
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for m in mentions:
        a = find(fold(m.text))
        if m.refers_to and fold(m.refers_to):
            b = find(fold(m.refers_to))
            if a != b:
                parent[max(a, b)] = min(a, b)
    return find


def vote_labels(mentions: list[Mention]) -> list[Mention]:
    """Give every mention the majority label of its group (same folded text, or linked by ``refers_to``)."""
    find = linked_names(mentions)
    labels: dict[str, Counter] = defaultdict(Counter)
    for m in mentions:  # short forms take the label of what they shorten; they vote only if nothing else does
        labels[find(fold(m.text))][m.label] += 1 if not _shortens(m) else 0.001
    rank = {label: i for i, label in enumerate(LABEL_PRIORITY)}
    out = []
    for m in mentions:
        counts = labels[find(fold(m.text))]
        label = min(counts, key=lambda l: (-counts[l], rank.get(l, len(rank)), l))
        if label != m.label:
            m = replace(m, label=label)
        out.append(m)
    return out
