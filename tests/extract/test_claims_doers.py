"""Figures beside a killing that count the doers, the sought or the arrested, not the dead, in invented sentences.

Classes the Gun Violence Archive development incidents showed as death counts: the doers named in a relative clause
("Two deputies who shot and killed a man returned to duty"), people wanted or sought for a killing, people taken into
custody in a sentence that also names an execution of a warrant or a murder of a child of some age. Guards keep the dead
whose own verb tells their death, and executions that are killings. A total after "none of the other" or "of the
remaining" counts its people ("None of the other nine guests were injured": nine guests, not nine injured).
"""

from __future__ import annotations

import pytest

from ..conftest import extracted_claims


def measures(text: str, nlp) -> list[tuple[str, str | None]]:
    """The numeric figures of the text and their measures, implicit counts of one aside."""
    return [(c.text, c.measure) for c in extracted_claims(text, nlp)
            if not c.extractor.startswith("rules-victims")]


@pytest.mark.parametrize("text, expected", [
    # the doers, in a relative clause on the counted noun
    ("Two deputies who shot and killed a farmer last month returned to duty on Monday.", [("Two", "deputies")]),
    ("Three troopers who fatally shot a driver were placed on leave.", [("Three", "troopers")]),
    # people sought for the killing
    ("Two teenagers wanted in connection with the stabbing death of a cook are in custody.", [("Two", "teenagers")]),
    ("Three men sought in the killing of a shopkeeper remain at large.", [("Three", "men")]),
    # taken into custody, whatever else the sentence names
    ("Four adults were taken into custody during the execution of a search warrant.", [("Four", "arrests")]),
    ("5 men in custody for murder of 9-year-old boy.", [("5", "arrests")]),
])
def test_not_the_dead(text: str, expected: list, nlp) -> None:
    assert measures(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("Three men who killed a guard were shot dead.", [("Three", "deaths")]),
    ("Two people who were shot died later.", [("Two", "deaths")]),
    ("Four prisoners were executed at dawn.", [("Four", "deaths")]),
    ("The rebels carried out the execution of 12 hostages.", [("12", "deaths")]),
])
def test_the_dead_stay(text: str, expected: list, nlp) -> None:
    assert measures(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # the total inside "none of the other …" counts people, not the hurt
    ("None of the other nine guests at the party were injured.", [("nine", "guests")]),
    ("Neither of the other two passengers was hurt.", [("two", "passengers")]),
    # and the total before "of the remaining …", whose part keeps its harm
    ("Of the remaining 40 passengers, 12 were hurt.", [("40", "passengers"), ("12", "injuries")]),
])
def test_none_of_the_other(text: str, expected: list, nlp) -> None:
    assert measures(text, nlp) == expected
