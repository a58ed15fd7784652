package needle.app;

import java.time.LocalDate;
import java.util.List;
import needle.people.Person;

/** A person as {@code people --json} and the API show them, with the field names DESIGN uses. */
public record PersonRow(
    Long id,
    String name,
    String title,
    String company,
    List<String> emails,
    int level,
    List<String> phones,
    String linkedin,
    List<String> tags,
    String notes,
    Integer cadence,
    LocalDate firstMet) {

  public static PersonRow of(Person p) {
    return new PersonRow(
        p.id() == null ? null : p.id().value(),
        p.name(),
        p.title(),
        p.company(),
        p.emails(),
        p.level().rank(),
        p.phones(),
        p.linkedin(),
        p.tags(),
        p.notes(),
        p.cadenceDays(),
        p.firstMet());
  }
}
