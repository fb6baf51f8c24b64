-- Full-text search over openings (SQLite: an FTS5 index kept in step by triggers).
CREATE VIRTUAL TABLE openings_fts USING fts5(
    title, description, municipality,
    content = 'openings', content_rowid = 'id',
    tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO openings_fts (rowid, title, description, municipality)
    SELECT id, title, description, municipality FROM openings;
CREATE TRIGGER openings_fts_insert AFTER INSERT ON openings BEGIN
    INSERT INTO openings_fts (rowid, title, description, municipality)
    VALUES (new.id, new.title, new.description, new.municipality);
END;
CREATE TRIGGER openings_fts_delete AFTER DELETE ON openings BEGIN
    INSERT INTO openings_fts (openings_fts, rowid, title, description, municipality)
    VALUES ('delete', old.id, old.title, old.description, old.municipality);
END;
CREATE TRIGGER openings_fts_update AFTER UPDATE OF title, description, municipality ON openings BEGIN
    INSERT INTO openings_fts (openings_fts, rowid, title, description, municipality)
    VALUES ('delete', old.id, old.title, old.description, old.municipality);
    INSERT INTO openings_fts (rowid, title, description, municipality)
    VALUES (new.id, new.title, new.description, new.municipality);
END;
CREATE INDEX openings_board ON openings (status, closing_date);
