-- The audit trail is append-only in the database itself, not only in the application: an UPDATE or
-- DELETE of audit_event fails, whoever sends it. Derby triggers cannot raise an error directly, so
-- each one inserts into a table whose check constraint no row can pass: the statement fails with
-- "The check constraint 'AUDIT_EVENT_IS_APPEND_ONLY' was violated" and is rolled back.
-- (Derby's TRUNCATE TABLE fires no trigger; nothing in the application issues it.)

CREATE TABLE audit_event_refusal (
    refused  VARCHAR(60) NOT NULL,
    CONSTRAINT audit_event_is_append_only CHECK (refused = 'never')
);

CREATE TRIGGER audit_event_no_update AFTER UPDATE ON audit_event FOR EACH STATEMENT
    INSERT INTO audit_event_refusal (refused) VALUES ('UPDATE of audit_event');

CREATE TRIGGER audit_event_no_delete AFTER DELETE ON audit_event FOR EACH STATEMENT
    INSERT INTO audit_event_refusal (refused) VALUES ('DELETE from audit_event');
