"""The report as Markdown, for notes: the same sections as the HTML report, without the article texts.

Every fact names its outlet and date instead of linking to a highlight. Text
from articles is escaped (Markdown punctuation backslashed, ``<`` and ``&``
as entities), so an article cannot inject markup or links into the notes.
"""

from __future__ import annotations

import re
from typing import Any

from .context import context

SPECIAL = re.compile(r"([\\`*_\[\]|~])")


def md(text: Any) -> str:
    """Article or user text made inert in Markdown, on one line."""
    value = " ".join(str(text if text is not None else "").split())
    value = value.replace("&", "&amp;").replace("<", "&lt;")
    return SPECIAL.sub(r"\\\1", value)


def render_markdown(data: dict[str, Any]) -> str:
    view = context(data)
    by_id, voices, short_date = view["by_id"], view["voices"], view["short_date"]

    def where(document: str) -> str:
        d = by_id[document]
        return f"{md(voices[document])}, {short_date(d['published']) or 'undated'}"

    documents = data["documents"]
    period = view["period"]
    lines = ["# News dossier", ""]
    summary = f"{len(documents)} article{'s' if len(documents) != 1 else ''} from {len(view['outlets'])} outlet" \
              f"{'s' if len(view['outlets']) != 1 else ''}"
    if period:
        summary += f", published {short_date(period[0])}" + (f" to {short_date(period[1])}" if period[1] != period[0] else "")
    lines += [summary + f". Generated {data['generated']} (schema {data['schema']}).", ""]

    lines += ["## Key figures", ""]
    if not view["key_figures"]:
        lines += ["No figures for the event measures were found.", ""]
    for row in view["key_figures"]:
        h = row["headline"]
        text = f"- **{md(row['label'])}: {md(row['value'])}**" + (f" ({md(row['as_of'])})" if row["as_of"] else "")
        if row["spread"]:
            text += f"; figures range {md(row['spread'])} across {row['outlets']} outlet{'s' if row['outlets'] != 1 else ''}"
        lines += [text, f"  - Rule: {md(h['rule'])}"]
        if row["by_voice"]:
            lines.append("  - By voice: " + " · ".join(f"{kind}: {md(text)}" for kind, text, _ in row["by_voice"]))
    lines.append("")

    lines += ["## Findings", ""]
    lines += [f"- **{f['kind'].replace('_', ' ')}**: {md(f['summary'])}" for f in data["findings"]] or ["None."]
    lines.append("")

    lines += ["## Timeline", ""]
    for ev in view["events"]:
        text = f"- **{md(ev['when'])}**: {md(ev['summary'])} — {md(', '.join(ev['outlets']))}"
        if ev["dated_differently"]:
            text += "; dated differently: " + "; ".join(f"{md(date)} by {md(', '.join(who))}" for date, who in ev["dated_differently"])
        lines.append(text)
    if not view["events"]:
        lines.append("No dated events.")
    lines.append("")

    lines += ["## People, organisations and places", ""]
    for title, rows in view["entity_groups"]:
        lines += [f"### {title}", ""]
        for e in rows:
            text = f"- **{md(e['name'])}** ({e['type']}), {len(e['mentions'])} mentions in {len(e['documents'])} article" \
                   f"{'s' if len(e['documents']) != 1 else ''}"
            others = [a for a in e["aliases"] if a != e["name"]]
            if others:
                text += f"; also written {md('; '.join(others))}"
            if e.get("descriptions"):
                text += f"; described as {md('; '.join(e['descriptions']))}"
            lines.append(text)
        lines.append("")

    lines += ["## Quotes by speaker", ""]
    for group in view["speakers"]:
        lines += [f"### {md(group['speaker'])}", ""]
        lines += [f"- {q['kind']}: “{md(view['unquote'](q['text']))}” ({where(q['document'])})" for q in group["quotes"]]
        lines.append("")
    if not view["speakers"]:
        lines += ["No quotes.", ""]

    lines += ["## Terms and who uses them", ""]
    for t in data["terms"]:
        users = "; ".join(f"{md(u['user'])} ({'own voice' if u['kind'] == 'outlet' else 'speaker'}, {len(u['quotes'])}×)"
                          for u in t["users"])
        lines.append(f"- “{md(t['term'])}”: {users}")
    if not data["terms"]:
        lines.append("No scare-quoted terms.")
    lines.append("")

    lines += ["## Sources", "", "| published | outlet | title | copies | address |", "|---|---|---|---|---|"]
    for d in documents:
        copies = len(d["copies"]) + (0 if d["copies"] else 1)
        near = f" (near-copy of {md(voices[d['duplicate_of']])})" if d["duplicate_of"] else ""
        lines.append(f"| {md(d['published'] or 'unknown')} ({d['published_basis']}) | {md(d['outlet'] or '(unknown)')}{near} | "
                     f"{md(d['title'] or '(untitled)')} | {copies} | {md(d['url'] or d['source'])} |")
    lines.append("")
    return "\n".join(lines)
