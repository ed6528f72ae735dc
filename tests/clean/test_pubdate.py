from __future__ import annotations

import pytest

from newsdossier.clean.pubdate import infer_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("As of January 12, 2024, at least 40 people had died.", "2024-01-12"),
        ("The court met on Monday, March 4, 2024. Earlier, on February 20, 2024, police arrested him.", "2024-03-04"),
        ("The court met on March 4, 2024. It will resume on April 2, 2024.", "2024-03"),
        ("Residents are recovering from last month's floods. The floods in November 2023 killed 12.", "2023-12"),
        ("The attack on Sunday, June 25, 2023 killed 26. The governor, visiting on Tuesday, promised help.", "2023-06-27"),
        ("The crush on Monday, April 15, 2024 killed 38. Families will meet the minister on Tuesday.", "2024-04-15"),
        ("On Wednesday, March 4, 2024 police said.", None),  # the weekday does not fit the date: no evidence
        ("Nothing dated here, only on Tuesday.", None),
        ("The dam was built in March 1987.", None),
    ],
)
def test_infer_published(text, expected):
    assert infer_published(text) == expected
