-- Campaigns end (issue #19): the desk closes a campaign when it is done, and who did it is
-- kept with it. `form_key` is the key the new-campaign form carried, so the same form
-- posted twice makes one campaign.
ALTER TABLE campaigns ADD COLUMN closed_by BIGINT REFERENCES users (id);
ALTER TABLE campaigns ADD COLUMN closed_at BIGINT;
ALTER TABLE campaigns ADD COLUMN form_key TEXT;
CREATE UNIQUE INDEX campaigns_form_key ON campaigns (form_key);
