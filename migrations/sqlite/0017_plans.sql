-- The personal plan (issue #20). Partner providers run activities the region buys; the
-- plan's activities carry on between versions (planned, running, completed, stopped); a
-- version is what was agreed on a day, with how the person agreed, and keeps the
-- activities as they stood then (JSON), so it can be shown as it was.
CREATE TABLE providers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL UNIQUE,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);

CREATE TABLE plan_activities (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id BIGINT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    provider_id BIGINT REFERENCES providers (id),
    starts_on TEXT NOT NULL,
    ends_on TEXT,
    hours_per_week BIGINT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('planned', 'running', 'completed', 'stopped')),
    stop_reason TEXT,
    result TEXT NOT NULL DEFAULT '',
    -- The key of the form it came from: posted twice, stored once.
    form_key TEXT UNIQUE,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_by BIGINT REFERENCES users (id),
    updated_at BIGINT
);
CREATE INDEX plan_activities_candidate ON plan_activities (candidate_id, starts_on);
CREATE INDEX plan_activities_provider ON plan_activities (provider_id, status);

CREATE TABLE plan_versions (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id BIGINT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    goals TEXT NOT NULL,
    person_commits TEXT NOT NULL,
    desk_commits TEXT NOT NULL,
    agreed_on TEXT NOT NULL,
    agreed_how TEXT NOT NULL,
    activities TEXT NOT NULL,
    made_by BIGINT NOT NULL REFERENCES users (id),
    made_at BIGINT NOT NULL,
    UNIQUE (candidate_id, number)
);
CREATE INDEX plan_versions_agreed ON plan_versions (agreed_on);
