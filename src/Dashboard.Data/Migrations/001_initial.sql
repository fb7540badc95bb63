-- Documents and the facts extracted from them. Every fact row keeps its document, sentence and character span.

CREATE TABLE documents (
    id              INTEGER PRIMARY KEY,
    content_hash    TEXT    NOT NULL UNIQUE,          -- SHA-256 of the decoded text: loading is idempotent
    file_name       TEXT,
    title           TEXT    NOT NULL,
    outlet          TEXT,
    url             TEXT,
    language        TEXT    NOT NULL,
    published       TEXT,                             -- ISO 8601 day, or NULL when unknown
    published_basis TEXT    NOT NULL CHECK (published_basis IN ('metadata', 'inferred', 'unknown')),
    text            TEXT    NOT NULL,
    loaded_at       TEXT    NOT NULL
);
CREATE INDEX ix_documents_published ON documents (published);

CREATE TABLE sentences (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    idx         INTEGER NOT NULL,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    date_from   TEXT,                                 -- the days the sentence is about: its own resolved date,
    date_to     TEXT,                                 -- else the document's publication day; NULL if neither
    UNIQUE (document_id, idx)
);
CREATE INDEX ix_sentences_document ON sentences (document_id);
CREATE INDEX ix_sentences_date ON sentences (date_from, date_to);

-- The gazetteer: built-in places, plus what `gazetteer import` adds from GeoNames.
CREATE TABLE places (
    id         INTEGER PRIMARY KEY,
    key        TEXT    NOT NULL UNIQUE,
    kind       TEXT    NOT NULL CHECK (kind IN ('city', 'country', 'region')),
    name       TEXT    NOT NULL,
    name_ar    TEXT    NOT NULL,
    country    TEXT,
    lat        REAL    NOT NULL,
    lon        REAL    NOT NULL,
    population INTEGER,
    origin     TEXT    NOT NULL DEFAULT 'builtin',
    aliases_en TEXT    NOT NULL DEFAULT '',
    aliases_ar TEXT    NOT NULL DEFAULT ''
);

CREATE TABLE date_mentions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    value       TEXT,                                 -- YYYY-MM-DD, YYYY-MM or YYYY; NULL when unanchored
    precision   TEXT    NOT NULL CHECK (precision IN ('day', 'month', 'year')),
    relative    INTEGER NOT NULL,
    calendar    TEXT    NOT NULL DEFAULT 'gregorian',
    date_from   TEXT,                                 -- first and last day the value covers, for range filters
    date_to     TEXT
);
CREATE INDEX ix_date_mentions_document ON date_mentions (document_id);
CREATE INDEX ix_date_mentions_from ON date_mentions (date_from, date_to);

CREATE TABLE source_mentions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('outlet', 'agency', 'organization', 'person')),
    role        TEXT    NOT NULL CHECK (role IN ('credit', 'attribution')),
    title       TEXT,
    anonymous   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX ix_source_mentions_name ON source_mentions (name, document_id);
CREATE INDEX ix_source_mentions_document ON source_mentions (document_id);

CREATE TABLE figures (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    value       REAL    NOT NULL,
    unit        TEXT    NOT NULL,
    per         TEXT    CHECK (per IN ('day', 'week', 'month', 'year')),
    approx      INTEGER NOT NULL,
    bound       TEXT    NOT NULL DEFAULT 'exact',
    counted     TEXT    NOT NULL,
    category    TEXT    NOT NULL CHECK (category IN ('money', 'casualties', 'displaced', 'military', 'countries', 'percent', 'other')),
    source      TEXT,                                 -- the source it is attributed to in its sentence
    date        TEXT                                  -- the day it refers to: its sentence's date, else the document's
);
CREATE INDEX ix_figures_document ON figures (document_id);
CREATE INDEX ix_figures_category_date ON figures (category, date);

CREATE TABLE place_mentions (
    id          INTEGER PRIMARY KEY,
    document_id INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    start       INTEGER NOT NULL,
    end         INTEGER NOT NULL,
    text        TEXT    NOT NULL,
    place_id    INTEGER NOT NULL REFERENCES places (id)
);
CREATE INDEX ix_place_mentions_place ON place_mentions (place_id, document_id);
CREATE INDEX ix_place_mentions_document ON place_mentions (document_id);

-- A sentence with a resolved date, for the timeline.
CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    document_id     INTEGER NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
    sentence_id     INTEGER NOT NULL REFERENCES sentences (id) ON DELETE CASCADE,
    date            TEXT    NOT NULL,
    precision       TEXT    NOT NULL,
    date_from       TEXT    NOT NULL,
    date_to         TEXT    NOT NULL,
    label           TEXT    NOT NULL,
    place_signature TEXT    NOT NULL                  -- sorted place keys: events agreeing on date and places group
);
CREATE INDEX ix_events_date ON events (date_from);
CREATE INDEX ix_events_document ON events (document_id);
