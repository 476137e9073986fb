-- Records at 10,000 trainees (issue 12): indexes for the statements that read across everyone.
-- (audit_event (action, occurred_at) exists since V12.)

-- Question statistics: the submitted attempts at one module version, newest first.
CREATE INDEX attempt_version ON attempt (module_version_id, status, submitted_at);

-- Overview pass rate by month: the submitted attempts by month and outcome, read from the index
-- alone rather than from the whole attempt table.
CREATE INDEX attempt_submitted ON attempt (status, submitted_at, passed, account_id);

-- All certificates, newest first, a page at a time.
CREATE INDEX certificate_issued ON certificate (issued_at, id);

-- Programme certificates by holder: "certified" on the dashboard and per cohort on the overview.
CREATE INDEX certificate_kind_account ON certificate (kind, account_id);
