"""The headline's best-supported figure: counted once per distinct interval, the same choice as counting pairwise."""

from __future__ import annotations

import importlib

from hypothesis import given, settings, strategies as st

from newsdossier.reconcile.intervals import Interval, interval
from newsdossier.records import Claim

h = importlib.import_module("newsdossier.reconcile.headlines")  # the package exports a function of that name
QUALIFIERS = ("exact", "about", "at_least", "more_than", "at_most", "less_than")


def naive_pick(pool, voice):
    """The pairwise count the headline rules used before (every claim against every other)."""
    def support(claim):
        span = interval(claim)
        stated = {c.document for c in pool if h._strength(c)[1]}
        return len({voice(c) for c in pool if (span.overlaps(span) if c is claim else span.overlaps(h._near(interval(c)))
                    and not (h.implicit_one(c) and c.document in stated))})  # an open bound backs what is near it

    def in_title(claim):
        span = interval(claim)
        titles = [c for c in pool if c.field == "title"]
        values = {}
        for c in titles:
            values.setdefault(c.document, set()).add(c.value_low)
        return sum(1 for c in titles if len(values[c.document]) == 1 and span.overlaps(interval(c)))

    return max(pool, key=lambda c: (support(c), h._strength(c), in_title(c), c.value_low or 0.0, c.source is not None,
                                    c.as_of or "", c.id))


claims = st.builds(
    lambda i, doc, low, qualifier, field, individual, source, day: Claim(
        id=f"c{i}", document=f"d{doc}", start=0, end=1, text=str(low), sentence="", measure="deaths", counted="people",
        value_low=float(low), value_high=float(low), qualifier=qualifier, field=field, source=source,
        extractor=h.INDIVIDUAL + "x" if individual else "rules-claims/5", as_of=f"2024-05-0{day}"),
    st.integers(0, 10_000), st.integers(0, 5), st.integers(0, 12), st.sampled_from(QUALIFIERS),
    st.sampled_from(("text", "text", "title")), st.booleans(), st.sampled_from((None, "police", "a hospital")),
    st.integers(1, 3))


@settings(max_examples=500, deadline=None)
@given(st.lists(claims, min_size=1, max_size=25, unique_by=lambda c: c.id))
def test_pick_is_the_pairwise_choice(pool):
    voice = lambda c: c.document[-1:] if c.document[-1] in "012" else "other"  # noqa: E731  (outlets shared)
    assert h._pick(pool, voice) is naive_pick(pool, voice)


def test_an_empty_interval_does_not_back_itself():
    # "fewer than 0" allows no value, so it overlaps nothing, itself included, as in the pairwise count
    pool = [Claim(id=f"c{i}", document="d0", start=0, end=1, text="0", sentence="", measure="deaths", counted="people",
                  value_low=0.0, value_high=0.0, qualifier=q) for i, q in enumerate(("about", "less_than"))]
    voice = lambda c: c.document  # noqa: E731
    assert h._pick(pool, voice) is naive_pick(pool, voice) is pool[0]


def test_a_large_pool_is_picked_without_pairwise_counting():
    # 6,000 figures of one measure repeating 30 values: the choice counts each value's backers once, so the number
    # of overlap tests grows with values x figures, not figures squared (36 million here)
    pool = [Claim(id=f"c{i}", document=f"d{i % 900}", start=0, end=1, text="", sentence="", measure="deaths",
                  counted="people", value_low=float(i % 30), value_high=float(i % 30), qualifier="exact")
            for i in range(6000)]
    calls = 0
    original = Interval.overlaps

    def counting(self, other):
        nonlocal calls
        calls += 1
        return original(self, other)

    Interval.overlaps = counting
    try:
        chosen = h._pick(pool, lambda c: c.document)
    finally:
        Interval.overlaps = original
    assert chosen.value_low == 29.0  # every value has 200 outlets; the higher value wins the tie
    assert calls <= 30 * 6000 * 2
