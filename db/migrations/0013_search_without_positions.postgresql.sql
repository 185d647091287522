-- Hotline schema, version 13 (PostgreSQL): nothing changes here. On SQLite the search
-- indexes drop word positions they never used (pg_trgm keeps none).
SELECT 1;
