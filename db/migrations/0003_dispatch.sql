-- Hotline schema, version 3: the dispatch board (R10-R17).

-- Two supervisors moving the same visit: each change states the version it started from.
ALTER TABLE visits ADD COLUMN version INTEGER NOT NULL DEFAULT 0;
-- R16: same-day jobs leave within 20 minutes of assignment.
ALTER TABLE visits ADD COLUMN assigned_at TEXT;
-- R17: what the engineer reports.
ALTER TABLE visits ADD COLUMN customer_signed INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visits ADD COLUMN rating_quality INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visits ADD COLUMN rating_attitude INTEGER NOT NULL DEFAULT 0;
ALTER TABLE visits ADD COLUMN result_note TEXT NOT NULL DEFAULT '';

-- R11: travel time between districts, configurable; pairs not listed use the defaults.
CREATE TABLE district_travel (
    from_district TEXT NOT NULL,
    to_district   TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes >= 0),
    PRIMARY KEY (from_district, to_district)
);
CREATE INDEX visits_status ON visits (status, starts_at);
