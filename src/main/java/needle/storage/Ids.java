package needle.storage;

import org.jdbi.v3.core.Handle;

/**
 * The ids one write transaction hands out, counted per owner: people have one count, and time
 * entries, value events and asks share another, so an entry's id names it alone. The owner's last
 * ids are read once, the first time one is needed, and stored back when the transaction ends. Every
 * write holds the owner's row lock from its start ({@link Ledger#bumpRevision}), so no other writer
 * hands out the same ids meanwhile.
 */
final class Ids {
  private final Handle handle;
  private final long owner;
  private final boolean writable;
  private long lastPerson;
  private long lastEntry;
  private boolean read;
  private boolean changed;

  private Ids(Handle handle, long owner, boolean writable) {
    this.handle = handle;
    this.owner = owner;
    this.writable = writable;
  }

  /** The ids of a write transaction, which holds the owner's row lock. */
  static Ids forWrite(Handle handle, long owner) {
    return new Ids(handle, owner, true);
  }

  /** For a session that only reads: asking it for an id is a bug. */
  static Ids none(Handle handle, long owner) {
    return new Ids(handle, owner, false);
  }

  long nextPerson() {
    load();
    changed = true;
    return ++lastPerson;
  }

  long nextEntry() {
    load();
    changed = true;
    return ++lastEntry;
  }

  /**
   * Takes {@code count} entry ids at once, for a batch; answers the first. A batch that skips some
   * rows (already imported) gives the unused ids at its end back with {@link #usedEntriesUpTo}.
   */
  long reserveEntries(int count) {
    load();
    changed = true;
    long first = lastEntry + 1;
    lastEntry += count;
    return first;
  }

  /** The owner's highest person id so far, this transaction's included. */
  long lastPerson() {
    load();
    return lastPerson;
  }

  /** The owner's highest entry id so far, this transaction's included. */
  long lastEntry() {
    load();
    return lastEntry;
  }

  /** After a batch reserved ids up to the last handed out: the highest of them a row took. */
  void usedEntriesUpTo(long highest) {
    lastEntry = highest;
  }

  /** Writes the owner's counts back, when this transaction handed out any. */
  void flush() {
    if (changed) {
      handle
          .createUpdate(
              "UPDATE owner SET last_person_id = :person, last_entry_id = :entry WHERE id = :owner")
          .bind("person", lastPerson)
          .bind("entry", lastEntry)
          .bind("owner", owner)
          .execute();
      changed = false;
    }
  }

  /**
   * Sets the owner's counts past every id its rows hold, after rows were written with their ids.
   */
  static void catchUp(Handle handle, long owner) {
    handle
        .createUpdate(
            "UPDATE owner SET last_person_id = (SELECT COALESCE(MAX(id), 0) FROM person"
                + " WHERE owner_id = :owner), last_entry_id = (SELECT MAX(m) FROM ("
                + " SELECT COALESCE(MAX(id), 0) AS m FROM time_entry WHERE owner_id = :owner"
                + " UNION ALL SELECT COALESCE(MAX(id), 0) FROM value_event WHERE owner_id = :owner"
                + " UNION ALL SELECT COALESCE(MAX(id), 0) FROM ask WHERE owner_id = :owner) ids)"
                + " WHERE id = :owner")
        .bind("owner", owner)
        .execute();
  }

  private void load() {
    if (!writable) {
      throw new IllegalStateException("a read-only session cannot write rows");
    }
    if (!read) {
      handle
          .createQuery("SELECT last_person_id, last_entry_id FROM owner WHERE id = :owner")
          .bind("owner", owner)
          .map(
              (rs, ctx) -> {
                lastPerson = rs.getLong(1);
                lastEntry = rs.getLong(2);
                return Boolean.TRUE;
              })
          .one();
      read = true;
    }
  }
}
