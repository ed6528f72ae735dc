"""Tests for extract/timex: the grammar, the reasoning against the document date, and the extractor."""

from __future__ import annotations

import datetime as dt

import pytest

from newsdossier.annotate import annotate
from newsdossier.dates import find_date_mentions, iso_week, shift_months, timex_granularity, timex_range, weekday_near
from newsdossier.extract.timex import (
    EXTRACTOR, extract_time_expressions, find_expressions, governing_expression, resolve_expression,
)
from newsdossier.extract.timex.parse import duration_value, number_value
from newsdossier.records import Article, TimeExpression, stable_id

MONDAY = dt.date(2025, 1, 6)  # a Monday


# --- calendar helpers (dates.py) ------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "first", "last", "granularity"), [
    ("2022", dt.date(2022, 1, 1), dt.date(2022, 12, 31), "year"),
    ("2022-02", dt.date(2022, 2, 1), dt.date(2022, 2, 28), "month"),
    ("2022-01-07", dt.date(2022, 1, 7), dt.date(2022, 1, 7), "day"),
    ("2022-W02", dt.date(2022, 1, 10), dt.date(2022, 1, 16), "week"),
    ("2022-W02-WE", dt.date(2022, 1, 15), dt.date(2022, 1, 16), "week"),
    ("2022-Q4", dt.date(2022, 10, 1), dt.date(2022, 12, 31), "quarter"),
    ("2022-H1", dt.date(2022, 1, 1), dt.date(2022, 6, 30), "half"),
    ("2022-WI", dt.date(2022, 12, 1), dt.date(2023, 2, 28), "season"),
    ("199", dt.date(1990, 1, 1), dt.date(1999, 12, 31), "decade"),
    ("2022-01-07T14:30Z", dt.date(2022, 1, 7), dt.date(2022, 1, 7), "time"),
])
def test_timex_range_and_granularity(value, first, last, granularity):
    assert timex_range(value) == (first, last)
    assert timex_granularity(value) == granularity


@pytest.mark.parametrize("value", ["P3D", "PXY", "PAST_REF", None, "", "2022-13", "yesterday"])
def test_values_without_a_calendar_range(value):
    assert timex_range(value) is None


def test_calendar_arithmetic():
    assert iso_week(dt.date(2022, 1, 12)) == "2022-W02"
    assert iso_week(dt.date(2021, 1, 3)) == "2020-W53"  # ISO weeks belong to the year of their Thursday
    assert shift_months(dt.date(2024, 3, 31), -1) == dt.date(2024, 2, 29)
    assert shift_months(dt.date(2024, 11, 15), 3) == dt.date(2025, 2, 15)
    assert weekday_near(MONDAY, 3, -1) == dt.date(2025, 1, 2)
    assert weekday_near(MONDAY, 3, 1) == dt.date(2025, 1, 9)
    assert weekday_near(MONDAY, 0, -1) == MONDAY


def test_existing_date_functions_are_unchanged():
    assert [m.value for m in find_date_mentions("On Jan. 5, 2022 and in March 2024")] == ["2022-01-05", "2024-03"]


# --- numbers and durations ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "value"), [
    ("two", 2), ("twenty-five", 25), ("2.5", 2.5), ("two and a half", 2.5), ("a dozen", 12), ("a", 1),
    ("a couple of", 2), ("several", None), ("a few", None),
])
def test_number_value(text, value):
    assert number_value(text) == value


@pytest.mark.parametrize(("amount", "unit", "value"), [
    (3, "day", "P3D"), (None, "year", "PXY"), (2.5, "hour", "PT2.5H"), (30, "minute", "PT30M"),
    (1, "decade", "P10Y"), (1, "fortnight", "P2W"),
])
def test_duration_value(amount, unit, value):
    assert duration_value(amount, unit) == value


# --- one expression against an anchor -------------------------------------------------------------------------

