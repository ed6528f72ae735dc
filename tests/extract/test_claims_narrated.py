"""The narrator's future in the past ("one would later die") is a death told after the fact, not a prediction.

"would" after a figure makes it hedged ("two battalions would arrive by the end of the month"); told with "later",
"eventually", "go on to" or a delay ("would die two days later") it is an event of the story. Guards keep fears and
plans hedged. Invented sentences of our own.
"""

from __future__ import annotations

import pytest

from ..conftest import extracted_claims


def statuses(text: str, nlp) -> list[tuple[str, str | None, str]]:
    return [(c.text, c.measure, c.status) for c in extracted_claims(text, nlp)
            if not c.extractor.startswith("rules-victims")]


@pytest.mark.parametrize("text, expected", [
    ("Four men were shot at the bar; one would later die at Mercy Hospital.", "asserted"),
    ("Of the six hurt in the blast, two would eventually succumb to their burns.", "asserted"),
    ("Two of the passengers would die three days later.", "asserted"),
    # guards: a fear and a plan stay hedged
    ("Medics warned that two of the miners would die without oxygen.", "hedged"),
    ("Two more battalions would arrive by spring, the ministry said.", "hedged"),
])
def test_narrated_later(text: str, expected: str, nlp) -> None:
    found = statuses(text, nlp)
    assert found and found[-1][2] == expected
