"""The timeline's indexed merge (``timeline._Merger``) against the loop it replaces, kept here as the reference: each
clause tried against every event formed so far, in order, joining the first that accepts it.

Random clauses (hypothesis) with few entities, predicates (synonyms among them), voices, summaries and dates at
day, month and year granularity, days next to each other and a year apart: the places where the index could miss
a group. A scale smoke test checks that many events stay quick."""

from __future__ import annotations

import datetime as dt
import random
import time

from hypothesis import given, settings, strategies as st
from rapidfuzz import fuzz

from newsdossier import timeline
from newsdossier.timeline import SYNONYMS, DatedClause, _Merger


# --- the reference: every clause against every member of every group ------------------------------------------------

def ref_same_kind(first: DatedClause, second: DatedClause) -> bool:
    return first.predicate == second.predicate or any(first.predicate in group and second.predicate in group
                                                      for group in SYNONYMS)


def ref_agreeing_text(first: DatedClause, second: DatedClause) -> float:
    return fuzz.token_set_ratio(first.summary.lower(), second.summary.lower())


def ref_related(first: DatedClause, second: DatedClause) -> bool:
    if first.entities & second.entities:
        return ref_same_kind(first, second) or ref_agreeing_text(first, second) >= 80
    return ref_same_kind(first, second) and ref_agreeing_text(first, second) >= 70


def ref_compatible(first: DatedClause, second: DatedClause) -> bool:
    (a_start, a_end), (b_start, b_end) = first.span, second.span
    if a_start <= b_end and b_start <= a_end:
        return True
    if first.voice == second.voice or first.granularity != "day" or second.granularity != "day":
        return False
    return abs((a_start - b_start).days) <= timeline.MAX_DISAGREEMENT_DAYS


def ref_joins(candidate: DatedClause, group: list[DatedClause]) -> bool:
    if not any(ref_related(candidate, member) for member in group):
        return False
    if not all(ref_compatible(candidate, member) for member in group):
        return False
    return not any(member.voice == candidate.voice and member.span != candidate.span
                   and not (member.span[0] <= candidate.span[1] and candidate.span[0] <= member.span[1])
                   for member in group)


def ref_groups(clauses: list[DatedClause]) -> list[list[DatedClause]]:
    groups: list[list[DatedClause]] = []
    for clause in clauses:
        for group in groups:
            if ref_joins(clause, group):
                group.append(clause)
                break
        else:
            groups.append([clause])
    return groups


def ref_event_date(group: list[DatedClause]) -> tuple[str, str]:
    order = ("day", "week", "month", "quarter", "half", "season", "year")
    votes: dict[tuple[str, str], int] = {}
    for voice in {member.voice for member in group}:
        for pair in {(m.date, m.granularity) for m in group if m.voice == voice}:
            votes[pair] = votes.get(pair, 0) + 1
    return min(votes, key=lambda pair: (-votes[pair], order.index(pair[1]), timeline.timex_range(pair[0])[0]))


def merged(clauses: list[DatedClause]) -> list[list[DatedClause]]:
    merger = _Merger()
    for clause in clauses:
        merger.add(clause)
    return [group.members for group in merger.groups]


def in_build_order(clauses: list[DatedClause]) -> list[DatedClause]:
    order = ("day", "week", "month", "quarter", "half", "season", "year")
    return sorted(clauses, key=lambda c: (order.index(c.granularity), c.span[0], c.document, c.start))


# --- random clauses -------------------------------------------------------------------------------------------------

DATES = [("2025-01-30", "day"), ("2025-01-31", "day"), ("2025-02-01", "day"), ("2025-02-02", "day"),
         ("2025-02-04", "day"), ("2024-12-31", "day"), ("2025-01", "month"), ("2025-02", "month"), ("2025", "year"),
         ("2024", "year"), ("2025-W05", "week"), ("2025-W05", "day")]  # the last: a day clause that spans a week
PREDICATES = ["kill", "die", "shoot", "arrest", "detain", "begin", "protest", "march"]
WORDS = ["police", "protesters", "capital", "killed", "two", "men", "square", "march", "began", "arrested"]