@pytest.mark.parametrize(("text", "tense", "expected"), [
    # weekdays: on or before the anchor, unless the verb looks ahead
    ("Thursday", None, ("2025-01-02", "day", "DATE")),
    ("Thursday", "past", ("2025-01-02", "day", "DATE")),
    ("Thursday", "future", ("2025-01-09", "day", "DATE")),
    ("Monday", None, ("2025-01-06", "day", "DATE")),
    ("last Monday", None, ("2024-12-30", "day", "DATE")),
    ("next Monday", None, ("2025-01-13", "day", "DATE")),
    ("this Friday", None, ("2025-01-10", "day", "DATE")),
    ("late on Sunday", None, ("2025-01-05", "day", "DATE")),
    ("Tuesday morning", None, ("2024-12-31TMO", "time", "TIME")),
    # relative to the anchor
    ("yesterday", None, ("2025-01-05", "day", "DATE")),
    ("tonight", None, ("2025-01-06TNI", "time", "TIME")),
    ("last night", None, ("2025-01-05TNI", "time", "TIME")),
    ("the day before yesterday", None, ("2025-01-04", "day", "DATE")),
    ("last week", None, ("2025-W01", "week", "DATE")),
    ("this week", None, ("2025-W02", "week", "DATE")),
    ("earlier this month", None, ("2025-01", "month", "DATE")),
    ("last month", None, ("2024-12", "month", "DATE")),
    ("last year", None, ("2024", "year", "DATE")),
    ("next year", "future", ("2026", "year", "DATE")),
    ("two years ago", None, ("2023", "year", "DATE")),
    ("three months ago", None, ("2024-10", "month", "DATE")),
    ("a week ago", None, ("2024-12-30", "day", "DATE")),
    ("a few days ago", None, ("PAST_REF", None, "DATE")),
    ("the weekend", None, ("2025-W01-WE", "week", "DATE")),
    ("the weekend", "future", ("2025-W02-WE", "week", "DATE")),
    # months and days without a year: the tense, else the nearest
    ("in September", "past", ("2024-09", "month", "DATE")),
    ("in September", "future", ("2025-09", "month", "DATE")),
    ("in September", None, ("2024-09", "month", "DATE")),
    ("in February", None, ("2025-02", "month", "DATE")),
    ("January 19", "future", ("2025-01-19", "day", "DATE")),
    ("January 19", "past", ("2024-01-19", "day", "DATE")),
    ("December 30", None, ("2024-12-30", "day", "DATE")),
    ("last September", None, ("2024-09", "month", "DATE")),
    ("March last year", None, ("2024-03", "month", "DATE")),
    ("Christmas", None, ("2024-12-25", "day", "DATE")),
    # complete in themselves
    ("Jan. 5, 2022", None, ("2022-01-05", "day", "DATE")),
    ("April 2023", None, ("2023-04", "month", "DATE")),
    ("in 2019", None, ("2019", "year", "DATE")),
    ("mid-2011", None, ("2011", "year", "DATE")),
    ("the 1990s", None, ("199", "decade", "DATE")),
    ("the '90s", None, ("199", "decade", "DATE")),
    ("the 20th century", None, ("19", "century", "DATE")),
    ("05/03/2013", None, ("2013-05-03", "day", "DATE")),
    ("the first quarter of 2009", None, ("2009-Q1", "quarter", "DATE")),
    ("the fourth quarter", None, ("2024-Q4", "quarter", "DATE")),
    ("the third quarter of this year", None, ("2025-Q3", "quarter", "DATE")),
    ("the first half of 2022", None, ("2022-H1", "half", "DATE")),
    ("last summer", None, ("2024-SU", "season", "DATE")),
    ("this winter", None, ("2024-WI", "season", "DATE")),
    # durations, sets, references
    ("three days", None, ("P3D", "duration", "DURATION")),
    ("about six months", None, ("P6M", "duration", "DURATION")),
    ("the past two weeks", None, ("P2W", "duration", "DURATION")),
    ("almost two and a half years", None, ("P2.5Y", "duration", "DURATION")),
    ("several years", None, ("PXY", "duration", "DURATION")),
    ("every week", None, ("P1W", None, "SET")),
    ("1hr 4 mins", None, ("PT1H4M", "duration", "DURATION")),
    ("two years and three months", None, ("P2Y3M", "duration", "DURATION")),
    ("in the past", None, ("PAST_REF", None, "DATE")),
    # times of day
    ("18:00 UTC", None, ("2025-01-06T18:00Z", "time", "TIME")),
    ("9:30 a.m.", None, ("2025-01-06T09:30", "time", "TIME")),
    ("noon", None, ("2025-01-06T12:00", "time", "TIME")),
    ("THURSDAY, MAY 2, 2013, 1:32 PM ET", None, ("2013-05-02T17:32Z", "time", "TIME")),  # summer time: UTC-4
    ("Jan. 5, 2022, 1:32 PM ET", None, ("2022-01-05T18:32Z", "time", "TIME")),  # winter: UTC-5
    ("8:30 p.m. Thursday", None, ("2025-01-02T20:30", "time", "TIME")),
    ("this morning (Jan 6)", None, ("2025-01-06TMO", "time", "TIME")),
    ("3 p.m. (1200 GMT)", None, ("2025-01-06T12:00Z", "time", "TIME")),
    # a bracketed zoned time restating a local one: the local time's day, the zoned time's moment
    ("4:30 a.m. local time (11.30 p.m. ET)", None, ("2025-01-06T04:30Z", "time", "TIME")),
    ("1:30 a.m. (2330 GMT)", None, ("2025-01-05T23:30Z", "time", "TIME")),
    ("11 p.m. (0100 GMT)", None, ("2025-01-07T01:00Z", "time", "TIME")),
    # hours from a known day: that day, clock unknown
    ("two hours ago", None, ("2025-01-06TXX:XX", "time", "TIME")),
    # day, month and a two-digit year
    ("10 Nov 11", None, ("2011-11-10", "day", "DATE")),
    ("5 Jan 99", None, ("1999-01-05", "day", "DATE")),
])
def test_resolve_expression(text, tense, expected):
    assert resolve_expression(text, MONDAY, tense) == expected


