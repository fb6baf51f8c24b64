-- Opstap initial schema (SQLite). Migrations are never edited once landed: add a new file.
-- Conventions: instants are BIGINT Unix seconds (UTC), dates are 'YYYY-MM-DD' text,
-- yes/no columns are BIGINT 0/1, lists of codes are comma-separated text.

CREATE TABLE settings (
    key TEXT PRIMARY KEY,
    value TEXT NOT NULL
);

CREATE TABLE employers (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    kvk TEXT NOT NULL UNIQUE,
    sector TEXT NOT NULL,
    street TEXT NOT NULL,
    house_number TEXT NOT NULL,
    postcode TEXT NOT NULL,
    city TEXT NOT NULL,
    municipality TEXT NOT NULL,
    contact_name TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    contact_phone TEXT NOT NULL,
    message TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('pending', 'active', 'suspended', 'declined')),
    decline_reason TEXT,
    verified_by BIGINT,
    verified_at BIGINT,
    account_manager_id BIGINT,
    created_at BIGINT NOT NULL
);
CREATE INDEX employers_status ON employers (status, created_at);

CREATE TABLE users (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    email TEXT NOT NULL UNIQUE,
    display_name TEXT NOT NULL,
    role TEXT NOT NULL CHECK (role IN ('admin', 'desk', 'employer', 'buddy')),
    employer_id BIGINT REFERENCES employers (id),
    password_hash TEXT,
    phone TEXT NOT NULL DEFAULT '',
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    CHECK ((role = 'employer') = (employer_id IS NOT NULL))
);
CREATE INDEX users_employer ON users (employer_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    last_seen_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    account TEXT NOT NULL,
    address TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX login_attempts_account ON login_attempts (account, at);
CREATE INDEX login_attempts_address ON login_attempts (address, at);

CREATE TABLE openings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    kind TEXT NOT NULL,
    title TEXT NOT NULL,
    description TEXT NOT NULL,
    sector TEXT NOT NULL,
    municipality TEXT NOT NULL,
    postcode TEXT NOT NULL,
    hours_min BIGINT NOT NULL,
    hours_max BIGINT NOT NULL,
    positions BIGINT NOT NULL,
    start_date TEXT,
    closing_date TEXT,
    contract_type TEXT NOT NULL,
    salary_min BIGINT,
    salary_max BIGINT,
    diploma_required BIGINT NOT NULL DEFAULT 0,
    dutch_level TEXT NOT NULL,
    driving_licence BIGINT NOT NULL DEFAULT 0,
    support_job_coach BIGINT NOT NULL DEFAULT 0,
    support_training BIGINT NOT NULL DEFAULT 0,
    support_adapted_hours BIGINT NOT NULL DEFAULT 0,
    target_groups TEXT NOT NULL DEFAULT '',
    wage_subsidy BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'published', 'rejected', 'filled', 'closed', 'expired')),
    reject_reason TEXT,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    published_at BIGINT
);
CREATE INDEX openings_employer ON openings (employer_id, status);
CREATE INDEX openings_status ON openings (status, published_at);

CREATE TABLE opening_history (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    opening_id BIGINT NOT NULL REFERENCES openings (id),
    from_status TEXT,
    to_status TEXT NOT NULL,
    by_user BIGINT REFERENCES users (id),
    note TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX opening_history_opening ON opening_history (opening_id, at);

CREATE TABLE candidates (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    client_number TEXT NOT NULL UNIQUE,
    first_name TEXT NOT NULL,
    last_name TEXT NOT NULL,
    email TEXT NOT NULL DEFAULT '',
    phone TEXT NOT NULL DEFAULT '',
    municipality TEXT NOT NULL,
    postcode TEXT NOT NULL,
    birth_year BIGINT NOT NULL,
    education_level TEXT NOT NULL,
    dutch_level TEXT NOT NULL,
    driving_licence BIGINT NOT NULL DEFAULT 0,
    hours_available BIGINT NOT NULL,
    sectors_wanted TEXT NOT NULL DEFAULT '',
    occupations_wanted TEXT NOT NULL DEFAULT '',
    skills TEXT NOT NULL DEFAULT '',
    talents TEXT NOT NULL DEFAULT '',
    hobbies TEXT NOT NULL DEFAULT '',
    ambitions TEXT NOT NULL DEFAULT '',
    target_groups TEXT NOT NULL DEFAULT '',
    personal_plan TEXT NOT NULL DEFAULT '',
    consultant_id BIGINT REFERENCES users (id),
    status TEXT NOT NULL CHECK (status IN ('active', 'proposed', 'placed', 'paused', 'exited')),
    registered_on TEXT NOT NULL,
    exited_on TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX candidates_status ON candidates (status);
CREATE INDEX candidates_consultant ON candidates (consultant_id);
CREATE INDEX candidates_municipality ON candidates (municipality);

-- Special personal data: kept apart from the profile, shown to the desk only.
CREATE TABLE candidate_obstacles (
    candidate_id BIGINT PRIMARY KEY REFERENCES candidates (id) ON DELETE CASCADE,
    debts BIGINT NOT NULL DEFAULT 0,
    childcare BIGINT NOT NULL DEFAULT 0,
    health BIGINT NOT NULL DEFAULT 0,
    housing BIGINT NOT NULL DEFAULT 0,
    notes TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);

CREATE TABLE consents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id BIGINT NOT NULL REFERENCES candidates (id) ON DELETE CASCADE,
    scope TEXT NOT NULL,
    given_on TEXT NOT NULL,
    recorded_by BIGINT REFERENCES users (id),
    withdrawn_on TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX consents_candidate ON consents (candidate_id);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    opening_id BIGINT NOT NULL REFERENCES openings (id),
    candidate_id BIGINT NOT NULL REFERENCES candidates (id),
    motivation TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('proposed', 'seen', 'interview', 'trial', 'hired', 'declined', 'withdrawn')),
    proposed_by BIGINT REFERENCES users (id),
    interview_at TEXT,
    interview_place TEXT,
    decline_reason TEXT,
    decline_note TEXT,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (opening_id, candidate_id)
);
CREATE INDEX proposals_status ON proposals (status, updated_at);
CREATE INDEX proposals_candidate ON proposals (candidate_id);

