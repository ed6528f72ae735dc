"""Tests for evaluation/claims.py: the team's annotated sentences (development and blind sets) and the GVA articles."""

from __future__ import annotations

import json

import pytest

from .conftest import CORPORA, load_evaluation

scorer = load_evaluation("claims")


def items(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def test_fallback_measures_match_by_head_noun_and_scopes_by_their_words():
    assert scorer.same_measure("homes", "homes") and scorer.same_measure("home", "homes")
    assert scorer.same_measure("stations", "polling stations")
    assert not scorer.same_measure("deaths", "injuries")
    assert scorer.same_scope("capital", "in the capital alone")
    assert scorer.same_scope("Tarreck", "in the northern province of Tarreck")
    assert scorer.same_scope(None, None) and not scorer.same_scope("capital", None)
    assert not scorer.same_scope("Olvasi", "in Brisk")


def test_team_fixture_floor():
    result = scorer.score_fixtures(items(scorer.FIXTURES))
    # pinned a little under docs/EVALUATION.md (development set: the rules were written on it; measured on 510 items:
    # claims F1 0.981, detection precision 1.0, source F1 0.995, scope precision 0.987 / F1 0.909, status 0.996)
    assert result["items"] >= 551
    assert result["claims"]["f1"] >= 0.965
    assert result["detection"]["precision"] >= 0.98
    assert result["source"]["f1"] >= 0.97
    assert result["scope"]["precision"] >= 0.97 and result["scope"]["f1"] >= 0.89
    assert result["status"]["agreement_on_matched"] >= 0.97


def test_first_blind_set_now_development_material():
    """The first blind set was scored once (claims F1 0.766) and is development material since: its error classes
    were fixed as general rules. Pinned a little under the measured figures (claims F1 0.986, detection precision
    1.0, source F1 1.0, scope recall 0.66, status 1.0); it no longer measures generality (claims_blind3 will)."""
    blind = scorer.ROOT / "tests" / "fixtures" / "claims_blind" / "claims.jsonl"
    result = scorer.score_fixtures(items(blind))
    assert result["claims"]["f1"] >= 0.96
    assert result["detection"]["precision"] >= 0.97
    assert result["source"]["f1"] >= 0.97
    assert result["scope"]["recall"] >= 0.62 and result["scope"]["precision"] >= 0.94
    assert result["status"]["agreement_on_matched"] >= 0.97


def test_second_blind_set_now_development_material():
    """The second blind set was scored held out (claims F1 0.825, detection F1 0.961, source F1 0.921, status 0.886)
    and is development material since its errors were read: its error classes were fixed as general rules, checked
    on other wordings of our own (development items c364-c510). Pinned a little under the measured figures (claims
    F1 0.964, detection F1 0.995, source F1 0.997, status 0.985); it no longer measures generality (claims_blind3
    will)."""
    blind2 = scorer.ROOT / "tests" / "fixtures" / "claims_blind2" / "claims.jsonl"
    result = scorer.score_fixtures(items(blind2))
    assert result["claims"]["f1"] >= 0.94
    assert result["detection"]["f1"] >= 0.98
    assert result["source"]["f1"] >= 0.97
    assert result["status"]["agreement_on_matched"] >= 0.97


def test_third_blind_set_now_development_material():
    """The third blind set was scored twice held out without its errors being read (rules-claims/3 0.816,
    rules-claims/4 0.856 right-claims F1; detection F1 0.957, source F1 0.962, status 0.906) and is development
    material since: its error classes were fixed as general rules, checked on other wordings of our own (development
    items c511-c551). Pinned a little under the measured figures (claims F1 0.977, detection F1 0.992, source F1
    0.975, status 0.99); it no longer measures generality (claims_blind4 will)."""
    blind3 = scorer.ROOT / "tests" / "fixtures" / "claims_blind3" / "claims.jsonl"
    result = scorer.score_fixtures(items(blind3))
    assert result["claims"]["f1"] >= 0.95
    assert result["detection"]["f1"] >= 0.97
    assert result["source"]["f1"] >= 0.95
    assert result["status"]["agreement_on_matched"] >= 0.96


def test_fourth_and_fifth_blind_sets_now_development_material():
    """Blind set 4 (held out at 0.810 and 0.833 right-claims F1) and blind set 5 (held out at 0.762) were read in
    session 5 and their classes fixed as general rules (development items c562-c664). Pinned a little under the
    measured figures (blind 4: claims F1 0.989, source F1 0.993, status 0.958, as_of 0.947; blind 5: 0.967, 0.994,
    0.981, 0.966); they no longer measure generality (blind sets 6 and 7 do)."""
    for name, claims, source, status, as_of in (("claims_blind4", 0.97, 0.97, 0.93, 0.92),
                                                ("claims_blind5", 0.94, 0.97, 0.95, 0.94)):
        result = scorer.score_fixtures(items(scorer.ROOT / "tests" / "fixtures" / name / "claims.jsonl"))
        assert result["claims"]["f1"] >= claims, name
        assert result["source"]["f1"] >= source, name
        assert result["status"]["agreement_on_matched"] >= status, name
        assert result["as_of"]["agreement_on_matched"] >= as_of, name


def test_sixth_blind_set_now_development_material_and_the_parts_of_a_claim():
    """Blind set 6 (held out at 0.711 right-claims F1) was read in session 6 and its classes fixed as general rules
    (development items c665-c716). Pinned a little under the measured figures (claims F1 0.967, source F1 0.973,
    status 0.950, as_of 0.978, measure agreement 0.989); it no longer measures generality (blind sets 7-9 do). The
    parts of a right claim are reported one by one, and a claim is right only when all three are."""
    result = scorer.score_fixtures(items(scorer.ROOT / "tests" / "fixtures" / "claims_blind6" / "claims.jsonl"))
    assert result["claims"]["f1"] >= 0.94
    assert result["source"]["f1"] >= 0.95
    assert result["status"]["agreement_on_matched"] >= 0.92
    assert result["parts"]["measure"]["agreement_on_matched"] >= 0.96
    parts = [result["parts"][p]["agreement_on_matched"] for p in ("value", "qualifier", "measure")]
    right_of_detected = result["claims"]["recall"] / result["detection"]["recall"]
    assert min(parts) >= right_of_detected - 0.01  # each part is right at least as often as the whole claim


def test_seventh_and_eighth_blind_sets_now_development_material():
    """Blind set 7 (held out at 0.762, then 0.796 right-claims F1) and blind set 8 (held out once at 0.841) were read
    in session 7 and their classes fixed as general rules (development items c717-c780). Pinned a little under the
    measured figures (blind 7: claims F1 0.962, source F1 0.927, status 0.898, measure agreement 0.971; blind 8:
    0.979, 0.957, 0.917, 0.984); they no longer measure generality (blind sets 9 and 10 do)."""
    for name, claims, source, status, measure in (("claims_blind7", 0.94, 0.91, 0.87, 0.95),
                                                  ("claims_blind8", 0.96, 0.93, 0.89, 0.96)):
        result = scorer.score_fixtures(items(scorer.ROOT / "tests" / "fixtures" / name / "claims.jsonl"))
        assert result["claims"]["f1"] >= claims, name
        assert result["source"]["f1"] >= source, name
        assert result["status"]["agreement_on_matched"] >= status, name
        assert result["parts"]["measure"]["agreement_on_matched"] >= measure, name


def test_ninth_blind_set_now_development_material():
    """Blind set 9 (representative news wording, held out once at 0.860 right-claims F1) was read in session 7 (round
    9) and its classes fixed as general rules (development items c781-c830); five of its annotations were corrected to
    the guideline's own items (its README, "Gold corrections"). Pinned a little under the measured figures (claims F1
    0.980, detection F1 1.0, source F1 0.993, status 0.985, as_of 0.980, measure agreement 0.980); it no longer
    measures generality (blind set 10 does)."""
    result = scorer.score_fixtures(items(scorer.ROOT / "tests" / "fixtures" / "claims_blind9" / "claims.jsonl"))
    assert result["claims"]["f1"] >= 0.96
    assert result["detection"]["f1"] >= 0.98
    assert result["source"]["f1"] >= 0.97
    assert result["status"]["agreement_on_matched"] >= 0.96
    assert result["as_of"]["agreement_on_matched"] >= 0.95
    assert result["parts"]["measure"]["agreement_on_matched"] >= 0.96


def test_tenth_blind_set_now_development_material():
    """Blind set 10 (representative news wording, held out at 0.843 right-claims F1 at a8eea50) was read in session 7
    (round 10) and its classes fixed as general rules (development items c831-c865); one of its annotations was
    corrected to the guideline's own item c294 (its README, "Gold corrections"). Pinned a little under the measured
    figures (claims F1 0.950, detection F1 0.992, source F1 0.963, status 0.915, as_of 0.968, measure agreement
    0.958); it no longer measures generality (held-out set 11 does)."""
    result = scorer.score_fixtures(items(scorer.ROOT / "tests" / "fixtures" / "claims_blind10" / "claims.jsonl"))
    assert result["claims"]["f1"] >= 0.93
    assert result["detection"]["f1"] >= 0.97
    assert result["source"]["f1"] >= 0.94
    assert result["status"]["agreement_on_matched"] >= 0.89
    assert result["as_of"]["agreement_on_matched"] >= 0.94
    assert result["parts"]["measure"]["agreement_on_matched"] >= 0.93


def test_as_of_is_scored_against_the_document_date_when_the_gold_has_none():
    assert scorer.same_as_of("2025-01-06", "2025-01-06", "2025-01-10")
    assert not scorer.same_as_of("2025-01-10", "2025-01-06", "2025-01-10")
    assert scorer.same_as_of("2025-01-10", None, "2025-01-10") and scorer.same_as_of(None, None, "2025-01-10")
    assert not scorer.same_as_of("2025-01-06", None, "2025-01-10")  # a time the text does not give
    assert not scorer.same_as_of("2025-01-06", "2025-01", "2025-01-10")  # a day is not the month the gold has
    result = scorer.score_fixtures(items(scorer.FIXTURES))
    assert result["as_of"]["agreement_on_matched"] >= 0.96 and result["as_of"]["timed_accuracy"] >= 0.8


@pytest.mark.corpus
def test_gva_sample_runs():
    if not (CORPORA / "gva_semeval2018_task5" / "incidents.jsonl").exists():
        pytest.skip("GVA corpus absent (../shared/corpora/gva_semeval2018_task5)")
    figures = scorer.score_gva(CORPORA / "gva_semeval2018_task5", limit=40)
    for name in ("killed", "injured", "arrested"):
        assert 0.0 <= figures[name]["agreement"] <= 1.0 and figures[name]["mae"] >= 0
    assert figures["killed"]["agreement"] > 0.2
