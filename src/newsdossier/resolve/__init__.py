"""Resolve: mentions from all documents -> entities, without a knowledge base.

A pure function over ``Mention`` records (the pipeline recomputes entities from the mentions stored in
SQLite): mentions of one document are grouped first (``local``: equal names, and the short forms the
extractor linked in ``Mention.refers_to``), then those groups are merged across documents (``merge``:
equal full names, spelling variants checked against context, partial names joined only when
unambiguous), and each group becomes an ``Entity`` (``entity``) whose canonical name is its most complete
well-attested form. Ids derive from the canonical name, so re-running a build keeps them.
"""

from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import replace

from ..records import Entity, Mention, stable_id
from .entity import build_entity
from .local import LABEL_PRIORITY, locals_of
from .merge import group

__all__ = ["NAME", "LABEL_PRIORITY", "name_key", "resolve_entities"]

NAME = "variants/2"
APOSTROPHES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'"})


def name_key(text: str) -> str:
    """The folded form an entity id derives from: case, apostrophes, white space, "the", a possessive."""
    text = unicodedata.normalize("NFKC", text).translate(APOSTROPHES).casefold()
    text = re.sub(r"\s+", " ", text).strip()
    text = re.sub(r"^the ", "", text)
    text = re.sub(r"'s?$", "", text)
    return text.strip()


def resolve_entities(mentions: Iterable[Mention]) -> tuple[Entity, ...]:
    """Group mentions into entities; return them sorted by mention count, then name, then id."""
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        if name_key(mention.text):
            by_document[mention.document].append(mention)
    locals_ = [local for document in sorted(by_document) for local in locals_of(by_document[document])]
    built = [build_entity([locals_[i] for i in members], NAME) for members in group(locals_)]
    entities = _with_ids(built)
    entities.sort(key=lambda e: (-len(e.mentions), e.name.casefold(), e.id))
    return tuple(entities)


def _with_ids(built: list[tuple[str, Entity]]) -> list[Entity]:
    """Ids from the canonical name; entities kept apart under one name (namesakes) add their type, then
    their first mention."""
    by_key: dict[str, list[Entity]] = defaultdict(list)
    for _, entity in built:
        by_key[name_key(entity.name)].append(entity)
    out = []
    for key, entities in by_key.items():
        if len(entities) == 1:
            out.append(replace(entities[0], id=stable_id("ent", key)))
            continue
        types = defaultdict(list)
        for entity in entities:
            types[entity.type].append(entity)
        for label, same in types.items():
            for entity in same:
                parts = (key, label) if len(same) == 1 else (key, label, min(entity.mentions))
                out.append(replace(entity, id=stable_id("ent", *parts)))
    return out
