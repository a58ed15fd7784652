package needle.scoring;

import java.time.LocalDate;
import java.util.List;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;

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
    Asks asks,
    LocalDate firstTime,
    LocalDate lastValue,
    LocalDate lastExchange) {

  /**
   * Counts of asks as they stood on the date (open ones past follow-up count as ignored), and the
   * day of the latest.
   */
  record Asks(
      int total,
      int resolved,
      int answered,
      int mineIgnored,
      int mineNotGranted,
      int declined,
      int open,
      int followUps,
      LocalDate last) {

    Double openness() {
      return resolved == 0 ? null : (double) answered / resolved;
    }
  }

  /** The tally from sums already made, and the relationship's asks. */
  static Tally of(Flows flows, List<Ask> asks, LocalDate asOf, Policy policy) {
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
        asks(asks, asOf, policy),
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

  private static Asks asks(List<Ask> all, LocalDate asOf, Policy policy) {
    int total = 0, resolved = 0, answered = 0, mineIgnored = 0, mineNotGranted = 0;
    int declined = 0, open = 0, followUps = 0;
    LocalDate last = null;
    for (Ask ask : all) {
      if (ask.on().isAfter(asOf)) {
        continue;
      }
      total++;
      last = Flows.later(last, ask.on());
      Outcome outcome = ask.outcomeAsOf(asOf, policy.followUpDays());
      boolean mine = ask.direction() == AskDirection.ASKED;
      resolved += outcome != Outcome.OPEN ? 1 : 0;
      answered += outcome.answered() ? 1 : 0;
      declined += outcome == Outcome.DECLINED ? 1 : 0;
      mineIgnored += mine && outcome == Outcome.IGNORED ? 1 : 0;
      mineNotGranted += mine && outcome != Outcome.GRANTED ? 1 : 0;
      boolean stillOpen = ask.isOpenAsOf(asOf);
      open += stillOpen ? 1 : 0;
      followUps += stillOpen && outcome == Outcome.IGNORED ? 1 : 0;
    }
    return new Asks(
        total, resolved, answered, mineIgnored, mineNotGranted, declined, open, followUps, last);
  }
}
