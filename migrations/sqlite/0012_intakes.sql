-- The intake record (issue #19): what a person told in the conversation an invitation led
-- to, beyond the candidate profile it fills (which it creates or updates). One per held
-- invitation: recording it again changes it. The stress factors are the candidate's
-- obstacles (`candidate_obstacles`), special data kept apart, desk only.
CREATE TABLE intakes (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id BIGINT NOT NULL UNIQUE REFERENCES invitations (id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES caseload_clients (id) ON DELETE CASCADE,
    candidate_id BIGINT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    consultant_id BIGINT NOT NULL REFERENCES users (id),
    education TEXT NOT NULL DEFAULT '',
    work_experience TEXT NOT NULL DEFAULT '',
    languages TEXT NOT NULL DEFAULT '',
    language_course BIGINT NOT NULL DEFAULT 0,
    transport TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX intakes_candidate ON intakes (candidate_id);

-- The participation ladder: every measurement kept. The one taken in an intake names it
-- (recording the intake again changes that measurement, it does not add one).
CREATE TABLE ladder_measurements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id BIGINT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    intake_id BIGINT UNIQUE REFERENCES intakes (id) ON DELETE CASCADE,
    measured_on TEXT NOT NULL,
    step BIGINT NOT NULL CHECK (step BETWEEN 1 AND 6),
    potential BIGINT NOT NULL CHECK (potential BETWEEN 1 AND 6),
    note TEXT NOT NULL DEFAULT '',
    measured_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX ladder_candidate ON ladder_measurements (candidate_id, measured_on);
CREATE INDEX ladder_measured_on ON ladder_measurements (measured_on);
