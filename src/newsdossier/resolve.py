"""Resolve: mentions from all documents -> entities.

This first resolver merges mentions whose names are the same once case,
typographic apostrophes, diacritic composition, white space, a leading "the"
and a possessive are folded. The entity's type is the vote of its mentions'
labels (ties go to the more specific label), and its canonical name is the
most frequent surface form (ties go to the longer form). Ids derive from the
folded name, so re-running a build keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable

from .records import Alias, Entity, Mention, stable_id

NAME = "exact-name/1"

#: Tie-break order when mention labels vote evenly: the more specific label first.
LABEL_PRIORITY = ("PERSON", "GPE", "ORG", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE")
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def name_key(text: str) -> str:
    """The folded form under which names are merged."""
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHES).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"'s?$", "", text)
    return text.strip()


def resolve_entities(mentions: Iterable[Mention]) -> tuple[Entity, ...]:
    """Group mentions into entities by folded name; return them sorted by mention count, then name."""
    groups: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        key = name_key(mention.text)
        if key:
            groups[key].append(mention)
    entities = [_entity(key, group) for key, group in groups.items()]
    entities.sort(key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
    return tuple(entities)


def _entity(key: str, group: list[Mention]) -> Entity:
    labels = Counter(m.label for m in group)
    rank = {label: i for i, label in enumerate(LABEL_PRIORITY)}
    label = min(labels, key=lambda l: (-labels[l], rank.get(l, len(rank)), l))
    forms = Counter(m.text for m in group)
    name = min(forms, key=lambda f: (-forms[f], -len(f), f))
    per_document = Counter((m.text, m.document) for m in group)
    aliases = tuple(
        Alias(text=text, document=document, count=count)
        for (text, document), count in sorted(per_document.items())
    )
    ordered = sorted(group, key=lambda m: (m.document, m.start))
    return Entity(
        id=stable_id("ent", key),
        name=name,
        type=label,
        aliases=aliases,
        mentions=tuple(m.id for m in ordered),
        resolver=NAME,
    )
