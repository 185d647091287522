-- Hotline schema, version 2: guided phone triage (R6-R9, R19).

-- R6: triage trees are data, imported from db/triage and versioned per category.
CREATE TABLE triage_trees (
    id          {{ID}},
    category    TEXT NOT NULL,
    version     INTEGER NOT NULL,
    content     TEXT NOT NULL,
    source_file TEXT NOT NULL DEFAULT '',
    imported_at TEXT NOT NULL,
    imported_by TEXT NOT NULL DEFAULT '',
    UNIQUE (category, version)
);

-- R6: every step shown, every answer given, every correction, with time.
CREATE TABLE triage_steps (
    id           {{ID}},
    ticket_id    BIGINT NOT NULL REFERENCES tickets(id),
    at           TEXT NOT NULL,
    actor        TEXT NOT NULL,
    kind         TEXT NOT NULL,
    category     TEXT NOT NULL,
    tree_version INTEGER NOT NULL,
    node_id      TEXT NOT NULL,
    text         TEXT NOT NULL
);
CREATE INDEX triage_steps_ticket ON triage_steps (ticket_id, id);

-- R7c: the likely part, raised at once so the engineer does not arrive empty-handed.
CREATE TABLE parts_requests (
    id         {{ID}},
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id),
    part       TEXT NOT NULL,
    state      TEXT NOT NULL DEFAULT 'requested',
    created_at TEXT NOT NULL,
    created_by TEXT NOT NULL DEFAULT ''
);
CREATE INDEX parts_requests_ticket ON parts_requests (ticket_id);

-- Dispatch markers ("parts", "carry_in", "tech_support", "refused_guidance", "repeat") and
-- the R9 hand-off clock: the report must reach the supervisor within 5 minutes of the call.
ALTER TABLE tickets ADD COLUMN markers TEXT NOT NULL DEFAULT '';
ALTER TABLE tickets ADD COLUMN handoff_at TEXT;
ALTER TABLE tickets ADD COLUMN triage_outcome TEXT NOT NULL DEFAULT '';

-- R19 and R18: one follow-up call per ticket and reason, or per visit and reason, however
-- many consoles try to book it.
CREATE UNIQUE INDEX callback_tasks_once_per_ticket ON callback_tasks (ticket_id, reason)
    WHERE visit_id IS NULL;
CREATE UNIQUE INDEX callback_tasks_once_per_visit ON callback_tasks (visit_id, reason)
    WHERE visit_id IS NOT NULL;
