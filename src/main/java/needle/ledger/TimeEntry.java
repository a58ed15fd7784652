package needle.ledger;

import java.time.LocalDate;
import java.util.Objects;
import needle.NeedleException;
import needle.people.PersonId;

/** Minutes invested with a person on a date. Minutes may be fractional after a group split. */
public record TimeEntry(
    long id,
    PersonId person,
    LocalDate on,
    double minutes,
    Channel channel,
    String source,
    String note) {

  public TimeEntry {
    Objects.requireNonNull(on, "on");
    Objects.requireNonNull(channel, "channel");
    if (!(minutes >= 0) || Double.isInfinite(minutes)) {
      throw new NeedleException(
          "minutes must be zero or more, not " + minutes + " (expected e.g. 30)");
    }
  }

  public double hours() {
    return minutes / 60.0;
  }
}
