"""Round 5b of the numeric-claim rules: value, qualifier and measure misses of the development items c594–c615, in
words of our own.

Each test fails without the rule it names (checked against rules-claims/5 before this round).
"""

from __future__ import annotations

import pytest

from newsdossier.extract.claims.counted import released_key
from newsdossier.extract.claims.shares import fraction_qualifier

from ..conftest import extracted_claims


def claims(text: str, nlp) -> list[tuple[str, float | None, float | None, str, str]]:
    """(span, low, high, qualifier, measure) of every claim of the text, in order."""
    return [(c.text, c.value_low, c.value_high, c.qualifier, c.measure) for c in extracted_claims(text, nlp, "2025-06-02")]


def measures(text: str, nlp) -> list[tuple[str, str]]:
    return [(span, measure) for span, _, _, _, measure in claims(text, nlp)]


@pytest.mark.parametrize("text, expected", [
    # people landed by a sea rescue are survivors, and so are the parts named after "among them"
    ("A coastguard cutter brought ashore 63 people, among them nine children and two pregnant women.",
     [("63", "survivors"), ("nine", "survivors"), ("two", "survivors")]),
    ("Fishermen pulled 12 sailors to shore after the trawler sank.", [("12", "survivors")]),
])
def test_people_brought_ashore_are_survivors(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_bodies_brought_ashore_stay_dead(nlp):
    assert measures("The navy brought ashore 14 bodies on Tuesday.", nlp) == [("14", "deaths")]


@pytest.mark.parametrize("text, expected", [
    ("Some 8,000 residents have left the river towns since the dam was breached.", [("Some 8,000", "displaced")]),
    ("More than 2,000 families left their villages in the valley last month.", [("More than 2,000", "displaced")]),
])
def test_people_who_left_where_they_lived_are_displaced(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_share_of_them_follows_the_displaced_total(nlp):
    # the total is found now, so the share "of them" is a part of it, not a percentage of children
    text = "About 9,000 people have left the frontier villages, the mayor says, roughly half of them elderly."
    assert claims(text, nlp) == [("About 9,000", 9000, 9000, "about", "displaced"),
                                 ("roughly half", 4500, 4500, "about", "displaced")]


@pytest.mark.parametrize("text, expected", [
    ("Nearly 700 villagers are still in relief camps outside the town.", [("Nearly 700", "displaced")]),
    # translated word order: the place of shelter first, the figure after the verb
    ("In emergency shelters of the province stay 1 thousand 300 Inhabitants, informs the governor.",
     [("1 thousand 300", "displaced")]),
])
def test_people_staying_in_shelters_are_displaced(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_moved_to_evacuation_centres_stays_evacuated(nlp):
    assert measures("Officials moved 450 patients to evacuation centres overnight.", nlp) == [("450", "evacuated")]


@pytest.mark.parametrize("text, expected", [
    # the participle after "the number of X" belongs to X (decision 17: a poisoning hurts)
    ("The school board put the number of children poisoned at 85.", [("85", "injuries")]),
    ("Medics put the number of hikers hurt at 23.", [("23", "injuries")]),
    # no event word: the plural noun is the key, as before
    ("The council put the number of homes flooded at 300.", [("300", "homes")]),
])
def test_participle_after_the_number_of(nlp, text, expected):
    assert measures(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("Close to one in four of the 2,000 delegates at the congress were women.", (500, 500, "about")),
    ("Around a quarter of the 1,200 homes were destroyed.", (300, 300, "about")),
    ("Approximately half of the 640 migrants held there have been moved.", (320, 320, "about")),
    ("Just over half of the 900 workers joined the strike.", (450, 900, "more_than")),
])
def test_share_qualifiers(nlp, text, expected):
    share = claims(text, nlp)[0]
    assert share[1:4] == expected


def test_fraction_qualifier_words():
    assert fraction_qualifier("Close to") == "about"
    assert fraction_qualifier("just  under") == "less_than"
    assert fraction_qualifier(None) == "exact"


@pytest.mark.parametrize("text, expected", [
    # released people take the noun of those they were among, a plain noun for people too
    ("Of the 58 people detained on Friday, 40 have been freed without charge.",
     [("58", "arrests"), ("40", "people")]),
    # translated order: the noun follows the total's participle
    ("From 96 arrested on the weekend Persons 31 are released on bail, informs the police.",
     [("96", "arrests"), ("31", "persons")]),
    ("Of the 20 suspects detained, 14 were released.", [("20", "arrests"), ("14", "suspects")]),
])
def test_released_people_are_counted_by_their_noun(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_released_key():
    assert released_key("Persons") == "persons"
    assert released_key("suspects") == "suspects"
    assert released_key("them") is None
    assert released_key("others") is None


def test_a_share_that_has_left_since_a_war_began_is_displaced(nlp):
    text = "Roughly one in four of the valley's 8,000 inhabitants have left since the floods began."
    assert claims(text, nlp)[0] == ("Roughly one in four", 2000, 2000, "about", "displaced")


def test_leaving_alone_is_no_displacement(nlp):
    assert measures("All 30 guests had left, the manager said.", nlp) == [("30", "guests")]


@pytest.mark.parametrize("text, expected", [
    # none of them found: the whole group is missing
    ("None of the seven divers has been found.", [("seven", "missing")]),
    ("Not one of the 14 crew has yet been located, the navy said.", [("14", "missing")]),
    # found guilty is no search
    ("None of the 9 suspects has been found guilty.", [("9", "suspects")]),
])
def test_none_of_a_group_found(nlp, text, expected):
    assert measures(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a bare figure takes the noun of the object of the verb it is joined to (no key fits: the noun is the key)
    ("Raiders killed 9 villagers and abducted about 30, officials said.", [("9", "deaths"), ("about 30", "villagers")]),
    ("Militants shot dead 4 people and seized at least 15 near the border.", [("4", "deaths"), ("at least 15", "people")]),
])
def test_bare_figure_borrows_the_parallel_object(nlp, text, expected):
    assert measures(text, nlp) == expected
