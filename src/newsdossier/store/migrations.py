"""The dossier's SQLite schema, as numbered migrations.

``PRAGMA user_version`` holds the number of the last migration applied, and
the ``meta`` table repeats it for people browsing the file in Datasette.
A migration is applied in one transaction with the version bump, so a
dossier is always at one version or the next, never half-way.
Plain tables with foreign keys, no custom types: Datasette and sqlite-utils
open the file as it is. Offsets are ``start_char``/``end_char`` (``end`` is an
SQL keyword).
"""

from __future__ import annotations

SCHEMA_1 = """
CREATE TABLE meta (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE documents (
    id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    source TEXT NOT NULL,
    url TEXT,
    title TEXT,
    outlet TEXT,
    authors TEXT NOT NULL DEFAULT '[]',
    published TEXT,
    published_basis TEXT NOT NULL DEFAULT 'unknown'
        CHECK (published_basis IN ('stated', 'metadata', 'inferred', 'unknown')),
    language TEXT,
    text TEXT NOT NULL,
    added_at TEXT NOT NULL
);

-- Every input that carried a document's text: the first one and every exact copy.
CREATE TABLE document_sources (
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    source TEXT NOT NULL,
    url TEXT,
    outlet TEXT,
    title TEXT,
    published TEXT,
    added_at TEXT NOT NULL,
    PRIMARY KEY (document_id, source)
);

CREATE TABLE removed_spans (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    reason TEXT NOT NULL,
    UNIQUE (document_id, seq)
);

CREATE TABLE entities (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    type TEXT NOT NULL,
    resolver TEXT NOT NULL
);

CREATE TABLE mentions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    label TEXT NOT NULL,
    extractor TEXT NOT NULL,
    entity_id TEXT REFERENCES entities(id) ON DELETE SET NULL,
    CHECK (end_char > start_char)
);
CREATE INDEX mentions_document ON mentions(document_id);
CREATE INDEX mentions_entity ON mentions(entity_id);

CREATE TABLE entity_aliases (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    alias TEXT NOT NULL,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    count INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias, document_id)
);

CREATE TABLE claims (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    sentence TEXT NOT NULL,
    measure TEXT NOT NULL,
    counted TEXT NOT NULL,
    value_low REAL,
    value_high REAL,
    qualifier TEXT NOT NULL
        CHECK (qualifier IN ('exact', 'about', 'at_least', 'more_than', 'at_most', 'less_than', 'range', 'vague')),
    scope TEXT,
    as_of TEXT,
    source TEXT,
    source_entity TEXT REFERENCES entities(id) ON DELETE SET NULL,
    status TEXT NOT NULL
        CHECK (status IN ('asserted', 'reported', 'disputed', 'retracted', 'hedged', 'negated')),
    extractor TEXT NOT NULL
);
CREATE INDEX claims_document ON claims(document_id);
CREATE INDEX claims_measure ON claims(measure);

CREATE TABLE quotes (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('direct', 'indirect', 'mixed', 'term')),
    speaker TEXT,
    speaker_entity TEXT REFERENCES entities(id) ON DELETE SET NULL,
    cue TEXT,
    extractor TEXT NOT NULL
);
CREATE INDEX quotes_document ON quotes(document_id);

CREATE TABLE time_expressions (
    id TEXT PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    text TEXT NOT NULL,
    value TEXT,
    granularity TEXT,
    extractor TEXT NOT NULL
);
CREATE INDEX time_expressions_document ON time_expressions(document_id);

CREATE TABLE events (
    id TEXT PRIMARY KEY,
    date TEXT,
    granularity TEXT,
    summary TEXT NOT NULL
);
CREATE TABLE event_documents (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, document_id)
);
CREATE TABLE event_evidence (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL
);
CREATE TABLE event_entities (
    event_id TEXT NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, entity_id)
);

CREATE TABLE findings (
    id TEXT PRIMARY KEY,
    measure TEXT NOT NULL,
    kind TEXT NOT NULL
        CHECK (kind IN ('agreement', 'disagreement', 'retraction', 'disputed', 'single_source', 'evolution')),
    summary TEXT NOT NULL
);
CREATE TABLE finding_claims (
    finding_id TEXT NOT NULL REFERENCES findings(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    PRIMARY KEY (finding_id, claim_id)
);

-- Inputs that could not be used, for the record (the CLI also prints them).
CREATE TABLE failures (
    id INTEGER PRIMARY KEY,
    source TEXT NOT NULL,
    reason TEXT NOT NULL,
    recorded_at TEXT NOT NULL
);
"""

