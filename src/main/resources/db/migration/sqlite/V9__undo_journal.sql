-- The undo journal. Every write to an owner's ledger (a log, an edit, a merge, a delete, a whole
-- import of a file) is one step, numbered by the owner's revision it made. A step keeps what is
-- needed to take it back:
-- * the ids it handed out, as ranges (first_person, last_person] and (first_entry, last_entry]:
--   ids are counted per owner and never reused, so the rows a step added are exactly those, and an
--   import of a million rows costs the journal one row;
-- * the rows it changed or deleted, as they were before the step, in a copy of each table with the
--   step's id in front (journal_person for person, and so on), each row at most once per step;
-- * the mail it recorded, by mail_message.step_id.
-- Undo takes back the latest step only, so every later change is gone before an earlier one is
-- taken back. The copies must keep every column of the tables they copy (a test compares them).
CREATE TABLE journal_step (
  owner_id     INTEGER NOT NULL REFERENCES owner (id),
  id           INTEGER NOT NULL,
  made_at      TEXT NOT NULL,
  label        TEXT NOT NULL,
  first_person INTEGER NOT NULL,
  last_person  INTEGER NOT NULL,
  first_entry  INTEGER NOT NULL,
  last_entry   INTEGER NOT NULL,
  PRIMARY KEY (owner_id, id)
) WITHOUT ROWID;

CREATE TABLE journal_person AS SELECT 0 AS step_id, * FROM person WHERE 0;
CREATE UNIQUE INDEX journal_person_key ON journal_person (owner_id, step_id, id);

CREATE TABLE journal_person_email AS SELECT 0 AS step_id, * FROM person_email WHERE 0;
CREATE UNIQUE INDEX journal_person_email_key
  ON journal_person_email (owner_id, step_id, person_id, email);

CREATE TABLE journal_time_entry AS SELECT 0 AS step_id, * FROM time_entry WHERE 0;
CREATE UNIQUE INDEX journal_time_entry_key ON journal_time_entry (owner_id, step_id, id);

CREATE TABLE journal_value_event AS SELECT 0 AS step_id, * FROM value_event WHERE 0;
CREATE UNIQUE INDEX journal_value_event_key ON journal_value_event (owner_id, step_id, id);

CREATE TABLE journal_ask AS SELECT 0 AS step_id, * FROM ask WHERE 0;
CREATE UNIQUE INDEX journal_ask_key ON journal_ask (owner_id, step_id, id);

ALTER TABLE mail_message ADD COLUMN step_id INTEGER;
CREATE INDEX mail_message_step ON mail_message (owner_id, step_id);
