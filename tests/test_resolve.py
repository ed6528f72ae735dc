from __future__ import annotations

import random
import time

from newsdossier.records import Mention
from newsdossier.resolve import name_key, resolve_entities


def m(document: str, start: int, text: str, label: str, refers_to: str | None = None,
      description: str | None = None) -> Mention:
    return Mention(document=document, start=start, end=start + len(text), text=text, label=label, extractor="t",
                   refers_to=refers_to, description=description)


def by_name(mentions: list[Mention]) -> dict[str, set[tuple[str, str]]]:
    """Canonical name -> {(document, text)} of its mentions."""
    index = {x.id: x for x in mentions}
    return {e.name: {(index[i].document, index[i].text) for i in e.mentions} for e in resolve_entities(mentions)}


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
        m("d4", 80, "Temirova", "PERSON"),  # a surname alone joins the only person with that surname
    ]
    entities = resolve_entities(mentions)
    names = {e.name: e for e in entities}
    aliya = names["Aliya Temirova"]
    assert aliya.type == "PERSON"
    assert len(aliya.mentions) == 5
    assert {(a.text, a.document, a.count) for a in aliya.aliases} == {
        ("Aliya Temirova", "d1", 2), ("Aliya Temirova", "d2", 1), ("ALIYA TEMIROVA", "d2", 1), ("Temirova", "d4", 1)}
    assert set(names) == {"Aliya Temirova", "Marenta"}
    assert entities[0] is aliya  # most mentioned first


def test_label_ties_go_to_the_more_specific_label_and_ids_are_stable():
    one = resolve_entities([m("d1", 0, "Orvash", "ORG"), m("d2", 0, "Orvash", "GPE")])
    two = resolve_entities([m("d2", 0, "Orvash", "GPE"), m("d1", 0, "Orvash", "ORG"), m("d3", 0, "Veloria", "GPE")])
    assert one[0].type == "GPE"
    assert one[0].id == next(e.id for e in two if e.name == "Orvash")


def test_spelling_variants_merge_and_the_best_attested_spelling_names_the_entity():
    mentions = [
        m("a", 0, "Temirlan Oskarbayev", "PERSON"), m("a", 50, "Oskarbayev", "PERSON", refers_to="Temirlan Oskarbayev"),
        m("b", 0, "Temirlan Oskarbayev", "PERSON"), m("b", 70, "Marenta", "GPE"),
        m("c", 0, "Temirlan Oskarbaev", "PERSON"), m("c", 30, "Oskarbaev", "ORG", refers_to="Temirlan Oskarbaev"),
        m("d", 0, "T. Oskarbaev", "PERSON"),
        m("e", 0, "Karim Massimov", "PERSON"), m("f", 0, "Karim Masimov", "PERSON"),
    ]
    names = by_name(mentions)
    assert names["Temirlan Oskarbayev"] == {("a", "Temirlan Oskarbayev"), ("a", "Oskarbayev"), ("b", "Temirlan Oskarbayev"),
                                            ("c", "Temirlan Oskarbaev"), ("c", "Oskarbaev"), ("d", "T. Oskarbaev")}
    assert {("e", "Karim Massimov"), ("f", "Karim Masimov")} in names.values()


def test_namesakes_and_relatives_stay_apart():
    mentions = [
        m("a", 0, "Rustam Nazarov", "PERSON"), m("a", 40, "Timur Nazarov", "PERSON"),
        m("b", 0, "Timur Nazarov", "PERSON"),
        m("c", 0, "Nazarov", "PERSON"),  # either brother: stays apart
        m("d", 0, "Nursultan Nazarbayev", "PERSON"), m("d", 40, "Dariga Nazarbayeva", "PERSON"),
        m("e", 0, "Nazarbayeva", "PERSON"),  # his daughter, not him
        m("f", 0, "Nazarbayev", "PERSON"),
        m("g", 0, "A. Nazarov", "PERSON"),  # neither Rustam nor Timur
    ]
    names = by_name(mentions)
    assert names["Rustam Nazarov"] == {("a", "Rustam Nazarov")}
    assert names["Timur Nazarov"] == {("a", "Timur Nazarov"), ("b", "Timur Nazarov")}
    assert names["Nazarov"] == {("c", "Nazarov")}
    assert names["A. Nazarov"] == {("g", "A. Nazarov")}
    assert names["Nursultan Nazarbayev"] == {("d", "Nursultan Nazarbayev"), ("f", "Nazarbayev")}
    assert names["Dariga Nazarbayeva"] == {("d", "Dariga Nazarbayeva"), ("e", "Nazarbayeva")}


