"""The findings' sort-and-sweep steps (``reconcile._compare`` and its helpers, ``reconcile.clashes``) against the
pairwise rules they replace, kept here as the reference: every pair of figures compared, as the rules read.

Random claim sets (hypothesis) with few distinct values, open and closed ends, empty and reversed intervals, dates
at three granularities, undated figures, several sources and statuses: the places where a sweep could go wrong. The
whole of ``reconcile`` is run twice, once with the reference helpers patched in, and must give the same findings,
in the same order. A scale smoke test checks that a large group stays quick."""

from __future__ import annotations

import random
import time

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import newsdossier.reconcile as rc
from newsdossier.reconcile import clashes, interval, reconcile
from newsdossier.reconcile.intervals import Interval
from newsdossier.records import Claim


# --- the reference: the pairwise rules ------------------------------------------------------------------------------

def ref_placed_undated(claims: list[Claim]) -> set[int]:
    dated = [interval(c) for c in claims if c.as_of]
    return {id(c) for c in claims if not c.as_of and any(interval(c).overlaps(d) for d in dated)}


def ref_comparable(a: Claim, b: Claim) -> bool:
    if not a.as_of or not b.as_of:
        return True
    n = min(len(a.as_of), len(b.as_of))
    return a.as_of[:n] == b.as_of[:n]


def ref_compare(claims: list[Claim], voice) -> tuple[str, list[Claim], bool]:
    spans = [interval(c) for c in claims]
    pairs = [(a, b) for i, (a, span) in enumerate(zip(claims, spans))
             for b, other in zip(claims[i + 1:], spans[i + 1:]) if not span.overlaps(other)]
    if not pairs:
        return "agreement", claims, False
    conflicting: set[int] = set()
    rose = False
    placed = ref_placed_undated(claims)
    current = rc._current(claims, voice)
    for earlier, later in pairs:
        if id(earlier) in placed or id(later) in placed:
            continue
        if id(earlier) not in current or id(later) not in current:
            rose = rose or interval(later).low > interval(earlier).low
            continue
        if ref_comparable(earlier, later) or interval(later).low < interval(earlier).low:
            conflicting |= {id(earlier), id(later)}
        else:
            rose = True
    if conflicting:
        return "disagreement", [c for c in claims if id(c) in conflicting], rose
    return "evolution", claims, True


def ref_revisions(claims: list[Claim], voice) -> list[Claim]:
    revised: list[Claim] = []
    for i, earlier in enumerate(claims):
        for later in claims[i + 1:]:
            if (voice(earlier) == voice(later) and earlier.as_of and later.as_of and earlier.as_of < later.as_of
                    and not interval(earlier).overlaps(interval(later))
                    and interval(later).high < interval(earlier).low):
                revised += [c for c in (earlier, later) if c not in revised]
    return sorted(revised, key=rc._time_order)


def ref_with_successors(group: list[Claim], retracted: list[Claim]) -> list[Claim]:
    chosen = list(retracted)
    for claim in retracted:
        later = next((c for c in group if c.status in ("asserted", "reported") and c.as_of and claim.as_of
                      and c.as_of > claim.as_of), None)
        if later is not None and later not in chosen:
            chosen.append(later)
    return sorted(chosen, key=rc._time_order)


def reference_reconcile(claims, voices, monkeypatch):
    with monkeypatch.context() as patch:
        patch.setattr(rc, "_compare", ref_compare)
        patch.setattr(rc, "_revisions", ref_revisions)
        patch.setattr(rc, "_with_successors", ref_with_successors)
        return reconcile(claims, voices)


# --- random claim sets ----------------------------------------------------------------------------------------------

QUALIFIERS = ["exact", "exact", "about", "at_least", "more_than", "at_most", "less_than", "range", "vague"]
DATES = [None, "2025", "2025-01", "2025-02", "2025-01-05", "2025-01-06", "2025-02-01", "2024-12-31", "2025-01-0"]
STATUSES = ["asserted", "asserted", "reported", "disputed", "retracted", "hedged", "negated"]


