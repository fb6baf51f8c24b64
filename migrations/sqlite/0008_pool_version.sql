-- Matching from memory (issue #18): each portal holds the pool of candidates in memory.
-- `pool_version` counts the changes to candidates and consents; `pool_changes` says which
-- candidate each change was about, so a portal that is behind reads only those again.
-- Triggers write both on every change, whoever makes it (a form, a job, the demo loader,
-- another instance), in the same transaction as the change. Housekeeping drops old
-- `pool_changes` rows; a portal further behind than what is kept reads the whole pool.
CREATE TABLE pool_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO pool_version (id, version) VALUES (1, 0);
CREATE TABLE pool_changes (
    version BIGINT PRIMARY KEY,
    candidate_id BIGINT NOT NULL
);

CREATE TRIGGER pool_candidate_added AFTER INSERT ON candidates BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    INSERT INTO pool_changes (version, candidate_id) SELECT version, NEW.id FROM pool_version WHERE id = 1;
END;
CREATE TRIGGER pool_candidate_changed AFTER UPDATE ON candidates BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    INSERT INTO pool_changes (version, candidate_id) SELECT version, NEW.id FROM pool_version WHERE id = 1;
END;
CREATE TRIGGER pool_candidate_removed AFTER DELETE ON candidates BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    INSERT INTO pool_changes (version, candidate_id) SELECT version, OLD.id FROM pool_version WHERE id = 1;
END;
CREATE TRIGGER pool_consent_added AFTER INSERT ON consents BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    INSERT INTO pool_changes (version, candidate_id) SELECT version, NEW.candidate_id FROM pool_version WHERE id = 1;
END;
CREATE TRIGGER pool_consent_changed AFTER UPDATE ON consents BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    INSERT INTO pool_changes (version, candidate_id) SELECT version, NEW.candidate_id FROM pool_version WHERE id = 1;
END;
CREATE TRIGGER pool_consent_removed AFTER DELETE ON consents BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    INSERT INTO pool_changes (version, candidate_id) SELECT version, OLD.candidate_id FROM pool_version WHERE id = 1;
END;
