-- Each entry table's import keys are kept unique by a named index instead of a UNIQUE constraint.
-- SQLite cannot drop the index behind a constraint, and a named one it can: an import into an
-- empty table then writes its rows first and builds every index of the table once at the end
-- (a sort), rather than placing each of a million rows in four indexes as it goes. The checks the
-- constraint made are the same, and ON CONFLICT (owner_id, import_key) names the index as it named
-- the constraint. SQLite cannot change a table's constraints in place: each table is copied into
-- a new one and renamed, as in V5; no table refers to these three.
CREATE TABLE time_entry_v7 (
  owner_id   INTEGER NOT NULL,
  id         INTEGER NOT NULL,
  person_id  INTEGER NOT NULL,
  on_date    TEXT NOT NULL,
  minutes    REAL NOT NULL CHECK (minutes >= 0),
  channel    TEXT NOT NULL,
  source     TEXT,
  note       TEXT,
  import_key TEXT,
  PRIMARY KEY (owner_id, id),
  FOREIGN KEY (owner_id, person_id) REFERENCES person (owner_id, id)
);
INSERT INTO time_entry_v7
SELECT owner_id, id, person_id, on_date, minutes, channel, source, note, import_key
FROM time_entry;

CREATE TABLE value_event_v7 (
  owner_id   INTEGER NOT NULL,
  id         INTEGER NOT NULL,
  person_id  INTEGER NOT NULL,
  on_date    TEXT NOT NULL,
  direction  TEXT NOT NULL,
  kind       TEXT NOT NULL,
  points     REAL CHECK (points >= 0),
  note       TEXT,
  source     TEXT,
  import_key TEXT,
  PRIMARY KEY (owner_id, id),
  FOREIGN KEY (owner_id, person_id) REFERENCES person (owner_id, id)
);
INSERT INTO value_event_v7
SELECT owner_id, id, person_id, on_date, direction, kind, points, note, source, import_key
FROM value_event;

CREATE TABLE ask_v7 (
  owner_id    INTEGER NOT NULL,
  id          INTEGER NOT NULL,
  person_id   INTEGER NOT NULL,
  on_date     TEXT NOT NULL,
  direction   TEXT NOT NULL,
  text        TEXT NOT NULL,
  outcome     TEXT NOT NULL,
  resolved_on TEXT,
  source      TEXT,
  import_key  TEXT,
  PRIMARY KEY (owner_id, id),
  FOREIGN KEY (owner_id, person_id) REFERENCES person (owner_id, id)
);
INSERT INTO ask_v7
SELECT owner_id, id, person_id, on_date, direction, text, outcome, resolved_on, source, import_key
FROM ask;

DROP TABLE time_entry;
DROP TABLE value_event;
DROP TABLE ask;
ALTER TABLE time_entry_v7 RENAME TO time_entry;
ALTER TABLE value_event_v7 RENAME TO value_event;
ALTER TABLE ask_v7 RENAME TO ask;

CREATE UNIQUE INDEX time_entry_import_key ON time_entry (owner_id, import_key);
CREATE INDEX time_entry_person ON time_entry (owner_id, person_id);
CREATE INDEX time_entry_on ON time_entry (owner_id, on_date);
CREATE UNIQUE INDEX value_event_import_key ON value_event (owner_id, import_key);
CREATE INDEX value_event_person ON value_event (owner_id, person_id);
CREATE INDEX value_event_on ON value_event (owner_id, on_date);
CREATE UNIQUE INDEX ask_import_key ON ask (owner_id, import_key);
CREATE INDEX ask_counted ON ask (owner_id, person_id, on_date, direction, outcome, resolved_on);
CREATE INDEX ask_open ON ask (owner_id, person_id, on_date, direction, outcome, resolved_on, text,
  source) WHERE outcome = 'open';
CREATE INDEX ask_resolved ON ask (owner_id, resolved_on);
