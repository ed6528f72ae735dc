from __future__ import annotations

import math

from newsdossier.reconcile import Interval, describe, interval, reconcile
from newsdossier.records import Claim


def claim(cid, document, low, high=None, qualifier="exact", as_of=None, status="asserted", measure="deaths", scope=None,
          source=None) -> Claim:
    return Claim(id=cid, document=document, start=0, end=1, text=str(low), sentence="", measure=measure, counted="people killed",
                 value_low=low, value_high=low if high is None else high, qualifier=qualifier, as_of=as_of, status=status,
                 scope=scope, source=source)


def test_intervals_follow_the_qualifier():
    assert interval(claim("a", "d", 227)) == Interval(227, 227)
    about = interval(claim("a", "d", 200, qualifier="about"))
    assert math.isclose(about.low, 180) and math.isclose(about.high, 220)
    assert interval(claim("a", "d", 230, qualifier="at_least")) == Interval(230, math.inf)
    assert not Interval(230, math.inf, low_open=True).overlaps(Interval(200, 230))
    assert Interval(230, math.inf).overlaps(Interval(200, 230))
    assert not Interval(0, 10, high_open=True).overlaps(Interval(10, 10))


def test_agreement_counts_outlets_not_articles():
    claims = [claim("a", "d1", 227), claim("b", "d2", 225, qualifier="about"), claim("c", "d3", 230, qualifier="at_most")]
    (finding,) = reconcile(claims, {"d1": "Ledger", "d2": "Wire", "d3": "Wire"})
    assert finding.kind == "agreement"
    assert finding.summary == "Deaths: 2 outlets agree — about 225 (Wire) · 227 (Ledger) · at most 230 (Wire)"
    assert set(finding.claims) == {"a", "b", "c"}


def test_one_outlet_is_a_single_source_even_with_several_articles():
    (finding,) = reconcile([claim("a", "d1", 10), claim("b", "d2", 10)], {"d1": "Wire", "d2": "Wire"})
    assert finding.kind == "single_source"


def test_later_higher_figures_are_an_evolution_and_a_clash_at_one_date_is_a_disagreement():
    rising = [claim("a", "d1", 164, as_of="2025-01-09"), claim("b", "d2", 227, as_of="2025-01-22")]
    assert reconcile(rising, {"d1": "A", "d2": "B"})[0].kind == "evolution"
    falling = [claim("a", "d1", 227, as_of="2025-01-09"), claim("b", "d2", 164, as_of="2025-01-22")]
    assert reconcile(falling, {"d1": "A", "d2": "B"})[0].kind == "disagreement"
    same_day = [claim("a", "d1", 164, as_of="2025-01-09"), claim("b", "d2", 227, as_of="2025-01-09")]
    assert reconcile(same_day, {"d1": "A", "d2": "B"})[0].kind == "disagreement"


def test_retracted_figures_make_a_retraction_finding_and_leave_the_comparison():
    claims = [
        claim("a", "d1", 164, as_of="2025-01-09", status="retracted", source="a government-linked source"),
        claim("b", "d2", 227, as_of="2025-01-22", source="the health ministry"),
        claim("c", "d3", 230, qualifier="at_least", as_of="2025-02-03", source="Open Hands"),
    ]
    findings = {f.kind: f for f in reconcile(claims, {"d1": "A", "d2": "B", "d3": "C"})}
    assert set(findings) == {"retraction", "evolution"}  # 227 then "at least 230": a later, higher figure
    assert findings["retraction"].claims == ("a", "b")  # the retracted figure and the one that replaced it
    assert findings["retraction"].summary == (
        "Deaths: a figure was retracted — 164 (a government-linked source, 9 Jan 2025, retracted) → 227 (the health ministry, 22 Jan 2025)")
    assert findings["evolution"].claims == ("b", "c")


def test_scopes_are_compared_separately():
    claims = [claim("a", "d1", 227), claim("b", "d2", 149, scope="in the capital alone")]
    findings = reconcile(claims, {"d1": "A", "d2": "B"})
    assert sorted(f.kind for f in findings) == ["single_source", "single_source"]


def test_describe():
    assert describe(claim("a", "d", 40, 50, qualifier="range")) == "40–50"
    assert describe(claim("a", "d", 1000, qualifier="more_than", status="disputed", source="the president")) == \
        "more than 1,000 (the president, disputed)"


