-- The read model: sums per person and month that every write keeps up to date, so ranking reads
-- a few rows per person instead of every entry. A `weighted` column holds each amount times
-- 2^((day - 2000-01-01) / half-life), for the half-life in owner.tally_half_life (null until the
-- sums are first built), so the decayed sum as of a later date is one multiplication away.
-- owner.revision counts the writes to the ledger, so a scored ledger can be kept until the next.
ALTER TABLE owner ADD COLUMN revision INTEGER NOT NULL DEFAULT 0;
ALTER TABLE owner ADD COLUMN tally_half_life INTEGER;

CREATE TABLE time_tally (
  owner_id  INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  month     INTEGER NOT NULL, -- year * 12 + month - 1
  entries   INTEGER NOT NULL,
  minutes   REAL NOT NULL,
  weighted  REAL NOT NULL,
  first_on  TEXT NOT NULL,
  last_on   TEXT NOT NULL,
  PRIMARY KEY (owner_id, person_id, month)
);

CREATE TABLE value_tally (
  owner_id           INTEGER NOT NULL,
  person_id          INTEGER NOT NULL,
  month              INTEGER NOT NULL,
  direction          TEXT NOT NULL,
  kind               TEXT NOT NULL,
  events             INTEGER NOT NULL,
  weighted_points    REAL NOT NULL, -- events with their own points
  weighted_defaulted REAL NOT NULL, -- events that take their kind's points from the config
  last_on            TEXT NOT NULL,
  PRIMARY KEY (owner_id, person_id, month, direction, kind)
);

-- The entries of the month being ranked are read raw, by date.
CREATE INDEX time_entry_on ON time_entry (owner_id, on_date);
CREATE INDEX value_event_on ON value_event (owner_id, on_date);
CREATE INDEX ask_owner_person ON ask (owner_id, person_id);
