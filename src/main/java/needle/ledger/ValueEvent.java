package needle.ledger;

import java.time.LocalDate;
import java.util.Objects;
import needle.NeedleException;
import needle.people.PersonId;

/**
 * A transfer of value with a person. {@code points} is null when the event takes its kind's points
 * from the scoring config in force, so a changed config applies to past events too.
 */
public record ValueEvent(
    long id,
    PersonId person,
    LocalDate on,
    Direction direction,
    Kind kind,
    Double points,
    String note,
    String source) {

  public ValueEvent {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(direction, "direction");
    Objects.requireNonNull(kind, "kind");
    if (points != null && (!(points >= 0) || points.isInfinite())) {
      throw new NeedleException(
          "value must be zero or more points, not " + points + " (expected e.g. 3)");
    }
  }
}
