"""The HTML report: one self-contained file (inline CSS and SVG, no script, no external assets).

It renders the export dict, so the report shows exactly what the JSON
contract holds. Article text is escaped everywhere (autoescaping templates,
``markupsafe.escape`` for highlighted text): markup in an article never runs.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from .context import context, mention_anchor

#: (start, end, css class, anchor id, tooltip)
Span = tuple[int, int, str, str, str]


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("newsdossier", "report/templates"), autoescape=select_autoescape(default=True))
    env.filters["thousands"] = lambda n: f"{n:,}"
    return env


def render_html(data: dict[str, Any]) -> str:
    """The report page for an export dict."""
    view = context(data)
    spans, title_spans = article_spans(data), title_claim_spans(data)
    view["articles"] = [{**d, "html": highlight(d["text"], spans.get(d["id"], [])),
                         "title_html": highlight(d["title"] or "", title_spans.get(d["id"], []))}
                        for d in data["documents"]]
    return _environment().get_template("report.html.j2").render(**view)


def article_spans(data: dict[str, Any]) -> dict[str, list[Span]]:
    """Every highlighted fact of every article: quotes, entity mentions, figures, times, event clauses."""
    spans: dict[str, list[Span]] = defaultdict(list)
    for entity in data["entities"]:
        for m in entity["mentions"]:
            spans[m["document"]].append((m["start"], m["end"], f"ent ent-{entity['type']}", mention_anchor(m["document"], m["start"]),
                                         f"{entity['type']}: {entity['name']}"))
    for c in data["claims"]:
        if c.get("field", "text") == "text":
            spans[c["document"]].append(_claim_span(c))
    for t in data["time_expressions"]:
        spans[t["document"]].append((t["start"], t["end"], "timex", t["id"], t["value"] or "unresolved"))
    for q in data["quotes"]:
        spans[q["document"]].append((q["start"], q["end"], f"quote quote-{q['kind']}", q["id"],
                                     f"{q['kind']} quote — {q['speaker'] or 'unknown speaker'}"))
    for ev in data["events"]:
        for i, x in enumerate(ev["evidence"]):
            spans[x["document"]].append((x["start"], x["end"], "event", f"{ev['id']}-{i}", f"event: {ev['date'] or 'undated'}"))
    return spans


def title_claim_spans(data: dict[str, Any]) -> dict[str, list[Span]]:
    """Figures read from the articles' titles (claims with ``field: "title"``), highlighted in the title."""
    spans: dict[str, list[Span]] = defaultdict(list)
    for c in data["claims"]:
        if c.get("field") == "title":
            spans[c["document"]].append(_claim_span(c))
    return spans


def _claim_span(c: dict[str, Any]) -> Span:
    who = c["source"] or "the outlet"
    return (c["start"], c["end"], "claim", c["id"], f"{c['measure']}, {c['qualifier']} — {who}, {c['status']}")


def highlight(text: str, spans: list[Span]) -> Markup:
    """Escaped text with spans wrapped in <mark> elements that carry an id to link to.

    Spans nest (a name inside a quote inside an event's clause); a span that would cross one already placed
    becomes an empty anchor at its start, so a link to it still lands on the right place.
    """
    accepted: list[Span] = []
    anchors: list[tuple[int, str]] = []
    stack: list[int] = []  # end offsets of the open spans
    for span in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        start, end = span[0], span[1]
        if start < 0 or end > len(text) or end <= start:
            continue
        while stack and stack[-1] <= start:
            stack.pop()
        if stack and end > stack[-1]:
            anchors.append((start, span[3]))
            continue
        accepted.append(span)
        stack.append(end)
    events: list[tuple[int, int, int, str]] = []  # (offset, order, tie-break, html)
    for start, end, css, anchor, title in accepted:
        events.append((start, 1, -end, f'<mark class="{escape(css)}" id="{escape(anchor)}" title="{escape(title)}">'))
        events.append((end, 0, -start, "</mark>"))
    for start, anchor in anchors:
        events.append((start, 2, 0, f'<a class="anchor" id="{escape(anchor)}"></a>'))
    events.sort(key=lambda e: (e[0], e[1], e[2]))
    pieces: list[str] = []
    position = 0
    for offset, _, _, html in events:
        pieces.append(str(escape(text[position:offset])))
        pieces.append(html)
        position = offset
    pieces.append(str(escape(text[position:])))
    return Markup("".join(pieces))
