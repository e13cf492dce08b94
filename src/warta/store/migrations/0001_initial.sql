-- warta store, schema version 1: the whole data model.
-- Every span column (start/end) is a character offset into documents.text (the cleaned
-- text); documents.alignment maps those offsets back to documents.raw_text.

CREATE SEQUENCE IF NOT EXISTS document_seq START 1;

CREATE TABLE documents (
    doc_id          VARCHAR PRIMARY KEY,
    seq             BIGINT NOT NULL DEFAULT nextval('document_seq'),  -- ingest order
    content_hash    VARCHAR NOT NULL UNIQUE,   -- identity of the input record: idempotent ingest
    source_file     VARCHAR NOT NULL,
    position        VARCHAR NOT NULL,          -- line/record/offset inside source_file
    source_format   VARCHAR NOT NULL,
    url             VARCHAR,
    title           VARCHAR,
    outlet          VARCHAR,
    published       VARCHAR,                   -- ISO 8601 (date or datetime) as resolved
    published_raw   VARCHAR,                   -- as the source printed it
    encoding        VARCHAR,
    raw_text        VARCHAR NOT NULL,
    text            VARCHAR NOT NULL,          -- cleaned text: what every span points into
    alignment       INTEGER[] NOT NULL,        -- (clean_start, raw_start, clean_len, raw_len)*
    removed         JSON NOT NULL,             -- [{kind, raw_start, raw_end, text}]
    dateline_place  VARCHAR,
    dateline_outlet VARCHAR,
    dateline_text   VARCHAR,
    language        VARCHAR,
    language_score  DOUBLE,
    status          VARCHAR NOT NULL,          -- ok | duplicate | non_indonesian | empty
    norm_hash       VARCHAR,                   -- exact-duplicate key (normalised words)
    minhash         BLOB,                      -- rensa RMinHash state (near-duplicate key)
    cluster_id      VARCHAR,                   -- dedup cluster = doc_id of its canonical document
    canonical_id    VARCHAR,                   -- set on duplicates
    duplicate_kind  VARCHAR,                   -- exact | near
    similarity      DOUBLE,                    -- estimated Jaccard to the closest earlier copy
    metadata        JSON,
    ingested_at     TIMESTAMP NOT NULL DEFAULT current_timestamp,
    run_id          VARCHAR
);
CREATE INDEX documents_norm_hash ON documents (norm_hash);
CREATE INDEX documents_cluster ON documents (cluster_id);

-- Derived, never stored twice: one row per dedup cluster with its outlets.
CREATE VIEW dedup_clusters AS
SELECT cluster_id,
       arg_min(doc_id, seq)                       AS canonical_id,
       count(*)                                    AS n_documents,
       count(DISTINCT outlet)                      AS n_outlets,
       list(DISTINCT outlet ORDER BY outlet) FILTER (WHERE outlet IS NOT NULL) AS outlets,
       min(published)                              AS first_published
FROM documents
WHERE cluster_id IS NOT NULL
GROUP BY cluster_id;

CREATE TABLE sentences (
    doc_id   VARCHAR NOT NULL,
    idx      INTEGER NOT NULL,
    start    INTEGER NOT NULL,
    "end"    INTEGER NOT NULL,
    PRIMARY KEY (doc_id, idx)
);

-- Actor register (curated, from package data) and actors discovered in text.
CREATE TABLE actors (
    actor_id  VARCHAR PRIMARY KEY,             -- stable slug
    name      VARCHAR NOT NULL,
    type      VARCHAR,                         -- country, state_organ, armed_force, police, ...
    country   VARCHAR,                         -- ISO 3166-1 alpha-3
    sector    VARCHAR,                         -- PLOVER sector: GOV, MIL, COP, REB, ...
    qid       VARCHAR,                         -- Wikidata
    origin    VARCHAR NOT NULL DEFAULT 'register'  -- register | discovered
);

CREATE TABLE actor_aliases (
    actor_id  VARCHAR NOT NULL,
    alias     VARCHAR NOT NULL,
    lang      VARCHAR,
    PRIMARY KEY (actor_id, alias)
);

