"""The bundled example corpus builds into the dossier its README describes (what `make demo` shows)."""

from __future__ import annotations

import pytest

import newsdossier

from .conftest import EXAMPLE

ARTICLES = EXAMPLE / "articles"


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("demo") / "dossier.db"
    report = newsdossier.build([ARTICLES], db=path)
    return report, newsdossier.export(path), path


def test_every_example_input_is_read_and_the_syndicated_copy_is_folded(demo):
    report, data, _ = demo
    assert report.ok, report.failures
    assert len(report.added) == 9 and len(report.duplicates) == 1
    steppe = next(d for d in data["documents"] if d["outlet"] == "Steppe Wire Service")
    assert [c["outlet"] for c in steppe["copies"]] == ["Steppe Wire Service", "Coastal Evening Post"]
    newsdossier.validate(data)


def test_example_metadata(demo):
    _, data, _ = demo
    by_outlet = {d["outlet"]: d for d in data["documents"]}
    assert (by_outlet["Meridian Press Agency"]["published"], by_outlet["Meridian Press Agency"]["published_basis"]) == \
        ("2025-01-06", "stated")
    assert by_outlet["Orvash Courier"]["published"] == "2025-01-10"
    assert by_outlet["Marenta Daily Ledger"]["published_basis"] == "metadata"
    assert by_outlet["Harbourline Weekly"]["published"] is None  # the undated article stays undated
    assert by_outlet["Global Affairs Monitor"]["authors"] == ["Priya Ostrander"]
    assert all(d["title"] for d in data["documents"])
    for d in data["documents"]:
        assert not d["text"].startswith(d["title"]), "the headline is metadata, not body"


def test_example_entities(demo):
    _, data, _ = demo
    types = {e["name"]: e["type"] for e in data["entities"]}
    assert types.get("Ilena Tarkhal") == "PERSON"
    assert types.get("Marenta") == "GPE"
    assert types.get("National Security Committee") == "ORG"
    tarkhal = next(e for e in data["entities"] if e["name"] == "Ilena Tarkhal")
    assert len({m["document"] for m in tarkhal["mentions"]}) >= 5


def test_example_report(demo, tmp_path):
    _, _, path = demo
    html = newsdossier.write_report(path, tmp_path / "report.html").read_text()
    assert "Steppe Wire Service" in html and "also: Coastal Evening Post" in html
    assert "artifacts repaired" in html and "“UUnprecedented” → “Unprecedented”" in html
    assert "photo caption" in html
