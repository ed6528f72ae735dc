from __future__ import annotations

import io
import json

import newsdossier
from newsdossier.store import connect, counts

ARTICLE_A = """Death toll rises in Marenta

By Jane Roe
2025-01-09

At least 164 people were killed in Marenta, a government-linked source said on Thursday.

President Aliya Temirova blamed foreign-trained groups. The National Security Committee said it detained 5,800 people.
"""

ARTICLE_B = """Curfew in Veloria

The curfew in Marenta was extended. Aliya Temirova spoke to the nation on television.

Opposition leader Temirlan Oskarbayev called for calm.
"""


def test_build_stores_articles_entities_and_failures(tmp_path, write):
    a = write("a.txt", ARTICLE_A)
    b = write("b.txt", ARTICLE_B)
    empty = write("empty.txt", "")
    report = newsdossier.build([a, empty, b], db=tmp_path / "d.db")
    assert len(report.added) == 2 and not report.ok
    assert [(f.source, "empty" in f.reason) for f in report.failures] == [(str(empty), True)]
    conn = connect(tmp_path / "d.db")
    table = counts(conn)
    assert table["documents"] == 2 and table["failures"] == 1 and table["mentions"] > 0
    row = conn.execute("SELECT title, published, published_basis, authors FROM documents WHERE source = ?", (str(a),)).fetchone()
    assert tuple(row) == ("Death toll rises in Marenta", "2025-01-09", "stated", '["Jane Roe"]')
    assert conn.execute("SELECT type FROM entities WHERE name = 'Aliya Temirova'").fetchone()["type"] == "PERSON"
    marenta = conn.execute("SELECT id, type FROM entities WHERE name = 'Marenta'").fetchone()
    docs = conn.execute("SELECT COUNT(DISTINCT document_id) FROM mentions WHERE entity_id = ?", (marenta["id"],)).fetchone()[0]
    assert (marenta["type"], docs) == ("GPE", 2)  # merged across the two articles
    assert conn.execute("SELECT COUNT(*) FROM mentions WHERE entity_id IS NULL").fetchone()[0] == 0


def test_rebuilding_adds_only_what_is_new_and_recomputes_entities(tmp_path, write):
    dossier = tmp_path / "d.db"
    a = write("a.txt", ARTICLE_A)
    first = newsdossier.build([a], db=dossier)
    ids_before = {e["name"]: e["id"] for e in newsdossier.export(dossier)["entities"]}
    again = newsdossier.build([a], db=dossier)
    assert (first.added, again.added, again.skipped) == ([first.added[0]], [], [str(a)])
    b = write("b.txt", ARTICLE_B)
    third = newsdossier.build([a, b], db=dossier)
    assert len(third.added) == 1
    data = newsdossier.export(dossier)
    assert len(data["documents"]) == 2
    after = {e["name"]: e for e in data["entities"]}
    assert after["Marenta"]["id"] == ids_before["Marenta"]  # ids derive from content
    assert len({m["document"] for m in after["Marenta"]["mentions"]}) == 2


def test_copies_are_stored_once_with_every_outlet(tmp_path, write):
    body = "At least 164 people were killed in Marenta, officials said.\n\nThe curfew was extended."
    records = [{"text": body, "outlet": "Steppe Wire"}, {"text": body, "outlet": "Coastal Post"}]
    jsonl = write("wire.jsonl", "\n".join(json.dumps(r) for r in records))
    later = write("later.json", json.dumps({"text": body, "outlet": "Third Outlet"}))
    report = newsdossier.build([jsonl, later], db=tmp_path / "d.db")
    assert len(report.added) == 1 and len(report.duplicates) == 2 and report.ok
    (document,) = newsdossier.export(tmp_path / "d.db")["documents"]
    assert [c["outlet"] for c in document["copies"]] == ["Steppe Wire", "Coastal Post", "Third Outlet"]


def test_stdin_build(tmp_path):
    report = newsdossier.build(["-"], db=tmp_path / "d.db", stdin=io.BytesIO(ARTICLE_B.encode()))
    assert len(report.added) == 1
    assert newsdossier.export(tmp_path / "d.db")["documents"][0]["source"] == "<stdin>"


