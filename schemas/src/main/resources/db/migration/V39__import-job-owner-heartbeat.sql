-- Import jobs survive faults: a job names the instance running it (owner) and that instance refreshes the job's
-- heartbeat every few seconds while its import thread lives. A QUEUED or RUNNING job whose heartbeat stopped (the
-- instance died, or its import ended while the database was away and could not say so) is marked FAILED by a
-- sweeper any instance runs, and can then be retried (feed.JobHeartbeats).
ALTER TABLE import_job
    ADD COLUMN owner        VARCHAR(100) NULL AFTER created_by,
    ADD COLUMN heartbeat_at DATETIME(6)  NULL AFTER owner,
    ADD INDEX ix_import_job_heartbeat (status, heartbeat_at);

-- jobs left QUEUED or RUNNING before this version have no owner to refresh them: their last sign of life is when
-- they started, so the sweeper takes them as stopped
UPDATE import_job SET heartbeat_at = COALESCE(started_at, queued_at) WHERE status IN ('QUEUED', 'RUNNING');
