from __future__ import annotations

import json

import newsdossier
from newsdossier.dedupe import NearDuplicateIndex, signature

BASE = (
    "Security forces opened fire on protesters in Unity Square early on Monday, witnesses said, after a night in "
    "which crowds set fire to the mayor's office and briefly seized the airport. The health ministry said 164 people "
    "had been killed across the country, a figure the government later withdrew. Paragraph 3: the president blamed "
    "foreign-trained groups for the violence and declared a state of emergency with a curfew from eleven at night "
    "until seven in the morning. Rights groups said thousands had been detained, among them journalists and "
    "lawyers, and that families had no news of relatives held in police stations on the outskirts of the capital. "
    "The internet was cut for five days, and banks and shops stayed closed until Thursday, when the first flights "
    "left the reopened airport. The prosecutor general said criminal cases had been opened for terrorism, mass "
    "riots and murder, and that foreign citizens were among those arrested. Opposition figures abroad called for an "
    "international inquiry, saying the official toll was far too low and that the real number of dead would only be "
    "known when the morgues were opened to independent observers."
)


def test_light_edits_match_and_other_articles_do_not():
    index = NearDuplicateIndex()
    index.add("a", signature(BASE))
    edited = BASE.replace("Paragraph 3:", "Paragraph three:") + " An update: the toll rose to 230."
    match = index.query(signature(edited))
    assert match is not None and match.document == "a" and match.similarity >= 0.8
    other = " ".join(f"Item {i}: the central bank raised interest rates by half a point on Thursday." for i in range(12))
    assert index.query(signature(other)) is None


def test_links_point_at_the_first_version():
    index = NearDuplicateIndex()
    index.add("first", signature(BASE))
    index.add("second", signature(BASE + " One more line."), duplicate_of="first")
    match = index.query(signature(BASE + " One more line. And another."))
    assert match is not None and match.document == "first"


def test_near_duplicates_are_stored_linked_and_count_as_one_voice(tmp_path, write):
    a = write("a.txt", "Unrest in Marenta\n\n" + BASE)
    b = write("b.jsonl", json.dumps({"text": BASE.replace("opened fire", "fired"), "outlet": "Coastal Post"}))
    report = newsdossier.build([a, b], db=tmp_path / "d.db")
    assert len(report.added) == 2 and len(report.near_duplicates) == 1
    docs = {d["source"].split("/")[-1]: d for d in newsdossier.export(tmp_path / "d.db")["documents"]}
    first, copy = docs["a.txt"], docs["b.jsonl:1"]
    assert copy["duplicate_of"] == first["id"] and copy["similarity"] >= 0.8 and first["duplicate_of"] is None
    assert [(c["outlet"], c["similarity"] is None) for c in first["copies"]] == [(None, True), ("Coastal Post", False)]
    # a later build still finds it: signatures are stored
    c = write("c.json", json.dumps({"text": BASE + " Police later said 40 were detained.", "outlet": "Third"}))
    again = newsdossier.build([c], db=tmp_path / "d.db")
    assert again.near_duplicates and again.near_duplicates[0][1] == first["id"]
    from newsdossier.store import connect
    from newsdossier.store.db import document_voices

    voices = document_voices(connect(tmp_path / "d.db"))
    assert len(set(voices.values())) == 1  # three articles, one voice
