package needle.web;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.people.Person;

/** One ask on the asks page: who, what, how old, and whether it is due a follow-up. */
public record AskRow(
    long id,
    long personId,
    String person,
    String on,
    long ageDays,
    String text,
    boolean mine,
    String outcome,
    String resolvedOn,
    boolean followUp) {

  static AskRow of(Ask a, Person p, LocalDate today, int followUpDays) {
    long age = DAYS.between(a.on(), today);
    boolean mine = a.direction() == AskDirection.ASKED;
    return new AskRow(
        a.id().value(),
        p.id().value(),
        p.name(),
        a.on().toString(),
        age,
        a.text(),
        mine,
        a.outcome().label(),
        a.resolvedOn() == null ? null : a.resolvedOn().toString(),
        mine && a.outcome() == Outcome.OPEN && age > followUpDays);
  }

  public boolean open() {
    return "open".equals(outcome);
  }
}
