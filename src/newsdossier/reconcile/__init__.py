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

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import replace

from ..extract.claims import CANONICAL
from ..records import Claim, Finding, Headline, stable_id
from .describe import INACTIVE, describe, is_zero_denial, label, short_date, value_of
from . import headlines as _headlines
from .headlines import INDIVIDUAL, RULES, headline_text, subsume_individuals
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
    """The retracted figures, each followed by the first firm figure given after it (what replaced it)."""
    chosen = list(retracted)
    for claim in retracted:
        later = next((c for c in group if c.status in ("asserted", "reported") and c.as_of and claim.as_of
                      and c.as_of > claim.as_of), None)
        if later is not None and later not in chosen:
            chosen.append(later)
    return sorted(chosen, key=_time_order)


def _comparable(a: Claim, b: Claim) -> bool:
    """Same date (at the coarser of the two granularities), or either undated."""
    if not a.as_of or not b.as_of:
        return True
    n = min(len(a.as_of), len(b.as_of))
    return a.as_of[:n] == b.as_of[:n]


def _compare(claims: list[Claim], voice) -> tuple[str, list[Claim], bool]:
    """agreement when all intervals overlap; evolution when every clash is a later, higher figure; else disagreement,
    with the claims that take part in a clash at comparable dates (or in a later, lower figure), in time order: an
    earlier, lower figure that only rose later is an evolution and is not listed among the disagreeing ones, and
    neither is a figure its own source has since replaced (``_current``). The flag says whether some clash is a
    rise over time (then the group's evolution is a finding too)."""
    spans = [interval(c) for c in claims]  # once per claim, not once per pair
    clashes = [
        (a, b)
        for i, (a, span) in enumerate(zip(claims, spans))
        for b, other in zip(claims[i + 1:], spans[i + 1:])
        if not span.overlaps(other)  # type: ignore[union-attr, arg-type]
    ]
    if not clashes:
        return "agreement", claims, False
    conflicting: set[int] = set()
    rose = False
    placed = _placed_undated(claims)
    current = _current(claims, voice)
    for earlier, later in clashes:  # claims are in time order
        if id(earlier) in placed or id(later) in placed:
            continue
        if id(earlier) not in current or id(later) not in current:  # history: the evolution tells it
            rose = rose or interval(later).low > interval(earlier).low  # type: ignore[union-attr]
            continue
        if _comparable(earlier, later) or interval(later).low < interval(earlier).low:  # type: ignore[union-attr]
            conflicting |= {id(earlier), id(later)}
        else:
            rose = True
    if conflicting:
        return "disagreement", [c for c in claims if id(c) in conflicting], rose
    return "evolution", claims, True


def _current(claims: list[Claim], voice) -> set[int]:
    """The figures each source still stands by: its latest dated ones (and undated ones). A ministry's 8 on Monday is
    replaced by its own 16 on Thursday; what it says now is what may disagree with others. The source is the one
    the text names (``source_key``: "health ministry data" and "the Ministry of Health" are one), else the outlet."""
    def key(claim: Claim) -> str:
        return source_key(claim.source) or (voice(claim) or "").casefold()

    latest: dict[str, str] = {}
    for claim in claims:
        if claim.as_of and claim.as_of > latest.get(key(claim), ""):
            latest[key(claim)] = claim.as_of
    return {id(c) for c in claims if not c.as_of or c.as_of >= latest.get(key(c), "")}


def _placed_undated(claims: list[Claim]) -> set[int]:
    """Undated figures (an article without a date) that match a dated one: read as of that date, they take part in
    the group's story there and are no clash with the figures given before or after it (an undated "19" beside a
    dated 8 → 12 → 16 → 19 is the last step, not a rival of the first). An undated figure that matches no dated one
    stays comparable with every figure."""
    dated = [interval(c) for c in claims if c.as_of]
    return {id(c) for c in claims if not c.as_of and any(interval(c).overlaps(d) for d in dated)}  # type: ignore[union-attr, arg-type]


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
    """Pairs where one outlet later gives a lower figure that its earlier one excludes, in time order."""
    revised: list[Claim] = []
    for i, earlier in enumerate(claims):
        for later in claims[i + 1:]:
            if (voice(earlier) == voice(later) and earlier.as_of and later.as_of and earlier.as_of < later.as_of
                    and not interval(earlier).overlaps(interval(later))  # type: ignore[union-attr, arg-type]
                    and interval(later).high < interval(earlier).low):  # type: ignore[union-attr]
                revised += [c for c in (earlier, later) if c not in revised]
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
