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
from dataclasses import dataclass

from rapidfuzz import fuzz

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


def _same_kind(first: DatedClause, second: DatedClause) -> bool:
    return first.predicate == second.predicate or any(first.predicate in group and second.predicate in group
                                                      for group in SYNONYMS)


def _agreeing_text(first: DatedClause, second: DatedClause) -> float:
    return fuzz.token_set_ratio(first.summary.lower(), second.summary.lower())


def _related(first: DatedClause, second: DatedClause) -> bool:
    """The same happening: shared participant and matching predicates, or matching predicates and mostly the same
    words (the entity extractor may miss a name in one of them)."""
    if first.entities & second.entities:
        return _same_kind(first, second) or _agreeing_text(first, second) >= 80
    return _same_kind(first, second) and _agreeing_text(first, second) >= 70


def _compatible(first: DatedClause, second: DatedClause) -> bool:
    (a_start, a_end), (b_start, b_end) = first.span, second.span
    if a_start <= b_end and b_start <= a_end:
        return True
    if first.voice == second.voice or first.granularity != "day" or second.granularity != "day":
        return False
    return abs((a_start - b_start).days) <= MAX_DISAGREEMENT_DAYS


def _joins(candidate: DatedClause, group: list[DatedClause]) -> bool:
    if not any(_related(candidate, member) for member in group):
        return False
    if not all(_compatible(candidate, member) for member in group):
        return False
    # one voice naming two different days describes two events
    return not any(member.voice == candidate.voice and member.span != candidate.span
                   and not (member.span[0] <= candidate.span[1] and candidate.span[0] <= member.span[1])
                   for member in group)


def _event_date(group: list[DatedClause]) -> tuple[str, str]:
    """The date most voices give (each voice once), then the finer granularity, then the earlier date."""
    order = ("day", "week", "month", "quarter", "half", "season", "year")
    votes: Counter[tuple[str, str]] = Counter()
    for voice in {member.voice for member in group}:
        given = {(m.date, m.granularity) for m in group if m.voice == voice}
        for pair in given:
            votes[pair] += 1
    return min(votes, key=lambda pair: (-votes[pair], order.index(pair[1]), timex_range(pair[0])[0]))


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
    groups: list[list[DatedClause]] = []
    for clause in clauses:
        for group in groups:
            if _joins(clause, group):
                group.append(clause)
                break
        else:
            groups.append([clause])
    events = []
    for group in groups:
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
