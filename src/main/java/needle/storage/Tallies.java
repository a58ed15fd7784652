package needle.storage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * Keeps the read model's sums in step with the entries one write transaction adds: per person and
 * month (tables time_tally and value_tally) and per person over every month (time_total and
 * value_total). Entries are summed in memory as they are written and added to the stored sums when
 * the transaction ends. While the sums have not been built (half-life null) nothing is kept; the
 * first ranking builds them from every row.
 */
final class Tallies {
  private final Handle handle;
  private final long owner;
  private final Weights weights;
  private final Map<TimeKey, TimeSum> time = new HashMap<>();
  private final Map<ValueKey, ValueSum> values = new HashMap<>();
  private final Map<Long, TimeSum> timeTotals = new HashMap<>();
  private final Map<ValueTotalKey, ValueSum> valueTotals = new HashMap<>();

  /** The tables of the read model, each keyed by owner and person first. */
  private static final List<String> TABLES =
      List.of("time_tally", "value_tally", "time_total", "value_total");

  /** {@code halfLife} is the one the stored sums are weighted for, or null when none are kept. */
  Tallies(Handle handle, long owner, Integer halfLife) {
    this.handle = handle;
    this.owner = owner;
    this.weights = halfLife == null ? null : new Weights(halfLife);
  }

  record TimeKey(long person, int month) {}

  record ValueKey(long person, int month, Direction direction, Kind kind) {}

  record ValueTotalKey(long person, Direction direction, Kind kind) {}

  /** Sums of time entries: count, minutes, weighted minutes, first and last day. */
  static final class TimeSum {
    long entries;
    double minutes;
    double weighted;
    LocalDate first;
    LocalDate last;

    void add(LocalDate on, double amount, double weight) {
      entries++;
      minutes += amount;
      weighted += amount * weight;
      first = first == null || on.isBefore(first) ? on : first;
      last = last == null || on.isAfter(last) ? on : last;
    }
  }

  /** Sums of value events: count, weighted own points, weighted count of defaulted ones. */
  static final class ValueSum {
    long events;
    double weightedPoints;
    double weightedDefaulted;
    LocalDate last;

    void add(LocalDate on, Double points, double weight) {
      events++;
      if (points == null) {
        weightedDefaulted += weight;
      } else {
        weightedPoints += points * weight;
      }
      last = last == null || on.isAfter(last) ? on : last;
    }
  }

  void add(TimeEntry t) {
    if (weights != null) {
      long person = t.person().value();
      double weight = weights.of(t.on());
      time.computeIfAbsent(new TimeKey(person, Weights.month(t.on())), k -> new TimeSum())
          .add(t.on(), t.minutes(), weight);
      timeTotals.computeIfAbsent(person, k -> new TimeSum()).add(t.on(), t.minutes(), weight);
    }
  }

  void add(ValueEvent v) {
    if (weights != null) {
      long person = v.person().value();
      double weight = weights.of(v.on());
      values
          .computeIfAbsent(
              new ValueKey(person, Weights.month(v.on()), v.direction(), v.kind()),
              k -> new ValueSum())
          .add(v.on(), v.points(), weight);
      valueTotals
          .computeIfAbsent(new ValueTotalKey(person, v.direction(), v.kind()), k -> new ValueSum())
          .add(v.on(), v.points(), weight);
    }
  }

  /** Adds what this transaction summed to the stored sums. */
  void flush() {
    upsert(TIME_UPSERT, time, Tallies::bindTime);
    upsert(VALUE_UPSERT, values, Tallies::bindValue);
    upsert(TIME_TOTAL_UPSERT, timeTotals, Tallies::bindTimeTotal);
    upsert(VALUE_TOTAL_UPSERT, valueTotals, Tallies::bindValueTotal);
  }

  private <K, S> void upsert(String sql, Map<K, S> sums, Binder<K, S> binder) {
    if (!sums.isEmpty()) {
      PreparedBatch batch = handle.prepareBatch(sql);
      sums.forEach((key, sum) -> binder.bind(batch.bind("owner", owner), key, sum).add());
      batch.execute();
      sums.clear();
    }
  }

  /** Binds one row of sums to an upsert. */
  private interface Binder<K, S> {
    PreparedBatch bind(PreparedBatch batch, K key, S sum);
  }

  /**
   * Sums {@code person}'s entries again from their rows, e.g. after a merge moved entries (for the
   * person merged away that leaves no sums).
   */
  void rebuild(PersonId person) {
    flush();
    if (weights == null) {
      return;
    }
    for (String table : TABLES) {
      handle
          .createUpdate("DELETE FROM " + table + " WHERE owner_id = :owner AND person_id = :person")
          .bind("owner", owner)
          .bind("person", person.value())
          .execute();
    }
    EntriesTable entries = EntriesTable.plain(handle, owner);
    entries.time(person).forEach(this::add);
    entries.values(person).forEach(this::add);
    flush();
  }

  /**
   * Builds every sum of the owner's ledger from its rows, weighted for {@code halfLife}, and
   * records that half-life. Runs in the caller's transaction.
   */
  static void buildAll(Handle handle, long owner, int halfLife) {
    for (String table : TABLES) {
      handle
          .createUpdate("DELETE FROM " + table + " WHERE owner_id = :owner")
          .bind("owner", owner)
          .execute();
    }
    Tallies tallies = new Tallies(handle, owner, halfLife);
    EntriesTable entries = EntriesTable.plain(handle, owner);
    entries.eachTime(tallies::add);
    tallies.flush();
    entries.eachValue(tallies::add);
    tallies.flush();
    handle
        .createUpdate("UPDATE owner SET tally_half_life = :h WHERE id = :owner")
        .bind("h", halfLife)
        .bind("owner", owner)
        .execute();
  }

