-- PostgreSQL only, run after every migration (a Flyway callback, so that it follows V26.1 whatever
-- the versions added later): the audit log stays append-only, with one controlled exception, the
-- retention run (AuditRetention) removing the account and the address of old events. The trigger
-- lets an UPDATE through only when the transaction set opencrcn.audit_redaction to 'on'
-- (set_config(..., true): for that transaction only) AND the row keeps its id, time, action, role
-- and targets AND its account and address become empty. DELETE and TRUNCATE stay refused.
CREATE OR REPLACE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE'
       AND current_setting('opencrcn.audit_redaction', true) = 'on'
       AND NEW.id = OLD.id
       AND NEW.occurred_at = OLD.occurred_at
       AND NEW.action = OLD.action
       AND NEW.caller_role = OLD.caller_role
       AND NEW.targets = OLD.targets
       AND NEW.account_id IS NULL
       AND NEW.client_address IS NULL THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;
