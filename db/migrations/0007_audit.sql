-- Hotline schema, version 7: the audit trail beyond tickets (R5, R26). Ticket changes stay
-- in ticket_history; this keeps who managed users, logged in or was refused, exported
-- customer data, changed settings or triage content. Rows are only ever added.
CREATE TABLE audit_log (
    id            {{ID}},
    at            TEXT NOT NULL,
    actor         TEXT NOT NULL,
    actor_user_id BIGINT,
    action        TEXT NOT NULL,
    subject       TEXT NOT NULL,
    detail        TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_at ON audit_log (at);
