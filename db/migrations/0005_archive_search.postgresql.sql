-- Hotline schema, version 5 (PostgreSQL): archive search (R22). One document per ticket;
-- a trigram index serves ILIKE '%part%' for Chinese and Latin text alike.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE TABLE ticket_search (
    ticket_id BIGINT PRIMARY KEY REFERENCES tickets(id),
    body      TEXT NOT NULL
);
CREATE INDEX ticket_search_body ON ticket_search USING gin (body gin_trgm_ops);
