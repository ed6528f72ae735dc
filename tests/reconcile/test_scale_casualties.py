"""``casualties.prepare``'s cross-document rules against the pairwise passes they replace, kept here as the reference.

``bare_outliers`` looked at every claim for each bare figure, ``shot_split_elsewhere`` at every claim for each article
that counts dead and at every split for each claim, ``conditions`` at every claim for each injury figure told with a
condition; on the whole Gun Violence Archive dossier (29,167 claims) that was most of the headline step. They now ask
indexes built once (``casualties_index``, per-article dictionaries). Checked here: the same output as the reference,
record for record, on random claim sets (hypothesis) shaped like real ones (a few articles, shared sentences, dead
and injured figures, bare numbers, open bounds, titles), and a bound on the work done for a large dossier (the number
of Python calls made, which grew with the square of the claims before).
"""

from __future__ import annotations

import math
import random
import sys
from dataclasses import replace

from hypothesis import HealthCheck, given, settings, strategies as st

from newsdossier.reconcile import casualties
from newsdossier.reconcile.casualties import (BARE_AT_LEAST, CONDITION, FATAL, FIRM, INDIVIDUAL, SHOT, STREET,
                                              conditions, injured_only, prepare)
from newsdossier.reconcile.casualties_index import OverlapIndex
from newsdossier.reconcile.intervals import Interval, interval
from newsdossier.records import Claim


# the reference: the pairwise passes as they were before the indexes


def ref_bare_outliers(claims: list[Claim]) -> list[Claim]:
    claims = list(claims)

    def bare(c: Claim) -> bool:
        counted = (c.counted or "").strip()
        return ((not counted or STREET.match(counted) is not None) and c.value_low is not None
                and c.value_low >= BARE_AT_LEAST and c.extractor.startswith("rules-claims"))

    def corroborated(c: Claim) -> bool:
        span = interval(c)
        return span is not None and any(
            o.measure == c.measure and (o.document, o.sentence) != (c.document, c.sentence)
            and (s := interval(o)) is not None and s.bounded and span.overlaps(s) for o in claims)

    return [c for c in claims if not (bare(c) and not corroborated(c))]


def ref_conditions(claims: list[Claim]) -> list[Claim]:
    claims = list(claims)

    def injured(c: Claim) -> bool:
        return (c.measure == "injuries" and c.scope is None and c.unit is None and c.status in FIRM
                and c.value_low is not None and getattr(c, "field", "text") == "text")

    out: list[Claim] = []
    for c in claims:
        if injured(c) and not c.extractor.startswith(INDIVIDUAL) and CONDITION.search(c.sentence) and any(
                injured(o) and o.document == c.document and (o.value_low or 0) > (c.value_high or c.value_low or 0)
                for o in claims):
            out.append(replace(c, scope="in a stated condition"))
        else:
            out.append(c)
    return out


def ref_shot_split_elsewhere(claims: list[Claim]) -> list[Claim]:
    claims = list(claims)

    def firm(c: Claim, measure: str) -> bool:
        return (c.measure == measure and c.scope is None and c.unit is None and c.status in FIRM
                and c.value_low is not None and c.value_low == c.value_high)

    dead_docs = {c.document for c in claims if firm(c, "deaths") and (c.value_low or 0) >= 1}
    splits: set[tuple[float, float]] = set()
    for d in dead_docs:
        dead = {c.value_low for c in claims if c.document == d and firm(c, "deaths") and (c.value_low or 0) >= 1}
        hurt = {c.value_low for c in claims if c.document == d and firm(c, "injuries") and (c.value_low or 0) >= 1
                and injured_only(c)}
        splits |= {(x + y, x) for x in dead for y in hurt}  # type: ignore[operator]
    out: list[Claim] = []
    for c in claims:
        totals = [dead for total, dead in splits if total == c.value_low]
        if (totals and firm(c, "injuries") and c.document not in dead_docs and (c.value_low or 0) >= 2
                and SHOT.search(c.sentence) and not injured_only(c)
                and not FATAL.search(c.sentence) and "not killed" not in (c.counted or "")):
            toll = max(totals)
            out.append(replace(c, value_low=(c.value_low or 0) - toll, value_high=(c.value_high or 0) - toll,
                               counted=f"{c.counted or 'people'}, not killed: {c.value_low:g} - {toll:g} (another "
                                       "article's dead)"))
        else:
            out.append(c)
    return out


