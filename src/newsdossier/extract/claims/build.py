"""The one place a ``Claim`` record is made, and what every figure of a sentence shares."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ...annotate import text_of
from ...records import Article, Claim, stable_id
from .source import Source

if TYPE_CHECKING:
    from spacy.tokens import Span

NAME = "rules-claims/5"


@dataclass(slots=True)
class Sentence:
    """One sentence being read: where it is, what was said before it, and what its figures share."""

    article: Article
    sent: "Span"
    #: the paragraph's offset in ``Article.text``
    offset: int
    #: up to two sentences before, nearest first: where an elided counted thing may be named
    before: list["Span"]
    #: the claims of the sentence before, in text order ("Thirty-one people were wounded. Of them, eight …")
    earlier: list[Claim]
    #: the sentence's source as written (a pronoun is resolved per claim: ``source.resolve_pronoun``)
    source: Source | None
    as_of: str | None
    #: the claims found so far in this sentence
    claims: list[Claim] = field(default_factory=list)


def make_claim(s: Sentence, start: int, end: int, *, measure: str, counted: str, low: float, high: float,
               qualifier: str, source: Source | None, status: str, unit: str | None = None,
               scope: str | None = None) -> Claim:
    """The record for the figure at paragraph offsets start:end of the sentence; every offset in the record is an
    offset into ``Article.text`` (the source's too, when the text names it)."""
    offset = s.offset
    return Claim(
        id=stable_id("claim", s.article.id, offset + start, offset + end), document=s.article.id,
        start=offset + start, end=offset + end, text=text_of(s.sent.doc)[start:end], sentence=s.sent.text.strip(),
        measure=measure, counted=counted, value_low=low, value_high=high, qualifier=qualifier, scope=scope,
        as_of=s.as_of, source=source.text if source else None, source_entity=None,
        source_start=offset + source.start if source and source.start >= 0 else None,
        source_end=offset + source.end if source and source.start >= 0 else None,
        status=status, extractor=NAME, unit=unit,
    )
