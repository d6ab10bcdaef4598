-- Detente schema version 2: event coding (CAMEO, QuadClass, Goldstein), an interval index,
-- full-text search, tags and saved views.

-- CAMEO codes stay text: leading zeros matter ("010" is not "10").
ALTER TABLE events ADD COLUMN cameo_code TEXT;
ALTER TABLE events ADD COLUMN cameo_root TEXT;
ALTER TABLE events ADD COLUMN quad_class INTEGER CHECK (quad_class BETWEEN 1 AND 4);
ALTER TABLE events ADD COLUMN goldstein REAL CHECK (goldstein BETWEEN -10 AND 10);

-- Interval index: span_class is the smallest n with 2^n > last_ms - first_ms. An event of class n
-- that overlaps [from, to) starts in (from - 2^n, to), so one index range per class finds every
-- overlapping event exactly, whatever the mix of instants and long spans.
ALTER TABLE events ADD COLUMN span_class INTEGER NOT NULL DEFAULT 0;
UPDATE events SET span_class = (
    WITH RECURSIVE c(n) AS (VALUES (0) UNION ALL SELECT n + 1 FROM c WHERE n < 62)
    SELECT min(n) FROM c WHERE (1 << n) > events.last_ms - events.first_ms);
-- It also answers the first and last date (one seek per class), so events carry no other
-- index: every index costs time on each insert and bytes on disk.
DROP INDEX events_first;
CREATE INDEX events_span ON events(span_class, first_ms, last_ms); -- covering the range test

-- Full text over titles and summaries, and over the sources' quotes. External content: the
-- index holds no second copy of the text. The store updates both indexes in the same
-- transaction as every write (no triggers: with trusted_schema off, which untrusted files
-- demand, SQLite refuses FTS5 tables inside triggers).
CREATE VIRTUAL TABLE events_fts USING fts5(
    title, summary, content = 'events', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO events_fts(events_fts) VALUES ('rebuild');

CREATE VIRTUAL TABLE mentions_fts USING fts5(
    quote, content = 'mentions', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2');
INSERT INTO mentions_fts(mentions_fts) VALUES ('rebuild');

CREATE TABLE tags (
    id    INTEGER PRIMARY KEY,
    name  TEXT NOT NULL UNIQUE COLLATE NOCASE
);
CREATE TABLE event_tags (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    tag_id    INTEGER NOT NULL REFERENCES tags(id) ON DELETE CASCADE,
    PRIMARY KEY (event_id, tag_id)
) WITHOUT ROWID;
CREATE INDEX event_tags_tag ON event_tags(tag_id, event_id);

-- A saved view: filters, time range, lane and colour settings, as JSON (checked by the program:
-- json_valid() may not run in a schema that is not trusted).
CREATE TABLE saved_views (
    name        TEXT PRIMARY KEY COLLATE NOCASE,
    settings    TEXT NOT NULL,
    updated_at  INTEGER NOT NULL
);
