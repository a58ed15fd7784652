package needle.imports.ics;

import java.util.List;
import java.util.stream.Stream;

/**
 * A VEVENT as read: its start (null when it has none), how long it lasts, its recurrence, and who
 * takes part. An event with a {@code recurrenceId} overrides one instance of its series.
 */
record Event(
    String uid,
    String summary,
    boolean cancelled,
    boolean confidential,
    Stamp start,
    boolean allDay,
    Span span,
    List<Property> rrules,
    List<Timed> rdates,
    List<Excluded> exdates,
    Stamp recurrenceId,
    List<Participant> participants,
    int sequence,
    long line) {

  /** An extra instance (RDATE), with its own length when given as a PERIOD. */
  record Timed(Stamp start, Span span) {}

  /** An EXDATE: one instance, or every instance on a day when given as a DATE. */
  record Excluded(Stamp at, boolean wholeDay) {
    boolean matches(Stamp instance) {
      Stamp here = instance.in(at.zone());
      return wholeDay
          ? here.local().toLocalDate().equals(at.local().toLocalDate())
          : here.local().equals(at.local());
    }
  }

  /**
   * The UID, or for an event without one, what identifies it in the file: its start and summary.
   */
  String series() {
    return uid != null ? uid : "no-uid:" + (start == null ? "" : start.id()) + "/" + summary;
  }

  boolean recurs() {
    return !rrules.isEmpty() || !rdates.isEmpty();
  }

  /** Everyone named, organizer first, each address once. */
  Stream<Participant> people() {
    return participants.stream();
  }
}
