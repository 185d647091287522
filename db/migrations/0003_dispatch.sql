-- Hotline schema, version 3: the dispatch board (R10-R17).

-- Two supervisors moving the same visit: each change states the version it started from.
ALTER TABLE visits ADD COLUMN version INTEGER NOT NULL DEFAULT 0;

-- R11: travel time between districts, configurable; pairs not listed use the defaults.
CREATE TABLE district_travel (
    from_district TEXT NOT NULL,
    to_district   TEXT NOT NULL,
    minutes       INTEGER NOT NULL CHECK (minutes >= 0),
    PRIMARY KEY (from_district, to_district)
);
CREATE INDEX visits_status ON visits (status, starts_at);
