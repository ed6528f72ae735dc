"""Groups of local entities -> ``Entity`` records: canonical name, type, aliases, descriptions (the ids are
given in ``__init__``, where namesakes under one name are told apart)."""

from __future__ import annotations

from collections import Counter, defaultdict

from ..extract.entities.names import fold, is_acronym, is_initial, is_short_form, person_parts, strip_titles, words
from ..records import Alias, Entity
from .local import Local, vote


def canonical_name(locals_: list[Local], label: str) -> str:
    """The most complete well-attested form: among the forms written in at least half as many documents as
    the most-written one, the one with most words (a person's name with a first name first; initials count
    half), then the most documents, then the most mentions; a form not written in capitals wins a tie."""
    documents: dict[str, set[str]] = defaultdict(set)
    counts: Counter[str] = Counter()
    for local in locals_:
        for m in local.mentions:
            if m.refers_to and fold(m.refers_to) != fold(m.text) and is_short_form(m.text, m.refers_to):
                continue  # a short form
            documents[m.text].add(m.document)
            counts[m.text] += 1
    if not documents:  # every mention is a short form: fall back on them all
        for local in locals_:
            for m in local.mentions:
                documents[m.text].add(m.document)
                counts[m.text] += 1
    if label == "PERSON":
        with_first = [f for f in documents if (parts := person_parts(f))[0] and not is_initial(parts[0])]
        pool = with_first or list(documents)
    else:
        expanded = [f for f in documents if not is_acronym(f)]
        pool = expanded or list(documents)
    most = max(len(documents[f]) for f in pool)
    attested = [f for f in pool if 2 * len(documents[f]) >= most]

    def completeness(form: str) -> float:
        tokens = strip_titles(words(form)) if label == "PERSON" else words(form)
        return sum(0.5 if is_initial(t) else 1.0 for t in tokens)

    return min(attested, key=lambda f: (-completeness(f), -len(documents[f]), -counts[f], f.isupper(), f))


def build_entity(locals_: list[Local], resolver: str) -> tuple[str, Entity]:
    """(id key, entity without its final id) for one group; the caller makes ids unique."""
    full = [local.label for local in locals_ for _ in local.mentions if local.kind == "full"]
    label = vote(full or [local.label for local in locals_ for _ in local.mentions])  # partial names vote last
    name = canonical_name(locals_, label)
    mentions = sorted((m for local in locals_ for m in local.mentions), key=lambda m: (m.document, m.start, m.end))
    per_document = Counter((m.text, m.document) for m in mentions)
    aliases = tuple(Alias(text=t, document=d, count=c) for (t, d), c in sorted(per_document.items()))
    seen: dict[str, int] = {}
    order: list[str] = []
    for m in mentions:
        if m.description:
            key = fold(m.description)
            if key not in seen:
                order.append(m.description)
                seen[key] = 0
            seen[key] += 1
    descriptions = tuple(sorted(order, key=lambda d: (-seen[fold(d)], order.index(d))))
    entity = Entity(id="", name=name, type=label, aliases=aliases, mentions=tuple(m.id for m in mentions),
                    resolver=resolver, descriptions=descriptions)
    return fold(name), entity
