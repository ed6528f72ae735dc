"""Every read and write of the SQLite dossier.

Connections run in autocommit mode and every write goes through
``transaction()``: BEGIN IMMEDIATE … COMMIT, ROLLBACK on any error. One
document (its row, sources, removed spans, mentions, claims, quotes, time
expressions) is one transaction, and so is the whole cross-document layer
(entities, findings, events): a failure never leaves half of either.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
import os
import sqlite3
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from ..errors import StoreError
from ..records import (
    Article, Claim, DocumentResult, Entity, Event, Failure, Finding, Headline, Mention, Quote, TimeExpression,
)
from .migrations import LATEST, MIGRATIONS

log = logging.getLogger(__name__)

TABLES = (
    "documents", "document_sources", "removed_spans", "captions", "repairs", "document_minhash", "entities", "entity_aliases", "mentions", "claims",
    "quotes", "time_expressions", "events", "event_documents", "event_evidence", "event_entities",
    "findings", "finding_claims", "failures", "entity_descriptions", "headlines", "headline_claims",
)


def now() -> str:
    return dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds")


def connect(path: str | os.PathLike[str], *, create: bool = True) -> sqlite3.Connection:
    """Open (or create) a dossier and bring its schema up to date."""
    path = os.fspath(path)
    if path != ":memory:":
        if not create and not os.path.exists(path):
            raise StoreError(f"{path}: no such dossier (build one with `newsdossier build ... --db {path}`)")
        Path(path).parent.mkdir(parents=True, exist_ok=True)
    try:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.row_factory = sqlite3.Row
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn, path)
    except sqlite3.DatabaseError as error:
        raise StoreError(f"{path}: not a usable SQLite dossier ({error})") from None
    return conn


@contextmanager
def transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """BEGIN IMMEDIATE … COMMIT; ROLLBACK and re-raise on any exception."""
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
    except BaseException:
        conn.execute("ROLLBACK")
        raise
    else:
        conn.execute("COMMIT")


def schema_version(conn: sqlite3.Connection) -> int:
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, name: str = "dossier") -> int:
    """Apply the migrations this file lacks, each in its own transaction. Returns the version."""
    version = schema_version(conn)
    if version > LATEST:
        raise StoreError(f"{name}: schema version {version} is newer than this newsdossier knows ({LATEST}); upgrade newsdossier")
    if version == 0:
        foreign = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        if foreign:
            raise StoreError(f"{name}: an SQLite file that is not a newsdossier dossier (it has tables {', '.join(foreign[:5])})")
    for number, script in MIGRATIONS:
        if number <= version:
            continue
        with transaction(conn):
            for statement in _statements(script):
                conn.execute(statement)
            conn.execute("INSERT OR REPLACE INTO meta (key, value) VALUES ('schema_version', ?)", (str(number),))
            conn.execute(f"PRAGMA user_version = {int(number)}")
        log.info("%s: migrated to schema version %d", name, number)
        version = number
    return version


def _statements(script: str) -> Iterator[str]:
    buffer = ""
    for line in script.splitlines(keepends=True):
        buffer += line
        if sqlite3.complete_statement(buffer):
            if buffer.strip():
                yield buffer.strip()
            buffer = ""
    if buffer.strip():
        raise StoreError(f"incomplete SQL statement in a migration: {buffer.strip()[:60]}")


# --- documents -------------------------------------------------------------------------------------------

def find_document(conn: sqlite3.Connection, content_hash: str) -> str | None:
    row = conn.execute("SELECT id FROM documents WHERE content_hash = ?", (content_hash,)).fetchone()
    return row["id"] if row else None


def add_copy(conn: sqlite3.Connection, document_id: str, article: Article, similarity: float | None = None) -> bool:
    """Record another input that carried a stored text (``similarity`` None: the same text; else a near-copy).
    False if that input was recorded before."""
    with transaction(conn):
        cursor = conn.execute(
            "INSERT OR IGNORE INTO document_sources (document_id, source, url, outlet, title, published, added_at, "
            "similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (document_id, article.source, article.url, article.outlet, article.title, article.published, now(), similarity),
        )
    return cursor.rowcount > 0


def insert_document(conn: sqlite3.Connection, result: DocumentResult, signature: bytes | None = None) -> None:
    """Store one document, everything extracted from it and its MinHash signature, in one transaction."""
    a = result.article
    with transaction(conn):
        stamp = now()
        conn.execute(
            "INSERT INTO documents (id, content_hash, source, url, title, outlet, authors, published, published_basis, "
            "language, text, added_at, duplicate_of, similarity) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.content_hash, a.source, a.url, a.title, a.outlet, json.dumps(list(a.authors), ensure_ascii=False),
             a.published, a.published_basis, a.language, a.text, stamp, a.duplicate_of, a.similarity),
        )
        conn.executemany(
            "INSERT INTO captions (document_id, seq, text, date) VALUES (?, ?, ?, ?)",
            [(a.id, i, c.text, c.date) for i, c in enumerate(a.captions)],
        )
        conn.executemany(
            "INSERT INTO repairs (document_id, seq, start_char, end_char, original, replacement, kind) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(a.id, i, r.start, r.end, r.original, r.replacement, r.kind) for i, r in enumerate(a.repairs)],
        )
        if signature is not None:
            conn.execute("INSERT INTO document_minhash (document_id, signature) VALUES (?, ?)", (a.id, signature))
        conn.execute(
            "INSERT INTO document_sources (document_id, source, url, outlet, title, published, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
            (a.id, a.source, a.url, a.outlet, a.title, a.published, stamp),
        )
        conn.executemany(
            "INSERT INTO removed_spans (document_id, seq, text, reason) VALUES (?, ?, ?, ?)",
            [(a.id, i, r.text, r.reason) for i, r in enumerate(a.removed)],
        )
        conn.executemany(
            "INSERT INTO mentions (id, document_id, start_char, end_char, text, label, extractor, refers_to, description) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(m.id, m.document, m.start, m.end, m.text, m.label, m.extractor, m.refers_to, m.description) for m in result.mentions],
        )
        conn.executemany(
            "INSERT INTO claims (id, document_id, start_char, end_char, text, sentence, measure, counted, value_low, "
            "value_high, qualifier, scope, as_of, source, source_entity, status, extractor, unit, source_start, source_end, "
            "field, reported) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?)",
            [(c.id, c.document, c.start, c.end, c.text, c.sentence, c.measure, c.counted, c.value_low, c.value_high,
              c.qualifier, c.scope, c.as_of, c.source, c.status, c.extractor, c.unit, c.source_start, c.source_end,
              c.field, c.reported)
             for c in result.claims],
        )
        conn.executemany(
            "INSERT INTO quotes (id, document_id, start_char, end_char, text, kind, speaker, speaker_entity, cue, extractor, "
            "speaker_start, speaker_end, speaker_name_start, speaker_name_end, cue_start, cue_end) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(q.id, q.document, q.start, q.end, q.text, q.kind, q.speaker, q.cue, q.extractor, q.speaker_start,
              q.speaker_end, q.speaker_name_start, q.speaker_name_end, q.cue_start, q.cue_end) for q in result.quotes],
        )
        conn.executemany(
            "INSERT INTO time_expressions (id, document_id, start_char, end_char, text, value, granularity, extractor, "
            "type, anchor, clause_start, clause_end, predicate) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            [(t.id, t.document, t.start, t.end, t.text, t.value, t.granularity, t.extractor, t.type, t.anchor,
              t.clause_start, t.clause_end, t.predicate) for t in result.time_expressions],
        )


def record_failure(conn: sqlite3.Connection, failure: Failure) -> None:
    with transaction(conn):
        conn.execute("INSERT INTO failures (source, reason, recorded_at) VALUES (?, ?, ?)", (failure.source, failure.reason, now()))


# --- cross-document layers ---------------------------------------------------------------------------------

def load_mentions(conn: sqlite3.Connection) -> list[Mention]:
    return [
        Mention(document=r["document_id"], start=r["start_char"], end=r["end_char"], text=r["text"], label=r["label"],
                extractor=r["extractor"], refers_to=r["refers_to"], description=r["description"])
        for r in conn.execute("SELECT * FROM mentions ORDER BY document_id, start_char, end_char")
    ]


def load_claims(conn: sqlite3.Connection) -> list[Claim]:
    return [
        Claim(id=r["id"], document=r["document_id"], start=r["start_char"], end=r["end_char"], text=r["text"],
              sentence=r["sentence"], measure=r["measure"], counted=r["counted"], value_low=r["value_low"],
              value_high=r["value_high"], qualifier=r["qualifier"], scope=r["scope"], as_of=r["as_of"], source=r["source"],
              source_entity=r["source_entity"], status=r["status"], extractor=r["extractor"], unit=r["unit"],
              source_start=r["source_start"], source_end=r["source_end"], field=r["field"], subgroup=r["subgroup"],
              reported=r["reported"])
        for r in conn.execute("SELECT * FROM claims ORDER BY document_id, field DESC, start_char")
    ]


def load_quotes(conn: sqlite3.Connection) -> list[Quote]:
    return [
        Quote(id=r["id"], document=r["document_id"], start=r["start_char"], end=r["end_char"], text=r["text"],
              kind=r["kind"], speaker=r["speaker"], speaker_entity=r["speaker_entity"], cue=r["cue"],
              extractor=r["extractor"], speaker_start=r["speaker_start"], speaker_end=r["speaker_end"],
              speaker_name_start=r["speaker_name_start"], speaker_name_end=r["speaker_name_end"],
              cue_start=r["cue_start"], cue_end=r["cue_end"])
        for r in conn.execute("SELECT * FROM quotes ORDER BY document_id, start_char")
    ]


def load_time_expressions(conn: sqlite3.Connection) -> list[TimeExpression]:
    return [
        TimeExpression(id=r["id"], document=r["document_id"], start=r["start_char"], end=r["end_char"], text=r["text"],
                       value=r["value"], granularity=r["granularity"], type=r["type"], anchor=r["anchor"],
                       clause_start=r["clause_start"], clause_end=r["clause_end"], predicate=r["predicate"],
                       extractor=r["extractor"])
        for r in conn.execute("SELECT * FROM time_expressions ORDER BY document_id, start_char")
    ]


def document_texts(conn: sqlite3.Connection) -> dict[str, str]:
    return {r["id"]: r["text"] for r in conn.execute("SELECT id, text FROM documents")}


def document_voices(conn: sqlite3.Connection) -> dict[str, str]:
    """Who speaks in each document: the outlet of its first version (near-duplicates share it), else that version's id."""
    return {
        r["id"]: r["outlet"] or r["root"]
        for r in conn.execute(
            "SELECT d.id, COALESCE(d.duplicate_of, d.id) AS root, root.outlet AS outlet FROM documents d "
            "JOIN documents root ON root.id = COALESCE(d.duplicate_of, d.id)"
        )
    }


