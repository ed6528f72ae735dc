"""Quotes and attribution: direct, indirect and mixed quotes, scare-quoted terms, and who said them.

``extract_quotes(article, parts, settings, model)`` works in three passes over one article:

1. Quoted spans are found over the whole text (``marks``), so a quote may run over paragraphs although
   spaCy sees one paragraph at a time. Transcript turns and dash-signed quotes are read off the layout.
2. Each sentence's cues (``cues``) give a speaker and a content span from the parse. A quote that overlaps
   a content span widens it; a quote right before or after the cue clause ("'A,' he said", "he said: 'A'")
   joins it; a quote that opens the next sentence with no cue of its own continues it ("'A,' he said.
   'B.'"), as does the text after a cue ending in a colon. Each piece of content becomes one ``Quote`` with
   the cue's offsets, so the pieces of a split quote share their cue.
3. Quotes left over: a paragraph that opens with a quote, right after a paragraph that ended with a
   quote by a known speaker, continues that speaker (news convention; no cue); a one- to three-word quote
   that is not a sentence is a ``term`` (scare quotes), credited to the speaker of the reported speech
   around it or to nobody (the outlet's own voice); any other quote is direct with an unknown speaker.

Spans: a direct or mixed quote's span includes its quotation marks and the punctuation inside them, an
indirect one starts with its "that" when there is one (the PARC convention, so spans compare with the
evaluation corpus); a term's span is the words inside the marks. Speakers are resolved by ``speakers``.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from ...config import Settings
from ...records import Article, Quote
from . import assemble, layout
from .cues import find_cues
from .marks import Quoted, find_quotes
from .speakers import Antecedents, Speaker, describe

if TYPE_CHECKING:
    from ...annotate import Part

NAME = "rules-quotes/1"
__all__ = ["NAME", "extract_quotes"]

WORD = re.compile(r"\w+")
#: what may stand between a quote and its cue clause: punctuation, or a short adjunct ending in , or :
ADJACENT = re.compile(r"^[\s,:;—–-]*$|^[^.!?\"“”\n]{0,60}[,:]\s*$")
EDGE_PUNCT = ",.;:—–-…"


@dataclass(slots=True)
class Found:
    """An attribution being assembled: cue, speaker and content pieces as article offsets."""

    cue: tuple[int, int] | None
    speaker: Speaker | None
    segments: list[tuple[int, int]]
    #: number of the cue's sentence in the article; -1 for a transcript turn or signed quote
    sentence: int
    clause: tuple[int, int] = (0, 0)  # the cue with its speaker phrase, to find adjacent quotes
    colon: bool = False


def extract_quotes(article: Article, parts: Sequence["Part"], settings: Settings, model: str = "") -> tuple[Quote, ...]:
    """Every quote of one article, in text order."""
    extractor = f"{NAME}/{model}" if model else NAME
    text = article.text
    quotes = find_quotes(text)
    doubles = [q for q in quotes if q.double]
    starts = [q.start for q in quotes]
    claimed: list[tuple[int, int]] = []  # content ranges already attributed (sorted on use)

    named = {ent.text for part in parts for ent in part.doc.ents if ent.label_ in ("PERSON", "ORG")}
    found: list[Found] = []
    for turn in layout.transcript_turns(text, named, quotes) + layout.signed_quotes(text, quotes):
        found.append(Found(turn.cue, Speaker(*turn.speaker, name=text[turn.speaker[0]:turn.speaker[1]],
                                             name_start=turn.speaker[0], name_end=turn.speaker[1]),
                           [turn.content], -1))
        claimed.append(turn.content)
    claimed.sort()

    antecedents = Antecedents()
    # the entity stage's mentions (repaired spans, labels voted across the article) rather than raw NER, so that
    # "Karaman" tagged ORG once or a dateline "MARENTA" tagged PERSON do not mislead pronoun resolution
    names = _mention_spans(article, parts, settings, model)
    sentence_starts: list[int] = []
    paragraph_ends = [part.offset + len(part.doc.text) for part in parts]
    number = 0
    for p, part in enumerate(parts):
        offset = part.offset

        def inside(token, offset=offset) -> bool:
            position = token.idx + offset
            return _within(doubles, position) or _within_ranges(claimed, position)

        for sent in part.doc.sents:
            antecedents.add_sentence(sent, offset, number, p, names.get(p))
            sentence_starts.append(sent.start_char + offset)
            for cue in find_cues(sent, inside):
                speaker = describe(cue.speaker, offset, antecedents, number, p) if cue.speaker is not None else None
                doc = part.doc
                segments = [_trim(text, doc[a].idx + offset, doc[b].idx + len(doc[b]) + offset, quotes, starts)
                            for a, b in cue.content]
                clause_tokens = [cue.first, cue.last]
                if cue.speaker is not None:
                    clause_tokens += [cue.speaker.left_edge.i, cue.speaker.right_edge.i]
                clause = (doc[min(clause_tokens)].idx + offset,
                          doc[max(clause_tokens)].idx + len(doc[max(clause_tokens)]) + offset)
                segments = [_clear_of(text, s, clause, quotes, starts) for s in segments]
                found.append(Found((doc[cue.first].idx + offset, doc[cue.last].idx + len(doc[cue.last]) + offset),
                                   speaker, [s for s in segments if s[1] > s[0]], number, clause, cue.colon))
            number += 1

    _attach_quotes(text, found, quotes, starts, sentence_starts, paragraph_ends)
    return _records(article, extractor, text, found, quotes)


def _within(spans: list[Quoted], position: int) -> bool:
    """Is ``position`` strictly inside a quote's marks? ``spans`` sorted by start, not overlapping."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        if spans[mid].start <= position:
            lo = mid + 1
        else:
            hi = mid
    return lo > 0 and spans[lo - 1].start < position < spans[lo - 1].end - 1


