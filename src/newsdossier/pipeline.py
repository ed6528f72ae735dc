"""The pipeline: ingest → clean → annotate → extract → store per document, then resolve → reconcile → store.

Per-document work (``prepare`` and ``process``) depends on nothing but
its inputs, so it can be mapped over processes or a Dask cluster. The
cross-document layers are recomputed from everything stored after each build,
so adding articles to a dossier updates entities and findings for all of them.
Progress is reported through a callback; the library itself prints nothing.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator
from dataclasses import replace
from typing import BinaryIO

from . import dedupe, timeline
from . import reconcile as reconcile_stage
from . import resolve as resolve_stage
from .annotate import annotate, load_nlp, model_version
from .clean import clean
from .config import DEFAULT_SETTINGS, Settings
from .errors import InputError
from .extract import extract_document
from .ingest import ingest
from .records import Article, BuildReport, DocumentResult, Failure, Mention, RawArticle
from .store import db as store

log = logging.getLogger(__name__)

#: progress(event, source): event is "read" (an input item was taken in) or "stored" (a document was stored).
Progress = Callable[[str, str], None]


def prepare(raw: RawArticle | Failure) -> Article | Failure:
    """Clean one raw article; a bad one becomes a ``Failure``."""
    if isinstance(raw, Failure):
        return raw
    try:
        return clean(raw)
    except InputError as error:
        return Failure(source=error.source, reason=error.reason)


def process(articles: Iterable[Article], settings: Settings = DEFAULT_SETTINGS) -> Iterator[DocumentResult | Failure]:
    """Annotate articles with spaCy (one batched stream) and run the extractors on each."""
    nlp = load_nlp(settings.model)
    model = model_version(nlp)
    for article, parts in annotate(articles, nlp, settings, titles=True):
        try:
            yield extract_document(article, parts, settings, model)
        except Exception as error:  # one article's extractor bug must not stop the batch
            log.exception("extraction failed for %s", article.source)
            yield Failure(source=article.source, reason=f"extraction failed ({type(error).__name__}: {error})")


def build(
    paths: Iterable[str | os.PathLike[str]],
    db: str | os.PathLike[str],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
) -> BuildReport:
    """Read the inputs, store what is new in the SQLite dossier ``db``, and recompute the cross-document layers.

    The dossier is created if missing. Bad inputs are listed in
    ``report.failures`` (and the ``failures`` table) and do not stop the build.
    """
    conn = store.connect(db)
    try:
        return build_into(conn, paths, settings=settings, progress=progress, stdin=stdin)
    finally:
        conn.close()


def build_into(
    conn: sqlite3.Connection,
    paths: Iterable[str | os.PathLike[str]],
    *,
    settings: Settings = DEFAULT_SETTINGS,
    progress: Progress | None = None,
    stdin: BinaryIO | None = None,
) -> BuildReport:
    """``build`` over an open connection."""
    report = BuildReport()
    notify = progress or (lambda event, source: None)
    pending: set[str] = set()
    copies: list[Article] = []
    signatures: dict[str, bytes] = {}
    near = dedupe.NearDuplicateIndex()
    for document, blob, duplicate_of in store.load_signatures(conn):
        near.add(document, blob, duplicate_of)

    def fresh() -> Iterator[Article]:
        """New articles only; failures and copies are recorded as they stream past."""
        for item in map(prepare, ingest(paths, settings, stdin=stdin)):
            notify("read", item.source)
            if isinstance(item, Failure):
                _fail(conn, report, item)
            elif existing := store.find_document(conn, item.content_hash):
                _record_copy(conn, report, existing, item)
            elif item.content_hash in pending:
                copies.append(item)  # its twin is still being annotated: recorded once that one is stored
            else:
                pending.add(item.content_hash)
                if not item.text:
                    log.warning("%s: no article text left after cleaning; only its title is read", item.source)
                    report.title_only.append(item.source)
                signature = signatures[item.id] = dedupe.signature(item.text or item.title or "")
                if match := near.query(signature):
                    item = replace(item, duplicate_of=match.document, similarity=match.similarity)
                    report.near_duplicates.append((item.source, match.document))
                near.add(item.id, signature, item.duplicate_of)
                yield item

    for result in process(fresh(), settings):
        if isinstance(result, Failure):
            _fail(conn, report, result)
            continue
        store.insert_document(conn, result, signatures.pop(result.article.id, None))
        if result.article.duplicate_of:  # the first version lists every outlet that carried the story
            store.add_copy(conn, result.article.duplicate_of, result.article, result.article.similarity)
        report.added.append(result.article.id)
        notify("stored", result.article.source)
    for copy in copies:
        if existing := store.find_document(conn, copy.content_hash):
            _record_copy(conn, report, existing, copy)
        else:
            _fail(conn, report, Failure(source=copy.source, reason="same text as an input that failed"))
    recompute(conn)
    return report


def _fail(conn: sqlite3.Connection, report: BuildReport, failure: Failure) -> None:
    log.warning("%s: %s", failure.source, failure.reason)
    report.failures.append(failure)
    store.record_failure(conn, failure)


def _record_copy(conn: sqlite3.Connection, report: BuildReport, document_id: str, article: Article) -> None:
    if store.add_copy(conn, document_id, article):
        report.duplicates.append((article.source, document_id))
        log.info("%s: same text as %s, recorded as a copy", article.source, document_id)
    else:
        report.skipped.append(article.source)
        log.info("%s: already in the dossier", article.source)


def recompute(conn: sqlite3.Connection) -> None:
    """Resolve entities, link sources and speakers, reconcile claims and choose headlines over everything stored;
    replace those layers in one transaction."""
    mentions = store.load_mentions(conn)
    entities = resolve_stage.resolve_entities(mentions)
    claims = store.load_claims(conn)
    quotes = store.load_quotes(conn)
    voices = store.document_voices(conn)
    entity_of = {mention: entity.id for entity in entities for mention in entity.mentions}
    links = MentionIndex(mentions, entity_of)
    claim_sources = {c.id: e for c in claims
                     if c.field == "text" and (e := links.entity_at(c.document, c.source_start, c.source_end))}
    quote_speakers = {
        q.id: e for q in quotes
        if (e := links.entity_at(q.document, q.speaker_name_start, q.speaker_name_end)
            or links.entity_at(q.document, q.speaker_start, q.speaker_end))
    }
    parts = reconcile_stage.subgroups(claims)  # "eight members of the security forces" beside the overall toll
    grouped = reconcile_stage.as_parts([replace(c, subgroup=parts.get(c.id)) for c in claims])
    findings = reconcile_stage.reconcile(grouped, voices)
    headlines = reconcile_stage.headlines(grouped, voices, reconcile_stage.MEASURES)
    events = timeline.build_events(store.load_time_expressions(conn), mentions, entity_of, store.document_texts(conn),
                                   store.document_roots(conn))
    store.replace_cross_document(conn, entities, findings, events, headlines, claim_sources=claim_sources,
                                 quote_speakers=quote_speakers, claim_subgroups=parts)


class MentionIndex:
    """Which resolved entity a span of a document names: the entity of the mention that overlaps it most."""

    def __init__(self, mentions: Iterable[Mention], entity_of: dict[str, str]) -> None:
        self._by_document: dict[str, list[tuple[int, int, str]]] = {}
        for m in mentions:
            if m.id in entity_of:
                self._by_document.setdefault(m.document, []).append((m.start, m.end, entity_of[m.id]))

    def entity_at(self, document: str, start: int | None, end: int | None) -> str | None:
        """The entity of the mention overlapping [start, end) the most (ties: the longer mention)."""
        if start is None or end is None:
            return None
        best = max(
            ((min(e, end) - max(s, start), e - s, entity) for s, e, entity in self._by_document.get(document, ())
             if s < end and start < e),
            default=None,
        )
        return best[2] if best else None
