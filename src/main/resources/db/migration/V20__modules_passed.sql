-- Records dashboard (issue 12): how many of the current modules each trainee has passed, whichever
-- version the pass was for; a trainee who passed none has no row. The dashboard's sort by progress
-- and its overdue filter read this one row instead of probing module_pass once per module.
-- progress.control.ModulePasses keeps it: counted again with each pass, and for everyone when a
-- curriculum load changes the current modules.
CREATE TABLE modules_passed (
    account_id   BIGINT  NOT NULL PRIMARY KEY REFERENCES account (id),
    passed_count INTEGER NOT NULL
);

INSERT INTO modules_passed (account_id, passed_count)
SELECT p.account_id, COUNT(DISTINCT p.module_key)
FROM module_pass p, module_version v
WHERE v.module_key = p.module_key AND v.is_current = TRUE
GROUP BY p.account_id;