def test_scope_keys_fold_wording_across_outlets():
    from newsdossier.reconcile import scope_key

    assert scope_key("in the capital alone") == scope_key("in the capital") == "capital"
    assert scope_key("of them, security forces") == scope_key("members of the security forces") == "security forces"
    assert scope_key("police officers") == "security forces"
    assert scope_key("including 12 children") == scope_key("minors") == "children"
    assert scope_key(None) == scope_key("") == ""
    assert scope_key("in the region") != scope_key("in the capital")


def test_differently_worded_scopes_are_one_group_and_never_the_overall_count():
    claims = [claim("a", "d1", 227), claim("b", "d2", 149, scope="in the capital alone"),
              claim("c", "d3", 150, qualifier="about", scope="in the capital"), claim("d", "d2", 19, scope="security forces"),
              claim("e", "d3", 19, scope="of them, police officers")]
    findings = reconcile(claims, {"d1": "A", "d2": "B", "d3": "C"})
    kinds = sorted((f.kind, f.claims) for f in findings)
    assert ("agreement", ("b", "c")) in kinds and ("agreement", ("d", "e")) in kinds
    assert ("single_source", ("a",)) in kinds


def test_a_zero_denial_is_a_figure_of_zero_and_a_denied_figure_is_not():
    claims = [claim("a", "d1", 0, status="negated"), claim("b", "d2", 2), claim("c", "d3", 300, status="negated")]
    (finding,) = [f for f in reconcile(claims, {"d1": "A", "d2": "B", "d3": "C"}) if f.kind != "retraction"]
    assert finding.kind == "disagreement" and set(finding.claims) == {"a", "b"}
    assert finding.summary == "Deaths: sources disagree — none (A) · 2 (B)"


def test_the_same_outlet_lowering_its_figure_is_a_revision():
    claims = [claim("a", "d1", 12, as_of="2025-01-09"), claim("b", "d2", 9, as_of="2025-01-10")]
    findings = {f.kind: f for f in reconcile(claims, {"d1": "Wire", "d2": "Wire"})}
    assert "revised down" in findings["retraction"].summary and findings["retraction"].claims == ("a", "b")
    assert findings["single_source"].claims == ("a", "b")


def test_a_jump_is_pointed_out():
    rising = [claim("a", "d1", 10, as_of="2025-01-09"), claim("b", "d2", 60, as_of="2025-01-12")]
    (finding,) = reconcile(rising, {"d1": "A", "d2": "B"})
    assert finding.kind == "evolution" and "jump" in finding.summary


def test_partial_dates_compare_at_the_coarser_granularity():
    month_and_day = [claim("a", "d1", 100, as_of="2025-01"), claim("b", "d2", 200, as_of="2025-01-22")]
    assert reconcile(month_and_day, {"d1": "A", "d2": "B"})[0].kind == "disagreement"
    later_month = [claim("a", "d1", 100, as_of="2025-01"), claim("b", "d2", 200, as_of="2025-02-03")]
    assert reconcile(later_month, {"d1": "A", "d2": "B"})[0].kind == "evolution"


def test_a_disagreement_lists_the_clashing_figures_not_the_earlier_rise():
    claims = [claim("a", "d1", 8, as_of="2025-01-06"), claim("b", "d2", 16, as_of="2025-01-09"),
              claim("c", "d3", 227, as_of="2025-01-22"), claim("d", "d4", 230, qualifier="at_least", as_of="2025-01-22")]
    disagreement, evolution = reconcile(claims, {"d1": "A", "d2": "B", "d3": "C", "d4": "D"})
    assert disagreement.kind == "disagreement" and disagreement.claims == ("c", "d")
    assert disagreement.summary == "Deaths: sources disagree — 227 (C, 22 Jan 2025) · at least 230 (D, 22 Jan 2025)"
    assert evolution.kind == "evolution" and evolution.claims == ("a", "b", "c", "d")  # each tops the ones before
    assert evolution.summary.startswith("Deaths: figure rose over time (a jump) — 8 (A, 6 Jan 2025) → 16 (B, 9 Jan 2025) → 227")


def test_beside_a_disagreement_the_rise_is_told_by_record_highs():
    claims = [claim("a", "d1", 8, as_of="2025-01-06"), claim("b", "d2", 500, qualifier="more_than", as_of="2025-01-07",
                                                                status="disputed"),
              claim("c", "d3", 164, as_of="2025-01-09"), claim("d", "d4", 5, as_of="2025-01-20"),
              claim("e", "d5", 227, as_of="2025-01-22"), claim("f", "d6", 19, as_of="2025-01-22")]
    findings = {f.kind: f for f in reconcile(claims, {f"d{i}": f"O{i}" for i in range(1, 7)})}
    assert findings["evolution"].claims == ("a", "c", "e")  # no disputed figure, no lower local count
    assert set(findings["disagreement"].claims) >= {"d", "e", "f"}


