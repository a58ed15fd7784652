package needle.storage;

import java.sql.SQLException;
import java.util.List;
import needle.NeedleException;
import needle.asks.Ask;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.Person;
import org.jdbi.v3.core.Handle;

/** Takes a whole ledger out as a {@link Snapshot}, and puts one back, ids and all. */
public final class Backup {
  private static final List<String> TABLES =
      List.of(
          "mail_recipient",
          "mail_message",
          "ask",
          "value_event",
          "time_entry",
          "person_email",
          "person");

  private Backup() {}

  public static Snapshot take(Ledger ledger) {
    return ledger.withHandle(
        (handle, owner) -> {
          EntriesTable entries = new EntriesTable(handle, owner, null);
          return new Snapshot(
              new PeopleTable(handle, owner).all(),
              entries.keyedTime(),
              entries.keyedValues(),
              entries.keyedAsks(),
              new MailTable(handle, owner).all());
        });
  }

  /**
   * Writes {@code snapshot} into the ledger in one transaction. A ledger that holds anything is
   * refused unless {@code replace}, which deletes what it holds first.
   */
  public static void restore(Ledger ledger, Snapshot snapshot, boolean replace) {
    ledger.inTransaction(
        (handle, owner) -> {
          int people = new PeopleTable(handle, owner).all().size();
          if (people > 0 && !replace) {
            throw new NeedleException(
                "the ledger "
                    + ledger.description()
                    + " is not empty ("
                    + people
                    + " people): restore into an empty ledger, or pass --replace to overwrite it");
          }
          TABLES.forEach(
              table ->
                  handle
                      .createUpdate("DELETE FROM " + table + " WHERE owner_id = :owner")
                      .bind("owner", owner)
                      .execute());
          write(handle, owner, snapshot);
          advanceSequences(handle);
          Tallies.discard(handle, owner);
          Ledger.bumpRevision(handle, owner);
          return null;
        });
  }

  private static void write(Handle handle, long owner, Snapshot snapshot) {
    PeopleTable people = new PeopleTable(handle, owner);
    EntriesTable entries = new EntriesTable(handle, owner, null);
    for (Person p : snapshot.people()) {
      people.insertWithId(p);
    }
    for (Snapshot.Keyed<TimeEntry> t : snapshot.time()) {
      entries.insertWithId(t.entry(), t.importKey());
    }
    for (Snapshot.Keyed<ValueEvent> v : snapshot.values()) {
      entries.insertWithId(v.entry(), v.importKey());
    }
    for (Snapshot.Keyed<Ask> a : snapshot.asks()) {
      entries.insertWithId(a.entry(), a.importKey());
    }
    MailTable mail = new MailTable(handle, owner);
    mail.insertAll(snapshot.mail());
  }

  /** PostgreSQL's identity sequences do not see explicit ids; move them past the restored ones. */
  private static void advanceSequences(Handle handle) {
    if (!isPostgres(handle)) {
      return;
    }
    for (String table : List.of("person", "time_entry", "value_event", "ask")) {
      handle
          .createQuery(
              "SELECT setval(pg_get_serial_sequence('"
                  + table
                  + "', 'id'),"
                  + " COALESCE((SELECT MAX(id) FROM "
                  + table
                  + "), 0) + 1, false)")
          .mapTo(Long.class)
          .one();
    }
  }

  private static boolean isPostgres(Handle handle) {
    try {
      return handle.getConnection().getMetaData().getDatabaseProductName().equals("PostgreSQL");
    } catch (SQLException e) {
      throw new StorageException(
          "cannot tell which database holds the ledger: " + e.getMessage(), e);
    }
  }
}
