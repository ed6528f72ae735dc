"""Tests for extract/quotes: quotation marks, cues, speakers and the Quote records."""

from __future__ import annotations

import json

import pytest

from newsdossier.annotate import Part, paragraphs
from newsdossier.config import DEFAULT_SETTINGS
from newsdossier.extract.quotes import NAME, extract_quotes
from newsdossier.extract.quotes.marks import find_quotes
from newsdossier.records import Article, stable_id

from ..conftest import FIXTURES

ITEMS = [json.loads(line) for line in (FIXTURES / "quotes" / "quotes.jsonl").read_text(encoding="utf-8").splitlines()
         if line.strip()]


def quoted(text: str) -> list[str]:
    return [text[q.start:q.end] for q in find_quotes(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("“A,” he said. “B.”", ["“A,”", "“B.”"]),
    ('He said "we will go" and "stay."', ['"we will go"', '"stay."']),
    ("\"The border is closed,” she said.", ["\"The border is closed,”"]),  # straight opening, curly closing
    ("”Fear. I am afraid.”", ["”Fear. I am afraid.”"]),  # a closing glyph used to open
    ("“First paragraph.\n\n“Second paragraph,” she said.", ["“First paragraph.\n\n“Second paragraph,”"]),
    ("“Broken by the scraper\n\nhere,” she said.", ["“Broken by the scraper\n\nhere,”"]),
    ("A stray “ mark.\n\nThen “ok” here.", ["“ok”"]),
    ("A stray “ mark and “ok” here.", ["“ok”"]),
    ("“He calls it “hell” all day,” she said.", ["“He calls it “hell” all day,”"]),  # nested, same glyph
    ("''It is fair,'' he said.", ["''It is fair,''"]),
    ("He called it 'biased' but voters’ rights ‘matter’; don’t ‘90s", ["'biased'", "‘matter’"]),
])
def test_quotation_marks(text, expected):
    assert quoted(text) == expected


def test_inner_span_excludes_the_marks():
    text = "He said “yes” twice."
    (q,) = find_quotes(text)
    assert text[slice(*q.inner)] == "yes" and q.double


def _article(text: str) -> Article:
    return Article(id=stable_id("doc", text), content_hash="h", source="test", text=text)


def _extract(nlp, text: str):
    article = _article(text)
    parts = [Part(offset=offset, doc=nlp(piece)) for offset, piece in paragraphs(text)]
    return article, extract_quotes(article, parts, DEFAULT_SETTINGS)


@pytest.mark.parametrize("item", ITEMS, ids=[item["id"] for item in ITEMS])
def test_fixture_passages(nlp, item):
    article, quotes = _extract(nlp, item["text"])
    got = [{"text": q.text, "kind": q.kind, "cue": q.cue, "speaker": q.speaker,
            "as_written": article.text[q.speaker_start:q.speaker_end] if q.speaker_start is not None else None}
           for q in quotes]
    assert sorted(got, key=lambda q: q["text"]) == sorted(item["quotes"], key=lambda q: q["text"])


def test_records_point_into_the_article(nlp):
    text = ("Maria Celik met Ivan Rusu on Friday.\n\n“We are still waiting,” she said. “Nobody came.”\n\n"
            "According to the Dunmere police, 14 people were detained.")
    article, quotes = _extract(nlp, text)
    assert len(quotes) == 3
    for q in quotes:
        assert article.text[q.start:q.end] == q.text
        assert q.document == article.id and q.extractor == NAME and q.speaker_entity is None
        assert q.id == stable_id("q", article.id, q.start, q.end)
        assert article.text[q.cue_start:q.cue_end] == q.cue
    first, second, third = quotes
    # the halves of a split quote share the cue and the speaker; "she" resolves to the name before it
    assert (first.cue_start, first.speaker) == (second.cue_start, second.speaker) == (first.cue_start, "Maria Celik")
    assert article.text[first.speaker_start:first.speaker_end] == "she"
    assert article.text[first.speaker_name_start:first.speaker_name_end] == "Maria Celik"
    assert third.kind == "indirect" and third.cue == "According to"
    # a re-run gives the same records (ids derive from content)
    assert _extract(nlp, text)[1] == quotes


def test_model_name_is_versioned_into_the_extractor(nlp):
    text = "Ana Ruiz said the bridge was closed."
    article = _article(text)
    (quote,) = extract_quotes(article, [Part(0, nlp(text))], DEFAULT_SETTINGS, model="en_core_web_sm-3.8.0")
    assert quote.extractor == f"{NAME}/en_core_web_sm-3.8.0"


def test_pronoun_needs_a_compatible_antecedent(nlp):
    # "She" cannot be Mr. Ferrand; "He" cannot be Ms. Lowe, and nothing else is there: unknown, not a guess
    _, quotes = _extract(nlp, "Mr. Ferrand and Ms. Lowe argued. She said the vote was rigged.")
    assert [q.speaker for q in quotes] == ["Lowe"]
    _, quotes = _extract(nlp, "Ms. Lowe spoke first. He said the vote was fair.")
    assert [q.speaker for q in quotes] == [None]


def test_no_quotes_in_plain_narration(nlp):
    _, quotes = _extract(nlp, "Troops moved into the square at dawn. The shops stayed shut all day.")
    assert quotes == ()


def test_terms_take_the_speaker_of_the_reported_speech_around_them(nlp):
    _, quotes = _extract(nlp, "The minister described the protesters as “bandits”. Reporters called them “crowds”.")
    terms = {q.text: q.speaker for q in quotes if q.kind == "term"}
    assert terms == {"bandits": None, "crowds": None}
    _, quotes = _extract(nlp, "Interior Minister Tomas Varga described the protesters as “bandits”.")
    assert {q.text: q.speaker for q in quotes if q.kind == "term"} == {"bandits": "Tomas Varga"}
    _, quotes = _extract(nlp, "The so-called “peacekeepers” arrived on Monday.")
    assert [(q.kind, q.text, q.speaker, q.cue) for q in quotes] == [("term", "peacekeepers", None, None)]


def test_time_is_linear_in_article_length(nlp):
    """Many paragraphs of quotes and cues: a quadratic scan would show as a large jump per paragraph."""
    import time

    paragraph = "“We will stay,” said Jane Roe, a nurse. She added that the clinic was full. “Nobody came.”"
    doc = nlp(paragraph)
    for count in (20, 160):
        text = "\n\n".join([paragraph] * count)
        parts = [Part(offset=i * (len(paragraph) + 2), doc=doc) for i in range(count)]
        started = time.perf_counter()
        quotes = extract_quotes(_article(text), parts, DEFAULT_SETTINGS)
        elapsed = time.perf_counter() - started
        assert len(quotes) == 3 * count
        if count == 20:
            small = elapsed
    assert elapsed < 8 * 10 * max(small, 1e-3)  # 8x the text, well under 64x the time


def test_pronouns_resolve_against_the_entity_stage_not_raw_ner(nlp):
    # the small model tags the dateline "MARENTA" PERSON and "Karaman" ORG; the entity stage repairs both
    text = ("MARENTA (Steppe Wire) - Some 225 people were killed, Prosecutor General Lidiya Karaman said on Wednesday.\n\n"
            "Karaman told a news conference in Marenta that the figure included civilians. "
            "\"Some 225 bodies have been delivered to morgues,\" she said.")
    direct = [q for q in _extract(nlp, text)[1] if q.kind == "direct"]
    assert [q.speaker for q in direct] == ["Karaman"]
