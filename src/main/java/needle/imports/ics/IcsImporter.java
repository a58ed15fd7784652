package needle.imports.ics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import needle.imports.Contact;
import needle.imports.Entry;
import needle.imports.ImportBatch;
import needle.imports.ImportException;
import needle.imports.ImportKeys;
import needle.imports.ImportOptions;
import needle.imports.Skipped;
import needle.ledger.Channel;

/**
 * Reads an iCalendar file (RFC 5545) into meeting time: each occurrence up to the as-of date gives
 * its real minutes to the other people who attended, matched by e-mail address.
 */
public final class IcsImporter {
  public static final String SOURCE = "ics";
  private static final Set<String> NOT_EVENTS =
      Set.of("REPLY", "COUNTER", "DECLINECOUNTER", "REFRESH");
  private static final String LEFT_OUT = "the event is left out, the rest of the file is kept";

  private final Path file;
  private final ImportOptions options;
  private final Values values;
  private final Skips skips;
  private final ImportKeys keys = new ImportKeys(SOURCE);

  /** Warnings, and the notice that the file was not UTF-8, in the order they were found. */
  private final List<Skipped> notices = new ArrayList<>();

  private final Map<String, Contact> contacts = new LinkedHashMap<>();
  private final List<Entry> entries = new ArrayList<>();
  private Map<String, String> names;
  private Attendance attendance;

  private final java.util.function.Consumer<needle.imports.Guessed> guessed;

  private IcsImporter(
      Path file,
      ImportOptions options,
      java.util.function.Consumer<needle.imports.Guessed> guessed) {
    this.file = file;
    this.options = options;
    this.guessed = guessed;
    this.values = new Values(file);
    this.skips = new Skips(file.toString());
  }

  /** Reads {@code file}, or fails with FILE:LINE: what is wrong. */
  public static ImportBatch read(Path file, ImportOptions options) {
    return read(file, options, g -> {});
  }

  /** As {@link #read(Path, ImportOptions)}; {@code guessed} hears whom the owner was taken for. */
  public static ImportBatch read(
      Path file,
      ImportOptions options,
      java.util.function.Consumer<needle.imports.Guessed> guessed) {
    return new IcsImporter(file, options, guessed).run();
  }

  private ImportBatch run() {
    CalendarFile calendar = CalendarFile.read(file, notices::add);
    Zones zones =
        new Zones(
            calendar.timezones(),
            options.asOf().plusYears(2).atStartOfDay(),
            values,
            file.toString(),
            notices::add);
    Versions versions = new Versions();
    EventReader reader = new EventReader(values, zones, file.toString(), notices::add);
    int done = 0;
    for (CalendarFile.Found found : calendar.events()) {
      options.progress().advance(++done, calendar.events().size());
      if (NOT_EVENTS.contains(found.method())) {
        continue; // an answer to an invitation, not an event
      }
      try {
        versions.add(reader.read(found.vevent(), found.method().equals("CANCEL")));
      } catch (BadValue e) {
        notices.add(e.warning(file.toString(), LEFT_OUT));
      }
    }
    List<Event> events = versions.latest();
    names = Names.of(events);
    attendance =
        new Attendance(
            Owner.of(options, events, guessed), options.groupMode(), options.groupMaxOthers());
    for (Event master : versions.masters()) {
      series(master, versions.overridesOf(master.uid()));
    }
    for (Event orphan : versions.orphans()) {
      orphan(orphan);
    }
    notices.addAll(skips.list());
    return new ImportBatch(
        SOURCE, file.toString(), List.copyOf(contacts.values()), entries, notices);
  }

  private void series(Event event, Collection<Event> overrides) {
    if (event.start() == null) {
      skips.add(event, null, "has no start (DTSTART)");
    } else if (event.allDay()) {
      skips.add(event, event.start().local().toLocalDate(), "all-day event");
    } else {
      Series.Expansion expansion;
      try {
        expansion = new Series(values).expand(event, overrides, options.asOf());
      } catch (BadValue e) {
        notices.add(e.warning(file.toString(), LEFT_OUT));
        return;
      }
      expansion
          .refused()
          .forEach(
              rule ->
                  skips.add(
                      event,
                      null,
                      "RRULE "
                          + rule
                          + " repeats more often than daily, which no meeting does; only its"
                          + " first occurrence is counted"));
      if (expansion.capped()) {
        skips.add(
            event,
            null,
            "repeats more than " + Series.MAX_INSTANCES + " times; the rest are not counted");
      }
      expansion.occurrences().forEach(this::occurrence);
    }
  }

  /** An override whose series is not in the file (an invitation to one instance) stands alone. */
  private void orphan(Event e) {
    if (e.recurs() || e.start() == null || e.allDay()) {
      series(e, List.of());
    } else if (!e.start().local().toLocalDate().isAfter(options.asOf())) {
      occurrence(new Occurrence(e, e.recurrenceId(), e.start(), e.span()));
    }
  }

  private void occurrence(Occurrence o) {
    Attendance.Outcome outcome = attendance.of(o);
    if (outcome instanceof Attendance.Outcome.Skip skip) {
      skips.add(o.event(), o.date(), skip.reason());
    } else if (outcome instanceof Attendance.Outcome.Counted counted) {
      for (Participant p : counted.others()) {
        if (entries.size() + contacts.size() >= options.maxRows()) {
          throw new ImportException(file, o.event().line(), options.tooManyRows());
        }
        entries.add(entry(o, p, counted.minutes()));
      }
    }
  }

  private Entry entry(Occurrence o, Participant p, double minutes) {
    String who = p.email() != null ? p.email() : p.name();
    Contact contact =
        contacts.computeIfAbsent(who, k -> Contact.of(names.get(k), p.email(), (int) p.line()));
    Event e = o.event();
    String note = e.confidential() ? "private event" : e.summary();
    String key = keys.of(e.series() + "/" + o.recurrenceId().id() + "/" + who);
    return new Entry.Time(contact, o.date(), minutes, Channel.MEETING, note, key);
  }
}
