-- Hotline schema, version 6 (SQLite): two-character searches (R22). The trigram index
-- cannot answer a query shorter than three characters, yet many Chinese names and fault
-- words are two. Every pair of neighbouring Chinese characters of the name, address and
-- fault is kept here as a word of its own; the program fills it as it indexes tickets.
CREATE VIRTUAL TABLE ticket_pairs USING fts5(pairs, tokenize = 'unicode61');
