"""Time each cross-document step of `newsdossier.pipeline.recompute` on a stored dossier, read-only.

    python benchmarks/recompute_steps.py event.db

`recompute` runs over everything stored each time a build adds articles, so its steps must stay near-linear in
the number of claims, mentions and dated clauses. This opens the dossier read-only (nothing is written), loads
what `recompute` loads and times, one after the other in this process: entity resolution, subgroups, findings
(`reconcile.reconcile`), headlines (`reconcile.headlines`, and `casualties.prepare` inside it on its own line)
and timeline events (`timeline.build_events`). Run it on a large dossier (docs/PERFORMANCE.md, scale probe) and
compare lines within one run or between commits on the same machine: a shared 2-core machine varies by 10-25 %.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from dataclasses import replace
from pathlib import Path

from newsdossier import reconcile as reconcile_stage
from newsdossier import resolve as resolve_stage
from newsdossier import timeline
from newsdossier.reconcile.casualties import prepare
from newsdossier.store import db as store


class Laps:
    """Print the seconds each named step took, as it ends."""

    def __init__(self) -> None:
        self.start = time.perf_counter()

    def lap(self, name: str) -> None:
        now = time.perf_counter()
        print(f"{name}: {now - self.start:.1f} s", flush=True)
        self.start = time.perf_counter()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("db", type=Path, help="a dossier written by `newsdossier build`")
    args = parser.parse_args()
    conn = sqlite3.connect(f"file:{args.db}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    laps = Laps()
    mentions = store.load_mentions(conn)
    claims = store.load_claims(conn)
    voices = store.document_voices(conn)
    laps.lap(f"load ({len(claims)} claims, {len(mentions)} mentions)")
    entities = resolve_stage.resolve_entities(mentions)
    laps.lap(f"resolve ({len(entities)} entities)")
    entity_of = {m: e.id for e in entities for m in e.mentions}
    parts = reconcile_stage.subgroups(claims)
    grouped = reconcile_stage.as_parts([replace(c, subgroup=parts.get(c.id)) for c in claims])
    laps.lap("subgroups")
    findings = reconcile_stage.reconcile(grouped, voices)
    laps.lap(f"findings ({len(findings)})")
    headlines = reconcile_stage.headlines(grouped, voices, reconcile_stage.MEASURES)
    laps.lap(f"headlines ({len(headlines)})")
    prepare([replace(c, as_of=c.reported) if c.reported else c for c in grouped])
    laps.lap("  casualties.prepare alone (part of headlines)")
    texts, roots = store.document_texts(conn), store.document_roots(conn)
    laps = Laps()
    events = timeline.build_events(store.load_time_expressions(conn), mentions, entity_of, texts, roots)
    laps.lap(f"timeline ({len(events)} events)")


if __name__ == "__main__":
    main()
