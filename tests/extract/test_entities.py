from __future__ import annotations

import pytest

from newsdossier.annotate import annotate
from newsdossier.clean import clean
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract import extract_document
from newsdossier.extract.entities import tidy_span
from newsdossier.records import RawArticle


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
        assert m.extractor == "spacy-ner/model-1"
    texts = {m.text for m in result.mentions}
    assert "Marenta" in texts and "Aliya Temirova" in texts and "United Nations" in texts
    assert not any(m.text in ("227", "Thursday", "At least 227") for m in result.mentions)