def test_the_weekday_written_beside_a_date_picks_the_year():
    assert resolve_expression("Tuesday, May 5", MONDAY)[0] == "2026-05-05"  # May 5 is a Tuesday in 2026 only
    assert resolve_expression("Sunday, January 5", MONDAY)[0] == "2025-01-05"


@pytest.mark.parametrize("text", ["yesterday", "on Thursday", "last week", "in September", "two years ago", "noon",
                                  "the fourth quarter", "January 19"])
def test_without_a_document_date_nothing_is_guessed(text):
    value, granularity, _ = resolve_expression(text, None)
    assert value is None and granularity is None


@pytest.mark.parametrize(("text", "expected"), [
    ("Jan. 5, 2022", "2022-01-05"), ("the 1990s", "199"), ("three days", "P3D"), ("in 2019", "2019"),
])
def test_without_a_document_date_complete_expressions_resolve(text, expected):
    assert resolve_expression(text, None)[0] == expected


def test_an_anchor_known_to_the_month_resolves_only_what_needs_no_day():
    assert resolve_expression("last year", "2025-01")[0] == "2024"
    assert resolve_expression("last month", "2025-01")[0] == "2024-12"
    assert resolve_expression("in September", "2025-01")[0] == "2024-09"
    assert resolve_expression("yesterday", "2025-01")[0] is None
    assert resolve_expression("on Thursday", "2025-01")[0] is None
    assert resolve_expression("last year", "2025")[0] == "2024"
    assert resolve_expression("last month", "2025")[0] is None


@pytest.mark.parametrize("text", [
    "a 29-year-old man", "aged 45 years old", "it may be", "protesters march on", "about a quarter of the votes",
    "the fall of the regime", "the Arab Spring", "Flight 2009", "2000 people", "in his 50s", "the Daily Mail",
    "the 164 figure", "what Velorians call Black January", "the crash of Black Monday",
])
def test_words_that_are_no_time_expression(text):
    assert find_expressions(text, MONDAY) == []


def test_not_one_expression_is_none():
    assert resolve_expression("the protests were large", MONDAY) is None
    assert resolve_expression("Monday and Tuesday", MONDAY) is None


def test_find_expressions_keeps_offsets_and_counts_from_the_last_named_day():
    text = "Protests began on January 2. The next day, police arrived. Three days later, talks failed."
    found = find_expressions(text, MONDAY)
    assert [(f.text, f.value) for f in found] == [
        ("January 2", "2025-01-02"), ("The next day", "2025-01-03"), ("Three days later", "2025-01-06")]
    assert all(text[f.start:f.end] == f.text for f in found)


def test_hours_after_a_named_day_are_a_moment_of_that_day():
    found = find_expressions("Police arrived on January 2. A few hours later, he was arrested.", MONDAY)
    assert [(f.text, f.value, f.type) for f in found] == [
        ("January 2", "2025-01-02", "DATE"), ("A few hours later", "2025-01-02TXX:XX", "TIME")]
    found = find_expressions("Police arrived on January 2. Two minutes later, he was arrested.", MONDAY)
    assert [(f.text, f.value, f.type) for f in found][1:] == [("Two minutes later", "PT2M", "DURATION")]


