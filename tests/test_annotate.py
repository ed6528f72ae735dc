from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from newsdossier.annotate import annotate, paragraphs
from newsdossier.clean import clean
from newsdossier.config import Settings
from newsdossier.records import RawArticle


def test_paragraphs_split_at_blank_lines_with_offsets():
    text = "First para.\nstill first.\n\nSecond.\n \n\nThird."
    parts = paragraphs(text)
    assert [p for _, p in parts] == ["First para.\nstill first.", "Second.", "Third."]
    assert all(text[o:o + len(p)] == p for o, p in parts)


@given(st.text(alphabet=st.sampled_from("ab .\n"), max_size=300), st.integers(min_value=3, max_value=40))
def test_paragraph_offsets_always_index_the_text(text, limit):
    for offset, part in paragraphs(text, max_chars=limit):
        assert text[offset:offset + len(part)] == part
        assert part.strip() == part and part
        assert "\n\n" not in part


def test_annotate_returns_each_article_with_its_paragraph_docs(nlp):
    articles = [
        clean(RawArticle(source=str(i), format="record", content=text))
        for i, text in enumerate(["One para about Marenta.\n\nAnother about Veloria.", "Single paragraph."])
    ]
    out = list(annotate(articles, nlp, Settings(batch_size=2)))
    assert [a.id for a, _ in out] == [a.id for a in articles]
    first_parts = out[0][1]
    assert [p.doc.text for p in first_parts] == ["One para about Marenta.", "Another about Veloria."]
    assert [p.offset for p in first_parts] == [0, 25]
