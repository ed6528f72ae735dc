from __future__ import annotations

from newsdossier.records import Mention
from newsdossier.resolve import name_key, resolve_entities


def m(document: str, start: int, text: str, label: str) -> Mention:
    return Mention(document=document, start=start, end=start + len(text), text=text, label=label, extractor="t")


def test_name_key_folds_case_apostrophes_articles_and_possessives():
    assert name_key("The National  Security Committee") == "national security committee"
    assert name_key("Temirova’s") == name_key("TEMIROVA's") == name_key("Temirova") == "temirova"


def test_exact_names_merge_across_documents_with_label_vote_and_canonical_form():
    mentions = [
        m("d1", 0, "Aliya Temirova", "PERSON"),
        m("d1", 40, "Aliya Temirova", "PERSON"),
        m("d2", 5, "Aliya Temirova", "ORG"),  # one mislabel is outvoted
        m("d2", 60, "ALIYA TEMIROVA", "PERSON"),
        m("d3", 9, "Marenta", "GPE"),
        m("d2", 80, "Temirova", "PERSON"),  # a surname alone is not an exact name: stays apart here
    ]
    entities = resolve_entities(mentions)
    by_name = {e.name: e for e in entities}
    aliya = by_name["Aliya Temirova"]
    assert aliya.type == "PERSON"
    assert len(aliya.mentions) == 4
    assert {(a.text, a.document, a.count) for a in aliya.aliases} == {
        ("Aliya Temirova", "d1", 2), ("Aliya Temirova", "d2", 1), ("ALIYA TEMIROVA", "d2", 1)}
    assert set(by_name) == {"Aliya Temirova", "Marenta", "Temirova"}
    assert entities[0] is aliya  # most mentioned first


def test_label_ties_go_to_the_more_specific_label_and_ids_are_stable():
    one = resolve_entities([m("d1", 0, "Orvash", "ORG"), m("d2", 0, "Orvash", "GPE")])
    two = resolve_entities([m("d2", 0, "Orvash", "GPE"), m("d1", 0, "Orvash", "ORG"), m("d3", 0, "Veloria", "GPE")])
    assert one[0].type == "GPE"
    assert one[0].id == next(e.id for e in two if e.name == "Orvash")
