package needle.imports.ics;

import java.time.LocalDate;

/**
 * One instance of an event: the event that describes it (an override replaces its series' master),
 * the instance's identity in the series (its original start), and when it really starts and ends.
 */
record Occurrence(Event event, Stamp recurrenceId, Stamp start, Span span) {

  Stamp end() {
    return span.after(start);
  }

  double minutes() {
    return start.minutesUntil(end());
  }

  LocalDate date() {
    return start.local().toLocalDate();
  }
}
