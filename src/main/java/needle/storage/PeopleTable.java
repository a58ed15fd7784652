package needle.storage;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import needle.people.Person;
import needle.people.PersonId;
import org.jdbi.v3.core.Handle;

/** The person and person_email tables of one owner. */
final class PeopleTable {
  private static final String COLUMNS =
      "id, name, title, company, linkedin, notes, phones, tags, sources, level_override,"
          + " cadence_days, first_met";

  private final Handle handle;
  private final long owner;

  PeopleTable(Handle handle, long owner) {
    this.handle = handle;
    this.owner = owner;
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
    return one("id = :v", id.value());
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
    return insert(person, false);
  }

  /** Writes the person with their own id, for a restore. */
  Person insertWithId(Person person) {
    return insert(person, true);
  }

  private Person insert(Person person, boolean withId) {
    long id =
        bindFields(
                handle.createQuery(
                    "INSERT INTO person ("
                        + EntriesTable.idColumn(withId)
                        + "owner_id, name,"
                        + " name_key, title, company, linkedin, notes, phones, tags, sources,"
                        + " level_override, cadence_days, first_met) VALUES ("
                        + EntriesTable.idValue(withId)
                        + ":owner, :name, :key, :title, :company,"
                        + " :linkedin, :notes, :phones, :tags, :sources, :level, :cadence,"
                        + " :firstMet) RETURNING id"),
                person)
            .bind("id", person.id() == null ? 0 : person.id().value())
            .mapTo(Long.class)
            .one();
    Person saved = person.withId(new PersonId(id));
    writeEmails(saved);
    return saved;
  }

  void update(Person person) {
    bindFields(
            handle.createUpdate(
                "UPDATE person SET name = :name, name_key = :key, title = :title, company = :company,"
                    + " linkedin = :linkedin, notes = :notes, phones = :phones, tags = :tags,"
                    + " sources = :sources, level_override = :level, cadence_days = :cadence,"
                    + " first_met = :firstMet WHERE owner_id = :owner AND id = :id"),
            person)
        .bind("id", person.id().value())
        .execute();
    handle
        .createUpdate("DELETE FROM person_email WHERE owner_id = :owner AND person_id = :id")
        .bind("owner", owner)
        .bind("id", person.id().value())
        .execute();
    writeEmails(person);
  }

  void delete(PersonId id) {
    handle
        .createUpdate("DELETE FROM person WHERE owner_id = :owner AND id = :id")
        .bind("owner", owner)
        .bind("id", id.value())
        .execute();
  }

  private <S extends org.jdbi.v3.core.statement.SqlStatement<S>> S bindFields(
      S statement, Person p) {
    return statement
        .bind("owner", owner)
        .bind("name", p.name().trim())
        .bind("key", key(p.name()))
        .bind("title", p.title())
        .bind("company", p.company())
        .bind("linkedin", p.linkedin())
        .bind("notes", p.notes())
        .bind("phones", String.join("\n", p.phones()))
        .bind("tags", String.join("\n", p.tags()))
        .bind("sources", String.join("\n", p.sources()))
        .bind("level", p.levelOverride())
        .bind("cadence", p.cadenceDays())
        .bind("firstMet", p.firstMet() == null ? null : p.firstMet().toString());
  }

  private void writeEmails(Person person) {
    int position = 0;
    for (String email : person.emails()) {
      handle
          .createUpdate(
              "INSERT INTO person_email (owner_id, person_id, email, position)"
                  + " VALUES (:owner, :id, :email, :position)")
          .bind("owner", owner)
          .bind("id", person.id().value())
          .bind("email", email.trim().toLowerCase(Locale.ROOT))
          .bind("position", position++)
          .execute();
    }
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
        .createQuery("SELECT " + COLUMNS + " FROM person WHERE id = :id")
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
    String firstMet = rs.getString("first_met");
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
        firstMet == null ? null : LocalDate.parse(firstMet));
  }

  private static Integer integer(ResultSet rs, String column) throws SQLException {
    int value = rs.getInt(column);
    return rs.wasNull() ? null : value;
  }

  private static List<String> lines(String text) {
    return text == null || text.isEmpty() ? List.of() : Arrays.asList(text.split("\n"));
  }
}
