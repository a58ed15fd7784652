package needle.asks;

import java.time.LocalDate;
import java.util.Objects;
import needle.people.PersonId;

/** A request between me and a person, with its outcome and the date it was resolved on. */
public record Ask(
    AskId id,
    PersonId person,
    LocalDate on,
    AskDirection direction,
    String text,
    Outcome outcome,
    LocalDate resolvedOn,
    String source) {

  public Ask {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(outcome, "outcome");
  }

  /**
   * The outcome as it stood on {@code asOf}: a resolution dated later had not happened yet, and an
   * ask still open after {@code followUpDays} counts as ignored.
   */
  public Outcome outcomeAsOf(LocalDate asOf, int followUpDays) {
    boolean resolvedByThen =
        outcome != Outcome.OPEN && (resolvedOn == null || !resolvedOn.isAfter(asOf));
    if (resolvedByThen) {
      return outcome;
    }
    return on.plusDays(followUpDays).isBefore(asOf) ? Outcome.IGNORED : Outcome.OPEN;
  }

  public boolean isOpenAsOf(LocalDate asOf) {
    return outcome == Outcome.OPEN || (resolvedOn != null && resolvedOn.isAfter(asOf));
  }

  /**
   * The day to follow up on this ask as of {@code asOf}: for my asks still open then, their date
   * plus {@code followUpDays}; null for the others.
   */
  public LocalDate followUp(LocalDate asOf, int followUpDays) {
    boolean mine = direction == AskDirection.ASKED;
    return mine && isOpenAsOf(asOf) ? on.plusDays(followUpDays) : null;
  }

  /** Whether {@code asOf} is past the follow-up day of this ask (one of mine, still open). */
  public boolean dueForFollowUp(LocalDate asOf, int followUpDays) {
    LocalDate day = followUp(asOf, followUpDays);
    return day != null && !on.isAfter(asOf) && day.isBefore(asOf);
  }
}
