-- Work that must happen once across every instance sharing the database (timers fire on each
-- instance; the start-up load runs on each): one row per job, taken by a conditional update or
-- locked for the length of a transaction (platform.Leases). The row is created on first use.
CREATE TABLE job_lease (
    job          VARCHAR(64)   NOT NULL PRIMARY KEY,
    holder       VARCHAR(200)  NOT NULL,
    held_until   TIMESTAMP     NOT NULL,
    taken_at     TIMESTAMP     NOT NULL
);
