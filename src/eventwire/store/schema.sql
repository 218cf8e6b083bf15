-- eventwire store schema: the same statements run on DuckDB and PostgreSQL.
-- Portable types only (TEXT, INTEGER, BIGINT, DOUBLE PRECISION, BOOLEAN, DATE, TIMESTAMP);
-- JSON documents are stored as TEXT. Statements are separated by ';' at line end.

CREATE TABLE IF NOT EXISTS meta (
    key TEXT PRIMARY KEY,
    value TEXT
);

-- One row per distinct article text (content_hash = SHA-256 of the text).
CREATE TABLE IF NOT EXISTS articles (
    article_id TEXT PRIMARY KEY,
    content_hash TEXT NOT NULL UNIQUE,
    title TEXT,
    url TEXT,
    language TEXT,
    published TEXT,
    published_date DATE,
    source_name TEXT,
    input_source TEXT,
    near_duplicate_of TEXT,
    near_duplicate_score DOUBLE PRECISION,
    minhash TEXT,
    n_events INTEGER NOT NULL,
    run_id TEXT,
    ingested_at TIMESTAMP,
    meta TEXT,
    text TEXT NOT NULL
);

-- Near-duplicate index: one row per (MinHash band, article).
CREATE TABLE IF NOT EXISTS article_bands (
    band TEXT NOT NULL,
    article_id TEXT NOT NULL
);

-- Mentions: one event record as read from one article (the spec's record, with evidence).
CREATE TABLE IF NOT EXISTS mentions (
    mention_id TEXT PRIMARY KEY,
    article_id TEXT NOT NULL,
    story_id TEXT NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    is_symmetric BOOLEAN NOT NULL,
    date_start DATE,
    date_end DATE,
    granularity TEXT,
    certainty TEXT,
    polarity TEXT,
    ftime TEXT,
    location_country TEXT,
    geonameid BIGINT,
    confidence DOUBLE PRECISION,
    reported DATE,
    evidence_text TEXT,
    evidence_start INTEGER,
    evidence_end INTEGER,
    trigger_text TEXT,
    cluster_why TEXT,
    record TEXT NOT NULL
);

-- Story-level events: the mentions that report one real-world event, with provenance.
CREATE TABLE IF NOT EXISTS stories (
    story_id TEXT PRIMARY KEY,
    story_key BIGINT NOT NULL,
    event_type TEXT NOT NULL,
    mode TEXT,
    cameo TEXT,
    is_symmetric BOOLEAN NOT NULL,
    actor_text TEXT,
    recipient_text TEXT,
    date_start DATE,
    date_end DATE,
    event_date DATE,
    granularity TEXT,
    certainty TEXT,
    polarity TEXT,
    ftime TEXT,
    fact_key TEXT NOT NULL,
    location_name TEXT,
    location_country TEXT,
    geonameid BIGINT,
    confidence DOUBLE PRECISION,
    n_mentions INTEGER NOT NULL,
    n_articles INTEGER NOT NULL,
    n_sources INTEGER NOT NULL,
    sources TEXT,
    first_report DATE,
    last_report DATE,
    record TEXT NOT NULL
);

-- Filter index of a story's parties: one row per (story, role, party); party = ISO3 country,
-- else 'name:<name>'. A symmetric story lists each party under both roles. The filter indexes
-- carry story_key, a 63-bit integer derived from the story id, for fast joins.
CREATE TABLE IF NOT EXISTS parties (
    story_id TEXT NOT NULL,
    story_key BIGINT NOT NULL,
    role TEXT NOT NULL,
    party TEXT NOT NULL,
    country TEXT,
    sector TEXT
);

-- Filter index of a story's directed dyads: (a, b) for every actor a and recipient b; both
-- orders of every pair of distinct parties of a symmetric story.
CREATE TABLE IF NOT EXISTS dyads (
    story_id TEXT NOT NULL,
    story_key BIGINT NOT NULL,
    a TEXT NOT NULL,
    b TEXT NOT NULL
);

-- Ingest runs and their manifest: every input with its status.
CREATE TABLE IF NOT EXISTS runs (
    run_id TEXT PRIMARY KEY,
    started_at TIMESTAMP NOT NULL,
    finished_at TIMESTAMP,
    status TEXT NOT NULL,
    inputs TEXT,
    n_stored INTEGER NOT NULL,
    n_duplicate INTEGER NOT NULL,
    n_rejected INTEGER NOT NULL,
    n_events INTEGER NOT NULL,
    extractor_version TEXT
);

CREATE TABLE IF NOT EXISTS run_inputs (
    run_id TEXT NOT NULL,
    seq BIGINT NOT NULL,
    input TEXT NOT NULL,
    article_id TEXT,
    status TEXT NOT NULL,
    reason TEXT,
    message TEXT,
    n_events INTEGER NOT NULL,
    PRIMARY KEY (run_id, seq)
);

CREATE INDEX IF NOT EXISTS idx_mentions_article ON mentions (article_id);
CREATE INDEX IF NOT EXISTS idx_mentions_story ON mentions (story_id);
CREATE INDEX IF NOT EXISTS idx_stories_cluster ON stories (event_type, fact_key, date_start);
CREATE INDEX IF NOT EXISTS idx_stories_date ON stories (event_date);
CREATE INDEX IF NOT EXISTS idx_parties_party ON parties (party, role);
CREATE INDEX IF NOT EXISTS idx_dyads_pair ON dyads (a, b);
CREATE INDEX IF NOT EXISTS idx_dyads_story ON dyads (story_key);
CREATE INDEX IF NOT EXISTS idx_parties_story ON parties (story_key);
CREATE INDEX IF NOT EXISTS idx_stories_key ON stories (story_key);
CREATE INDEX IF NOT EXISTS idx_bands_band ON article_bands (band);
