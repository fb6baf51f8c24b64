-- Matching from memory (issue #18): each portal holds the pool of candidates in memory.
-- `pool_version` counts the changes to candidates and consents; `pool_changes` says which
-- candidate each change was about, so a portal that is behind reads only those again.
-- Triggers write both on every change, whoever makes it (a form, a job, the demo loader,
-- another instance). They are deferred to the commit, so concurrent writers hold the one
-- counter row's lock only while they commit, and numbers are given in commit order.
-- Housekeeping drops old `pool_changes` rows; a portal further behind than what is kept
-- reads the whole pool.
CREATE TABLE pool_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO pool_version (id, version) VALUES (1, 0);
CREATE TABLE pool_changes (
    version BIGINT PRIMARY KEY,
    candidate_id BIGINT NOT NULL
);

-- TG_ARGV[0]: the column that holds the candidate's id (`id` or `candidate_id`).
CREATE FUNCTION pool_moved() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    moved BIGINT;
    candidate BIGINT;
BEGIN
    IF TG_OP = 'DELETE' THEN
        candidate := (to_jsonb(OLD) ->> TG_ARGV[0])::BIGINT;
    ELSE
        candidate := (to_jsonb(NEW) ->> TG_ARGV[0])::BIGINT;
    END IF;
    UPDATE pool_version SET version = version + 1 WHERE id = 1 RETURNING version INTO moved;
    INSERT INTO pool_changes (version, candidate_id) VALUES (moved, candidate);
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER pool_candidates AFTER INSERT OR UPDATE OR DELETE ON candidates
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pool_moved('id');
CREATE CONSTRAINT TRIGGER pool_consents AFTER INSERT OR UPDATE OR DELETE ON consents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pool_moved('candidate_id');
