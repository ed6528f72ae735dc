"""Casualty figures read beside the rest of their article before a headline is chosen (reconcile/casualties.py)."""

from __future__ import annotations

from dataclasses import replace

from newsdossier.reconcile import headlines
from newsdossier.reconcile.casualties import bare_outliers, contradicted_zero, dead_among_shot, roundups
from newsdossier.records import Claim

MEASURES = ("deaths", "injuries", "arrests")


def claim(cid, low, measure="injuries", sentence="", document="d1", counted="people", status="asserted",
          extractor="rules-claims/1", text=None, field="text") -> Claim:
    return Claim(id=cid, document=document, start=0, end=1, text=text or str(low), sentence=sentence, measure=measure,
                 counted=counted, value_low=low, value_high=low, qualifier="exact", as_of="2016-05-01", status=status,
                 extractor=extractor, field=field)


def values(claims, measure="injuries"):
    return sorted(c.value_low for c in claims if c.measure == measure)


def test_people_shot_include_the_dead_the_article_counts_elsewhere():
    claims = [claim("a", 5, sentence="Durham was one of five people shot during a fight at the bar."),
              claim("b", 1, "deaths", "Kevie Durham, 24, was killed in the shooting.", extractor="rules-victims/1")]
    (shot,) = [c for c in dead_among_shot(claims) if c.measure == "injuries"]
    assert shot.value_low == 4 and "not killed: 5 - 1" in shot.counted


def test_a_citys_toll_for_the_year_is_not_the_articles_dead():
    claims = [claim("a", 4, sentence="Four people were shot in a Harlow apartment Tuesday night."),
              claim("b", 2, "deaths", "Two died and two others are recovering."),
              claim("c", 51, "deaths", "The double homicide brings the city's count to 51.")]
    assert values(dead_among_shot(claims)) == [2]


def test_people_shot_who_all_died_are_no_injury():
    claims = [claim("a", 2, sentence="The two were shot multiple times and died at the scene."),
              claim("b", 2, "deaths", "Two people are dead after a shooting.")]
    assert values(dead_among_shot(claims)) == []


def test_the_injured_alone_and_other_articles_are_left_as_they_are():
    claims = [claim("a", 3, sentence="Three others were shot and wounded."),  # injured only
              claim("b", 4, sentence="Four people were shot.", document="d2"),  # no death in its own article
              claim("c", 1, "deaths", "One man was killed.")]
    assert values(dead_among_shot(claims)) == [3, 4]


def test_a_zero_injured_beside_an_injured_person_of_the_same_article_is_set_aside():
    zero = claim("z", 0, counted="none", status="negated", sentence="None of the injured were intended targets.")
    zero = replace(zero, value_low=0.0, value_high=0.0)
    person = claim("p", 1, extractor="rules-victims/1", text="A 6-year-old boy", sentence="A 6-year-old boy was shot.")
    assert [c.id for c in contradicted_zero([zero, person])] == ["p"]
    pronoun = claim("q", 1, extractor="rules-victims/1", text="her", sentence="He would never hurt her.")
    assert [c.id for c in contradicted_zero([zero, pronoun])] == ["z", "q"]  # a pronoun is too weak a reading
    no_arrests = replace(zero, measure="arrests", id="n")
    arrest = claim("r", 1, "arrests", extractor="rules-victims/1", text="A man")
    assert [c.id for c in contradicted_zero([no_arrests, arrest])] == ["n", "r"]  # "no arrests" stands


def test_a_bare_large_number_that_nothing_repeats_is_set_aside():
    ages = claim("a", 12, counted="", sentence="Children between the ages of 7 and 12 were home alone.")
    named = claim("b", 19, counted="", sentence="As many as 19 injured in parade shooting.")
    title = claim("c", 19, counted="wounded", sentence="19 wounded in parade shooting", document="d2",
                  extractor="rules-titles/1")
    small = claim("d", 4, counted="", sentence="Four were treated and released.")
    assert [c.id for c in bare_outliers([ages, named, title, small])] == ["b", "c", "d"]


