-- Placements and buddies (issue #5).
-- What the follow-up job has sent: one row per message, under a key that several server
-- instances agree on (the pairing, what the message is about, the day it counts from and
-- its number), so each reminder goes out once however many instances run the job.
CREATE TABLE followup_notices (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    kind TEXT NOT NULL,
    pairing_id BIGINT NOT NULL REFERENCES buddy_pairings (id) ON DELETE CASCADE,
    anchor TEXT NOT NULL,
    seq BIGINT NOT NULL,
    sent_at BIGINT NOT NULL,
    UNIQUE (kind, pairing_id, anchor, seq)
);
-- The desk's open flags and the retention checkpoints to confirm.
CREATE INDEX checkins_open_flags ON checkins (flag_handled_at, needs_desk, score);
CREATE INDEX placements_candidate ON placements (candidate_id);
