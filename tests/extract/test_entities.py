from __future__ import annotations

import pytest

from newsdossier.annotate import annotate
from newsdossier.clean import clean
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract import extract_document
from newsdossier.extract.entities import extract_mentions, tidy_span
from newsdossier.records import Article, RawArticle


@pytest.mark.parametrize(
    ("text", "start", "expected"),
    [
        ("the National Security Committee", 10, (14, "National Security Committee")),
        ("Temirova's", 0, (0, "Temirova")),
        ("Temirova’s", 0, (0, "Temirova")),
        ("Reuters\nPhoto", 5, (5, "Reuters")),
        ("U.S.", 0, (0, "U.S.")),
        ("the", 0, None),
        ("'s", 0, None),
    ],
)
def test_tidy_span(text, start, expected):
    assert tidy_span(text, start) == expected


def test_mentions_index_the_cleaned_text_and_skip_numeric_labels(nlp):
    text = (
        "At least 227 people were killed in Marenta, officials said on Thursday.\n\n"
        "President Aliya Temirova addressed the nation from Marenta. The United Nations called for calm."
    )
    article = clean(RawArticle(source="x", format="record", content=text))
    (_, parts), = annotate([article], nlp)
    result = extract_document(article, parts, DEFAULT_SETTINGS, "model-1")
    assert result.mentions, "the model finds names here"
    for m in result.mentions:
        assert article.text[m.start:m.end] == m.text
        assert m.label in DEFAULT_SETTINGS.entity_labels
        assert m.extractor == "spacy-ner+rules/model-1"
    texts = {m.text for m in result.mentions}
    assert "Marenta" in texts and "Aliya Temirova" in texts and "United Nations" in texts
    assert not any(m.text in ("227", "Thursday", "At least 227") for m in result.mentions)


@pytest.fixture
def mentions(nlp):
    """text (paragraphs separated by blank lines) -> the extractor's mentions as (text, label, refers_to, description)."""

    def run(text: str) -> list[tuple[str, str, str | None, str | None]]:
        article = Article(id="doc-test", content_hash="x", source="test", text=text)
        (_, parts), = annotate([article], nlp)
        found = extract_mentions(article, parts, DEFAULT_SETTINGS)
        for m in found:
            assert article.text[m.start:m.end] == m.text
        return [(m.text, m.label, m.refers_to, m.description) for m in found]

    return run


def test_titles_are_cut_and_a_dropped_first_name_restored(mentions):
    found = mentions("Some 225 people were killed, Prosecutor General Lidiya Karaman said on Wednesday.\n\n"
                     "Karaman told reporters the toll was final. Sergeant Pavel Idrin died on Sunday.")
    assert ("Lidiya Karaman", "PERSON", None, "Prosecutor General") in found
    assert ("Karaman", "PERSON", "Lidiya Karaman", None) in found
    assert any(text == "Pavel Idrin" and label == "PERSON" for text, label, *_ in found)


def test_short_forms_link_to_the_full_name_within_the_article(mentions):
    found = mentions("President Ilena Tarkhal addressed the nation. Ms. Tarkhal blamed foreign-trained terrorists.\n\n"
                     "Critics said Tarkhal's speech avoided the death toll.")
    short = [(text, refers) for text, label, refers, _ in found if "Tarkhal" in text and text != "Ilena Tarkhal"]
    assert short and all(refers == "Ilena Tarkhal" for _, refers in short)


def test_acronyms_defined_in_the_text_refer_to_their_expansion(mentions):
    found = mentions("Troops from the Collective Security Treaty Organization (CSTO) arrived on Thursday.\n\n"
                     "The Russia-led CSTO said the mission would last two weeks.")
    assert ("Collective Security Treaty Organization", "ORG", None, None) in found
    csto = [(label, refers) for text, label, refers, _ in found if text == "CSTO"]
    assert csto == [("ORG", "Collective Security Treaty Organization")] * 2
    assert ("Russia", "GPE", None, None) in found


def test_offices_are_organisations(mentions):
    found = mentions("The Prosecutor General's Office said 716 criminal cases had been opened.")
    assert ("Prosecutor General's Office", "ORG", None, None) in found


def test_role_appositions_become_descriptions(mentions):
    found = mentions("Karim Massimov, head of the national security committee and former prime minister, was arrested.\n\n"
                     "\"The number was not provided,\" ministry spokesman Emil Tursan told reporters.")
    assert ("Karim Massimov", "PERSON", None, "head of the national security committee and former prime minister") in found
    assert ("Emil Tursan", "PERSON", None, "ministry spokesman") in found


def test_names_the_text_equates_are_linked_as_one_event(mentions):
    found = mentions('Velorians have already started to call the week "Ketar Zhanvel" ("Black January").')
    assert ("Ketar Zhanvel", "EVENT", None, None) in found
    assert ("Black January", "EVENT", "Ketar Zhanvel", None) in found


def test_a_city_is_not_linked_to_its_region(mentions):
    found = mentions("Police in Orvash said five people had died. Across Orvash Region, 340 people were detained.")
    assert ("Orvash", "GPE", None, None) in found
    assert any(text == "Orvash Region" and refers is None for text, _, refers, _ in found)
    assert not any(text.startswith("Across") for text, *_ in found)


def test_junk_is_dropped_and_social_networks_are_organisations(mentions):
    found = mentions("Follow us on Twitter for updates.\n\nicon-facebook icon-twitter icon-whatsapp\n\n"
                     "Justice Minister Arno Keldys said the amnesty would apply to 1,000 people.")
    texts = {text: label for text, label, *_ in found}
    assert texts.get("Twitter", "ORG") == "ORG"
    assert not any("icon" in text for text in texts)
    assert "Justice" not in texts and texts.get("Arno Keldys") == "PERSON"


def test_a_headline_in_title_case_keeps_only_the_names(mentions):
    found = mentions("Lindsay Lohan Checks Into Betty Ford Clinic For Three Months\n\n"
                     "Lindsay Lohan checked into the Betty Ford Clinic in Rancho Mirage on Thursday, her lawyer said.")
    heading = [text for text, *_ in found if text.startswith("Lindsay")]
    assert heading and all(text == "Lindsay Lohan" for text in heading)


def test_missed_short_forms_are_found_but_a_place_stays_a_place(mentions):
    found = mentions("Steve Jobs unveiled the phone on Tuesday. Analysts said Jobs had kept the price secret.\n\n"
                     "Doctors at Orvash City Hospital treated dozens. Police in Orvash said five people had died.")
    assert ("Jobs", "PERSON", "Steve Jobs", None) in found
    assert ("Orvash", "GPE", None, None) in found


def test_an_initial_and_a_surname_are_a_person(mentions):
    found = mentions("The investigation against T. Oskarbaev on the charge of high treason continues.")
    assert ("T. Oskarbaev", "PERSON", None, None) in found
