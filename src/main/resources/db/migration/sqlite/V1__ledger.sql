-- Needle's ledger. Every row is keyed by its owner, so one database can hold several users'
-- ledgers and a distributed engine can shard by owner. Dates are ISO-8601 text (YYYY-MM-DD).
CREATE TABLE owner (
  id            INTEGER PRIMARY KEY,
  name          TEXT NOT NULL UNIQUE,
  password_hash TEXT,
  created_on    TEXT NOT NULL
);
INSERT INTO owner (id, name, created_on) VALUES (1, 'me', date('now'));

CREATE TABLE person (
  id             INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id       INTEGER NOT NULL REFERENCES owner (id),
  name           TEXT NOT NULL,
  name_key       TEXT NOT NULL,
  title          TEXT,
  company        TEXT,
  linkedin       TEXT,
  notes          TEXT,
  phones         TEXT NOT NULL DEFAULT '',
  tags           TEXT NOT NULL DEFAULT '',
  sources        TEXT NOT NULL DEFAULT '',
  level_override INTEGER CHECK (level_override BETWEEN 0 AND 6),
  cadence_days   INTEGER CHECK (cadence_days > 0),
  first_met      TEXT,
  UNIQUE (owner_id, name_key)
);
CREATE INDEX person_linkedin ON person (owner_id, linkedin);

CREATE TABLE person_email (
  owner_id  INTEGER NOT NULL REFERENCES owner (id),
  person_id INTEGER NOT NULL REFERENCES person (id) ON DELETE CASCADE,
  email     TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (owner_id, email)
);
CREATE INDEX person_email_person ON person_email (person_id);

CREATE TABLE time_entry (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id   INTEGER NOT NULL REFERENCES owner (id),
  person_id  INTEGER NOT NULL REFERENCES person (id),
  on_date    TEXT NOT NULL,
  minutes    REAL NOT NULL CHECK (minutes >= 0),
  channel    TEXT NOT NULL,
  source     TEXT,
  note       TEXT,
  import_key TEXT,
  UNIQUE (owner_id, import_key)
);
CREATE INDEX time_entry_person ON time_entry (person_id);

CREATE TABLE value_event (
  id         INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id   INTEGER NOT NULL REFERENCES owner (id),
  person_id  INTEGER NOT NULL REFERENCES person (id),
  on_date    TEXT NOT NULL,
  direction  TEXT NOT NULL,
  kind       TEXT NOT NULL,
  points     REAL CHECK (points >= 0),
  note       TEXT,
  source     TEXT,
  import_key TEXT,
  UNIQUE (owner_id, import_key)
);
CREATE INDEX value_event_person ON value_event (person_id);

CREATE TABLE ask (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  owner_id    INTEGER NOT NULL REFERENCES owner (id),
  person_id   INTEGER NOT NULL REFERENCES person (id),
  on_date     TEXT NOT NULL,
  direction   TEXT NOT NULL,
  text        TEXT NOT NULL,
  outcome     TEXT NOT NULL,
  resolved_on TEXT,
  source      TEXT,
  import_key  TEXT,
  UNIQUE (owner_id, import_key)
);
CREATE INDEX ask_person ON ask (person_id);
