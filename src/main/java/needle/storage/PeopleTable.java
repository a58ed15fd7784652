package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import needle.people.Person;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;

/** The person and person_email tables of one owner; ids are counted per owner ({@link Ids}). */
final class PeopleTable {
  private static final String COLUMNS =
      "id, name, title, company, linkedin, notes, phones, tags, sources, level_override,"
          + " cadence_days, first_met, typed_fields";

  /** The columns an insert or an update writes, besides id and owner_id. */
  private static final String WRITTEN =
      "name, name_key, title, company, linkedin, notes, phones, tags, sources, level_override,"
          + " cadence_days, first_met, typed_fields";

  private static final int WRITTEN_COUNT = WRITTEN.split(",").length;

  private final Handle handle;
  private final long owner;
  private final Ids ids;

  /** {@code ids} hands out the ids of new people. */
  PeopleTable(Handle handle, long owner, Ids ids) {
    this.handle = handle;
    this.owner = owner;
    this.ids = ids;
  }

  /** For reading, and for writing people who carry their own ids (a restore). */
  static PeopleTable plain(Handle handle, long owner) {
    return new PeopleTable(handle, owner, Ids.none(handle, owner));
  }

  static String key(String name) {
    return name.trim().toLowerCase(Locale.ROOT);
  }

  List<Person> all() {
    Map<Long, List<String>> emails = emails("");
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM person WHERE owner_id = :owner ORDER BY name_key")
        .bind("owner", owner)
        .map((rs, ctx) -> row(rs, emails))
        .list();
  }

  Optional<Person> byId(PersonId id) {
    return one("id = :v", id);
  }

  Optional<Person> byName(String name) {
    return one("name_key = :v", key(name));
  }

  Optional<Person> byLinkedin(String url) {
    return one("linkedin = :v", url);
  }

  Optional<Person> byEmail(String email) {
    return handle
        .createQuery("SELECT person_id FROM person_email WHERE owner_id = :owner AND email = :e")
        .bind("owner", owner)
        .bind("e", email.trim().toLowerCase(Locale.ROOT))
        .mapTo(Long.class)
        .findOne()
        .flatMap(id -> byId(new PersonId(id)));
  }

  Person insert(Person person) {
    return insertAll(List.of(person)).get(0);
  }

  /** Writes the person with their own id, for a restore. */
  Person insertWithId(Person person) {
    write(List.of(person));
    return person;
  }

  /** Writes new people as one batch; answers them with their ids, in the same order. */
  List<Person> insertAll(List<Person> people) {
    List<Person> saved =
        people.stream().map(p -> p.withId(new PersonId(ids.nextPerson()))).toList();
    write(saved);
    return saved;
  }

  /** Writes people who have their ids, and their e-mails, as batches. */
  private void write(List<Person> people) {
    try (RowBatch batch =
        new RowBatch(
            handle,
            "INSERT INTO person (id, owner_id, "
                + WRITTEN
                + ") VALUES ("
                + marks(WRITTEN_COUNT + 2)
                + ")")) {
      for (Person p : people) {
        List<Object> values = new ArrayList<>(WRITTEN_COUNT + 2);
        values.add(p.id());
        values.add(owner);
        values.addAll(written(p));
        batch.add(values.toArray());
      }
      batch.run();
    }
    writeEmails(people);
  }

  void update(Person person) {
    updateAll(List.of(person));
  }

  /** Writes the changed details and e-mails of people already in the ledger, as batches. */
  void updateAll(List<Person> people) {
    try (RowBatch batch =
        new RowBatch(
            handle,
            "UPDATE person SET "
                + WRITTEN.replace(",", " = ?,")
                + " = ? WHERE owner_id = ? AND id = ?")) {
      for (Person p : people) {
        List<Object> values = new ArrayList<>(written(p));
        values.add(owner);
        values.add(p.id());
        batch.add(values.toArray());
      }
      batch.run();
    }
    try (RowBatch batch =
        new RowBatch(handle, "DELETE FROM person_email WHERE owner_id = ? AND person_id = ?")) {
      people.forEach(p -> batch.add(owner, p.id()));
      batch.run();
    }
    writeEmails(people);
  }

