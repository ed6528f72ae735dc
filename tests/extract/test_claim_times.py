"""A claim's as_of comes from the point in time that governs it (extract.claim_times), through the real pipeline."""

from __future__ import annotations

import pytest

from newsdossier.annotate import annotate, load_nlp
from newsdossier.clean import content_hash
from newsdossier.extract import extract_document
from newsdossier.records import Article


@pytest.fixture(scope="module")
def nlp():
    return load_nlp()


def dates(nlp, text: str, published: str = "2025-01-10") -> dict[str, str | None]:
    """The claims of one paragraph, text -> as_of."""
    article = Article(id="d", content_hash=content_hash(text), source="t", text=text, published=published)
    ((article, parts),) = list(annotate([article], nlp))
    return {c.text: c.as_of for c in extract_document(article, parts).claims}


def test_a_relative_day_on_the_clause_dates_the_figure(nlp):
    # 2025-01-10 is a Friday
    assert dates(nlp, "On Monday police detained 40 protesters in the capital.")["40"] == "2025-01-06"
    assert dates(nlp, "Yesterday eighteen people were hurt in the blast.")["eighteen"] == "2025-01-09"
    assert dates(nlp, "Last month 300 people were detained, the ministry said.")["300"] == "2024-12"


def test_a_closing_or_leading_cue_dates_what_it_reports(nlp):
    found = dates(nlp, "Between 40 and 50 miners are still trapped underground, the operator said late on Wednesday.")
    assert found["Between 40 and 50"] == "2025-01-08"
    found = dates(nlp, "State radio reported on Tuesday that the army had shot down 27 drones.")
    assert found["27"] == "2025-01-07"


def test_a_when_clause_an_opener_and_a_participle_date_the_figures_they_belong_to(nlp):
    found = dates(nlp, "At least 38 people died and more than 120 were injured when a ferry capsized on Sunday.")
    assert found["At least 38"] == found["more than 120"] == "2025-01-05"
    found = dates(nlp, "Of the 41 people arrested on Saturday, 29 have been released and 12 remain in custody.")
    assert found["41"] == found["29"] == "2025-01-04"


def test_periods_and_earlier_figures_are_not_points(nlp):
    published = "2025-01-10"
    since = dates(nlp, "Since Monday, 40 people have been arrested in the city.", published)
    assert since["40"] == published  # the edge of a period: the count runs to the article's date
    running = dates(nlp, "Nine people have been shot dead in the city this month.", published)
    assert running["Nine"] == published
    earlier = dates(nlp, "The number of journalists detained now stands at 52, up from 31 in March, the lawyers said "
                         "on Thursday.", published)
    assert earlier["52"] == "2025-01-09" and earlier["31"] == published
    other = dates(nlp, "Hospitals have treated 312 people since the refinery fire broke out on Monday.", published)
    assert other["312"] == published  # Monday is when the fire broke out, the start of the count


def test_a_clause_after_a_semicolon_is_not_dated_by_the_cue_before_it(nlp):
    found = dates(nlp, "Clashes left 11 soldiers dead, the ministry said on Wednesday; the rebels claimed to have "
                       "killed more than 100 soldiers.")
    assert found["11"] == "2025-01-08"
    assert found["more than 100"] == "2025-01-10"


def test_the_date_a_figure_was_reported_is_kept_beside_when_it_holds_through_the_store(tmp_path):
    from newsdossier import build
    from newsdossier.store import db

    source = tmp_path / "a.txt"
    source.write_text("Ministry counts eight dead\n\nPublished 2025-01-10\n\nThe interior ministry said on Monday that "
                      "eight members of the security forces had been killed in the clashes.\n", encoding="utf-8")
    build([source], tmp_path / "d.db")
    conn = db.connect(tmp_path / "d.db", create=False)
    try:
        (eight,) = [c for c in db.load_claims(conn) if c.value_low == 8 and c.field == "text"]
    finally:
        conn.close()
    assert (eight.as_of, eight.reported) == ("2025-01-06", "2025-01-10")
