-- Jobs once per cluster (issue 20). Portable SQL: H2 and PostgreSQL.

-- Each node of a cluster fires the same @Schedule timers (nightly purges). Before working, a timer
-- claims its run: a row per job and scheduled day, inserted in its own transaction. The primary key
-- lets one node in: the other's insert fails (unique violation; on PostgreSQL it first waits for
-- the winner's commit) and it skips that run. Which node ran it, and when, stays for the operators.
CREATE TABLE job_run (
    job        VARCHAR(80)              NOT NULL,
    run_day    DATE                     NOT NULL,
    node       VARCHAR(120)             NOT NULL,
    claimed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_job_run PRIMARY KEY (job, run_day)
);
