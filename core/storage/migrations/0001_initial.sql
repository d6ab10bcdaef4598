-- Detente schema version 1.
-- Sources (articles), actors with their aliases, and events with the actors that take part in
-- them, the persons who spoke, the sources that report them (mentions) and response links.
-- Times are UTC milliseconds since the epoch; both ends of an event's date are included.

CREATE TABLE sources (
    id          INTEGER PRIMARY KEY,
    key         TEXT NOT NULL UNIQUE,          -- stable identity: URL or "seed:…"
    title       TEXT NOT NULL DEFAULT '',
    url         TEXT NOT NULL DEFAULT '',
    publisher   TEXT NOT NULL DEFAULT '',
    published   TEXT,                          -- YYYY-MM-DD
    body        TEXT,                          -- the article text, when kept
    added_at    INTEGER NOT NULL
);

CREATE TABLE actors (
    id              INTEGER PRIMARY KEY,
    name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
    kind            TEXT NOT NULL CHECK (kind IN ('state', 'organisation', 'person', 'group')),
    code            TEXT NOT NULL DEFAULT '',  -- CAMEO or ISO code
    affiliation_id  INTEGER REFERENCES actors(id) ON DELETE SET NULL, -- whom a person speaks for
    office          TEXT NOT NULL DEFAULT '',
    color           TEXT NOT NULL DEFAULT ''
);
CREATE INDEX actors_affiliation ON actors(affiliation_id);

CREATE TABLE actor_aliases (
    alias     TEXT PRIMARY KEY COLLATE NOCASE,
    actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE
);
CREATE INDEX actor_aliases_actor ON actor_aliases(actor_id);

CREATE TABLE events (
    id              INTEGER PRIMARY KEY,
    key             TEXT UNIQUE,               -- stable identity across files, when known
    title           TEXT NOT NULL,
    summary         TEXT NOT NULL DEFAULT '',
    kind            TEXT NOT NULL DEFAULT '',
    first_ms        INTEGER NOT NULL,
    last_ms         INTEGER NOT NULL,
    precision       TEXT NOT NULL
                    CHECK (precision IN ('instant', 'day', 'month', 'part-of-year', 'year', 'span')),
    phrase          TEXT NOT NULL DEFAULT '',  -- the date as written
    reference_date  TEXT,                      -- what the phrase was resolved against
    edtf            TEXT NOT NULL,
    confidence      REAL NOT NULL DEFAULT 1.0 CHECK (confidence BETWEEN 0 AND 1),
    attributed_to   TEXT NOT NULL DEFAULT '',
    created_at      INTEGER NOT NULL,
    updated_at      INTEGER NOT NULL,
    CHECK (last_ms >= first_ms)
);
CREATE INDEX events_first ON events(first_ms, last_ms);

CREATE TABLE event_actors (
    event_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    actor_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    role      TEXT NOT NULL CHECK (role IN ('source', 'target', 'other')),
    position  INTEGER NOT NULL,
    PRIMARY KEY (event_id, actor_id, role)
) WITHOUT ROWID;
CREATE INDEX event_actors_actor ON event_actors(actor_id, event_id);

CREATE TABLE event_persons (
    event_id   INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    person_id  INTEGER NOT NULL REFERENCES actors(id) ON DELETE CASCADE,
    for_id     INTEGER REFERENCES actors(id) ON DELETE SET NULL,
    position   INTEGER NOT NULL,
    PRIMARY KEY (event_id, person_id)
) WITHOUT ROWID;
CREATE INDEX event_persons_for ON event_persons(for_id, event_id);

CREATE TABLE mentions (
    id           INTEGER PRIMARY KEY,
    event_id     INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,
    source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE CASCADE,
    quote        TEXT NOT NULL DEFAULT '',
    quote_begin  INTEGER,                      -- character offsets into the source's text
    quote_end    INTEGER
);
CREATE INDEX mentions_event ON mentions(event_id);
CREATE INDEX mentions_source ON mentions(source_id);

CREATE TABLE responses (
    event_id    INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,  -- B …
    answers_id  INTEGER NOT NULL REFERENCES events(id) ON DELETE CASCADE,  -- … answers A
    PRIMARY KEY (event_id, answers_id)
) WITHOUT ROWID;
CREATE INDEX responses_answers ON responses(answers_id);
