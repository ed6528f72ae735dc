from __future__ import annotations

from newsdossier.extract.entities.shortforms import link_short_forms, vote_labels
from newsdossier.records import Mention


def doc(*items: tuple[str, str]) -> list[Mention]:
    """Mentions of one document at increasing offsets: (text, label) pairs."""
    out, at = [], 0
    for text, label in items:
        out.append(Mention(document="d", start=at, end=at + len(text), text=text, label=label, extractor="t"))
        at += len(text) + 10
    return out


def links(*items: tuple[str, str]) -> list[tuple[str, str | None]]:
    return [(m.text, m.refers_to) for m in link_short_forms(doc(*items))]


def test_surnames_titles_and_initials_refer_to_the_full_name():
    assert links(("Ilena Tarkhal", "PERSON"), ("Tarkhal", "ORG"), ("Ms. Tarkhal", "PERSON"), ("E. Tursan", "PERSON"),
                 ("Emil Tursan", "PERSON")) == [
        ("Ilena Tarkhal", None), ("Tarkhal", "Ilena Tarkhal"), ("Ms. Tarkhal", "Ilena Tarkhal"),
        ("E. Tursan", "Emil Tursan"), ("Emil Tursan", None)]


def test_a_dropped_first_part_refers_to_the_fuller_name():
    assert links(("Kassym-Jomart Tokayev", "PERSON"), ("Jomart Tokayev", "PERSON"))[1] == ("Jomart Tokayev", "Kassym-Jomart Tokayev")


def test_a_surname_shared_by_two_people_stays_unlinked_and_an_initial_picks_one():
    found = links(("Rustam Nazarov", "PERSON"), ("Timur Nazarov", "PERSON"), ("Nazarov", "PERSON"), ("T. Nazarov", "PERSON"))
    assert found[2] == ("Nazarov", None)
    assert found[3] == ("T. Nazarov", "Timur Nazarov")


def test_a_place_is_never_a_persons_short_form():
    assert links(("George Washington", "PERSON"), ("Washington", "GPE"))[1] == ("Washington", None)


def test_organisation_short_forms_but_not_a_city_of_its_region():
    found = links(("Open Hands Human Rights Centre", "ORG"), ("Open Hands", "ORG"), ("Orvash Region", "GPE"),
                  ("Orvash", "GPE"), ("Indianapolis", "GPE"), ("Indianapolis Colts", "ORG"), ("Colts", "ORG"))
    assert found[1] == ("Open Hands", "Open Hands Human Rights Centre")
    assert found[3] == ("Orvash", None)
    assert found[6] == ("Colts", "Indianapolis Colts")


def test_an_acronym_refers_to_the_one_name_it_spells():
    assert links(("Collective Security Treaty Organization", "ORG"), ("CSTO", "ORG"))[1] == \
        ("CSTO", "Collective Security Treaty Organization")
    two = links(("National Security Committee", "ORG"), ("National Statistics Council", "ORG"), ("NSC", "ORG"))
    assert two[2] == ("NSC", None)  # two names spell it: no guess


def test_labels_follow_the_vote_and_short_forms_take_their_full_names_label():
    voted = vote_labels(link_short_forms(doc(("Lidiya Karaman", "PERSON"), ("Karaman", "ORG"), ("Karaman", "ORG"),
                                             ("Marenta", "GPE"), ("MARENTA", "PERSON"), ("Marenta", "GPE"))))
    assert [m.label for m in voted] == ["PERSON", "PERSON", "PERSON", "GPE", "GPE", "GPE"]


def test_a_name_that_starts_an_organisation_here_is_not_taken_for_the_person():
    found = links(("Ford Motor Company", "ORG"), ("William Clay Ford Jr.", "PERSON"), ("Ford", "ORG"), ("Ford", "PERSON"))
    assert found[2] == ("Ford", None)  # the company, as the model read it
    assert found[3] == ("Ford", "William Clay Ford Jr.")
