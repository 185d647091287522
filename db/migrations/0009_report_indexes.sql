-- Hotline schema, version 9: the dashboard and the monthly report read one period at a
-- time; these indexes keep that a range read on years of history.
CREATE INDEX tickets_created ON tickets (created_at);
CREATE INDEX tickets_closed ON tickets (closed_at);
CREATE INDEX visits_starts ON visits (starts_at);
CREATE INDEX ticket_history_action ON ticket_history (action, at);
CREATE INDEX complaints_opened ON complaints (opened_at);
