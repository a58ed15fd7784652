-- Owner-scoped keys: every primary key and every foreign key includes owner_id, so the schema can
-- be distributed by owner (Citus: create_distributed_table(..., 'owner_id'); owner itself is a
-- reference table), and ids are counted per owner (owner.last_person_id and owner.last_entry_id,
-- advanced under the owner's row lock that every write takes) instead of by identity sequences
-- that all owners share. Time entries, value events and asks share one count, so an entry's id
-- names it alone ("entry delete 12"). Existing ids are kept where they were shown as commands'
-- arguments (people's and asks'); time entries and value events are numbered after their owner's
-- asks, in the order they were written.
ALTER TABLE owner ADD COLUMN last_person_id BIGINT NOT NULL DEFAULT 0;
ALTER TABLE owner ADD COLUMN last_entry_id BIGINT NOT NULL DEFAULT 0;

ALTER TABLE person_email DROP CONSTRAINT person_email_person_id_fkey;
ALTER TABLE time_entry DROP CONSTRAINT time_entry_person_id_fkey;
ALTER TABLE value_event DROP CONSTRAINT value_event_person_id_fkey;
ALTER TABLE ask DROP CONSTRAINT ask_person_id_fkey;

ALTER TABLE person ALTER COLUMN id DROP IDENTITY;
ALTER TABLE person DROP CONSTRAINT person_pkey;
ALTER TABLE person ADD PRIMARY KEY (owner_id, id);

ALTER TABLE ask ALTER COLUMN id DROP IDENTITY;
ALTER TABLE ask DROP CONSTRAINT ask_pkey;
ALTER TABLE ask ADD PRIMARY KEY (owner_id, id);

-- Per owner: the highest ask id and the count of time entries, where the new numbers start.
CREATE TEMPORARY TABLE v5_base AS
SELECT o.id AS owner_id,
       (SELECT COALESCE(MAX(a.id), 0) FROM ask a WHERE a.owner_id = o.id) AS asks,
       (SELECT COUNT(*) FROM time_entry t WHERE t.owner_id = o.id) AS time
FROM owner o;

ALTER TABLE time_entry ALTER COLUMN id DROP IDENTITY;
ALTER TABLE time_entry DROP CONSTRAINT time_entry_pkey;
UPDATE time_entry t SET id = n.id
FROM (SELECT e.id AS old, b.asks + ROW_NUMBER() OVER (PARTITION BY e.owner_id ORDER BY e.id) AS id
      FROM time_entry e JOIN v5_base b ON b.owner_id = e.owner_id) n
WHERE t.id = n.old;
ALTER TABLE time_entry ADD PRIMARY KEY (owner_id, id);

ALTER TABLE value_event ALTER COLUMN id DROP IDENTITY;
ALTER TABLE value_event DROP CONSTRAINT value_event_pkey;
UPDATE value_event v SET id = n.id
FROM (SELECT e.id AS old,
             b.asks + b.time + ROW_NUMBER() OVER (PARTITION BY e.owner_id ORDER BY e.id) AS id
      FROM value_event e JOIN v5_base b ON b.owner_id = e.owner_id) n
WHERE v.id = n.old;
ALTER TABLE value_event ADD PRIMARY KEY (owner_id, id);
DROP TABLE v5_base;

ALTER TABLE person_email ADD FOREIGN KEY (owner_id, person_id)
  REFERENCES person (owner_id, id) ON DELETE CASCADE;
ALTER TABLE time_entry ADD FOREIGN KEY (owner_id, person_id) REFERENCES person (owner_id, id);
ALTER TABLE value_event ADD FOREIGN KEY (owner_id, person_id) REFERENCES person (owner_id, id);
ALTER TABLE ask ADD FOREIGN KEY (owner_id, person_id) REFERENCES person (owner_id, id);

DROP INDEX person_email_person;
CREATE INDEX person_email_person ON person_email (owner_id, person_id);
DROP INDEX time_entry_person;
CREATE INDEX time_entry_person ON time_entry (owner_id, person_id);
DROP INDEX value_event_person;
CREATE INDEX value_event_person ON value_event (owner_id, person_id);
-- ask_owner_person (V4) already covers (owner_id, person_id).
DROP INDEX ask_person;

-- A session is found by its token's digest alone (the cookie carries nothing else).
ALTER TABLE web_session DROP CONSTRAINT web_session_pkey;
ALTER TABLE web_session ADD PRIMARY KEY (owner_id, token_hash);
DROP INDEX web_session_owner;
CREATE INDEX web_session_token ON web_session (token_hash);

UPDATE owner SET
  last_person_id = (SELECT COALESCE(MAX(id), 0) FROM person p WHERE p.owner_id = owner.id),
  last_entry_id = GREATEST(
    (SELECT COALESCE(MAX(id), 0) FROM ask a WHERE a.owner_id = owner.id),
    (SELECT COALESCE(MAX(id), 0) FROM time_entry t WHERE t.owner_id = owner.id),
    (SELECT COALESCE(MAX(id), 0) FROM value_event v WHERE v.owner_id = owner.id));