CREATE TABLE proposal_events (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    proposal_id BIGINT NOT NULL REFERENCES proposals (id) ON DELETE CASCADE,
    status TEXT NOT NULL,
    by_user BIGINT REFERENCES users (id),
    note TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX proposal_events_proposal ON proposal_events (proposal_id, at);

CREATE TABLE placements (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    candidate_id BIGINT NOT NULL REFERENCES candidates (id),
    employer_id BIGINT NOT NULL REFERENCES employers (id),
    opening_id BIGINT REFERENCES openings (id),
    proposal_id BIGINT UNIQUE REFERENCES proposals (id),
    kind TEXT NOT NULL,
    start_date TEXT NOT NULL,
    planned_end_date TEXT,
    hours BIGINT NOT NULL,
    contract_type TEXT NOT NULL,
    wage_subsidy BIGINT NOT NULL DEFAULT 0,
    sroi_value BIGINT NOT NULL DEFAULT 0,
    benefit_exit TEXT NOT NULL,
    outcome TEXT NOT NULL,
    outcome_reason TEXT,
    ended_on TEXT,
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX placements_employer ON placements (employer_id);
CREATE INDEX placements_start ON placements (start_date);

CREATE TABLE retention_checks (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    placement_id BIGINT NOT NULL REFERENCES placements (id) ON DELETE CASCADE,
    months BIGINT NOT NULL CHECK (months IN (1, 3, 6, 12)),
    due_on TEXT NOT NULL,
    confirmed_at BIGINT,
    still_working BIGINT,
    source TEXT,
    confirmed_by BIGINT REFERENCES users (id),
    UNIQUE (placement_id, months)
);
CREATE INDEX retention_checks_due ON retention_checks (due_on);

CREATE TABLE buddy_pairings (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    placement_id BIGINT NOT NULL REFERENCES placements (id),
    buddy_id BIGINT NOT NULL REFERENCES users (id),
    start_date TEXT NOT NULL,
    end_date TEXT,
    rhythm TEXT NOT NULL CHECK (rhythm IN ('weekly', 'fortnightly', 'monthly')),
    created_by BIGINT REFERENCES users (id),
    created_at BIGINT NOT NULL
);
CREATE INDEX buddy_pairings_buddy ON buddy_pairings (buddy_id);
CREATE INDEX buddy_pairings_placement ON buddy_pairings (placement_id);

CREATE TABLE checkins (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    pairing_id BIGINT NOT NULL REFERENCES buddy_pairings (id) ON DELETE CASCADE,
    held_on TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('visit', 'call', 'message')),
    score BIGINT NOT NULL CHECK (score BETWEEN 1 AND 5),
    notes_work TEXT NOT NULL DEFAULT '',
    notes_home TEXT NOT NULL DEFAULT '',
    needs_desk BIGINT NOT NULL DEFAULT 0,
    next_on TEXT,
    flag_handled_at BIGINT,
    flag_handled_by BIGINT REFERENCES users (id),
    flag_note TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX checkins_pairing ON checkins (pairing_id, held_on);

CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    at BIGINT NOT NULL,
    user_id BIGINT,
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    address TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log (entity, entity_id);
