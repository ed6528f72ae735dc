"""A small inline SVG chart: one measure's figures by source over time.

Each claim is a point at (its date, its value); a range or an approximate
figure is a vertical bar over its interval, an open-ended one ("at least
230") an arrow up from its value. Retracted and denied figures are hollow
red, disputed ones hollow orange; the headline figure is ringed. Every point
has a tooltip (outlet, figure, date) and links to its sentence. All text is
escaped; the SVG needs no script and no outside file.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Mapping, Sequence
from typing import Any

from markupsafe import Markup, escape

from ..reconcile.describe import number, short_date, value_words

WIDTH, HEIGHT = 560, 190
LEFT, RIGHT, TOP, BOTTOM = 56, 16, 12, 34


def _day(value: str | None) -> dt.date | None:
    if not value:
        return None
    parts = value.split("-")
    try:
        return dt.date(int(parts[0]), int(parts[1]) if len(parts) > 1 else 7, int(parts[2][:2]) if len(parts) > 2 else 1)
    except (ValueError, IndexError):
        return None


def chart(claims: Sequence[Mapping[str, Any]], voices: Mapping[str, str], headline: Mapping[str, Any] | None = None) -> Markup:
    """The SVG for one group of claims (same measure, scope and unit); empty when no claim has a value."""
    points = [c for c in claims if c["value_low"] is not None or c["value_high"] is not None]
    if not points:
        return Markup("")
    days = [d for c in points if (d := _day(c["as_of"]))]
    first, last = (min(days), max(days)) if days else (None, None)
    span_days = max(((last - first).days if first and last else 0), 1)
    values = [v for c in points for v in (c["value_low"], c["value_high"]) if v is not None]
    top = max(values) * 1.15 or 1.0
    chosen = set(headline["claims"][:1]) if headline else set()

    undated = any(not _day(c["as_of"]) for c in points)
    plot_right = WIDTH - RIGHT - (60 if undated else 10)  # undated figures get a column of their own at the right

    def x(claim: Mapping[str, Any]) -> float:
        day = _day(claim["as_of"])
        if not day or not first:
            return WIDTH - RIGHT - 20
        return LEFT + 10 + (plot_right - LEFT - 10) * ((day - first).days / span_days if span_days else 0.5)

    def y(value: float) -> float:
        return TOP + (HEIGHT - TOP - BOTTOM) * (1 - min(value, top) / top)

    parts = [f'<svg class="chart" viewBox="0 0 {WIDTH} {HEIGHT}" width="{WIDTH}" height="{HEIGHT}" role="img" '
             f'aria-label="figures by source over time">',
             f'<line x1="{LEFT}" y1="{HEIGHT - BOTTOM}" x2="{WIDTH - RIGHT}" y2="{HEIGHT - BOTTOM}" class="axis"/>',
             f'<line x1="{LEFT}" y1="{TOP}" x2="{LEFT}" y2="{HEIGHT - BOTTOM}" class="axis"/>']
    for tick in _ticks(top):
        parts.append(f'<text x="{LEFT - 6}" y="{y(tick) + 4:.1f}" class="tick" text-anchor="end">{escape(number(tick))}</text>'
                     f'<line x1="{LEFT}" y1="{y(tick):.1f}" x2="{WIDTH - RIGHT}" y2="{y(tick):.1f}" class="grid"/>')
    if first and last:
        parts.append(f'<text x="{LEFT + 10}" y="{HEIGHT - 12}" class="tick">{escape(short_date(first.isoformat()))}</text>')
        if last != first:
            parts.append(f'<text x="{plot_right}" y="{HEIGHT - 12}" class="tick" text-anchor="end">'
                         f'{escape(short_date(last.isoformat()))}</text>')
    if undated:
        parts.append(f'<text x="{WIDTH - RIGHT}" y="{HEIGHT - 12}" class="tick" text-anchor="end">undated</text>')
    for c in points:
        low = c["value_low"] if c["value_low"] is not None else c["value_high"]
        high = c["value_high"] if c["value_high"] is not None else low
        cx = x(c)
        css = {"retracted": "off", "negated": "off", "disputed": "contested"}.get(c["status"], "on")
        if c["status"] == "negated" and low == 0 and high == 0:
            css = "on"
        if c["qualifier"] == "about":
            low, high = low * 0.9, high * 1.1
        tip = escape(f"{voices.get(c['document'], '')}: {value_words(c['qualifier'], c['value_low'], c['value_high'])}"
                     f" {c['measure']} ({c['status']}{', ' + short_date(c['as_of']) if c['as_of'] else ''})")
        shape = [f'<a href="#{escape(c["id"])}"><g class="pt {css}"><title>{tip}</title>']
        if high != low:
            shape.append(f'<line x1="{cx:.1f}" y1="{y(high):.1f}" x2="{cx:.1f}" y2="{y(low):.1f}" class="bar"/>')
        if c["qualifier"] in ("at_least", "more_than"):
            shape.append(f'<path d="M{cx - 4:.1f},{y(low) - 8:.1f} L{cx:.1f},{y(low) - 14:.1f} L{cx + 4:.1f},{y(low) - 8:.1f}" class="bar"/>')
        shape.append(f'<circle cx="{cx:.1f}" cy="{y(low if high == low else (low + high) / 2):.1f}" r="4.5"/>')
        if c["id"] in chosen:
            shape.append(f'<circle cx="{cx:.1f}" cy="{y(low if high == low else (low + high) / 2):.1f}" r="8" class="ring"/>')
        shape.append("</g></a>")
        parts.append("".join(shape))
    parts.append("</svg>")
    return Markup("".join(parts))


def _ticks(top: float) -> list[float]:
    if top <= 0:
        return [0.0]
    step = 10 ** math.floor(math.log10(top))
    for factor in (1, 2, 5, 10):
        if top / (step * factor) <= 4:
            step *= factor
            break
    return [i * step for i in range(int(top // step) + 1)]
