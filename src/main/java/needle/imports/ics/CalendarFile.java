package needle.imports.ics;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import needle.imports.Skipped;

/**
 * What an iCalendar file holds for us: its time zones by TZID and its VEVENTs, each with the METHOD
 * of the calendar it came in. A file may hold several calendars, or bare components.
 */
record CalendarFile(Map<String, Component> timezones, List<Found> events) {

  /** A VEVENT and the METHOD of its calendar ("" when none). */
  record Found(Component vevent, String method) {}

  static CalendarFile read(Path file, Consumer<Skipped> notice) {
    Map<String, Component> timezones = new LinkedHashMap<>();
    List<Found> events = new ArrayList<>();
    for (Component top : IcsParser.parse(file, notice)) {
      boolean calendar = top.name().equals("VCALENDAR");
      String method = calendar ? method(top) : "";
      for (Component c : calendar ? top.children() : List.of(top)) {
        if (c.name().equals("VTIMEZONE")) {
          c.first("TZID").map(p -> p.text().trim()).ifPresent(id -> timezones.putIfAbsent(id, c));
        } else if (c.name().equals("VEVENT")) {
          events.add(new Found(c, method));
        }
      }
    }
    return new CalendarFile(timezones, events);
  }

  private static String method(Component calendar) {
    return calendar.first("METHOD").map(p -> p.value().trim().toUpperCase(Locale.ROOT)).orElse("");
  }
}
