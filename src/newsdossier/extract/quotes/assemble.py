"""Turn attributions and left-over quotes into ``Quote`` records.

Kinds: a piece of content that is one quotation (marks included) is ``direct``; one that holds a quotation
and words of the reporter around it is ``mixed``; one without quotation marks is ``indirect``; a transcript
turn or signed quote is ``direct``. A one- to three-word quotation that is not a sentence of its own is
also a ``term``: scare quotes, credited to the speaker of the reported speech it sits in, or to nobody.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING

from ...records import Article, Quote, stable_id
from .marks import Quoted
from .speakers import Speaker

if TYPE_CHECKING:
    from . import Found

WORD = re.compile(r"\w+(?:['’]\w+)?")
SENTENCE_END = re.compile(r"[.!?…][\"'”’)]*\s*$")
#: words of a quoted span above which it is a quotation, not a term
TERM_WORDS = 3
#: how far (characters) a paragraph-opening quote may be from the last attributed quote to continue it
CONTINUE_WITHIN = 200


def kind_of(text: str, start: int, end: int, quotes: list[Quoted], starts: list[int], layout: bool) -> str:
    if layout:
        return "direct"
    inside = [q for q in quotes[bisect.bisect_left(starts, start):bisect.bisect_left(starts, end)] if q.end <= end]
    if not inside:
        return "indirect"
    rest = list(text[start:end])
    for q in inside:
        rest[q.start - start:q.end - start] = [" "] * (q.end - q.start)
    return "mixed" if WORD.search("".join(rest)) else "direct"


def quote_record(article: Article, extractor: str, text: str, start: int, end: int, kind: str,
                 cue: tuple[int, int] | None, speaker: Speaker | None) -> Quote:
    return Quote(
        id=stable_id("q", article.id, start, end), document=article.id, start=start, end=end,
        text=text[start:end], kind=kind,
        speaker=speaker.name if speaker else None,
        speaker_start=speaker.start if speaker and speaker.end > speaker.start else None,
        speaker_end=speaker.end if speaker and speaker.end > speaker.start else None,
        speaker_name_start=speaker.name_start if speaker else None,
        speaker_name_end=speaker.name_end if speaker else None,
        cue=text[cue[0]:cue[1]] if cue else None, cue_start=cue[0] if cue else None,
        cue_end=cue[1] if cue else None, extractor=extractor)


def is_term(text: str, quote: Quoted) -> bool:
    """A short quotation that is not a sentence: scare quotes or a coined label."""
    a, b = quote.inner
    inner = text[a:b].strip()
    words = WORD.findall(inner)
    if not words or len(words) > TERM_WORDS:
        return False
    return not (inner[:1].isupper() and SENTENCE_END.search(inner))


def is_title(text: str, quote: Quoted) -> bool:
    """Every longer word capitalised and no sentence end: the name of a work, show or report."""
    a, b = quote.inner
    inner = text[a:b].strip()
    words = [w for w in WORD.findall(inner) if len(w) > 3]
    return bool(words) and all(w[0].isupper() for w in words) and not SENTENCE_END.search(inner.rstrip(",")) or \
        bool(re.search(r"\b(?:titled|entitled|headlined|dubbed)\W*$", text[max(0, quote.start - 20):quote.start]))


def records(article: Article, extractor: str, text: str, found: list["Found"], quotes: list[Quoted]
            ) -> list[Quote]:
    """Records for every attribution piece, then for the quotes that no attribution took."""
    starts = [q.start for q in quotes]
    result: list[Quote] = []
    pieces: list[tuple[int, int, "Found"]] = []
    for f in found:
        for start, end in f.segments:
            kind = kind_of(text, start, end, quotes, starts, f.sentence < 0)
            result.append(quote_record(article, extractor, text, start, end, kind, f.cue, f.speaker))
            pieces.append((start, end, f))
    pieces.sort(key=lambda p: p[0])
    piece_starts = [p[0] for p in pieces]
    last: tuple[int, Speaker | None] | None = None  # end and speaker of the latest direct quote seen
    for quote in quotes:
        index = bisect.bisect_right(piece_starts, quote.start) - 1
        holder = pieces[index] if index >= 0 and pieces[index][1] >= quote.end else None
        if holder is not None:
            if is_term(text, quote) and not (holder[0] == quote.start and holder[1] == quote.end):
                f = holder[2]
                result.append(_term(article, extractor, text, quote, f.cue, f.speaker))
            if holder[2].speaker is not None and text[holder[1] - 1] in "\"”’'":
                last = (holder[1], holder[2].speaker)
            continue
        following = index + 1
        if (index >= 0 and pieces[index][1] > quote.start) or \
                (following < len(pieces) and pieces[following][0] < quote.end):
            continue  # overlaps an attribution without lying inside it (a transcript turn's opening mark)
        if is_term(text, quote):
            result.append(_term(article, extractor, text, quote, None, None))
            continue
        if is_title(text, quote):
            continue  # a quoted title ('"A Winter of Anger"') is neither a quote nor a term
        speaker = None
        line_start = text.rfind("\n", 0, quote.start) + 1
        if last is not None and not text[line_start:quote.start].strip() and \
                "\n" in text[last[0]:quote.start] and quote.start - last[0] <= CONTINUE_WITHIN and \
                not re.search("[\"“”]", text[last[0]:quote.start]):
            speaker = Speaker(0, 0, last[1].name, last[1].name_start, last[1].name_end) if last[1] else None
        kind = kind_of(text, quote.start, quote.end, quotes, starts, False)
        result.append(quote_record(article, extractor, text, quote.start, quote.end, kind, None, speaker))
        last = (quote.end, speaker) if speaker is not None else None
    return result


def _term(article: Article, extractor: str, text: str, quote: Quoted, cue: tuple[int, int] | None,
          speaker: Speaker | None) -> Quote:
    a, b = quote.inner
    while a < b and text[a].isspace():
        a += 1
    while b > a and (text[b - 1].isspace() or text[b - 1] in ",.;:"):
        b -= 1
    return quote_record(article, extractor, text, a, b, "term", cue, speaker)
