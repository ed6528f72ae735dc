"""Indexes that let ``casualties``' cross-document rules look a claim's company up instead of scanning every claim.

A dossier of a large event holds tens of thousands of claims (29,167 on the whole Gun Violence Archive); a rule that,
for each claim, looked at every other claim grew with the square of that number. The rules now ask these indexes:

- ``OverlapIndex``: which bounded intervals of a measure overlap a given one, and from which sentences
  (``bare_outliers``). Intervals are kept once per distinct value, sorted by their low end in classes of like width,
  so a query looks only at intervals whose low end lies within one class width of the query's.
"""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Hashable, Iterable

from .intervals import Interval


class OverlapIndex:
    """Distinct intervals and the keys (e.g. a claim's document and sentence) that give each, for ``overlaps_other``.

    Intervals of a finite width go to the class of their width's binary exponent (width 0, a point, has its own);
    within a class they are sorted by low end. An interval that overlaps ``[lo, hi]`` has its high end at or above
    ``lo``, so its low end is at least ``lo`` less its width: a class of widths up to ``W`` is searched from ``lo - W``
    to ``hi``. Intervals of no finite width (an infinite or undefined end) are searched always. ``checks`` counts the
    exact ``Interval.overlaps`` tests made, so a test can bound the work done."""

    def __init__(self, entries: Iterable[tuple[Interval, Hashable]]) -> None:
        # each distinct interval -> its first key, and whether another key gives it too
        self.keys: dict[Interval, tuple[Hashable, bool]] = {}
        for span, key in entries:
            seen = self.keys.get(span)
            if seen is None:
                self.keys[span] = (key, False)
            elif not seen[1] and seen[0] != key:
                self.keys[span] = (seen[0], True)
        classes: dict[int, list[Interval]] = {}
        self.odd: list[Interval] = []  # no finite width: searched for every query
        for span in self.keys:
            width = span.high - span.low
            if math.isnan(width) or math.isinf(width):
                self.odd.append(span)
            else:
                classes.setdefault(math.frexp(width)[1] if width > 0 else 0, []).append(span)
        self.classes: list[tuple[float, list[float], list[Interval]]] = []
        for spans in classes.values():
            spans.sort(key=lambda s: s.low)
            widest = max(max(s.high - s.low for s in spans), 0.0)  # an inverted interval counts as a point
            self.classes.append((widest, [s.low for s in spans], spans))
        self.checks = 0

    def overlaps_other(self, span: Interval, own: Hashable) -> bool:
        """Whether an indexed interval that overlaps ``span`` is given under a key other than ``own``."""
        for other in self._candidates(span):
            self.checks += 1
            if span.overlaps(other):
                key, more = self.keys[other]
                if more or key != own:
                    return True
        return False

    def _candidates(self, span: Interval) -> Iterable[Interval]:
        """The indexed intervals that may overlap ``span`` (a superset of those that do)."""
        yield from self.odd
        lo, hi = span.low, span.high
        if math.isnan(lo) or math.isnan(hi):
            for _, _, spans in self.classes:
                yield from spans
            return
        for widest, lows, spans in self.classes:
            # a margin over ``widest`` so that float rounding of a width never hides an interval
            start = bisect_left(lows, lo - widest - 1e-9 * (abs(lo) + widest) if not math.isinf(lo) else lo)
            for n in range(start, len(spans)):
                if lows[n] > hi:
                    break
                yield spans[n]
