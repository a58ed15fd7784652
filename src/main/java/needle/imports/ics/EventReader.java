package needle.imports.ics;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import needle.imports.Skipped;

/**
 * Reads a VEVENT into an {@link Event}. A bad value the event can do without (an attendee's
 * address, CLASS, SEQUENCE) is a warning and the rest of the event is kept; a bad date or duration
 * is a {@link BadValue}, and the caller leaves the event out.
 */
final class EventReader {
  private static final Set<String> CLASSES = Set.of("PUBLIC", "PRIVATE", "CONFIDENTIAL");

  private final Values values;
  private final Zones zones;
  private final String file;
  private final Consumer<Skipped> warn;

  EventReader(Values values, Zones zones, String file, Consumer<Skipped> warn) {
    this.values = values;
    this.zones = zones;
    this.file = file;
    this.warn = warn;
  }

  Event read(Component vevent, boolean cancelledByMethod) {
    Property dtstart = vevent.first("DTSTART").orElse(null);
    Values.Written written =
        dtstart == null ? null : values.dateTime(dtstart.value(), dtstart.line());
    Stamp start = dtstart == null ? null : stamp(dtstart, written);
    String status =
        vevent.first("STATUS").map(p -> p.value().trim().toUpperCase(Locale.ROOT)).orElse("");
    return new Event(
        vevent.text("UID"),
        vevent.text("SUMMARY"),
        cancelledByMethod || status.equals("CANCELLED"),
        confidential(vevent),
        start,
        written != null && written.date(),
        start == null ? Span.ZERO : span(vevent, start),
        vevent.all("RRULE"),
        rdates(vevent),
        exdates(vevent),
        vevent
            .first("RECURRENCE-ID")
            .map(p -> stamp(p, values.dateTime(p.value(), p.line())))
            .orElse(null),
        participants(vevent),
        sequence(vevent),
        vevent.line());
  }

  private Stamp stamp(Property p, Values.Written w) {
    return new Stamp(
        w.local(), w.date() ? Zone.FLOATING : zones.of(p.param("TZID"), w.utc(), p.line()));
  }

  /**
   * Whether the event's summary is to be kept out of notes. A CLASS that is no class is read as
   * PRIVATE, as RFC 5545 (3.8.1.3) asks of one a reader does not know.
   */
  private boolean confidential(Component vevent) {
    Property p = vevent.first("CLASS").orElse(null);
    if (p == null) {
      return false;
    }
    String value = p.value().trim().toUpperCase(Locale.ROOT);
    if (value.isEmpty() || !(CLASSES.contains(value) || value.startsWith("X-"))) {
      warn.accept(
          values
              .bad(
                  p.line(),
                  "CLASS \"" + p.value() + "\" is not a class",
                  "PUBLIC, PRIVATE or CONFIDENTIAL")
              .warning(file, "the event is kept as PRIVATE"));
    }
    return !value.equals("PUBLIC");
  }

  private Span span(Component vevent, Stamp start) {
    Property dtend = vevent.first("DTEND").orElse(null);
    if (dtend != null) {
      Stamp end = stamp(dtend, values.dateTime(dtend.value(), dtend.line()));
      double minutes = start.minutesUntil(end);
      if (minutes < 0) {
        throw values.bad(
            dtend.line(),
            "DTEND " + dtend.value().trim() + " is before DTSTART",
            "an end after the start");
      }
      return Span.exact(Duration.ofSeconds(Math.round(minutes * 60)));
    }
    return vevent
        .first("DURATION")
        .map(p -> values.duration(p.value(), p.line()))
        .orElse(Span.ZERO);
  }

  private List<Event.Timed> rdates(Component vevent) {
    List<Event.Timed> out = new ArrayList<>();
    for (Property p : vevent.all("RDATE")) {
      for (String one : p.value().split(",")) {
        out.add(timed(p, one.trim()));
      }
    }
    return out;
  }

  private Event.Timed timed(Property p, String text) {
    int slash = text.indexOf('/');
    String from = slash < 0 ? text : text.substring(0, slash);
    Stamp start = stamp(p, values.dateTime(from, p.line()));
    if (slash < 0) {
      return new Event.Timed(start, null);
    }
    String to = text.substring(slash + 1);
    if (to.startsWith("P") || to.startsWith("+P") || to.startsWith("-P")) {
      return new Event.Timed(start, values.duration(to, p.line()));
    }
    Stamp end = stamp(p, values.dateTime(to, p.line()));
    return new Event.Timed(
        start, Span.exact(Duration.ofSeconds(Math.round(start.minutesUntil(end) * 60))));
  }

  private List<Event.Excluded> exdates(Component vevent) {
    List<Event.Excluded> out = new ArrayList<>();
    for (Property p : vevent.all("EXDATE")) {
      for (String one : p.value().split(",")) {
        if (!one.isBlank()) {
          Values.Written w = values.dateTime(one, p.line());
          out.add(new Event.Excluded(stamp(p, w), w.date()));
        }
      }
    }
    return out;
  }

  private List<Participant> participants(Component vevent) {
    Map<String, Participant> byKey = new LinkedHashMap<>();
    List<Property> named = new ArrayList<>(vevent.all("ORGANIZER"));
    named.addAll(vevent.all("ATTENDEE"));
    for (Property p : named) {
      Participant who;
      try {
        who = Participant.of(p, values);
      } catch (BadValue e) {
        warn.accept(e.warning(file, "this " + p.name() + " is left out, the event is kept"));
        continue;
      }
      String key = who.email() != null ? who.email() : who.name();
      if (key != null) {
        // An ATTENDEE line says more (the answer, the role) than the ORGANIZER line.
        byKey.merge(
            key,
            who,
            (organizer, attendee) ->
                p.name().equals("ATTENDEE") ? named(attendee, organizer) : organizer);
      }
    }
    return List.copyOf(byKey.values());
  }

  private static Participant named(Participant attendee, Participant organizer) {
    String name = attendee.name() != null ? attendee.name() : organizer.name();
    return new Participant(
        attendee.email(),
        name,
        attendee.partstat(),
        attendee.attends(),
        organizer.organizer(),
        attendee.line());
  }

  private int sequence(Component vevent) {
    Property p = vevent.first("SEQUENCE").orElse(null);
    if (p == null) {
      return 0;
    }
    try {
      return Integer.parseInt(p.value().trim());
    } catch (NumberFormatException e) {
      warn.accept(
          values
              .bad(p.line(), "SEQUENCE \"" + p.value() + "\" is not a number", "e.g. SEQUENCE:2")
              .warning(file, "read as 0"));
      return 0;
    }
  }
}
