package needle.scoring;

import static java.time.temporal.ChronoUnit.DAYS;

import java.time.LocalDate;
import java.util.Objects;
import needle.ledger.History;
import needle.ledger.TimeEntry;
import needle.ledger.ValueEvent;

/**
 * What flowed in one relationship up to a date, before asks are counted: hours (as logged and
 * decayed), decayed points given, received and won together, and the dates that say how recent it
 * is. Scoring reads only these sums, so they can come from every raw row ({@link #of}) or from
 * aggregates a read model keeps.
 */
public record Flows(
    double hours,
    double decayedHours,
    double given,
    double received,
    double joint,
    int valueEvents,
    boolean anyJoint,
    LocalDate firstTime,
    LocalDate lastTime,
    LocalDate lastValue,
    LocalDate lastReceived) {

  /** Nothing logged. */
  public static final Flows NONE = new Flows(0, 0, 0, 0, 0, 0, false, null, null, null, null);

  /** The straightforward sums over every entry of {@code history} on or before {@code asOf}. */
  public static Flows of(History history, LocalDate asOf, Policy policy) {
    Decay decay = new Decay(asOf, policy.halfLifeDays());
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
    return new Flows(
        time.stream().mapToDouble(TimeEntry::hours).sum(),
        time.stream().mapToDouble(t -> t.hours() * decay.weight(t.on())).sum(),
        given,
        received,
        joint,
        values.size(),
        values.stream()
            .anyMatch(v -> v.direction().countsAsGiven() && v.direction().countsAsReceived()),
        time.stream().map(TimeEntry::on).min(LocalDate::compareTo).orElse(null),
        time.stream().map(TimeEntry::on).max(LocalDate::compareTo).orElse(null),
        values.stream().map(ValueEvent::on).max(LocalDate::compareTo).orElse(null),
        values.stream()
            .filter(v -> v.direction().countsAsReceived())
            .map(ValueEvent::on)
            .max(LocalDate::compareTo)
            .orElse(null));
  }

  /** The later of the last time spent and the last value exchanged, or null. */
  public LocalDate lastExchange() {
    return later(lastTime, lastValue);
  }

  static LocalDate later(LocalDate a, LocalDate b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isAfter(b) ? a : b;
  }

  static double pointsOf(ValueEvent event, Policy policy) {
    return Objects.requireNonNullElseGet(event.points(), () -> policy.pointsOf(event.kind()));
  }

  /** Half-life weighting by age in days as of the evaluation date. */
  record Decay(LocalDate asOf, int halfLifeDays) {
    double weight(LocalDate on) {
      long age = Math.max(0, DAYS.between(on, asOf));
      return Math.pow(0.5, (double) age / halfLifeDays);
    }
  }
}
