"""What the report shows, worked out once from the export dict for both the HTML and the Markdown report.

The report renders the export, so it shows exactly what the JSON contract
holds: key figures (headlines) with their spread across sources and a chart,
findings, the timeline, people and organisations with aliases and roles,
quotes by speaker, terms by who uses them, the sources, and every article with
its facts highlighted. Each fact carries the anchor of its place in its
article.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from ..reconcile.describe import FIRM, label, short_date, value_words
from ..reconcile.scope import group_key
from ..reconcile.voices import KINDS
from .chart import chart

TYPE_GROUPS = (
    ("People", ("PERSON",)),
    ("Organisations", ("ORG",)),
    ("Places", ("GPE", "LOC", "FAC")),
    ("Groups, events and other names", None),
)


QUOTE_MARKS = "\"'“”‘’„«»‹›"


def unquote(text: str) -> str:
    """A quote's content without the quotation marks around it (direct quotes keep them in the export)."""
    return text.strip().strip(QUOTE_MARKS).strip()


def mention_anchor(document: str, start: int) -> str:
    return f"{document}-{start}"


def voice_names(documents: list[dict[str, Any]]) -> dict[str, str]:
    """Document id -> the outlet a reader knows it by (near-copies speak with their first version's voice)."""
    by_id = {d["id"]: d for d in documents}
    names: dict[str, str] = {}
    for d in documents:
        root = by_id.get(d["duplicate_of"] or d["id"], d)
        names[d["id"]] = root["outlet"] or root["title"] or root["source"]
    return names


def context(data: dict[str, Any]) -> dict[str, Any]:
    documents = data["documents"]
    by_id = {d["id"]: d for d in documents}
    voices = voice_names(documents)
    claims_by_id = {c["id"]: c for c in data["claims"]}
    entities_by_id = {e["id"]: e for e in data["entities"]}
    dates = sorted(d["published"] for d in documents if d["published"])
    outlets = Counter(voices[d["id"]] for d in documents if not d["duplicate_of"])
    return {
        "data": data,
        "by_id": by_id,
        "voices": voices,
        "claims_by_id": claims_by_id,
        "entities_by_id": entities_by_id,
        "period": (dates[0], dates[-1]) if dates else None,
        "outlets": outlets,
        "copies": sum(max(len(d["copies"]) - 1, 0) for d in documents),
        "key_figures": key_figures(data, voices),
        "entity_groups": entity_groups(data["entities"]),
        "speakers": quotes_by_speaker(sorted(data["quotes"], key=lambda q: (by_id[q["document"]]["published"] or "9999",
                                                                              q["document"], q["start"])), entities_by_id),
        "events": timeline(data["events"], voices),
        "short_date": short_date,
        "unquote": unquote,
    }


def key_figures(data: dict[str, Any], voices: dict[str, str]) -> list[dict[str, Any]]:
    """One row per headline: the figure, its rule, the spread of firm figures across outlets, and a chart."""
    groups: dict[tuple[str, str, str], list[dict[str, Any]]] = defaultdict(list)
    for c in data["claims"]:
        groups[group_key(c["measure"], c["scope"] or c.get("subgroup"), c["unit"])].append(c)
    document_of = {c["id"]: c["document"] for c in data["claims"]}

    def outlet_of(claim: str) -> str:
        return voices.get(document_of.get(claim, ""), "the outlet")

    rows = []
    for h in data["headlines"]:
        group = sorted(groups.get(group_key(h["measure"], h["scope"], h["unit"]), []),
                       key=lambda c: (c["as_of"] is None, c["as_of"] or "", c["value_low"] or 0))
        firm = [c for c in group if c["status"] in FIRM]
        lows = [c["value_low"] for c in firm if c["value_low"] is not None]
        highs = [c["value_high"] for c in firm if c["value_high"] is not None]
        spread = f"{value_words('exact', min(lows), None)}–{value_words('exact', max(highs), None)}" if lows and highs and (
            min(lows) != max(highs)) else None
        rows.append({
            "headline": h,
            "label": label(h["measure"], h["scope"], h["unit"]),
            "value": value_words(h["qualifier"], h["value_low"], h["value_high"]),
            "as_of": short_date(h["as_of"]),
            "spread": spread,
            "by_voice": by_voice_line(h.get("voices") or {}, outlet_of),
            "outlets": len({voices.get(c["document"], c["document"]) for c in group}),
            "claims": group,
            "chart": chart(group, voices, h) if len(group) > 1 else "",
        })
    return rows


def by_voice_line(voices: dict[str, dict[str, Any]], outlet_of) -> list[tuple[str, str, str]]:
    """(kind, figure with who and when, claim id) per kind of voice, shown when two kinds or more give a figure;
    the outlet's own voice is named by ``outlet_of(claim id)``."""
    if len(voices) < 2:
        return []
    rows = []
    for kind in KINDS:
        if v := voices.get(kind):
            who = v["source"] or outlet_of(v["claim"])
            when = short_date(v["as_of"])
            rows.append((kind, f"{value_words(v['qualifier'], v['value_low'], v['value_high'])} ({who}"
                               f"{', ' + when if when else ''})", v["claim"]))
    return rows


def entity_groups(entities: list[dict[str, Any]]) -> list[tuple[str, list[dict[str, Any]]]]:
    groups = []
    placed: set[str] = set()
    for title, types in TYPE_GROUPS:
        members = [e for e in entities if (types is None and e["id"] not in placed) or (types and e["type"] in types)]
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
            groups.append((title, rows))
    return groups


def quotes_by_speaker(quotes: list[dict[str, Any]], entities: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    """Quotes grouped by resolved speaker (entity), else by the name as written; unknown speakers last."""
    grouped: dict[tuple[int, str], list[dict[str, Any]]] = defaultdict(list)
    for q in quotes:
        if q["kind"] == "term":
            continue
        if q["speaker_entity"] and q["speaker_entity"] in entities:
            key = (0, entities[q["speaker_entity"]]["name"])
        elif q["speaker"]:
            key = (0, q["speaker"])
        else:
            key = (1, "Unknown speaker")
        grouped[key].append(q)
    ordered = sorted(grouped.items(), key=lambda item: (item[0][0], -len(item[1]), item[0][1].casefold()))
    return [{"speaker": name, "entity": next((q["speaker_entity"] for q in qs if q["speaker_entity"]), None), "quotes": qs}
            for (_, name), qs in ordered]


def timeline(events: list[dict[str, Any]], voices: dict[str, str]) -> list[dict[str, Any]]:
    """Events in date order, each with its outlets and, where outlets date it differently, every date given."""
    rows = []
    for ev in events:
        dates = sorted({x["date"] for x in ev["evidence"] if x.get("date")})
        rows.append({
            **ev,
            "when": short_date(ev["date"]) if ev["date"] else "undated",
            "outlets": sorted({voices.get(d, d) for d in ev["documents"]}),
            "dated_differently": [
                (short_date(date), sorted({voices.get(x["document"], x["document"]) for x in ev["evidence"] if x.get("date") == date}))
                for date in dates
            ] if len(dates) > 1 else [],
        })
    return rows
