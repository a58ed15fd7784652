package needle.scoring;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Objects;
import java.util.stream.Stream;
import needle.asks.Ask;
import needle.asks.AskDirection;
import needle.asks.Outcome;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;

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

  /** Counts of asks as they stood on the date; open ones past follow-up count as ignored. */
  record Asks(
      int total,
      int resolved,
      int answered,
      int mineIgnored,
      int mineNotGranted,
      int declined,
      int open,
      int followUps) {

    Double openness() {
      return resolved == 0 ? null : (double) answered / resolved;
    }
  }

  static Tally of(History history, LocalDate asOf, Policy policy) {
    Decay decay = new Decay(asOf, policy.halfLifeDays());
    LocalDate recentFrom = asOf.minusDays(policy.recentDays());
    var time = history.time().stream().filter(t -> !t.on().isAfter(asOf)).toList();
    var values = history.values().stream().filter(v -> !v.on().isAfter(asOf)).toList();
    double given = 0;
    double received = 0;
    double joint = 0;
    for (ValueEvent v : values) {
      double points = decay.weight(v.on()) * pointsOf(v, policy);
      given += v.direction().countsAsGiven() ? points : 0;
      received += v.direction().countsAsReceived() ? points : 0;
      joint += v.direction().countsAsGiven() && v.direction().countsAsReceived() ? points : 0;
    }
    return new Tally(
        time.stream().mapToDouble(TimeEntry::hours).sum(),
        time.stream().mapToDouble(t -> t.hours() * decay.weight(t.on())).sum(),
        given,
        received,
        joint,
        values.size(),
        values.stream()
            .anyMatch(v -> v.direction().countsAsGiven() && v.direction().countsAsReceived()),
        values.stream().anyMatch(v -> !v.on().isBefore(recentFrom)),
        values.stream()
            .anyMatch(v -> v.direction().countsAsReceived() && !v.on().isBefore(recentFrom)),
        time.stream().anyMatch(t -> !t.on().isBefore(recentFrom)),
        asks(history, asOf, policy),
        time.stream().map(TimeEntry::on).min(Comparator.naturalOrder()).orElse(null),
        values.stream().map(ValueEvent::on).max(Comparator.naturalOrder()).orElse(null),
        Stream.concat(time.stream().map(TimeEntry::on), values.stream().map(ValueEvent::on))
            .max(Comparator.naturalOrder())
            .orElse(null));
  }

  static double pointsOf(ValueEvent event, Policy policy) {
    return Objects.requireNonNullElseGet(event.points(), () -> policy.pointsOf(event.kind()));
  }

  private static Asks asks(History history, LocalDate asOf, Policy policy) {
    int total = 0, resolved = 0, answered = 0, mineIgnored = 0, mineNotGranted = 0;
    int declined = 0, open = 0, followUps = 0;
    for (Ask ask : history.asks()) {
      if (ask.on().isAfter(asOf)) {
        continue;
      }
      total++;
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
        total, resolved, answered, mineIgnored, mineNotGranted, declined, open, followUps);
  }

  /** Half-life weighting by age in days as of the evaluation date. */
  record Decay(LocalDate asOf, int halfLifeDays) {
    double weight(LocalDate on) {
      long age = Math.max(0, DAYS.between(on, asOf));
      return Math.pow(0.5, (double) age / halfLifeDays);
    }
  }
}
