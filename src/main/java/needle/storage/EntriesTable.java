package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.AskId;
import needle.asks.Outcome;
import needle.ledger.Channel;
import needle.ledger.Direction;
import needle.ledger.Kind;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.mapper.RowMapper;

/**
 * The time_entry, value_event and ask tables of one owner. The three share one count of ids per
 * owner ({@link Ids}), so an entry's id names it alone.
 */
final class EntriesTable {
  private final Handle handle;
  private final long owner;
  private final Tallies tallies;
  private final Ids ids;
  private final LateIndexes late;

  /**
   * {@code tallies} is told of every time entry and value event written, or null for none; {@code
   * ids} hands out the ids of new entries; {@code late} says when a batch may be written before its
   * table's indexes, or is null for never.
   */
  EntriesTable(Handle handle, long owner, Tallies tallies, Ids ids, LateIndexes late) {
    this.handle = handle;
    this.owner = owner;
    this.tallies = tallies;
    this.ids = ids;
    this.late = late;
  }

  /** For reading, and for writing entries that carry their own ids (a restore). */
  static EntriesTable plain(Handle handle, long owner) {
    return new EntriesTable(handle, owner, null, Ids.none(handle, owner), null);
  }

  TimeEntry insert(TimeEntry t, String importKey) {
    return insert(t, importKey, false);
  }

  /** Writes the entry with its own id, for a restore. */
  TimeEntry insertWithId(TimeEntry t, String importKey) {
    return insert(t, importKey, true);
  }

  private TimeEntry insert(TimeEntry t, String importKey, boolean withId) {
    long id = withId ? t.id() : ids.nextEntry();
    handle
        .createUpdate(
            "INSERT INTO time_entry ("
                + TIME_COLUMNS
                + ") VALUES (:id, :owner, :person, :on, :minutes, :channel, :source, :note, :key)")
        .bind("id", id)
        .bind("owner", owner)
        .bind("person", t.person())
        .bind("on", t.on())
        .bind("minutes", t.minutes())
        .bind("channel", t.channel())
        .bind("source", t.source())
        .bind("note", t.note())
        .bind("key", importKey)
        .execute();
    TimeEntry saved =
        new TimeEntry(id, t.person(), t.on(), t.minutes(), t.channel(), t.source(), t.note());
    if (tallies != null) {
      tallies.add(saved);
    }
    return saved;
  }

  /**
   * Adds each entry unless an import already wrote one with its key ({@code keys} in the same
   * order), as one batch; answers how many were added.
   */
  int insertAllTime(List<TimeEntry> entries, List<String> keys) {
    return insertAllOnce("time_entry", TIME_COLUMNS, entries, keys, EntriesTable::timeValues);
  }

  ValueEvent insert(ValueEvent v, String importKey) {
    return insert(v, importKey, false);
  }

  ValueEvent insertWithId(ValueEvent v, String importKey) {
    return insert(v, importKey, true);
  }

  private ValueEvent insert(ValueEvent v, String importKey, boolean withId) {
    long id = withId ? v.id() : ids.nextEntry();
    handle
        .createUpdate(
            "INSERT INTO value_event ("
                + VALUE_COLUMNS
                + ") VALUES (:id, :owner, :person, :on, :direction, :kind, :points, :note,"
                + " :source, :key)")
        .bind("id", id)
        .bind("owner", owner)
        .bind("person", v.person())
        .bind("on", v.on())
        .bind("direction", v.direction())
        .bind("kind", v.kind())
        .bindByType("points", v.points(), Double.class)
        .bind("note", v.note())
        .bind("source", v.source())
        .bind("key", importKey)
        .execute();
    ValueEvent saved =
        new ValueEvent(
            id, v.person(), v.on(), v.direction(), v.kind(), v.points(), v.note(), v.source());
    if (tallies != null) {
      tallies.add(saved);
    }
    return saved;
  }

  /** Like {@link #insertAllTime}, for value events. */
  int insertAllValues(List<ValueEvent> events, List<String> keys) {
    return insertAllOnce("value_event", VALUE_COLUMNS, events, keys, EntriesTable::valueValues);
  }

