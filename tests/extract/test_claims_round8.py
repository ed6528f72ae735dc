"""Round 8 of the numeric-claim rules: the classes blind sets 7 and 8 showed, in invented sentences of our own.

One case per rule (a strike begun by the people counted, a force placed to guard, people a jury rules on, terms in two
units, vote shares, things named in the sentence before, parts of a count given before, nouns whose plural is the
singular, numbers with a shared scale, infections, people moved out of a place, a toll told in another voice), plus
guards that keep each rule from reaching too far.
"""

from __future__ import annotations

import pytest

from newsdossier.extract.numbers import find_numbers

from ..conftest import extracted_claims


def claims(text: str, nlp) -> list:
    return extracted_claims(text, nlp)


def measures(text: str, nlp) -> list[tuple[str, str | None]]:
    return [(c.text, c.measure) for c in claims(text, nlp)]


def values(text: str, nlp) -> list[tuple[str, float | None, float | None, str]]:
    return [(c.text, c.value_low, c.value_high, c.qualifier) for c in claims(text, nlp)]


@pytest.mark.parametrize("text, expected", [
    # people who begin, stage or hold a strike are its participants
    ("About 4,000 bus drivers in Ostrel launched a three-day strike on Monday.", [("About 4,000", "participants")]),
    ("Some 700 dock workers began a two-day stoppage over unpaid wages.", [("Some 700", "participants")]),
    # a crowd that massed, the other side of clashes
    ("Nearly 2,000 fishermen massed outside the port authority.", [("Nearly 2,000", "participants")]),
    ("Six officers were hurt in clashes with several hundred football fans.", [("Six", "injuries"),
                                                                              ("several hundred", "participants")]),
    # police and soldiers placed to guard or watch
    ("Around 8,000 gendarmes will guard the ballot boxes on Sunday.", [("Around 8,000", "troops")]),
    ("The marchers, watched by some 1,200 gendarmes, reached the square.", [("some 1,200", "troops")]),
    # people a jury or court rules on are cases; the counts of an indictment too
    ("The jury found the three nurses not guilty.", [("three", "cases")]),
    ("A court in Varna convicted two customs officers.", [("two", "cases")]),
    ("The judge dismissed 4 of the 11 fraud counts against the former minister.", [("4", "cases"), ("11", "cases")]),
    # beaten by police: hurt
    ("Witnesses said police had beaten dozens of students in the courtyard.", [("dozens", "injuries")]),
    # non-fatal shootings are no deaths
    ("Non-fatal shootings rose to 212 in the county last year.", [("212", "injuries")]),
    # contact lost, a search called for the rest, people led away in handcuffs
    ("The navy said it had lost contact with 9 sailors aboard the patrol boat.", [("9", "missing")]),
    ("Divers found two bodies; the search for the remaining four was halted at dusk.", [("two", "deaths"),
                                                                                    ("four", "missing")]),
    ("Outside the embassy, 27 people were led away in handcuffs.", [("27", "arrests")]),
    # infections and outbreak states
    ("Some 480 pupils have tested positive for norovirus at the boarding school.", [("Some 480", "cases")]),
    ("Health officials fear the virus could infect 10,000 people this winter, against 640 confirmed so far.",
     [("10,000", "cases"), ("640", "cases")]),
    # people moved out of a place
    ("Firefighters helped move about 900 residents out of the burning estate.", [("about 900", "evacuated")]),
    # a noun whose plural is its singular
    ("The air force said it had lost 14 aircraft since March.", [("14", "aircraft")]),
    ("The trawler sank with 11 crew on board.", [("11", "crew")]),
    # a strike's turnout counts participants, an election's voters
    ("The teachers' union put turnout for the strike at 64 percent.", [("64", "participants")]),
])
def test_measures_new_in_round8(nlp, text, expected):
    assert measures(text, nlp) == expected