def test_progress_callback_sees_every_input(tmp_path, write):
    events = []
    newsdossier.build([write("a.txt", ARTICLE_A), write("e.txt", "")], db=tmp_path / "d.db",
                      progress=lambda event, source: events.append(event))
    assert events.count("read") == 2 and events.count("stored") == 1


def test_two_processes_give_the_same_dossier(tmp_path, write):
    from dataclasses import replace

    from newsdossier.config import DEFAULT_SETTINGS

    paths = [write("a.txt", ARTICLE_A), write("b.txt", ARTICLE_B)]
    newsdossier.build(paths, db=tmp_path / "one.db")
    newsdossier.build(paths, db=tmp_path / "two.db", settings=replace(DEFAULT_SETTINGS, n_process=2, batch_size=1))

    def entities(path):
        return sorted((e["id"], e["name"], len(e["mentions"])) for e in newsdossier.export(path)["entities"])

    assert entities(tmp_path / "one.db") == entities(tmp_path / "two.db")


def test_a_group_counted_beside_the_overall_toll_is_stored_and_exported_as_a_part(tmp_path, write):
    early = write("early.txt", "Security forces mourn\n\n2025-01-06\n\n"
                               "The interior ministry said eight members of the security forces had been killed.\n")
    later = write("later.txt", "Toll rises\n\n2025-01-22\n\nThe health ministry said 227 people had been killed.\n")
    wire = write("wire.txt", "Final toll\n\n2025-01-23\n\nOfficials put the death toll at 227 on Thursday.\n")
    dossier = tmp_path / "d.db"
    newsdossier.build([early, later], db=dossier)
    conn = connect(dossier)
    rows = {r["value_low"]: r["subgroup"] for r in conn.execute("SELECT value_low, subgroup FROM claims")}
    assert rows == {8.0: None, 227.0: None}  # one article's larger figure is not enough to make the 8 a part
    newsdossier.build([early, later, wire], db=dossier)
    rows = {r["value_low"]: r["subgroup"] for r in conn.execute("SELECT value_low, subgroup FROM claims")}
    assert rows == {8.0: "members of the security forces", 227.0: None}
    data = newsdossier.export(dossier)
    overall = [h for h in data["headlines"] if h["measure"] == "deaths" and h["scope"] is None]
    assert [h["value_low"] for h in overall] == [227.0]  # the ministry's own dead are not a rival toll
    assert not [f for f in data["findings"] if f["kind"] == "disagreement"]
    assert {c["subgroup"] for c in data["claims"]} == {"members of the security forces", None}


def test_a_stub_page_with_a_headline_is_stored_and_its_headline_read(tmp_path, write, caplog):
    playlist = "1:29 Police respond to shooting on 17th Avenue\n\n1:15 Prosecutor says killer's story 'didn't add up'"
    records = write("stubs.jsonl", "\n".join(json.dumps(r) for r in (
        {"title": "4 injured by gunfire in Sacramento", "text": playlist, "published": "2017-01-15"},
        {"title": "2 Phenix City men charged with attempted murder", "text": playlist, "published": "2017-01-16"},
    )))
    dossier = tmp_path / "d.db"
    with caplog.at_level("WARNING", logger="newsdossier.pipeline"):  # the CLI quiets this logger for its own runs
        report = newsdossier.build([records], db=dossier)
    assert len(report.added) == 2 and not report.near_duplicates and not report.failures
    assert [source.rsplit(":", 1)[1] for source in report.title_only] == ["1", "2"]
    assert "only its title is read" in caplog.text
    data = newsdossier.export(dossier)
    assert [d["text"] for d in data["documents"]] == ["", ""]
    figures = {(c["measure"], c["value_low"], c["field"]) for c in data["claims"]}
    assert ("injuries", 4.0, "title") in figures
    html = tmp_path / "report.html"
    newsdossier.write_report(dossier, html)
    page = html.read_text(encoding="utf-8")
    assert "4 injured by gunfire in Sacramento" in page and "only its headline is read" in page