  Ask insert(Ask a, String importKey) {
    return insert(a, importKey, false);
  }

  Ask insertWithId(Ask a, String importKey) {
    return insert(a, importKey, true);
  }

  private Ask insert(Ask a, String importKey, boolean withId) {
    long id = withId ? a.id().value() : ids.nextEntry();
    handle
        .createUpdate(
            "INSERT INTO ask ("
                + ASK_COLUMNS
                + ") VALUES (:id, :owner, :person, :on, :direction, :text, :outcome, :resolved,"
                + " :source, :key)")
        .bind("id", id)
        .bind("owner", owner)
        .bind("person", a.person())
        .bind("on", a.on())
        .bind("direction", a.direction())
        .bind("text", a.text())
        .bind("outcome", a.outcome())
        .bindByType("resolved", a.resolvedOn(), LocalDate.class)
        .bind("source", a.source())
        .bind("key", importKey)
        .execute();
    return new Ask(
        new AskId(id),
        a.person(),
        a.on(),
        a.direction(),
        a.text(),
        a.outcome(),
        a.resolvedOn(),
        a.source());
  }

  /**
   * Counts the rows a batch added, tells the read model of each time or value among them, and gives
   * back the ids reserved for rows at the batch's end that were not added.
   */
  private int added(boolean[] changed, List<?> rows, long firstId) {
    int added = 0;
    long highest = firstId - 1;
    for (int i = 0; i < changed.length; i++) {
      if (changed[i]) {
        added++;
        highest = firstId + i;
        tally(rows.get(i));
      }
    }
    ids.usedEntriesUpTo(highest);
    return added;
  }

  private void tally(Object row) {
    if (tallies == null) {
      return;
    }
    if (row instanceof TimeEntry t) {
      tallies.add(t);
    } else if (row instanceof ValueEvent v) {
      tallies.add(v);
    }
  }

  /** Like {@link #insertAllTime}, for asks. */
  int insertAllAsks(List<Ask> asks, List<String> keys) {
    return insertAllOnce("ask", ASK_COLUMNS, asks, keys, EntriesTable::askValues);
  }

  /**
   * Writes each row of {@code table} whose key is new, as one batch; answers how many. {@code
   * values} gives a row's columns after id and owner_id.
   */
  private <T> int insertAllOnce(
      String table,
      String columns,
      List<T> rows,
      List<String> keys,
      BiFunction<T, String, Object[]> values) {
    long firstId = ids.reserveEntries(rows.size());
    boolean unchecked = late != null && late.without(table, keys);
    String sql = unchecked ? insert(table, columns) : insertOnce(table, columns);
    try (RowBatch batch = new RowBatch(handle, sql)) {
      for (int i = 0; i < rows.size(); i++) {
        Object[] rest = values.apply(rows.get(i), keys.get(i));
        Object[] row = new Object[rest.length + 2];
        row[0] = firstId + i;
        row[1] = owner;
        System.arraycopy(rest, 0, row, 2, rest.length);
        batch.add(row);
      }
      return added(batch.run(), rows, firstId);
    }
  }

  /**
   * An insert of {@code columns} that does nothing for a row whose import key the owner has: both
   * SQLite and PostgreSQL count such a row as unchanged, which is how a batch tells what it added.
   */
  private static String insertOnce(String table, String columns) {
    return insert(table, columns) + " ON CONFLICT (owner_id, import_key) DO NOTHING";
  }

  /** An insert of {@code columns}, one parameter each. */
  private static String insert(String table, String columns) {
    int count = columns.split(",").length;
    return "INSERT INTO "
        + table
        + " ("
        + columns
        + ") VALUES ("
        + String.join(", ", java.util.Collections.nCopies(count, "?"))
        + ")";
  }