CREATE TABLE mentions (
    mention_id     VARCHAR PRIMARY KEY,        -- doc_id:start-end
    doc_id         VARCHAR NOT NULL,
    start          INTEGER NOT NULL,
    "end"          INTEGER NOT NULL,
    text           VARCHAR NOT NULL,
    label          VARCHAR,                    -- PER/ORG/LOC from NER; NULL for pronoun/description
    actor_id       VARCHAR,
    role           VARCHAR,                    -- role noun (Presiden, juru bicara, ...) if any
    antecedent_id  VARCHAR,                    -- mention this one refers back to
    resolver       VARCHAR                     -- how it was resolved (rule/model name)
);
CREATE INDEX mentions_doc ON mentions (doc_id);
CREATE INDEX mentions_actor ON mentions (actor_id);

CREATE TABLE places (
    place_id    VARCHAR PRIMARY KEY,
    name        VARCHAR NOT NULL,
    type        VARCHAR,                       -- country, adm1, adm2, adm3, city, region, point
    country     VARCHAR,                       -- ISO 3166-1 alpha-3
    admin1      VARCHAR,
    admin2      VARCHAR,
    lat         DOUBLE,
    lon         DOUBLE,
    population  BIGINT
);

CREATE TABLE events (
    event_id         VARCHAR PRIMARY KEY,
    doc_id           VARCHAR NOT NULL,
    sentence_start   INTEGER NOT NULL,
    sentence_end     INTEGER NOT NULL,
    type             VARCHAR NOT NULL,         -- one of the 16 PLOVER types
    mode             VARCHAR,                  -- PLOVER mode
    trigger_start    INTEGER NOT NULL,
    trigger_end      INTEGER NOT NULL,
    trigger_text     VARCHAR NOT NULL,
    modality         VARCHAR NOT NULL,         -- asserted | future | hypothetical | negated | historical
    confidence       DOUBLE NOT NULL,
    extractor        VARCHAR NOT NULL,         -- version and rule/model that decided
    date_value       VARCHAR,
    date_precision   VARCHAR,                  -- day | week | month | year
    date_start       INTEGER,
    date_end         INTEGER,
    date_text        VARCHAR,
    location_source  VARCHAR,                  -- sentence | dateline | context
    event_cluster    VARCHAR
);
CREATE INDEX events_doc ON events (doc_id);
CREATE INDEX events_type ON events (type);
CREATE INDEX events_cluster ON events (event_cluster);

CREATE TABLE event_roles (
    event_id    VARCHAR NOT NULL,
    role        VARCHAR NOT NULL,              -- actor | recipient
    idx         INTEGER NOT NULL,
    start       INTEGER,
    "end"       INTEGER,
    text        VARCHAR,
    mention_id  VARCHAR,
    actor_id    VARCHAR,
    name        VARCHAR,
    type        VARCHAR,
    country     VARCHAR,
    sector      VARCHAR,
    PRIMARY KEY (event_id, role, idx)
);
CREATE INDEX event_roles_actor ON event_roles (actor_id);

CREATE TABLE event_locations (
    event_id   VARCHAR NOT NULL,
    idx        INTEGER NOT NULL,
    start      INTEGER,
    "end"      INTEGER,
    text       VARCHAR,
    place_id   VARCHAR,
    name       VARCHAR,
    country    VARCHAR,
    lat        DOUBLE,
    lon        DOUBLE,
    precision  VARCHAR,                        -- country | adm1 | adm2 | adm3 | city | region | point
    PRIMARY KEY (event_id, idx)
);

-- Derived: one row per event cluster (reports of the same happening across documents).
CREATE VIEW event_clusters AS
SELECT e.event_cluster,
       any_value(e.type)                 AS type,
       count(*)                          AS n_reports,
       count(DISTINCT d.outlet)          AS n_outlets,
       list(DISTINCT d.outlet ORDER BY d.outlet) FILTER (WHERE d.outlet IS NOT NULL) AS outlets,
       min(e.date_value)                 AS first_date
FROM events e JOIN documents d USING (doc_id)
WHERE e.event_cluster IS NOT NULL
GROUP BY e.event_cluster;

-- What each ingest run did: the summary a user sees, and every problem it met.
CREATE TABLE ingest_runs (
    run_id       VARCHAR PRIMARY KEY,
    started_at   TIMESTAMP NOT NULL,
    finished_at  TIMESTAMP,
    inputs       VARCHAR[],
    options      JSON,
    summary      JSON
);

CREATE TABLE ingest_problems (
    run_id       VARCHAR NOT NULL,
    source_file  VARCHAR NOT NULL,
    position     VARCHAR,
    reason       VARCHAR NOT NULL,
    message      VARCHAR NOT NULL
);
