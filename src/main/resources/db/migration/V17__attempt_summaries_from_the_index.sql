-- Records and exports (issue 12): each trainee's attempts per module are summarised (how many,
-- best score) from the index alone, not from a million attempt rows. It extends V3's index on
-- (account_id, module_key), which it replaces.
DROP INDEX attempt_account_module;
CREATE INDEX attempt_account_summary ON attempt (account_id, module_key, status, score_percent);
