package needle.imports.ics;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;

/** A date-time as a calendar gives it: a wall-clock time and the zone it is read in. */
record Stamp(LocalDateTime local, Zone zone) {

  /** The instant, or null for a floating time. */
  Instant instant() {
    return zone.floating() ? null : zone.instant(local);
  }

  /** Identifies the moment: the instant in UTC, or the wall-clock time when floating. */
  String id() {
    return zone.floating() ? local.toString() : instant().toString();
  }

  /** This time moved by exact elapsed time (across a DST change the wall clock differs). */
  Stamp plus(Duration time) {
    return zone.floating()
        ? new Stamp(local.plus(time), zone)
        : new Stamp(zone.local(instant().plus(time)), zone);
  }

  /** Real minutes from this time to {@code end}; a floating end is read in this time's zone. */
  double minutesUntil(Stamp end) {
    Zone common = zone.floating() ? end.zone() : zone;
    if (common.floating()) {
      return Duration.between(local, end.local()).toSeconds() / 60.0;
    }
    Zone endZone = end.zone().floating() ? common : end.zone();
    Instant from = common.instant(local);
    Instant to = endZone.instant(end.local());
    return Duration.between(from, to).toSeconds() / 60.0;
  }

  /** The same moment in another zone (used to compare an EXDATE in UTC with a zoned series). */
  Stamp in(Zone other) {
    if (zone.floating() || other.floating()) {
      return new Stamp(local, other);
    }
    return new Stamp(other.local(instant()), other);
  }
}
