-- Failed logins, counted in the database so that every server on it shares one count, and taken
-- before a password is checked, so that requests sent at once cannot all slip under the limit.
-- A row counts the failures of one subject: a client address ('address:203.0.113.7') or a user
-- name ('user:ada'). Keys are owner-scoped like every other table's: a user name that is an
-- account counts under that account's owner; addresses and names that are no account count under
-- owner 0, which no ledger uses. Times are milliseconds since 1970-01-01 UTC.
CREATE TABLE login_throttle (
  owner_id INTEGER NOT NULL,
  subject  TEXT NOT NULL,
  failures INTEGER NOT NULL,
  first_at INTEGER NOT NULL,
  last_at  INTEGER NOT NULL,
  PRIMARY KEY (owner_id, subject)
) WITHOUT ROWID;
CREATE INDEX login_throttle_last ON login_throttle (owner_id, last_at);
