"""Session 8 readings of casualty figures before a headline is chosen (reconcile/casualties.py), on invented claims.

- A person counted by place ("a fifth victim", "A third person has died") gives the count the place implies
  (``ordinal_victims``).
- "wounded in shootings from Friday to Sunday", "in weekend shootings" sum up several incidents, and a title that gives
  the same figure as its text's round-up is that round-up's too (``roundups``).
- An address ("at 4417 Elm Ave.") counts no one, and an open "at least nine" backs no bare "46" (``bare_outliers``).
- "Other" that is not the figure's own noun says nothing of the injured, and "hitting four people" counts the hit, dead
  included (``dead_among_shot``).
- "in the last six months", a sentence opening with "Last year" and "in just two days" tell a period's tally
  (``tallies``); "a shooting last year that left four wounded" is the event told again.
"""

from __future__ import annotations

from dataclasses import replace

from newsdossier.reconcile.casualties import (bare_outliers, dead_among_shot, ordinal_victims, prepare, roundups,
                                              tallies)
from newsdossier.records import Claim


def claim(cid: str, low: float, measure: str = "injuries", sentence: str = "", *, text: str | None = None,
          counted: str = "people", document: str = "d1", extractor: str = "rules-claims/5", field: str = "text",
          qualifier: str = "exact", high: float | None = None) -> Claim:
    text = text or str(int(low))
    return Claim(id=cid, document=document, start=0, end=len(text), text=text, sentence=sentence or f"{text} was hurt.",
                 measure=measure, counted=counted, value_low=low, value_high=low if high is None else high,
                 qualifier=qualifier, as_of="2026-03-02", status="asserted", extractor=extractor, field=field)


def person(cid: str, text: str, sentence: str, measure: str = "injuries", document: str = "d1",
           field: str = "text") -> Claim:
    """An implicit count of one, as the victims extractor makes it."""
    return claim(cid, 1.0, measure, sentence, text=text, counted=f"{text} harmed", document=document,
                 extractor="rules-victims/1", field=field)


def value(claims: list[Claim], cid: str) -> float | None:
    (found,) = [c for c in claims if c.id == cid]
    return found.value_low


def scope(claims: list[Claim], cid: str) -> str | None:
    (found,) = [c for c in claims if c.id == cid]
    return found.scope


# ordinal_victims


def test_a_person_counted_by_place_gives_the_count_of_the_hurt():
    claims = [person("a", "A fifth male victim", "A fifth male victim was found later at a hospital across town.")]
    assert value(ordinal_victims(claims), "a") == 5
    claims = [person("a", "an 8th teen", "Police now say an 8th teen was injured at the party.")]
    assert value(ordinal_victims(claims), "a") == 8


def test_the_dead_counted_before_the_place_are_not_injured():
    claims = [person("a", "a fourth person", "Three people were shot to death and a fourth person was badly hurt."),
              claim("b", 3, "deaths", "Three people were shot to death and a fourth person was badly hurt.")]
    assert value(ordinal_victims(claims), "a") == 1
    claims = [person("a", "The fifth victim", "The fifth victim, a 30-year-old man, was shot in both legs."),
              claim("b", 2, "deaths", "Two men died at the scene."),
              claim("c", 14, "deaths", "The city has counted 14 homicides.")]  # no toll above the place
    assert value(ordinal_victims(claims), "a") == 3


def test_a_pronoun_stands_for_the_person_the_sentence_opens_with():
    sentence = "The second victim, 19, was taken to Lakeside General, where he was listed in stable condition."
    assert value(ordinal_victims([person("a", "he", sentence)]), "a") == 2
    claims = [person("a", "he", sentence),
              person("b", "A 30-year-old man", "A 30-year-old man was killed at the scene.", "deaths")]
    assert value(ordinal_victims(claims), "a") == 1  # two hit, one of them dead


def test_one_more_dead_makes_so_many_dead():
    claims = [person("a", "A third person", "A third person has died after the shooting near the school.", "deaths"),
              person("b", "A fourth victim", "A fourth victim was critically injured.")]
    out = ordinal_victims(claims)
    assert value(out, "a") == 3 and value(out, "b") == 1


