-- Hotline schema, version 8: live updates between consoles. Every write that other consoles
-- show adds a line here in its own transaction: consoles sharing a SQLite file read the new
-- lines when PRAGMA data_version says another connection committed. On PostgreSQL the
-- same line goes out as a NOTIFY as well. Lines older than a day are pruned.
CREATE TABLE change_log (
    id        {{ID}},
    at        TEXT NOT NULL,
    topic     TEXT NOT NULL,
    entity_id BIGINT NOT NULL,
    origin    TEXT NOT NULL
);