def ref_prepare(claims: list[Claim]) -> list[Claim]:
    c = casualties
    read = c.ordinal_victims(c.tallies(c.roundups(c.parts_added(c.died_since(c.fired_at(claims))))))
    return c.the_doer_dead(ref_conditions(ref_shot_split_elsewhere(c.dead_among_shot(ref_bare_outliers(
        c.contradicted_zero(read))))))


# random claim sets shaped like a dossier's

SENTENCES = [
    "Five people were shot on Main Street.", "One man was killed and four others were wounded.",
    "Two are in critical condition.", "Three were hospitalized, two in critical condition.",
    "Six people were shot, police said.", "The victims were taken to a hospital in stable condition.",
    "Police found 46 shell casings at 9330 59th Ave.", "A man was shot and killed.", "Nobody was hurt.",
    "Officers arrested 2 suspects.", "The 400 block of Elm Street was closed.", "Three people were injured.",
    "At least 12 were wounded in shootings across the city.", "He was shot dead.",
]
COUNTED = ["people", "people", "", "", "others", "Ave.", "victims", "men", "people, not killed"]
QUALIFIERS = ["exact", "exact", "exact", "about", "at_least", "more_than", "at_most", "less_than", "range", "vague"]
VALUES = [0.0, 1.0, 1.0, 2.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0, 10.0, 12.0, 19.0, 46.0, 400.0]


@st.composite
def dossiers(draw) -> list[Claim]:
    claims = []
    for i in range(draw(st.integers(min_value=0, max_value=30))):
        low = draw(st.sampled_from(VALUES))
        qualifier = draw(st.sampled_from(QUALIFIERS))
        high = low + draw(st.sampled_from([0.0, 0.0, 1.0, 2.0, 30.0])) if qualifier in ("range", "vague") else \
            draw(st.sampled_from([low, low, low, None]))
        text = draw(st.sampled_from([f"{low:g}", "five", "a man", "two", ""]))
        claims.append(Claim(
            id=f"c{i:03d}", document=f"d{draw(st.integers(0, 4))}", start=i, end=i + 1, text=text,
            sentence=draw(st.sampled_from(SENTENCES)), measure=draw(st.sampled_from(["deaths", "injuries", "injuries",
                                                                                     "arrests"])),
            counted=draw(st.sampled_from(COUNTED)), value_low=draw(st.sampled_from([low, low, low, None])),
            value_high=high, qualifier=qualifier, as_of="2025-01-05",
            status=draw(st.sampled_from(["asserted", "asserted", "reported", "hedged", "negated"])),
            extractor=draw(st.sampled_from(["rules-claims/5", "rules-claims/5", "rules-victims/1"])),
            field=draw(st.sampled_from(["text", "text", "title"])), unit=draw(st.sampled_from([None, None, "percent"])),
            scope=draw(st.sampled_from([None, None, None, "children"]))))
    return claims


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(dossiers())
def test_indexed_rules_match_the_pairwise_reference(claims: list[Claim]) -> None:
    assert casualties.bare_outliers(claims) == ref_bare_outliers(claims)
    assert conditions(claims) == ref_conditions(claims)
    assert casualties.shot_split_elsewhere(claims) == ref_shot_split_elsewhere(claims)
    assert prepare(claims) == ref_prepare(claims)


#: the wordings of the dead, the injured alone, the shot and a condition, for a dossier of firm exact figures
SPLITS = [("deaths", "One man was killed and four others were wounded."),
          ("injuries", "One man was killed and four others were wounded."), ("injuries", "Six people were shot."),
          ("injuries", "Two are in critical condition."), ("deaths", "Two people died."),
          ("injuries", "Three were wounded, two in serious condition."),
          ("injuries", "Four people were hit by gunfire.")]


