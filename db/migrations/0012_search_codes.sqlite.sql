-- Hotline schema, version 12 (SQLite): two-letter searches (R22). "E2" or "LG" written
-- against Chinese text ("显示E2") is no word of the trigram index, so the pairs index now
-- also keeps every run of letters and digits as a word (two letters find a run of two). It is emptied here; the program
-- fills it again for the tickets already there when it opens the upgraded file.
DELETE FROM ticket_pairs;
