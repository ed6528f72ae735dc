"""Reconcile: claims from all documents -> findings.

Claims that count the same thing (same measure, same scope) are compared as
intervals, not strings: an exact figure is a point, "about" is ±10 %, "at
least" and "more than" are open upwards, "at most" and "fewer than" open
downwards, ranges and vague magnitudes are their range. Along time, a later
higher figure is an evolution, not a contradiction. Copies of one article are
one document already (exact duplicates are stored once), and several articles
from one outlet count as one outlet.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from .extract.claims import CANONICAL
from .records import Claim, Finding, stable_id

INACTIVE = frozenset({"retracted", "negated"})
#: The event measures findings are made for (the claims extractor's canonical keys); figures with a fallback
#: measure (a counted noun) stay claims in the export but are not reconciled until someone asks for them.
MEASURES = CANONICAL


@dataclass(frozen=True, slots=True)
class Interval:
    low: float
    high: float
    low_open: bool = False
    high_open: bool = False

    def overlaps(self, other: "Interval") -> bool:
        if self.high < other.low or other.high < self.low:
            return False
        if self.high == other.low and (self.high_open or other.low_open):
            return False
        if other.high == self.low and (other.high_open or self.low_open):
            return False
        return True


def interval(claim: Claim) -> Interval | None:
    """The set of values a claim allows, or None when it states no value."""
    low, high = claim.value_low, claim.value_high
    if low is None and high is None:
        return None
    low = high if low is None else low
    high = low if high is None else high
    assert low is not None and high is not None
    match claim.qualifier:
        case "about":
            return Interval(low * 0.9, high * 1.1)
        case "at_least":
            return Interval(low, math.inf)
        case "more_than":
            return Interval(low, math.inf, low_open=True)
        case "at_most":
            return Interval(0.0, high)
        case "less_than":
            return Interval(0.0, high, high_open=True)
        case _:
            return Interval(min(low, high), max(low, high))


def reconcile(claims: Iterable[Claim], outlets: Mapping[str, str | None]) -> tuple[Finding, ...]:
    """Group claims by (measure, scope) and say where they agree, disagree, evolve, are retracted or stand alone.

    ``outlets`` maps a document id to its voice (its outlet, the same for near-duplicate copies); a
    document without one counts as its own voice.
    """
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in claims:
        if interval(claim) is not None and claim.measure in MEASURES:
            groups[(claim.measure, (claim.scope or "").strip().casefold(), claim.unit or "")].append(claim)
    findings: list[Finding] = []
    for (measure, scope_key, unit), group in sorted(groups.items()):
        group.sort(key=_time_order)
        label = _label(measure, group[0].scope if scope_key else None) + (f" [{unit}]" if unit else "")
        for status, kind in (("retracted", "retraction"), ("disputed", "disputed")):
            flagged = [c for c in group if c.status == status]
            if flagged:
                findings.append(_finding(kind, measure, group if kind == "retraction" else flagged, label))
        active = [c for c in group if c.status not in INACTIVE]
        if not active:
            continue
        voices = {outlets.get(c.document) or c.document for c in active}
        if len(voices) == 1:
            findings.append(_finding("single_source", measure, active, label))
            continue
        kind = _compare(active)
        findings.append(_finding(kind, measure, active, label, outlet_count=len(voices)))
    return tuple(findings)


def _compare(claims: list[Claim]) -> str:
    """agreement when all intervals overlap; evolution when every clash is a later, higher figure; else disagreement."""
    clashes = [
        (a, b)
        for i, a in enumerate(claims)
        for b in claims[i + 1:]
        if not interval(a).overlaps(interval(b))  # type: ignore[union-attr]
    ]
    if not clashes:
        return "agreement"
    for earlier, later in clashes:  # claims are in time order
        if not (earlier.as_of and later.as_of and earlier.as_of < later.as_of):
            return "disagreement"
        if interval(later).low < interval(earlier).low:  # type: ignore[union-attr]
            return "disagreement"
    return "evolution"


def _time_order(claim: Claim) -> tuple[bool, str, float, str]:
    return (claim.as_of is None, claim.as_of or "", claim.value_low or 0.0, claim.id)


def _label(measure: str, scope: str | None) -> str:
    label = measure.replace("_", " ").capitalize()
    return f"{label} ({scope})" if scope else label


def describe(claim: Claim) -> str:
    """A claim's value as a reader would say it, with who says it, its status and date."""
    low, high = claim.value_low, claim.value_high
    number = _number(low if low is not None else high)
    words = {
        "about": f"about {number}",
        "at_least": f"at least {number}",
        "more_than": f"more than {number}",
        "at_most": f"at most {_number(high)}",
        "less_than": f"fewer than {_number(high)}",
        "range": f"{_number(low)}–{_number(high)}",
        "vague": f"{_number(low)}–{_number(high)} (vague)",
    }
    text = words.get(claim.qualifier, number)
    notes = [n for n in (claim.source, None if claim.status in ("asserted", "reported") else claim.status) if n]
    if notes:
        text += f" ({', '.join(notes)})"
    if claim.as_of:
        text += f" [{claim.as_of}]"
    return text


def _number(value: float | None) -> str:
    if value is None:
        return "?"
    return f"{int(value):,}" if float(value).is_integer() else f"{value:,.1f}"


def _finding(kind: str, measure: str, claims: list[Claim], label: str, outlet_count: int | None = None) -> Finding:
    head = {
        "agreement": f"{label}: {outlet_count} outlets agree",
        "disagreement": f"{label}: sources disagree",
        "evolution": f"{label}: figure changed over time",
        "retraction": f"{label}: a figure was retracted",
        "disputed": f"{label}: disputed figure",
        "single_source": f"{label}: single source",
    }[kind]
    summary = f"{head} — " + " → ".join(describe(c) for c in claims)
    ids = tuple(c.id for c in claims)
    return Finding(id=stable_id("f", kind, measure, label, *sorted(ids)), measure=measure, kind=kind, claims=ids, summary=summary)
