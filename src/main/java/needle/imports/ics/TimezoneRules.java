package needle.imports.ics;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns a VTIMEZONE into zone rules: each STANDARD and DAYLIGHT observance starts at its DTSTART
 * and again at each RRULE or RDATE time, switching the offset from TZOFFSETFROM to TZOFFSETTO.
 */
final class TimezoneRules {
  private static final int MAX_ONSETS = 2000;

  private TimezoneRules() {}

  /** Rules for {@code vtimezone} up to {@code until}, or empty when it has no observance. */
  static Optional<ZoneRules> of(Component vtimezone, LocalDateTime until, Values values) {
    List<Onset> onsets = new ArrayList<>();
    for (Component observance : vtimezone.children()) {
      if (observance.name().equals("STANDARD") || observance.name().equals("DAYLIGHT")) {
        onsets.addAll(onsets(observance, until, values));
      }
    }
    if (onsets.isEmpty()) {
      return Optional.empty();
    }
    onsets.sort(Comparator.comparing(Onset::instant));
    return Optional.of(rules(onsets));
  }

  private record Onset(Instant instant, ZoneOffset to) {}

  private static List<Onset> onsets(Component observance, LocalDateTime until, Values values) {
    Property start = required(observance, "DTSTART", values);
    ZoneOffset from = offset(observance, "TZOFFSETFROM", values);
    ZoneOffset to = offset(observance, "TZOFFSETTO", values);
    // The onset is a wall-clock time in the offset before it; a TZID on it, as some writers add, is
    // ignored.
    LocalDateTime first = values.dateTime(start.value(), start.line()).local();
    List<LocalDateTime> times = new ArrayList<>(List.of(first));
    Set<String> seen = new HashSet<>();
    for (Property rrule : observance.all("RRULE")) {
      // The same rule twice adds nothing; thousands of them would each be expanded.
      if (times.size() > MAX_ONSETS || !seen.add(rrule.value())) {
        continue;
      }
      RecurRule rule = RecurRule.of(rrule, Zone.FLOATING, values);
      times.addAll(rule.dates(first, until, MAX_ONSETS, values, rrule.line()));
    }
    for (Property rdate : observance.all("RDATE")) {
      for (String one : rdate.value().split(",")) {
        times.add(values.dateTime(one, rdate.line()).local());
      }
    }
    return times.stream().distinct().map(t -> new Onset(t.toInstant(from), to)).toList();
  }

  private static ZoneOffset offset(Component observance, String name, Values values) {
    Property p = required(observance, name, values);
    return values.offset(p.value(), p.line());
  }

  private static Property required(Component c, String name, Values values) {
    return c.first(name)
        .orElseThrow(
            () -> values.bad(c.line(), c.name() + " has no " + name, "a " + name + " property"));
  }

  private static ZoneRules rules(List<Onset> onsets) {
    ZoneOffset base = onsets.get(0).to();
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    ZoneOffset current = base;
    for (Onset onset : onsets.subList(1, onsets.size())) {
      if (!onset.to().equals(current)) {
        LocalDateTime local =
            LocalDateTime.ofEpochSecond(onset.instant().getEpochSecond(), 0, current);
        transitions.add(ZoneOffsetTransition.of(local, current, onset.to()));
        current = onset.to();
      }
    }
    return ZoneRules.of(base, base, List.of(), transitions, List.of());
  }
}
