"""Reconcile: claims from all documents -> findings and headline figures.

Claims that count the same thing (same measure, same folded scope, same
unit; see ``scope.py``) are compared as intervals (``intervals.py``), not
strings. Along time, a later higher figure is an evolution, not a
contradiction; a later lower figure from another outlet is a disagreement and
from the same outlet a revision; a jump of more than double is pointed out.
Copies of one article are one document already, and all articles from one
outlet (near-copies included) are one voice.

Findings:
- ``retraction``: a figure retracted, or revised down by the outlet that gave it;
- ``disputed``: a figure the text calls unsupported or contested;
- ``single_source``: only one outlet gives figures for this group;
- ``agreement``: every figure overlaps (with the number of independent outlets);
- ``evolution``: every clash is a later, higher figure (all the group's figures, in time order); beside a
  disagreement, the rise told by the dated figures that each top every earlier one ("8 → 16 → 164 → 227");
- ``disagreement``: figures that cannot both be true at comparable dates, or a later, lower figure from another
  outlet: only the figures that take part in such a clash are listed.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..extract.claims import CANONICAL
from ..records import Claim, Finding, Headline, stable_id
from .clashes import DateLine, any_clash, clashes_beyond, endpoint_ranks, overlapping_any
from .describe import INACTIVE, INDIVIDUAL, describe, is_zero_denial, label, short_date, value_of
from . import headlines as _headlines
from .headlines import RULES, headline_text, subsume_individuals
from .intervals import Interval, interval
from .scope import as_parts, group_key, scope_key, subgroups
from .terms import term_uses
from .voices import source_key

#: The event measures findings and headlines are made for (the claims extractor's canonical keys); figures
#: with a fallback measure (a counted noun) stay claims in the export but are not reconciled.
MEASURES = CANONICAL
#: A later figure more than this many times an earlier one is pointed out as a jump.
JUMP = 2.0

__all__ = [
    "Interval", "MEASURES", "RULES", "as_parts", "describe", "headline_text", "headlines", "interval", "reconcile",
    "scope_key", "subgroups", "subsume_individuals", "term_uses",
]


def headlines(claims: Iterable[Claim], voices: Mapping[str, str | None], measures: Iterable[str],
              rule: str = "latest-corroborated") -> tuple[Headline, ...]:
    """The headline figures (``headlines.headlines``), with figures ordered by when they were reported
    (``Claim.reported``), not by the time they hold for: a Monday article's "three were found dead Sunday" is what
    was known on Monday, and it must not read as older than the same article's later, partial mentions ("One of them
    was 11"). Findings keep ``as_of``: there "eight on Monday, twelve on Tuesday" is the story. A claim stored
    before ``reported`` existed keeps its ``as_of``. Each headline's ``as_of`` is the date its figure was reported."""
    return _headlines.headlines([replace(c, as_of=c.reported) if c.reported else c for c in claims], voices, measures,
                                rule)


def reconcile(claims: Iterable[Claim], voices: Mapping[str, str | None]) -> tuple[Finding, ...]:
    """Group claims by (measure, scope, unit) and say where they agree, disagree, evolve, are retracted or stand alone.

    ``voices`` maps a document id to its voice (its outlet, the same for near-duplicate copies); a
    document without one counts as its own voice.
    """
    groups: dict[tuple[str, str, str], list[Claim]] = defaultdict(list)
    for claim in subsume_individuals(claims):
        if interval(claim) is not None and claim.measure in MEASURES:
            groups[group_key(claim.measure, claim.scope, claim.unit)].append(claim)

    def voice(claim: Claim) -> str:
        return voices.get(claim.document) or claim.document

    findings: list[Finding] = []
    for (measure, key, unit), group in sorted(groups.items()):
        group = _stated_over_individuals(group)
        group.sort(key=_time_order)
        scope = next((c.scope for c in group if c.scope), None) if key else None
        name = label(measure, scope, unit or None)
        retracted = [c for c in group if c.status == "retracted"]
        if retracted:
            findings.append(_finding("retraction", measure, _with_successors(group, retracted),
                                     f"{name}: a figure was retracted", voice))
        active = [c for c in group if c.status not in INACTIVE or is_zero_denial(c)]
        revised = _revisions(active, voice)
        if revised:
            findings.append(_finding("retraction", measure, revised, f"{name}: revised down by the same outlet", voice))
        disputed = [c for c in group if c.status == "disputed"]
        if disputed:
            findings.append(_finding("disputed", measure, disputed, f"{name}: disputed figure", voice))
        if not active:
            continue
        outlets = {voice(c) for c in active}
        if len(outlets) == 1:
            findings.append(_finding("single_source", measure, active, f"{name}: single source ({next(iter(outlets))})", voice))
            continue
        kind, conflicting, rose = _compare(active, voice)
        if kind == "agreement":
            findings.append(_finding(kind, measure, active, f"{name}: {len(outlets)} outlets agree", voice))
            continue
        if kind == "disagreement":
            findings.append(_finding(kind, measure, conflicting, f"{name}: sources disagree", voice))
        if rose:  # beside a disagreement, the rise is told by the figures that each top every earlier one
            steps = _record_highs(active) if kind == "disagreement" else active
            if len(steps) > 1:
                findings.append(_finding("evolution", measure, steps,
                                         f"{name}: figure rose over time" + (" (a jump)" if _jumps(steps) else ""), voice))
    return tuple(findings)


