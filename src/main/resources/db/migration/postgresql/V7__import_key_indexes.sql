-- Each entry table's import keys are kept unique by a named index instead of a UNIQUE constraint,
-- the shape SQLite's schema takes in V7 (where an import into an empty table builds its indexes
-- after its rows). The checks are the same, and ON CONFLICT (owner_id, import_key) infers the
-- index as it inferred the constraint.
CREATE UNIQUE INDEX time_entry_import_key ON time_entry (owner_id, import_key);
ALTER TABLE time_entry DROP CONSTRAINT time_entry_owner_id_import_key_key;
CREATE UNIQUE INDEX value_event_import_key ON value_event (owner_id, import_key);
ALTER TABLE value_event DROP CONSTRAINT value_event_owner_id_import_key_key;
CREATE UNIQUE INDEX ask_import_key ON ask (owner_id, import_key);
ALTER TABLE ask DROP CONSTRAINT ask_owner_id_import_key_key;
