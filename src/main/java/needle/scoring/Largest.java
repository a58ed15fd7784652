package needle.scoring;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import needle.ledger.Direction;
import needle.ledger.ValueEvent;

/**
 * The value events behind a relationship's points, largest first: what the reasons quote next to
 * the figures ("argued for my promotion (Oct 2026)"). Largest means the most decayed points as of
 * the date, the weight each event adds to {@code given} or {@code received}; ties go to the later
 * event. Events dated after the date are left out, as the figures leave them out.
 */
public final class Largest {
  /** How many events a reason quotes per direction. */
  static final int QUOTED = 2;

  /** How the sentence that quotes the events received, or given when none was received, begins. */
  static final String RECEIVED = "most received: ";

  static final String GIVEN = "most given: ";

  private Largest() {}

  /** Whether {@code reason} is the sentence that quotes the largest events. */
  public static boolean quotes(String reason) {
    return reason.startsWith(RECEIVED) || reason.startsWith(GIVEN);
  }

  /** Up to {@link #QUOTED} events that count as received (got and joint), largest first. */
  static List<ValueEvent> received(List<ValueEvent> values, LocalDate asOf, Policy policy) {
    return largest(values, asOf, policy, d -> d.countsAsReceived());
  }

  /** Up to {@link #QUOTED} events that count as given (gave and joint), largest first. */
  static List<ValueEvent> given(List<ValueEvent> values, LocalDate asOf, Policy policy) {
    return largest(values, asOf, policy, d -> d.countsAsGiven());
  }

  private static List<ValueEvent> largest(
      List<ValueEvent> values, LocalDate asOf, Policy policy, Predicate<Direction> direction) {
    Flows.Decay decay = new Flows.Decay(asOf, policy.halfLifeDays());
    Comparator<ValueEvent> byWeight =
        Comparator.comparingDouble(
                (ValueEvent v) -> decay.weight(v.on()) * Flows.pointsOf(v, policy))
            .thenComparing(ValueEvent::on)
            .thenComparingLong(ValueEvent::id);
    return values.stream()
        .filter(v -> !v.on().isAfter(asOf) && direction.test(v.direction()))
        .filter(v -> Flows.pointsOf(v, policy) > 0)
        .sorted(byWeight.reversed())
        .limit(QUOTED)
        .toList();
  }
}
