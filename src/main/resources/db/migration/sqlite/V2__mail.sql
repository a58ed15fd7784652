-- Mail an import has seen, so reply rates can be worked out across files and imports: the
-- messages I sent (with their To recipients) and the replies others sent. Addresses are stored
-- lower-case and matched to people through person_email when read, so merges carry over.
-- Instants are ISO-8601 text in UTC; a subject is kept only as a digest, to match replies.
CREATE TABLE mail_message (
  owner_id    INTEGER NOT NULL REFERENCES owner (id),
  message_id  TEXT NOT NULL,
  mine        INTEGER NOT NULL CHECK (mine IN (0, 1)),
  sender      TEXT,
  sent_at     TEXT NOT NULL,
  in_reply_to TEXT,
  subject_key TEXT,
  is_reply    INTEGER NOT NULL CHECK (is_reply IN (0, 1)),
  PRIMARY KEY (owner_id, message_id)
);
CREATE INDEX mail_message_sender ON mail_message (owner_id, sender);

CREATE TABLE mail_recipient (
  owner_id   INTEGER NOT NULL,
  message_id TEXT NOT NULL,
  address    TEXT NOT NULL,
  PRIMARY KEY (owner_id, message_id, address),
  FOREIGN KEY (owner_id, message_id) REFERENCES mail_message (owner_id, message_id)
);
