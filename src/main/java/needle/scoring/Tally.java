package needle.scoring;

import java.time.LocalDate;

/**
 * The figures of one relationship as of a date, before classification: events after it are ignored.
 */
record Tally(
    double hours,
    double decayedHours,
    double given,
    double received,
    double jointPoints,
    int valueEvents,
    boolean anyJoint,
    boolean valueRecently,
    boolean receivedRecently,
    boolean timeRecently,
    AskCounts asks,
    LocalDate firstTime,
    LocalDate lastValue,
    LocalDate lastExchange) {

  /** The tally from sums already made, and the counts of the relationship's asks. */
  static Tally of(Flows flows, AskCounts asks, LocalDate asOf, Policy policy) {
    LocalDate recentFrom = asOf.minusDays(policy.recentDays());
    return new Tally(
        flows.hours(),
        flows.decayedHours(),
        flows.given(),
        flows.received(),
        flows.joint(),
        flows.valueEvents(),
        flows.anyJoint(),
        onOrAfter(flows.lastValue(), recentFrom),
        onOrAfter(flows.lastReceived(), recentFrom),
        onOrAfter(flows.lastTime(), recentFrom),
        asks,
        flows.firstTime(),
        flows.lastValue(),
        flows.lastExchange());
  }

  /** The one definition of last contact: the latest time, value or ask, either way. */
  LocalDate lastContact() {
    return Flows.later(lastExchange, asks.last());
  }

  private static boolean onOrAfter(LocalDate date, LocalDate from) {
    return date != null && !date.isBefore(from);
  }
}