def counting(cid, document, low, counted, measure="deaths", status="asserted", scope=None) -> Claim:
    return Claim(id=cid, document=document, start=0, end=1, text=str(low), sentence="", measure=measure, counted=counted,
                 value_low=low, value_high=low, qualifier="exact", status=status, scope=scope)


def test_the_group_a_counted_phrase_names_ends_at_its_head_noun():
    from newsdossier.reconcile.scope import counted_group

    assert counted_group("members of the security forces who died") == "members of the security forces"
    assert counted_group("employees of law enforcement agencies and servicemen") == \
        "employees of law enforcement agencies and servicemen"
    assert counted_group("minors") == "minors"
    assert counted_group("police officers") == "police officers"
    assert counted_group("foreign citizens") == "foreign citizens"
    for not_a_group in ("people", "young men", "people who died in police custody", "attackers",
                        "Former security chief Temirlan Oskarbayev arrested"):
        assert counted_group(not_a_group) is None, not_a_group


def test_a_group_beside_a_larger_whole_is_a_part_and_a_group_alone_is_the_whole():
    from newsdossier.reconcile import subgroups

    forces = counting("f", "d1", 8, "members of the security forces")
    whole = counting("w", "d2", 227, "people")
    again = counting("w2", "d3", 227, "people")
    assert subgroups([forces, whole, again]) == {"f": "members of the security forces"}
    assert subgroups([forces, counting("w", "d1", 227, "people")]) == {"f": "members of the security forces"}
    assert subgroups([forces, whole]) == {}  # one other article's figure may be a misreading ("a Glock 19")
    assert subgroups([forces]) == {}  # "eight officers were killed", nothing larger: that is the toll
    assert subgroups([forces, counting("r", "d1", 227, "people", status="retracted")]) == {}
    assert subgroups([forces, counting("i", "d1", 227, "people", measure="injuries")]) == {}
    assert subgroups([counting("g", "d1", 300, "police officers"), whole, again]) == {}  # larger than the whole
    scoped = counting("s", "d1", 3, "children", scope="in the capital")
    assert subgroups([scoped, whole, again]) == {}  # a scope of its own is kept


def test_a_part_is_reconciled_in_its_own_group_not_against_the_overall_toll():
    from dataclasses import replace

    from newsdossier.reconcile import as_parts, subgroups

    claims = [counting("f", "d1", 8, "members of the security forces"), counting("w", "d2", 227, "people"),
              counting("v", "d3", 227, "people")]
    parts = subgroups(claims)
    grouped = as_parts([replace(c, subgroup=parts.get(c.id)) for c in claims])
    findings = reconcile(grouped, {"d1": "Wire", "d2": "Ledger", "d3": "Post"})
    assert sorted((f.kind, f.summary.split(":")[0]) for f in findings) == [
        ("agreement", "Deaths"), ("single_source", "Deaths (members of the security forces)")]
    assert not [f for f in reconcile(claims, {"d1": "Wire", "d2": "Ledger", "d3": "Post"}) if f.kind == "agreement"]


def test_an_undated_figure_that_matches_a_dated_one_is_read_as_of_that_date():
    rising = [claim("a", "d1", 8, as_of="2025-01-06"), claim("b", "d1", 12, as_of="2025-01-07"),
              claim("c", "d2", 19, as_of="2025-01-15"), claim("u", "d3", 19)]
    voices = {"d1": "Ministry wire", "d2": "Ledger", "d3": "Weekly"}
    assert [f.kind for f in reconcile(rising, voices)] == ["evolution"]
    stray = rising[:3] + [claim("u", "d3", 5)]  # matches no dated figure: it clashes with the later ones
    (disagreement,) = [f for f in reconcile(stray, voices) if f.kind == "disagreement"]
    assert "u" in disagreement.claims


def test_a_figure_its_own_source_has_since_replaced_is_history_not_a_disagreement():
    claims = [claim("m1", "d1", 2000, qualifier="more_than", as_of="2025-01-06", source="the interior ministry"),
              claim("m2", "d2", 5800, as_of="2025-01-09", source="The interior ministry"),
              claim("p", "d3", 1200, qualifier="about", as_of="2025-02-14", source="the prosecutor's office")]
    voices = {"d1": "Wire", "d2": "Ledger", "d3": "Post"}
    (disagreement,) = [f for f in reconcile(claims, voices) if f.kind == "disagreement"]
    assert set(disagreement.claims) == {"m2", "p"}  # the ministry's 2,000 was replaced by its own 5,800
    assert "2,000" not in disagreement.summary