def document_roots(conn: sqlite3.Connection) -> dict[str, str]:
    """Document id -> the id of its first version (itself unless it is a near-duplicate): one voice per story."""
    return {r["id"]: r["root"] for r in conn.execute("SELECT id, COALESCE(duplicate_of, id) AS root FROM documents")}


def load_signatures(conn: sqlite3.Connection) -> Iterator[tuple[str, bytes, str | None]]:
    """(document id, MinHash signature, duplicate_of) of every stored document, oldest first."""
    for r in conn.execute(
        "SELECT m.document_id, m.signature, d.duplicate_of FROM document_minhash m JOIN documents d ON d.id = m.document_id "
        "ORDER BY d.rowid"
    ):
        yield r["document_id"], r["signature"], r["duplicate_of"]


def replace_cross_document(
    conn: sqlite3.Connection,
    entities: Iterable[Entity],
    findings: Iterable[Finding],
    events: Iterable[Event] = (),
    headlines: Iterable[Headline] = (),
    *,
    claim_sources: Mapping[str, str] | None = None,
    quote_speakers: Mapping[str, str] | None = None,
    claim_subgroups: Mapping[str, str] | None = None,
) -> None:
    """Replace the cross-document layers, all in one transaction.

    ``claim_sources`` and ``quote_speakers`` map a claim or quote id to the entity id its source or
    speaker was linked to; ``claim_subgroups`` maps a claim id to the group it counts as a part of a larger whole.
    """
    with transaction(conn):
        conn.execute("UPDATE mentions SET entity_id = NULL")
        conn.execute("UPDATE claims SET source_entity = NULL, subgroup = NULL")
        conn.execute("UPDATE quotes SET speaker_entity = NULL")
        for table in ("headline_claims", "headlines", "finding_claims", "findings", "event_entities", "event_evidence",
                      "event_documents", "events", "entity_descriptions", "entity_aliases", "entities"):
            conn.execute(f"DELETE FROM {table}")
        for e in entities:
            conn.execute("INSERT INTO entities (id, name, type, resolver) VALUES (?, ?, ?, ?)", (e.id, e.name, e.type, e.resolver))
            conn.executemany(
                "INSERT INTO entity_aliases (entity_id, alias, document_id, count) VALUES (?, ?, ?, ?)",
                [(e.id, a.text, a.document, a.count) for a in e.aliases],
            )
            conn.executemany("INSERT INTO entity_descriptions (entity_id, seq, description) VALUES (?, ?, ?)",
                             [(e.id, i, d) for i, d in enumerate(e.descriptions)])
            conn.executemany("UPDATE mentions SET entity_id = ? WHERE id = ?", [(e.id, m) for m in e.mentions])
        conn.executemany("UPDATE claims SET source_entity = ? WHERE id = ?",
                         [(entity, claim) for claim, entity in (claim_sources or {}).items()])
        conn.executemany("UPDATE claims SET subgroup = ? WHERE id = ?",
                         [(group, claim) for claim, group in (claim_subgroups or {}).items()])
        conn.executemany("UPDATE quotes SET speaker_entity = ? WHERE id = ?",
                         [(entity, quote) for quote, entity in (quote_speakers or {}).items()])
        for f in findings:
            conn.execute("INSERT INTO findings (id, measure, kind, summary) VALUES (?, ?, ?, ?)", (f.id, f.measure, f.kind, f.summary))
            conn.executemany(
                "INSERT INTO finding_claims (finding_id, claim_id, seq) VALUES (?, ?, ?)",
                [(f.id, c, i) for i, c in enumerate(f.claims)],
            )
        for seq, h in enumerate(headlines):
            conn.execute(
                "INSERT INTO headlines (id, measure, scope, unit, value_low, value_high, qualifier, as_of, rule, seq) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (h.id, h.measure, h.scope, h.unit, h.value_low, h.value_high, h.qualifier, h.as_of, h.rule, seq),
            )
            conn.executemany("INSERT INTO headline_claims (headline_id, claim_id, seq) VALUES (?, ?, ?)",
                             [(h.id, c, i) for i, c in enumerate(h.claims)])
        for ev in events:
            conn.execute("INSERT INTO events (id, date, granularity, summary) VALUES (?, ?, ?, ?)",
                         (ev.id, ev.date, ev.granularity, ev.summary))
            conn.executemany("INSERT INTO event_documents (event_id, document_id) VALUES (?, ?)", [(ev.id, d) for d in ev.documents])
            conn.executemany("INSERT INTO event_evidence (event_id, document_id, start_char, end_char, date) VALUES (?, ?, ?, ?, ?)",
                             [(ev.id, x.document, x.start, x.end, x.date) for x in ev.evidence])
            conn.executemany("INSERT INTO event_entities (event_id, entity_id) VALUES (?, ?)", [(ev.id, x) for x in ev.entities])


# --- reading for export and report -------------------------------------------------------------------------

def counts(conn: sqlite3.Connection) -> dict[str, int]:
    return {table: conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}


def rows(conn: sqlite3.Connection, table: str, order: str = "rowid") -> list[dict[str, Any]]:
    """All rows of one of the dossier's tables, as dicts."""
    if table not in TABLES:
        raise StoreError(f"unknown table {table!r}")
    return [dict(r) for r in conn.execute(f"SELECT * FROM {table} ORDER BY {order}")]


def documents_in_order(conn: sqlite3.Connection) -> list[dict[str, Any]]:
    """Documents by publication date (undated last), then source."""
    return [dict(r) for r in conn.execute(
        "SELECT * FROM documents ORDER BY published IS NULL, published, source")]
