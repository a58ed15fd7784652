package needle.imports.ics;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Expands a recurring event into its instances up to the as-of date: DTSTART, RRULE and RDATE
 * times, less EXDATE times, each instance replaced by its RECURRENCE-ID override when there is one
 * (which may move it, even past the as-of date, or cancel it).
 */
final class Series {
  /** Instances counted per series at most; a daily meeting for 13 years stays under it. */
  static final int MAX_INSTANCES = 5_000;

  private final Values values;

  Series(Values values) {
    this.values = values;
  }

  /**
   * What an expansion found; {@code capped} when the series had more than the cap, and the rules
   * refused for repeating more often than daily (empty when none).
   */
  record Expansion(List<Occurrence> occurrences, boolean capped, List<String> refused) {}

  Expansion expand(Event master, Collection<Event> overrides, LocalDate asOf) {
    LocalDateTime end = asOf.plusDays(1).atStartOfDay();
    Map<String, Occurrence> byId = new LinkedHashMap<>();
    List<String> refused = new ArrayList<>();
    boolean capped = instances(master, end, byId, refused);
    for (Event.Excluded excluded : master.exdates()) {
      byId.values().removeIf(o -> excluded.matches(o.start()));
    }
    for (Event override : overrides) {
      Stamp id = override.recurrenceId();
      byId.remove(id.id());
      if (override.start() != null && override.start().local().isBefore(end)) {
        byId.put(id.id(), new Occurrence(override, id, override.start(), override.span()));
      }
    }
    List<Occurrence> sorted = new ArrayList<>(byId.values());
    sorted.sort((a, b) -> a.start().local().compareTo(b.start().local()));
    return new Expansion(sorted, capped, refused);
  }

  private boolean instances(
      Event master, LocalDateTime end, Map<String, Occurrence> byId, List<String> refused) {
    Stamp start = master.start();
    add(byId, master, start, master.span(), end);
    Set<String> seen = new HashSet<>();
    for (Property p : master.rrules()) {
      // The same rule twice adds nothing; thousands of them would each be expanded.
      if (byId.size() > MAX_INSTANCES || !seen.add(p.value())) {
        continue;
      }
      RecurRule rule = RecurRule.of(p, start.zone(), values);
      if (rule.moreThanDaily()) {
        refused.add(ContentLines.shorten(p.value()));
        continue;
      }
      for (LocalDateTime t : rule.dates(start.local(), end, MAX_INSTANCES + 1, values, p.line())) {
        add(byId, master, new Stamp(t, start.zone()), master.span(), end);
      }
    }
    for (Event.Timed rdate : master.rdates()) {
      Span span = rdate.span() != null ? rdate.span() : master.span();
      add(byId, master, rdate.start(), span, end);
    }
    boolean capped = byId.size() > MAX_INSTANCES;
    if (capped) {
      List<String> extra = new ArrayList<>(byId.keySet()).subList(MAX_INSTANCES, byId.size());
      extra.forEach(byId::remove);
    }
    return capped;
  }

  private static void add(
      Map<String, Occurrence> byId, Event master, Stamp at, Span span, LocalDateTime end) {
    Stamp here = at.in(master.start().zone());
    if (here.local().isBefore(end) && !here.local().isBefore(master.start().local())) {
      byId.putIfAbsent(here.id(), new Occurrence(master, here, here, span));
    }
  }
}
