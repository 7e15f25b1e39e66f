-- Background jobs cut by a server's death (issue 20, docs/operations.md 7.2). Portable SQL: H2 and
-- PostgreSQL.

-- One row per start of a server (a node of a cluster, or the single server): a fresh id at each
-- start, and the time it last said it was alive (every 30 s). A run whose heartbeat is old, or an
-- earlier run of the same node (killed, then restarted), is dead, and so are its jobs.
CREATE TABLE server_run (
    id            VARCHAR(36)              NOT NULL PRIMARY KEY,
    node          VARCHAR(120)             NOT NULL,
    started_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The server run that runs each job (the one that received the request), and whether the job was
-- found cut by that server's death (shown as such: "the server was stopped, start it again").
-- Rows of before this migration have no server run: the former rule (an hour) applies to them.
ALTER TABLE pupil_import ADD COLUMN server_run VARCHAR(36);
ALTER TABLE pupil_import ADD COLUMN interrupted BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_pupil_import_status ON pupil_import (status);
ALTER TABLE campaign_export_file ADD COLUMN server_run VARCHAR(36);
ALTER TABLE campaign_export_file ADD COLUMN interrupted BOOLEAN DEFAULT FALSE NOT NULL;
CREATE INDEX ix_campaign_export_file_status ON campaign_export_file (status);