@st.composite
def split_dossiers(draw) -> list[Claim]:
    """Firm exact figures of a few articles, so that one article's dead and injured often add up to another's shot,
    with several splits of one total ("1 + 4", "2 + 3") and several injured figures per article."""
    claims = []
    for i in range(draw(st.integers(min_value=0, max_value=20))):
        measure, sentence = draw(st.sampled_from(SPLITS))
        low = float(draw(st.integers(1, 4)))
        claims.append(Claim(id=f"c{i:03d}", document=f"d{draw(st.integers(0, 4))}", start=i, end=i + 1, text=f"{low:g}",
                            sentence=sentence, measure=measure, counted=draw(st.sampled_from(["people", "others"])),
                            value_low=low, value_high=low, qualifier="exact", as_of="2025-01-05",
                            extractor="rules-claims/5", field=draw(st.sampled_from(["text", "text", "title"]))))
    return claims


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(split_dossiers())
def test_splits_and_conditions_match_the_pairwise_reference(claims: list[Claim]) -> None:
    assert casualties.shot_split_elsewhere(claims) == ref_shot_split_elsewhere(claims)
    assert conditions(claims) == ref_conditions(claims)
    assert prepare(claims) == ref_prepare(claims)


SPANS = st.builds(lambda low, width, lo, hi: Interval(low, low + width, lo, hi),
                  st.sampled_from([0.0, 1.0, 2.0, 2.5, 10.0, 46.0, 1e9, -3.0, math.inf, -math.inf]),
                  st.sampled_from([0.0, 0.0, 0.1, 1.0, 3.0, 1000.0, -1.0, math.inf]), st.booleans(), st.booleans())


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(SPANS, st.integers(0, 3)), max_size=25), SPANS, st.integers(0, 3))
def test_overlap_index_answers_as_a_scan(entries: list[tuple[Interval, int]], span: Interval, own: int) -> None:
    """Points, ranges, open ends, inverted and infinite intervals: the index finds what a scan finds."""
    expected = any(span.overlaps(other) and key != own for other, key in entries)
    assert OverlapIndex(entries).overlaps_other(span, own) == expected


def large_dossier(articles: int, seed: int = 0) -> list[Claim]:
    """A dossier of ``articles`` articles of about four figures each: dead and injured counts, people shot, conditions
    and bare numbers, as a large event's coverage gives them."""
    rng = random.Random(seed)
    claims = []
    for a in range(articles):
        for j, (measure, sentence, counted) in enumerate(rng.sample([
                ("deaths", "One man was killed and four others were wounded.", "man"),
                ("injuries", "One man was killed and four others were wounded.", "others"),
                ("injuries", "Six people were shot, police said.", "people"),
                ("injuries", "Two are in critical condition.", "people"),
                ("injuries", "Police found 46 shell casings at 9330 59th Ave.", ""),
                ("deaths", "A man was shot and killed.", "man")], 4)):
            low = float(rng.choice([1, 2, 3, 4, 5, 6, 7, 12, 19, 46, 400]))
            claims.append(Claim(id=f"c{a}-{j}", document=f"d{a}", start=j, end=j + 1, text=f"{low:g}",
                                sentence=f"{sentence} ({a % 97})", measure=measure, counted=counted, value_low=low,
                                value_high=low, qualifier="exact", as_of="2025-01-05", extractor="rules-claims/5"))
    return claims


def calls_made(claims: list[Claim]) -> int:
    """The Python and built-in calls ``prepare`` makes on ``claims`` (a count, unlike wall time, that a busy machine
    does not change)."""
    count = 0

    def profile(frame, event, arg) -> None:  # noqa: ANN001
        nonlocal count
        if event in ("call", "c_call"):
            count += 1

    sys.setprofile(profile)
    try:
        prepare(claims)
    finally:
        sys.setprofile(None)
    return count


def test_prepare_work_grows_linearly() -> None:
    """Four times the articles, about four times the calls (within a margin), and a bound per claim: now about 77 calls
    a claim; the pairwise passes made 1,370 a claim on the larger dossier (5.5 million), 13 times the smaller's."""
    small, large = large_dossier(250), large_dossier(1000)
    made_small, made_large = calls_made(small), calls_made(large)
    assert made_large <= 5 * made_small
    assert made_large <= 120 * len(large)
