"""Clean: ``RawArticle`` -> ``Article``.

HTML goes through trafilatura (main text and metadata). Plain text, Markdown
and JSON records are normalised (Unicode NFC, line endings, control
characters, runs of blank lines); a headline on the first line, a byline and a
dateline at the top move to metadata. Every span taken out of the body is kept
in ``Article.removed`` with its reason: nothing disappears silently.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
import warnings

from .dates import normalize_date
from .errors import EmptyInputError, MalformedInputError
from .records import Article, RawArticle, Removed

CONTROL = re.compile(r"[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u200b\u200c\u200d\u2060\ufeff]")
SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
BLANK_RUNS = re.compile(r"\n{3,}")
BYLINE = re.compile(r"^(?:by|written by|posted by)\s*:?\s+(?P<names>[^\n]{2,120})$", re.IGNORECASE)
AUTHOR_SPLIT = re.compile(r"\s*(?:,|\band\b|&)\s*", re.IGNORECASE)
HEADER_SPLIT = re.compile(r"\s+[|•·]\s+|\s+[-–—]\s+")
DATELINE_PREFIX = re.compile(r"^(?:published|updated|posted|date|last updated)\s*:?\s*", re.IGNORECASE)
MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)

#: Frequent English function words, for a cheap language check.
ENGLISH_WORDS = frozenset(
    "the of and to in a is that for on with as was by at from it he said are be has have were its this an "
    "not but they his who after had been their will or which".split()
)


def clean(raw: RawArticle) -> Article:
    """Clean one raw article. Raises ``InputError`` subclasses naming ``raw.source``."""
    removed: list[Removed] = []
    title, authors, published, basis = raw.title, list(raw.authors), normalize_date(raw.published), "unknown"
    outlet, language = raw.outlet, raw.language
    if published:
        basis = "metadata"

    if raw.format == "html":
        body, meta = _from_html(raw)
        title = title or meta.get("title")
        outlet = outlet or meta.get("sitename")
        if not authors and meta.get("author"):
            authors = _split_authors(meta["author"])
        if not published and normalize_date(meta.get("date")):
            published, basis = normalize_date(meta.get("date")), "metadata"
        language = language or meta.get("language")
        body = normalize_text(body)
        # trafilatura writes one line per block element: make each a paragraph.
        body = re.sub(r"\n+", "\n\n", body)
        if title:
            body = _drop_leading_title(body, title, removed)
    else:
        body = normalize_text(raw.content)
        if raw.format == "markdown":
            body, md_title = _from_markdown(body, removed)
            title = title or md_title
        if raw.format in ("text", "markdown"):
            if title:
                body = _drop_leading_title(body, title, removed)
            else:
                title, body = _headline(body, removed)
        body, header_authors, header_date, header_outlet = _header_lines(body, removed)
        if not authors:
            authors = header_authors
        outlet = outlet or header_outlet
        if header_date and basis != "metadata":
            published, basis = header_date, "stated"

    body = BLANK_RUNS.sub("\n\n", body).strip()
    if not body:
        raise EmptyInputError(raw.source, "no article text left after cleaning")
    digest = content_hash(body)
    return Article(
        id=f"doc-{digest[:16]}",
        content_hash=digest,
        source=raw.source,
        url=raw.url,
        title=title,
        outlet=outlet,
        authors=tuple(authors),
        published=published,
        published_basis=basis if published else "unknown",
        language=language or guess_language(body),
        text=body,
        removed=tuple(removed),
    )


def content_hash(text: str) -> str:
    """Hash of the cleaned text with white space folded: the same article gets the same hash."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()


