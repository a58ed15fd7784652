-- Owner-scoped keys: every primary key and every foreign key includes owner_id, so the schema can
-- be distributed by owner, and ids are counted per owner (owner.last_person_id and
-- owner.last_entry_id, advanced under the owner's row lock that every write takes) instead of by
-- one sequence that all owners share. Time entries, value events and asks share one count, so an
-- entry's id names it alone ("entry delete 12"). Existing ids are kept where they were shown as
-- commands' arguments (people's and asks'); time entries and value events are numbered after
-- their owner's asks, in the order they were written.
--
-- SQLite cannot change a table's keys in place: each table is copied into a new one with the new
-- keys, the old ones dropped (children first, so no foreign key is ever left dangling) and the
-- new ones renamed, which also renames the references to them. (Stored in key order, WITHOUT
-- ROWID, a million imported entries took a fifth longer to write: rowid tables stay.)
ALTER TABLE owner ADD COLUMN last_person_id INTEGER NOT NULL DEFAULT 0;
ALTER TABLE owner ADD COLUMN last_entry_id INTEGER NOT NULL DEFAULT 0;

CREATE TABLE person_v5 (
  owner_id       INTEGER NOT NULL REFERENCES owner (id),
  id             INTEGER NOT NULL,
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
  PRIMARY KEY (owner_id, id),
  UNIQUE (owner_id, name_key)
);
INSERT INTO person_v5
SELECT owner_id, id, name, name_key, title, company, linkedin, notes, phones, tags, sources,
       level_override, cadence_days, first_met
FROM person;

CREATE TABLE person_email_v5 (
  owner_id  INTEGER NOT NULL,
  person_id INTEGER NOT NULL,
  email     TEXT NOT NULL,
  position  INTEGER NOT NULL,
  PRIMARY KEY (owner_id, email),
  FOREIGN KEY (owner_id, person_id) REFERENCES person_v5 (owner_id, id) ON DELETE CASCADE
);
INSERT INTO person_email_v5 SELECT owner_id, person_id, email, position FROM person_email;

CREATE TABLE ask_v5 (
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
  UNIQUE (owner_id, import_key),
  FOREIGN KEY (owner_id, person_id) REFERENCES person_v5 (owner_id, id)
);
INSERT INTO ask_v5
SELECT owner_id, id, person_id, on_date, direction, text, outcome, resolved_on, source, import_key
FROM ask;

-- Per owner: the highest ask id and the count of time entries, where the new numbers start.
CREATE TABLE v5_base (owner_id INTEGER PRIMARY KEY, asks INTEGER NOT NULL, time INTEGER NOT NULL);
INSERT INTO v5_base
SELECT o.id,
       (SELECT COALESCE(MAX(a.id), 0) FROM ask a WHERE a.owner_id = o.id),
       (SELECT COUNT(*) FROM time_entry t WHERE t.owner_id = o.id)
FROM owner o;

CREATE TABLE time_entry_v5 (
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
  UNIQUE (owner_id, import_key),
  FOREIGN KEY (owner_id, person_id) REFERENCES person_v5 (owner_id, id)
);
INSERT INTO time_entry_v5
SELECT t.owner_id, b.asks + ROW_NUMBER() OVER (PARTITION BY t.owner_id ORDER BY t.id),
       t.person_id, t.on_date, t.minutes, t.channel, t.source, t.note, t.import_key
FROM time_entry t JOIN v5_base b ON b.owner_id = t.owner_id;

CREATE TABLE value_event_v5 (
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
  UNIQUE (owner_id, import_key),
  FOREIGN KEY (owner_id, person_id) REFERENCES person_v5 (owner_id, id)
);
INSERT INTO value_event_v5
SELECT v.owner_id, b.asks + b.time + ROW_NUMBER() OVER (PARTITION BY v.owner_id ORDER BY v.id),
       v.person_id, v.on_date, v.direction, v.kind, v.points, v.note, v.source, v.import_key
FROM value_event v JOIN v5_base b ON b.owner_id = v.owner_id;
DROP TABLE v5_base;

DROP TABLE person_email;
DROP TABLE ask;
DROP TABLE time_entry;
DROP TABLE value_event;
DROP TABLE person;
ALTER TABLE person_v5 RENAME TO person;
ALTER TABLE person_email_v5 RENAME TO person_email;
ALTER TABLE ask_v5 RENAME TO ask;
ALTER TABLE time_entry_v5 RENAME TO time_entry;
ALTER TABLE value_event_v5 RENAME TO value_event;

CREATE INDEX person_linkedin ON person (owner_id, linkedin);
CREATE INDEX person_email_person ON person_email (owner_id, person_id);
CREATE INDEX time_entry_person ON time_entry (owner_id, person_id);
CREATE INDEX time_entry_on ON time_entry (owner_id, on_date);
CREATE INDEX value_event_person ON value_event (owner_id, person_id);
CREATE INDEX value_event_on ON value_event (owner_id, on_date);
CREATE INDEX ask_owner_person ON ask (owner_id, person_id);

-- A session is found by its token's digest alone (the cookie carries nothing else).
CREATE TABLE web_session_v5 (
  owner_id   INTEGER NOT NULL REFERENCES owner (id),
  token_hash TEXT NOT NULL,
  csrf       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL,
  PRIMARY KEY (owner_id, token_hash)
);
INSERT INTO web_session_v5
SELECT owner_id, token_hash, csrf, created_at, expires_at FROM web_session;
DROP TABLE web_session;
ALTER TABLE web_session_v5 RENAME TO web_session;
CREATE INDEX web_session_token ON web_session (token_hash);

UPDATE owner SET
  last_person_id = (SELECT COALESCE(MAX(id), 0) FROM person p WHERE p.owner_id = owner.id),
  last_entry_id = MAX(
    (SELECT COALESCE(MAX(id), 0) FROM ask a WHERE a.owner_id = owner.id),
    (SELECT COALESCE(MAX(id), 0) FROM time_entry t WHERE t.owner_id = owner.id),
    (SELECT COALESCE(MAX(id), 0) FROM value_event v WHERE v.owner_id = owner.id));
