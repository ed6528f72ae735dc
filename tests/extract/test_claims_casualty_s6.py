"""Session 6 casualty readings (issue #8, the Gun Violence Archive's headline injured figure), in invented sentences.

Each case names the rule it pins; the cases were wrong before the rule (the guards keep a rule from reaching too far):
- the object of "fatally shot", or people "found shot dead" past a comma, are dead, not injured (``measure``);
- a figure without a noun after "wounds, including" counts a wound, and "loved one" no one (``measure``);
- people only shot at, or spared in a negated relative clause, are not injured (``measure``);
- people taken to a hospital "where both were pronounced dead" are dead (``measure``);
- a headline's "Three teens shot, one fatally" counts the dead among the shot (``titles``);
- "a boy who shot himself", "a teenager who had sustained a gunshot wound", "showed up at a hospital with a gunshot
  wound" name one injured person (``victims``), and so do headlines "Boy shoots self", "Toddler in critical
  condition after shooting" (``titles.single_victims``);
- a modal of the first of two joined verbs holds for the second: "kids could get the guns and hurt somebody" tells of
  no one hurt (``victims``).
"""

from __future__ import annotations

import pytest

from newsdossier.annotate import Part, annotate, sentence_case
from newsdossier.clean import content_hash
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract.claims import extract_claims
from newsdossier.extract.titles import extract_title_figures, single_victims
from newsdossier.extract.victims import extract_victim_counts
from newsdossier.records import Article


def _parts(text: str, nlp):
    article = Article(id="doc-1", content_hash=content_hash(text), source="t", text=text, published="2026-03-10")
    ((_, parts),) = annotate([article], nlp)
    return article, parts


def figures(text: str, nlp) -> list[tuple[str, str | None, float | None]]:
    """(span, measure, low) of the numeric claims of ``text``."""
    article, parts = _parts(text, nlp)
    return [(c.text, c.measure, c.value_low) for c in extract_claims(article, parts, DEFAULT_SETTINGS)]


def people(text: str, nlp) -> list[tuple[str, str, float | None]]:
    """(person, measure, count) of the implicit counts of ``text``."""
    article, parts = _parts(text, nlp)
    return [(c.text, c.measure, c.value_low) for c in extract_victim_counts(article, parts, DEFAULT_SETTINGS)]


def title_figures(title: str, nlp) -> list[tuple[str, float | None]]:
    text = sentence_case(title)
    article = Article(id="t", content_hash="h", source="s", text=text, published="2026-03-10")
    return [(c.measure, c.value_low) for c in extract_title_figures(article, [Part(0, nlp(text))], None)]


@pytest.mark.parametrize("text, expected", [
    ("The man fatally shot his two neighbors before fleeing.", [("two", "deaths", 2.0)]),
    ("Four members of a family, including two children, were found shot dead at their home on Sunday.",
     [("Four", "deaths", 4.0), ("two", "deaths", 2.0)]),
    # guards: a joined verb tells its own event; the dead of a relative clause do not make the wounded dead
    ("A man fatally shot his wife and wounded their two sons.", [("two", "injuries", 2.0)]),
    ("The gunman who fatally shot one man also wounded three people.", [("one", "deaths", 1.0), ("three", "injuries", 3.0)]),
])
def test_killed_by_the_figures_own_verb(nlp, text, expected):
    assert figures(text, nlp) == expected


@pytest.mark.parametrize("text", [
    "The man was found with several gunshot wounds, including one to the chest.",
    "We are deeply hurt by the loss of our loved one.",
])
def test_figures_that_count_no_person_are_no_casualties(nlp, text):
    assert [f for f in figures(text, nlp) if f[1] in ("injuries", "deaths")] == []


@pytest.mark.parametrize("text", [
    "Five people were inside the car when it was shot at.",
    "Three customers who were not hurt ran out of the store.",
    "Two customers who weren't injured ran out.",
    "Two people were in the house when someone fired into the house.",
])
def test_aimed_at_or_spared_are_not_injured(nlp, text):
    assert [f for f in figures(text, nlp) if f[1] == "injuries"] == []