def test_a_round_up_sentence_is_scoped_to_the_round_up():
    claims = [claim("a", 16, sentence="Three died and 16 were wounded in seven separate shootings across the city."),
              claim("b", 12, sentence="At least 12 more were wounded in shootings across the city Monday."),
              claim("c", 1, sentence="A 21-year-old man was wounded in one of the shootings."),
              claim("d", 4, sentence="Four people were wounded in a shooting outside a bar."),
              claim("e", 2, "deaths", "Detectives are investigating four separate triple shootings, in which two "
                                      "people died."),
              claim("f", 1, "deaths", "One person is dead and another is hurt after two shootings on Wednesday.")]
    assert [c.scope for c in roundups(claims)] == ["round-up of several incidents"] * 2 + [None, None] + \
        ["round-up of several incidents"] * 2


def test_headlines_use_the_rules():
    claims = [claim("a", 5, sentence="Durham was one of five people shot during a fight at the bar."),
              claim("b", 1, "deaths", "Kevie Durham, 24, was killed in the shooting.", extractor="rules-victims/1")]
    found = {h.measure: h.value_low for h in headlines(claims, {"d1": "Ledger"}, MEASURES)}
    assert found == {"deaths": 1, "injuries": 4}


def test_a_person_named_by_a_follow_up_story_does_not_outvote_the_stated_count():
    """An implicit count of one backs a figure of one only when its own article states no figure of its own."""
    count = [claim(f"s{i}", 4, document=f"d{i}", sentence="One dead and four others injured.") for i in (1, 2)]
    ones = [claim(f"o{i}", 1, document=f"d{i}", extractor="rules-victims/1", text="the clerk",
                  sentence="One of the shots hit the clerk.") for i in (1, 2)]
    later = [claim("l3", 1, document="d3", extractor="rules-victims/1", text="a police officer",
                   sentence="He is accused of injuring a police officer."),
             claim("l4", 2, document="d3", counted="others", sentence="He is accused of injuring two others.")]
    later = [replace(c, as_of="2016-05-09") for c in later]
    voices = {"d1": "Ledger", "d2": "Wire", "d3": "Courier"}
    (h,) = [h for h in headlines(count + ones + later, voices, MEASURES) if h.measure == "injuries"]
    assert h.value_low == 4


def test_a_sentence_that_names_its_own_dead_among_the_shot_counts_them_out():
    claims = [claim("a", 5, sentence="All five men were shot; Mackey and Haywood died.", counted="men"),
              claim("b", 2, "deaths", "All five men were shot; Mackey and Haywood died.", extractor="rules-victims/1"),
              claim("c", 1, "deaths", "Mackey was pronounced dead at the scene.", extractor="rules-victims/1")]
    assert values(dead_among_shot(claims)) == [3]  # the sentence's own two dead, not the one of another sentence


def test_a_gunman_who_shot_himself_is_not_one_of_the_victims_he_shot():
    sentence = "Three female victims were found with gunshot wounds, and the gunman fatally shot himself."
    claims = [claim("a", 3, sentence=sentence, counted="female victims"),
              claim("b", 1, "deaths", sentence, extractor="rules-victims/1", text="the gunman")]
    assert values(dead_among_shot(claims)) == [3]


def test_a_later_story_naming_one_victim_does_not_lower_the_count_another_outlet_stated():
    stated = claim("s", 3, document="d1", sentence="A man was killed and three others were wounded.", counted="others")
    later = replace(claim("l", 1, document="d2", extractor="rules-victims/1", text="her son",
                          sentence="At the hospital she was told her son, who had been shot, would survive."),
                    as_of="2016-05-09")
    (h,) = [h for h in headlines([stated, later], {"d1": "Ledger", "d2": "Wire"}, MEASURES) if h.measure == "injuries"]
    assert h.value_low == 3 and "names one person" in h.rule
    arrested = [replace(stated, measure="arrests", counted="men", id="a"), replace(later, measure="arrests", id="b")]
    (a,) = headlines(arrested, {"d1": "Ledger", "d2": "Wire"}, MEASURES)
    assert a.value_low == 1  # arrests rise one by one: the later one leads
