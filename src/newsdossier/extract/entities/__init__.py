"""Named-entity mentions, per document: spaCy NER repaired by rules, short forms linked, roles kept.

For each paragraph (``spans.py``) spaCy's entities are repaired and what the small model misses is added;
``links.py`` reads acronym definitions, names the text equates and role appositions off the paragraph's
parse. Over the whole article, acronym definitions and equated names apply to every occurrence, short forms
are linked to the fuller name (``shortforms.py``) and labels are settled by vote. Spans are tidied so that
the same name gives the same text: a leading "the", a trailing possessive and anything after a line break
are cut off. Every mention indexes ``Article.text`` exactly.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from ...annotate import Part
from ...config import Settings
from ...records import Article, Mention
from .links import acronym_definitions, descriptions, equated_names
from .names import fold, person_parts
from .shortforms import link_short_forms, vote_labels
from .spans import article_vocabulary, common, find_spans

NAME = "spacy-ner+rules"
#: labels a person's surname may carry where the model did find it
FORM_LABELS = frozenset({"PERSON", "ORG", "PRODUCT", "WORK_OF_ART", "NORP"})
LEADING = re.compile(r"^(?:the|a|an)\s+", re.IGNORECASE)
TRAILING = re.compile(r"(?:\s*['’]s?|[\s\"'“”‘’,;:()\-–—]+)$")


#: The last article's mentions, keyed by the article and the identity of its parsed paragraphs: the quotes
#: extractor asks for the same article's mentions right after this extractor made them.
#: The docs are held with it, so that their ids cannot be reused by other docs while the entry stands.
_LAST: list[tuple[tuple, tuple[Mention, ...], list]] = []


def extract_mentions(article: Article, parts: Sequence[Part], settings: Settings, model: str = "") -> tuple[Mention, ...]:
    """The article's name mentions in text order, with ``refers_to`` for short forms and ``description``
    for role appositions; labels settled by vote over each name's mentions."""
    key = (article.id, article.text, tuple((part.offset, id(part.doc)) for part in parts), settings, model)
    if _LAST and _LAST[0][0] == key:
        return _LAST[0][1]
    found = _extract_mentions(article, parts, settings, model)
    _LAST[:] = [(key, found, [part.doc for part in parts])]
    return found


def _extract_mentions(article: Article, parts: Sequence[Part], settings: Settings, model: str) -> tuple[Mention, ...]:
    extractor = f"{NAME}/{model}" if model else NAME
    vocabulary = article_vocabulary([part.doc for part in parts])
    mentions: list[Mention] = []
    links: dict[str, str] = {}  # folded text -> the text it refers to, wherever it occurs in the article
    for part in parts:
        doc = part.doc
        spans = find_spans(doc, settings.entity_labels, vocabulary)
        pairs = acronym_definitions(doc, spans) + equated_names(doc, spans)
        spans.sort(key=lambda c: (c.start, c.end))
        roles = descriptions(doc, spans)
        texts = {}
        for n, c in enumerate(spans):
            if c.label not in settings.entity_labels:
                continue
            span = doc[c.start:c.end]
            tidy = tidy_span(span.text, span.start_char)
            if tidy is None:
                continue
            start, text = tidy
            texts[id(c)] = text
            start += part.offset
            end = start + len(text)
            if article.text[start:end] != text:  # offsets must index the article text exactly
                raise ValueError(f"{article.source}: entity offsets out of step at {start}")
            mentions.append(Mention(document=article.id, start=start, end=end, text=text, label=c.label,
                                    extractor=extractor, description=roles.get(n)))
        for short, full in pairs:
            if id(short) in texts and id(full) in texts and fold(texts[id(short)]) != fold(texts[id(full)]):
                links.setdefault(fold(texts[id(short)]), texts[id(full)])
    mentions += _missed_short_forms(article, parts, mentions, extractor)
    mentions = [replace(m, refers_to=links[fold(m.text)]) if fold(m.text) in links else m for m in _deduplicate(mentions)]
    return tuple(vote_labels(link_short_forms(mentions)))


def _missed_short_forms(article: Article, parts: Sequence[Part], mentions: list[Mention], extractor: str) -> list[Mention]:
    """Short forms of names given in full in the article, where the model saw no name: a person's surname
    ("Jobs" after "Steve Jobs"), written as a proper noun, and the first two words of an organisation's name
    of three or more ("Open Door" after "Open Door Legal Aid Centre") or its first word when that is a rare
    word ("Kestrel" after "Kestrel Mining Corporation"). At a sentence start only a proper noun or a rare word
    counts ("Rice said" may be the grain). Each refers to the full name."""
    forms: dict[tuple[str, ...], tuple[str, str]] = {}  # token texts -> (label, full name)
    for m in mentions:
        tokens = m.text.split()
        if m.label == "PERSON" and len(tokens) >= 2:
            first, surname = person_parts(m.text)
            if first and fold(tokens[-1]) == surname and tokens[-1][:1].isupper() and tokens[-1].isalpha():
                forms.setdefault((tokens[-1],), ("PERSON", m.text))
        elif m.label == "ORG" and len(tokens) >= 3 and all(t[:1].isupper() and t.isalpha() for t in tokens[:2]):
            forms.setdefault(tuple(tokens[:2]), ("ORG", m.text))
            if common(tokens[0].lower()) < 4.0:
                forms.setdefault((tokens[0],), ("ORG", m.text))
    labels: dict[str, set[str]] = {}
    for m in mentions:
        labels.setdefault(m.text, set()).add(m.label)
    # a form the model found as a name of another kind ("Orvash", the city) is left alone
    forms = {key: (label, full) for key, (label, full) in forms.items()
             if not labels.get(" ".join(key), set()) - (FORM_LABELS if label == "PERSON" else {"ORG"})}
    if not forms:
        return []
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for part in parts:
        doc = part.doc
        for token in doc:
            for size in (1, 2):
                key = tuple(t.text for t in doc[token.i:token.i + size])
                if key not in forms or len(key) < size or (
                        token.is_sent_start and size == 1 and token.pos_ != "PROPN" and common(token.lower_) >= 4.0):
                    continue
                label, full = forms[key]
                start = part.offset + token.idx
                end = part.offset + doc[token.i + size - 1].idx + len(doc[token.i + size - 1].text)
                if not any(a < end and start < b for a, b in taken):
                    taken.append((start, end))
                    found.append(Mention(document=article.id, start=start, end=end, text=article.text[start:end],
                                         label=label, extractor=extractor, refers_to=full))
    return found


def _deduplicate(mentions: list[Mention]) -> list[Mention]:
    """One mention per span (rules may meet the model's span), in text order."""
    seen: dict[tuple[int, int], Mention] = {}
    for m in mentions:
        seen.setdefault((m.start, m.end), m)
    return sorted(seen.values(), key=lambda m: (m.start, m.end))


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
