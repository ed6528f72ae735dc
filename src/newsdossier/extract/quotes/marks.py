"""Quotation marks -> quoted spans, over the whole article text.

Scraped news mixes curly and straight marks, sometimes uses a closing glyph to open a quote, and breaks
paragraphs inside a quote. So a mark's role comes from its surroundings first (a mark after a space that
touches a word opens; one after a word followed by a space or punctuation closes) and from its glyph only
when the surroundings do not tell. A quote still open at the end of a line goes on into the next line when
that line starts with an opening mark (the print convention for a quote running over several paragraphs) or
closes a quote before it opens one (a scrape that broke a paragraph); otherwise its opening mark was stray
and is dropped. Single quotes ('...', '...') are paired only outside double-quoted text, within one line,
and never across an apostrophe inside a word ("don't", "voters' rights" stays unpaired unless a quote was
opened before it). One pass over the characters: linear in the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

DOUBLE = re.compile("[\"“”„«»]|''|``")
OPENING_GLYPHS = frozenset(("“", "„", "«", "``"))
CLOSING_GLYPHS = frozenset(("”", "»"))
SINGLE_OPENING = frozenset("‘'")
SINGLE_CLOSING = frozenset("’'")
BEFORE_OPENING = frozenset("([{—–-/:")  # characters after which a mark opens a quote
AFTER_CLOSING = frozenset(".,;:!?)]}—–-…")  # characters before which a mark closes one
#: a quote longer than this many lines is taken to have lost its closing mark
MAX_LINES = 8


@dataclass(frozen=True, slots=True)
class Quoted:
    """A quoted span in the article: ``start`` at the opening mark, ``end`` after the closing mark."""

    start: int
    end: int
    #: length of the opening and closing marks, so the words inside are text[start + lead:end - tail]
    lead: int
    tail: int
    double: bool

    @property
    def inner(self) -> tuple[int, int]:
        return self.start + self.lead, self.end - self.tail


def _role(text: str, start: int, end: int, glyph: str) -> str:
    """'open', 'close' or 'either' for the mark text[start:end], by its surroundings, then its glyph."""
    before = text[start - 1] if start > 0 else "\n"
    after = text[end] if end < len(text) else "\n"
    left_free = before.isspace() or before in BEFORE_OPENING or before in "“‘\"'"
    right_free = after.isspace() or after in AFTER_CLOSING or after in "”’\"'"
    if left_free and not right_free:
        return "open"
    if right_free and not left_free:
        return "close"
    if glyph in OPENING_GLYPHS:
        return "open"
    if glyph in CLOSING_GLYPHS:
        return "close"
    return "either"


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of each line that has text in it."""
    result = []
    position = 0
    for line in text.split("\n"):
        if line.strip():
            result.append((position, position + len(line)))
        position += len(line) + 1
    return result


def double_quotes(text: str) -> list[Quoted]:
    """Spans between double quotation marks, allowing a quote to run over several lines."""
    lines = _lines(text)
    marks = [(m.start(), m.end(), _role(text, m.start(), m.end(), m.group())) for m in DOUBLE.finditer(text)]
    by_line: list[list[tuple[int, int, str]]] = [[] for _ in lines]
    line_index = 0
    for mark in marks:
        while line_index < len(lines) - 1 and mark[0] >= lines[line_index][1]:
            line_index += 1
        by_line[line_index].append(mark)
    found: list[Quoted] = []
    stack: list[tuple[int, int]] = []  # (start, length) of open marks; only the outermost makes a span
    inner: list[Quoted] = []  # pairs closed inside the outermost open mark, kept if that mark proves stray
    opened_line = 0

    def drop_outer() -> None:
        found.extend(inner)
        inner.clear()
        stack.clear()

    for index, (line_start, _) in enumerate(lines):
        if stack:
            first = by_line[index][0] if by_line[index] else None
            starts_with_opening = first is not None and first[2] in ("open", "either") and \
                not text[line_start:first[0]].strip()
            closes_first = first is not None and first[2] == "close"
            if len(stack) > 1 or not (starts_with_opening or closes_first) or index - opened_line >= MAX_LINES:
                drop_outer()
        for position, end, role in by_line[index]:
            at_line_start = not text[line_start:position].strip()
            if not stack:
                if role in ("open", "either"):
                    stack.append((position, end - position))
                    opened_line = index
            elif role == "open" and at_line_start and index > opened_line and len(stack) == 1:
                continue  # an opening mark at the start of a continued paragraph keeps the quote open
            elif role == "open":
                stack.append((position, end - position))  # a quote inside a quote
            elif len(stack) > 1:
                start, length = stack.pop()
                if len(stack) == 1:
                    inner.append(Quoted(start, end, length, end - position, True))
            else:
                start, length = stack.pop()
                found.append(Quoted(start, end, length, end - position, True))
                inner.clear()
    if stack:
        drop_outer()
    return sorted(found, key=lambda q: q.start)


def single_quotes(text: str, doubles: list[Quoted]) -> list[Quoted]:
    """Spans between single quotation marks, within one line and outside double-quoted text."""
    found: list[Quoted] = []
    blocked = [(q.start, q.end) for q in doubles]
    block = 0
    opened: int | None = None
    for position, char in enumerate(text):
        if char == "\n":
            opened = None
            continue
        if char not in SINGLE_OPENING and char not in SINGLE_CLOSING:
            continue
        while block < len(blocked) and blocked[block][1] <= position:
            block += 1
        if block < len(blocked) and blocked[block][0] <= position:
            opened = None
            continue
        before = text[position - 1] if position > 0 else "\n"
        after = text[position + 1] if position + 1 < len(text) else "\n"
        if char in SINGLE_OPENING and (before.isspace() or before in BEFORE_OPENING) and after.isalnum():
            if after.isdigit() and re.match(r"\d0s\b", text[position + 1:position + 5]):
                continue  # '90s
            if opened is None:
                opened = position
            continue
        if char in SINGLE_CLOSING and opened is not None and not before.isspace() and \
                (after.isspace() or after in AFTER_CLOSING or after in "”\""):
            if position - opened > 2:
                found.append(Quoted(opened, position + 1, 1, 1, False))
            opened = None
    return found


def find_quotes(text: str) -> list[Quoted]:
    """All quoted spans of an article, double and single, sorted by start."""
    doubles = double_quotes(text)
    return sorted(doubles + single_quotes(text, doubles), key=lambda q: q.start)
