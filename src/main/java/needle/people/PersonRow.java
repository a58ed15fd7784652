package needle.people;

import java.util.LinkedHashMap;
import java.util.Map;

/** A person as `people --json` and the API show them, with the field names DESIGN uses. */
public final class PersonRow {
  private PersonRow() {}

  public static Map<String, Object> of(Person p) {
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", p.id() == null ? null : p.id().value());
    row.put("name", p.name());
    row.put("title", p.title());
    row.put("company", p.company());
    row.put("emails", p.emails());
    row.put("level", p.level().rank());
    row.put("phones", p.phones());
    row.put("linkedin", p.linkedin());
    row.put("tags", p.tags());
    row.put("notes", p.notes());
    row.put("cadence", p.cadenceDays());
    row.put("firstMet", p.firstMet() == null ? null : p.firstMet().toString());
    return row;
  }
}