  private static final String TIME_COLUMNS =
      "id, owner_id, person_id, on_date, minutes, channel, source, note, import_key";
  private static final String VALUE_COLUMNS =
      "id, owner_id, person_id, on_date, direction, kind, points, note, source, import_key";
  private static final String ASK_COLUMNS =
      "id, owner_id, person_id, on_date, direction, text, outcome, resolved_on, source, import_key";
  private static final String TIME = "id, person_id, on_date, minutes, channel, source, note";
  private static final String VALUE =
      "id, person_id, on_date, direction, kind, points, note, source";
  private static final String ASK =
      "id, person_id, on_date, direction, text, outcome, resolved_on, source";

  /** Every time entry, or only {@code person}'s when it is not null. */
  List<TimeEntry> time(PersonId person) {
    return select(TIME, "time_entry", person, "on_date, id", (rs, ctx) -> time(rs));
  }

  List<ValueEvent> values(PersonId person) {
    return select(VALUE, "value_event", person, "on_date, id", (rs, ctx) -> value(rs));
  }

  /** The value events of {@code people}, in no particular order. */
  List<ValueEvent> valuesOf(java.util.Collection<PersonId> people) {
    return byPeople(VALUE, "value_event", "", people, (rs, ctx) -> value(rs));
  }

  List<Ask> asksOf(PersonId person) {
    return select(ASK, "ask", person, "on_date, id", (rs, ctx) -> ask(rs));
  }

  /** Every time entry of the owner, one at a time, without holding them all. */
  void eachTime(java.util.function.Consumer<TimeEntry> each) {
    stream(TIME, "time_entry", "", (rs, ctx) -> time(rs), each);
  }

  void eachValue(java.util.function.Consumer<ValueEvent> each) {
    stream(VALUE, "value_event", "", (rs, ctx) -> value(rs), each);
  }

  /** The time entries dated from {@code from} to {@code to}, both included. */
  void eachTime(LocalDate from, LocalDate to, java.util.function.Consumer<TimeEntry> each) {
    between(TIME, "time_entry", from, to, (rs, ctx) -> time(rs), each);
  }

  void eachValue(LocalDate from, LocalDate to, java.util.function.Consumer<ValueEvent> each) {
    between(VALUE, "value_event", from, to, (rs, ctx) -> value(rs), each);
  }

  private <T> void between(
      String columns,
      String table,
      LocalDate from,
      LocalDate to,
      RowMapper<T> mapper,
      java.util.function.Consumer<T> each) {
    handle
        .createQuery(
            "SELECT "
                + columns
                + " FROM "
                + table
                + " WHERE owner_id = :owner AND on_date >= :from AND on_date <= :to")
        .bind("owner", owner)
        .bind("from", from)
        .bind("to", to)
        .map(mapper)
        .forEach(each);
  }

  private <T> void stream(
      String columns,
      String table,
      String condition,
      RowMapper<T> mapper,
      java.util.function.Consumer<T> each) {
    handle
        .createQuery(
            "SELECT " + columns + " FROM " + table + " WHERE owner_id = :owner" + condition)
        .bind("owner", owner)
        .setFetchSize(10_000)
        .map(mapper)
        .forEach(each);
  }

  List<Snapshot.Keyed<TimeEntry>> keyedTime() {
    return select(
        TIME + ", import_key", "time_entry", null, "id", (rs, ctx) -> keyed(time(rs), rs));
  }

  List<Snapshot.Keyed<ValueEvent>> keyedValues() {
    return select(
        VALUE + ", import_key", "value_event", null, "id", (rs, ctx) -> keyed(value(rs), rs));
  }

  List<Snapshot.Keyed<Ask>> keyedAsks() {
    return select(ASK + ", import_key", "ask", null, "id", (rs, ctx) -> keyed(ask(rs), rs));
  }

  private <T> List<T> select(
      String columns, String table, PersonId person, String order, RowMapper<T> mapper) {
    String onePerson = person == null ? "" : " AND person_id = :person";
    var query =
        handle
            .createQuery(
                "SELECT "
                    + columns
                    + " FROM "
                    + table
                    + " WHERE owner_id = :owner"
                    + onePerson
                    + (order == null ? "" : " ORDER BY " + order))
            .bind("owner", owner);
    if (person != null) {
      query.bind("person", person);
    }
    return query.map(mapper).list();
  }