@st.composite
def claim_sets(draw) -> tuple[list[Claim], dict[str, str]]:
    n = draw(st.integers(min_value=1, max_value=40))
    values = draw(st.lists(st.sampled_from([0, 1, 2, 3, 5, 8, 10, 12]), min_size=1, max_size=5))
    claims = []
    for i in range(n):
        low = draw(st.sampled_from(values))
        high = draw(st.sampled_from([low, low, low + 2, max(low - 3, 0), None]))  # reversed ranges too
        claims.append(Claim(
            id=f"c{i:03d}", document=f"d{draw(st.integers(0, 6))}", start=0, end=1, text=str(low), sentence="",
            measure=draw(st.sampled_from(["deaths", "deaths", "injuries"])), counted="people",
            value_low=float(low), value_high=None if high is None else float(high),
            qualifier=draw(st.sampled_from(QUALIFIERS)), as_of=draw(st.sampled_from(DATES)),
            status=draw(st.sampled_from(STATUSES)), source=draw(st.sampled_from([None, None, "police", "the police"])),
            scope=draw(st.sampled_from([None, None, None, "children"])),
            extractor=draw(st.sampled_from(["rules-claims", "rules-claims", "rules-victims"])),
        ))
    voices = {f"d{k}": f"outlet{k % 3}" for k in range(7) if k != 5}  # d5 is its own voice
    return claims, voices


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(claim_sets())
def test_findings_match_the_pairwise_rules(monkeypatch, data):
    claims, voices = data
    assert reconcile(claims, voices) == reference_reconcile(claims, voices, monkeypatch)


@settings(max_examples=150, deadline=None)
@given(claim_sets())
def test_each_step_matches_its_pairwise_rule(data):
    claims, voices = data
    claims = sorted([c for c in claims if interval(c) is not None], key=rc._time_order)

    def voice(claim: Claim) -> str:
        return voices.get(claim.document) or claim.document

    assert rc._compare(claims, voice) == ref_compare(claims, voice)
    assert rc._revisions(claims, voice) == ref_revisions(claims, voice)
    retracted = [c for c in claims if c.status == "retracted"]
    assert rc._with_successors(claims, retracted) == ref_with_successors(claims, retracted)
    lefts, rights = clashes.endpoint_ranks([interval(c) for c in claims])
    assert rc._placed_undated(claims, lefts, rights) == ref_placed_undated(claims)


ENDS = st.tuples(st.sampled_from([0.0, 1.0, 2.0, 5.0, float("inf")]), st.booleans())


@settings(max_examples=200, deadline=None)
@given(st.lists(st.tuples(ENDS, ENDS), min_size=1, max_size=12))
def test_endpoint_ranks_say_exactly_which_intervals_overlap(ends):
    spans = [Interval(low, high, low_open, high_open) for (low, low_open), (high, high_open) in ends]
    lefts, rights = clashes.endpoint_ranks(spans)
    pairs = [(i, j) for i in range(len(spans)) for j in range(len(spans))]
    for i, j in pairs:
        assert clashes.clash(i, j, lefts, rights) == (not spans[i].overlaps(spans[j]))
    assert clashes.any_clash(lefts, rights) == any(not spans[i].overlaps(spans[j]) for i, j in pairs if i != j)


def test_a_later_lower_figure_of_another_outlet_and_a_rise_both_show():
    def claim(cid, document, value, as_of):
        return Claim(id=cid, document=document, start=0, end=1, text="", sentence="", measure="deaths",
                     counted="people", value_low=value, value_high=value, qualifier="exact", as_of=as_of)
    claims = [claim("a", "d1", 8, "2025-01-05"), claim("b", "d2", 16, "2025-01-08"), claim("c", "d3", 12, "2025-01-09")]
    kinds = [f.kind for f in reconcile(claims, {"d1": "A", "d2": "B", "d3": "C"})]
    assert kinds == ["disagreement", "evolution"]


def test_a_large_group_is_quick(monkeypatch):
    """8,000 figures of one measure from 400 outlets over 60 days, two in five clashing with the rest: the pairwise
    rules compared 32 million pairs here (half a minute); the sweeps compare none and take well under a second. The
    time bound is loose for a shared machine; the count of pairwise comparisons is the exact guard."""
    rng = random.Random(7)
    claims = [Claim(id=f"c{i}", document=f"d{i % 3000}", start=0, end=1, text="", sentence="", measure="deaths",
                    counted="people", value_low=float(v), value_high=float(v),
                    qualifier=rng.choice(["exact", "exact", "about", "at_least"]),
                    as_of=f"2025-{1 + d // 31:02d}-{1 + d % 28:02d}",
                    source=rng.choice([None, "police", "the coroner"]))
              for i in range(8000) for v, d in [(rng.choice([1, 2, 3, 40, 41]), rng.randrange(60))]]
    voices = {f"d{k}": f"outlet{k % 400}" for k in range(3000)}
    compared = []
    overlaps = Interval.overlaps
    monkeypatch.setattr(Interval, "overlaps", lambda self, other: compared.append(1) or overlaps(self, other))
    began = time.perf_counter()
    findings = reconcile(claims, voices)
    assert time.perf_counter() - began < 10.0
    assert len(compared) < len(claims)
    assert "disagreement" in {f.kind for f in findings}
