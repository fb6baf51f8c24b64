-- The intake reports read from indexes alone (issue #18's reports goal with #19's figures
-- at scale 50): each person's ladder steps in order, the invitations of a period with
-- whose they are and how they ended, and each member's municipality and groups.
DROP INDEX ladder_candidate;
CREATE INDEX ladder_by_person ON ladder_measurements (candidate_id, measured_on, id, step);
CREATE INDEX invitations_outcomes ON invitations (appointment_day, campaign_id, client_id, status);
CREATE INDEX campaign_members_groups ON campaign_members (campaign_id, client_id, municipality, young, over_50, long_term);
