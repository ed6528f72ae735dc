"""The timeline: dated clauses from every article -> events, merged across sources and ordered.

A pure function of what the dossier stores (time expressions with their clause
and predicate, mentions, the entity each mention resolved to, the article texts,
and each article's voice), so it can be recomputed after every build.

Which clauses become events (kept to tens for a 20-article dossier, not hundreds):

- the clause is anchored by a resolved DATE or TIME expression precise to a year
  or finer (durations, sets, "recently", decades and publication datelines are not
  events; captions that cleaning left in the text are skipped);
- its predicate names something that happened, not a statement about it or a state
  ("say", "tell", "report", "be", "have" and the like are skipped: the claim they
  carry is the claims extractor's business);
- at least one named entity takes part (a mention inside the clause), or the clause
  states a figure (a number outside its time expressions: "225 people were killed").

Merging: two dated clauses are one event when they share a participant and their
predicates match (the same lemma, a listed synonym, or clause texts that mostly agree),
or, sharing no participant the entity extractor saw, when their predicates match and
their clause texts mostly agree; and their dates are compatible: one range contains the other ("January 2025" and
"2025-01-05"), or, across different voices, two days at most apart, which is how a
disagreement between outlets looks ("began on Thursday" and "began on Friday"). One voice
never merges two different days of its own: an outlet that names two days means two events.

The event's date: the value given by the most voices (syndicated copies count once),
ties broken by the finer granularity, then the earlier date. Every source keeps its
own date on its ``Evidence``, so a disagreement stays visible.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from rapidfuzz import fuzz, process

from .dates import timex_range
from .records import Event, Evidence, Mention, TimeExpression, stable_id

#: predicates of clauses that report, describe or hold rather than happen
NOT_EVENTS = frozenset({
    "be", "have", "say", "tell", "add", "report", "state", "note", "claim", "explain", "write", "quote", "cite", "do", "seem", "appear", "believe", "think", "know", "describe", "call", "ask",
    "accord", "include", "mean", "show", "suggest", "remain", "continue", "stand", "told", "reply", "comment",
    "confirm", "deny", "insist", "argue", "acknowledge", "want", "need", "see", "hear", "read", "watch", "feel",
    "contribute", "edit", "photograph", "speak",
})
#: predicates that name the same kind of happening
SYNONYMS = (
    frozenset({"kill", "die", "shoot", "slay", "murder"}),
    frozenset({"arrest", "detain", "hold", "apprehend", "capture", "seize"}),
    frozenset({"resign", "quit", "step", "dismiss", "remove", "sack", "oust"}),
    frozenset({"begin", "start", "erupt", "break", "spark", "launch"}),
    frozenset({"end", "lift", "close", "finish", "stop", "halt", "restore"}),
    frozenset({"declare", "impose", "announce", "introduce"}),
    frozenset({"charge", "indict", "accuse", "prosecute"}),
    frozenset({"sentence", "convict", "jail", "imprison"}),
)
EVENT_GRANULARITIES = frozenset({"day", "time", "week", "month", "quarter", "half", "season", "year"})
CAPTION = re.compile(r"^\s*(?:photo|picture|image|caption|file photo|pictured)\b|\bPHOTO/|\(Photo:", re.IGNORECASE)
#: how far apart two voices may date the same happening before they are taken to describe two
MAX_DISAGREEMENT_DAYS = 2
SUMMARY_CHARS = 220
#: how closely (``fuzz.token_set_ratio``) the clauses of two events that share a participant must agree when their
#: predicates differ, and the clauses of two that share none when their predicates match
RELATED_TEXT = 80
SIMILAR_TEXT = 70


@dataclass(frozen=True, slots=True)
class DatedClause:
    """One event candidate: a clause of one document with the date its time expression gives."""

    document: str
    start: int
    end: int
    date: str
    granularity: str
    predicate: str
    summary: str
    entities: frozenset[str]
    voice: str

    @property
    def span(self) -> tuple[dt.date, dt.date]:
        return timex_range(self.date)  # type: ignore[return-value]  # candidates are built from valid values


def _summary(text: str) -> str:
    """The clause on one line, trimmed to a readable length at a word boundary."""
    line = " ".join(text.split()).strip(" ,;:-–—\"“”'‘’")
    if len(line) <= SUMMARY_CHARS:
        return line
    cut = line.rfind(" ", 0, SUMMARY_CHARS)
    return line[:cut if cut > 0 else SUMMARY_CHARS].rstrip(" ,;:") + "…"


def _paragraph(text: str, start: int) -> str:
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return text[begin:end if end >= 0 else len(text)]


def dated_clauses(time_expressions: Iterable[TimeExpression], mentions: Iterable[Mention],
                  entity_of: Mapping[str, str], texts: Mapping[str, str], voices: Mapping[str, str]
                  ) -> list[DatedClause]:
    """The clauses that qualify as events (see the module docstring), one per clause: when several expressions
    anchor one clause, the most precise gives the date."""
    by_document: dict[str, list[Mention]] = defaultdict(list)
    for mention in mentions:
        by_document[mention.document].append(mention)
    order = ("time", "day", "week", "month", "quarter", "half", "season", "year")
    best: dict[tuple[str, int, int], tuple[TimeExpression, str, str]] = {}
    spans: dict[str, list[tuple[int, int]]] = defaultdict(list)
    for timex in time_expressions:
        spans[timex.document].append((timex.start, timex.end))
        if not timex.value or timex.type not in ("DATE", "TIME") or timex.granularity not in EVENT_GRANULARITIES:
            continue
        if timex.clause_start is None or timex.clause_end is None or not timex.predicate:
            continue
        if timex.predicate in NOT_EVENTS or timex.document not in texts:
            continue
        date, granularity = (timex.value[:10], "day") if timex.granularity == "time" else (timex.value,
                                                                                            timex.granularity)
        if timex_range(date) is None:
            continue
        key = (timex.document, timex.clause_start, timex.clause_end)
        if key in best and order.index(best[key][2]) <= order.index(granularity):
            continue
        best[key] = (timex, date, granularity)
    clauses = []
    for (document, start, end), (timex, date, granularity) in sorted(best.items()):
        text = texts[document]
        if CAPTION.search(_paragraph(text, start)):
            continue
        entities = frozenset(entity_of[m.id] for m in by_document.get(document, ())
                             if start <= m.start and m.end <= end and m.id in entity_of)
        if not entities and not _states_a_figure(text, start, end, spans[document]):
            continue
        clauses.append(DatedClause(document=document, start=start, end=end, date=date, granularity=granularity,
                                   predicate=timex.predicate or "", summary=_summary(text[start:end]),
                                   entities=entities, voice=voices.get(document, document)))
    return clauses


def _states_a_figure(text: str, start: int, end: int, times: list[tuple[int, int]]) -> bool:
    clause = list(text[start:end])
    for low, high in times:
        for index in range(max(low, start), min(high, end)):
            clause[index - start] = " "
    return bool(re.search(r"\d", "".join(clause)))


def _kinds(predicate: str) -> list[tuple[str, object]]:
    """Keys two predicates share exactly when they match (the same lemma or a listed synonym, ``SYNONYMS``): the
    predicate itself and its synonym groups."""
    return [("predicate", predicate), *(("synonyms", i) for i, group in enumerate(SYNONYMS) if predicate in group)]


def _months(start: dt.date, end: dt.date) -> list[tuple[int, int]]:
    """The (year, month) of every month the days ``start..end`` touch."""
    months, (year, month) = [], (start.year, start.month)
    while (year, month) <= (end.year, end.month):
        months.append((year, month))
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def _widened(span: tuple[dt.date, dt.date]) -> tuple[dt.date, dt.date]:
    """``span`` with ``MAX_DISAGREEMENT_DAYS`` more on each side: every date compatible with it touches this."""
    reach = dt.timedelta(days=MAX_DISAGREEMENT_DAYS)
    return _shifted(span[0], -reach), _shifted(span[1], reach)


@dataclass(slots=True)
class _Group:
    """An event being formed: its clauses, and what the merge asks of them kept up to date as clauses join."""

    members: list[DatedClause]
    spans: list[tuple[dt.date, dt.date]]
    months: list[tuple[int, int]]  # the months its first clause's dates touch, where the group is filed
    latest_start: dt.date = dt.date.min
    earliest_end: dt.date = dt.date.max
    coarse_latest_start: dt.date = dt.date.min  # of the members dated coarser than a day
    coarse_earliest_end: dt.date = dt.date.max
    by_voice: dict[str, tuple[dt.date, dt.date]] = field(default_factory=dict)  # voice -> (latest start, earliest end)
    irregular: bool = False  # a member of day granularity whose dates are not one day: dates are checked one by one
    texts: dict[tuple[str, object], list[str]] = field(default_factory=dict)  # key -> lower-cased summaries
    pairs: set[tuple[tuple[str, object], tuple[str, object]]] = field(default_factory=set)  # (entity, kind) of a member


class _Merger:
    """The events being formed, with an index that finds the group a clause joins without trying every group.

    The merging rule (see the module docstring): a clause joins the first group, in the order groups were formed, that
    has a member related to it (a shared participant and matching predicates or clause texts agreeing at
    ``RELATED_TEXT``; or, sharing none, matching predicates and texts agreeing at ``SIMILAR_TEXT``), whose members
    all date it compatibly (``_compatible``), and in which no member of the clause's voice names another day; else it
    starts a group. The rule is applied as it reads, but without a pass over every group and every member:

    - a related member shares an entity or a kind of predicate (``_kinds``) with the clause, and the group's first
      member, being compatible, has dates that touch the clause's widened by ``MAX_DISAGREEMENT_DAYS``; so each
      group is filed under every key (entity or kind of predicate) of its members, for every month its first
      member's dates touch, and a clause tries only the groups filed under its keys in the months of its widened
      dates, in the order they were formed;
    - whether every member dates the clause compatibly is read from the group's latest start and earliest end (of
      all members, of those dated coarser than a day, and of each voice's), kept as members join;
    - a member that shares an entity and a kind of predicate with the clause is related to it; else the clause's
      text is matched (``rapidfuzz.process``, in C) against those of the members that share a key with it.

    So the events are those of trying every group and member in turn (``tests/test_timeline_scale.py`` keeps that
    loop), while the work grows with the clauses and the groups near each one's date, not with the square of the
    clauses or of an event's members."""

    def __init__(self) -> None:
        self.groups: list[_Group] = []
        self.index: dict[tuple[tuple[str, object], tuple[int, int]], list[int]] = defaultdict(list)

    def add(self, clause: DatedClause) -> None:
        """Put ``clause`` in the first group it joins, else start a group with it."""
        span = clause.span
        entities = [("entity", e) for e in sorted(clause.entities)]
        kinds = _kinds(clause.predicate)
        months = _months(*_widened(span))
        candidates = sorted({g for key in entities + kinds for month in months
                             for g in self.index.get((key, month), ())})
        for g in candidates:
            group = self.groups[g]
            if self._dates_fit(group, clause, span) and self._related(group, clause, entities, kinds):
                self._enter(g, clause, span, entities, kinds)
                return
        self.groups.append(_Group(members=[], spans=[], months=_months(*span)))
        self._enter(len(self.groups) - 1, clause, span, entities, kinds)

    def _enter(self, g: int, clause: DatedClause, span: tuple[dt.date, dt.date], entities: list[tuple[str, object]],
               kinds: list[tuple[str, object]]) -> None:
        group = self.groups[g]
        group.members.append(clause)
        group.spans.append(span)
        start, end = span
        group.latest_start, group.earliest_end = max(group.latest_start, start), min(group.earliest_end, end)
        if clause.granularity != "day":
            group.coarse_latest_start = max(group.coarse_latest_start, start)
            group.coarse_earliest_end = min(group.coarse_earliest_end, end)
        elif start != end:
            group.irregular = True
        voice_start, voice_end = group.by_voice.get(clause.voice, (dt.date.min, dt.date.max))
        group.by_voice[clause.voice] = (max(voice_start, start), min(voice_end, end))
        group.pairs.update((entity, kind) for entity in entities for kind in kinds)
        summary = clause.summary.lower()
        for key in entities + kinds:
            if key not in group.texts:
                group.texts[key] = []
                for month in group.months:
                    self.index[(key, month)].append(g)
            group.texts[key].append(summary)

    @staticmethod
    def _dates_fit(group: _Group, clause: DatedClause, span: tuple[dt.date, dt.date]) -> bool:
        """Whether every member dates ``clause`` compatibly (``_compatible``) and none of its voice names another day.

        A member whose dates overlap the clause's always fits. One that does not fits only when both are single days
        at most ``MAX_DISAGREEMENT_DAYS`` apart from two voices: so every member coarser than a day must overlap a
        day clause, every member must lie within that reach of it, and the clause's own voice must overlap it."""
        start, end = span
        if group.latest_start <= end and group.earliest_end >= start:
            return True  # every member overlaps the clause
        if clause.granularity != "day":
            return False
        if group.irregular or start != end:
            return all(_compatible(clause, span, member, other)
                       and not (member.voice == clause.voice and other != span
                                and not (other[0] <= span[1] and span[0] <= other[1]))
                       for member, other in zip(group.members, group.spans))
        reach = dt.timedelta(days=MAX_DISAGREEMENT_DAYS)
        if not (group.coarse_latest_start <= end and group.coarse_earliest_end >= start):
            return False
        if not (group.latest_start <= _shifted(end, reach) and group.earliest_end >= _shifted(start, -reach)):
            return False
        voice_start, voice_end = group.by_voice.get(clause.voice, (dt.date.min, dt.date.max))
        return voice_start <= end and voice_end >= start

    @staticmethod
    def _related(group: _Group, clause: DatedClause, entities: list[tuple[str, object]],
                 kinds: list[tuple[str, object]]) -> bool:
        """Whether a member is related to ``clause``: one shares an entity and a kind of predicate with it; else (no
        member shares both) one that shares an entity has a summary that agrees with the clause's at ``RELATED_TEXT``
        (``fuzz.token_set_ratio`` of the lower-cased summaries), or one that shares a kind of predicate at
        ``SIMILAR_TEXT``."""
        if any((entity, kind) in group.pairs for entity in entities for kind in kinds):
            return True
        summary = clause.summary.lower()
        return any(process.extractOne(summary, group.texts[key], scorer=fuzz.token_set_ratio, processor=None,
                                      score_cutoff=cutoff) is not None
                   for keys, cutoff in ((entities, RELATED_TEXT), (kinds, SIMILAR_TEXT))
                   for key in keys if key in group.texts)


