"""Tests for evaluation/mentions.py, the MEANTIME named-mention scorer."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import pytest

from .conftest import load_evaluation

MEANTIME = Path(__file__).resolve().parents[2] / "shared" / "corpora" / "meantime_en"


mentions = load_evaluation("mentions")


def test_scoring_on_hand_made_spans():
    gold = {(0, 2): "PER", (5, 6): "LOC", (8, 11): "ORG", (20, 21): None}
    pred = {(0, 2): "PERSON", (5, 6): "ORG", (9, 11): "ORG", (15, 16): "GPE"}
    counts = mentions.score_spans(gold, pred)
    # strict: (0,2), (5,6); relaxed adds (9,11)~(8,11); typed: only (0,2), LOC is no ORG
    assert counts == Counter(gold=4, pred=4, strict=2, relaxed=3, typed=1)
    assert mentions.prf(counts, "strict") == {"precision": 0.5, "recall": 0.5, "f1": 0.5}
    relaxed = mentions.prf(counts, "relaxed")
    assert relaxed["precision"] == relaxed["recall"] == relaxed["f1"] == 0.75
    assert mentions.prf(Counter(gold=3), "strict") == {"precision": 0.0, "recall": 0.0, "f1": 0.0}


def test_relaxed_matching_is_one_to_one_and_prefers_exact_then_larger_overlap():
    # one long prediction over two nested gold spans matches only one of them: the exact one
    assert mentions.relaxed_pairs([(0, 5), (3, 5)], [(3, 5)]) == [((3, 5), (3, 5))]
    assert mentions.relaxed_pairs([(0, 5), (1, 2)], [(0, 4)]) == [((0, 5), (0, 4))]
    # two predictions inside one gold span: one true positive, one false positive
    assert len(mentions.relaxed_pairs([(0, 6)], [(0, 2), (3, 6)])) == 1
    assert mentions.relaxed_pairs([(0, 2)], [(2, 4)]) == []  # end-exclusive spans that touch do not overlap


def test_type_mapping():
    assert mentions.type_fits("PER", "PERSON") and not mentions.type_fits("PER", "ORG")
    assert mentions.type_fits("FIN", "ORG") and mentions.type_fits("LOC", "FAC")
    assert mentions.type_fits("PRO", "LAW") and not mentions.type_fits("PRO", "NORP")
    assert mentions.type_fits("MIX", "NORP")
    assert not mentions.type_fits(None, "ORG")


def test_read_document_builds_text_gold_types_and_region(tmp_path):
    words = [("Boeing", 0), ("wins", 0), ("May", 1), ("1", 1), ("The", 2), ("Air", 2), ("Force", 2), ("paid", 2),
             ("Boeing", 3), ("cash", 3)]
    tokens = "".join(f'<token t_id="{i}" sentence="{s}" number="{i - 1}">{w}</token>' for i, (w, s) in enumerate(words, 1))
    xml = f"""<Document doc_id="1" doc_name="x">{tokens}<Markables>
      <ENTITY_MENTION m_id="1" syntactic_type="NAM"><token_anchor t_id="1"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="2" syntactic_type="NAM"><token_anchor t_id="5"/><token_anchor t_id="6"/><token_anchor t_id="7"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="3" syntactic_type="PRE.NAM"><token_anchor t_id="6"/></ENTITY_MENTION>
      <ENTITY_MENTION m_id="4"><token_anchor t_id="9"/></ENTITY_MENTION>
      <ENTITY m_id="10" ent_type="ORG"/></Markables>
      <Relations><REFERS_TO r_id="1"><source m_id="1"/><source m_id="4"/><target m_id="10"/></REFERS_TO></Relations></Document>"""
    path = tmp_path / "corpus_test" / "1_x.xml"
    path.parent.mkdir()
    path.write_text(xml, encoding="utf-8")
    doc = mentions.read_document(path)
    assert doc.text == "Boeing wins\n\nMay 1\n\nThe Air Force paid\n\nBoeing cash"
    assert doc.topic == "corpus_test"
    assert doc.gold == {(0, 1): "ORG", (4, 7): None}  # the mention without syntactic_type is no gold
    assert doc.prenam == {(5, 6)}
    assert doc.region == 8  # sentence 3 has only a cross-document mention: outside the scored region
    assert doc.surface((4, 7)) == "The Air Force"


def test_cli_exits_2_without_corpus(tmp_path, capsys):
    assert mentions.main(["--corpus", str(tmp_path / "missing")]) == 2
    assert "no MEANTIME corpus" in capsys.readouterr().err


@pytest.mark.corpus
def test_scores_three_meantime_files_sanely():
    if not MEANTIME.is_dir():
        pytest.skip(f"MEANTIME corpus not found at {MEANTIME}")
    files = mentions.corpus_files(MEANTIME, limit=3)
    assert len(files) == 3
    result = mentions.evaluate(files)
    overall = result["scores"]["overall"]
    assert result["documents"] == 3 and overall["counts"]["gold"] > 10
    for kind in ("strict", "relaxed"):
        assert 0.3 < overall[kind]["f1"] < 1.0, (kind, overall[kind])
    assert overall["relaxed"]["f1"] >= overall["strict"]["f1"] >= overall["typed"]["f1"]
    assert result["false_positives"] and result["false_negatives"]
