#!/usr/bin/env bash
# What SQLite itself needs to store N events in Detente's schema with actors, mentions and both
# full-text indexes, when no program code runs at all: set-based INSERT … SELECT statements in
# the sqlite3 shell, one transaction, the same page cache as BulkInsert. This bounds what
# `detente-bench --scenario store.insert` can reach on a machine; compare the two "user" times.
#
#   bash tests/bench/insert-floor.sh [N]        # N events, 200000 by default (needs sqlite3)
#
# A second run then gives the best case any schema could reach: events with only what the view
# draws, already in date order, one full-text index over titles alone, a source and a target
# each, both indexes built after the rows, and no sync to disk. Its "user" times added up are
# what the storage engine alone needs per event, whatever the program does.
set -euo pipefail
cd "$(dirname "$0")/../.."
n=${1:-200000}
dir=$(mktemp -d)
trap 'rm -rf "$dir"' EXIT
cat core/storage/migrations/0*.sql | sqlite3 "$dir/floor.sqlite"
sqlite3 "$dir/floor.sqlite" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA cache_size = -65536;
PRAGMA ignore_check_constraints = ON;
INSERT INTO actors(name, kind) SELECT 'actor ' || value, 'state' FROM generate_series(1, 40);
.timer on
BEGIN;
-- Events on random days of three years, as the synthetic benchmark data.
INSERT INTO events(id, key, title, summary, kind, first_ms, last_ms, precision, phrase, edtf,
                   created_at, updated_at, cameo_code, cameo_root, quad_class, goldstein,
                   span_class)
SELECT value, 'k' || value, 'Actor ' || (value % 40) || ' accuses actor ' || (value % 7) ||
       ', event ' || value, '', 'accusation', d, d + 86399999, 'day', '', '2024-01-01', 0, 0,
       '112', '11', 3, -2.0, 27
FROM (SELECT value, 1640995200000 + (abs(random()) % 1095) * 86400000 AS d
      FROM generate_series(1, $n));
INSERT INTO events_fts(rowid, title, summary) SELECT id, title, summary FROM events;
INSERT INTO event_actors(event_id, actor_id, role, position)
SELECT id, 1 + id % 40, 'source', 0 FROM events;
INSERT INTO event_actors(event_id, actor_id, role, position)
SELECT id, 1 + (id * 7 + 3) % 40, 'target', 1 FROM events;
INSERT INTO sources(key, title, url, added_at)
SELECT 'https://example.org/' || (id / 3), '', 'https://example.org/' || (id / 3), 0
FROM events WHERE id % 3 = 0;
INSERT INTO mentions(event_id, source_id, quote)
SELECT id, 1 + id / 3, 'Officials said that talks would continue.' FROM events;
INSERT INTO mentions_fts(rowid, quote) SELECT id, quote FROM mentions;
COMMIT;
SQL

echo "--- best case: a stripped schema, rows in date order, indexes built after them"
rm -f "$dir/best.sqlite"
sqlite3 "$dir/best.sqlite" <<SQL
PRAGMA journal_mode = WAL;
PRAGMA cache_size = -262144;
PRAGMA synchronous = OFF;
CREATE TABLE events(id INTEGER PRIMARY KEY, title TEXT NOT NULL, kind TEXT, first_ms INTEGER,
                    last_ms INTEGER, span_class INTEGER, cameo TEXT, quad INTEGER, goldstein REAL);
CREATE TABLE event_actors(event_id INTEGER, actor_id INTEGER, role TEXT,
                          PRIMARY KEY (event_id, actor_id, role)) WITHOUT ROWID;
CREATE VIRTUAL TABLE events_fts USING fts5(title, content = 'events', content_rowid = 'id');
.timer on
BEGIN;
INSERT INTO events
SELECT value, 'Actor ' || (value % 40) || ' accuses actor ' || (value % 7) || ', event ' || value,
       'accusation', 1640995200000 + (value * 1095 / $n) * 86400000,
       1640995200000 + (value * 1095 / $n) * 86400000 + 86399999, 27, '112', 3, -2.0
FROM generate_series(1, $n);
CREATE INDEX events_span ON events(span_class, first_ms, last_ms);
INSERT INTO events_fts(rowid, title) SELECT id, title FROM events;
INSERT INTO event_actors SELECT value, 1 + value % 40, 'source' FROM generate_series(1, $n);
INSERT INTO event_actors SELECT value, 1 + (value * 7 + 3) % 40, 'target' FROM generate_series(1, $n);
CREATE INDEX event_actors_actor ON event_actors(actor_id, event_id);
COMMIT;
SQL
