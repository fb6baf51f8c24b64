-- Matching from memory (issue #18): each portal holds the pool of candidates in memory and
-- reloads it when this number has moved. Triggers move it on every change to a candidate or
-- a consent, whoever writes (a form, a job, the demo loader, another instance), in the same
-- transaction as the change.
CREATE TABLE pool_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO pool_version (id, version) VALUES (1, 0);

CREATE TRIGGER pool_candidate_added AFTER INSERT ON candidates
BEGIN UPDATE pool_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER pool_candidate_changed AFTER UPDATE ON candidates
BEGIN UPDATE pool_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER pool_candidate_removed AFTER DELETE ON candidates
BEGIN UPDATE pool_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER pool_consent_added AFTER INSERT ON consents
BEGIN UPDATE pool_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER pool_consent_changed AFTER UPDATE ON consents
BEGIN UPDATE pool_version SET version = version + 1 WHERE id = 1; END;
CREATE TRIGGER pool_consent_removed AFTER DELETE ON consents
BEGIN UPDATE pool_version SET version = version + 1 WHERE id = 1; END;
