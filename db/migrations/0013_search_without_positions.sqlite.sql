-- Hotline schema, version 13 (SQLite): the search indexes without word positions (R22).
-- Every search asks them for single words (trigrams ANDed, a pair, a run) and checks the
-- typed text with LIKE afterwards, so positions were never read; writing them doubled the
-- cost of indexing. Both are made again empty; the program fills them for the tickets
-- already there when it opens the upgraded file.
DROP TABLE ticket_search;
DROP TABLE ticket_pairs;
CREATE VIRTUAL TABLE ticket_search USING fts5(body, tokenize = 'trigram', detail = none);
CREATE VIRTUAL TABLE ticket_pairs USING fts5(pairs, tokenize = 'unicode61', detail = none);
