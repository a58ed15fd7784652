package needle.imports.ics;

import java.time.Duration;

/**
 * How long an occurrence lasts: whole days, added on the wall clock (a day across a DST change is
 * 23 or 25 hours), then exact time (RFC 5545 §3.3.6).
 */
record Span(int days, Duration time) {
  static final Span ZERO = new Span(0, Duration.ZERO);

  static Span exact(Duration time) {
    return new Span(0, time);
  }

  /** When an occurrence starting at {@code start} ends. */
  Stamp after(Stamp start) {
    Stamp dayLater = new Stamp(start.local().plusDays(days), start.zone());
    return dayLater.plus(time);
  }
}
