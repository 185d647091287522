-- Hotline schema, version 14: the planning assistant. A visit the supervisor pins keeps its
-- engineer and time when the day is planned (the customer was promised it). The customer's
-- availability is read from the ticket's preferred time, as the operator typed it.
ALTER TABLE visits ADD COLUMN pinned INTEGER NOT NULL DEFAULT 0;