  private static <T> Snapshot.Keyed<T> keyed(T entry, ResultSet rs) throws SQLException {
    return new Snapshot.Keyed<>(entry, rs.getString("import_key"));
  }

  void resolve(AskId id, Outcome outcome, LocalDate on) {
    handle
        .createUpdate(
            "UPDATE ask SET outcome = :outcome, resolved_on = :on WHERE owner_id = :owner AND id = :id")
        .bind("outcome", outcome)
        .bindByType("on", on, LocalDate.class)
        .bind("owner", owner)
        .bind("id", id)
        .execute();
  }

  List<Ask> asks() {
    return asks("", null);
  }

  /** How many people one query of entries by person names at most. */
  private static final int PEOPLE_PER_QUERY = 500;

  /** My asks (direction asked) to {@code people} whose outcome is declined, in no order. */
  List<Ask> declinedAsks(java.util.Collection<PersonId> people) {
    return byPeople(
        ASK,
        "ask",
        " AND direction = 'asked' AND outcome = 'declined'",
        people,
        (rs, ctx) -> ask(rs));
  }

  /**
   * The rows of {@code table} for {@code people}, in no particular order, a few hundred people per
   * query: each is read through the index by person (an ORDER BY would have SQLite walk the index
   * by date instead).
   */
  private <T> List<T> byPeople(
      String columns,
      String table,
      String condition,
      java.util.Collection<PersonId> people,
      RowMapper<T> mapper) {
    List<Long> ids = people.stream().map(PersonId::value).distinct().toList();
    List<T> rows = new java.util.ArrayList<>();
    for (int from = 0; from < ids.size(); from += PEOPLE_PER_QUERY) {
      rows.addAll(
          handle
              .createQuery(
                  "SELECT "
                      + columns
                      + " FROM "
                      + table
                      + " WHERE owner_id = :owner AND person_id IN (<ids>)"
                      + condition)
              .bind("owner", owner)
              .bindList("ids", ids.subList(from, Math.min(ids.size(), from + PEOPLE_PER_QUERY)))
              .map(mapper)
              .list());
    }
    return rows;
  }

  /** Every ask, unsorted: for sums, which do not need the sort a listing does. */
  List<Ask> asksInAnyOrder() {
    return select(ASK, "ask", null, null, (rs, ctx) -> ask(rs));
  }

  Optional<Ask> ask(AskId id) {
    return asks(" AND id = :id", id).stream().findFirst();
  }

  Optional<TimeEntry> timeEntry(long id) {
    return byId(TIME, "time_entry", id, (rs, ctx) -> time(rs));
  }

  Optional<ValueEvent> valueEvent(long id) {
    return byId(VALUE, "value_event", id, (rs, ctx) -> value(rs));
  }

