package needle.app;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import needle.asks.Ask;
import needle.people.Person;

/**
 * An ask as {@code asks --json}, the API and the asks page show it: its age and follow-up day as of
 * a date, and whether the follow-up is due.
 */
public record AskRow(
    long id,
    LocalDate date,
    String person,
    long personId,
    String direction,
    String text,
    String outcome,
    LocalDate resolvedOn,
    long ageDays,
    LocalDate followUp,
    boolean due) {

  public static AskRow of(Ask a, Person p, LocalDate asOf, int followUpDays) {
    return new AskRow(
        a.id().value(),
        a.on(),
        p.name(),
        p.id().value(),
        a.direction().label(),
        a.text(),
        a.outcome().label(),
        a.resolvedOn(),
        DAYS.between(a.on(), asOf),
        a.followUp(asOf, followUpDays),
        a.dueForFollowUp(asOf, followUpDays));
  }

  /** Whether I made the ask (rather than being asked). */
  public boolean mine() {
    return "asked".equals(direction);
  }

  /** Whether the ask is still open, as recorded. */
  public boolean open() {
    return "open".equals(outcome);
  }
}
