package sqlite

// migrations are the schema versions in order: migrations[i] takes a
// database from version i to version i+1. A migration is never edited once
// released; a change of schema is a new entry. The SQL keeps to what SQLite
// and PostgreSQL share where that is easy (INTEGER keys, TEXT, REAL, BLOB
// ↔ BYTEA aside).
var migrations = []string{
	// 1: the first schema.
	`
CREATE TABLE batches (
	id           INTEGER PRIMARY KEY,
	articles     INTEGER NOT NULL,  -- articles the batch added
	mentions     INTEGER NOT NULL,  -- mention rows the batch added
	committed_at TEXT    NOT NULL
);
CREATE TABLE stories (
	id            INTEGER PRIMARY KEY,
	title         TEXT    NOT NULL,  -- the first article's title
	first_article INTEGER NOT NULL,
	num_articles  INTEGER NOT NULL,
	first_date    TEXT    NOT NULL,
	last_date     TEXT    NOT NULL
);
CREATE TABLE articles (
	id           INTEGER PRIMARY KEY,
	doc_id       TEXT    NOT NULL,
	url          TEXT    UNIQUE,           -- NULL when unknown
	content_hash TEXT    NOT NULL UNIQUE,
	title        TEXT    NOT NULL,
	source       TEXT    NOT NULL,
	source_key   TEXT    NOT NULL,
	author       TEXT    NOT NULL,
	date         TEXT    NOT NULL,         -- YYYY-MM-DD or ''
	lang         TEXT    NOT NULL,
	origin       TEXT    NOT NULL,
	doc_len      INTEGER NOT NULL,         -- code points
	text         TEXT    NOT NULL,
	signature    BLOB,
	story_id     INTEGER NOT NULL REFERENCES stories(id),
	batch_id     INTEGER NOT NULL REFERENCES batches(id),
	num_mentions INTEGER NOT NULL
);
CREATE INDEX articles_story ON articles(story_id);
CREATE INDEX articles_batch ON articles(batch_id);
CREATE TABLE story_bands (
	band_key   INTEGER NOT NULL,
	article_id INTEGER NOT NULL REFERENCES articles(id)
);
CREATE INDEX story_bands_key ON story_bands(band_key);
CREATE TABLE events (
	id            INTEGER PRIMARY KEY,
	day           INTEGER,                 -- days since 1970-01-01; NULL: no date
	date          TEXT    NOT NULL,
	source_code   TEXT    NOT NULL,
	target_code   TEXT    NOT NULL,
	code          TEXT    NOT NULL,
	root          TEXT    NOT NULL,
	negated       INTEGER NOT NULL,
	hypothetical  INTEGER NOT NULL,
	quad_class    INTEGER NOT NULL,
	goldstein     REAL    NOT NULL,
	places        TEXT    NOT NULL,        -- place names for --place, lower case, '|'-separated
	num_mentions  INTEGER NOT NULL,
	num_sources   INTEGER NOT NULL,
	num_articles  INTEGER NOT NULL,
	story_id      INTEGER NOT NULL REFERENCES stories(id),
	first_article INTEGER NOT NULL REFERENCES articles(id),
	added         TEXT    NOT NULL,
	json          TEXT    NOT NULL          -- the first report's event.Event
);
CREATE INDEX events_key ON events(source_code, target_code, code, day);
CREATE INDEX events_date ON events(date, id);
CREATE TABLE mentions (
	id              INTEGER PRIMARY KEY,
	event_id        INTEGER NOT NULL REFERENCES events(id),
	article_id      INTEGER NOT NULL REFERENCES articles(id),
	source_key      TEXT    NOT NULL,      -- the article's, for NumSources
	sentence_index  INTEGER NOT NULL,
	sentence        TEXT    NOT NULL,
	sentence_offset INTEGER NOT NULL,      -- code points in the article text; -1 unknown
	verb_start      INTEGER NOT NULL,      -- code points in the sentence
	verb_end        INTEGER NOT NULL,
	source_start    INTEGER NOT NULL,
	source_end      INTEGER NOT NULL,
	target_start    INTEGER NOT NULL,
	target_end      INTEGER NOT NULL,
	json            TEXT    NOT NULL       -- this report's event.Event
);
CREATE INDEX mentions_event ON mentions(event_id, article_id);
CREATE INDEX mentions_event_source ON mentions(event_id, source_key);
CREATE INDEX mentions_article ON mentions(article_id);
CREATE TABLE actors (
	code         TEXT    PRIMARY KEY,
	name         TEXT    NOT NULL,
	num_mentions INTEGER NOT NULL
);
`,
	// 2: indexes for browsing (annals serve): filters by root, QuadClass,
	// actors and the event's country, and counts per day, without reading
	// the event JSON of every row.
	`
CREATE INDEX events_root_date ON events(root, date, id);
CREATE INDEX events_quad_date ON events(quad_class, date, id);
CREATE INDEX events_source ON events(source_code, date);
CREATE INDEX events_target ON events(target_code, date);
CREATE INDEX events_country ON events(json_extract(json, '$.action_geo.country'));
CREATE INDEX events_day_cover ON events(date, quad_class, root, num_mentions, goldstein);
`,
}
