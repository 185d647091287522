-- Hotline schema, version 17 (PostgreSQL): nothing changes here. On SQLite the pairs index
-- stops keeping a copy of its text (pg_trgm has no pairs index).
SELECT 1;
