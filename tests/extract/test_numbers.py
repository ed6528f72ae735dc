from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.extract.numbers import find_numbers, value


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("At least 227 people died", [("At least 227", 227, 227, "at_least")]),
        ("some 300 were held", [("some 300", 300, 300, "about")]),
        ("between 40 and 50 bodies", [("between 40 and 50", 40, 50, "range")]),
        ("40–50 bodies", [("40–50", 40, 50, "range")]),
        ("dozens of protesters", [("dozens", 24, 99, "vague")]),
        ("tens of thousands marched", [("tens of thousands", 20_000, 99_999, "vague")]),
        ("several hundred homes", [("several hundred", 300, 900, "vague")]),
        ("two thousand troops", [("two thousand", 2_000, 2_000, "exact")]),
        ("a dozen officers", [("a dozen", 12, 12, "exact")]),
        ("more than $1.2 million", [("more than $1.2 million", 1_200_000, 1_200_000, "more_than")]),
        ("3 thousand 400 persons", [("3 thousand 400", 3_400, 3_400, "exact")]),
        ("3,5 million euro", [("3,5 million", 3_500_000, 3_500_000, "exact")]),
        ("fewer than 4,353 injured", [("fewer than 4,353", 4_353, 4_353, "less_than")]),
        ("the toll could exceed 1,000", [("exceed 1,000", 1_000, 1_000, "more_than")]),
        ("the earlier information about 12 victims", [("12", 12, 12, "exact")]),
        ("about 12 victims", [("about 12", 12, 12, "about")]),
        ("terms of three to nine years", [("three to nine", 3, 9, "range")]),
        ("two or three people", [("two or three", 2, 3, "range")]),
        ("from one to one", [("one", 1, 1, "exact"), ("one", 1, 1, "exact")]),
        # bounds in other words: a ceiling under "not", "the very least", "shy of", and bounds after the figure
        ("Not more than 40 people", [("Not more than 40", 40, 40, "at_most")]),
        ("at the very least 30 died", [("at the very least 30", 30, 30, "at_least")]),
        ("just shy of 2,000 residents", [("just shy of 2,000", 2_000, 2_000, "less_than")]),
        ("Fifty or more houses", [("Fifty or more", 50, 50, "at_least")]),
        ("20 or fewer seats", [("20 or fewer", 20, 20, "at_most")]),
        ("300 or so protesters", [("300 or so", 300, 300, "about")]),
        ("some 300 or more", [("some 300", 300, 300, "about")]),  # the first bound written wins
        ("the ministry informed about 45 detained", [("45", 45, 45, "exact")]),  # a verb of telling, translated
        ("sentenced to 7,5 years", [("7,5", 7.5, 7.5, "exact")]),  # a decimal comma before a span of time
        ("ages 7, 5 and 3", [("7", 7, 7, "exact"), ("5", 5, 5, "exact"), ("3", 3, 3, "exact")]),
        ("call (800) 873-8477 now", []),
        ("COVID-19 and the A380", []),
    ],
)
def test_find_numbers(text, expected):
    found = [(text[n.start:n.end], n.low, n.high, n.qualifier) for n in find_numbers(text)]
    assert found == [(t, float(lo), float(hi), q) for t, lo, hi, q in expected]


@given(st.integers(min_value=0, max_value=10**9))
def test_digit_values_round_trip(n):
    assert value(f"{n:,}") == n
    assert value(str(n)) == n


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a digit run glued to letters names a station, a calibre or a time: no figure
        ("Witnesses told 7News that shots rang out.", []),
        ("Fox5 and NBC12 reported the crash.", []),
        ("A 9mm handgun was found.", []),
        # glued scales stay money, and a spaced count stays a count
        ("Thieves took 5K in cash and $2M in jewelry.", [5_000, 2_000_000]),
        ("Channel crews saw 7 people hurt.", [7]),
    ],
)
def test_digits_glued_to_letters_are_no_figure(text, expected):
    assert [n.low for n in find_numbers(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "as high as" / "as much as" bound a figure from above
        ("Damage could be as high as 400 million.", [(400_000_000, "at_most")]),
        ("Fines may reach as much as 5,000.", [(5_000, "at_most")]),
        # "over" after handing or turning something over is the verb's particle, not "more than"
        ("The rebels handed over 31 prisoners.", [(31, "exact")]),
        ("Police turned over 8 suspects to the army.", [(8, "exact")]),
        ("Over 30 people were hurt.", [(30, "more_than")]),
    ],
)
def test_upper_bounds_and_verb_particles(text, expected):
    assert [(n.low, n.qualifier) for n in find_numbers(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "near" before a figure approximates; "to top" exceeds; "speaks about" is a preposition after a verb of speaking
    ("came near 5 thousand people", [(5000.0, 5000.0, "about")]),
    ("costs could top $2 million", [(2_000_000.0, 2_000_000.0, "more_than")]),
    ("the top 10 teams", [(10.0, 10.0, "exact")]),
    ("the ministry speaks about 40 detained", [(40.0, 40.0, "exact")]),
    ("the price fell from 90 to 70", [(90.0, 90.0, "exact"), (70.0, 70.0, "exact")]),
    ("estimates ranged from 90 to 120", [(90.0, 120.0, "range")]),
])
def test_near_top_speaks_about_and_changes(text, expected):
    assert [(n.low, n.high, n.qualifier) for n in find_numbers(text)] == expected
