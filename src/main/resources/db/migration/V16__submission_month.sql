-- The records overview's pass rate by month (issue 12). Submitted attempts and passes of one
-- calendar month (UTC), by every account, counted once the month can no longer change: it is
-- over and no open attempt has a deadline in it (a time-limited attempt closed late is dated at
-- its deadline). Later months are counted from the attempts themselves. records.control.SubmissionMonths.
CREATE TABLE submission_month (
    calendar_month VARCHAR(7)   NOT NULL PRIMARY KEY,
    submitted      BIGINT       NOT NULL,
    passed         BIGINT       NOT NULL,
    counted_at     TIMESTAMP    NOT NULL,
    CONSTRAINT submission_month_counts CHECK (passed >= 0 AND passed <= submitted)
);
