-- Detente schema version 3: the filter panel's counts (events per actor, events per kind), kept
-- by the store in the same transaction as every write, so the panel reads a few rows instead of
-- counting every event. An actor counts an event once, whether it is its source, target or
-- other actor, a person who spoke in it or the one a person spoke for. Rows may reach zero.
CREATE TABLE actor_counts (
    actor_id  INTEGER PRIMARY KEY REFERENCES actors(id) ON DELETE CASCADE,
    events    INTEGER NOT NULL
);
CREATE TABLE kind_counts (
    kind    TEXT PRIMARY KEY,
    events  INTEGER NOT NULL
) WITHOUT ROWID;

INSERT INTO actor_counts(actor_id, events)
    SELECT actor_id, count(DISTINCT event_id) FROM (
        SELECT event_id, actor_id FROM event_actors UNION ALL
        SELECT event_id, person_id FROM event_persons UNION ALL
        SELECT event_id, for_id FROM event_persons WHERE for_id IS NOT NULL)
    GROUP BY actor_id;
INSERT INTO kind_counts(kind, events) SELECT kind, count(*) FROM events GROUP BY kind;
