-- An invitation carries its member's municipality and target groups (copied when it is
-- made; members are fixed when their campaign is made), so the outcomes report counts
-- from one covering index instead of joining 30,000 invitations to their members
-- (28 ms → 15 ms at scale 50).
ALTER TABLE invitations ADD COLUMN municipality TEXT NOT NULL DEFAULT '';
ALTER TABLE invitations ADD COLUMN young BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN over_50 BIGINT NOT NULL DEFAULT 0;
ALTER TABLE invitations ADD COLUMN long_term BIGINT NOT NULL DEFAULT 0;
UPDATE invitations SET municipality = m.municipality, young = m.young, over_50 = m.over_50,
    long_term = m.long_term
    FROM campaign_members m
    WHERE m.campaign_id = invitations.campaign_id AND m.client_id = invitations.client_id;
DROP INDEX invitations_outcomes;
DROP INDEX campaign_members_groups;
CREATE INDEX invitations_by_group ON invitations (appointment_day, municipality, young, over_50, long_term, status);