def test_durations_join_only_from_the_larger_unit_down():
    found = find_expressions("He waited 5 minutes and 2 hours.", MONDAY)
    assert [f.value for f in found] == ["PT5M", "PT2H"]


def test_a_two_digit_year_needs_the_clause_to_end():
    assert [f.text for f in find_expressions("On 3 May 13 people died.", MONDAY)] == ["3 May"]


def test_spans_take_their_modifiers():
    texts = [f.text for f in find_expressions("about 6am on Sunday, early 2009, the end of this year, "
                                              "shortly after 3:30 a.m.", MONDAY)]
    assert texts == ["about 6am on Sunday", "early 2009", "the end of this year", "shortly after 3:30 a.m."]


# --- the extractor, with the parse tree ---------------------------------------------------------------------------

def run(nlp, text: str, published: str | None = "2025-01-06") -> tuple[Article, tuple[TimeExpression, ...]]:
    article = Article(id="doc-1", content_hash="h", source="test", text=text, published=published)
    [(article, parts)] = list(annotate([article], nlp))
    return article, extract_time_expressions(article, parts)


def by_text(expressions):
    return {t.text: t for t in expressions}


def test_the_verb_decides_which_thursday(nlp):
    _, found = run(nlp, "The ministers met on Thursday.\n\nThe ministers will meet again on Thursday.")
    assert [t.value for t in found] == ["2025-01-02", "2025-01-09"]


@pytest.mark.parametrize(("sentence", "value"), [
    ("A trial date was set for October 28.", "2025-10-28"),          # scheduling verb + "for": ahead
    ("The markets will remain closed until Friday.", "2025-01-10"),
    ("Markets remain closed until Friday.", "2025-01-10"),             # "until" under a present tense
    ("The judge gave him a May 10 deadline.", "2025-05-10"),           # an occasion: the nearest May 10
    ("Prices rose sharply in September.", "2024-09"),
    ("The company is expected to report results in September.", "2025-09"),
])
def test_tense_and_the_year_of_an_undated_day(nlp, sentence, value):
    _, found = run(nlp, sentence)
    assert found[0].value == value


def test_records_carry_offsets_ids_clause_and_predicate(nlp):
    text = "Veloria in crisis\n\nThe unrest began on Thursday in the western oil town of Orvash, police said."
    article, found = run(nlp, text)
    [thursday] = found
    assert text[thursday.start:thursday.end] == "Thursday"
    assert thursday.id == stable_id("t", "doc-1", thursday.start, thursday.end)
    assert thursday.extractor == EXTRACTOR == "rules-time/1"
    assert (thursday.value, thursday.granularity, thursday.type, thursday.anchor) == (
        "2025-01-02", "day", "DATE", "2025-01-06")
    assert thursday.predicate == "begin"
    assert text[thursday.clause_start:thursday.clause_end] == \
        "The unrest began on Thursday in the western oil town of Orvash"


def test_reported_speech_keeps_the_reported_clause_apart(nlp):
    text = "Police said on Tuesday that the gunman opened fire on Monday."
    _, found = run(nlp, text)
    said, opened = found
    assert (said.predicate, opened.predicate) == ("say", "open")
    assert text[said.clause_start:said.clause_end] == "Police said on Tuesday"
    assert text[opened.clause_start:opened.clause_end] == "the gunman opened fire on Monday"


def test_an_absolute_date_needs_no_anchor(nlp):
    _, found = run(nlp, "The price cap was lifted on January 1, 2025, the ministry said yesterday.", published=None)
    cap, yesterday = found
    assert (cap.value, cap.anchor) == ("2025-01-01", None)
    assert (yesterday.value, yesterday.granularity, yesterday.anchor) == (None, None, None)


def test_the_article_s_own_publication_line_sets_the_day_it_counts_from(nlp):
    # metadata in UTC says 3 April; the writer's line says 2 April (a Monday), so "Tuesday" is the one before
    text = "POSTED: 04/02/07, 9:00 PM PDT\n\nA convicted cop killer laughed Tuesday after hearing the ruling."
    _, found = run(nlp, text, published="2007-04-03")
    assert by_text(found)["Tuesday"].value == "2007-03-27"
    # day-month order read the way that lands near the metadata date; a line far from it is not trusted
    text = "11/09/2010\n\nA plant worker shot two colleagues, police said Friday."
    _, found = run(nlp, text, published="2010-09-11")
    assert by_text(found)["Friday"].value == "2010-09-10"
    text = "Posted: May 2, 2013\n\nA plant worker shot two colleagues, police said Friday."
    _, found = run(nlp, text, published="2010-09-11")
    assert by_text(found)["Friday"].value == "2010-09-10"