def test_places_that_give_no_count():
    # guards: "the second man" may be the second of two already counted; a place in a tally; an ordinal of no person
    claims = [person("a", "The second man", "The second man died at the hospital.", "deaths"),
              person("b", "Third child", "Third child dies from a shooting in the city in just two days",
                     "deaths", field="title"),
              person("c", "a man", "It was the second shooting on the block this month; a man was hurt.")]
    assert [c.value_low for c in ordinal_victims(claims)] == [1, 1, 1]


# roundups


def test_wounded_in_shootings_sums_up_several_incidents():
    for sentence in ("Eleven people were wounded in shootings from Friday evening to Sunday morning.",
                     "Nine people were wounded in weekend shootings, police said.",
                     "Twenty-three other people were wounded in shootings."):
        assert scope(roundups([claim("a", 9, sentence=sentence)]), "a") == "round-up of several incidents"


def test_the_shootings_of_one_event_are_no_round_up():
    # guards: "the shootings" of this event, "shootings of two brothers"
    for sentence in ("The boy was critically wounded in the shootings, police said.",
                     "Two men were wounded in shootings of two brothers on Elm Street."):
        assert scope(roundups([claim("a", 2, sentence=sentence)]), "a") is None


def test_a_title_with_its_texts_round_up_figure_is_the_round_up():
    text = claim("a", 6, sentence="Six people were wounded in weekend shootings.")
    title = claim("b", 6, sentence="6 shot Sunday in Lakeside", field="title")
    other = claim("c", 2, sentence="2 shot on Elm Street", field="title", document="d2")
    out = roundups([text, title, other])
    assert scope(out, "b") == "round-up of several incidents" and scope(out, "c") is None


# bare_outliers


def test_an_address_counts_no_one():
    claims = [claim("a", 4417, sentence="Officers were called to a report of shots fired at 4417 Elm Ave. SE.",
                    counted="Ave"),
              claim("b", 1, sentence="One person was shot.")]
    assert [c.id for c in bare_outliers(claims)] == ["b"]


def test_an_open_bound_backs_no_bare_number():
    age = claim("a", 46, sentence="The suspect (w/m, 46) was pronounced dead at the scene.", counted="")
    open_bound = replace(claim("b", 9, sentence="Officers found at least nine people injured.", qualifier="at_least"),
                         value_high=None)
    assert [c.id for c in bare_outliers([age, open_bound])] == ["b"]
    exact = claim("c", 46, sentence="Police said 46 people were hurt in the stampede.", document="d2")
    assert [c.id for c in bare_outliers([age, exact])] == ["a", "c"]  # guard: a bounded figure still backs it


# dead_among_shot


def test_other_that_is_not_the_figures_noun_leaves_the_shot_counting_the_dead():
    claims = [claim("a", 4, sentence="Police arrested the other man they say shot four people at the party."),
              claim("b", 1, "deaths", "One of them, a 20-year-old woman, died on Tuesday.")]
    assert value(dead_among_shot(claims), "a") == 3
    guard = [claim("a", 4, sentence="Four others were shot at the party.", counted="others"),
             claim("b", 1, "deaths", "One of them, a 20-year-old woman, died on Tuesday.")]
    assert value(dead_among_shot(guard), "a") == 4


def test_hitting_counts_the_hit_dead_included():
    claims = [claim("a", 4, sentence="A gunman fired into the crowd, hitting four people."),
              claim("b", 1, "deaths", "A 19-year-old man died at the hospital.")]
    assert value(dead_among_shot(claims), "a") == 3


# tallies


def test_periods_are_tallies():
    for sentence in ("Police have responded to two murders at the complex in the last six months.",
                     "Last year in Metro City, 2,100 people were shot.",
                     "“It is awful.” Last year 2,100 people were shot here."):
        assert scope(tallies([claim("a", 2, "deaths", sentence)]), "a") == "a period's tally"


def test_the_event_told_again_a_year_later_is_no_tally():
    sentence = "A second suspect was arrested in a shooting last year that left four people wounded."
    assert scope(tallies([claim("a", 4, sentence=sentence)]), "a") is None


def test_prepare_reads_a_place_after_a_tally():
    # the ordinal rule runs after tallies and round-ups: a place in a round-up stays one
    claims = [person("a", "A third man", "A third man was wounded in shootings across the city over the weekend.")]
    assert value(prepare(claims), "a") == 1
