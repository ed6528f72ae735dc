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
from ..records import Article, Claim, DocumentResult, stable_id
from . import claims, entities, quotes, timex, titles, victims
from .claim_times import date_claims

Extractor = Callable[[Article, Sequence[Part], Settings, str], tuple[Any, ...]]

#: name -> (DocumentResult field it fills, function)
EXTRACTORS: dict[str, tuple[str, Extractor]] = {
    "entities": ("mentions", entities.extract_mentions),
    "claims": ("claims", claims.extract_claims),
    "victims": ("claims", victims.extract_victim_counts),
    "quotes": ("quotes", quotes.extract_quotes),
    "time": ("time_expressions", timex.extract_time_expressions),
}


#: extractors run over the title (a part with ``field="title"``), all into ``claims``: a headline often states
#: the figure ("5 shot on the west side") that the body gives only in words or not at all
#: (the headline reader first: where two read the same figure, the first keeps it)
TITLE_EXTRACTORS: dict[str, Extractor] = {
    "titles": titles.extract_title_figures,
    "claims": claims.extract_claims,
    "victims": victims.extract_victim_counts,
}


def register(name: str, field: str, function: Extractor) -> None:
    """Add an extractor; ``field`` is the ``DocumentResult`` field its records go to."""
    if field not in DocumentResult.__dataclass_fields__ or field == "article":
        raise ValueError(f"unknown DocumentResult field {field!r}")
    EXTRACTORS[name] = (field, function)


def extract_document(
    article: Article, parts: Sequence[Part], settings: Settings = DEFAULT_SETTINGS, model: str = ""
) -> DocumentResult:
    """Run every registered extractor over one article's text, then the title extractors over its title part."""
    body = [p for p in parts if p.field == "text"]
    result = DocumentResult(article=article)
    for field, function in EXTRACTORS.values():
        result = replace(result, **{field: getattr(result, field) + tuple(function(article, body, settings, model))})
    # a figure holds as of the point in time that governs its clause ("said on Monday"), once both are known
    result = replace(result, claims=date_claims(result.claims, result.time_expressions, article.text))
    title_parts = [p for p in parts if p.field == "title"]
    title = date_claims(extract_title_claims(article, title_parts, settings, model), (), article.title or "")
    return replace(result, claims=result.claims + title)


def extract_title_claims(article: Article, title_parts: Sequence[Part], settings: Settings = DEFAULT_SETTINGS,
                         model: str = "") -> tuple[Claim, ...]:
    """The figures of an article's title: ``title_parts`` holds the doc of its sentence-cased title
    (``annotate(..., titles=True)``); the claims index ``article.title`` and say ``field="title"``."""
    if not title_parts or not article.title:
        return ()
    text = title_parts[0].doc.text
    headline = replace(article, text=text)
    excluded = titles.excluded_spans(text)  # ages, years, "Rt. 33": no extractor's figure there
    scope = titles.roundup_scope(text)  # a round-up headline: every figure is the round-up's
    found: list[Claim] = []
    for name, function in TITLE_EXTRACTORS.items():
        read = {c.measure for c in found if c.extractor == titles.NAME}
        for claim in function(headline, title_parts, settings, model):
            claim = claim if claim.scope or not scope else replace(claim, scope=scope)
            wider = [c for c in found if claim.start <= c.start and c.end <= claim.end and c.measure == claim.measure
                     and claim.end - claim.start > c.end - c.start and (c.value_low or 0) < (claim.value_low or 0)]
            if wider and len(wider) == sum(c.start < claim.end and claim.start < c.end for c in found):
                found = [c for c in found if c not in wider] + [claim]  # "Man, 3 girls shot": 4 people, not 3
                continue
            if any(c.start < claim.end and claim.start < c.end for c in found) \
                    or any(s <= claim.start and claim.end <= e for s, e in excluded) \
                    or (name != "titles" and claim.measure in read):
                continue  # the first extractor to read a figure keeps it; the headline reader owns its measures
            found.append(claim)
    voice = titles.title_source(text)  # a headline has one voice: "Veloria says some 225 killed, …"
    return tuple(_from_title(c, article.title, voice) for c in found)


def _from_title(claim: Claim, title: str, voice: tuple[int, int] | None) -> Claim:
    """A claim found in the (sentence-cased) title, with the title's own wording and a title id; ``voice`` is the
    span of the source the headline credits, which every figure of it takes."""
    if voice:
        claim = replace(claim, source_start=voice[0], source_end=voice[1],
                        status="reported" if claim.status == "asserted" else claim.status)
    source = claim.source
    if claim.source_start is not None and claim.source_end is not None:
        source = title[claim.source_start:claim.source_end]
    return replace(claim, field="title", id=stable_id("claim", claim.document, "title", claim.start, claim.end,
                                                       claim.extractor, claim.measure),
                   text=title[claim.start:claim.end], sentence=title, source_entity=None,
                   counted=_as_written(claim.counted, title), scope=_as_written(claim.scope, title),
                   source=_as_written(source, title))


def _as_written(phrase: str | None, title: str) -> str | None:
    """A phrase read from the sentence-cased title, in the title's own capitals when it is a span of it."""
    if not phrase:
        return phrase
    at = title.lower().find(phrase.lower())
    return title[at:at + len(phrase)] if at >= 0 else phrase
