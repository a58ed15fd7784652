-- Login sessions for server mode. The cookie holds a random token; only its SHA-256 digest is
-- stored, so a copy of the database does not hand out sessions. Each session carries its own
-- CSRF token. Kept in the database so several server instances can share them.
CREATE TABLE web_session (
  token_hash TEXT PRIMARY KEY,
  owner_id   BIGINT NOT NULL REFERENCES owner (id),
  csrf       TEXT NOT NULL,
  created_at TEXT NOT NULL,
  expires_at TEXT NOT NULL
);
CREATE INDEX web_session_owner ON web_session (owner_id);