@pytest.mark.parametrize("text, expected", [
    # a strike opposed or called off by others is no count of strikers: the noun keeps its key
    ("Around 40 delegates voted to call off the strike.", [("Around 40", "delegates")]),
    # police hurt are hurt, whatever their role
    ("Some 300 police officers were injured in the riots.", [("Some 300", "injuries")]),
    # "beaten" in an election is no harm
    ("The incumbent was beaten in the runoff by 4,000 votes.", [("4,000", "votes")]),
    # a search for named culprits is not for missing people
    ("Police were searching for two gunmen after the raid.", [("two", "gunmen")]),
    # an ordinary count of counts is not a court's
    ("Ballot counts from 40 precincts were delayed.", [("40", "precincts")]),
    # prices and shares of nothing stay out, even in an election story
    ("Prices rose 12 percent in the month before the vote.", []),
    # a share of ballots counted is a count's progress, not a vote share
    ("With 88 percent of ballots counted, the Green List led.", [("88", "ballots")]),
])
def test_guards_keep_the_round8_rules_from_reaching_too_far(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_terms_in_two_units_are_one_figure_in_years(nlp):
    assert values("The court sentenced him to five years and three months in prison.", nlp) == [
        ("five years and three months", 5.25, 5.25, "exact")]
    assert values("The defendant is sentenced to 4 years 6 months of the colony of strict regime.", nlp) == [
        ("4 years 6 months", 4.5, 4.5, "exact")]
    found = values("Two were acquitted; the others were given terms of between 18 months and five years.", nlp)
    assert ("between 18 months and five years", 1.5, 5.0, "range") in found
    # a term and a fine after it stay two figures
    assert [v[1] for v in values("He was jailed for 18 months and fined 3,000 euros.", nlp)] == [1.5, 3000.0]


def test_vote_shares_are_votes_in_percent(nlp):
    found = claims("The electoral commission now puts the mayor's share at 47.5 percent, against 41 percent for her "
                   "challenger.", nlp)
    assert [(c.measure, c.value_low, c.unit) for c in found] == [("votes", 47.5, "percent"), ("votes", 41.0, "percent")]
    found = claims("Fewer than 35 percent of registered voters cast ballots in the by-election.", nlp)
    assert [(c.measure, c.qualifier, c.unit) for c in found] == [("voters", "less_than", "percent")]


def test_things_named_in_the_sentence_before(nlp):
    text = "Looters attacked a depot holding 40 ambulances on Friday. Nine were set alight, the health ministry said."
    assert measures(text, nlp)[-1] == ("Nine", "ambulances")
    text = "Inspectors seized a shipment of counterfeit rifles at the border. Customs said 75 had been recovered."
    assert measures(text, nlp) == [("75", "rifles")]


def test_a_definite_figure_still_points_back_at_people(nlp):
    # "the two" are people already told of, not the things of the sentence before
    text = "Two men stole a van loaded with laptops. The two were arrested on Monday."
    assert ("two", "laptops") not in [(c.text, c.measure) for c in claims(text, nlp)]


def test_part_of_a_count_given_in_the_sentence_before(nlp):
    text = "Police held 64 fans after the derby. Thirty of them were released without charge on Sunday."
    assert measures(text, nlp) == [("64", "arrests"), ("Thirty", "fans")]
    text = "Doctors have confirmed 52 typhoid cases at two army barracks. Forty of them are women."
    assert measures(text, nlp)[-1] == ("Forty", "cases")


def test_a_figure_shares_the_noun_of_the_next(nlp):
    found = claims("The district has logged 40 confirmed and 15 probable cases of cholera since May.", nlp)
    assert [(c.text, c.measure, c.counted) for c in found] == [("40", "cases", "probable cases of cholera"),
                                                              ("15", "cases", "probable cases of cholera")]


def test_an_outbreak_named_in_the_sentence_before_makes_patients_cases(nlp):
    text = "Typhoid has spread through the refugee camp since April. Aid workers have treated 700 patients, 9 of whom died."
    found = claims(text, nlp)
    assert [(c.text, c.value_low, c.measure) for c in found] == [("700", 700.0, "cases"), ("9", 9.0, "deaths")]


def test_a_toll_in_another_voice_is_no_part_of_the_wounded(nlp):
    text = ("Activists said 80 people had been killed and 900 wounded, figures the army called lies while putting the "
            "toll at 6.")
    found = {c.text: c.value_low for c in claims(text, nlp)}
    assert found["900"] == 900.0


def test_a_pronoun_share_takes_no_total_from_after_it(nlp):
    text = ("The agency said 6,000 people had fled the district, fewer than a third of them men, and that between 20 "
            "and 30 villagers were unaccounted for.")
    share = next(c for c in claims(text, nlp) if c.text == "fewer than a third")
    assert (share.value_low, share.value_high) == (0.0, 2000.0)


@pytest.mark.parametrize("text, low, high", [
    ("the cost is estimated at 4,5 thousand", 4500.0, 4500.0),
    ("half a million supporters", 500000.0, 500000.0),
    ("between 1.2 and 1.8 million euros", 1_200_000.0, 1_800_000.0),
    # a first number that is already large keeps its own value
    ("between 400 and 2 million", 400.0, 2_000_000.0),
])
def test_number_forms(text, low, high):
    number = next(iter(find_numbers(text)))
    assert (number.low, number.high) == (low, high)


@pytest.mark.parametrize("text, expected", [
    # a count whose clause is about "the count" or "the number" of one already given
    ("Dengue has sickened more than 400 children in Orla province this year, and health officials fear the count could "
     "top 900 before the school year ends.", [("more than 400", "cases"), ("top 900", "cases")]),
    # the subject of a verb of reaching a value names the count
    ("The bulletin said no child had died and that the cases numbered 64.", [("no child", "deaths"), ("64", "cases")]),
    # the number of people an event befell, by the event
    ("Unverified posts put the number of soldiers killed at the checkpoint as high as 25.", [("as high as 25", "deaths")]),
    # desertions and people who lost the roof over their heads
    ("The ministry denied reports of 450 desertions from the front.", [("450", "troops")]),
    # a zero said of one person: "no patient had died"
    ("The governor said no passenger was hurt.", [("no passenger", "injuries")]),
    # "X, not Y": the figure set right counts what the first does
    ("The court sentenced him to nine years, not nineteen, the clerk said.", [("nine", "sentence"),
                                                                     ("nineteen", "sentence")]),
])
def test_measures_of_named_and_corrected_counts(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_one_of_the_victims_is_a_part_of_the_people_shot(nlp):
    found = claims("Six people were shot at the bus stop; one of the victims died in hospital, police said.", nlp)
    assert [(c.text, c.value_low, c.measure) for c in found] == [("Six", 5.0, "injuries"), ("one", 1.0, "deaths")]
    # "one of the fields" counts nothing
    assert list(claims("One of the fields was flooded after the storm.", nlp)) == []


@pytest.mark.parametrize("text", [
    "The stadium was built to hold 30,000 fans.",
    "The arena has room for 8,000 fans.",
])
def test_capacities_and_lists_of_codes_are_no_claims(nlp, text):
    assert list(claims(text, nlp)) == []


def test_a_verdict_is_an_act_of_the_jury_not_its_statement(nlp):
    found = claims("The jury found the two guards not guilty of assault.", nlp)
    assert [(c.text, c.measure, c.source, c.status) for c in found] == [("two", "cases", None, "asserted")]


def test_translated_by_preliminary_data_of_is_a_source(nlp):
    found = claims("By preliminary data of the regional health department, 31 persons are hospitalized.", nlp)
    assert [(c.text, c.source, c.status) for c in found] == [("31", "the regional health department", "reported")]


def test_a_part_of_a_total_written_without_the_article(nlp):
    found = claims("With 95 of 120 precincts reporting, the mayor leads by 600 votes.", nlp)
    assert [(c.text, c.measure) for c in found] == [("95", "precincts"), ("120", "precincts"), ("600", "votes")]


def test_a_percentage_restating_a_share_before(nlp):
    text = ("The election board withdrew its provisional turnout figure of 64 percent on Monday; its corrected figure "
            "is 49 percent.")
    assert [(c.text, c.measure, c.unit) for c in claims(text, nlp)] == [("64", "voters", "percent"),
                                                                       ("49", "voters", "percent")]
    # a percentage of nothing named stays out
    assert list(claims("The regional jobless rate is 11 percent.", nlp)) == []


def test_a_further_death_figure_is_no_part_of_the_wounded(nlp):
    text = "Over the weekend police logged 30 people wounded by gunfire, six of them children, and a further three killed."
    assert [(c.text, c.value_low) for c in claims(text, nlp)] == [("30", 30.0), ("six", 6.0), ("three", 3.0)]


def test_a_figure_first_announced_is_withdrawn_and_no_whole_of_the_dead(nlp):
    text = "Police now say four people were stabbed, not seven as first announced; one of the victims died."
    found = [(c.text, c.value_low, c.measure, c.status) for c in claims(text, nlp)]
    assert found[0][:3] == ("four", 3.0, "injuries") and found[1][3] == "retracted" and found[2][:3] == (
        "one", 1.0, "deaths")


@pytest.mark.parametrize("text, expected", [
    # things shot down are no injuries
    ("The navy said it had shot down 9 aircraft over the strait.", [("9", "aircraft")]),
    # pounds paid or fined are money; pounds of something are a weight
    ("The landlord was fined 8,000 pounds for the fire.", [("8,000", "money")]),
    ("Customs seized 60 pounds of heroin.", []),
    # people who stayed away in a strike took part in it, also as a share of a stated total
    ("During the strike, fewer than half of the 6,000 drivers stayed away, the operator said.",
     [("fewer than half", "participants"), ("6,000", "drivers")]),
    # people a court clears, as the subject of a passive
    # (the total after its part keeps its own noun: the verb tells what befell the part)
    ("Two of the nine bankers were cleared by the appeals court.", [("Two", "cases"), ("nine", "bankers")]),
    # a vote share credited to a candidate
    ("The electoral board credits the senator with 48 percent of first-round ballots.", [("48", "votes")]),
])
def test_measures_of_round8_late_rules(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_a_share_of_them_takes_the_thing_not_who_told_it(nlp):
    text = "The storm flattened barns across the plain, farmers said. About half of them cannot be repaired."
    share = [c for c in claims(text, nlp) if c.text == "About half"]
    assert [(c.measure, c.unit) for c in share] == [("barns", "percent")]


def test_a_death_figure_with_its_own_noun_is_no_part_of_the_wounded(nlp):
    text = "Non-fatal shootings fell to 140 last year, while homicides rose to 35."
    assert [(c.text, c.value_low, c.measure) for c in claims(text, nlp)] == [("140", 140.0, "injuries"),
                                                                            ("35", 35.0, "deaths")]


def test_decimal_millions_are_whole_sums(nlp):
    # the scale written once is both ends', and decimal millions are whole sums (no 3,399,999.9999999995)
    found = claims("Auditors say the council lost between 3.4 and 4.1 million euros on the scheme.", nlp)
    assert [(c.value_low, c.value_high, c.unit) for c in found] == [(3_400_000.0, 4_100_000.0, "EUR")]


def test_a_window_and_a_contest_after_joined_verb_phrases_cover_both_figures(nlp):
    text = ("The monitors say troops have killed at least 30 villagers and detained more than 400 since the offensive "
            "began, figures the army calls 'pure invention'.")
    found = claims(text, nlp)
    assert [(c.text, c.scope, c.status) for c in found] == [
        ("at least 30", "since the offensive began", "disputed"),
        ("more than 400", "since the offensive began", "disputed")]
    # a short period of the day is not shared
    found = claims("Police arrested 12 people on Monday and charged 4 overnight.", nlp)
    assert [c.scope for c in found] == [None, None]


@pytest.mark.parametrize("text, expected", [
    # a force sent somewhere is a deployment
    ("The government dispatched 2,000 police officers to the border region.", [("2,000", "troops")]),
    ("About 150 gendarmes were assigned to the stadium.", [("About 150", "troops")]),
    # people picketing are a strike's participants
    ("Some 900 teachers picketed schools across the district.", [("Some 900", "participants")]),
    # guards: a force sent to hospital is hurt; suspects sent to jail are arrested
    ("Police sent 5 officers to hospital after the clashes.", [("5", "injuries")]),
])
def test_forces_placed_and_pickets(nlp, text, expected):
    assert measures(text, nlp) == expected


def test_a_part_of_things_counted_by_its_own_noun(nlp):
    found = claims("Customs seized more than 50 firearms, including several hunting rifles, at the port.", nlp)
    assert [(c.text, c.measure) for c in found] == [("more than 50", "firearms"), ("several", "rifles")]
    # a part of people keeps the whole's event
    found = claims("Police detained 50 people, including 12 students.", nlp)
    assert [(c.text, c.measure) for c in found] == [("50", "arrests"), ("12", "arrests")]


def test_a_total_after_its_part_is_counted_by_its_own_words(nlp):
    # the clause's verb tells what befell the part; the total is the miners
    found = claims("No more than 12 of the 90 miners underground at the time are still unaccounted for.", nlp)
    assert [(c.text, c.measure) for c in found] == [("No more than 12", "missing"), ("90", "miners")]
    # words of the total's own phrase still tell its event
    found = claims("About 300 of the 2,400 dockers on strike returned to work on Monday.", nlp)
    assert [(c.text, c.measure) for c in found] == [("About 300", "participants"), ("2,400", "participants")]