# Version 2: captions and repairs from cleaning, near-duplicate links, MinHash signatures.
SCHEMA_2 = """
ALTER TABLE documents ADD COLUMN duplicate_of TEXT REFERENCES documents(id) ON DELETE SET NULL;
ALTER TABLE documents ADD COLUMN similarity REAL;
CREATE INDEX documents_duplicate_of ON documents(duplicate_of);
-- NULL for an exact copy; the estimated similarity for a near-copy listed on its first version.
ALTER TABLE document_sources ADD COLUMN similarity REAL;

CREATE TABLE captions (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    text TEXT NOT NULL,
    date TEXT,
    UNIQUE (document_id, seq)
);

CREATE TABLE repairs (
    id INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    start_char INTEGER NOT NULL,
    end_char INTEGER NOT NULL,
    original TEXT NOT NULL,
    replacement TEXT NOT NULL,
    kind TEXT NOT NULL,
    UNIQUE (document_id, seq)
);

-- A claim's unit: NULL for a count, "percent" for a share, a currency code for money.
ALTER TABLE claims ADD COLUMN unit TEXT;

-- MinHash signature of each document's text, for near-duplicate detection across builds.
CREATE TABLE document_minhash (
    document_id TEXT PRIMARY KEY REFERENCES documents(id) ON DELETE CASCADE,
    signature BLOB NOT NULL
);
"""

# Version 3: short forms and roles of mentions, entity descriptions, offsets of claim sources, quote
# speakers and cues, TIMEX type/anchor/clause, per-source event dates, headline figures, contested terms.
SCHEMA_3 = """
ALTER TABLE mentions ADD COLUMN refers_to TEXT;
ALTER TABLE mentions ADD COLUMN description TEXT;

CREATE TABLE entity_descriptions (
    entity_id TEXT NOT NULL REFERENCES entities(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    description TEXT NOT NULL,
    PRIMARY KEY (entity_id, seq)
);

ALTER TABLE claims ADD COLUMN source_start INTEGER;
ALTER TABLE claims ADD COLUMN source_end INTEGER;

ALTER TABLE quotes ADD COLUMN speaker_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_end INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_name_start INTEGER;
ALTER TABLE quotes ADD COLUMN speaker_name_end INTEGER;
ALTER TABLE quotes ADD COLUMN cue_start INTEGER;
ALTER TABLE quotes ADD COLUMN cue_end INTEGER;

ALTER TABLE time_expressions ADD COLUMN type TEXT NOT NULL DEFAULT 'DATE';
ALTER TABLE time_expressions ADD COLUMN anchor TEXT;
ALTER TABLE time_expressions ADD COLUMN clause_start INTEGER;
ALTER TABLE time_expressions ADD COLUMN clause_end INTEGER;
ALTER TABLE time_expressions ADD COLUMN predicate TEXT;

-- The date each source gives an event (sources may disagree).
ALTER TABLE event_evidence ADD COLUMN date TEXT;

-- One headline figure per measure and scope, with the rule that chose it.
CREATE TABLE headlines (
    id TEXT PRIMARY KEY,
    measure TEXT NOT NULL,
    scope TEXT,
    unit TEXT,
    value_low REAL,
    value_high REAL,
    qualifier TEXT NOT NULL,
    as_of TEXT,
    rule TEXT NOT NULL,
    seq INTEGER NOT NULL
);
CREATE TABLE headline_claims (
    headline_id TEXT NOT NULL REFERENCES headlines(id) ON DELETE CASCADE,
    claim_id TEXT NOT NULL REFERENCES claims(id) ON DELETE CASCADE,
    seq INTEGER NOT NULL,
    PRIMARY KEY (headline_id, claim_id)
);

-- Scare-quoted terms and who used them (a quote of kind 'term'), one row per use.
CREATE VIEW term_uses AS
SELECT lower(q.text) AS term, q.speaker, q.speaker_entity, d.outlet, q.document_id, q.id AS quote_id
FROM quotes q JOIN documents d ON d.id = q.document_id
WHERE q.kind = 'term';
"""

# Version 4: claims read from an article's title ("5 shot on the west side") index the title, not the text.
SCHEMA_4 = """
ALTER TABLE claims ADD COLUMN field TEXT NOT NULL DEFAULT 'text';
"""

# Version 5: an unscoped figure that counts a group ("eight members of the security forces") beside a larger whole
# for its measure is a part of that whole; set across documents with the other cross-document layers.
SCHEMA_5 = """
ALTER TABLE claims ADD COLUMN subgroup TEXT;
"""

# Version 6: a claim's as_of is the point in time governing its clause ("on Monday"); the date it was reported (its
# article's, or a full date in its sentence) is kept beside it, for ordering reports.
SCHEMA_6 = """
ALTER TABLE claims ADD COLUMN reported TEXT;
"""

#: (version, SQL). Append only: never edit a migration that has shipped.
MIGRATIONS: tuple[tuple[int, str], ...] = ((1, SCHEMA_1), (2, SCHEMA_2), (3, SCHEMA_3), (4, SCHEMA_4), (5, SCHEMA_5),
                                           (6, SCHEMA_6))

LATEST = MIGRATIONS[-1][0]
