from __future__ import annotations

import pytest

from newsdossier.clean.repair import repair


@pytest.mark.parametrize(
    ("text", "fixed", "kinds"),
    [
        ("TThe curfew began.", "The curfew began.", ["drop_cap"]),
        ("UUnprecedented scenes.", "Unprecedented scenes.", ["drop_cap"]),
        ("DUnprecedented scenes.", "Unprecedented scenes.", ["drop_cap"]),
        ("AAt least 12 died.", "At least 12 died.", ["drop_cap"]),
        ("The proTesters gathered.", "The protesters gathered.", ["stray_capital"]),
        ("ResCuers arrived.", "Rescuers arrived.", ["stray_capital"]),
        ("Police said said 12 died.", "Police said 12 died.", ["doubled_verb"]),
    ],
)
def test_artifacts_are_repaired_and_recorded(text, fixed, kinds):
    out, repairs = repair(text)
    assert out == fixed
    assert [r.kind for r in repairs] == kinds
    for r in repairs:
        assert out[r.start:r.end] == r.replacement


@pytest.mark.parametrize(
    "text",
    [
        "NATO and CSTO met.", "CCTV footage was shown.", "She used her iPhone and eBay.", "McDonald's and MacKenzie",
        "DeVries and DiMarco spoke.", "Watch it on YouTube or WhatsApp.", "the minister said Said Haddou was held",
        "He said that that was final.", "Police counted 1,200 people.", "USAid arrived.",
    ],
)
def test_names_acronyms_brands_and_numbers_are_left_alone(text):
    assert repair(text) == (text, ())


def test_offsets_stay_right_after_several_repairs():
    out, repairs = repair("TThe proTesters said said the goveRnment lied.")
    assert out == "The protesters said the government lied."
    assert [out[r.start:r.end] for r in repairs] == ["The", "protesters", "said", "government"]
