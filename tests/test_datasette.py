"""The dossier opens as it is in sqlite-utils and Datasette."""

from __future__ import annotations

import asyncio

import pytest

import newsdossier

from .test_pipeline import ARTICLE_A


@pytest.fixture
def dossier(tmp_path, write):
    newsdossier.build([write("a.txt", ARTICLE_A)], db=tmp_path / "d.db")
    return tmp_path / "d.db"


def test_sqlite_utils_sees_plain_tables_with_foreign_keys(dossier):
    import sqlite_utils

    database = sqlite_utils.Database(dossier)
    assert {"documents", "entities", "mentions", "claims", "findings"} <= set(database.table_names())
    fks = {(fk.column, fk.other_table) for fk in database["mentions"].foreign_keys}
    assert ("document_id", "documents") in fks and ("entity_id", "entities") in fks
    assert database["documents"].count == 1


def test_datasette_serves_the_file(dossier):
    from datasette.app import Datasette

    async def fetch():
        ds = Datasette([str(dossier)])
        response = await ds.client.get("/d/mentions.json?_shape=array&_labels=on")
        return response.status_code, response.json()

    status, rows = asyncio.run(fetch())
    assert status == 200 and rows
    assert all(row["document_id"] for row in rows)
