-- Intake campaigns (issue #19): a campaign invites the clients of the caseload its
-- criteria select, in waves, each invitation with an appointment; every invitation ends in
-- an outcome. Members are fixed when the campaign is made (with the municipality and the
-- target groups they had then) and never removed: `state` is where each stands, kept with
-- every change of their invitations so coverage is one grouped count.
CREATE TABLE campaigns (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    name TEXT NOT NULL,
    starts_on TEXT NOT NULL,
    ends_on TEXT NOT NULL,
    target BIGINT NOT NULL,
    municipality TEXT,
    postcode_from BIGINT,
    postcode_to BIGINT,
    district TEXT,
    target_group TEXT,
    min_benefit_months BIGINT,
    status TEXT NOT NULL CHECK (status IN ('open', 'closed')),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL
);

CREATE TABLE campaign_consultants (
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    user_id BIGINT NOT NULL REFERENCES users (id),
    PRIMARY KEY (campaign_id, user_id)
);

CREATE TABLE campaign_members (
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    client_id BIGINT NOT NULL REFERENCES caseload_clients (id),
    municipality TEXT NOT NULL,
    young BIGINT NOT NULL,
    over_50 BIGINT NOT NULL,
    long_term BIGINT NOT NULL,
    benefit_start TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN ('not_invited', 'invited', 'seen', 'no_show', 'exempted')),
    joined_at BIGINT NOT NULL,
    PRIMARY KEY (campaign_id, client_id)
);
CREATE INDEX campaign_members_state ON campaign_members (campaign_id, state, benefit_start);

CREATE TABLE campaign_waves (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id BIGINT NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
    number BIGINT NOT NULL,
    first_day TEXT NOT NULL,
    days BIGINT NOT NULL,
    place TEXT NOT NULL,
    invited BIGINT NOT NULL,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    UNIQUE (campaign_id, number)
);

-- One appointment. A move ends it as 'moved' and makes the next one of the same `series`
-- (the first one's id: the calendar UID) with the next `sequence`, so agendas update it.
CREATE TABLE invitations (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    campaign_id BIGINT NOT NULL,
    client_id BIGINT NOT NULL,
    wave_id BIGINT REFERENCES campaign_waves (id),
    series BIGINT,
    sequence BIGINT NOT NULL,
    appointment_day TEXT NOT NULL,
    appointment_time TEXT NOT NULL,
    minutes BIGINT NOT NULL,
    appointment_at BIGINT NOT NULL,
    place TEXT NOT NULL,
    consultant_id BIGINT NOT NULL REFERENCES users (id),
    channel TEXT NOT NULL CHECK (channel IN ('email', 'letter')),
    status TEXT NOT NULL CHECK (status IN ('planned', 'held', 'moved', 'no_show', 'exempted')),
    exemption_reason TEXT,
    note TEXT NOT NULL DEFAULT '',
    -- When a no-show was recorded; kept if the person is exempted or seen afterwards.
    no_show_at BIGINT,
    outcome_by BIGINT REFERENCES users (id),
    outcome_at BIGINT,
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    FOREIGN KEY (campaign_id, client_id) REFERENCES campaign_members (campaign_id, client_id)
);
-- One open invitation per person and campaign; a consultant is never booked twice.
CREATE UNIQUE INDEX invitations_one_open ON invitations (campaign_id, client_id) WHERE status = 'planned';
CREATE UNIQUE INDEX invitations_consultant_slot ON invitations (consultant_id, appointment_at) WHERE status = 'planned';
CREATE INDEX invitations_campaign ON invitations (campaign_id, status, appointment_at);
CREATE INDEX invitations_day ON invitations (appointment_day, status);
CREATE INDEX invitations_client ON invitations (client_id);

-- After a no-show: each try to get back in touch.
CREATE TABLE invitation_attempts (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    invitation_id BIGINT NOT NULL REFERENCES invitations (id) ON DELETE CASCADE,
    made_on TEXT NOT NULL,
    mode TEXT NOT NULL CHECK (mode IN ('phone', 'text_message', 'email', 'letter', 'home_visit')),
    reached BIGINT NOT NULL,
    note TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT NOT NULL REFERENCES users (id),
    recorded_at BIGINT NOT NULL
);
CREATE INDEX invitation_attempts_invitation ON invitation_attempts (invitation_id);
