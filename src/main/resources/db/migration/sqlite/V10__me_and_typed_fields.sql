-- Who the ledger's owner is (`me name`, `me add`): a name and a LinkedIn URL on the owner's row, and
-- the owner's e-mail addresses, one row each, lower case. Imports tell the owner from the people
-- they met by these, and the owner is never ranked in their own ledger.
ALTER TABLE owner ADD COLUMN me_name TEXT;
ALTER TABLE owner ADD COLUMN me_linkedin TEXT;

CREATE TABLE me_email (
  owner_id INTEGER NOT NULL REFERENCES owner (id),
  email    TEXT NOT NULL,
  position INTEGER NOT NULL,
  PRIMARY KEY (owner_id, email)
) WITHOUT ROWID;

-- The details of a person the user typed by hand (person add/edit, the web form), which no import
-- overwrites: field names (name, title, company, linkedin), one a line.
ALTER TABLE person ADD COLUMN typed_fields TEXT NOT NULL DEFAULT '';
-- The undo journal's copy of person keeps every column of person (V9).
ALTER TABLE journal_person ADD COLUMN typed_fields TEXT NOT NULL DEFAULT '';
