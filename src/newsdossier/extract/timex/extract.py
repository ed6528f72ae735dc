"""The extractor: an article's paragraphs -> ``TimeExpression`` records, resolved against the article's date.

Per paragraph, the grammar finds the expressions; the parse tree gives each one
its governing verb (tense, clause, predicate). Then two passes in document order:

1. everything but clock times and "<N units> before <event>": the narrative's
   reference date (the last day-precise date mentioned) moves as the text goes,
   so "the next day" counts from the day the text last named; and each dated
   clause records the words that name what it dates ("protest", "election").
2. a clock time with no date of its own takes the day named in its clause, else
   (in a past-tense clause) the narrative's reference day, else the article's date; "six months before the protests" takes the
   protests' date from pass 1, and stays unresolved when the text gives none.

The day relative expressions count from is the article's own publication line when it gives a
complete date within a month of ``article.published`` (the writer's calendar: metadata dates are
often UTC, a day late for an American evening), else ``article.published``.

Expressions that only date the article itself (a dateline "MARENTA, Jan 6 (MPA) -",
a "Published"/"Updated" line, a date alone on its line) are kept but carry no
clause, so the timeline does not read them as events.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...annotate import Part
from ...config import DEFAULT_SETTINGS, Settings
from ...records import Article, TimeExpression, stable_id
from . import context
from .grammar import Found, find
from .normalize import Anchor, Resolved, normalize
from .parse import Parse, duration_value

EXTRACTOR = "rules-time/1"
PUBLICATION_BEFORE = re.compile(r"(?:^|[|•·])[\s*_-]*(?:first\s+|last\s+)?(?:published|updated|posted|modified|dated"
                                r"|date|filed)\b\s*(?:on|at)?\s*:?\s*$", re.IGNORECASE)
DATELINE_BEFORE = re.compile(r"^\s*(?:[A-Z][A-Za-z.'’-]*[A-Z.'’]\s*){1,4}(?:\([^)]{1,30}\)\s*)?,\s*$")
DATELINE_AFTER = re.compile(r"^\s*(?:\([^)]{1,40}\))?\s*[-–—:]")
#: the dates kept as references for "the next day": day-precise and not the article's own date line
DAY_PRECISE = ("day", "time")


@dataclass(slots=True)
class _Item:
    """One expression while the passes work on it."""

    start: int
    end: int
    parse: Parse
    part: int
    first: int
    last: int
    sentence: int
    verb: int | None
    tense: str | None
    publication: bool
    resolved: Resolved | None = None
    used: str | None = None
    #: the narrative's reference value when the text reached this expression
    reference: str | None = None


def _publication(text: str, found: Found, doc) -> bool:
    """Whether an expression only dates the article: after "Published"/"Updated", in a wire dateline, or a
    date alone on a short line without a verb ("Meridian Press Agency | 6 January 2025")."""
    line_start = text.rfind("\n", 0, found.start) + 1
    line_end = text.find("\n", found.end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:found.start]
    if PUBLICATION_BEFORE.search(before):
        return True
    if DATELINE_BEFORE.match(before) and DATELINE_AFTER.match(text[found.end:line_end]):
        return True
    line = text[line_start:line_end]
    if found.parse.kind == "date" and len(line) <= 90 and line_start == 0 and line_end == len(text):
        return not any(token.pos_ in ("VERB", "AUX") for token in doc)
    return False


def _collect(parts: Sequence[Part]) -> list[_Item]:
    items: list[_Item] = []
    for index, part in enumerate(parts):
        doc = part.doc
        text = doc.text
        sentence_of = {}
        for number, sentence in enumerate(doc.sents):
            for token in sentence:
                sentence_of[token.i] = number
        for found in find(text):
            span = doc.char_span(found.start, found.end, alignment_mode="expand")
            if span is None or len(span) == 0:
                continue
            first, last = span.start, span.end - 1
            root = context.root_of(doc, first, last)
            verb = context.governing_verb(doc, root)
            tense = context.expression_tense(doc, root, verb)
            items.append(_Item(start=part.offset + found.start, end=part.offset + found.end, parse=found.parse,
                               part=index, first=first, last=last, sentence=sentence_of.get(first, 0), verb=verb,
                               tense=tense, publication=_publication(text, found, doc)))
    return items


def _day_of(value: str | None) -> str | None:
    return value[:10] if value and re.match(r"^\d{4}-\d{2}-\d{2}", value) else None


def _own_date(items: Sequence[_Item], published: str | None, paragraphs: int = 4, window: int = 31) -> str | None:
    """The day the article's own publication line gives ("Posted: 04/02/07, 9:00 PM PDT", "June 6th, 2013 7:38pm
    EDT" alone under the headline), in the writer's local calendar: the day its "Tuesday" and "yesterday" count
    from, which the metadata date (often UTC, or the day it was crawled) can miss by a day or a week.

    Only a complete date in the first paragraphs; with a metadata date, only within ``window`` days of it (a
    line further off is more likely misread than right), and "11/09/2010" is read in the order that lands
    nearer it."""
    known = Anchor.of(published)
    for item in items:
        if item.part >= paragraphs:
            return None
        parse = item.parse
        if not (item.publication and parse.kind == "date" and parse.year and parse.month and parse.day):
            continue
        readings = {(parse.month, parse.day), (parse.day, parse.month)} if parse.day <= 12 else {(parse.month,
                                                                                                  parse.day)}
        days = []
        for month, day in readings:
            try:
                days.append(dt.date(parse.year, month, day))
            except ValueError:
                continue
        if not days:
            return None
        if known is None or not known.allows("day"):
            return min(days).isoformat() if len(days) == 1 else None
        nearest = min(days, key=lambda d: abs((d - known.date).days))
        return nearest.isoformat() if abs((nearest - known.date).days) <= window else None
    return None


def extract_time_expressions(article: Article, parts: Sequence[Part], settings: Settings = DEFAULT_SETTINGS,
                             model: str = "") -> tuple[TimeExpression, ...]:
    """Every temporal expression of an article, TIMEX3-normalized against ``article.published``."""
    items = _collect(parts)
    published = _own_date(items, article.published) or article.published
    anchor = Anchor.of(published)
    anchor_text = published[:10] if anchor else None
    reference: str | None = None
    dated_names: dict[str, str] = {}
    # pass 1: in order, with the narrative's reference date moving along
    for item in items:
        parse = item.parse
        item.reference = reference
        if parse.kind == "clock":
            continue
        if parse.kind == "shift" and parse.relative_to == "object":
            doc = parts[item.part].doc
            if context.event_object(doc, item.first, item.last) is not None:
                continue
            parse = replace(parse, relative_to="reference")
        item.resolved = normalize(parse, anchor, item.tense, reference)
        item.used = _anchor_used(parse, anchor_text, reference)
        day = _day_of(item.resolved.value)
        if day and item.resolved.granularity in DAY_PRECISE and not item.publication:
            reference = item.resolved.value
        if item.resolved.value and item.resolved.granularity in ("day", "time", "week", "month", "year") \
                and not item.publication:
            doc = parts[item.part].doc
            root = context.root_of(doc, item.first, item.last)
            for name in context.event_names(doc, root, item.verb):
                dated_names.setdefault(name, item.resolved.value if item.resolved.granularity != "time"
                                       else item.resolved.value[:10])
    # pass 2: clock times take their sentence's day; shifts from a named event take its date
    for item in items:
        if item.resolved is not None:
            continue
        doc = parts[item.part].doc
        if item.parse.kind == "clock":
            same = [other for other in items if other.part == item.part and other.sentence == item.sentence
                    and other.verb == item.verb and other.resolved is not None and _day_of(other.resolved.value)
                    and other.resolved.granularity in DAY_PRECISE]
            day = min(same, key=lambda o: abs(o.start - item.start)).resolved.value[:10] if same else None
            narrative = item.reference[:10] if item.reference and item.tense == "past" else None
            base = day or narrative or (anchor.date.isoformat() if anchor and anchor.allows("day") else None)
            item.resolved = normalize(item.parse, anchor, item.tense, base)
            item.used = base
            continue
        target = context.event_object(doc, item.first, item.last)
        object_value = None
        if target is not None:
            low, high, names = target
            inside = [other for other in items if other.part == item.part and other is not item
                      and other.resolved is not None and other.resolved.value
                      and other.resolved.granularity in ("day", "time", "week", "month", "quarter", "year")
                      and parts[item.part].offset + doc[low].idx <= other.start
                      and other.end <= parts[item.part].offset + doc[high].idx + len(doc[high])]
            if inside:
                object_value = inside[0].resolved.value
            else:
                object_value = next((dated_names[n] for n in names if n in dated_names), None)
        if object_value is None:
            _as_duration(item, doc, parts[item.part].offset)
        else:
            item.resolved = normalize(item.parse, anchor, item.tense, None, object_value)
            item.used = object_value
    return tuple(_record(article, parts, item) for item in items)


def _as_duration(item: _Item, doc, offset: int) -> None:
    """"three days after the vote" when the text never dates the vote: the duration "three days" (TimeML reads
    it so), not a guessed date. "the day after the vote" stays an unresolved date."""
    signal = doc[item.last]
    head = doc[item.first:item.last].text
    if item.last == item.first or head.lower().startswith("the ") or item.parse.unit is None:
        item.resolved = Resolved(None, None, item.parse.type)
        return
    item.end = offset + signal.idx
    while item.end > item.start and doc.text[item.end - offset - 1].isspace():
        item.end -= 1
    item.last -= 1
    item.parse = Parse(kind="duration", value=duration_value(item.parse.amount, item.parse.unit), type="DURATION")
    item.resolved = Resolved(item.parse.value, "duration", "DURATION")


def _anchor_used(parse: Parse, anchor_text: str | None, reference: str | None) -> str | None:
    """The reference date a value was computed from: None for a date complete in itself."""
    if parse.kind in ("duration", "set", "ref", "decade", "century"):
        return None
    if parse.kind == "date" and parse.year is not None:
        return None
    if parse.kind == "period" and parse.year is not None:
        return None
    if parse.relative_to == "reference" and reference is not None:
        return reference
    return anchor_text


def _record(article: Article, parts: Sequence[Part], item: _Item) -> TimeExpression:
    resolved = item.resolved or Resolved(None, None, item.parse.type)
    clause_start = clause_end = predicate = None
    if not item.publication and item.verb is not None:
        doc = parts[item.part].doc
        low, high = context.clause(doc, item.verb, item.first, item.last)
        offset = parts[item.part].offset
        after_dateline = context.dateline_end(doc.text)
        while low < item.first and doc[low].idx < after_dateline:
            low += 1  # "MARENTA, Jan 6 (MPA) - Veloria's government declared ...": the dateline is not the clause
        clause_start, clause_end = offset + doc[low].idx, offset + doc[high].idx + len(doc[high])
        predicate = doc[item.verb].lemma_.lower()
    return TimeExpression(
        id=stable_id("t", article.id, item.start, item.end), document=article.id, start=item.start, end=item.end,
        text=article.text[item.start:item.end], value=resolved.value, granularity=resolved.granularity,
        type=resolved.type, anchor=item.used if resolved.value else None, clause_start=clause_start,
        clause_end=clause_end, predicate=predicate, extractor=EXTRACTOR,
    )