def normalize_text(text: str) -> str:
    """NFC, Unix line endings, no control or zero-width characters, single spaces, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    text = CONTROL.sub("", text)
    lines = [SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return BLANK_RUNS.sub("\n\n", "\n".join(lines)).strip()


def guess_language(text: str) -> str | None:
    """"en" when English function words are frequent enough, else None (unknown)."""
    words = re.findall(r"[a-z]+", text[:5000].lower())
    if len(words) < 5:
        return None
    share = sum(word in ENGLISH_WORDS for word in words) / len(words)
    return "en" if share >= 0.15 else None


def _from_html(raw: RawArticle) -> tuple[str, dict[str, str | None]]:
    import trafilatura  # imported here: the other formats never need it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = trafilatura.bare_extraction(
                raw.content, url=raw.url, with_metadata=True, include_comments=False, include_tables=True
            )
        except Exception as error:  # trafilatura raises many kinds on broken markup
            raise MalformedInputError(raw.source, f"HTML could not be parsed ({type(error).__name__}: {error})") from None
    if document is None or not _has_prose(document.text or ""):
        raise MalformedInputError(raw.source, "no main text found in the HTML (is it a list or index page?)")
    lang = HTML_LANG.search(raw.content[:5000])
    meta = {
        "title": document.title,
        "author": document.author,
        "date": document.date,
        "sitename": document.sitename,
        "language": lang.group(1).lower() if lang else document.language,
    }
    return document.text, meta


def _has_prose(text: str) -> bool:
    """At least one sentence, or a good run of words: a menu or a lone link is no article."""
    words = len(text.split())
    return words >= 20 or (words >= 5 and re.search(r"\w[.!?]", text) is not None)


def _from_markdown(body: str, removed: list[Removed]) -> tuple[str, str | None]:
    for image in MD_IMAGE.findall(body):
        removed.append(Removed(text=image, reason="markdown image"))
    body = MD_IMAGE.sub("", body)
    body = MD_LINK.sub(r"\1", body)
    title = None
    heading = re.match(r"^#\s+(.+)$", body, re.MULTILINE)
    if heading and not body[: heading.start()].strip():
        title = heading.group(1).strip()
        removed.append(Removed(text=heading.group(0), reason="title (moved to metadata)"))
        body = body[heading.end():]
    body = MD_HEADING.sub("", body)
    body = MD_EMPHASIS.sub(r"\2", body)
    return normalize_text(body), title


def _headline(body: str, removed: list[Removed]) -> tuple[str | None, str]:
    """A short first line followed by a blank line is the headline."""
    first, sep, rest = body.partition("\n\n")
    if sep and "\n" not in first and len(first) <= 200 and not first.rstrip().endswith((".", ":", ";", ",")) and rest.strip():
        removed.append(Removed(text=first, reason="title (moved to metadata)"))
        return first.strip(), rest
    return None, body


def _drop_leading_title(body: str, title: str, removed: list[Removed]) -> str:
    first, sep, rest = body.partition("\n\n")
    if sep and " ".join(first.split()).casefold() == " ".join(title.split()).casefold():
        removed.append(Removed(text=first, reason="title (moved to metadata)"))
        return rest
    return body


def _header_lines(body: str, removed: list[Removed]) -> tuple[str, list[str], str | None, str | None]:
    """Bylines, datelines and outlet lines at the top move to metadata.

    A header line is short and made of parts separated by " | " or " - ":
    "By NAME", a date, or a short name (the outlet, or a section). Reading
    stops at the first line that is not one: the body starts there.
    """
    authors: list[str] = []
    published: str | None = None
    outlet: str | None = None
    lines = body.split("\n")
    kept_from = 0
    for index, line in enumerate(lines[:10]):
        stripped = line.strip()
        if not stripped:
            kept_from = index + 1
            continue
        if len(stripped) > 120:
            break
        parts = [p.strip() for p in HEADER_SPLIT.split(stripped) if p.strip()]
        names, found = [], False
        for part in parts:
            byline = BYLINE.match(part)
            date = normalize_date(DATELINE_PREFIX.sub("", part))
            if byline and not authors:
                authors, found = _split_authors(byline.group("names")), True
            elif date and published is None:
                published, found = date, True
            else:
                names.append(part)
        if not found and "," in stripped:  # "Outlet, Friday 10 January 2025"
            head, _, tail = stripped.partition(",")
            if (date := normalize_date(tail)) and published is None:
                published, found, names = date, True, [head.strip()]
        short = all(len(n.split()) <= 6 and n[:1].isupper() and not n.rstrip().endswith(".") for n in names)
        if not (found or (len(parts) > 1 and short)) or not short:
            break
        if names and outlet is None:
            outlet = names[0]
        removed.append(Removed(text=stripped, reason="header line (moved to metadata)"))
        kept_from = index + 1
    return "\n".join(lines[kept_from:]), authors, published, outlet


def _split_authors(names: str) -> list[str]:
    return [name.strip() for name in AUTHOR_SPLIT.split(names.strip().rstrip(".")) if name.strip()]
