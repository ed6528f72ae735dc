"""Which of many intervals clash, found without comparing every pair.

A large dossier gives thousands of figures of one measure, and the number of pairs that cannot both be true
grows with the square of their number (two clusters of values already make half of all pairs clash). The
findings only need to know, for each figure, whether *some* figure of a given kind clashes with it, so each
question is answered by a sort and a sweep:

- every interval is turned into two integer ranks, its left and its right end, such that two intervals clash
  (``Interval.overlaps`` is false) exactly when one's right rank is below the other's left rank (``endpoint_ranks``);
- "is there a clashing figure among these" is then "is the smallest right rank among them below my left rank, or
  the largest left rank above my right rank": a prefix minimum and maximum, kept in a Fenwick tree
  (``Extremes``) while sweeping in one order (``clashes_beyond``: "a later, lower figure that clashes"), or in a
  sparse table (``RangeExtremes``) over a fixed order (``DateLine``: "a clashing figure at a comparable date");
- "does it overlap any of these" is a bisection into their right ends and a suffix minimum (``overlapping_any``).

Each answer is the one the pairwise rule gives (``tests/reconcile/test_scale_findings.py`` keeps that rule and
compares them on random figures).

Figure values come from SQLite, which stores no NaN, so every end compares (infinite ends included).
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Sequence

from .intervals import Interval


def endpoint_ranks(spans: Sequence[Interval]) -> tuple[list[int], list[int]]:
    """The left and right rank of each interval: ``rights[a] < lefts[b]`` exactly when ``a`` ends before ``b`` begins
    with no value in common. An open end is read as a value a hair inside it (an open high end just below it, an open
    low end just above it), so "fewer than 5" ends before "5" and "5" before "more than 5", while two closed ends at 5
    touch."""
    lefts_keys = [(s.low, 1 if s.low_open else 0) for s in spans]
    rights_keys = [(s.high, -1 if s.high_open else 0) for s in spans]
    rank = {key: i for i, key in enumerate(sorted(set(lefts_keys) | set(rights_keys)))}
    return [rank[k] for k in lefts_keys], [rank[k] for k in rights_keys]


def clash(first: int, second: int, lefts: Sequence[int], rights: Sequence[int]) -> bool:
    """Whether the intervals at ``first`` and ``second`` have no value in common (``not Interval.overlaps``)."""
    return rights[first] < lefts[second] or rights[second] < lefts[first]


def any_clash(lefts: Sequence[int], rights: Sequence[int]) -> bool:
    """Whether any two different intervals clash: the one that ends first against the one that begins last."""
    n = len(lefts)
    if n < 2:
        return False
    first = min(range(n), key=rights.__getitem__)
    last = max(range(n), key=lefts.__getitem__)
    if first != last:
        return rights[first] < lefts[last]
    other_right = min(rights[k] for k in range(n) if k != first)
    other_left = max(lefts[k] for k in range(n) if k != first)
    return other_right < lefts[first] or rights[first] < other_left


class Extremes:
    """A Fenwick tree over positions ``0..size-1``: add an interval's ranks at a position, then ask for the smallest
    right rank and the largest left rank among the positions below a bound."""

    def __init__(self, size: int, top: int) -> None:
        self.size = size
        self.top = top  # above every rank: the smallest right rank of nothing
        self.min_right = [top] * (size + 1)
        self.max_left = [-1] * (size + 1)

    def add(self, position: int, left: int, right: int) -> None:
        i = position + 1
        min_right, max_left = self.min_right, self.max_left
        while i <= self.size:
            if right < min_right[i]:
                min_right[i] = right
            if left > max_left[i]:
                max_left[i] = left
            i += i & -i

    def below(self, position: int) -> tuple[int, int]:
        """(smallest right rank, largest left rank) over the positions ``< position``."""
        low, high = self.top, -1
        i = position
        while i > 0:
            if self.min_right[i] < low:
                low = self.min_right[i]
            if self.max_left[i] > high:
                high = self.max_left[i]
            i -= i & -i
        return low, high


class RangeExtremes:
    """A sparse table over a fixed sequence of intervals: the smallest right rank and the largest left rank of any
    slice, each in constant time."""

    def __init__(self, lefts: Sequence[int], rights: Sequence[int], top: int) -> None:
        self.top = top
        self.min_right = [list(rights)]
        self.max_left = [list(lefts)]
        n, width = len(lefts), 1
        while 2 * width <= n:
            low, high = self.min_right[-1], self.max_left[-1]
            self.min_right.append([min(low[i], low[i + width]) for i in range(n - 2 * width + 1)])
            self.max_left.append([max(high[i], high[i + width]) for i in range(n - 2 * width + 1)])
            width *= 2

    def slice(self, start: int, end: int) -> tuple[int, int]:
        """(smallest right rank, largest left rank) over the items ``start..end-1``; (top, -1) when empty."""
        if start >= end:
            return self.top, -1
        level = (end - start).bit_length() - 1
        low, high = self.min_right[level], self.max_left[level]
        other = end - (1 << level)
        return min(low[start], low[other]), max(high[start], high[other])


def clashes_beyond(members: Iterable[int], asks: Iterable[tuple[int, int]], place: Sequence[int],
                   lows: Sequence[float], relation: str, lefts: Sequence[int], rights: Sequence[int]) -> set[int]:
    """The asking items ``x`` (given with a bound ``b``) that clash with some member ``y`` placed at ``place[y] >= b``
    whose low end stands in ``relation`` ("<", ">" or ">=") to ``x``'s: ``lows[y] < lows[x]`` and so on.

    One sweep from the highest place down: members are added to an ``Extremes`` tree indexed by their low end's rank
    as the bound passes them, and each ask reads the slice of low ends its relation allows. Sorting makes it
    n log n. "Later than x" is ``place = position`` with ``b = position(x) + 1``; "earlier" is the same with
    negated positions."""
    members = sorted(members, key=lambda y: -place[y])
    asks = sorted(asks, key=lambda ask: -ask[1])
    values = sorted({lows[y] for y in members} | {lows[x] for x, _ in asks})
    order = {value: i for i, value in enumerate(values)}
    size = len(values)
    top = max(max(rights, default=0), max(lefts, default=0)) + 1
    tree = Extremes(size, top)
    if relation == "<":
        slot, limit = (lambda y: order[lows[y]]), (lambda x: order[lows[x]])
    elif relation == ">":
        slot, limit = (lambda y: size - 1 - order[lows[y]]), (lambda x: size - 1 - order[lows[x]])
    elif relation == ">=":
        slot, limit = (lambda y: size - 1 - order[lows[y]]), (lambda x: size - order[lows[x]])
    else:
        raise ValueError(relation)
    found: set[int] = set()
    added = 0
    for x, bound in asks:
        while added < len(members) and place[members[added]] >= bound:
            y = members[added]
            tree.add(slot(y), lefts[y], rights[y])
            added += 1
        min_right, max_left = tree.below(limit(x))
        if min_right < lefts[x] or max_left > rights[x]:
            found.add(x)
    return found


def overlapping_any(queries: Iterable[int], others: Iterable[int], lefts: Sequence[int],
                    rights: Sequence[int]) -> set[int]:
    """The queries whose interval overlaps (does not clash with) at least one of ``others``: among the others that do
    not end before the query begins, one must not begin after it ends (a suffix minimum over right ends)."""
    ends = sorted((rights[y], lefts[y]) for y in others)
    first_left = [0] * len(ends)
    lowest = None
    for i in range(len(ends) - 1, -1, -1):
        lowest = ends[i][1] if lowest is None or ends[i][1] < lowest else lowest
        first_left[i] = lowest
    right_ends = [end for end, _ in ends]
    found: set[int] = set()
    for x in queries:
        k = bisect_left(right_ends, lefts[x])
        if k < len(ends) and first_left[k] <= rights[x]:
            found.add(x)
    return found


class DateLine:
    """The dated items of ``members`` lined up by date string (then by index; the undated after them), so that the
    items whose dates are comparable with a date (the same date at the coarser of the two granularities: one date
    string starts with the other, or either is undated) are a few slices of the line: the date's own items and those
    of finer dates within it (strings that start with it: one slice, right after the date's own), those of each
    coarser date that contains it ("2025-01" for "2025-01-05": one slice each), and the undated (the last slice).
    ``dates`` gives each item's date (None or "" when undated)."""

    def __init__(self, dates: Sequence[str | None], members: Iterable[int], lefts: Sequence[int],
                 rights: Sequence[int]) -> None:
        self.dates, self.lefts, self.rights = dates, lefts, rights
        members = list(members)
        dated = sorted((i for i in members if dates[i]), key=lambda i: (dates[i], i))
        self.line = dated + [i for i in members if not dates[i]]
        self.dated = len(dated)
        self.keys: list[str] = [dates[i] for i in dated]  # type: ignore[misc]
        self.block: dict[str, tuple[int, int]] = {}  # date -> the slice of its own items
        for p, key in enumerate(self.keys):
            start, _ = self.block.get(key, (p, p))
            self.block[key] = (start, p + 1)
        self._within: dict[str, int] = {}
        top = max(max(rights, default=0), max(lefts, default=0)) + 1
        self.table = RangeExtremes([lefts[i] for i in self.line], [rights[i] for i in self.line], top)

    def within_end(self, key: str) -> int:
        """Where the slice of ``key``'s items and those of finer dates within it ends in the line."""
        if key not in self._within:
            low, high = self.block[key][1], self.dated
            while low < high:  # the dates that start with ``key`` come first: find where they stop
                middle = (low + high) // 2
                if self.keys[middle].startswith(key):
                    low = middle + 1
                else:
                    high = middle
            self._within[key] = low
        return self._within[key]

    def _clashes(self, x: int, start: int, end: int) -> bool:
        min_right, max_left = self.table.slice(start, end)
        return min_right < self.lefts[x] or max_left > self.rights[x]

    def comparable_clashes(self) -> set[int]:
        """The members that clash with another member at a comparable date."""
        found: set[int] = set()
        size = len(self.line)
        for p, x in enumerate(self.line):
            if p >= self.dated:  # undated: comparable with every item
                hit = self._clashes(x, 0, p) or self._clashes(x, p + 1, size)
            else:
                key = self.keys[p]
                coarser = (self.block[key[:n]] for n in range(1, len(key)) if key[:n] in self.block)
                hit = (self._clashes(x, self.block[key][0], p) or self._clashes(x, p + 1, self.within_end(key))
                       or self._clashes(x, self.dated, size) or any(self._clashes(x, *part) for part in coarser))
            if hit:
                found.add(x)
        return found

    def rise_between_dates(self, lows: Sequence[float]) -> bool:
        """Whether two dated members at dates that are not comparable clash with the later date's low end not below
        the earlier's. A date's later, incomparable dates are the line after the slice of dates within it (a coarser
        date that contains it sorts before it, as its prefix)."""
        dated = self.line[:self.dated]
        place = [-1] * len(self.dates)
        for p, x in enumerate(dated):
            place[x] = p
        asks = [(x, self.within_end(self.dates[x])) for x in dated]  # type: ignore[arg-type]
        return bool(clashes_beyond(dated, asks, place, lows, ">=", self.lefts, self.rights))