def _shifted(day: dt.date, by: dt.timedelta) -> dt.date:
    """``day + by``, held at the calendar's ends."""
    try:
        return day + by
    except OverflowError:
        return dt.date.max if by > dt.timedelta(0) else dt.date.min


def _compatible(first: DatedClause, first_span: tuple[dt.date, dt.date], second: DatedClause,
                second_span: tuple[dt.date, dt.date]) -> bool:
    """Whether two clauses may date one happening: their dates (``span``, given) overlap, or two voices give days at
    most ``MAX_DISAGREEMENT_DAYS`` apart."""
    (a_start, a_end), (b_start, b_end) = first_span, second_span
    if a_start <= b_end and b_start <= a_end:
        return True
    if first.voice == second.voice or first.granularity != "day" or second.granularity != "day":
        return False
    return abs((a_start - b_start).days) <= MAX_DISAGREEMENT_DAYS


def _event_date(group: list[DatedClause]) -> tuple[str, str]:
    """The date most voices give (each voice once), then the finer granularity, then the earlier date."""
    order = ("day", "week", "month", "quarter", "half", "season", "year")
    votes: Counter[tuple[str, str]] = Counter(
        (date, granularity) for _, date, granularity in {(m.voice, m.date, m.granularity) for m in group})
    return min(votes, key=lambda pair: (-votes[pair], order.index(pair[1]),
                                        timex_range(pair[0])[0]))  # type: ignore[index]


