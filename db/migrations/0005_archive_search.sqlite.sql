-- Hotline schema, version 5 (SQLite): archive search (R22). One document per ticket with
-- the customer's name, numbers, address, model, serial and fault; the trigram tokenizer
-- finds any part of Chinese or Latin text, LIKE uses it for patterns of three or more.
CREATE VIRTUAL TABLE ticket_search USING fts5(body, tokenize = 'trigram');
