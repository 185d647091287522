-- Hotline schema, version 16: the morning's production finds the remote fixes still owed
-- their follow-up call (R7a, R19) in the state index, by outcome too. It read every ticket
-- resolved by phone from the table to test its outcome: a page from the disk each, a second
-- on a cold file cache at 3 M tickets. The index still serves every lookup by state alone.
DROP INDEX tickets_state;
CREATE INDEX tickets_state ON tickets (state, triage_outcome);
