from __future__ import annotations

import pytest

from newsdossier.clean.header import split_header, strip_site_suffix


def header(text: str, title: str | None = None):
    removed = []
    return split_header(text, removed, title), removed


def test_header_block_in_any_order_with_furniture_between():
    h, removed = header(
        "Home > World > Velhora\nTHE VELHORA HERALD\nCurfew imposed in Ostrel after clashes\nBy Mara Quist\n"
        "Thu Jan 04 2024\n5 Min Read\n\nAuthorities in Ostrel imposed a curfew on Wednesday after two nights of clashes.\n"
    )
    assert (h.title, h.outlet, h.authors, h.published) == (
        "Curfew imposed in Ostrel after clashes", "THE VELHORA HERALD", ["Mara Quist"], "2024-01-04")
    assert h.body.startswith("Home > World > Velhora")  # furniture is left for the furniture pass
    assert "5 Min Read" in h.body and "THE VELHORA HERALD" not in h.body


def test_posted_by_outlet_and_timestamps():
    h, _ = header("Posted By : Kestrel News Network\ndate 2024-01-11\nCounting delayed\n\nThe election commission said "
                  "on Thursday that counting was suspended.")
    assert (h.outlet, h.published, h.title) == ("Kestrel News Network", "2024-01-11", "Counting delayed")
    h, _ = header("Rowing club fears for boathouse\n\nBy Oskar Lindqvist-Rae, The Merrow Valley Times\n"
                  "Last modified on Thu 7 Mar 2024 16.40 GMT\n\nMerrow Rowing Club may have to leave the boathouse, "
                  "club officials said.")
    assert (h.authors, h.outlet, h.published) == (["Oskar Lindqvist-Rae"], "The Merrow Valley Times", "2024-03-07")


def test_relative_stamps_are_not_dates_and_a_sentence_is_not_a_headline():
    h, removed = header("Published 3 hours ago\n\nPolice said on Monday that 12 people were detained overnight.")
    assert h.published is None and h.title is None
    assert [r.reason for r in removed] == ["header line (relative time, no date)"]


def test_known_title_is_dropped_from_the_body():
    h, removed = header("Curfew extended\n\nThe curfew stays in force, officials said on Monday.", title="Curfew extended")
    assert h.body == "The curfew stays in force, officials said on Monday." and removed[0].reason.startswith("title")


def test_site_suffix_leaves_the_title():
    assert strip_site_suffix("Forests key to climate - The Planetary Press", "The Planetary Press") == "Forests key to climate"
    assert strip_site_suffix("Daily Ledger | Curfew extended", "Daily Ledger") == "Curfew extended"
    assert strip_site_suffix("Curfew - a city divided", "Daily Ledger") == "Curfew - a city divided"


@pytest.mark.parametrize(("title", "expected"), [
    ("Two hurt in Dorley crash - KQRT News 12 Dorley, Arkansas News Weather & Sports", "Two hurt in Dorley crash"),
    ("Man arrested after standoff - WXYV Channel 4", "Man arrested after standoff"),
    ("Teen charged in stabbing - 44News | Venn, IN", "Teen charged in stabbing"),
    ("Bridge reopens after repairs - dorleynews.com - Dorley, AR |", "Bridge reopens after repairs"),
    ("Fire destroys barn near Venn - Venn Valley Gazette-Journal", "Fire destroys barn near Venn"),
    ("School board votes on budget - NewsChannel 9 | News, Weather, and Sports for Venn", "School board votes on budget"),
])
def test_site_suffix_is_stripped_without_knowing_the_outlet(title, expected):
    assert strip_site_suffix(title, None) == expected


@pytest.mark.parametrize("title", [
    "Game with dice costs two friends - one dead, another jailed",  # a sentence, not a site
    "Curfew - a city divided",
    "Storm - 3 dead",  # too short a headline before the dash to cut
    "Vigil held for slain girl | Dorley, AR",  # a place, no site word
])
def test_title_dash_that_is_no_site_is_kept(title):
    assert strip_site_suffix(title, None) == title
