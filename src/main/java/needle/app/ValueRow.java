package needle.app;

import java.time.LocalDate;
import needle.ledger.ValueEvent;

/** A value event as the API and {@code --json} show it; null points take the kind's default. */
public record ValueRow(
    long id,
    long personId,
    LocalDate on,
    String direction,
    String kind,
    Double points,
    String note) {

  public static ValueRow of(ValueEvent v) {
    return new ValueRow(
        v.id(),
        v.person().value(),
        v.on(),
        v.direction().label(),
        v.kind().label(),
        v.points(),
        v.note());
  }
}
