package needle.app;

import java.time.LocalDate;
import needle.ledger.TimeEntry;

/** A time entry as the API and {@code --json} show it. */
public record TimeRow(
    long id, long personId, LocalDate on, double minutes, String channel, String note) {

  public static TimeRow of(TimeEntry t) {
    return new TimeRow(
        t.id(), t.person().value(), t.on(), t.minutes(), t.channel().label(), t.note());
  }
}