@pytest.mark.parametrize("text, expected", [
    # guards: hit as well as shot at; hurt afterwards, whatever the relative clause says of before
    ("Three men were shot at and wounded outside the bar.", [("Three", "injuries", 3.0)]),
    ("Two people who weren't hurt in the crash were later shot and wounded.", [("Two", "injuries", 2.0)]),
    # "shot at" a place, and shots "fired at" people that hurt some: hit
    ("As many as four people were shot at a bar early Sunday.", [("As many as four", "injuries", 4.0)]),
    ("Shots fired at a group of men left one dead and three others injured.",
     [("one", "deaths", 1.0), ("three", "injuries", 3.0)]),
    # the dead of the sentence do not make the figure's own "injured" a death
    ("Nearly a week ago, the owner of the club was shot dead and five others injured.", [("five", "injuries", 5.0)]),
])
def test_hit_people_stay_injured(nlp, text, expected):
    assert figures(text, nlp) == expected


def test_died_at_the_hospital_they_were_taken_to(nlp):
    assert figures("The two men were rushed to Mercy Hospital, where both were pronounced dead.", nlp) == [
        ("two", "deaths", 2.0)]



@pytest.mark.parametrize("title, expected", [
    ("Three teens shot, one fatally, outside Riverton bakery", [("injuries", 2.0), ("deaths", 1.0)]),
    ("2 men shot in Lakeview, 1 killed", [("injuries", 1.0), ("deaths", 1.0)]),
    ("5 people struck by gunfire, 2 fatally, near Riverton park", [("injuries", 3.0), ("deaths", 2.0)]),
    # guards: the dead named by their own noun, or the wounded alone, are not among the first figure
    ("3 men shot, 2 women killed in Lakeview attack", [("injuries", 3.0), ("deaths", 2.0)]),
    ("Four wounded, one killed at Lakeview party", [("injuries", 4.0), ("deaths", 1.0)]),
])
def test_headline_dead_among_the_shot_after_a_people_noun(nlp, title, expected):
    assert title_figures(title, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    ("Police said a 12-year-old boy who accidentally shot himself in the foot was taken to the hospital.",
     [("a 12-year-old boy", "injuries", 1.0)]),
    ("Officers were called to the field for a report of a teenager who had sustained a gunshot wound to the arm.",
     [("a teenager", "injuries", 1.0)]),
    ("The victim showed up at a local hospital with a gunshot wound.", [("The victim", "injuries", 1.0)]),
    # guard: the wound hung on the verb, as before
    ("A man arrived at the clinic with a gunshot wound to his leg.", [("A man", "injuries", 1.0)]),
])
def test_one_injured_person_behind_a_relative_pronoun_or_a_place(nlp, text, expected):
    assert people(text, nlp) == expected


def test_a_place_with_no_wound_names_no_one(nlp):
    assert people("Deputies found the car at the scene with a flat tire.", nlp) == []


@pytest.mark.parametrize("title, person", [
    ("5-Year-Old Boy Shoots Self With Parent's Gun", "5-Year-old boy"),
    ("Riverton man shoots own leg while cleaning rifle", "man"),
    ("13-year-old accidentally shoots hand while hunting", "13-year-old"),
    ("2-year-old in critical condition after shooting", "2-year-old"),
    ("Boy stable after accidental shooting", "Boy"),
])
def test_headline_single_person_hurt(title, person):
    text = sentence_case(title)
    ((start, end, measure, _),) = single_victims(text)
    assert (text[start:end], measure) == (person, "injuries")


@pytest.mark.parametrize("title", ["Man critical of police response", "Mayor stable after surgery",
                                   "Teen shoots friend at party"])
def test_headline_without_a_hurt_person(title):
    assert single_victims(sentence_case(title)) == []


@pytest.mark.parametrize("text, expected", [
    ("Kids could still get those weapons and hurt somebody, the chief said.", []),
    ("The boy may have found the gun and shot his brother.", []),
    # guards: a modal after the harm, or none at all
    ("The man was shot and could die.", [("The man", "injuries", 1.0)]),
    ("The gunman walked in and shot a clerk.", [("a clerk", "injuries", 1.0)]),
])
def test_a_modal_holds_for_the_verb_joined_to_it(nlp, text, expected):
    assert people(text, nlp) == expected


def test_a_hospital_where_one_of_them_died_leaves_the_others_hurt(nlp):
    # the hospital rule reads a death of all the counted only when the clause says so of them all (no subject, or a
    # plural one); "where the woman died" is one of them (one rule now serves both readings, ``harm.DIED_AT_HOSPITAL``)
    assert ("three", "deaths", 3.0) not in figures("All three victims were taken to the hospital, where the woman died.", nlp)
    assert figures("Four people were taken to a hospital, where they later died.", nlp) == [("Four", "deaths", 4.0)]
