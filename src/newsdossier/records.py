"""Plain records that flow between the stages.

Every record is a frozen dataclass of plain values, so it pickles cheaply (for
``multiprocessing`` or a Dask cluster) and compares by value. Extracted records
carry their document id, character offsets into ``Article.text`` and the name
and version of the extractor that made them.
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass, field


def stable_id(prefix: str, *parts: object) -> str:
    """An id derived from content, so that re-running a build gives the same ids."""
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()
    return f"{prefix}-{digest[:16]}"


@dataclass(frozen=True, slots=True, kw_only=True)
class RawArticle:
    """One input as read from disk or stdin, before cleaning.

    ``format`` is ``text``, ``markdown``, ``html`` or ``record`` (a JSON object
    whose text is already extracted). Metadata fields are what the input itself
    stated; cleaning may add to them.
    """

    source: str
    format: str
    content: str
    title: str | None = None
    url: str | None = None
    published: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    language: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Removed:
    """A span that cleaning took out of an article, and why."""

    text: str
    reason: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Caption:
    """A photo caption or credit separated from the body: it describes a picture, not the outlet's claims."""

    text: str
    #: the date the caption itself gives (its scene's date), normalised, or None
    date: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Repair:
    """A conservative repair of a machine-translation or scraping artifact; offsets are into ``Article.text``."""

    start: int
    end: int
    original: str
    replacement: str
    #: "drop_cap" | "stray_capital" | "doubled_verb" | "encoding"
    kind: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Article:
    """A cleaned article. Offsets of extracted records index into ``text`` (a claim made from the title says
    ``field="title"`` and indexes ``title``)."""

    id: str
    content_hash: str
    source: str
    text: str
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    authors: tuple[str, ...] = ()
    published: str | None = None
    #: "stated" | "metadata" | "inferred" | "unknown"
    published_basis: str = "unknown"
    language: str | None = None
    removed: tuple[Removed, ...] = ()
    captions: tuple[Caption, ...] = ()
    repairs: tuple[Repair, ...] = ()
    #: id of the stored document this one nearly duplicates (a light edit or syndicated copy), else None
    duplicate_of: str | None = None
    #: estimated Jaccard similarity to ``duplicate_of``
    similarity: float | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Mention:
    """A named-entity mention in one document."""

    document: str
    start: int
    end: int
    text: str
    label: str
    extractor: str
    #: the fuller name in the same document this mention is a short form of
    #: ("Tokayev" -> "Kassym-Jomart Tokayev", "CSTO" -> "Collective Security Treaty Organization")
    refers_to: str | None = None
    #: a role apposition attached to this mention ("head of the national security committee")
    description: str | None = None

    @property
    def id(self) -> str:
        return stable_id("m", self.document, self.start, self.end)