def stated(cid, document, low, sentence, text, counted="", measure="arrests", start=0) -> Claim:
    return Claim(id=cid, document=document, start=start, end=start + len(text), text=text, sentence=sentence,
                 measure=measure, counted=counted, value_low=low, value_high=low, qualifier="exact")


def test_people_still_held_or_still_in_hospital_are_a_part_of_all_arrested_or_hurt():
    from newsdossier.reconcile import subgroups
    from newsdossier.reconcile.scope import standing_group

    held = stated("h", "d1", 1200, "About 1,200 remain in custody, the prosecutor's office said.", "1,200")
    treated = stated("t", "d2", 97, "At present 97 persons continue treatment in hospitals.", "97", "persons",
                     measure="injuries")
    assert standing_group(held) == "still in custody"
    assert standing_group(treated) == "still in hospital"
    assert standing_group(stated("s", "d1", 40, "Of them, 40 are still in hospital.", "40", measure="injuries"))
    for other in (stated("a", "d1", 300, "Police detained 300 people, and the rest remain in custody.", "300"),
                  stated("b", "d1", 12, "12 people were killed and the others remain in hospital.", "12",
                         measure="deaths"),
                  stated("c", "d1", 9, "Nine remain missing.", "Nine", measure="missing"),
                  stated("d", "d1", 45, "45 were arrested; all remain in custody.", "45")):
        assert standing_group(other) is None, other.sentence
    whole = stated("w", "d1", 9912, "In all 9,912 people were detained.", "9,912", "people")
    assert subgroups([held, whole]) == {"h": "still in custody"}
    assert subgroups([held]) == {}  # nothing larger: the only arrest figure there is stays the count
    both = stated("x", "d3", 2, "Both men remain in hospital.", "Both", measure="injuries")
    assert subgroups([both, stated("y", "d3", 2, "Two men were shot.", "Two", "men", measure="injuries")]) == {}


def test_a_figure_whose_counted_noun_is_left_out_counts_the_group_of_the_figure_before_it():
    from newsdossier.reconcile import subgroups

    sentence = "The ministry said a dozen members of the security forces had been killed, up from the eight it reported."
    dozen = stated("d", "d1", 12, sentence, "a dozen", "members of the security forces", measure="deaths", start=20)
    eight = stated("e", "d1", 8, sentence, "eight", "", measure="deaths", start=90)
    toll = [stated(c, d, 227, "The toll is 227.", "227", "people", measure="deaths") for c, d in (("t", "d2"), ("u", "d3"))]
    assert subgroups([eight, dozen, *toll]) == {"d": "members of the security forces",
                                                "e": "members of the security forces"}
    named = stated("n", "d1", 30, sentence, "eight", "people", measure="deaths", start=90)  # a noun of its own
    assert "n" not in subgroups([dozen, named, *toll])


def test_a_named_person_counted_as_one_is_no_rival_of_a_stated_figure_in_another_article():
    from dataclasses import replace

    person = replace(claim("p", "d3", 1, measure="arrests", as_of="2025-02-04"), extractor="rules-victims/1")
    stated_figures = [claim("a", "d1", 9912, measure="arrests", as_of="2025-01-22"),
                      claim("b", "d2", 9912, measure="arrests", as_of="2025-01-22")]
    voices = {"d1": "Wire", "d2": "Ledger", "d3": "Review"}
    assert [(f.kind, f.claims) for f in reconcile([*stated_figures, person], voices)] == [("agreement", ("a", "b"))]
    alone = [person, replace(person, id="q", document="d1")]  # told only through the person: the person stays
    assert [f.kind for f in reconcile(alone, voices)] == ["agreement"]


def test_a_source_named_two_ways_has_replaced_its_own_earlier_figure():
    claims = [claim("e", "d1", 164, as_of="2025-01-09", source="health ministry data"),
              claim("n", "d2", 227, as_of="2025-01-22", source="the Ministry of Health"),
              claim("r", "d3", 200, qualifier="at_least", as_of="2025-01-09", source="a rights group")]
    voices = {"d1": "Wire", "d2": "Ledger", "d3": "Post"}
    # the ministry's 164 beside the rights group's "at least 200" the same day was replaced by its own 227
    assert [f.kind for f in reconcile(claims, voices)] == ["evolution"]
    renamed = [claims[0], claim("n", "d2", 227, as_of="2025-01-22", source="the interior ministry"), claims[2]]
    assert "disagreement" in [f.kind for f in reconcile(renamed, voices)]  # another ministry replaces nothing


