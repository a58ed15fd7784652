package needle.storage;

import java.time.LocalDate;
import needle.ledger.Direction;
import needle.scoring.Flows;

/**
 * One person's running sums as {@link FlowsQuery} adds them up; weighted ones are still to be
 * multiplied by the date's factor ({@link Weights#asOf}).
 */
final class FlowSums {
  double minutes;
  double weightedMinutes;
  double given;
  double received;
  double joint;
  int valueEvents;
  boolean anyJoint;
  LocalDate firstTime;
  LocalDate lastTime;
  LocalDate lastValue;
  LocalDate lastReceived;

  void time(LocalDate on) {
    firstTime = firstTime == null || on.isBefore(firstTime) ? on : firstTime;
    lastTime = later(lastTime, on);
  }

  void value(Direction direction, int events, double weightedPoints, LocalDate last) {
    valueEvents += events;
    given += direction.countsAsGiven() ? weightedPoints : 0;
    received += direction.countsAsReceived() ? weightedPoints : 0;
    boolean together = direction.countsAsGiven() && direction.countsAsReceived();
    joint += together ? weightedPoints : 0;
    anyJoint |= together && events > 0;
    lastValue = later(lastValue, last);
    lastReceived = direction.countsAsReceived() ? later(lastReceived, last) : lastReceived;
  }

  /** Adds value totals already summed over directions and kinds. */
  void values(
      double given,
      double received,
      double joint,
      int events,
      boolean anyJoint,
      LocalDate last,
      LocalDate lastReceived) {
    valueEvents += events;
    this.given += given;
    this.received += received;
    this.joint += joint;
    this.anyJoint |= anyJoint;
    lastValue = later(lastValue, last);
    this.lastReceived =
        lastReceived == null ? this.lastReceived : later(this.lastReceived, lastReceived);
  }

  Flows flows(double factor) {
    return new Flows(
        minutes / 60.0,
        weightedMinutes / 60.0 * factor,
        given * factor,
        received * factor,
        joint * factor,
        valueEvents,
        anyJoint,
        firstTime,
        lastTime,
        lastValue,
        lastReceived);
  }

  private static LocalDate later(LocalDate a, LocalDate b) {
    return a == null || b.isAfter(a) ? b : a;
  }
}