@dataclass(frozen=True, slots=True, kw_only=True)
class Claim:
    """A figure that counts something in the world, with who states it and how."""

    id: str
    document: str
    start: int
    end: int
    text: str
    sentence: str
    measure: str
    counted: str
    value_low: float | None
    value_high: float | None
    #: "exact" | "about" | "at_least" | "more_than" | "at_most" | "less_than" | "range" | "vague"
    qualifier: str
    scope: str | None = None
    as_of: str | None = None
    source: str | None = None
    source_entity: str | None = None
    #: offsets of the source phrase in the article text, when the source is named there
    source_start: int | None = None
    source_end: int | None = None
    #: "asserted" | "reported" | "disputed" | "retracted" | "hedged" | "negated"
    status: str = "asserted"
    extractor: str = ""
    #: None for a count; "percent" for a share; an ISO currency code ("USD") for money
    unit: str | None = None
    #: which text the offsets index: "text" (``Article.text``) or "title" (``Article.title``);
    #: source offsets of a title claim index the title too
    field: str = "text"
    #: cross-document: the group an unscoped figure counts ("members of the security forces") when the dossier
    #: also counts a larger whole for its measure, so it is reconciled as a part of that whole
    #: (``reconcile.scope.subgroups``); None otherwise
    subgroup: str | None = None
    #: the date the figure was reported: a full date written in its sentence (a recap, "On January 6 the ministry
    #: said …"), else its article's date. ``as_of`` is when the figure holds ("eight were killed on Monday"); the
    #: headline rules order figures by when they were reported, since counts rise from one report to the next
    reported: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Quote:
    id: str
    document: str
    start: int
    end: int
    text: str
    #: "direct" | "indirect" | "mixed" | "term"
    kind: str
    #: the speaker's name: the named subject of the cue, or the named antecedent a pronoun
    #: or role noun resolves to; None when unknown (never a guess)
    speaker: str | None = None
    speaker_entity: str | None = None
    #: offsets of the speaker as written at the cue ("he", "the ministry", "Ms. Smith")
    speaker_start: int | None = None
    speaker_end: int | None = None
    #: offsets of the name the speaker resolves to (the antecedent when the cue has a pronoun)
    speaker_name_start: int | None = None
    speaker_name_end: int | None = None
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    extractor: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class TimeExpression:
    id: str
    document: str
    start: int
    end: int
    text: str
    #: TIMEX3-style value ("2022-01-07", "2022-01", "2022", "2022-W02", "P2Y" for a duration); None if unresolved
    value: str | None
    #: "day" | "week" | "month" | "quarter" | "year" | "decade" | "century" | "time" | "duration" | None
    granularity: str | None
    #: TIMEX3 type: "DATE" | "TIME" | "DURATION" | "SET"
    type: str = "DATE"
    #: the reference date the value was resolved against (None when none was needed)
    anchor: str | None = None
    #: the clause this expression anchors (for the timeline), and the lemma of its predicate
    clause_start: int | None = None
    clause_end: int | None = None
    predicate: str | None = None
    extractor: str = ""


@dataclass(frozen=True, slots=True, kw_only=True)
class DocumentResult:
    """Everything the per-document stages produced for one article."""

    article: Article
    mentions: tuple[Mention, ...] = ()
    claims: tuple[Claim, ...] = ()
    quotes: tuple[Quote, ...] = ()
    time_expressions: tuple[TimeExpression, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Alias:
    """One surface form of an entity, with how often it occurs in one document."""

    text: str
    document: str
    count: int


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    """A real-world entity resolved across documents."""

    id: str
    name: str
    type: str
    aliases: tuple[Alias, ...]
    #: ids of the mentions (``Mention.id``) that refer to it
    mentions: tuple[str, ...]
    resolver: str = ""
    #: role appositions seen with its mentions ("head of the national security committee")
    descriptions: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Evidence:
    document: str
    start: int
    end: int
    #: the date this source gives the event (sources may disagree; the event keeps every one)
    date: str | None = None


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    id: str
    date: str | None
    granularity: str | None
    summary: str
    documents: tuple[str, ...]
    evidence: tuple[Evidence, ...]
    entities: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True, kw_only=True)
class Finding:
    id: str
    measure: str
    #: "agreement" | "disagreement" | "retraction" | "disputed" | "single_source" | "evolution"
    kind: str
    claims: tuple[str, ...]
    summary: str


@dataclass(frozen=True, slots=True, kw_only=True)
class Headline:
    """The figure a reader should quote for one measure and scope, and the rule that chose it."""

    id: str
    measure: str
    scope: str | None
    unit: str | None
    value_low: float | None
    value_high: float | None
    qualifier: str
    as_of: str | None
    #: one human-readable line: which claims were considered and why this one won
    rule: str
    #: ids of the claims behind the figure (the chosen one first, then those that agree with it)
    claims: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class Failure:
    """An input that could not be used: which one, and why (one line)."""

    source: str
    reason: str


@dataclass(slots=True, kw_only=True)
class BuildReport:
    """What a build did: counts and the failures, for the CLI to print."""

    added: list[str] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)
    duplicates: list[tuple[str, str]] = field(default_factory=list)
    #: (source, id of the stored first version) for articles stored as near-duplicates
    near_duplicates: list[tuple[str, str]] = field(default_factory=list)
    #: sources stored for their headline alone: cleaning left no article text (a page of nothing but furniture)
    title_only: list[str] = field(default_factory=list)
    failures: list[Failure] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failures