def _within_ranges(ranges: list[tuple[int, int]], position: int) -> bool:
    index = bisect.bisect_right(ranges, (position, float("inf"))) - 1
    return index >= 0 and ranges[index][0] <= position < ranges[index][1]


def _trim(text: str, start: int, end: int, quotes: list[Quoted], starts: list[int]) -> tuple[int, int]:
    """Widen a content span to the quotes it cuts, then strip white space and punctuation outside quotes."""
    index = bisect.bisect_right(starts, end) - 1
    while index >= 0 and quotes[index].end > start:
        quote = quotes[index]
        if quote.double or quote.start >= start:
            start, end = min(start, quote.start), max(end, quote.end)
        index -= 1
    while start < end and (text[start].isspace() or text[start] in EDGE_PUNCT):
        start += 1
    while end > start and (text[end - 1].isspace() or text[end - 1] in EDGE_PUNCT):
        end -= 1
    return start, end


def _clear_of(text: str, segment: tuple[int, int], clause: tuple[int, int], quotes: list[Quoted],
              starts: list[int]) -> tuple[int, int]:
    """Keep content out of its own cue clause; a word or two between a quote and the clause goes with the clause.

    ('"...," Tulsa police Chief X said': a misparse leaves "Tulsa" in the content.)
    """
    start, end = segment
    if start < clause[0] < end:
        end = clause[0]
    elif start < clause[1] < end:
        start = clause[1]
    if end <= clause[0] + 1 and end > start:
        index = bisect.bisect_right(starts, end) - 1
        if index >= 0 and start <= quotes[index].start and quotes[index].end < end and \
                len(WORD.findall(text[quotes[index].end:end])) <= 2:
            end = quotes[index].end
    return _trim(text, start, end, quotes, starts) if (start, end) != segment else segment


def _quote_at(quotes: list[Quoted], starts: list[int], start: int, end: int) -> Quoted | None:
    """The quote whose span is exactly [start, end), if any."""
    index = bisect.bisect_left(starts, start)
    if index < len(quotes) and quotes[index].start == start and quotes[index].end == end:
        return quotes[index]
    return None


def _attach_quotes(text: str, found: list[Found], quotes: list[Quoted], starts: list[int],
                   sentence_starts: list[int], paragraph_ends: list[int]) -> None:
    """Give each cue the quotes next to it, then the quotes and colon text that continue it."""
    found.sort(key=lambda f: f.clause[0] if f.sentence >= 0 else (f.segments[0][0] if f.segments else 0))
    taken: set[int] = set()  # indexes into quotes already part of some attribution
    for f in found:
        for a, b in f.segments:
            for i in range(bisect.bisect_left(starts, a), bisect.bisect_left(starts, b)):
                taken.add(i)
    cue_starts = sorted(f.clause[0] for f in found if f.sentence >= 0)
    by_sentence: dict[int, list[Found]] = {}
    for f in found:
        by_sentence.setdefault(f.sentence, []).append(f)
    for f in found:
        if f.sentence < 0:
            continue
        # a quote right before the cue clause: '"A," he said'
        index = bisect.bisect_right(starts, f.clause[0]) - 1
        while index >= 0 and quotes[index].end > f.clause[0]:
            index -= 1
        if index >= 0 and index not in taken and quotes[index].double and \
                ADJACENT.match(text[quotes[index].end:f.clause[0]]) and "\n" not in text[quotes[index].end:f.clause[0]] \
                and not _covered(f, quotes[index]):
            if not f.segments or quotes[index].end <= min(s for s, _ in f.segments) or \
                    not any(s <= quotes[index].start < e for s, e in f.segments):
                start = _mixed_start(text, quotes[index], sentence_starts, by_sentence)
                if start is not None:
                    f.segments.append((start, quotes[index].end))
                    taken.add(index)
        # a quote right after it: 'he said: "A"' / 'said X, "A"'
        index = bisect.bisect_left(starts, f.clause[1])
        if index < len(quotes) and index not in taken and quotes[index].double and \
                ADJACENT.match(text[f.clause[1]:quotes[index].start]) and \
                "\n" not in text[f.clause[1]:quotes[index].start] and not _covered(f, quotes[index]):
            f.segments.append((quotes[index].start, quotes[index].end))
            taken.add(index)
        f.segments = _merge(f.segments)
    for f in found:
        if f.sentence < 0:
            continue
        if not f.segments and f.colon:
            _after_colon(text, f, quotes, starts, taken, paragraph_ends)
        _continue(text, f, quotes, starts, taken, sentence_starts, cue_starts)
    found[:] = [f for f in found if f.segments]


