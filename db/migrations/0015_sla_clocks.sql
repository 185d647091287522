-- Hotline schema, version 15: SLA clocks that stand still (R13, R27). A ticket waiting for
-- parts or for the customer pauses its 24 h / 48 h clocks; each pause keeps its reason, who
-- started and ended it, and when (R5). A ticket has at most one pause going on. A breach is
-- recorded once per ticket and commitment, for the reports. The watch finds a ticket's visits
-- by the ticket.
CREATE TABLE sla_pauses (
    id          {{ID}},
    ticket_id   BIGINT NOT NULL REFERENCES tickets(id),
    reason      TEXT NOT NULL CHECK (reason IN ('parts', 'customer')),
    note        TEXT NOT NULL DEFAULT '',
    started_at  TEXT NOT NULL,
    started_by  TEXT NOT NULL,
    ended_at    TEXT,
    ended_by    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX sla_pauses_ticket ON sla_pauses (ticket_id);
CREATE UNIQUE INDEX sla_pauses_one_open ON sla_pauses (ticket_id) WHERE ended_at IS NULL;
CREATE TABLE sla_breaches (
    id          {{ID}},
    ticket_id   BIGINT NOT NULL REFERENCES tickets(id),
    commitment  TEXT NOT NULL CHECK (commitment IN ('visit', 'repair')),
    due_at      TEXT NOT NULL,
    recorded_at TEXT NOT NULL,
    UNIQUE (ticket_id, commitment)
);
CREATE INDEX sla_breaches_due ON sla_breaches (due_at);
CREATE INDEX visits_ticket ON visits (ticket_id);
