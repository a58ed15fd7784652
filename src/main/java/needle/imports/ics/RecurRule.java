package needle.imports.ics;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.fortuna.ical4j.model.Recur;
import net.fortuna.ical4j.transform.recurrence.Frequency;

/**
 * An RRULE, expanded on the wall clock of its series (a weekly 10:00 meeting stays at 10:00 across
 * DST) with ical4j. UNTIL is rewritten to the series' wall clock first, so a UTC UNTIL is compared
 * with the right local times.
 */
final class RecurRule {
  private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss");

  private final Recur<LocalDateTime> recur;

  private RecurRule(Recur<LocalDateTime> recur) {
    this.recur = recur;
  }

  /** Reads the rule of {@code p} for a series whose times are read in {@code zone}. */
  static RecurRule of(Property p, Zone zone, Values values) {
    String rule = p.value().replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
    List<String> parts = new ArrayList<>();
    for (String part : rule.split(";")) {
      if (part.startsWith("UNTIL=")) {
        part = "UNTIL=" + localUntil(part.substring(6), zone, values, p.line());
      }
      if (!part.isEmpty()) {
        parts.add(part);
      }
    }
    try {
      return new RecurRule(new Recur<>(String.join(";", parts)));
    } catch (IllegalArgumentException | DateTimeException e) {
      throw values.bad(
          p.line(),
          "RRULE \"" + ContentLines.shorten(p.value()) + "\" is not a recurrence rule",
          "e.g. FREQ=WEEKLY;BYDAY=MO");
    }
  }

  private static String localUntil(String text, Zone zone, Values values, long line) {
    Values.Written until = values.dateTime(text, line);
    LocalDateTime local = until.local();
    if (until.date()) {
      local = local.plusDays(1).minusSeconds(1);
    } else if (until.utc() && !zone.floating()) {
      local = zone.local(until.local().toInstant(ZoneOffset.UTC));
    }
    return LOCAL.format(local);
  }

  /**
   * Whether the rule repeats more often than once a day (FREQ=HOURLY, MINUTELY, SECONDLY, or
   * several BYHOUR, BYMINUTE or BYSECOND values): no meeting does, and such a rule can make
   * millions of instances of a few bytes.
   */
  boolean moreThanDaily() {
    Frequency f = recur.getFrequency();
    boolean subDaily = f == Frequency.HOURLY || f == Frequency.MINUTELY || f == Frequency.SECONDLY;
    return subDaily
        || recur.getHourList().size() > 1
        || recur.getMinuteList().size() > 1
        || recur.getSecondList().size() > 1;
  }

  /** The series' times from {@code seed} (included when the rule yields it) before {@code end}. */
  List<LocalDateTime> dates(
      LocalDateTime seed, LocalDateTime end, int cap, Values values, long line) {
    try {
      return recur.getDates(seed, seed, end, cap).stream().filter(d -> d.isBefore(end)).toList();
    } catch (IllegalArgumentException | DateTimeException e) {
      throw values.bad(
          line, "RRULE cannot be expanded from " + seed, "a rule as RFC 5545 defines it");
    }
  }
}
