-- The board's municipality filter lists the places with published openings; this index
-- answers that from the index alone instead of reading every published opening (7 ms →
-- 0.6 ms at 9,000 openings, found by the load test).
CREATE INDEX openings_board_places ON openings (status, municipality, closing_date);
