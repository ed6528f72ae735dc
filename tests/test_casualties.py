"""Casualty figures read beside the rest of their article before a headline is chosen (reconcile/casualties.py)."""

from __future__ import annotations

from dataclasses import replace

from newsdossier.reconcile import headlines
from newsdossier.reconcile.casualties import (bare_outliers, conditions, contradicted_zero, dead_among_shot, fired_at,
                                              parts_added, roundups, shot_split_elsewhere, tallies,
                                              the_doer_dead)
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


def test_a_period_tally_and_a_year_scope_are_no_count_of_the_event():
    claims = [claim("a", 305, sentence="So far this year the county has recorded 305 people shot, police said."),
              claim("b", 41, "deaths", "The department tallied 41 homicides during the same period."),
              replace(claim("c", 188, sentence="That compares with 188 in 2014."), scope="2014"),
              claim("d", 3, sentence="Three people were shot outside the arcade on Friday.")]
    assert [c.scope for c in tallies(claims)] == ["a period's tally", "a period's tally", "the year 2014", None]
    (h,) = [h for h in headlines(claims, {"d1": "Ledger"}, MEASURES) if h.measure == "injuries" and h.scope is None]
    assert h.value_low == 3


def test_an_injured_part_told_by_its_condition_is_no_rival_of_the_articles_total():
    claims = [claim("a", 5, sentence="Five people were shot near the ferry landing late Sunday."),
              claim("b", 2, sentence="Two of them are in critical condition at Mercy General.", document="d1"),
              claim("c", 2, sentence="The two passengers were more seriously hurt.", document="d2"),
              claim("d", 4, sentence="Four were hospitalized, three in stable condition.", document="d3"),
              claim("e", 3, sentence="Four were hospitalized, three in stable condition.", document="d3"),
              claim("f", 1, sentence="A man suffered minor injuries.", extractor="rules-victims/1", text="A man")]
    scopes = [c.scope for c in conditions(claims)]
    # d2 states no larger figure; d3's larger figure is in the same sentence; a person alone is left to the rules
    assert scopes == [None, "in a stated condition", None, None, "in a stated condition", None]
    found = {h.measure: h.value_low for h in headlines(claims[:2], {"d1": "Ledger"}, MEASURES) if h.scope is None}
    assert found["injuries"] == 5


def test_a_doer_counted_dead_elsewhere_is_added_to_the_people_he_killed():
    doer = claim("g", 1, "deaths", "The gunman was killed by deputies after a standoff.", extractor="rules-victims/1",
                 text="The gunman")
    victims = claim("v", 3, "deaths", "The gunman killed three deputies before the standoff.", text="three")
    passive = claim("p", 3, "deaths", "Three deputies were killed before the standoff.", text="Three")
    event = claim("e", 3, "deaths", "The ambush killed three deputies.", text="three")
    assert values(the_doer_dead([doer, victims]), "deaths") == [1, 4]
    assert values(the_doer_dead([doer, passive, event]), "deaths") == [1, 3, 3]  # they may count him already
    assert values(the_doer_dead([victims]), "deaths") == [3]  # nothing says he died


def test_a_doer_who_killed_himself_in_the_sentence_is_added_to_his_victims():
    own = claim("s", 2, "deaths", "A man shot and killed his neighbor's two sons, then turned the gun on himself.",
                text="two")
    lived = claim("l", 2, "deaths", "A man killed his two sons, then turned the gun on himself and survived.",
                  text="two")
    assert values(the_doer_dead([own]), "deaths") == [3]
    assert values(the_doer_dead([lived]), "deaths") == [2]


def test_people_shot_at_are_no_count_of_the_hit():
    aimed = claim("a", 12, sentence="The gunman shot at a dozen people before fleeing in a pickup.", text="dozen")
    three = claim("b", 3, sentence="He fired at three of them, injuring one.", text="three", counted="them")
    hit = claim("c", 4, sentence="Four people were shot at a bus stop on Elm Avenue.", text="Four")
    one = claim("d", 1, sentence="He fired at three of them, injuring one.", text="one", counted="")
    assert [c.id for c in fired_at([aimed, three, hit, one])] == ["c", "d"]



def test_a_violent_night_or_a_span_of_city_shootings_is_a_round_up():
    claims = [claim("a", 9, sentence="Sunday capped another violent night in Riverton that saw nine others shot."),
              claim("b", 6, sentence="Two men died and six people were wounded in shootings from Friday to Sunday."),
              claim("c", 11, sentence="Three people were killed in city shootings and 11 were wounded over Labor Day."),
              claim("d", 2, sentence="Two people were shot from a passing car on Friday."),
              claim("e", 12, sentence="Violent weekend in Riverton: 9 scenes, 3 dead, 12 hurt", field="title")]
    assert [c.scope for c in roundups(claims)] == ["round-up of several incidents"] * 3 + [None] + \
        ["round-up of several incidents"]


def test_the_parts_of_one_list_of_the_harmed_are_added_up():
    listed = "Three teenagers and two adults were wounded near the pool."
    parts = [replace(claim("a", 3, sentence=listed, text="Three", counted="teenagers"), start=0, end=5),
             replace(claim("b", 2, sentence=listed, text="two", counted="adults"), start=20, end=23)]
    assert values(parts_added(parts)) == [2, 5]
    verbs = "Two men were killed and three women were wounded."
    two = [replace(claim("c", 2, "deaths", verbs, text="Two", counted="men"), start=0, end=3),
           replace(claim("d", 3, "deaths", verbs, text="three", counted="women"), start=24, end=29)]
    assert values(parts_added(two), "deaths") == [2, 3]  # a verb between: not one list
    total = "The four victims, two men and two women, were treated at Mercy."
    split = [replace(claim("e", 4, sentence=total, text="four", counted="victims"), start=4, end=8),
             replace(claim("f", 2, sentence=total, text="two", counted="men"), start=18, end=21),
             replace(claim("g", 2, sentence=total, text="two", counted="women"), start=30, end=33)]
    assert values(parts_added(split)) == [2, 4, 4]  # the total is not added to its own parts
    ages = "The wounded were 9, 13 and 15."
    assert values(parts_added([replace(claim("h", 13, sentence=ages, text="13", counted=""), start=20, end=22),
                               replace(claim("i", 15, sentence=ages, text="15", counted=""), start=27, end=29)])) == [13, 15]


def test_people_shot_in_one_article_are_split_by_another_that_counts_their_dead():
    shot = claim("a", 6, sentence="Six people were shot outside the Elm Street tavern.", document="d1")
    dead = claim("b", 1, "deaths", "One man was killed and five others were wounded at the tavern.", document="d2")
    hurt = claim("c", 5, sentence="One man was killed and five others were wounded at the tavern.", document="d2")
    (lowered,) = [c for c in shot_split_elsewhere([shot, dead, hurt]) if c.id == "a"]
    assert lowered.value_low == 5 and "another article's dead" in lowered.counted
    other = replace(hurt, value_low=3.0, value_high=3.0)  # 1 + 3 is not 6: a different count, left alone
    assert [c.value_low for c in shot_split_elsewhere([shot, dead, other]) if c.id == "a"] == [6]

