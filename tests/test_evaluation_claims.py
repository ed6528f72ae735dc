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
    # pinned a little under docs/EVALUATION.md (development set: the rules were written on it; measured on 363 items:
    # claims F1 0.976, detection precision 1.0, source F1 0.992, scope precision 0.992 / F1 0.920, status 0.994)
    assert result["items"] >= 363
    assert result["claims"]["f1"] >= 0.96
    assert result["detection"]["precision"] >= 0.98
    assert result["source"]["f1"] >= 0.97
    assert result["scope"]["precision"] >= 0.97 and result["scope"]["f1"] >= 0.89
    assert result["status"]["agreement_on_matched"] >= 0.97


def test_first_blind_set_now_development_material():
    """The first blind set was scored once (claims F1 0.766) and is development material since: its error classes
    were fixed as general rules. Pinned a little under the measured figures (claims F1 0.986, detection precision
    1.0, source F1 1.0, scope recall 0.66, status 1.0); it no longer measures generality (claims_blind2 does)."""
    blind = scorer.ROOT / "tests" / "fixtures" / "claims_blind" / "claims.jsonl"
    result = scorer.score_fixtures(items(blind))
    assert result["claims"]["f1"] >= 0.96
    assert result["detection"]["precision"] >= 0.97
    assert result["source"]["f1"] >= 0.97
    assert result["scope"]["recall"] >= 0.62 and result["scope"]["precision"] >= 0.94
    assert result["status"]["agreement_on_matched"] >= 0.97


def test_held_out_blind_set_floor():
    """The second blind set is held out (its errors are not read): only floors under its measured figures are
    pinned (claims F1 0.823, detection F1 0.958, source F1 0.921, status 0.886 with rules-claims/3), so a change
    that loses generality fails without the set being tuned on."""
    held_out = scorer.ROOT / "tests" / "fixtures" / "claims_blind2" / "claims.jsonl"
    result = scorer.score_fixtures(items(held_out))
    assert result["claims"]["f1"] >= 0.80
    assert result["detection"]["f1"] >= 0.94
    assert result["source"]["f1"] >= 0.90
    assert result["status"]["agreement_on_matched"] >= 0.86


@pytest.mark.corpus
def test_gva_sample_runs():
    if not (CORPORA / "gva_semeval2018_task5" / "incidents.jsonl").exists():
        pytest.skip("GVA corpus absent (../shared/corpora/gva_semeval2018_task5)")
    figures = scorer.score_gva(CORPORA / "gva_semeval2018_task5", limit=40)
    for name in ("killed", "injured", "arrested"):
        assert 0.0 <= figures[name]["agreement"] <= 1.0 and figures[name]["mae"] >= 0
    assert figures["killed"]["agreement"] > 0.2
