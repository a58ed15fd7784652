package needle.storage;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Stream;
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
          "suggested_ask",
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
          EntriesTable entries = EntriesTable.plain(handle, owner);
          return new Snapshot(
              PeopleTable.plain(handle, owner).all(),
              entries.keyedTime(),
              entries.keyedValues(),
              entries.keyedAsks(),
              new MailTable(handle, owner, null).all(),
              new MeTable(handle, owner).read(),
              new SuggestionsTable(handle, owner, null).all(null));
        });
  }

  /**
   * Writes {@code snapshot} into the ledger in one transaction. A ledger that holds anything is
   * refused unless {@code replace}, which deletes what it holds first.
   */
  public static void restore(Ledger ledger, Snapshot snapshot, boolean replace) {
    ledger.inTransaction(
        (handle, owner) -> {
          int people = PeopleTable.plain(handle, owner).all().size();
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
          Ids.catchUp(handle, owner);
          Tallies.discard(handle, owner);
          Changes.forgetAll(handle, owner); // the ids its steps name may be the backup's now
          Ledger.bumpRevision(handle, owner);
          return null;
        });
  }

  private static void write(Handle handle, long owner, Snapshot backup) {
    Snapshot snapshot = entryIdsApart(backup);
    PeopleTable people = PeopleTable.plain(handle, owner);
    EntriesTable entries = EntriesTable.plain(handle, owner);
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
    MailTable mail = new MailTable(handle, owner, null);
    mail.insertAll(snapshot.mail());
    new MeTable(handle, owner).write(snapshot.me());
    new SuggestionsTable(handle, owner, null).insertAll(snapshot.suggestions());
  }

  /**
   * The snapshot with one id per entry across time, value and asks, as the ledger counts them. A
   * backup written before the three shared one count may hold the same id in two of them: then asks
   * keep theirs (commands were given them) and time entries, then value events, are numbered after
   * them, in the order of their old ids, as the migration to per-owner ids does.
   */
  static Snapshot entryIdsApart(Snapshot s) {
    Set<Long> seen = new HashSet<>();
    boolean apart =
        Stream.of(
                s.asks().stream().map(a -> a.entry().id().value()),
                s.time().stream().map(t -> t.entry().id()),
                s.values().stream().map(v -> v.entry().id()))
            .flatMap(ids -> ids)
            .allMatch(id -> id > 0 && seen.add(id));
    if (apart) {
      return s;
    }
    long next = s.asks().stream().mapToLong(a -> a.entry().id().value()).max().orElse(0);
    List<Snapshot.Keyed<TimeEntry>> time = new ArrayList<>();
    for (Snapshot.Keyed<TimeEntry> k : byId(s.time(), TimeEntry::id)) {
      TimeEntry t = k.entry();
      time.add(
          new Snapshot.Keyed<>(
              new TimeEntry(
                  ++next, t.person(), t.on(), t.minutes(), t.channel(), t.source(), t.note()),
              k.importKey()));
    }
    List<Snapshot.Keyed<ValueEvent>> values = new ArrayList<>();
    for (Snapshot.Keyed<ValueEvent> k : byId(s.values(), ValueEvent::id)) {
      ValueEvent v = k.entry();
      values.add(
          new Snapshot.Keyed<>(
              new ValueEvent(
                  ++next,
                  v.person(),
                  v.on(),
                  v.direction(),
                  v.kind(),
                  v.points(),
                  v.note(),
                  v.source()),
              k.importKey()));
    }
    return new Snapshot(s.people(), time, values, s.asks(), s.mail(), s.me(), s.suggestions());
  }

  private static <T> List<Snapshot.Keyed<T>> byId(
      List<Snapshot.Keyed<T>> rows, ToLongFunction<T> id) {
    return rows.stream().sorted(Comparator.comparingLong(k -> id.applyAsLong(k.entry()))).toList();
  }
}