def _mixed_start(text: str, quote: Quoted, sentence_starts: list[int], by_sentence: dict[int, list[Found]]
                 ) -> int | None:
    """Where the content of a quote right before a cue starts, or None if the quote is no content.

    A quote opening its sentence is the content ('"A," he said'). One inside a sentence is content with
    the words before it ('The plan is "a disaster," he said': mixed) unless it is a title or a short label
    ('On "Face the Nation," he said').
    """
    sentence = bisect.bisect_right(sentence_starts, quote.start) - 1
    start = sentence_starts[sentence] if sentence >= 0 else 0
    lead = text[start:quote.start]
    if not WORD.search(lead):
        return quote.start
    a, b = quote.inner
    words = WORD.findall(text[a:b])
    if len(words) <= 3 or all(w[:1].isupper() for w in words if len(w) > 3) or re.search("[\"“”\n]", lead) or \
            any(x < quote.start and y > start for f in by_sentence.get(sentence, ()) for x, y in f.segments):
        return None
    return start


def _covered(f: Found, quote: Quoted) -> bool:
    return any(s <= quote.start and quote.end <= e for s, e in f.segments)


def _merge(segments: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(segments):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged


def _after_colon(text: str, f: Found, quotes: list[Quoted], starts: list[int], taken: set[int],
                 paragraph_ends: list[int]) -> None:
    """'X said:' — the content is the quote or text that follows, to the end of its paragraph."""
    position = f.clause[1]
    colon = text.find(":", position)
    if colon < 0:
        return
    start = colon + 1
    while start < len(text) and text[start].isspace():
        start += 1
    index = bisect.bisect_left(starts, start)
    if index < len(quotes) and quotes[index].start == start and index not in taken:
        f.segments.append((quotes[index].start, quotes[index].end))
        taken.add(index)
        return
    paragraph = bisect.bisect_left(paragraph_ends, start)
    if paragraph < len(paragraph_ends) and start < paragraph_ends[paragraph]:
        f.segments.append(_trim(text, start, paragraph_ends[paragraph], quotes, starts))
        for i in range(index, bisect.bisect_left(starts, paragraph_ends[paragraph])):
            taken.add(i)


def _continue(text: str, f: Found, quotes: list[Quoted], starts: list[int], taken: set[int],
              sentence_starts: list[int], cue_starts: list[int]) -> None:
    """Append quotes that open the following sentences of the paragraph and have no cue of their own."""
    while f.segments:
        last_end = f.segments[-1][1]
        index = bisect.bisect_left(starts, last_end)
        if index >= len(quotes) or index in taken:
            return
        quote = quotes[index]
        between = text[last_end:quote.start]
        if "\n" in between:
            return
        if not re.search(r"[.!?…:][\"'”’)]*\s*$", text[last_end - 4:quote.start]) and \
                not re.search(r"[.!?…:]\s*$", between):
            return  # the next quote does not open a sentence
        following = bisect.bisect_right(sentence_starts, quote.end - 1)
        sentence_end = sentence_starts[following] if following < len(sentence_starts) else len(text)
        cue = bisect.bisect_left(cue_starts, quote.start)
        if cue < len(cue_starts) and cue_starts[cue] < sentence_end:
            return  # it has a cue of its own
        f.segments.append((quote.start, quote.end))
        taken.add(index)


def _records(article: Article, extractor: str, text: str, found: list[Found], quotes: list[Quoted]
             ) -> tuple[Quote, ...]:
    """Records in text order, one per id."""
    result = sorted(assemble.records(article, extractor, text, found, quotes), key=lambda q: (q.start, q.end))
    seen: set[str] = set()
    return tuple(q for q in result if not (q.id in seen or seen.add(q.id)))


def _mention_spans(article: Article, parts: Sequence["Part"], settings: Settings, model: str
                   ) -> dict[int, list[tuple[int, int, str]]]:
    """Paragraph index -> [(start, end, label)] of the entity stage's mentions, in paragraph offsets."""
    from ..entities import extract_mentions

    spans: dict[int, list[tuple[int, int, str]]] = {}
    starts = [part.offset for part in parts]
    for mention in extract_mentions(article, parts, settings, model):
        index = bisect.bisect_right(starts, mention.start) - 1
        if index >= 0:
            offset = starts[index]
            spans.setdefault(index, []).append((mention.start - offset, mention.end - offset, mention.label))
    return spans
