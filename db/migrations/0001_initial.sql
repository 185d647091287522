-- Hotline schema, version 1: the centre's catalogue, people, customers and tickets.
-- Portable SQL for SQLite and PostgreSQL. {{ID}} becomes the dialect's auto-numbered
-- primary key. Times are ISO-8601 UTC text (2026-11-23T06:30:00.000Z), dates YYYY-MM-DD,
-- flags 0/1 integers: they sort and compare the same on both backends.

CREATE TABLE centre_settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE users (
    id            {{ID}},
    login         TEXT NOT NULL UNIQUE,
    display_name  TEXT NOT NULL,
    role          TEXT NOT NULL CHECK (role IN ('operator', 'supervisor', 'admin')),
    password_hash TEXT,
    disabled      INTEGER NOT NULL DEFAULT 0,
    created_at    TEXT NOT NULL
);

CREATE TABLE fee_schedules (
    code              TEXT PRIMARY KEY,
    name              TEXT NOT NULL,
    call_out_fee_fen  BIGINT NOT NULL,
    labour_per_hour_fen BIGINT NOT NULL
);

CREATE TABLE product_models (
    id              {{ID}},
    code            TEXT NOT NULL UNIQUE,
    name            TEXT NOT NULL,
    brand           TEXT NOT NULL,
    category        TEXT NOT NULL,
    warranty_months INTEGER NOT NULL CHECK (warranty_months >= 0),
    fee_schedule    TEXT REFERENCES fee_schedules(code)
);

CREATE TABLE engineers (
    id         {{ID}},
    name       TEXT NOT NULL,
    phone      TEXT NOT NULL,
    district   TEXT NOT NULL,
    work_start TEXT NOT NULL,
    work_end   TEXT NOT NULL,
    active     INTEGER NOT NULL DEFAULT 1
);

CREATE TABLE engineer_skills (
    engineer_id BIGINT NOT NULL REFERENCES engineers(id),
    category    TEXT NOT NULL,
    PRIMARY KEY (engineer_id, category)
);

CREATE TABLE customers (
    id         {{ID}},
    name       TEXT NOT NULL,
    created_at TEXT NOT NULL
);

-- R3: every number a customer has called from or given, under its lookup key (E.164).
CREATE TABLE customer_phones (
    id          {{ID}},
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    typed       TEXT NOT NULL,
    lookup_key  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    preferred   INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX customer_phones_lookup ON customer_phones (lookup_key);
CREATE INDEX customer_phones_customer ON customer_phones (customer_id);

CREATE TABLE addresses (
    id          {{ID}},
    customer_id BIGINT NOT NULL REFERENCES customers(id),
    text        TEXT NOT NULL,
    district    TEXT NOT NULL DEFAULT ''
);
CREATE INDEX addresses_customer ON addresses (customer_id);

-- A customer's appliance: repeat faults on the same unit matter (R3).
CREATE TABLE units (
    id            {{ID}},
    customer_id   BIGINT NOT NULL REFERENCES customers(id),
    model_id      BIGINT REFERENCES product_models(id),
    model_typed   TEXT NOT NULL DEFAULT '',
    serial        TEXT NOT NULL DEFAULT '',
    purchase_date TEXT
);
CREATE INDEX units_customer ON units (customer_id);

CREATE TABLE tickets (
    id              {{ID}},
    customer_id     BIGINT NOT NULL REFERENCES customers(id),
    address_id      BIGINT REFERENCES addresses(id),
    unit_id         BIGINT NOT NULL REFERENCES units(id),
    contact_phone   TEXT NOT NULL DEFAULT '',
    fault           TEXT NOT NULL,
    service_mode    TEXT NOT NULL,
    preferred_time  TEXT NOT NULL DEFAULT '',
    request_note    TEXT NOT NULL DEFAULT '',
    channel         TEXT NOT NULL,
    priority        TEXT NOT NULL,
    state           TEXT NOT NULL,
    warranty        TEXT NOT NULL,
    charge_consent  INTEGER NOT NULL DEFAULT 0,
    to_verify       TEXT NOT NULL DEFAULT '',
    repeat_of       BIGINT REFERENCES tickets(id),
    created_at      TEXT NOT NULL,
    created_by      BIGINT REFERENCES users(id),
    updated_at      TEXT NOT NULL,
    closed_at       TEXT
);
CREATE INDEX tickets_customer ON tickets (customer_id, created_at);
CREATE INDEX tickets_state ON tickets (state);

-- R5: append-only. Who, when, what changed; never edited or deleted.
CREATE TABLE ticket_history (
    id         {{ID}},
    ticket_id  BIGINT NOT NULL REFERENCES tickets(id),
    at         TEXT NOT NULL,
    user_id    BIGINT REFERENCES users(id),
    actor      TEXT NOT NULL,
    action     TEXT NOT NULL,
    field      TEXT NOT NULL DEFAULT '',
    old_value  TEXT NOT NULL DEFAULT '',
    new_value  TEXT NOT NULL DEFAULT ''
);
CREATE INDEX ticket_history_ticket ON ticket_history (ticket_id, at);

-- R10: a visit assigned to an engineer for a time slot; R17: its result.
CREATE TABLE visits (
    id           {{ID}},
    ticket_id    BIGINT NOT NULL REFERENCES tickets(id),
    engineer_id  BIGINT REFERENCES engineers(id),
    starts_at    TEXT,
    ends_at      TEXT,
    status       TEXT NOT NULL,
    result       TEXT NOT NULL DEFAULT '',
    tested_on_site INTEGER NOT NULL DEFAULT 1,
    parts_used   TEXT NOT NULL DEFAULT '',
    charge_fen   BIGINT NOT NULL DEFAULT 0,
    completed_at TEXT
);
CREATE INDEX visits_engineer_day ON visits (engineer_id, starts_at);
CREATE INDEX visits_completed ON visits (completed_at);

-- R18/R19: follow-up calls.
CREATE TABLE callback_tasks (
    id        {{ID}},
    ticket_id BIGINT NOT NULL REFERENCES tickets(id),
    visit_id  BIGINT REFERENCES visits(id),
    reason    TEXT NOT NULL,
    due_at    TEXT NOT NULL,
    state     TEXT NOT NULL,
    attempts  INTEGER NOT NULL DEFAULT 0,
    created_at TEXT NOT NULL
);
CREATE INDEX callback_tasks_due ON callback_tasks (state, due_at);
