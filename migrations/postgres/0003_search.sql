-- Full-text search over openings (PostgreSQL: a Dutch text-search expression index).
CREATE INDEX openings_search ON openings
    USING GIN (to_tsvector('dutch', title || ' ' || description || ' ' || municipality));
CREATE INDEX openings_board ON openings (status, closing_date);
