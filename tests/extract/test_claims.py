from __future__ import annotations

import pytest

from newsdossier.annotate import annotate
from newsdossier.clean import content_hash
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract.claims import extract_claims
from newsdossier.records import Article

from ..conftest import CORPORA, load_evaluation


def claims_of(text: str, nlp, published: str | None = "2025-01-20"):
    article = Article(id="doc-1", content_hash=content_hash(text), source="t", text=text, published=published)
    ((_, parts),) = annotate([article], nlp)
    found = extract_claims(article, parts, DEFAULT_SETTINGS)
    for claim in found:
        assert text[claim.start:claim.end] == claim.text
    return [(c.text, c.value_low, c.value_high, c.qualifier, c.measure, c.scope, c.source, c.status) for c in found]


def test_the_issue_example_gives_three_claims(nlp):
    got = claims_of("The official death toll stands at 227, with 149 killed in the capital alone; 19 were members of "
                    "the security forces, the prosecutor's office said on Thursday.", nlp)
    assert got == [
        ("227", 227, 227, "exact", "deaths", None, "the prosecutor's office", "reported"),
        ("149", 149, 149, "exact", "deaths", "in the capital alone", "the prosecutor's office", "reported"),
        ("19", 19, 19, "exact", "deaths", "members of the security forces", "the prosecutor's office", "reported"),
    ]


def test_a_figure_retracted_later_and_counted_in_the_sentence_before(nlp):
    got = claims_of("There is no reliable figure for the number of people killed. An earlier figure of 164, "
                    "attributed to a government-linked source, was later retracted.", nlp)
    assert got == [("164", 164, 164, "exact", "deaths", None, "a government-linked source", "retracted")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Without evidence, the president claimed that 20,000 terrorists had attacked the city.", ("disputed", "the president")),
        ("Police detained some 5,800 people.", ("asserted", None)),
        ("Up to 60 miners may be trapped, officials said.", ("hedged", "officials")),
        ("Police denied detaining 120 people at the border.", ("negated", "Police")),
    ],
)
def test_status_and_source(nlp, text, expected):
    (claim,) = claims_of(text, nlp)
    assert (claim[-1], claim[-2]) == expected


def test_not_claims(nlp):
    assert claims_of("A 34-year-old man from Route 9 was seen in 2019 on the second day; call (800) 873-8477.", nlp) == []
    assert claims_of("Harry Montgomery, 68, of Mohawk lived at 749 Parker Ave. for ten years.", nlp) == []


def test_subsets_and_clauses(nlp):
    got = claims_of("No one was killed in the blast and 14 people were treated for smoke inhalation, the fire service "
                    "said.", nlp)
    assert [(g[0], g[4], g[7]) for g in got] == [("No one", "deaths", "negated"), ("14", "injuries", "reported")]
    got = claims_of("Officials said 4,353 homes were damaged by the floods, 812 of them beyond repair.", nlp)
    assert [(g[0], g[4]) for g in got] == [("4,353", "home"), ("812", "home")]


FIXTURES = load_evaluation("claims")


def test_team_fixture_floor():
    import json

    items = [json.loads(line) for line in FIXTURES.FIXTURES.read_text().splitlines() if line.strip()]
    result = FIXTURES.score_fixtures(items)
    # pinned just under docs/EVALUATION.md; the goal is 0.90
    assert result["claims"]["f1"] >= 0.82
    assert result["detection"]["precision"] >= 0.95
    assert result["source"]["f1"] >= 0.92
    assert result["status"]["agreement_on_matched"] >= 0.92


def test_untuned_blind_set_keeps_detection_precision():
    """The blind set is not tuned on (docs/EVALUATION.md); only the precision of detection is pinned."""
    import json

    blind = FIXTURES.ROOT / "tests" / "fixtures" / "claims_blind" / "claims.jsonl"
    items = [json.loads(line) for line in blind.read_text().splitlines() if line.strip()]
    assert FIXTURES.score_fixtures(items)["detection"]["precision"] >= 0.95


@pytest.mark.corpus
def test_gva_sample_runs(tmp_path):
    if not (CORPORA / "gva_semeval2018_task5" / "incidents.jsonl").exists():
        pytest.skip("GVA corpus absent (../shared/corpora/gva_semeval2018_task5)")
    figures = FIXTURES.score_gva(CORPORA / "gva_semeval2018_task5", limit=40)
    for name in ("killed", "injured", "arrested"):
        assert 0.0 <= figures[name]["agreement"] <= 1.0 and figures[name]["mae"] >= 0
    assert figures["killed"]["agreement"] > 0.2


def test_shares_and_money_carry_a_unit(nlp):
    got = claims_of("The fire chief said half of the town's 8,000 inhabitants had been evacuated.", nlp)
    assert [(g[0], g[1], g[4]) for g in got] == [("half", 4000, "evacuated"), ("8,000", 8000, "inhabitant")]
    article_text = "Officials said 80 percent of homes in the valley were destroyed and damage topped $1.2 million."
    article = Article(id="doc-2", content_hash=content_hash(article_text), source="t", text=article_text)
    ((_, parts),) = annotate([article], nlp)
    units = {(c.text, c.unit, c.measure) for c in extract_claims(article, parts, DEFAULT_SETTINGS)}
    assert units == {("80", "percent", "homes"), ("$1.2 million", "USD", "money")}
    assert claims_of("Prices rose 12 percent in the second half of the year.", nlp) == []
