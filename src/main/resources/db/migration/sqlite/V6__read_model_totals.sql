-- The read model's totals: each person's sums over every month (time_total) and per direction and
-- kind (value_total), kept by the same writes as the month sums of V4. Ranking as of a date on or
-- after a person's last entry, the usual case of ranking as of today, reads these rows alone; a
-- person with entries dated later is summed from the month rows. Days are counted from 1970-01-01
-- (so a date is one integer to read), amounts are weighted as in time_tally and value_tally.
CREATE TABLE time_total (
  owner_id  INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  entries   INTEGER NOT NULL,
  minutes   REAL NOT NULL,
  weighted  REAL NOT NULL,
  first_day INTEGER NOT NULL,
  last_day  INTEGER NOT NULL,
  PRIMARY KEY (owner_id, person_id)
) WITHOUT ROWID;

CREATE TABLE value_total (
  owner_id           INTEGER NOT NULL,
  person_id          INTEGER NOT NULL,
  direction          TEXT NOT NULL,
  kind               TEXT NOT NULL,
  events             INTEGER NOT NULL,
  weighted_points    REAL NOT NULL, -- events with their own points
  weighted_defaulted REAL NOT NULL, -- events that take their kind's points from the config
  last_day           INTEGER NOT NULL,
  PRIMARY KEY (owner_id, person_id, direction, kind)
) WITHOUT ROWID;

-- Ranking counts each person's asks as of a date from this index alone, never their rows, and
-- reads whole only the asks still open then: those open now (from the second index alone) and
-- those resolved after the date.
CREATE INDEX ask_counted ON ask (owner_id, person_id, on_date, direction, outcome, resolved_on);
CREATE INDEX ask_open ON ask (owner_id, person_id, on_date, direction, outcome, resolved_on, text,
  source) WHERE outcome = 'open';
CREATE INDEX ask_resolved ON ask (owner_id, resolved_on);

-- Everyone's e-mails in the order a listing reads them (by person, then position), from the index
-- alone instead of sorting the table's rows.
CREATE INDEX person_email_listed ON person_email (owner_id, person_id, position, email);

-- The two indexes above start with what these held, which every write would keep twice.
DROP INDEX person_email_person;
DROP INDEX ask_owner_person;

-- Sums kept so far have no totals: the next ranking builds every sum again.
UPDATE owner SET tally_half_life = NULL;
