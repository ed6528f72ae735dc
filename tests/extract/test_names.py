from __future__ import annotations

import pytest

from newsdossier.extract.entities.names import (
    first_names_agree,
    fold,
    initials,
    is_acronym,
    is_region_of,
    is_short_form,
    name_variant_key,
    person_parts,
    strip_titles,
    variant_key,
    words,
)


def test_fold_transliterates_and_drops_article_and_possessive():
    assert fold("The  Navrátil’s") == "navratil"
    assert fold("Almaty's") == fold("ALMATY") == "almaty"
    assert fold("the Smiths'") == "smiths"


@pytest.mark.parametrize(("a", "b"), [
    ("Massimov", "Masimov"), ("Oskarbayev", "Oskarbaev"), ("Tokayev", "Tokaev"), ("Yelena", "Elena"),
    ("Aliyev", "Aliev"), ("Zhanibekov", "Janibekov"), ("Khamitov", "Hamitov"), ("Navrátil", "Navratil"),
])
def test_spelling_variants_share_a_key(a, b):
    assert variant_key(a) == variant_key(b)


@pytest.mark.parametrize(("a", "b"), [("Nazarbayev", "Nazarbayeva"), ("Oreshkin", "Oreshkina"), ("Rustam", "Timur")])
def test_relatives_and_other_names_keep_different_keys(a, b):
    assert variant_key(a) != variant_key(b)


def test_organisation_keys_fold_spelling_and_corporate_forms():
    assert name_variant_key("Open Hands Human Rights Centre") == name_variant_key("Open Hands Human Rights Center")
    assert name_variant_key("Apple Inc.") == name_variant_key("Apple")
    assert name_variant_key("Apple Corps") != name_variant_key("Apple")


@pytest.mark.parametrize(("text", "parts"), [
    ("President Kassym-Jomart Tokayev", ("kassym-jomart", "tokayev")),
    ("Mr. Oskarbayev", (None, "oskarbayev")),
    ("T. Oskarbaev", ("t.", "oskarbaev")),
    ("Head of State Ilena Tarkhal", ("ilena", "tarkhal")),
    ("Ludwig van Beethoven", ("ludwig", "van beethoven")),
    ("Arcade Joseph Comeaux Jr.", ("arcade", "comeaux")),
])
def test_person_parts(text, parts):
    assert person_parts(text) == parts


def test_strip_titles_keeps_the_last_word():
    assert strip_titles(words("Justice Minister Arno Keldys")) == ["arno", "keldys"]
    assert strip_titles(words("President")) == ["president"]


@pytest.mark.parametrize(("a", "b", "agree"), [
    ("temirlan", "temirlan", True), ("t.", "temirlan", True), ("a.", "temirlan", False),
    ("jomart", "kassym-jomart", True), ("yerlan", "erlan", True), ("rustam", "timur", False), (None, "timur", True),
])
def test_first_names_agree(a, b, agree):
    assert first_names_agree(a, b) is agree


def test_acronyms_and_initials():
    assert is_acronym("NSC") and is_acronym("U.N.") and not is_acronym("MARENTA") and not is_acronym("Apple")
    assert initials("Collective Security Treaty Organization") == {"csto"}
    assert initials("Ministry of Internal Affairs") == {"mia", "moia"}


def test_short_forms_and_other_names():
    assert is_short_form("Tarkhal", "Ilena Tarkhal") and is_short_form("NSC", "National Security Committee")
    assert is_short_form("Open Hands", "Open Hands Human Rights Centre")
    assert not is_short_form("Black January", "Ketar Zhanvel")  # a translation is a name of its own


def test_a_region_is_not_its_city():
    assert is_region_of("Orvash Region", "Orvash") and is_region_of("the Marenta Province", "Marenta")
    assert not is_region_of("Orvash City Hospital", "Orvash")