  private <T> Optional<T> byId(String columns, String table, long id, RowMapper<T> mapper) {
    return handle
        .createQuery(
            "SELECT " + columns + " FROM " + table + " WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner)
        .bind("id", id)
        .map(mapper)
        .findOne();
  }

  /** Whose entry {@code id} of {@code table} is, if there is one. */
  Optional<PersonId> personOf(String table, long id) {
    return handle
        .createQuery("SELECT person_id FROM " + table + " WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner)
        .bind("id", id)
        .mapTo(Long.class)
        .findOne()
        .map(PersonId::new);
  }

  void delete(String table, long id) {
    handle
        .createUpdate("DELETE FROM " + table + " WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner)
        .bind("id", id)
        .execute();
  }

  /** Deletes every entry of {@code person}, before the person goes. */
  void deleteAllOf(PersonId person) {
    for (String table : List.of("time_entry", "value_event", "ask")) {
      handle
          .createUpdate("DELETE FROM " + table + " WHERE owner_id = :owner AND person_id = :p")
          .bind("owner", owner)
          .bind("p", person)
          .execute();
    }
  }

  /** Writes what a time entry says now; its import key, if any, stays. */
  void update(TimeEntry t) {
    update("time_entry", TIME_COLUMNS, timeValues(t, null), t.id());
  }

  void update(ValueEvent v) {
    update("value_event", VALUE_COLUMNS, valueValues(v, null), v.id());
  }

  void update(Ask a) {
    update("ask", ASK_COLUMNS, askValues(a, null), a.id().value());
  }

  /**
   * Sets the columns of row {@code id} that an insert writes after id and owner_id, from the same
   * values, all but the import key (the last).
   */
  private void update(String table, String columns, Object[] values, long id) {
    List<String> names = List.of(columns.split(",\\s*"));
    List<String> set = names.subList(2, names.size() - 1);
    Object[] row = new Object[set.size() + 2];
    System.arraycopy(values, 0, row, 0, set.size());
    row[set.size()] = owner;
    row[set.size() + 1] = id;
    try (RowBatch batch =
        new RowBatch(
            handle,
            "UPDATE "
                + table
                + " SET "
                + String.join(" = ?, ", set)
                + " = ? WHERE owner_id = ? AND id = ?")) {
      batch.add(row);
      batch.run();
    }
  }

  /** A time entry's columns after id and owner_id, in {@link #TIME_COLUMNS}' order. */
  private static Object[] timeValues(TimeEntry t, String key) {
    return new Object[] {t.person(), t.on(), t.minutes(), t.channel(), t.source(), t.note(), key};
  }

  private static Object[] valueValues(ValueEvent v, String key) {
    return new Object[] {
      v.person(), v.on(), v.direction(), v.kind(), v.points(), v.note(), v.source(), key
    };
  }

  private static Object[] askValues(Ask a, String key) {
    return new Object[] {
      a.person(), a.on(), a.direction(), a.text(), a.outcome(), a.resolvedOn(), a.source(), key
    };
  }

  /** Moves every entry of {@code from} to {@code to}, for a merge. */
  void reassign(PersonId from, PersonId to) {
    for (String table : List.of("time_entry", "value_event", "ask")) {
      handle
          .createUpdate(
              "UPDATE "
                  + table
                  + " SET person_id = :to WHERE owner_id = :owner AND person_id = :from")
          .bind("to", to)
          .bind("from", from)
          .bind("owner", owner)
          .execute();
    }
  }

  private List<Ask> asks(String condition, AskId id) {
    var query =
        handle
            .createQuery(
                "SELECT "
                    + ASK
                    + " FROM ask WHERE owner_id = :owner"
                    + condition
                    + " ORDER BY on_date, id")
            .bind("owner", owner);
    if (id != null) {
      query.bind("id", id);
    }
    return query.map((rs, ctx) -> ask(rs)).list();
  }

  private static TimeEntry time(ResultSet rs) throws SQLException {
    return new TimeEntry(
        rs.getLong("id"),
        Codecs.personId(rs, rs.findColumn("person_id")),
        Codecs.date(rs, "on_date"),
        rs.getDouble("minutes"),
        Codecs.label(Channel.class, rs, "channel"),
        rs.getString("source"),
        rs.getString("note"));
  }

  private static ValueEvent value(ResultSet rs) throws SQLException {
    double raw = rs.getDouble("points");
    Double points = rs.wasNull() ? null : raw;
    return new ValueEvent(
        rs.getLong("id"),
        Codecs.personId(rs, rs.findColumn("person_id")),
        Codecs.date(rs, "on_date"),
        Codecs.label(Direction.class, rs, "direction"),
        Codecs.label(Kind.class, rs, "kind"),
        points,
        rs.getString("note"),
        rs.getString("source"));
  }

  private static Ask ask(ResultSet rs) throws SQLException {
    return new Ask(
        Codecs.askId(rs, rs.findColumn("id")),
        Codecs.personId(rs, rs.findColumn("person_id")),
        Codecs.date(rs, "on_date"),
        Codecs.label(AskDirection.class, rs, "direction"),
        rs.getString("text"),
        Codecs.label(Outcome.class, rs, "outcome"),
        Codecs.date(rs, "resolved_on"),
        rs.getString("source"));
  }
}
