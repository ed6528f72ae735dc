from __future__ import annotations

import math

from newsdossier.reconcile import Interval, describe, interval, reconcile
from newsdossier.records import Claim


def claim(cid, document, low, high=None, qualifier="exact", as_of=None, status="asserted", measure="deaths", scope=None,
          source=None) -> Claim:
    return Claim(id=cid, document=document, start=0, end=1, text=str(low), sentence="", measure=measure, counted="people killed",
                 value_low=low, value_high=low if high is None else high, qualifier=qualifier, as_of=as_of, status=status,
                 scope=scope, source=source)


def test_intervals_follow_the_qualifier():
    assert interval(claim("a", "d", 227)) == Interval(227, 227)
    about = interval(claim("a", "d", 200, qualifier="about"))
    assert math.isclose(about.low, 180) and math.isclose(about.high, 220)
    assert interval(claim("a", "d", 230, qualifier="at_least")) == Interval(230, math.inf)
    assert not Interval(230, math.inf, low_open=True).overlaps(Interval(200, 230))
    assert Interval(230, math.inf).overlaps(Interval(200, 230))
    assert not Interval(0, 10, high_open=True).overlaps(Interval(10, 10))


def test_agreement_counts_outlets_not_articles():
    claims = [claim("a", "d1", 227), claim("b", "d2", 225, qualifier="about"), claim("c", "d3", 230, qualifier="at_most")]
    (finding,) = reconcile(claims, {"d1": "Ledger", "d2": "Wire", "d3": "Wire"})
    assert finding.kind == "agreement" and "2 outlets agree" in finding.summary
    assert set(finding.claims) == {"a", "b", "c"}


def test_one_outlet_is_a_single_source_even_with_several_articles():
    (finding,) = reconcile([claim("a", "d1", 10), claim("b", "d2", 10)], {"d1": "Wire", "d2": "Wire"})
    assert finding.kind == "single_source"


def test_later_higher_figures_are_an_evolution_and_a_clash_at_one_date_is_a_disagreement():
    rising = [claim("a", "d1", 164, as_of="2025-01-09"), claim("b", "d2", 227, as_of="2025-01-22")]
    assert reconcile(rising, {"d1": "A", "d2": "B"})[0].kind == "evolution"
    falling = [claim("a", "d1", 227, as_of="2025-01-09"), claim("b", "d2", 164, as_of="2025-01-22")]
    assert reconcile(falling, {"d1": "A", "d2": "B"})[0].kind == "disagreement"
    same_day = [claim("a", "d1", 164, as_of="2025-01-09"), claim("b", "d2", 227, as_of="2025-01-09")]
    assert reconcile(same_day, {"d1": "A", "d2": "B"})[0].kind == "disagreement"


def test_retracted_figures_make_a_retraction_finding_and_leave_the_comparison():
    claims = [
        claim("a", "d1", 164, as_of="2025-01-09", status="retracted", source="a government-linked source"),
        claim("b", "d2", 227, as_of="2025-01-22", source="the health ministry"),
        claim("c", "d3", 230, qualifier="at_least", as_of="2025-02-03", source="Open Hands"),
    ]
    findings = {f.kind: f for f in reconcile(claims, {"d1": "A", "d2": "B", "d3": "C"})}
    assert set(findings) == {"retraction", "evolution"}  # 227 then "at least 230": a later, higher figure
    assert findings["retraction"].claims == ("a", "b", "c")
    assert "164 (a government-linked source, retracted) [2025-01-09] → 227 (the health ministry)" in findings["retraction"].summary
    assert findings["evolution"].claims == ("b", "c")


def test_scopes_are_compared_separately():
    claims = [claim("a", "d1", 227), claim("b", "d2", 149, scope="in the capital alone")]
    findings = reconcile(claims, {"d1": "A", "d2": "B"})
    assert sorted(f.kind for f in findings) == ["single_source", "single_source"]


def test_describe():
    assert describe(claim("a", "d", 40, 50, qualifier="range")) == "40–50"
    assert describe(claim("a", "d", 1000, qualifier="more_than", status="disputed", source="the president")) == \
        "more than 1,000 (the president, disputed)"