@st.composite
def clause_sets(draw) -> list[DatedClause]:
    n = draw(st.integers(min_value=1, max_value=30))
    clauses = []
    for i in range(n):
        date, granularity = draw(st.sampled_from(DATES))
        words = draw(st.lists(st.sampled_from(WORDS), min_size=1, max_size=5))
        clauses.append(DatedClause(
            document=f"d{draw(st.integers(0, 5))}", start=i * 10, end=i * 10 + 9, date=date, granularity=granularity,
            predicate=draw(st.sampled_from(PREDICATES)), summary=" ".join(words),
            entities=frozenset(draw(st.lists(st.sampled_from(["E1", "E2", "E3"]), max_size=2))),
            voice=draw(st.sampled_from(["A", "B", "C"]))))
    return in_build_order(clauses)


@settings(max_examples=150, deadline=None)
@given(clause_sets())
def test_the_index_forms_the_events_of_the_pairwise_loop(clauses):
    assert merged(clauses) == ref_groups(clauses)


@settings(max_examples=75, deadline=None)
@given(clause_sets())
def test_the_event_date_is_the_one_most_voices_give(clauses):
    for group in ref_groups(clauses):
        assert timeline._event_date(group) == ref_event_date(group)


def test_months_and_widened_dates_reach_the_compatible_days():
    assert timeline._months(dt.date(2024, 12, 30), dt.date(2025, 2, 1)) == [(2024, 12), (2025, 1), (2025, 2)]
    day = dt.date(2025, 1, 31)
    assert timeline._widened((day, day)) == (dt.date(2025, 1, 29), dt.date(2025, 2, 2))
    assert timeline._widened((dt.date.min, dt.date.max)) == (dt.date.min, dt.date.max)


def test_many_events_are_quick(monkeypatch):
    """6,000 dated clauses over two years, 300 entities, every predicate: the loop that tried each clause against
    every event took minutes on a whole-corpus dossier; the index tries a few groups per clause and takes about a
    second (the time bound is loose for a shared machine; the count of groups tried is the exact guard)."""
    rng = random.Random(3)
    start = dt.date(2024, 1, 1)
    clauses = in_build_order([
        DatedClause(document=f"d{i % 2000}", start=i, end=i + 5,
                    date=(start + dt.timedelta(days=rng.randrange(730))).isoformat(), granularity="day", predicate=rng.choice(PREDICATES), summary=" ".join(rng.sample(WORDS, 4)),
                    entities=frozenset({f"E{rng.randrange(300)}"}), voice=f"v{i % 500}")
        for i in range(6000)])
    tried = []
    dates_fit = _Merger._dates_fit
    monkeypatch.setattr(_Merger, "_dates_fit", staticmethod(lambda *args: tried.append(1) or dates_fit(*args)))
    began = time.perf_counter()
    groups = merged(clauses)
    assert time.perf_counter() - began < 10.0
    assert len(tried) < 20 * len(clauses)
    assert sum(len(g) for g in groups) == 6000 and len(groups) < 6000


def test_one_large_event_is_quick():
    """4,000 clauses from 1,000 voices telling one shooting on one day (or the day before or after): one event that
    every clause is checked against; the loop compared each clause with each of its members (8 million pairs), the
    group's date bounds and keys answer at once."""
    rng = random.Random(5)
    clauses = in_build_order([
        DatedClause(document=f"d{i}", start=0, end=40, date=f"2025-03-{rng.choice([4, 5, 5, 5, 6]):02d}",
                    granularity="day", predicate=rng.choice(["kill", "shoot", "die"]),
                    summary=" ".join(rng.sample(WORDS, 5)), entities=frozenset(rng.sample(["E1", "E2", "E3"], 1)),
                    voice=f"v{i % 1000}")
        for i in range(4000)])
    began = time.perf_counter()
    groups = merged(clauses)
    assert time.perf_counter() - began < 10.0
    assert max(len(g) for g in groups) > 1000