def test_a_day_without_a_year_follows_a_narrative_set_in_another_year(nlp):
    text = ("The deputy was killed on June 24, 2005 while investigating a June 20 shooting.\n\n"
            "The trial will open on June 20.")
    _, found = run(nlp, text, published="2007-03-20")
    assert [t.value for t in found if t.text.endswith("June 20")] == ["2005-06-20", "2007-06-20"]


def test_a_shift_from_an_event_the_text_dates(nlp):
    text = ("The protests began on January 2 in Orvash.\n\n"
            "Oskarbayev was appointed about six months before the protests began.")
    _, found = run(nlp, text)
    shift = by_text(found)["about six months before"]
    assert (shift.value, shift.granularity, shift.anchor) == ("2024-07", "month", "2025-01-02")


def test_a_shift_from_an_undated_event_is_a_duration(nlp):
    _, found = run(nlp, "He resigned three days after the vote.")
    [shift] = found
    assert (shift.text, shift.value, shift.type) == ("three days", "P3D", "DURATION")


def test_a_clock_time_takes_the_day_of_its_sentence(nlp):
    _, found = run(nlp, "On Saturday, the first shots were heard at 9:35 a.m. near the square.")
    assert [t.value for t in found] == ["2025-01-04", "2025-01-04T09:35"]


def test_datelines_and_publication_lines_date_no_event(nlp):
    text = ("Meridian Press Agency | 6 January 2025\n\nMARENTA, Jan 6 (MPA) - Security forces opened fire on "
            "Monday.\n\nUpdated January 7, 2025")
    _, found = run(nlp, text)
    values = {t.text: (t.value, t.clause_start, t.predicate) for t in found}
    assert values["6 January 2025"] == ("2025-01-06", None, None)
    assert values["Jan 6"] == ("2025-01-06", None, None)
    assert values["January 7, 2025"] == ("2025-01-07", None, None)
    assert values["Monday"][0] == "2025-01-06" and values["Monday"][2] == "open"


def test_governing_expression_finds_the_date_of_a_clause(nlp):
    text = "On Monday, 227 people were reported dead. The toll was 164 a week earlier. Officials gave 30 details."
    article, found = run(nlp, text)
    monday = governing_expression(found, text.index("227"), text.index("227") + 3)
    assert monday is not None and monday.value == "2025-01-06"
    earlier = governing_expression(found, text.index("164"), text.index("164") + 3)
    assert earlier is not None and earlier.text == "a week earlier" and earlier.value == "2024-12-30"
    assert governing_expression(found, text.index("30 details"), text.index("30 details") + 2) is None
    assert governing_expression([], 0, 1) is None


@pytest.mark.parametrize(("text", "anchor", "expected"), [
    ("the fourth quarter", dt.date(2025, 1, 6), "2024-Q4"),   # just ended
    ("the fourth quarter", dt.date(2025, 8, 19), "2025-Q4"),  # just ahead
    ("the third quarter", dt.date(2025, 8, 19), "2025-Q3"),   # under way
    ("in spring", dt.date(2025, 4, 1), "2025-SP"),
    ("this summer", dt.date(2025, 9, 9), "2025-SU"),          # the one just past, not next year's
])
def test_periods_without_a_year(text, anchor, expected):
    assert resolve_expression(text, anchor)[0] == expected


def test_until_under_a_perfect_still_looks_ahead(nlp):
    _, found = run(nlp, "The government has kept all stock markets closed until Friday.", published="2008-09-18")
    assert found[0].value == "2008-09-19"


def test_a_bare_oclock_time_resolves_instead_of_failing_the_article():
    """"at 3 o'clock" has no minutes group; reading it raised KeyError, which failed the whole article's extraction."""
    from newsdossier.extract.timex import find_expressions

    (found,) = find_expressions("The shots were fired at 3 o'clock on Sunday.", "2016-05-02")
    assert found.value == "2016-05-01T03:00"
