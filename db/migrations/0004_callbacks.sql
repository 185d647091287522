-- Hotline schema, version 4: the callback queue (R18-R24).

-- An operator takes a task while calling (claimed_by/claimed_at); a task taken and left
-- untouched returns to the pool. Every change states the version it started from.
ALTER TABLE callback_tasks ADD COLUMN claimed_by TEXT NOT NULL DEFAULT '';
ALTER TABLE callback_tasks ADD COLUMN claimed_at TEXT;
ALTER TABLE callback_tasks ADD COLUMN outcome TEXT NOT NULL DEFAULT '';
ALTER TABLE callback_tasks ADD COLUMN done_at TEXT;
ALTER TABLE callback_tasks ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- R21: every attempt, answered or not.
CREATE TABLE callback_attempts (
    id        {{ID}},
    task_id   BIGINT NOT NULL REFERENCES callback_tasks(id),
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    outcome   TEXT NOT NULL,
    note      TEXT NOT NULL DEFAULT ''
);
CREATE INDEX callback_attempts_task ON callback_attempts (task_id);

-- R21: the text message asking the customer to call back, recorded as sent.
CREATE TABLE customer_messages (
    id         {{ID}},
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id),
    phone      TEXT NOT NULL,
    text       TEXT NOT NULL,
    sent_at    TEXT NOT NULL,
    sent_by    TEXT NOT NULL
);

-- R22: the follow-up's ratings, for the unit and for the engineer.
ALTER TABLE tickets ADD COLUMN rating_unit INTEGER NOT NULL DEFAULT 0;
ALTER TABLE tickets ADD COLUMN rating_engineer INTEGER NOT NULL DEFAULT 0;

-- R23/R24: complaints, kept in writing.
CREATE TABLE complaints (
    id            {{ID}},
    ticket_id     BIGINT REFERENCES tickets(id),
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    opened_at     TEXT NOT NULL,
    opened_by     TEXT NOT NULL,
    what_happened TEXT NOT NULL,
    customer_feels TEXT NOT NULL DEFAULT '',
    offered       TEXT NOT NULL DEFAULT '',
    escalated     INTEGER NOT NULL DEFAULT 0,
    state         TEXT NOT NULL DEFAULT 'open',
    resolution    TEXT NOT NULL DEFAULT '',
    resolved_at   TEXT,
    resolved_by   TEXT NOT NULL DEFAULT ''
);
CREATE INDEX complaints_state ON complaints (state, opened_at);
