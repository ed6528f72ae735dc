"""HTML and Markdown -> plain text and the metadata the markup states."""

from __future__ import annotations

import re
import warnings
from typing import Any

from ..errors import MalformedInputError
from ..records import RawArticle, Removed
from .text import normalize_text

MD_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
MD_HEADING = re.compile(r"^#{1,6}\s+", re.MULTILINE)
MD_EMPHASIS = re.compile(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1")
#: Fewer words than this from trafilatura's main extraction, and its baseline extractor is tried too.
SHORT = 60
HTML_LANG = re.compile(r"<html[^>]*\blang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def from_html(raw: RawArticle) -> tuple[str, dict[str, Any]]:
    """Main text (one paragraph per block element) and metadata, with trafilatura; dates with htmldate."""
    import trafilatura  # imported here: the other formats never need it

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            document = trafilatura.bare_extraction(
                raw.content, url=raw.url, with_metadata=True, include_comments=False, include_tables=True,
                date_extraction_params={"extensive_search": True, "original_date": True},
            )
        except Exception as error:  # trafilatura raises many kinds on broken markup
            raise MalformedInputError(raw.source, f"HTML could not be parsed ({type(error).__name__}: {error})") from None
    text = document.text if document is not None else ""
    if len((text or "").split()) < SHORT:
        # trafilatura found little (a caption, a teaser): its baseline reads JSON-LD articleBody and <p> runs
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            _, fallback, _ = trafilatura.baseline(raw.content)
        if len(fallback.split()) > 2 * max(len((text or "").split()), 10):
            text = fallback
    if document is None or not has_prose(text or ""):
        raise MalformedInputError(raw.source, "no main text found in the HTML (is it a list or index page?)")
    lang = HTML_LANG.search(raw.content[:5000])
    meta = {
        "title": document.title,
        "author": document.author,
        "date": document.date,
        "sitename": document.sitename,
        "language": lang.group(1).lower() if lang else document.language,
    }
    text = normalize_text(text)
    return re.sub(r"\n+", "\n\n", text), meta


def has_prose(text: str) -> bool:
    """At least one sentence, or a good run of words: a menu or a lone link is no article."""
    words = len(text.split())
    return words >= 20 or (words >= 5 and re.search(r"\w[.!?]", text) is not None)


def from_markdown(body: str, removed: list[Removed]) -> tuple[str, str | None]:
    """Markdown -> text: images out (recorded), links to their text, a leading "# " heading as the title."""
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
