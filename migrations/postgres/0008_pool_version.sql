-- Matching from memory (issue #18): each portal holds the pool of candidates in memory and
-- reloads it when this number has moved. Triggers move it on every change to a candidate or
-- a consent, whoever writes (a form, a job, the demo loader, another instance). They are
-- deferred to the commit, so concurrent writers hold the one row's lock only while their
-- transaction commits, not for the whole transaction.
CREATE TABLE pool_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO pool_version (id, version) VALUES (1, 0);

CREATE FUNCTION pool_moved() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE pool_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER pool_candidates AFTER INSERT OR UPDATE OR DELETE ON candidates
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pool_moved();
CREATE CONSTRAINT TRIGGER pool_consents AFTER INSERT OR UPDATE OR DELETE ON consents
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION pool_moved();
