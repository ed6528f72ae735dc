from __future__ import annotations

import pytest

from newsdossier.reconcile import RULES, headline_text, headlines
from newsdossier.records import Claim

MEASURES = ("deaths", "injuries", "arrests")


def claim(cid, document, low, high=None, qualifier="exact", as_of=None, status="asserted", measure="deaths", scope=None,
          source=None) -> Claim:
    return Claim(id=cid, document=document, start=0, end=1, text=str(low), sentence="", measure=measure, counted="people",
                 value_low=low, value_high=low if high is None else high, qualifier=qualifier, as_of=as_of, status=status,
                 scope=scope, source=source)


VOICES = {"d1": "Ledger", "d2": "Wire", "d3": "Courier", "d4": "Wire"}


def test_the_latest_date_wins_and_the_rule_says_why():
    claims = [claim("a", "d1", 164, as_of="2025-01-09", status="retracted"), claim("b", "d2", 225, qualifier="about", as_of="2025-01-22"),
              claim("c", "d3", 227, as_of="2025-02-03", source="the health ministry"),
              claim("d", "d1", 227, as_of="2025-02-03")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert (h.value_low, h.qualifier, h.as_of) == (227, "exact", "2025-02-03")
    assert h.claims[0] in {"c", "d"} and set(h.claims) == {"b", "c", "d"}  # "about 225" overlaps 227
    assert h.rule.startswith("latest-corroborated: latest figure (3 Feb 2025), given by 2 of 2 outlets")
    assert "3 of 3 outlets in all give a compatible figure" in h.rule and "1 retracted figure" in h.rule
    assert headline_text(h) == "Deaths: 227 (3 Feb 2025)"


def test_on_one_date_the_figure_more_outlets_support_wins():
    claims = [claim("a", "d1", 3, as_of="2025-01-09"), claim("b", "d2", 2, as_of="2025-01-09"),
              claim("c", "d3", 2, as_of="2025-01-09"), claim("d", "d4", 2, as_of="2025-01-09")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert h.value_low == 2 and "given by 2 of 3 outlets" in h.rule  # d2 and d4 are one outlet


def test_ties_go_to_the_bounded_exact_then_higher_figure():
    claims = [claim("a", "d1", 100, qualifier="at_least", as_of="2025-01-09"), claim("b", "d2", 120, as_of="2025-01-09")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert h.value_low == 120  # both supported by both outlets ("at least 100" includes 120): the exact one leads


def test_denied_retracted_and_disputed_figures_never_lead_but_a_zero_denial_does():
    claims = [claim("a", "d1", 40, status="disputed", as_of="2025-01-10"), claim("b", "d2", 300, status="negated"),
              claim("c", "d3", 12, as_of="2025-01-09")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert h.value_low == 12 and "1 disputed figure" in h.rule and "1 denied figure" in h.rule
    (zero,) = headlines([claim("z", "d1", 0, status="negated", measure="injuries")], VOICES, MEASURES)
    assert (zero.value_low, zero.qualifier) == (0, "exact")


def test_hedged_figures_lead_only_when_nothing_firmer_exists():
    (h,) = headlines([claim("a", "d1", 50, status="hedged")], VOICES, MEASURES)
    assert h.value_low == 50 and "only hedged figures" in h.rule
    (h,) = headlines([claim("a", "d1", 50, status="hedged"), claim("b", "d2", 20)], VOICES, MEASURES)
    assert h.value_low == 20


def test_one_headline_per_measure_and_scope_overall_first():
    claims = [claim("a", "d1", 149, scope="in the capital alone"), claim("b", "d2", 227), claim("c", "d3", 40, measure="arrests"),
              claim("d", "d3", 5, measure="homes"), claim("e", "d3", 149, scope="in the capital"), claim("f", "d3", 3, scope="in Orvash")]
    found = headlines(claims, VOICES, MEASURES)
    assert [(h.measure, h.scope) for h in found] == [("deaths", None), ("deaths", "in the capital alone"), ("arrests", None)]
    assert found[1].claims == ("a", "e") or found[1].claims == ("e", "a")  # a scope named once ("in Orvash") gets none


@pytest.mark.parametrize("rule", sorted(RULES))
def test_every_rule_names_itself(rule):
    (h,) = headlines([claim("a", "d1", 3, as_of="2025-01-09"), claim("b", "d2", 5, as_of="2025-01-10")], VOICES, MEASURES, rule=rule)
    assert h.rule.startswith(f"{rule}: ")


def test_an_open_latest_figure_gives_way_to_the_exact_figure_it_includes():
    claims = [claim("a", "d1", 4353, as_of="2025-01-22"), claim("b", "d2", 4000, qualifier="more_than", as_of="2025-02-14"),
              claim("c", "d3", 3800, qualifier="more_than", as_of="2025-01-15")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert (h.value_low, h.qualifier, h.as_of) == (4353, "exact", "2025-01-22")
    assert "more than 4,000, sharpened to the latest exact figure it includes (22 Jan 2025)" in h.rule
    lone = [claim("b", "d2", 4000, qualifier="more_than", as_of="2025-02-14"), claim("a", "d1", 3000, as_of="2025-01-22")]
    assert headlines(lone, VOICES, MEASURES)[0].value_low == 4000  # 3,000 is not "more than 4,000"


def test_a_lower_bound_is_sharpened_only_to_an_exact_figure_near_it():
    claims = [claim("a", "d1", 5, as_of="2025-01-09"), claim("b", "d2", 1, qualifier="at_least", as_of="2025-01-10")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert (h.value_low, h.qualifier) == (1, "at_least")  # "at least one" is no rounding of 5


def test_an_individual_count_stays_evidence_for_headlines_but_leaves_the_findings_when_its_article_states_a_figure():
    from dataclasses import replace

    from newsdossier.reconcile import reconcile

    one = replace(claim("v", "d1", 1, as_of="2025-01-09"), extractor="rules-victims/1")
    stated = claim("s", "d1", 225, qualifier="about", as_of="2025-01-10")
    other = claim("o", "d2", 1, as_of="2025-01-09")
    (finding,) = reconcile([one, stated, other], VOICES)
    assert finding.kind == "evolution" and set(finding.claims) == {"s", "o"}  # "a man was killed" is one of the 225
    # measured on GVA: as headline evidence the individual count helps (killed 0.815 against 0.795 without it)
    (h,) = headlines([one, stated, other], VOICES, MEASURES)
    assert h.value_low == 225


def test_on_one_date_a_stated_figure_leads_over_an_individual_count():
    from dataclasses import replace

    one = replace(claim("v", "d1", 1, as_of="2025-02-14", measure="arrests"), extractor="rules-victims/1")
    stated = claim("s", "d1", 10000, qualifier="about", as_of="2025-02-14", measure="arrests")
    (h,) = headlines([one, stated], VOICES, MEASURES)
    assert (h.value_low, h.qualifier) == (10000, "about")  # "the former minister was arrested" is no count of arrests


def victim(cid, document, text, counted, measure="injuries", as_of="2025-03-01", value=1.0, sentence="", field="text"):
    """An implicit count from the victims extractor: ``text`` is the person, ``counted`` ends with the predicate."""
    from dataclasses import replace

    return replace(claim(cid, document, value, as_of=as_of, measure=measure), extractor="rules-victims/1", text=text,
                   counted=counted, sentence=sentence, field=field)


def test_a_person_shot_in_one_article_and_dead_in_another_is_counted_dead_only():
    died = victim("d", "d2", "The girl", "The girl died", measure="deaths", as_of="2025-03-02")
    shot = victim("s", "d1", "the girl", "the girl shot", as_of="2025-03-01")
    found = {h.measure: h.value_low for h in headlines([died, shot], VOICES, MEASURES)}
    assert found == {"deaths": 1}  # the girl who was shot is the girl who died
    # a wounded person reported before the death is the dead one; one reported after it is someone else
    wounded = victim("w", "d1", "a 17-year-old", "a 17-year-old wounded", as_of="2025-03-01")
    dead = victim("k", "d2", "the 17-year-old", "the 17-year-old killed", measure="deaths", as_of="2025-03-02")
    assert [h.measure for h in headlines([wounded, dead], VOICES, MEASURES)] == ["deaths"]
    later = victim("w", "d1", "a 17-year-old", "a 17-year-old wounded", as_of="2025-03-05")
    assert [h.measure for h in headlines([later, dead], VOICES, MEASURES)] == ["deaths", "injuries"]


@pytest.mark.parametrize("injured, counted, sentence", [
    ("A police officer", "A police officer shot", ""),  # an officer is not the suspect who died
    ("A boy", "A boy shot", ""),  # a child is not the man who died
    ("Another man", "Another man shot", ""),  # told apart
    ("The man", "The man shot", "The man was shot and is in stable condition."),  # said to live
])
def test_someone_told_apart_from_the_dead_stays_injured(injured, counted, sentence):
    died = victim("d", "d2", "the man" if "officer" not in injured else "the suspect",
                  "the man killed" if "officer" not in injured else "the suspect killed", measure="deaths")
    shot = victim("s", "d1", injured, counted, sentence=sentence)
    assert sorted(h.measure for h in headlines([died, shot], VOICES, MEASURES)) == ["deaths", "injuries"]


def test_a_death_known_only_from_a_figure_removes_no_injured_person():
    stated = claim("f", "d2", 1, as_of="2025-03-01")
    shot = victim("s", "d1", "a man", "a man shot")
    assert sorted(h.measure for h in headlines([stated, shot], VOICES, MEASURES)) == ["deaths", "injuries"]


def test_a_title_with_one_figure_breaks_a_tie_a_title_listing_parts_does_not():
    from dataclasses import replace

    title = replace(claim("t", "d1", 4, as_of="2025-03-01", measure="injuries"), field="title")
    ages = claim("a", "d1", 27, as_of="2025-03-01", measure="injuries")  # "ages 18, 22 and 27", misread
    assert headlines([title, ages], VOICES, MEASURES)[0].value_low == 4
    men = replace(claim("m", "d1", 3, as_of="2025-03-01", measure="injuries"), field="title")  # "3 men, 1 woman injured"
    woman = replace(claim("w", "d1", 1, as_of="2025-03-01", measure="injuries"), field="title")
    total = claim("n", "d1", 4, as_of="2025-03-01", measure="injuries")
    assert headlines([men, woman, total], VOICES, MEASURES)[0].value_low == 4


def test_people_named_together_are_a_stated_figure():
    two = victim("v", "d1", "a man", "a man shot", value=2.0)  # "a man and a teenager were shot"
    one = claim("o", "d1", 1, as_of="2025-03-01", measure="injuries")
    assert headlines([two, one], VOICES, MEASURES)[0].value_low == 2


def test_a_later_lower_figure_from_one_outlet_does_not_undo_what_several_gave_earlier():
    claims = [claim("a", "d1", 4, as_of="2025-03-01", measure="injuries"),
              claim("b", "d2", 4, as_of="2025-03-02", measure="injuries"),
              claim("c", "d3", 1, as_of="2025-03-09", measure="injuries")]  # a court story naming one of the wounded
    (h,) = headlines(claims, VOICES, MEASURES)
    assert h.value_low == 4 and "lower than the figure 2 outlets gave earlier" in h.rule
    # a rising toll is an update, and an outlet lowering its own figure revises it: the latest figure leads
    rising = claims[:2] + [claim("c", "d3", 6, as_of="2025-03-09", measure="injuries")]
    assert headlines(rising, VOICES, MEASURES)[0].value_low == 6
    revised = claims[:2] + [claim("c", "d1", 3, as_of="2025-03-09", measure="injuries")]
    assert headlines(revised, VOICES, MEASURES)[0].value_low == 3


def test_a_sudden_multiple_from_one_outlet_waits_for_a_second_outlet():
    claims = [claim("a", "d1", 2, as_of="2025-03-01"), claim("b", "d2", 2, as_of="2025-03-02"),
              claim("c", "d3", 49, as_of="2025-03-09")]  # a city's toll for the year, or a misread number
    (h,) = headlines(claims, VOICES, MEASURES)
    assert h.value_low == 2 and "more than 2 times the figure 2 outlets gave" in h.rule
    confirmed = claims + [claim("e", "d2", 49, as_of="2025-03-09")]
    assert headlines(confirmed, VOICES, MEASURES)[0].value_low == 49
    modest = claims[:2] + [claim("c", "d3", 3, as_of="2025-03-09")]  # a toll rising within reason leads at once
    assert headlines(modest, VOICES, MEASURES)[0].value_low == 3


@pytest.mark.parametrize("text, counted, leads", [
    ("no one", "no one", True),
    ("No arrests", "No arrests", True),
    ("no reported injuries", "injuries", True),
    # a word beside the counted noun narrows the zero to a part: there were protesters, earlier arrests, other deaths
    ("no peaceful protesters", "protesters", False),
    ("no new arrests", "arrests", False),
    ("no hunting-related deaths", "deaths", False),
])
def test_a_zero_leads_only_when_it_denies_the_whole_count(text, counted, leads):
    zero = Claim(id="z", document="d2", start=0, end=len(text), text=text, sentence="", measure="deaths", counted=counted,
                 value_low=0, value_high=0, qualifier="exact", as_of="2025-01-12", status="negated")
    (h,) = headlines([claim("a", "d1", 40, as_of="2025-01-10"), zero], VOICES, MEASURES)
    assert (h.value_low == 0) is leads


def test_an_open_bound_backs_figures_near_it_not_any_larger_one():
    # "at least 19 were treated" and, in another outlet, the "thousands" a festival attracts, read as a count
    claims = [claim("a", "d1", 19, qualifier="at_least", as_of="2025-07-26"),
              claim("b", "d2", 2000, 9999, qualifier="vague", as_of="2025-07-26")]
    (h,) = headlines(claims, VOICES, MEASURES)
    assert (h.value_low, h.qualifier) == (19, "at_least")
    # a figure near the bound is still backed by it
    (h,) = headlines([claim("a", "d1", 19, qualifier="at_least", as_of="2025-07-25"),
                      claim("c", "d3", 21, as_of="2025-07-26")], VOICES, MEASURES)
    assert h.value_low == 21 and "2 of 2 outlets in all give a compatible figure" in h.rule
