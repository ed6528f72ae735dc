"""The HTML report: one self-contained file (inline CSS, no external assets).

It renders the export dict, so the report shows exactly what the JSON
contract holds. Article text is escaped everywhere (autoescaping templates,
``markupsafe.escape`` for highlighted text): markup in an article never runs.
"""

from __future__ import annotations

import os
import sqlite3
from collections import Counter, defaultdict
from pathlib import Path
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from markupsafe import Markup, escape

from ..export import export

TYPE_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places", ("GPE", "LOC", "FAC")),
    ("Groups, events and other names", None),
)


def _environment() -> Environment:
    env = Environment(loader=PackageLoader("newsdossier", "report/templates"), autoescape=select_autoescape(default=True))
    env.filters["thousands"] = lambda n: f"{n:,}"
    return env


def write_report(database: str | os.PathLike[str] | sqlite3.Connection, output: str | os.PathLike[str]) -> Path:
    """Render the dossier and write it to ``output``; returns the path written."""
    path = Path(output)
    path.parent.mkdir(parents=True, exist_ok=True)
    html = render_html(export(database))
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(html, encoding="utf-8")
    tmp.replace(path)  # never leave half a report behind
    return path


def render_html(data: dict[str, Any]) -> str:
    """The report page for an export dict."""
    return _environment().get_template("report.html.j2").render(**context(data))


def context(data: dict[str, Any]) -> dict[str, Any]:
    documents = data["documents"]
    by_id = {d["id"]: d for d in documents}
    entity_of_mention: dict[tuple[str, int, int], dict[str, Any]] = {}
    for entity in data["entities"]:
        for m in entity["mentions"]:
            entity_of_mention[(m["document"], m["start"], m["end"])] = entity

    spans: dict[str, list[tuple[int, int, str, str, str]]] = defaultdict(list)
    for (document, start, end), entity in entity_of_mention.items():
        spans[document].append((start, end, f"ent ent-{entity['type']}", mention_anchor(document, start),
                                f"{entity['type']}: {entity['name']}"))
    for claim in data["claims"]:
        spans[claim["document"]].append((claim["start"], claim["end"], "claim", claim["id"],
                                         f"{claim['measure']} — {claim['qualifier']}"))
    for timex in data["time_expressions"]:
        spans[timex["document"]].append((timex["start"], timex["end"], "timex", timex["id"], timex["value"] or "unresolved"))

    articles = [
        {**d, "html": highlight(d["text"], spans.get(d["id"], []))}
        for d in documents
    ]
    entity_groups = []
    placed: set[str] = set()
    for title, types in TYPE_GROUPS:
        members = [e for e in data["entities"] if (types is None and e["id"] not in placed) or (types and e["type"] in types)]
        placed.update(e["id"] for e in members)
        rows = [
            {
                **e,
                "documents": sorted({m["document"] for m in e["mentions"]}),
                "first": [(m, mention_anchor(m["document"], m["start"])) for m in e["mentions"][:3]],
            }
            for e in members
        ]
        if rows:
            entity_groups.append((title, rows))
    dates = sorted(d["published"] for d in documents if d["published"])
    outlets = Counter(d["outlet"] or "(unknown outlet)" for d in documents)
    return {
        "data": data,
        "articles": articles,
        "by_id": by_id,
        "entity_groups": entity_groups,
        "period": (dates[0], dates[-1]) if dates else None,
        "outlets": outlets,
        "copies": sum(max(len(d["copies"]) - 1, 0) for d in documents),
    }


def mention_anchor(document: str, start: int) -> str:
    return f"{document}-{start}"


def highlight(text: str, spans: list[tuple[int, int, str, str, str]]) -> Markup:
    """Escaped text with non-overlapping spans wrapped in <mark> elements that carry an id to link to."""
    pieces: list[str] = []
    position = 0
    for start, end, css, anchor, title in sorted(spans, key=lambda s: (s[0], -(s[1] - s[0]))):
        if start < position or end > len(text):
            continue  # overlaps one already placed
        pieces.append(str(escape(text[position:start])))
        pieces.append(
            f'<mark class="{escape(css)}" id="{escape(anchor)}" title="{escape(title)}">{escape(text[start:end])}</mark>'
        )
        position = end
    pieces.append(str(escape(text[position:])))
    return Markup("".join(pieces))
