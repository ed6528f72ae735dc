"""Temporal expressions: find them, and resolve each against the article's date (TIMEX3 values).

- ``extract_time_expressions(article, parts, settings, model)``: the registered extractor.
- ``resolve_expression(text, anchor, tense)``: one expression ("last Friday") -> (value, granularity, type).
- ``find_expressions(text, anchor)``: every expression of a plain text, resolved, without spaCy (claims' ``as_of``).
- ``governing_expression(expressions, start, end)``: the resolved date whose clause holds a span.

Modules: ``parse`` (what an expression means), ``words`` (the vocabulary),
``rules_calendar`` and ``rules_relative`` (a match -> a parse), ``grammar`` (the
patterns; text -> parses), ``normalize`` (parse + anchor -> value), ``context``
(tense and clause from the parse tree), ``extract`` (the two passes over an article).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, replace

from ...records import TimeExpression
from .extract import EXTRACTOR, extract_time_expressions
from .grammar import find, parse_expression
from .normalize import Anchor
from .normalize import normalize as _normalize

__all__ = ["EXTRACTOR", "Located", "extract_time_expressions", "find_expressions", "governing_expression",
           "resolve_expression"]


def _anchor(anchor: dt.date | str | None) -> Anchor | None:
    if anchor is None:
        return None
    if isinstance(anchor, dt.date):
        return Anchor(anchor)
    return Anchor.of(anchor)


def resolve_expression(text: str, anchor: dt.date | str | None, tense: str | None = None
                       ) -> tuple[str | None, str | None, str] | None:
    """One temporal expression -> (TIMEX3 value, granularity, type); None when the text is not one expression.

    ``anchor`` is the document date (a date, or "2025-01-06" / "2025-01"); ``tense`` "past", "future" or None.
    The value is None when the expression needs a date the anchor does not give ("yesterday" with no anchor).
    """
    parse = parse_expression(text)
    if parse is None:
        return None
    if parse.kind == "shift" and parse.relative_to == "object":
        return (None, None, parse.type)
    resolved = _normalize(parse, _anchor(anchor), tense)
    return resolved.value, resolved.granularity, resolved.type


@dataclass(frozen=True, slots=True)
class Located:
    """An expression found in a plain text: offsets into that text and its resolution."""

    start: int
    end: int
    text: str
    value: str | None
    granularity: str | None
    type: str


def find_expressions(text: str, anchor: dt.date | str | None) -> list[Located]:
    """Every temporal expression in a text, resolved against ``anchor`` without a parse tree (no tense: a bare
    weekday is the one on or before the anchor). "The next day" counts from the last day the text named."""
    resolved_anchor = _anchor(anchor)
    reference: str | None = None
    located: list[Located] = []
    for found in find(text):
        parse = found.parse
        if parse.kind == "shift" and parse.relative_to == "object":
            parse = replace(parse, relative_to="reference")
        result = _normalize(parse, resolved_anchor, None, reference)
        if result.value and result.granularity in ("day", "time") and result.value[:4].isdigit():
            reference = result.value
        located.append(Located(found.start, found.end, text[found.start:found.end], result.value,
                               result.granularity, result.type))
    return located


def governing_expression(expressions: Iterable[TimeExpression], start: int, end: int) -> TimeExpression | None:
    """The resolved DATE or TIME expression whose clause contains the span ``start..end`` of the same document
    (the narrowest clause, then the nearest expression); None when no clause holds it."""
    holding = [t for t in expressions if t.value and t.type in ("DATE", "TIME") and t.clause_start is not None
               and t.clause_end is not None and t.clause_start <= start and end <= t.clause_end
               and t.value[:1].isdigit()]
    if not holding:
        return None
    return min(holding, key=lambda t: (t.clause_end - t.clause_start, min(abs(t.start - start), abs(t.end - end))))
