-- Candidates, matching and proposals (issue #4).
-- What the desk noted about a candidate's motivation: a level that matching may count and
-- a note in words.
ALTER TABLE candidates ADD COLUMN motivation TEXT NOT NULL DEFAULT 'unknown';
ALTER TABLE candidates ADD COLUMN motivation_note TEXT NOT NULL DEFAULT '';
-- The consultant looking for someone by name.
CREATE INDEX candidates_name ON candidates (last_name, first_name);
-- The work list: interviews in a week, proposals by opening.
CREATE INDEX proposals_opening ON proposals (opening_id);
CREATE INDEX proposals_interview ON proposals (interview_at);
-- The audit log searched by time and by user.
CREATE INDEX audit_log_at ON audit_log (at);
CREATE INDEX audit_log_user ON audit_log (user_id, at);
