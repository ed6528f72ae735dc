"""Tests for evaluation/quotes.py, the PolNeAR quote-attribution scorer, and the floors it pins."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from .conftest import CORPORA, FIXTURES, load_evaluation

scorer = load_evaluation("quotes")
POLNEAR = CORPORA / "polnear"


def test_default_paths():
    assert scorer.POLNEAR == POLNEAR
    assert scorer.FIXTURES == FIXTURES / "quotes" / "quotes.jsonl"


def test_read_annotation_binds_roles_and_keeps_discontinuous_content(tmp_path):
    ann = tmp_path / "a_x1.ann"
    ann.write_text(
        "T1\tSource 10 12\the\n"
        "T2\tCue 13 17\tsaid\n"
        "T3\tContent 0 8;19 25\t“A,” | “B.”\n"
        "T4\tAttribution 13 17\tsaid\n"
        "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
        "T5\tCue 30 42\taccording to\n"
        "T6\tContent 44 60\tit rained\n"
        "T7\tAttribution-no-source 30 42\taccording to\n"
        "E2\tAttribution-no-source:T7 Cue:T5 Content:T6\n"
        "T8\tDiscard 70 80\tRead more\n", encoding="utf-8")
    assert scorer.read_annotation(ann) == [
        scorer.Attribution(((0, 8), (19, 25)), (13, 17), (10, 12)),
        scorer.Attribution(((44, 60),), (30, 42), None),
    ]


def _quote(start, end, kind="direct", cue=None, speaker=None):
    return SimpleNamespace(start=start, end=end, kind=kind, cue_start=cue[0] if cue else None,
                           cue_end=cue[1] if cue else None, speaker_start=speaker[0] if speaker else None,
                           speaker_end=speaker[1] if speaker else None)


def test_predictions_group_by_cue_and_leave_terms_out():
    quotes = (_quote(0, 8, cue=(13, 17), speaker=(10, 12)), _quote(19, 25, cue=(13, 17), speaker=(10, 12)),
              _quote(30, 35, kind="term"), _quote(40, 50))
    assert scorer.attributions_of(quotes) == [
        scorer.Attribution(((0, 8), (19, 25)), (13, 17), (10, 12)),
        scorer.Attribution(((40, 50),), None, None),
    ]


def test_scoring_on_hand_made_spans():
    text = "“We stay,” he said. “Go.” Police said the road was shut. Ana wrote that it rained."
    gold = [scorer.Attribution(((0, 10), (20, 25)), (14, 18), (11, 13)),  # "“We stay,” | “Go.”", he said
            scorer.Attribution(((38, 55),), (33, 37), (26, 32)),  # "the road was shut", Police said
            scorer.Attribution(((67, 81),), (61, 66), (57, 60))]  # "that it rained", Ana wrote
    predicted = [scorer.Attribution(((0, 10), (20, 25)), (14, 18), (11, 13)),  # exact, speaker right
                 scorer.Attribution(((42, 55),), (33, 37), None)]  # "road was shut": partial, speaker missed
    counts = scorer.score_document(text, gold, predicted)
    tokens = scorer.Tokens(text)
    gold_tokens = len(tokens.of([s for g in gold for s in g.contents]))
    assert counts["gold_tokens"] == gold_tokens and counts["predicted_tokens"] == counts["shared_tokens"]
    assert counts["content_exact"] == 1 and counts["cue_exact"] == 2 and counts["gold_cues"] == 3
    assert counts["speaker_matched"] == 2 and counts["speaker_right"] == 1
    assert counts["source_exact"] == 1 and counts["gold_sources"] == 3 and counts["predicted_sources"] == 1
    result = scorer.summary(counts)
    assert result["content_overlap"]["precision"] == 100.0
    assert result["content_exact"] == {"precision": 50.0, "recall": 33.3, "f1": 40.0}
    assert result["speaker_accuracy"] == 50.0


def test_speaker_match_is_one_to_one_by_shared_tokens():
    text = "one two three four five six seven eight"
    gold = [scorer.Attribution(((0, 13),), None, (14, 18)), scorer.Attribution(((19, 39),), None, None)]
    # one prediction covering both gold contents is matched to the one it shares more tokens with
    counts = scorer.score_document(text, gold, [scorer.Attribution(((0, 39),), None, None)])
    assert counts["speaker_matched"] == 1 and counts["speaker_right"] == 1


def test_empty_prediction_scores_zero_not_an_error():
    counts = scorer.score_document("a b c", [scorer.Attribution(((0, 5),), None, None)], [])
    result = scorer.summary(counts)
    assert result["content_overlap"]["f1"] == 0.0 and result["speaker_accuracy"] == 0.0


def test_fixture_scores_stay_high():
    import json

    items = [json.loads(line) for line in scorer.FIXTURES.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = scorer.score_fixtures(items)
    assert result["quotes"]["f1"] >= 95.0, result["errors"]
    assert result["speaker_agreement"] >= 95.0 and result["kind_agreement"] >= 95.0, result["errors"]


@pytest.mark.skipif(not (POLNEAR / "dev" / "attributions").is_dir(), reason="PolNeAR corpus not present")
def test_polnear_slice_floors():
    """First 20 dev articles; measured 87.8 overlap F1, 56.1 exact F1, 67.5 cue F1, 87.4 speaker accuracy."""
    result = scorer.score_polnear(POLNEAR, "dev", limit=20)
    assert result["articles"] == 20 and result["gold"] == 473
    assert result["content_overlap"]["f1"] >= 85.0
    assert result["content_exact"]["f1"] >= 52.0
    assert result["cue_exact"]["f1"] >= 64.0
    assert result["speaker_accuracy"] >= 84.0
    assert result["content_recall_quoted"] >= 92.0
    assert result["errors"] and all(" missed [" in line or " extra [" in line for line in result["errors"])
