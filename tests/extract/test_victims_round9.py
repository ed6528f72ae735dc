"""Session 9: counts told by a shooting's name ("a quadruple shooting", extract/multiple_shootings.py, run by the
victims extractor) and "would not survive" as no word of survival (victims.SURVIVED), on invented sentences."""

from __future__ import annotations

import pytest

from newsdossier.annotate import annotate
from newsdossier.clean import content_hash
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract.multiple_shootings import multiple_shooting_claims
from newsdossier.extract.victims import NAME, SURVIVED, extract_victim_counts
from newsdossier.records import Article


def counts(nlp, text: str) -> list[tuple[str, str, float]]:
    article = Article(id="doc-r9", content_hash=content_hash(text), source="x", text=text, published="2016-05-02")
    ((_, parts),) = list(annotate([article], nlp))
    found = extract_victim_counts(article, parts, DEFAULT_SETTINGS)
    for claim in found:
        assert text[claim.start:claim.end] == claim.text and claim.extractor == NAME
    return [(c.text, c.measure, c.value_low) for c in found]


@pytest.mark.parametrize("text, expected", [
    ("Detectives want to speak with the driver of a gray sedan seen near the triple shooting on Oak Avenue.",
     ("triple shooting", "injuries", 3.0)),
    ("No arrests have been made in Saturday's quadruple-shooting outside the skating rink.",
     ("quadruple-shooting", "injuries", 4.0)),
    ("Officers found shell casings at the scene of a double shooting near the river.",
     ("double shooting", "injuries", 2.0)),
])
def test_a_shooting_named_by_its_number_counts_the_hit(nlp, text, expected):
    assert expected in counts(nlp, text)


@pytest.mark.parametrize("text", [
    "The county has seen two double shootings since March.",  # several shootings: no one event's count
    "The shop sells double-barrel shotguns and target pistols.",
    "Police are investigating a shooting on Oak Avenue.",
])
def test_no_count_without_one_shooting_named_by_its_number(nlp, text):
    assert not [c for c in counts(nlp, text) if c[0].lower().endswith("shooting")]


def test_the_claim_is_marked_as_a_count_of_the_hit():
    article = Article(id="d", content_hash="h", source="x", text="", published="2016-05-02")
    (found,) = multiple_shooting_claims(article, [(10, "Police said the quintuple shooting was gang-related.", "text")],
                                        NAME)
    assert (found.value_low, found.counted, found.start) == (5.0, "people hit in a quintuple shooting", 26)


def test_would_not_survive_is_no_survival():
    assert SURVIVED.search("The boy is expected to survive his wounds.")
    assert SURVIVED.search("She survived the attack.")
    for sentence in ("Doctors told the family he would not survive.", "The teen did not survive the night.",
                     "She didn't survive her injuries.", "He never survived the surgery."):
        assert not SURVIVED.search(sentence), sentence


def test_the_dead_persons_wound_is_how_he_died_even_when_he_would_not_survive(nlp):
    text = ("Her grandson was shot and killed on Friday. At the clinic, she was told her grandson, who had been shot "
            "in the neck, would not survive.")
    found = counts(nlp, text)
    assert ("Her grandson", "deaths", 1.0) in found
    assert not [c for c in found if c[1] == "injuries"]
    guard = "Her grandson was shot and killed on Friday. Her nephew, who had been shot in the neck, survived."
    assert [c for c in counts(nlp, guard) if c[1] == "injuries"]  # a survivor stays hurt


def test_another_person_shot_by_the_shooter_may_be_the_dead_one(nlp):
    # "another" sets the one hit apart from the one who fired, not from a victim counted before
    for text in ("A man died at a hospital on Sunday. Deputies say a 20-year-old accidentally shot another man while "
                 "cleaning a rifle.",
                 "The boy was pronounced dead at the scene. Police said one brother was playing with the pistol when "
                 "he shot the other boy."):
        assert not [c for c in counts(nlp, text) if c[1] == "injuries"], text


def test_another_person_told_beside_a_death_stays_hurt(nlp):
    # guards: "another man was also shot" (a second victim), a sentence that tells its own death
    for text in ("A man died at a hospital on Sunday. Another man was also shot in the arm.",
                 "The gunman shot and killed a cashier and shot another man in the leg."):
        assert [c for c in counts(nlp, text) if c[1] == "injuries"], text
