-- Asks found in the mail an import read (`asks review`): a sentence of mine in a message I sent,
-- asking one of its To recipients for something. The recipient is kept as the address the message
-- named (an e-mail, or a LinkedIn profile URL) and matched to a person through person_email when
-- read, as mail is, so merges carry over. A suggestion is `suggested` until it is `accepted` (then
-- ask_id is the ask it became) or `dismissed`. step_id is the import's undo step that found it,
-- decided_step the step that accepted or dismissed it; undoing either puts the row back. Ids count
-- per owner, handed out by the write that adds the row.
CREATE TABLE suggested_ask (
  owner_id     BIGINT NOT NULL REFERENCES owner (id),
  id           BIGINT NOT NULL,
  message_id   TEXT NOT NULL,
  address      TEXT NOT NULL,
  sent_at      TEXT NOT NULL,
  on_date      TEXT NOT NULL,
  text         TEXT NOT NULL,
  state        TEXT NOT NULL DEFAULT 'suggested',
  ask_id       BIGINT,
  step_id      BIGINT,
  decided_step BIGINT,
  PRIMARY KEY (owner_id, id),
  UNIQUE (owner_id, message_id, address)
);
CREATE INDEX suggested_ask_state ON suggested_ask (owner_id, state, on_date);
