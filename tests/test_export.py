from __future__ import annotations

import copy

import pytest

import newsdossier
from newsdossier.errors import SchemaError
from newsdossier.export import json_schema, validate
from newsdossier.store import connect

from .test_pipeline import ARTICLE_A, ARTICLE_B


@pytest.fixture
def exported(tmp_path, write):
    newsdossier.build([write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)], db=tmp_path / "d.db")
    return newsdossier.export(tmp_path / "d.db")


def test_export_follows_the_contract(exported):
    validate(exported)
    assert exported["schema"] == "newsdossier/1"
    for key in ("documents", "entities", "claims", "quotes", "time_expressions", "events", "findings"):
        assert isinstance(exported[key], list)
    texts = {d["id"]: d["text"] for d in exported["documents"]}
    for entity in exported["entities"]:
        assert entity["aliases"] and entity["mentions"]
        for m in entity["mentions"]:
            assert texts[m["document"]][m["start"]:m["end"]] == m["text"]


def test_empty_dossier_exports_empty_arrays():
    data = newsdossier.export(connect(":memory:"))
    validate(data)
    assert data["documents"] == [] and data["findings"] == []


@pytest.mark.parametrize(
    ("path", "value"),
    [
        (("schema",), "newsdossier/2"),
        (("documents", 0, "published"), "9 January"),
        (("documents", 0, "published_basis"), "guessed"),
        (("entities", 0, "mentions", 0, "start"), "0"),
        (("claims",), [{"id": "c"}]),
    ],
)
def test_schema_catches_broken_exports(exported, path, value):
    broken = copy.deepcopy(exported)
    target = broken
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    with pytest.raises(SchemaError):
        validate(broken)


def test_removing_a_field_breaks_the_contract(exported):
    broken = copy.deepcopy(exported)
    del broken["documents"][0]["removed"]
    with pytest.raises(SchemaError, match="removed"):
        validate(broken)


def test_schema_is_documented():
    from pathlib import Path

    doc = (Path(__file__).resolve().parent.parent / "docs" / "SCHEMA.md").read_text()
    schema = json_schema()
    for name, definition in schema["$defs"].items():
        for field in definition.get("properties", {}):
            assert f"`{field}`" in doc, f"docs/SCHEMA.md does not describe {name}.{field}"
