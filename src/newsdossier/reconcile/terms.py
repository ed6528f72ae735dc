"""Terms: scare-quoted words ("terrorists", "bandits") and who uses them.

Which side calls the same people "protesters" and which "terrorists" is a
finding in itself. A term use is a quote of kind ``term``; its user is the
speaker of the reported speech it sits in, or the outlet itself.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from typing import Any

from ..records import Quote


def term_uses(quotes: Iterable[Quote], voices: Mapping[str, str | None], names: Mapping[str, str] | None = None
              ) -> list[dict[str, Any]]:
    """[{term, users: [{user, kind ("speaker"|"outlet"), entity, quotes}]}], most widely used terms first.

    ``names`` maps an entity id to its canonical name, so one speaker spelled two ways counts once.
    """
    by_term: dict[str, dict[tuple[str, str, str | None], list[str]]] = defaultdict(lambda: defaultdict(list))
    shown: dict[str, str] = {}
    for quote in quotes:
        if quote.kind != "term":
            continue
        key = quote.text.strip(" \"'“”‘’").casefold()
        if not key:
            continue
        shown.setdefault(key, quote.text.strip(" \"'“”‘’"))
        if quote.speaker_entity and names and quote.speaker_entity in names:
            user = (names[quote.speaker_entity], "speaker", quote.speaker_entity)
        elif quote.speaker:
            user = (quote.speaker, "speaker", quote.speaker_entity)
        else:
            user = (voices.get(quote.document) or quote.document, "outlet", None)
        by_term[key][user].append(quote.id)
    terms = [
        {
            "term": shown[key],
            "users": [
                {"user": user, "kind": kind, "entity": entity, "quotes": ids}
                for (user, kind, entity), ids in sorted(users.items(), key=lambda item: (-len(item[1]), item[0][0]))
            ],
        }
        for key, users in by_term.items()
    ]
    terms.sort(key=lambda t: (-len(t["users"]), -sum(len(u["quotes"]) for u in t["users"]), t["term"].casefold()))
    return terms
