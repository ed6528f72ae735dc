from __future__ import annotations

import sqlite3

import pytest

from newsdossier.clean import clean
from newsdossier.errors import StoreError
from newsdossier.records import Alias, Entity, Finding, Mention, RawArticle
from newsdossier.store import connect, counts, db
from newsdossier.store.migrations import LATEST
from newsdossier.records import DocumentResult


def result(text: str = "Temirova spoke in Marenta.", source: str = "a.txt") -> DocumentResult:
    article = clean(RawArticle(source=source, format="record", content=text))
    mentions = (
        Mention(document=article.id, start=0, end=8, text="Temirova", label="PERSON", extractor="t"),
        Mention(document=article.id, start=18, end=25, text="Marenta", label="GPE", extractor="t"),
    )
    return DocumentResult(article=article, mentions=mentions)


def test_new_dossier_is_at_the_latest_schema_with_every_table(conn):
    assert db.schema_version(conn) == LATEST
    assert conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(LATEST)
    assert set(counts(conn)) == set(db.TABLES)
    assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_reopening_does_not_migrate_again(tmp_path):
    path = tmp_path / "d.db"
    first = connect(path)
    db.insert_document(first, result())
    first.close()
    again = connect(path)
    assert counts(again)["documents"] == 1 and db.schema_version(again) == LATEST


def test_refuses_newer_foreign_and_non_sqlite_files(tmp_path):
    newer = tmp_path / "newer.db"
    raw = sqlite3.connect(newer)
    raw.execute(f"PRAGMA user_version = {LATEST + 1}")
    raw.close()
    with pytest.raises(StoreError, match="newer"):
        connect(newer)
    foreign = tmp_path / "foreign.db"
    raw = sqlite3.connect(foreign)
    raw.execute("CREATE TABLE invoices (id)")
    raw.close()
    with pytest.raises(StoreError, match="not a newsdossier dossier"):
        connect(foreign)
    text = tmp_path / "notes.db"
    text.write_text("this is not a database at all, just some words " * 20)
    with pytest.raises(StoreError, match="not a usable SQLite dossier"):
        connect(text)
    with pytest.raises(StoreError, match="no such dossier"):
        connect(tmp_path / "missing.db", create=False)


def test_a_failing_document_write_leaves_nothing_behind(conn):
    good = result()
    db.insert_document(conn, good)
    bad = result("Another text about Marenta.", "b.txt")
    clash = Mention(document=bad.article.id, start=0, end=7, text="Another", label="ORG", extractor="t")
    broken = DocumentResult(article=bad.article, mentions=(clash, clash))  # duplicate primary key on the second row
    with pytest.raises(sqlite3.IntegrityError):
        db.insert_document(conn, broken)
    assert counts(conn)["documents"] == 1
    assert counts(conn)["mentions"] == 2
    assert counts(conn)["document_sources"] == 1
    assert not conn.in_transaction


def test_cross_document_layers_are_replaced_atomically(conn):
    stored = result()
    db.insert_document(conn, stored)
    m = stored.mentions[0]
    person = Entity(id="ent-1", name="Temirova", type="PERSON", aliases=(Alias(text="Temirova", document=m.document, count=1),),
                    mentions=(m.id,), resolver="t")
    db.replace_cross_document(conn, [person], [])
    assert conn.execute("SELECT entity_id FROM mentions WHERE id = ?", (m.id,)).fetchone()[0] == "ent-1"
    orphan = Finding(id="f-1", measure="deaths", kind="agreement", claims=("no-such-claim",), summary="x")
    with pytest.raises(sqlite3.IntegrityError):
        db.replace_cross_document(conn, [], [orphan])
    assert counts(conn)["entities"] == 1  # the failed replacement changed nothing
    assert conn.execute("SELECT entity_id FROM mentions WHERE id = ?", (m.id,)).fetchone()[0] == "ent-1"


def test_copies_are_recorded_once(conn):
    stored = result()
    db.insert_document(conn, stored)
    copy = clean(RawArticle(source="copy.txt", format="record", content=stored.article.text, outlet="Wire"))
    assert db.add_copy(conn, stored.article.id, copy) is True
    assert db.add_copy(conn, stored.article.id, copy) is False
    assert counts(conn)["document_sources"] == 2


def test_a_version_1_dossier_migrates_and_keeps_its_rows(tmp_path):
    from newsdossier.store.migrations import MIGRATIONS

    path = tmp_path / "v1.db"
    raw = sqlite3.connect(path, isolation_level=None)
    for statement in db._statements(MIGRATIONS[0][1]):
        raw.execute(statement)
    raw.execute("PRAGMA user_version = 1")
    raw.execute("INSERT INTO documents (id, content_hash, source, text, added_at) VALUES ('doc-1', 'h', 'a.txt', 'Body.', 'now')")
    raw.close()
    conn = connect(path)
    assert db.schema_version(conn) == LATEST
    row = conn.execute("SELECT id, text, duplicate_of FROM documents").fetchone()
    assert tuple(row) == ("doc-1", "Body.", None)
    assert counts(conn)["captions"] == 0
