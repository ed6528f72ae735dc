from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdossier.clean import clean, content_hash, guess_language, normalize_text
from newsdossier.dates import normalize_date
from newsdossier.errors import EmptyInputError, MalformedInputError
from newsdossier.records import RawArticle

PAGE = """<!DOCTYPE html><html lang="en"><head><title>Curfew extended - Example Ledger</title>
<meta property="og:site_name" content="Example Ledger"><meta name="author" content="Jane Roe">
<meta property="article:published_time" content="2025-01-07T08:00:00+00:00"></head>
<body><nav><a href="/">Home</a> | <a href="/world">World</a></nav>
<article><h1>Curfew extended in Marenta</h1>
<p>The government extended the curfew in Marenta on Tuesday after a third night of clashes between protesters and police.</p>
<p>Officials said the measure would remain in force until further notice, and that schools would stay closed.</p>
</article><footer>Copyright Example Ledger. All rights reserved.</footer></body></html>"""


def raw(content: str, fmt: str = "text", **meta) -> RawArticle:
    return RawArticle(source="in", format=fmt, content=content, **meta)


def test_headline_byline_and_dateline_move_to_metadata_and_are_listed_as_removed():
    article = clean(raw("Curfew extended\n\nBy Jane Roe and John Poe\nPublished: January 7, 2025\n\nThe curfew stays.\n\nSchools closed."))
    assert article.title == "Curfew extended"
    assert article.authors == ("Jane Roe", "John Poe")
    assert (article.published, article.published_basis) == ("2025-01-07", "stated")
    assert article.text == "The curfew stays.\n\nSchools closed."
    assert [r.reason.split()[0] for r in article.removed] == ["title", "header", "header"]
    assert [r.text for r in article.removed] == ["Curfew extended", "By Jane Roe and John Poe", "Published: January 7, 2025"]


def test_a_first_line_that_is_a_sentence_is_not_a_headline():
    article = clean(raw("The curfew stays, officials said.\n\nSchools closed."))
    assert article.title is None and article.removed == ()
    assert article.text.startswith("The curfew stays")


def test_metadata_date_wins_over_nothing_and_is_labelled_metadata():
    article = clean(raw("Body text here.", fmt="record", published="2025-01-20T10:00:00Z", title="T"))
    assert (article.published, article.published_basis) == ("2025-01-20", "metadata")
    unknown = clean(raw("Body text here.", fmt="record", published="sometime"))
    assert (unknown.published, unknown.published_basis) == (None, "unknown")


def test_html_main_text_and_metadata_come_from_trafilatura():
    article = clean(raw(PAGE, fmt="html"))
    assert article.title == "Curfew extended in Marenta"
    assert article.outlet == "Example Ledger"
    assert article.authors == ("Jane Roe",)
    assert (article.published, article.published_basis) == ("2025-01-07", "metadata")
    assert article.language == "en"
    assert "third night of clashes" in article.text and "until further notice" in article.text
    assert "Home" not in article.text and "Copyright" not in article.text
    assert "\n\n" in article.text  # one paragraph per block


def test_html_without_main_text_is_malformed():
    with pytest.raises(MalformedInputError) as caught:
        clean(raw("<html><body><nav>Home</nav></body></html>", fmt="html"))
    assert caught.value.source == "in"


def test_markdown_title_links_images_and_emphasis():
    article = clean(raw("# Curfew extended\n\n![photo](img.jpg)\n\nThe **curfew** stays, said [the mayor](https://example.org).", fmt="markdown"))
    assert article.title == "Curfew extended"
    assert article.text == "The curfew stays, said the mayor."
    assert {r.reason for r in article.removed} == {"title (moved to metadata)", "markdown image"}


def test_nothing_left_is_an_empty_input():
    with pytest.raises(EmptyInputError):
        clean(raw("\u200b\u200b \n\n"))


PLAYLIST = ("1:49 Grandmother says she still can't believe her grandson is dead Pause\n\n"
            "1:48 Surprise parole makes man's day\n\n0:46 Donna Tompkins speaks at Columbus watching party")


def test_a_page_that_is_only_its_headline_is_kept_for_the_headline_and_told_apart_by_it():
    article = clean(raw(PLAYLIST, fmt="record", title="4 injured by gunfire in Sacramento"))
    assert article.text == "" and article.title == "4 injured by gunfire in Sacramento"
    assert [r.reason for r in article.removed] == ["related_link"] * 3
    other = clean(raw(PLAYLIST, fmt="record", title="Teen shot in southeast Wichita has died"))
    assert other.content_hash != article.content_hash
    for short in ("Video", "Page not found", None):  # no story to keep
        with pytest.raises(EmptyInputError):
            clean(raw(PLAYLIST, fmt="record", title=short))


def test_normalize_text_folds_spaces_line_endings_and_invisible_characters():
    assert normalize_text("a\u00a0\u00a0b\r\nc\u200b\u0007d\r\n\r\n\r\n\r\ne  ") == "a b\ncd\n\ne"


def test_same_text_with_other_white_space_has_the_same_hash_and_id():
    one = clean(raw("Body  text\nhere.", fmt="record"))
    two = clean(raw("Body text here.", fmt="record", outlet="Other"))
    assert one.content_hash == two.content_hash == content_hash("Body text here.") and one.id == two.id


def test_language_guess():
    assert guess_language("The president said that the curfew was extended in the capital.") == "en"
    assert guess_language("Der Präsident sagte, dass die Ausgangssperre verlängert wurde.") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2025-01-07", "2025-01-07"),
        ("2025-01-07T08:00:00Z", "2025-01-07"),
        ("2025-01-07 08:00:00+03:00", "2025-01-07"),
        ("2025-01", "2025-01"),
        ("2025", "2025"),
        ("January 7, 2025", "2025-01-07"),
        ("7 January 2025", "2025-01-07"),
        ("Thu Jan 04 2024", "2024-01-04"),
        ("January 2025", "2025-01"),
        ("Jan 7", None),  # no year: not a date we can state
        ("2025-02-30", None),
        ("yesterday", None),
        ("", None),
        (None, None),
    ],
)
def test_normalize_date(value, expected):
    assert normalize_date(value) == expected


@given(st.dates(min_value=dt.date(1900, 1, 1), max_value=dt.date(2100, 12, 31)))
def test_normalize_date_round_trips(day):
    assert normalize_date(day.isoformat()) == day.isoformat()
    assert normalize_date(day.strftime("%B %d, %Y")) == day.isoformat()
    assert normalize_date(day.strftime("%B %Y")) == day.isoformat()[:7]


def test_malformed_html_still_yields_its_text():
    broken = ("<html><head><title>Broken page</title><body><div><p>Security forces opened fire in Unity Square in the "
              "early hours of Monday, witnesses said.<p>Police said order had been restored <b>across the capital. "
              "<p>The curfew remains in force</div></span></td>")
    article = clean(raw(broken, fmt="html"))
    assert "opened fire in Unity Square" in article.text and "curfew remains in force" in article.text
