"""Extract: one article and its annotated paragraphs -> records.

Extractors are registered by name in ``EXTRACTORS``; the built-in ones are
registered the same way an outside one would be. Each is a pure function
``(article, parts, settings, model) -> tuple[records]`` and writes into one
field of ``DocumentResult``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from typing import Any

from ..annotate import Part
from ..config import DEFAULT_SETTINGS, Settings
from ..records import Article, DocumentResult
from . import claims, entities, quotes, timex, victims

Extractor = Callable[[Article, Sequence[Part], Settings, str], tuple[Any, ...]]

#: name -> (DocumentResult field it fills, function)
EXTRACTORS: dict[str, tuple[str, Extractor]] = {
    "entities": ("mentions", entities.extract_mentions),
    "claims": ("claims", claims.extract_claims),
    "victims": ("claims", victims.extract_victim_counts),
    "quotes": ("quotes", quotes.extract_quotes),
    "time": ("time_expressions", timex.extract_time_expressions),
}


def register(name: str, field: str, function: Extractor) -> None:
    """Add an extractor; ``field`` is the ``DocumentResult`` field its records go to."""
    if field not in DocumentResult.__dataclass_fields__ or field == "article":
        raise ValueError(f"unknown DocumentResult field {field!r}")
    EXTRACTORS[name] = (field, function)


def extract_document(
    article: Article, parts: Sequence[Part], settings: Settings = DEFAULT_SETTINGS, model: str = ""
) -> DocumentResult:
    """Run every registered extractor over one article."""
    result = DocumentResult(article=article)
    for field, function in EXTRACTORS.values():
        result = replace(result, **{field: getattr(result, field) + tuple(function(article, parts, settings, model))})
    return result
