package needle.storage;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.PersonId;
import needle.scoring.Flows;
import needle.scoring.Policy;
import org.jdbi.v3.core.Handle;

/**
 * Every relationship's {@link Flows} as of a date from the read model: the stored sums of the
 * months before the date's month, plus the rows of that month up to the date. Rows dated later are
 * left out, as scoring leaves them out.
 */
final class FlowsQuery {
  private final Handle handle;
  private final long owner;
  private final Weights weights;
  private final Policy policy;
  private final Map<Long, Sums> sums = new HashMap<>();

  FlowsQuery(Handle handle, long owner, Policy policy) {
    this.handle = handle;
    this.owner = owner;
    this.policy = policy;
    this.weights = new Weights(policy.halfLifeDays());
  }

  Map<PersonId, Flows> asOf(LocalDate asOf) {
    int month = Weights.month(asOf);
    storedTime(month);
    storedValues(month);
    EntriesTable rows = EntriesTable.plain(handle, owner);
    LocalDate monthStart = asOf.withDayOfMonth(1);
    rows.eachTime(monthStart, asOf, this::add);
    rows.eachValue(monthStart, asOf, this::add);
    double factor = weights.asOf(asOf);
    Map<PersonId, Flows> flows = new HashMap<>();
    sums.forEach((person, s) -> flows.put(new PersonId(person), s.flows(factor)));
    return flows;
  }

  private void storedTime(int month) {
    handle
        .createQuery(
            "SELECT person_id, SUM(minutes), SUM(weighted), MIN(first_on), MAX(last_on)"
                + " FROM time_tally WHERE owner_id = :owner AND month < :month GROUP BY person_id")
        .bind("owner", owner)
        .bind("month", month)
        .map(
            (rs, ctx) ->
                new StoredTime(
                    rs.getLong(1),
                    rs.getDouble(2),
                    rs.getDouble(3),
                    LocalDate.parse(rs.getString(4)),
                    LocalDate.parse(rs.getString(5))))
        .forEach(this::add);
  }

  /** Read row by row and summed here: grouping by kind in SQL would sort every row. */
  private void storedValues(int month) {
    handle
        .createQuery(
            "SELECT person_id, direction, kind, events, weighted_points, weighted_defaulted,"
                + " last_on FROM value_tally WHERE owner_id = :owner AND month < :month")
        .bind("owner", owner)
        .bind("month", month)
        .setFetchSize(10_000)
        .map(
            (rs, ctx) ->
                new StoredValue(
                    rs.getLong(1),
                    Direction.parse(rs.getString(2)),
                    Kind.parse(rs.getString(3)),
                    rs.getInt(4),
                    rs.getDouble(5),
                    rs.getDouble(6),
                    LocalDate.parse(rs.getString(7))))
        .forEach(this::add);
  }

  /** The stored time sums of one person over the months before the date's. */
  private record StoredTime(
      long person, double minutes, double weighted, LocalDate first, LocalDate last) {}

  /** The stored value sums of one person, direction and kind over those months. */
  private record StoredValue(
      long person,
      Direction direction,
      Kind kind,
      int events,
      double weightedPoints,
      double weightedDefaulted,
      LocalDate last) {}

  private void add(StoredTime t) {
    Sums s = of(t.person());
    s.minutes += t.minutes();
    s.weightedMinutes += t.weighted();
    s.time(t.first());
    s.time(t.last());
  }

  private void add(StoredValue v) {
    double points = v.weightedPoints() + v.weightedDefaulted() * policy.pointsOf(v.kind());
    of(v.person()).value(v.direction(), v.events(), points, v.last());
  }

  private void add(TimeEntry t) {
    Sums s = of(t.person().value());
    s.minutes += t.minutes();
    s.weightedMinutes += t.minutes() * weights.of(t.on());
    s.time(t.on());
  }

  private void add(ValueEvent v) {
    double points = v.points() != null ? v.points() : policy.pointsOf(v.kind());
    of(v.person().value()).value(v.direction(), 1, points * weights.of(v.on()), v.on());
  }

  private Sums of(long person) {
    return sums.computeIfAbsent(person, k -> new Sums());
  }

  /** One person's running sums; weighted ones are still to be multiplied by the date's factor. */
  private static final class Sums {
    double minutes;
    double weightedMinutes;
    double given;
    double received;
    double joint;
    int valueEvents;
    boolean anyJoint;
    LocalDate firstTime;
    LocalDate lastTime;
    LocalDate lastValue;
    LocalDate lastReceived;

    void time(LocalDate on) {
      firstTime = firstTime == null || on.isBefore(firstTime) ? on : firstTime;
      lastTime = later(lastTime, on);
    }

    void value(Direction direction, int events, double weightedPoints, LocalDate last) {
      valueEvents += events;
      given += direction.countsAsGiven() ? weightedPoints : 0;
      received += direction.countsAsReceived() ? weightedPoints : 0;
      boolean together = direction.countsAsGiven() && direction.countsAsReceived();
      joint += together ? weightedPoints : 0;
      anyJoint |= together && events > 0;
      lastValue = later(lastValue, last);
      lastReceived = direction.countsAsReceived() ? later(lastReceived, last) : lastReceived;
    }

    Flows flows(double factor) {
      return new Flows(
          minutes / 60.0,
          weightedMinutes / 60.0 * factor,
          given * factor,
          received * factor,
          joint * factor,
          valueEvents,
          anyJoint,
          firstTime,
          lastTime,
          lastValue,
          lastReceived);
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
      return a == null || b.isAfter(a) ? b : a;
    }
  }
}