def test_an_ambiguous_surname_follows_the_person_it_shares_context_with():
    mentions = [
        m("a", 0, "Gulnara Sadykova", "PERSON"), m("a", 40, "Open Door", "ORG"),
        m("b", 0, "Aliya Sadykova", "PERSON"), m("b", 40, "Sarnokol", "GPE"),
        m("c", 0, "Sadykova", "PERSON"), m("c", 40, "Open Door", "ORG"),
    ]
    assert ("c", "Sadykova") in by_name(mentions)["Gulnara Sadykova"]


def test_a_city_and_its_region_and_a_person_named_like_a_place_stay_apart():
    mentions = [m("a", 0, "Orvash", "GPE"), m("a", 20, "Orvash Region", "GPE"), m("b", 0, "Orvash", "GPE"),
                m("c", 0, "Jordan", "PERSON"), m("c", 20, "Michael Jordan", "PERSON"), m("d", 0, "Jordan", "GPE"),
                m("e", 0, "Jordan", "GPE")]
    names = by_name(mentions)
    assert names["Orvash"] == {("a", "Orvash"), ("b", "Orvash")}
    assert names["Orvash Region"] == {("a", "Orvash Region")}
    assert names["Michael Jordan"] == {("c", "Jordan"), ("c", "Michael Jordan")}
    assert {("d", "Jordan"), ("e", "Jordan")} in names.values()


def test_acronyms_short_forms_and_equated_names_join_their_entity():
    mentions = [
        m("a", 0, "National Security Committee", "ORG"), m("a", 40, "NSC", "ORG", refers_to="National Security Committee"),
        m("b", 0, "NSC", "ORG"),  # defined elsewhere
        m("c", 0, "Open Hands Human Rights Centre", "ORG"), m("c", 40, "Open Hands", "ORG", refers_to="Open Hands Human Rights Centre"),
        m("d", 0, "Open Hands", "ORG"),
        m("e", 0, "Ketar Zhanvel", "EVENT"), m("e", 30, "Black January", "EVENT", refers_to="Ketar Zhanvel"),
        m("f", 0, "Black January", "EVENT"), m("g", 0, "Black January", "EVENT"),
    ]
    names = by_name(mentions)
    assert names["National Security Committee"] == {("a", "National Security Committee"), ("a", "NSC"), ("b", "NSC")}
    assert ("d", "Open Hands") in names["Open Hands Human Rights Centre"]
    # a translation is no short form: the better attested name is the canonical one
    assert names["Black January"] == {("e", "Ketar Zhanvel"), ("e", "Black January"), ("f", "Black January"),
                                      ("g", "Black January")}


def test_descriptions_are_kept_most_frequent_first():
    (entity,) = resolve_entities([
        m("a", 0, "Emil Tursan", "PERSON", description="ministry spokesman"),
        m("b", 0, "Emil Tursan", "PERSON", description="health ministry spokesman"),
        m("c", 0, "Emil Tursan", "PERSON", description="Ministry spokesman"),
    ])
    assert entity.descriptions == ("ministry spokesman", "health ministry spokesman")


def test_output_and_ids_do_not_depend_on_input_order_and_namesakes_get_distinct_ids():
    mentions = [m(f"d{i % 7}", i * 30, text, label) for i, (text, label) in enumerate(
        [("Nazarov", "PERSON"), ("Rustam Nazarov", "PERSON"), ("Nazarov", "PERSON"), ("Timur Nazarov", "PERSON"),
         ("Orvash", "GPE"), ("Orvash", "ORG"), ("NSC", "ORG"), ("National Security Committee", "ORG")] * 3)]
    first = resolve_entities(mentions)
    shuffled = list(mentions)
    random.Random(4).shuffle(shuffled)
    assert resolve_entities(shuffled) == first
    assert len({e.id for e in first}) == len(first)


def test_resolution_grows_linearly_with_the_number_of_mentions():
    def pool(n: int) -> list[Mention]:
        rng = random.Random(n)
        names = [f"{rng.choice(['Aru', 'Bek', 'Dan', 'Eri'])} {rng.choice(['Kas', 'Mor', 'Tal'])}{i % 500}ov" for i in range(n)]
        return [m(f"doc{i // 20}", (i % 20) * 40, name, "PERSON") for i, name in enumerate(names)]

    timings = []
    for n in (4_000, 16_000):
        mentions = pool(n)
        started = time.perf_counter()
        resolve_entities(mentions)
        timings.append(time.perf_counter() - started)
    assert timings[1] < 4 * timings[0] * 2.5  # four times the mentions: well under sixteen times the time
