-- PostgreSQL only: the audit log refuses UPDATE, DELETE and TRUNCATE, whoever asks (the application's
-- own database user owns the table, so revoking rights would not stop it). H2, the development and
-- test database, has no such trigger without a Java class on its own class path: there, only the
-- application's code (which has no update or delete of audit_event) keeps the log append-only.
CREATE FUNCTION audit_event_append_only() RETURNS trigger AS $$
BEGIN
    RAISE EXCEPTION 'audit_event is append-only: % refused', TG_OP;
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_event_no_change
    BEFORE UPDATE OR DELETE ON audit_event
    FOR EACH ROW EXECUTE FUNCTION audit_event_append_only();

CREATE TRIGGER audit_event_no_truncate
    BEFORE TRUNCATE ON audit_event
    FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only();
