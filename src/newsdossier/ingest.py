"""Ingest: paths, folders, globs and stdin -> ``RawArticle`` records.

Reading is the only I/O here. Each input is checked before it is decoded
(size, binary signatures, NUL bytes) and every failure becomes a
``Failure`` naming the input and the reason, so that one bad file never stops
a batch.
"""

from __future__ import annotations

import glob
import json
import logging
import os
import sys
import zlib
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any, BinaryIO

from charset_normalizer import from_bytes

from .config import DEFAULT_SETTINGS, FORMATS, Settings, format_of
from .errors import (
    BinaryInputError,
    EmptyInputError,
    EncodingError,
    InputError,
    InputTooLargeError,
    MalformedInputError,
)
from .records import Failure, RawArticle

log = logging.getLogger(__name__)

STDIN = "-"

#: Leading bytes of common binary formats that are sometimes saved with a text ending.
BINARY_SIGNATURES: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "a PDF document"),
    (b"\x89PNG", "a PNG image"),
    (b"GIF8", "a GIF image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x1f\x8b", "gzip-compressed data"),
    (b"\x7fELF", "an executable"),
    (b"SQLite format 3\x00", "an SQLite database"),
)

TEXT_KEYS = ("text", "content", "body")
HTML_KEYS = ("html",)
TITLE_KEYS = ("title", "headline")
DATE_KEYS = ("published", "date", "published_at", "date_published")
OUTLET_KEYS = ("outlet", "source", "site_name", "publisher")
AUTHOR_KEYS = ("authors", "author", "byline")


def expand_paths(paths: Iterable[str | os.PathLike[str]]) -> Iterator[str]:
    """Yield the files to read, in a stable order: folders recursively, globs expanded.

    ``-`` stands for standard input and is passed through. A path that does not
    exist and matches no glob is passed through too, so that reading it fails
    with a message naming it.
    """
    for raw in paths:
        path = os.fspath(raw)
        if path == STDIN:
            yield STDIN
        elif os.path.isdir(path):
            for found in sorted(Path(path).rglob("*")):
                if found.is_file() and format_of(found.name) and not _hidden(found, Path(path)):
                    yield str(found)
        elif os.path.exists(path):
            yield path
        elif glob.has_magic(path):
            matches = sorted(glob.glob(path, recursive=True))
            if not matches:
                yield path
            for match in matches:
                yield from expand_paths([match])
        else:
            yield path


def _hidden(path: Path, root: Path) -> bool:
    return any(part.startswith(".") for part in path.relative_to(root).parts)


def ingest(
    paths: Iterable[str | os.PathLike[str]],
    settings: Settings = DEFAULT_SETTINGS,
    stdin: BinaryIO | None = None,
) -> Iterator[RawArticle | Failure]:
    """Read every input; yield a ``RawArticle`` per article and a ``Failure`` per unusable input."""
    for path in expand_paths(paths):
        try:
            if path == STDIN:
                stream = stdin if stdin is not None else sys.stdin.buffer
                data = stream.read(settings.max_bytes + 1)
                yield from read_bytes(data, "<stdin>", sniff_format(data), settings)
            else:
                yield from read_file(path, settings)
        except InputError as error:
            log.debug("input failed: %s", error)
            yield Failure(source=error.source, reason=error.reason)


