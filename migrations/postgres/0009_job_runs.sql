-- Background jobs (issue #18): each scheduled job runs once per time slot across all
-- instances. The instance whose insert of (job, slot) goes in runs it; the others see the
-- row and skip. Housekeeping removes rows older than a month.
CREATE TABLE job_runs (
    job TEXT NOT NULL,
    slot BIGINT NOT NULL,
    claimed_at BIGINT NOT NULL,
    PRIMARY KEY (job, slot)
);
