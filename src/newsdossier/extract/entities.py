"""Named-entity mentions from spaCy NER, per document.

Spans are tidied so that the same name gives the same text: a leading "the",
a trailing possessive and anything after a line break are cut off.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from ..annotate import Part
from ..config import Settings
from ..records import Article, Mention

NAME = "spacy-ner"
LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
TRAILING = re.compile(r"(?:\s*['’]s?|[\s\"'“”‘’,;:()\-–—]+)$")


def extract_mentions(article: Article, parts: Sequence[Part], settings: Settings, model: str = "") -> tuple[Mention, ...]:
    extractor = f"{NAME}/{model}" if model else NAME
    mentions: list[Mention] = []
    for part in parts:
        for ent in part.doc.ents:
            if ent.label_ not in settings.entity_labels:
                continue
            span = tidy_span(ent.text, ent.start_char)
            if span is None:
                continue
            start, text = span
            start += part.offset
            end = start + len(text)
            if article.text[start:end] != text:  # offsets must index the article text exactly
                raise ValueError(f"{article.source}: entity offsets out of step at {start}")
            mentions.append(Mention(document=article.id, start=start, end=end, text=text, label=ent.label_, extractor=extractor))
    return tuple(mentions)


def tidy_span(text: str, start: int) -> tuple[int, str] | None:
    """(start, text) of an entity span without a leading article, possessive or a line break; None if nothing is left."""
    text = text.split("\n", 1)[0]
    lead = LEADING.match(text)
    if lead:
        start += lead.end()
        text = text[lead.end():]
    while True:
        trail = TRAILING.search(text)
        if not trail:
            break
        if trail.start() == 0:
            return None
        text = text[: trail.start()]
    if len(text) < 2 or not any(ch.isalpha() for ch in text) or text.casefold() in ("the", "a", "an"):
        return None
    return start, text
