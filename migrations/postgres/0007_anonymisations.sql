-- Privacy (issue #7): candidates whose personal data was removed, when, why and by whom.
-- `cause` is 'retention' (the hourly job, after the retention period set by the admin;
-- `by_user` empty) or 'request' (erasure asked for by the person; `by_user` is the admin
-- and `reason` what they wrote). The row is written in the same transaction that blanks
-- the data, and its key makes the step happen once however many instances run the job.
CREATE TABLE anonymisations (
    candidate_id BIGINT PRIMARY KEY REFERENCES candidates (id),
    cause TEXT NOT NULL CHECK (cause IN ('retention', 'request')),
    reason TEXT NOT NULL DEFAULT '',
    by_user BIGINT REFERENCES users (id),
    at BIGINT NOT NULL
);
-- The job looks for people who left the service before a day.
CREATE INDEX candidates_exited ON candidates (status, exited_on);