def test_a_breakdown_after_including_or_of_them_is_a_part_named_by_the_words_after_it():
    from newsdossier.reconcile import subgroups
    from newsdossier.reconcile.scope import breakdown_group

    listed = ("Its list contains the names of at least 230 people, including at least nine children and at least six "
              "people who died in police custody.")
    whole = stated("w", "d1", 230, listed, "at least 230", "people", measure="deaths")
    six = stated("s", "d1", 6, listed, "at least six", "people", measure="deaths")
    assert breakdown_group(six, [whole]) == "people who died in police custody"
    hurt = "In total 4,353 people received injuries, of them 1,310 are employees of law enforcement agencies and servicemen."
    total = stated("t", "d2", 4353, hurt, "4,353", "people", measure="injuries")
    part = stated("p", "d2", 1310, hurt, "1,310", "", measure="injuries")
    assert breakdown_group(part, [total]) == "employees of law enforcement agencies and servicemen"
    assert subgroups([whole, six]) == {"s": "people who died in police custody"}
    coordinated = "Police arrested 45 people and 12 were later released."  # no breakdown word: not a part
    assert breakdown_group(stated("r", "d3", 12, coordinated, "12"), [stated("a", "d3", 45, coordinated, "45")]) is None
    larger = "Some 40 were hurt, among them 300 students."  # a part is never larger than its whole
    assert breakdown_group(stated("b", "d3", 300, larger, "300", measure="injuries"),
                           [stated("a", "d3", 40, larger, "Some 40", measure="injuries")]) is None


def test_a_breakdown_of_a_whole_that_is_no_claim_is_still_a_part():
    """The demo's list "contains the names of at least 230 people, including … at least six people who died in police
    custody": the 230 names are not read as a claim, but the six are still a part of them, not a rival toll (they made
    the report's deaths spread read 6–230)."""
    from newsdossier.reconcile import subgroups
    from newsdossier.reconcile.scope import breakdown_group

    listed = ("Its list contains the names of at least 230 people, including at least nine children and at least six "
              "people who died in police custody.")
    six = stated("s", "d1", 6, listed, "at least six", "people", measure="deaths")
    assert breakdown_group(six, []) == "people who died in police custody"
    toll = [stated("w", "d2", 227, "The toll is 227.", "227", "people", measure="deaths"),
            stated("w2", "d3", 227, "The toll is 227.", "227", "people", measure="deaths")]
    assert subgroups([six, *toll]) == {"s": "people who died in police custody"}
    assert subgroups([six]) == {}  # nothing larger counts the measure: the six may be the toll
    from newsdossier.reconcile.scope import scope_key
    assert scope_key("people who died in police custody") != scope_key("members of the security forces")
    assert scope_key("police officers") == scope_key("members of the security forces")  # people of the police
    jailed = "Since 2019, 14 reporters were jailed, including 3 who died in custody."
    assert breakdown_group(stated("j", "d4", 3, jailed, "3", measure="deaths"), []) == "who died in custody"
    for no_whole in ("In 2019 the group, including 3 members who died in custody, was banned.",  # a year
                     "At 10:30, including 3 who died in custody, the names were read.",  # a clock time
                     "Three people, including 2 who died in custody, were among 40 detained."):  # larger, but after
        assert breakdown_group(stated("n", "d5", 3 if "Three" not in no_whole else 2, no_whole,
                                      "3" if "Three" not in no_whole else "2", measure="deaths"), []) is None, no_whole


def test_headlines_order_figures_by_when_they_were_reported_not_by_when_they_hold():
    from dataclasses import replace

    from newsdossier.reconcile import MEASURES, headlines

    # a Tuesday article: "three bodies were found on Sunday" (as of Sunday), then "one of them was 11" (no time)
    found = replace(claim("t", "d1", 3, as_of="2025-01-05"), reported="2025-01-07")
    partial = replace(claim("o", "d1", 1, as_of="2025-01-07"), reported="2025-01-07")
    (headline,) = headlines([found, partial], {"d1": "Ledger"}, MEASURES)
    assert headline.value_low == 3 and headline.as_of == "2025-01-07"
    legacy = [replace(found, reported=None), replace(partial, reported=None)]  # stored before schema 6: as_of orders
    (headline,) = headlines(legacy, {"d1": "Ledger"}, MEASURES)
    assert headline.value_low == 1
