package needle.asks;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import needle.people.Person;

/** An ask as `asks --json` and the API show it: its age and follow-up date on a given day. */
public final class AskFigures {
  private AskFigures() {}

  /** When to follow up on {@code a}: only my asks still open on {@code asOf} have one. */
  public static LocalDate followUp(Ask a, LocalDate asOf, int followUpDays) {
    boolean due = a.isOpenAsOf(asOf) && a.direction() == AskDirection.ASKED;
    return due ? a.on().plusDays(followUpDays) : null;
  }

  public static Map<String, Object> row(Ask a, Person p, LocalDate asOf, int followUpDays) {
    LocalDate followUp = followUp(a, asOf, followUpDays);
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("id", a.id().value());
    row.put("date", a.on().toString());
    row.put("person", p.name());
    row.put("personId", p.id().value());
    row.put("direction", a.direction().label());
    row.put("text", a.text());
    row.put("outcome", a.outcome().label());
    row.put("resolvedOn", a.resolvedOn() == null ? null : a.resolvedOn().toString());
    row.put("ageDays", DAYS.between(a.on(), asOf));
    row.put("followUp", followUp == null ? null : followUp.toString());
    return row;
  }
}