  /** Stops keeping sums, e.g. after a restore rewrote the ledger: the next ranking builds them. */
  static void discard(Handle handle, long owner) {
    handle
        .createUpdate("UPDATE owner SET tally_half_life = NULL WHERE id = :owner")
        .bind("owner", owner)
        .execute();
  }

  private static PreparedBatch bindTime(PreparedBatch batch, TimeKey key, TimeSum sum) {
    return batch
        .bind("person", key.person())
        .bind("month", key.month())
        .bind("entries", sum.entries)
        .bind("minutes", sum.minutes)
        .bind("weighted", sum.weighted)
        .bind("first", sum.first.toString())
        .bind("last", sum.last.toString());
  }

  private static PreparedBatch bindValue(PreparedBatch batch, ValueKey key, ValueSum sum) {
    return batch
        .bind("person", key.person())
        .bind("month", key.month())
        .bind("direction", key.direction().label())
        .bind("kind", key.kind().label())
        .bind("events", sum.events)
        .bind("points", sum.weightedPoints)
        .bind("defaulted", sum.weightedDefaulted)
        .bind("last", sum.last.toString());
  }

  private static PreparedBatch bindTimeTotal(PreparedBatch batch, Long person, TimeSum sum) {
    return batch
        .bind("person", person.longValue())
        .bind("entries", sum.entries)
        .bind("minutes", sum.minutes)
        .bind("weighted", sum.weighted)
        .bind("first", day(sum.first))
        .bind("last", day(sum.last));
  }

  private static PreparedBatch bindValueTotal(
      PreparedBatch batch, ValueTotalKey key, ValueSum sum) {
    return batch
        .bind("person", key.person())
        .bind("direction", key.direction().label())
        .bind("kind", key.kind().label())
        .bind("events", sum.events)
        .bind("points", sum.weightedPoints)
        .bind("defaulted", sum.weightedDefaulted)
        .bind("last", day(sum.last));
  }

  /** A date as the totals store it: days since 1970-01-01. */
  static int day(LocalDate date) {
    return Math.toIntExact(date.toEpochDay());
  }

  private static final String TIME_UPSERT =
      "INSERT INTO time_tally (owner_id, person_id, month, entries, minutes, weighted, first_on,"
          + " last_on) VALUES (:owner, :person, :month, :entries, :minutes, :weighted, :first,"
          + " :last) ON CONFLICT (owner_id, person_id, month) DO UPDATE SET"
          + " entries = time_tally.entries + excluded.entries,"
          + " minutes = time_tally.minutes + excluded.minutes,"
          + " weighted = time_tally.weighted + excluded.weighted,"
          + " first_on = CASE WHEN excluded.first_on < time_tally.first_on"
          + " THEN excluded.first_on ELSE time_tally.first_on END,"
          + " last_on = CASE WHEN excluded.last_on > time_tally.last_on"
          + " THEN excluded.last_on ELSE time_tally.last_on END";

  private static final String VALUE_UPSERT =
      "INSERT INTO value_tally (owner_id, person_id, month, direction, kind, events,"
          + " weighted_points, weighted_defaulted, last_on) VALUES (:owner, :person, :month,"
          + " :direction, :kind, :events, :points, :defaulted, :last)"
          + " ON CONFLICT (owner_id, person_id, month, direction, kind) DO UPDATE SET"
          + " events = value_tally.events + excluded.events,"
          + " weighted_points = value_tally.weighted_points + excluded.weighted_points,"
          + " weighted_defaulted = value_tally.weighted_defaulted + excluded.weighted_defaulted,"
          + " last_on = CASE WHEN excluded.last_on > value_tally.last_on"
          + " THEN excluded.last_on ELSE value_tally.last_on END";

  private static final String TIME_TOTAL_UPSERT =
      "INSERT INTO time_total (owner_id, person_id, entries, minutes, weighted, first_day,"
          + " last_day) VALUES (:owner, :person, :entries, :minutes, :weighted, :first, :last)"
          + " ON CONFLICT (owner_id, person_id) DO UPDATE SET"
          + " entries = time_total.entries + excluded.entries,"
          + " minutes = time_total.minutes + excluded.minutes,"
          + " weighted = time_total.weighted + excluded.weighted,"
          + " first_day = CASE WHEN excluded.first_day < time_total.first_day"
          + " THEN excluded.first_day ELSE time_total.first_day END,"
          + " last_day = CASE WHEN excluded.last_day > time_total.last_day"
          + " THEN excluded.last_day ELSE time_total.last_day END";

  private static final String VALUE_TOTAL_UPSERT =
      "INSERT INTO value_total (owner_id, person_id, direction, kind, events, weighted_points,"
          + " weighted_defaulted, last_day) VALUES (:owner, :person, :direction, :kind, :events,"
          + " :points, :defaulted, :last)"
          + " ON CONFLICT (owner_id, person_id, direction, kind) DO UPDATE SET"
          + " events = value_total.events + excluded.events,"
          + " weighted_points = value_total.weighted_points + excluded.weighted_points,"
          + " weighted_defaulted = value_total.weighted_defaulted + excluded.weighted_defaulted,"
          + " last_day = CASE WHEN excluded.last_day > value_total.last_day"
          + " THEN excluded.last_day ELSE value_total.last_day END";
}