  void delete(PersonId id) {
    handle
        .createUpdate("DELETE FROM person WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner)
        .bind("id", id)
        .execute();
  }

  /** The values of {@link #WRITTEN}, in its order. */
  private static List<Object> written(Person p) {
    return Arrays.asList(
        p.name().trim(),
        key(p.name()),
        p.title(),
        p.company(),
        p.linkedin(),
        p.notes(),
        String.join("\n", p.phones()),
        String.join("\n", p.tags()),
        String.join("\n", p.sources()),
        p.levelOverride(),
        p.cadenceDays(),
        p.firstMet(),
        typed(p.typed()));
  }

  /** The typed-by-hand marks as stored: field names, one a line, in the fields' order. */
  private static String typed(java.util.Set<Person.Field> fields) {
    return String.join(
        "\n",
        Arrays.stream(Person.Field.values())
            .filter(fields::contains)
            .map(f -> f.name().toLowerCase(Locale.ROOT))
            .toList());
  }

  private static java.util.Set<Person.Field> typed(String stored) {
    java.util.Set<Person.Field> fields = java.util.EnumSet.noneOf(Person.Field.class);
    for (String name : lines(stored)) {
      fields.add(Person.Field.valueOf(name.toUpperCase(Locale.ROOT)));
    }
    return fields;
  }

  private void writeEmails(List<Person> people) {
    try (RowBatch batch =
        new RowBatch(
            handle,
            "INSERT INTO person_email (owner_id, person_id, email, position) VALUES (?, ?, ?, ?)")) {
      for (Person p : people) {
        int position = 0;
        for (String email : p.emails()) {
          batch.add(owner, p.id(), email.trim().toLowerCase(Locale.ROOT), position++);
        }
      }
      batch.run();
    }
  }

  private static String marks(int count) {
    return String.join(", ", Collections.nCopies(count, "?"));
  }

  private Optional<Person> one(String condition, Object value) {
    Optional<Long> id =
        handle
            .createQuery("SELECT id FROM person WHERE owner_id = :owner AND " + condition)
            .bind("owner", owner)
            .bind("v", value)
            .mapTo(Long.class)
            .findFirst();
    if (id.isEmpty()) {
      return Optional.empty();
    }
    Map<Long, List<String>> emails = emails(" AND person_id = " + id.get());
    return handle
        .createQuery("SELECT " + COLUMNS + " FROM person WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner)
        .bind("id", id.get())
        .map((rs, ctx) -> row(rs, emails))
        .findOne();
  }

  private Map<Long, List<String>> emails(String condition) {
    Map<Long, List<String>> byPerson = new HashMap<>();
    handle
        .createQuery(
            "SELECT person_id, email FROM person_email WHERE owner_id = :owner"
                + condition
                + " ORDER BY person_id, position")
        .bind("owner", owner)
        .map((rs, ctx) -> Map.entry(rs.getLong(1), rs.getString(2)))
        .forEach(
            e -> byPerson.computeIfAbsent(e.getKey(), k -> new ArrayList<>()).add(e.getValue()));
    return byPerson;
  }

  private static Person row(ResultSet rs, Map<Long, List<String>> emails) throws SQLException {
    long id = rs.getLong("id");
    return new Person(
        new PersonId(id),
        rs.getString("name"),
        rs.getString("title"),
        rs.getString("company"),
        emails.getOrDefault(id, List.of()),
        lines(rs.getString("phones")),
        rs.getString("linkedin"),
        lines(rs.getString("tags")),
        rs.getString("notes"),
        lines(rs.getString("sources")),
        integer(rs, "level_override"),
        integer(rs, "cadence_days"),
        Codecs.date(rs, "first_met"),
        typed(rs.getString("typed_fields")));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
