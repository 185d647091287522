-- Hotline schema, version 18: when a ticket's current request was made (R20, R13) is its
-- latest reopening, looked up for every open ticket by the SLA watch and for every visit on
-- the board. Through the history index by ticket that read each ticket's history rows from
-- the table to find their action: at 3 M tickets, 29,000 pages (120 MB) for the supervisor's
-- watch over 17,500 open tickets at each start. The reopenings alone are a small index.
CREATE INDEX ticket_history_reopened ON ticket_history (ticket_id, at) WHERE action = 'reopened';
