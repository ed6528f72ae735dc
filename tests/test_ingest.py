from __future__ import annotations

import io

import pytest

from newsdossier.config import Settings
from newsdossier.errors import BinaryInputError, EmptyInputError, EncodingError
from newsdossier.ingest import decode, expand_paths, ingest, record_to_article, sniff_format
from newsdossier.records import Failure, RawArticle

from .conftest import FIXTURES


def test_folders_are_read_recursively_in_order_skipping_hidden_and_unknown_endings(tmp_path, write):
    write("b.txt", "x")
    write("a/c.md", "x")
    write("a/d.html", "x")
    write("a/.hidden/e.txt", "x")
    write("notes.pdf", "x")
    write(".git/f.json", "{}")
    found = list(expand_paths([tmp_path]))
    assert found == [str(tmp_path / "a/c.md"), str(tmp_path / "a/d.html"), str(tmp_path / "b.txt")]


def test_globs_are_expanded_and_missing_paths_pass_through(tmp_path, write):
    write("one.txt", "x")
    write("two.txt", "x")
    assert list(expand_paths([str(tmp_path / "*.txt")])) == [str(tmp_path / "one.txt"), str(tmp_path / "two.txt")]
    missing = str(tmp_path / "nope.txt")
    assert list(expand_paths([missing, "-"])) == [missing, "-"]


@pytest.mark.parametrize(
    ("data", "error", "words"),
    [
        (b"", EmptyInputError, "empty"),
        (b"  \n\t\n", EmptyInputError, "empty"),
        (b"%PDF-1.7 ...", BinaryInputError, "PDF"),
        (b"\x89PNG\r\n\x1a\n....", BinaryInputError, "PNG"),
        (b"PK\x03\x04zipzip", BinaryInputError, "ZIP"),
        (b"text\x00with\x00nuls\x00\x01\x02", BinaryInputError, "NUL"),
    ],
)
def test_decode_refuses_what_is_not_text(data, error, words):
    with pytest.raises(error) as caught:
        decode(data, "in.txt")
    assert caught.value.source == "in.txt"
    assert words in caught.value.reason


def test_decode_reads_utf8_with_bom_utf16_and_legacy_encodings():
    assert decode("\ufeffHéllo".encode("utf-8"), "x") == "Héllo"
    assert decode("Hello Marenta".encode("utf-16"), "x") == "Hello Marenta"
    latin = "Le café de la place était fermé après les émeutes de janvier à Marenta.".encode("latin-1")
    assert "café" in decode(latin, "x")
    cyrillic = "Протесты в столице продолжались всю неделю, сообщили власти города.".encode("cp1251")
    assert "Протесты" in decode(cyrillic, "x")


def test_undecodable_bytes_give_an_encoding_error():
    noise = bytes(range(0x80, 0x100)) * 4 + b"\x81\x8d\x8f\x90\x9d" * 10
    with pytest.raises((EncodingError, BinaryInputError)):
        decode(noise, "noise.txt")


def test_jsonl_bad_lines_fail_alone(write):
    path = write(
        "r.jsonl",
        '{"text": "First article body.", "title": "One", "outlet": "Daily", "published": "2025-01-06T09:00:00Z",'
        ' "authors": ["A B", "C D"]}\n'
        "\n"
        "{broken\n"
        '{"title": "no body"}\n'
        '["not", "an", "object"]\n'
        '{"content": "Second body.", "source": {"name": "Wire"}, "author": "E F", "url": "https://example.org/2"}\n',
    )
    items = list(ingest([path]))
    articles = [i for i in items if isinstance(i, RawArticle)]
    failures = [i for i in items if isinstance(i, Failure)]
    assert [a.content for a in articles] == ["First article body.", "Second body."]
    assert articles[0].authors == ("A B", "C D") and articles[0].outlet == "Daily"
    assert articles[0].published == "2025-01-06T09:00:00Z" and articles[0].source == f"{path}:1"
    assert articles[1].outlet == "Wire" and articles[1].authors == ("E F",) and articles[1].url == "https://example.org/2"
    assert [f.source for f in failures] == [f"{path}:3", f"{path}:4", f"{path}:5"]
    assert "invalid JSON" in failures[0].reason and "no text" in failures[1].reason


def test_json_object_list_and_wrapper(write):
    one = write("one.json", '{"body": "Only one."}')
    many = write("many.json", '[{"text": "A."}, 5, {"text": "B."}]')
    wrapped = write("wrapped.json", '{"articles": [{"text": "C."}]}')
    items = list(ingest([one, many, wrapped]))
    assert [getattr(i, "content", None) for i in items] == ["Only one.", "A.", None, "B.", "C."]
    assert isinstance(items[2], Failure) and items[2].source == f"{many}[1]"


def test_record_with_html_is_read_as_html():
    raw = record_to_article({"html": "<p>Hi</p>", "date": "2025-02-01"}, "r")
    assert raw.format == "html" and raw.published == "2025-02-01"


def test_each_bad_file_fails_with_its_name_and_the_batch_goes_on(tmp_path, write):
    good = write("good.txt", "A fine article about Marenta.")
    empty = write("empty.txt", "")
    big = write("big.txt", "x" * 2000)
    odd = write("data.csv", "a,b")
    items = list(ingest([empty, good, big, odd, tmp_path / "missing.txt"], Settings(max_bytes=1000)))
    kinds = [(type(i).__name__, i.source) for i in items]
    assert kinds == [
        ("Failure", str(empty)),
        ("RawArticle", str(good)),
        ("Failure", str(big)),
        ("Failure", str(odd)),
        ("Failure", str(tmp_path / "missing.txt")),
    ]
    reasons = [i.reason for i in items if isinstance(i, Failure)]
    assert "empty" in reasons[0] and "limit" in reasons[1] and "unsupported" in reasons[2] and "no such file" in reasons[3]
    assert all("\n" not in r for r in reasons)


def test_stdin_is_sniffed():
    assert sniff_format(b"<!DOCTYPE html><html>") == "html"
    assert sniff_format(b'{"text": "a"}\n{"text": "b"}\n') == "jsonl"
    assert sniff_format(b'{\n "text": "a"\n}') == "json"
    assert sniff_format(b"[{}]") == "json"
    assert sniff_format(b"Plain words.") == "text"
    items = list(ingest(["-"], stdin=io.BytesIO(b"Piped article text.")))
    assert items == [RawArticle(source="<stdin>", format="text", content="Piped article text.")]


def test_warc_records_html_and_text_are_read_others_skipped():
    items = list(ingest([FIXTURES / "sample.warc.gz"]))
    assert [(type(i).__name__, i.source.rsplit("/", 1)[-1], getattr(i, "url", None)) for i in items] == [
        ("RawArticle", "sample.warc.gz#1", "https://example.org/a"),
        ("RawArticle", "sample.warc.gz#4", "https://example.org/b.txt"),
    ]
    assert items[0].format == "html" and items[1].format == "text"


def test_truncated_warc_keeps_the_records_before_the_break():
    items = list(ingest([FIXTURES / "truncated.warc.gz"]))
    assert isinstance(items[0], RawArticle)
    assert isinstance(items[-1], Failure) and "truncated" in items[-1].reason
    assert items[-1].source.endswith("truncated.warc.gz#4")


def test_warc_ending_is_recognised_in_folders(tmp_path):
    import shutil

    shutil.copy(FIXTURES / "sample.warc.gz", tmp_path / "crawl.warc.gz")
    assert list(expand_paths([tmp_path])) == [str(tmp_path / "crawl.warc.gz")]
