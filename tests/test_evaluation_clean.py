"""Tests for evaluation/clean.py, the HTML-cleaning scorer on the trafilatura evaluation set."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from .conftest import load_evaluation

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "trafilatura_eval_en"


scorer = load_evaluation("clean")


def test_default_corpus_is_the_shared_folder():
    assert scorer.DEFAULT_CORPUS == CORPUS


def test_snippets_match_after_collapsing_white_space():
    output = "Hello  world.\nThis is\tthe text.\n\nFooter links"
    counts = scorer.score_snippets(output, ["Hello world.", "is  the\ntext", "not there"], ["Footer links", "Reply"])
    assert counts == Counter(tp=2, fn=1, fp=1, tn=1)
    assert scorer.snippet_failures(output, ["Hello world.", "not there"], ["Footer  links", "Reply"]) == [
        ("missed", "not there"), ("kept", "Footer  links")]


def test_empty_output_misses_every_with_and_keeps_no_without():
    for empty in (None, "", " \n "):
        assert scorer.score_snippets(empty, ["a", "b", "c"], ["d", "e"]) == Counter(tp=0, fn=3, fp=0, tn=2)
        assert scorer.snippet_failures(empty, ["a"], [""]) == [("missed", "a")]


def test_snippet_counts_are_pooled_before_precision_and_recall():
    pooled = Counter()
    pooled.update(scorer.score_snippets("alpha beta gamma", ["alpha", "beta", "gamma"], ["delta", "gamma"]))
    pooled.update(scorer.score_snippets("delta", ["epsilon"], ["zeta", "eta", "theta", "iota"]))
    assert {k: pooled[k] for k in scorer.COUNTS} == {"tp": 3, "fn": 1, "fp": 1, "tn": 5}
    scores = scorer.prf(pooled)
    assert scores == {"precision": 0.75, "recall": 0.75, "f1": pytest.approx(0.75), "accuracy": 0.8}
    # pooled, not averaged per page: page 2 alone would have P = R = 0
    lopsided = scorer.prf(Counter(tp=1, fn=3, fp=0, tn=0))
    assert lopsided["precision"] == 1.0 and lopsided["recall"] == 0.25 and lopsided["f1"] == pytest.approx(0.4)
    assert scorer.prf(Counter(fn=2, tn=1)) == {"precision": 0.0, "recall": 0.0, "f1": 0.0, "accuracy": 1 / 3}


def test_date_scores_count_missing_and_partial_predictions_as_wrong():
    pairs = [
        ("2020-01-02", "2020-01-02"),  # right
        ("2020-01-03", "2020-01-04"),  # wrong day
        ("2020-01-05", None),  # no prediction
        ("2020-01-06", "2020-01"),  # month only: no prediction
        (None, "2020-01-01"),  # no gold: not scored
        ("", "2020-01-01"),  # empty gold: not scored
    ]
    assert scorer.score_dates(pairs) == {"gold": 4, "predicted": 2, "correct": 1, "accuracy": 0.25,
                                         "coverage": 0.5, "precision": 0.5}
    assert scorer.score_dates([]) == {"gold": 0, "predicted": 0, "correct": 0, "accuracy": 0.0,
                                      "coverage": 0.0, "precision": 0.0}
    assert scorer.full_day("2021-03-14") == "2021-03-14"
    assert scorer.full_day("2021-03") is None and scorer.full_day("2021") is None
    assert scorer.full_day("2021-03-14T10:00:00") is None and scorer.full_day(None) is None


def test_titles_match_case_and_white_space_folded():
    assert scorer.same_title("Anno 1800 Beta ", "anno  1800\nBETA")
    assert not scorer.same_title("Penny", "Penny - Stardew Valley Wiki")
    assert not scorer.same_title("Penny", None)
    assert scorer.score_titles([("A", "a"), ("B", "C"), (None, "D"), ("E", None)]) == {
        "gold": 3, "correct": 1, "accuracy": 1 / 3}


def test_newsdossier_system_counts_pages_without_main_text_as_empty():
    menu = "<html><body><nav><a href='/'>Home</a></nav></body></html>"
    result = scorer.run_newsdossier("https://example.org/menu", menu)
    assert result["error"] and result["text"] == "" and result["date"] is None and result["title"] is None


def test_missing_corpus_exits_2(tmp_path, capsys):
    assert scorer.main(["--corpus", str(tmp_path / "absent")]) == 2
    assert "corpus not found" in capsys.readouterr().err


@pytest.mark.corpus
@pytest.mark.skipif(not CORPUS.is_dir(), reason=f"corpus folder absent: {CORPUS}")
def test_newsdossier_on_five_corpus_pages():
    pages = scorer.load_corpus(CORPUS, limit=5)
    assert len(pages) == 5 and all(page.path.is_file() for page in pages)
    counts = Counter()
    for page in pages:
        html, decoded = scorer.read_html(page)
        assert decoded
        counts.update(scorer.score_snippets(scorer.run_newsdossier(page.url, html)["text"], page.with_, page.without))
    assert counts["tp"] + counts["fn"] == sum(len(page.with_) for page in pages)
    assert scorer.prf(counts)["f1"] > 0.5
    results = scorer.evaluate(pages)
    assert results["pages"] == 5
    assert {k: results["text"]["newsdossier"][k] for k in scorer.COUNTS} == {k: counts[k] for k in scorer.COUNTS}
    assert results["text"]["newsdossier"]["f1"] > 0.5
    table = scorer.render(results, errors=True)
    assert "newsdossier-body" in table and "htmldate-extensive" in table and "date misses" in table
