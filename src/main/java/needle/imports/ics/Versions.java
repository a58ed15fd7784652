package needle.imports.ics;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the latest version of each event: a file may hold the same UID (and RECURRENCE-ID) more
 * than once, as updates of an invitation; the highest SEQUENCE wins, then the later one in the
 * file.
 */
final class Versions {
  private final Map<String, Event> masters = new LinkedHashMap<>();
  private final Map<String, Map<String, Event>> overrides = new LinkedHashMap<>();

  void add(Event e) {
    if (e.recurrenceId() == null) {
      masters.merge(e.series(), e, Versions::later);
    } else {
      overrides
          .computeIfAbsent(e.series(), k -> new LinkedHashMap<>())
          .merge(e.recurrenceId().id(), e, Versions::later);
    }
  }

  private static Event later(Event old, Event e) {
    return e.sequence() >= old.sequence() ? e : old;
  }

  Collection<Event> masters() {
    return masters.values();
  }

  Collection<Event> overridesOf(String series) {
    return overrides.getOrDefault(series, Map.of()).values();
  }

  /** Overrides whose series has no master in the file: each stands alone. */
  List<Event> orphans() {
    List<Event> out = new ArrayList<>();
    overrides.forEach(
        (series, byId) -> {
          if (!masters.containsKey(series)) {
            out.addAll(byId.values());
          }
        });
    return out;
  }

  /** Every event that counts: masters and overrides. */
  List<Event> latest() {
    List<Event> out = new ArrayList<>(masters.values());
    overrides.values().forEach(byId -> out.addAll(byId.values()));
    return out;
  }
}
