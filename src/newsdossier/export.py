"""Export: the dossier as the versioned JSON contract ``newsdossier/1`` (see docs/SCHEMA.md).

Adding a field keeps the version; removing or renaming one raises it. The
JSON Schema ships in the package (``schema/newsdossier-1.schema.json``) and
``validate`` checks an export against it.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import sqlite3
from collections import defaultdict
from functools import lru_cache
from importlib import resources
from typing import Any

from .errors import SchemaError
from .reconcile.headlines import subsume_individuals
from .reconcile.scope import as_parts, group_key
from .reconcile.terms import term_uses
from .reconcile.voices import by_voice
from .store import db

SCHEMA = "newsdossier/1"
QUOTE_OFFSETS = ("speaker_start", "speaker_end", "speaker_name_start", "speaker_name_end", "cue_start", "cue_end")
SCHEMA_FILE = "newsdossier-1.schema.json"


def export(database: str | os.PathLike[str] | sqlite3.Connection) -> dict[str, Any]:
    """The whole dossier as a dict that follows the ``newsdossier/1`` contract."""
    conn = database if isinstance(database, sqlite3.Connection) else db.connect(database, create=False)
    try:
        return _export(conn)
    finally:
        if conn is not database:
            conn.close()


def _export(conn: sqlite3.Connection) -> dict[str, Any]:
    removed = _group(db.rows(conn, "removed_spans", "document_id, seq"), "document_id", lambda r: {"text": r["text"], "reason": r["reason"]})
    copies = _group(db.rows(conn, "document_sources", "document_id, rowid"), "document_id",
                    lambda r: {k: r[k] for k in ("source", "url", "outlet", "title", "published", "similarity")})
    captions = _group(db.rows(conn, "captions", "document_id, seq"), "document_id", lambda r: {"text": r["text"], "date": r["date"]})
    repairs = _group(db.rows(conn, "repairs", "document_id, seq"), "document_id",
                     lambda r: {"start": r["start_char"], "end": r["end_char"], "from": r["original"],
                                "to": r["replacement"], "kind": r["kind"]})
    documents = [
        {
            "id": d["id"], "source": d["source"], "url": d["url"], "title": d["title"], "outlet": d["outlet"],
            "authors": json.loads(d["authors"]), "published": d["published"], "published_basis": d["published_basis"],
            "language": d["language"], "text": d["text"], "removed": removed.get(d["id"], []),
            "copies": copies.get(d["id"], []), "content_hash": d["content_hash"],
            "captions": captions.get(d["id"], []), "repairs": repairs.get(d["id"], []),
            "duplicate_of": d["duplicate_of"], "similarity": d["similarity"],
        }
        for d in db.documents_in_order(conn)
    ]
    mentions = _group(db.rows(conn, "mentions", "document_id, start_char, end_char"), "entity_id",
                      lambda r: {"document": r["document_id"], "start": r["start_char"], "end": r["end_char"],
                                 "text": r["text"], "label": r["label"], "refers_to": r["refers_to"],
                                 "description": r["description"]})
    aliases = _group(db.rows(conn, "entity_aliases", "entity_id, document_id, alias"), "entity_id",
                     lambda r: {"alias": r["alias"], "document": r["document_id"], "count": r["count"]})
    descriptions = _group(db.rows(conn, "entity_descriptions", "entity_id, seq"), "entity_id", lambda r: r["description"])
    entities = []
    for e in db.rows(conn, "entities"):
        totals: dict[str, int] = defaultdict(int)
        for a in aliases.get(e["id"], []):
            totals[a["alias"]] += a["count"]
        entities.append({
            "id": e["id"], "name": e["name"], "type": e["type"],
            "aliases": sorted(totals, key=lambda s: (-totals[s], s)),
            "alias_counts": aliases.get(e["id"], []),
            "descriptions": descriptions.get(e["id"], []),
            "mentions": mentions.get(e["id"], []),
        })
    claim_records = db.load_claims(conn)  # read once: the claims array and the headlines' voices
    claims = [
        {
            "id": c.id, "document": c.document, "start": c.start, "end": c.end, "text": c.text,
            "sentence": c.sentence, "measure": c.measure, "counted": c.counted, "value_low": c.value_low,
            "value_high": c.value_high, "qualifier": c.qualifier, "scope": c.scope, "as_of": c.as_of,
            "source": c.source, "source_entity": c.source_entity, "status": c.status, "extractor": c.extractor,
            "unit": c.unit, "source_start": c.source_start, "source_end": c.source_end, "field": c.field,
            "subgroup": c.subgroup, "reported": c.reported,
        }
        for c in claim_records
    ]
    quote_records = db.load_quotes(conn)
    quotes = [
        {
            "id": q.id, "document": q.document, "start": q.start, "end": q.end, "text": q.text, "kind": q.kind,
            "speaker": q.speaker, "speaker_entity": q.speaker_entity, "cue": q.cue, "extractor": q.extractor,
            **{k: getattr(q, k) for k in QUOTE_OFFSETS},
        }
        for q in quote_records
    ]
    times = [
        {
            "id": t["id"], "document": t["document_id"], "start": t["start_char"], "end": t["end_char"], "text": t["text"],
            "value": t["value"], "granularity": t["granularity"], "extractor": t["extractor"], "type": t["type"],
            "anchor": t["anchor"], "clause_start": t["clause_start"], "clause_end": t["clause_end"], "predicate": t["predicate"],
        }
        for t in db.rows(conn, "time_expressions", "document_id, start_char")
    ]
    event_docs = _group(db.rows(conn, "event_documents"), "event_id", lambda r: r["document_id"])
    event_evidence = _group(db.rows(conn, "event_evidence"), "event_id",
                            lambda r: {"document": r["document_id"], "start": r["start_char"], "end": r["end_char"],
                                       "date": r["date"]})
    event_entities = _group(db.rows(conn, "event_entities"), "event_id", lambda r: r["entity_id"])
    events = [
        {
            "id": ev["id"], "date": ev["date"], "granularity": ev["granularity"], "summary": ev["summary"],
            "documents": event_docs.get(ev["id"], []), "evidence": event_evidence.get(ev["id"], []),
            "entities": event_entities.get(ev["id"], []),
        }
        for ev in db.rows(conn, "events", "date IS NULL, date, id")
    ]
    finding_claims = _group(db.rows(conn, "finding_claims", "finding_id, seq"), "finding_id", lambda r: r["claim_id"])
    findings = [
        {"id": f["id"], "measure": f["measure"], "kind": f["kind"], "claims": finding_claims.get(f["id"], []), "summary": f["summary"]}
        for f in db.rows(conn, "findings")
    ]
    headline_claims = _group(db.rows(conn, "headline_claims", "headline_id, seq"), "headline_id", lambda r: r["claim_id"])
    groups: dict[tuple[str, str, str], list[Any]] = defaultdict(list)
    for claim in as_parts(subsume_individuals(claim_records)):
        groups[group_key(claim.measure, claim.scope, claim.unit)].append(claim)
    headlines = [
        {**{k: h[k] for k in ("id", "measure", "scope", "unit", "value_low", "value_high", "qualifier", "as_of", "rule")},
         "claims": headline_claims.get(h["id"], []),
         "voices": _voices(groups.get(group_key(h["measure"], h["scope"], h["unit"]), []))}
        for h in db.rows(conn, "headlines", "seq")
    ]
    names = {e["id"]: e["name"] for e in entities}
    terms = term_uses(quote_records, db.document_voices(conn), names)
    return {
        "schema": SCHEMA,
        "generated": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "documents": documents,
        "entities": entities,
        "claims": claims,
        "quotes": quotes,
        "time_expressions": times,
        "events": events,
        "findings": findings,
        "headlines": headlines,
        "terms": terms,
    }


def _voices(claims: list[Any]) -> dict[str, dict[str, Any]]:
    """The latest firm figure of each kind of voice (official, independent, press) behind one headline's group."""
    return {kind: {"value_low": c.value_low, "value_high": c.value_high, "qualifier": c.qualifier, "as_of": c.as_of,
                   "source": c.source, "claim": c.id}
            for kind, c in by_voice(claims).items()}


def _group(records: list[dict[str, Any]], key: str, shape: Any) -> dict[Any, list[Any]]:
    grouped: dict[Any, list[Any]] = defaultdict(list)
    for record in records:
        if record[key] is not None:
            grouped[record[key]].append(shape(record))
    return grouped


@lru_cache(maxsize=1)
def json_schema() -> dict[str, Any]:
    """The JSON Schema of the export contract, as shipped in the package."""
    text = resources.files("newsdossier").joinpath("schema", SCHEMA_FILE).read_text(encoding="utf-8")
    return json.loads(text)


def validate(data: dict[str, Any]) -> None:
    """Raise ``SchemaError`` naming the first place where ``data`` breaks the contract."""
    import jsonschema

    validator = jsonschema.Draft202012Validator(json_schema(), format_checker=jsonschema.FormatChecker())
    error = jsonschema.exceptions.best_match(validator.iter_errors(data))
    if error is not None:
        where = "/".join(str(p) for p in error.absolute_path) or "(top level)"
        raise SchemaError(f"export does not match {SCHEMA} at {where}: {error.message}")
