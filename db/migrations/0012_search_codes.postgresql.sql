-- Hotline schema, version 12 (PostgreSQL): nothing to do. Searches here match with ILIKE,
-- which finds "E2" anywhere; only SQLite's pairs index changed.
SELECT 1;
