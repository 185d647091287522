-- Hotline schema, version 10: the phone calls behind tickets (R5: every call is logged with
-- time and operator). A screen pop or a click-to-dial starts a line; saving the ticket
-- links it; the PBX's hang-up gives the duration.
CREATE TABLE calls (
    id            {{ID}},
    ticket_id     BIGINT REFERENCES tickets(id),
    direction     TEXT NOT NULL CHECK (direction IN ('in', 'out')),
    number        TEXT NOT NULL,
    pbx_call_id   TEXT NOT NULL DEFAULT '',
    operator      TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    answered_at   TEXT,
    ended_at      TEXT,
    talk_seconds  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX calls_ticket ON calls (ticket_id);
CREATE INDEX calls_pbx ON calls (pbx_call_id);