def read_file(path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[RawArticle | Failure]:
    """Read one file by its ending. Raises ``InputError`` when the whole file is unusable."""
    fmt = format_of(path)
    if fmt is None:
        raise MalformedInputError(path, f"unsupported file type {Path(path).suffix or '(no ending)'!r}; "
                                  f"expected one of {', '.join(sorted(FORMATS))}")
    if fmt == "warc":
        yield from read_warc(path, settings)
        return
    with _open(path) as handle:
        size = os.fstat(handle.fileno()).st_size
        if size > settings.max_bytes:
            raise InputTooLargeError(path, f"file is {size:,} bytes, over the {settings.max_bytes:,}-byte limit "
                                     "(raise it with --max-bytes)")
        try:
            data = handle.read()
        except OSError as error:
            raise InputError(path, f"cannot be read ({error.strerror or error})") from None
    yield from read_bytes(data, path, fmt, settings)


def _open(path: str) -> BinaryIO:
    """Open a file for reading bytes; an unusable path becomes an ``InputError`` naming it."""
    try:
        return open(path, "rb")
    except FileNotFoundError:
        raise InputError(path, "no such file or folder") from None
    except IsADirectoryError:
        raise InputError(path, "is a folder") from None
    except OSError as error:
        raise InputError(path, f"cannot be read ({error.strerror or error})") from None


def read_bytes(data: bytes, source: str, fmt: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[RawArticle | Failure]:
    """Turn one input's bytes into raw articles (several for JSON Lines and JSON arrays)."""
    if len(data) > settings.max_bytes:
        raise InputTooLargeError(source, f"input is over the {settings.max_bytes:,}-byte limit (raise it with --max-bytes)")
    text = decode(data, source)
    if fmt == "jsonl":
        yield from _read_jsonl(text, source)
    elif fmt == "json":
        yield from _read_json(text, source)
    else:
        yield RawArticle(source=source, format=fmt, content=text)


def read_warc(path: str, settings: Settings = DEFAULT_SETTINGS) -> Iterator[RawArticle | Failure]:
    """HTML and plain-text records of a WARC file (gzipped or not), streamed; the size limit applies per record.

    A truncated or corrupt record ends the file with one failure naming the
    record; the records before it are kept.
    """
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    number = 0
    with _open(path) as handle:
        try:
            for record in ArchiveIterator(handle):
                number += 1
                where = f"{path}#{number}"
                if record.rec_type is None:
                    raise ArchiveLoadFailed("no WARC header")
                item = _warc_article(record, where, settings)
                while record.raw_stream.read(1 << 16):  # read to the record's end to see whether it is whole
                    pass
                if getattr(record.raw_stream, "limit", 0) > 0:
                    raise ArchiveLoadFailed(f"{record.raw_stream.limit} bytes short of its Content-Length")
                if item is not None:
                    yield item
        except (ArchiveLoadFailed, EOFError, OSError, ValueError) as error:
            message = str(error).splitlines()[0] if str(error) else type(error).__name__
            yield Failure(source=f"{path}#{number}", reason=f"truncated or corrupt WARC record ({message}); "
                                                           "the records before it were read")
            return
    if number == 0:
        raise EmptyInputError(path, "no WARC records in the file")
    if not _gzip_complete(path):
        yield Failure(source=f"{path}#{number + 1}", reason="truncated WARC file (the last gzip member is cut off); "
                                                            "the records before it were read")


def _gzip_complete(path: str) -> bool:
    """False when a gzipped file ends inside a member (warcio stops quietly there). True for plain files."""
    with open(path, "rb") as handle:
        if handle.read(2) != b"\x1f\x8b":
            return True
        handle.seek(0)
        inflater, fed = zlib.decompressobj(16 + zlib.MAX_WBITS), False
        try:
            while chunk := handle.read(1 << 20):
                while chunk:
                    fed = True
                    inflater.decompress(chunk)
                    if inflater.eof:  # a member ended: what is left starts the next one
                        chunk = inflater.unused_data
                        inflater, fed = zlib.decompressobj(16 + zlib.MAX_WBITS), False
                    else:
                        chunk = b""
        except zlib.error:
            return False
        return not fed or inflater.eof


def _warc_article(record: Any, where: str, settings: Settings) -> RawArticle | Failure | None:
    """One WARC record -> an article (HTML or plain-text payloads only), a failure, or None to skip it."""
    if record.rec_type not in ("response", "resource", "conversion"):
        return None
    headers = record.http_headers if record.rec_type == "response" else record.rec_headers
    if record.rec_type == "response":
        if headers is None or not (headers.get_statuscode() or "").startswith("2"):
            return None
    content_type = ((headers.get_header("Content-Type") if headers else None) or "").lower()
    fmt = "html" if "html" in content_type else "text" if "text/plain" in content_type else None
    if fmt is None:
        return None
    url = record.rec_headers.get_header("WARC-Target-URI")
    data = record.content_stream().read(settings.max_bytes + 1)
    try:
        raw = read_bytes(data, where, fmt, settings)
        article = next(iter(raw))
    except InputError as error:
        return Failure(source=error.source, reason=error.reason)
    if isinstance(article, RawArticle):
        return RawArticle(source=article.source, format=article.format, content=article.content, url=url)
    return article


def sniff_format(data: bytes) -> str:
    """Guess the format of stdin, which has no file ending."""
    head = data.lstrip()[:512].lower()
    if head.startswith((b"<!doctype html", b"<html")) or b"<body" in head or b"<p>" in head:
        return "html"
    if head.startswith(b"["):
        return "json"
    if head.startswith(b"{"):
        first_line = data.lstrip().split(b"\n", 1)[0].strip()
        return "jsonl" if first_line.endswith(b"}") else "json"
    return "text"


def decode(data: bytes, source: str) -> str:
    """Bytes -> text: UTF-8 (with or without BOM), else the encoding charset-normalizer finds."""
    if not data.strip():
        raise EmptyInputError(source, "empty file (nothing but whitespace)")
    for signature, what in BINARY_SIGNATURES:
        if data.startswith(signature):
            raise BinaryInputError(source, f"binary file ({what}), not text")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise EncodingError(source, "starts with a UTF-16 mark but does not decode as UTF-16") from None
    if b"\x00" in data[:8192]:
        raise BinaryInputError(source, "binary file (contains NUL bytes), not text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = from_bytes(data).best()
    if best is None or best.percent_chaos > 20:
        raise EncodingError(source, "not UTF-8 and no other text encoding fits; convert it to UTF-8 first")
    log.info("%s: decoded as %s", source, best.encoding)
    return str(best)


def _read_jsonl(text: str, source: str) -> Iterator[RawArticle | Failure]:
    seen_any = False
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        seen_any = True
        where = f"{source}:{number}"
        try:
            record = json.loads(line)
            yield record_to_article(record, where)
        except json.JSONDecodeError as error:
            yield Failure(source=where, reason=f"invalid JSON ({error.msg} at column {error.colno})")
        except InputError as error:
            yield Failure(source=error.source, reason=error.reason)
    if not seen_any:
        raise EmptyInputError(source, "no JSON records in the file")


def _read_json(text: str, source: str) -> Iterator[RawArticle | Failure]:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as error:
        raise MalformedInputError(source, f"invalid JSON ({error.msg} at line {error.lineno}, column {error.colno})") from None
    if isinstance(data, Mapping) and isinstance(data.get("articles"), list):
        data = data["articles"]
    if isinstance(data, Mapping):
        yield record_to_article(data, source)
        return
    if not isinstance(data, list):
        raise MalformedInputError(source, "JSON must be an article object or a list of them")
    if not data:
        raise EmptyInputError(source, "empty JSON list")
    for index, record in enumerate(data):
        try:
            yield record_to_article(record, f"{source}[{index}]")
        except InputError as error:
            yield Failure(source=error.source, reason=error.reason)


def record_to_article(record: Any, source: str) -> RawArticle:
    """One JSON record -> ``RawArticle``. The text is under ``text``, ``content`` or ``body`` (or ``html``)."""
    if not isinstance(record, Mapping):
        raise MalformedInputError(source, f"record is a JSON {type(record).__name__}, not an object")
    fmt = "record"
    content = _first_string(record, TEXT_KEYS)
    if content is None:
        content = _first_string(record, HTML_KEYS)
        fmt = "html"
    if content is None or not content.strip():
        raise MalformedInputError(source, f"record has no text (looked for {', '.join(TEXT_KEYS + HTML_KEYS)})")
    return RawArticle(
        source=source,
        format=fmt,
        content=content,
        title=_first_string(record, TITLE_KEYS),
        url=_first_string(record, ("url", "link")),
        published=_first_string(record, DATE_KEYS),
        outlet=_first_string(record, OUTLET_KEYS),
        authors=_authors(record),
        language=_first_string(record, ("language", "lang")),
    )


def _first_string(record: Mapping[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return value.strip()
        if isinstance(value, Mapping) and isinstance(value.get("name"), str):
            return value["name"].strip()
    return None


def _authors(record: Mapping[str, Any]) -> tuple[str, ...]:
    for key in AUTHOR_KEYS:
        value = record.get(key)
        if isinstance(value, str) and value.strip():
            return (value.strip(),)
        if isinstance(value, list):
            names = [v.get("name") if isinstance(v, Mapping) else v for v in value]
            return tuple(n.strip() for n in names if isinstance(n, str) and n.strip())
    return ()
