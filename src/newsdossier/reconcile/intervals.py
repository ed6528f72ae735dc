"""Claims as intervals: the set of values each one allows.

An exact figure is a point, "about" is ±10 %, "at least" and "more than" are
open upwards, "at most" and "fewer than" open downwards, ranges and vague
magnitudes ("hundreds") are their range. Two claims can both be true exactly
when their intervals overlap.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from ..records import Claim

#: Relative width of "about", "some", "nearly" figures.
ABOUT = 0.10


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

    def contains(self, value: float) -> bool:
        return self.overlaps(Interval(value, value))

    @property
    def bounded(self) -> bool:
        return not math.isinf(self.high)


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
            return Interval(low * (1 - ABOUT), high * (1 + ABOUT))
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