def build_events(time_expressions: Iterable[TimeExpression], mentions: Iterable[Mention],
                 entity_of: Mapping[str, str], texts: Mapping[str, str], voices: Mapping[str, str]
                 ) -> tuple[Event, ...]:
    """Events across documents, ordered by date.

    ``entity_of`` maps a mention id (``Mention.id``) to its resolved entity id; ``texts`` a document id to its
    article text; ``voices`` a document id to its voice (syndicated copies share one; a missing document is its
    own voice).
    """
    clauses = dated_clauses(time_expressions, mentions, entity_of, texts, voices)
    # precise dates first, so that a month-level mention joins the day it contains rather than seeding its own
    order = ("day", "week", "month", "quarter", "half", "season", "year")
    clauses.sort(key=lambda c: (order.index(c.granularity), c.span[0], c.document, c.start))
    merger = _Merger()
    for clause in clauses:
        merger.add(clause)
    events = []
    for group in (g.members for g in merger.groups):
        date, granularity = _event_date(group)
        members = sorted(group, key=lambda c: (c.document, c.start))
        representative = min((m for m in members if m.date == date),
                             key=lambda m: (-len(m.entities), len(m.summary), m.document, m.start))
        events.append(Event(
            id=stable_id("ev", *[f"{m.document}:{m.start}:{m.end}" for m in members]),
            date=date, granularity=granularity, summary=representative.summary,
            documents=tuple(sorted({m.document for m in members})),
            evidence=tuple(Evidence(document=m.document, start=m.start, end=m.end, date=m.date) for m in members),
            entities=tuple(sorted(set().union(*(m.entities for m in members)))),
        ))
    events.sort(key=lambda e: (timex_range(e.date)[0], timex_range(e.date)[1], e.summary, e.id))  # type: ignore[index]
    return tuple(events)
