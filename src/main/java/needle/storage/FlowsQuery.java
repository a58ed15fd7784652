package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.PersonId;
import needle.scoring.Flows;
import needle.scoring.Policy;
import org.jdbi.v3.core.Handle;

/**
 * Every relationship's {@link Flows} as of a date from the read model. A person whose entries are
 * all dated on or before the date is read from their totals over every month; one with an entry
 * dated later, from the stored sums of the months before the date's month plus the rows of that
 * month up to the date. Rows dated later are left out, as scoring leaves them out.
 */
final class FlowsQuery {
  private final Handle handle;
  private final long owner;
  private final Weights weights;
  private final Policy policy;
  private final Map<Long, FlowSums> sums = new HashMap<>();

  FlowsQuery(Handle handle, long owner, Policy policy) {
    this.handle = handle;
    this.owner = owner;
    this.policy = policy;
    this.weights = new Weights(policy.halfLifeDays());
  }

  Map<PersonId, Flows> asOf(LocalDate asOf) {
    int day = Tallies.day(asOf);
    Set<Long> later = new HashSet<>();
    RowQuery.each(handle, TIME_TOTALS, row -> totalTime(row, day, later), owner);
    List<Object> values = new ArrayList<>();
    String sql = valueTotals(values);
    values.add(owner);
    RowQuery.each(handle, sql, row -> totalValue(row, day, later), values.toArray());
    if (!later.isEmpty()) {
      later.forEach(sums::remove);
      byMonths(asOf, later);
    }
    double factor = weights.asOf(asOf);
    Map<PersonId, Flows> flows = new HashMap<>();
    sums.forEach((person, s) -> flows.put(new PersonId(person), s.flows(factor)));
    return flows;
  }

  /** Sums {@code people} again from the months before the date's and that month's rows. */
  private void byMonths(LocalDate asOf, Set<Long> people) {
    int month = Weights.month(asOf);
    int day = Tallies.day(asOf);
    Object[] values = {owner, month, owner, day, owner, day};
    RowQuery.each(handle, MONTHS_OF_TIME, this::monthOfTime, values);
    RowQuery.each(handle, MONTHS_OF_VALUE, this::monthOfValue, values);
    EntriesTable rows = EntriesTable.plain(handle, owner);
    LocalDate monthStart = asOf.withDayOfMonth(1);
    rows.eachTime(monthStart, asOf, t -> add(t, people));
    rows.eachValue(monthStart, asOf, v -> add(v, people));
  }

  private void totalTime(ResultSet row, int asOf, Set<Long> later) throws SQLException {
    long person = row.getLong(1);
    FlowSums s = of(person);
    s.minutes += row.getDouble(2);
    s.weightedMinutes += row.getDouble(3);
    s.time(LocalDate.ofEpochDay(row.getInt(4)));
    int last = row.getInt(5);
    s.time(LocalDate.ofEpochDay(last));
    if (last > asOf) {
      later.add(person);
    }
  }

  /** Adds one person's value totals: given, received, joint, events, any joint, last days. */
  private void totalValue(ResultSet row, int asOf, Set<Long> later) throws SQLException {
    long person = row.getLong(1);
    int last = row.getInt(7);
    int lastReceived = row.getInt(8);
    LocalDate received = row.wasNull() ? null : LocalDate.ofEpochDay(lastReceived);
    of(person)
        .values(
            row.getDouble(2),
            row.getDouble(3),
            row.getDouble(4),
            row.getInt(5),
            row.getInt(6) > 0,
            LocalDate.ofEpochDay(last),
            received);
    if (last > asOf) {
      later.add(person);
    }
  }

  private void monthOfTime(ResultSet row) throws SQLException {
    FlowSums s = of(row.getLong(1));
    s.minutes += row.getDouble(2);
    s.weightedMinutes += row.getDouble(3);
    s.time(LocalDate.parse(row.getString(4)));
    s.time(LocalDate.parse(row.getString(5)));
  }

  private void monthOfValue(ResultSet row) throws SQLException {
    value(row.getLong(1), row, LocalDate.parse(row.getString(7)));
  }

