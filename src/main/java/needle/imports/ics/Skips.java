package needle.imports.ics;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import needle.imports.Skipped;

/**
 * Collects what was left out, one line per event and reason however many of its occurrences it
 * covers, so a declined daily meeting is one line, not hundreds.
 */
final class Skips {
  private final String file;
  private final Map<List<Object>, Tally> tallies = new LinkedHashMap<>();

  Skips(String file) {
    this.file = file;
  }

  private static final class Tally {
    String summary;
    int count;
    LocalDate first;
  }

  void add(Event e, LocalDate on, String reason) {
    Tally t = tallies.computeIfAbsent(List.of(e.line(), reason), k -> new Tally());
    t.summary = e.summary();
    t.count++;
    if (t.first == null || (on != null && on.isBefore(t.first))) {
      t.first = on;
    }
  }

  List<Skipped> list() {
    List<Skipped> out = new ArrayList<>();
    tallies.forEach((k, t) -> out.add(new Skipped(file, (Long) k.get(0), describe(k, t))));
    return out;
  }

  private String describe(List<Object> key, Tally t) {
    String when =
        t.first == null
            ? ""
            : t.count == 1 ? " on " + t.first : ", " + t.count + " occurrences from " + t.first;
    String what = t.summary == null ? "event" : "\"" + ContentLines.shorten(t.summary) + "\"";
    return what + when + ": " + key.get(1);
  }
}
