from __future__ import annotations

import pytest

from newsdossier.annotate import annotate
from newsdossier.clean import content_hash
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract.victims import NAME, extract_victim_counts
from newsdossier.records import Article


def counts(nlp, text: str) -> list[tuple[str, str, float, str]]:
    article = Article(id="doc-x", content_hash=content_hash(text), source="x", text=text, published="2014-01-28")
    ((_, parts),) = list(annotate([article], nlp))
    found = extract_victim_counts(article, parts, DEFAULT_SETTINGS)
    for claim in found:
        assert text[claim.start:claim.end] == claim.text and claim.extractor == NAME
        if claim.source:
            assert text[claim.source_start:claim.source_end] == claim.source
    return [(c.text, c.measure, c.value_low, c.status) for c in found]


@pytest.mark.parametrize("text, expected", [
    ("A 17-year-old boy died after an officer-involved shooting Friday night.", [("A 17-year-old boy", "deaths")]),
    ("A 25-year-old man was shot and killed early Sunday, police said.", [("A 25-year-old man", "deaths")]),
    ("The child was pronounced dead at Arkansas Methodist Medical Center.", [("The child", "deaths")]),
    ("Robinson was charged with homicide for the fatal shooting of a fellow student.", [("a fellow student", "deaths")]),
    ("A woman was wounded in the shooting and taken to the hospital.", [("A woman", "injuries")]),
    ("Police arrested a 19-year-old suspect on Monday.", [("a 19-year-old suspect", "arrests")]),
    ("A suspect is in custody, police said.", [("A suspect", "arrests")]),
    ("A 4-year-old girl is dead after a shooting.", [("A 4-year-old girl", "deaths")]),
    ("The boy shot himself in the hand.", [("The boy", "injuries")]),
    ("She was shot in the leg.", [("She", "injuries")]),
    ("Police found a man who had been killed.", [("a man", "deaths")]),
])
def test_a_single_person_killed_wounded_or_arrested_is_a_count_of_one(nlp, text, expected):
    found = counts(nlp, text)
    assert [(t, m) for t, m, _, _ in found] == expected
    assert all(value == 1.0 for _, _, value, _ in found)


def test_the_source_of_the_sentence_is_kept(nlp):
    assert counts(nlp, "A 25-year-old man was shot and killed early Sunday, police said.")[0][3] == "reported"


@pytest.mark.parametrize("text", [
    "The man was not hurt.",
    "A man may have been killed in the blast.",
    "Two men were shot and killed on Sunday.",  # a figure: the claims extractor's
    "The bill was killed in committee.",
])
def test_no_count_for_negated_hedged_plural_pronoun_or_non_person(nlp, text):
    assert counts(nlp, text) == []


def test_a_person_shot_and_killed_is_not_also_an_injury(nlp):
    assert [m for _, m, _, _ in counts(nlp, "A man was shot and killed outside the store.")] == ["deaths"]


def test_a_shooting_of_someone_the_article_says_died_is_not_an_injury(nlp):
    text = "A 4-year-old girl is dead after a shooting. She was accidentally shot by another child. A man was shot in the leg."
    assert [(t, m) for t, m, _, _ in counts(nlp, text)] == [("A 4-year-old girl", "deaths"), ("A man", "injuries")]
