"""Misreads that over-count the hurt in shooting reports, in invented sentences of our own.

Four classes the GVA development incidents showed: a digit joined to a capitalised word is a name, not a count ("a
7-Eleven"); an age band after "between the ages of" counts no one; people in the company of the one who was hit ("with
two other children when she was shot") are not hit; people who "were not hurt" are a negated figure. Guards keep plain
counts, people shot along with the victim, degrees of harm ("not seriously hurt") and names the old rules handled.
"""

from __future__ import annotations

import pytest

from ..conftest import extracted_claims


def claims(text: str, nlp) -> list:
    return extracted_claims(text, nlp)


def injuries(text: str, nlp) -> list[tuple[str, float | None, str]]:
    """The injury figures of the text: (text, value, status)."""
    return [(c.text, c.value_high, c.status) for c in claims(text, nlp) if c.measure == "injuries"]


@pytest.mark.parametrize("text, expected", [
    # a digit joined to a capitalised word names a place or a brand
    ("One man was shot outside a 7-Eleven store in Dunmore on Sunday.", [("One", 1.0, "asserted")]),
    ("One Person Shot Outside 7-Eleven In Harlow Heights", [("One", 1.0, "asserted")]),
    # an age band: the upper bound after "between the ages of … and" is no count
    ("Three people were shot, between the ages of 15 and 19.", [("Three", 3.0, "asserted")]),
    # company of the one who was hit
    ("The girl was sitting in a car with her aunt and two other children when she was shot.", []),
    ("The man was walking home with 2 people when he was shot in the leg.", []),
    # harm denied in the figure's clause
    ("Two other kids in the car were not hurt.", [("Two", 2.0, "negated")]),
    ("Three passengers in the back seat were not hit.", [("Three", 3.0, "negated")]),
])
def test_misreads(text: str, expected: list, nlp) -> None:
    assert injuries(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("7 people were shot.", [("7", 7.0, "asserted")]),
    ("Two other children were also shot.", [("Two", 2.0, "asserted")]),
    ("She was shot along with two other children.", [("two", 2.0, "asserted")]),
    # harm told in degree, not denied
    ("Two other kids in the car were not seriously hurt.", [("Two", 2.0, "asserted")]),
    # a question of who, not a denial
    ("Police do not know who hurt the 3 men.", [("3", 3.0, "asserted")]),
    # ages given one by one, and an age band after "aged", count no one
    ("The victims were 17, 19 and 22 years old.", []),
    ("Two men, aged 18 to 25, were wounded.", [("Two", 2.0, "asserted")]),
    ("The wounded, aged between 18 and 25, were taken to Mercy Hospital.", []),
    # company that was hit too: "along with", "when they were shot"
    ("Two men were standing with three others when they were shot.", [("three", 3.0, "asserted")]),
    # numbers in names the older rules handle
    ("Two men were shot near Route 66 on Friday.", [("Two", 2.0, "asserted")]),
    ("The crash on I-95 injured 3 people.", [("3", 3.0, "asserted")]),
    ("Two men were shot at Studio 54.", [("Two", 2.0, "asserted")]),
])
def test_guards(text: str, expected: list, nlp) -> None:
    assert injuries(text, nlp) == expected