def _stated_over_individuals(group: list[Claim]) -> list[Claim]:
    """Where any article states a figure for the group, the implicit counts of one named person ("Oskarbayev, who was
    arrested on January 9") are left out of its findings: the person is one of the counted, at least one, and no
    rival of the 9,912 arrests another outlet gives. A group told only through individuals keeps them."""
    stated = [c for c in group if not c.extractor.startswith(INDIVIDUAL)]
    return stated or group


def _with_successors(group: list[Claim], retracted: list[Claim]) -> list[Claim]:
    """The retracted figures, each followed by the first firm figure given after it (what replaced it). ``group`` is in
    time order, so its dated firm figures are in date order and the first one after a date is found by bisection."""
    firm = [c for c in group if c.status in ("asserted", "reported") and c.as_of]
    dates = [c.as_of for c in firm]
    chosen = list(retracted)
    seen = set(chosen)
    for claim in retracted:
        if not claim.as_of:
            continue
        at = bisect_right(dates, claim.as_of)  # type: ignore[arg-type]
        if at < len(firm) and firm[at] not in seen:
            chosen.append(firm[at])
            seen.add(firm[at])
    return sorted(chosen, key=_time_order)


def _compare(claims: list[Claim], voice) -> tuple[str, list[Claim], bool]:
    """agreement when all intervals overlap; evolution when every clash is a later, higher figure; else disagreement,
    with the claims that take part in a clash at comparable dates (or in a later, lower figure), in time order: an
    earlier, lower figure that only rose later is an evolution and is not listed among the disagreeing ones, and
    neither is a figure its own source has since replaced (``_current``). The flag says whether some clash is a
    rise over time (then the group's evolution is a finding too).

    ``claims`` are in time order (``_time_order``). The clashing pairs are never listed, since their number grows
    with the square of the group's; instead each figure asks whether some figure of the kind that matters clashes
    with it (``clashes.py``, a sort and a sweep each). Placed undated figures (``_placed_undated``) take part in no
    clash. Between two figures their sources still stand by, a clash is a disagreement when their dates are comparable
    (``DateLine``) or the later figure is lower, and otherwise a rise; a clash that involves a replaced figure is a
    rise when the later figure is higher."""
    spans = [interval(c) for c in claims]  # once per claim
    lefts, rights = endpoint_ranks(spans)  # type: ignore[arg-type]
    if not any_clash(lefts, rights):
        return "agreement", claims, False
    placed = _placed_undated(claims, lefts, rights)
    current = _current(claims, voice)
    lows = [s.low for s in spans]  # type: ignore[union-attr]
    free = [i for i, c in enumerate(claims) if id(c) not in placed]
    standing = [i for i in free if id(claims[i]) in current]
    replaced = [i for i in free if id(claims[i]) not in current]
    position = list(range(len(claims)))
    backwards = [-i for i in position]
    dates = DateLine([c.as_of for c in claims], standing, lefts, rights)
    conflicting = dates.comparable_clashes()
    # a later, lower figure: y after x and lower, or y before x and higher
    conflicting |= clashes_beyond(standing, [(x, x + 1) for x in standing], position, lows, "<", lefts, rights)
    conflicting |= clashes_beyond(standing, [(x, 1 - x) for x in standing], backwards, lows, ">", lefts, rights)
    if not conflicting:
        return "evolution", claims, True
    # a rise: a replaced figure (history, which the evolution tells) below a later one or above an earlier one, or
    # two standing figures at incomparable dates, the later not lower
    rose = bool(clashes_beyond(free, [(x, x + 1) for x in replaced], position, lows, ">", lefts, rights)
                or clashes_beyond(free, [(x, 1 - x) for x in replaced], backwards, lows, "<", lefts, rights)
                or dates.rise_between_dates(lows))
    chosen = {id(claims[i]) for i in conflicting}
    return "disagreement", [c for c in claims if id(c) in chosen], rose


def _current(claims: list[Claim], voice) -> set[int]:
    """The figures each source still stands by: its latest dated ones (and undated ones). A ministry's 8 on Monday is
    replaced by its own 16 on Thursday; what it says now is what may disagree with others. The source is the one
    the text names (``source_key``: "health ministry data" and "the Ministry of Health" are one), else the outlet."""
    def key(claim: Claim) -> str:
        return source_key(claim.source) or (voice(claim) or "").casefold()

    keys = [key(c) for c in claims]
    latest: dict[str, str] = {}
    for claim, k in zip(claims, keys):
        if claim.as_of and claim.as_of > latest.get(k, ""):
            latest[k] = claim.as_of
    return {id(c) for c, k in zip(claims, keys) if not c.as_of or c.as_of >= latest.get(k, "")}


