-- Hotline schema, version 17 (SQLite): the pairs index keeps no copy of its text (R22). Its
-- text is made from the trigram index's document (search_pairs), which is kept; the copy was
-- a quarter of a 3 M-ticket centre's file. A ticket indexed again first takes its old pairs
-- out with FTS5's 'delete' command, made from the same document. Made again empty here; the
-- program fills it for the tickets already there when it opens the upgraded file.
-- Its words are two Chinese characters, or a run of ASCII letters and digits, each followed
-- by a space: the ascii tokenizer splits and folds them as unicode61 did, a third faster.
DROP TABLE ticket_pairs;
CREATE VIRTUAL TABLE ticket_pairs USING fts5(pairs, tokenize = 'ascii', detail = none, content = '');
