-- H2: row triggers implemented in Java refuse every UPDATE and DELETE on audit_log.
-- (H2 has no TRUNCATE triggers; TRUNCATE needs the table owner's rights and no code path issues it.)
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log FOR EACH ROW
    CALL 'org.joinedup.api.persistence.AppendOnlyTrigger';
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log FOR EACH ROW
    CALL 'org.joinedup.api.persistence.AppendOnlyTrigger';
