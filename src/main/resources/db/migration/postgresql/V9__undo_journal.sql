-- The undo journal. Every write to an owner's ledger (a log, an edit, a merge, a delete, a whole
-- import of a file) is one step, numbered by the owner's revision it made. A step keeps what is
-- needed to take it back:
-- * the ids it handed out, as ranges (first_person, last_person] and (first_entry, last_entry]:
--   ids are counted per owner and never reused, so the rows a step added are exactly those, and an
--   import of a million rows costs the journal one row;
-- * the rows it changed or deleted, as they were before the step, in a copy of each table with the
--   step's id added (journal_person for person, and so on), each row at most once per step;
-- * the mail it recorded, by mail_message.step_id.
-- Undo takes back the latest step only, so every later change is gone before an earlier one is
-- taken back. The copies must keep every column of the tables they copy (a test compares them).
CREATE TABLE journal_step (
  owner_id     BIGINT NOT NULL REFERENCES owner (id),
  id           BIGINT NOT NULL,
  made_at      TEXT NOT NULL,
  label        TEXT NOT NULL,
  first_person BIGINT NOT NULL,
  last_person  BIGINT NOT NULL,
  first_entry  BIGINT NOT NULL,
  last_entry   BIGINT NOT NULL,
  PRIMARY KEY (owner_id, id)
);

CREATE TABLE journal_person (LIKE person);
ALTER TABLE journal_person ADD COLUMN step_id BIGINT NOT NULL;
ALTER TABLE journal_person ADD PRIMARY KEY (owner_id, step_id, id);

CREATE TABLE journal_person_email (LIKE person_email);
ALTER TABLE journal_person_email ADD COLUMN step_id BIGINT NOT NULL;
ALTER TABLE journal_person_email ADD PRIMARY KEY (owner_id, step_id, person_id, email);

CREATE TABLE journal_time_entry (LIKE time_entry);
ALTER TABLE journal_time_entry ADD COLUMN step_id BIGINT NOT NULL;
ALTER TABLE journal_time_entry ADD PRIMARY KEY (owner_id, step_id, id);

CREATE TABLE journal_value_event (LIKE value_event);
ALTER TABLE journal_value_event ADD COLUMN step_id BIGINT NOT NULL;
ALTER TABLE journal_value_event ADD PRIMARY KEY (owner_id, step_id, id);

CREATE TABLE journal_ask (LIKE ask);
ALTER TABLE journal_ask ADD COLUMN step_id BIGINT NOT NULL;
ALTER TABLE journal_ask ADD PRIMARY KEY (owner_id, step_id, id);

ALTER TABLE mail_message ADD COLUMN step_id BIGINT;
CREATE INDEX mail_message_step ON mail_message (owner_id, step_id);