  /** Adds one row of value sums: person, direction, kind, events, own and defaulted points. */
  private void value(long person, ResultSet row, LocalDate last) throws SQLException {
    Direction direction = Direction.parse(row.getString(2));
    Kind kind = Kind.parse(row.getString(3));
    double points = row.getDouble(5) + row.getDouble(6) * policy.pointsOf(kind);
    of(person).value(direction, row.getInt(4), points, last);
  }

  private void add(TimeEntry t, Set<Long> people) {
    if (people.contains(t.person().value())) {
      FlowSums s = of(t.person().value());
      s.minutes += t.minutes();
      s.weightedMinutes += t.minutes() * weights.of(t.on());
      s.time(t.on());
    }
  }

  private void add(ValueEvent v, Set<Long> people) {
    if (people.contains(v.person().value())) {
      double points = v.points() != null ? v.points() : policy.pointsOf(v.kind());
      of(v.person().value()).value(v.direction(), 1, points * weights.of(v.on()), v.on());
    }
  }

  private FlowSums of(long person) {
    return sums.computeIfAbsent(person, k -> new FlowSums());
  }

  private static final String TIME_TOTALS =
      "SELECT person_id, minutes, weighted, first_day, last_day FROM time_total"
          + " WHERE owner_id = ?";

  /**
   * Each person's value totals summed over directions and kinds, with each kind's points from the
   * policy (bound into {@code values}) and the directions that count as given and received as
   * {@link Direction} says: one row a person, of numbers only.
   */
  private String valueTotals(List<Object> values) {
    StringBuilder points = new StringBuilder("CASE kind");
    for (Kind kind : Kind.values()) {
      points.append(" WHEN '").append(kind.label()).append("' THEN CAST(? AS DOUBLE PRECISION)");
      values.add(policy.pointsOf(kind));
    }
    String given = directions(Direction::countsAsGiven);
    String received = directions(d -> d.countsAsReceived());
    String joint = directions(d -> d.countsAsGiven() && d.countsAsReceived());
    return "SELECT person_id,"
        + (" SUM(CASE WHEN direction IN " + given + " THEN points ELSE 0 END),")
        + (" SUM(CASE WHEN direction IN " + received + " THEN points ELSE 0 END),")
        + (" SUM(CASE WHEN direction IN " + joint + " THEN points ELSE 0 END),")
        + " SUM(events),"
        + (" MAX(CASE WHEN direction IN " + joint + " AND events > 0 THEN 1 ELSE 0 END),")
        + " MAX(last_day),"
        + (" MAX(CASE WHEN direction IN " + received + " THEN last_day END)")
        + " FROM (SELECT person_id, direction, events, last_day,"
        + (" weighted_points + weighted_defaulted * " + points + " END AS points")
        + " FROM value_total WHERE owner_id = ?) totals GROUP BY person_id";
  }

  /** The labels of the directions that {@code which} keeps, as an SQL list. */
  private static String directions(java.util.function.Predicate<Direction> which) {
    return java.util.Arrays.stream(Direction.values())
        .filter(which)
        .map(d -> "'" + d.label() + "'")
        .collect(java.util.stream.Collectors.joining(", ", "(", ")"));
  }

  /** The people with an entry dated after the day, from their totals. */
  private static final String LATER =
      " AND person_id IN (SELECT person_id FROM time_total WHERE owner_id = ? AND last_day > ?"
          + " UNION SELECT person_id FROM value_total WHERE owner_id = ? AND last_day > ?)";

  private static final String MONTHS_OF_TIME =
      "SELECT person_id, SUM(minutes), SUM(weighted), MIN(first_on), MAX(last_on)"
          + " FROM time_tally WHERE owner_id = ? AND month < ?"
          + LATER
          + " GROUP BY person_id";

  /** Read row by row and summed here: grouping by kind in SQL would sort every row. */
  private static final String MONTHS_OF_VALUE =
      "SELECT person_id, direction, kind, events, weighted_points, weighted_defaulted, last_on"
          + " FROM value_tally WHERE owner_id = ? AND month < ?"
          + LATER;
}
