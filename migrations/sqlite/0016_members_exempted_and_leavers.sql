-- Nobody drops out silently, before an invitation too (issue #19):
--
-- - a member may be exempted before they are invited (a reason, a note, who and when);
-- - a client who left the benefits system — missing from the newest export, and marked so
--   by the desk — is no longer selected for campaigns; their appointments to come and
--   their memberships still open end as exempted (benefit ended). A later export that
--   lists them again brings them back. `seen_import_id`: the last stored import whose
--   file listed the client, changed or not;
-- - a campaign records how many who matched its criteria were left out because they were
--   in another running campaign already (one running campaign per person).
ALTER TABLE campaign_members ADD COLUMN exemption_reason TEXT;
ALTER TABLE campaign_members ADD COLUMN exemption_note TEXT NOT NULL DEFAULT '';
ALTER TABLE campaign_members ADD COLUMN exempted_by BIGINT REFERENCES users (id);
ALTER TABLE campaign_members ADD COLUMN exempted_at BIGINT;

ALTER TABLE caseload_clients ADD COLUMN seen_import_id BIGINT REFERENCES caseload_imports (id);
ALTER TABLE caseload_clients ADD COLUMN left_on TEXT;
ALTER TABLE caseload_clients ADD COLUMN left_by BIGINT REFERENCES users (id);
-- The import whose file they were missing from when marked.
ALTER TABLE caseload_clients ADD COLUMN left_import_id BIGINT REFERENCES caseload_imports (id);
UPDATE caseload_clients SET seen_import_id = last_import_id;
CREATE INDEX caseload_clients_seen ON caseload_clients (seen_import_id);
CREATE INDEX caseload_clients_left ON caseload_clients (left_import_id);

ALTER TABLE campaigns ADD COLUMN elsewhere BIGINT NOT NULL DEFAULT 0;
