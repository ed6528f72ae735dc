"""Within one document: mentions -> local entities (``Local``).

Mentions of one document are one entity when their folded names are equal or when one names the
other in ``Mention.refers_to`` (set by the extractor: "Tarkhal" -> "Ilena Tarkhal", "NSC" ->
"National Security Committee"). A local entity's label is the vote of its mentions' labels, so a person
tagged ORG once stays a person. Its *full names* are the forms that may key it across documents: for a
person, a name with a first name and a surname; for anything else, a name that is no short form. A local
entity without a full name is *partial* (a surname alone, an initial and a surname, a bare acronym) and
is only attached to an entity elsewhere when that choice is unambiguous (see ``merge``).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from ..extract.entities.shortforms import linked_names
from ..extract.entities.names import LABEL_PRIORITY, acronym_letters, fold, is_acronym, is_initial, is_short_form, name_variant_key, person_parts, variant_key
from ..records import Mention

PLACES = frozenset({"GPE", "LOC", "FAC"})


@dataclass(slots=True)
class Local:
    """The mentions of one entity in one document, with what they say about it."""

    document: str
    mentions: list[Mention]
    label: str
    #: "full" (keyed by a full name), "surname" (a surname alone, perhaps with an initial), "acronym" (bare)
    kind: str
    #: folded full names, their variant keys, and every folded form (short forms and refers_to targets too)
    keys: set[str] = field(default_factory=set)
    variants: set[str] = field(default_factory=set)
    forms: set[str] = field(default_factory=set)
    #: the letters of the acronyms among its mentions ("nsc")
    acronyms: set[str] = field(default_factory=set)
    #: for persons: (first name or initial, surname) of the fullest name; surname "" otherwise
    first: str | None = None
    surname: str = ""
    descriptions: list[str] = field(default_factory=list)

    @property
    def is_person(self) -> bool:
        return self.label == "PERSON"


def vote(labels: Iterable[str]) -> str:
    counts = Counter(labels)
    rank = {label: i for i, label in enumerate(LABEL_PRIORITY)}
    return min(counts, key=lambda label: (-counts[label], rank.get(label, len(rank)), label))


def locals_of(mentions: list[Mention]) -> list[Local]:
    """Group one document's mentions into local entities (deterministic order: by first mention)."""
    find = linked_names(mentions)
    groups: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        if fold(m.text):
            groups.setdefault(find(fold(m.text)), []).append(m)
    return [_local(group) for group in groups.values()]


def _local(group: list[Mention]) -> Local:
    short = {fold(m.text) for m in group if m.refers_to and fold(m.refers_to) != fold(m.text) and is_short_form(m.text, m.refers_to)}
    voters = [m.label for m in group if fold(m.text) not in short]  # short forms take the label of what they shorten
    label = vote(voters or [m.label for m in group])
    local = Local(document=group[0].document, mentions=group, label=label, kind="full")
    names = [m.text for m in group] + [m.refers_to for m in group if m.refers_to]
    local.forms = {fold(n) for n in names} - {""}
    local.acronyms = {acronym_letters(m.text) for m in group if is_acronym(m.text)}
    for d in (m.description for m in group if m.description):
        if d not in local.descriptions:
            local.descriptions.append(d)
    full = sorted({n for n in names if fold(n) and fold(n) not in short}, key=lambda n: (-len(n), n))
    if label == "PERSON" and full and all(is_acronym(n) for n in full):
        local.label = label = "ORG"  # an acronym is no person's name
    if label == "PERSON":
        best = None
        for name in full:
            first, surname = person_parts(name)
            if surname and first and not is_initial(first):
                local.keys.add(fold(name))
                local.variants.add(f"{variant_key(first)} {variant_key(surname)}")
                best = best or (first, surname)
        if best is None:  # no first name anywhere: a surname alone, or an initial and a surname
            candidates = [person_parts(n) for n in full or names]
            candidates = [c for c in candidates if c[1]]
            if not candidates:
                local.kind = "surname"
                return local
            best = max(candidates, key=lambda c: (c[0] is not None, len(c[1])))
            local.kind = "surname"
            local.keys.add(fold(best[1]))
        local.first, local.surname = best
        return local
    acronyms = [n for n in full if is_acronym(n)]
    if full and len(acronyms) == len(full):
        local.kind = "acronym"
    for name in full:
        local.keys.add(fold(name))
        local.variants.add(name_variant_key(name))
    if not local.keys:  # every form is a short form of a name that is not itself a mention
        local.keys = set(local.forms)
        local.variants = {name_variant_key(f) for f in local.forms}
    return local
