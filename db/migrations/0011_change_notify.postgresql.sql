-- Hotline schema, version 11 (PostgreSQL): the change log announces itself. Each line added
-- to change_log is sent to the consoles listening on hotline_changes, by the server, at
-- commit: the writer needs no second statement, and a rolled-back change says nothing.
-- Payload: "topic entity_id origin id".
CREATE FUNCTION hotline_notify_change() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN PERFORM pg_notify('hotline_changes', NEW.topic || ' ' || NEW.entity_id || ' ' || NEW.origin || ' ' || NEW.id); RETURN NEW; END $$;
CREATE TRIGGER change_log_notify AFTER INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION hotline_notify_change();