def _placed_undated(claims: list[Claim], lefts: list[int], rights: list[int]) -> set[int]:
    """Undated figures (an article without a date) that match a dated one: read as of that date, they take part in
    the group's story there and are no clash with the figures given before or after it (an undated "19" beside a
    dated 8 → 12 → 16 → 19 is the last step, not a rival of the first). An undated figure that matches no dated
    one stays comparable with every figure. ``lefts`` and ``rights`` are the claims' ``endpoint_ranks``."""
    dated = [i for i, c in enumerate(claims) if c.as_of]
    undated = [i for i, c in enumerate(claims) if not c.as_of]
    return {id(claims[i]) for i in overlapping_any(undated, dated, lefts, rights)}


def _record_highs(claims: list[Claim]) -> list[Claim]:
    """The dated, undisputed figures (in time order) that are each higher than every figure before them: how a toll
    rose, told without the local counts and clashing figures given along the way."""
    highs: list[Claim] = []
    for claim in claims:
        if claim.as_of and claim.status != "disputed" and claim.value_low is not None and (
                not highs or claim.value_low > (highs[-1].value_low or 0.0)):
            highs.append(claim)
    return highs


def _revisions(claims: list[Claim], voice) -> list[Claim]:
    """The figures of pairs where one outlet later gives a lower figure that its earlier one excludes, in time order.
    Per outlet, in date order: a figure is the earlier one of such a pair when the lowest high end given at a later
    date is below its low end, the later one when the highest low end given at an earlier date is above its high end."""
    by_voice: dict[str, list[int]] = defaultdict(list)
    for i, claim in enumerate(claims):
        if claim.as_of:
            by_voice[voice(claim)].append(i)
    spans = [interval(c) for c in claims]
    flagged: set[int] = set()
    for members in by_voice.values():
        members.sort(key=lambda i: claims[i].as_of)  # type: ignore[arg-type, return-value]
        runs: list[list[int]] = []  # the members of each date, dates in order
        for i in members:
            if runs and claims[runs[-1][0]].as_of == claims[i].as_of:
                runs[-1].append(i)
            else:
                runs.append([i])
        lowest_high = math.inf  # over the later dates
        for run in reversed(runs):
            flagged.update(i for i in run if lowest_high < spans[i].low)  # type: ignore[union-attr]
            lowest_high = min([lowest_high, *(spans[i].high for i in run)])  # type: ignore[union-attr]
        highest_low = -math.inf  # over the earlier dates
        for run in runs:
            flagged.update(i for i in run if spans[i].high < highest_low)  # type: ignore[union-attr]
            highest_low = max([highest_low, *(spans[i].low for i in run)])  # type: ignore[union-attr]
    revised: list[Claim] = []
    seen: set[Claim] = set()
    for i in sorted(flagged):
        if claims[i] not in seen:
            seen.add(claims[i])
            revised.append(claims[i])
    return sorted(revised, key=_time_order)


def _jumps(claims: list[Claim]) -> bool:
    values = [c.value_low for c in claims if c.value_low]
    return any(b > JUMP * a for a, b in zip(values, values[1:]))


def _time_order(claim: Claim) -> tuple[bool, str, float, str]:
    return (claim.as_of is None, claim.as_of or "", claim.value_low or 0.0, claim.id)


def _finding(kind: str, measure: str, claims: list[Claim], head: str, voice) -> Finding:
    """A finding with a summary a reader can take in at once.

    Agreement and disagreement list each distinct value once, lowest first, with who gives it and when;
    the other kinds walk through the figures in time order, one step per change of value.
    """
    if kind in ("agreement", "disagreement"):
        by_value: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            by_value[value_of(claim)].append(claim)
        ordered = sorted(by_value.values(), key=lambda group: (group[0].value_low or 0.0, group[0].value_high or 0.0))
        steps = [f"{value_of(group[0])} ({_who_and_when(group, voice)})" for group in ordered]
        summary = f"{head} — " + " · ".join(steps)
    else:
        runs: list[list[Claim]] = []
        for claim in claims:
            if runs and value_of(runs[-1][-1]) == value_of(claim) and runs[-1][-1].status == claim.status:
                runs[-1].append(claim)
            else:
                runs.append([claim])
        steps = [f"{value_of(run[0])} ({_who_and_when(run, voice)}"
                 f"{'' if run[0].status in ('asserted', 'reported') or value_of(run[0]) == 'none' else ', ' + run[0].status})"
                 for run in runs]
        summary = f"{head} — " + " → ".join(steps)
    ids = tuple(c.id for c in claims)
    return Finding(id=stable_id("f", kind, measure, head, *sorted(ids)), measure=measure, kind=kind, claims=ids, summary=summary)


def _who_and_when(claims: list[Claim], voice, most: int = 3) -> str:
    """"the health ministry, 22 Jan 2025; Northgate Observer, 14 Feb 2025; +2 more" (each source once)."""
    seen: dict[str, str] = {}
    for claim in claims:
        who = claim.source or voice(claim)
        if who not in seen:
            seen[who] = short_date(claim.as_of)
    parts = [f"{who}, {when}" if when else who for who, when in seen.items()]
    return "; ".join(parts[:most]) + (f"; +{len(parts) - most} more" if len(parts) > most else "")
